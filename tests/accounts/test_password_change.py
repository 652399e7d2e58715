import datetime
from typing import Any

import time_machine
from axes.models import AccessAttempt
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.accounts.conftest import is_signed_in
from tests.conftest import PASSWORD, client_for

NEW_PASSWORD = "a-brand-new-password-42"


def change_password(client: Client, old: str = PASSWORD, new: str = NEW_PASSWORD) -> Any:
    return client.post(
        reverse("password_change"),
        {"old_password": old, "new_password1": new, "new_password2": new},
    )


def test_it_changes_the_password(user: Any) -> None:
    response = change_password(client_for(user))
    assert response["Location"] == reverse("password_change_done")
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)


def test_it_keeps_this_session_signed_in(user: Any) -> None:
    client = client_for(user)
    change_password(client)
    assert is_signed_in(client)


def test_it_signs_out_every_other_session(user: Any) -> None:
    this, other = client_for(user), client_for(user)
    change_password(this)
    assert not is_signed_in(other)


def test_it_asks_for_the_old_password(user: Any) -> None:
    client = client_for(user)
    response = change_password(client, old="not-the-password")
    assert response.status_code == 200
    assert "Your old password was entered incorrectly" in response.content.decode()


def test_it_refuses_a_weak_password(user: Any) -> None:
    response = change_password(client_for(user), new="password")
    assert "This password is too short" in response.content.decode()
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


def test_it_tells_the_user_other_sessions_ended(user: Any) -> None:
    client = client_for(user)
    html = client.get(change_password(client)["Location"]).content.decode()
    assert "every other session signed in as you has been signed out" in html


LIMIT = settings.AXES_FAILURE_LIMIT


def guess(client: Client, times: int) -> Any:
    for _ in range(times):
        response = change_password(client, old="not-the-password")
    return response


def test_it_refuses_the_old_password_after_too_many_wrong_ones(user: Any) -> None:
    client = client_for(user)
    guess(client, LIMIT)
    assert change_password(client).status_code == 429
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


def test_it_says_why_and_for_how_long(user: Any) -> None:
    html = guess(client_for(user), LIMIT + 1).content.decode()  # the limit's, then one more
    assert "Too many wrong passwords" in html
    assert "paused for 15 minutes" in html


def test_it_still_changes_the_password_after_fewer_wrong_ones(user: Any) -> None:
    client = client_for(user)
    guess(client, LIMIT - 1)
    assert change_password(client)["Location"] == reverse("password_change_done")


def test_it_counts_wrong_passwords_across_sessions(user: Any) -> None:
    for _ in range(LIMIT):
        guess(client_for(user), 1)
    assert change_password(client_for(user)).status_code == 429


def test_it_lets_the_password_change_after_the_cool_off(user: Any) -> None:
    client = client_for(user)
    guess(client, LIMIT)
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=16)):
        assert change_password(client)["Location"] == reverse("password_change_done")


def test_it_keeps_passwords_out_of_the_failure_log(user: Any) -> None:
    change_password(client_for(user), old="a-wrong-old-password")
    (attempt,) = AccessAttempt.objects.all()
    assert "a-wrong-old-password" not in attempt.post_data
    assert NEW_PASSWORD not in attempt.post_data
