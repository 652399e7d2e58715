from typing import Any, ClassVar

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.db.models.functions import Lower
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
        return self.get_full_name() or "A PROB user"
