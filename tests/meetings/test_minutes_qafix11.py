"""The outside tester's eleventh round of findings on importing minutes (issue 15, their
REPORT's F2, F5, F6, F8 and F9: the minutes of small voluntary bodies), read right or said as
lines to check by general rules. Made-up minutes, not copied from the tester's files."""

import datetime
import io
import re
import zipfile

import docx
import pytest

from meetings.minutes.docx_reader import _too_many_paragraphs
from meetings.minutes.files import MAX_DOCX_PARAGRAPHS, read_document
from meetings.minutes.held import held, held_on_date_line
from meetings.minutes.lines import MinutesError
from meetings.minutes.text import parse_minutes
from meetings.models import Board
from meetings.services.imports import Document, minutes_read

_ITEMS = "\n1. Apologies\nNone.\n2. Minutes\nThe minutes were approved.\n"


@pytest.mark.parametrize(
    ("title", "time"),
    [
        # F2: a date written with dots is never a time: the time is the one after it.
        ("Minutes of the meeting held at the Hall on 14.02.11. at 7.30 pm", (19, 30)),
        ("Minutes of the meeting held on 03.11.2014 at 10.15 in the Hall", (10, 15)),
        # A time with pm is taken before a bare one that starts no range with it.
        ("Minutes of the meeting held on 3 May 2021 at 6.15, in the Hall, 7.30 pm", (19, 30)),
        # A bare time starting a range is the start.
        ("Minutes of the meeting held on 3 May 2021, 10.00 - 12.30pm, in the Hall", (10, 0)),
    ],
)
def test_a_date_with_dots_is_never_the_start_time(title: str, time: tuple[int, int]) -> None:
    found = held(title)
    assert found.start_time == datetime.time(*time)
    assert found.place == "Hall"
    assert not found.doubt


def test_a_bare_early_time_is_a_doubt_not_a_time() -> None:
    # "at 6.30" is the evening's as often as the morning's: no time guessed, a doubt said.
    found = held("Minutes of the meeting held on 14.02.2011 at 6.30, the Hall")
    assert found.start_time is None and found.place == "Hall"
    assert "'6.30'" in found.doubt
    heading = "Anytown Society\n14.02.11, 6.30\n" + _ITEMS
    line = held_on_date_line(heading, datetime.date(2011, 2, 14))
    assert line.start_time is None and "'6.30'" in line.doubt


@pytest.mark.django_db
def test_the_import_says_the_time_it_could_not_read_as_a_line_to_check(board: Board) -> None:
    text = "Anytown Society\nMinutes of the meeting held at the Hall on 14.02.11 at 6.30\n" + _ITEMS
    outcome = minutes_read(board=board, document=Document(text=text, name="m.txt"))
    assert "start_time" not in outcome.record
    assert [(p.line, p.message[:8]) for p in outcome.problems if "6.30" in p.message] == [
        (2, "'6.30' i")
    ]


@pytest.mark.django_db
def test_the_import_reads_the_evening_time_after_a_dotted_date(board: Board) -> None:
    text = "Anytown Society\nMinutes of the meeting held at the Hall on 14.02.11. at 7.30 pm\n"
    outcome = minutes_read(board=board, document=Document(text=text + _ITEMS, name="m.txt"))
    assert outcome.record["start_time"] == "19:30"


def _word_file(paragraphs: int) -> bytes:
    """A Word file of `paragraphs` short paragraphs, its document.xml written directly."""
    made = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("MARKER")
    document.save(made)
    out = io.BytesIO()
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for member in source.infolist():
            part = source.read(member)
            if member.filename == "word/document.xml":
                body = "".join(
                    f"<w:p><w:r><w:t>{n}. Item {n}</w:t></w:r></w:p>" for n in range(paragraphs)
                )
                part = re.sub(rb"<w:p>(?:(?!<w:p>).)*?MARKER.*?</w:p>", body.encode(), part)
            copy.writestr(member, part)
    return out.getvalue()


