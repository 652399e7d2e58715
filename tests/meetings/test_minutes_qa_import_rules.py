"""The rules learnt from the outside tester's real minutes (tests/data/real-fresh-6; QA report
findings 1-4), each on a faithful copy of the real text or the real file: a rule such minutes
follow, never one file's. What the reader is unsure of is listed to check, never placed
silently. Pure functions, except the import page's ticks."""

from pathlib import Path
from typing import Any

from meetings.minutes import parse_minutes
from meetings.minutes.files import read_file
from meetings.minutes.line_step import line_step
from meetings.minutes.list_styles import nested_lists, outer_list_heading
from meetings.minutes.person_names import reads_as_person
from meetings.services.imports import NewPerson
from meetings.views.imports import Ticked

FRESH6 = Path(__file__).resolve().parents[1] / "data" / "real-fresh-6"


def _sections(record: dict[str, Any]) -> list[tuple[str, str]]:
    return [(s["ref"] or str(s["number"]), s["title"]) for s in record["sections"]]


def _people(record: dict[str, Any]) -> list[tuple[str, str | None, str]]:
    return [(a["name"], a["organisation"], a["attendance"]) for a in record["attendees"]]


def _messages(result: Any) -> list[tuple[int, str]]:
    return [(p.line, p.message) for p in result.problems]


def _read(name: str) -> Any:
    path = FRESH6 / name
    return read_file(path.name, path.read_bytes())


# Finding 4: minute numbers with the committee's letters, as Burnham's Burial Committee writes.
_BURNHAM_FILE = FRESH6 / "burnham-burial-2021-02-24.txt"
BURNHAM = "".join(_BURNHAM_FILE.read_text(encoding="utf-8").splitlines(keepends=True)[:12])


def test_a_minute_number_with_the_committees_letters_is_kept_as_written() -> None:
    record = parse_minutes(BURNHAM).record
    assert _sections(record)[1:] == [
        ("01/21/BC", "Apologies"),
        ("02/21/BC", "Declarations of Interest in items on this agenda & dispensations granted"),
        ("03/21/BC", "Approval of Minutes"),
    ]


def test_a_heading_between_the_attendees_and_the_first_item_is_a_section() -> None:
    # "Public Participation" was an attendee, and "There were no speakers." was lost unseen.
    result = parse_minutes(BURNHAM)
    assert _sections(result.record)[0] == ("1", "Public Participation")
    first = result.record["sections"][0]["paragraphs"]
    assert [p["text"] for p in first] == ["There were no speakers."]
    assert "Public Participation" not in [a["name"] for a in result.record["attendees"]]
    # The sentence about the public is still listed, not dropped.
    assert any(line == 4 for line, _ in _messages(result))


def test_groups_under_a_plural_title_in_a_sentence_and_those_with_them_in_attendance() -> None:
    people = _people(parse_minutes(BURNHAM).record)
    assert people[:7] == [
        ("Cllr Chris Allen", None, "present"),
        ("Cllr Andy Brewer", None, "present"),
        ("Cllr Sue Harvey", None, "present"),
        ("Cllr Janet Keen", None, "present"),
        ("Cllr Colette Winfield", None, "present"),
        ("Cllr Alistair Gordon", "Burnham Without Parish Council", "present"),
        ("Lorna Williams", None, "in_attendance"),
    ]
    assert ("Cllr Steve Lester", None, "apologies") in people


# Findings 3 and 1: Skirlaugh & Ellerby Joint Burial Committee, 1 June 2016, as pasted.
SKIRLAUGH = (FRESH6 / "skirlaugh-burial-2016-06-01.txt").read_text(encoding="utf-8")


def test_councillors_grouped_by_parish_with_semicolons_each_get_their_parish() -> None:
    people = _people(parse_minutes(SKIRLAUGH).record)
    assert people[:5] == [
        ("Cllr. Large", None, "present"),
        ("Cllr. Beaumont", "Skirlaugh", "present"),
        ("Cllr. McDonald", "Skirlaugh", "present"),
        ("Cllr. Blogg", "Ellerby", "present"),
        ("Cllr. Richardson", "Ellerby", "present"),
    ]


