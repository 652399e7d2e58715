"""The outside tester's twelfth round of findings on importing minutes (issue 15, their REPORT's
F1, F2, F3, F4, F8, F9 and F10: the minutes of bodies not met before), read right or said as
lines to check by general rules. Made-up minutes, not copied from the tester's files."""

import re

import pytest
from django.test import Client, RequestFactory

from meetings.minutes import parse_minutes, read_file, read_upload
from meetings.minutes.decision_labels import decision_label
from meetings.models import Meeting, Paragraph
from meetings.services.imports import Document
from prob.characters import shown_as_stored
from prob.middleware import PostedTextCleanMiddleware
from tests.meetings.pdf_minutes import drawn_pdf

# Any control character but tab, line feed and carriage return.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _texts(record: dict) -> list[str]:
    """Every text of a record: its heading, names, titles, paragraphs and actions."""
    out = [record.get("board") or "", record.get("title") or ""]
    out += [f"{a['name']} {a['role']} {a.get('organisation') or ''}" for a in record["attendees"]]
    for section in record["sections"]:
        out.append(section["title"])
        for paragraph in section["paragraphs"]:
            out.append(paragraph["text"])
            out += [action["text"] for action in paragraph["actions"]]
    return out


# --- F3: no control character in any record text -----------------------------------------------


def _bulleted_pdf(bullet: str) -> bytes:
    """Minutes whose list's bullet is drawn as the one-byte code `bullet`, in a larger type
    than its text, its text at a hanging indent (as reportlab sets a list: its bullet is code
    0x7F, which WinAnsiEncoding leaves unused, and a viewer draws the unused codes as a
    bullet)."""
    return drawn_pdf(
        [
            [
                (72, 800, 16, "Minutes of the Tenants Committee", True),
                (72, 770, 10, "Wednesday 15 November 2017", False),
                (72, 750, 10, "Present: Rodney Matthews, Ken Webb, Alan Henderson", False),
                (72, 720, 12, "1. Matters arising", True),
                (72, 700, 10, "The complaint was discussed.", False),
                (78, 680, 12, bullet, False),
                (96, 682, 10, "KW & AH to draft a response to the complainant", False),
                (78, 664, 12, bullet, False),
                (96, 666, 10, "Committee to tackle the question of a complaints", False),
                (96, 654, 10, "procedure at the next meeting.", False),
                (72, 630, 12, "2. Date of next meeting", True),
                (72, 610, 10, "Wednesday 13 December 2017.", False),
            ]
        ]
    )


def test_a_pdf_bullet_drawn_as_an_unused_code_is_a_bullet() -> None:
    data = _bulleted_pdf("\x7f")
    text = read_upload("minutes.pdf", data)
    assert not _CONTROL.search(text)
    record = read_file("minutes.pdf", data).record
    assert not any(_CONTROL.search(t) for t in _texts(record))
    # Each bullet is a paragraph of its own, its wrapped line joined to it; not a table, nor a
    # heading for the bullet's larger type.
    [matters, _] = record["sections"]
    assert [p["text"] for p in matters["paragraphs"]] == [
        "The complaint was discussed.",
        "KW & AH to draft a response to the complainant",
        "Committee to tackle the question of a complaints procedure at the next meeting.",
    ]
    # The bulleted item that is wholly who is to do what, by attendees' initials, is their
    # action, not a sentence to check.
    [action] = matters["paragraphs"][1]["actions"]
    assert action["owner_people"] == ["Ken Webb", "Alan Henderson"]
    problems = read_file("minutes.pdf", data).problems
    assert not [p for p in problems if "action" in p.message], problems


_PASTED = (
    "Minutes of the Committee meeting\x7f\n"
    "Wednesday 15th November 2017\n\n"
    "Present: Rodney\x00 Matthews, Ken\x1b Webb\x0b, Jo King\n\n"
    "1. Welcome\x85to all\n\n"
    "\x7f RM welcomed old and new members\x08\n\n"
    "2. Date of next\x0cmeeting\x9d\n\n"
    "Wednesday 13th December 2017.\x1f\n"
)


