"""The meeting's own words read around a body's name in the heading: "Meeting of Council",
"MINUTE of MEETING MID HIGHLAND CHP COMMITTEE", "Safer Neighbourhood Panel Meeting - Cannock Chase
District", "National Library of Wales Board of Trustees (Open Meeting)", "Sandwell Local Medical
Council - Public Meeting Minutes". They say which meeting it was, not which body met, and are
left out of the body's name. A parish meeting is a body ("Annual Parish Meeting"): kept."""

import re

# "Meeting of Council", "MEETING MID HIGHLAND CHP COMMITTEE": the meeting, then the body.
_HEAD = re.compile(r"^meeting\s+(?:of\s+(?:the\s+)?)?(?=[A-Za-z])", re.IGNORECASE)
# "Safer Neighbourhood Panel Meeting - Cannock Chase District": the body's area after the dash.
_BEFORE_DASH = re.compile(r"(?<!\bparish)\s+meeting(?=\s+[-\u2013\u2014]\s+[A-Z])", re.IGNORECASE)
# "(Open Meeting)", "(Public Meeting)": which kind of meeting, in brackets after the name.
_KIND = r"(?:open|public|private|closed|confidential)"
_BRACKETED_KIND = re.compile(
    rf"\s*\((?:{_KIND}\s+)?(?:meeting|session)\)$|\s*\({_KIND}\)$", re.IGNORECASE
)
# "Sandwell Local Medical Council - Public": the session's kind after a dash.
_DASHED_KIND = re.compile(
    rf"\s+[-\u2013\u2014]\s+{_KIND}(?:\s+(?:meeting|session|business))?$", re.IGNORECASE
)


# "Marine Strategy Forum - Meeting 18": the meeting's number in the body's series, after a dash.
_DASHED_NUMBER = re.compile(r"\s+[-\u2013\u2014]\s+meeting\s+(?:no\.?\s*)?\d{1,4}$", re.IGNORECASE)


def board_without_meeting_words(board: str) -> str:
    """`board` without the meeting's words around the body's name, or as it is where nothing
    would be left of it."""
    name = _BRACKETED_KIND.sub("", _DASHED_KIND.sub("", board.strip()))
    name = _DASHED_NUMBER.sub("", name)
    name = _BEFORE_DASH.sub("", name)
    rest = _HEAD.sub("", name, count=1)
    if rest != name and (len(rest.split()) > 1 or name.lower().startswith("meeting of")):
        name = rest
    return name if name.strip() else board
