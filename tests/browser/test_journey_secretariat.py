"""Journey 1 end to end, by hand: the secretariat types the seed record into a new meeting
through the editor's forms, gets the same record as the importer made, and takes it through
circulation, agreement and publication to the public.

Every step is an ordinary form: with JavaScript htmx swaps the editor in place, without it
the page reloads; the helpers wait for what the user would see either way.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from django.urls import reverse
from playwright.sync_api import Locator, Page, expect

from meetings.models import Board, Meeting
from meetings.records import record_as_dict, record_view
from tests.browser.conftest import signed_in

WRITTEN_ON = datetime.date(2023, 9, 1)
AGREED_AT = datetime.date(2023, 11, 30)
ATTENDANCE_LABELS = {
    "present": "Present",
    "in_attendance": "In attendance",
    "apologies": "Apologies",
}


def long_date(day: datetime.date) -> str:
    return f"{day.day} {day:%B %Y}"


# --- Getting about ---------------------------------------------------------------------------


def fetch_json(page: Page, live_server: Any, board: Board, day: datetime.date) -> dict[str, Any]:
    response = page.request.get(
        live_server.url + reverse("meetings:record_json", args=[board.slug, day.isoformat()])
    )
    assert response.ok, f"{response.url}: {response.status}"
    return response.json()


def create_meeting(
    page: Page, live_server: Any, board: Board, day: datetime.date, *, copy: bool
) -> None:
    """From the board page, the new-meeting form; it leads to the new draft's editor."""
    page.goto(live_server.url + board.get_absolute_url())
    page.get_by_role("link", name="New meeting", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"New meeting of the {board.name}")
    page.get_by_label("Date").fill(day.isoformat())
    page.get_by_label("Copy the attendees of the last meeting").set_checked(copy)
    page.get_by_role("button", name="Create the draft record").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"Editing: Record of Meeting {long_date(day)}"
    )


# --- The editor's forms ----------------------------------------------------------------------


def paragraph(page: Page, ref: str) -> Locator:
    """Paragraph `ref` in the editor: the list item with its text box."""
    return page.get_by_role("listitem").filter(
        has=page.get_by_role("textbox", name=f"Paragraph {ref}", exact=True)
    )


def settled(page: Page) -> None:
    """Waits until htmx has put the answer in place and settled it: the editor then moves the
    focus to the part saved (editor.js, htmx:afterSettle), and text the test types before that
    could land in the part the focus moves to."""
    page.wait_for_function(
        "() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')"
    )


def add_attendee(page: Page, attendee: dict[str, Any]) -> None:
    page.get_by_text("Add an attendee", exact=True).click()
    page.get_by_label("Or a new name").fill(attendee["name"])
    if attendee["organisation"]:
        page.get_by_label("Organisation").select_option(label=attendee["organisation"])
    page.get_by_label("Role that day").fill(attendee["role"])
    page.locator("#new-attendee-kind").select_option(
        label=ATTENDANCE_LABELS[attendee["attendance"]]
    )
    page.get_by_role("button", name="Add attendee").click()
    # Each attendee's role and attendance are edited in place.
    expect(
        page.get_by_role("textbox", name=f"Role of {attendee['name']}", exact=True)
    ).to_be_visible()
    settled(page)


def add_section(page: Page, section: dict[str, Any]) -> None:
    form = page.locator("form").filter(has=page.get_by_role("button", name="Add section"))
    form.get_by_role("textbox").fill(section["title"])
    form.get_by_role("checkbox").set_checked(section["restricted"])
    form.get_by_role("button", name="Add section").click()
    title = page.get_by_role("textbox", name=f"Section {section['number']} title", exact=True)
    expect(title).to_have_value(section["title"])
    settled(page)


def add_paragraph(page: Page, section: int, item: dict[str, Any]) -> None:
    page.get_by_role("link", name=f"Add a paragraph to section {section}", exact=True).click()
    form = page.locator("form").filter(has=page.get_by_role("button", name="Add paragraph"))
    form.get_by_role("textbox", name="Paragraph text").fill(item["text"])
    form.get_by_role("checkbox", name="Restricted").set_checked(item["restricted"])
    # "The minutes of ... were agreed.": what the import holds as a decision, the clerk marks.
    decision = form.get_by_role("checkbox", name="This paragraph records a decision")
    decision.set_checked(item.get("decision", False))
    form.get_by_role("button", name="Add paragraph").click()
    expect(paragraph(page, item["ref"])).to_contain_text(item["text"])
    settled(page)


def add_action(page: Page, ref: str, action: dict[str, Any]) -> None:
    page.get_by_role("button", name=f"Options for paragraph {ref}", exact=True).click()
    page.get_by_role("link", name=f"Add an action to paragraph {ref}", exact=True).click()
    page.get_by_role("textbox", name="Action").fill(action["text"])
    if action["owner"]:
        page.get_by_label("Owner organisation").select_option(label=action["owner"])
    if action["owner_people"]:
        names = page.get_by_label("Owners by name")
        expect(names).to_be_visible()
        labels = names.locator("option").all_text_contents()
        wanted = [label for label in labels if label.split(" (")[0] in action["owner_people"]]
        names.select_option(label=wanted)
    if action["due"]:
        page.get_by_label("Due date").fill(action["due"])
    page.get_by_role("button", name="Add action").click()
    expect(paragraph(page, ref)).to_contain_text(f"Action {action['number']}: {action['text']}")
    settled(page)


