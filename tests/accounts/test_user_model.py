from typing import Any

import pytest
from django.db import IntegrityError

from accounts.models import User
from tests.conftest import PASSWORD, client_for, make_user


def add_in_admin(admin_user: Any, email: str) -> None:
    client_for(admin_user).post(
        "/admin/accounts/user/add/", {"email": email, "password1": PASSWORD, "password2": PASSWORD}
    )


def test_it_stores_an_address_added_in_the_admin_in_lower_case(admin_user: Any) -> None:
    add_in_admin(admin_user, "Jo.Bloggs@MPS.example")
    assert User.objects.filter(email="jo.bloggs@mps.example").exists()


def test_it_lets_someone_added_with_capitals_sign_in(admin_user: Any, client: Any) -> None:
    add_in_admin(admin_user, "Jo.Bloggs@MPS.example")
    response = client.post(
        "/accounts/login/", {"username": "Jo.Bloggs@MPS.example", "password": PASSWORD}
    )
    assert response.status_code == 302


def test_it_refuses_two_accounts_that_differ_only_in_case(db: None) -> None:
    make_user("jo@mps.example")
    other = make_user("other@mps.example")
    with pytest.raises(IntegrityError):
        User.objects.filter(pk=other.pk).update(email="JO@mps.example")
