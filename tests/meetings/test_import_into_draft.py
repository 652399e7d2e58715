"""Paste minutes into this draft: a draft made with New meeting, still empty, filled from
pasted or uploaded minutes after a preview; and the import page's one message, with a link,
for minutes of a date the board already has a record of."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.http import HttpResponse
from django.urls import reverse
from lxml import html as lxml_html

from meetings.models import Action, Attendance, Board, Meeting, Paragraph, Section
from meetings.services import record_circulate
from meetings.services.editing import meeting_new
from meetings.services.imports import PASTED
from tests.addresses import editor_url
from tests.conftest import client_for, html_for
from tests.htmlcheck import assert_valid_html

DRAFT_DATE = datetime.date(2023, 11, 30)


@pytest.fixture
def empty_draft(board: Board, secretariat: Any) -> Meeting:
    """A draft made with New meeting: the last meeting's attendees and the standing
    sections, no paragraphs."""
    return meeting_new(board=board, date=DRAFT_DATE, by=secretariat, copy_previous=True)


def into_url(meeting: Meeting) -> str:
    return reverse("meetings:import_into", args=[meeting.board.slug, meeting.date.isoformat()])


def paste(user: Any, meeting: Meeting, action: str = "preview", **data: Any) -> HttpResponse:
    return client_for(user).post(into_url(meeting), {"action": action, **data})


def links(html: str) -> list[str]:
    return lxml_html.fromstring(html).xpath("//a/@href")


# --- The link ---------------------------------------------------------------------------------


def test_it_links_an_empty_drafts_editor_to_the_paste_page(
    empty_draft: Meeting, secretariat: Any
) -> None:
    assert into_url(empty_draft) in links(html_for(secretariat, editor_url(empty_draft)))


def test_it_puts_the_link_before_the_attendees_within_a_few_tab_stops(
    empty_draft: Meeting, secretariat: Any
) -> None:
    """QA #16: after New meeting the link came after every attendee copied from the last
    meeting (30+ Tab stops). It comes before the attendees, a few stops into the page's
    content."""
    page = lxml_html.fromstring(html_for(secretariat, editor_url(empty_draft)))
    (main,) = page.xpath("//main")
    stops = main.xpath(
        ".//a[@href] | .//button | .//input[not(@type='hidden')] | .//select | .//textarea"
        " | .//summary"
    )
    hrefs = [stop.get("href") for stop in stops]
    assert into_url(empty_draft) in hrefs[:6]
    (attendees,) = main.xpath(".//*[@id='attendees-heading']")
    assert stops[hrefs.index(into_url(empty_draft))] in attendees.xpath("preceding::a")


def test_it_links_an_empty_drafts_record_page_to_the_paste_page(
    empty_draft: Meeting, secretariat: Any
) -> None:
    html = html_for(secretariat, empty_draft.get_absolute_url())
    assert into_url(empty_draft) in links(html)


def test_it_leaves_the_link_off_a_draft_with_paragraphs(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    html = html_for(secretariat, editor_url(seed_meeting))
    assert into_url(seed_meeting) not in links(html)


def test_it_leaves_the_link_off_an_empty_record_once_circulated(
    empty_draft: Meeting, secretariat: Any, board_member: Any
) -> None:
    record_circulate(meeting=empty_draft, by=secretariat)
    html = html_for(board_member, empty_draft.get_absolute_url())
    assert into_url(empty_draft) not in links(html)


def test_it_leaves_the_link_off_the_public_versions_preview(
    empty_draft: Meeting, secretariat: Any
) -> None:
    html = html_for(secretariat, empty_draft.get_absolute_url() + "?preview=public")
    assert into_url(empty_draft) not in links(html)


# --- Preview ----------------------------------------------------------------------------------


def test_it_shows_the_paste_page(empty_draft: Meeting, secretariat: Any) -> None:
    html = html_for(secretariat, into_url(empty_draft))
    assert "Paste minutes into the draft of 30 November 2023" in html


def test_it_previews_without_writing(empty_draft: Meeting, secretariat: Any, new_text: str) -> None:
    html = paste(secretariat, empty_draft, text=new_text).content.decode()
    assert html.count('id="preview-section-') == 5
    assert not Paragraph.objects.filter(section__meeting=empty_draft).exists()


def test_it_serves_valid_html_with_a_preview(
    empty_draft: Meeting, secretariat: Any, seed_text: str
) -> None:
    assert_valid_html(paste(secretariat, empty_draft, text=seed_text).content)


def test_it_reports_another_date_as_a_line_to_check(
    empty_draft: Meeting, secretariat: Any, seed_text: str
) -> None:
    html = paste(secretariat, empty_draft, text=seed_text).content.decode()
    assert "Warning, line 5: The minutes are dated 31 August 2023, the draft 30 November" in html


# --- Writing into the draft -------------------------------------------------------------------


def test_it_writes_the_minutes_into_the_draft_and_redirects_to_it(
    empty_draft: Meeting, secretariat: Any, new_text: str
) -> None:
    response = paste(secretariat, empty_draft, "create", text=new_text)
    assert response["Location"] == empty_draft.get_absolute_url()
    assert Paragraph.objects.filter(section__meeting=empty_draft).count() == 17
    assert Action.objects.filter(paragraph__section__meeting=empty_draft).count() == 3


def test_it_replaces_the_standing_sections_and_numbers_in_order(
    empty_draft: Meeting, secretariat: Any, new_text: str
) -> None:
    paste(secretariat, empty_draft, "create", text=new_text)
    sections = Section.objects.filter(meeting=empty_draft).order_by("position")
    assert [(s.number, s.title) for s in sections][:2] == [
        (1, "Minutes"),
        (2, "2023-24 Q1 MPS Performance Oversight"),
    ]
    assert [s.number for s in sections] == [1, 2, 3, 4, 5]


def test_it_numbers_the_actions_in_order(
    empty_draft: Meeting, secretariat: Any, new_text: str
) -> None:
    paste(secretariat, empty_draft, "create", text=new_text)
    actions = Action.objects.filter(paragraph__section__meeting=empty_draft)
    assert sorted(actions.values_list("number", flat=True)) == [1, 2, 3]


def test_it_takes_the_minutes_attendees(
    empty_draft: Meeting, secretariat: Any, new_text: str
) -> None:
    paste(secretariat, empty_draft, "create", text=new_text)
    first = Attendance.objects.filter(meeting=empty_draft).order_by("position").first()
    assert first is not None and first.person.name == "Sophie Linden"


def test_it_keeps_the_drafts_date(empty_draft: Meeting, secretariat: Any, seed_text: str) -> None:
    client = client_for(secretariat)
    response = client.post(
        into_url(empty_draft), {"action": "create", "text": seed_text}, follow=True
    )
    empty_draft.refresh_from_db()
    assert empty_draft.date == DRAFT_DATE
    assert "The minutes are dated 31 August 2023" in response.content.decode()


def test_it_says_what_it_pasted(empty_draft: Meeting, secretariat: Any, new_text: str) -> None:
    client = client_for(secretariat)
    response = client.post(
        into_url(empty_draft), {"action": "create", "text": new_text}, follow=True
    )
    assert "The minutes are pasted into the draft: 5 sections, 17 paragraphs and 3 actions" in (
        response.content.decode()
    )


def test_it_records_who_pasted_the_minutes_and_why(
    empty_draft: Meeting, secretariat: Any, new_text: str
) -> None:
    paste(secretariat, empty_draft, "create", text=new_text)
    paragraph = Paragraph.objects.filter(section__meeting=empty_draft).first()
    row = paragraph.history.earliest()
    assert (row.history_user, row.history_change_reason) == (secretariat, PASTED)
    latest = empty_draft.history.latest()
    assert (latest.history_user, latest.history_change_reason) == (secretariat, PASTED)


# --- Refusals ---------------------------------------------------------------------------------


def test_it_refuses_a_draft_with_paragraphs(
    seed_meeting: Meeting, secretariat: Any, seed_text: str
) -> None:
    before = Paragraph.objects.filter(section__meeting=seed_meeting).count()
    response = paste(secretariat, seed_meeting, "create", text=seed_text)
    assert response.status_code == 400
    assert "already has paragraphs, so no minutes are pasted into it" in response.content.decode()
    assert Paragraph.objects.filter(section__meeting=seed_meeting).count() == before


def test_it_refuses_a_record_no_longer_a_draft(
    empty_draft: Meeting, secretariat: Any, new_text: str
) -> None:
    record_circulate(meeting=empty_draft, by=secretariat)
    response = paste(secretariat, empty_draft, "create", text=new_text)
    assert response.status_code == 400
    assert "is circulated, so no minutes are pasted into it" in response.content.decode()
    assert list(empty_draft.sections.values_list("title", flat=True)) == [
        "Minutes",
        "Any Other Business",
    ]


def test_it_sends_a_visit_to_a_full_draft_back_to_it_with_the_reason(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    response = client_for(secretariat).get(into_url(seed_meeting), follow=True)
    assert response.redirect_chain == [(seed_meeting.get_absolute_url(), 302)]
    assert "already has paragraphs" in response.content.decode()


# --- Minutes of a date the board already has ---------------------------------------------------


def import_post(user: Any, board: Board, action: str, text: str) -> HttpResponse:
    url = reverse("meetings:import_minutes", args=[board.slug])
    return client_for(user).post(url, {"action": action, "text": text})


def test_it_says_once_that_the_board_has_a_record_of_that_date(
    seed_meeting: Meeting, secretariat: Any, seed_text: str
) -> None:
    response = import_post(secretariat, seed_meeting.board, "create", seed_text)
    assert response.status_code == 400
    assert response.content.decode().count("already has a record for 31 August 2023") == 1


def test_it_links_the_message_to_the_record(
    seed_meeting: Meeting, secretariat: Any, seed_text: str
) -> None:
    html = import_post(secretariat, seed_meeting.board, "create", seed_text).content.decode()
    found = lxml_html.fromstring(html).xpath('//*[@id="existing"]//a/@href')
    assert found == [seed_meeting.get_absolute_url()]


def test_it_offers_to_paste_into_an_empty_draft_of_that_date(
    empty_draft: Meeting, secretariat: Any, new_text: str
) -> None:
    html = import_post(secretariat, empty_draft.board, "create", new_text).content.decode()
    buttons = lxml_html.fromstring(html).xpath('//*[@id="existing"]//button/@formaction')
    assert buttons == [into_url(empty_draft)]
    assert not Paragraph.objects.filter(section__meeting=empty_draft).exists()


def test_it_says_so_at_the_preview(empty_draft: Meeting, secretariat: Any, new_text: str) -> None:
    response = import_post(secretariat, empty_draft.board, "preview", new_text)
    assert response.status_code == 200
    assert "already has a record for 30 November 2023" in response.content.decode()


def test_it_serves_valid_html_with_the_offer(
    empty_draft: Meeting, secretariat: Any, new_text: str
) -> None:
    assert_valid_html(import_post(secretariat, empty_draft.board, "create", new_text).content)


def test_it_offers_no_paste_into_a_draft_with_paragraphs(
    seed_meeting: Meeting, secretariat: Any, seed_text: str
) -> None:
    html = import_post(secretariat, seed_meeting.board, "create", seed_text).content.decode()
    assert into_url(seed_meeting) not in html


# --- Access -----------------------------------------------------------------------------------


def test_it_answers_404_to_an_outsider(empty_draft: Meeting, outsider: Any) -> None:
    assert client_for(outsider).get(into_url(empty_draft)).status_code == 404


def test_it_answers_403_to_a_board_member(
    empty_draft: Meeting, secretariat: Any, board_member: Any, new_text: str
) -> None:
    # A board member reads a record once circulated; she may not change it.
    record_circulate(meeting=empty_draft, by=secretariat)
    assert paste(board_member, empty_draft, "create", text=new_text).status_code == 403


# --- QA J1-1: the one-step paste shows its lines to check -----------------------------------

J1_NOTES = """1. Minutes of the previous meeting
The minutes of the meeting of 29 February 2024 were agreed as a true record.

