"""A document read into blocks: the one structure every format's reader gives (headings with
their level, paragraphs with the list number the reader sees, tables as rows of cells, page
furniture), so that the minutes are read from the document as laid out, not from text
re-parsed after flattening. Text (pasted, .txt, .md) is read into blocks too, by read_text;
blocks_markdown writes a document's blocks as the text the import page shows to be checked
and fixed, which read_text reads back into the same blocks. Furniture a reader left out is
written there as a comment line that names it ("<!-- Left out (page 2, a running header):
OFFICIAL -->"), so that the clerk is shown every line that is not in the draft."""

import itertools
import re
import zipfile
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any, Literal

Kind = Literal["heading", "paragraph", "table", "furniture"]
# A document's parts unpacked may come to this at most (a .docx is a zip: a small upload can
# unpack to far more).
MAX_UNPACKED_MB = 50
MAX_UNPACKED_BYTES = MAX_UNPACKED_MB * 1024 * 1024
# Of a package's members only its XML is unpacked: pictures, embedded files and fonts are
# never read (python-docx would read every part into memory), whatever size they state.
XML_MEMBER = re.compile(r".*\.(?:xml|rels)", re.IGNORECASE)


def unpacks_too_large(members: Iterable[zipfile.ZipInfo]) -> bool:
    """Whether an Office package's XML parts come to more than MAX_UNPACKED_MB, at the sizes
    the package states (zipfile stops at the stated size and checks the CRC there, so a
    package that understates them is refused when read, not unpacked further). The one bound
    for a zip bomb: a Word file to import, and an agenda paper (agenda.files)."""
    stated = sum(m.file_size for m in members if XML_MEMBER.fullmatch(m.filename))
    return stated > MAX_UNPACKED_BYTES


# Header rows of attendee tables, which are not people.
_COLUMN_NAMES = {
    "name", "names", "role", "roles", "title", "job title", "position", "designation",
    "organisation", "organization", "attendee", "attendees", "member", "members",
    # A column of each row's attendance ("Present", "Apologies") or of what else it gives.
    "attendance", "attended", "status", "capacity", "representing", "post", "office",
    "initials", "full name", "first name", "surname", "name and role",
    # The body a member sits for: "Role / Authority", "Council".
    "authority", "council", "body",
    # "Directors | Representing": the members' column named by who they are.
    "directors", "trustees", "governors",
}  # fmt: skip


class Unreadable(Exception):
    """A reader's refusal, named by a code (`not_word`, `scan`...) that the web process turns
    into the message for the user: the sandbox sends codes, not prose."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Block:
    """One block of a document. `number` is the list number exactly as Word or the reader
    shows it ("4.3", "(a)", "II"); `level` is a heading's level (0 for a document's title, 1
    for Heading 1); `rows` are a table's cells; `page` is where a PDF has it; `line` is the
    line of text a block read from text starts on."""

    kind: Kind
    text: str = ""
    level: int = 0
    number: str = ""
    rows: tuple[tuple[str, ...], ...] = ()
    page: int | None = None
    line: int | None = None
    # Furniture's kind, as the clerk is told it ("a running header", "a page number").
    reason: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Block":
        rows = tuple(tuple(str(cell) for cell in row) for row in data.get("rows", ()))
        return cls(
            kind=data["kind"],
            text=str(data.get("text", "")),
            level=int(data.get("level", 0)),
            number=str(data.get("number", "")),
            rows=rows,
            page=data.get("page"),
            line=data.get("line"),
            reason=str(data.get("reason", "")),
        )

    @property
    def left_out(self) -> str:
        """Why furniture is not in the record, for the clerk: "Left out of the record as a
        running header (page 2)"."""
        where = f" (page {self.page})" if self.page else ""
        return f"Left out of the record as {self.reason or 'page furniture'}{where}"


def header_row(cells: tuple[str, ...] | list[str]) -> bool:
    """A table's header row ("Name | Role"), which names columns, not people. A lone
    "Attendees" cell is a heading the reader uses."""
    return len(cells) > 1 and all(column_name(c) for c in cells)


