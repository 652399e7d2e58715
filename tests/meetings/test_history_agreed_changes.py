"""What changed in each paragraph between the draft circulated to the attendees and the
record the board agreed."""

from typing import Any

import pytest
from django.urls import reverse

from meetings.models import Meeting, Paragraph, Section
from meetings.services import record_agree, record_circulate, record_return_to_draft
from prob.history import save_with_history
from tests.conftest import client_for, html_for, next_meeting, paragraph_1_1


def changes_url(meeting: Meeting, query: str = "") -> str:
    args = [meeting.board.slug, meeting.date.isoformat()]
    return reverse("meetings:agreed_changes", args=args) + query


def save(instance: Any, by: Any = None) -> None:
    save_with_history(instance, by=by, reason="Corrected before agreement")


def agree(meeting: Meeting) -> Meeting:
    return record_agree(meeting=meeting, at_meeting=next_meeting(meeting), by=None)


def edit_after_circulation(meeting: Meeting, text: str) -> Meeting:
    """An edit while circulated, as an administrator's correction is recorded, then agreement."""
    paragraph = paragraph_1_1()
    paragraph.text = text
    save(paragraph)
    return agree(meeting)


def test_it_says_a_draft_is_not_agreed_yet(seed_meeting: Meeting, secretariat: Any) -> None:
    html = html_for(secretariat, changes_url(seed_meeting))
    assert "This record has not been agreed yet (it is draft)." in html


def test_it_says_a_circulated_record_is_not_agreed_yet(
    circulated_meeting: Meeting, board_member: Any
) -> None:
    html = html_for(board_member, changes_url(circulated_meeting))
    assert "This record has not been agreed yet (it is circulated)." in html


def test_it_says_when_the_record_was_agreed_as_circulated(
    published_meeting: Meeting, board_member: Any
) -> None:
    html = html_for(board_member, changes_url(published_meeting))
    assert "No paragraph changed: all 17 were agreed as circulated." in html


def test_it_shows_a_paragraph_edited_between_circulation_and_agreement(
    circulated_meeting: Meeting, board_member: Any
) -> None:
    text = paragraph_1_1().text.replace("were agreed", "were approved")
    meeting = edit_after_circulation(circulated_meeting, text)
    html = html_for(board_member, changes_url(meeting))
    assert '<h2 id="change-1-heading" class="h4">Paragraph 1.1: changed</h2>' in html
    assert "[removed:</span> agreed<" in html
    assert "[added:</span> approved<" in html


def test_it_counts_the_paragraphs_agreed_as_circulated(
    circulated_meeting: Meeting, board_member: Any
) -> None:
    meeting = edit_after_circulation(circulated_meeting, "Agreed.")
    html = html_for(board_member, changes_url(meeting))
    assert "1 paragraph changed; 16 were agreed as circulated." in html


def test_it_shows_a_paragraph_added_after_circulation(
    circulated_meeting: Meeting, secretariat: Any
) -> None:
    section = Section.objects.get(meeting=circulated_meeting, title="Minutes")
    save(Paragraph(section=section, position=2, number=2, text="Late news."))
    html = html_for(secretariat, changes_url(agree(circulated_meeting)))
    assert "Paragraph 1.2: added" in html
    assert "[added:</span> Late news.<" in html


def test_it_shows_a_paragraph_removed_after_circulation(
    circulated_meeting: Meeting, secretariat: Any
) -> None:
    paragraph_1_1().delete()
    html = html_for(secretariat, changes_url(agree(circulated_meeting)))
    assert "Paragraph 1.1: removed" in html


def test_it_compares_the_draft_first_circulated(seed_meeting: Meeting, secretariat: Any) -> None:
    """Reworked in draft and circulated again: what changed since the attendees first saw it."""
    meeting = record_circulate(meeting=seed_meeting, by=None)
    meeting = record_return_to_draft(meeting=meeting, by=None, reason="Reworded 1.1")
    paragraph = paragraph_1_1()
    paragraph.text = "Agreed."
    save(paragraph)
    meeting = agree(record_circulate(meeting=meeting, by=None))
    html = html_for(secretariat, changes_url(meeting))
    assert "Paragraph 1.1: changed" in html


def test_it_compares_the_last_circulation_when_asked(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    meeting = record_circulate(meeting=seed_meeting, by=None)
    meeting = record_return_to_draft(meeting=meeting, by=None, reason="Reworded 1.1")
    paragraph = paragraph_1_1()
    paragraph.text = "Agreed."
    save(paragraph)
    meeting = record_circulate(meeting=meeting, by=None)
    last = meeting.history.latest("history_date").history_id
    meeting = agree(meeting)
    html = html_for(secretariat, changes_url(meeting, f"?circulated={last}"))
    assert "No paragraph changed" in html


def test_it_answers_400_for_a_circulation_that_is_not_one(
    published_meeting: Meeting, secretariat: Any
) -> None:
    response = client_for(secretariat).get(changes_url(published_meeting, "?circulated=0"))
    assert response.status_code == 400


def test_it_answers_404_to_an_outsider_for_a_draft(seed_meeting: Meeting, outsider: Any) -> None:
    assert client_for(outsider).get(changes_url(seed_meeting)).status_code == 404


def test_it_answers_404_to_an_action_owner_for_a_circulated_record(
    circulated_meeting: Meeting, action_owner: Any
) -> None:
    assert client_for(action_owner).get(changes_url(circulated_meeting)).status_code == 404


def test_it_answers_403_to_an_action_owner_for_a_published_record(
    published_meeting: Meeting, action_owner: Any
) -> None:
    assert client_for(action_owner).get(changes_url(published_meeting)).status_code == 403


def test_it_answers_403_to_an_outsider_for_a_published_record(
    published_meeting: Meeting, outsider: Any
) -> None:
    assert client_for(outsider).get(changes_url(published_meeting)).status_code == 403


@pytest.mark.parametrize("changes", [1, 10])
def test_it_runs_the_same_queries_whatever_the_changes(
    circulated_meeting: Meeting, secretariat: Any, django_assert_num_queries: Any, changes: int
) -> None:
    for n in range(changes):
        paragraph = paragraph_1_1() if n == 0 else Paragraph.objects.get(text=f"Version {n - 1}.")
        paragraph.text = f"Version {n}."
        save(paragraph)
    meeting = agree(circulated_meeting)
    client = client_for(secretariat)
    # Session (1), the user with their memberships and whether an action names them (1: one
    # statement, accounts.backends), the record (1), the record's history (1: when it was
    # circulated and agreed), its sections' and paragraphs' (2); no session write (its last
    # activity moved under a minute ago).
    with django_assert_num_queries(6):
        assert client.get(changes_url(meeting)).status_code == 200
