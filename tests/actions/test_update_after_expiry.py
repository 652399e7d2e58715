"""QA T-1: an update sent from an action's page after the session expired is kept for its
owner and comes back on the action's page after sign-in (prob.unsaved); and no form posted
when signed out sends anyone, after sign-in, to an address that answers only a POST."""

from typing import Any

from django.conf import settings
from django.test import Client
from django.urls import reverse

from actions.models import ActionUpdate
from meetings.models import Action
from tests.conftest import PASSWORD

TYPED = "Typed before the session expired."


def test_it_keeps_an_update_sent_after_expiry_and_gives_it_back_on_the_action_page(
    action: Action, action_owner: Any
) -> None:
    client = Client()
    client.post(reverse("login"), {"username": action_owner.email, "password": PASSWORD})
    client.cookies.pop(settings.SESSION_COOKIE_NAME)  # the session runs out
    posted = client.post(
        reverse("actions:post_update", args=[action.pk]),
        {"text": TYPED, "version": action.version},
    )
    page = reverse("actions:detail", args=[action.pk])
    assert posted["Location"] == f"{reverse('login')}?next={page}"
    signed_in = client.post(
        reverse("login") + f"?next={page}",
        {"username": action_owner.email, "password": PASSWORD, "next": page},
    )
    assert signed_in["Location"] == page
    html = client.get(page).text
    assert TYPED in html
    assert "You were signed out before your update was saved" in html
    assert not ActionUpdate.objects.exists()
    # Given back once: the next visit shows an empty box.
    assert TYPED not in client.get(page).text


def test_a_post_only_address_is_never_where_sign_in_comes_back_to(db: None) -> None:
    # A form on the account page posting to a POST-only address, sent when signed out.
    page = reverse("account")
    response = Client().post(
        reverse("calendar_address_new"), HTTP_REFERER=f"http://testserver{page}"
    )
    assert response["Location"] == f"{reverse('login')}?next={page}"
