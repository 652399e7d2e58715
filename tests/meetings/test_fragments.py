"""A record page's paragraphs are laid out once per record revision and render version
(`meetings.fragments`), and never shown to anyone whose view of them differs."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from meetings import fragments
from meetings.models import Meeting, Paragraph
from meetings.services import record_amend_paragraph
from tests.conftest import client_for, import_record, publish
from tests.test_restricted import RESTRICTED_RECORD, SECRETS, leaked


@pytest.fixture
def meeting(db: None) -> Meeting:
    return publish(import_record(RESTRICTED_RECORD))


def url(meeting: Meeting) -> str:
    return reverse("meetings:record", args=[meeting.board.slug, meeting.date.isoformat()])


def test_it_shows_a_member_the_record_as_amended(
    meeting: Meeting, board_member: Any, secretariat: Any
) -> None:
    member = client_for(board_member)
    assert "discussed the published performance figures" in member.get(url(meeting)).text
    paragraph = Paragraph.objects.get(section__meeting=meeting, text__startswith="The board disc")
    record_amend_paragraph(
        paragraph=paragraph, text="The board noted the figures.", by=secretariat, reason="Fix"
    )
    page = member.get(url(meeting)).text
    assert "The board noted the figures." in page
    assert "discussed the published performance figures" not in page


def test_it_never_shows_the_public_what_members_were_shown(
    meeting: Meeting, board_member: Any
) -> None:
    assert set(leaked(client_for(board_member).get(url(meeting)).text)) == set(SECRETS)
    # The public's page, made after the members' paragraphs were kept.
    assert leaked(client_for(None).get(url(meeting)).text) == []


def test_it_shows_the_secretariat_its_links_and_a_member_none(
    meeting: Meeting, board_member: Any, secretariat: Any
) -> None:
    client_for(board_member).get(url(meeting))
    assert "Amend<span" in client_for(secretariat).get(url(meeting)).text
    assert "Amend<span" not in client_for(board_member).get(url(meeting)).text


def test_it_lays_the_paragraphs_out_once(
    meeting: Meeting, board_member: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    member = client_for(board_member)
    assert member.get(url(meeting)).status_code == 200
    laid_out: list[str] = []
    real = fragments._lay_out

    def counting(*args: Any, **kwargs: Any) -> Any:
        laid_out.append("paragraph")
        return real(*args, **kwargs)

    monkeypatch.setattr("meetings.fragments._lay_out", counting)
    assert "discussed the published performance figures" in member.get(url(meeting)).text
    assert laid_out == []
