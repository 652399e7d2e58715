"""The open data API: read-only JSON of what the public may see, under /api/."""

from django.urls import path

from api import views

app_name = "api"
urlpatterns = [
    path("", views.index, name="index"),
    path("organizations/", views.organizations, name="organizations"),
    path("organizations/boards/<slug:slug>/", views.board, name="board"),
    path("organizations/<int:pk>/", views.organisation, name="organisation"),
    path("people/", views.people, name="people"),
    path("people/<int:pk>/", views.person, name="person"),
    path("memberships/", views.memberships, name="memberships"),
    path("memberships/<int:pk>/", views.membership, name="membership"),
    path("events/", views.events, name="events"),
    path("events/<int:pk>/", views.event, name="event"),
    path("actions/", views.actions, name="actions"),
    path("actions/<int:pk>/", views.action, name="action"),
    path("decisions/", views.decisions, name="decisions"),
    path("decisions/<int:pk>/", views.decision, name="decision"),
]
