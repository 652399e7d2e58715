"""A person left unticked under New people is not written, and what was read with their name
(a post, a body) is said with them in the line to check, never dropped unlisted (issue 15,
the outside tester's F8: a sentence read as a councillor's post left the record with him)."""

from meetings.services.imports import ImportOutcome, _LeftOut

TEXT = "Councillors:\nG. Woodham MBA\nThe Mayor apologised for the late start of the meeting.\n"


def test_what_was_read_with_a_name_left_out_is_in_its_line_to_check() -> None:
    outcome = ImportOutcome(record={})
    _LeftOut(outcome, TEXT)(
        "G. Woodham MBA", "an attendee", "The Mayor apologised for the late start of the meeting."
    )
    (problem,) = outcome.problems
    assert problem.text == "G. Woodham MBA"
    assert "The Mayor apologised for the late start of the meeting." in problem.message
    assert outcome.left_out == ["G. Woodham MBA (an attendee)"]


def test_a_name_read_alone_is_said_as_before() -> None:
    outcome = ImportOutcome(record={})
    _LeftOut(outcome, TEXT)("G. Woodham MBA", "an attendee")
    assert outcome.problems[0].message == (
        "G. Woodham MBA was not confirmed as new, so is not written in as an attendee"
    )
