"""Forms sent after a session expired: kept for the person who typed them, and no one else.

A view that receives a form from someone whose session has expired keeps what was typed in
the session, under a key that starts with `PREFIX` (the editor's "unsaved_edit", an action
owner's "unsaved_action_updates"), sends them to sign in, and gives it back once they have.

The browser may be shared, and the session cannot say who typed the form: it had expired.
So signing in on the sign-in page leaves a signed cookie naming who signed in on this browser
(`signed_in_here`), and the next sign-in hands kept forms on only to that same person
(`unsaved_keep_only_for`); anyone else signs in without them, and they are gone. Signing out
removes the cookie (`signed_out_here`): a form sent after that belongs to no one.
"""

import datetime
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse

PREFIX = "unsaved_"
COOKIE = "prob_signed_in_as"
_SALT = "accounts.unsaved"
# Longer than any session lasts (each request renews one), so that the cookie is still there
# when a session runs out.
_COOKIE_AGE = datetime.timedelta(days=400)


def unsaved_keep_only_for(request: HttpRequest, user: Any) -> None:
    """Discards the forms kept in the session unless `user`, who has just signed in, is the
    person who was signed in on this browser when they were sent."""
    typed_by = request.get_signed_cookie(COOKIE, default=None, salt=_SALT, max_age=_COOKIE_AGE)
    if typed_by == str(user.pk):
        return
    for key in [key for key, _value in request.session.items() if key.startswith(PREFIX)]:
        del request.session[key]


def signed_in_here(response: HttpResponse, user: Any) -> None:
    response.set_signed_cookie(
        COOKIE,
        str(user.pk),
        salt=_SALT,
        max_age=_COOKIE_AGE,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )


def signed_out_here(response: HttpResponse) -> None:
    response.delete_cookie(COOKIE, samesite="Lax")