def test_a_word_file_of_too_many_paragraphs_is_refused_before_it_is_read() -> None:
    # F9: counted in the file's text before it is parsed, not read until the time limit.
    with pytest.raises(MinutesError, match=f"more than {MAX_DOCX_PARAGRAPHS:,} paragraphs"):
        read_document("long.docx", _word_file(MAX_DOCX_PARAGRAPHS + 1))
    # The limit itself is read; "<w:pPr>" is no paragraph.
    assert not _too_many_paragraphs(b"<w:p><w:pPr/></w:p>" * MAX_DOCX_PARAGRAPHS)


_CLUB = (
    "Anytown Walkers\nMarch Meeting\nDate: 12 March 2019\n\n"
    "1.0 Apologies were received from: Ann Brown.\n\n"
    "2.0 The minutes of the February meeting were approved as a true record.\n"
    "3.0 Treasurer's report: The balance is £200, with no spending.\n"
    "4.0 The walks report is attached.\n"
    "5.0 This item was postponed.\n"
    "The meeting closed at 21.00\n"
)


def test_items_numbered_point_nought_with_no_titles_are_items() -> None:
    # F5: "1.0" ... "12.0", one sentence each, one to a line: each an item, said untitled.
    result = parse_minutes(_CLUB)
    sections = result.record["sections"]
    assert [s["ref"] for s in sections] == ["1.0", "2.0", "3.0", "4.0", "5.0"]
    assert [s["title"] for s in sections] == ["", "", "Treasurer's report", "", ""]
    assert sections[0]["paragraphs"][0]["text"] == "Apologies were received from: Ann Brown."
    assert sections[3]["paragraphs"][0]["text"] == "The walks report is attached."
    assert [(a["name"], a["attendance"]) for a in result.record["attendees"]] == [
        ("Ann Brown", "apologies")
    ]
    # Each number running on from the item above to the line below: read so surely, not said.
    assert not [p.line for p in result.problems if "has no title" in p.message]


@pytest.mark.parametrize("written", ["Date: 12 March 2019", "Date: 12/03/2019"])
def test_a_date_line_under_the_meetings_name_gives_the_date(written: str) -> None:
    # F5: where most clerks put it, under the meeting's name: not an item's heading.
    text = _CLUB.replace("Date: 12 March 2019", written)
    record = parse_minutes(text).record
    assert record["date"] == "2019-03-12"
    assert [s["ref"] for s in record["sections"]] == ["1.0", "2.0", "3.0", "4.0", "5.0"]


@pytest.mark.django_db
def test_no_date_says_where_a_date_is_looked_for(board: Board) -> None:
    text = _CLUB.replace("Date: 12 March 2019", "March 2019")
    with pytest.raises(MinutesError, match=r"only in the lines above the first item.*'Date: "):
        minutes_read(board=board, document=Document(text=text, name="m.txt"))


def test_an_item_number_used_twice_in_capitals_is_an_item_again() -> None:
    # F6: "4. CONVENORS REPORTS:" after "4. MATTERS ARISING:", written as the items above it
    # are, is the next item with its number as written, not a paragraph of item 4.
    text = (
        "COMMITTEE MEETING of the FRIENDS OF ANYTOWN PARK held on 26th November 2007\n\n"
        "1. PRESENT: Ann Brown, Carl Dean\n\n"
        "2. APOLOGIES: None\n\n"
        "3. MATTERS ARISING:\n\n"
        "Funds: the balance was reported.\n\n"
        "3. CONVENORS REPORTS:\n\n"
        "a) Litter Group: the bins were sited.\n\n"
        "b) Social Group: Agreed to organise a get-together.\n"
    )
    sections = parse_minutes(text).record["sections"]
    assert [(s["ref"], s["title"].rstrip(":")) for s in sections][-2:] == [
        ("3", "MATTERS ARISING"),
        ("3", "CONVENORS REPORTS"),
    ]
    assert [p["ref"] for p in sections[-1]["paragraphs"]] == ["a)", "b)"]
