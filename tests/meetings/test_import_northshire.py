"""What an outside tester found importing made-up minutes (tests/data/synthetic: the
"Northshire Police and Crime Panel" as .txt, .docx and .pdf), fixed as rules real minutes
follow: an "ACTION:" paragraph is an action; a "held on <date> at <time>, <place>" heading gives
the meeting's time and place, and the title is not the whole sentence; an attendance table's
row of column labels is no person; the import page says when the minutes name another body,
quotes every line it left out, marks decisions, refuses a line no paragraph can hold, and puts
the focus on what it answers."""

from __future__ import annotations

import datetime
import html
import re
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from meetings.forms_import import MAX_LINE_CHARACTERS
from meetings.minutes import read_minutes, read_upload
from meetings.minutes.action_lines import inline_actions
from meetings.minutes.blocks import header_row
from meetings.minutes.held import clock_time, held
from meetings.models import Action, Board, Meeting
from meetings.services.imports import Document, everyone_new, meeting_import, minutes_read
from tests.addresses import import_url
from tests.conftest import client_for

DATA = Path(__file__).resolve().parent.parent / "data" / "synthetic"
FORMATS = ["northshire.txt", "northshire.docx", "northshire.pdf"]
ACTION_TEXT = (
    "OPCC to circulate rural response times by district to Panel members by 30 April 2024."
)


def record_of(name: str) -> dict[str, Any]:
    return read_minutes(read_upload(name, (DATA / name).read_bytes())).record


def paragraphs(record: dict[str, Any]) -> list[dict[str, Any]]:
    return [p for s in record["sections"] for p in s["paragraphs"]]


# --- The reader -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", FORMATS)
def test_an_action_paragraph_is_an_action_with_its_owner_and_due_date(name: str) -> None:
    actions = [(p, a) for p in paragraphs(record_of(name)) for a in p["actions"]]
    assert len(actions) == 1
    paragraph, action = actions[0]
    assert action["text"] == ACTION_TEXT
    assert action["owner"] == "OPCC"
    assert action["due"] == "2024-04-30"
    # The words are the action's, not also the paragraph's (they would be printed twice).
    assert "circulate" not in paragraph["text"]


@pytest.mark.parametrize(
    ("text", "left", "action", "who"),
    [
        ("ACTION: OPCC to write by 1 May 2024.", "", "OPCC to write by 1 May 2024.", "OPCC"),
        ("action - JB to check the figures", "", "JB to check the figures", "JB"),
        ("Action 3: MPS to report.", "", "MPS to report.", "MPS"),
        (
            "Members asked for the data. Action: the Clerk to write to them.",
            "Members asked for the data.",
            "the Clerk to write to them.",
            "",
        ),
        (
            "The report was noted.\n\nACTION: Jane Brown to reply.\n\nThe Chair thanked them.",
            "The report was noted.\n\nThe Chair thanked them.",
            "Jane Brown to reply.",
            "Jane Brown",
        ),
    ],
)
def test_an_action_line_inside_a_paragraph_is_taken_out_as_an_action(
    text: str, left: str, action: str, who: str
) -> None:
    assert inline_actions(text) == (left, [(action, who)])


@pytest.mark.parametrize(
    "text",
    ["No action here: the matter was closed.", "The transaction: noted.", "Actions were reviewed."],
)
def test_words_that_only_mention_an_action_stay_the_paragraph(text: str) -> None:
    assert inline_actions(text) == (text, [])


def test_a_numbered_action_paragraph_keeps_its_number_and_reads_back() -> None:
    text = (DATA / "northshire.txt").read_text()
    record = read_minutes(text).record
    refs = [p["ref"] for p in record["sections"][2]["paragraphs"]]
    assert refs == ["3.1", "3.2", "3.3", "3.4"]


@pytest.mark.parametrize(
    "cells",
    [
        ["Attendance", "Name", "Role"],
        ["Name", "Organisation", "Position"],
        ["Member", "Title"],
        ["Name", "Status"],
    ],
)
def test_a_row_of_column_labels_is_a_header(cells: list[str]) -> None:
    assert header_row(cells)


@pytest.mark.parametrize(
    "cells", [["Jane Smith", "Chair"], ["Present", "Cllr Jane Ashworth", "Chair"], ["Name"]]
)
def test_a_row_naming_someone_is_no_header(cells: list[str]) -> None:
    assert not header_row(cells)


def test_a_word_attendance_table_header_is_no_attendee() -> None:
    attendees = record_of("northshire.docx")["attendees"]
    names = [a["name"] for a in attendees]
    assert "Name" not in names
    assert names[0] == "Cllr Jane Ashworth"
    assert [a["attendance"] for a in attendees].count("present") == 3