2. Violence against women and girls
The MPS presented its quarterly update on violence against women and girls. The DMPC asked \
about the time taken to charge in rape cases. The MPS said it would share the figures.
Action: MPS to share the time-to-charge figures for rape cases with MOPAC by 30 June 2024.
Some stray line the parser may not place ???

3. Any other business
There was no other business.
"""


def test_the_one_step_paste_shows_the_lines_to_check_as_the_preview_does(
    empty_draft: Meeting, secretariat: Any
) -> None:
    """QA J1-1: "Paste into the draft" with no preview glued a stray line onto the action and
    said nothing; the page it lands on lists it, quoted with why, as the preview does."""
    client = client_for(secretariat)
    preview = client.post(into_url(empty_draft), {"action": "preview", "text": J1_NOTES}).text
    pasted = client.post(
        into_url(empty_draft), {"action": "create", "text": J1_NOTES}, follow=True
    ).text
    assert "The minutes are pasted into the draft" in pasted
    joined = "<strong>Warning, line 7:</strong> Joined to the action above"
    assert joined in preview
    assert joined in pasted
    assert "<samp>Some stray line the parser may not place ???</samp>" in pasted
    assert_valid_html(pasted)


def test_notes_pasted_into_a_draft_raise_no_doubt_about_the_body_s_name(
    empty_draft: Meeting, secretariat: Any
) -> None:
    """Notes pasted into a draft have no heading, and need none: the draft keeps its own. The
    reader's doubt "No body's name was read", right for a whole record imported, is not one of
    their lines to check; the stray line still is."""
    client = client_for(secretariat)
    preview = client.post(into_url(empty_draft), {"action": "preview", "text": J1_NOTES}).text
    assert "Joined to the action above" in preview
    assert "body&#x27;s name" not in preview and "body's name" not in preview
    board = client.post(
        reverse("meetings:import_minutes", args=[empty_draft.board.slug]),
        {"action": "preview", "text": "14 March 2024\n" + J1_NOTES},
    ).text
    assert "No body&#x27;s name was read" in board
