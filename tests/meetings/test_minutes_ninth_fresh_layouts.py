"""Rules of the minutes reader for what the ninth fresh set of real minutes showed it
(tests/data/real-fresh-9: the outside tester's import files, issue 15); each for minutes in
general, tested on text shaped as those files read."""

import pytest

from meetings.minutes import parse_minutes

# ModernGov's printed minutes of a fire authority's committee: the body, the committee and the
# date each alone on a line; minutes numbered with the committee's letters ("RC/19"), a "*"
# before those decided under delegated powers.
MODERNGOV = (
    "DEVON & SOMERSET FIRE & RESCUE AUTHORITY\n\n"
    "RESOURCES COMMITTEE\n\n"
    "{when}\n\n"
    "Present:\nCouncillors Coles (Chair), Randall Johnson and Thomas.\n\n"
    "{star}RC/19 Minutes\n"
    "RESOLVED that the Minutes of the meeting held on 8 February 2018 be signed.\n\n"
    "{star}RC/20 Additional Meeting Date 2018\n"
    "The Committee considered a report of the Director (RC/18/7).\n"
    "RESOLVED that a meeting be held on 16 May 2018.\n\n"
    "RC/21 Exclusion of the Press and Public\n"
    "RESOLVED that the press and public be excluded.\n"
)


@pytest.mark.parametrize("star", ["* ", ""])
@pytest.mark.parametrize("when", ["1 March 2018", "Minutes of the meeting held on 1 March 2018"])
def test_a_committee_under_its_body_and_the_date_alone_or_in_the_title(
    star: str, when: str
) -> None:
    record = parse_minutes(MODERNGOV.format(star=star, when=when)).record

    assert record["date"] == "2018-03-01"
    assert record["board"] == "RESOURCES COMMITTEE"
    assert [(s["ref"], s["title"]) for s in record["sections"]] == [
        ("RC/19", "Minutes"),
        ("RC/20", "Additional Meeting Date 2018"),
        ("RC/21", "Exclusion of the Press and Public"),
    ]
    # "RC/18/7" in the text is a report's number, not a section.
    assert record["sections"][1]["paragraphs"][0]["text"].endswith("(RC/18/7).")
    assert [a["name"] for a in record["attendees"]] == [
        "Councillor Coles",
        "Councillor Randall Johnson",
        "Councillor Thomas",
    ]


def test_no_date_says_where_it_was_looked_for_not_to_retype_a_title() -> None:
    from types import SimpleNamespace

    from meetings.minutes.text import MinutesError
    from meetings.services.imports import _dated

    with pytest.raises(MinutesError) as refused:
        _dated(SimpleNamespace(record={"date": None}))  # type: ignore[arg-type]
    message = str(refused.value)
    assert message.startswith("No meeting date was found")
    assert "Record of Meeting" not in message
    assert "under the body's name" in message and "'Date:'" in message
