"""Rules for conventions of real minutes the forty-ninth set showed (issue 15;
tests/data/real-fresh-49). Made-up minutes, not copied from the set's files."""

from meetings.minutes import read_minutes


def _sections(result) -> list[tuple[str, str]]:
    return [(s.get("ref") or "", s["title"]) for s in result.record["sections"]]


def test_minutes_numbered_month_year_and_item_are_items_with_their_titles() -> None:
    # "05/24-1 Election of Chair. Cllr ... was proposed ...": a parish council numbering its
    # minutes by the meeting's month and year and the minute after a hyphen, the title closed
    # by a full stop and the text run on (or a dash typed against the number); none was read
    # as an item, and the lines above the first one read were taken for attendees.
    result = read_minutes(
        "Ashby Parva Parish Council\n"
        "Minutes of the meeting held Tuesday, 14th January 2025 at 7pm in the Village Hall\n"
        "01/25-1 Election of Chair. Cllr Ruth Moss was proposed and seconded. It was RESOLVED "
        "to appoint Cllr Ruth Moss as Chair.\n"
        "P: JD S: AB, All in favour\n"
        "01/25-2 Chair's Remarks. There were no remarks this month.\n"
        "01/25-3\u2013 Minutes from 10 December 2024 \u2013 It was resolved that the minutes were "
        "accurate.\n"
    )
    assert _sections(result) == [
        ("01/25-1", "Election of Chair"),
        ("01/25-2", "Chair's Remarks"),
        ("01/25-3", "Minutes from 10 December 2024"),
    ]
    first = result.record["sections"][0]["paragraphs"]
    assert first[0]["text"].startswith("Cllr Ruth Moss was proposed and seconded.")
    assert result.record["attendees"] == []


def test_initials_in_brackets_before_a_post_in_brackets_are_no_post() -> None:
    # "Cllr Gillian Pollard (GP) (Chair)" under the item that records who came: the initials
    # the minutes use for her, then her post;
    # the role was read as "(GP) (Chair)" and doubted, the doubt naming the people around her.
    result = read_minutes(
        "Ashby Parva Parish Council\n"
        "Minutes of the meeting held Tuesday, 14th January 2025\n"
        "01/25-1 Election of Chair. Cllr Ruth Moss was proposed and seconded.\n"
        "01/25-2 Members Present\n"
        "Present: Cllr Ruth Moss (RM) (Chair), Cllr John Dale (JD) (Vice Chair), "
        "Cllr Alan Bird (AB), and Cllr Sue Hart (SH)\n"
        "01/25-3 Minutes. The minutes were approved.\n"
    )
    roles = {a["name"]: a["role"] for a in result.record["attendees"]}
    assert roles["Cllr Ruth Moss"] == "Chair"
    assert roles["Cllr John Dale"] == "Vice Chair"
    assert not any("(RM)" in p.message for p in result.problems)
