"""Journey 4's download: a member of the public finds a record by search, opens it, checks
how to verify a copy, and downloads the PDF, which is the published record."""

from __future__ import annotations

import hashlib
import io
import re
from pathlib import Path
from typing import Any

import pypdf
from playwright.sync_api import Page, expect

from meetings.models import Meeting
from tests.browser.axe import assert_no_axe_violations

PHONE = {"width": 390, "height": 844}


def test_it_finds_a_record_opens_it_and_downloads_the_pdf(
    page: Page, live_server: Any, published_meeting: Meeting
) -> None:
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/search/?q=stop+and+search")
    page.get_by_role("list").filter(has_text="31 August 2023").get_by_role("link").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(published_meeting.title)
    assert_no_axe_violations(page)
    # The page says how to check a copy, and its checksum is that of the plain text.
    checksum = page.locator("code.checksum").inner_text()
    text = page.request.get(live_server.url + published_meeting.get_absolute_url()[:-1] + ".txt")
    assert hashlib.sha256(text.body()).hexdigest() == checksum
    # Nothing scrolls sideways at 390 px, the 64-character checksum included.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="PDF of this record").click()
    download = download_info.value
    assert download.suggested_filename == f"{published_meeting.board.slug}-2023-08-31.pdf"
    reader = pypdf.PdfReader(io.BytesIO(Path(download.path()).read_bytes()))
    words = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))
    assert published_meeting.title in words
    assert checksum in words.replace(" ", "")
