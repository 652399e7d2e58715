"""Files made to hold a reader (tests/data/hostile/, written by make.py there): each is read
or refused with a message within the sandbox's limits, through read_upload, the import page
and the import command, and nothing is made from it."""

import importlib.util
import io
import time
import zipfile
from io import StringIO
from pathlib import Path
from typing import Any

import docx
import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from meetings.minutes import MinutesError, parse_minutes, read_minutes, read_upload
from meetings.minutes.files import MAX_DOCX_PARAGRAPHS, PARSE_HERE_CHARACTERS
from meetings.minutes.sandbox import WALL_CLOCK_FACTOR
from meetings.models import Board, Meeting
from tests.conftest import client_for, make_user

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"
NOT_WORD = "is not a Word document that can be opened. Open it in Word"
LIMITS = "could not be read within the limits for an upload"
REFUSED = {
    "nested_tables.docx": NOT_WORD,  # deeper than the XML parser goes
    "deep_xml.docx": NOT_WORD,
    "lying_sizes.docx": NOT_WORD,
    # Counted before it is parsed and refused at once, not read until the limits (QA F9).
    "many_paragraphs.docx": f"has more than {MAX_DOCX_PARAGRAPHS:,} paragraphs",
    "unsupported_compression.docx": NOT_WORD,
    "encrypted.docx": NOT_WORD,
    "corrupt_data.docx": NOT_WORD,
    "entity_expansion.docx": NOT_WORD,
    "shared_content.pdf": LIMITS,
    "huge_numbering.docx": LIMITS,  # 46 MB of lists: more than the limits allow to read
    "numbering_entities.docx": NOT_WORD,
    "tiny_objects.pdf": "has more than 500 pages, more than the minutes of a meeting run to",
}


def _within_the_limit(started: float) -> bool:
    # The child is killed at its wall-clock limit; a little more for starting and killing it.
    return time.monotonic() - started < settings.IMPORT_READ_SECONDS * WALL_CLOCK_FACTOR + 2


def test_it_keeps_the_files_as_make_py_writes_them() -> None:
    spec = importlib.util.spec_from_file_location("hostile_make", HOSTILE / "make.py")
    assert spec is not None and spec.loader is not None
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)

    assert {name: (HOSTILE / name).read_bytes() for name in make.FILES} == make.FILES


@pytest.mark.parametrize(("name", "message"), REFUSED.items())
def test_it_refuses_a_hostile_file_with_a_message_within_the_limit(name: str, message: str) -> None:
    started = time.monotonic()

    with pytest.raises(MinutesError, match=f"^{name} {message}"):
        read_upload(name, (HOSTILE / name).read_bytes())
    assert _within_the_limit(started)


def test_it_reads_a_cell_spanning_two_billion_columns_once_and_at_once() -> None:
    started = time.monotonic()

    text = read_upload("minutes.docx", (HOSTILE / "huge_gridspan.docx").read_bytes())

    assert text == "Audit Panel\n\n| Jane Doe | Chair |\n"
    assert time.monotonic() - started < 3


def test_it_reads_a_list_whose_level_text_is_a_million_counters_at_once() -> None:
    started = time.monotonic()

    text = read_upload("minutes.docx", (HOSTILE / "long_level_text.docx").read_bytes())

    # The level's text is cut to 64 characters: 32 counters.
    assert text.startswith(f"{'1' * 32} Apologies\n\n{'2' * 32} Apologies\n\n")
    assert _within_the_limit(started)


def test_it_reads_a_word_package_of_twelve_thousand_members_within_the_limit() -> None:
    document = docx.Document()
    document.add_paragraph("Audit Panel")
    saved, out = io.BytesIO(), io.BytesIO()
    document.save(saved)
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(out, "w") as archive:
        for info in source.infolist():
            archive.writestr(info, source.read(info))
        for n in range(12_000):
            archive.writestr(f"word/media/image{n}.png", b"")
    started = time.monotonic()

    assert read_upload("minutes.docx", out.getvalue()) == "Audit Panel\n"
    assert _within_the_limit(started)


def test_it_stops_a_read_at_the_time_limit(settings: Any) -> None:
    # Less time than reading this file takes (it reads within the default limits): the child
    # is killed, whatever it does.
    settings.IMPORT_READ_SECONDS = 0.05
    data = (HOSTILE / "long_level_text.docx").read_bytes()

    with pytest.raises(MinutesError, match=rf"^minutes\.docx {LIMITS} \(0\.05 seconds, 512 MB\)"):
        read_upload("minutes.docx", data)


