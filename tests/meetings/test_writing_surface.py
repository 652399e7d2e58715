"""The writing surface's server side (issue 17): saves in place answered without redrawing the
page, a new paragraph where the clerk is, an action made of a paragraph's words with its
owner and due date read from them, and every new state valid HTML."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.http import HttpResponse
from django.test import Client
from lxml import html as lxml_html

from meetings.models import Attendance, Meeting, Organisation, Paragraph, Section
from tests.addresses import editor_url
from tests.htmlcheck import as_page, assert_valid_html_pages

AUTOSAVE = {"HTTP_X_AUTOSAVE": "1", "HTTP_HX_REQUEST": "true"}


def paragraph(meeting: Meeting, ref: str) -> Paragraph:
    section, number = ref.split(".")
    return Paragraph.objects.get(
        section__meeting=meeting, section__number=int(section), number=int(number)
    )


def test_a_save_in_place_is_answered_204_with_the_new_version_and_no_message(
    seed_meeting: Meeting, clerk: Client
) -> None:
    row = paragraph(seed_meeting, "4.3")
    data = {"target": row.pk, "text": "Typed in place.", "version": row.version}
    response = clerk.post(editor_url(seed_meeting, "paragraph-update"), data, **AUTOSAVE)
    assert response.status_code == 204
    row.refresh_from_db()
    assert (row.text, str(row.version)) == ("Typed in place.", response["X-Version"])
    # No "saved" message waits for the next page: the status said it.
    page = clerk.get(editor_url(seed_meeting))
    assert "The paragraph is saved." not in page.content.decode()


def test_a_save_in_place_from_an_old_version_is_refused_with_the_conflict(
    seed_meeting: Meeting, clerk: Client
) -> None:
    row = paragraph(seed_meeting, "4.3")
    url = editor_url(seed_meeting, "paragraph-update")
    clerk.post(url, {"target": row.pk, "text": "First.", "version": row.version}, **AUTOSAVE)
    response = clerk.post(url, {"target": row.pk, "text": "Second.", "version": 1}, **AUTOSAVE)
    assert response.status_code == 400
    text = response.content.decode()
    assert "Someone else saved this paragraph while you were editing it" in text
    assert "First." in text and "Second." in text


def changed_part(response: HttpResponse) -> tuple[lxml_html.HtmlElement, str]:
    """The part of the editor an answer to htmx brings alone (`layout.changed_part`), and the
    page's messages it brings out of band."""
    assert response.status_code == 200
    answer = lxml_html.fragments_fromstring(response.content.decode())
    parts = {e.get("id"): e for e in answer if not isinstance(e, str)}
    assert set(parts) == {response["HX-Retarget"][1:], "editor-messages"}
    assert response["HX-Reselect"] == response["HX-Retarget"]
    assert parts["editor-messages"].get("data-hx-swap-oob") == "true"
    return parts[response["HX-Retarget"][1:]], parts["editor-messages"].text_content().strip()


def test_a_blank_line_in_a_save_in_place_redraws_its_section_at_the_last_new_paragraph(
    seed_meeting: Meeting, clerk: Client
) -> None:
    row = paragraph(seed_meeting, "5.1")
    data = {"target": row.pk, "text": "One.\n\nTwo.\n\nThree.", "version": row.version}
    response = clerk.post(editor_url(seed_meeting, "paragraph-update"), data, **AUTOSAVE)
    part, message = changed_part(response)
    assert response["HX-Retarget"] == f"#section-{row.section_id}"
    assert response["X-Saved"] == f"paragraph-{paragraph(seed_meeting, '5.3').pk}"
    assert message == "The paragraph is split."
    assert [paragraph(seed_meeting, f"5.{n}").text for n in (1, 2, 3)] == ["One.", "Two.", "Three."]
    # The section's paragraphs as they are now, numbered.
    assert [li.get("data-ref") for li in part.xpath(".//li[@data-ref]")][:3] == [
        "5.1",
        "5.2",
        "5.3",
    ]


