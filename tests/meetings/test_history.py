"""The history pages of a record and of an action: who changed what, when and why, by name
and by reference, a page at a time."""

import re
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from meetings.models import Action, Meeting, Paragraph
from meetings.services import (
    record_amend_paragraph,
    record_circulate,
    record_return_to_draft,
)
from meetings.views.history import ENTRIES_PER_PAGE
from prob.history import save_with_history
from tests.conftest import client_for, first_action, html_for, next_meeting, paragraph_1_1, publish
from tests.htmlcheck import assert_valid_html_pages

# Past the last page: the paginator answers with the last page, where the oldest changes are.
LAST_PAGE = "?page=999"


def history_url(meeting: Meeting) -> str:
    return reverse("meetings:history", args=[meeting.board.slug, meeting.date.isoformat()])


def changed_row(field: str, old: str, new: str) -> str:
    return f'<th scope="row">{field}</th><td>{old}</td><td>{new}</td>'


def entry_count(html: str) -> int:
    return html.count('<li class="mb-3 border-start ps-3">')


def edit(paragraph: Paragraph, text: str, by: Any = None, reason: str = "") -> Paragraph:
    paragraph.text = text
    save_with_history(paragraph, by=by, reason=reason)
    return paragraph


def every_page(user: Any, meeting: Meeting) -> str:
    """The seed's history runs to two pages; where on them a change falls is not the point."""
    url = history_url(meeting)
    return html_for(user, url) + html_for(user, url + LAST_PAGE)


# --- Reading it ---------------------------------------------------------------------------------


