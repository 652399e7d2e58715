"""The board pack: cover, agenda and PDF papers merged, with bookmarks and page numbers; the
public pack without anything restricted, the members' pack for the board only."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.urls import reverse
from pypdf import PdfReader

from agenda import services
from agenda.models import BoardPack
from agenda.pack import packs_make
from tests.agenda.conftest import pdf_bytes
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def _pack_url(meeting: Any, audience: str) -> str:
    return reverse("agenda:pack", args=[meeting.board.slug, meeting.date.isoformat(), audience])


def _reader(response: Any) -> PdfReader:
    return PdfReader(io.BytesIO(response.content))


def _titles(reader: PdfReader) -> list[str]:
    flat: list[str] = []

    def walk(entries: list[Any]) -> None:
        for entry in entries:
            if isinstance(entry, list):
                walk(entry)
            else:
                flat.append(entry.title)

    walk(reader.outline)
    return flat


@pytest.fixture
def packs(agenda_with_papers: dict[str, Any]) -> dict[str, Any]:
    packs_make(agenda_with_papers["agenda"])
    return agenda_with_papers


def test_it_bookmarks_each_item_and_public_paper_in_the_public_pack(packs: dict[str, Any]) -> None:
    reader = _reader(client_for(None).get(_pack_url(packs["meeting"], "public")))
    assert _titles(reader) == ["Cover", "Agenda", "2. Finance report", "Budget paper"]


def test_it_numbers_every_page(packs: dict[str, Any]) -> None:
    reader = _reader(client_for(None).get(_pack_url(packs["meeting"], "public")))
    total = len(reader.pages)
    assert f"Page {total} of {total}" in reader.pages[-1].extract_text()


def test_it_keeps_restricted_papers_out_of_the_public_pack(packs: dict[str, Any]) -> None:
    reader = _reader(client_for(None).get(_pack_url(packs["meeting"], "public")))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Confidential annex" not in text and "Nightjar" not in text
    # Cover, agenda and the one-page public paper: the two-page annex is not there.
    assert len(reader.pages) == 3


def test_it_puts_restricted_papers_in_the_members_pack(
    packs: dict[str, Any], board_member: Any
) -> None:
    reader = _reader(client_for(board_member).get(_pack_url(packs["meeting"], "members")))
    assert "Confidential annex" in _titles(reader)
    # The Word paper is listed as a separate download, not merged.
    assert "Nightjar brief" in "".join(page.extract_text() for page in reader.pages)


def test_it_answers_404_to_the_public_for_the_members_pack(packs: dict[str, Any]) -> None:
    assert client_for(None).get(_pack_url(packs["meeting"], "members")).status_code == 404


def test_it_makes_the_packs_again_after_a_change(
    agenda_with_papers: dict[str, Any],
    secretariat: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    welcome = agenda_with_papers["items"][0]
    with django_capture_on_commit_callbacks(execute=True):
        services.paper_add(
            item=welcome, by=secretariat, name="w.pdf", data=pdf_bytes(), title="Welcome note"
        )
    members = BoardPack.objects.get(audience=BoardPack.Audience.MEMBERS)
    assert "Welcome note" in _titles(PdfReader(members.file.open("rb")))
    # The public pack holds what was published: the new paper only once published again.
    pack = BoardPack.objects.get(audience=BoardPack.Audience.PUBLIC)
    assert "Welcome note" not in _titles(PdfReader(pack.file.open("rb")))
    with django_capture_on_commit_callbacks(execute=True):
        services.agenda_publish(
            agenda=agenda_with_papers["agenda"], by=secretariat, verb="republish"
        )
    pack = BoardPack.objects.get(audience=BoardPack.Audience.PUBLIC)
    assert "Welcome note" in _titles(PdfReader(pack.file.open("rb")))


def _words(reader: PdfReader) -> str:
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_it_says_not_for_publication_once_before_a_reason_typed_with_it(
    packs: dict[str, Any], board_member: Any
) -> None:
    # The clerk typed "Not for publication: contains …"; each pack puts its own label first.
    public = _words(_reader(client_for(None).get(_pack_url(packs["meeting"], "public"))))
    assert "Not for publication: contains information about an ongoing" in public
    assert "Not for publication: Not for publication" not in public
    members = _reader(client_for(board_member).get(_pack_url(packs["meeting"], "members")))
    assert "Restricted: contains information about an ongoing" in _words(members)
    assert "Restricted: Not for publication" not in _words(members)
