"""Two-factor pages (accounts/mfa.py): the code asked for after the password, and setting up,
replacing and removing methods from the account page."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

import segno
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import REDIRECT_FIELD_NAME, authenticate, login
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from django_otp import login as otp_login
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp.util import random_hex
from django_otp_webauthn.models import WebAuthnCredential

from accounts import mfa, passkeys
from accounts.backends import signs_in_elsewhere
from accounts.forms import (
    AuthenticatorCodeForm,
    ConfirmPresenceForm,
    PasskeyNameForm,
    TwoFactorCodeForm,
)
from accounts.views import LoginView, finish_sign_in, landing_url


def _account_section() -> str:
    return reverse("account") + "#two-factor"


# --- Signing in: the second step --------------------------------------------------------------


def _sign_in(request: HttpRequest, user: Any, response: HttpResponse) -> None:
    """Signs in `user`, whose code or passkey `authenticate` has just accepted."""
    login(request, user)
    request.session.pop(mfa.PENDING, None)
    otp_login(request, user.otp_device)
    finish_sign_in(request, response, user)


def _safe(request: HttpRequest, next_url: str) -> bool:
    """Whether `next_url` is an address on this site (not another's, nor a script)."""
    return bool(next_url) and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )


def _where_next(request: HttpRequest, user: Any, next_url: str) -> str:
    return next_url if _safe(request, next_url) else landing_url(user)


def _start_again(request: HttpRequest) -> HttpResponse:
    messages.info(request, "Enter your email address and password to sign in.")
    return redirect("login")


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def verify(request: HttpRequest) -> HttpResponse:
    """The code (or passkey) asked for after a correct password."""
    found = mfa.pending_user(request)
    if found is None:
        return _start_again(request)
    user, next_url = found
    form = TwoFactorCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        signed_in = authenticate(request, username=user.email, otp_token=form.cleaned_data["code"])
        if signed_in is not None:
            response = redirect(_where_next(request, signed_in, next_url))
            _sign_in(request, signed_in, response)
            return response
        form.add_error(
            "code",
            "That code is not right, or has been used. Enter the code your app shows now, "
            "or one of your recovery codes.",
        )
    context = {"form": form, "methods": mfa.methods_of(user)}
    return render(request, "accounts/mfa/verify.html", context)


def _json_body(request: HttpRequest) -> dict | None:
    try:
        body = json.loads(request.body or b"{}")
    except (ValueError, UnicodeDecodeError):
        return None
    return body if isinstance(body, dict) else None


_PASSWORD_FIRST = {"detail": "Sign in with your password first."}


@never_cache
@require_POST
def passkey_sign_in_begin(request: HttpRequest) -> HttpResponse:
    found = mfa.pending_user(request)
    if found is None:
        return JsonResponse(_PASSWORD_FIRST, status=403)
    return JsonResponse(passkeys.sign_in_begin(request, found[0]))


@never_cache
@require_POST
def passkey_sign_in_complete(request: HttpRequest) -> HttpResponse:
    if (found := mfa.pending_user(request)) is None:
        return JsonResponse(_PASSWORD_FIRST, status=403)
    user, next_url = found
    answer = _json_body(request)
    if answer is None:
        return JsonResponse({"detail": "The browser's answer could not be read."}, status=400)
    signed_in = authenticate(request, username=user.email, passkey=answer)
    if signed_in is None:
        return JsonResponse(
            {"detail": "That passkey was not accepted. Try again, or enter a code."}, status=400
        )
    response = JsonResponse({"redirect": _where_next(request, signed_in, next_url)})
    _sign_in(request, signed_in, response)
    return response


# --- Proof of presence, before a change that could weaken the account -------------------------

# The confirmation form's own field: its post is a proof, not the page's own form.
CONFIRMING = "confirm_presence"


def _back_to_methods(request: HttpRequest) -> str:
    return reverse("two_factor") if mfa.MUST_ENROL in request.session else _account_section()


def _presence(request: HttpRequest, doing: str, *, page: bool = False) -> HttpResponse | None:
    """None if presence was proved in this session within MFA_REAUTH_MINUTES, or is proved by
    this post (the confirmation form, posted back to the address that asked for it); otherwise
    the confirmation form, again with its message after a wrong password or code, and nothing
    changes. Once proved, a page (`page`: one shown by GET) is fetched again."""
    confirming = request.method == "POST" and CONFIRMING in request.POST
    if not mfa.recently_proved(request):
        # Someone of a domain tied to an identity provider has no PROB password.
        provider = signs_in_elsewhere(request.user)
        form = ConfirmPresenceForm(
            request.POST if confirming else None,
            request=request,
            user=request.user,
            with_password=provider is None,
        )
        if not (confirming and form.is_valid()):
            context = {
                "form": form,
                "doing": doing,
                "action": request.get_full_path(),
                "confirming": CONFIRMING,
                "methods": mfa.methods_of(request.user),
                "minutes": settings.MFA_REAUTH_MINUTES,
                "cancel": _back_to_methods(request),
                "provider": provider,
            }
            return render(request, "accounts/mfa/confirm.html", context)
        mfa.presence_proved(request)
    if confirming and page:
        return redirect(request.get_full_path())
    return None


