from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from accounts import mfa_views, views

urlpatterns = [
    # The sign-in page, accounts/login/, is sso/sign_in_urls.py's: the view with its detour.
    path("logout/", views.LogoutView.as_view(), name="logout"),
    path("password/", views.PasswordChangeView.as_view(), name="password_change"),
    path(
        "password/done/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path(
        "password/reset/",
        views.PasswordResetView.as_view(),
        name="password_reset",
    ),
    path(
        "password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "password/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            success_url=reverse_lazy("password_reset_complete")
        ),
        name="password_reset_confirm",
    ),
    path(
        "password/reset/complete/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("calendar/new/", views.calendar_address_new, name="calendar_address_new"),
    path("session/ping/", views.session_ping, name="session_ping"),
    path("sessions/end-others/", views.sign_out_elsewhere, name="sign_out_elsewhere"),
    path("sessions/end-all/", views.sign_out_everywhere, name="sign_out_everywhere"),
    # Two-factor (accounts/mfa.py): the step after the password, and the account's methods.
    path("login/code/", mfa_views.verify, name="mfa_verify"),
    path("login/passkey/begin/", mfa_views.passkey_sign_in_begin, name="mfa_passkey_sign_in_begin"),
    path(
        "login/passkey/complete/",
        mfa_views.passkey_sign_in_complete,
        name="mfa_passkey_sign_in_complete",
    ),
    path("two-factor/", mfa_views.two_factor, name="two_factor"),
    # Proof of presence before a change to the methods (the password, a code or a passkey again).
    path("two-factor/confirm/", mfa_views.confirm, name="mfa_confirm"),
    path(
        "two-factor/confirm/passkey/begin/",
        mfa_views.confirm_passkey_begin,
        name="mfa_confirm_passkey_begin",
    ),
    path(
        "two-factor/confirm/passkey/complete/",
        mfa_views.confirm_passkey_complete,
        name="mfa_confirm_passkey_complete",
    ),
    path("two-factor/authenticator/", mfa_views.authenticator, name="mfa_totp"),
    path(
        "two-factor/authenticator/remove/",
        mfa_views.authenticator_remove,
        name="mfa_totp_remove",
    ),
    path("two-factor/passkeys/begin/", mfa_views.passkey_add_begin, name="mfa_passkey_add_begin"),
    path(
        "two-factor/passkeys/complete/",
        mfa_views.passkey_add_complete,
        name="mfa_passkey_add_complete",
    ),
    path(
        "two-factor/passkeys/<int:pk>/remove/",
        mfa_views.passkey_remove,
        name="mfa_passkey_remove",
    ),
    path("two-factor/recovery-codes/", mfa_views.recovery_codes, name="mfa_recovery_codes"),
    path(
        "two-factor/recovery-codes/new/",
        mfa_views.recovery_codes_new,
        name="mfa_recovery_new",
    ),
    path(
        "two-factor/recovery-codes/remove/",
        mfa_views.recovery_codes_remove,
        name="mfa_recovery_remove",
    ),
    path("", views.account, name="account"),
]