@pytest.mark.parametrize(
    ("title", "short", "time", "place"),
    [
        (
            "Minutes of the meeting held on 14 March 2024 at 10.00am, County Hall, Northtown",
            "Minutes of the meeting held on 14 March 2024",
            datetime.time(10, 0),
            "County Hall, Northtown",
        ),
        (
            "MINUTES OF A MEETING HELD AT 3.00PM ON MONDAY 9 JULY 2018 IN THE COUNCIL CHAMBER",
            "MINUTES OF A MEETING HELD ON MONDAY 9 JULY 2018",
            datetime.time(15, 0),
            "COUNCIL CHAMBER",
        ),
        (
            "At a MEETING of the TAYSIDE VALUATION JOINT BOARD held at Dundee on 20th November, "
            "2017.",
            "At a MEETING of the TAYSIDE VALUATION JOINT BOARD held on 20th November, 2017",
            None,
            "Dundee",
        ),
        (
            "A meeting of the Board was held at Hythe, on Wednesday 18th June 2014 at 2.00 pm.",
            "A meeting of the Board was held on Wednesday 18th June 2014",
            datetime.time(14, 0),
            "Hythe",
        ),
        (
            "Minutes of a meeting held via Zoom on 3 May 2021 at 19:30",
            "Minutes of a meeting held on 3 May 2021",
            datetime.time(19, 30),
            "Zoom",
        ),
    ],
)
def test_a_heading_sentence_gives_the_time_and_place(
    title: str, short: str, time: datetime.time | None, place: str
) -> None:
    assert held(title) == (held(title).__class__(short, time, place))


@pytest.mark.parametrize(
    "title", ["Minutes of the meeting held on 12 October 2017", "Record of Meeting 31 August 2023"]
)
def test_a_title_without_time_or_place_is_kept_as_written(title: str) -> None:
    assert held(title).title == title
    assert held(title).start_time is None and held(title).place == ""


@pytest.mark.parametrize(
    ("text", "time"),
    [("10.00am", (10, 0)), ("7 pm", (19, 0)), ("12.30pm", (12, 30)), ("19:30", (19, 30))],
)
def test_clock_times(text: str, time: tuple[int, int]) -> None:
    assert clock_time(text) == datetime.time(*time)


@pytest.mark.parametrize("text", ["25:00", "13pm", "0am"])
def test_impossible_clock_times_are_none(text: str) -> None:
    assert clock_time(text) is None


# --- The import page --------------------------------------------------------------------------


def upload(name: str, data: bytes | None = None) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, (DATA / name).read_bytes() if data is None else data)


@pytest.mark.usefixtures("media_root")
@pytest.mark.parametrize("name", FORMATS)
def test_the_preview_says_the_minutes_name_another_body(
    board: Board, secretariat: Any, name: str
) -> None:
    response = client_for(secretariat).post(
        import_url(board), {"action": "preview", "text": "", "upload": upload(name)}
    )
    page = html.unescape(response.content.decode())
    assert response.status_code == 200
    assert (
        "These minutes are headed \u2018Northshire Police and Crime Panel\u2019; they will be "
        f"added to {board.name}"
    ) in page
    # RESOLVED paragraphs say "Decision" in the preview, as the record made from them does.
    assert page.count('class="decision-label">Decision<') == 2
    assert "Action 1:" in page and "Owner: OPCC" in page and "Due: 30 April 2024" in page
    assert (
        "Place: County Hall, Northtown" in page
        and ', at <time datetime="10:00">10.00 a.m.</time>' in page
    )


def test_minutes_of_the_board_itself_say_nothing_of_another_body(
    board: Board, secretariat: Any, new_text: str
) -> None:
    response = client_for(secretariat).post(
        import_url(board), {"action": "preview", "text": new_text}
    )
    assert "These minutes are headed" not in response.content.decode()


def test_the_record_made_keeps_the_time_place_and_short_title(
    board: Board, secretariat: Any
) -> None:
    text = (DATA / "northshire.txt").read_text()
    document = Document(text=text, name="northshire.txt")
    confirmed = everyone_new(minutes_read(board=board, document=document))
    meeting = meeting_import(board=board, document=document, by=secretariat, **confirmed).meeting
    assert meeting is not None
    assert meeting.start_time == datetime.time(10, 0)
    assert meeting.place == "County Hall, Northtown"
    assert meeting.title == "Minutes of the meeting held on 14 March 2024"
    action = Action.objects.get(paragraph__section__meeting=meeting)
    assert action.due == datetime.date(2024, 4, 30)
    assert action.owner is not None and action.owner.short_name == "OPCC"


def test_the_focus_goes_to_the_lines_to_check(board: Board, secretariat: Any) -> None:
    response = client_for(secretariat).post(
        import_url(board), {"action": "preview", "text": (DATA / "northshire.txt").read_text()}
    )
    page = response.content.decode()
    assert re.search(r'<h2 id="summary-heading"[^>]* tabindex="-1" autofocus', page)
    assert page.count("autofocus") == 1


