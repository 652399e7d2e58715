"""The action pages of one board, under /boards/<slug>/."""

from django.urls import path  # noqa: F401 - the areas below add their paths

app_name = "board_actions"
urlpatterns: list = []
