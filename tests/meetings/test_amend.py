"""An agreed record changes only by an amendment with a reason, shown on the record."""

import importlib
import io
from typing import Any

import docx
from django.urls import reverse
from django.utils import timezone
from lxml import html as lxml_html

from meetings.minutes import format_date
from meetings.models import Amendment, Meeting, Paragraph
from meetings.services import record_amend_paragraph
from tests.conftest import client_for, first_paragraph, html_for
from tests.htmlcheck import assert_valid_html_pages


def amend_url(meeting: Meeting, paragraph: Paragraph) -> str:
    return reverse(
        "meetings:amend", args=[meeting.board.slug, meeting.date.isoformat(), paragraph.pk]
    )


def test_it_offers_the_secretariat_an_amend_link(
    published_meeting: Meeting, secretariat: Any
) -> None:
    html = html_for(secretariat, published_meeting.get_absolute_url())
    assert amend_url(published_meeting, first_paragraph(published_meeting)) in html


def test_it_amends_and_shows_the_reason_to_every_reader(
    published_meeting: Meeting, secretariat: Any
) -> None:
    paragraph = first_paragraph(published_meeting)
    client_for(secretariat).post(
        amend_url(published_meeting, paragraph),
        {"text": "Corrected.", "reason": "A date was wrong", "version": paragraph.version},
    )
    html = html_for(None, published_meeting.get_absolute_url())
    assert ": A date was wrong</li>" in html
    assert "Corrected." in html


def test_it_wants_a_reason_and_keeps_the_text(published_meeting: Meeting, secretariat: Any) -> None:
    paragraph = first_paragraph(published_meeting)
    response = client_for(secretariat).post(
        amend_url(published_meeting, paragraph),
        {"text": "Kept text.", "reason": "", "version": paragraph.version},
    )
    assert response.status_code == 400
    assert "Kept text." in response.content.decode()


def test_it_sends_a_draft_to_its_editor_instead(seed_meeting: Meeting, secretariat: Any) -> None:
    response = client_for(secretariat).get(amend_url(seed_meeting, first_paragraph(seed_meeting)))
    assert response.status_code == 302


# --- The amendment at its paragraph -----------------------------------------------------------


def amend(meeting: Meeting, paragraph: Paragraph, by: Any, reason: str = "A date was wrong"):
    return client_for(by).post(
        amend_url(meeting, paragraph),
        {"text": "Corrected.", "reason": reason, "version": paragraph.version},
    )


def amendment_notes(html: str) -> list[Any]:
    page = lxml_html.fromstring(html)
    return page.xpath('//section[@aria-labelledby="amendments-heading"]//li')


def today() -> str:
    return format_date(timezone.localdate())


def test_it_names_the_amended_paragraph_in_the_note(
    published_meeting: Meeting, secretariat: Any
) -> None:
    paragraph = first_paragraph(published_meeting)
    amend(published_meeting, paragraph, secretariat)
    (note,) = amendment_notes(html_for(None, published_meeting.get_absolute_url()))
    text = " ".join(note.text_content().split())
    assert text == f"Paragraph {paragraph.ref} amended on {today()}: A date was wrong"
    assert note.xpath(".//a/@href") == [f"#paragraph-{paragraph.ref}"]


def test_it_marks_the_amended_paragraph_with_a_link_to_the_note(
    published_meeting: Meeting, secretariat: Any
) -> None:
    paragraph = first_paragraph(published_meeting)
    amend(published_meeting, paragraph, secretariat)
    page = lxml_html.fromstring(html_for(None, published_meeting.get_absolute_url()))
    (mark,) = page.xpath(f'//li[@id="paragraph-{paragraph.ref}"]//a[starts-with(., "Amended")]')
    note_id = mark.get("href").removeprefix("#")
    assert page.xpath(f'//section[@aria-labelledby="amendments-heading"]//li[@id="{note_id}"]')


