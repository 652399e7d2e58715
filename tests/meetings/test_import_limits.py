"""Values longer than their fields, and a file that fails as it is written: never a 500, and
one bad file never stops the rest, on the several-files page and in `import_minutes` (the
outside tester's finding 2; PostgreSQL enforces lengths, SQLite does not, so run both).
And the small wording of finding 9: nothing to create, "1 action"."""

from __future__ import annotations

import datetime
from io import StringIO
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import DataError
from django.urls import reverse

from meetings.models import Attendance, Board, Meeting, Organisation, Paragraph, Section
from meetings.services import Document, meeting_import
from meetings.services import imports as import_service
from meetings.services.imports import counted, everyone_new, minutes_read
from tests.addresses import import_url
from tests.conftest import client_for, make_user

pytestmark = pytest.mark.usefixtures("media_root")

LONG_TITLE = " ".join(["Long title"] * 33)  # 362 characters; a title holds 300


def text(day: int, *, title: str = "Estates", board: str = "Audit Panel", extra: str = "") -> str:
    return (
        f"{board}\nRecord of Meeting {day} March 2024\n\n{extra}"
        f"1. Minutes\n\n1.1. Agreed.\n\n2. {title}\n\n2.1. The panel noted the report.\n"
        "Action 1: MPS to report on the estate by 30 April 2024.\n"
    )


@pytest.fixture
def panel(db: None) -> Board:
    # The actions' owner is known, so that "Create draft" asks to confirm no new name.
    Organisation.objects.create(name="Metropolitan Police Service", short_name="MPS")
    return Board.objects.create(name="Audit Panel", slug="audit-panel")


@pytest.fixture
def panel_clerk(panel: Board) -> Any:
    return make_user(
        "clerk@panel.example", person_name="Sam Clerk", board=panel, role="secretariat"
    )


def imported(board: Board, by: Any, minutes: str) -> Meeting:
    document = Document(text=minutes, name="march.txt")
    names = everyone_new(minutes_read(board=board, document=document))
    meeting = meeting_import(board=board, document=document, by=by, **names).meeting
    assert meeting is not None
    return meeting


# --- Values longer than their fields -------------------------------------------------------


def test_a_long_title_is_cut_at_a_word_and_kept_whole_in_its_first_paragraph(
    panel: Board, panel_clerk: Any
) -> None:
    minutes = text(5, title=LONG_TITLE)
    preview = minutes_read(board=panel, document=Document(text=minutes))
    assert any(
        p.message.startswith("The title of item 2 is 362 characters, more than the 300")
        for p in preview.problems
    )
    section = Section.objects.get(meeting=imported(panel, panel_clerk, minutes), number=2)
    assert len(section.title) <= 300
    assert section.title.endswith("title\u2026")
    first = Paragraph.objects.get(section=section, position=1)
    assert first.text.startswith(LONG_TITLE + "\n\n")
    assert first.text.endswith("The panel noted the report.")


def test_a_long_role_is_cut_to_fit(panel: Board, panel_clerk: Any) -> None:
    role = " ".join(["Deputy"] * 50)  # 349: a role holds 300
    minutes = text(5, extra=f"Present\nAnn Auditor, {role}\n\n")
    preview = minutes_read(board=panel, document=Document(text=minutes))
    messages = [p.message for p in preview.problems]
    assert any(m.startswith("The role of Ann Auditor is 349 characters") for m in messages)
    attendance = Attendance.objects.get(meeting=imported(panel, panel_clerk, minutes))
    assert len(attendance.role) <= 300


def test_a_long_owner_is_cut_to_fit_and_its_short_name_too(panel: Board, panel_clerk: Any) -> None:
    owner = "The " + " ".join(["Northshire"] * 25) + " Trust"  # 284: a name holds 200
    minutes = text(5).replace("by 30 April 2024.", f"[owner: {owner}; due: 2024-04-30]")
    preview = minutes_read(board=panel, document=Document(text=minutes))
    messages = [p.message for p in preview.problems]
    assert any(m.startswith("The owner of an action of item 2 is 284") for m in messages)
    made = Organisation.objects.get(
        actions__paragraph__section__meeting=imported(panel, panel_clerk, minutes)
    )
    assert (len(made.name) <= 200, len(made.short_name) <= 40) == (True, True)


