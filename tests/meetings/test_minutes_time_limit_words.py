"""The words when pasted or text minutes take longer to read than an upload may: they do not
tell the clerk to import one meeting's minutes a meeting at a time (QA F14: a 2.6 MB text of
one meeting was told "Import the meeting's minutes on their own, a meeting at a time")."""

from meetings.minutes.files import _refusal


def test_text_over_the_limits_is_told_what_to_take_out() -> None:
    said = _refusal("The minutes", "text", "limits", 5, 512)
    assert said.startswith("The minutes could not be read within the limits for an upload")
    assert "a meeting at a time" not in said
    assert "on their own" not in said
    assert "Take out what is not the minutes" in said


def test_a_document_over_the_limits_keeps_its_own_advice() -> None:
    said = _refusal("minutes.pdf", "pdf", "limits", 5, 512)
    assert "upload the Word original" in said
