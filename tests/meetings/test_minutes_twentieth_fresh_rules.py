"""Layouts of the outside tester's fourth import files (issue 15; the records are in
tests/data/real-fresh-20), each in a small made-up example: a rule real minutes share, never one
file. Pure functions only."""

from meetings.minutes import parse_minutes


def _people(record: dict) -> list[tuple[str, str | None, str]]:
    return [(a["name"], a["organisation"], a["attendance"]) for a in record["attendees"]]


def test_a_label_cell_before_a_tab_is_the_lines_label_and_a_group_line_names_its_body() -> None:
    # A label | value table pasted as text: the label's cell is set apart by a tab, not a
    # colon. "Apologies<TAB>..." is the apologies, not a person called "Apologies ..."; a group
    # line under it ("<TAB>Museum: ...") gives its people's body; whom the minutes went to and
    # who wrote them are no attendees.
    text = (
        "Harbour Users Panel\n"
        "Date\t3rd March 2021 at 10:00\n"
        "Attendees\tAnn Smith (Chair), Bob Jones\n"
        "\tMuseum: Carl Brown, Dee White, Eve Black\n"
        "Apologies\tFred Green\n"
        "Circulation\tAttendees\n"
        "Minutes By\tEve Black\n\n"
        "1. Welcome\n"
        "1.1 The Chair welcomed all.\n"
    )
    result = parse_minutes(text)
    assert _people(result.record) == [
        ("Ann Smith", None, "present"),
        ("Bob Jones", None, "present"),
        ("Carl Brown", "Museum", "present"),
        ("Dee White", "Museum", "present"),
        ("Eve Black", "Museum", "present"),
        ("Fred Green", None, "apologies"),
    ]
    left_out = {p.text.split("\t")[0]: p.message for p in result.problems}
    assert "names no one as at the meeting" in left_out["Circulation"]
    assert "names no one as at the meeting" in left_out["Minutes By"]


def test_a_person_before_a_colon_is_no_body_of_a_group() -> None:
    # "Jane Doe: Chair, Harbour Trust": a person and her post, not a body "Jane Doe" over two.
    text = (
        "Harbour Users Panel\n3 March 2021\n\n"
        "Present:\n"
        "Jane Doe: Chair, Harbour Trust\n\n"
        "1. Welcome\n"
        "1.1 The Chair welcomed all.\n"
    )
    record = parse_minutes(text).record
    assert record["attendees"][0]["name"] == "Jane Doe"
    assert all(a["organisation"] != "Jane Doe" for a in record["attendees"])


def test_a_second_in_attendance_list_makes_the_first_the_members_present() -> None:
    # A committee system's page heads the members "IN ATTENDANCE" and the officers "In
    # Attendance" again: with no list of those present, the first list is the members, shown to
    # the clerk to check; one "In attendance" list alone stays as it is.
    text = (
        "Schools Forum - Monday, 1st September, 2008\n\n"
        "IN ATTENDANCE\n\n"
        "Councillor A Smith\n\n"
        "Mrs B Jones \u2013 Health Representative\n\n"
        "In Attendance\n\n"
        "Mr C Brown \u2013 Legal Services\n\n"
        "1.\n\nAPOLOGIES FOR ABSENCE\n\nThere were none.\n"
    )
    result = parse_minutes(text)
    kinds = {a["name"]: a["attendance"] for a in result.record["attendees"]}
    assert kinds == {
        "Councillor A Smith": "present",
        "Mrs B Jones": "present",
        "Mr C Brown": "in_attendance",
    }
    assert any("read as present; check" in p.message for p in result.problems)
    one = text.replace("In Attendance\n\nMr C Brown \u2013 Legal Services\n\n", "")
    assert {a["attendance"] for a in parse_minutes(one).record["attendees"]} == {"in_attendance"}


def test_a_contact_line_and_a_venue_in_its_own_cell_are_no_attendees() -> None:
    # "Contact: ..." names whom to ask about the meeting; a label | value table read cell by
    # cell gives "Venue" and then the place on the next line: neither is anyone at the meeting.
    text = (
        "Harbour Users Panel\n3 March 2021\n\n"
        "Contact: John Doe\n\n"
        "Venue\n\n"
        "Harbour Office, Quay Street, Anytown\n\n"
        "Present:\nAnn Smith (Chair)\nBob Jones\n\n"
        "1. Welcome\n"
        "1.1 The Chair welcomed all.\n"
    )
    result = parse_minutes(text)
    assert [a["name"] for a in result.record["attendees"]] == ["Ann Smith", "Bob Jones"]
