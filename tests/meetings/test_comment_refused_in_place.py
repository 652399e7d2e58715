"""An empty comment (QA report item 13): with htmx, the paragraph's comments and form come back
in their place with the form's own error, the error summary taking the focus; without
JavaScript, the record page with the form open and the summary focused (autofocus), not a
page whose message is far below."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from lxml import html as lxml_html

from meetings.models import Comment, Meeting, Paragraph
from tests.conftest import client_for, first_paragraph


def add_url(meeting: Meeting, paragraph: Paragraph) -> str:
    return reverse(
        "meetings:comment_add", args=[meeting.board.slug, meeting.date.isoformat(), paragraph.pk]
    )


def test_with_htmx_the_refusal_is_the_form_in_its_place(
    circulated_meeting: Meeting, board_member: Any
) -> None:
    row = first_paragraph(circulated_meeting)
    response = client_for(board_member).post(
        add_url(circulated_meeting, row), {"text": "  "}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 400
    part = lxml_html.fragment_fromstring(response.content.decode())
    assert part.get("id") == f"comments-{row.pk}"
    (summary,) = part.xpath(".//*[@data-error-summary]")
    assert summary.get("autofocus") is not None and summary.get("tabindex") == "-1"
    assert "Write your comment before sending it." in summary.text_content()
    (link,) = summary.xpath(".//a")
    assert part.xpath(f'.//textarea[@id="{link.get("href")[1:]}"]')  # it leads to the box
    (form,) = part.xpath(".//form")
    assert form.get("data-hx-post") == add_url(circulated_meeting, row)
    assert form.getparent().get("open") is not None  # the details stays open
    assert not Comment.objects.exists()


def test_with_htmx_a_comment_sent_is_shown_in_place(
    circulated_meeting: Meeting, board_member: Any
) -> None:
    row = first_paragraph(circulated_meeting)
    response = client_for(board_member).post(
        add_url(circulated_meeting, row), {"text": "A point."}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    part = lxml_html.fragment_fromstring(response.content.decode())
    assert part.get("id") == f"comments-{row.pk}"
    (said,) = part.xpath(".//*[@autofocus]")
    assert said.text_content() == f"Your comment on {row.ref} is added."
    assert "A point." in part.text_content()
    (box,) = part.xpath(".//textarea")
    assert (box.text or "").strip() == ""  # a fresh form for the next comment
    assert Comment.objects.get().text == "A point."


def test_without_javascript_the_page_focuses_the_summary(
    circulated_meeting: Meeting, board_member: Any
) -> None:
    row = first_paragraph(circulated_meeting)
    response = client_for(board_member).post(add_url(circulated_meeting, row), {"text": ""})
    assert response.status_code == 400
    page = lxml_html.fromstring(response.content)
    # The only thing on the page to take the focus, and it is the summary.
    (focused,) = page.xpath("//*[@autofocus]")
    assert focused.get("data-error-summary") is not None
    assert f"Your comment on {row.ref} was not sent." in focused.text_content()
