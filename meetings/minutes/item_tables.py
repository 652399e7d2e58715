"""Minutes written as one table, an item a row, under a header that names its columns: "Item |
Minute | Action" (Scottish community councils, many parish councils): the item's number in
the first cell, its title (the cell's first line, set in bold or short) and its minute in the
next, and in the last who does what it asks ("LK"), or the action itself ("FH to submit
objection by 24 November"). Each row is read as the blocks the same minutes typed without the
table would be (a numbered heading, its paragraphs, an "Action:" paragraph), so that the
minutes, the preview's Markdown and the record read them alike. A row with nothing in its
first cell goes on with the item above. Used by the Word reader (docx_reader); a text's
Markdown table of the same header is read by the text reader (item_rows.py)."""

import re
from collections.abc import Iterator
from dataclasses import replace

from meetings.minutes.blocks import Block
from meetings.minutes.letters import letters
from meetings.minutes.people import read_person

# The first column's header: the item's number ("Item Number", Dumfries and Galloway's).
ITEM_COLUMN = re.compile(
    r"(?:agenda\s+)?item(?:\s+(?:no\.?|number))?|no\.?|ref\.?|min(?:ute)?\.?\s*(?:no\.?|ref\.?)|#",
    re.IGNORECASE,
)
# A column naming who does the action; the action's column is one of those or the action itself
# (the minute's column: anything named but the item's number or an action).
OWNER_COLUMN = re.compile(r"action\s+by|by\s+whom|owner|who|lead|responsib(?:le|ility)", re.I)
ACTION_COLUMN = re.compile(
    r"actions?(?:\s+(?:points?|required|agreed))?|" + OWNER_COLUMN.pattern, re.IGNORECASE
)
# A column of when an action is due, last: "When?", "By when", "Due date", "Deadline".
_WHEN_COLUMN = re.compile(r"(?:by\s+)?when|due(?:\s+date)?|deadline|target(?:\s+date)?|date", re.I)
# A column of when the item is taken, on an agenda-like table ("Item | Time | Description |
# Lead"): no part of its minute. Who leads such an item presents it; it is no action of theirs.
_TIME_COLUMN = re.compile(r"times?|timings?|duration|mins?|minutes\s+allowed", re.IGNORECASE)
_PRESENTER_COLUMN = re.compile(r"lead|led\s+by|presenter|presented\s+by", re.IGNORECASE)
PRESENTS = -2  # the owner's column where the last column names who presents the item
# An item's number alone in its cell: "1", "4.", "5(a)", "23/45", "IV".
ITEM_REF = re.compile(r"(?=[\w(]*\d|[ivxlc]+\.?$)[\w()./-]{1,16}[.:)]?", re.IGNORECASE)
# Initials or a few names alone in the action cell: who does what the minute says.
_OWNERS = re.compile(
    letters(r"[A-Z][\w'\u2019.-]*(?:\s*(?:[/,&]|and)?\s*[A-Z][\w'\u2019.-]*){0,3}")
)
# More names than that, with no word of an action among them: "John Stewart, Gerry Murray,
# Adrian Fox and Damian".
_NAMES = re.compile(
    letters(r"[A-Z][\w'\u2019.-]*(?:(?:\s*[/,&]\s*|\s+(?:and\s+)?)[A-Z][\w'\u2019.-]*)*")
)
# A resolution opening a paragraph of the minute ("RESOLVED:- (i) To agree ...", "Resolved:
# that ..."): what follows its label and first list number is what was resolved.
_RESOLUTION = re.compile(
    r"(?:RESOLVED|Resolved\s*[:\-\u2013\u2014])[\s:\-\u2013\u2014]*(?:\(\w{1,4}\)\s*)?(?P<text>\S.*)",
    re.DOTALL,
)
# An item numbered "2.0" over its paragraphs "2.1", "2.2": its one short line is its title.
_WHOLE_ITEM = re.compile(r"\d{1,3}\.0[.:]?")
# A title is short and is no sentence.
_TITLE_WORDS = 12
# The second column's header of a two-column table of items, "No. | Item", "Minute No. | Subject"
# (committee systems' printed minutes): the item's title and minute, with no action column.
_ITEM_TEXT_COLUMN = re.compile(
    r"(?:agenda\s+)?items?(?:\s+description)?|subject|title|business|description|details"
    r"|minutes?|discussion",
    re.IGNORECASE,
)


