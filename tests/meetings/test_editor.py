"""The secretariat's editor: every part of a draft added, edited, moved and deleted, numbers
following by themselves, and nothing typed ever lost."""

import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from lxml import html as lxml_html

from meetings.models import Action, Attendance, Comment, Meeting, Organisation, Paragraph, Section
from tests.addresses import editor_url
from tests.conftest import client_for, html_for


def paragraph(meeting: Meeting, ref: str) -> Paragraph:
    section, number = ref.split(".")
    return Paragraph.objects.get(
        section__meeting=meeting, section__number=int(section), number=int(number)
    )


def refs(meeting: Meeting) -> list[tuple[str, str]]:
    rows = Paragraph.objects.filter(section__meeting=meeting).select_related("section")
    return [(p.ref, p.text[:12]) for p in rows.order_by("section__position", "position")]


def test_it_shows_the_whole_draft_to_the_secretariat(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    html = html_for(secretariat, editor_url(seed_meeting))
    # Section titles and paragraphs are written in place, in their boxes.
    assert 'value="Use of Intrusive Powers"' in html
    assert "<strong>Action 3:</strong>" in html


def test_it_opens_a_paragraph_for_editing_from_the_record_page(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    record = html_for(secretariat, seed_meeting.get_absolute_url())
    target = paragraph(seed_meeting, "4.3")
    link = f"{editor_url(seed_meeting)}?edit=paragraph:{target.pk}"
    assert link.replace("&", "&amp;") in record
    assert 'name="text"' in html_for(secretariat, link)


def test_it_saves_a_paragraph(seed_meeting: Meeting, clerk: Client) -> None:
    target = paragraph(seed_meeting, "4.3")
    response = clerk.post(
        editor_url(seed_meeting, "paragraph-update"),
        {"target": target.pk, "text": "New text.", "version": target.version},
    )
    assert response.status_code == 302
    assert Paragraph.objects.get(pk=target.pk).text == "New text."


def test_it_refuses_empty_text_and_keeps_the_form(seed_meeting: Meeting, clerk: Client) -> None:
    target = paragraph(seed_meeting, "4.3")
    response = clerk.post(
        editor_url(seed_meeting, "paragraph-update"),
        {"target": target.pk, "text": "  ", "version": target.version},
    )
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()


def test_it_refuses_a_stale_save_and_shows_both_texts(seed_meeting: Meeting, clerk: Client) -> None:
    target = paragraph(seed_meeting, "4.3")
    clerk.post(
        editor_url(seed_meeting, "paragraph-update"),
        {"target": target.pk, "text": "First secretary's text.", "version": target.version},
    )
    response = clerk.post(
        editor_url(seed_meeting, "paragraph-update"),
        {"target": target.pk, "text": "Second secretary's text.", "version": target.version},
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "First secretary&#x27;s text." in html and "Second secretary&#x27;s text." in html


def test_it_names_who_saved_the_newer_text_and_where_it_is(
    seed_meeting: Meeting, clerk: Client, secretariat: Any
) -> None:
    target = paragraph(seed_meeting, "4.3")
    saved_at = datetime.datetime(2026, 3, 5, 14, 2, tzinfo=ZoneInfo("Europe/London"))
    with time_machine.travel(saved_at, tick=False):
        clerk.post(
            editor_url(seed_meeting, "paragraph-update"),
            {"target": target.pk, "text": "First text.", "version": target.version},
        )
    # A minute later (the session idles out over a longer jump).
    with time_machine.travel(saved_at + datetime.timedelta(minutes=1), tick=False):
        response = clerk.post(
            editor_url(seed_meeting, "paragraph-update"),
            {"target": target.pk, "text": "Second text.", "version": target.version},
        )
    text = " ".join(lxml_html.fromstring(response.content).text_content().split())
    saved_by = f"{secretariat.display_name}, on 5 March 2026 at 14:02. Their text is shown above"
    assert saved_by in text
    # "Above" is true: the text saved meanwhile comes before the message in the form (the
    # page's summary of what to put right, at its top, says it too and links to the box).
    assert text.index("Saved meanwhile") < text.rindex("Someone else saved")


def test_it_keeps_the_first_save_when_refusing_the_second(
    seed_meeting: Meeting, clerk: Client
) -> None:
    target = paragraph(seed_meeting, "4.3")
    for text in ("First.", "Second."):
        clerk.post(
            editor_url(seed_meeting, "paragraph-update"),
            {"target": target.pk, "text": text, "version": target.version},
        )
    assert Paragraph.objects.get(pk=target.pk).text == "First."


def test_it_splits_a_paragraph_at_a_blank_line(seed_meeting: Meeting, clerk: Client) -> None:
    target = paragraph(seed_meeting, "2.1")
    clerk.post(
        editor_url(seed_meeting, "paragraph-update"),
        {"target": target.pk, "text": "One half.\n\nOther half.", "version": target.version},
    )
    assert [r for r in refs(seed_meeting) if r[0] in ("2.1", "2.2")][:2] == [
        ("2.1", "One half."),
        ("2.2", "Other half."),
    ]


def test_it_renumbers_when_a_paragraph_moves_up(seed_meeting: Meeting, clerk: Client) -> None:
    target = paragraph(seed_meeting, "4.3")
    clerk.post(editor_url(seed_meeting, "paragraph-move"), {"target": target.pk, "direction": "up"})
    assert Paragraph.objects.get(pk=target.pk).ref == "4.2"


def test_it_renumbers_actions_when_a_paragraph_moves(seed_meeting: Meeting, clerk: Client) -> None:
    first_action = Action.objects.get(paragraph__section__meeting=seed_meeting, number=1)
    target = paragraph(seed_meeting, "4.5")  # raises action 2
    for _ in range(2):
        clerk.post(
            editor_url(seed_meeting, "paragraph-move"), {"target": target.pk, "direction": "up"}
        )
    assert Action.objects.get(pk=first_action.pk).number == 2


def test_it_refuses_a_move_out_of_range(seed_meeting: Meeting, clerk: Client) -> None:
    target = paragraph(seed_meeting, "1.1")
    response = clerk.post(
        editor_url(seed_meeting, "paragraph-move"), {"target": target.pk, "direction": "up"}
    )
    assert response.status_code == 400
    assert Paragraph.objects.get(pk=target.pk).ref == "1.1"


def test_it_deletes_a_section_and_renumbers(seed_meeting: Meeting, clerk: Client) -> None:
    section = Section.objects.get(meeting=seed_meeting, number=2)
    clerk.post(editor_url(seed_meeting, "section-delete"), {"target": section.pk, "confirmed": "1"})
    titles = Section.objects.filter(meeting=seed_meeting).order_by("number")
    assert [s.number for s in titles] == [1, 2, 3, 4]


def test_it_adds_a_section_at_the_end(seed_meeting: Meeting, clerk: Client) -> None:
    clerk.post(editor_url(seed_meeting, "section-add"), {"title": "Any Other Business"})
    assert Section.objects.get(meeting=seed_meeting, title="Any Other Business").number == 6


def test_it_adds_an_action_with_the_owner_read_from_its_words(
    seed_meeting: Meeting, clerk: Client
) -> None:
    target = paragraph(seed_meeting, "2.1")
    clerk.post(
        editor_url(seed_meeting, "action-add"),
        {"target": target.pk, "text": "MPS to report back on the figures."},
    )
    action = Action.objects.get(text="MPS to report back on the figures.")
    assert (action.owner.short_name, action.number) == ("MPS", 1)


def test_it_adds_an_action_with_the_due_date_read_from_its_words(
    seed_meeting: Meeting, clerk: Client
) -> None:
    target = paragraph(seed_meeting, "2.1")
    response = clerk.post(
        editor_url(seed_meeting, "action-add"),
        {"target": target.pk, "text": "MPS to report back by 31 March 2025."},
        follow=True,
    )
    assert Action.objects.get(paragraph=target).due == datetime.date(2025, 3, 31)
    assert "due 31 March 2025" in lxml_html.fromstring(response.content).text_content()


def test_it_reads_the_due_date_when_an_action_is_edited(
    seed_meeting: Meeting, clerk: Client
) -> None:
    target = paragraph(seed_meeting, "2.1")
    clerk.post(
        editor_url(seed_meeting, "action-add"), {"target": target.pk, "text": "MPS to report."}
    )
    action = Action.objects.get(paragraph=target)
    clerk.post(
        editor_url(seed_meeting, "action-update"),
        {"target": action.pk, "text": "MPS to report by 30 April 2025."},
    )
    assert Action.objects.get(pk=action.pk).due == datetime.date(2025, 4, 30)


def test_it_refuses_a_due_date_read_before_the_meeting(
    seed_meeting: Meeting, clerk: Client
) -> None:
    target = paragraph(seed_meeting, "2.1")
    response = clerk.post(
        editor_url(seed_meeting, "action-add"),
        {"target": target.pk, "text": "MPS to report by 1 January 2020."},
    )
    assert response.status_code == 400


def test_it_refuses_a_due_date_before_the_meeting(seed_meeting: Meeting, clerk: Client) -> None:
    target = paragraph(seed_meeting, "2.1")
    response = clerk.post(
        editor_url(seed_meeting, "action-add"),
        {"target": target.pk, "text": "MPS to report.", "due": "2020-01-01"},
    )
    assert response.status_code == 400
    assert "The due date cannot be before the meeting." in response.content.decode()


def test_it_adds_a_new_attendee_on_the_spot(seed_meeting: Meeting, clerk: Client) -> None:
    mps = Organisation.objects.get(short_name="MPS")
    clerk.post(
        editor_url(seed_meeting, "attendee-add"),
        {
            "name": "Dr Ada Analyst",
            "organisation": mps.pk,
            "role": "Analyst",
            "kind": "in_attendance",
        },
    )
    attendance = Attendance.objects.get(meeting=seed_meeting, person__name="Dr Ada Analyst")
    assert (attendance.organisation, attendance.kind) == (mps, "in_attendance")


def test_it_answers_404_for_a_part_of_another_record(
    seed_meeting: Meeting, published_meeting: Meeting, clerk: Client
) -> None:
    other = Meeting.objects.create(
        board=seed_meeting.board, date=datetime.date(2024, 6, 1), title="Other"
    )
    section = Section.objects.create(meeting=other, position=1, title="Elsewhere", number=1)
    response = clerk.post(editor_url(seed_meeting, "section-delete"), {"target": section.pk})
    assert response.status_code == 404


def test_it_refuses_to_edit_a_circulated_record(circulated_meeting: Meeting, clerk: Client) -> None:
    section = Section.objects.filter(meeting=circulated_meeting).first()
    response = clerk.post(
        editor_url(circulated_meeting, "section-update"), {"target": section.pk, "title": "Changed"}
    )
    assert response.status_code == 400
    assert Section.objects.get(pk=section.pk).title != "Changed"


def test_it_forbids_a_board_member(circulated_meeting: Meeting, board_member: Any) -> None:
    response = client_for(board_member).get(editor_url(circulated_meeting))
    assert response.status_code == 403


def test_it_keeps_what_was_typed_through_an_expired_session(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    target = paragraph(seed_meeting, "4.3")
    client = Client()
    response = client.post(
        editor_url(seed_meeting, "paragraph-update"),
        {"target": target.pk, "text": "Typed before the session ran out.", "version": "1"},
    )
    assert response["Location"].startswith(reverse("login"))
    client.force_login(secretariat, backend="accounts.backends.EmailBackend")
    assert (
        "Typed before the session ran out." in client.get(editor_url(seed_meeting)).content.decode()
    )


@pytest.mark.parametrize("extra", [0, 280])
def test_it_runs_the_same_queries_whatever_the_size(
    seed_meeting: Meeting,
    clerk: Client,
    board_member: Any,
    django_assert_num_queries: Any,
    extra: int,
) -> None:
    section = Section.objects.get(meeting=seed_meeting, number=5)
    added = Paragraph.objects.bulk_create(
        Paragraph(section=section, position=100 + n, number=10 + n, text=f"More {n}.")
        for n in range(extra)
    )
    # Comments left from a circulation, beside their paragraphs: one and one per ten added.
    Comment.objects.bulk_create(
        Comment(paragraph=target, author=board_member, text="Which month?")
        for target in [paragraph(seed_meeting, "4.3"), *added[::10]]
    )
    # Session (1), the user with their memberships and whether an action names them (1: one
    # statement, accounts.backends), the record (1), choices of people and organisations (2),
    # the record's six queries, its comments to resolve (1); no session write (its last
    # activity moved under a minute ago).
    with django_assert_num_queries(12):
        response = clerk.get(editor_url(seed_meeting))
    assert response.status_code == 200
    assert response.content.count(b'class="mb-3 comment"') == 1 + len(added[::10])


def test_it_creates_a_new_meeting_with_the_last_ones_attendees(
    seed_meeting: Meeting, clerk: Client
) -> None:
    response = clerk.post(
        reverse("meetings:new_meeting", args=[seed_meeting.board.slug]),
        {"date": "2023-11-30", "copy_previous": "on"},
    )
    meeting = Meeting.objects.get(board=seed_meeting.board, date=datetime.date(2023, 11, 30))
    assert response.status_code == 302
    assert (meeting.title, meeting.attendances.count()) == (
        "Record of Meeting 30 November 2023",
        10,
    )


def test_it_refuses_a_date_the_board_already_has(seed_meeting: Meeting, clerk: Client) -> None:
    response = clerk.post(
        reverse("meetings:new_meeting", args=[seed_meeting.board.slug]), {"date": "2023-08-31"}
    )
    assert response.status_code == 400
    assert "already has a meeting on 31 August 2023" in response.content.decode()


def test_it_follows_a_changed_date_to_the_records_new_address(
    seed_meeting: Meeting, clerk: Client
) -> None:
    response = clerk.post(
        editor_url(seed_meeting, "details"), {"date": "2023-09-01", "title": "Record of Meeting"}
    )
    assert response["Location"].startswith(f"/boards/{seed_meeting.board.slug}/2023-09-01/edit/")


def test_it_records_who_moved_a_paragraph(
    seed_meeting: Meeting, clerk: Client, secretariat: Any
) -> None:
    target = paragraph(seed_meeting, "4.3")
    clerk.post(editor_url(seed_meeting, "paragraph-move"), {"target": target.pk, "direction": "up"})
    row = Paragraph.history.filter(id=target.pk).latest("history_date")
    assert (row.history_user, row.history_change_reason) == (secretariat, "Moved up")


@pytest.mark.parametrize("target", ["\u00b2", "\u00bd", "9" * 30, "0"])
def test_it_answers_404_to_a_target_that_is_no_id(
    seed_meeting: Meeting, clerk: Client, target: str
) -> None:
    """A superscript two is a digit to str.isdigit() but no number to int() (a 500 before):
    found by tests/test_fuzz_forms.py."""
    response = clerk.post(
        editor_url(seed_meeting, "paragraph-update"), {"target": target, "text": "x"}
    )
    assert response.status_code == 404
    assert clerk.get(f"{editor_url(seed_meeting)}?edit=paragraph:{target}").status_code in {
        200,
        404,
    }