def write_record(page: Page, record: dict[str, Any]) -> None:
    """Types `record` (in the JSON schema) into the editor open on an empty draft."""
    for attendee in record["attendees"]:
        add_attendee(page, attendee)
    for section in record["sections"]:
        add_section(page, section)
        for item in section["paragraphs"]:
            add_paragraph(page, section["number"], item)
            for action in item["actions"]:
                add_action(page, item["ref"], action)


def write_the_seed_by_hand(page: Page, live_server: Any, seed_meeting: Meeting) -> dict:
    """A new meeting of the seed's board on WRITTEN_ON, with the seed's record typed into it;
    returns the seed as the JSON export has it."""
    seed = record_as_dict(record_view(seed_meeting, public=False))
    assert (len(seed["sections"]), sum(len(s["paragraphs"]) for s in seed["sections"])) == (5, 17)
    create_meeting(page, live_server, seed_meeting.board, WRITTEN_ON, copy=False)
    expect(page.get_by_text("No attendees yet.")).to_be_visible()
    write_record(page, seed)
    return seed


def the_record(data: dict[str, Any]) -> dict[str, Any]:
    """What the two records must share: everything but title, date and status."""
    return {key: value for key, value in data.items() if key not in ("title", "date", "status")}


# --- The journey -----------------------------------------------------------------------------


def test_the_seed_typed_in_the_editor_is_the_imported_record_and_is_agreed_and_published(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    # One journey, as the clerk makes it: the record is written once (it is most of the
    # test's time), compared with the imported seed, then taken through to the public.
    signed_in(page, live_server, secretariat, through_form=True)
    seed = write_the_seed_by_hand(page, live_server, seed_meeting)
    board = seed_meeting.board
    written = fetch_json(page, live_server, board, WRITTEN_ON)
    imported = fetch_json(page, live_server, board, seed_meeting.date)
    assert (written["date"], written["status"]) == (WRITTEN_ON.isoformat(), "draft")
    assert the_record(written)["attendees"] == the_record(imported)["attendees"]
    assert the_record(written)["sections"] == the_record(imported)["sections"]
    assert the_record(written) == the_record(imported)

    # The meeting at which it will be agreed, made as the clerk makes every meeting.
    create_meeting(page, live_server, board, AGREED_AT, copy=True)

    page.goto(live_server.url + board.get_absolute_url())
    page.get_by_role("link", name=f"Record of Meeting {long_date(WRITTEN_ON)}").click()
    workflow = page.get_by_role("region", name=re.compile("^Workflow"))
    expect(workflow).to_have_accessible_name("Workflow: this record is draft")

    workflow.get_by_role("button", name="Circulate to attendees").click()
    # Circulating cannot be taken back: it says whom it emails first.
    expect(page.get_by_role("heading", name="Who will be emailed")).to_be_visible()
    page.get_by_role("button", name=re.compile("^Circulate and email")).click()
    expect(page.get_by_role("status")).to_contain_text("The record is circulated")
    expect(workflow).to_have_accessible_name("Workflow: this record is circulated")
    expect(page.get_by_role("link", name="Edit this record")).to_have_count(0)

    workflow.get_by_label("Agreed as a true record at the meeting of").select_option(
        label=long_date(AGREED_AT)
    )
    workflow.get_by_role("button", name="Agree as a true record").click()
    # Agreeing fixes the numbers: it names the meeting first.
    page.get_by_role("button", name=f"Agree at the meeting of {long_date(AGREED_AT)}").click()
    expect(page.get_by_role("status")).to_contain_text("The record is agreed as a true record")
    expect(workflow).to_have_accessible_name("Workflow: this record is agreed")

    workflow.get_by_role("button", name="Publish").click()
    expect(page.get_by_role("heading", name="Withheld from the public")).to_be_visible()
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_role("status")).to_contain_text("The record is published.")
    expect(workflow).to_have_accessible_name("Workflow: this record is published")

    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()

    # The public: from the board, the published record and nothing else of the board's.
    page.goto(live_server.url + board.get_absolute_url())
    records = page.get_by_role("table", name=re.compile("Meetings of"))
    expect(records.get_by_role("link")).to_have_text([f"Record of Meeting {long_date(WRITTEN_ON)}"])
    records.get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"Record of Meeting {long_date(WRITTEN_ON)}"
    )
    expect(page.get_by_role("heading", name="4. Use of Intrusive Powers")).to_be_visible()
    handcuffs = page.get_by_role("listitem").filter(has_text="The DMPC noted that MOPAC had not")
    expect(handcuffs).to_contain_text("4.3")
    expect(handcuffs.get_by_role("link", name="Action 1")).to_be_visible()
    expect(page.get_by_role("region", name=re.compile("^Workflow"))).to_have_count(0)
    expect(page.get_by_role("link", name=re.compile("^Edit"))).to_have_count(0)
    expect(page.get_by_text("This record is not published")).to_have_count(0)
    public = fetch_json(page, live_server, board, WRITTEN_ON)
    assert public["status"] == "published"
    assert the_record(public) == the_record(seed)