def item_table_columns(header: list[str]) -> tuple[int, int, int] | None:
    """Where a header row puts an item table's columns: the minute's columns run from the first
    up to the action's column (past the last, for "No. | Item" with none), and a column after
    it may name its owner ("Item | Minute | Action | By whom"); None for any other header (an
    attendance table, a table of actions). A time column before the minute's is left out, and
    the lead after it then names who presents the item, not an action (the owner's column
    given as PRESENTS)."""
    names = [" ".join(c.split()).strip(" :?") for c in header]
    if (
        len(names) == 2
        and ITEM_COLUMN.fullmatch(names[0])
        and _ITEM_TEXT_COLUMN.fullmatch(names[1])
    ):
        return 1, 2, -1  # "No. | Item": no action column (the action's cell is always empty)
    if len(names) > 3 and _WHEN_COLUMN.fullmatch(names[-1]):
        names = names[:-1]  # "Item | Minutes and Actions | Who? | When?": the due date's column
    if len(names) < 3 or not ITEM_COLUMN.fullmatch(names[0]):
        return None
    action = next((k for k in range(2, len(names)) if ACTION_COLUMN.fullmatch(names[k])), None)
    if action is None or len(names) - action > 2:
        return None
    first = 1
    while first < action - 1 and _TIME_COLUMN.fullmatch(names[first]):
        first += 1
    minute = names[first:action]
    if not all(minute) or any(
        ACTION_COLUMN.fullmatch(n) or (ITEM_COLUMN.fullmatch(n) and not _item_text(names, n))
        for n in minute
    ):
        return None  # "Item |  | Lead" is another layout (item_rows.py)
    owner = (
        action + 1 if action + 1 < len(names) and OWNER_COLUMN.fullmatch(names[action + 1]) else -1
    )
    if action + 1 < len(names) and owner < 0:
        return None
    if first > 1 and owner < 0 and _PRESENTER_COLUMN.fullmatch(names[action]):
        return first, action, PRESENTS
    return first, action, owner


def _item_text(names: list[str], name: str) -> bool:
    """Whether a minute's column named "Item" holds the item's text: the first column numbers it
    ("No | Item | Action by", users' forums and partnerships), not "Item" itself."""
    return bool(_ITEM_TEXT_COLUMN.fullmatch(name)) and not _ITEM_TEXT_COLUMN.fullmatch(names[0])


def item_table_blocks(
    rows: list[list[list[Block]]], columns: tuple[int, int, int], titles: list[list[bool]]
) -> Iterator[Block]:
    """The rows after the header, each a list of cells, each cell its blocks, as the blocks of
    the minutes they hold; `titles[r][c]` says whether the first paragraph of a cell is set as
    a title (bold, short)."""
    first, action_at, owner_at = columns
    item = ""  # the number of the item the rows are under
    typed = _typed_titles(rows, first, action_at)
    labelled = _colon_titles(rows, first, action_at)
    for r, row in enumerate(rows):
        cells = row + [[] for _ in range(len(row), max(action_at, owner_at) + 1)]
        ref = _text(cells[0])
        minute = [b for cell in cells[first:action_at] for b in cell]
        texts = [b for b in minute if b.kind != "furniture"]
        if ref and not ITEM_REF.fullmatch(ref):
            # Not an item's number (a heading across the table, a label): the row's text, but
            # for an action cell marked as having none ("N/A").
            yield from (
                b
                for k, cell in enumerate(cells)
                for b in cell
                if not _no_action(cells, k, action_at)
            )
            continue
        if (
            ref
            and _numbered_under(ref, item)
            and texts
            and texts[0].kind == "paragraph"
            and not texts[0].number
            and not _title(texts, titles[r][first])
            and short_line(texts[0].text)
            and read_person(texts[0].text) is None
        ):
            # "2.1" under "2.0" beside a short line that is no title of its own (not bold, and
            # no heading over more paragraphs) nor a person (an apology): a paragraph of item 2
            # numbered in its own row, not an item that line would title (what an action beside
            # it says is the paragraph, not its number).
            at = minute.index(texts[0])
            minute[at] = replace(texts[0], number=ref.rstrip(":"))
        elif ref:
            title = ""
            whole = bool(_WHOLE_ITEM.fullmatch(ref)) and len(texts) == 1
            if texts and texts[0].kind != "table" and _title(texts, titles[r][first] or whole):
                title = texts[0].text.strip()
                if _TYPED_TITLE.fullmatch(title):
                    title = title[:-1]  # "Matters arising.": the title, not its stop
                minute.remove(texts[0])
                texts = texts[1:]
            elif typed and texts and (m := _TITLE_SENTENCE.match(texts[0].text)):
                # "Previous minutes. Approved with change ...", where the table's other items
                # are titled "Matters arising." over their minutes: the same title, run on.
                title, rest = m["title"], replace(texts[0], text=texts[0].text[m.end() :])
                minute[minute.index(texts[0])] = rest
                texts = [rest, *texts[1:]]
            elif labelled and texts and (m := _TITLE_COLON.match(texts[0].text)):
                # "Hospital : Ginny may make a request ...", where the table's other items are
                # titled alike: the label is the item's title, the rest its first paragraph.
                title, rest = m["title"], replace(texts[0], text=texts[0].text[m.end() :])
                minute[minute.index(texts[0])] = rest
                texts = [rest, *texts[1:]]
            item = ref.rstrip(":")
            if labelled and not title and texts and texts[0].kind == "paragraph":
                # "4 | The Minutes of the meeting ... were APPROVED." among items titled by their
                # labels: no title, its number before its sentence, as the line "4. The
                # Minutes ..." is read (untitled_items.py), not a number alone.
                at = minute.index(texts[0])
                minute[at] = replace(texts[0], text=f"{item.rstrip('.')}. {texts[0].text}")
            else:
                yield Block("heading", title, level=2, number=item)
        yield from (_sub_numbered(b, item) for b in minute)
        action = _text(cells[action_at]) if owner_at != PRESENTS else ""
        if _NO_ACTION.fullmatch(action):
            action = ""  # "N/A", "-": the minute asks nothing of anyone
        elif owner_at != PRESENTS and (each := _owner_lines(cells[action_at])):
            action = "/".join(each)  # "NH" / "DP" / "NH", one to a line beside the minute's
        owner = _text(cells[owner_at]) if owner_at >= 0 else ""
        said = " ".join(" ".join(p for p in (b.number, b.text) if p) for b in texts if b.text)
        if (
            action
            and not owner
            and (
                (_OWNERS.fullmatch(action) and len(action.split()) <= 4) or _NAMES.fullmatch(action)
            )
        ):
            # "LK": the minute is the action, done by whom the cell names; where the minute
            # resolves something, what it resolved is, not the discussion before it.
            action, owner = _resolved(texts) or said, action
        if action:
            lines = [f"Action: {' '.join(action.split())}"]
            if owner:
                lines.append(f"Action by: {' '.join(owner.split())}")
            yield Block("paragraph", "\n".join(lines))


