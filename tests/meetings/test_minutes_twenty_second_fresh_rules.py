"""Rules the reader took from the twenty-second fresh set (tests/data/real-fresh-22): ways real
minutes of many bodies are printed, each on a made-up example. Pure functions only."""

from meetings.minutes import parse_minutes


def _people(record: dict) -> list[tuple[str, str, str]]:
    return [(a["name"], a["role"] or "", a["attendance"]) for a in record["attendees"]]


def test_a_dash_after_present_or_apologies_is_the_labels_colon() -> None:
    # "Present \u2013 ..." and "Apologies - ...", as associations and sub-committees write them:
    # the names after the dash are the people, not a line of prose.
    text = (
        "Minutes of the Riverside Tenants Association General Meeting held on 4 April 2024\n"
        "Present \u2013 Ann Smith, Bob Jones, Cara Lee\n"
        "Apologies - Eve Black and Fred Green\n\n"
        "1. Matters Arising\n"
        "The repairs to the lifts had been done.\n"
    )
    assert _people(parse_minutes(text).record) == [
        ("Ann Smith", "", "present"),
        ("Bob Jones", "", "present"),
        ("Cara Lee", "", "present"),
        ("Eve Black", "", "apologies"),
        ("Fred Green", "", "apologies"),
    ]


def test_initials_run_counts_the_unnamed_and_a_mc_surnames_inner_capital() -> None:
    # A list of 'Name (XX) Post' run together: "and twelve residents" at its end is a count of
    # people not named, no one's body; "McKay(CMK)" initials the surname's inner capital too;
    # the list's commas are not part of the posts.
    text = (
        "Minutes of the Riverside Tenants Association General Meeting held on 4 April 2024\n"
        "Present \u2013 Ann Smith (AS) Chair, Bob Jones(BJ) Treasurer, Cara McKay(CMK), "
        "Dan Lee(DL) and twelve residents\n\n"
        "1. Matters Arising\n"
        "AS reported that the repairs had been done.\n"
    )
    record = parse_minutes(text).record
    assert _people(record) == [
        ("Ann Smith", "Chair", "present"),
        ("Bob Jones", "Treasurer", "present"),
        ("Cara McKay", "", "present"),
        ("Dan Lee", "", "present"),
    ]
    assert all(not a["organisation"] for a in record["attendees"])


def test_a_list_of_people_each_of_a_body_gives_each_their_body() -> None:
    # "Name of BODY, Name of BODY and Name of BODY" after the members, set apart by a semicolon:
    # the agencies' people, each with the body they come from; not one person called "Ann Lee
    # of HMCTS" whose post is the rest of the list.
    text = (
        "Minutes of the Criminal Courts Sub Committee held at the Court House on 15 May 2019\n"
        "Present \u2013 Tom Hill, Sue Ward, Raj Patel; Ann Lee of HMCTS, Ben Cole of LAA and Kay "
        "Dunn of CPS\n\n"
        "1. Listing\n"
        "The listing of trials was discussed.\n"
    )
    record = parse_minutes(text).record
    assert [(a["name"], a["organisation"]) for a in record["attendees"]] == [
        ("Tom Hill", None),
        ("Sue Ward", None),
        ("Raj Patel", None),
        ("Ann Lee", "HMCTS"),
        ("Ben Cole", "LAA"),
        ("Kay Dunn", "CPS"),
    ]
