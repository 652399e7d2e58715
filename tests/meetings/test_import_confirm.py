"""The import page creates only the new people and organisations the clerk confirmed: the
preview lists each, ticked, and one unticked is not created."""

from __future__ import annotations

import re
from typing import Any

import lxml.html
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.http import HttpResponse
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from meetings.models import Attendance, Board, Meeting, Organisation, Person
from tests.conftest import client_for
from tests.htmlcheck import assert_valid_html

NEW_TITLE = "Record of Meeting 30 November 2023"
NEWCOMERS = "#### **LFB**\n\nAndy Roe, Commissioner\n\n#### 1. Minutes"


@pytest.fixture
def new_text(seed_text: str) -> str:
    """A later meeting of the seed's board, attended by someone from an organisation PROB does
    not know yet."""
    return seed_text.replace("Record of Meeting 31 August 2023", NEW_TITLE).replace(
        "#### 1. Minutes", NEWCOMERS
    )


def post(user: Any, board: Board, action: str, text: str, **data: Any) -> HttpResponse:
    url = reverse("meetings:import_minutes", args=[board.slug])
    return client_for(user).post(url, {"action": action, "text": text, **data})


def confirmed(**data: Any) -> dict[str, Any]:
    """What the preview sends back with "Create draft", boxes as left."""
    return {"shown_people": ["Andy Roe"], "shown_organisations": ["LFB"], **data}


def new_meeting(board: Board) -> Meeting:
    return Meeting.objects.get(board=board, date="2023-11-30")


def test_it_lists_the_new_person_and_organisation_ticked(
    board: Board, secretariat: Any, new_text: str
) -> None:
    html = post(secretariat, board, "preview", new_text).content.decode()
    assert 'name="new_people" value="Andy Roe"' in html
    assert 'name="new_organisations" value="LFB"' in html
    assert html.count("checked>") >= 2


def test_its_preview_with_new_names_is_valid_html(
    board: Board, secretariat: Any, new_text: str
) -> None:
    assert_valid_html(post(secretariat, board, "preview", new_text).content.decode())


def test_each_box_sits_in_the_row_of_its_label(
    board: Board, secretariat: Any, new_text: str
) -> None:
    """QA #19: a hidden input straight after the legend took Bootstrap's `legend + *`
    clearing, and the first box floated up beside the legend, away from its label. What
    follows each legend is a box's row, and every row holds its box, its label and its hidden
    input."""
    html = post(secretariat, board, "preview", new_text).content.decode()
    page = lxml.html.fromstring(html)
    legends = page.xpath("//div[@id='new-names']//legend")
    assert len(legends) == 2
    for legend in legends:
        following = legend.getnext()
        assert following.tag == "div" and "form-check" in following.get("class", "")
    for row in page.xpath("//div[@id='new-names']//fieldset/*[not(self::legend)]"):
        assert row.tag == "div" and "form-check" in row.get("class", "")
        kinds = [field.get("type") for field in row.xpath("./input")]
        assert kinds == ["hidden", "checkbox"] and row.xpath("./label")


def test_it_lists_no_one_already_on_the_board(
    board: Board, secretariat: Any, new_text: str
) -> None:
    html = post(secretariat, board, "preview", new_text).content.decode()
    assert 'value="Kenny Bowie"' not in html


def test_it_asks_first_when_create_comes_before_the_names_were_shown(
    board: Board, secretariat: Any, new_text: str
) -> None:
    response = post(secretariat, board, "create", new_text)
    assert response.status_code == 200
    assert 'id="confirm-names"' in response.content.decode()
    assert not Meeting.objects.filter(date="2023-11-30").exists()


def test_it_creates_the_ticked_ones(board: Board, secretariat: Any, new_text: str) -> None:
    data = confirmed(new_people=["Andy Roe"], new_organisations=["LFB"])
    post(secretariat, board, "create", new_text, **data)
    attendance = Attendance.objects.get(meeting=new_meeting(board), person__name="Andy Roe")
    assert attendance.organisation == Organisation.objects.get(short_name="LFB")


