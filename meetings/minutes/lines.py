"""Minutes text as lines: each cleaned of markup (Markdown headings, bold, bullets) with what the
markup said, page numbers and protective markings left out, and the errors and problems the
reader reports about them."""

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any


class MinutesError(ValueError):
    """The text cannot be used at all; the message is meant for the user."""


@dataclass(frozen=True)
class Problem:
    """A line the reader could not place ("error") or read with a doubt ("warning")."""

    line: int
    text: str
    message: str
    severity: str


@dataclass
class ParseResult:
    record: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)


_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_HEADING_MARK = re.compile(r"#{1,6}(?=\s|\*|$)\s*")
_BULLET = re.compile(r"(?:[-*\u2013\u2014]\s+|[•▪●◦]\s*)")
_NOISE = re.compile(
    r"[-\u2013]?\s*\d{1,4}\s*[-\u2013]?|page\s+\d+(?:\s+of\s+\d+)?"
    # Protective markings: "OFFICIAL", "OFFICIAL-SENSITIVE", "OFFICIAL - APPROVED".
    r"|official(?:\s*[-\u2013]?\s*sensitive|\s*[-\u2013]\s*[a-z]+)?|not\s+protectively\s+marked",
    re.IGNORECASE,
)
# A footnote at the foot of a page: "¹ Attended remotely", "[2] Left after item 4". Matched on
# the raw line, before NFKC turns the superscript into a digit.
FOOTNOTE_LINE = re.compile(
    r"(?:[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+|[\u2020\u2021]|\[\d{1,2}\])\s*\w"
)


@dataclass
class Line:
    no: int
    raw: str
    text: str
    marked: bool
    bulleted: bool
    after_blank: bool


_REFERENCE_CELL = re.compile(r"[#*\-\u2022]*\s*\(?[\w./]{1,14}\)?[.:)]?")


_LETTER_SPACED = re.compile(r"(?:[A-Za-z] ){4,}[A-Za-z]\s*:?")


def _clean(raw: str) -> tuple[str, bool, bool]:
    s = unicodedata.normalize("NFKC", raw).translate(_INVISIBLE).strip()
    if "\t" in s:
        # Cells set apart by tabs ("Jane Smith<tab>Chief Executive") are read as "Name, Role";
        # a reference before a tab ("4.1<tab>The Board ...") stays a reference.
        cells = [c.strip() for c in s.split("\t") if c.strip()]
        first = cells[0] if _REFERENCE_CELL.fullmatch(cells[0]) and len(cells) > 1 else ""
        s = " ".join(filter(None, [first, ", ".join(cells[1:] if first else cells)]))
    marked = bulleted = False
    if m := _HEADING_MARK.match(s):
        marked, s = True, s[m.end() :]
    if m := _BULLET.match(s):
        bulleted, s = True, s[m.end() :]
    if len(s) > 4 and s.startswith("**") and s.endswith("**") and "**" not in s[2:-2]:
        marked = True
    s = s.replace("**", "").rstrip("#").strip()
    if _LETTER_SPACED.fullmatch(s):
        s = s.replace(" ", "")  # "P r e s e n t:", a heading spaced out letter by letter
    return " ".join(s.split()), marked, bulleted


def prepare(text: str) -> list[Line]:
    lines: list[Line] = []
    blank = noise = False
    for no, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        clean, marked, bulleted = _clean(raw)
        if not clean:
            blank = True
        elif _NOISE.fullmatch(clean):
            noise = True
        else:
            # A sentence that resumes in lower case after a page break is the same block.
            gap = blank and not (noise and clean[0].islower())
            lines.append(Line(no, raw.strip(), clean, marked, bulleted, gap))
            blank = noise = False
    return lines


def check_text(text: str) -> None:
    if not text.strip():
        raise MinutesError("The file is empty")
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r")
    if "\x00" in text or controls > len(text) / 10:
        raise MinutesError("This looks like a binary file, not minutes text")
