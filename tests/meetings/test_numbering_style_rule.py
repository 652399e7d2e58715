"""The numbering rule in minute numbers, as a pure function: the municipal year, minute
references, and numbers that run on from one record to the next through the year."""

import datetime

from meetings.numbering import (
    YearRecord,
    minute_number,
    minute_reference,
    municipal_year,
    number_record,
    number_year,
    year_bounds,
)


def test_it_starts_the_municipal_year_on_the_first_of_april() -> None:
    assert municipal_year(datetime.date(2023, 4, 1)) == 2023
    assert municipal_year(datetime.date(2024, 3, 31)) == 2023


def test_it_bounds_the_year_from_april_to_march() -> None:
    assert year_bounds(2023) == (datetime.date(2023, 4, 1), datetime.date(2024, 3, 31))


def test_it_writes_a_minute_with_the_year_it_began() -> None:
    assert minute_reference(41, 2023) == "41/23"
    assert minute_reference(7, 2009) == "7/09"


def test_it_reads_a_minute_number_of_the_same_year_only() -> None:
    assert minute_number("41/23", 2023) == 41
    assert minute_number("Minute 39/20", 2020) == 39
    assert minute_number("41/22", 2023) is None
    assert minute_number("4.3", 2023) is None


def test_it_numbers_a_record_from_its_first_minute() -> None:
    numbers = number_record([(10, [(5, [])]), (11, [(6, [60])])], first=41, year=2023)
    assert numbers.sections == {10: 41, 11: 42}
    assert numbers.section_labels == {10: "41/23", 11: "42/23"}
    assert numbers.paragraphs == {5: 1, 6: 1}
    assert numbers.actions == {60: 1}


def test_it_leaves_decimal_records_unlabelled() -> None:
    numbers = number_record([(10, []), (11, [])])
    assert numbers.sections == {10: 1, 11: 2}
    assert numbers.section_labels == {10: "", 11: ""}


def test_it_runs_minute_numbers_on_through_the_year() -> None:
    firsts = number_year(
        [YearRecord(1, sections=5, follows=True), YearRecord(2, sections=3, follows=True)], 2023
    )
    assert firsts == {1: 1, 2: 6}


def test_it_runs_on_from_the_minutes_a_fixed_record_holds() -> None:
    agreed = YearRecord(1, sections=3, follows=False, labels=["39/20", "40/20", "41/20"])
    assert number_year([agreed, YearRecord(2, sections=2, follows=True)], 2020) == {2: 42}


def test_it_counts_no_minutes_a_fixed_record_does_not_hold() -> None:
    decimal = YearRecord(1, sections=3, follows=False, labels=["", "", ""])
    assert number_year([decimal, YearRecord(2, sections=2, follows=True)], 2020) == {2: 1}
