"""Workflows that write: password reset requests, within their limits; an account saved by an
administrator."""

import datetime
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from accounts.models import PasswordResetRequest
from accounts.tasks import password_reset_send
from meetings.revisions import user_renamed
from prob.history import save_with_history

RESET_LIMIT_WINDOW = datetime.timedelta(hours=1)


def password_reset_request(*, email: str, client_ip: str | None) -> bool:
    """Queues the reset email for `email` unless that address, or the client, has had its
    limit of requests in the last hour; returns whether it did.

    It does the same whether or not an account uses the address (which do is for the task to
    find out), so neither the answer nor the time it takes tells. The limits stop the reset
    form being used to flood someone's inbox, or to try many addresses.
    """
    since = timezone.now() - RESET_LIMIT_WINDOW
    email_hash = PasswordResetRequest.hash_email(email)
    with transaction.atomic():
        PasswordResetRequest.objects.filter(created__lt=since).delete()
        recent = PasswordResetRequest.objects.filter(
            Q(email_hash=email_hash) | Q(client_ip=client_ip), created__gte=since
        ).aggregate(
            address=Count("pk", filter=Q(email_hash=email_hash)),
            client=Count("pk", filter=Q(client_ip=client_ip)),
        )
        if (
            recent["address"] >= settings.PASSWORD_RESET_LIMIT_PER_ADDRESS
            or recent["client"] >= settings.PASSWORD_RESET_LIMIT_PER_CLIENT
        ):
            return False
        PasswordResetRequest.objects.create(email_hash=email_hash, client_ip=client_ip)
    password_reset_send.enqueue(email=email)
    return True


@transaction.atomic
def user_save(*, user: Any, by: Any, reason: str) -> Any:
    """Saves an account as an administrator edited it, with who and why in its history. A
    changed name shows on the records whose comments the account wrote or resolved
    (`meetings.revisions.user_renamed`)."""
    names = ("first_name", "last_name")
    before = type(user).objects.filter(pk=user.pk).values(*names).first()
    user.full_clean()
    save_with_history(user, by=by, reason=reason)
    if before is not None and before != {name: getattr(user, name) for name in names}:
        user_renamed(user)
    return user
