"""PDFs read into blocks with pypdf: each piece of text with its position, font and size,
put back into lines top to bottom, then into paragraphs by the gaps between them.

What repeats near the top or foot of most pages (the running header, "Page 3 of 12") is page
furniture; a word broken by a hyphen at a line's end is joined; a short line in a larger or
bold font is a heading; pieces of one line far apart are a table's cells, whatever order the
PDF drew them in. Runs in the sandbox (meetings.minutes.sandbox), never in a web process."""

import dataclasses
import io
import itertools
import math
import re
import statistics
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pypdf import PdfReader, mult
from pypdf.generic import ContentStream, NameObject

from meetings.minutes.blocks import Block, Unreadable, side_by_side_lists, without_row_numbers
from meetings.minutes.files import MAX_PDF_PAGES
from meetings.minutes.item_tables import (
    ACTION_COLUMN,
    ITEM_REF,
    item_table_blocks,
    item_table_columns,
)
from meetings.minutes.line_step import line_step

# The share of a page's height at its top and foot where headers and footers sit.
_MARGIN = 0.12
# A piece's width is not given; this is a generous guess at a character's, in ems, so that
# a gap is only taken for a column break when it surely is one; a capital is wider (a bold
# title in capitals, "24. APOLOGIES FOR ABSENCE / DECLARATIONS OF INTEREST", runs about 0.65 em
# a character, and the minute's text run on after it is no second column).
_CHARACTER_EMS = 0.6
_CAPITAL_EMS = 0.7
_CELL_GAP_EMS = 1.5
# Pieces starting this near one another start in the same column.
_STOP_POINTS = 2.0
# A list number before a paragraph's text, which is not a table's cell.
# A minute's reference that runs on through the year ("41/20", "RC/19") stands there too.
_LIST_NUMBER = re.compile(
    r"\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivx]{1,5})[.)]?|(?:[a-z]{1,5}/)?\d{1,4}/\d{1,4}",
    re.IGNORECASE,
)
_BULLET = re.compile(
    r"[\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2043\u25a0\u25a1\u27a2\u2013\u2014*-]"
)
# How far a hanging indent puts a list item's text from its number or bullet, at most.
_HANGING_POINTS = 72
_ORDINAL = re.compile(r"st|nd|rd|th", re.IGNORECASE)
# Ligatures some producers map to their own characters: the letters they stand for. And the
# codes WinAnsiEncoding leaves unused, which a PDF viewer draws as a bullet ("all unused codes
# greater than 40 map to the bullet character", the PDF Reference's note to the encoding; the
# reportlab list's bullet is written as octal 177): pypdf gives them as the control characters
# of the same number (U+007F, U+0081, ...), which the record may not hold (prob/characters.py).
_LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
     "\ufb05": "st", "\ufb06": "st"}
    | dict.fromkeys(map(ord, "\x7f\x81\x8d\x8f\x90\x9d"), "\u2022")
)  # fmt: skip
# Furniture told by its text, in a page's margin even where it does not repeat.
_MARKING = re.compile(
    r"(?:official(?:\s*[-\u2013:]?\s*(?:sensitive|restricted|internal))?|not\s+protectively\s+marked"
    r"|(?:un)?restricted|(?:strictly\s+)?(?:private\s+and\s+)?confidential)"
    r"(?:\s*[-\u2013|]?\s*(?:v(?:ersion)?\s*)?[\d.#]*)*",
    re.IGNORECASE,
)
_FILE_PATH = re.compile(r".*(?:\b[A-Za-z]:\\|\\\\|\S[\\/]\S*\.(?:docx?|pdf|odt|rtf)\b).*", re.I)
_WEB_ADDRESS = re.compile(r"(?:\S+\s+){0,3}(?:https?://|www\.)\S+", re.IGNORECASE)
# "MPC(21)M04", "V2.1", "CNPA.Paper.135", "Ref: ABC/23/01": a token with a digit in it.
_DOCUMENT_NUMBER = re.compile(
    r"(?:(?:ref(?:erence)?|doc(?:ument)?|paper)\s*(?:no\.?|number)?\s*:?\s*)?"
    r"(?=\S*\d)(?=\S*[A-Za-z])[A-Za-z0-9().\-/_]{2,30}",
    re.IGNORECASE,
)
_SIGNATURE = re.compile(
    r".*\bchair(?:man|person)?'?\u2019?s\s+(?:initials|signature)\b.*"
    r"|\s*signed\b.{0,40}[.\u2026_]{3,}.*",
    re.IGNORECASE,
)
_PAGE_NUMBER = re.compile(
    r"(?:page\s*)?#+(?:\s*(?:of|/)\s*#+)?|[-\u2013\u2014]\s*#+\s*[-\u2013\u2014]", re.IGNORECASE
)
_NUMBER = re.compile(r"(\d{1,3}(?:\.\d{1,3})*\.?|\(\w{1,4}\)|[a-z]\))\s+(\S.*)", re.DOTALL)
_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_ITALIC = re.compile(r"italic|oblique", re.IGNORECASE)
_HYPHENS = ("-", "\u00ad", "\u2010")
# A TJ array of whole-byte hex strings and numbers, as WeasyPrint, Cairo and others draw
# text: one string per glyph, "[<0014>0<0011>0<001b>0 ...] TJ". Strings with only a zero
# offset (or nothing) between them are one string to pypdf's text extraction too (it
# sums the widths of a TJ's strings; a zero offset moves nothing and is no word gap), so
# they are joined before pypdf parses the page: it then reads a few objects a line instead
# of two a glyph, which was most of the time a PDF took to read. The joined string is then
# written as a literal string of the same bytes, "(...)", which pypdf reads a byte at a time
# rather than a hex digit at a time.
_HEX_ARRAY = re.compile(
    rb"\[(?:\s*(?:<(?:[0-9A-Fa-f]{2})*>|[-+]?(?:\d+\.?\d*|\.\d+)))+\s*\](?=\s*TJ)"
)
_SET_MATRIX = re.compile(rb"(\n|^)((?:[-+]?(?:\d+\.?\d*|\.\d+)[ \t]+){6}Tm\b)")
_ZERO_BETWEEN = re.compile(rb">\s*(?:[-+]?(?:0+\.?0*|\.0+)\s*)?<")
_HEX_STRING = re.compile(rb"<((?:[0-9A-Fa-f]{2})*)>")
_LITERAL_ESCAPES = {b"\\": b"\\\\", b"(": b"\\(", b")": b"\\)", b"\r": b"\\r", b"\n": b"\\n"}
_NEEDS_ESCAPE = re.compile(rb"[\\()\r\n]")
# Inline image data is binary and could look like anything: such a page is left as it is.
_INLINE_IMAGE = re.compile(rb"(?:^|\s)BI\s")
_ENDS_SENTENCE = (".", ":", ";", "?", "!")
# A cell's line with room left for the next line's first word (within this share of the cell's
# widest line, in characters: a proportional font's letters differ in width) ends a paragraph;
# only in a cell wide enough for its lines to wrap.
_FITS = 0.85
# A line further below the one above than this many steps starts a new paragraph, or than this
# many of the steps a paragraph certainly wraps by, where that is nearer (_wrap_step).
_PAST_STEP = 1.4
_PAST_WRAP = 1.25
# Words a title in a heading's larger type may run to over two lines.
_LONG_TITLE_WORDS = 25
_CELL_WIDE = 40
# A cell's line in capitals, two words or more: a title over the text under it.
_CAPITALS_TITLE = re.compile(r"(?=(?:.*[A-Z]){4})[^a-z]*[A-Z]{2,}\s+[^a-z]*[A-Z]{2,}[^a-z]*")
# Text turned further than this from level (or from upright on its side) is drawn across the
# page: a watermark ("DRAFT" from corner to corner), never the text's.
_SKEW_DEGREES = 5.0
# A stamp's words, drawn level but in a type far larger than the text's: a watermark too.
_STAMP = re.compile(
    r"draft|copy|confidential|sample|void|provisional|unapproved|not\s+approved|superseded",
    re.IGNORECASE,
)
_STAMP_SIZE = 3.0  # times the page's usual size


