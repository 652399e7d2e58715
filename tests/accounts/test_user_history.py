from typing import Any

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