def test_the_focus_goes_to_the_preview_when_nothing_is_to_check(
    board: Board, secretariat: Any, new_text: str
) -> None:
    page = client_for(secretariat).post(import_url(board), {"action": "preview", "text": new_text})
    page_text = page.content.decode()
    if 'id="summary-heading"' not in page_text:
        assert re.search(r'<h2 id="preview-heading" tabindex="-1" autofocus', page_text)
    assert page_text.count("autofocus") == 1


def test_the_empty_page_takes_no_focus(board: Board, secretariat: Any) -> None:
    assert "autofocus" not in client_for(secretariat).get(import_url(board)).content.decode()


@pytest.mark.usefixtures("media_root")
def test_an_empty_file_gets_one_clear_error(board: Board, secretariat: Any) -> None:
    response = client_for(secretariat).post(
        import_url(board), {"action": "preview", "text": "", "upload": upload("empty.txt", b"")}
    )
    page = html.unescape(response.content.decode())
    assert response.status_code == 400
    assert "The file chosen is empty" in page
    assert "choose a file to upload" not in page
    assert re.search(r'<h2 id="summary-heading"[^>]* tabindex="-1" autofocus', page)
    summary = page[page.index('id="summary-heading"') : page.index('id="import-form"')]
    assert summary.count("<li>") == 1


@pytest.mark.usefixtures("media_root")
def test_a_line_longer_than_any_paragraph_is_refused_in_a_small_page(
    board: Board, secretariat: Any
) -> None:
    huge = b"Northshire Panel\nMinutes of 14 March 2024\n1. ITEM\n1.1 " + b"word " * 400_000
    meetings = Meeting.objects.count()
    response = client_for(secretariat).post(
        import_url(board), {"action": "create", "text": "", "upload": upload("hugeline.txt", huge)}
    )
    page = html.unescape(response.content.decode())
    assert response.status_code == 400
    assert re.search(r"Line 4 is 2,000,00\d characters long, and a paragraph holds at most", page)
    assert f"{MAX_LINE_CHARACTERS:,}" in page
    assert "Nothing was read or saved" in page
    assert len(response.content) < 100_000  # the file's text is not echoed
    assert Meeting.objects.count() == meetings


def test_a_long_pasted_line_is_refused(board: Board, secretariat: Any) -> None:
    text = "Minutes of the meeting of 14 March 2024\n\n1. ITEM\n\n1.1 " + "x" * 20_001
    response = client_for(secretariat).post(import_url(board), {"action": "preview", "text": text})
    assert response.status_code == 400
    assert "Line 5 is 20,005 characters long" in response.content.decode()


@pytest.mark.usefixtures("media_root")
def test_the_created_message_quotes_every_line_left_out(board: Board, secretariat: Any) -> None:
    text = (
        (DATA / "northshire.txt")
        .read_text()
        .replace("1. APOLOGIES", "~~~ a stray line ~~~ | 42 ||\n\n1. APOLOGIES")
    )
    client = client_for(secretariat)
    preview = client.post(import_url(board), {"action": "preview", "text": text})
    outcome = minutes_read(board=board, document=Document(text=text))
    confirmed = everyone_new(outcome)
    listed = [p for p in outcome.problems if p.severity == "error" or p.left_out]
    assert listed, "the case must leave some line out"
    assert preview.status_code == 200
    response = client.post(
        import_url(board),
        {
            "action": "create",
            "text": text,
            "new_people": confirmed["people"],
            "shown_people": confirmed["people"],
            "new_organisations": confirmed["organisations"],
            "shown_organisations": confirmed["organisations"],
        },
        follow=True,
    )
    page = html.unescape(response.content.decode())
    assert "as the preview listed them: " in page
    for problem in listed:
        # Each quoted, with its number: never "line 5" alone.
        assert f"{problem.label}, line {problem.line}:</strong>" in page
        assert f"<samp>{problem.text[:40]}" in page
    # As the browser shows it: spaces run together.
    assert "Signed ........................ Chair Date .........." in " ".join(page.split())


@pytest.mark.usefixtures("media_root")
def test_several_files_say_another_body_and_refuse_a_huge_line_each_on_its_own(
    board: Board, secretariat: Any
) -> None:
    huge = b"Minutes of the meeting held on 1 May 2024\n\n1. ITEM\n\n1.1 " + b"word " * 5_000
    response = client_for(secretariat).post(
        import_url(board),
        {
            "action": "preview",
            "text": "",
            "upload": [upload("northshire.txt"), upload("hugeline.txt", huge)],
        },
    )
    page = html.unescape(response.content.decode())
    assert response.status_code == 200
    assert "These minutes are headed \u2018Northshire Police and Crime Panel\u2019" in page
    assert "Not created: Line 5 is 25,00" in page
    assert re.search(r'<h2 id="files-heading" tabindex="-1" autofocus', page)