def test_it_does_not_create_an_unticked_person(
    board: Board, secretariat: Any, new_text: str
) -> None:
    post(secretariat, board, "create", new_text, **confirmed(new_organisations=["LFB"]))
    assert not Person.objects.filter(name="Andy Roe").exists()
    assert new_meeting(board).attendances.count() == 10


def test_it_says_who_was_left_out(board: Board, secretariat: Any, new_text: str) -> None:
    url = reverse("meetings:import_minutes", args=[board.slug])
    data = {"action": "create", "text": new_text, **confirmed()}
    page = client_for(secretariat).post(url, data, follow=True).content.decode()
    assert "Not written, as they were not confirmed as new: Andy Roe (an attendee)." in page
    assert not Organisation.objects.filter(short_name="LFB").exists()


def test_it_keeps_a_box_unticked_when_the_page_is_shown_again(
    board: Board, secretariat: Any, new_text: str
) -> None:
    html = post(secretariat, board, "preview", new_text, **confirmed()).content.decode()
    assert 'value="Andy Roe" id="import-form-person-1" form="import-form">' in html


def test_it_names_the_clerk_and_the_file_in_every_row_s_history(
    board: Board, secretariat: Any, new_text: str
) -> None:
    upload = SimpleUploadedFile("november.txt", new_text.encode())
    url = reverse("meetings:import_minutes", args=[board.slug])
    data = confirmed(new_people=["Andy Roe"], new_organisations=["LFB"])
    client_for(secretariat).post(url, {"action": "create", "upload": upload, **data})
    meeting = new_meeting(board)
    rows = [
        meeting.history.earliest(),
        Attendance.history.filter(meeting_id=meeting.pk).earliest(),
        Person.history.get(name="Andy Roe"),
        Organisation.history.get(short_name="LFB"),
    ]
    assert {(row.history_user, row.history_change_reason) for row in rows} == {
        (secretariat, "Imported from november.txt")
    }


# --- Several files at once ------------------------------------------------------------------


def files_with_a_newcomer(board: Board) -> list[SimpleUploadedFile]:
    return [
        SimpleUploadedFile(
            f"{day}.txt",
            (
                f"{board.name}\nRecord of Meeting {day} March 2024\n\nPresent\n"
                "Andy Roe, Commissioner\n\n1. Minutes\n\n1.1. Agreed.\n"
            ).encode(),
        )
        for day in (5, 7)
    ]


def test_it_lists_a_newcomer_of_several_files_once(board: Board, secretariat: Any) -> None:
    url = reverse("meetings:import_minutes", args=[board.slug])
    data = {"action": "preview", "upload": files_with_a_newcomer(board)}
    html = client_for(secretariat).post(url, data).content.decode()
    assert html.count('name="new_people" value="Andy Roe"') == 1
    assert 'form="files-form" checked>' in html


def test_it_creates_no_unticked_newcomer_of_several_files(board: Board, secretariat: Any) -> None:
    url = reverse("meetings:import_minutes", args=[board.slug])
    client = client_for(secretariat)
    html = client.post(url, {"action": "preview", "upload": files_with_a_newcomer(board)})
    tokens = re.findall(r'name="files" value="([^"]+)"', html.content.decode())
    after = client.post(url, {"action": "create_files", "files": tokens}, follow=True)
    assert Meeting.objects.filter(date__year=2024).count() == 2
    assert not Person.objects.filter(name="Andy Roe").exists()
    assert "not confirmed as new: Andy Roe (an attendee)." in after.content.decode()


def test_its_preview_reads_the_board_s_people_in_a_fixed_number_of_queries(
    board: Board, secretariat: Any, new_text: str
) -> None:
    client = client_for(secretariat)
    url = reverse("meetings:import_minutes", args=[board.slug])
    more = new_text.replace(
        "Andy Roe, Commissioner\n", "Andy Roe, Commissioner\nAnn Other, Deputy\nBo Third, Clerk\n"
    )
    fewer = new_text.replace("Kenny Bowie, Director of Strategy and MPS Oversight\n", "").replace(
        "Lisa Kitto, Interim Chief Financial Officer\n", ""
    )
    counts = []
    for text in (new_text, more, fewer):
        with CaptureQueriesContext(connection) as queries:
            assert client.post(url, {"action": "preview", "text": text}).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1] == counts[2]
