"""A document read into blocks: the one structure every format's reader gives (headings with
their level, paragraphs with the list number the reader sees, tables as rows of cells, page
furniture), so that the minutes are read from the document as laid out, not from text
re-parsed after flattening."""

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any, Literal

Kind = Literal["heading", "paragraph", "table", "furniture"]

# Header rows of attendee tables, which are not people.
_COLUMN_NAMES = {
    "name", "names", "role", "roles", "title", "job title", "position", "designation",
    "organisation", "organization", "attendee", "attendees", "member", "members",
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
    for Heading 1); `rows` are a table's cells; `page` is where a PDF has it."""

    kind: Kind
    text: str = ""
    level: int = 0
    number: str = ""
    rows: tuple[tuple[str, ...], ...] = ()
    page: int | None = None

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
        )


def blocks_text(blocks: Iterable[Block]) -> str:
    """The blocks as the text parse_minutes reads: headings as Markdown ones with their
    number, paragraphs after their displayed number, tables as "cell, cell" lines, furniture
    left out. Each block is set apart by a blank line, as paragraphs are in text."""
    parts: list[str] = []
    for block in blocks:
        if block.kind == "table":
            part = "\n".join(_row_lines(block.rows))
        elif block.kind == "furniture":
            continue
        else:
            part = " ".join(p for p in (block.number, block.text) if p)
            if block.kind == "heading" and part.strip():
                # Markdown's mark: the reader takes the line as a heading for sure.
                part = f"# {part}"
        if part.strip():
            parts.append(part)
    return "\n\n".join(parts) + "\n" if parts else ""


def _row_lines(rows: Iterable[tuple[str, ...]]) -> list[str]:
    """A table row by row as "Name, Role" lines: attendees are often set out in a table."""
    lines: list[str] = []
    for row in rows:
        cells = [t for t in (" ".join(cell.split()) for cell in row) if t]
        # A lone "Attendees" cell is a heading the reader uses; "Name | Role" is not.
        if cells and not (len(cells) > 1 and all(c.lower() in _COLUMN_NAMES for c in cells)):
            lines.append(", ".join(cells))
    return lines
