"""Apologies given by initials in an item: "The Clerk was in receipt of apologies from SF, HC,
AD, VA and AW, which were recorded as consented." The people are those listed above with those
initials ("Mr S Flanagan [SF]"), in a list that did not say who was there and who was not (a
board's governors, then the clerk's record of who sent apologies): each one initials name alone
sent apologies; initials naming no one listed, or more than one, are left as they are."""

import re

# "apologies from SF, HC, AD, VA and AW", "apologies were received from JB and KL".
_FROM_INITIALS = re.compile(
    r"apolog(?:y|ies)\s+(?:(?:were|was|had\s+been)\s+received\s+)?from\s+"
    r"(?P<initials>[A-Z]{2,4}(?:\s*,\s*[A-Z]{2,4})*(?:\s*,?\s+(?:and|&)\s+[A-Z]{2,4})?)\b"
)
_SPLIT = re.compile(r"\s*,\s*|\s*,?\s+(?:and|&)\s+")


def apologies_initials(text: str) -> list[str]:
    """The initials apologies are said to be from, in order ([] when none)."""
    return [
        initials
        for m in _FROM_INITIALS.finditer(text)
        for initials in _SPLIT.split(m["initials"].strip())
        if initials
    ]
