"""A town council's attendance sentence: "Councillor Wayne Thomas, Chairman, Presided. Councillors
A Davies, T Davies, E Evans." The chair first, his post, and a word saying he took the chair
("Presided", "presiding", "in the Chair"); then, after the full stop, the other members under a
plural title. The two sentences are two lists; the word after the post is no part of it."""

import re

from meetings.minutes.letters import letters

# ", Presided." / ", presiding." / " in the Chair.": the chair's taking the chair, ending the
# sentence, before a plural title and a capital ("Councillors A Davies").
_PRESIDED_THEN_LIST = re.compile(
    letters(
        r",?\s*(?i:presided|presiding|in\s+the\s+chair)\s*\.\s+"
        r"(?=(?i:councillors|cllrs\.?)\s+[A-Z])"
    )
)


def presided_lists(text: str) -> tuple[str, str] | None:
    """The chair's sentence without the word that they presided, and the list after it; None
    where the text is not such a pair."""
    m = _PRESIDED_THEN_LIST.search(text)
    if not m or not text[: m.start()].strip(" ,"):
        return None
    return text[: m.start()].strip(" ,"), text[m.end() :].strip()