def test_pasted_or_uploaded_text_gives_no_record_a_control_character() -> None:
    for record in (
        parse_minutes(_PASTED.replace("\x00", "")).record,
        read_file("minutes.txt", _PASTED.replace("\x00", "").encode()).record,
    ):
        texts = _texts(record)
        assert not any(_CONTROL.search(t) for t in texts), texts
        assert "Date of next meeting" in texts
    assert not _CONTROL.search(read_upload("minutes.txt", _PASTED.replace("\x00", "").encode()))
    assert not _CONTROL.search(Document(text=_PASTED).text)


def test_the_rule_keeps_tabs_and_line_breaks_and_makes_spaces_of_spacing_controls() -> None:
    assert shown_as_stored("a\tb\r\nc\x0bd\x0ce\x85f\x1cg") == "a\tb\r\nc d e f g"
    assert shown_as_stored("\x7fbell\x07 \x00nul\x9f \u202eevil") == "bell nul evil"
    assert shown_as_stored("plain £ text \u2013 ✓") == "plain £ text \u2013 ✓"


def test_a_posted_form_loses_its_control_characters() -> None:
    seen = {}

    def view(request):
        seen.update(request.POST.items())
        return None

    request = RequestFactory().post("/", {"text": "Pasted\x7f text\x1b\r\nnext\x0bline", "n": "1"})
    PostedTextCleanMiddleware(view)(request)
    assert seen == {"text": "Pasted text\r\nnext line", "n": "1"}


def test_the_editor_saves_a_pasted_paragraph_without_control_characters(
    seed_meeting: Meeting, clerk: Client
) -> None:
    from tests.addresses import editor_url
    from tests.meetings.test_editor import paragraph

    target = paragraph(seed_meeting, "4.3")
    response = clerk.post(
        editor_url(seed_meeting, "paragraph-update"),
        {"target": target.pk, "text": "\x7f Pasted\x08 from\x0ba PDF.", "version": target.version},
    )
    assert response.status_code == 302
    assert Paragraph.objects.get(pk=target.pk).text == "Pasted from a PDF."


def test_a_sub_items_paragraphs_are_numbered_under_it() -> None:
    """F3, F8: unnumbered paragraphs under a sub-item written "4.1" are 4.1.1, 4.1.2 (not 4.1,
    4.2 again, the sub-items' own), and under the next item "5." they are 5.1 (not 6.1, the
    reader's count of items with the sub-items)."""
    record = parse_minutes(
        "Minutes of the Owners' Association Committee\nWednesday 15th November 2017\n\n"
        "Present: Rodney Matthews, Ken Webb\n\n1. Welcome\n\nRM welcomed members.\n\n"
        "2. Constitutional matters\n\n2.1 Membership register\n\nRM noted the register.\n\n"
        "KW said he had a spreadsheet.\n\n2.2 Signatures\n\nThe constitution was signed.\n\n"
        "3. Date of next meeting\n\nWednesday 13th December 2017.\n"
    ).record
    refs = [(s["ref"], [p["ref"] for p in s["paragraphs"]]) for s in record["sections"]]
    assert refs == [
        ("1", ["1.1"]),
        ("2", []),
        ("2.1", ["2.1.1", "2.1.2"]),
        ("2.2", ["2.2.1"]),
        ("3", ["3.1"]),
    ]


# --- F1: the heading's date, never a date from the body silently ---------------------------------


def test_the_bodys_name_under_a_title_that_names_none_is_the_board_and_the_date_its_line() -> None:
    result = parse_minutes(
        "Minutes of Committee meeting\nGrasmere Valley Mountain Rescue Team\n"
        "Tuesday 3rd March 2015, 7.30pm at the team base\n\n"
        "Present: Mark Bains, Nick Owen, Una Gordon\n\n"
        "1. Matters arising\nLiz and Andy will meet on Friday 6th March to exchange papers.\n\n"
        "2. Correspondence\nNone.\n"
    )
    record = result.record
    assert record["board"] == "Grasmere Valley Mountain Rescue Team"
    assert record["date"] == "2015-03-03"
    assert [a["name"] for a in record["attendees"]] == ["Mark Bains", "Nick Owen", "Una Gordon"]
    assert not [p for p in result.problems if p.line == 3]


