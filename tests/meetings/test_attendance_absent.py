"""Members the minutes list as absent (without apologies) are an attendance of their own:
read from "Absent:" lines, kept as absent, and shown as such on the page, in the text (which
reads back the same), JSON, Word and PDF, and the editor; never counted as attending."""

from __future__ import annotations

import io
import json
from io import StringIO

import docx
import pytest
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.test import Client
from django.urls import reverse
from lxml import html as lxml_html

from meetings.minutes import parse_minutes, render_minutes
from meetings.models import Attendance, Board, Meeting
from meetings.records import record_as_dict, record_as_text, record_view
from meetings.registers import MeetingAttendance
from tests.addresses import record_url
from tests.conftest import import_record, publish
from tests.meetings.test_downloads import pdf_text

ABSENT_RECORD = """Audit Panel

Record of Meeting 12 March 2024

Present:

Jane Doe, Chair
Sam Smith

Apologies:

Chris Grey

Absent:

Pat Lee, Independent Member

1. Minutes

1.1. The minutes of the previous meeting were agreed.
"""

KINDS = [
    ("Jane Doe", "present"),
    ("Sam Smith", "present"),
    ("Chris Grey", "apologies"),
    ("Pat Lee", "absent"),
]


def _kinds(meeting: Meeting) -> list[tuple[str, str]]:
    rows = Attendance.objects.filter(meeting=meeting).order_by("position")
    return [(a.person.name, a.kind) for a in rows.select_related("person")]


@pytest.fixture
def absent_record(db: None) -> Meeting:
    return publish(import_record(ABSENT_RECORD))


def test_the_reader_files_absent_members_as_absent_without_a_warning() -> None:
    result = parse_minutes(ABSENT_RECORD)
    assert [(a["name"], a["attendance"]) for a in result.record["attendees"]] == KINDS
    assert [p.message for p in result.problems if "bsent" in p.message] == []


def test_the_import_keeps_them_absent(absent_record: Meeting) -> None:
    assert _kinds(absent_record) == KINDS


def test_the_text_lists_them_under_absent_and_reads_back_the_same(absent_record: Meeting) -> None:
    record = record_view(absent_record, public=True)
    text = record_as_text(record)
    assert "Apologies:\n\nChris Grey\n\nAbsent:\n\nPat Lee, Independent Member\n" in text
    again = parse_minutes(text).record
    assert again["attendees"] == record_as_dict(record)["attendees"]
    # And the writer alone: a record with someone absent reads back whole.
    assert parse_minutes(render_minutes(again)).record == again


def test_the_text_download_reads_back_as_the_record(absent_record: Meeting) -> None:
    text = Client().get(record_url(absent_record, "txt")).content.decode()
    attendees = parse_minutes(text).record["attendees"]
    assert [(a["name"], a["attendance"]) for a in attendees] == KINDS


def test_the_json_says_absent(absent_record: Meeting) -> None:
    data = json.loads(Client().get(record_url(absent_record, "json")).content)
    assert {
        "name": "Pat Lee",
        "role": "Independent Member",
        "organisation": None,
        "attendance": "absent",
    } in data["attendees"]


def test_the_page_lists_them_under_an_absent_heading(absent_record: Meeting) -> None:
    page = lxml_html.fromstring(Client().get(record_url(absent_record, "page")).content)
    headings = [h.text_content().strip() for h in page.xpath("//h3[@class='h5']")]
    assert headings == ["Present", "Apologies", "Absent"]
    absent = page.xpath("//h3[@class='h5'][normalize-space()='Absent']/following-sibling::*[1]")
    assert "Pat Lee" in absent[0].text_content()


def test_the_word_document_lists_them_under_an_absent_heading(absent_record: Meeting) -> None:
    body = Client().get(record_url(absent_record, "docx")).content
    texts = [p.text for p in docx.Document(io.BytesIO(body)).paragraphs]
    at = texts.index("Absent")
    assert texts[at + 1] == "Pat Lee, Independent Member"
    assert texts.index("Apologies") < at


def test_the_pdf_lists_them_under_an_absent_heading(absent_record: Meeting) -> None:
    text = pdf_text(Client().get(record_url(absent_record, "pdf")).content)
    assert "Apologies Chris Grey Absent Pat Lee, Independent Member" in text


def test_the_editor_offers_absent_and_saves_it(board: Board, clerk: Client) -> None:
    draft = import_record(ABSENT_RECORD, board=board)
    row = Attendance.objects.get(meeting=draft, person__name="Sam Smith")
    args = [board.slug, draft.date.isoformat()]
    page = clerk.get(reverse("meetings:editor", args=args)).content.decode()
    assert '<option value="absent"' in page
    revision = Meeting.objects.get(pk=draft.pk).revision
    response = clerk.post(
        reverse("meetings:edit", args=[*args, "attendee-update"]),
        {"target": row.pk, "role": "", "kind": "absent"},
    )
    assert response.status_code in (200, 302, 303)
    assert Attendance.objects.get(pk=row.pk).kind == "absent"
    assert Meeting.objects.get(pk=draft.pk).revision > revision  # record_changed


def test_the_database_holds_absent_and_refuses_other_kinds(absent_record: Meeting) -> None:
    row = Attendance.objects.get(meeting=absent_record, person__name="Pat Lee")
    assert row.get_kind_display() == "Absent"
    with pytest.raises(IntegrityError), transaction.atomic():
        Attendance.objects.filter(pk=row.pk).update(kind="away")


def test_an_absent_member_did_not_attend(absent_record: Meeting) -> None:
    row = Attendance.objects.get(meeting=absent_record, person__name="Pat Lee")
    absent = MeetingAttendance(meeting=absent_record, expected=True, attendance=row)
    assert (absent.attended, absent.apologies, absent.outcome) == (False, False, "Absent")


def test_a_member_listed_absent_whose_apologies_the_minutes_record_sent_apologies() -> None:
    text = ABSENT_RECORD.replace(
        "1.1. The minutes", "1.1. Apologies were received from Pat Lee. The minutes"
    )
    attendees = parse_minutes(text).record["attendees"]
    assert ("Pat Lee", "apologies") in [(a["name"], a["attendance"]) for a in attendees]


def test_the_sample_draft_lists_an_officer_as_absent(db: None) -> None:
    call_command("load_sample_data", stdout=StringIO())
    absent = Attendance.objects.filter(kind=Attendance.Kind.ABSENT).select_related("meeting")
    assert [(a.person.name, a.meeting.status) for a in absent] == [("Dr Paul Dawson", "draft")]


def test_the_import_preview_lists_them_under_an_absent_heading(board: Board, clerk: Client) -> None:
    text = ABSENT_RECORD.replace("Audit Panel", board.name)
    url = reverse("meetings:import_minutes", args=[board.slug])
    page = lxml_html.fromstring(clerk.post(url, {"action": "preview", "text": text}).content)
    headings = [h.text_content().strip() for h in page.xpath("//h5")]
    assert headings[-3:] == ["Present", "Apologies", "Absent"]
    absent = page.xpath("//h5[normalize-space()='Absent']/following-sibling::*[1]")
    assert "Pat Lee" in absent[0].text_content()
