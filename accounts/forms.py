from typing import Any

from django import forms
from django.contrib.auth import authenticate
from django.contrib.auth.forms import AuthenticationForm, PasswordChangeForm, PasswordResetForm
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.views.decorators.debug import sensitive_variables


class EmailAuthenticationForm(AuthenticationForm):
    username = forms.EmailField(
        label="Email address",
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True}),
    )
    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": "Enter a correct email address and password. The password is "
        "case-sensitive.",
    }

    def clean_username(self) -> str:
        return self.cleaned_data["username"].lower()


class ChangePasswordForm(PasswordChangeForm):
    """Django's, with the old password checked by signing in with it, so that django-axes
    counts a wrong one as a failed sign-in: a session left open, or stolen, cannot be used to
    guess the password faster than the sign-in page allows."""

    def __init__(self, user: Any, *args: Any, request: HttpRequest, **kwargs: Any) -> None:
        super().__init__(user, *args, **kwargs)
        self.request = request

    @sensitive_variables("old_password")
    def clean_old_password(self) -> str:
        old_password = self.cleaned_data["old_password"]
        signed_in = authenticate(
            self.request, username=self.user.get_username(), password=old_password
        )
        if signed_in is None or signed_in.pk != self.user.pk:
            raise ValidationError(
                self.error_messages["password_incorrect"], code="password_incorrect"
            )
        return old_password


class ResetForm(PasswordResetForm):
    email = forms.EmailField(
        label="Email address",
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


class TwoFactorCodeForm(forms.Form):
    """The second step of signing in: a code from an authenticator app, or a recovery code."""

    code = forms.CharField(
        label="Code from your authenticator app, or a recovery code",
        max_length=40,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "autofocus": True,
                "spellcheck": "false",
                "autocapitalize": "none",
            }
        ),
    )


class ConfirmPresenceForm(forms.Form):
    """Proof that whoever is at the keyboard holds the account, before a change that could
    weaken it (accounts/mfa.py): the password, or a code. Checked by signing in with it, so
    that django-axes counts a wrong one as a failed sign-in and refuses any while locked out."""

    password = forms.CharField(
        label="Your password",
        required=False,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    code = forms.CharField(
        label="Or a code from your authenticator app, or a recovery code",
        required=False,
        max_length=40,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "spellcheck": "false", "autocapitalize": "none"}
        ),
    )

    def __init__(
        self, *args: Any, request: HttpRequest, user: Any, with_password: bool = True, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.request = request
        self.user = user
        if not with_password:
            # Someone whose organisation signs them in has no PROB password to give.
            del self.fields["password"]
            self.fields["code"].label = "A code from your authenticator app, or a recovery code"

    @sensitive_variables("password", "credentials")
    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        password = cleaned.get("password") or ""
        code = (cleaned.get("code") or "").strip()
        if self.errors:
            return cleaned
        if not password and not code:
            if "password" in self.fields:
                self.add_error("password", "Enter your password, or a code.")
            else:
                self.add_error("code", "Enter a code.")
            return cleaned
        credentials = {"password": password} if password else {"otp_token": code}
        proved = authenticate(self.request, username=self.user.get_username(), **credentials)
        if proved is None or proved.pk != self.user.pk:
            field = "password" if password else "code"
            what = "password" if password else "code"
            self.add_error(field, f"That {what} is not right. Nothing has changed.")
        return cleaned


class AuthenticatorCodeForm(forms.Form):
    """Setting up an authenticator app: the code it shows, proving it has the key."""

    code = forms.RegexField(
        label="The 6-digit code your app shows",
        regex=r"^\s*\d{3}\s?\d{3}\s*$",
        max_length=20,
        error_messages={"invalid": "Enter the 6 digits your app shows, such as 123456."},
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def clean_code(self) -> str:
        return "".join(self.cleaned_data["code"].split())


class PasskeyNameForm(forms.Form):
    name = forms.CharField(label="Name of the passkey", max_length=60, strip=True)

    def clean_name(self) -> str:
        name = self.cleaned_data["name"]
        if any(ord(c) < 32 for c in name):
            raise ValidationError("Use letters, digits and spaces in the name.")
        return name
