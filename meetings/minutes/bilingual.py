"""Bilingual minutes (Welsh bodies) give each list of people twice, Welsh first: "Yn bresennol:"
over the members, then "Present:" over the same members again ("Cyng. Endaf Edwards
(Cadeirydd)" / "Cllr. Endaf Edwards (Chair)"). The same people listed twice in a row, in the
same order and with the same attendance, are one list: the first copy is left out, and said so."""

import re
from typing import Any

_TITLES = re.compile(
    r"^(?:(?:Cllr|Cyng|Cynghorydd|Councillor|Clr|Mrs|Mr|Ms|Miss|Dr)\.?\s+)+", re.IGNORECASE
)


# "Cyng. / Cllrs. M. Williams, M. Wynne a/and L.Hughes": a sentence of names with the Welsh word
# before each English one, a slash between; the English words alone are read.
_WELSH_BEFORE = re.compile(
    r"\b(?:Cyng(?:horwyr|horydd)?\.?\s*/\s*(?=C(?:llr|ouncillor))|(?:a|ac)\s*/\s*(?=and\b))",
    re.IGNORECASE,
)


def english_words(text: str) -> str:
    """A sentence with the Welsh words before their English ones, at a slash, left out."""
    return _WELSH_BEFORE.sub("", text) if "/" in text else text


def _bare(name: str) -> str:
    return " ".join(_TITLES.sub("", name.strip()).lower().split())


def repeated_lists(attendees: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """(start, end) of each run of attendees that the run straight after it repeats, name for
    name (titles aside) and kind for kind; two people at the least, the longest run first.
    A run of n repeated has its first attendee again n places on: only those lengths are
    compared (each length was, in time that grew as the cube of a long list; issue 15)."""
    keys = [(_bare(a["name"]), a["attendance"]) for a in attendees]
    places: dict[tuple[str, Any], list[int]] = {}
    for place, key in enumerate(keys):
        places.setdefault(key, []).append(place)
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(keys):
        longest = (len(keys) - i) // 2
        lengths = (p - i for p in reversed(places[keys[i]]) if 2 <= p - i <= longest)
        n = next((n for n in lengths if keys[i : i + n] == keys[i + n : i + 2 * n]), None)
        if n is None:
            i += 1
        else:
            found.append((i, i + n))
            i += n
    return found
