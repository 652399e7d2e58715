"""Apologies in the minutes' prose with other words than attendees.py's patterns know:
"Apologies for absence were intimated on behalf of Mr A Duffy and Mr C Fraser." (Scottish
minutes), "Apologies for the meeting were received from Dr Paul Nolan and Mr Daniel McCrossan."
"""

import re

OTHER_APOLOGIES = re.compile(
    r"apolog(?:ies|y)(?:\s+for\s+(?:absence|the\s+meeting))?\s+(?:were|was|had\s+been|have\s+been)"
    r"\s+(?:received|intimated|submitted|tendered|noted)(?:\s+for\s+the\s+meeting)?"
    r"\s+(?:from|on\s+behalf\s+of)\s+"
    # To the end of the sentence, not the full stop of "Cllr." or "K. Evans".
    r"(?P<people>[A-Z].+?)(?=\.\s+[A-Z][a-z]+\s+[a-z]|\.?\s*$)",
    re.IGNORECASE,
)
