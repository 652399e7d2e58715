"""Members named in the text where the attendance gave no one as present. A community council's
first meeting after its election may list everyone there under one label, 'In Attendance' (its
new councillors, the returning officer, the police, the public), and say in its first paragraph
which of them were elected ("The returning officer ... welcomes the elected councillors Scott
Baillie, Matt Halliday and Elly Baker"): those are the council's members, present."""

import re
from typing import Any

# "the elected councillors A, B and C", "the newly elected members: A, B, C".
_ELECTED = re.compile(
    r"\b(?:newly[-\s]+)?elected\s+(?:community\s+)?(?:councillors|members)\s*[:,]?\s+"
    r"(?P<people>[^.;:()]+)",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")


def _key(name: str) -> str:
    return " ".join(name.lower().split())


def elected_present(attendees: list[dict[str, Any]], sections: list[dict[str, Any]]) -> None:
    """Those the first item's opening paragraphs name as the elected councillors or members,
    each of them listed in attendance, are present where the list gave no one as present. Every
    name of the run must be a listed attendee's, two or more: the text's list is the members'."""
    if not sections or any(a["attendance"] == "present" for a in attendees):
        return
    attending = {_key(a["name"]): a for a in attendees if a["attendance"] == "in_attendance"}
    for paragraph in sections[0]["paragraphs"][:3]:
        for m in _ELECTED.finditer(paragraph["text"]):
            names = [_key(n) for n in _SPLIT.split(m["people"].strip()) if n.strip()]
            if len(names) >= 2 and all(n in attending for n in names):
                for name in names:
                    attending[name]["attendance"] = "present"
