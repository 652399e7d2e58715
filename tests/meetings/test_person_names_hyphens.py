"""A double-barrelled surname reads as a person's name, so a new person of that name is ticked
at the preview like any other (QA F9: "David Adams-McGilp" was doubted, left unticked and so
left out of the draft)."""

import pytest

from meetings.minutes.person_names import reads_as_person


@pytest.mark.parametrize(
    "name",
    [
        "David Adams-McGilp",
        "Ruth MacLeod-Brown",
        "Pierre Mendes-France",
        "Cllr Jo Fenwick-Constance",
        "Mary Smith-Jones",
        "Anne-Marie Duff",
    ],
)
def test_a_hyphenated_surname_reads_as_a_person(name: str) -> None:
    assert reads_as_person(name)


@pytest.mark.parametrize(
    "name", ["Co-Operation Agreement", "Self-Assessment Review", "Chairman's Announcements"]
)
def test_a_hyphenated_heading_does_not(name: str) -> None:
    assert not reads_as_person(name)
