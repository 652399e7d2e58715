"""A paragraph's versions, any two compared word by word."""

from typing import Any

import pytest
from django.urls import reverse

from meetings.history.diff import Segment, word_diff
from meetings.models import Meeting, Paragraph
from prob.history import save_with_history
from tests.conftest import client_for, html_for, next_meeting, paragraph_1_1


def versions_url(meeting: Meeting, paragraph: Paragraph, query: str = "") -> str:
    args = [meeting.board.slug, meeting.date.isoformat(), paragraph.pk]
    return reverse("meetings:paragraph_history", args=args) + query


def edit(paragraph: Paragraph, text: str, by: Any = None, reason: str = "") -> int:
    """Changes the text as the editor would, and gives the new version's history id."""
    paragraph.text = text
    save_with_history(paragraph, by=by, reason=reason)
    return paragraph.history.latest("history_date").history_id


def first_version(paragraph: Paragraph) -> int:
    return paragraph.history.earliest("history_date").history_id


# --- Word by word -------------------------------------------------------------------------------


def test_it_marks_words_removed_and_added() -> None:
    assert word_diff("the quick brown fox", "the slow brown fox") == [
        Segment("same", "the "),
        Segment("removed", "quick"),
        Segment("same", " "),
        Segment("added", "slow"),
        Segment("same", " brown fox"),
    ]


def test_it_keeps_punctuation_apart_from_words() -> None:
    assert word_diff("The cat sat.", "The cat sat on the mat.") == [
        Segment("same", "The cat sat "),
        Segment("added", "on the mat"),
        Segment("same", "."),
    ]


def test_it_finds_nothing_to_mark_in_the_same_text() -> None:
    assert word_diff("Agreed as a true record.", "Agreed as a true record.") == [
        Segment("same", "Agreed as a true record.")
    ]


# --- The page -----------------------------------------------------------------------------------


def test_it_compares_the_latest_change_by_default(seed_meeting: Meeting, secretariat: Any) -> None:
    paragraph = paragraph_1_1()
    edit(paragraph, "The minutes of the 28 April 2023 meeting were agreed.")
    html = html_for(secretariat, versions_url(seed_meeting, paragraph))
    assert "<h1>Versions of paragraph 1.1</h1>" in html
    assert "What changed from version 1 to version 2" in html


def test_it_marks_deletions_and_insertions_with_words_as_well_as_colour(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    paragraph = paragraph_1_1()
    edit(paragraph, paragraph.text.replace("were agreed", "were approved"))
    html = html_for(secretariat, versions_url(seed_meeting, paragraph))
    assert '<span class="d-inline-block fw-semibold small">[removed:</span> agreed<' in html
    assert '<span class="d-inline-block fw-semibold small">[added:</span> approved<' in html


def test_it_uses_del_and_ins_for_what_changed(seed_meeting: Meeting, secretariat: Any) -> None:
    paragraph = paragraph_1_1()
    edit(paragraph, paragraph.text.replace("were agreed", "were approved"))
    html = html_for(secretariat, versions_url(seed_meeting, paragraph))
    assert html.count('<del class="diff-removed') == 1
    assert html.count('<ins class="diff-added') == 1


def test_it_compares_any_two_versions(seed_meeting: Meeting, secretariat: Any) -> None:
    paragraph = paragraph_1_1()
    first = first_version(paragraph)
    edit(paragraph, "Second.")
    third = edit(paragraph, "Third.")
    html = html_for(secretariat, versions_url(seed_meeting, paragraph, f"?from={first}&to={third}"))
    assert "What changed from version 1 to version 3" in html
    assert f'<option value="{third}" selected>' in html


def test_it_lists_each_version_with_who_wrote_it_and_why(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    paragraph = paragraph_1_1()
    edit(paragraph, "Agreed.", by=secretariat, reason="Shorter")
    html = html_for(secretariat, versions_url(seed_meeting, paragraph))
    assert "<td>Sam Clerk, MOPAC</td><td>Shorter</td>" in html
    assert secretariat.email not in html


def test_it_says_when_a_paragraph_has_one_version(seed_meeting: Meeting, secretariat: Any) -> None:
    html = html_for(secretariat, versions_url(seed_meeting, paragraph_1_1()))
    assert "The text has not changed since the paragraph was written." in html


def test_it_answers_400_for_a_version_of_another_paragraph(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    other = Paragraph.objects.exclude(pk=paragraph_1_1().pk).first()
    assert other is not None
    url = versions_url(seed_meeting, paragraph_1_1(), f"?from={first_version(other)}")
    assert client_for(secretariat).get(url).status_code == 400


def test_it_answers_404_for_a_paragraph_of_another_record(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    url = versions_url(next_meeting(seed_meeting), paragraph_1_1())
    assert client_for(secretariat).get(url).status_code == 404


def test_it_answers_404_for_no_such_paragraph(seed_meeting: Meeting, secretariat: Any) -> None:
    url = versions_url(seed_meeting, Paragraph(pk=999_999))
    assert client_for(secretariat).get(url).status_code == 404


def test_it_answers_404_to_an_outsider_for_a_draft(seed_meeting: Meeting, outsider: Any) -> None:
    url = versions_url(seed_meeting, paragraph_1_1())
    assert client_for(outsider).get(url).status_code == 404


def test_it_answers_404_to_an_action_owner_for_a_draft(
    seed_meeting: Meeting, action_owner: Any
) -> None:
    url = versions_url(seed_meeting, paragraph_1_1())
    assert client_for(action_owner).get(url).status_code == 404


def test_it_answers_403_to_an_action_owner_for_a_published_record(
    published_meeting: Meeting, action_owner: Any
) -> None:
    url = versions_url(published_meeting, paragraph_1_1())
    assert client_for(action_owner).get(url).status_code == 403


def test_it_shows_a_board_member_a_circulated_paragraph(
    circulated_meeting: Meeting, board_member: Any
) -> None:
    html = html_for(board_member, versions_url(circulated_meeting, paragraph_1_1()))
    assert "<h1>Versions of paragraph 1.1</h1>" in html


@pytest.mark.parametrize("changes", [1, 10])
def test_it_runs_the_same_queries_whatever_the_versions(
    seed_meeting: Meeting, secretariat: Any, django_assert_num_queries: Any, changes: int
) -> None:
    paragraph = paragraph_1_1()
    for n in range(changes):
        edit(paragraph, f"Version {n}.", by=secretariat)
    client = client_for(secretariat)
    # Session (1), the user with their memberships and whether an action names them (1: one
    # statement, accounts.backends), the record (1), the record's sections' history (1: where
    # the paragraph belongs, and its section's number) and the paragraph's (1); no session
    # write (its last activity moved under a minute ago).
    with django_assert_num_queries(5):
        assert client.get(versions_url(seed_meeting, paragraph)).status_code == 200
