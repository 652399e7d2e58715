"""Single sign-on (issue 19): an organisation's identity provider (OpenID Connect), the email
domains tied to it, the links between its accounts and PROB's, and the addresses people with a
membership but no account yet will sign in with."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import DomainNameValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from simple_history.models import HistoricalRecords

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


class IdentityProvider(models.Model):
    """An organisation's OpenID Connect provider (Microsoft Entra ID, or any standard one),
    set up by an administrator in the Django admin (README "Single sign-on")."""

    organisation = models.ForeignKey(
        "meetings.Organisation", on_delete=models.PROTECT, related_name="identity_providers"
    )
    name = models.CharField(
        max_length=100,
        help_text='Shown to people on their way there, e.g. "Contoso Microsoft account".',
    )
    issuer = models.URLField(
        max_length=300,
        unique=True,
        help_text="Exactly as the provider names itself in its discovery document; for "
        "Microsoft Entra ID https://login.microsoftonline.com/<tenant id>/v2.0",
    )
    client_id = models.CharField("client ID", max_length=200)
    client_secret = models.CharField(max_length=500)
    trusted_for_domains = models.BooleanField(
        "trusted for its domains",
        default=False,
        help_text="Accept the email addresses it gives on its own domains as verified even "
        "without an email_verified claim (Microsoft Entra ID sends none). Only for a provider "
        "the organisation runs, whose accounts on these domains it alone creates.",
    )
    active = models.BooleanField(
        default=True, help_text="Off: its domains' people sign in with a PROB password again."
    )

    # Who set up or changed a provider, and when; never its secret.
    history = HistoricalRecords(excluded_fields=["client_secret"])

    class Meta:
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        super().clean()
        parts = urlsplit(self.issuer or "")
        if parts.scheme != "https" and parts.hostname not in LOOPBACK:
            raise ValidationError({"issuer": "The issuer must be an https:// address."})
        if parts.query or parts.fragment:
            raise ValidationError({"issuer": "The issuer has no query or fragment."})

    @property
    def origin(self) -> str:
        """Where its sign-in page is, for the pages whose forms lead there (form-action)."""
        parts = urlsplit(self.issuer)
        return f"{parts.scheme}://{parts.netloc}"

    @property
    def secret_hint(self) -> str:
        """The secret as the admin shows it: its last four characters only."""
        return f"…{self.client_secret[-4:]}" if len(self.client_secret) > 8 else "set"


class ProviderDomain(models.Model):
    """An email domain whose people sign in at `provider`, never with a PROB password."""

    provider = models.ForeignKey(IdentityProvider, on_delete=models.CASCADE, related_name="domains")
    domain = models.CharField(
        max_length=253,
        validators=[DomainNameValidator(accept_idna=False)],
        help_text='The part after the @, e.g. "contoso.gov.uk".',
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ("domain",)
        constraints = [
            models.UniqueConstraint(Lower("domain"), name="provider_domain_unique_any_case"),
        ]

    def __str__(self) -> str:
        return self.domain

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.domain = (self.domain or "").strip().lower()
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        self.domain = (self.domain or "").strip().lower()


class ProviderLink(models.Model):
    """A PROB account tied to an account at a provider (its `sub`, which never changes): made
    at the first sign-in there; each later sign-in updates `last_signed_in`, with its history."""

    provider = models.ForeignKey(IdentityProvider, on_delete=models.CASCADE, related_name="links")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="provider_links"
    )
    subject = models.CharField(max_length=255)
    created = models.DateTimeField(default=timezone.now)
    last_signed_in = models.DateTimeField(default=timezone.now)

    history = HistoricalRecords()

    class Meta:
        ordering = ("-last_signed_in",)
        constraints = [
            models.UniqueConstraint(fields=["provider", "subject"], name="provider_link_subject"),
            models.UniqueConstraint(fields=["provider", "user"], name="provider_link_user"),
        ]

    def __str__(self) -> str:
        return f"{self.user} at {self.provider}"


class SignInAddress(models.Model):
    """The work email address someone with a membership but no PROB account yet will sign in
    with at their organisation's provider: their first sign-in there makes their account with
    it and ties it to them. No one else gets an account that way."""

    person = models.OneToOneField(
        "meetings.Person", on_delete=models.CASCADE, related_name="sign_in_address"
    )
    email = models.EmailField("email address")

    history = HistoricalRecords()

    class Meta:
        ordering = ("email",)
        verbose_name_plural = "sign-in addresses"
        constraints = [
            models.UniqueConstraint(Lower("email"), name="sign_in_address_unique_any_case"),
        ]

    def __str__(self) -> str:
        return self.email

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.email = (self.email or "").strip().lower()
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        self.email = (self.email or "").strip().lower()
