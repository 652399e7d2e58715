"""An imported draft keeps references as written (issue 15), which edits do not renumber: the
editor says so and offers "Renumber in order" (QA report item 11), which gives every section
and paragraph PROB's number in the order they stand, in one transaction, each reference given
up written into the history with who did it; a record already numbered by PROB offers none,
and a record past draft is refused."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from lxml import html as lxml_html

from meetings.models import Meeting, Paragraph, Section
from meetings.services import editing
from tests.conftest import client_for, import_record
from tests.meetings.test_references_as_written import MINUTES


@pytest.fixture
def written(secretariat: Any) -> Meeting:
    meeting = import_record(MINUTES, board=secretariat.person.memberships.get().board)
    return meeting


def editor(meeting: Meeting, user: Any) -> lxml_html.HtmlElement:
    url = reverse("meetings:editor", args=[meeting.board.slug, meeting.date.isoformat()])
    response = client_for(user).get(url)
    assert response.status_code == 200
    return lxml_html.fromstring(response.content)


def refs(meeting: Meeting) -> list[str]:
    return [
        p.ref
        for p in Paragraph.objects.filter(section__meeting=meeting)
        .select_related("section")
        .order_by("section__position", "position")
    ]


def offer(page: lxml_html.HtmlElement) -> list[Any]:
    return page.xpath("//form[contains(@class, 'written-references')]")


def test_the_editor_says_the_numbers_are_as_written_and_renumbers_them(
    written: Meeting, secretariat: Any
) -> None:
    assert "(a)" in refs(written)
    (form,) = offer(editor(written, secretariat))
    assert "as written in the imported minutes" in form.text_content()
    response = client_for(secretariat).post(form.get("action"))
    assert response.status_code == 302
    assert not Paragraph.objects.filter(section__meeting=written).exclude(label="").exists()
    assert not Section.objects.filter(meeting=written).exclude(label="").exists()
    sections = list(Section.objects.filter(meeting=written).order_by("position"))
    assert [s.ref for s in sections] == [str(n) for n in range(1, len(sections) + 1)]
    last = sections[-1]
    assert [p.ref for p in last.paragraphs.order_by("position")][:2] == [
        f"{last.number}.1",
        f"{last.number}.2",
    ]
    # Each reference given up is in the history, with who and what it was.
    row = Paragraph.history.filter(history_change_reason__contains="(was '(a)'").get()
    assert row.history_user == secretariat
    # Now numbered by PROB: no offer.
    assert offer(editor(written, secretariat)) == []


def test_it_changes_nothing_when_there_is_nothing_as_written(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    assert offer(editor(seed_meeting, secretariat)) == []
    with pytest.raises(ValidationError, match="already follow"):
        editing.record_renumber_in_order(meeting=seed_meeting, by=secretariat)


def test_it_is_refused_past_draft_changing_nothing(written: Meeting, secretariat: Any) -> None:
    Meeting.objects.filter(pk=written.pk).update(status=Meeting.Status.CIRCULATED)
    written.refresh_from_db()
    before = refs(written)
    with pytest.raises(ValidationError):
        editing.record_renumber_in_order(meeting=written, by=secretariat)
    assert refs(written) == before


def test_a_board_member_cannot_renumber(written: Meeting, board_member: Any) -> None:
    url = reverse("meetings:edit", args=[written.board.slug, written.date.isoformat(), "renumber"])
    assert client_for(board_member).post(url).status_code in (403, 404)
    assert "(a)" in refs(written)
