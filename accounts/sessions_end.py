"""Sessions that end (issue 19).

- An idle limit: SESSION_IDLE_MINUTES_STAFF for the secretariat and administrators,
  SESSION_IDLE_MINUTES for everyone else; and an absolute age, SESSION_MAX_AGE_HOURS, whatever
  the activity. `SessionLimitsMiddleware` keeps the last activity and the time of signing in
  in the session; the last activity moves when it is SESSION_ACTIVITY_SECONDS old, so that
  most requests write no session (Django saves one only when it changed); a session past
  either limit is flushed and the request goes on signed out,
  so the existing flows apply: a form sent keeps its text (prob.unsaved, the editor's
  `keeps_typed_text`), and a request sent in place gets the in-place sign-in prompt
  (accounts.middleware.SignInInPlaceMiddleware).
- A list of the user's sessions (`UserSession`, one row per signed-in browser, made on
  `user_logged_in`, removed on `user_logged_out`), and signing out everywhere else or
  everywhere, through the session store.
- An email when someone signs in on a browser not seen for them before (`KnownBrowser`).
"""

from __future__ import annotations

import datetime
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.models import AnonymousUser, update_last_login
from django.contrib.auth.signals import user_logged_in, user_logged_out
from django.contrib.sessions.models import Session
from django.db import IntegrityError, transaction
from django.db.models import Case, When
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.module_loading import import_string

from accounts.models import KnownBrowser, UserSession
from prob.client_ip import client_ip

# In the session; no leading underscore, so that templates may read them (base.html).
LAST_SEEN = "prob_last_seen"
SIGNED_IN_AT = "prob_signed_in_at"
IDLE_SECONDS = "prob_idle_seconds"
IDLE_WARNING = "prob_idle_warning"

BROWSER_COOKIE = "prob_browser"
_BROWSER_SALT = "accounts.sessions_end.browser"
BROWSER_COOKIE_AGE = datetime.timedelta(days=400)


def now() -> datetime.datetime:
    """The clock the limits are measured by (patched in the tests)."""
    return timezone.now()


def idle_seconds_for(user: Any) -> int:
    """The idle limit of `user`: the staff one for administrators and the secretariat."""
    from meetings.scoping import held_roles

    staff = user.is_staff or user.is_superuser
    if not staff:
        # The request's memberships, read once (the sign-in's landing page reads them too).
        staff = "secretariat" in held_roles(user)
    minutes = settings.SESSION_IDLE_MINUTES_STAFF if staff else settings.SESSION_IDLE_MINUTES
    return int(minutes) * 60


def _store() -> Any:
    return import_string(f"{settings.SESSION_ENGINE}.SessionStore")


class SessionLimitsMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        session = getattr(request, "session", None)
        if session is not None and SESSION_KEY in session:
            self._check(request, session)
        response = self.get_response(request)
        browser_id = getattr(request, "_prob_new_browser_id", None)
        if browser_id:
            response.set_signed_cookie(
                BROWSER_COOKIE,
                browser_id,
                salt=_BROWSER_SALT,
                max_age=BROWSER_COOKIE_AGE,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response

    def _check(self, request: HttpRequest, session: Any) -> None:
        moment = now()
        stamp = moment.timestamp()
        if IDLE_SECONDS not in session:
            # Once per session: whether the user is staff is worked out when first needed.
            session[IDLE_SECONDS] = idle_seconds_for(request.user)
            session[IDLE_WARNING] = settings.SESSION_WARNING_SECONDS
        signed_in_at = session.setdefault(SIGNED_IN_AT, stamp)
        last_seen = session.get(LAST_SEEN, stamp)
        idle = stamp - last_seen > session[IDLE_SECONDS]
        too_old = stamp - signed_in_at > settings.SESSION_MAX_AGE_HOURS * 3600
        if idle or too_old:
            UserSession.objects.filter(session_key=session.session_key).delete()
            # A new, empty session: what a form sent now keeps goes there (prob.unsaved).
            session.flush()
            request.user = AnonymousUser()
            return
        if stamp - last_seen >= settings.SESSION_ACTIVITY_SECONDS:
            # Moved (and so the session saved, its expiry pushed back) at most once a
            # SESSION_ACTIVITY_SECONDS: the other requests write nothing. The idle limit counts
            # from this stamp, at most that long before the last request.
            session[LAST_SEEN] = stamp


def activity(request: HttpRequest) -> None:
    """Counts this request as activity now, however recently the last one moved the stamp
    ("Stay signed in")."""
    request.session[LAST_SEEN] = now().timestamp()


@receiver(user_logged_in, dispatch_uid="accounts.sessions_end.signed_in")
def _signed_in(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    session = getattr(request, "session", None)
    if session is None:
        return
    stamp = now().timestamp()
    session[SIGNED_IN_AT] = stamp
    session[LAST_SEEN] = stamp
    session[IDLE_SECONDS] = idle_seconds_for(user)
    session[IDLE_WARNING] = settings.SESSION_WARNING_SECONDS
    if session.session_key is None:
        session.save()
    # Usually a key made by this sign-in (login() cycles it), so no row yet: one read and one
    # write with its history, no savepoints (a row is there only when the same user signs in
    # again in the same session, which changes it, history and all). A key made and not yet
    # written (prob.sessions: what login() gives) is no row's: not even the read.
    row = (
        None
        if getattr(session, "_unwritten", False)
        else UserSession.objects.filter(session_key=session.session_key).first()
    )
    if row is None:
        row = UserSession(session_key=session.session_key)
    row.user = user
    row.user_agent = request.META.get("HTTP_USER_AGENT", "")[:300]
    row.ip = client_ip(request) if "REMOTE_ADDR" in request.META else None
    row.created = now()
    row.save()


def last_login_stamped(sender: Any, user: Any, **kwargs: Any) -> None:
    """Django's `update_last_login`, connected in its place (accounts.apps). Its `save()`
    writes a row of the user's history, which a sign-in that gives a reason keeps (single
    sign-on's 'Signed in through ...', sso.views); any other's row was a copy of the last with
    nothing changed and no reason (`last_login` is not in the history; the sign-in itself is
    in axes' access log and `UserSession`'s history): an UPDATE of the one column instead."""
    if getattr(user, "_change_reason", None):
        update_last_login(sender, user, **kwargs)
        return
    user.last_login = timezone.now()
    type(user)._default_manager.filter(pk=user.pk).update(last_login=user.last_login)


@receiver(user_logged_out, dispatch_uid="accounts.sessions_end.signed_out")
def _signed_out(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    session = getattr(request, "session", None)
    if session is not None and session.session_key:
        UserSession.objects.filter(session_key=session.session_key).delete()


def session_key_changed(old_key: str | None, new_key: str | None) -> None:
    """After a session's key is cycled (a password change), its row follows it."""
    if old_key and new_key and old_key != new_key:
        UserSession.objects.filter(session_key=old_key).update(session_key=new_key)


# --- The account page's list ----------------------------------------------------------------


@dataclass(frozen=True)
class SessionShown:
    pk: int
    browser: str
    ip: str | None
    signed_in_at: datetime.datetime
    last_active: datetime.datetime | None
    this_browser: bool


def browser_name(user_agent: str) -> str:
    """'Firefox on Windows': enough to recognise a browser, not the whole user agent."""
    ua = user_agent or ""
    if "Edg/" in ua:
        name = "Edge"
    elif "Firefox/" in ua:
        name = "Firefox"
    elif "Chrome/" in ua or "Chromium/" in ua:
        name = "Chrome"
    elif "Safari/" in ua:
        name = "Safari"
    else:
        name = "Unknown browser"
    systems = (
        ("Android", "Android"),
        ("iPhone", "iOS"),
        ("iPad", "iPadOS"),
        ("Windows", "Windows"),
        ("Mac OS X", "macOS"),
        ("CrOS", "ChromeOS"),
        ("Linux", "Linux"),
    )
    for marker, system in systems:
        if marker in ua:
            return f"{name} on {system}"
    return name


def sessions_of(request: HttpRequest) -> list[SessionShown]:
    """The user's sessions that are still live, this one first; two queries whatever their
    number. The last activity is the one the session itself keeps."""
    rows = list(UserSession.objects.filter(user=request.user))
    live = {
        s.session_key: s
        for s in Session.objects.filter(
            session_key__in=[row.session_key for row in rows], expire_date__gt=timezone.now()
        )
    }
    store = _store()()
    shown = []
    for row in rows:
        found = live.get(row.session_key)
        if found is None:
            continue
        data = store.decode(found.session_data)
        if str(data.get(SESSION_KEY)) != str(request.user.pk):
            continue
        last = data.get(LAST_SEEN)
        shown.append(
            SessionShown(
                pk=row.pk,
                browser=browser_name(row.user_agent),
                ip=row.ip,
                signed_in_at=row.created,
                last_active=(
                    datetime.datetime.fromtimestamp(last, tz=datetime.UTC) if last else None
                ),
                this_browser=row.session_key == request.session.session_key,
            )
        )
    shown.sort(key=lambda s: not s.this_browser)
    return shown


def sign_out_sessions(request: HttpRequest, *, keep_this_one: bool) -> int:
    """Ends the user's other sessions (and this one too unless `keep_this_one`), in one
    transaction, each ending recorded in the history as done by the user. Returns how many
    other sessions were ended."""
    user = request.user
    current = request.session.session_key
    reason = "Signed out everywhere else" if keep_this_one else "Signed out everywhere"
    store_class = _store()
    ended = 0
    with transaction.atomic():
        rows = UserSession.objects.select_for_update().filter(user=user)
        for row in rows:
            if row.session_key == current:
                if keep_this_one:
                    continue
            else:
                ended += 1
            store_class(session_key=row.session_key).delete()
            row._history_user = user  # type: ignore[attr-defined]
            row._change_reason = reason  # type: ignore[attr-defined]
            row.delete()
    return ended


# --- A sign-in from a new browser -----------------------------------------------------------


def browser_seen(request: HttpRequest, user: Any) -> bool:
    """Records the browser `user` has just signed in on; returns whether it is new to them.
    A browser with no id gets one (set as a cookie by the middleware). The first browser ever
    recorded for someone is not counted as new: there is none to compare it with."""
    browser_id = request.get_signed_cookie(
        BROWSER_COOKIE, default=None, salt=_BROWSER_SALT, max_age=BROWSER_COOKIE_AGE
    )
    if not browser_id:
        browser_id = secrets.token_urlsafe(24)
        request._prob_new_browser_id = browser_id  # type: ignore[attr-defined]
    browser_hash = KnownBrowser.hash_id(browser_id)
    # One read says both whether this browser is known (its hash comes first) and whether any
    # is (another hash): a known browser costs that read alone, a new one a write besides.
    first = (
        KnownBrowser.objects.filter(user=user)
        .order_by(Case(When(browser_hash=browser_hash, then=0), default=1))
        .values_list("browser_hash", flat=True)
        .first()
    )
    if first == browser_hash:
        return False
    try:
        with transaction.atomic():
            KnownBrowser.objects.create(user=user, browser_hash=browser_hash)
    except IntegrityError:
        # The same browser signing in twice at once: the other sign-in recorded it.
        return False
    return first is not None
