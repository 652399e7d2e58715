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


def _people(result) -> list[tuple[str, str, str | None, str]]:
    return [
        (a["name"], a["role"], a["organisation"], a["attendance"])
        for a in result.record["attendees"]
    ]


def test_a_roll_call_by_body_gives_each_body_its_people() -> None:
    # "2 Roll call" over "Durham: Keith Gilbertson, Allan Reed, ..." (a schools' football
    # association's AGM in fresh-46): each line a county and its delegates. The roll's title
    # was no attendance label, so the lines were not read as a body's people; a line of two
    # names ("Merseyside: Ken Davies, Bob Downing") read as a name and a post, and a body of
    # two words like a name ("North Yorkshire: ...") as a person.
    result = read_minutes(
        "Southern Counties Schools Netball Association\n"
        "Minutes of the Annual General Meeting held on Monday 11 June 2018 at the Town Hall\n"
        "1 Welcome\n"
        "The chairman welcomed all those attending.\n"
        "2 Roll call\n"
        "Kent: Ann Lowe, Brian Marsh, Clare Nolan\n"
        "Surrey: Derek Owen, Eve Parry\n"
        "West Sussex: Fay Quinn, Gary Reed\n"
        "3 Minutes\n"
        "The minutes of the AGM 2017 were accepted.\n"
    )
    assert _people(result) == [
        ("Ann Lowe", "", "Kent", "present"),
        ("Brian Marsh", "", "Kent", "present"),
        ("Clare Nolan", "", "Kent", "present"),
        ("Derek Owen", "", "Surrey", "present"),
        ("Eve Parry", "", "Surrey", "present"),
        ("Fay Quinn", "", "West Sussex", "present"),
        ("Gary Reed", "", "West Sussex", "present"),
    ]


def test_a_body_s_two_people_under_present_are_two_people() -> None:
    result = read_minutes(
        "Southern Counties Schools Netball Association\n"
        "Minutes of the meeting held on 11 June 2018\n"
        "Present:\n"
        "West Sussex: Fay Quinn, Gary Reed\n"
        "Surrey: Derek Owen, Treasurer\n"
        "\n"
        "1. Minutes\n"
        "The minutes were accepted.\n"
    )
    assert _people(result)[:2] == [
        ("Fay Quinn", "", "West Sussex", "present"),
        ("Gary Reed", "", "West Sussex", "present"),
    ]
    assert _people(result)[2][:2] == ("Derek Owen", "Treasurer")


def test_apologies_by_body_in_an_apologies_item_are_apologies() -> None:
    # "3 Apologies were received from" over "Cheshire: John Clark, Harry Hauxley, Derek
    # Pearson" / "Merseyside: Joe Ryan" (the same AGM): each body's line of those who sent
    # apologies was read as a paragraph of the item only.
    result = read_minutes(
        "Southern Counties Schools Netball Association\n"
        "Minutes of the Annual General Meeting held on Monday 11 June 2018 at the Town Hall\n"
        "1 Roll call\n"
        "Kent: Ann Lowe, Brian Marsh\n"
        "2 Apologies for absence\n"
        "\n"
        "Cheshire: John Clark, Harry Hauxley\n"
        "\n"
        "Merseyside: Joe Ryan\n"
        "\n"
        "Treasurer: Kay Hart\n"
        "\n"
        "3 Minutes\n"
        "The minutes of the AGM 2017 were accepted.\n"
    )
    assert _people(result)[2:] == [
        ("John Clark", "", "Cheshire", "apologies"),
        ("Harry Hauxley", "", "Cheshire", "apologies"),
        ("Joe Ryan", "", "Merseyside", "apologies"),
    ]


def test_a_list_of_initialled_names_with_commas_lost_after_brackets() -> None:
    # "G Jones (Mayor) L Asman (Deputy Mayor), R Blackburn, ... K Nicholas. J Harvey, C
    # Collins, D Bush," and "Suzie Thomas (Town Clerk) Jayne Howes (Assistant Town Clerk)"
    # (Pembroke Town Council in fresh-47): the comma left out after a bracket or put as a stop
    # before a name given by its initial; each line was one line to check, nobody read.
    result = read_minutes(
        "Llandewi Town Council\n"
        "Minutes of the ordinary meeting held on Thursday 13 June 2019\n"
        "Present:\n"
        "G Brown (Mayor) L Asman (Deputy Mayor), R Black, A Cook, D Evans. J Hart, C Coll,\n"
        "In attendance:\n"
        "Susan Thomas (Town Clerk) Jane Howe (Assistant Town Clerk)\n"
        "\n"
        "12. Apologies\n"
        "None.\n"
    )
    assert [(name, role) for name, role, _, _ in _people(result)] == [
        ("G Brown", "Mayor"),
        ("L Asman", "Deputy Mayor"),
        ("R Black", ""),
        ("A Cook", ""),
        ("D Evans", ""),
        ("J Hart", ""),
        ("C Coll", ""),
        ("Susan Thomas", "Town Clerk"),
        ("Jane Howe", "Assistant Town Clerk"),
    ]
    assert _people(result)[-1][3] == "in_attendance"


def test_a_running_header_s_initials_over_the_body_named_in_full() -> None:
    # "WSFRL AGM 20 November 2016" (a one-page PDF's running header, so not seen to repeat)
    # over "Annual General Meeting of the West Sussex Fun Run League": the board was the
    # header's "WSFRL AGM", silently.
    result = read_minutes(
        "ESCL AGM 20 November 2016\n"
        "Annual General Meeting of the East Sussex Cross-country League\n"
        "Held at Lewes Athletics Club, Sunday 20th November 2016, 10:00am.\n"
        "Present: Ann Lowe, Brian Marsh\n"
        "\n"
        "1. Review of the year\n"
        "The chair reviewed the year.\n"
    )
    assert result.record["board"] == "East Sussex Cross-country League"