def test_a_date_below_the_attendance_is_a_doubt_naming_it() -> None:
    """With no date in the heading, a day written inside the minutes' body ("on Friday 6th
    March") may still give the date, but the clerk is told it was taken from there."""
    result = parse_minutes(
        "Minutes of the Committee of the Grasmere Valley Rescue Team\n\n"
        "Present: Mark Bains, Nick Owen, Una Gordon\n\n"
        "Liz and Andy will meet on Friday 6th March to exchange papers.\n\n"
        "1. Matters arising\nThe AGM is on 14 April 2015.\n\n"
        "2. Correspondence\nNone.\n"
    )
    assert result.record["date"] == "2015-03-06"
    [doubt] = [p for p in result.problems if "date" in p.message]
    assert doubt.line == 5
    assert "6 March 2015" in doubt.message and "below the attendance" in doubt.message


# --- F9: decisions written as a label ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Approved.",
        "AGREED",
        "Passed. Proposed: Alec. Seconded: Robert.",
        "Agreed a true and accurate record.",
        "Carried unanimously.",
        "The Minutes were Approved.",
        "The proposal for a wood burning stove was rejected.",
        "These were approved as accurate.",
        "The minutes of the last meeting were agreed and signed.",
    ],
)
def test_a_decision_written_as_a_label_is_held_as_a_decision(text: str) -> None:
    record = parse_minutes(
        "Minutes of the Committee of the Fell Club\n3 March 2015\n\n"
        f"Present: Mark Bains, Nick Owen\n\n1. Minutes of the last meeting\n{text}\n\n"
        "2. Correspondence\nThe secretary read two letters.\n"
    ).record
    [first, second] = record["sections"]
    assert first["paragraphs"][0].get("decision") is True
    assert not second["paragraphs"][0].get("decision")


@pytest.mark.parametrize(
    "text",
    [
        "Plans were approved by the council in May.",
        "Confirmed that the hall is booked.",
        "The date was confirmed.",
        "Passed to the clerk for action.",
        "Approval of the accounts is due in June.",
    ],
)
def test_a_sentence_that_only_uses_the_word_is_no_decision(text: str) -> None:
    assert not decision_label(text)


# --- F8: an action line that is only a name ------------------------------------------------------


def test_an_action_line_that_is_an_attendees_name_is_its_owner() -> None:
    result = parse_minutes(
        "Minutes of the Area Dental Committee\n31 August 2011\n\n"
        "Present: Mr Adrian Hart, Chair\nIn Attendance: Mr Stuart Robb, Dental Practice Advisor\n\n"
        "1. Business rates\nMr Robb agreed to establish the current position and report back.\n"
        "Action: S Robb\n\n2. Date of next meeting\n4 November 2011.\n"
    )
    [paragraph] = result.record["sections"][0]["paragraphs"]
    [action] = paragraph["actions"]
    assert action["text"].startswith("Mr Robb agreed to establish")
    assert action["owner_people"] == ["Mr Stuart Robb"]
    assert not [p for p in result.problems if "S Robb" in p.message]


def test_a_practitioners_letters_are_a_post_not_a_body() -> None:
    """F8: "GDP" (a general dental practitioner) after a name is the person's post, as "GP" is,
    not an organisation offered to be created."""
    record = parse_minutes(
        "Minutes of the Area Dental Committee\n31 August 2011\n\n"
        "Present: Mr Adrian Hart, Chair\nMr Neal Drummond, GDP\nMr Hamish Isaac, GDP\n\n"
        "1. Apologies\nNone.\n"
    ).record
    assert [(a["name"], a["role"], a["organisation"]) for a in record["attendees"][1:]] == [
        ("Mr Neal Drummond", "GDP", None),
        ("Mr Hamish Isaac", "GDP", None),
    ]
