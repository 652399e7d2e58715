"""A first name that is also a surname's particle when written in lower case ('Di', 'Al')
reads as a person's name, so the preview ticks it at first and it is written into the draft
(issue 15, the outside tester's F7 and UX finding 2: 'Di Mitchell' was marked 'this may not be
a person's name', left unticked and dropped from the draft)."""

from __future__ import annotations

import pytest

from meetings.services.imports import NewPerson


@pytest.mark.parametrize("name", ["Di Mitchell", "Al Smith", "Jan van der Berg", "Cllr da Costa"])
def test_a_capitalised_first_name_reads_as_a_person(name: str) -> None:
    assert NewPerson(name).confident


@pytest.mark.parametrize("name", ["Barrett", "de Souza", "St Andrews"])
def test_a_surname_alone_or_a_saint_s_place_is_still_doubted(name: str) -> None:
    assert not NewPerson(name).confident
