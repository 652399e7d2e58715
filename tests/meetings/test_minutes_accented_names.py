"""Names with accents, Welsh and Irish letters and curly apostrophes read as names (QA F1): the
import page ticked "Renee Muller" and left "Renée Müller" unticked, as "may not be a person's
name", so that she dropped out of the record. A name's capitals still count: only a capital
starts a name, of whatever alphabet."""

import re

import pytest

from meetings.minutes import parse_minutes
from meetings.minutes.letters import letters
from meetings.minutes.person_names import reads_as_person
from meetings.services.imports import NewPerson
from meetings.views.imports import Ticked

# The tester's paste (hostile/accents.txt).
ACCENTS = (
    "Minutes of the meeting held on 6 March 2025\n"
    "Present:\n"
    "Renée Müller (Chair)\n"
    "Siobhán O'Neill, Director\n"
    "Zoë Ng\n"
    "José Álvarez-Peña, Treasurer\n"
    "Renee Muller, Secretary\n"
    "1. Welcome\n"
    "The Chair welcomed members.\n"
)


@pytest.mark.parametrize(
    "name",
    [
        "Renée Müller",
        "Siobhán O'Neill",
        "Siobhán O\u2019Neill",
        "Zoë Ng",
        "José Álvarez-Peña",
        "Gwenllïan Ŵyn",
        "Cllr Ŷr Ífor",
        "Dr Éamon Ó Cuív",
        "Łukasz Żmuda",
        "Renee Muller",
    ],
)
def test_a_name_with_any_letters_of_a_uk_name_reads_as_a_persons(name: str) -> None:
    assert reads_as_person(name)


@pytest.mark.parametrize(
    "name",
    ["renée Müller", "Renée müller", "Zoë ng", "Chairman\u2019s Announcements", "Élection Review"],
)
def test_a_name_still_starts_with_a_capital(name: str) -> None:
    assert not reads_as_person(name)


def test_the_import_ticks_each_accented_name_it_reads() -> None:
    record = parse_minutes(ACCENTS).record
    names = [a["name"] for a in record["attendees"]]
    assert names == [
        "Renée Müller",
        "Siobhán O'Neill",
        "Zoë Ng",
        "José Álvarez-Peña",
        "Renee Muller",
    ]
    choices = Ticked().choices([NewPerson(name) for name in names], [])
    assert [(c["value"], c["checked"], c["doubt"]) for c in choices["people"]] == [
        (name, True, False) for name in names
    ]


def test_a_surname_in_capitals_with_an_accent_is_read_with_the_role_beside_it() -> None:
    # The Scottish way, "Arlene MITCHELL Localities Manager", with letters beyond A to Z.
    text = (
        "Minutes of the meeting held on 6 March 2025\n"
        "Present: Renée MÜLLER Localities Manager Zoë NG Partnership Lead\n"
        "1. Welcome\nThe Chair welcomed members.\n"
    )
    record = parse_minutes(text).record
    assert [(a["name"], a["role"]) for a in record["attendees"]] == [
        ("Renée MÜLLER", "Localities Manager"),
        ("Zoë NG", "Partnership Lead"),
    ]


def test_letters_keeps_a_capital_a_capital() -> None:
    capitalised = re.compile(letters(r"[A-Z][a-z]+"))
    words = ["Ŵyn", "Ífor", "Ása", "ŵyn", "ÉMILE", "Ó"]
    assert [bool(capitalised.fullmatch(w)) for w in words] == [
        True,
        True,
        True,
        False,
        False,
        False,
    ]
