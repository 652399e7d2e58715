from django.urls import path

from sso import views

app_name = "sso"

urlpatterns = [
    path("", views.start, name="start"),
    path("callback/", views.callback, name="callback"),
]
