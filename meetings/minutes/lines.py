"""A document's blocks as the lines the reader goes through: each cleaned of markup (Markdown
headings, bold, bullets) with what the markup said, page numbers and protective markings left
out, a heading's level and a paragraph's list number as the block gives them, a table's rows
with their cells; and the errors and problems the reader reports about them."""

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from meetings.minutes.blocks import Block, column_name, furniture_text, header_row
from meetings.minutes.label_cells import group_row, joined_labels, label_line, post_row
from meetings.minutes.markup import markup_note, without_markup
from prob.characters import CONTROLS


class MinutesError(ValueError):
    """The text cannot be used at all; the message is meant for the user."""


@dataclass(frozen=True)
class Problem:
    """A line the reader could not place ("error") or read with a doubt ("warning")."""

    line: int
    text: str
    message: str
    severity: str
    left_out: bool = False  # furniture or a note, left out of the record on purpose

    @property
    def label(self) -> str:
        """What the import page calls it: the line is not in the draft, or is in it."""
        if self.left_out:
            return "Left out"
        return "Not placed" if self.severity == "error" else "Warning"


@dataclass
class ParseResult:
    record: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)


_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_ANY_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_HEADING_MARK = re.compile(r"#{1,6}(?=\s|\*|$)\s*")
# "·" (a middle dot) is the bullet a web page's copy of Word's Symbol bullet often becomes.
_BULLET_TAB = re.compile(r"^([-*\u2013\u2014•▪●◦\u00b7])\t+")
# "-Confidentiality emphasized", "-(E)mailed to ...": a typed hyphen glued to its point's capital
# or bracket is a bullet too.
_BULLET = re.compile(r"(?:[-*\u2013\u2014]\s+|[-\u2013](?=[A-Z(])|[•▪●◦]\s*|\u00b7\s+)")
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
    """One line of a block. `marked` says it is a heading for sure (a heading block, or a
    Markdown or bold line); `level` is a heading block's level; `number` is the list number
    the block gave (Word's numbering, a PDF's), used as given; `cells` are a table row's."""

    no: int
    raw: str
    text: str
    marked: bool
    bulleted: bool
    after_blank: bool
    level: int | None = None
    number: str = ""
    cells: tuple[str, ...] = ()  # in their columns: an empty cell is ""
    columns: tuple[str, ...] = ()  # the table's column names, where a header row gave them
    reason: str = ""  # why the line is left out (furniture a document's reader found)

    def with_text(self, text: str) -> "Line":
        return replace(self, text=text)


# "Date & Time: / Monday 8 April 2013": a two-column table's label cell, then its value cell.
_LABEL_CELL = re.compile(r"([A-Z][\w&'\u2019 ]{1,30}:)\s*/\s+(?=\S)")
_REFERENCE_CELL = re.compile(r"[#*\-\u2022]*\s*\(?[\w./]{1,14}\)?[.:)]?")


_LETTER_SPACED = re.compile(r"(?:[A-Za-z] ){4,}[A-Za-z]\s*:?")


def _clean(raw: str) -> tuple[str, bool, bool]:
    clean, marked, bulleted, _ = clean_line(raw)
    return clean, marked, bulleted


# "SH", "TRK": a cell of a person's initials.
_INITIALS_CELL = re.compile(r"[A-Z]{2,4}")


def _initials_last(cells: list[str]) -> list[str]:
    """ "Sue Houghton<TAB>Resident Partnership Chair<TAB>SH": a table of names copied with a
    column of the initials the minutes call each person by, last: the initials are the
    person's (in brackets after the name, as "Sue Houghton (SH)" is read), not their body.
    Only initials the name gives ("Tina Rabone-King", "TRK"), a title's letter or not."""
    if len(cells) < 3 or not _INITIALS_CELL.fullmatch(cells[-1]):
        return cells
    firsts = "".join(w[0] for w in re.split(r"[\s-]+", cells[0]) if w[:1].isupper())
    if cells[-1] not in (firsts, firsts[1:]):
        return cells
    return [f"{cells[0]} ({cells[-1]})", *cells[1:-1]]