@dataclass
class _Piece:
    x: float
    y: float
    text: str
    size: float
    bold: bool
    turn: int = 0  # degrees the text is turned anticlockwise from upright
    skewed: bool = False  # turned at a slant, neither level nor on its side
    italic: bool = False


@dataclass
class _Line:
    page: int
    y: float
    size: float
    bold: bool
    cells: list[str] = field(default_factory=list)
    xs: list[float] = field(default_factory=list)  # where each cell starts
    row: bool = False  # a table's row, its cells in the table's columns
    # The page's column stops a row was placed by, and its cells where they start on the line
    # (for a table going on over a page break to be placed by the columns above the break).
    stops: list[float] = field(default_factory=list)
    starts: list[tuple[float, str]] = field(default_factory=list)
    # Furniture's kind, as the clerk is told it ("a running header"); "" for the text.
    reason: str = ""
    italic: bool = False  # every piece of the line in italics
    # A list item's first line: its number or bullet set apart at a hanging indent, or the
    # number alone on its line (its text gone on over a page break).
    item: bool = False
    # The line as printed, each printed line it holds (a row's cells wrapping) from the top:
    # where it stands and its pieces, where each starts, its text, and whether it is bold.
    printed: list[tuple[float, list[tuple[float, str, bool]]]] = field(default_factory=list)

    @property
    def furniture(self) -> bool:
        return bool(self.reason)

    @property
    def text(self) -> str:
        return " ".join(self.cells)


def read_pdf(data: bytes) -> list[Block]:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise Unreadable("pdf_encrypted")
        if len(reader.pages) > MAX_PDF_PAGES:
            raise Unreadable("pdf_too_many_pages")
        read = [_page_lines(page, number) for number, page in enumerate(reader.pages, 1)]
    except (Unreadable, MemoryError):
        raise
    except Exception:
        # pypdf's errors for a damaged file, and its DependencyError for AES encryption,
        # which the empty password would need a cryptography package to open.
        if _encrypted(data):
            raise Unreadable("pdf_encrypted") from None
        raise Unreadable("not_pdf") from None
    # Watermarks are set apart until the margins are read: they stand mid-page, in no margin.
    pages = [[line for line in lines if not line.furniture] for lines in read]
    marks = [[line for line in lines if line.furniture] for lines in read]
    if not any(line.text.strip() for lines in pages for line in lines):
        raise Unreadable("pdf_scan")
    _mark_furniture(pages)
    _tables_over_breaks(pages)
    return _blocks(
        [line for lines, more in zip(pages, marks, strict=True) for line in lines + more]
    )


def _encrypted(data: bytes) -> bool:
    return b"/Encrypt" in data[-4096:] or b"/Encrypt" in data[:4096]


def _page_lines(page: Any, number: int) -> list[_Line]:
    pieces: list[_Piece] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if not text.strip():
            return
        matrix = mult(tm, cm)
        # The text's "up", which is the page's up unless the text is turned.
        up_x, up_y = matrix[2], matrix[3]
        scale = math.hypot(up_x, up_y) or 1.0
        name = str(font.get("/BaseFont", "")) if font else ""
        bold = bool(_BOLD.search(name))
        italic = bool(_ITALIC.search(name))
        turn = _turn(matrix)
        skewed = _skewed(matrix)
        for i, part in enumerate(text.split("\n")):
            if part.strip():
                # A piece that holds several lines gives the position of its first only.
                x, y = matrix[4] - i * size * 1.2 * up_x, matrix[5] - i * size * 1.2 * up_y
                text = part.translate(_LIGATURES)
                pieces.append(_Piece(x, y, text, size * scale, bold, turn, skewed, italic))

    _join_glyph_runs(page)
    page.extract_text(visitor_text=visit)
    pieces, stamps = _without_watermarks(pieces)
    box = page.mediabox
    height = _upright(
        pieces, float(box.left), float(box.bottom), float(box.width), float(box.height)
    )
    out: list[_Line] = []
    for group in _text_columns(pieces, float(box.width)):
        lines, stops = _lines(group, number)
        for line in lines:
            # Kept as a share of the page for furniture, measured from the top.
            line.y = (height - line.y) / height if height else 0.0
            line.printed = [(line.y, parts) for _, parts in line.printed]
        out += _tables(lines, stops)
    if stamps:
        # Listed once a page, as left out: the words of the page's watermarks.
        text = " ".join(dict.fromkeys(" ".join(p.text.split()) for p in stamps))
        out.append(_Line(number, 0.5, stamps[0].size, False, [text], reason="a watermark"))
    return out


def _tables_over_breaks(pages: list[list[_Line]]) -> None:
    """A table going on over a page break, placed by the columns of its rows above the break:
    the next page's first lines of cells, each cell in the column it starts in there (a page
    with few rows finds fewer columns: a label column empty below the break is not found). A
    first line of one cell, under a cell of the row above the break, is that cell going on
    over the break (Word breaks a row across pages)."""
    for before, after in itertools.pairwise(pages):
        body = [line for line in before if not line.furniture]
        last = body[-1] if body else None
        if last is None or not last.row or not last.stops:
            continue
        above = last  # the row a line of one cell may go on from
        for line in [line for line in after if not line.furniture]:
            starts = line.starts or list(zip(line.xs, line.cells, strict=True))
            probe = _Line(line.page, line.y, line.size, line.bold, [c for _, c in starts])
            probe.xs = [x for x, _ in starts]
            cols = _columns(probe, last.stops)
            if cols is None:
                break
            if _wraps_above(cols, above, last):
                # Cells wrapping onto a line of their own, under the row they belong to.
                for col, text in zip(cols, probe.cells, strict=True):
                    above.cells[col] = _joined_cell(above.cells[col], text)
                above.printed += line.printed
                after.remove(line)
                continue
            if len(cols) < 2 and not line.row:
                break
            cells = [""] * max(len(last.cells), cols[-1] + 1)
            for col, text in zip(cols, probe.cells, strict=True):
                cells[col] = text
            line.cells, line.row, line.stops = cells, True, last.stops
            above = line


def _wraps_above(cols: list[int], above: _Line, last: _Line) -> bool:
    """Whether cells in these columns go on from the row above: each under a cell of that row
    that has text, past the first column; one cell under that row's last; more than one
    leaving empty a column both that row and the last row before the break fill (a row's
    number, say)."""
    width = len(above.cells)
    if not cols or cols[0] == 0 or cols[-1] >= width or not all(above.cells[c] for c in cols):
        return False
    if len(cols) == 1:
        # A row of one cell is a row of its own ("Name |" with no post) unless it stands under
        # the row's last cell, which is where text wraps.
        return cols[0] == max(c for c, text in enumerate(above.cells) if text)
    return any(
        above.cells[c] and c < len(last.cells) and last.cells[c] and c not in cols
        for c in range(1, width)
    )


def _skewed(matrix: list[float]) -> bool:
    """Whether text is drawn at a slant: turned neither level nor onto its side."""
    angle = abs(math.degrees(math.atan2(matrix[1], matrix[0]))) % 90
    return min(angle, 90 - angle) > _SKEW_DEGREES