def short_line(text: str) -> bool:
    """A few words that end no sentence: what a number alone over it would take as a title."""
    text = " ".join(text.split())
    return 0 < len(text.split()) <= _TITLE_WORDS and not text.endswith((".", ";", ",", ":"))


# A title typed as a sentence: a few words, capitalised, no stop but the last ("Matters arising.").
_TYPED_TITLE = re.compile(r"[A-Z][\w'\u2019&/-]*(?: [\w'\u2019&/-]+){0,4}\.")
# The same title at the start of a minute's first paragraph, a sentence after it; not a minute
# that opens with its verdict ("Noted. The Board ...", "Agreed. ...").
_TITLE_SENTENCE = re.compile(
    r"(?!(?:noted|agreed|approved|accepted|received|resolved|none|nil|deferred)\b)"
    r"(?P<title>[A-Z][\w'\u2019&/-]*(?: [\w'\u2019&/-]+){0,4})\.\s+(?=[A-Z])",
    re.IGNORECASE,
)
# An action cell saying the row has none: "N/A", "n/a", "None", "Nil", a dash.
_NO_ACTION = re.compile(r"n/?a\.?|none|nil|[-\u2013\u2014]+", re.IGNORECASE)


def _owner_lines(cell: list[Block]) -> list[str]:
    """Initials one to a line, each beside the line of the minute it acts on ("NH" / "DP" /
    "NH"): each owner once; [] for a cell of one line or of anything else."""
    lines = [_text([b]) for b in cell if b.kind != "furniture" and _text([b])]
    if len(lines) < 2 or not all(_OWNERS.fullmatch(t) and len(t.split()) <= 2 for t in lines):
        return []
    return list(dict.fromkeys(lines))


def _typed_titles(rows: list[list[list[Block]]], first: int, action_at: int) -> bool:
    """Whether two rows of the table or more title their items as a short sentence over the
    minute's paragraphs ("Matters arising." / "- PHF. NH advised ...")."""
    typed = 0
    for row in rows:
        texts = [b for cell in row[first:action_at] for b in cell if b.kind != "furniture"]
        text = " ".join(texts[0].text.split()) if texts else ""
        typed += len(texts) > 1 and not texts[0].number and bool(_TYPED_TITLE.fullmatch(text))
    return typed >= 2


# An item's title as a label opening its minute's first paragraph, the text after the colon
# ("Matters arising : Re. 9.3 The Shawbrook Bank ...", "Physiotherapy: No report"): a few words,
# no sentence's stop among them.
_TITLE_COLON = re.compile(r"(?P<title>[A-Z][^:.;?!]{1,60}?)\s*:\s+(?=\S)")