def test_a_paragraph_added_in_place_brings_its_section_alone_numbers_and_all(
    seed_meeting: Meeting, clerk: Client
) -> None:
    after = paragraph(seed_meeting, "4.3")
    data = {"target": after.section_id, "after": after.pk, "text": "Inserted."}
    response = clerk.post(editor_url(seed_meeting, "paragraph-add"), data, **AUTOSAVE)
    part, message = changed_part(response)
    added = paragraph(seed_meeting, "4.4")
    assert (added.text, response["X-Saved"], message) == (
        "Inserted.",
        f"paragraph-{added.pk}",
        "The paragraph is added.",
    )
    refs = {li.get("id"): li.get("data-ref") for li in part.xpath(".//li[@data-ref]")}
    assert refs[f"paragraph-{added.pk}"] == "4.4"
    assert refs[f"paragraph-{paragraph(seed_meeting, '4.5').pk}"] == "4.5"
    # Without JavaScript: the editor again, at the new paragraph (post/redirect/get).
    response = clerk.post(editor_url(seed_meeting, "paragraph-add"), data)
    assert response.status_code == 302
    assert response["Location"].endswith(f"#paragraph-{paragraph(seed_meeting, '4.4').pk}")


def test_an_opened_paragraph_or_attendee_saved_through_htmx_comes_back_alone(
    seed_meeting: Meeting, clerk: Client
) -> None:
    row = paragraph(seed_meeting, "4.3")
    data = {"target": row.pk, "text": "Saved.", "version": row.version, "decision": "on"}
    response = clerk.post(
        editor_url(seed_meeting, "paragraph-update"), data, HTTP_HX_REQUEST="true"
    )
    part, message = changed_part(response)
    assert (part.get("id"), response["X-Saved"]) == (
        f"section-{row.section_id}",
        f"paragraph-{row.pk}",
    )
    assert "Decision" in part.get_element_by_id(f"paragraph-{row.pk}").text_content()
    attendee = Attendance.objects.filter(meeting=seed_meeting).first()
    data = {"target": attendee.pk, "role": "Chair", "kind": Attendance.Kind.PRESENT}
    response = clerk.post(editor_url(seed_meeting, "attendee-update"), data, HTTP_HX_REQUEST="true")
    part, message = changed_part(response)
    assert (part.get("id"), message) == ("editor-attendees", "The attendee is saved.")
    role = part.get_element_by_id(f"attendee-role-{attendee.pk}")
    assert role.get("value") == "Chair"


@pytest.mark.parametrize("extra", [0, 280])
def test_a_save_within_a_section_costs_the_same_whatever_the_records_size(
    seed_meeting: Meeting, clerk: Client, django_assert_num_queries: Any, extra: int
) -> None:
    """The answer lays out the paragraph's section, not the record: the same queries and the
    same size of answer with 280 more paragraphs in another section."""
    other = Section.objects.get(meeting=seed_meeting, number=5)
    Paragraph.objects.bulk_create(
        Paragraph(section=other, position=100 + n, number=10 + n, text=f"More {n}.")
        for n in range(extra)
    )
    row = paragraph(seed_meeting, "4.3")
    data = {"target": row.section_id, "after": row.pk, "text": "Inserted."}
    with django_assert_num_queries(QUERIES_OF_A_SAVE_WITHIN_A_SECTION):
        response = clerk.post(editor_url(seed_meeting, "paragraph-add"), data, **AUTOSAVE)
    part, _ = changed_part(response)
    assert part.get("id") == f"section-{row.section_id}"
    assert len(response.content) < 40_000


# Session, and user with the memberships held today (2), the meeting (1), the section and the
# paragraph named (2), the service (lock, positions, the insert and its history, the
# renumbering's reads and writes, the record's revisions; a draft's board and its action log
# are left alone), the section alone (4: not the record's view) and the comments to resolve (1).
QUERIES_OF_A_SAVE_WITHIN_A_SECTION = 32


def test_a_new_paragraph_goes_after_the_one_named(seed_meeting: Meeting, clerk: Client) -> None:
    after = paragraph(seed_meeting, "4.3")
    data = {"target": after.section_id, "after": after.pk, "text": "Inserted."}
    response = clerk.post(editor_url(seed_meeting, "paragraph-add"), data)
    assert response.status_code == 302
    assert paragraph(seed_meeting, "4.4").text == "Inserted."
    assert paragraph(seed_meeting, "4.5").text.startswith("The DMPC noted that in 50% of cases")
    # A paragraph of another section is not a place in this one: the end of the section.
    other = paragraph(seed_meeting, "1.1")
    data = {"target": after.section_id, "after": other.pk, "text": "At the end."}
    clerk.post(editor_url(seed_meeting, "paragraph-add"), data)
    assert paragraph(seed_meeting, "4.8").text == "At the end."


