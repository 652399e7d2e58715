"""Two-factor devices in the Django admin: the way to reset someone who has lost every method.

The libraries' own admin pages, with two changes: an administrator may look and remove, not add
or edit (a device an administrator made or changed could sign in as its user); and a removal,
one or a selection, goes through the account page's service (accounts.mfa.remove), so that it
is in the user's history naming the administrator and emailed to the user.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from django_otp.plugins.otp_static.admin import StaticDeviceAdmin
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.admin import TOTPDeviceAdmin
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.admin import WebAuthnCredentialAdmin
from django_otp_webauthn.models import WebAuthnCredential

from accounts import mfa


class RemovedThroughTheService:
    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        mfa.removed_by_administrator([obj], by=request.user)

    def delete_queryset(self, request: HttpRequest, queryset: Any) -> None:
        mfa.removed_by_administrator(queryset.select_related("user"), by=request.user)


class TOTPAdmin(RemovedThroughTheService, TOTPDeviceAdmin):
    pass


class RecoveryCodesAdmin(RemovedThroughTheService, StaticDeviceAdmin):
    pass


class PasskeyAdmin(RemovedThroughTheService, WebAuthnCredentialAdmin):
    pass


for model, model_admin in (
    (TOTPDevice, TOTPAdmin),
    (StaticDevice, RecoveryCodesAdmin),
    (WebAuthnCredential, PasskeyAdmin),
):
    if admin.site.is_registered(model):
        admin.site.unregister(model)
    admin.site.register(model, model_admin)