def _colon_titles(rows: list[list[list[Block]]], first: int, action_at: int) -> bool:
    """Whether the table's items open their minute with its title as a label ("Hospital :
    Ginny may make a request ..."), not a title of their own above it: two rows or more, and
    most of the numbered rows (not "3.2 | Portable loop: a portable loop system ..." among
    items titled above their paragraphs)."""
    labelled = numbered = 0
    for row in rows:
        texts = [b for cell in row[first:action_at] for b in cell if b.kind != "furniture"]
        numbered += bool(row and _text(row[0]))
        if not texts or texts[0].number or texts[0].kind != "paragraph":
            continue
        m = _TITLE_COLON.match(texts[0].text)
        labelled += bool(m and len(m["title"].split()) <= _TITLE_WORDS // 2)
    return labelled >= 2 and 2 * labelled > numbered


def _no_action(cells: list[list[Block]], k: int, action_at: int) -> bool:
    """Whether cell k is the action's cell and says the row has no action ("N/A")."""
    return k == action_at and bool(_NO_ACTION.fullmatch(_text(cells[k])))


def _sub_numbered(block: Block, item: str) -> Block:
    """A paragraph of the row's minute that opens with its number under the row's item ("3.1
    AGREED the format ..." in item 3's cell, a council's decisions typed in the cell): the
    number as the paragraph's, its text the rest."""
    stem = item.removesuffix(".0").rstrip(".")
    if block.kind != "paragraph" or block.number or not stem.isdigit():
        return block
    if m := re.match(rf"({stem}\.[1-9]\d?)\.?\s+(?=\S)", block.text):
        return replace(block, number=m[1], text=block.text[m.end() :])
    return block


def _numbered_under(ref: str, item: str) -> bool:
    """Whether a row's number ("2.1") numbers a paragraph of the item above ("2.0" or "2")."""
    stem = item.removesuffix(".0").rstrip(".")
    return bool(stem.isdigit() and re.fullmatch(rf"{stem}\.[1-9]\d?\.?", ref.rstrip(":")))


def _resolved(texts: list[Block]) -> str:
    """What the minute's last resolution resolved ("To agree the Terms of Reference ..." from
    "RESOLVED:- (i) To agree the Terms of Reference ...; and"), or "" where it resolves nothing."""
    for block in reversed(texts):
        if m := _RESOLUTION.match(" ".join(block.text.split())):
            return re.sub(r"[;,]?\s*(?:and|or)?$", "", m["text"]).strip()
    return ""


def _title(texts: list[Block], bold: bool) -> bool:
    """Whether the first of a minute cell's blocks is the item's title: a heading, or a few
    words that are no sentence, set in bold or with the minute in paragraphs after it."""
    block = texts[0]
    text = " ".join(block.text.split())
    if not text or block.number or len(text.split()) > _TITLE_WORDS:
        return False
    if block.kind == "heading":
        return True
    plain = not text.endswith((".", ";", ",", ":"))
    if not plain and _TYPED_TITLE.fullmatch(text):
        # "Matters arising." over the minute's paragraphs: a title typed with a stop.
        return len(texts) > 1
    if bold and text.endswith(".") and text.isupper() and len(texts) > 1:
        # "DENTAL SERVICES IN NEWTON STEWART - REPORT BY HEAD OF CUSTOMER SERVICES.": a title
        # in bold capitals keeps the full stop its agenda gave it; the minute follows it.
        return True
    return plain and (bold or (len(texts) > 1 and len(text.split()) <= _TITLE_WORDS // 2))


def _text(blocks: list[Block]) -> str:
    parts = []
    for block in blocks:
        if block.kind == "table":
            parts.extend(c for row in block.rows for c in row)
        elif block.kind != "furniture":
            parts.append(" ".join(p for p in (block.number, block.text) if p))
    return " ".join(" ".join(parts).split())


def named_by_rows(header: list[str], firsts: list[str]) -> list[str]:
    """A header naming only its last column, the action's ("Action" over empty cells), named as
    "No | Item | Action" would name it where the rows' first cells number items (two or more,
    and most of the rows: "1 & 2", "3", "4"): a club's or an association's minutes typed as a
    table whose only heading is over who acts (the PDF reader's _unnamed_columns reads the
    printed page alike); the header as it is otherwise."""
    *rest, last = header or [""]
    if (
        len(header) < 3
        or any(c.strip() for c in rest)
        or not ACTION_COLUMN.fullmatch(last.strip(" :"))
    ):
        return header
    numbered = [f for f in firsts if ITEM_REF.fullmatch(f.strip())]
    if len(numbered) < 2 or 2 * len(numbered) < len(firsts):
        return header
    return ["No", *["Item"] * (len(header) - 2), last]
