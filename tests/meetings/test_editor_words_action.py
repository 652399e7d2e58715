"""Words made into an action move out of their paragraph (issue 17): the action made and the
words taken out in one transaction, one history row of the paragraph's naming who and why;
Undo puts the words back and removes the action; a paragraph changed since the words were
selected keeps them, and the clerk is told."""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from lxml import html as lxml_html

from meetings.models import Action, Meeting, Paragraph
from meetings.services import editing
from meetings.services.editing import text_without, words_span
from meetings.services.undo import WordsMoved, words_put_back
from tests.addresses import editor_url
from tests.htmlcheck import assert_valid_html_pages

BEFORE = "The Board noted the figures."
WORDS = "MPS to report on robbery hot-spots by 31 March 2025."
AFTER = "The Chair thanked officers."
TEXT = f"{BEFORE} {WORDS} {AFTER}"


@pytest.fixture
def row(seed_meeting: Meeting) -> Paragraph:
    """Paragraph 4.3 of the seed record, its text three sentences, the middle one an action."""
    paragraph = Paragraph.objects.select_related("section__meeting").get(
        section__meeting=seed_meeting, section__number=4, number=3
    )
    Paragraph.objects.filter(pk=paragraph.pk).update(text=TEXT)
    paragraph.refresh_from_db()
    return paragraph


def make(row: Paragraph, by: Any, **overrides: Any) -> editing.WordsTaken:
    arguments = {
        "paragraph": row,
        "by": by,
        "words": WORDS,
        "at": TEXT.index(WORDS),
        "version": row.version,
        "text": WORDS,
    }
    return editing.action_from_words(**{**arguments, **overrides})


def latest(model_row: Any) -> Any:
    return model_row.history.order_by("-history_id").first()


# --- Closing the gap ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (TEXT, WORDS, f"{BEFORE} {AFTER}"),
        (f"{WORDS} {AFTER}", WORDS, AFTER),
        (f"{BEFORE} {WORDS}", WORDS, BEFORE),
        (f"{BEFORE}\n{WORDS}\n{AFTER}", WORDS, f"{BEFORE}\n{AFTER}"),
        # Taken without its full stop: none left twice, and no space before it.
        (f"{BEFORE} MPS to report. {AFTER}", "MPS to report", f"{BEFORE} {AFTER}"),
        ("It was agreed that MPS would report, and noted.", "MPS would report", None),
    ],
)
def test_the_gap_the_words_leave_is_closed(text: str, words: str, expected: str | None) -> None:
    start, end = words_span(text, words, 0) or (0, 0)
    assert text[start:end] == words
    closed = text_without(text, start, end)
    if expected is None:
        expected = "It was agreed that, and noted."
    assert closed == expected
    assert "\n\n" not in closed and "  " not in closed


def test_the_words_are_found_across_line_endings_nearest_where_they_were() -> None:
    text = "Go on.\r\nGo on.\r\nThe end."
    assert words_span(text, "Go on.", 9) == (8, 14)
    assert words_span(text, "Go on.", 0) == (0, 6)
    assert words_span("A\r\nB.", "A\nB.", 0) == (0, 5)
    assert words_span(text, "Not there", 0) is None


# --- The service --------------------------------------------------------------------------------


def test_the_words_move_into_the_action_in_one_history_row(
    row: Paragraph, secretariat: Any
) -> None:
    before = row.history.count()
    taken = make(row, secretariat)
    assert taken.taken and taken.text_before == TEXT
    row.refresh_from_db()
    assert row.text == f"{BEFORE} {AFTER}"
    assert row.history.count() == before + 1
    entry = latest(row)
    assert entry.history_user == secretariat
    assert entry.history_change_reason == f"Words taken out into action {taken.action.number}"
    action = Action.objects.get(pk=taken.action.pk)
    assert (action.text, action.paragraph_id, action.owner.short_name, action.due) == (
        WORDS,
        row.pk,
        "MPS",
        datetime.date(2025, 3, 31),
    )
    assert latest(action).history_change_reason == "Action made of words in paragraph 4.3"
    assert latest(action).history_user == secretariat


def test_an_action_refused_leaves_the_paragraph_untouched(row: Paragraph, secretariat: Any) -> None:
    actions, history = Action.objects.count(), row.history.count()
    with pytest.raises(ValidationError) as refused:
        make(row, secretariat, due=datetime.date(2000, 1, 1))
    assert "before the meeting" in str(refused.value)
    fresh = Paragraph.objects.get(pk=row.pk)
    assert (fresh.text, fresh.version, fresh.history.count()) == (TEXT, row.version, history)
    assert Action.objects.count() == actions