def test_it_titles_the_page_with_the_records_own_title(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    html = html_for(secretariat, history_url(seed_meeting))
    assert "<h1>History of Record of Meeting 31 August 2023</h1>" in html


def test_it_shows_the_secretariat_how_a_draft_was_created(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    html = html_for(secretariat, history_url(seed_meeting) + LAST_PAGE)
    assert "<strong>Created</strong> Record — System" in html
    assert changed_row("Title", "—", "Record of Meeting 31 August 2023") in html


def test_it_names_attendees_and_sections(seed_meeting: Meeting, secretariat: Any) -> None:
    html = every_page(secretariat, seed_meeting)
    assert "<strong>Created</strong> Attendee Sophie Linden — System" in html
    assert "<strong>Created</strong> Section 4 “Use of Intrusive Powers” — System" in html


def test_it_names_actions_by_their_numbers(seed_meeting: Meeting, secretariat: Any) -> None:
    html = every_page(secretariat, seed_meeting)
    assert "<strong>Created</strong> Action 2 — System" in html


def test_it_names_a_paragraph_by_its_reference_not_its_id(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    edit(paragraph_1_1(), "The minutes of the previous meeting were agreed.")
    html = html_for(secretariat, history_url(seed_meeting))
    assert "<strong>Changed</strong> Paragraph 1.1 — System" in html
    assert re.search(r"Paragraph \d+ ", html) is None


def test_it_names_who_made_a_change_without_their_email(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    record_circulate(meeting=seed_meeting, by=secretariat)
    html = html_for(secretariat, history_url(seed_meeting))
    assert "<strong>Changed</strong> Record — Sam Clerk, MOPAC" in html
    assert secretariat.email not in html


def test_it_shows_a_status_change_made_through_a_service(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    record_circulate(meeting=seed_meeting, by=None)
    html = html_for(secretariat, history_url(seed_meeting))
    assert changed_row("Status", "Draft", "Circulated") in html


def test_it_shows_the_reason_for_a_change(circulated_meeting: Meeting, secretariat: Any) -> None:
    record_return_to_draft(meeting=circulated_meeting, by=secretariat, reason="Names misspelt")
    html = html_for(secretariat, history_url(circulated_meeting))
    assert "Reason: Names misspelt" in html


def test_it_shows_an_amendment_with_its_reason(
    published_meeting: Meeting, secretariat: Any
) -> None:
    record_amend_paragraph(
        paragraph=paragraph_1_1(), text="Agreed.", by=secretariat, reason="Typing error"
    )
    html = html_for(secretariat, history_url(published_meeting))
    assert "<strong>Changed</strong> Paragraph 1.1 — Sam Clerk, MOPAC" in html
    assert "Reason: Amendment: Typing error" in html


def test_it_shows_a_text_edit_before_and_after(seed_meeting: Meeting, secretariat: Any) -> None:
    old = paragraph_1_1().text
    edit(paragraph_1_1(), "The minutes of the previous meeting were agreed.")
    html = html_for(secretariat, history_url(seed_meeting))
    assert changed_row("Text", old, "The minutes of the previous meeting were agreed.") in html


def test_it_links_a_text_edit_to_the_comparison_of_its_versions(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    paragraph = edit(paragraph_1_1(), "Agreed.")
    rows = list(paragraph.history.order_by("history_date"))
    html = html_for(secretariat, history_url(seed_meeting))
    compare = reverse(
        "meetings:paragraph_history", args=[seed_meeting.board.slug, "2023-08-31", paragraph.pk]
    )
    assert f'href="{compare}?from={rows[0].history_id}&amp;to={rows[1].history_id}"' in html


def test_it_shows_the_newest_change_first(seed_meeting: Meeting, secretariat: Any) -> None:
    record_circulate(meeting=seed_meeting, by=None)
    html = html_for(secretariat, history_url(seed_meeting))
    assert html.index("<strong>Changed</strong> Record") < html.index("<strong>Created</strong>")


# --- A page at a time ---------------------------------------------------------------------------


def test_it_shows_a_page_of_changes(seed_meeting: Meeting, secretariat: Any) -> None:
    html = html_for(secretariat, history_url(seed_meeting))
    assert entry_count(html) == ENTRIES_PER_PAGE
    assert '<nav aria-label="Pages of the history">' in html


def test_it_shows_the_rest_on_the_last_page(seed_meeting: Meeting, secretariat: Any) -> None:
    first = html_for(secretariat, history_url(seed_meeting))
    total = int(re.search(r"of (\d+), newest first", first)[1])  # type: ignore[index]
    html = html_for(secretariat, history_url(seed_meeting) + LAST_PAGE)
    assert entry_count(html) == (total % ENTRIES_PER_PAGE or ENTRIES_PER_PAGE)


def test_it_marks_the_current_page(seed_meeting: Meeting, secretariat: Any) -> None:
    html = html_for(secretariat, history_url(seed_meeting) + "?page=2")
    assert 'href="?page=2" aria-current="page"' in html
    assert 'href="?page=1" rel="prev"' in html


def test_it_shows_the_first_page_for_a_page_that_is_not_a_number(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    html = html_for(secretariat, history_url(seed_meeting) + "?page=x")
    assert 'href="?page=1" aria-current="page"' in html


@pytest.mark.parametrize("changes", [1, 30])
def test_it_runs_the_same_queries_whatever_the_changes(
    seed_meeting: Meeting, secretariat: Any, django_assert_num_queries: Any, changes: int
) -> None:
    paragraph = paragraph_1_1()
    for n in range(changes):
        edit(paragraph, f"Version {n}.", by=secretariat)
    client = client_for(secretariat)
    # Session (1), the user with their memberships and whether an action names them (1: one
    # statement, accounts.backends), the record (1), the history of the record, its
    # attendees, sections, paragraphs and actions (5: names and live numbers come in the same
    # rows); no session write (its last activity moved under a minute ago). All changes are
    # read to number and page them, so a later page costs the same.
    with django_assert_num_queries(8):
        assert client.get(history_url(seed_meeting) + LAST_PAGE).status_code == 200


# --- Who may read it ----------------------------------------------------------------------------


def test_it_shows_a_circulated_records_history_to_a_board_member(
    circulated_meeting: Meeting, board_member: Any
) -> None:
    html = html_for(board_member, history_url(circulated_meeting))
    assert "<strong>Changed</strong> Record" in html


def test_it_answers_404_to_a_board_member_for_a_draft(
    seed_meeting: Meeting, board_member: Any
) -> None:
    assert client_for(board_member).get(history_url(seed_meeting)).status_code == 404


def test_it_answers_404_to_an_outsider_for_a_draft(seed_meeting: Meeting, outsider: Any) -> None:
    assert client_for(outsider).get(history_url(seed_meeting)).status_code == 404


def test_it_answers_404_to_an_action_owner_for_a_draft(
    seed_meeting: Meeting, action_owner: Any
) -> None:
    assert client_for(action_owner).get(history_url(seed_meeting)).status_code == 404


def test_it_answers_403_to_an_action_owner_for_a_published_record(
    published_meeting: Meeting, action_owner: Any
) -> None:
    assert client_for(action_owner).get(history_url(published_meeting)).status_code == 403


def test_it_answers_403_to_the_public_for_a_published_record(
    published_meeting: Meeting, client: Client
) -> None:
    assert client.get(history_url(published_meeting)).status_code == 403


def test_it_answers_403_to_an_outsider_for_a_published_record(
    published_meeting: Meeting, outsider: Any
) -> None:
    assert client_for(outsider).get(history_url(published_meeting)).status_code == 403


def test_it_links_the_history_from_the_record_for_the_board(
    published_meeting: Meeting, board_member: Any
) -> None:
    html = html_for(board_member, published_meeting.get_absolute_url())
    assert f'href="{history_url(published_meeting)}"' in html


def test_it_does_not_link_the_history_for_the_public(
    published_meeting: Meeting, client: Client
) -> None:
    html = client.get(published_meeting.get_absolute_url()).content.decode()
    assert history_url(published_meeting) not in html


def test_it_links_the_changes_before_agreement_once_agreed(
    published_meeting: Meeting, board_member: Any
) -> None:
    html = html_for(board_member, history_url(published_meeting))
    assert history_url(published_meeting) + "agreed-changes/" in html


def test_it_does_not_link_the_changes_before_agreement_for_a_draft(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    html = html_for(secretariat, history_url(seed_meeting))
    assert "agreed-changes/" not in html


# --- Valid HTML ---------------------------------------------------------------------------------


def test_it_serves_valid_html_on_every_history_page(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    """Every history page, in one run of the checker, with every kind of change on show."""
    record_circulate(meeting=seed_meeting, by=secretariat)
    paragraph = edit(paragraph_1_1(), "The minutes were agreed.", by=secretariat, reason="Shorter")
    published = publish(record_return_to_draft(meeting=seed_meeting, by=None, reason="Edit"))
    record_amend_paragraph(paragraph=paragraph, text="Agreed.", by=secretariat, reason="Typo")
    first_circulation = published.history.filter(status="circulated").earliest("history_date")
    history = history_url(published)
    clerk = client_for(secretariat)
    pages = [
        history,
        history + "?page=2",
        f"{history}paragraphs/{paragraph.pk}/",
        f"{history}paragraphs/{paragraph.pk}/?from=0",  # a refused choice, with its error
        f"{history}agreed-changes/",
        f"{history}agreed-changes/?circulated={first_circulation.history_id}",
        history_url(next_meeting(published)) + "agreed-changes/",  # a draft: not yet agreed
        reverse("actions:history", args=[first_action(published).pk]),
    ]
    assert_valid_html_pages({url: clerk.get(url).content for url in pages})


# --- The history of an action -------------------------------------------------------------------


def action_history_url(action: Action) -> str:
    return reverse("actions:history", args=[action.pk])


def test_it_shows_the_owner_who_moved_their_action_on(
    circulated_meeting: Meeting, action_owner: Any
) -> None:
    action = first_action(circulated_meeting)
    client = client_for(action_owner)
    client.post(
        reverse("actions:post_update", args=[action.pk]),
        {"text": "Started.", "status_to": "in_progress"},
    )
    html = client.get(action_history_url(action)).content.decode()
    assert "<strong>Changed</strong> Action 1 — Olu Officer, MPS" in html
    assert changed_row("Status", "Open", "In progress") in html


def test_it_names_an_administrator_without_their_email(
    circulated_meeting: Meeting, action_owner: Any, admin_user: Any
) -> None:
    action = first_action(circulated_meeting)
    client_for(admin_user).post(
        reverse("actions:post_update", args=[action.pk]),
        {"text": "Started.", "status_to": "in_progress"},
    )
    html = client_for(action_owner).get(action_history_url(action)).content.decode()
    assert "Action 1 — PROB administrator" in html
    assert "@" not in html.replace(action_owner.email, "")


def test_it_shows_the_secretariat_how_the_action_was_created(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    html = html_for(secretariat, action_history_url(first_action(seed_meeting)))
    assert "<strong>Created</strong> Action 1 — System" in html
    assert changed_row("Owner", "—", "MPS") in html


def test_it_shows_a_board_member_the_history_of_a_published_action(
    published_meeting: Meeting, board_member: Any
) -> None:
    html = html_for(board_member, action_history_url(first_action(published_meeting)))
    assert "<strong>Created</strong> Action 1" in html


def test_it_answers_404_to_an_outsider_for_a_draft_action(
    seed_meeting: Meeting, outsider: Any
) -> None:
    url = action_history_url(first_action(seed_meeting))
    assert client_for(outsider).get(url).status_code == 404


def test_it_answers_403_to_the_public_for_a_published_action(
    published_meeting: Meeting, client: Client
) -> None:
    assert client.get(action_history_url(first_action(published_meeting))).status_code == 403


def test_it_answers_403_to_an_outsider_for_a_published_action(
    published_meeting: Meeting, outsider: Any
) -> None:
    """The history keeps the action as drafted, which the public version may not show."""
    url = action_history_url(first_action(published_meeting))
    assert client_for(outsider).get(url).status_code == 403


@pytest.mark.parametrize("changes", [1, 10])
def test_it_runs_the_same_queries_for_an_action_whatever_the_changes(
    circulated_meeting: Meeting, action_owner: Any, django_assert_num_queries: Any, changes: int
) -> None:
    action = first_action(circulated_meeting)
    for n in range(changes):
        action.text = f"Version {n}."
        action.save()
    client = client_for(action_owner)
    # Session (1), the user with their memberships (1: one statement, accounts.backends), the
    # action and its named people (2), whether the user may update it (2), its history with
    # the names it points at (1), whether an action is theirs (1, an action owner's: by their
    # organisation) for the navigation; no session write (its last activity moved under a
    # minute ago).
    with django_assert_num_queries(7):
        assert client.get(action_history_url(action)).status_code == 200
