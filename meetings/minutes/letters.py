"""The letters of people's names in the reader's patterns: any upper- or lower-case letter, not
only A to Z. Renée Müller, Siobhán O'Neill, Zoë Ng, José Álvarez-Peña and Gwenllïan Ŵyn are
people's names as surely as Renee Muller (QA F1): a pattern that meant "a capital, then small
letters" by [A-Z][a-z]+ read them as something else.

`letters(pattern)` is the pattern with "A-Z" in its character classes standing for any upper-
case letter of the Latin script (Unicode's Lu and Lt) and "a-z" for any lower-case one (Ll), so
that a rule keeps its capitals ("[A-Z][a-z]+" is still a capital then small letters), written as
before. The Latin script's blocks (Basic Latin, Latin-1 Supplement, Latin Extended-A and -B,
Latin Extended Additional) hold every letter of the names UK minutes print (French, German,
Irish, Welsh ŵ ŷ ẁ, Polish, Turkish, Vietnamese); the whole Basic Multilingual Plane's letters
made each pattern's class some 600 ranges long and the reader's import 0.15 to 0.5 s slower in
every process that reads (each test worker, the web server, the sandbox's forkserver)."""

import unicodedata


def _class(categories: set[str]) -> str:
    """The Latin script's characters in `categories`, as the ranges of a character class
    ("A-ZÀ-ÖØ-Þ…")."""
    ranges: list[tuple[int, int]] = []
    for code in [*range(0x250), *range(0x1E00, 0x1F00)]:
        if unicodedata.category(chr(code)) in categories:
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


UPPER = _class({"Lu", "Lt"})
LOWER = _class({"Ll"})


def letters(pattern: str) -> str:
    """`pattern` with A-Z standing for any upper-case letter and a-z for any lower-case one."""
    return pattern.replace("A-Z", UPPER).replace("a-z", LOWER)