def test_the_attendee_in_place_keeps_its_organisation(seed_meeting: Meeting, clerk: Client) -> None:
    row = Attendance.objects.filter(meeting=seed_meeting, organisation__isnull=False).first()
    organisation = row.organisation_id
    data = {"target": row.pk, "role": "Chair", "kind": Attendance.Kind.PRESENT}
    response = clerk.post(editor_url(seed_meeting, "attendee-update"), data, **AUTOSAVE)
    assert response.status_code == 204
    row.refresh_from_db()
    assert (row.role, row.organisation_id) == ("Chair", organisation)


def test_words_made_an_action_come_with_owner_and_due_date_read_from_them(
    seed_meeting: Meeting, clerk: Client
) -> None:
    row = paragraph(seed_meeting, "2.2")
    words = "MPS to report on robbery hot-spots by 31 March 2025."
    response = clerk.get(editor_url(seed_meeting), {"add": f"action:{row.pk}", "text": words})
    form = lxml_html.fromstring(response.content).get_element_by_id(f"action-add-{row.pk}")
    assert form.xpath('.//textarea[@name="text"]')[0].text.strip() == words
    mps = Organisation.objects.get(short_name="MPS")
    assert form.xpath('.//select[@name="owner"]/option[@selected]/@value') == [str(mps.pk)]
    assert form.xpath('.//input[@name="due"]/@value') == [datetime.date(2025, 3, 31).isoformat()]
    assert "Read from the words: owner MPS and due 31 March 2025." in form.text_content()


def test_a_new_paragraph_without_javascript_is_named_as_with_it(
    seed_meeting: Meeting, clerk: Client
) -> None:
    # The link's own page (no script, or a click the script did not take): the same box.
    row = paragraph(seed_meeting, "4.3")
    response = clerk.get(
        editor_url(seed_meeting), {"add": f"paragraph:{row.section_id}", "after": row.pk}
    )
    form = lxml_html.fromstring(response.content).get_element_by_id(
        f"paragraph-add-{row.section_id}"
    )
    box = form.xpath('.//textarea[@name="text"]')[0]
    label = form.xpath(f'.//label[@for="{box.get("id")}"]')[0]
    assert label.text_content().strip().rstrip("*").strip() == "New paragraph after 4.3"
    assert box.get("autofocus") is not None


def test_the_new_states_are_valid_html(seed_meeting: Meeting, clerk: Client) -> None:
    row = paragraph(seed_meeting, "4.3")
    editor = editor_url(seed_meeting)
    pages = {
        "a new paragraph after 4.3 (no JavaScript)": clerk.get(
            editor, {"add": f"paragraph:{row.section_id}", "after": row.pk}
        ),
        "an action made of words": clerk.get(
            editor, {"add": f"action:{row.pk}", "text": "MPS to act by 31 March 2025."}
        ),
        "a split saved in place": clerk.post(
            editor_url(seed_meeting, "paragraph-update"),
            {"target": row.pk, "text": "A.\n\nB.", "version": row.version},
            **AUTOSAVE,
        ),
    }
    assert {name: r.status_code for name, r in pages.items()} == dict.fromkeys(pages, 200)
    # The split's answer is its section alone (and the messages), checked as a page's body.
    pages["a split saved in place"].content = as_page(pages["a split saved in place"].content)
    assert_valid_html_pages({name: r.content for name, r in pages.items()})


def test_an_action_from_words_with_no_owner_says_so_and_starts_at_the_owner(
    seed_meeting: Meeting, clerk: Client
) -> None:
    row = paragraph(seed_meeting, "4.3")
    query = {"add": f"action:{row.pk}", "text": "Look again at the figures."}
    response = clerk.get(editor_url(seed_meeting), query)
    assert response.status_code == 200
    page = lxml_html.fromstring(response.content)
    assert "Owner: not set" in page.get_element_by_id(f"action-owner-unset-{row.pk}").text_content()
    assert [e.get("name") for e in page.xpath("//*[@autofocus]")] == ["owner"]
