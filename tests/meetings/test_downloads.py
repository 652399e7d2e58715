"""The record as documents: PDF and Word opened by real readers, the checksum, and the
renderings made once per revision and answered conditionally.

Every restricted piece of the record under test carries an invented word (tests/
test_restricted.py), so a leak into a document shows as that word in its extracted text.
"""

from __future__ import annotations

import functools
import hashlib
import io
import re
from typing import Any

import docx
import pypdf
import pytest
from django.core.cache import cache
from django.test import Client
from django.utils.http import http_date

from actions.services import action_update_post
from meetings import documents
from meetings.models import Board, Meeting, Organisation, Paragraph, Person, RecordArtefact
from meetings.renderings import rendering
from meetings.services import record_amend_paragraph
from meetings.services.directory import board_save, organisation_save, person_save
from meetings.services.editing import (
    action_add,
    action_update,
    meeting_new,
    paragraph_add,
    section_add,
)
from tests.addresses import record_url
from tests.conftest import client_for
from tests.laid_out import pdfs_laid_out_once
from tests.test_restricted import SECRETS, leaked

__all__ = ["pdfs_laid_out_once"]  # a fixture, used below
pytestmark = pytest.mark.usefixtures("pdfs_laid_out_once")

PUBLIC_PARAGRAPHS = (
    "The minutes of the previous meeting were agreed as a true record.",
    "The board discussed the published performance figures.",
)
PUBLIC_ACTION = "MPS to publish the quarterly figures by 31 January 2024."


@pytest.fixture
def board(meeting: Meeting) -> Board:
    """The record's board, where the cast (`secretariat`, `board_member`) sits: not the seed's
    (tests/conftest.py's `board`), which no test here reads, imported beside the record put
    back (~60 queries a test). The two records name the same board."""
    return meeting.board


def flat(text: str) -> str:
    """Text with line breaks and repeated spaces made single spaces, as a reader sees it."""
    return re.sub(r"\s+", " ", text)