# A table of items' header (item_rows.py reads its rows). The first column's header: the
# item's number.
_ITEM_COLUMN = re.compile(r"(?:agenda\s+)?item(?:\s+no\.?)?|no\.?|ref\.?|minute|#", re.IGNORECASE)
# The last column's header: who presents the item, or who does its action.
_LEAD_COLUMN = re.compile(
    r"lead|owner|who|action(?:\s+by)?|by(?:\s+whom)?|responsib(?:le|ility)", re.IGNORECASE
)
# The middle column's header, where it is named: the minute's text ("For information /
# actions"). "Item | Discussion | Action" over "2.1 | ..." rows is read line by line as before.
_MINUTE_COLUMN = re.compile(
    r"(?:for\s+)?information(?:\s*(?:/|and|&)\s*(?:actions?|decisions?))?", re.IGNORECASE
)


def item_header(cells: tuple[str, ...]) -> bool:
    """ "Item |  | Lead": a header naming the item's number first and who leads it last, with
    nothing named between (the title's and minute's column), or one column named for the
    minute's text ("ITEM | FOR INFORMATION / ACTIONS | ACTION")."""
    filled = [c.strip(" :") for c in cells]
    return (
        len(cells) >= 3
        and bool(_ITEM_COLUMN.fullmatch(filled[0]))
        and bool(_LEAD_COLUMN.fullmatch(filled[-1]))
        and (not any(filled[1:-1]) or (len(cells) == 3 and _MINUTE_COLUMN.fullmatch(filled[1])))
    )


# "Role / Authority", "Name and Role": one column named by two column names.
COLUMN_JOIN = re.compile(r"\s*(?:/|&|\band\b)\s*")


def column_name(cell: str) -> bool:
    """Whether a cell names a column ("Name", "Attendance") or two at once ("Role / Authority",
    which holds a post or a body, row by row)."""
    cell = cell.lower().strip(" :")
    parts = [p for p in COLUMN_JOIN.split(cell) if p]
    return cell in _COLUMN_NAMES or (len(parts) > 1 and all(p in _COLUMN_NAMES for p in parts))


_ROW_NUMBER = re.compile(r"\d{1,3}[.)]?")


