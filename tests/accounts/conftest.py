"""What the account tests share: one ordinary account, and signing in through the form."""

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from tests.conftest import PASSWORD, make_user


@pytest.fixture
def user(db: None) -> Any:
    return make_user("clerk@mopac.example")


def sign_in(client: Client, email: str, password: str = PASSWORD, **extra: str) -> Any:
    """The sign-in form posted; `extra` goes to the request (REMOTE_ADDR, headers)."""
    return client.post(reverse("login"), {"username": email, "password": password}, **extra)
