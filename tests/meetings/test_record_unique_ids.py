"""Every id on a page that shows a record is one element's, where minutes numbered two items or
two actions alike (QA F15: an import with two sections numbered 1 gave two landmarks named
alike and two elements with id "section-1-heading", on the record page, signed in and public)."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest
from django.urls import reverse

from meetings.models import Action, Meeting, Paragraph, Section
from tests.conftest import client_for, publish


def twice_numbered(meeting: Meeting) -> None:
    """The record given a second section numbered 1, holding an action numbered as one there."""
    first = meeting.sections.order_by("position").first()
    assert first is not None
    again = Section.objects.create(
        meeting=meeting,
        position=meeting.sections.count() + 1,
        number=first.number,
        title="Minutes again",
    )
    paragraph = Paragraph.objects.create(section=again, position=1, number=1, text="Agreed.")
    number = Action.objects.filter(paragraph__section__meeting=meeting).first()
    assert number is not None
    Action.objects.create(paragraph=paragraph, position=1, number=number.number, text="Report.")


def duplicated_ids(html: str) -> list[str]:
    counts = Counter(re.findall(r'\sid="([^"]+)"', html))
    return [name for name, n in counts.items() if n > 1]


def test_the_draft_and_its_editor_have_each_id_once(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    twice_numbered(seed_meeting)
    client = client_for(secretariat)
    record = client.get(seed_meeting.get_absolute_url()).content.decode()
    assert record.count('aria-labelledby="section-1') == 2
    assert duplicated_ids(record) == []
    editor = reverse(
        "meetings:editor", args=[seed_meeting.board.slug, seed_meeting.date.isoformat()]
    )
    assert duplicated_ids(client.get(editor).content.decode()) == []


@pytest.mark.parametrize("signed_in", [False, True])
def test_the_published_record_has_each_id_once(
    seed_meeting: Meeting, secretariat: Any, signed_in: bool
) -> None:
    twice_numbered(seed_meeting)
    publish(seed_meeting)
    client = client_for(secretariat if signed_in else None)
    assert duplicated_ids(client.get(seed_meeting.get_absolute_url()).content.decode()) == []