def clean_line(raw: str) -> tuple[str, bool, bool, int | None]:
    """The line's text without markup, whether it is marked as a heading or a bullet, and
    the level a Markdown heading mark gives ("## 4. Title" is level 2)."""
    s = unicodedata.normalize("NFKC", raw)
    if not s.isascii() and _ANY_INVISIBLE.search(s):  # translate is slow, by the character
        s = s.translate(_INVISIBLE)
    s = s.strip()
    # A web page's source pasted as text: tags are markup, not words (markup.py, one rule).
    s = without_markup(s)
    if m := _LABEL_CELL.match(s):
        s = f"{m[1]} {s[m.end() :]}"
    # "·<tab>An update was provided ...": a bullet, then a tab before its text (a copy of a
    # web page's list), is a bullet, not a cell of its own.
    s = _BULLET_TAB.sub(r"\1 ", s)
    if "\t" in s:
        # Cells set apart by tabs ("Jane Smith<tab>Chief Executive") are read as "Name, Role";
        # a reference before a tab ("4.1<tab>The Board ...") stays a reference.
        cells = _initials_last([c.strip() for c in s.split("\t") if c.strip()])
        first = cells[0] if _REFERENCE_CELL.fullmatch(cells[0]) and len(cells) > 1 else ""
        s = label_line(cells) or " ".join(
            filter(None, [first, ", ".join(cells[1:] if first else cells)])
        )
    marked = bulleted = False
    level = None
    if m := _HEADING_MARK.match(s):
        marked, level, s = True, m[0].count("#"), s[m.end() :]
    if m := _BULLET.match(s):
        bulleted, s = True, s[m.end() :]
    if len(s) > 4 and s.startswith("**") and s.endswith("**") and "**" not in s[2:-2]:
        marked = True
    s = s.replace("**", "").rstrip("#").strip()
    if _LETTER_SPACED.fullmatch(s):
        s = s.replace(" ", "")  # "P r e s e n t:", a heading spaced out letter by letter
    if s[:2] in _ORDINALS or _FOUR_DIGITS.search(s):  # where _RAISED_ORDINAL can match
        s = _RAISED_ORDINAL.sub("", s)
    return " ".join(s.split()), marked, bulleted, level


# A date's raised "th" that a PDF's text set apart from its day, at the start of the line or
# after the year, before the next word: "th FC/94/13 Minutes of the Meeting held on 16 September
# 2013 th The minutes ...". No word is "th", "st", "nd" or "rd" alone, in lower case.
_RAISED_ORDINAL = re.compile(
    r"^(?:st|nd|rd|th)\s+(?=[A-Z\d])|(?<=\b\d{4})\s+(?:st|nd|rd|th)(?=\s+[A-Z])"
)
_ORDINALS = ("st", "nd", "rd", "th")
_FOUR_DIGITS = re.compile(r"\d{4}")


# Decoration around a line or making it up: "~~~ page 3 of 7 ~~~", "=====", "|| 42 ||".
DECORATION = "~=_*#|+^<>"
_DECORATED = re.compile(rf"^[{re.escape(DECORATION)}]{{2,}}|[{re.escape(DECORATION)}]{{2,}}$")


# "PAR": a committee's letters alone on a line, over the number of its minute.
_LETTERS_ALONE = re.compile(r"[A-Z]{2,5}")
# A year alone on its line, and a line that ends with a day and a month and no year.
_YEAR_ALONE = re.compile(r"(?:19|20)\d{2}")
_ENDS_DAY_MONTH = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)$",
    re.IGNORECASE,
)
# A table's first column headed by the kind of attendance of the people in it.
_KIND_COLUMN = re.compile(
    r"\s*(?:(?:members|those)\s+)?present|(?:also\s+)?in\s+attendance|apologies\s*:?\s*",
    re.IGNORECASE,
)


