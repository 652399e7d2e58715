"""Decisions written as a label rather than "RESOLVED", as bodies without council-style minutes
write them (QA F9): the word alone or first ("Approved.", "AGREED", "Passed. Proposed: Alec.
Seconded: Robert.", "Agreed a true and accurate record", "Carried unanimously"), or closing a
sentence with nothing after it but how ("The Minutes were Approved.", "The proposal for a wood
burning stove was rejected", "These were approved as accurate.", "were agreed and signed").
Not "It was agreed that ..." (a sentence of what was agreed, read elsewhere), nor a report of
someone else's decision ("Plans were approved by the council in May": an agent or more after
the word)."""

import re

_WORD = (
    r"(?:approved|agreed|passed|carried|rejected|adopted|accepted|ratified|endorsed|defeated"
    r"|not\s+(?:approved|agreed|carried|accepted)"
    # "confirmed" only as the minutes' approval: "confirmed and signed", "confirmed as a true".
    r"|confirmed(?=\s+(?:and\s+signed|as\s)))"
)
_HOW = r"(?:\s+(?:unanimously|nem\.?\s*con\.?|by\s+all|without\s+dissent))?"
# The label alone, or first and then a stop, a colon, a dash or a comma ("Passed. Proposed:").
_ALONE = re.compile(rf"(?:unanimously\s+)?{_WORD}{_HOW}\s*(?:[.;:,!\-\u2013\u2014]|$)", re.I)
# The label first, then what was agreed: "Agreed a true and accurate record", "Approved as a
# correct record", "Agreed to discuss this at the next meeting", "Agreed that ...".
_FIRST = re.compile(
    r"(?:unanimously\s+)?(?:approved|agreed|adopted|ratified|endorsed)"
    r"\s+(?:as\s|a\s|an\s|the\s|to\s|that\s|unanimously\b|subject\s+to\b|with(?:out)?\s+amendment)",
    re.I,
)
# A sentence's subject and the label closing it: "The Minutes were Approved", "... was rejected",
# "were agreed and signed", "were approved as accurate", "were confirmed and signed, proposed by".
_CLOSING = re.compile(
    rf"(?<![Ii]t\s)\b(?:was|were|has\s+been|have\s+been)\s+(?:duly\s+|formally\s+|unanimously\s+)?"
    rf"{_WORD}{_HOW}"
    r"(?:\s+and\s+(?:signed|adopted|approved|agreed)"
    r"|\s+as\s+(?:a\s+)?(?:true|correct|accurate|fair|full|read|presented|circulated|amended)\b[^.;]*"
    r"|\s+subject\s+to\b[^.;]*)?"
    r"\s*(?:[.;,!]|$)",
    re.I,
)


def decision_label(text: str) -> bool:
    """Whether a paragraph records a decision by a label (see the module's note)."""
    text = text.strip().lstrip("*\u2022-\u2013 ").strip()
    if not text:
        return False
    if _ALONE.match(text) or _FIRST.match(text):
        return True
    return bool(_CLOSING.search(text))
