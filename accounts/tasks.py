"""Work done outside the request, through Django's task framework (settings.TASKS)."""

from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.tasks import task

from accounts.forms import ResetForm


@task
def password_reset_send(*, email: str, **queued_before: Any) -> None:
    """Emails a link to choose a new password to each active account that uses `email`.

    Run outside the request, so that how long the request takes does not tell whether an
    account uses the address: the request only queues this, for any address.

    The link is on SITE_URL, never on the host the request named: anyone can send a request
    with any Host header, and a link that followed it would take the token to their server.
    (`queued_before` takes the domain that requests queued before this was so still carry,
    and ignores it.)
    """
    site = urlsplit(settings.SITE_URL)
    form = ResetForm({"email": email})
    if form.is_valid():
        form.save(
            domain_override=site.netloc,
            use_https=site.scheme == "https",
            extra_email_context={"site_url": settings.SITE_URL.rstrip("/")},
        )


def _email_account_holder(user_id: int, subject: str, template: str, **context: Any) -> None:
    """Emails an active account's holder about their account; nothing if it has gone."""
    from django.contrib.auth import get_user_model
    from django.core.mail import send_mail
    from django.template.loader import render_to_string

    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return
    context = {**context, "user": user, "site_url": settings.SITE_URL.rstrip("/")}
    send_mail(subject, render_to_string(template, context), None, [user.email])


@task
def new_browser_notice(
    *, user_id: int, browser: str, ip: str | None, signed_in_at: str, **queued_before: Any
) -> None:
    """Tells someone that their account was signed in to on a browser not seen before, with
    what to do if it was not them."""
    _email_account_holder(
        user_id,
        "PROB: a sign-in from a new browser",
        "accounts/email/new_browser.txt",
        browser=browser,
        ip=ip or "unknown",
        signed_in_at=signed_in_at,
    )


@task
def two_factor_changed(*, user_id: int, change: str, changed_at: str, **queued_before: Any) -> None:
    """Tells someone that their two-factor methods changed, with what to do if it was not
    them (accounts/mfa.py)."""
    _email_account_holder(
        user_id,
        "PROB: your two-factor sign-in changed",
        "accounts/email/two_factor_changed.txt",
        change=change,
        changed_at=changed_at,
    )
