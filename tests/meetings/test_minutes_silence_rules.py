"""Reader rules found while making its doubts quieter (meetings/minutes/people.py): made-up
minutes, one shape each."""

from meetings.minutes.people import read_people_sentence


def test_an_and_before_the_next_person_is_no_part_of_a_role() -> None:
    text = "A Body Esq., Chairman, Mrs D Lee, Finance Officer and R Monje Esq., Clerk to the Board."
    assert read_people_sentence(text) == [
        ("A Body Esq", "Chairman"),
        ("Mrs D Lee", "Finance Officer"),
        ("R Monje Esq", "Clerk to the Board"),
    ]


def test_a_role_that_ends_the_sentence_on_and_keeps_it() -> None:
    # Cut at the line's end: doubts.py says so rather than the reader guessing.
    assert read_people_sentence("Mrs D Lee, Finance Officer and") == [
        ("Mrs D Lee", "Finance Officer and")
    ]
