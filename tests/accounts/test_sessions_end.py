"""Sessions that end (issue 19): idle limits (staff and others), an absolute age, the list of
one's sessions, signing out elsewhere and everywhere, and the email for a new browser. Time is
moved by patching the clock the limits are read from, never by sleeping."""

import datetime
from collections.abc import Iterator
from typing import Any

import pytest
from django.conf import settings
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts import sessions_end
from accounts.models import UserSession
from meetings.models import Meeting, Paragraph
from tests.accounts.conftest import is_signed_in, sign_in
from tests.conftest import make_user

FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"
CHROME = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36"
)
TYPED = "Typed just before the session ran out."


class Clock:
    def __init__(self) -> None:
        self.moment = timezone.now()

    def __call__(self) -> datetime.datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += datetime.timedelta(**delta)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[Clock]:
    moved = Clock()
    monkeypatch.setattr(sessions_end, "now", moved)
    yield moved


@pytest.fixture
def limits(settings: Any) -> None:
    settings.SESSION_IDLE_MINUTES_STAFF = 30
    settings.SESSION_IDLE_MINUTES = 120
    settings.SESSION_MAX_AGE_HOURS = 12


def client_signed_in(email: str, user_agent: str = FIREFOX, ip: str = "192.0.2.10") -> Client:
    client = Client(HTTP_USER_AGENT=user_agent, REMOTE_ADDR=ip)
    response = sign_in(client, email)
    assert response.status_code == 302
    return client


# --- Idle limits and the absolute age ------------------------------------------------------------


