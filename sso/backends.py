"""People of a domain tied to an identity provider never sign in with a password, wherever one
is asked for: the sign-in page sends them to their provider before any password is read
(sso.views.provider_first), and this backend refuses the password everywhere else (the Django
admin's own sign-in page), before the password backend could accept it."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.backends import BaseBackend
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

from sso.models import IdentityProvider
from sso.services import provider_for_email


class NoPasswordForTiedDomains(BaseBackend):
    def signs_in_instead(self, email: str) -> IdentityProvider | None:
        """The provider that signs this address in, for which no password is asked (read by
        accounts.backends.signs_in_elsewhere, as by `authenticate` below)."""
        return provider_for_email(email)

    def authenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> None:
        if not username or password is None:
            return None
        if getattr(request, "_prob_no_provider_for", None) == str(username).strip().lower():
            # The sign-in page has just looked this address up (sso.views.provider_first).
            return None
        if self.signs_in_instead(str(username)) is not None:
            # Stops authenticate() here: no other backend is asked, and the attempt is a
            # failed sign-in (django-axes counts it).
            raise PermissionDenied
        return None
