"""Initials written with no space before the surname, as some councils' web pages list people:
"Councillors E.V.Latham (Chairperson), S.Smith ... Mrs.P.James", "C.Griffiths (Head of Legal and
Democratic Services)". Each initial's stop, then a capitalised word, is an initial before the
surname; a title's stop ("Mrs.P.James") is the title's. Spaced as they are usually written
("E.V. Latham", "Mrs P. James"), the list reads as any other."""

import re

from meetings.minutes.letters import letters

# "E.V.Latham": the last initial's stop, then the surname (a capital and small letters).
_INITIAL_THEN_SURNAME = re.compile(letters(r"(?<![\w.])((?:[A-Z]\.)+)(?=[A-Z][a-z])"))
# "Mrs.P.James", "Cllr.A.Lockyer": a title's stop, then an initial or a name.
_TITLE_THEN_NAME = re.compile(r"\b(Mrs|Mr|Ms|Miss|Dr|Cllr|Councillor)\.(?=[A-Z])")


def spaced_initials(text: str) -> str:
    """The text with a space after initials and titles run into the name after them."""
    return _INITIAL_THEN_SURNAME.sub(r"\1 ", _TITLE_THEN_NAME.sub(r"\1 ", text))
