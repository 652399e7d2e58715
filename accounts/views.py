from typing import Any

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.sites.shortcuts import get_current_site
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.views.decorators.http import require_safe

from accounts.forms import ChangePasswordForm, ResetForm
from accounts.services import password_reset_request
from meetings.scoping import current_memberships
from prob.client_ip import client_ip


@require_safe
@login_required
def account(request: HttpRequest) -> HttpResponse:
    memberships = current_memberships(request.user).select_related("board", "person")
    return render(request, "accounts/account.html", {"memberships": memberships})


class PasswordChangeView(auth_views.PasswordChangeView):
    """Django's, with wrong old passwords throttled as failed sign-ins (ChangePasswordForm)."""

    form_class = ChangePasswordForm

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
            domain=get_current_site(self.request).domain,
            use_https=self.request.is_secure(),
        )
        return HttpResponseRedirect(self.get_success_url())
