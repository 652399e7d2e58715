from django.contrib import admin
from django.urls import include, path

from meetings.views import records as meeting_views

urlpatterns = [
    path("", meeting_views.home, name="home"),
    path("healthz", meeting_views.healthz, name="healthz"),
    path("boards/<slug:slug>/", include("actions.board_urls")),
    path("", include("meetings.urls")),
    path("actions/", include("actions.urls")),
    path("accounts/", include("accounts.urls")),
    path("admin/", admin.site.urls),
]

handler404 = "prob.errors.not_found"
handler500 = "prob.errors.server_error"