def is_noise(clean: str) -> bool:
    """A page number or a protective marking on a line of its own, decorated or not
    ("~~~ page 3 of 7 ~~~"), or a rule with no word in it ("~~~~~~")."""
    bare = clean.strip(DECORATION + " ")
    return bool(_NOISE.fullmatch(bare)) or not any(map(str.isalnum, clean))


def is_decorated(text: str) -> bool:
    """A line set off by decoration ("~~~ ... ~~~", "|| ... ||"), not a sentence's next line."""
    return bool(_DECORATED.search(text))


def block_lines(blocks: Iterable[Block], dropped: list[Line] | None = None) -> list[Line]:
    """The lines of the blocks, in order, furniture left out. A block's first line stands
    apart from what came before (as after a blank line in text), but a sentence that resumes
    in lower case after a page number is the same paragraph. Lines are numbered as in the
    text the blocks were read from, or else as in their Markdown (blocks.blocks_markdown), so
    that a line to check can be found in the text the clerk sees. The page numbers,
    protective markings and rules left out, and furniture blocks, are added to `dropped`, to
    be listed."""
    lines: list[Line] = []
    last = 0  # the number of the last line read
    blank = noise = False
    letters: Line | None = None  # the last line read, if it is a committee's letters alone
    wrapped_heading: Line | None = None  # the last heading read, if it stops mid-phrase
    for block in blocks:
        if block.kind == "furniture":
            # Listed as left out, numbered as its comment line in the Markdown is.
            if text := furniture_text(block):
                last = block.line if block.line is not None else (last + 2 if last else 1)
                if dropped is not None:
                    dropped.append(
                        Line(last, text, text, False, False, blank, reason=block.left_out)
                    )
            continue
        rows = block_rows(block) if block.kind == "table" else []
        head = " ".join(p for p in (block.number, block.text) if p)
        if not (rows or head.strip()):
            continue
        if block.line is not None:
            start = block.line
            blank = blank or start > last + 1
        else:
            # In the Markdown, a blank line sets each block apart from the one before.
            start = last + 2 if last else 1
            blank = blank or last > 0
        if block.kind == "table":
            columns: tuple[str, ...] = ()
            for k, (at, cells) in enumerate(rows):
                # A text's rows are numbered as its lines; a document's as its Markdown.
                last = start + (at if block.line is not None else k)
                filled = [c for c in cells if c]
                if header_row(filled):
                    columns = tuple(c.lower() for c in cells)
                    continue
                if (
                    1 < len(filled) == len(cells)
                    and _KIND_COLUMN.fullmatch(cells[0])
                    and all(map(column_name, filled[1:]))
                ):
                    # "Present | Representing": the first column's header says who the rows are
                    # (present, in attendance), the others what else each row gives (a column
                    # without a header, "Present |  | Initials", is left to be read as before).
                    columns = ("name", *(c.lower() for c in cells[1:]))
                    kind = cells[0].strip(" :")
                    lines.append(Line(last, kind, kind, False, False, blank))
                    continue
                if not columns and (group := group_row(cells)):
                    lines.append(Line(last, group, group, False, False, blank))
                    blank = noise = False
                    continue
                text = post_row(filled) or ", ".join(filled)
                line = Line(last, text, text, False, False, blank, cells=cells, columns=columns)
                lines.append(line)
                blank = noise = False
            continue
        for k, raw in enumerate(head.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
            last = start + k
            clean, marked, bulleted, level = clean_line(raw)
            if not clean:
                blank = True
            elif (
                clean.isdigit()
                and len(clean) <= 4
                and lines
                and lines[-1] is letters
                and _LETTERS_ALONE.fullmatch(lines[-1].text)
            ):
                # "PAR" / "1": a minute's number under the committee's letters, not a page's.
                lines[-1] = lines[-1].with_text(f"{lines[-1].text} {clean}")
                letters = None
            elif (
                _YEAR_ALONE.fullmatch(clean)
                and lines
                and lines[-1].marked
                and _ENDS_DAY_MONTH.search(lines[-1].text)
            ):
                # "Minutes of Meeting of the VisitScotland Board held on 17 May" / "2013": a
                # heading's date wrapped before its year, not a page's number.
                lines[-1] = lines[-1].with_text(f"{lines[-1].text} {clean}")
            elif is_noise(clean):
                # A rule sets apart what is either side of it, as a blank line does.
                if any(c.isalnum() for c in clean):
                    noise = True
                else:
                    blank = True
                if dropped is not None:
                    dropped.append(Line(last, raw.strip(), clean, False, False, blank))
            else:
                if dropped is not None and (note := markup_note(raw)):
                    # Not left out itself: its tags are, and the clerk is told which.
                    dropped.append(Line(last, raw.strip(), clean, False, False, blank, reason=note))
                gap = blank and not (noise and clean[0].islower())
                line = Line(last, raw.strip(), clean, marked, bulleted, gap, level)
                letters = line if _LETTERS_ALONE.fullmatch(clean) else None
                if k == 0:
                    line.number = block.number
                    if block.kind == "heading":
                        line.marked, line.level = True, block.level
                if (
                    k == 0
                    and block.kind == "heading"
                    and not block.number
                    and not clean[0].isdigit()
                    and (above := wrapped_heading)
                    and lines
                    and lines[-1] is above
                    and above.level == block.level
                ):
                    # "OFFICIALS IN" / "ATTENDANCE:": one heading a PDF set on two lines.
                    lines[-1] = replace(
                        above, text=f"{above.text} {clean}", raw=f"{above.raw} {raw.strip()}"
                    )
                    wrapped_heading = None
                    continue
                wrapped_heading = (
                    line
                    if k == 0
                    and block.kind == "heading"
                    and clean.split()[-1].lower() in _HEADING_WRAPS
                    else None
                )
                lines.append(line)
                blank = noise = False
    return _without_running_headers(lines, dropped)


# Words a heading does not end on: one that does goes on in the heading block below it.
_HEADING_WRAPS = {"in", "of", "and", "&", "the", "for", "to", "on", "at", "with", "by"}


# "1 SOUTHERN COASTAL GROUP 20th September 2019", "Minutes 12 May 2020 3": a page's running
# header or footer, its page number first or last.
_PAGE_NUMBERED = re.compile(
    r"(?:(?P<first>\d{1,3})\s+(?P<text>\S.{9,}?)|(?P<lead>\S.{9,}?)\s+(?P<last>\d{1,3}))"
)


def _without_running_headers(lines: list[Line], dropped: list[Line] | None) -> list[Line]:
    """Lines that come back with only their page number changed ("1 BOARD 20 May 2019" ...
    "2 BOARD 20 May 2019") are a running header or footer, not the record's text: left out
    and listed. A line that comes once, or always with the same number, is kept."""
    pages: dict[str, set[str]] = {}
    for line in lines:
        if not line.cells and (m := _PAGE_NUMBERED.fullmatch(line.text)):
            pages.setdefault(m["text"] or m["lead"], set()).add(m["first"] or m["last"])
    running = {text for text, numbers in pages.items() if len(numbers) >= 2}
    if not running:
        return lines
    kept = []
    for line in lines:
        m = None if line.cells else _PAGE_NUMBERED.fullmatch(line.text)
        if m and (m["text"] or m["lead"]) in running:
            if dropped is not None:
                dropped.append(replace(line, reason="Left out of the record as a running header"))
            continue
        kept.append(line)
    return kept


def block_rows(block: Block) -> list[tuple[int, tuple[str, ...]]]:
    """A table's rows as their cells' text, each cleaned as a line, with the row's index;
    rows with nothing in them left out."""
    rows = []
    for k, row in enumerate(block.rows):
        cells = tuple(clean_line(cell)[0] for cell in row)
        if any(cells):
            rows.append((k, cells))
    return joined_labels(rows)


def check_text(text: str) -> None:
    if not text.strip():
        raise MinutesError("The file is empty")
    controls = len(CONTROLS.findall(text))
    if "\x00" in text or controls > len(text) / 10:
        raise MinutesError("This looks like a binary file, not minutes text")
