"""Forms sent after a session expired: kept for the person who typed them, and no one else.

A view that receives a form from someone whose session has expired keeps what was typed in
the session, under a key that starts with `PREFIX` (the editor's "unsaved_edit", an action
owner's "unsaved_action_updates"), sends them to sign in, and gives it back once they have.

The browser may be shared, and the session cannot say who typed the form: it had expired.
So signing in on the sign-in page leaves a signed cookie naming who signed in on this browser
(`signed_in_here`), and the next sign-in hands kept forms on only to that same person
(`unsaved_keep_only_for`); anyone else signs in without them, and they are gone. Signing out
removes the cookie (`signed_out_here`): a form sent after that belongs to no one.

One home for the rule: a view that takes a form calls `keep_and_sign_in` when its sender is not
signed in (what was typed is kept under the view's key, with what it belongs to, and the sign-in
page comes back to the PAGE the form was on, never to the address it posted to, which answers
only a POST), and that page calls `take_kept` to fill its form again after sign-in.
"""

import datetime
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, QueryDict

PREFIX = "unsaved_"
COOKIE = "prob_signed_in_as"
_SALT = "accounts.unsaved"  # as when it lived in accounts: forms kept before still open
# Longer than any session lasts (each request renews one), so that the cookie is still there
# when a session runs out.
COOKIE_AGE = datetime.timedelta(days=400)


# Said on the page that gives back what was kept.
KEPT_MESSAGE = (
    "You were signed out before {what} saved. What you typed is below: check it and save again."
)


def keep_and_sign_in(request: HttpRequest, key: str, page: str, **belongs_to: Any) -> HttpResponse:
    """Keeps what `request` posted (all but the CSRF token) under `key` in the session, with
    `belongs_to` (the record or action it is for), and sends the sender to sign in, coming back
    to `page`: the page the form was on, which gives it back (`take_kept`)."""
    assert key.startswith(PREFIX), "sign-in finds the kept forms by their prefix"
    data = {k: v for k, v in request.POST.lists() if k != "csrfmiddlewaretoken"}
    request.session[key] = {"data": data, **belongs_to}
    return redirect_to_login(page)


def take_kept(
    request: HttpRequest, key: str, what: str = "your change was", **belongs_to: Any
) -> tuple[QueryDict, dict[str, Any]] | None:
    """What `keep_and_sign_in` kept under `key` for the same `belongs_to`, taken out of the
    session (so it comes back once) as the form data it was, with what else was kept; and the
    page says so ("You were signed out before …"). None if nothing was kept for it. Only a GET
    takes it: a HEAD would lose it."""
    kept = request.session.get(key)
    if request.method != "GET" or not isinstance(kept, dict) or "data" not in kept:
        return None
    if any(kept.get(name) != value for name, value in belongs_to.items()):
        return None
    del request.session[key]
    data = QueryDict(mutable=True)
    for name, values in kept["data"].items():
        data.setlist(name, values)
    messages.warning(request, KEPT_MESSAGE.format(what=what))
    return data, kept


def unsaved_keep_only_for(request: HttpRequest, user: Any) -> None:
    """Discards the forms kept in the session unless `user`, who has just signed in, is the
    person who was signed in on this browser when they were sent."""
    typed_by = request.get_signed_cookie(COOKIE, default=None, salt=_SALT, max_age=COOKIE_AGE)
    if typed_by == str(user.pk):
        return
    for key in [key for key, _value in request.session.items() if key.startswith(PREFIX)]:
        del request.session[key]


def signed_in_here(response: HttpResponse, user: Any) -> None:
    response.set_signed_cookie(
        COOKIE,
        str(user.pk),
        salt=_SALT,
        max_age=COOKIE_AGE,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )


def signed_out_here(response: HttpResponse) -> None:
    response.delete_cookie(COOKIE, samesite="Lax")
