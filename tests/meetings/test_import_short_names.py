"""New organisations whose long names share their first 40 characters get short names of their
own, and the record shows a short name cut from a long name as the name itself (QA F3: Create
failed "Organisation with this Short name already exists."; F11: the record showed
"NORTHERN IRELAND POLICING BOARD HUMAN…")."""

from __future__ import annotations

from typing import Any

import pytest

from meetings.models import Board, Organisation
from meetings.services.imports import (
    Document,
    everyone_new,
    meeting_import,
    minutes_read,
    short_name,
)
from tests.conftest import client_for, make_user

INSPECTORATE = "Her Majesty's Inspectorate of Constabulary and Fire and Rescue Services"
SCOTLAND = "Her Majesty's Inspectorate of Constabulary in Scotland"
MINUTES = (
    "Policing Board\nRecord of Meeting 3 March 2026\n\n"
    f"Present\nAnn Able, Inspector, {INSPECTORATE}\nBob Baker, Inspector, {SCOTLAND}\n\n"
    "1. Inspections\n\n1.1. The board noted both reports.\n"
)


@pytest.fixture
def policing(db: None) -> Board:
    return Board.objects.create(name="Policing Board", slug="policing")


@pytest.fixture
def policing_clerk(policing: Board) -> Any:
    return make_user(
        "clerk@policing.example", person_name="Sam Clerk", board=policing, role="secretariat"
    )


def never(name: str) -> bool:
    return False


def test_a_short_name_is_the_name_cut_at_a_word() -> None:
    assert short_name("MOPAC", 40, taken=never) == "MOPAC"
    assert short_name(INSPECTORATE, 40, taken=never) == "Her Majesty's Inspectorate of\u2026"


def test_a_short_name_taken_keeps_the_names_end() -> None:
    taken = {"Her Majesty's Inspectorate of\u2026"}
    made = short_name(SCOTLAND, 40, taken=taken.__contains__)
    assert made == "Her Majesty's Inspectorate of\u2026 Scotland"
    assert len(made) <= 40


def test_a_short_name_taken_with_the_same_end_is_numbered() -> None:
    taken = {"Northern Ireland Policing Board Human\u2026", "Northern Ireland Policing\u2026 Human"}
    name = "Northern Ireland Policing Board Human Rights Human"
    made = short_name(name, 40, taken=lambda n: n in taken or n.endswith("Rights Human"))
    assert made not in taken and len(made) <= 40


def test_both_organisations_are_made(policing: Board, policing_clerk: Any) -> None:
    document = Document(text=MINUTES, name="minutes.txt")
    read = minutes_read(board=policing, document=document)
    assert set(read.new_organisations) == {INSPECTORATE, SCOTLAND}
    meeting = meeting_import(
        board=policing, document=document, by=policing_clerk, **everyone_new(read)
    ).meeting
    assert meeting is not None
    shorts = set(
        Organisation.objects.filter(name__in=[INSPECTORATE, SCOTLAND]).values_list(
            "short_name", flat=True
        )
    )
    assert len(shorts) == 2 and all(len(s) <= 40 for s in shorts)


def test_the_record_shows_the_name_of_an_organisation_whose_short_name_was_cut(
    policing: Board, policing_clerk: Any
) -> None:
    document = Document(text=MINUTES, name="minutes.txt")
    read = minutes_read(board=policing, document=document)
    meeting = meeting_import(
        board=policing, document=document, by=policing_clerk, **everyone_new(read)
    ).meeting
    assert meeting is not None
    page = client_for(policing_clerk).get(meeting.get_absolute_url()).content.decode()
    assert INSPECTORATE.replace("'", "&#x27;") in page
    assert SCOTLAND.replace("'", "&#x27;") in page
    assert "\u2026</h" not in page


def test_an_organisation_with_a_real_short_name_is_shown_by_it(db: None) -> None:
    assert str(Organisation(name="Metropolitan Police Service", short_name="MPS")) == "MPS"
    cut = Organisation(name=INSPECTORATE, short_name="Her Majesty's Inspectorate of\u2026")
    assert str(cut) == INSPECTORATE
