"""A parish's list of councillors by surname after a plural title: "Councillors; Johnson
(Chair) Lawson, Srivastava, Ashfield and Ward Councillor Ransome. 3 members of the public."
The semicolon after the title is its colon, a bracketed role closes the name before it (no
comma follows it in such lists), and a closing sentence counting the public names no one."""

import re

from meetings.minutes.letters import letters

# "Councillors; Johnson ...", "Cllrs: Johnson ...": the plural title, then the surnames.
_PLURAL_TITLE = re.compile(letters(r"(?P<title>Councillors|Cllrs\.?)\s*[;:]?\s+(?=[A-Z])"))
# "(Chair) Lawson": a bracket closing one name, the next name straight after it.
_BRACKET_THEN_NAME = re.compile(letters(r"\)\s+(?=[A-Z][a-z])"))
# ". 3 members of the public.", ". Two members of the public were present.": a count.
_PUBLIC_SENTENCE = re.compile(
    r"\.\s+(?:\d+|[A-Za-z]+)\s+members?\s+of\s+(?:the\s+)?public\b[^.]*\.?$", re.IGNORECASE
)


def tidy_councillor_list(text: str) -> tuple[str, str]:
    """The list made plain ("Councillors Johnson (Chair), Lawson, ..."), and the sentence
    counting the public taken off its end ("" if none). Other lists are returned as they are."""
    m = _PLURAL_TITLE.match(text)
    if not m:
        return text, ""
    public = _PUBLIC_SENTENCE.search(text)
    dropped = public[0].lstrip(". ").strip() if public else ""
    if public:
        text = text[: public.start()]
    names = _BRACKET_THEN_NAME.sub("), ", text[m.end() :])
    return f"{m['title']} {names}", dropped