def test_a_paragraph_changed_since_keeps_the_words_and_says_why(
    row: Paragraph, secretariat: Any
) -> None:
    editing.paragraph_update(
        paragraph=row, by=secretariat, text=TEXT + " Added.", restricted=False, version=row.version
    )
    taken = make(row, secretariat)
    assert not taken.taken
    assert "it was changed after you selected them" in taken.left
    assert Paragraph.objects.get(pk=row.pk).text == TEXT + " Added."
    assert Action.objects.filter(pk=taken.action.pk, text=WORDS).exists()


def test_words_that_are_the_whole_paragraph_stay_in_it(row: Paragraph, secretariat: Any) -> None:
    taken = make(row, secretariat, words=TEXT, at=0, text=TEXT)
    assert not taken.taken and "whole of paragraph 4.3" in taken.left
    assert Paragraph.objects.get(pk=row.pk).text == TEXT


def test_undo_puts_the_words_back_and_removes_the_action(row: Paragraph, secretariat: Any) -> None:
    numbers = list(
        Action.objects.filter(paragraph__section__meeting=row.section.meeting).values_list(
            "pk", "number"
        )
    )
    moved = WordsMoved.of(make(row, secretariat))
    action = moved.action
    put_back = words_put_back(meeting=row.section.meeting, moved=moved, by=secretariat)
    assert put_back.text == TEXT
    assert Paragraph.objects.get(pk=row.pk).text == TEXT
    assert not Action.objects.filter(pk=action).exists()
    entry = latest(put_back)
    assert entry.history_user == secretariat
    assert entry.history_change_reason == "Undo: words put back from the action made of them"
    gone = Action.history.filter(id=action).order_by("-history_id").first()
    assert (gone.history_type, gone.history_user) == ("-", secretariat)
    assert (
        list(
            Action.objects.filter(paragraph__section__meeting=row.section.meeting).values_list(
                "pk", "number"
            )
        )
        == numbers
    )


def test_undo_is_refused_once_the_paragraph_changed_since(row: Paragraph, secretariat: Any) -> None:
    moved = WordsMoved.of(make(row, secretariat))
    fresh = Paragraph.objects.select_related("section__meeting").get(pk=row.pk)
    editing.paragraph_update(
        paragraph=fresh, by=secretariat, text="Rewritten.", restricted=False, version=fresh.version
    )
    with pytest.raises(ValidationError, match="has been changed since"):
        words_put_back(meeting=row.section.meeting, moved=moved, by=secretariat)
    assert Paragraph.objects.get(pk=row.pk).text == "Rewritten."
    assert Action.objects.filter(pk=moved.action).exists()


# --- The views ----------------------------------------------------------------------------------


def asked(meeting: Meeting, row: Paragraph, clerk: Client) -> Any:
    query = {
        "add": f"action:{row.pk}",
        "text": WORDS,
        "at": TEXT.index(WORDS),
        "version": row.version,
    }
    return clerk.get(editor_url(meeting), query)


def posted(row: Paragraph, **overrides: Any) -> dict[str, Any]:
    return {
        "target": row.pk,
        "text": WORDS,
        "owner": "",
        "due": "",
        "move_words": "on",
        "words": WORDS,
        "words_at": TEXT.index(WORDS),
        "words_version": row.version,
        **overrides,
    }


def undo_token(content: bytes) -> str:
    found = re.search(r'name="target" value="([-\w]+)"><button[^>]*>Undo', content.decode())
    assert found, "no Undo button"
    return found.group(1)


def test_the_form_carries_the_words_and_offers_to_take_them_out(
    seed_meeting: Meeting, row: Paragraph, clerk: Client
) -> None:
    page = lxml_html.fromstring(asked(seed_meeting, row, clerk).content)
    form = page.get_element_by_id(f"action-add-{row.pk}")
    assert form.xpath('.//input[@name="words"]/@value') == [WORDS]
    assert form.xpath('.//input[@name="words_at"]/@value') == [str(TEXT.index(WORDS))]
    assert form.xpath('.//input[@name="words_version"]/@value') == [str(row.version)]
    box = form.xpath('.//input[@name="move_words"]')[0]
    assert box.get("checked") is not None
    assert "Take these words out of paragraph 4.3" in form.text_content()