def test_absent_members_are_absent_not_apologies() -> None:
    # "Apologies:  Cllr. Kemp, Rev. A. Simpson.  Absent: Cllr. Pearce.": two kinds on one line.
    result = parse_minutes(SKIRLAUGH)
    people = _people(result.record)
    assert ("Cllr. Kemp", None, "apologies") in people
    assert ("Cllr. Pearce", None, "absent") in people
    assert not [m for _, m in _messages(result) if "bsent" in m]


def test_an_item_that_is_one_sentence_is_an_item_without_a_title() -> None:
    result = parse_minutes(SKIRLAUGH)
    assert _sections(result.record)[1:4] == [
        ("2", "Election of Vice Chairman"),
        ("3", ""),
        ("4", "Matters Arising from the Minutes"),
    ]
    third = result.record["sections"][2]["paragraphs"]
    assert third[0]["text"].startswith("The minutes of the meeting held on 3rd February 2016")
    assert (20, "Item 3 has no title: its sentence is taken as its text; check") in _messages(
        result
    )
    matters = result.record["sections"][3]["paragraphs"]
    assert [p["ref"] for p in matters] == ["(a)", "(b)"]


def test_a_numbered_list_inside_an_item_still_is_one() -> None:
    text = (
        "Anytown Burial Committee\n\nMinutes of the meeting held on 1 June 2016\n\n"
        "1.         Burials\n\nThe committee agreed two things:\n\n"
        "1.  The grass will be cut monthly by the contractor from next week onwards.\n\n"
        "2.  The gate will be painted by the caretaker before the end of the summer.\n"
    )
    record = parse_minutes(text).record
    assert _sections(record) == [("1", "Burials")]
    assert [p["ref"] for p in record["sections"][0]["paragraphs"]][-2:] == ["1", "2"]


# Finding 1: the same minutes printed to PDF by a browser, one <p> a line.
def test_a_browser_printed_pdf_keeps_its_lines_apart() -> None:
    result = _read("skirlaugh-burial-2016-06-01.pdf")
    record = result.record
    assert record["board"] == "Skirlaugh & Ellerby Joint Burial Committee"
    assert len(record["attendees"]) == 8
    assert _sections(record) == [
        ("1", "Election of Chairman"),
        ("2", "Election of Vice Chairman"),
        ("3", ""),
        ("4", "Matters Arising from the Minutes"),
        ("5", "Burials"),
        ("6", "Burial Ground Maintenance"),
        ("7", "Correspondence Received"),
    ]
    burials = [p["text"] for p in record["sections"][4]["paragraphs"]]
    assert burials[:3] == [
        "Two cremated remains in adjacent plots (Clark)",
        "Two cremated remains in one plot (Mackinder)",
        "Second interment of cremated remains in existing plot (Wilson)",
    ]


def test_a_paragraphs_line_step_is_the_smaller_one_that_recurs() -> None:
    # Most gaps between paragraphs (one line each), some inside wrapped paragraphs.
    gaps = [0.0249] * 20 + [0.0240] * 8 + [0.0151] * 6
    assert abs(line_step(gaps) - 0.0151) < 0.0005
    # A stray small gap does not count; evenly spaced text keeps its median.
    assert line_step([14.0] * 30 + [9.0]) == 14.0


# Finding 2: a .docx numbered by the List Number and List Number 2 styles.
def test_word_list_number_items_over_list_number_2_are_the_headings() -> None:
    result = _read("skirlaugh-burial-2016-06-01-wordnumbering.docx")
    record = result.record
    assert _sections(record) == [
        ("1", "Election of Chairman"),
        ("2", "Election of Vice Chairman"),
        ("3", "Minutes of the last meeting"),
        ("4", "Matters Arising from the Minutes"),
        ("5", "Burials"),
        ("6", "Burial Ground Maintenance"),
    ]
    matters = [p["text"] for p in record["sections"][3]["paragraphs"]]
    assert matters[0] == "Plot markers: The markers for the next row are still to be moved."
    refs = [p["ref"] for s in record["sections"] for p in s["paragraphs"]]
    assert len(refs) == len(set(refs))  # Word's second list runs on: no number twice
    action = record["sections"][3]["paragraphs"][1]["actions"][0]
    assert (action["owner"], action["due"]) == ("Clerk", "2016-06-30")