def test_a_new_organisation_s_short_name_is_cut_to_fit(panel: Board, panel_clerk: Any) -> None:
    owner = "Northshire Community Safety Partnership Board"  # 45: a short name holds 40
    minutes = text(5).replace("by 30 April 2024.", f"[owner: {owner}]")
    meeting = imported(panel, panel_clerk, minutes)
    made = Organisation.objects.get(actions__paragraph__section__meeting=meeting)
    assert made.name == owner
    assert made.short_name == "Northshire Community Safety Partnership\u2026"


def test_a_paragraph_longer_than_one_holds_is_kept_whole_as_several(
    panel: Board, panel_clerk: Any
) -> None:
    # A payments schedule of thousands of rows, read into the paragraph it follows: never
    # refused, never cut short, but kept as paragraphs that fit, split at a row or sentence.
    rows = "".join(f"Payee {k} paid \u00a3{k}.00 for works. " for k in range(2000))
    minutes = text(5).replace("The panel noted the report.", f"The payments were noted. {rows}")
    preview = minutes_read(board=panel, document=Document(text=minutes))
    paragraphs = preview.record["sections"][1]["paragraphs"]
    assert len(paragraphs) >= 3
    assert all(len(p["text"]) <= 20_000 for p in paragraphs)
    assert " ".join(p["text"] for p in paragraphs) == " ".join(
        f"The payments were noted. {rows}".split()
    )
    # The first keeps its reference and its action; the rest follow it, unnumbered.
    assert (paragraphs[0]["ref"], len(paragraphs[0]["actions"])) == ("2.1", 1)
    assert {p["ref"] for p in paragraphs[1:]} == {""}
    assert all(p["text"].endswith(".") for p in paragraphs)  # cut at a sentence's end
    assert any("kept whole as" in p.message for p in preview.problems)
    meeting = imported(panel, panel_clerk, minutes)
    stored = Paragraph.objects.filter(section__meeting=meeting, section__position=2)
    assert stored.count() == len(paragraphs)


def test_counts_are_in_the_right_number() -> None:
    assert [counted(n, "action", "actions") for n in (0, 1, 2)] == [
        "0 actions",
        "1 action",
        "2 actions",
    ]


# --- One bad file never stops the rest -----------------------------------------------------


@pytest.fixture
def fails_on_the_8th(monkeypatch: pytest.MonkeyPatch) -> None:
    """Writing the record of 8 March fails in the database, after its meeting is made."""
    write = import_service._write_record

    def failing(meeting: Meeting, *args: Any, **kwargs: Any) -> None:
        write(meeting, *args, **kwargs)
        if meeting.date == datetime.date(2024, 3, 8):
            raise DataError("value too long for type character varying(300)")

    monkeypatch.setattr(import_service, "_write_record", failing)


def made_days(board: Board) -> list[int]:
    """The days of March of the board's records: the good files', not the failed one's."""
    return sorted(date.day for date in board.meetings.values_list("date", flat=True))


def upload(name: str, minutes: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, minutes.encode())


def test_the_page_creates_the_good_files_beside_one_that_fails_as_written(
    panel: Board, panel_clerk: Any, fails_on_the_8th: None
) -> None:
    client = client_for(panel_clerk)
    files = [
        upload("long.txt", text(5, title=LONG_TITLE)),
        upload("bad.txt", text(8)),
        upload("good.txt", text(10)),
    ]
    page = client.post(import_url(panel), {"action": "preview", "upload": files})
    assert page.status_code == 200
    tree = lxml.html.fromstring(page.content)
    tokens = [box.get("value") for box in tree.xpath("//input[@name='files'][@checked]")]
    assert len(tokens) == 3
    done = client.post(import_url(panel), {"action": "create_files", "files": tokens}, follow=True)
    assert done.status_code == 200
    body = " ".join(lxml.html.fromstring(done.content).text_content().split())
    assert "bad.txt was not created: the database would not take it" in body
    assert "2 draft records made: 5 March 2024, 10 March 2024" in body
    assert made_days(panel) == [5, 10]


