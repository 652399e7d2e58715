"""Rules for conventions of real minutes left over from the forty-sixth and forty-seventh sets
(issue 15; tests/data/real-fresh-46 and real-fresh-47). Made-up minutes, not copied from the
sets' files."""

from meetings.minutes import read_minutes
from meetings.minutes.dates import find_date, parse_date


def test_a_year_of_two_figures_after_an_apostrophe_dates_the_meeting() -> None:
    # "Meeting Date: 8 August '23": a template's date typed with the year cut to two figures
    # after an apostrophe (a surgery's patient group in fresh-46); no date was read, so the
    # whole opening, attendance and all, was left as text before a title.
    assert parse_date("8 August \u201823") == parse_date("8 August 2023")
    assert parse_date("14th Mar '24") == parse_date("14 March 2024")
    assert find_date("Meeting Date: 3 June \u201919 at 7pm") == parse_date("3 June 2019")
    result = read_minutes(
        "Riverside Surgery Patient Participation Group\n"
        "Meeting Date: 14 March '24\n"
        "Present: Mary Jones, Peter Brown\n"
        "Apologies: Carol White\n"
        "\n"
        "1. Welcome\n"
        "The chair welcomed everyone.\n"
    )
    assert result.record["date"] == "2024-03-14"
    assert {a["name"] for a in result.record["attendees"]} >= {"Mary Jones", "Carol White"}


def test_a_hyphen_glued_to_its_point_is_a_bullet() -> None:
    # "-Confidentiality emphasized", "-(E)mailed to participants ...": points typed with a
    # hyphen and no space (a surgery's patient group's minutes table in fresh-46) were read
    # with the hyphen as their first character.
    result = read_minutes(
        "Riverside Surgery Patient Participation Group\n"
        "Minutes of the meeting held on 14 March 2024\n"
        "Present: Mary Jones, Carol White\n"
        "\n"
        "1. Code of conduct\n"
        "-(E)mailed to members before the meeting\n"
        "-Confidentiality emphasised\n"
        "2. Newsletter\n"
        "The first newsletter will go out in May - we hope.\n"
    )
    first, second = result.record["sections"]
    assert [p["text"] for p in first["paragraphs"]] == [
        "(E)mailed to members before the meeting",
        "Confidentiality emphasised",
    ]
    assert second["paragraphs"][0]["text"] == "The first newsletter will go out in May - we hope."
