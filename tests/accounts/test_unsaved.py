"""A form sent after the session expired is kept for after sign-in (`prob.unsaved`), and
given back only to the person who was signed in on this browser: on a shared browser, the next
person to sign in never sees it."""

from typing import Any

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from actions.views import mine, pages
from meetings.models import Meeting, Membership, Organisation, Paragraph
from meetings.views import editor
from prob import unsaved
from tests.addresses import editor_url
from tests.conftest import PASSWORD, make_user

TYPED = "Typed before the session ran out."


@pytest.fixture
def other_clerk(seed_meeting: Meeting) -> Any:
    """A second secretariat officer on the same board: they may open the same editor."""
    return make_user(
        "other.clerk@mopac.example",
        person_name="Alex Clerk",
        organisation=Organisation.objects.get(short_name="MOPAC"),
        board=seed_meeting.board,
        role=Membership.Role.SECRETARIAT,
    )


def sign_in_as(client: Client, user: Any) -> None:
    """Signed in as `user`, and it must work (the sign-in tests' `sign_in` returns the answer)."""
    response = client.post(reverse("login"), {"username": user.email, "password": PASSWORD})
    assert response.status_code == 302


def type_after_expiry(client: Client, meeting: Meeting) -> None:
    """The session runs out (the browser drops its cookie), then the form is sent."""
    client.cookies.pop(settings.SESSION_COOKIE_NAME, None)
    target = Paragraph.objects.filter(section__meeting=meeting).first()
    client.post(
        editor_url(meeting, "paragraph-update"),
        {"target": target.pk, "text": TYPED, "version": "1"},
    )


@pytest.mark.parametrize(("next_in", "sees_it"), [("secretariat", True), ("other_clerk", False)])
def test_it_gives_the_form_back_only_to_who_typed_it(
    seed_meeting: Meeting, request: pytest.FixtureRequest, next_in: str, sees_it: bool
) -> None:
    client = Client()
    sign_in_as(client, request.getfixturevalue("secretariat"))
    type_after_expiry(client, seed_meeting)
    sign_in_as(client, request.getfixturevalue(next_in))
    assert (TYPED in client.get(editor_url(seed_meeting)).text) == sees_it


def test_it_keeps_a_form_sent_after_signing_out_for_no_one(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    client = Client()
    sign_in_as(client, secretariat)
    client.post(reverse("logout"))
    type_after_expiry(client, seed_meeting)
    sign_in_as(client, secretariat)
    assert TYPED not in client.get(editor_url(seed_meeting)).text


def test_it_covers_every_form_kept_for_after_sign_in() -> None:
    # Sign-in finds the kept forms by their prefix: a key without it would reach anyone.
    keys = [editor.UNSAVED, mine.UNSAVED, pages.UNSAVED]  # each view's own name for it
    assert all(key.startswith(unsaved.PREFIX) for key in keys)
