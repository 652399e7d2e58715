"""The one numbering rule, without a database."""

from meetings.numbering import number_record, reference


def test_it_numbers_sections_in_order() -> None:
    assert number_record([(10, []), (7, []), (3, [])]).sections == {10: 1, 7: 2, 3: 3}


def test_it_numbers_paragraphs_within_their_section() -> None:
    numbers = number_record([(1, [(5, []), (6, [])]), (2, [(4, [])])])
    assert numbers.paragraphs == {5: 1, 6: 2, 4: 1}


def test_it_numbers_actions_through_the_meeting() -> None:
    numbers = number_record([(1, [(5, [50, 51])]), (2, [(4, []), (8, [80])])])
    assert numbers.actions == {50: 1, 51: 2, 80: 3}


def test_it_follows_a_move() -> None:
    before = number_record([(1, [(5, [50]), (6, [60])])])
    after = number_record([(1, [(6, [60]), (5, [50])])])
    assert (before.actions[60], after.actions[60]) == (2, 1)


def test_it_closes_the_gap_a_deletion_leaves() -> None:
    assert number_record([(1, []), (3, [])]).sections == {1: 1, 3: 2}


def test_it_writes_a_reference_as_the_record_does() -> None:
    assert reference(4, 3) == "4.3"
