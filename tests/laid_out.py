"""Each record's PDF laid out once per test module: `pdfs_laid_out_once` as a module's autouse
fixture (`pytestmark = pytest.mark.usefixtures("pdfs_laid_out_once")`, imported)."""

from __future__ import annotations

import pytest

from meetings import documents

# Each PDF laid out, by the page's HTML and title. The same record's page is laid out by
# WeasyPrint in many tests (~0.2-0.3 s of CPU each), so a test is given the bytes its HTML was
# first laid out to. Any change a test makes to the record changes the HTML (its text, its
# revision's checksum), which is then laid out anew. A test that checks nothing is laid out
# again replaces documents.record_pdf with its own, over this one.
_LAID_OUT: dict[tuple[str, str], bytes] = {}


@pytest.fixture
def pdfs_laid_out_once(monkeypatch: pytest.MonkeyPatch) -> None:
    real = documents.record_pdf

    def record_pdf(html: str, *, title: str) -> bytes:
        if (html, title) not in _LAID_OUT:
            _LAID_OUT[html, title] = real(html, title=title)
        return _LAID_OUT[html, title]

    monkeypatch.setattr(documents, "record_pdf", record_pdf)