def test_create_draft_of_a_file_that_fails_as_written_is_no_500(
    panel: Board, panel_clerk: Any, fails_on_the_8th: None
) -> None:
    data = {"action": "create", "text": text(8)}
    response = client_for(panel_clerk).post(
        reverse("meetings:import_minutes", args=[panel.slug]), data
    )
    assert response.status_code == 400
    assert b"the database would not take it" in response.content
    assert not panel.meetings.exists()


def test_a_long_title_makes_a_draft_by_create_draft(panel: Board, panel_clerk: Any) -> None:
    data = {"action": "create", "text": text(5, title=LONG_TITLE)}
    response = client_for(panel_clerk).post(import_url(panel), data)
    assert response.status_code == 302
    assert len(Section.objects.get(meeting__board=panel, number=2).title) <= 300


def test_the_command_imports_the_good_files_beside_one_that_fails_as_written(
    panel: Board, panel_clerk: Any, fails_on_the_8th: None, tmp_path: Path
) -> None:
    paths = []
    for name, minutes in [
        ("long.txt", text(5, title=LONG_TITLE)),
        ("bad.txt", text(8)),
        ("good.txt", text(10)),
    ]:
        (tmp_path / name).write_text(minutes, encoding="utf-8")
        paths.append(str(tmp_path / name))
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError, match="1 of 3 files were not imported"):
        call_command(
            "import_minutes",
            *paths,
            "--board",
            panel.slug,
            "--by",
            panel_clerk.email,
            "--create-people",
            stdout=out,
            stderr=err,
        )
    table = out.getvalue()
    assert "refused: the database would not take it (value too long" in table
    assert "2 of 3 files imported." in table
    assert "The title of item 2 is 362 characters" in table
    assert made_days(panel) == [5, 10]


def test_the_command_s_one_file_that_fails_as_written_is_a_clear_error(
    panel: Board, panel_clerk: Any, fails_on_the_8th: None, tmp_path: Path
) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(text(8), encoding="utf-8")
    with pytest.raises(CommandError, match="the database would not take it"):
        call_command(
            "import_minutes", str(path), "--board", panel.slug, "--by", panel_clerk.email,
            stdout=StringIO(), stderr=StringIO(),
        )  # fmt: skip
    assert not panel.meetings.exists()


def test_the_command_links_to_the_site_s_address(
    panel: Board, panel_clerk: Any, tmp_path: Path, settings: Any
) -> None:
    settings.SITE_URL = "https://prob.example.gov.uk/"
    path = tmp_path / "good.txt"
    path.write_text(text(10), encoding="utf-8")
    out = StringIO()
    call_command(
        "import_minutes", str(path), "--board", panel.slug, "--by", panel_clerk.email,
        stdout=out, stderr=StringIO(),
    )  # fmt: skip
    assert "(https://prob.example.gov.uk/" in out.getvalue()


# --- Small wording ----------------------------------------------------------------------------


def test_no_create_button_when_every_file_already_has_its_record(
    panel: Board, panel_clerk: Any
) -> None:
    imported(panel, panel_clerk, text(5))
    imported(panel, panel_clerk, text(6))
    files = [upload("a.txt", text(5)), upload("b.txt", text(6))]
    page = client_for(panel_clerk).post(import_url(panel), {"action": "preview", "upload": files})
    tree = lxml.html.fromstring(page.content)
    assert not tree.xpath("//button[@value='create_files']")
    assert "There is nothing to create" in tree.get_element_by_id("nothing-to-create").text
    assert tree.get_element_by_id("files-heading").text_content() == "2 files read"


def test_the_made_message_counts_one_action_as_one(panel: Board, panel_clerk: Any) -> None:
    data = {"action": "create", "text": text(5)}
    response = client_for(panel_clerk).post(import_url(panel), data, follow=True)
    body = " ".join(lxml.html.fromstring(response.content).text_content().split())
    assert "2 sections, 2 paragraphs and 1 action." in body
