"""Passwords are hashed with Argon2id (Django's recommendation); a PBKDF2 hash made before is
still accepted, and Django rehashes it with Argon2 at the next sign-in. (The rest of the suite
hashes with MD5, for speed: `tests/conftest.py`.)"""

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import identify_hasher, make_password

from prob.settings import DEFAULT_PASSWORD_HASHERS
from tests.accounts.conftest import sign_in
from tests.conftest import PASSWORD


def test_argon2_comes_first_and_pbkdf2_is_still_read() -> None:
    assert DEFAULT_PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"
    assert "django.contrib.auth.hashers.PBKDF2PasswordHasher" in DEFAULT_PASSWORD_HASHERS


def test_a_new_password_is_hashed_with_argon2id(settings: Any, db: None) -> None:
    settings.PASSWORD_HASHERS = list(DEFAULT_PASSWORD_HASHERS)
    encoded = make_password(PASSWORD)
    assert encoded.startswith("argon2$argon2id$")
    # Django's own parameters, not weaker ones.
    summary = identify_hasher(encoded).safe_summary(encoded)
    assert summary["memory cost"] >= 102400 and summary["time cost"] >= 2


def test_a_pbkdf2_hash_signs_in_and_is_upgraded_to_argon2(
    settings: Any, client: Any, user: Any
) -> None:
    settings.PASSWORD_HASHERS = list(DEFAULT_PASSWORD_HASHERS)
    user.password = make_password(PASSWORD, hasher="pbkdf2_sha256")
    user.save(update_fields=["password"])
    response = sign_in(client, user.email)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)
    upgraded = get_user_model().objects.get(pk=user.pk).password
    assert upgraded.startswith("argon2$argon2id$")
    # And the new hash signs in as well.
    client.logout()
    assert sign_in(client, user.email).status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_a_wrong_password_does_not_touch_the_stored_hash(
    settings: Any, client: Any, user: Any
) -> None:
    settings.PASSWORD_HASHERS = list(DEFAULT_PASSWORD_HASHERS)
    old = make_password(PASSWORD, hasher="pbkdf2_sha256")
    user.password = old
    user.save(update_fields=["password"])
    assert sign_in(client, user.email, "not-the-password").status_code == 200
    assert get_user_model().objects.get(pk=user.pk).password == old
