from typing import Any

from django.test import Client
from django.utils import timezone

from tests.conftest import make_user


def test_it_records_who_made_someone_staff(db: None) -> None:
    user = make_user("someone@prob.example")
    user.is_staff = True
    user.save()
    latest: Any = user.history.latest()
    assert latest.is_staff is True
    assert latest.prev_record.is_staff is False


def test_it_keeps_password_hashes_out_of_the_history(db: None) -> None:
    user = make_user("someone@prob.example")
    assert not hasattr(user.history.latest(), "password")


def test_signing_in_stamps_last_login_and_writes_no_history_row(db: None) -> None:
    """`last_login` is not in the history: a sign-in's row would be a copy of the last."""
    user = make_user("someone@prob.example")
    rows = user.history.count()
    before = timezone.now()
    Client().force_login(user, backend="accounts.backends.EmailBackend")
    user.refresh_from_db()
    assert user.last_login is not None and before <= user.last_login <= timezone.now()
    assert user.history.count() == rows