def _json_presence(request: HttpRequest) -> HttpResponse | None:
    """For the browser's requests (adding a passkey): a refusal naming where to prove it."""
    if mfa.recently_proved(request):
        return None
    confirm = reverse("mfa_confirm") + "?" + urlencode({"next": _back_to_methods(request)})
    detail = "Confirm it is you first: give your password again."
    return JsonResponse({"detail": detail, "confirm": confirm}, status=403)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def confirm(request: HttpRequest) -> HttpResponse:
    """The confirmation on a page of its own, for changes made by the browser's script (adding
    a passkey); then back to `next`, if it is this site's."""
    if (asking := _presence(request, "change your two-factor sign-in", page=True)) is not None:
        return asking
    next_url = request.GET.get("next", "")
    return redirect(next_url if _safe(request, next_url) else _back_to_methods(request))


@never_cache
@require_POST
@login_required
def confirm_passkey_begin(request: HttpRequest) -> HttpResponse:
    if not WebAuthnCredential.objects.filter(user=request.user, confirmed=True).exists():
        return JsonResponse({"detail": "You have no passkey to confirm with."}, status=400)
    return JsonResponse(passkeys.sign_in_begin(request, request.user))


@never_cache
@require_POST
@login_required
def confirm_passkey_complete(request: HttpRequest) -> HttpResponse:
    answer = _json_body(request)
    if answer is None:
        return JsonResponse({"detail": "The browser's answer could not be read."}, status=400)
    proved = authenticate(request, username=request.user.get_username(), passkey=answer)
    if proved is None or proved.pk != request.user.pk:
        return JsonResponse(
            {"detail": "That passkey was not accepted. Try again, or give your password."},
            status=400,
        )
    mfa.presence_proved(request)
    return JsonResponse({"confirmed": True})


# --- The account's methods --------------------------------------------------------------------


@require_safe
@login_required
def two_factor(request: HttpRequest) -> HttpResponse:
    """The methods, on a page of their own: where someone who must enrol is sent."""
    context = {
        "methods": mfa.methods_of(request.user),
        "must_enrol": mfa.MUST_ENROL in request.session,
    }
    return render(request, "accounts/mfa/two_factor.html", context)


def _after_set_up(request: HttpRequest, codes: list[str] | None) -> HttpResponse:
    """Once a method is set up: the new recovery codes if any, then where someone who had to
    enrol was going, or the account page."""
    going = mfa.enrolled(request) or _account_section()
    if codes:
        request.session[mfa.NEW_RECOVERY_CODES] = {"codes": codes, "next": going}
        return redirect("mfa_recovery_codes")
    return redirect(going)


def _qr_svg(uri: str) -> str:
    # Drawn here, as SVG in the page: the secret goes to no other site.
    return segno.make(uri, error="m").svg_inline(scale=5, border=4, dark="#000", light="#fff")


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def authenticator(request: HttpRequest) -> HttpResponse:
    """Sets up (or replaces) the authenticator app: its key is made here and kept in the
    session until a code from the app proves the app has it."""
    replacing = TOTPDevice.objects.filter(user=request.user, confirmed=True).exists()
    doing = "replace your authenticator app" if replacing else "set up an authenticator app"
    if (asking := _presence(request, doing, page=True)) is not None:
        return asking
    key = request.session.get(mfa.NEW_TOTP_KEY)
    try:
        secret = binascii.unhexlify(key) if isinstance(key, str) else b""
    except (binascii.Error, ValueError):
        secret = b""
    if len(secret) != 20:
        key = random_hex(20)
        secret = binascii.unhexlify(key)
        request.session[mfa.NEW_TOTP_KEY] = key
    form = AuthenticatorCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        totp = TOTP(secret, step=30, digits=6)
        if totp.verify(int(form.cleaned_data["code"]), tolerance=1):
            codes = mfa.authenticator_set_up(
                request.user, key=key, last_t=totp.t(), by=request.user
            )
            request.session.pop(mfa.NEW_TOTP_KEY, None)
            messages.success(request, "Your authenticator app is set up.")
            return _after_set_up(request, codes)
        form.add_error(
            "code",
            "That code does not match. Check that the app's clock is right, and enter the "
            "code it shows now.",
        )
    base32 = base64.b32encode(secret).decode()
    label = f"PROB:{request.user.email}"
    uri = (
        f"otpauth://totp/{label}?secret={base32}&issuer={settings.OTP_TOTP_ISSUER}"
        "&algorithm=SHA1&digits=6&period=30"
    )
    context = {
        "form": form,
        "qr_svg": _qr_svg(uri),
        "secret_groups": [base32[i : i + 4] for i in range(0, len(base32), 4)],
        "replacing": replacing,
        "must_enrol": mfa.MUST_ENROL in request.session,
    }
    return render(request, "accounts/mfa/authenticator.html", context)


def _removed(request: HttpRequest, remove: Any, what: str) -> HttpResponse:
    try:
        done = remove()
    except mfa.LastMethod as refusal:
        messages.error(request, str(refusal))
        return redirect(_account_section())
    if not done:
        return _not_found()
    messages.success(request, f"{what} removed.")
    return redirect(_account_section())


