"""A paragraph box left as it was is never saved: no new version and no line in the history,
whether it is sent by its Save button or by the editor saving the box the clerk leaves; and an
accidental change, once saved, is undone by saving the text as it was (issue 15, the outside
tester's UX finding 6: the editor saves each paragraph box on leaving it, and the history read
'Changed Paragraph 4.1 ... Paragraph edited')."""

from __future__ import annotations

import pytest
from django.test import Client

from meetings.models import Meeting, Paragraph
from tests.addresses import editor_url


def first_paragraph(meeting: Meeting) -> Paragraph:
    return Paragraph.objects.filter(section__meeting=meeting, decision=False).order_by("pk")[0]


def send(clerk: Client, meeting: Meeting, target: Paragraph, text: str, **headers: str) -> int:
    response = clerk.post(
        editor_url(meeting, "paragraph-update"),
        {"target": target.pk, "text": text, "version": target.version},
        headers=headers,
    )
    return response.status_code


@pytest.mark.parametrize("autosave", [False, True])
@pytest.mark.parametrize("change", ["", " ", "\n"])
def test_a_box_left_as_it_was_is_not_saved(
    seed_meeting: Meeting, clerk: Client, autosave: bool, change: str
) -> None:
    """As it was, or changed only in the white space that saving strips."""
    target = first_paragraph(seed_meeting)
    rows = target.history.count()
    headers = {"X-Autosave": "1", "HX-Request": "true"} if autosave else {}
    assert send(clerk, seed_meeting, target, target.text + change, **headers) in (204, 302)
    kept = Paragraph.objects.get(pk=target.pk)
    assert (kept.text, kept.version) == (target.text, target.version)
    assert kept.history.count() == rows


def test_an_accidental_change_is_undone_by_saving_the_text_as_it_was(
    seed_meeting: Meeting, clerk: Client
) -> None:
    target = first_paragraph(seed_meeting)
    was = target.text
    assert send(clerk, seed_meeting, target, was + " x") == 302
    changed = Paragraph.objects.get(pk=target.pk)
    assert changed.text == was + " x"
    assert changed.history.latest().history_change_reason == "Paragraph edited"
    # Ctrl+Z in the box (or the text copied back from the history) saved again.
    assert send(clerk, seed_meeting, changed, was) == 302
    assert Paragraph.objects.get(pk=target.pk).text == was
