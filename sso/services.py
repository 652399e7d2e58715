"""Who someone signed in at an identity provider is in PROB: matched by the provider's account
(a link made before), else by a verified email address on one of the provider's domains, to an
existing account, or to a person with a membership whose sign-in address it is (their account
is made then). No one else gets in, and a refusal writes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from meetings.models import Membership
from meetings.services.directory import person_save
from sso.models import IdentityProvider, ProviderLink, SignInAddress


class Refused(Exception):
    """A sign-in refused; `message` is what the person is told."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Matched:
    user: Any
    linked: bool  # the link to the provider's account was made now
    made: bool  # the PROB account was made now


def provider_for_email(email: str) -> IdentityProvider | None:
    """The active provider `email`'s domain is tied to, if any."""
    try:
        validate_email(email)
    except ValidationError:
        return None
    domain = email.rpartition("@")[2].strip().lower()
    return (
        IdentityProvider.objects.filter(active=True, domains__domain=domain)
        .select_related("organisation")
        .first()
    )


def verified_email(provider: IdentityProvider, claims: dict[str, Any]) -> str:
    """The claims' email address, lower-cased, if the provider vouches for it: on one of its
    domains, and verified (`email_verified` true, or the provider trusted for its domains and
    not saying otherwise through Entra ID's `xms_edov`)."""
    email = claims.get("email")
    if not isinstance(email, str) or "@" not in email or len(email) > 254:
        raise Refused(
            f"{provider.name} did not give PROB your email address, so PROB cannot tell who "
            "you are. Ask your organisation's IT team to send the email claim."
        )
    email = email.strip().lower()
    domain = email.rpartition("@")[2]
    if not provider.domains.filter(domain=domain).exists():
        raise Refused(
            f"{provider.name} signed you in as {email}, but it signs in only "
            "its own organisation's addresses to PROB."
        )
    verified = claims.get("email_verified") in (True, "true")
    if not verified and provider.trusted_for_domains:
        verified = claims.get("xms_edov") not in (False, "false", 0, "0")
    if not verified:
        raise Refused(
            f"{provider.name} has not verified the address {email}, so PROB cannot match it "
            "to an account."
        )
    return email


def _current_membership(person: Any) -> bool:
    today = timezone.localdate()
    return Membership.objects.filter(
        Q(end_date__isnull=True) | Q(end_date__gte=today), person=person, start_date__lte=today
    ).exists()


def _made_account(provider: IdentityProvider, email: str, claims: dict[str, Any]) -> Any:
    """The account of the person whose sign-in address `email` is, made now and tied to them;
    Refused for anyone without one, without a current membership, or with an account."""
    address = SignInAddress.objects.select_related("person").filter(email=email).first()
    if (
        address is None
        or address.person.user_id is not None
        or not _current_membership(address.person)
    ):
        raise Refused(
            f"There is no PROB account for {email}, and PROB makes one only for people the "
            "secretariat has added to a board. Nothing was saved. If you should have access, "
            "ask the board's secretariat to add you."
        )
    user = get_user_model()(
        email=email,
        first_name=str(claims.get("given_name") or "")[:150],
        last_name=str(claims.get("family_name") or "")[:150],
    )
    user.set_unusable_password()
    reason = f"Account made at the first sign-in through {provider.name}"
    user._change_reason = reason
    user.save()
    person = address.person
    person.user = user
    # Through the directory's service: linking an account that has written nothing moves no
    # record (a record shows a person's name and organisation, not their account).
    person_save(person=person, by=user, reason=reason)
    return user


@transaction.atomic
def match(provider: IdentityProvider, claims: dict[str, Any]) -> Matched:
    """The PROB account the provider's claims (an ID token already checked) are for."""
    subject = claims.get("sub")
    if not isinstance(subject, str) or not subject or len(subject) > 255:
        raise Refused(f"{provider.name} did not say which of its accounts signed in.")
    link = (
        ProviderLink.objects.select_for_update()
        .select_related("user")
        .filter(provider=provider, subject=subject)
        .first()
    )
    linked = made = False
    if link is not None:
        user = link.user
    else:
        email = verified_email(provider, claims)
        user = get_user_model().objects.filter(email__iexact=email).first()
        if user is None:
            user = _made_account(provider, email, claims)
            made = True
        elif ProviderLink.objects.filter(provider=provider, user=user).exists():
            raise Refused(
                f"Your PROB account is tied to another account at {provider.name}. "
                "Ask a PROB administrator to check it."
            )
        link = ProviderLink(provider=provider, user=user, subject=subject)
        linked = True
    if not user.is_active:
        raise Refused("Your PROB account is switched off. Ask a PROB administrator.")
    link.last_signed_in = timezone.now()
    link._history_user = user
    link._change_reason = (
        f"Linked at the first sign-in through {provider.name}"
        if linked
        else f"Signed in through {provider.name}"
    )
    link.save()
    return Matched(user=user, linked=linked, made=made)
