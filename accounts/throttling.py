"""Sign-in throttling: django-axes' database handler, locking an address as well as a
username from an address."""

from typing import Any

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_failure_limit
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Q, Sum
from django.db.models.functions import Coalesce
from django.http import HttpRequest


class SignInThrottle(AxesDatabaseHandler):
    """A username is locked from one address after AXES_FAILURE_LIMIT failures within the
    cool-off; the address itself, for every username, after AXES_ADDRESS_FAILURE_LIMIT, so
    that a few guesses at each of many accounts (password spray) are slowed as well.

    axes counts attempts by AXES_LOCKOUT_PARAMETERS (username and address together, which
    also decides what a successful sign-in clears: that username's failures only), and
    compares one count with one limit; this gives it the count that decides both limits.
    """

    def get_failures(self, request: HttpRequest, credentials: dict | None = None) -> int:
        username = get_client_username(request, credentials)
        counts = AccessAttempt.objects.filter(
            ip_address=request.axes_ip_address,
            attempt_time__gte=get_cool_off_threshold(request),
        ).aggregate(
            address=Coalesce(Sum("failures_since_start"), 0),
            account=Coalesce(Sum("failures_since_start", filter=Q(username=username)), 0),
        )
        if counts["address"] >= settings.AXES_ADDRESS_FAILURE_LIMIT:
            # Over the address's limit counts as at the account's, the one axes compares with.
            return max(counts["account"], settings.AXES_FAILURE_LIMIT)
        return counts["account"]

    def is_locked(self, request: HttpRequest, credentials: dict | None = None) -> bool:
        locked = super().is_locked(request, credentials)
        if locked and request is not None:
            request._prob_refused = True  # type: ignore[attr-defined]
        return locked

    def user_login_failed(
        self, sender: Any, credentials: dict, request: HttpRequest | None = None, **kwargs: Any
    ) -> None:
        """Locks exactly after the limit's number of failures: each of the first
        AXES_FAILURE_LIMIT wrong passwords is answered as wrong, and the next attempt is refused
        (429). axes locks on the failure that reaches the limit itself, so that with a limit of
        5 only four wrong passwords were ever said to be wrong (QA: "locks at the 4th")."""
        # Refused before the password was tried (`is_locked`, already at the limit): the lock holds.
        refused_already = getattr(request, "_prob_refused", False)
        super().user_login_failed(sender, credentials, request, **kwargs)
        if (
            request is not None
            and not refused_already
            and getattr(request, "axes_locked_out", False)
            and getattr(request, "axes_failures_since_start", 0)
            <= get_failure_limit(request, credentials)
        ):
            # Counted; the lock holds from the next attempt (`is_locked`: failures >= limit).
            request.axes_locked_out = False

    def user_logged_in(self, sender: Any, request: HttpRequest, user: Any, **kwargs: Any) -> None:
        """axes' own (the access log, the expired attempts and this account's from this
        address deleted), with the two deletions made as one (`clean_expired_user_attempts`):
        a query fewer for every sign-in."""
        request._prob_reset_with_expired = (  # type: ignore[attr-defined]
            settings.AXES_RESET_ON_SUCCESS
            and settings.AXES_COOLOFF_TIME is not None
            and not settings.AXES_USE_ATTEMPT_EXPIRATION
        )
        try:
            super().user_logged_in(sender, request, user, **kwargs)
        finally:
            del request._prob_reset_with_expired  # type: ignore[attr-defined]

    def clean_expired_user_attempts(
        self, request: HttpRequest | None = None, credentials: dict | None = None
    ) -> int:
        if request is None or not getattr(request, "_prob_reset_with_expired", False):
            return super().clean_expired_user_attempts(request, credentials)
        expired = AccessAttempt.objects.filter(attempt_time__lte=get_cool_off_threshold(request))
        for attempts in self.filter_user_attempts(request, credentials):
            expired = expired | attempts
        count, _ = expired.delete()
        return count

    def reset_user_attempts(self, request: HttpRequest, credentials: dict | None = None) -> int:
        if getattr(request, "_prob_reset_with_expired", False):
            return 0  # deleted with the expired ones, just before
        return super().reset_user_attempts(request, credentials)
