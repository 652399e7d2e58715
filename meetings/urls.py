from collections.abc import Callable

from django.http import HttpResponse
from django.urls import URLPattern, path, re_path, register_converter
from django.views.decorators.http import require_safe

from meetings.feeds import BoardFeed
from meetings.views import (
    boards,
    calendars,
    comments,
    decisions,
    editor,
    history,
    imports,
    members,
    originals,
    records,
    workflow,
)
from meetings.views.editor import actions, attendees, meeting, paragraphs, sections, undo
from meetings.views.editor.decorators import editor_change


class IsoDateConverter:
    regex = r"\d{4}-\d{2}-\d{2}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: object) -> str:
        return str(value)


register_converter(IsoDateConverter, "isodate")


def _edit(op: str, view: Callable[..., HttpResponse]) -> URLPattern:
    """An editor change's address, `.../edit/<op>/`. The change's name is a group of its own
    (matching itself alone), so that every change reverses by one name, "edit", with the name
    as its last argument, and the view learns it as `op`."""
    return re_path(
        rf"^boards/(?P<slug>[-a-zA-Z0-9_]+)/(?P<date>{IsoDateConverter.regex})/edit/(?P<op>{op})/$",
        editor_change(view),
        name="edit",
    )


app_name = "meetings"
urlpatterns = [
    path("boards/<slug:slug>/", boards.board, name="board"),
    path("boards/<slug:slug>/calendar.ics", calendars.calendar, name="calendar"),
    path("boards/<slug:slug>/decisions/", decisions.decisions, name="decisions"),
    path("boards/<slug:slug>/decisions.csv", decisions.decisions_csv, name="decisions_csv"),
    path("boards/<slug:slug>/members/<int:pk>/", members.member, name="member"),
    path("boards/<slug:slug>/feed.atom", require_safe(BoardFeed()), name="board_feed"),
    path("boards/<slug:slug>/<isodate:date>/", records.record, name="record"),
    path("boards/<slug:slug>/<isodate:date>/history/", history.history, name="history"),
    path(
        "boards/<slug:slug>/<isodate:date>/history/paragraphs/<int:paragraph_id>/",
        history.paragraph_history,
        name="paragraph_history",
    ),
    path(
        "boards/<slug:slug>/<isodate:date>/history/agreed-changes/",
        history.agreed_changes,
        name="agreed_changes",
    ),
    path(
        "boards/<slug:slug>/<isodate:date>/workflow/<slug:verb>/",
        workflow.record_move,
        name="record_move",
    ),
    path("boards/<slug:slug>/<isodate:date>/original/", originals.original, name="record_original"),
    path("boards/<slug:slug>/import/", imports.import_minutes, name="import_minutes"),
    path("boards/<slug:slug>/<isodate:date>/import/", imports.import_into, name="import_into"),
    path("boards/<slug:slug>/new/", editor.new_meeting, name="new_meeting"),
    path("boards/<slug:slug>/<isodate:date>/edit/", editor.editor, name="editor"),
    # One view per change, all named "edit" with the change's name in the address:
    # `{% url "meetings:edit" slug date "paragraph-update" %}`.
    _edit("details", meeting.details),
    _edit("renumber", meeting.renumber),
    _edit("attendee-add", attendees.attendee_add),
    _edit("attendee-update", attendees.attendee_update),
    _edit("attendee-move", attendees.attendee_move),
    _edit("attendee-delete", attendees.attendee_delete),
    _edit("section-add", sections.section_add),
    _edit("section-update", sections.section_update),
    _edit("section-move", sections.section_move),
    _edit("section-delete", sections.section_delete),
    _edit("paragraph-add", paragraphs.paragraph_add),
    _edit("paragraph-update", paragraphs.paragraph_update),
    _edit("paragraph-move", paragraphs.paragraph_move),
    _edit("paragraph-delete", paragraphs.paragraph_delete),
    _edit("action-add", actions.action_add),
    _edit("action-update", actions.action_update),
    _edit("action-move", actions.action_move),
    _edit("action-delete", actions.action_delete),
    _edit("undo", undo.undo),
    path("boards/<slug:slug>/<isodate:date>/amend/<int:paragraph>/", editor.amend, name="amend"),
    path(
        "boards/<slug:slug>/<isodate:date>/paragraphs/<int:paragraph>/comments/",
        comments.add,
        name="comment_add",
    ),
    path(
        "boards/<slug:slug>/<isodate:date>/comments/<int:comment>/resolve/",
        comments.resolve,
        name="comment_resolve",
    ),
    path("boards/<slug:slug>/<isodate:date>.json", records.record_json, name="record_json"),
    path("boards/<slug:slug>/<isodate:date>.txt", records.record_text, name="record_text"),
    path("boards/<slug:slug>/<isodate:date>.pdf", records.record_pdf, name="record_pdf"),
    path("boards/<slug:slug>/<isodate:date>.docx", records.record_docx, name="record_docx"),
]
