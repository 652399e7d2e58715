"""Focus follows the work in the editor (issue 17): a refused form comes back with its first
field in error focused (`autofocus`, with or without JavaScript) and the page's message
summing up every error, each linking to its field; a part just opened focuses its first
field; the page is valid HTML either way."""

from __future__ import annotations

from django.test import Client
from lxml import html as lxml_html

from meetings.models import Meeting
from tests.addresses import editor_url
from tests.htmlcheck import assert_valid_html_pages
from tests.meetings.test_editor import paragraph


def _page(response: object) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(response.content)  # type: ignore[attr-defined]


def _summary(page: lxml_html.HtmlElement) -> list[tuple[str | None, str]]:
    (alert,) = page.xpath("//div[@id='editor-root']//div[@role='alert']")
    return [
        (item.find("a").get("href") if item.find("a") is not None else None, item.text_content())
        for item in alert.xpath(".//li")
    ]


def _focused(page: lxml_html.HtmlElement) -> list[str]:
    return [element.get("id") for element in page.xpath("//*[@autofocus]")]


def test_a_refused_action_focuses_its_field_in_error_and_sums_up_the_errors(
    seed_meeting: Meeting, clerk: Client
) -> None:
    target = paragraph(seed_meeting, "2.1")
    response = clerk.post(
        editor_url(seed_meeting, "action-add"),
        {"target": target.pk, "text": "MPS to report.", "due": "2020-01-01"},
    )
    assert response.status_code == 400
    page = _page(response)
    assert _focused(page) == ["edit-due"]
    assert _summary(page) == [("#edit-due", "Due date: The due date cannot be before the meeting.")]
    assert "Not saved: 1 problem to put right." in page.text_content()


def test_a_refused_section_focuses_its_title(seed_meeting: Meeting, clerk: Client) -> None:
    response = clerk.post(editor_url(seed_meeting, "section-add"), {"title": ""})
    assert response.status_code == 400
    page = _page(response)
    assert _focused(page) == ["new-section-title"]
    ((href, text),) = _summary(page)
    assert href == "#new-section-title"
    assert text == "Section title: This field is required."


def test_an_edit_conflict_is_summed_up_and_the_box_keeps_the_focus(
    seed_meeting: Meeting, clerk: Client
) -> None:
    target = paragraph(seed_meeting, "4.3")
    response = clerk.post(
        editor_url(seed_meeting, "paragraph-update"),
        {"target": target.pk, "text": "Mine.", "version": target.version - 1},
    )
    assert response.status_code == 400
    page = _page(response)
    assert _focused(page) == ["edit-text"]
    ((href, text),) = _summary(page)
    assert href == "#edit-text"
    # Short in the summary; the full explanation is said once, at the box.
    assert text.startswith("Someone else saved this meanwhile: see the message at the box")
    assert response.content.decode().count("while you were editing it") == 1


def test_a_part_opened_focuses_its_first_field_with_no_message(
    seed_meeting: Meeting, clerk: Client
) -> None:
    target = paragraph(seed_meeting, "4.3")
    page = _page(clerk.get(editor_url(seed_meeting), {"edit": f"paragraph:{target.pk}"}))
    assert _focused(page) == ["edit-text"]
    assert not page.xpath("//div[@role='alert']")


def test_the_refused_states_are_valid_html(seed_meeting: Meeting, clerk: Client) -> None:
    target = paragraph(seed_meeting, "2.1")
    pages = {
        "action": clerk.post(
            editor_url(seed_meeting, "action-add"),
            {"target": target.pk, "text": "MPS to report.", "due": "2020-01-01"},
        ).content,
        "section": clerk.post(editor_url(seed_meeting, "section-add"), {"title": ""}).content,
    }
    assert_valid_html_pages(pages)
