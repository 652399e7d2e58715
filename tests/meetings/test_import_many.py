"""The import page with several files at once: each previewed on its own, with its counts and
lines to check, and the ticked ones created, each in its own transaction (issue 15)."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import HttpResponse
from django.urls import reverse

from meetings.models import Board, ImportedOriginal, Meeting
from tests.addresses import import_url
from tests.conftest import client_for
from tests.htmlcheck import assert_valid_html

# Files kept by these tests go to each test's own folder.
pytestmark = pytest.mark.usefixtures("media_root")

HOSTILE = Path(__file__).parents[1] / "data" / "hostile"


def minutes(board: Board, name: str, day: int, *, stray: str = "") -> SimpleUploadedFile:
    text = (
        f"{board.name}\nRecord of Meeting {day} March 2024\n\n"
        "1. Minutes\n\n1.1. Agreed.\n\n"
        f"2. Estates\n\n{stray}\n\n2.1. The panel noted the report.\n"
        "Action 1: MPS to report on the estate by 30 April 2024.\n"
    )
    return SimpleUploadedFile(name, text.encode())


def preview(user: Any, board: Board, *files: SimpleUploadedFile) -> HttpResponse:
    return client_for(user).post(import_url(board), {"action": "preview", "upload": list(files)})


def file_sections(response: HttpResponse) -> dict[str, Any]:
    """Each file's part of the page, by the file's name."""
    page = lxml.html.fromstring(response.content)
    return {s.find("h3").text_content(): s for s in page.find_class("file-preview")}


def ticked(response: HttpResponse) -> list[str]:
    page = lxml.html.fromstring(response.content)
    return [box.get("value") for box in page.xpath("//input[@name='files'][@checked]")]


def create(user: Any, board: Board, tokens: list[str]) -> HttpResponse:
    data = {"action": "create_files", "files": tokens}
    return client_for(user).post(import_url(board), data, follow=True)


def test_it_offers_several_files_on_the_board_page_and_one_on_a_draft(
    board: Board, secretariat: Any
) -> None:
    Meeting.objects.create(board=board, date=datetime.date(2024, 3, 5), title="Empty")
    draft = reverse("meetings:import_into", args=[board.slug, "2024-03-05"])
    inputs = [
        lxml.html.fromstring(client_for(secretariat).get(page).content).get_element_by_id(
            "id_upload"
        )
        for page in (import_url(board), draft)
    ]
    assert [i.get("multiple") is not None for i in inputs] == [True, False]


def test_it_previews_each_file_with_its_counts(board: Board, secretariat: Any) -> None:
    response = preview(
        secretariat, board, minutes(board, "a.txt", 5), minutes(board, "b.txt", 7, stray="Odd.")
    )
    sections = file_sections(response)
    assert list(sections) == ["a.txt", "b.txt"]
    assert (
        "2 sections, 2 paragraphs, 1 action, 0 lines to check" in sections["a.txt"].text_content()
    )
    assert "Odd." in sections["b.txt"].text_content()


def test_it_offers_a_box_ticked_for_each_file_it_can_create(board: Board, secretariat: Any) -> None:
    response = preview(secretariat, board, minutes(board, "a.txt", 5), minutes(board, "b.txt", 7))
    assert len(ticked(response)) == 2


def test_it_creates_nothing_on_preview(board: Board, secretariat: Any) -> None:
    preview(secretariat, board, minutes(board, "a.txt", 5), minutes(board, "b.txt", 7))
    assert Meeting.objects.filter(date__year=2024).count() == 0


def test_it_says_why_a_file_cannot_be_read_beside_the_others(
    board: Board, secretariat: Any
) -> None:
    corrupt = SimpleUploadedFile("bad.docx", (HOSTILE / "corrupt_data.docx").read_bytes())
    response = preview(secretariat, board, corrupt, minutes(board, "a.txt", 5))
    sections = file_sections(response)
    assert "Not created:" in sections["bad.docx"].text_content()
    assert len(ticked(response)) == 1


def test_an_empty_file_is_said_beside_it_and_the_others_are_read(
    board: Board, secretariat: Any
) -> None:
    """QA H-1: one empty file stopped the whole batch ("The file chosen is empty")."""
    empty = SimpleUploadedFile("empty.pdf", b"")
    response = preview(
        secretariat, board, minutes(board, "a.txt", 5), empty, minutes(board, "b.txt", 6)
    )
    assert response.status_code == 200
    sections = file_sections(response)
    assert "Not created: the file is empty (0 bytes)" in sections["empty.pdf"].text_content()
    assert len(ticked(response)) == 2


def test_one_empty_file_alone_is_still_refused_on_the_form(board: Board, secretariat: Any) -> None:
    response = preview(secretariat, board, SimpleUploadedFile("empty.pdf", b""))
    assert response.status_code == 400
    assert "The file chosen is empty" in response.content.decode()


def test_it_offers_no_box_for_a_second_file_of_a_date(board: Board, secretariat: Any) -> None:
    response = preview(secretariat, board, minutes(board, "a.txt", 5), minutes(board, "b.txt", 5))
    sections = file_sections(response)
    assert "a.txt, chosen above, is of the same date." in sections["b.txt"].text_content()
    assert len(ticked(response)) == 1


def test_it_links_a_file_to_the_record_the_board_has(
    board: Board, secretariat: Any, seed_meeting: Meeting
) -> None:
    Meeting.objects.create(board=board, date=datetime.date(2024, 3, 5), title="Already")
    sections = file_sections(preview(secretariat, board, minutes(board, "a.txt", 5)))
    assert sections == {}  # one file is read into the text box, as before
    response = preview(secretariat, board, minutes(board, "a.txt", 5), minutes(board, "b.txt", 7))
    link = file_sections(response)["a.txt"].find(".//a").get("href")
    assert link == Meeting.objects.get(date=datetime.date(2024, 3, 5)).get_absolute_url()


def test_it_creates_the_ticked_files_with_their_originals(board: Board, secretariat: Any) -> None:
    response = preview(secretariat, board, minutes(board, "a.txt", 5), minutes(board, "b.txt", 7))
    create(secretariat, board, ticked(response))
    made = Meeting.objects.filter(date__year=2024).order_by("date")
    assert [m.original.name for m in made] == ["a.txt", "b.txt"]


def test_it_leaves_a_file_unticked_alone(board: Board, secretariat: Any) -> None:
    response = preview(secretariat, board, minutes(board, "a.txt", 5), minutes(board, "b.txt", 7))
    create(secretariat, board, ticked(response)[1:])
    assert [str(m.date) for m in Meeting.objects.filter(date__year=2024)] == ["2024-03-07"]


def test_it_creates_the_others_when_one_fails(board: Board, secretariat: Any) -> None:
    response = preview(secretariat, board, minutes(board, "a.txt", 5), minutes(board, "b.txt", 7))
    # Someone makes the record of 5 March between the preview and the creation.
    Meeting.objects.create(board=board, date="2024-03-05", title="Made meanwhile")
    after = create(secretariat, board, ticked(response))
    assert Meeting.objects.get(date="2024-03-07").original.name == "b.txt"
    assert "a.txt was not created" in after.content.decode()
    assert not ImportedOriginal.objects.filter(meeting__date="2024-03-05").exists()


def test_it_says_what_it_made(board: Board, secretariat: Any) -> None:
    response = preview(secretariat, board, minutes(board, "a.txt", 5), minutes(board, "b.txt", 7))
    after = create(secretariat, board, ticked(response))
    assert "2 draft records made: 5 March 2024, 7 March 2024." in after.content.decode()


def test_it_refuses_a_token_it_did_not_sign(board: Board, secretariat: Any) -> None:
    after = create(secretariat, board, ["originals/x/minutes.txt"])
    assert "no longer held" in after.content.decode()


def test_it_takes_one_file_into_a_draft(
    board: Board, secretariat: Any, seed_meeting: Meeting
) -> None:
    empty = Meeting.objects.create(board=board, date=datetime.date(2024, 3, 5), title="Empty")
    into = reverse("meetings:import_into", args=[board.slug, empty.date.isoformat()])
    files = [minutes(board, "a.txt", 5), minutes(board, "b.txt", 5)]
    response = client_for(secretariat).post(into, {"action": "preview", "upload": files})
    assert "Choose one file" in response.content.decode()


def test_it_answers_403_to_a_board_member(board: Board, board_member: Any) -> None:
    assert create(board_member, board, ["x"]).status_code == 403


def test_it_serves_valid_html_with_several_files(board: Board, secretariat: Any) -> None:
    response = preview(
        secretariat, board, minutes(board, "a.txt", 5), minutes(board, "b.txt", 7, stray="Odd.")
    )
    assert_valid_html(response.content)


def test_it_says_the_clash_of_dates_beside_both_files(board: Board, secretariat: Any) -> None:
    response = preview(secretariat, board, minutes(board, "a.txt", 5), minutes(board, "b.txt", 5))
    first = " ".join(file_sections(response)["a.txt"].text_content().split())
    assert "b.txt, chosen below, is of the same date, so it is not created" in first


def test_it_names_each_file_it_did_not_create_and_why(board: Board, secretariat: Any) -> None:
    # QA F2: two files of one date made "1 draft record made", and the other was never named.
    Meeting.objects.create(board=board, date=datetime.date(2024, 3, 9), title="Already")
    response = preview(
        secretariat,
        board,
        minutes(board, "a.txt", 5),
        minutes(board, "b.txt", 5),
        minutes(board, "c.txt", 7),
        minutes(board, "d.txt", 9),
    )
    page = lxml.html.fromstring(response.content)
    form = {
        "action": "create_files",
        "files": ticked(response)[:1],  # c.txt left unticked
        "offered": page.xpath("//input[@name='offered']/@value"),
        "not_created": page.xpath("//input[@name='not_created']/@value"),
    }
    after = client_for(secretariat).post(import_url(board), form, follow=True)
    status = lxml.html.fromstring(after.content).xpath("//div[@role='status']")
    said = [" ".join(s.text_content().split()) for s in status]
    made = "1 draft record made: 5 March 2024. Check each, then circulate it."
    not_made = (
        "These files were not created: b.txt: a.txt, chosen above, is of the same date; "
        f"d.txt: {board.name} already has a record for 9 March 2024: open the record of "
        "9 March 2024; c.txt: it was not ticked."
    )
    assert made in said and not_made in said
    assert said.index(made) < said.index(not_made)  # what was made first
    # A link of a message in the alert's colours (axe: contrast).
    link = lxml.html.fromstring(after.content).xpath(
        "//div[@role='status']//a[contains(@class, 'alert-link')]/@href"
    )
    assert link == [Meeting.objects.get(date="2024-03-09").get_absolute_url()]


def test_it_names_no_file_from_a_form_it_did_not_sign(board: Board, secretariat: Any) -> None:
    form = {"action": "create_files", "not_created": ["x.txt"], "offered": ["y"]}
    after = client_for(secretariat).post(import_url(board), form, follow=True)
    assert "not created:" not in after.content.decode()
