"""The Word document as Word, its proofing and screen readers read it: British English in the
styles themselves, A4 paper, its own dates and no trace of the python-docx template, the
attendees' organisations as headings, and the record's address as a real hyperlink.

Read with python-docx, and with zipfile and lxml for the package's XML.
"""

from __future__ import annotations

import datetime
import io
import zipfile
from dataclasses import dataclass
from typing import Any

import docx
import pytest
from django.db import transaction
from django.test import Client, override_settings
from lxml import etree

from meetings.models import Meeting
from tests.addresses import record_url
from tests.conftest import import_record, publish
from tests.meetings.test_downloads import get
from tests.test_restricted import RESTRICTED_RECORD

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
NS = {"w": W, "r": R, "rel": RELS}
SITE = "https://records.example.org"


# Set before the record is made: publishing renders it ahead.
pytestmark = pytest.mark.site(SITE)


@dataclass(frozen=True)
class Exported:
    body: bytes
    published: datetime.datetime
    address: str


@pytest.fixture(scope="module")
def exported(django_db_setup: None, django_db_blocker: Any) -> Exported:
    """The published record's Word file, made once for the file's tests that only read it
    (from the record of the `meeting` fixture, made in a transaction rolled back at once)."""
    with django_db_blocker.unblock(), override_settings(SITE_URL=SITE), transaction.atomic():
        meeting = publish(import_record(RESTRICTED_RECORD))
        body = get(Client(), record_url(meeting, "docx")).content
        done = Exported(body, meeting.published, SITE + meeting.get_absolute_url())
        transaction.set_rollback(True)
    return done


@pytest.fixture
def body(exported: Exported) -> bytes:
    return exported.body


def xml(body: bytes, name: str) -> Any:
    return etree.fromstring(zipfile.ZipFile(io.BytesIO(body)).read(name))


def test_it_sets_british_english_in_the_default_style(body: bytes) -> None:
    lang = xml(body, "word/styles.xml").find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
    assert lang.get(f"{{{W}}}val") == "en-GB"


def test_it_leaves_american_english_nowhere(body: bytes) -> None:
    package = zipfile.ZipFile(io.BytesIO(body))
    names = [name for name in package.namelist() if name.endswith((".xml", ".rels"))]
    assert [name for name in names if b"en-US" in package.read(name)] == []


def test_it_is_laid_out_on_a4(body: bytes) -> None:
    size = xml(body, "word/document.xml").find("w:body/w:sectPr/w:pgSz", NS)
    assert (size.get(f"{{{W}}}w"), size.get(f"{{{W}}}h")) == ("11906", "16838")


def test_it_has_margins_like_the_pdf(body: bytes) -> None:
    section = docx.Document(io.BytesIO(body)).sections[0]
    margins = (section.left_margin, section.right_margin, section.top_margin)
    assert all(round(margin.cm, 1) == 2.0 for margin in margins)


def test_it_is_dated_when_the_record_was_published(exported: Exported) -> None:
    properties = docx.Document(io.BytesIO(exported.body)).core_properties
    published = exported.published.astimezone(datetime.UTC).replace(microsecond=0, tzinfo=None)
    assert properties.created.replace(tzinfo=None) == published
    assert properties.modified.replace(tzinfo=None) >= published


def test_it_carries_nothing_of_the_template(body: bytes) -> None:
    properties = docx.Document(io.BytesIO(body)).core_properties
    assert "python-docx" not in (properties.comments + properties.author)
    assert "docProps/thumbnail.jpeg" not in zipfile.ZipFile(io.BytesIO(body)).namelist()


def test_it_relates_no_thumbnail(body: bytes) -> None:
    kinds = [rel.get("Type") for rel in xml(body, "_rels/.rels").findall("rel:Relationship", NS)]
    assert not any(kind.endswith("/thumbnail") for kind in kinds)


def test_it_makes_the_organisations_headings(body: bytes) -> None:
    paragraphs = docx.Document(io.BytesIO(body)).paragraphs
    organisation = next(p for p in paragraphs if p.text == "MOPAC")
    assert organisation.style.name.startswith("Heading")


def test_it_links_to_the_record(body: bytes, exported: Exported) -> None:
    address = exported.address
    relationships = {
        rel.get("Id"): rel
        for rel in xml(body, "word/_rels/document.xml.rels").findall("rel:Relationship", NS)
    }
    links = {
        "".join(link.itertext()): relationships[link.get(f"{{{R}}}id")]
        for link in xml(body, "word/document.xml").iter(f"{{{W}}}hyperlink")
    }
    assert links[address].get("Target") == address
    assert links[address].get("TargetMode") == "External"


def test_it_downloads_a_record_whose_title_is_longer_than_word_allows(
    meeting: Meeting, client: Client
) -> None:
    # The title may be 300 characters; Word's core properties hold 255.
    Meeting.objects.filter(pk=meeting.pk).update(title="Record of " + "a very long title " * 16)
    meeting.refresh_from_db()
    response = get(client, record_url(meeting, "docx"))
    assert response.status_code == 200
    document = docx.Document(io.BytesIO(response.content))
    assert len(document.core_properties.title) == 255
