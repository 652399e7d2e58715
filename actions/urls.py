from django.urls import path

from actions.views import mine
from actions.views import pages as views

app_name = "actions"
urlpatterns = [
    path("", views.action_list, name="list"),
    path("mine/", mine.my_actions, name="mine"),
    path("mine/update/", mine.mine_update, name="mine_update"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/updates/", views.post_update, name="post_update"),
    path("<int:pk>/history/", views.history, name="history"),
]
