"""The import preview of a very long file renders in bounded time (issue 15): each item's first
paragraphs in full, the rest counted and said so, and never more than a fixed number in all;
everything read is still created."""

from __future__ import annotations

from typing import Any

import lxml.html
from django.urls import reverse

from meetings.models import Board, Paragraph
from meetings.views.imports import PREVIEW_ITEM_PARAGRAPHS, PREVIEW_PARAGRAPHS
from tests.conftest import NEW_TITLE, client_for

ITEMS, PER_ITEM = 33, 300  # 9,900 paragraphs


def long_minutes() -> str:
    items = []
    for s in range(1, ITEMS + 1):
        paragraphs = "\n\n".join(
            f"{s}.{p}. The board noted report {s}-{p}." for p in range(1, PER_ITEM + 1)
        )
        items.append(f"{s}. Item {s}\n\n{paragraphs}")
    return f"Performance and Risk Oversight Board\n{NEW_TITLE}\n\n" + "\n\n".join(items) + "\n"


def test_a_preview_of_9900_paragraphs_shows_a_bounded_number_and_counts_the_rest(
    board: Board, secretariat: Any
) -> None:
    url = reverse("meetings:import_minutes", args=[board.slug])
    response = client_for(secretariat).post(url, {"action": "preview", "text": long_minutes()})
    assert response.status_code == 200
    page = lxml.html.fromstring(response.content)
    shown = page.xpath("//ol[@class='paragraphs']/li")
    assert len(shown) == PREVIEW_PARAGRAPHS
    first = page.xpath(
        "//section[@aria-labelledby='preview-section-1']//ol[@class='paragraphs']/li"
    )
    assert len(first) == PREVIEW_ITEM_PARAGRAPHS
    notes = [" ".join(p.text_content().split()) for p in page.xpath("//p[@class='preview-more']")]
    assert len(notes) == ITEMS
    assert notes[0] == (
        f"And {PER_ITEM - PREVIEW_ITEM_PARAGRAPHS} more paragraphs, not shown here to keep this "
        "preview quick to show: they will be created as read."
    )
    assert notes[-1].startswith(f"{PER_ITEM} paragraphs, not shown here")


def test_what_the_preview_does_not_show_is_created_all_the_same(
    board: Board, secretariat: Any
) -> None:
    text = long_minutes().split("\n\n11. Item 11")[0] + "\n"  # 10 items, 3,000 paragraphs
    url = reverse("meetings:import_minutes", args=[board.slug])
    client_for(secretariat).post(url, {"action": "create", "text": text})
    assert (
        Paragraph.objects.filter(section__meeting__board=board, section__title="Item 10").count()
        == PER_ITEM
    )
