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
