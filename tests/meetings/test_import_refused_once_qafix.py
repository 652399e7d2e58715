"""A refused file's message on the import page follows the GOV.UK error pattern, as every form's
does (base.html's error summary): said once as an alert, the summary at the top, which links to
the field, and beside the field as its error (tied to it by aria-describedby, no alert of its
own), never twice as alerts (QA F14: "the message shows twice")."""

from __future__ import annotations

from typing import Any

import lxml.html
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from meetings.models import Board
from tests.conftest import client_for

OLD_WORD = bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 504 + b"Minutes of the meeting " * 20


def refused_page(board: Board, user: Any) -> Any:
    url = reverse("meetings:import_minutes", args=[board.slug])
    upload = SimpleUploadedFile("minutes.docx", OLD_WORD, "application/octet-stream")
    response = client_for(user).post(url, {"action": "preview", "text": "", "upload": upload})
    assert response.status_code == 400
    return lxml.html.fromstring(response.content)


def test_the_message_is_one_alert_and_the_fields_error(board: Board, secretariat: Any) -> None:
    page = refused_page(board, secretariat)
    message = "minutes.docx is a Word 97-2003 document (.doc)"
    alerts = [e for e in page.xpath('//*[@role="alert"]') if message in e.text_content()]
    assert len(alerts) == 1
    link = alerts[0].xpath(".//a[@href='#id_upload']")
    assert len(link) == 1 and message in link[0].text_content()
    field = page.get_element_by_id("id_upload")
    described = field.get("aria-describedby").split()
    error = page.get_element_by_id("id_upload_error")
    assert "id_upload_error" in described and message in error.text_content()
    assert not error.xpath("ancestor-or-self::*[@role='alert' or @aria-live]")
    everywhere = [e for e in page.iter() if e.text and message in e.text]
    assert len(everywhere) == 2, [e.tag for e in everywhere]