def _not_found() -> HttpResponse:
    return HttpResponse("Not found.", status=404, content_type="text/plain")


@require_POST
@login_required
def authenticator_remove(request: HttpRequest) -> HttpResponse:
    if not TOTPDevice.objects.filter(user=request.user).exists():
        return _not_found()
    if (asking := _presence(request, "remove your authenticator app")) is not None:
        return asking
    return _removed(
        request,
        lambda: mfa.authenticator_remove(request.user, by=request.user),
        "Your authenticator app is",
    )


@require_POST
@login_required
def passkey_remove(request: HttpRequest, pk: int) -> HttpResponse:
    passkey = WebAuthnCredential.objects.filter(user=request.user, pk=pk).first()
    if passkey is None:
        return _not_found()
    if (asking := _presence(request, f"remove the passkey “{passkey.name}”")) is not None:
        return asking
    return _removed(
        request,
        lambda: mfa.passkey_remove(request.user, pk, by=request.user),
        "The passkey is",
    )


@require_POST
@login_required
def recovery_codes_new(request: HttpRequest) -> HttpResponse:
    if not mfa.has_method(request.user):
        messages.error(
            request, "Set up an authenticator app or a passkey first: recovery codes go with one."
        )
        return redirect(_account_section())
    if (asking := _presence(request, "make new recovery codes")) is not None:
        return asking
    codes = mfa.new_recovery_codes(request.user, by=request.user, reason="recovery codes replaced")
    request.session[mfa.NEW_RECOVERY_CODES] = {"codes": codes, "next": _account_section()}
    return redirect("mfa_recovery_codes")


@require_POST
@login_required
def recovery_codes_remove(request: HttpRequest) -> HttpResponse:
    if not StaticDevice.objects.filter(user=request.user).exists():
        return _not_found()
    if (asking := _presence(request, "remove your recovery codes")) is not None:
        return asking
    return _removed(
        request,
        lambda: mfa.recovery_codes_remove(request.user, by=request.user),
        "Your recovery codes are",
    )


@never_cache
@require_safe
@login_required
def recovery_codes(request: HttpRequest) -> HttpResponse:
    """New recovery codes, shown once."""
    shown = request.session.pop(mfa.NEW_RECOVERY_CODES, None)
    if not isinstance(shown, dict) or not shown.get("codes"):
        messages.info(request, "Recovery codes are shown once, when they are made.")
        return redirect(_account_section())
    return render(request, "accounts/mfa/recovery_codes.html", shown)


@never_cache
@require_POST
@login_required
def passkey_add_begin(request: HttpRequest) -> HttpResponse:
    if (refused := _json_presence(request)) is not None:
        return refused
    return JsonResponse(passkeys.add_begin(request, request.user))


@never_cache
@require_POST
@login_required
def passkey_add_complete(request: HttpRequest) -> HttpResponse:
    if (refused := _json_presence(request)) is not None:
        return refused
    body = _json_body(request)
    if body is None:
        return JsonResponse({"detail": "The browser's answer could not be read."}, status=400)
    form = PasskeyNameForm({"name": body.get("name", "")})
    if not form.is_valid():
        return JsonResponse({"detail": " ".join(form.errors["name"])}, status=400)
    with transaction.atomic():
        device = passkeys.add_complete(request, request.user, body.get("credential"))
        if device is None:
            return JsonResponse(
                {"detail": "The passkey could not be added. Try again."}, status=400
            )
        codes = mfa.passkey_added(
            request.user, device, name=form.cleaned_data["name"], by=request.user
        )
    messages.success(request, f"Your passkey “{form.cleaned_data['name']}” is added.")
    return JsonResponse({"redirect": _after_set_up(request, codes)["Location"]})


# --- The Django admin's sign-in ---------------------------------------------------------------


@method_decorator(never_cache, name="dispatch")
class AdminLoginView(LoginView):
    """The admin's own sign-in form, with PROB's sign-in behind it: two-factor (the code step,
    enrolment where required), the new-browser notice and the rest. Without it, the admin's
    form would sign staff in with a password alone."""

    authentication_form = AdminAuthenticationForm
    template_name = "admin/login.html"
    # Someone signed in who is not staff sees the form (to sign in as someone who is).
    redirect_authenticated_user = False


def admin_login(request: HttpRequest, extra_context: dict | None = None) -> HttpResponse:
    """Replaces `admin.site.login` (accounts.apps): Django's, with `AdminLoginView`."""
    site = admin.site
    redirect_url = AdminLoginView().get_redirect_url(request) or reverse("admin:index")
    if request.method == "GET" and site.has_permission(request):
        return redirect(redirect_url)
    context = {
        **site.each_context(request),
        "title": "Log in",
        "subtitle": None,
        "app_path": request.get_full_path(),
        "username": request.user.get_username(),
        REDIRECT_FIELD_NAME: redirect_url,
        **(extra_context or {}),
    }
    request.current_app = site.name
    return AdminLoginView.as_view(extra_context=context)(request)
