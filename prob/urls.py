from django.contrib import admin
from django.urls import include, path
from django.views.decorators.http import require_safe

from accounts import calendar
from meetings.feeds import SiteFeed
from meetings.views import boards, health
from meetings.views import search as search_views
from prob import views as statements

urlpatterns = [
    path("", boards.home, name="home"),
    path("healthz", health.healthz, name="healthz"),
    path("search/", search_views.search, name="search"),
    path("accessibility/", statements.accessibility, name="accessibility"),
    path("privacy/", statements.privacy, name="privacy"),
    path("feed.atom", require_safe(SiteFeed()), name="site_feed"),
    path("calendar/<slug:token>.ics", calendar.personal_calendar, name="personal_calendar"),
    path("boards/<slug:slug>/", include("actions.board_urls")),
    path("", include("meetings.urls")),
    path("", include("agenda.urls")),
    path("actions/", include("actions.urls")),
    path("api/", include("api.urls")),
    # The sign-in page: accounts' own, through single sign-on's detour (sso/sign_in_urls.py).
    path("accounts/", include("sso.sign_in_urls")),
    path("accounts/", include("accounts.urls")),
    path("sso/", include("sso.urls")),
    path("admin/", admin.site.urls),
]

handler400 = "prob.errors.bad_request"
handler404 = "prob.errors.not_found"
handler500 = "prob.errors.server_error"