def test_only_an_outer_list_style_over_an_inner_one_makes_headings() -> None:
    assert nested_lists(["Normal", "List Number", "List Number 2"])
    assert not nested_lists(["Normal", "List Number"])
    assert outer_list_heading("List Number", "Election of Chairman", True)
    assert not outer_list_heading("List Number", "Election of Chairman", False)
    assert not outer_list_heading("List Number", "The minutes were read and signed.", True)
    assert not outer_list_heading("List Number 2", "Election of Chairman", True)


# Finding 3: East Herts Licensing Sub-Committee, 22 August 2023 (items not numbered).
EAST_HERTS = (FRESH6 / "easthert-licensing-2023-08-22.txt").read_text(encoding="utf-8")


def test_unnumbered_headings_over_prose_are_never_attendees() -> None:
    result = parse_minutes(EAST_HERTS)
    record = result.record
    assert record["attendees"] == []
    assert [title for _, title in _sections(record)] == [
        "Appointment of Chairman",
        "To receive apologies for absence",
        "Chairman's Announcements",
        "Declarations of Interest",
        "Summary of Procedure",
        "Exclusion of press and public",
    ]
    apologies = record["sections"][1]["paragraphs"]
    assert [p["text"] for p in apologies] == ["There were no apologies."]


def test_a_quoted_numbered_line_inside_an_item_is_shown() -> None:
    result = parse_minutes(EAST_HERTS)
    assert (33, "Numbered '1' among unnumbered paragraphs of item 6; check") in _messages(result)


def test_a_new_person_is_ticked_only_when_the_name_reads_as_a_persons() -> None:
    for name in (
        "Cllr. Large",
        "Rev. A. Simpson",
        "Janet Keen",
        "Mrs TJ Rawlinson",
        "Mr D O'Connor",
    ):
        assert reads_as_person(name), name
    for name in ("Chairman's Announcements", "Appointment of", "Public Participation",
                 "Cllrs. Blogg", "Plot markers", "Any Other Business"):  # fmt: skip
        assert not reads_as_person(name), name
    choices = Ticked().choices([NewPerson("Chairman's Announcements"), NewPerson("Janet Keen")], [])
    boxes = {box["value"]: (box["checked"], box["doubt"]) for box in choices["people"]}
    assert boxes == {"Chairman's Announcements": (False, True), "Janet Keen": (True, False)}
    # Once shown, the clerk's choice stands: ticked by the clerk, it is created.
    shown = Ticked(
        frozenset({"chairman's announcements"}),
        frozenset(),
        frozenset({"chairman's announcements"}),
    )
    assert shown.choices([NewPerson("Chairman's Announcements")], [])["people"][0]["checked"]


# Finding 4: Stow on the Wold Burial Board, 16 April 2014 (no numbers, 'Title: text' lines).
STOW = (FRESH6 / "stow-burial-board-2014-04-16.txt").read_text(encoding="utf-8")


def test_title_colon_text_lines_are_items_where_nothing_is_numbered() -> None:
    result = parse_minutes(STOW)
    record = result.record
    assert [title for _, title in _sections(record)] == [
        "Minutes",
        "Matters arising from minutes",
        "Ashes Wall",
        "Shed in Churchyard",
        "Terms and Conditions",
        "Push Testing",
        "Any Other Business",
    ]
    assert record["sections"][2]["paragraphs"][0]["text"].startswith("Currently awaiting quotes")
    assert (15, "Lines 'Title: text' read as unnumbered items (no numbers); check") in _messages(
        result
    )


def test_one_colon_line_in_prose_stays_prose() -> None:
    text = (
        "Anytown Burial Board\n\nMinutes of the meeting held on 16 April 2014\n\n"
        "1. Grounds\n\nNote: The contractor will cut the grass monthly from May.\n"
        "The committee agreed the new schedule of works for the year.\n"
    )
    record = parse_minutes(text).record
    assert _sections(record) == [("1", "Grounds")]
