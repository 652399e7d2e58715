"""Text written into a spreadsheet as text, never run as a formula (OWASP's advice on CSV
injection): what the action log's exports (`actions.exports`) and the decisions register's CSV
(`meetings.views.decisions`) both keep to.

A value reads as a formula when it starts with a tab or carriage return, or when its first
character after any spaces, controls (line feed, NUL) and invisible format characters
(zero-width space, byte order mark) is, once normalised (NFKC: a full-width equals sign,
U+FF1D, is =), one of = + - @.
"""

import unicodedata

FORMULA_STARTS = ("=", "+", "-", "@")
# Spreadsheets read a cell's first character so, or skip it on the way to the first that
# counts: tab and carriage return (which some take as a cell break before a formula), and
# spaces, controls and invisible format characters (a zero-width space, a byte order mark).
BREAKS = ("\t", "\r")
SKIPPED_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})


def reads_as_formula(text: str) -> bool:
    """Whether a spreadsheet could take the text for a formula (or the start of one)."""
    if text.startswith(BREAKS):
        return True
    for char in text:
        if unicodedata.category(char) not in SKIPPED_CATEGORIES:
            # Full-width and other compatibility forms (U+FF1D, U+FF0B, U+FE63, U+FF20) count as
            # what they stand for: spreadsheets with an East Asian input method read them so.
            return unicodedata.normalize("NFKC", char).startswith(FORMULA_STARTS)
    return False


def neutralise(text: str) -> str:
    """Text that a spreadsheet would take for a formula, made plain text in a CSV."""
    return "'" + text if reads_as_formula(text) else text