def test_it_stops_a_read_at_the_memory_limit(settings: Any) -> None:
    # Less memory than reading this file needs (it reads within the default limits).
    settings.IMPORT_READ_MEMORY_MB = 16
    data = (HOSTILE / "long_level_text.docx").read_bytes()

    with pytest.raises(MinutesError, match=rf"^minutes\.docx {LIMITS} \(5 seconds, 16 MB\)"):
        read_upload("minutes.docx", data)


@pytest.mark.parametrize(("name", "message"), REFUSED.items())
def test_it_shows_the_message_on_the_import_page_and_makes_nothing(
    board: Board, secretariat: Any, name: str, message: str
) -> None:
    upload = SimpleUploadedFile(name, (HOSTILE / name).read_bytes())
    url = reverse("meetings:import_minutes", args=[board.slug])
    started = time.monotonic()

    response = client_for(secretariat).post(url, {"action": "create", "upload": upload})

    # 400, as for every upload the form refuses; never a 500, never a held worker.
    assert (response.status_code, message in response.content.decode()) == (400, True)
    assert Meeting.objects.count() == 1
    assert _within_the_limit(started)


@pytest.mark.parametrize(("name", "message"), REFUSED.items())
def test_it_refuses_it_in_the_import_command_and_imports_nothing(
    db: None, name: str, message: str
) -> None:
    board = Board.objects.create(name="Audit Panel", slug="audit-panel")
    make_user("clerk@audit.example", person_name="Sam Clerk", board=board, role="secretariat")
    options = ["--board", "audit-panel", "--by", "clerk@audit.example"]
    # The upload's bounds, not the command's larger ones (QA F10), which its message names.
    options += ["--read-seconds", "5", "--read-memory-mb", "512"]
    message = message.replace("for an upload", "set with --read-seconds and --read-memory-mb")

    with pytest.raises(CommandError, match=f"{name} {message}.*Nothing was imported"):
        call_command("import_minutes", str(HOSTILE / name), *options, stdout=StringIO())
    assert Meeting.objects.count() == 0


# --- Pasted or uploaded text of a hostile shape --------------------------------------------------

HEADING = "Record of Meeting 31 August 2023\nAudit Panel\n\n"
# About 1.9 MB of attendee lines with no section after them: seconds of work for the reader.
ENDLESS_ATTENDEES = (
    HEADING + "Present:\n" + "Councillor Ann Smith (Chair), Borough Council\n" * 40_000
)


def test_it_reads_a_paragraph_of_many_action_marks_in_linear_time() -> None:
    # Each mark's sentence was looked for from the paragraph's start: 66 KB took 3 seconds.
    text = HEADING + "1. Minutes\n\n1.1 " + "The clerk to write. (Action: JB) " * 2000 + "\n"
    started = time.monotonic()

    record = read_minutes(text).record

    assert len(record["sections"][0]["paragraphs"][0]["actions"]) == 2000
    assert time.monotonic() - started < 1


def test_it_parses_a_long_text_in_the_sandbox_as_it_would_here(settings: Any) -> None:
    # Some 2 seconds of CPU, more than 5 on the clock on a loaded machine: the sandbox's limit,
    # now on the clock (QA F12), is not what this measures.
    settings.IMPORT_READ_SECONDS = 60
    # About 125,000 characters, a quarter over the length parsed in the web process: read in
    # the sandbox, and parsed here too (188,000 before, the same path at half again the work).
    text = HEADING + "".join(f"{n}. Item {n}\n\n{n}.1 Noted.\n\n" for n in range(1, 4000))
    assert len(text) > PARSE_HERE_CHARACTERS

    assert read_minutes(text).record == parse_minutes(text).record


def test_it_stops_parsing_a_hostile_text_at_the_limit(settings: Any) -> None:
    settings.IMPORT_READ_SECONDS = 1
    # The limit whatever the text's length (QA F12), on the clock.
    started = time.monotonic()

    with pytest.raises(MinutesError, match=rf"^The minutes {LIMITS} \(1 second, 512 MB\)"):
        read_minutes(ENDLESS_ATTENDEES)
    assert time.monotonic() - started < WALL_CLOCK_FACTOR + 2


def test_it_refuses_a_hostile_paste_on_the_import_page_and_makes_nothing(
    board: Board, secretariat: Any, settings: Any
) -> None:
    settings.IMPORT_READ_SECONDS = 1
    url = reverse("meetings:import_minutes", args=[board.slug])

    response = client_for(secretariat).post(url, {"action": "preview", "text": ENDLESS_ATTENDEES})

    assert (response.status_code, LIMITS in response.content.decode()) == (400, True)
    assert Meeting.objects.count() == 1
