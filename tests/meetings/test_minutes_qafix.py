"""A script or a style sheet in imported text is code, not the minutes' words: taken out with
what it holds, and said as a line to check that names what was taken out, "Left out" being
then what happened to it (QA F13: a heading "<script>alert('xss')</script> Finance" became the
item "alert('xss') Finance", its line listed as "Left out" while the script's text was kept)."""

from __future__ import annotations

from meetings.minutes import read_minutes
from meetings.minutes.markup import markup_note, without_markup

TEXT = (
    "Lowfield Parish Council\nMinutes of the meeting held on 9 September 2024\n\n"
    "Present: Carys Bevan (Chair), Dev Rao\n\n"
    "1. <style>h1 {color: red}</style>Allotments <script type='text/javascript'>go()</script>\n\n"
    "The rents were <em>agreed</em> in full. <script>window.location='x'</script>\n\n"
    "2. Footpaths\n\nThe stile was reported broken.\n"
)


def test_a_script_and_a_style_sheet_go_with_what_they_hold() -> None:
    assert without_markup("<style>p {x: 1}</style>Allotments <script>steal()</script>") == (
        "Allotments"
    )
    assert without_markup("Noted.<script>document.write(1)") == "Noted."


def test_the_item_and_its_paragraph_keep_only_the_minutes_words() -> None:
    section = read_minutes(TEXT).record["sections"][0]
    assert section["title"] == "Allotments"
    assert [p["text"] for p in section["paragraphs"]] == ["The rents were agreed in full."]


def test_the_line_to_check_names_what_was_taken_out() -> None:
    note = markup_note(
        "The rents were <em>agreed</em> in full. <script>window.location='x'</script>"
    )
    assert "Script or style taken out of the line with what it holds" in note
    assert "<script>window.location='x'</script>" in note
    assert "the other text kept: <em>, </em>" in note


def test_the_lines_to_check_say_the_script_was_left_out() -> None:
    problems = [p for p in read_minutes(TEXT).problems if "taken out" in p.message]
    assert [p.left_out for p in problems] == [True, True]
    assert "with what it holds: <style>h1 {color: red}</style>, <script" in problems[0].message
    assert "alert" not in problems[0].message and "go()</script>" in problems[0].message


def test_a_tag_that_is_not_markup_is_left_alone() -> None:
    assert without_markup("Budget <to be confirmed> for <Name>") == (
        "Budget <to be confirmed> for <Name>"
    )