@pytest.mark.usefixtures("limits")
def test_it_signs_out_the_secretariat_after_thirty_idle_minutes(
    secretariat: Any, clock: Clock
) -> None:
    client = client_signed_in(secretariat.email)
    clock.advance(minutes=29)
    assert is_signed_in(client)
    clock.advance(minutes=29)  # active 29 minutes ago: still in
    assert is_signed_in(client)
    clock.advance(minutes=31)
    response = client.get(reverse("account"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert not UserSession.objects.filter(user=secretariat).exists()


def _session_writes(client: Client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert is_signed_in(client)
    return sum('UPDATE "django_session"' in query["sql"] for query in queries)


@pytest.fixture
def clocked_clerk(secretariat: Any, clock: Clock, limits: None, settings: Any) -> Client:
    """The secretariat signed in (30 idle minutes), the stamp moving once a minute at most."""
    settings.SESSION_ACTIVITY_SECONDS = 60
    return client_signed_in(secretariat.email)


def test_a_request_soon_after_the_last_writes_no_session_and_the_limit_still_holds(
    clocked_clerk: Client, clock: Clock
) -> None:
    client = clocked_clerk
    clock.advance(seconds=59)
    # The stamp is under a minute old: left as it is, and the session is not written.
    assert _session_writes(client) == 0
    # The idle limit counts from the stamp (at most a minute before the last request).
    clock.advance(minutes=30, seconds=-58)
    assert not is_signed_in(client)


def test_a_request_a_minute_after_the_stamp_moves_it(clocked_clerk: Client, clock: Clock) -> None:
    client = clocked_clerk
    clock.advance(seconds=60)
    assert _session_writes(client) == 1
    seen = client.session[sessions_end.LAST_SEEN]
    assert seen == clock().timestamp()
    clock.advance(seconds=30)
    assert _session_writes(client) == 0
    assert client.session[sessions_end.LAST_SEEN] == seen
    # Thirty minutes after the moved stamp, not after signing in: still signed in at 29.
    clock.advance(minutes=29, seconds=-30)
    assert is_signed_in(client)


def test_stay_signed_in_moves_the_stamp_however_recent(clocked_clerk: Client, clock: Clock) -> None:
    client = clocked_clerk
    clock.advance(seconds=20)
    assert client.post(reverse("session_ping")).status_code == 204
    assert client.session[sessions_end.LAST_SEEN] == clock().timestamp()
    clock.advance(minutes=29, seconds=59)
    assert is_signed_in(client)


@pytest.mark.usefixtures("limits")
def test_it_gives_others_their_own_idle_limit(board_member: Any, clock: Clock) -> None:
    client = client_signed_in(board_member.email)
    clock.advance(minutes=31)
    assert is_signed_in(client)
    clock.advance(minutes=121)
    assert not is_signed_in(client)


@pytest.mark.usefixtures("limits")
def test_it_treats_administrators_as_staff(admin_user: Any, clock: Clock) -> None:
    client = client_signed_in(admin_user.email)
    clock.advance(minutes=31)
    assert not is_signed_in(client)


@pytest.mark.usefixtures("limits")
def test_it_ends_a_session_at_its_absolute_age_whatever_the_activity(
    board_member: Any, clock: Clock
) -> None:
    client = client_signed_in(board_member.email)
    for _hour in range(11):
        clock.advance(minutes=60)
        assert is_signed_in(client)
    clock.advance(minutes=61)
    assert not is_signed_in(client)


@pytest.mark.usefixtures("limits")
def test_a_save_in_place_after_the_idle_limit_keeps_its_text(
    seed_meeting: Meeting, secretariat: Any, clock: Clock
) -> None:
    client = client_signed_in(secretariat.email)
    clock.advance(minutes=31)
    target = Paragraph.objects.filter(section__meeting=seed_meeting).first()
    args = [seed_meeting.board.slug, seed_meeting.date.isoformat()]
    response = client.post(
        reverse("meetings:edit", args=[*args, "paragraph-update"]),
        {"target": target.pk, "text": TYPED, "version": target.version},
        headers={"HX-Request": "true", "X-Autosave": "1"},
    )
    editor = reverse("meetings:editor", args=args)
    assert response.status_code == 200
    assert response["X-Sign-In"] == f"{reverse('login')}?next={editor}"
    target.refresh_from_db()
    assert target.text != TYPED
    sign_in(client, secretariat.email)
    assert TYPED in client.get(editor).content.decode()


# --- The list, and signing out elsewhere and everywhere ------------------------------------------


def test_it_lists_only_ones_own_sessions(secretariat: Any, board_member: Any) -> None:
    here = client_signed_in(secretariat.email, FIREFOX, "192.0.2.10")
    client_signed_in(secretariat.email, CHROME, "198.51.100.7")
    client_signed_in(board_member.email, CHROME, "203.0.113.99")
    html = here.get(reverse("account")).content.decode()
    assert "Firefox on Windows <strong>(this browser)</strong>" in html
    assert "Chrome on Linux" in html
    assert "198.51.100.7" in html
    assert "203.0.113.99" not in html
    assert html.count("(this browser)") == 1


def test_the_account_page_reads_in_constant_queries(
    secretariat: Any, django_assert_max_num_queries: Any
) -> None:
    here = client_signed_in(secretariat.email)
    for _ in range(6):
        client_signed_in(secretariat.email, CHROME)
    # 12, and three for the two-factor methods (accounts/mfa.py).
    with django_assert_max_num_queries(15):
        assert here.get(reverse("account")).status_code == 200


def test_sign_out_everywhere_else_ends_the_others_but_not_this_one(secretariat: Any) -> None:
    here = client_signed_in(secretariat.email, FIREFOX)
    there = client_signed_in(secretariat.email, CHROME)
    response = here.post(reverse("sign_out_elsewhere"), follow=True)
    assert "You are signed out on 1 other browser." in response.content.decode()
    assert is_signed_in(here)
    assert not is_signed_in(there)
    assert UserSession.objects.filter(user=secretariat).count() == 1
    history = UserSession.history.filter(user_id=secretariat.pk, history_type="-").get()
    assert history.history_user_id == secretariat.pk
    assert history.history_change_reason == "Signed out everywhere else"


def test_sign_out_everywhere_ends_this_one_too(secretariat: Any, board_member: Any) -> None:
    here = client_signed_in(secretariat.email, FIREFOX)
    there = client_signed_in(secretariat.email, CHROME)
    someone_else = client_signed_in(board_member.email, CHROME)
    response = here.post(reverse("sign_out_everywhere"))
    assert response.status_code == 302
    assert not is_signed_in(here)
    assert not is_signed_in(there)
    assert is_signed_in(someone_else)


def test_signing_out_removes_the_row(secretariat: Any) -> None:
    client = client_signed_in(secretariat.email)
    assert UserSession.objects.filter(user=secretariat).count() == 1
    client.post(reverse("logout"))
    assert not UserSession.objects.filter(user=secretariat).exists()


def test_the_ping_keeps_the_session_alive(secretariat: Any, clock: Clock, limits: None) -> None:
    client = client_signed_in(secretariat.email)
    clock.advance(minutes=25)
    assert client.post(reverse("session_ping")).status_code == 204
    clock.advance(minutes=25)
    assert is_signed_in(client)


def test_the_page_carries_the_limits(secretariat: Any, limits: None) -> None:
    html = client_signed_in(secretariat.email).get(reverse("account")).content.decode()
    assert 'data-idle-seconds="1800"' in html
    assert f'data-session-ping-url="{reverse("session_ping")}"' in html
    assert "js/session-timeout" in html


# --- A sign-in from a new browser ------------------------------------------------------------


def test_it_emails_a_sign_in_from_a_new_browser_once(db: None) -> None:
    user = make_user("reader@mopac.example")
    first = client_signed_in(user.email, FIREFOX)
    assert mail.outbox == []  # the first browser ever: nothing to compare it with
    first.post(reverse("logout"))
    sign_in(first, user.email)  # the same browser again: known
    assert mail.outbox == []

    other = client_signed_in(user.email, CHROME, "198.51.100.7")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [user.email]
    assert "new browser" in message.subject
    assert "Chrome on Linux" in message.body
    assert "198.51.100.7" in message.body

    other.post(reverse("logout"))
    sign_in(other, user.email)  # that browser is known now
    assert len(mail.outbox) == 1


def test_the_browser_cookie_is_signed_and_private(db: None) -> None:
    user = make_user("reader@mopac.example")
    client = Client()
    response = sign_in(client, user.email)
    cookie = response.cookies[sessions_end.BROWSER_COOKIE]
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"
    assert settings.SESSION_COOKIE_NAME in response.cookies