def test_it_leaves_paragraphs_never_amended_unmarked(
    published_meeting: Meeting, secretariat: Any
) -> None:
    amend(published_meeting, first_paragraph(published_meeting), secretariat)
    page = lxml_html.fromstring(html_for(None, published_meeting.get_absolute_url()))
    marks = page.xpath('//li[starts-with(@id, "paragraph-")]//a[starts-with(., "Amended")]')
    assert len(marks) == 1


def test_it_keeps_the_reason_for_a_withheld_paragraph_from_the_public(
    published_meeting: Meeting, secretariat: Any
) -> None:
    paragraph = first_paragraph(published_meeting)
    Paragraph.objects.filter(pk=paragraph.pk).update(restricted=True)
    amend(published_meeting, paragraph, secretariat, reason="The informant's name was wrong")
    html = html_for(None, published_meeting.get_absolute_url())
    assert "informant" not in html
    (note,) = amendment_notes(html)
    text = " ".join(note.text_content().split())
    assert text == f"Paragraph {paragraph.ref} amended on {today()} (withheld from publication)"


def test_it_names_the_paragraph_in_the_word_document(
    published_meeting: Meeting, secretariat: Any
) -> None:
    paragraph = first_paragraph(published_meeting)
    amend(published_meeting, paragraph, secretariat)
    url = published_meeting.get_absolute_url().rstrip("/") + ".docx"
    body = client_for(secretariat).get(url).content
    texts = [p.text for p in docx.Document(io.BytesIO(body)).paragraphs]
    assert f"Paragraph {paragraph.ref} amended on {today()}: A date was wrong" in texts


def test_it_says_on_the_amend_page_how_the_note_will_read(
    published_meeting: Meeting, secretariat: Any
) -> None:
    paragraph = first_paragraph(published_meeting)
    page = lxml_html.fromstring(html_for(secretariat, amend_url(published_meeting, paragraph)))
    help_text = " ".join(page.xpath('string(//*[@id="id_reason_helptext"])').split())
    assert f"Paragraph {paragraph.ref} amended on {today()}:" in help_text


def test_it_serves_a_valid_amend_page(published_meeting: Meeting, secretariat: Any) -> None:
    paragraph = first_paragraph(published_meeting)
    url = amend_url(published_meeting, paragraph)
    client = client_for(secretariat)
    refused = client.post(url, {"text": "", "reason": "", "version": paragraph.version})
    amend(published_meeting, paragraph, secretariat)
    assert_valid_html_pages(
        {
            url: client.get(url).content,
            f"{url} (refused)": refused.content,
            published_meeting.get_absolute_url(): client.get(
                published_meeting.get_absolute_url()
            ).content,
        }
    )


def test_it_finds_the_paragraph_of_an_amendment_made_before_it_was_kept(
    published_meeting: Meeting, secretariat: Any
) -> None:
    from django.apps import apps

    migration = importlib.import_module("meetings.migrations.0012_amendment_paragraph")
    paragraph = first_paragraph(published_meeting)
    earlier = record_amend_paragraph(
        paragraph=paragraph, text="Once.", by=secretariat, reason="Typo"
    )
    record_amend_paragraph(
        paragraph=Paragraph.objects.get(pk=paragraph.pk),
        text="Twice.",
        by=secretariat,
        reason="Date",
    )
    Amendment.objects.update(paragraph=None)
    migration.find_amended_paragraphs(apps, None)
    assert Amendment.objects.get(pk=earlier.pk).paragraph_id == paragraph.pk


def test_it_makes_every_amended_record_new_again_when_finding_paragraphs(
    published_meeting: Meeting, secretariat: Any
) -> None:
    """Copies kept under the old revision (page, PDF, Word) said "Amended on …" alone."""
    from django.apps import apps

    migration = importlib.import_module("meetings.migrations.0012_amendment_paragraph")
    paragraph = first_paragraph(published_meeting)
    record_amend_paragraph(paragraph=paragraph, text="Once.", by=secretariat, reason="Typo")
    before = Meeting.objects.get(pk=published_meeting.pk).content_revision
    migration.find_amended_paragraphs(apps, None)
    assert Meeting.objects.get(pk=published_meeting.pk).content_revision == before + 1
