"""A signed-in reader's record page keeps its body (`{% kept "record" %}`, meetings/fragments.py)
per record revision, render version and view (`kept_view`): each kind of reader sees exactly
the page made from nothing, never another kind's, and a change to the record or a deploy makes
it anew."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from meetings import fragments
from meetings.models import Meeting, Paragraph
from meetings.services import record_amend_paragraph
from meetings.services.comments import comment_add
from tests.conftest import client_for, next_meeting
from tests.meetings import test_fragments, test_render_version
from tests.meetings.test_render_version import NOTICE, notices
from tests.test_restricted import SECRETS, leaked


def url(meeting: Meeting, query: str = "") -> str:
    page = reverse("meetings:record", args=[meeting.board.slug, meeting.date.isoformat()])
    return page + query


def tokens(page: str) -> set[str]:
    return set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', page))


def tokenless(page: str) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", page)


def from_nothing(client: Client, address: str) -> str:
    """The page as made with nothing kept: no shared cache, no process's copies."""
    cache.clear()
    fragments.forget()
    return client.get(address).text


def viewer(kind: str, request: pytest.FixtureRequest) -> tuple[Client, str]:
    """A client for one kind of reader, and the query its page is read with."""
    if kind == "preview":
        return client_for(request.getfixturevalue("secretariat")), "?preview=public"
    user = {"member": "board_member", "secretariat": "secretariat", "outsider": "outsider"}[kind]
    return client_for(request.getfixturevalue(user)), ""


# A deploy of a changed record template; the kept parts made (not served as kept), by name.
deploy = test_render_version.deploy
made = test_fragments.made

KINDS = ("member", "secretariat", "preview", "outsider")


@pytest.mark.parametrize("kind", KINDS)
def test_each_reader_is_served_the_page_made_from_nothing(
    restricted_meeting: Meeting, kind: str, request: pytest.FixtureRequest, made: list[str]
) -> None:
    client, query = viewer(kind, request)
    first = client.get(url(restricted_meeting, query))
    assert first.status_code == 200
    assert len(made) == 1
    second = client.get(url(restricted_meeting, query)).text
    assert len(made) == 1, "the second request made the body again"
    assert tokenless(second) == tokenless(first.text)
    assert tokenless(second) == tokenless(from_nothing(client, url(restricted_meeting, query)))
    # One token a page, the page's own, in the kept body too.
    assert len(tokens(second)) == 1 and tokens(second) != tokens(first.text)
    assert fragments.CSRF_PLACE not in second


def test_no_reader_is_served_another_kinds_body(
    restricted_meeting: Meeting, request: pytest.FixtureRequest, made: list[str]
) -> None:
    pages = {}
    for kind in (*KINDS, "member"):
        client, query = viewer(kind, request)
        pages[kind] = client.get(url(restricted_meeting, query)).text
    # One body for each kind (the member's second request served the first's).
    assert made == ["record"] * len(KINDS)
    # Each as made for that kind alone.
    for kind in KINDS:
        client, query = viewer(kind, request)
        alone = from_nothing(client, url(restricted_meeting, query))
        assert tokenless(pages[kind]) == tokenless(alone), kind
    assert set(leaked(pages["member"])) == set(SECRETS)
    assert set(leaked(pages["secretariat"])) == set(SECRETS)
    assert leaked(pages["preview"]) == leaked(pages["outsider"]) == []
    assert "Amend<span" in pages["secretariat"]
    assert all("Amend<span" not in pages[kind] for kind in ("member", "preview", "outsider"))
    assert "Preview of the public version" in pages["preview"]
    assert "Preview of the public version" not in pages["secretariat"]
    assert "History<span" in pages["member"] and "History<span" not in pages["outsider"]


def test_comments_are_shown_to_each_reader_as_theirs(
    circulated_meeting: Meeting, board_member: Any, secretariat: Any, made: list[str]
) -> None:
    """A circulated record: every member gets a comment form (with their own page's token) and
    the thread; the secretariat alone a button to resolve it."""
    member, clerk = client_for(board_member), client_for(secretariat)
    member.get(url(circulated_meeting))
    paragraph = Paragraph.objects.filter(section__meeting=circulated_meeting).first()
    comment_add(paragraph=paragraph, author=board_member, text="Please name the borough.")
    made.clear()
    pages = {
        "member": member.get(url(circulated_meeting)).text,
        "clerk": clerk.get(url(circulated_meeting)).text,
        "member again": member.get(url(circulated_meeting)).text,
    }
    # The member's body made anew for the comment, then served kept; the clerk's, which offers
    # the record's steps, made for each request (below).
    assert len(made) == 1
    for name, page in pages.items():
        assert "Please name the borough." in page, name
        assert "<summary>Comment on" in page, name
        assert len(tokens(page)) == 1, name
    assert "Mark resolved" in pages["clerk"]
    assert "Mark resolved" not in pages["member"]
    assert tokenless(pages["member"]) == tokenless(pages["member again"])
    assert tokens(pages["member"]) != tokens(pages["member again"])
    assert tokenless(pages["member"]) == tokenless(from_nothing(member, url(circulated_meeting)))


def test_a_page_offering_a_step_lists_what_moved_no_revision(
    circulated_meeting: Meeting, secretariat: Any, made: list[str]
) -> None:
    """The secretariat's page with the record's steps is made for each request: Agree lists
    the board's later meetings, and a new one moves no revision of this record."""
    clerk = client_for(secretariat)
    assert "Return to draft" in clerk.get(url(circulated_meeting)).text
    later = next_meeting(circulated_meeting)
    page = clerk.get(url(circulated_meeting)).text
    assert later.date.strftime("%-d %B %Y") in page
    assert made == []


def test_a_change_to_the_record_makes_the_body_anew(
    restricted_meeting: Meeting, board_member: Any, secretariat: Any, made: list[str]
) -> None:
    member = client_for(board_member)
    assert "discussed the published performance figures" in member.get(url(restricted_meeting)).text
    paragraph = Paragraph.objects.get(
        section__meeting=restricted_meeting, text__startswith="The board disc"
    )
    record_amend_paragraph(
        paragraph=paragraph, text="The board noted the figures.", by=secretariat, reason="Fix"
    )
    made.clear()
    page = member.get(url(restricted_meeting)).text
    assert len(made) == 1
    assert "The board noted the figures." in page
    assert "discussed the published performance figures" not in page
    assert tokenless(page) == tokenless(from_nothing(member, url(restricted_meeting)))


def test_a_deploy_makes_the_body_anew(
    restricted_meeting: Meeting,
    board_member: Any,
    deploy: Any,
    made: list[str],
) -> None:
    member = client_for(board_member)
    before = member.get(url(restricted_meeting))
    deploy()
    made.clear()
    after = member.get(url(restricted_meeting))
    assert (notices(before), notices(after)) == ([], [NOTICE])
    assert len(made) == 1


def test_a_refused_comment_is_shown_in_a_body_made_for_it(
    circulated_meeting: Meeting, board_member: Any, made: list[str]
) -> None:
    member = client_for(board_member)
    member.get(url(circulated_meeting))
    paragraph = Paragraph.objects.filter(section__meeting=circulated_meeting).first()
    address = reverse(
        "meetings:comment_add",
        args=[circulated_meeting.board.slug, circulated_meeting.date.isoformat(), paragraph.pk],
    )
    made.clear()
    refused = member.post(address, {"text": ""})
    assert refused.status_code == 400
    assert "was not sent" in refused.text
    assert made == []  # made for this request, never kept
    # The kept body is as it was: no error in it.
    assert "was not sent" not in member.get(url(circulated_meeting)).text
