"""Big minutes are read and imported in bounded, linear time (outside tester's finding 8:
10,000 lines took 9.8 s to preview and 46 s in import_minutes; a 5,000-row Word table was
refused at the time limit). Each bound is on the CPU time the work takes, this process's and
the sandbox's children's together: on a quiet machine that is its wall-clock time, and it does
not move when other work shares the machine's cores. Inputs are made here."""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from contextlib import contextmanager
from io import StringIO
from pathlib import Path
from typing import Any

import docx
import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from meetings.minutes.files import read_document
from meetings.minutes.sandbox import children_cpu_seconds
from meetings.minutes.text import parse_blocks
from meetings.models import Board, Meeting, Paragraph
from meetings.services.imports import Document, everyone_new, meeting_import, minutes_read
from tests.conftest import make_user

CLERK = "clerk@speed.example"


def minutes(sections: int, paragraphs: int) -> str:
    """Minutes of `sections` items of `paragraphs` numbered paragraphs each, an action in
    every tenth paragraph, as the tester's 10000-lines.txt."""
    lines = ["Record of Meeting 6 June 2021", "", "Present: Ann Able (Chair), Bob Baker", ""]
    for s in range(1, sections + 1):
        lines.append(f"{s}. Section {s}")
        for p in range(1, paragraphs + 1):
            action = f" Action {s}{p}: MPS to report by 30 April 2024." if p % 10 == 0 else ""
            lines.append(f"{s}.{p} Paragraph {s}.{p} text of the minutes.{action}")
        lines.append("")
    return "\n".join(lines)


class Spent:
    seconds = 0.0


@contextmanager
def cpu() -> Iterator[Spent]:
    """The CPU seconds spent inside, by this process and the children it waited for."""

    def now() -> float:
        return time.process_time() + children_cpu_seconds()

    spent, start = Spent(), now()
    yield spent
    spent.seconds = now() - start


@pytest.fixture
def speed_board(db: None) -> Board:
    board = Board.objects.create(name="Speed Board", slug="speed-board")
    make_user(CLERK, person_name="Sam Clerk", board=board, role="secretariat")
    return board


def speed_clerk() -> Any:
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(email=CLERK)


def test_ten_thousand_lines_are_read_and_previewed_within_two_seconds(speed_board: Board) -> None:
    document = Document(text=minutes(100, 99), name="10000-lines.txt")
    with cpu() as spent:
        outcome = minutes_read(board=speed_board, document=document)
    sections = outcome.record["sections"]
    assert (len(sections), sum(len(s["paragraphs"]) for s in sections)) == (100, 9900)
    assert spent.seconds <= 2.0


def imported(board: Board, text: str) -> tuple[Meeting, int, float]:
    """The record made from `text`, the queries its creation took, and its CPU seconds."""
    document = Document(text=text, name="minutes.txt")
    confirmed = everyone_new(minutes_read(board=board, document=document))
    with cpu() as spent, CaptureQueriesContext(connection) as queries:
        meeting = meeting_import(
            board=board, document=document, by=speed_clerk(), **confirmed
        ).meeting
    assert meeting is not None
    # Out of the way of the next record of the same minutes' date.
    moved = meeting.date.replace(year=2000 + Meeting.objects.count())
    Meeting.objects.filter(pk=meeting.pk).update(date=moved)
    return meeting, len(queries.captured_queries), spent.seconds


def test_ten_thousand_lines_are_created_within_three_seconds_in_the_same_queries(
    speed_board: Board, settings: Any
) -> None:
    # The people and the organisation are made by the first import, found by the others.
    imported(speed_board, minutes(1, 10))
    _, small_queries, _ = imported(speed_board, minutes(3, 20))
    big, big_queries, seconds = imported(speed_board, minutes(100, 99))
    paragraphs = Paragraph.objects.filter(section__meeting=big)
    assert paragraphs.count() == 9900
    history = paragraphs.last().history.get()  # type: ignore[union-attr]
    assert (history.history_user, history.history_change_reason) == (
        speed_clerk(),
        "Imported from minutes.txt",
    )
    # Each kind of row is written at once: on PostgreSQL in one query, on SQLite in as many
    # as its limit on a statement's parameters asks (a few thousand rows each).
    sqlite = settings.DATABASES["default"]["ENGINE"].endswith("sqlite3")
    assert big_queries - small_queries <= (12 if sqlite else 0)
    # SQLite's own work is in this process's time too, PostgreSQL's in the server's. Written
    # a row at a time, as before, it took 20 s.
    assert seconds <= (6.0 if sqlite else 3.0)


def test_import_minutes_imports_ten_thousand_lines_within_five_seconds(
    speed_board: Board, tmp_path: Path
) -> None:
    path = tmp_path / "10000-lines.txt"
    path.write_text(minutes(100, 99), encoding="utf-8")
    out, err = StringIO(), StringIO()
    options = ["--board", speed_board.slug, "--by", CLERK, "--create-people"]
    with cpu() as spent:
        call_command("import_minutes", str(path), *options, stdout=out, stderr=err)
    meeting = Meeting.objects.get()
    assert Paragraph.objects.filter(section__meeting=meeting).count() == 9900
    assert spent.seconds <= 5.0


def payments_schedule(rows: int, columns: int = 6) -> bytes:
    """A Word document with a payments schedule of `rows` rows of `columns` cells."""
    document = docx.Document()
    for text in ["Minutes of the meeting held on 5 May 2021", "1. Accounts"]:
        document.add_paragraph(text)
    document.add_paragraph("1.1 The schedule of payments was approved.")
    table = document.add_table(rows=0, cols=columns)
    for r in range(rows):
        cells = "".join(
            f"<w:tc><w:p><w:r><w:t>Payee {r}.{c} \u00a3{r * c}</w:t></w:r></w:p></w:tc>"
            for c in range(columns)
        )
        table._tbl.append(parse_xml(f"<w:tr {nsdecls('w')}>{cells}</w:tr>"))
    for text in ["2. Close", "2.1 The meeting closed."]:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_five_thousand_row_word_table_is_read_within_three_seconds() -> None:
    data = payments_schedule(5000)
    with cpu() as reading:
        blocks = read_document("payments.docx", data)
    with cpu() as parsing:
        result = parse_blocks(blocks)
    tables = [b for b in blocks if b.kind == "table"]
    assert [len(t.rows) for t in tables] == [5000]
    assert tables[0].rows[4999] == tuple(f"Payee 4999.{c} \u00a3{4999 * c}" for c in range(6))
    # The rows are kept, as the reader keeps a table's rows: in the paragraph they follow.
    text = result.record["sections"][0]["paragraphs"][0]["text"]
    assert "Payee 4999.5 \u00a324995" in text
    # The document in the sandbox (1.4 s of it the reader, 2.9 s before), then its minutes.
    assert reading.seconds <= 3.0
    assert reading.seconds + parsing.seconds <= 4.0