def without_row_numbers(rows: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """A table without a column that only numbers its rows list by list: "1.", "2.", ...
    starting again at 1 under each label of a column to its left ("Attendees | 1. | Name",
    "Apologies | 1. | Name"; the label on the row itself or on a row of its own just above).
    Rows whose text ends in that column (a label | value row spanning the rest) are not
    numbered rows. Minute numbers never start again within a table, so a table of items
    (number | title | lead) keeps its numbers."""
    width = max((len(row) for row in rows), default=0)
    for col in range(1, width) if width >= 3 else ():
        numbered = [
            k
            for k, row in enumerate(rows)
            if col < len(row) and any(c.strip() for c in row[col + 1 :])
        ]
        texts = [rows[k][col].strip() for k in numbered]
        if not texts or not all(_ROW_NUMBER.fullmatch(text) for text in texts):
            continue
        numbers = [int(text.rstrip(".)")) for text in texts]
        starts = [k for k, n in zip(numbered, numbers, strict=True) if n == 1]
        counting = all(n in (1, m + 1) for m, n in itertools.pairwise(numbers))
        labelled = all(
            any(c.strip() for c in rows[k][:col])
            or (k and any(c.strip() for c in rows[k - 1][:col]))
            for k in starts
        )
        if numbers[0] == 1 and len(starts) >= 2 and counting and labelled:
            return tuple(_without_cell(row, col) for row in rows)
    return rows


def side_by_side_lists(rows: tuple[tuple[str, ...], ...]) -> list[tuple[tuple[str, ...], ...]]:
    """A two-column table holding two lists of people side by side, each under its own
    headings at its own rows ("Members attending | Senior Leadership Team", then "Apologies"
    on the left where the right still lists its team, "Guests" on the right): the rows above
    the lists, then the left column, then the right, each a table of one column. Any other
    table is left whole: a name | role table has no headings in its rows."""
    if (
        rows
        and len({len(row) for row in rows}) == 1
        and len(rows[0]) >= 4
        and len(rows[0]) % 2 == 0
    ):
        return _side_by_side_groups(rows)
    if not rows or any(len(row) != 2 for row in rows):
        return [rows]
    heading = [tuple(_list_heading(cell) for cell in row) for row in rows]
    first = next((k for k, (left, right) in enumerate(heading) if left and right), None)
    if first is None or not any(
        (left and not right and rows[k][1].strip()) or (right and not left and rows[k][0].strip())
        for k, (left, right) in enumerate(heading[first + 1 :], first + 1)
    ):
        return [rows]
    columns = [tuple((row[col],) for row in rows[first:] if row[col].strip()) for col in (0, 1)]
    return [part for part in (rows[:first], *columns) if part]


def _side_by_side_groups(rows: tuple[tuple[str, ...], ...]) -> list[tuple[tuple[str, ...], ...]]:
    """ "Attendees |  | Apologies |" over "SC | Steve Coles, Chair | JC | Jackie Crook": two
    lists of two columns each (initials | name) side by side, each under its heading in the
    first column of its half, the row's other cells empty. The rows above, then each half as a
    table of its own; any other table is left whole."""
    half = len(rows[0]) // 2
    first = next(
        (
            k
            for k, row in enumerate(rows)
            if _list_heading(row[0])
            and _list_heading(row[half])
            and not any(c.strip() for j, c in enumerate(row) if j not in (0, half))
        ),
        None,
    )
    if first is None:
        return [rows]
    halves = [
        tuple(row[start : start + half] for row in rows[first:] if any(row[start : start + half]))
        for start in (0, half)
    ]
    return [part for part in (rows[:first], *halves) if part]


def _list_heading(cell: str) -> bool:
    """Whether a cell is a heading over a list of people ("Apologies", "Guests"): a few
    words, no name, that the reader takes for an attendance heading."""
    # Imported here: the attendance headings are the text reader's, which reads blocks.
    from meetings.minutes.attendance import read_kind_heading

    text = cell.strip().rstrip(":")
    if not text or len(text.split()) > 4 or any(c.isdigit() or c in ",()" for c in text):
        return False
    found = read_kind_heading(text, ())
    return found is not None and not found.people


def _without_cell(row: tuple[str, ...], col: int) -> tuple[str, ...]:
    """The row without its cell in the column, or, where the row's text ends in that column
    (a value spanning the columns after it), without an empty cell after it instead."""
    if col >= len(row):
        return row
    if not row[col].strip() or any(c.strip() for c in row[col + 1 :]):
        return row[:col] + row[col + 1 :]
    return row[:-1] if not row[-1].strip() else row


_TABLE_ROW = re.compile(r"\s*\|.*\|\s*")
# Furniture as blocks_markdown writes it: "<!-- Left out (page 2, a running header): text -->".
_FURNITURE = re.compile(
    r"\s*<!--\s*Left out(?:\s*\((?:page\s+(?P<page>\d{1,6}),?\s*)?(?P<reason>[^)]*)\))?\s*:"
    r"\s*(?P<text>.*?)\s*-->\s*",
    re.IGNORECASE,
)
_RULE_ROW = re.compile(r"\s*\|[\s:|-]*-[\s:|-]*\|?\s*")
_CELL_BAR = re.compile(r"(?<!\\)\|")


def read_text(text: str) -> list[Block]:
    """Text as blocks: each run of lines between blank lines a paragraph block, its lines
    kept as written (the reader cleans each of them), and each run of Markdown table rows
    ("| Jane Doe | Chair |") a table block. Each block knows the line it starts on."""
    blocks: list[Block] = []
    run: list[str] = []
    start = 0
    table = False

    def close() -> None:
        if not run:
            return
        if table:
            # A rule row is kept as an empty row, so that rows keep their lines' numbers.
            rows = [() if _RULE_ROW.fullmatch(r) else _cells(r) for r in run]
            blocks.append(Block("table", rows=tuple(rows), line=start))
        else:
            blocks.append(Block("paragraph", "\n".join(run), line=start))
        run.clear()

    raws = _tab_tables(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    for no, raw in enumerate(raws, 1):
        if m := _FURNITURE.fullmatch(raw):
            close()
            page = int(m["page"]) if m["page"] else None
            blocks.append(
                Block("furniture", m["text"], page=page, line=no, reason=m["reason"] or "")
            )
            continue
        row = bool(_TABLE_ROW.fullmatch(raw))
        if not raw.strip() or (run and row != table):
            close()
        if raw.strip():
            if not run:
                start, table = no, row
            run.append(raw)
    close()
    return blocks


def _tab_tables(raws: list[str]) -> list[str]:
    """The lines, with a table pasted from Word (cells set apart by tabs) under a header row
    that names its columns ("Name<TAB>Representing") written as Markdown rows, header and all,
    so that its columns are read as a Word table's are; so is a table of items under its
    header ("ITEM<TAB>FOR INFORMATION / ACTIONS<TAB>ACTION", item_rows.py), each row as wide as
    the header; other tabbed lines stay as they are."""
    out, width, items = [], 0, False
    for raw in raws:
        cells = [c.strip() for c in raw.split("\t")] if "\t" in raw else []
        if len(cells) > 1 and (header_row(cells) or item_header(tuple(cells))):
            width, items = len(cells), not header_row(cells)
        elif items and 1 < len(cells) < width:
            # "<TAB>MATTERS ARISING" under "ITEM<TAB>FOR INFORMATION / ACTIONS<TAB>ACTION": a row
            # of a table of items whose empty cells at its end the copy left out.
            cells += [""] * (width - len(cells))
        elif len(cells) != width:
            width = 0
        out.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |" if width else raw)
    return out


def _cells(row: str) -> tuple[str, ...]:
    inner = row.strip()[1:-1]
    return tuple(c.strip().replace("\\|", "|") for c in _CELL_BAR.split(inner))


def blocks_markdown(blocks: Iterable[Block]) -> str:
    """The blocks as Markdown, which read_text reads back into the same blocks: headings
    marked with their level and number, paragraphs after their displayed number, tables as
    "| cell | cell |" rows, furniture as a comment line naming it (which read_text reads back
    as furniture, and the reader lists as left out); each block set apart by a blank line."""
    parts: list[str] = []
    for block in blocks:
        if block.kind == "table":
            part = "\n".join(_row_lines(block.rows))
        elif block.kind == "furniture":
            part = _furniture_line(block)
        else:
            part = " ".join(p for p in (block.number, block.text) if p)
            if block.kind == "heading" and part.strip():
                part = f"{'#' * max(block.level, 1)} {part}"
        if part.strip():
            parts.append(part)
    return "\n\n".join(parts) + "\n" if parts else ""


def furniture_text(block: Block) -> str:
    """Furniture's text on one line, as its comment line in the Markdown has it."""
    return " ".join(block.text.split()).replace("-->", "- ->")


def _furniture_line(block: Block) -> str:
    text = furniture_text(block)
    if not text:
        return ""
    where = ", ".join(p for p in (f"page {block.page}" if block.page else "", block.reason) if p)
    return f"<!-- Left out{f' ({where})' if where else ''}: {text} -->"


def _row_lines(rows: Iterable[tuple[str, ...]]) -> list[str]:
    """A table as Markdown rows ("| Jane Doe | Chair |"); read_text also reads a table that
    has Markdown's "|---|" rule under its first row."""
    lines: list[str] = []
    for row in rows:
        cells = [" ".join(cell.split()).replace("|", "\\|") for cell in row]
        if any(cells):
            lines.append("| " + " | ".join(cells) + " |")
    return lines
