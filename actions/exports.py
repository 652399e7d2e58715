"""The action log as a spreadsheet: CSV and XLSX, from the same query and filters as the page.

Cells are typed: numbers stay numbers and dates stay dates (real date cells in XLSX, ISO
YYYY-MM-DD in CSV), so the file sorts and filters in a spreadsheet. Text is written as text,
so that an action's text can never run as a formula on the secretariat's machine:

- in XLSX every text cell is a string cell, which no spreadsheet evaluates, holding the text
  exactly; one that would read as a formula is also marked as Excel marks text typed after an
  apostrophe (`quotePrefix`), so it stays text when edited;
- CSV has no types, so a value that a spreadsheet could read as a formula gets a leading
  apostrophe (OWASP's advice): one starting with a tab or carriage return, or whose first
  character after any spaces, controls (line feed, NUL) and invisible format characters
  (zero-width space, byte order mark) is, once normalised (NFKC: a full-width equals sign,
  U+FF1D, is =), one of = + - @.
"""

from __future__ import annotations

import csv
import datetime
import functools
import io
from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.formats import date_format

from meetings.models import Action
from prob.spreadsheets import neutralise, reads_as_formula

if TYPE_CHECKING:
    from openpyxl.cell import WriteOnlyCell

Cell = str | int | datetime.date | None

# Column widths in characters, in the order of HEADERS.
WIDTHS = (8, 12, 28, 60, 12, 24, 12, 20, 9, 60, 14)
HEADERS = (
    "Number",
    "Meeting date",
    "Reference",
    "Action",
    "Owner",
    "Named owners",
    "Due",
    "Status",
    "Overdue",
    "Last update",
    "Last update date",
)
# Rows read from the database at a time: the named owners are fetched per chunk.
CHUNK = 1000
DATE_FORMAT = "yyyy-mm-dd"


@functools.lru_cache(maxsize=512)
def _long_date(date: datetime.date) -> str:
    # Formatted once per meeting rather than once per row: a log holds few meetings. The long
    # style, as every page writes a date ("31 August 2023").
    return date_format(date, "j F Y")


def action_reference(action: Action) -> str:
    """Where the action was raised, as "31 August 2023 · 4.3 · Action 1"."""
    meeting_date = _long_date(action.paragraph.section.meeting.date)
    return f"{meeting_date} · {action.paragraph.ref} · Action {action.number}"


def _last_update_date(action: Action) -> datetime.date | None:
    at = getattr(action, "last_update_at", None)
    return timezone.localtime(at).date() if at is not None else None


def log_row(action: Action, today: datetime.date) -> tuple[Cell, ...]:
    """One action as the log's columns, typed. Needs the annotations of `board_log`."""
    return (
        action.number,
        action.paragraph.section.meeting.date,
        action_reference(action),
        action.text,
        action.owner.short_name if action.owner else "",
        "; ".join(person.name for person in action.owner_people.all()),
        action.due,
        action.get_status_display(),
        "Yes" if action.is_overdue(today) else "No",
        action.last_update_text or "",
        _last_update_date(action),
    )


def log_rows(actions: QuerySet[Action]) -> Iterator[tuple[Cell, ...]]:
    today = timezone.localdate()
    for action in actions.iterator(chunk_size=CHUNK):
        yield log_row(action, today)


def write_csv(rows: Iterable[tuple[Cell, ...]], out: IO[str]) -> None:
    # A byte order mark, so that Excel reads the file as UTF-8 (names, "·" in references).
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(HEADERS)
    for row in rows:
        writer.writerow([_csv_cell(value) for value in row])


def _csv_cell(value: Cell) -> str | int:
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str):
        return neutralise(value)
    return value


@functools.cache
def _openpyxl() -> Any:
    """openpyxl, imported when a spreadsheet is first written, not when the URLconf is loaded
    (the action log's views import this module): ~0.15 s of CPU at every process's start (a
    server's, each management command's)."""
    import openpyxl
    import openpyxl.cell
    import openpyxl.cell.cell
    import openpyxl.styles
    import openpyxl.utils

    return openpyxl


def xlsx_bytes(rows: Iterable[tuple[Cell, ...]], *, title: str) -> bytes:
    openpyxl = _openpyxl()
    Workbook, Font = openpyxl.Workbook, openpyxl.styles.Font
    get_column_letter = openpyxl.utils.get_column_letter
    WriteOnlyCell = openpyxl.cell.WriteOnlyCell
    # Write-only: rows go straight to the file, so memory stays flat at any size of log.
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    sheet.freeze_panes = "A2"
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    bold = Font(bold=True)
    headers = [WriteOnlyCell(sheet, value=header) for header in HEADERS]
    for cell in headers:
        cell.font = bold
    sheet.append(headers)
    for row in rows:
        sheet.append([_xlsx_cell(sheet, value) for value in row])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _xlsx_cell(sheet: object, value: Cell) -> Cell | WriteOnlyCell:
    openpyxl = _openpyxl()
    WriteOnlyCell, ILLEGAL_CHARACTERS_RE = (
        openpyxl.cell.WriteOnlyCell,
        openpyxl.cell.cell.ILLEGAL_CHARACTERS_RE,
    )
    if isinstance(value, str):
        # XLSX cannot hold most control characters at all; tab and newlines it can.
        cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
        # A string cell, even where openpyxl would make "=…" a formula: the reader sees the
        # text itself, never a formula and never an added apostrophe.
        cell.data_type = "s"
        cell.quotePrefix = reads_as_formula(value)
        return cell
    if isinstance(value, datetime.date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    return value
