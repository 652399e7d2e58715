"""A venue written as its address on a line of its own under the minutes' title, its parts set
apart by commas and one of them a street: "Parish Pavilion, Recreation Ground, Station Road,
Chobham", "Village Hall, 12 Church Street, Ashby". Parish and town councils' minutes often
give the place so, with no "Venue:" label, "held at" or postcode; read as people, each part
would be an attendee. Streets whose word is also a surname ("Lane", "Way", "Close") are left
out, so that a list of names is not taken for an address."""

import re

from meetings.minutes.letters import letters

# "Station Road", "12 Church Street", "Market Square": a street, perhaps with its number.
_STREET = re.compile(
    letters(
        r"(?:\d{1,4}[A-Za-z]?\s+)?(?:[A-Z][\w'\u2019&-]*\s+){1,3}"
        r"(?:Road|Street|Avenue|Drive|Crescent|Square|Terrace|Parade|Gardens)"
    )
)
# One part of the address: capitalised words, a number first perhaps ("Recreation Ground").
_PART = re.compile(
    letters(r"(?:\d{1,4}[A-Za-z]?\s+)?[A-Z][\w'\u2019&.-]*(?:\s+[A-Z][\w'\u2019&.-]*){0,4}")
)
# A person's title: "Cllr Mr Taylor" is no part of an address.
_TITLE = re.compile(r"(?i)\b(?:mr|mrs|ms|miss|dr|cllr|councillor|sir|dame|rev)\b\.?")


def street_venue(text: str) -> bool:
    """Whether a line is a venue's address: three to six parts, a street among them."""
    parts = [p.strip() for p in text.strip().rstrip(".").split(",")]
    return (
        3 <= len(parts) <= 6
        and all(_PART.fullmatch(p) for p in parts)
        and any(_STREET.fullmatch(p) for p in parts)
        and not _TITLE.search(text)
    )
