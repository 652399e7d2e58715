"""Apologies in the minutes' prose with other words than attendees.py's patterns know:
"Apologies for absence were intimated on behalf of Mr A Duffy and Mr C Fraser." (Scottish
minutes), "Apologies for the meeting were received from Dr Paul Nolan and Mr Daniel McCrossan.",
"There were apologies from Councillors Elkins, Gammon and Mr Braby."
"""

import re
from typing import Any

from meetings.minutes.letters import letters

OTHER_APOLOGIES = re.compile(
    # "Apologies were also received from ...", a second sentence of them; "it was AGREED to
    # accept apologies from ...", as parish councils minute them.
    letters(
        r"(?:apolog(?:ies|y)(?:\s+for\s+(?:absence|the\s+meeting))?"
        r"(?:\s+(?:were|was|had\s+been|have\s+been)(?:\s+also)?"
        r"\s+(?:received|intimated|submitted|tendered|noted)"
        # "Apologies received from Mrs J Benning.": the verb's 'were' left out, as notes write.
        r"|\s+received)(?:\s+for\s+the\s+meeting)?"
        r"|\baccept(?:ed)?\s+(?:the\s+)?apolog(?:ies|y)"
        # "There were apologies from Councillors Elkins, Gammon and Mr Braby (Treasurer).".
        r"|\bthere\s+(?:were|was)\s+(?:an\s+)?apolog(?:ies|y)(?:\s+for\s+absence)?"
        # "Mr N Caley proffered the apologies of Mr P Westerman": one gives another's apologies.
        r"|\b(?:proffered|offered|conveyed|passed\s+on|gave|presented|tendered)\s+(?:the\s+)?"
        r"apolog(?:ies|y))"
        r"\s+(?:from|of|on\s+behalf\s+of)\s+"
        # To the end of the sentence, not the full stop of "Cllr." or "K. Evans" (nor "B. Davies and
        # P. Hughes": an initial's stop, before a surname and "and").
        # "... of Mr P Westerman and introduced Mr D Thorpe": 'and' before a word in lower case
        # (no name's particle: 'and de Souza') ends the list; names after 'and' are capitalised.
        r"(?P<people>[A-Z].+?)(?=(?<!\b[A-Z])\.\s+[A-Z][a-z]+\s+[a-z]|\.?\s*$"
        # "... and the Very Reverend Dr Mark Beach": the article of a style of address goes on.
        r"|\s+and\s+(?-i:(?!(?:de|da|di|du|la|le|van|von|der|den)\b"
        r"|the\s+(?:Rt|Right|Very|Most|Revd|Rev|Reverend|Ven|Venerable|Hon|Honourable)\b)"
        r"[a-z]+)\b)"
    ),
    re.IGNORECASE,
)

# "Unfortunately Community Councillor A. Wilson had been unable to be present at this meeting":
# a member unable to attend this meeting, named before it, an apology in effect.
UNABLE_TO_ATTEND = re.compile(
    letters(
        r"(?:(?:Community|County|District|Parish|Town)\s+)?(?P<people>(?:Councillor|Cllr|CCllr|CClr)"
        r"\.?\s+(?:[A-Z]\.?\s*){0,2}[A-Z][\w'\u2019-]+)\s+(?:had\s+been|was|is)\s+unable\s+to\s+"
        r"(?:be\s+present\s+at|attend)\s+(?:this|the|today's)\s+meeting\b"
    )
)

# "The above listed apologies were noted.", "Apologies as listed above were received.": the item
# on apologies points back to a list of them among the attendees.
_LISTED_ABOVE = re.compile(
    r"\babove[- ]listed\s+apolog|\bapolog(?:ies|y)\s+(?:as\s+)?(?:listed|shown|recorded)\s+above",
    re.IGNORECASE,
)


def apologies_listed_above(sections: list[dict[str, Any]]) -> bool:
    """Whether an item on apologies says they are listed above, among the attendees."""
    return any(
        _LISTED_ABOVE.search(paragraph["text"])
        for section in sections
        if "apolog" in section["title"].lower()
        for paragraph in section["paragraphs"]
    )


def lost_apologies_list(lists: list[tuple[Any, list[dict[str, Any]]]]) -> tuple[Any, list]:
    """Of the lines of several names read as present (line, people), the last when there are two
    or more: the list of apologies whose label was lost (Cardiff's council: 'Present', a line of
    members, then a line of four more above 'In Attendance'); else (None, [])."""
    present = [
        (line, people)
        for line, people in lists
        if len(people) >= 2 and all(p["attendance"] == "present" for p in people)
    ]
    return present[-1] if len(present) >= 2 else (None, [])
