"""Layouts of minutes from ten more kinds of body (issue 15; the records are in
tests/data/real-fresh-7), each in a small made-up example: a rule real minutes follow, never one
file. Pure functions only."""

from meetings.minutes import parse_minutes
from tests.meetings.test_minutes_fourth_fresh_layouts import _people, _sections, _texts


def test_a_web_pages_html_source_is_read_without_its_tags() -> None:
    # A document host gives the minutes as HTML source: every line ends "<br />" and words are
    # in "<strong>"; the tags are markup, and "&amp;" is "&" there.
    text = (
        "Anytown Canals Board<br />\n\n"
        "Minutes of the Board meeting held on 1 March 2024<br />\n\n"
        "Present: Ann Lee - Chair<br />\n\n"
        "Bob Hill - Director of Finance &amp; Estates<br />\n\n"
        "1. Approval of <strong>Minutes</strong><br />\n\n"
        "The minutes were approved.<br />\n"
    )
    record = parse_minutes(text).record
    assert _people(record) == [
        ("Ann Lee", "Chair", None, "present"),
        ("Bob Hill", "Director of Finance & Estates", None, "present"),
    ]
    assert _sections(record) == [("1", "Approval of Minutes")]
    assert _texts(record) == ["The minutes were approved."]


def test_angle_brackets_that_are_not_tags_stay() -> None:
    text = (
        "Anytown Board\n\nMinutes of the meeting held on 1 March 2024\n\n"
        "1. Levels\nFlows were <5% & rising.\n"
    )
    assert _texts(parse_minutes(text).record) == ["Flows were <5% & rising."]