@functools.lru_cache(maxsize=8)
def pdf_text(body: bytes) -> str:
    return flat(" ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(body)).pages))


def structure_roles(element: Any) -> set[str]:
    """The structure types (/H1, /P, …) in a tagged PDF's structure tree."""
    element = element.get_object()
    if isinstance(element, list):
        return set().union(*(structure_roles(kid) for kid in element))
    if not isinstance(element, dict):
        return set()
    roles = {str(element["/S"])} if "/S" in element else set()
    return roles | structure_roles(element["/K"]) if "/K" in element else roles


def docx_paragraphs(body: bytes) -> list[Any]:
    return list(docx.Document(io.BytesIO(body)).paragraphs)


def get(client: Client, address: str, **headers: str) -> Any:
    response = client.get(address, headers=headers)
    assert response.status_code in (200, 304), (address, response.status_code)
    return response


def checksum_on_page(client: Client, meeting: Meeting) -> str:
    page = get(client, record_url(meeting, "page")).content.decode()
    found = re.search(r'<code class="checksum">([0-9a-f]{64})</code>', page)
    assert found, "the page shows no SHA-256"
    return found.group(1)


# --- PDF ---------------------------------------------------------------------------------------


@pytest.fixture
def public_pdf(meeting: Meeting) -> bytes:
    response = get(Client(), record_url(meeting, "pdf"))
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    return response.content


def test_the_pdf_holds_every_public_paragraph_and_action(public_pdf: bytes) -> None:
    text = pdf_text(public_pdf)
    for paragraph in PUBLIC_PARAGRAPHS:
        assert paragraph in text
    assert PUBLIC_ACTION in text
    assert "Action 2" in text


def test_the_pdf_holds_no_restricted_text(public_pdf: bytes) -> None:
    assert leaked(pdf_text(public_pdf)) == []


def test_the_pdf_gives_the_board_the_restricted_text(meeting: Meeting, board_member: Any) -> None:
    text = pdf_text(get(client_for(board_member), record_url(meeting, "pdf")).content)
    assert set(leaked(text)) == set(SECRETS)


def test_the_pdf_is_tagged_titled_and_in_english(public_pdf: bytes, meeting: Meeting) -> None:
    reader = pypdf.PdfReader(io.BytesIO(public_pdf))
    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == "en-GB"
    assert bool(catalog["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in catalog
    assert meeting.title in reader.metadata.title
    assert bool(catalog["/ViewerPreferences"]["/DisplayDocTitle"])
    # Headings are headings: the structure tree holds H1 and H2 elements.
    assert {"/H1", "/H2", "/P"} <= structure_roles(catalog["/StructTreeRoot"])


def test_the_pdf_embeds_its_fonts(public_pdf: bytes) -> None:
    reader = pypdf.PdfReader(io.BytesIO(public_pdf))
    fonts = [
        font.get_object() for page in reader.pages for font in page["/Resources"]["/Font"].values()
    ]
    assert fonts
    for font in fonts:
        descendant = (
            font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        )
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor or "/FontFile3" in descriptor, font["/BaseFont"]
        # The open font the print stylesheet embeds (DejaVu Sans, under the document's name).
        assert "+PROB-Document" in str(font["/BaseFont"]), font["/BaseFont"]


def test_the_pdf_carries_the_checksum_and_publication_date(
    public_pdf: bytes, meeting: Meeting
) -> None:
    text = pdf_text(public_pdf)
    assert checksum_on_page(Client(), meeting) in text.replace(" ", "")
    assert f"Published on {meeting.published:%-d %B %Y}" in text


def test_names_in_any_script_reach_the_pdf(meeting: Meeting, secretariat: Any) -> None:
    paragraph = Paragraph.objects.get(section__meeting=meeting, text__startswith="The board disc")
    record_amend_paragraph(
        paragraph=paragraph,
        text="The board thanked Zoë Łukasiewicz, Dvořák and Αθηνά for the figures.",
        by=secretariat,
        reason="Names added",
    )
    text = pdf_text(get(Client(), record_url(meeting, "pdf")).content)
    assert "Zoë Łukasiewicz, Dvořák and Αθηνά" in text


def test_the_pdf_link_says_what_is_missing_when_pdfs_cannot_be_made(
    meeting: Meeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    reason = "PDF downloads are not available on this server: it lacks the Pango library."
    monkeypatch.setattr(documents, "pdf_unavailable", lambda: reason)
    page = Client().get(record_url(meeting, "page") + "?no-cache").content.decode()
    assert reason in page
    response = Client().get(record_url(meeting, "pdf"))
    assert response.status_code == 503
    assert reason in response.content.decode()


# --- Word --------------------------------------------------------------------------------------


def test_the_word_document_is_laid_out_like_the_record(meeting: Meeting) -> None:
    response = get(Client(), record_url(meeting, "docx"))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    paragraphs = docx_paragraphs(response.content)
    texts = [p.text for p in paragraphs]
    text = flat(" ".join(texts))
    assert leaked(text) == []
    assert texts[0] == meeting.board.name.upper()
    title = next(p for p in paragraphs if p.text == meeting.title)
    assert title.style.name == "Heading 1"
    assert any(p.style.name == "Heading 2" and p.text == "1. Minutes" for p in paragraphs)
    for paragraph in PUBLIC_PARAGRAPHS:
        assert paragraph in text
    action = next(p for p in paragraphs if PUBLIC_ACTION in p.text)
    assert action.text.startswith("Action 2:")
    assert all(run.bold for run in action.runs)
    assert "MOPAC" in texts and "Sophie Linden, Deputy Mayor for Policing and Crime (DMPC)" in texts
    assert checksum_on_page(Client(), meeting) in text
    assert f"Published on {meeting.published:%-d %B %Y}." in texts
    properties = docx.Document(io.BytesIO(response.content)).core_properties
    assert properties.title == meeting.title
    assert properties.language == "en-GB"


def test_the_word_document_gives_the_board_the_restricted_text(
    meeting: Meeting, secretariat: Any
) -> None:
    body = get(client_for(secretariat), record_url(meeting, "docx")).content
    text = flat(" ".join(p.text for p in docx_paragraphs(body)))
    assert set(leaked(text)) == set(SECRETS)
    assert "[Restricted: not for publication]" in text


# --- The checksum -----------------------------------------------------------------------------


def test_the_page_shows_the_sha256_of_the_text_download(meeting: Meeting) -> None:
    text = get(Client(), record_url(meeting, "txt")).content
    assert checksum_on_page(Client(), meeting) == hashlib.sha256(text).hexdigest()


def test_members_see_the_checksum_of_the_public_text(meeting: Meeting, board_member: Any) -> None:
    public_text = get(Client(), record_url(meeting, "txt")).content
    assert checksum_on_page(client_for(board_member), meeting) == (
        hashlib.sha256(public_text).hexdigest()
    )


def test_the_checksum_changes_when_the_public_text_changes(
    meeting: Meeting, secretariat: Any
) -> None:
    before = checksum_on_page(Client(), meeting)
    paragraph = Paragraph.objects.get(section__meeting=meeting, text__startswith="The board disc")
    record_amend_paragraph(
        paragraph=paragraph, text="The board discussed the figures.", by=secretariat, reason="Fix"
    )
    after = checksum_on_page(Client(), meeting)
    assert after != before
    assert after == hashlib.sha256(get(Client(), record_url(meeting, "txt")).content).hexdigest()


def test_the_checksum_stays_when_only_restricted_text_changes(
    meeting: Meeting, secretariat: Any
) -> None:
    before = checksum_on_page(Client(), meeting)
    paragraph = Paragraph.objects.get(section__meeting=meeting, text__contains="MARMALADEFOX")
    record_amend_paragraph(
        paragraph=paragraph,
        text="The board was briefed again on MARMALADEFOX.",
        by=secretariat,
        reason="Fix",
    )
    assert checksum_on_page(Client(), meeting) == before


def test_the_checksum_stays_when_an_action_is_updated(meeting: Meeting, action_owner: Any) -> None:
    before = checksum_on_page(Client(), meeting)
    action = meeting.sections.get(number=2).paragraphs.get(number=2).actions.get()
    action_update_post(action=action, author=action_owner, text="Figures drafted.")
    assert checksum_on_page(Client(), meeting) == before


@pytest.mark.parametrize(
    "rename",
    [
        lambda m: (Board.objects.filter(pk=m.board_id).get(), "name", board_save),
        lambda m: (Organisation.objects.get(short_name="MPS"), "short_name", organisation_save),
        lambda m: (Person.objects.get(name__startswith="Sir Mark"), "name", person_save),
    ],
    ids=["board", "organisation", "person"],
)
def test_a_rename_reaches_every_copy_of_the_records_that_name_it(
    meeting: Meeting, rename: Any
) -> None:
    before = checksum_on_page(Client(), meeting)
    renamed, field, service = rename(meeting)
    setattr(renamed, field, "Renamed Thing")
    # As the admin and the sample data do it: through the service, which says which records
    # name it.
    service(**{type(renamed).__name__.lower(): renamed}, by=None, reason="Renamed")
    # Stored copies were made before the rename; every reader now gets the new name.
    assert "Renamed Thing" in get(Client(), record_url(meeting, "txt")).content.decode()
    assert "Renamed Thing" in get(Client(), record_url(meeting, "page")).content.decode()
    assert checksum_on_page(Client(), meeting) != before


def test_changing_the_people_named_on_an_action_reaches_the_record(
    meeting: Meeting, secretariat: Any
) -> None:
    # Only a draft's actions change their owners: the members' copy of one, kept as read.
    draft = meeting_new(board=meeting.board, date=meeting.date.replace(year=2030), by=secretariat)
    section = section_add(meeting=draft, by=secretariat, title="Performance")
    paragraph = paragraph_add(section=section, by=secretariat, text="Noted.")[0]
    action = action_add(paragraph=paragraph, by=secretariat, text="MPS to report.")
    assert "Commander Newly Named" not in rendering(draft, "json", public=False).body.decode()
    action_update(
        action=action,
        by=secretariat,
        text=action.text,
        owner=action.owner,
        owner_people=[Person.objects.create(name="Commander Newly Named")],
        due=None,
    )
    assert "Commander Newly Named" in rendering(draft, "json", public=False).body.decode()


# --- Made once, answered conditionally ---------------------------------------------------------


@pytest.mark.parametrize("kind", ["txt", "json", "pdf", "docx"])
def test_a_rendering_is_made_once_per_revision(
    meeting: Meeting, kind: str, monkeypatch: pytest.MonkeyPatch, secretariat: Any
) -> None:
    first = get(Client(), record_url(meeting, kind)).content
    assert RecordArtefact.objects.filter(meeting=meeting, kind=kind, audience="public").exists()
    # Another process, with nothing in its memory, serves the stored copy without rendering.
    cache.clear()
    monkeypatch.setattr(documents, "record_pdf", _no_rendering)
    monkeypatch.setattr(documents, "record_docx", _no_rendering)
    monkeypatch.setattr("meetings.renderings.render_to_string", _no_rendering)
    monkeypatch.setattr("meetings.artefacts.record_view", _no_rendering)
    assert get(Client(), record_url(meeting, kind)).content == first
    monkeypatch.undo()
    # An amendment is a new version, rendered anew.
    paragraph = Paragraph.objects.get(section__meeting=meeting, text__startswith="The board disc")
    record_amend_paragraph(
        paragraph=paragraph, text="The board discussed it.", by=secretariat, reason="Shorter"
    )
    assert get(Client(), record_url(meeting, kind)).content != first


@pytest.mark.parametrize("kind", ["txt", "pdf", "docx"])
def test_an_actions_progress_leaves_the_files_as_they_are(
    meeting: Meeting, kind: str, monkeypatch: pytest.MonkeyPatch, action_owner: Any
) -> None:
    first = get(Client(), record_url(meeting, kind))
    action = meeting.sections.get(number=2).paragraphs.get(number=2).actions.get()
    action_update_post(
        action=action, author=action_owner, text="Figures drafted.", status_to="proposed"
    )
    # The page shows the action's new state at once...
    assert "Status: Proposed for closure" in flat(get(Client(), record_url(meeting, "page")).text)
    # ...and the files, which do not carry it, are served as they were, without laying out.
    cache.clear()
    monkeypatch.setattr(documents, "record_pdf", _no_rendering)
    monkeypatch.setattr(documents, "record_docx", _no_rendering)
    monkeypatch.setattr("meetings.renderings.record_as_text", _no_rendering)
    again = get(Client(), record_url(meeting, kind), **{"if-none-match": first["ETag"]})
    assert again.status_code == 304


def test_the_pdf_leaves_out_the_actions_tracking(public_pdf: bytes) -> None:
    # Status is the action tracker's, as it is now; the PDF is the record as published.
    assert "Status:" not in pdf_text(public_pdf)


def _no_rendering(*args: Any, **kwargs: Any) -> Any:
    raise AssertionError("rendered again, not served from storage")


@pytest.mark.parametrize("kind", ["page", "txt", "json", "pdf", "docx"])
def test_conditional_requests_get_304(meeting: Meeting, kind: str, secretariat: Any) -> None:
    first = get(Client(), record_url(meeting, kind))
    etag = first["ETag"]
    assert re.fullmatch(r'"[0-9a-f]{64}"', etag)
    again = Client().get(record_url(meeting, kind), headers={"if-none-match": etag})
    assert again.status_code == 304
    assert again.content == b""
    paragraph = Paragraph.objects.get(section__meeting=meeting, text__startswith="The board disc")
    record_amend_paragraph(
        paragraph=paragraph, text="The board discussed it.", by=secretariat, reason="Shorter"
    )
    changed = Client().get(record_url(meeting, kind), headers={"if-none-match": etag})
    assert changed.status_code == 200
    assert changed["ETag"] != etag


@pytest.mark.parametrize("kind", ["txt", "json", "pdf", "docx"])
def test_a_stored_file_answers_if_modified_since(meeting: Meeting, kind: str) -> None:
    # A file's Last-Modified is when its stored copy was made: after the change it shows and
    # the deploy it was made under.
    modified = get(Client(), record_url(meeting, kind))["Last-Modified"]
    since = Client().get(record_url(meeting, kind), headers={"if-modified-since": modified})
    assert since.status_code == 304


def test_the_page_has_no_last_modified(meeting: Meeting) -> None:
    # The page is made for its answer and stored nowhere but the front door: a clock time
    # taken then would call it current after a deploy that changed how it looks.
    first = get(Client(), record_url(meeting, "page"))
    assert "Last-Modified" not in first
    since = Client().get(record_url(meeting, "page"), headers={"if-modified-since": http_date()})
    assert since.status_code == 200


def test_the_public_is_never_served_the_boards_rendering(
    meeting: Meeting, board_member: Any
) -> None:
    for kind in ("page", "txt", "json", "pdf", "docx"):
        get(client_for(board_member), record_url(meeting, kind))
    texts = {
        "page": get(Client(), record_url(meeting, "page")).content.decode(),
        "txt": get(Client(), record_url(meeting, "txt")).content.decode(),
        "json": get(Client(), record_url(meeting, "json")).content.decode(),
        "pdf": pdf_text(get(Client(), record_url(meeting, "pdf")).content),
        "docx": " ".join(
            p.text for p in docx_paragraphs(get(Client(), record_url(meeting, "docx")).content)
        ),
    }
    assert {kind: leaked(text) for kind, text in texts.items()} == {kind: [] for kind in texts}


def test_the_boards_rendering_is_private(meeting: Meeting, board_member: Any) -> None:
    response = get(client_for(board_member), record_url(meeting, "pdf"))
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    public = get(Client(), record_url(meeting, "pdf"))
    assert "public" in public["Cache-Control"]


def test_the_page_is_kept_by_the_front_door_alone(
    meeting: Meeting, monkeypatch: pytest.MonkeyPatch, django_assert_num_queries: Any
) -> None:
    # One cache in front of a published page (meetings.middleware): nothing below it stores
    # the page, so another process makes it again, and the process that made it keeps it.
    reader = Client()
    first = get(reader, record_url(meeting, "page")).content
    assert not RecordArtefact.objects.filter(meeting=meeting, kind="page").exists()
    monkeypatch.setattr("meetings.views.records.render", _no_rendering)
    monkeypatch.setattr("meetings.middleware.RECHECK_SECONDS", 0)
    with django_assert_num_queries(1):  # the front door reads the record's revision
        assert get(reader, record_url(meeting, "page")).content == first
    monkeypatch.undo()
    assert get(Client(), record_url(meeting, "page")).content == first
