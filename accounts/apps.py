from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Accounts"

    def ready(self) -> None:
        # The admin's sign-in goes through PROB's, two-factor and all (accounts/mfa_views.py).
        from django.contrib import admin

        from accounts import checks  # noqa: F401 - registers the deploy checks
        from accounts.mfa_views import admin_login

        admin.site.login = admin_login  # type: ignore[method-assign]

        # Signing in stamps `last_login` without a history row that changes nothing.
        from django.contrib.auth.signals import user_logged_in

        from accounts.sessions_end import last_login_stamped

        if user_logged_in.disconnect(dispatch_uid="update_last_login"):
            user_logged_in.connect(last_login_stamped, dispatch_uid="update_last_login")
