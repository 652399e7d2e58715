"""A cheap test before a long pattern: most lines of minutes hold none of the words that a
rule's pattern needs ("exempt", "confidential"...), and Python's re tries each of a long
pattern's alternatives at every character of a line, which made such rules much of the time
that 10,000 lines take to read (issue 15)."""

import re


class Keywords:
    """Whether a text holds any of a few words (lowercase letters, digits and single spaces:
    "not for" in a text whose white space is single spaces), ignoring case exactly as
    a pattern compiled with re.IGNORECASE does: a pattern each of whose alternatives needs one
    of the words can only match a text that passes. Most texts are searched for them in
    lower case; the few that hold a letter that re matches to an ASCII one otherwise (the long
    s to "s", the Kelvin sign to "k") by the words' own pattern, ignoring case."""

    def __init__(self, *words: str) -> None:
        assert all(re.fullmatch(r"[a-z][a-z0-9]*(?: [a-z0-9]+)*", word) for word in words)
        self.words = words
        self.pattern = re.compile("|".join(words), re.IGNORECASE)
        self.lower_case = re.compile("|".join(words))
        # The answers for the texts asked lately: the reader asks of a line several times.
        self.answers: dict[str, bool] = {}

    def __call__(self, text: str) -> bool:
        answer = self.answers.get(text)
        if answer is None:
            if len(self.answers) >= _REMEMBERED:
                self.answers.clear()
            answer = self.answers[text] = self._holds(text)
        return answer

    def _holds(self, text: str) -> bool:
        if text.isascii() or not any(odd in text for odd in _ODD):
            return self.lower_case.search(text.lower()) is not None
        return self.pattern.search(text) is not None


_REMEMBERED = 4096


# The only characters beyond ASCII that re.IGNORECASE matches to an ASCII letter, and the only
# ones whose lower case holds one ("\u0130".lower() is "i" and a dot): dotted and dotless i,
# the long s and the Kelvin sign. In a text without them, `in` on its lower case finds the
# words just where the pattern does, whatever else the text holds ("\u00a3", "\u2013").
_ODD = ("\u0130", "\u0131", "\u017f", "\u212a")