def test_without_javascript_the_words_move_and_undo_puts_them_back(
    seed_meeting: Meeting, row: Paragraph, clerk: Client
) -> None:
    response = clerk.post(editor_url(seed_meeting, "action-add"), posted(row))
    action = Action.objects.get(paragraph=row, text=WORDS)
    assert response.status_code == 302
    assert response["Location"].endswith(f"?saved=action-{action.pk}#action-{action.pk}")
    assert Paragraph.objects.get(pk=row.pk).text == f"{BEFORE} {AFTER}"
    page = clerk.get(response["Location"])
    text = " ".join(lxml_html.fromstring(page.content).text_content().split())
    assert (
        f"Action {action.number} is added, due 31 March 2025, and its words are taken out of "
        "paragraph 4.3." in text
    )
    undone = clerk.post(editor_url(seed_meeting, "undo"), {"target": undo_token(page.content)})
    assert undone.status_code == 302
    assert undone["Location"].endswith(f"#paragraph-{row.pk}")
    assert Paragraph.objects.get(pk=row.pk).text == TEXT
    assert not Action.objects.filter(pk=action.pk).exists()
    again = clerk.get(undone["Location"])
    assert b"The words are back in paragraph 4.3, and the action made of them is removed." in (
        again.content
    )


def test_with_htmx_the_page_comes_back_at_the_new_action_with_undo(
    seed_meeting: Meeting, row: Paragraph, clerk: Client
) -> None:
    response = clerk.post(
        editor_url(seed_meeting, "action-add"), posted(row), HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    action = Action.objects.get(paragraph=row, text=WORDS)
    page = lxml_html.fromstring(response.content)
    assert page.get_element_by_id("editor-root").get("data-saved") == f"action-{action.pk}"
    assert page.get_element_by_id("moved-message") is not None
    assert page.get_element_by_id(f"text-{row.pk}").text.strip() == f"{BEFORE} {AFTER}"
    assert_valid_html_pages({"words made an action": response.content})


def test_the_words_stay_when_the_box_is_unticked(
    seed_meeting: Meeting, row: Paragraph, clerk: Client
) -> None:
    data = posted(row)
    del data["move_words"]
    response = clerk.post(editor_url(seed_meeting, "action-add"), data, follow=True)
    assert b"The action is added, due 31 March 2025." in response.content
    assert Paragraph.objects.get(pk=row.pk).text == TEXT
    assert Action.objects.filter(paragraph=row, text=WORDS).exists()


def test_a_paragraph_changed_since_is_said_and_left_alone(
    seed_meeting: Meeting, row: Paragraph, clerk: Client
) -> None:
    data = posted(row, words_version=row.version - 1 if row.version > 1 else row.version + 5)
    response = clerk.post(editor_url(seed_meeting, "action-add"), data, follow=True)
    content = " ".join(lxml_html.fromstring(response.content).text_content().split())
    assert "The action is added, due 31 March 2025. The words are left in paragraph 4.3" in content
    assert Paragraph.objects.get(pk=row.pk).text == TEXT
    assert Action.objects.filter(paragraph=row, text=WORDS).exists()


def test_a_refused_action_keeps_the_words_and_the_paragraph(
    seed_meeting: Meeting, row: Paragraph, clerk: Client
) -> None:
    response = clerk.post(editor_url(seed_meeting, "action-add"), posted(row, due="2000-01-01"))
    assert response.status_code == 400
    assert Paragraph.objects.get(pk=row.pk).text == TEXT
    assert not Action.objects.filter(paragraph=row, text=WORDS).exists()
    form = lxml_html.fromstring(response.content).get_element_by_id(f"action-add-{row.pk}")
    assert form.xpath('.//input[@name="words"]/@value') == [WORDS]
    assert form.xpath('.//input[@name="move_words"]/@checked')


def test_undo_of_a_paragraph_changed_since_is_refused_with_the_reason(
    seed_meeting: Meeting, row: Paragraph, clerk: Client
) -> None:
    page = clerk.post(editor_url(seed_meeting, "action-add"), posted(row), follow=True)
    fresh = Paragraph.objects.get(pk=row.pk)
    clerk.post(
        editor_url(seed_meeting, "paragraph-update"),
        {"target": row.pk, "text": "Rewritten.", "version": fresh.version},
    )
    undone = clerk.post(editor_url(seed_meeting, "undo"), {"target": undo_token(page.content)})
    assert undone.status_code == 400
    assert b"has been changed since the words were taken out" in undone.content
    assert Paragraph.objects.get(pk=row.pk).text == "Rewritten."
