"""Workflows that write: password reset requests, within their limits."""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from accounts.models import PasswordResetRequest
from accounts.tasks import password_reset_send

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
