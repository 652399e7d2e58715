import secrets
from typing import Any, ClassVar

from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models, transaction
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.crypto import salted_hmac
from simple_history.models import HistoricalRecords


class EmailUserManager(UserManager):
    """People sign in with their email address; there is no separate username."""

    def _create_user(self, email: str, password: str | None, **extra: Any) -> "User":
        if not email:
            raise ValueError("An email address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def get_by_natural_key(self, username: str | None) -> "User":
        # How the password backend finds who is signing in: with their person and organisation
        # in the same query, since the sign-in's message names them (`display_name`).
        return self.select_related("person__organisation").get(
            **{self.model.USERNAME_FIELD: username}
        )

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> "User":
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> "User":
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra)


class User(AbstractUser):
    username = None
    email = models.EmailField("email address", unique=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    objects = EmailUserManager()
    # Who was made staff or deactivated, and by whom; no password hashes in the history.
    history = HistoricalRecords(excluded_fields=["password", "last_login"])

    class Meta:
        ordering = ("email",)
        constraints = [
            # People type their address in any case; one address is one account.
            models.UniqueConstraint(Lower("email"), name="user_email_unique_any_case"),
        ]

    def __str__(self) -> str:
        return self.get_full_name() or self.email

    def clean(self) -> None:
        super().clean()
        self.email = self.email.lower()

    @property
    def display_name(self) -> str:
        """The name shown beside what someone wrote; never their email address."""
        person = getattr(self, "person", None)
        if person is not None:
            organisation = person.organisation
            return f"{person.name}, {organisation.short_name}" if organisation else person.name
        # Accounts with no person are the administrators'; their address stays private.
        return self.get_full_name() or "PROB administrator"


class PasswordResetRequest(models.Model):
    """A password reset email queued, kept for an hour to limit how many one address receives
    and one client asks for (accounts.services.password_reset_request). In the database, not a
    cache, because every web process must see the same counts."""

    # A keyed hash of the address, so that the table keeps no list of addresses, least of all
    # those typed by people who have no account.
    email_hash = models.CharField(max_length=64, db_index=True)
    client_ip = models.GenericIPAddressField(null=True, db_index=True)
    created = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self) -> str:
        return f"Password reset asked from {self.client_ip} at {self.created:%Y-%m-%d %H:%M}"

    @staticmethod
    def hash_email(email: str) -> str:
        # Lower case: one address is one account, whatever its case (User's constraint).
        normalised = email.strip().lower()
        return salted_hmac(
            "accounts.PasswordResetRequest", normalised, algorithm="sha256"
        ).hexdigest()


def new_calendar_token() -> str:
    return secrets.token_urlsafe(32)


class CalendarToken(models.Model):
    """The secret in a user's private calendar address (/calendar/<token>.ics), which a
    calendar program fetches without signing in. One per user; making a new one deletes the
    old, so the old address answers 404 from then on."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_token"
    )
    # 256 random bits, URL-safe; shown again on the account page, so kept as it is.
    token = models.CharField(max_length=64, unique=True, default=new_calendar_token)
    created = models.DateTimeField(default=timezone.now)

    # Who made or retired an address, and when; never the secret itself.
    history = HistoricalRecords(excluded_fields=["token"])

    def __str__(self) -> str:
        return f"Calendar address of {self.user_id}, made {self.created:%Y-%m-%d %H:%M}"

    @classmethod
    def renew(cls, user: Any) -> "CalendarToken":
        """A new address for the user; the old one, if any, stops working at once."""
        with transaction.atomic():
            for old in cls.objects.select_for_update().filter(user=user):
                old._history_user = user  # type: ignore[attr-defined]
                old._change_reason = "Replaced by a new address"  # type: ignore[attr-defined]
                old.delete()
            new = cls(user=user)
            new._history_user = user  # type: ignore[attr-defined]
            new._change_reason = "New calendar address"  # type: ignore[attr-defined]
            new.save()
            return new


class UserSession(models.Model):
    """A browser signed in to an account: one row per Django session, made when someone signs
    in and removed when they sign out, so that the account page can list where they are
    signed in and end those sessions (accounts/sessions_end.py). The last activity is read from
    the session itself, which is written on every request anyway."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="user_sessions"
    )
    session_key = models.CharField(max_length=40, unique=True)
    user_agent = models.CharField(max_length=300, blank=True)
    ip = models.GenericIPAddressField(null=True, blank=True)
    created = models.DateTimeField(default=timezone.now)

    # Who signed in where, and who ended which session; never the session's key, a secret.
    history = HistoricalRecords(excluded_fields=["session_key"])

    class Meta:
        ordering = ("-created",)

    def __str__(self) -> str:
        return f"Session of {self.user_id} from {self.ip}, {self.created:%Y-%m-%d %H:%M}"


class KnownBrowser(models.Model):
    """A browser someone has signed in on before (a random id in a long-lived signed cookie,
    kept here as a keyed hash): a sign-in from any other browser is emailed to them."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="known_browsers"
    )
    browser_hash = models.CharField(max_length=64)
    first_seen = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "browser_hash"], name="known_browser_once"),
        ]

    def __str__(self) -> str:
        return f"Browser of {self.user_id} first seen {self.first_seen:%Y-%m-%d %H:%M}"

    @staticmethod
    def hash_id(browser_id: str) -> str:
        return salted_hmac("accounts.KnownBrowser", browser_id, algorithm="sha256").hexdigest()
