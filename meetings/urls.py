from django.urls import path, register_converter

from meetings.views import records


class IsoDateConverter:
    regex = r"\d{4}-\d{2}-\d{2}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: object) -> str:
        return str(value)


register_converter(IsoDateConverter, "isodate")

app_name = "meetings"
urlpatterns = [
    path("boards/<slug:slug>/", records.board, name="board"),
    path("boards/<slug:slug>/<isodate:date>/", records.record, name="record"),
    path("boards/<slug:slug>/<isodate:date>/history/", records.history, name="history"),
    path(
        "boards/<slug:slug>/<isodate:date>/workflow/<slug:verb>/",
        records.record_move,
        name="record_move",
    ),
    path("boards/<slug:slug>/<isodate:date>.json", records.record_json, name="record_json"),
    path("boards/<slug:slug>/<isodate:date>.txt", records.record_text, name="record_text"),
]
