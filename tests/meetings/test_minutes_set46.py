"""The forty-sixth set's rules (issue 15; tests/data/real-fresh-46): a board's members listed
after "Directors:" on the label's line, "Visiting Members:" no body called "Visiting", and a team
closing a list of apologies ("..., Ben McGowan and the Moat Team") no one's post. Made-up minutes,
not copied from the set's files."""

from meetings.minutes import parse_minutes

BOARD = """Minutes of the Board Meeting of the Harbour View Residents' Association Ltd.
held at the Community Centre on Tuesday 5th April 2016
Chair: Dan Price
Directors: Eve Hart, Fay Ibbotson and Gus Jenner.
Visiting Members: Hal King, Ivy Lamb.
Apologies for absence: Jon Moss (Treasurer), Kim Nash (CMT), Lee Owen and the Marina Team.
1. Minutes of the previous meeting
Adoption of the minutes of the meeting of 23rd February 2016 was proposed by Eve Hart.
2. Matters Arising
Nothing not covered by items in the agenda.
"""


def test_directors_on_their_label_line_are_present_and_a_team_is_no_one() -> None:
    record = parse_minutes(BOARD).record
    people = {a["name"]: a for a in record["attendees"]}
    for name in ("Eve Hart", "Fay Ibbotson", "Gus Jenner"):
        assert people[name]["attendance"] == "present"
    assert people["Hal King"]["organisation"] is None  # "Visiting" is no body
    assert people["Lee Owen"]["attendance"] == "apologies"
    assert people["Kim Nash"]["role"] in ("", None)
    assert not any("Team" in a["name"] or "Team" in (a["role"] or "") for a in people.values())
