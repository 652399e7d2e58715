"""The thirty-second fresh set (tests/data/real-fresh-32): what the reader got wrong on it, read
right by general rules. Made-up minutes, not copied from the set."""

from meetings.minutes.label_cells import joined_labels
from meetings.minutes.text import parse_minutes
from meetings.minutes.welsh_board import board_in_english


def _sections(text: str) -> list[tuple[str, list[str]]]:
    record = parse_minutes(text).record
    return [(s["title"], [p["text"] for p in s["paragraphs"]]) for s in record["sections"]]


def test_the_words_that_open_a_decision_with_a_colon_and_dash_are_no_item() -> None:
    # A council's web page of unnumbered items: "The Board resolved:-" alone between blank lines
    # opens the decision below it, in the item above; an item's prose may close with ":-" too.
    text = (
        "Licensing Forum - Tuesday, 5th March, 2024 2.00 pm\n\n"
        "Welcome and Apologies\n\n"
        "The Convener welcomed everyone and noted apologies from Ann Reid.\n\n"
        "The Board resolved:-\n\n"
        "to note the apologies.\n\n"
        "Matters Arising\n\n"
        "Members raised several matters arising from the last meeting, as follows:-\n\n"
        "the annual report was still being written.\n\n"
        "The Board resolved:-\n\n"
        "(i) to note the position; and\n\n"
        "(ii) to ask for a report at the next meeting.\n\n"
        "Membership\n\n"
        "The Convener said that two new members would join the Forum this year.\n"
    )
    sections = _sections(text)

    assert [title for title, _ in sections] == [
        "Welcome and Apologies",
        "Matters Arising",
        "Membership",
    ]
    assert sections[0][1][1:] == ["The Board resolved:-", "to note the apologies."]
    assert "The Board resolved:-" in sections[1][1]


def test_a_welsh_council_named_in_both_languages_either_side_of_a_slash() -> None:
    # "CYNGOR CYMUNED X / X COMMUNITY COUNCIL": the council as the English names it.
    assert board_in_english("CYNGOR CYMUNED LLANFAIR / LLANFAIR COMMUNITY COUNCIL") == (
        "LLANFAIR COMMUNITY COUNCIL"
    )
    assert board_in_english("Cyngor Tref Llanfair Town Council") == "Llanfair Town Council"


def test_a_label_cell_wrapped_over_two_rows_is_one_label() -> None:
    # A PDF's attendance table whose label column was too narrow: "Officers in" / "Attendance:"
    # beside the first two officers; every officer below is in attendance, not present.
    rows = [
        (0, ("Present:", "Councillor A Bell, Chair")),
        (1, ("Officers in", "Mr C Dunn, Chief Executive")),
        (2, ("Attendance:", "Mrs E Ford, Director of Finance")),
        (3, ("", "Ms G Hay, Democratic Services Officer")),
    ]
    assert joined_labels(rows) == [
        (0, ("Present:", "Councillor A Bell, Chair")),
        (1, ("Officers in Attendance:", "Mr C Dunn, Chief Executive")),
        (2, ("", "Mrs E Ford, Director of Finance")),
        (3, ("", "Ms G Hay, Democratic Services Officer")),
    ]
    # A label whole on each row is left as it is.
    whole = [(0, ("Present:", "Mr A")), (1, ("Apologies:", "Mr B"))]
    assert joined_labels(whole) == whole


def test_representatives_of_a_body_name_the_body_of_the_people_below() -> None:
    # "Representatives of X" alone, or beside the label, over the people who came from X.
    text = (
        "Example District Council\n\n"
        "Minutes of a Special Meeting held on Tuesday 3 March 2020\n\n"
        "Present: Councillor A Bell (Chair), Councillor C Dunn\n\n"
        "In Attendance: Representatives of Western Health Trust\n"
        "Mr E Ford, Chief Executive\n"
        "Ms G Hay, Director of Nursing\n"
        "Representatives of Eastern Health Trust\n"
        "Mr J King, Chief Executive\n\n"
        "1. Apologies\n\n"
        "There were no apologies.\n"
    )
    people = {
        a["name"]: (a["organisation"], a["attendance"])
        for a in parse_minutes(text).record["attendees"]
    }

    assert people["Mr E Ford"] == ("Western Health Trust", "in_attendance")
    assert people["Ms G Hay"] == ("Western Health Trust", "in_attendance")
    assert people["Mr J King"] == ("Eastern Health Trust", "in_attendance")
    assert not any("Representatives" in name for name in people)


def test_apologies_in_a_welsh_and_english_sentence_are_read() -> None:
    # "Cyng. / Cllrs. A, B a/and C": the Welsh word, a slash, then the English one.
    text = (
        "Llanfair Community Council\n\n"
        "Minutes of the meeting held on Tuesday 3 March 2020\n\n"
        "Present: Councillor Ann Bell (Chair), Councillor Carys Dunn\n\n"
        "20/01 YMDDIHEURIADAU / APOLOGIES\n\n"
        "Cafwyd ymddiheuriadau gan / Apologies were received from Cyng. / Cllrs. E. Ford, "
        "G. Hay a/and J.King.\n\n"
        "20/02 COFNODION / MINUTES\n\n"
        "The minutes were approved.\n"
    )
    apologies = [
        a["name"] for a in parse_minutes(text).record["attendees"] if a["attendance"] == "apologies"
    ]

    assert apologies == ["Cllr E. Ford", "Cllr G. Hay", "Cllr J.King"]
