"""The reader's known misses on real minutes (issue 15), each fixed by a rule real minutes follow
and shown here on a small made-up example, never on one file. Pure functions only."""

from meetings.minutes import parse_minutes
from tests.meetings.test_minutes_fourth_fresh_layouts import _people


def test_a_post_then_the_body_it_is_in_are_role_and_organisation() -> None:
    record = parse_minutes(
        "ANYTOWN PARTNERSHIP BOARD\n4 March 2021\nPresent:\n"
        "Jane Smith, Director of Finance, Anytown Borough Council\n"
        "Alan Brown, Inspector, Westshire Police\n"
        "Ruth Green, Head of Education, Early Years and Inclusion\n"
        "Tom White, Director General, Crime, Policing and Fire Group\n"
        "\n1. Minutes\nThe minutes were approved.\n"
    ).record
    assert _people(record) == [
        ("Jane Smith", "Director of Finance", "Anytown Borough Council", "present"),
        ("Alan Brown", "Inspector", "Westshire Police", "present"),
        # No body after the comma, or more than one comma: the post as written.
        ("Ruth Green", "Head of Education, Early Years and Inclusion", None, "present"),
        ("Tom White", "Director General, Crime, Policing and Fire Group", None, "present"),
    ]
