"""How this session was signed in: a sign-in through an organisation's identity provider had
that provider's own second factor, so PROB asks for none of its own (the callback,
`sso.views.callback`, never leads to `accounts.mfa.enrol_if_required`). The session says so
(`SIGN_IN_METHOD`); only the tests read it today, for whatever must tell the two apart later."""

from __future__ import annotations

from django.http import HttpRequest

# In the session, set by sso.views.callback; a password sign-in leaves it unset.
SIGN_IN_METHOD = "prob_sign_in_method"
THROUGH_PROVIDER = "identity_provider"


def signed_in_through_provider(request: HttpRequest) -> bool:
    """Whether this session was signed in at an organisation's identity provider (single
    sign-on), whose two-factor applies instead of PROB's."""
    session = getattr(request, "session", None)
    return session is not None and session.get(SIGN_IN_METHOD) == THROUGH_PROVIDER
