"""The sign-in page, accounts' own view through single sign-on's detour: an address on a domain
tied to an identity provider goes there (`provider_first`). Mounted at accounts/ beside
accounts' other pages (prob/urls.py), so that accounts never imports sso, which is built on it."""

from django.urls import path

from accounts.views import LoginView
from sso.views import provider_first

urlpatterns = [
    path("login/", provider_first(LoginView.as_view()), name="login"),
]
