"""The import preview shows what the draft will hold (outside tester, import journey A and B):
each section and paragraph under the reference the draft then shows, by the one rule the import
stores them by (`services.imports.record_references`); a paragraph the minutes did not number,
under an item whose reference they wrote ("Cou/286/07-08"), shown as that reference and its
place ("Cou/286/07-08.1"), never as "2.1"; and the preview costs the same queries whatever the
size of the minutes."""

from __future__ import annotations

from typing import Any

import lxml.html
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from meetings.models import Board, Meeting
from meetings.records import record_as_text, record_view
from tests.conftest import client_for

GROBY = """Groby Parish Council

Minutes of a Meeting of Groby Parish Council held at 7.00pm on Monday 4 February 2008 at the \
Parish Council Chamber, Leicester Road, Groby

Cou/285/07-08 Present
Members: Cllr P Batty (Chairman), Cllr J Batty and Cllr Beck.

Cou/286/07-08 Apologies for Absence
Apologies for absence were received from Cllr Purves.

Cou/287/07-08 Declarations of Interest
Cllr P Batty - Personal interest in item 7 as Borough Councillor.
Cllr Beck - Personal interest in item 14 as a user of the park.
"""


NAMES = ("new_people", "shown_people", "new_organisations", "shown_organisations")


def _page(client: Any, board: Board, text: str) -> Any:
    url = reverse("meetings:import_minutes", args=[board.slug])
    response = client.post(url, {"action": "preview", "text": text})
    assert response.status_code == 200
    return lxml.html.fromstring(response.content)


def _preview(client: Any, board: Board, text: str) -> Any:
    return _page(client, board, text).xpath("//section[@id='preview']")[0]


def _headings(root: Any, tag: str) -> list[str]:
    return [
        " ".join(h.text_content().split())
        for h in root.xpath(
            f".//section/{tag}[starts-with(@id, 'preview-section-') or "
            "starts-with(@id, 'section-')]"
        )
    ]


def _refs(root: Any) -> list[str]:
    spans = root.xpath(".//ol[@class='paragraphs']/li/span[@class='ref']")
    return [span.text_content() for span in spans]


def test_the_preview_shows_the_references_the_draft_shows(board: Board, secretariat: Any) -> None:
    client = client_for(secretariat)
    shown = _page(client, board, GROBY)
    preview = shown.xpath("//section[@id='preview']")[0]
    # The names the preview listed, confirmed as it ticked them.
    confirmed: dict[str, list[str]] = {name: [] for name in NAMES}
    for box in shown.xpath("//input[@name]"):
        if box.get("name") in NAMES and (box.get("type") != "checkbox" or box.get("checked")):
            confirmed[box.get("name")].append(box.get("value"))
    url = reverse("meetings:import_minutes", args=[board.slug])
    created = client.post(url, {"action": "create", "text": GROBY, **confirmed}, follow=True)
    meeting = Meeting.objects.get(board=board, date="2008-02-04")
    page = lxml.html.fromstring(created.content)
    headings = _headings(preview, "h4")
    assert headings[:3] == [
        "Cou/285/07-08 Present",
        "Cou/286/07-08 Apologies for Absence",
        "Cou/287/07-08 Declarations of Interest",
    ]
    assert _headings(page, "h2")[:3] == headings[:3]
    assert (
        _refs(preview)
        == _refs(page)
        == [
            "Cou/286/07-08.1",
            "Cou/287/07-08.1",
            "Cou/287/07-08.2",
        ]
    )
    # The ids links were made with stay as they were.
    assert page.xpath("//ol[@class='paragraphs']/li/@id") == [
        "paragraph-2.1",
        "paragraph-3.1",
        "paragraph-3.2",
    ]
    text = record_as_text(record_view(meeting, public=False))
    assert "Cou/287/07-08.2 Cllr Beck" in " ".join(text.split())
    assert " 3.2 " not in f" {' '.join(text.split())} "


def test_a_record_numbered_as_prob_numbers_it_is_previewed_so(
    board: Board, secretariat: Any
) -> None:
    text = GROBY.replace("Cou/285/07-08 ", "1. ").replace("Cou/286/07-08 ", "2. ")
    text = text.replace("Cou/287/07-08 ", "3. ")
    preview = _preview(client_for(secretariat), board, text)
    assert _headings(preview, "h4")[:3] == [
        "1. Present",
        "2. Apologies for Absence",
        "3. Declarations of Interest",
    ]
    assert _refs(preview) == ["2.1", "3.1", "3.2"]


def _minutes(items: int, paragraphs: int) -> str:
    body = "\n\n".join(
        f"{s}. Item {s}\n\n"
        + "\n\n".join(f"{s}.{p}. The board noted report {s}-{p}." for p in range(1, paragraphs + 1))
        for s in range(1, items + 1)
    )
    return f"Performance and Risk Oversight Board\nRecord of Meeting 6 June 2021\n\n{body}\n"


def test_the_preview_takes_the_same_queries_whatever_the_size(
    board: Board, secretariat: Any
) -> None:
    client = client_for(secretariat)
    _preview(client, board, _minutes(1, 1))  # the session and caches warmed
    counts = []
    for items, paragraphs in ((2, 2), (30, 40)):
        with CaptureQueriesContext(connection) as queries:
            _preview(client, board, _minutes(items, paragraphs))
        counts.append(len(queries.captured_queries))
    assert counts[0] == counts[1]
