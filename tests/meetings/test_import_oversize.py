"""Minutes pasted over the limit of a form's field (DATA_UPLOAD_MAX_MEMORY_SIZE, 2 MB): Django
refused the whole request, a bare "Bad Request (400)". The import page comes back with the
limit said under the box, the form's other fields kept, nothing created, and the CSRF check
made all the same (`prob.oversize`). Any other request Django cannot read gets the site's
400 page."""

from __future__ import annotations

import datetime
import re
from typing import Any

import lxml.html
import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.urls import reverse

from meetings.models import Board, Meeting
from prob.errors import bad_request
from tests.conftest import NEW_TITLE, client_for

pytestmark = pytest.mark.usefixtures("media_root")

SUMMARY = "//div[contains(@class, 'import-summary')]"


def too_long() -> str:
    line = "1.1. The board noted the report and agreed its recommendations.\n"
    text = f"Performance and Risk Oversight Board\n{NEW_TITLE}\n\n1. Item\n\n"
    return text + line * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE // len(line) + 10)


def _errors(response: HttpResponse) -> list[str]:
    page = lxml.html.fromstring(response.content)
    return [" ".join(e.text_content().split()) for e in page.xpath("//*[@id='id_text']/..//strong")]


def test_a_paste_over_the_limit_comes_back_with_the_limit_said(
    board: Board, secretariat: Any
) -> None:
    meetings = board.meetings.count()
    url = reverse("meetings:import_minutes", args=[board.slug])
    response = client_for(secretariat).post(url, {"action": "create", "text": too_long()})
    assert response.status_code == 400
    page = lxml.html.fromstring(response.content)
    assert page.xpath("//h1")[0].text_content() == "Import minutes"
    summary = [
        " ".join(li.text_content().split())
        for li in page.xpath("//div[contains(@class, 'import-summary')]//li")
    ]
    size = len(too_long().encode())
    # QA F10: what to do instead, and, plainly, that the text was not kept.
    assert summary == [
        f"The text pasted is {size:,} bytes long; text up to 2,097,152 bytes (2.0 MB) can be "
        "pasted at once, so it was not read and nothing was saved. The text pasted was not "
        "kept either: the box is empty. Upload the file the minutes are in instead (a file up "
        "to 2.0 MB is read), or split the minutes, and paste and import each part on its own."
    ]
    # Said under the box too, which is indeed empty.
    assert _errors(response) == summary
    assert not page.get_element_by_id("id_text").text_content().strip()
    assert board.meetings.count() == meetings


def test_the_form_s_other_fields_are_kept_and_a_file_sent_with_it_is_named(
    board: Board, secretariat: Any
) -> None:
    url = reverse("meetings:import_minutes", args=[board.slug])
    upload = SimpleUploadedFile("minutes.txt", b"Minutes\n", content_type="text/plain")
    response = client_for(secretariat).post(
        url, {"action": "preview", "text": too_long(), "upload": upload, "original": "kept-token"}
    )
    assert response.status_code == 400
    page = lxml.html.fromstring(response.content)
    assert page.xpath("//input[@name='original']/@value") == ["kept-token"]
    errors = " ".join(
        page.xpath("//div[contains(@class, 'import-summary')]")[0].text_content().split()
    )
    assert "minutes.txt was not read, as the text was too long: choose the file again." in errors


def test_the_csrf_token_is_checked_all_the_same(board: Board, secretariat: Any) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(secretariat, backend="accounts.backends.EmailBackend")
    url = reverse("meetings:import_minutes", args=[board.slug])
    refused = client.post(url, {"action": "create", "text": too_long()})
    assert refused.status_code == 403
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', client.get(url).text)
    assert token is not None
    response = client.post(
        url, {"csrfmiddlewaretoken": token.group(1), "action": "create", "text": too_long()}
    )
    assert response.status_code == 400
    assert "The text pasted is" in response.content.decode()


def test_a_paste_over_the_limit_into_a_draft_comes_back_too(board: Board, secretariat: Any) -> None:
    meeting = board.meetings.order_by("date").first()
    assert meeting is not None
    url = reverse("meetings:import_into", args=[board.slug, meeting.date.isoformat()])
    response = client_for(secretariat).post(url, {"action": "create", "text": too_long()})
    assert response.status_code == 400
    assert "The text pasted is" in response.content.decode()


def test_a_request_django_cannot_read_gets_the_site_s_400_page(secretariat: Any) -> None:
    request = RequestFactory().get("/")
    request.user = secretariat
    response = bad_request(request)
    assert response.status_code == 400
    page = lxml.html.fromstring(response.content)
    assert page.xpath("//h1")[0].text_content() == "The request could not be read"
    # In the site's layout, as the 404 page is.
    assert page.xpath("//nav") and page.xpath("//main")


def test_another_form_over_the_limit_gets_the_400_page(db: None) -> None:
    # The sign-in form, which reads its form as Django does: refused whole.
    response = Client().post(
        reverse("login"), {"username": "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)}
    )
    assert response.status_code == 400
    assert b"The request could not be read" in response.content


@pytest.mark.parametrize("several", [True, False])
def test_the_help_says_each_limit_of_its_own_box(
    board: Board, secretariat: Any, several: bool
) -> None:
    # QA F10: the page said "Up to 10.0 MB" and refused a paste of 3 MB.
    empty = Meeting.objects.create(board=board, date=datetime.date(2024, 3, 5), title="Empty")
    url = (
        reverse("meetings:import_minutes", args=[board.slug])
        if several
        else reverse("meetings:import_into", args=[board.slug, empty.date.isoformat()])
    )
    page = lxml.html.fromstring(client_for(secretariat).get(url).content)

    def said(field: str) -> str:
        return " ".join(page.get_element_by_id(f"id_{field}_helptext").text_content().split())

    assert "Up to 2.0 MB of text can be pasted at once" in said("text")
    each = "Each" if several else "The"
    assert f"{each} file can be up to 2.0 MB. Up to 10.0 MB can be sent at once" in said("upload")
