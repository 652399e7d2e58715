"""The action pages of one board, under /boards/<slug>/."""

from django.urls import path

import meetings.urls  # noqa: F401 - registers the isodate converter used below
from actions.views import dashboard, log, matters

app_name = "board_actions"
urlpatterns: list = [
    path("actions/", log.log, name="log"),
    path("actions.csv", log.log_csv, name="log_csv"),
    path("actions.xlsx", log.log_xlsx, name="log_xlsx"),
    path("dashboard/", dashboard.dashboard, name="dashboard"),
    path(
        "<isodate:date>/matters-arising/",
        matters.matters_arising_page,
        name="matters_arising",
    ),
]