def _without_watermarks(pieces: list[_Piece]) -> tuple[list[_Piece], list[_Piece]]:
    """The page's text apart from its watermarks: what is drawn at a slant across the page,
    and a stamp's word ("DRAFT", "COPY") in a type several times the text's."""
    sizes = sorted(p.size for p in pieces if not p.skewed)
    usual = sizes[len(sizes) // 2] if sizes else 0.0
    stamps = [
        p
        for p in pieces
        if p.skewed
        or (usual and p.size >= _STAMP_SIZE * usual and _STAMP.fullmatch(p.text.strip()))
    ]
    if not stamps:
        return pieces, []
    return [p for p in pieces if all(p is not m for m in stamps)], stamps


def _turn(matrix: list[float]) -> int:
    """How far text is turned from upright, anticlockwise: 0, 90, 180 or 270 degrees."""
    a, b = matrix[0], matrix[1]
    if abs(b) > abs(a):
        return 90 if b > 0 else 270
    return 180 if a < 0 else 0


def _upright(
    pieces: list[_Piece], left: float, bottom: float, width: float, height: float
) -> float:
    """The pieces' places as if the page were turned so that most of its text stands
    upright (a landscape page drawn on its side), measured from the page's foot and left
    edge; the height of the page so turned."""
    turns = Counter[int]()
    for piece in pieces:
        turns[piece.turn] += len(piece.text)
    turn = turns.most_common(1)[0][0] if turns else 0
    for piece in pieces:
        x, y = piece.x - left, piece.y - bottom
        if turn == 90:  # read upwards: the page's left edge is the text's top
            piece.x, piece.y = y, width - x
        elif turn == 270:
            piece.x, piece.y = height - y, x
        elif turn == 180:
            piece.x, piece.y = width - x, height - y
        else:
            piece.x, piece.y = x, y
    return width if turn in (90, 270) else height


def _text_columns(pieces: list[_Piece], width: float) -> list[list[_Piece]]:
    """The page's pieces in reading order of its text columns: where the text runs in two
    columns (prose flowing down the left one, on down the right), what is above them, the
    left column, the right one, and what is below, each read as a page of its own; else all
    of them together. A table's columns are no text columns: its cells do not run on from
    line to line in lower case."""
    middle = Counter(round(p.x / _STOP_POINTS) for p in pieces if 0.3 < p.x / width < 0.7)
    for key, count in middle.most_common(3):
        split = key * _STOP_POINTS - _STOP_POINTS
        right = [p for p in pieces if p.x >= split]
        if count < 6 or not right:
            break
        top, foot = max(p.y for p in right), min(p.y for p in right)
        band = [p for p in pieces if foot - 1 <= p.y <= top + 1]
        left = [p for p in band if p.x < split]
        # A piece reaching across the gap between the columns (a guess at its width).
        across = sum(1 for p in left if p.x + len(p.text.strip()) * p.size * 0.45 > split + p.size)
        if across > 0.1 * len(left) or not (_flows(left) and _flows(right)):
            continue
        above = [p for p in pieces if p.y > top + 1]
        below = [p for p in pieces if p.y < foot - 1]
        return [group for group in (above, left, right, below) if group]
    return [pieces]


def _flows(pieces: list[_Piece]) -> bool:
    """Whether pieces read as prose running from line to line: six lines or more, a third of
    those after the first going on in lower case."""
    lines: dict[int, list[_Piece]] = {}
    for piece in pieces:
        lines.setdefault(round(piece.y), []).append(piece)
    ordered = sorted(lines.items(), reverse=True)  # from the top down
    starts = [min(members, key=lambda p: p.x).text.strip() for _, members in ordered]
    if len(starts) < 6:
        return False
    return sum(1 for text in starts[1:] if text[:1].islower()) >= (len(starts) - 1) / 3


def _join_glyph_runs(page: Any) -> None:
    """The page's content with each TJ's glyph strings joined (see _HEX_ARRAY), read by
    pypdf in their place; a page with nothing to join is left alone."""
    contents = page.get_contents()
    if contents is None:
        return
    data = contents.get_data()
    if _INLINE_IMAGE.search(data):
        return
    # Each Tm in a text object of its own: pypdf hands on the text it gathers only at a
    # text object's end or a font's change, so that a table row drawn as one object
    # ("Tm Peter Argyle ... Tm Eric Baird") came as one piece, its cells run together. The
    # text state (font, spacing) lasts across text objects, and Tm sets the position
    # whole, so nothing drawn moves.
    joined = _SET_MATRIX.sub(rb"\1ET BT \2", _HEX_ARRAY.sub(_joined_array, data))
    if joined == data:
        return
    stream = ContentStream(None, page.pdf, "bytes")
    stream.set_data(joined)
    page[NameObject("/Contents")] = stream


def _joined_array(match: re.Match[bytes]) -> bytes:
    return _HEX_STRING.sub(_literal, _ZERO_BETWEEN.sub(b"", match[0]))


def _literal(match: re.Match[bytes]) -> bytes:
    raw = bytes.fromhex(match[1].decode("ascii"))
    return b"(" + _NEEDS_ESCAPE.sub(lambda m: _LITERAL_ESCAPES[m[0]], raw) + b")"


def _lines(pieces: list[_Piece], page: int) -> tuple[list[_Line], list[float]]:
    """Pieces on the same baseline, left to right, as lines from the top of the page down;
    a line's pieces far apart, or starting where other lines' columns start, are cells."""
    lines: list[tuple[list[_Piece], float]] = []
    for piece in sorted(pieces, key=lambda p: (-p.y, p.x)):
        if lines and abs(lines[-1][1] - piece.y) <= 0.35 * piece.size:
            lines[-1][0].append(piece)
        else:
            lines.append(([piece], piece.y))
    lines = _centred_rows(_raised_joined(lines))
    for members, _ in lines:
        members.sort(key=lambda p: p.x)  # stable: a cell's lines stay top down
    stops = _column_stops([members for members, _ in lines])
    out = []
    for members, y in lines:
        # A list's bullet, often set in a larger type than its text, does not make the line a
        # heading, nor a line of its own size apart from the item's next lines.
        words = [p for p in members if not _BULLET.fullmatch(p.text.strip())] or members
        size = max(p.size for p in words)
        line = _Line(page, y, round(size, 1), all(p.bold for p in members))
        line.italic = all(p.italic for p in members)
        line.printed = [(y, [(p.x, " ".join(p.text.split()), p.bold) for p in members])]
        end = None
        for k, piece in enumerate(members):
            text = " ".join(piece.text.split())
            if k and piece.y != members[k - 1].y and abs(piece.x - line.xs[-1]) <= _STOP_POINTS:
                line.cells[-1] += " " + text  # a centred row's cell, its next line
                end = piece.x + _width(piece.text, piece.size)
                continue
            apart = end is not None and piece.x - end > _CELL_GAP_EMS * piece.size
            # A piece where a column starts, after more than a list number ("4.1 Text").
            column = bool(line.cells) and _stop(piece.x, stops) is not None
            if line.cells and (apart or (column and not _LIST_NUMBER.fullmatch(line.cells[-1]))):
                line.cells.append(text)
                line.xs.append(piece.x)
            elif line.cells and _ORDINAL.fullmatch(text) and line.cells[-1][-1:].isdigit():
                line.cells[-1] += text  # "6" and a raised "th": "6th"
            elif line.cells:
                line.cells[-1] += " " + text
            else:
                line.cells.append(text)
                line.xs.append(piece.x)
            end = piece.x + _width(piece.text, piece.size)
        _hanging(line)
        out.append(line)
    return out, stops


def _width(text: str, size: float) -> float:
    """A generous guess at a piece's printed width (see _CHARACTER_EMS)."""
    return sum(_CAPITAL_EMS if c.isupper() else _CHARACTER_EMS for c in text) * size


def _centred_rows(lines: list[tuple[list[_Piece], float]]) -> list[tuple[list[_Piece], float]]:
    """A table's row whose cells are centred in it, one cell wrapping onto more lines than
    another ("Tim Goodson" half a line below "Dorset Clinical Commissioning", over "Group"):
    lines closer than a line's height, each a cell in its own column, every column's lines
    centred on the same middle, are one row (the row's top line's place), its cells' lines
    kept top down. Else the row's parts read as rows of their own, and a cell's last line
    as the next row's."""
    out: list[tuple[list[_Piece], float]] = []
    run: list[tuple[list[_Piece], float]] = []

    def close() -> None:
        if len(run) > 1 and _centred(run):
            out.append(([p for members, _ in run for p in members], run[0][1]))
        else:
            out.extend(run)
        run.clear()

    for members, y in lines:
        size = max(p.size for p in members)
        if run and (run[-1][1] - y > 0.8 * size or len(members) > 1 or len(run[-1][0]) > 1):
            close()
        run.append((members, y))
    close()
    return out


def _centred(run: list[tuple[list[_Piece], float]]) -> bool:
    """Whether lines of one piece each are a row's cells centred on one middle: two columns
    or more, none of its lines in the same column as the line before it."""
    columns: dict[int, list[float]] = {}
    for (before, _), (members, _) in itertools.pairwise(run):
        if abs(before[0].x - members[0].x) <= _STOP_POINTS:
            return False
    for members, y in run:
        key = next((k for k in columns if abs(k - members[0].x) <= _STOP_POINTS), None)
        columns.setdefault(round(members[0].x) if key is None else key, []).append(y)
    middles = [(max(ys) + min(ys)) / 2 for ys in columns.values()]
    size = max(p.size for members, _ in run for p in members)
    return len(columns) >= 2 and max(middles) - min(middles) <= 0.25 * size


def _raised_joined(lines: list[tuple[list[_Piece], float]]) -> list[tuple[list[_Piece], float]]:
    """Lines of raised or lowered text nearer a line's baseline than a line's height (the
    "th" of "6th", a footnote's mark), smaller or a few characters, put into that line."""
    out: list[tuple[list[_Piece], float]] = []
    for i, (members, y) in enumerate(lines):
        small = max(p.size for p in members)
        short = all(len(p.text.strip()) <= 3 for p in members)
        for j in (i + 1, i - 1):
            if not 0 <= j < len(lines) or (j < i and not out):
                continue
            other, at = lines[j] if j > i else out[-1]
            size = max(p.size for p in other)
            if (short or small <= 0.85 * size) and abs(y - at) <= 0.6 * size:
                other.extend(members)
                break
        else:
            out.append((members, y))
    return out


def _hanging(line: _Line) -> None:
    """A list number or bullet and its text on one baseline, the text at a hanging indent
    ("1.2" at 72 pt, its text at 108; "41/20" and its title, as Word's "Save as PDF" sets a
    numbered item): one line "1.2 Text", not a table's two cells, and a list item's first
    line, which starts a paragraph whatever the spacing (Word sets list items as close as
    a paragraph's lines)."""
    if (
        len(line.cells) == 2
        and (_LIST_NUMBER.fullmatch(line.cells[0]) or _BULLET.fullmatch(line.cells[0]))
        and line.xs[1] - line.xs[0] <= _HANGING_POINTS
    ):
        line.cells, line.xs = [f"{line.cells[0]} {line.cells[1]}"], line.xs[:1]
        line.item = True
    elif len(line.cells) == 1 and _LIST_NUMBER.fullmatch(line.cells[0]):
        line.item = True


def _column_stops(lines: list[list[_Piece]]) -> list[float]:
    """Where a table's columns start on the page: an x at which a piece after another starts
    on two lines or more (a paragraph's line is drawn in one piece, or in pieces that do not
    line up); or after another on one line and first on two more, where a label stands on a
    table's first row only ("Present: | Name | Post", then "Name | Post" under it)."""
    after, first = Counter[int](), Counter[int]()
    for members in lines:
        # (A centred row's cell going on onto its next line starts no column.)
        after.update(
            {round(p.x / _STOP_POINTS) for p in members[1:] if p.x - members[0].x > _STOP_POINTS}
        )
        if len(members) > 1:
            first[round(members[0].x / _STOP_POINTS)] += 1
    return sorted(
        x * _STOP_POINTS for x, n in after.items() if n >= 2 or (n == 1 and first[x] >= 2)
    )


def _label_wraps(line: _Line, last: _Line | None, following: list[list[int] | None]) -> bool:
    """Whether a line is the wrapped end of the label in the first cell of the row above: one
    cell, starting where that label does, under a row with a label and over another row."""
    return (
        last is not None
        and last.row
        and bool(last.cells and last.cells[0])
        and len(line.cells) == 1
        and bool(line.xs and last.xs)
        and abs(line.xs[0] - last.xs[0]) <= _STOP_POINTS
        and bool(following and following[0] and (following[0][0] > 0 or len(following[0]) > 1))
    )


def _joined_cell(cell: str, more: str) -> str:
    """A cell's text and its next line: "Baroness Grey-" and "Thompson DBE" are one name, a
    hyphen at a line's end before a capital being the name's own; a word the typesetter broke
    ("apo\u2010" / "logies") is one word, as in a paragraph (_joined_line)."""
    if cell.endswith("-") and cell[-2:-1].isalpha() and more[:1].isupper():
        return cell + more
    return _joined_line(cell, more).strip()


# The marks a typesetter puts where it broke a word at a line's end (WeasyPrint and browsers
# print U+2010, others a soft hyphen): never a word's own hyphen, whatever follows.
_BREAK_MARKS = ("\u00ad", "\u2010")


def _joined_line(text: str, more: str) -> str:
    """A paragraph's text so far and its next line: a word broken at the line's end joined
    ("recom-" + "mended"; "UNI\u2010" + "SON", a typesetter's mark before a capital too)."""
    if text[-2:-1].isalpha() and (
        text.endswith(_BREAK_MARKS) or (text.endswith(_HYPHENS) and more[:1].islower())
    ):
        return text[:-1] + more
    return f"{text} {more}" if text else more


def _stop(x: float, stops: list[float]) -> int | None:
    """The column (1 for the first stop) that starts at x, or None."""
    return next((i for i, at in enumerate(stops, 1) if abs(at - x) <= _STOP_POINTS), None)


def _tables(lines: list[_Line], stops: list[float]) -> list[_Line]:
    """A page's tables put back together, where columns were found: a line of cells that
    start where the columns do is a row, its cells in their columns; a line under a row,
    nearer to it than rows are to each other, is that row's cells wrapping ("Donald" /
    "McPHERSON", in the column each part stands under). Wraps are told from rows only where
    most rows stand further apart than a cell's lines; elsewhere none is taken for one."""
    if not stops:
        return lines
    columns = [_columns(line, stops) for line in lines]
    # The steps between a table's lines: a row's cells wrapping are a paragraph's line apart,
    # rows further where cells are padded. Only where most steps are the wider ones are the
    # narrower taken for wraps: in a table without padding every step is a row's.
    steps = [
        b.y - a.y
        for (a, ca), (b, cb) in itertools.pairwise(zip(lines, columns, strict=True))
        if ca is not None and cb is not None and b.y > a.y
    ]
    step = min(steps, default=0.0)
    wider = sum(1 for s in steps if s > step * 1.08)
    spaced = bool(step) and wider >= len(steps) - wider > 0
    # Where most rows wrap, most steps are a line's. Where the lines at that step go on in two
    # columns at once right of the first (a label's, "Present:"), as in "Wallis (JW) |
    # Haematologist", they are rows' cells wrapping, not a list a line in one cell: such a line
    # is a wrap where each of its cells goes on from a line too full for its first word
    # (_cell_wraps).
    fitted = (
        bool(step)
        and not spaced
        and _two_steps(steps, step)
        and any(
            sum(1 for col in cb if col > 0) > 1 and b.y - a.y <= step * 1.04
            for (a, ca), (b, cb) in itertools.pairwise(zip(lines, columns, strict=True))
            if ca is not None and cb is not None
        )
    )
    widest = Counter[int]()
    for line, cols in zip(lines, columns, strict=True):
        for col, text in zip(cols or (), line.cells, strict=False):
            widest[col] = max(widest[col], len(text))
    tails: dict[int, str] = {}  # the last printed line of each of the last row's cells
    out: list[_Line] = []
    below = 0.0  # where the last line read stands: a row's, or the last line of its cells
    for k, (line, cols) in enumerate(zip(lines, columns, strict=True)):
        last = out[-1] if out else None
        near = bool(step) and line.y - below <= step * 1.04
        if near and _label_wraps(line, last, columns[k + 1 : k + 2]):
            # "OPONI IN" / "ATTENDANCE": a row's label wrapping in the first column, alone on
            # its line a line's step below, the table's next row under it.
            # "Donna Meredith-" / "Wood": a name's own hyphen before its wrap (_joined_cell).
            last.cells[0] = _joined_cell(last.cells[0], line.text)  # type: ignore[union-attr]
            last.printed += line.printed  # type: ignore[union-attr]
            below = line.y
            continue
        wraps = last is not None and last.row and line.y - below <= step * 1.04
        # In the column each part starts in, or the one it stands under.
        under = (
            [
                min(sum(1 for at in stops if at <= x + _STOP_POINTS), len(last.cells) - 1)
                for x in line.xs
            ]
            if last is not None
            else []
        )
        wraps = wraps and (spaced or (fitted and _cell_wraps(line.cells, under, tails, widest)))
        below = line.y
        if wraps and last is not None:
            last.printed += line.printed
            for col, text in zip(under, line.cells, strict=True):
                tails[col] = text
                old, last.cells[col] = last.cells[col], _joined_cell(last.cells[col], text)
                last.starts = [(at, last.cells[col] if t == old else t) for at, t in last.starts]
            continue
        line.starts, line.stops = list(zip(line.xs, line.cells, strict=True)), stops
        if cols is not None and (len(line.cells) > 1 or (last is not None and last.row)):
            width = cols[-1] + 1
            cells = [""] * width
            for col, text in zip(cols, line.cells, strict=True):
                cells[col] = text
            line.cells, line.row = cells, True
            tails = dict(enumerate(cells))
        out.append(line)
    return out


def _cell_wraps(
    cells: list[str], under: list[int], tails: dict[int, str], widest: Counter[int]
) -> bool:
    """Whether a line's cells each go on from the line above in their column, that line too
    full for the first word of this one ("Dr Jonathan" / "Wallis (JW)"), where a column's
    widest line is the measure: a line with room left ended ("Councillor Wilson, Chair" /
    "Councillors Ashton, ..." are two lines of one cell, not one wrapped)."""
    above = [(tails.get(col, ""), text) for col, text in zip(under, cells, strict=True)]
    return any(a for a, _ in above) and all(
        not a or len(a) + 1 + len(text.split(" ", 1)[0]) >= widest[col] * _FITS
        for col, (a, text) in zip(under, above, strict=True)
    )


def _two_steps(steps: list[float], step: float) -> bool:
    """Whether a table's lines stand at two steps only, a line's and a padded row's a little
    wider, each twice or more: where nearly every row's cells wrap ("Dr Jonathan" / "Wallis
    (JW)"), most steps are the wraps' and still the wider ones are the rows'."""
    wider = [s for s in steps if s > step * 1.08]
    return (
        len(wider) >= 2
        and len(steps) - len(wider) >= 2
        and all(s <= step * 1.04 for s in steps if s <= step * 1.08)
        and max(wider) <= min(wider) * 1.04
        and max(wider) <= step * 1.3
    )


def _columns(line: _Line, stops: list[float]) -> list[int] | None:
    """The columns a line's cells start in, left to right, or None where one starts in
    none (the first may start left of every column: the table's first)."""
    cols = []
    for i, x in enumerate(line.xs):
        col = _stop(x, stops)
        if col is None and i == 0 and x < stops[0] - _STOP_POINTS:
            col = 0
        if col is None or (cols and col <= cols[-1]):
            return None
        cols.append(col)
    # A line starting left of the columns, alone, is the text's, not the table's.
    return None if cols == [0] else cols


def _key(text: str) -> str:
    return " ".join(re.sub(r"\d+", "#", text.lower()).split())


def _mark_furniture(pages: list[list[_Line]]) -> None:
    """The outermost lines of a page's margins that repeat across most pages (digits aside),
    and what is furniture by its text there (page numbers, protective markings, file paths,
    web addresses, document numbers, the chair's initials), each with what it is."""
    edges = [
        [line for line in lines[:2] + lines[-2:] if line.y < _MARGIN or line.y > 1 - _MARGIN]
        for lines in pages
    ]
    counts = Counter(key for lines in edges for key in {_key(line.text) for line in lines})
    most = len(pages) if len(pages) < 3 else 0.6 * len(pages)
    sizes = Counter[float]()
    for lines in pages:
        for line in lines:
            sizes[line.size] += len(line.text)
    usual = sizes.most_common(1)[0][0] if sizes else 0.0
    repeated = {key for key, n in counts.items() if n >= 2 and n >= most}
    for page, lines in zip(pages, edges, strict=True):
        for line in lines:
            # Told by its text alone only at the very top or foot of the page: the body's
            # last lines can reach into the margin's share of the page.
            outermost = line is page[0] or line is page[-1]
            if (
                _key(line.text) in repeated
                and _apart(page, line, repeated)
                and not _numbered_heading(line, usual)
                and not _before_other_type(page, line, usual)
            ):
                running = "a running header" if line.y < _MARGIN else "a running footer"
                line.reason = furniture_reason(line.text) or running
            elif outermost:
                line.reason = furniture_reason(line.text) or _numbered_margin(line, usual)


def _apart(page: list[_Line], line: _Line, repeated: set[str]) -> bool:
    """Whether a repeated line in a page's margin stands apart from the page's text, as a
    running header or footer does: in another size than the next line inward, or further
    from it than the page's lines are from each other; or close to a repeated line in the
    same margin that stands apart (a header of two lines). A body's lines that read alike from
    page to page but for their numbers ("1.8 The Authority considered the report on matter
    1.8. ...") go on at the text's own step: they are the text, not furniture."""
    gaps = [b.y - a.y for a, b in itertools.pairwise(page) if b.y > a.y]
    step = statistics.median(gaps) if gaps else 0.0
    inward = 1 if line.y < _MARGIN else -1
    k = next(k for k, other in enumerate(page) if other is line)
    while 0 <= k + inward < len(page):
        edge, text = page[k], page[k + inward]
        if edge.size != text.size or abs(text.y - edge.y) > 1.3 * step:
            return True
        if not _marginal(text, inward, repeated):
            return False
        k += inward
    return True


def _numbered_heading(line: _Line, usual: float) -> bool:
    """An item's heading at a page's top, bold or larger than the text, numbered "4." or
    "4.2" ("12. Item number 12 on the agenda", each item starting a page), or "4 - " with a
    dash between the number and the title ("8 - Application 23/01234/FUL"): its words repeat
    from page to page but its number is the item's, not furniture's."""
    m = _NUMBER.match(line.text)
    numbered = bool(m and "." in m[1]) or bool(_DASHED_NUMBER.match(line.text))
    return numbered and (line.bold or line.size > usual)


# "8 - Item number 8", "12 \u2013 Minute 41/17": an item's number, a dash, its title.
_DASHED_NUMBER = re.compile(r"\d{1,3}\s+[-\u2013\u2014]\s+\S")


def _before_other_type(page: list[_Line], line: _Line, usual: float) -> bool:
    """A line in the text's usual type with a line of another type beyond it, nearer the
    page's edge (the footer): the text's last line ("RESOLVED that the recommendations of
    report 12 be approved." over each page's footer), not a footer's, whose lines share
    one type."""
    at = next(k for k, other in enumerate(page) if other is line)
    beyond = at - 1 if line.y < _MARGIN else at + 1
    return 0 <= beyond < len(page) and line.size == usual and page[beyond].size != line.size


def _marginal(line: _Line, inward: int, repeated: set[str]) -> bool:
    """A repeated line in the same margin (the top's when going down the page)."""
    margin = line.y < _MARGIN if inward == 1 else line.y > 1 - _MARGIN
    return margin and _key(line.text) in repeated


def _numbered_margin(line: _Line, usual: float) -> str:
    """A running header or footer told on a page of its own (nothing to repeat on): the
    outermost line, in a smaller type than the text, its first or last cell the page's number
    ("Court 25.06.19 \u2013 Minutes (approved)" centred, "1" at the right)."""
    if len(line.cells) < 2 or not usual or line.size >= usual * 0.9:
        return ""
    if not any(_PAGE_NUMBER.fullmatch(_key(c)) for c in (line.cells[0], line.cells[-1])):
        return ""
    return "a running header" if line.y < _MARGIN else "a running footer"


def furniture_reason(text: str) -> str:
    """What a line in a page's margin is, told by its text ("a page number"), or ""."""
    key = _key(text)
    if _PAGE_NUMBER.fullmatch(key):
        return "a page number"
    if _MARKING.fullmatch(text.strip()):
        return "a protective marking"
    if _FILE_PATH.fullmatch(text):
        return "a file path"
    if _WEB_ADDRESS.fullmatch(text.strip()):
        return "a web address"
    if _SIGNATURE.fullmatch(text):
        return "a signature block"
    if _DOCUMENT_NUMBER.fullmatch(text.strip()):
        return "a document number"
    return ""


def _blocks(lines: list[_Line]) -> list[Block]:
    body = [line for line in lines if not line.furniture]
    sizes = Counter[float]()
    for line in body:
        sizes[line.size] += len(line.text)
    body_size = sizes.most_common(1)[0][0] if sizes else 0.0
    step = line_step(_steps(body, body_size))  # a paragraph's own step, most being one line
    step = _wrap_step(body, body_size, step)
    heading_sizes = sorted({s for s in sizes if s > body_size * 1.15}, reverse=True)
    # Where each line is in reading order: on its page from the top down, a text column
    # after the one before it (_text_columns).
    where = {id(line): i for i, line in enumerate(lines)}
    placed = [
        (where[id(line)], Block("furniture", line.text, page=line.page, reason=line.reason))
        for line in lines
        if line.furniture
    ]
    body, items = _item_tables(body)
    # Where each page's text starts on the left: a centred title's lines are measured from it.
    lefts: dict[int, float] = {}
    for line in body:
        if line.xs and not _tabular(line):
            lefts[line.page] = min(lefts.get(line.page, line.xs[0]), line.xs[0])
    placed.extend((where[id(line)], block) for line, block in items)
    above: list[_Line] = []
    for group in _paragraphs(body, step, body_size, _measures(body, body_size), lefts):
        if _tabular(group[0]):
            # A table going on over a page break, its header row repeated at the top of the
            # next page: the repeat is listed as left out, not read as a row.
            repeats = [
                line
                for before, line in itertools.pairwise(group)
                if line.page != before.page and line.cells == group[0].cells
            ]
            for line in repeats:
                header = " | ".join(c for c in line.cells if c)
                furniture = Block(
                    "furniture", header, page=line.page, reason="a repeated table header"
                )
                placed.append((where[id(line)], furniture))
            group = [line for line in group if all(line is not r for r in repeats)]
        block = _block(group, body_size, heading_sizes, lefts.get(group[0].page, 0.0))
        if block.kind == "heading" and _subtitle(group, above, step):
            # Straight under a heading, in its type but in italics: the heading again in a
            # second language, a paragraph under it (as a text's line under its heading is).
            block = dataclasses.replace(block, kind="paragraph", level=0)
        above = group
        if block.kind == "table" and (items := _bulleted_columns(block.rows)):
            # A bulleted list set in columns: its items, a column after the other.
            placed.extend((where[id(group[0])], item) for item in items)
            continue
        # Two lists side by side are two tables, one after the other (in reading order).
        for rows in side_by_side_lists(block.rows) if block.kind == "table" else [()]:
            part = dataclasses.replace(block, rows=rows) if rows else block
            placed.append((where[id(group[0])], part))
    # Furniture where it stands on its page: a header before the page's text, a footer after.
    placed.sort(key=lambda item: item[0])
    return [block for _, block in placed]


def _steps(body: list[_Line], body_size: float, *, going_on: bool = False) -> list[float]:
    """The steps down from one line of body text to the next on its page; with `going_on`,
    only to a line starting in lower case (one that certainly goes on with its paragraph)."""
    return [
        b.y - a.y
        for a, b in itertools.pairwise(body)
        if a.page == b.page
        and a.size == b.size == body_size
        and b.y > a.y
        # A table's rows are further apart than a paragraph's lines: where most of a short
        # page is an attendance table, their step would hide the gaps between paragraphs.
        and not (_tabular(a) or _tabular(b))
        and (not going_on or b.text[:1].islower())
    ]


def _wrap_step(body: list[_Line], body_size: float, step: float) -> float:
    """The step to part paragraphs by, from the lines a paragraph certainly goes on over (the
    next line starting in lower case: "... a true record of" / "that meeting."): a line a
    quarter further below than those starts a new paragraph, a table's row a little further
    apart than a paragraph's lines ("Ms A Francis, Co-opted Member" / "Cllr R G Hannam, ...")
    or a <p> of its own where most are one line and their gaps hid the step."""
    wraps = _steps(body, body_size, going_on=True)
    if not wraps:
        return step
    return min(step, statistics.median(wraps) * _PAST_WRAP / _PAST_STEP)


def _item_tables(body: list[_Line]) -> tuple[list[_Line], list[tuple[_Line, Block]]]:
    """Minutes set as one table under an "Item | Minute | Action" header, read as the Word
    reader reads them (item_tables.py): each row from a reference in the item's column to the
    next, each cell its printed lines, in the column each piece starts in; the minute's cell
    in paragraphs (its bold first line the item's title). The body's other lines, and each
    row's blocks with the line it starts on."""
    rest: list[_Line] = []
    items: list[tuple[_Line, Block]] = []
    k = 0
    while k < len(body):
        header = body[k]
        k += 1
        starts = [
            (x, c)
            for x, c in header.starts or zip(header.xs, header.cells, strict=False)
            if c.strip()
        ]
        if len(starts) == 1 and k < len(body) and (named := _unnamed_columns(starts, body[k])):
            starts = named  # "|  |  | ACTION" over "1 | Apologies ... |": the row's columns
        columns = item_table_columns([c for _, c in starts]) if len(starts) >= 2 else None
        xs = [x for x, _ in starts]
        rows: list[list[_Line]] = []
        while columns and k < len(body) and (kind := _item_line(body[k], header, xs)):
            if kind == "header":
                text = " | ".join(c for c in body[k].cells if c)
                items.append((body[k], Block("furniture", text, reason="a repeated table header")))
            elif kind == "row" or not rows:
                rows.append([body[k]])
            else:
                rows[-1].append(body[k])
            k += 1
        if not columns or not rows:
            rest.append(header)
            continue
        for row in rows:
            cells: list[list[tuple[float, str, bool]]] = [[] for _ in xs]
            for line in row:
                for y, parts in line.printed:
                    for x, text, bold in parts:
                        col = max(sum(1 for at in xs if at <= x + _STOP_POINTS) - 1, 0)
                        cell = cells[col]
                        if cell and cell[-1][0] == y:
                            cell[-1] = (y, f"{cell[-1][1]} {text}", cell[-1][2] and bold)
                        else:
                            cell.append((y, text, bold))
            for part in _actions_apart(cells, columns[1]):
                blocks = [list(_cell_blocks(cell)) for cell in part]
                titles = [bool(cell) and cell[0][2] for cell in part]
                for block in item_table_blocks([blocks], columns, [titles]):
                    items.append((row[0], dataclasses.replace(block, page=row[0].page)))
    return rest, items


def _actions_apart(
    cells: list[list[tuple[float, str, bool]]], action_at: int
) -> Iterator[list[list[tuple[float, str, bool]]]]:
    """A row's cells, parted where its action's cell names another owner beside a paragraph of
    the minute of its own (a sentence ended above it, a capital starting it): "4 | Events ...
    | JW" then, with no number, "| Reception and membership renewal at the door. | JW SC" are
    one row as printed, two actions. The parts after the first have no number."""
    owners = cells[action_at] if action_at < len(cells) else []
    minute = dict(sorted((y, text) for cell in cells[1:action_at] for y, text, _ in cell))
    cuts = [
        y
        for y, _, _ in owners[1:]
        if minute.get(y, "")[:1].isupper()
        and (above := [t for at, t in minute.items() if at < y])
        and above[-1].rstrip().endswith((".", "!", "?"))
    ]
    for lo, hi in itertools.pairwise([-math.inf, *cuts, math.inf]):
        yield [[c for c in cell if lo <= c[0] < hi] for cell in cells]


def _unnamed_columns(starts: list[tuple[float, str]], row: _Line) -> list[tuple[float, str]] | None:
    """A header naming only its last column, the action's ("ACTION" over empty cells), named
    by the first row under it: the item's number where that row starts, its minute where the
    next piece starts (as "No | Item | Action" would name them); None for any other header."""
    (at, name), parts = starts[0], [part for _, printed in row.printed for part in printed]
    if not ACTION_COLUMN.fullmatch(name.strip(" :")) or len(parts) < 2:
        return None
    (number_x, number, _), (item_x, _, _) = sorted(parts)[:2]
    if not ITEM_REF.fullmatch(number.strip()) or not number_x < item_x < at - _STOP_POINTS:
        return None
    return [(number_x, "No"), (item_x, "Item"), (at, name)]


def _item_line(line: _Line, header: _Line, xs: list[float]) -> str:
    """A line under an item table's header: "header" repeated (over a page break), "row" for
    a row's first (a reference alone in the item's column), "more" for the lines of its cells;
    "" for a line the table ends before (text left of the table, a larger type, other text in
    the item's column)."""
    if [c for c in line.cells if c] == [c for c in header.cells if c]:
        return "header"
    parts = [part for _, printed in line.printed for part in printed]
    if not parts or line.size > header.size * 1.15:
        return ""
    if any(x < xs[0] - _STOP_POINTS for x, _, _ in parts):
        return ""
    item = " ".join(t for x, t, _ in parts if x < xs[1] - _STOP_POINTS)
    if not item:
        return "more"
    return "row" if ITEM_REF.fullmatch(item) else ""


def _cell_blocks(lines: list[tuple[float, str, bool]]) -> Iterator[Block]:
    """A cell's printed lines as paragraphs: a new one where the type turns bold or plain, at a
    wider gap than between the cell's lines, at a list number after a finished sentence, or
    after a line the next line's first word would have fitted on (a paragraph's last line, or a
    title: a line wraps only where the next word does not fit) where it finishes a sentence or
    a capital starts the next, or after a title in capitals."""
    gaps = [b[0] - a[0] for a, b in itertools.pairwise(lines) if b[0] > a[0]]
    step = min(gaps, default=0.0)
    widest = max((len(line) for _, line, _ in lines), default=0)
    text = ""
    for k, (y, line, bold) in enumerate(lines):
        before = lines[k - 1] if k else None
        if before is not None and (
            bold != before[2]
            or (step and y - before[0] > step * 1.4)
            or (text.rstrip().endswith(_ENDS_SENTENCE) and _NUMBER.match(line))
            or (
                len(before[1]) + 1 + len(line.split(" ", 1)[0]) < widest * _FITS
                and widest >= _CELL_WIDE
                and (before[1].rstrip().endswith(_ENDS_SENTENCE) or line[:1].isupper())
            )
            # "APOLOGIES FOR ABSENCE" over "Apologies were received ...": a title in capitals.
            or (_CAPITALS_TITLE.fullmatch(before[1].strip()) and any(c.islower() for c in line))
        ):
            yield _numbered(text)
            text = ""
        text = _joined_line(text, line)
    if text:
        yield _numbered(text)


def _numbered(text: str) -> Block:
    if m := _NUMBER.fullmatch(text):
        return Block("paragraph", m[2], number=m[1])
    return Block("paragraph", text)


_BULLETS = {"\u2022", "\u00b7", "\u25aa", "\u25cf", "\u2013", "-", "*", "o"}


def _bulleted_columns(rows: tuple[tuple[str, ...], ...]) -> list[Block]:
    """The items of a bulleted list set in two or more columns (CSS columns, Word's columns),
    which the page gives as a table: a bullet's column beside each text column, a row with
    no bullet the item above wrapping ("Graeme Mclay (GM) East Dunbartonshire" / "Council").
    Each item a paragraph, the columns read one after the other; [] for any other table."""
    width = max((len(row) for row in rows), default=0)
    marks = [
        col
        for col in range(0, width - 1, 2)
        if all(len(row) <= col or row[col].strip() in _BULLETS | {""} for row in rows)
        and sum(1 for row in rows if len(row) > col and row[col].strip()) >= 2
    ]
    if len(marks) < 2 or len(marks) * 2 != width:
        return []
    items: list[str] = []
    for col in marks:
        column: list[str] = []
        for row in rows:
            mark, text = (*row, "", "")[col : col + 2]
            if mark.strip():
                column.append(f"{mark.strip()} {text.strip()}")
            elif text.strip() and column:
                column[-1] = _joined_line(column[-1], text.strip())
            elif text.strip():
                return []  # text before the column's first bullet: not a list
        items.extend(column)
    return [Block("paragraph", item) for item in items]


def _measures(lines: list[_Line], body_size: float) -> dict[tuple[int, int], int]:
    """Each column's measure, in characters: the longest line of body type that starts where
    it does on its page (a list's text at its indent, the page's full width)."""
    measures: dict[tuple[int, int], int] = {}
    for line in lines:
        if line.size == body_size and not _tabular(line) and line.xs:
            where = (line.page, round(line.xs[0]))
            measures[where] = max(measures.get(where, 0), len(line.text))
    return measures


def _paragraphs(
    lines: list[_Line],
    step: float,
    body_size: float,
    measures: dict[tuple[int, int], int] | None = None,
    lefts: dict[int, float] | None = None,
) -> Iterator[list[_Line]]:
    """Lines grouped into paragraphs: a wider gap than between a paragraph's lines, a change
    of font, a table row, a numbered line after a finished sentence, or a line after one that
    had room in its column for the next line's first word (_broken_short) starts a new one."""
    measures = measures or {}
    lefts = lefts or {}
    group: list[_Line] = []
    for line in lines:
        # The step was measured between lines of body text: a larger type's lines (a title
        # wrapped over two lines) stand further apart in proportion.
        scaled = step * line.size / body_size if body_size and line.size > body_size else step
        if group and (
            _starts_new(group, line, scaled, lefts.get(line.page, 0.0))
            or _broken_short(group[-1], line, _measure(group[-1], measures), body_size)
        ):
            yield group
            group = []
        group.append(line)
    if group:
        yield group


def _measure(line: _Line, measures: dict[tuple[int, int], int]) -> int:
    return measures.get((line.page, round(line.xs[0])), 0) if line.xs else 0


def _broken_short(last: _Line, line: _Line, measure: int, body_size: float) -> bool:
    """Whether a line ends short of the measure with room for the next line's first word,
    which a line wrapped by the page would have taken ("Ian Bauckham CBE, Chair" / "Susan
    Barratt"): the clerk broke it there, a list's line or a paragraph's last. Where the next
    line starts in lower case or the short line ends on a word that leads on ("and", a comma),
    the break is taken as a wrap (a narrower column, a line set by hand)."""
    if measure < _CELL_WIDE or _tabular(line) or _tabular(last) or line.page != last.page:
        return False
    if line.size != body_size or last.size != body_size:
        return False  # a title's larger type has fewer letters to the line
    words = line.text.split()
    if not words or not words[0][:1].isupper() or last.text.rstrip().endswith((",", "&", "-")):
        return False
    if last.text.split()[-1].lower() in _LEADS_ON:
        return False
    if _in_capitals(last.text) and _in_capitals(line.text):
        return False  # a title in capitals set over two lines by hand, read as one
    return len(last.text) + 1 + len(words[0]) < measure * _FITS


# Words a wrapped line may end on, its sentence going on: never a list's line's end.
_LEADS_ON = {"and", "or", "of", "the", "a", "an", "to", "for", "in", "on", "at", "by", "with"}


def _starts_new(group: list[_Line], line: _Line, step: float, left: float = 0.0) -> bool:
    last = group[-1]
    if _tabular(line) or _tabular(last):
        return not (_tabular(line) and _tabular(last))  # a table's rows stay together
    if (line.size, line.bold) != (last.size, last.bold):
        return True
    if last.bold and _full_centred(last, line, left) and not (step and line.y - last.y > 2 * step):
        return False  # a bold centred title wrapped by the page, whatever its words' case
    if _heading_wrapped(group, line):
        return False
    if _in_capitals(line.text) != _in_capitals(last.text) and _worded(line) and _worded(last):
        # "STRATEGY COMMITTEE" / "Minutes of the meeting ...", "... from 10.00 am" /
        # "1. APOLOGIES FOR ABSENCE": a heading in capitals and the text about it are not one
        # paragraph, where every line is set as a paragraph of its own, equally far apart.
        return True
    if _PAGE_NUMBER.fullmatch(_key(line.text)) or _PAGE_NUMBER.fullmatch(_key(last.text)):
        return True  # "Page 1 of 1" printed in the text's flow is no part of a paragraph
    lead_in = last.text.split()[-1]
    if lead_in[-1:] in ":;" and lead_in[:1].islower() and line.text[:1].isupper():
        # "... were received from:" / "Councillor Jon Collins, for whom ... was substitute;" /
        # "Councillor Chris ...": a list's lead-in and its items, each a paragraph; not a
        # label ("Action:", "RESOLVED:") over what it labels.
        return True
    ended = last.text.rstrip().endswith(_ENDS_SENTENCE)
    if line.page != last.page:
        # A paragraph goes on over a page break when its sentence does.
        return ended or not line.text[:1].islower()
    if step and line.y - last.y > step * _PAST_STEP:
        return True
    if last.bold and line.italic != last.italic:
        # "1. Calling of the Roll and Apologies for Absence" / "A' Gairm a' Chlàir agus
        # Leisgeulan" in italics, as close as a wrap: a bold heading's line in another style is
        # no wrap of its title but the title again in a second language (Gaelic) or a subtitle.
        return True
    return line.item or (ended and bool(_NUMBER.match(line.text)))


def _subtitle(group: list[_Line], above: list[_Line], step: float) -> bool:
    """Whether the group is a heading's second language or subtitle: in italics, on the same
    page straight under a heading's last line in the same type upright, as close as a wrapped
    line (see _starts_new); an italic sub-heading stands a paragraph's space below."""
    last = above[-1] if above else None
    return (
        last is not None
        and not _tabular(last)
        and bool(step)
        and group[0].y - last.y <= step * _PAST_STEP
        and all(line.italic and not _tabular(line) for line in group)
        and not last.italic
        and (last.size, last.bold, last.page) == (group[0].size, group[0].bold, group[0].page)
        and last.bold
    )


def _heading_wrapped(group: list[_Line], line: _Line) -> bool:
    """Whether a bold line in capitals goes on in the next, in its type, over one word or number
    ("1. APOLOGIES FOR ABSENCE AND PERSONAL" / "MATTERS", "... MEETING OF 19 JULY" / "2012"): a
    heading wrapped by the page, its last word no heading of its own nor a page number."""
    last, word = group[-1], line.text.strip()
    return (
        last.bold
        and (line.size, line.bold) == (last.size, last.bold)
        and _in_capitals(" ".join(above.text for above in group))
        and not last.text.rstrip().endswith(_ENDS_SENTENCE)
        and " " not in word
        and (word.isdigit() or (word.isupper() and word.isalpha()))
    )


def _worded(line: _Line) -> bool:
    """Whether a line has words to be in capitals or not: "5.11," has none."""
    return sum(c.isalpha() for c in line.text) >= 4


def _in_capitals(text: str) -> bool:
    """Whether a line is in capitals: two words or more of letters, none in lower case."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and " " in text.strip() and not any(c.islower() for c in letters)


def _tabular(line: _Line) -> bool:
    return line.row or len(line.cells) > 1


def _block(
    group: list[_Line], body_size: float, heading_sizes: list[float], left: float = 0.0
) -> Block:
    first = group[0]
    if _tabular(first):
        width = max(len(line.cells) for line in group)
        rows = tuple((*line.cells, *[""] * (width - len(line.cells))) for line in group)
        # A column no row fills is a column stop of the page's other text (list numbers at a
        # hanging indent), not the table's: "Name |  | Representing".
        kept = [c for c in range(width) if any(row[c].strip() for row in rows)]
        rows = tuple(tuple(row[c] for c in kept) for row in rows)
        return Block("table", rows=without_row_numbers(rows), page=first.page)
    if _title_lines(group, body_size, heading_sizes):
        return Block("paragraph", _title_text(group, left), page=first.page)
    text = ""
    for line in group:
        text = _joined_line(text, line.text.strip())
    number = ""
    if m := _NUMBER.fullmatch(text):
        number, text = m[1], m[2]
    size = first.size
    short = len(group) <= 2 and len(text.split()) <= 15 and not text.endswith(".")
    # A heading's larger type over two lines holds a long title too ("3. TO SIGN AS A CORRECT
    # RECORD THE MINUTES" / "OF THE MEETING HELD ON THE 28TH JULY, 2017"), not a sentence.
    long_title = (
        len(group) <= 2
        and size in heading_sizes
        and len(text.split()) <= _LONG_TITLE_WORDS
        and not text.endswith(_ENDS_SENTENCE)
    )
    if long_title or (short and (size in heading_sizes or (first.bold and size >= body_size))):
        level = heading_sizes.index(size) + 1 if size in heading_sizes else len(heading_sizes) + 1
        return Block("heading", text, level=level, number=number, page=first.page)
    return Block("paragraph", text, number=number, page=first.page)


def _title_lines(group: list[_Line], body_size: float, heading_sizes: list[float]) -> bool:
    """Whether the group is a title of several lines, each in a heading's size or bold and none
    ending a sentence ("Dyfed-Powys Police Authority" / "Minutes of a Meeting of the ..." /
    "Held at ..."): its lines stay lines, for the body's name and the meeting's to be read
    apart, as a text's title lines are."""
    return (
        len(group) > 2
        and all(
            line.size in heading_sizes or (line.bold and line.size >= body_size) for line in group
        )
        and not any(line.text.rstrip().endswith(_ENDS_SENTENCE) for line in group)
    )


def _title_text(group: list[_Line], left: float = 0.0) -> str:
    """A title's lines, one a line; a line closer to the one above than the title's lines are
    to each other is that line wrapped ("... & External" / "Relations"), joined to it, and so
    is a line under a centred line too full for its first word ("MINUTES OF THE ORDINARY
    MEETING OF THE PEMBROKE TOWN" / "COUNCIL HELD AT THE TOWN HALL, PEMBROKE ON THURSDAY 13th"
    / "JUNE 2019": the page wrapped one title, see _full_centred)."""
    gaps = [b.y - a.y for a, b in itertools.pairwise(group)]
    wrap = min(gaps) * 1.1 if gaps and max(gaps) > min(gaps) * 1.1 else 0.0
    text = group[0].text.strip()
    for gap, above, line in zip(gaps, group, group[1:], strict=False):
        wrapped = gap <= wrap or _full_centred(above, line, left)
        text += (" " if wrapped else "\n") + line.text.strip()
    return text


def _full_centred(above: _Line, line: _Line, left: float) -> bool:
    """Whether a centred line leaves too little room on either side for the next line's first
    word: its start is in from the text's left edge (`left`) by less than half that word's
    width and a space, so the word would not have fitted on it. A line set flush left, or a
    short centred line (a body's name over the meeting's), is no such line."""
    if not (left and above.xs and line.text.split()) or _tabular(above) or _tabular(line):
        return False
    inset = above.xs[0] - left
    word = line.text.split()[0]
    return _STOP_POINTS < inset < _width(word + " ", line.size) / 2
