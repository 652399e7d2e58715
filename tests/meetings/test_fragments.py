"""A record page's paragraphs, and the editor's attendees and sections, are laid out once per
record revision and render version (`meetings.fragments`), and never shown to anyone whose view
of them differs."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core.cache import cache

from actions.services import action_close
from meetings import artefacts, fragments
from meetings.models import Action, Meeting, Paragraph
from meetings.services import record_amend_paragraph
from tests.addresses import editor_url, record_url
from tests.conftest import client_for
from tests.test_restricted import SECRETS, leaked


def test_it_shows_a_member_the_record_as_amended(
    meeting: Meeting, board_member: Any, secretariat: Any
) -> None:
    member = client_for(board_member)
    assert "discussed the published performance figures" in member.get(record_url(meeting)).text
    paragraph = Paragraph.objects.get(section__meeting=meeting, text__startswith="The board disc")
    record_amend_paragraph(
        paragraph=paragraph, text="The board noted the figures.", by=secretariat, reason="Fix"
    )
    page = member.get(record_url(meeting)).text
    assert "The board noted the figures." in page
    assert "discussed the published performance figures" not in page


def test_it_never_shows_the_public_what_members_were_shown(
    meeting: Meeting, board_member: Any
) -> None:
    assert set(leaked(client_for(board_member).get(record_url(meeting)).text)) == set(SECRETS)
    # The public's page, made after the members' paragraphs were kept.
    assert leaked(client_for(None).get(record_url(meeting)).text) == []


def test_it_shows_the_secretariat_its_links_and_a_member_none(
    meeting: Meeting, board_member: Any, secretariat: Any
) -> None:
    client_for(board_member).get(record_url(meeting))
    assert "Amend<span" in client_for(secretariat).get(record_url(meeting)).text
    assert "Amend<span" not in client_for(board_member).get(record_url(meeting)).text


def test_it_lays_the_paragraphs_out_once(
    meeting: Meeting, board_member: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    member = client_for(board_member)
    assert member.get(record_url(meeting)).status_code == 200
    laid_out: list[str] = []
    real = fragments._lay_out

    def counting(*args: Any, **kwargs: Any) -> Any:
        laid_out.append("paragraph")
        return real(*args, **kwargs)

    monkeypatch.setattr("meetings.fragments._lay_out", counting)
    assert "discussed the published performance figures" in member.get(record_url(meeting)).text
    assert laid_out == []


def test_a_tracking_change_lays_out_only_its_paragraph_again(
    meeting: Meeting, board_member: Any, secretariat: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new revision (here an action's status: the page shows it at once) makes the page
    anew from the paragraphs that did not change: only the action's paragraph is rendered."""
    member = client_for(board_member)
    assert member.get(record_url(meeting)).status_code == 200
    action = Action.objects.filter(paragraph__section__meeting=meeting).first()
    assert action is not None
    laid_out: list[int] = []
    real = fragments._lay_out

    def counting(template: Any, context: Any, paragraph: Any) -> Any:
        laid_out.append(paragraph.id)
        return real(template, context, paragraph)

    monkeypatch.setattr("meetings.fragments._lay_out", counting)
    action_close(action=action, by=secretariat, at_meeting=meeting)
    page = member.get(record_url(meeting)).text
    assert laid_out == [action.paragraph_id]
    number = re.escape(f'id="action-{action.number}"')
    assert re.search(number + r".*?Status: Closed", page, re.S)
    # The same page as one laid out from nothing.
    fragments.forget()
    cache.clear()
    assert _tokenless(member.get(record_url(meeting)).text) == _tokenless(page)


def _tokenless(page: str) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", page)


# --- The editor's attendees and sections, kept per revision (`{% kept %}`) -------------------


def tokens(page: str) -> set[str]:
    return set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', page))


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The kept parts made (not served as kept), by name."""
    names: list[str] = []
    real = artefacts.near

    def spying(key: str, make: Any) -> Any:
        def counted() -> Any:
            if key.startswith("kept:"):
                names.append(key.split(":")[1])
            return make()

        return real(key, counted)

    monkeypatch.setattr("meetings.artefacts.near", spying)
    return names


def test_the_editor_keeps_its_parts_with_each_pages_own_token(
    seed_meeting: Meeting, clerk: Any, made: list[str]
) -> None:
    first = clerk.get(editor_url(seed_meeting)).text
    assert sorted(made) == ["editor-attendees", "editor-sections"]
    made.clear()
    second = clerk.get(editor_url(seed_meeting)).text
    assert made == []
    # One token a page, in every form of it, kept parts included; never another page's.
    assert len(tokens(first)) == 1 and len(tokens(second)) == 1
    assert tokens(first) != tokens(second)
    assert fragments.CSRF_PLACE not in second
    assert second.count("csrfmiddlewaretoken") == first.count("csrfmiddlewaretoken")


def test_the_editor_makes_its_parts_anew_after_a_change(
    seed_meeting: Meeting, clerk: Any, made: list[str]
) -> None:
    clerk.get(editor_url(seed_meeting))
    target = Paragraph.objects.filter(section__meeting=seed_meeting).first()
    clerk.post(
        editor_url(seed_meeting, "paragraph-update"),
        {"target": target.pk, "text": "A paragraph written anew.", "version": target.version},
    )
    made.clear()
    assert "A paragraph written anew." in clerk.get(editor_url(seed_meeting)).text
    assert sorted(made) == ["editor-attendees", "editor-sections"]


def test_the_editor_makes_its_parts_anew_when_the_shared_cache_lost_them(
    seed_meeting: Meeting, clerk: Any, made: list[str]
) -> None:
    clerk.get(editor_url(seed_meeting))
    made.clear()
    cache.clear()  # this process still holds them: it must not serve what the cache lost
    clerk.get(editor_url(seed_meeting))
    assert sorted(made) == ["editor-attendees", "editor-sections"]


def test_the_editor_with_a_part_open_keeps_nothing(
    seed_meeting: Meeting, clerk: Any, made: list[str]
) -> None:
    target = Paragraph.objects.filter(section__meeting=seed_meeting).first()
    page = clerk.get(editor_url(seed_meeting) + f"?edit=paragraph:{target.pk}").text
    assert 'id="edit-text"' in page
    assert made == []
