"""Identity providers are set up here by an administrator (README "Single sign-on"). The
client secret is never shown back: only its last four characters, and a blank field keeps it."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from sso.models import IdentityProvider, ProviderDomain, ProviderLink, SignInAddress


class IdentityProviderForm(forms.ModelForm):
    client_secret = forms.CharField(
        required=False,
        strip=True,
        max_length=500,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "off"}),
        help_text="From the provider (in Entra ID: Certificates & secrets). Not shown again.",
    )

    class Meta:
        model = IdentityProvider
        fields = (
            "organisation",
            "name",
            "issuer",
            "client_id",
            "client_secret",
            "trusted_for_domains",
            "active",
        )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.instance.client_secret:
            self.fields["client_secret"].help_text = (
                f"A secret is set (ending {self.instance.secret_hint}). Leave this blank to "
                "keep it, or enter a new one to replace it."
            )

    def clean_client_secret(self) -> str:
        secret = self.cleaned_data.get("client_secret", "")
        if secret:
            return secret
        if self.instance.pk and self.instance.client_secret:
            return self.instance.client_secret
        raise forms.ValidationError("Enter the client secret the provider gave you.")


class ProviderDomainInline(admin.TabularInline):
    model = ProviderDomain
    extra = 1


@admin.register(IdentityProvider)
class IdentityProviderAdmin(SimpleHistoryAdmin):
    form = IdentityProviderForm
    inlines = (ProviderDomainInline,)
    list_display = ("name", "organisation", "issuer", "domain_list", "active")
    list_select_related = ("organisation",)
    search_fields = ("name", "issuer", "domains__domain")

    def get_queryset(self, request: Any) -> Any:
        return super().get_queryset(request).prefetch_related("domains")

    @admin.display(description="domains")
    def domain_list(self, provider: IdentityProvider) -> str:
        return ", ".join(d.domain for d in provider.domains.all())


@admin.register(ProviderLink)
class ProviderLinkAdmin(SimpleHistoryAdmin):
    list_display = ("user", "provider", "created", "last_signed_in")
    list_select_related = ("user", "provider")
    search_fields = ("user__email", "subject")
    readonly_fields = ("provider", "user", "subject", "created", "last_signed_in")

    def has_add_permission(self, request: Any) -> bool:
        return False


@admin.register(SignInAddress)
class SignInAddressAdmin(SimpleHistoryAdmin):
    list_display = ("email", "person")
    list_select_related = ("person",)
    search_fields = ("email", "person__name")
    autocomplete_fields = ("person",)
