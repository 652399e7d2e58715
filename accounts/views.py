from typing import Any

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST, require_safe

from accounts import mfa
from accounts.forms import ChangePasswordForm, EmailAuthenticationForm, ResetForm
from accounts.models import CalendarToken
from accounts.services import password_reset_request
from accounts.sessions_end import (
    activity,
    browser_name,
    browser_seen,
    session_key_changed,
    sessions_of,
    sign_out_sessions,
)
from accounts.tasks import new_browser_notice
from meetings.scoping import board_ids, current_memberships, held_roles
from prob import site
from prob.client_ip import client_ip
from prob.unsaved import PREFIX as UNSAVED_PREFIX
from prob.unsaved import signed_in_here, signed_out_here, unsaved_keep_only_for


@require_safe
@login_required
def account(request: HttpRequest) -> HttpResponse:
    memberships = current_memberships(request.user).select_related("board", "person")
    found = CalendarToken.objects.filter(user=request.user).first()
    # On SITE_URL, whatever host the page was reached by: the address is kept in a calendar
    # program, so it must be the site's own.
    calendar_url = site.absolute(reverse("personal_calendar", args=[found.token])) if found else ""
    context = {
        "memberships": memberships,
        "calendar_url": calendar_url,
        "sessions": sessions_of(request),
        "methods": mfa.methods_of(request.user),
    }
    return render(request, "accounts/account.html", context)


@require_POST
@login_required
def calendar_address_new(request: HttpRequest) -> HttpResponse:
    """A new private calendar address; the old one answers 404 from now on."""
    had_one = CalendarToken.objects.filter(user=request.user).exists()
    CalendarToken.renew(request.user)
    if had_one:
        messages.success(request, "Your calendar has a new address. The old one no longer works.")
    else:
        messages.success(request, "Your calendar address is ready.")
    return redirect(reverse("account") + "#calendar")


@require_POST
@login_required
def session_ping(request: HttpRequest) -> HttpResponse:
    """ "Stay signed in": the request itself is the activity, counted from now however
    recently the last one was (accounts.sessions_end)."""
    activity(request)
    return HttpResponse(status=204)


@require_POST
@login_required
def sign_out_elsewhere(request: HttpRequest) -> HttpResponse:
    """Ends every session of the user's but this browser's."""
    ended = sign_out_sessions(request, keep_this_one=True)
    if ended:
        noun = "browser" if ended == 1 else "browsers"
        messages.success(request, f"You are signed out on {ended} other {noun}.")
    else:
        messages.info(request, "You were not signed in on any other browser.")
    return redirect(reverse("account") + "#sessions")


@require_POST
@login_required
def sign_out_everywhere(request: HttpRequest) -> HttpResponse:
    """Ends every session of the user's, this one too."""
    sign_out_sessions(request, keep_this_one=False)
    # As signing out does: the signal, a new CSRF token, an empty session.
    logout(request)
    response = redirect(reverse("login"))
    signed_out_here(response)
    return response


class PasswordChangeView(auth_views.PasswordChangeView):
    """Django's, with wrong old passwords throttled as failed sign-ins (ChangePasswordForm)."""

    form_class = ChangePasswordForm

    def form_valid(self, form: ChangePasswordForm) -> HttpResponse:
        old_key = self.request.session.session_key
        response = super().form_valid(form)
        # Django gives this browser's session a new key; its row in the list follows.
        session_key_changed(old_key, self.request.session.session_key)
        return response

    def get_form_kwargs(self) -> dict[str, Any]:
        return {**super().get_form_kwargs(), "request": self.request}


class PasswordResetView(auth_views.PasswordResetView):
    """Django's, except that the email goes out through a task, within limits; the answer is
    the same whether an account uses the address or not, and whether a limit was reached."""

    form_class = ResetForm

    def form_valid(self, form: ResetForm) -> HttpResponse:
        password_reset_request(
            email=form.cleaned_data["email"],
            client_ip=client_ip(self.request),
        )
        return HttpResponseRedirect(self.get_success_url())


def landing_url(user: Any) -> str:
    """Where someone lands after signing in without asking for a page: the secretariat on
    their board, an action owner on their actions, a board member on their board. Read from
    the memberships the request has read already (`held`, one query per request, shared with
    the session's idle limit and the landing page), then one query: the board, or whether any
    action is theirs."""
    from meetings.action_scoping import owns_any
    from meetings.models import Membership

    roles = held_roles(user)
    if Membership.Role.SECRETARIAT in roles:
        return _board_url(user, Membership.Role.SECRETARIAT)
    if owns_any(user):
        return reverse("actions:mine")
    if Membership.Role.BOARD_MEMBER in roles:
        return _board_url(user, Membership.Role.BOARD_MEMBER)
    return reverse("home")


def _board_url(user: Any, role: str) -> str:
    from meetings.models import Board

    board = Board.objects.filter(pk__in=board_ids(user, (role,))).order_by("pk").first()
    return board.get_absolute_url() if board is not None else reverse("home")


def finish_sign_in(request: HttpRequest, response: HttpResponse, user: Any) -> None:
    """What follows every sign-in, whatever its method (a password here, an organisation's
    identity provider in sso.views): `user` has just been signed in by `login()`, and
    `response` takes them on."""
    # Presence just proved: two-factor changes need no other proof for a while (accounts.mfa).
    mfa.signed_in(request)
    # A form kept from an expired session goes only to whoever typed it (prob.unsaved).
    unsaved_keep_only_for(request, user)
    # The page reached after signing in (often from an email's link) says so first; focus.js
    # focuses a page's first message, so the keyboard starts there, not at the top. A kept
    # form comes back with its own message, which is the one to focus.
    if not any(key.startswith(UNSAVED_PREFIX) for key, _value in request.session.items()):
        messages.success(request, f"Signed in as {user.display_name}.")
    signed_in_here(response, user)
    if browser_seen(request, user):
        new_browser_notice.enqueue(
            user_id=user.pk,
            browser=browser_name(request.META.get("HTTP_USER_AGENT", "")),
            ip=client_ip(request),
            signed_in_at=timezone.now().strftime("%d %B %Y at %H:%M"),
        )


class LoginView(auth_views.LoginView):
    authentication_form = EmailAuthenticationForm
    redirect_authenticated_user = True

    def get_default_redirect_url(self) -> str:
        return landing_url(self.request.user)

    def form_valid(self, form: EmailAuthenticationForm) -> HttpResponse:
        # Two-factor (accounts/mfa.py): with a method set up, a code or passkey comes first.
        if mfa.has_method(form.get_user()):
            return mfa.ask_for_code(self.request, form.get_user(), self.get_redirect_url())
        response = super().form_valid(form)
        finish_sign_in(self.request, response, form.get_user())
        # Two-factor required for their role and not set up: they set it up first.
        return mfa.enrol_if_required(self.request, form.get_user(), response)


class LogoutView(auth_views.LogoutView):
    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        # Read the form before signing out: a post Django refuses (too many fields) is answered
        # 400 before anything changes, not after the session and its record have gone.
        request.POST  # noqa: B018
        response = super().post(request, *args, **kwargs)
        signed_out_here(response)
        return response
