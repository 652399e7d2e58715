from django.urls import path, register_converter

from meetings import views


class IsoDateConverter:
    regex = r"\d{4}-\d{2}-\d{2}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: object) -> str:
        return str(value)


register_converter(IsoDateConverter, "isodate")

app_name = "meetings"
urlpatterns = [
    path("boards/<slug:slug>/", views.board, name="board"),
    path("boards/<slug:slug>/<isodate:date>/", views.record, name="record"),
    path("boards/<slug:slug>/<isodate:date>/history/", views.history, name="history"),
    path("boards/<slug:slug>/<isodate:date>/<slug:verb>/", views.record_move, name="record_move"),
    path("boards/<slug:slug>/<isodate:date>.json", views.record_json, name="record_json"),
    path("boards/<slug:slug>/<isodate:date>.txt", views.record_text, name="record_text"),
]
