from django.urls import path, re_path

from agenda import request_views, views
from agenda.editor import items, page, paper_requests, papers, publishing

# The editor's changes, each a view of its own at `.../agenda/edit/<change>/`, reversed by its
# own name: `{% url "agenda:item_add" slug date %}`.
EDIT = "boards/<slug:slug>/<isodate:date>/agenda/edit/"

app_name = "agenda"
urlpatterns = [
    path("boards/<slug:slug>/<isodate:date>/agenda/", views.agenda, name="agenda"),
    path(EDIT, page.editor, name="editor"),
    path(f"{EDIT}item-add/", items.item_add, name="item_add"),
    path(f"{EDIT}item-update/", items.item_update, name="item_update"),
    path(f"{EDIT}item-move/", items.item_move, name="item_move"),
    path(f"{EDIT}item-delete/", items.item_delete, name="item_delete"),
    path(f"{EDIT}paper-add/", papers.paper_add, name="paper_add"),
    path(f"{EDIT}paper-update/", papers.paper_update, name="paper_update"),
    path(f"{EDIT}paper-delete/", papers.paper_delete, name="paper_delete"),
    path(f"{EDIT}request-add/", paper_requests.request_add, name="request_add"),
    path(f"{EDIT}request-withdraw/", paper_requests.request_withdraw, name="request_withdraw"),
    path(f"{EDIT}publish/", publishing.publish, name="publish"),
    path(f"{EDIT}republish/", publishing.republish, name="republish"),
    path(f"{EDIT}start-record/", publishing.start_record, name="start_record"),
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
