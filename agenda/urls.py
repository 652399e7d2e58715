from django.urls import path, re_path

from agenda import request_views, views

_OPS = "|".join(views.OPERATIONS)

app_name = "agenda"
urlpatterns = [
    path("boards/<slug:slug>/<isodate:date>/agenda/", views.agenda, name="agenda"),
    path("boards/<slug:slug>/<isodate:date>/agenda/edit/", views.editor, name="editor"),
    # One view for every change, named "edit" with the change in the address, as the record's
    # editor does: `{% url "agenda:edit" slug date "item-add" %}`.
    re_path(
        rf"^boards/(?P<slug>[-a-zA-Z0-9_]+)/(?P<date>\d{{4}}-\d{{2}}-\d{{2}})/agenda/edit/"
        rf"(?P<op>{_OPS})/$",
        views.edit,
        name="edit",
    ),
    re_path(
        r"^boards/(?P<slug>[-a-zA-Z0-9_]+)/(?P<date>\d{4}-\d{2}-\d{2})/agenda/"
        r"(?P<audience>public|members)-pack\.pdf$",
        views.pack,
        name="pack",
    ),
    path(
        "boards/<slug:slug>/<isodate:date>/agenda/papers/<int:paper_id>/",
        views.paper,
        name="paper",
    ),
    # Papers requested of an action owner's organisation: sent from My actions.
    path(
        "agenda/requests/<int:pk>/upload/",
        request_views.request_upload,
        name="request_upload",
    ),
    path("agenda/requests/<int:pk>/paper/", request_views.request_paper, name="request_paper"),
]
