"""Minutes written as one table, an item a row: "Item |  | Lead" over "1 | Welcome and minutes
sign off | JB" (the item's number, its title and who presents it), then "  | Attendees
acknowledged receipt ... | LSR" (the item's minute, and who does what it asks, if anyone).
Mixed into the reader in text.py, which holds the state."""

import re
from collections.abc import Callable
from typing import Any

from meetings.minutes.blocks import item_header
from meetings.minutes.letters import letters
from meetings.minutes.lines import Line
from meetings.minutes.references import Reference

_ITEM_NUMBER = re.compile(r"(?P<ref>\d{1,3})\.?")
# A heading inside an item's rows is short: "Declarations of Interest".
_SUB_HEADING_WORDS = 12
# "... update minute accordingly. / EFPM/MK": a flattened row's last cell, the action's owners
# by their initials, after a finished sentence.
_OWNER_CELL = re.compile(
    letters(r"(?P<text>.+[.!?])\s+/\s+(?P<who>[A-Z]{2,5}(?:\s*[/,&]\s*[A-Z]{2,5})*)")
)
# "LSR to integrate", "LSR to follow up": the owner, then what they are to do.
_OWNER_TO = re.compile(r"(?P<who>\S+(?:\s+\S+){0,2}?)\s+to\s+\S.*")


def row_owner(cell: str) -> str:
    """Who a lead cell names: "LSR" for "LSR" or "LSR to integrate"."""
    cell = cell.strip()
    if m := _OWNER_TO.fullmatch(cell):
        return m["who"]
    return cell


class ItemRowReader:
    """Mixed into text._Reader, whose methods it calls: add_section, continuation (the
    minute's text as a paragraph), new_action and warn."""

    lines: list[Line]
    stage: str
    item_rows: bool
    paragraph: Any
    action: Any
    add_section: Callable[[int, Line, Reference, bool, int | None], None]
    continuation: Callable[[Line, str], None]
    new_action: Callable[[Line], bool]
    warn: Callable[[Line, str], None]

    def item_row(self, i: int, line: Line) -> bool:
        """A row of a table of items under an "Item |  | Lead" header: a number in the first
        cell starts a section titled by the next cell (the last, who presents it, is left
        out); an empty first cell holds the item's minute, an action of the owner in the last
        cell where there is one."""
        cells = line.cells
        if item_header(cells):
            self.item_rows = True
            return True
        if not self.item_rows or len(cells) < 3:
            self.item_rows = self.item_rows and bool(cells)
            return False
        first, text, lead = cells[0].strip(), " ".join(cells[1:-1]).strip(), cells[-1].strip()
        if (m := _ITEM_NUMBER.fullmatch(first)) and text:
            self.add_section(i, line, Reference(m["ref"], text), False, int(m["ref"]))
            return True
        if first or not text:
            return False
        if not lead and self.row_sub_heading(i, text):
            # "  | Declarations of Interest |": a title of its own row over a row of prose, in
            # the item's column: a heading inside the item, as a bold line between paragraphs;
            # the first row under the header ("  | WELCOME |") too, an item with no number.
            self.add_section(i, line, Reference("", text), False, None)
            return True
        if self.stage != "body":
            return False
        self.paragraph = self.action = None
        self.continuation(line.with_text(text), text)
        if lead:
            # The minute is the action: what was agreed, done by the one in the Lead column.
            self.new_action(line.with_text(f"Action: {text}"))
            if self.action is not None:
                self.action.owner = row_owner(lead)
                self.warn(line, f"The minute is taken as an action of {self.action.owner}; check")
            self.action = None
        return True

    def row_sub_heading(self, i: int, text: str) -> bool:
        """Whether a row's text alone is a heading: a few words that end no sentence, and the
        next row with text holds prose in the same column (the number's cell empty)."""
        words = text.split()
        if not (0 < len(words) <= _SUB_HEADING_WORDS and text[:1].isupper()):
            return False
        if text[-1:] in ".,;:!?":
            return False
        below = next((x for x in self.lines[i + 1 :] if x.text.strip()), None)
        if below is None or len(below.cells) < 3 or below.cells[0].strip():
            return False
        prose = " ".join(below.cells[1:-1]).strip()
        return len(prose.split()) >= 6 and prose[-1:] in ".!?:"

    def owner_cell_line(self, line: Line) -> bool:
        """ "EFPM and MK to liaise ... update minute accordingly. / EFPM/MK": a flattened table
        row, the minute then its Action column: a paragraph that is an action of the initials
        in the last cell, said in the lines to check."""
        m = _OWNER_CELL.fullmatch(line.text)
        if not m or self.stage != "body":
            return False
        self.paragraph = self.action = None
        self.continuation(line.with_text(m["text"]), m["text"])
        self.new_action(line.with_text(f"Action: {m['text']}"))
        if self.action is not None:
            self.action.owner = m["who"]
            self.warn(line, f"The minute is taken as an action of {m['who']}; check")
        self.action = None
        return True
