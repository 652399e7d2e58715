"""The outside tester's wording findings on the import: the new names' sentence, sentences
joined in the command's messages, errors that read as sentences naming their file rather
than led by the field's label, and where the command's links point (SITE_URL)."""

from __future__ import annotations

from io import StringIO
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from meetings.management.commands.import_minutes import Command, sentence
from meetings.models import Board
from tests.conftest import NEW_TITLE, client_for

pytestmark = pytest.mark.usefixtures("media_root")

NEW_NAME = (
    f"Performance and Risk Oversight Board\n{NEW_TITLE}\n\nPresent:\nZelda Quartermaine (Chair)"
    "\n\n1. Item\n\n1.1. Noted.\n"
)


def _text(element: Any) -> str:
    return " ".join(element.text_content().split())


def test_the_new_names_sentence_reads_as_one(board: Board, secretariat: Any) -> None:
    url = reverse("meetings:import_minutes", args=[board.slug])
    response = client_for(secretariat).post(url, {"action": "preview", "text": NEW_NAME})
    box = lxml.html.fromstring(response.content).get_element_by_id("new-names")
    assert _text(box.xpath("p")[0]).startswith(
        "These are not on the board yet: only those ticked are created, when you create the "
        "draft. Untick any"
    )


def test_a_refused_file_s_error_is_a_sentence_naming_it_not_led_by_the_label(
    board: Board, secretariat: Any
) -> None:
    url = reverse("meetings:import_minutes", args=[board.slug])
    upload = SimpleUploadedFile("minutes.rtf", b"{\\rtf1 Minutes}", content_type="text/rtf")
    response = client_for(secretariat).post(url, {"action": "preview", "upload": upload})
    page = lxml.html.fromstring(response.content)
    summary = [_text(li) for li in page.xpath("//div[contains(@class, 'import-summary')]//li")]
    assert len(summary) == 1
    assert summary[0].startswith("minutes.rtf is in Rich Text Format (.rtf), which cannot be read.")
    # Under the field, the same sentence.
    under = page.xpath("//input[@name='upload']/following::*[contains(@class, 'invalid-feedback')]")
    assert _text(under[0]) == summary[0]


def test_sentences_joined_in_the_command_s_messages_end_with_a_full_stop(
    board: Board, secretariat: Any, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(CommandError) as refused:
        call_command(
            "import_minutes", str(empty), "--board", board.slug, "--by", secretariat.email,
            stdout=StringIO(), stderr=StringIO(),
        )  # fmt: skip
    assert str(refused.value).endswith("The file is empty. Nothing was imported.")
    assert sentence("Done!") == "Done!"
    assert sentence("Done") == "Done."


def test_the_command_says_where_its_links_point(
    board: Board, secretariat: Any, tmp_path: Path, settings: Any
) -> None:
    assert "SITE_URL" in Command.help and "PROB_ADDRESS" in Command.help
    settings.SITE_URL = "http://127.0.0.1:8000"
    minutes = tmp_path / "minutes.txt"
    minutes.write_text(NEW_NAME, encoding="utf-8")
    err = StringIO()
    call_command(
        "import_minutes", str(minutes), "--board", board.slug, "--by", secretariat.email,
        "--create-people", stdout=StringIO(), stderr=err,
    )  # fmt: skip
    assert "neither SITE_URL nor PROB_ADDRESS is set" in err.getvalue()


def test_the_command_says_nothing_of_a_site_url_that_is_set(
    board: Board, secretariat: Any, tmp_path: Path, settings: Any
) -> None:
    settings.SITE_URL = "https://prob.example.gov.uk"
    minutes = tmp_path / "minutes.txt"
    minutes.write_text(NEW_NAME, encoding="utf-8")
    err, out = StringIO(), StringIO()
    call_command(
        "import_minutes", str(minutes), "--board", board.slug, "--by", secretariat.email,
        "--create-people", stdout=out, stderr=err,
    )  # fmt: skip
    assert "SITE_URL" not in err.getvalue()
    assert "https://prob.example.gov.uk/" in out.getvalue()
