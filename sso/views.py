"""Signing in at an organisation's identity provider (OpenID Connect; issue 19).

- `start`: asks for the work email address and sends its owner to the provider their domain
  is tied to. The sign-in page does the same for such an address (`provider_first`): people of
  a tied domain never sign in with a PROB password.
- `callback`: the provider's answer. Authlib checks the state (one use, this browser's), swaps
  the code for tokens with the PKCE verifier, and checks the ID token (signature by the
  provider's JWKS, issuer, audience, expiry, nonce); sso.services finds the account. Then the
  same steps as a password sign-in (accounts.views.finish_sign_in), with no two-factor step of
  PROB's (the provider had its own), and the user's history says it was made through the
  provider. Anything refused is a failed sign-in for django-axes, with a clear message, and
  changes nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import wraps
from typing import Any

from authlib.integrations.base_client.errors import MismatchingStateError, OAuthError
from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django.conf import settings
from django.contrib.auth import login
from django.contrib.auth.signals import user_login_failed
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.csp import CSP
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe
from joserfc.errors import BadSignatureError, ClaimError, ExpiredTokenError, JoseError

from accounts.views import finish_sign_in, landing_url
from prob import site
from sso import oidc
from sso.forms import OrganisationEmailForm
from sso.models import IdentityProvider
from sso.services import Refused, match, provider_for_email

log = logging.getLogger(__name__)

# PROB's own record of a sign-in under way, by its state: which provider, for which address,
# and where to go afterwards. Authlib keeps the PKCE verifier and nonce beside it.
PENDING = "sso_pending_"


def _with_provider_forms(response: HttpResponse) -> HttpResponse:
    """A page whose form may lead to a provider: its address is allowed as a form's target
    (CSP form-action applies to where a form's answer redirects, too)."""
    origins = sorted(
        {p.origin for p in IdentityProvider.objects.filter(active=True).only("issuer")}
    )
    if origins:
        response._csp_config = {  # type: ignore[attr-defined]
            **settings.SECURE_CSP,
            "form-action": [CSP.SELF, *origins],
        }
    return response


def _safe_next(request: HttpRequest, value: Any) -> str:
    if isinstance(value, str) and url_has_allowed_host_and_scheme(
        value, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return value
    return ""


def _begin(
    request: HttpRequest, provider: IdentityProvider, email: str, next_url: str
) -> HttpResponse | None:
    """The redirect to `provider`'s sign-in page, or None when it cannot be reached."""
    try:
        client = oidc.client_for(provider)
        redirect_uri = site.absolute(reverse("sso:callback"))
        found = client.create_authorization_url(redirect_uri, login_hint=email)
    except (oidc.DiscoveryError, *oidc.FLOW_ERRORS) as exc:
        log.warning("Single sign-on: %s unavailable: %s", provider.issuer, exc)
        return None
    client.save_authorize_data(request, redirect_uri=redirect_uri, **found)
    request.session[PENDING + found["state"]] = {
        "provider": provider.pk,
        "email": email,
        "next": _safe_next(request, next_url),
    }
    return HttpResponseRedirect(found["url"])


def _unreachable(provider: IdentityProvider) -> str:
    return (
        f"PROB could not reach {provider.name} to sign you in. Try again in a few minutes; "
        "if it goes on, tell your organisation's IT team."
    )


def provider_first(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Wraps the sign-in page: an email address on a tied domain goes to its provider, whatever
    the password field holds (it is not checked, nor counted); the page itself allows the
    providers as its form's target."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method == "POST" and not request.user.is_authenticated:
            email = request.POST.get("username", "")
            provider = provider_for_email(email.strip())
            # The password backends ask again (sso.backends): this request has the answer.
            request._prob_no_provider_for = None if provider else email.strip().lower()  # type: ignore[attr-defined]
            if provider is not None:
                started = _begin(request, provider, email.strip().lower(), request.POST.get("next"))
                if started is not None:
                    add_never_cache_headers(started)
                    return started
                form = OrganisationEmailForm(initial={"email": email})
                return _start_page(request, form, provider_error=_unreachable(provider))
        response = view(request, *args, **kwargs)
        if response.has_header("Location"):
            # Signed in, on to the next page: no form here, so no policy for one (a query
            # fewer for every sign-in).
            return response
        return _with_provider_forms(response)

    return wrapped


def _start_page(
    request: HttpRequest,
    form: OrganisationEmailForm,
    *,
    provider_error: str = "",
    status: int | None = None,
) -> HttpResponse:
    context = {"form": form, "provider_error": provider_error, "next": request.GET.get("next", "")}
    if request.method == "POST":
        context["next"] = request.POST.get("next", "")
    if status is None:
        status = 502 if provider_error else (400 if form.errors else 200)
    return _with_provider_forms(render(request, "sso/start.html", context, status=status))


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def start(request: HttpRequest) -> HttpResponse:
    """'Sign in with your organisation's account': the work email address, then its provider."""
    if request.user.is_authenticated:
        return redirect(landing_url(request.user))
    if request.method != "POST":
        email = request.GET.get("email", "")
        form = OrganisationEmailForm(initial={"email": email if len(email) <= 254 else ""})
        return _start_page(request, form)
    form = OrganisationEmailForm(request.POST)
    if not form.is_valid():
        return _start_page(request, form)
    email = form.cleaned_data["email"]
    provider = provider_for_email(email)
    if provider is None:
        form.add_error(
            "email",
            f"Addresses at {email.rpartition('@')[2]} do not sign in through an organisation's "
            "account. Sign in with your email address and PROB password instead.",
        )
        return _start_page(request, form)
    started = _begin(request, provider, email, request.POST.get("next"))
    if started is None:
        return _start_page(request, form, provider_error=_unreachable(provider))
    return started


def _why(exc: Exception) -> str:
    """What was wrong with a provider's answer, in a few words."""
    if isinstance(exc, MismatchingStateError):
        return "it does not answer a sign-in started in this browser"
    if isinstance(exc, ExpiredTokenError):
        return "its proof of identity has expired"
    if isinstance(exc, BadSignatureError):
        return "its proof of identity is not signed by the provider"
    if isinstance(exc, ClaimError):
        claim = getattr(exc, "claim", "") or ""
        names = {"iss": "issuer", "aud": "audience", "nonce": "nonce", "exp": "expiry"}
        return f"its proof of identity has the wrong {names.get(claim, claim or 'contents')}"
    if isinstance(exc, JoseError):
        return "its proof of identity could not be checked"
    if isinstance(exc, OAuthError):
        return f"the provider refused it ({exc.error})"
    if isinstance(exc, oidc.DiscoveryError):
        return "the provider could not be reached"
    return "it could not be checked"


def _refused(request: HttpRequest, email: str, message: str, status: int = 400) -> HttpResponse:
    """Nothing signed in; a failed sign-in for django-axes, which may lock the address out."""
    user_login_failed.send(sender=__name__, credentials={"username": email}, request=request)
    response = render(request, "sso/refused.html", {"message": message}, status=status)
    return response


@never_cache
@require_safe
def callback(request: HttpRequest) -> HttpResponse:
    """The provider's answer: signed in, or refused with the reason."""
    state = request.GET.get("state", "")
    pending = request.session.pop(PENDING + state, None) if state else None
    email = pending["email"] if pending else ""
    credentials = {"username": email}
    if not AxesProxyHandler.is_allowed(request, credentials):
        return get_lockout_response(request, None, credentials)
    if pending is None:
        return _refused(
            request,
            email,
            "This answer does not belong to a sign-in started in this browser: it may have "
            "been used already, or come from somewhere else. You are not signed in. "
            "Start again from the sign-in page.",
        )
    provider = IdentityProvider.objects.filter(pk=pending["provider"], active=True).first()
    if provider is None:
        return _refused(request, email, "That organisation no longer signs in to PROB here.")
    try:
        client = oidc.client_for(provider)
        token = client.authorize_access_token(request, claims_options=oidc.claims_options(provider))
    except (oidc.DiscoveryError, *oidc.FLOW_ERRORS) as exc:
        log.warning("Single sign-on through %s refused: %r", provider.issuer, exc)
        return _refused(
            request,
            email,
            f"PROB could not accept the answer from {provider.name}: {_why(exc)}. "
            "You are not signed in. Start again from the sign-in page.",
        )
    claims = token.get("userinfo")
    if not claims:
        return _refused(
            request, email, f"{provider.name} sent no proof of identity. You are not signed in."
        )
    try:
        matched = match(provider, dict(claims))
    except Refused as exc:
        return _refused(request, email, exc.message, status=403)
    user = matched.user
    # The sign-in, and the link made with it, in the user's history (the save of last_login
    # that login() makes).
    user._change_reason = f"Signed in through {provider.name} (single sign-on)" + (
        f"; linked to their account at {provider.name}" if matched.linked else ""
    )
    login(request, user, backend="accounts.backends.EmailBackend")
    response = redirect(_safe_next(request, pending.get("next")) or landing_url(user))
    finish_sign_in(request, response, user)
    return response
