"""Business not for publication, as real minutes mark it, imported restricted (withheld from
the public) with a line to check: meetings/minutes/restricted.py, through the reader and the
import service (the outside tester's finding 1: exempt items came through as public)."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from meetings.minutes import parse_minutes
from meetings.minutes.restricted import excludes_public, says_restricted
from meetings.models import Board, Section
from meetings.services import Document, meeting_import
from meetings.services.imports import everyone_new, minutes_read
from meetings.services.lifecycle import record_publish_imported
from tests.conftest import make_user

HEAD = "Audit Panel\nRecord of Meeting 5 March 2024\n\nPresent\nAnn Auditor, Chair\n\n"


def minutes(*items: str) -> str:
    return HEAD + "\n\n".join(items) + "\n"


def read(*items: str) -> tuple[list[dict[str, Any]], list[str]]:
    result = parse_minutes(minutes(*items))
    return result.record["sections"], [p.message for p in result.problems]


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ("Pharmaceutical Needs Assessment - exempt item", "exempt item"),
        ("Staffing Review (exempt)", "(exempt)"),
        ("Reserved Business: Senior Staff Remuneration (Paper C) (confidential)", None),
        ("Contract Award - Confidential", "Confidential"),
        ("Commercially Sensitive: Waste Contract", "Commercially Sensitive"),
        ("Private Session", "Private Session"),
        ("Matters Considered in Closed Session", "Considered in Closed Session"),
        ("Part II - Exempt Items", None),
        ("PART B Business", "PART B"),
    ],
)
def test_a_marker_in_the_title_makes_the_item_restricted(title: str, words: str | None) -> None:
    sections, messages = read(
        "1. Welcome\n\n1.1 The Chair welcomed all.", f"2. {title}\n\n2.1 Noted."
    )
    assert sections[0]["restricted"] is False
    assert sections[1]["restricted"] is True
    found = [m for m in messages if m.startswith("Item 2 marked restricted")]
    assert len(found) == 1
    if words:
        assert f"'{words}'" in found[0]


@pytest.mark.parametrize(
    "first",
    [
        "This item was considered in private (not for publication by virtue of paragraph 3 of "
        "Schedule 12A).",
        "Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local "
        "Government Act 1972.",
        "The Board met in closed session for this item.",
        "This item was taken in private as it is commercially sensitive.",
        "The Committee received a confidential report of the Director.",
        "This item was heard in camera.",
    ],
)
def test_a_marker_in_the_first_paragraph_makes_the_item_restricted(first: str) -> None:
    sections, messages = read(
        "1. Welcome\n\n1.1 The Chair welcomed all.", f"2. Estates\n\n2.1 {first}"
    )
    assert [s["restricted"] for s in sections] == [False, True]
    assert any(m.startswith("Item 2 marked restricted") for m in messages)


def test_prob_s_own_marker_stays_restricted_without_a_line() -> None:
    sections, messages = read("1. Land at Mill Lane (restricted)\n\n1.1 Noted.")
    assert (sections[0]["title"], sections[0]["restricted"]) == ("Land at Mill Lane", True)
    assert not any("marked restricted" in m for m in messages)


def test_the_whole_title_stays_the_title() -> None:
    sections, messages = read(
        "1. Welcome\n\n1.1 The Chair welcomed all.",
        "2. Reserved Business: Senior Staff Remuneration (Paper C) (confidential)\n\n"
        "2.1 Staff members left the meeting.",
    )
    assert sections[1]["title"] == (
        "Reserved Business: Senior Staff Remuneration (Paper C) (confidential)"
    )
    assert sections[1]["restricted"] is True
    assert not any("could not be placed" in m for m in messages)


def test_items_after_the_exclusion_of_the_press_and_public_are_restricted() -> None:
    sections, messages = read(
        "1. Welcome\n\n1.1 The Chair welcomed all.",
        "2. Exclusion of the Press and Public\n\n2.1 RESOLVED that the press and public be "
        "excluded for the following items, as they involve the likely disclosure of exempt "
        "information as defined in paragraph 3 of Part 1 of Schedule 12A.",
        "3. Land Disposal\n\n3.1 The Board agreed the disposal.",
        "4. Staffing Matters\n\n4.1 The Board noted the report.",
    )
    assert [s["restricted"] for s in sections] == [False, False, True, True]
    assert (
        "Item 3 marked restricted: it follows the exclusion of the press and public at item 2; "
        "check"
    ) in messages
    assert any(m.startswith("Item 4 marked restricted") for m in messages)


def test_a_resolution_to_meet_in_closed_session_stays_public() -> None:
    sections, _ = read(
        "1. Resolution to Meet in Closed Session\n\n1.1 The Committee decided to exclude the "
        "public for the remaining item.",
        "2. Exempt Minutes\n\n2.1 The Committee confirmed the minutes.",
        "3. Staffing\n\n3.1 Noted.",
    )
    assert [s["restricted"] for s in sections] == [False, True, True]


def test_the_public_let_back_in_end_the_restricted_items() -> None:
    sections, _ = read(
        "1. Exclusion of the Public\n\n1.1 RESOLVED that the public be excluded.",
        "2. Land Disposal\n\n2.1 The Board agreed the disposal.",
        "3. Date of Next Meeting\n\n3.1 The press and public were re-admitted. The next "
        "meeting is on 3 June 2024.",
    )
    assert [s["restricted"] for s in sections] == [False, True, False]


def test_no_exclusion_said_leaves_the_items_public() -> None:
    sections, messages = read(
        "1. Exclusion of the Press and Public\n\n1.1 There were no items requiring the "
        "exclusion of the press and public.",
        "2. Date of Next Meeting\n\n2.1 The next meeting is on 3 June 2024.",
    )
    assert [s["restricted"] for s in sections] == [False, False]
    assert not any("restricted" in m for m in messages)


def test_a_part_ii_heading_restricts_the_items_after_it() -> None:
    sections, _ = read(
        "1. Welcome\n\n1.1 The Chair welcomed all.",
        "2. Part II\n\n2.1 The following items were taken in the absence of the public.",
        "3. Land Disposal\n\n3.1 The Board agreed the disposal.",
    )
    assert [s["restricted"] for s in sections] == [False, True, True]


@pytest.mark.parametrize(
    "text",
    [
        "Welcome and Apologies",
        "Part 2 of the Local Plan",
        "Confidential Reporting Policy",
        "The Panel noted the exempt status of charities under the scheme",
        "Private Sector Housing Update",
    ],
)
def test_ordinary_words_are_not_markers(text: str) -> None:
    assert says_restricted(text) == ""


def test_an_exclusion_said_not_needed_is_none() -> None:
    assert excludes_public("No items required the exclusion of the press and public.") == ""
    assert excludes_public("RESOLVED that the public be excluded.") == "public be excluded"


# --- Through the import service: the created section is restricted, absent from the public


@pytest.fixture
def panel(db: None) -> Board:
    return Board.objects.create(name="Audit Panel", slug="audit-panel")


def test_the_imported_section_is_restricted_and_not_on_the_public_page(panel: Board) -> None:
    clerk = make_user(
        "clerk@panel.example", person_name="Sam Clerk", board=panel, role="secretariat"
    )
    document = Document(
        text=minutes(
            "1. Welcome\n\n1.1 The Chair welcomed all.",
            "2. Pharmaceutical Needs Assessment - exempt item\n\n2.1 This item was considered "
            "in private. The Board agreed the Zanzibar option.",
        ),
        name="march.txt",
    )
    preview = minutes_read(board=panel, document=document)
    assert any(p.message.startswith("Item 2 marked restricted") for p in preview.problems)
    meeting = meeting_import(
        board=panel, document=document, by=clerk, **everyone_new(preview)
    ).meeting
    assert meeting is not None
    section = Section.objects.get(meeting=meeting, title__startswith="Pharmaceutical")
    assert section.restricted is True
    record_publish_imported(meeting=meeting, by=clerk, reason="Imported as published")
    page = Client().get(meeting.get_absolute_url())
    assert page.status_code == 200
    body = page.content.decode()
    assert "The Chair welcomed all" in body
    assert "Zanzibar" not in body
    assert "Pharmaceutical Needs Assessment" not in body
