"""Made-up minutes for the reader's known leftovers over the real-minutes sets (issue 15):
each test is what real documents do, written anew, and fails without its rule."""

from meetings.minutes import parse_minutes
from meetings.minutes.pdf_reader import read_pdf
from tests.meetings.pdf_minutes import drawn_pdf

_LINE, _ROW = 15.4, 17.4  # a cell's lines, and a padded table's rows a little further apart


def _wrapping_table(rows: list[tuple[str, list[str], list[str]]]) -> list:
    """Pieces of a label | name | post table whose rows wrap, each row `_ROW` under the last
    line of the one before, its lines `_LINE` apart."""
    pieces = [
        (72, 760, 13, "Regional Transfusion Working Group", True),
        (68, 735, 11, "Minutes of the meeting held on Tuesday 3rd March 2026", False),
    ]
    y = 712.0
    for label, names, posts in rows:
        if label:
            pieces.append((68, y, 11, label, False))
        for k in range(max(len(names), len(posts))):
            if k < len(names):
                pieces.append((194, y - k * _LINE, 11, names[k], False))
            if k < len(posts):
                pieces.append((297, y - k * _LINE, 11, posts[k], False))
        y -= (max(len(names), len(posts)) - 1) * _LINE + _ROW
    pieces.append((68, y - 20, 11, "1/26 Minutes of the last meeting", True))
    pieces.append((68, y - 40, 11, "The minutes were agreed as a correct record.", False))
    return pieces


def test_names_cut_across_a_pdf_tables_lines_where_most_rows_wrap() -> None:
    # Most rows wrap, so most steps are a line's; the rows stand a little further apart. A line
    # at a line's step going on in the names' and the posts' columns at once, each from a line
    # too full for its next word, is the row wrapping: "Dr Harriet" / "Okonkwo (HO)" is one
    # name, not two people "Dr Harriet" and "Okonkwo (HO)".
    pieces = _wrapping_table(
        [
            ("Present:", ["Dr Harriet", "Okonkwo (HO)"], ["Group Chair and Consultant", "Surgeon"]),
            ("", ["Dr Ivo Pendle", "(IP)"], ["Group Secretary and Clinical Lead", "for Safety"]),
            ("", ["Mr Leonard", "Fairbairn (LF)"], ["Blood Bank Laboratory Manager", "and Deputy"]),
            ("", ["Ms Wendy Ash", "(WA)"], ["Regional Centre"]),
            ("", ["Mrs Rosalind", "Tremayne (RT)"], ["Administrator to the Group"]),
            ("Apologies:", ["Dr Quentin", "Marsh (QM)"], ["Chair of the Northern Centre"]),
        ]
    )  # fmt: skip
    (table,) = [b.rows for b in read_pdf(drawn_pdf([pieces])) if b.kind == "table"]
    assert table == (
        ("Present:", "Dr Harriet Okonkwo (HO)", "Group Chair and Consultant Surgeon"),
        ("", "Dr Ivo Pendle (IP)", "Group Secretary and Clinical Lead for Safety"),
        ("", "Mr Leonard Fairbairn (LF)", "Blood Bank Laboratory Manager and Deputy"),
        ("", "Ms Wendy Ash (WA)", "Regional Centre"),
        ("", "Mrs Rosalind Tremayne (RT)", "Administrator to the Group"),
        ("Apologies:", "Dr Quentin Marsh (QM)", "Chair of the Northern Centre"),
    )  # fmt: skip


def test_a_list_a_line_in_one_cell_of_such_a_table_stays_a_line_a_row() -> None:
    # The same steps, but each line at a line's step in the one column beside the label, a
    # whole entry with room left on the line above: a cell's list a line, read a row a line.
    pieces = _wrapping_table(
        [
            ("Present:", ["Anna Brook (Chair)", "Ben Carr", "Cara Dunn"], []),
            ("In attendance:", ["Dev Ellis (Clerk)", "Fay Gale (Finance Officer)"], []),
        ]
    )
    (table,) = [b.rows for b in read_pdf(drawn_pdf([pieces])) if b.kind == "table"]
    names = [row[1] for row in table]
    assert names == ["Anna Brook (Chair)", "Ben Carr", "Cara Dunn", "Dev Ellis (Clerk)",
                     "Fay Gale (Finance Officer)"]  # fmt: skip


_DECIDED = """WIDGET JOINT COMMITTEE

Minutes of the meeting held on 3 March 2026

PRESENT: Councillor Ann Brown, Councillor Bob Green

WJC/26/01 APPOINTMENT OF CHAIR AND VICE CHAIR

DECISION/-

1. To appoint Councillor Brown as Chair until the Annual meeting.

2. To appoint Councillor Green as Vice Chair until the Annual meeting.

WJC/26/02 MINUTES

RESOLVED/-

To approve as a correct record the Minutes of the meeting held on 18 September 2025.
"""

_DECISION_UNDER_PARAGRAPHS = """Scheme Review Working Group

Minutes of the meeting held on Thursday 3 March 2026 via MS Teams.

1. Welcome
The Chairman welcomed everyone to the meeting.

2. Minute
2.1 Copies of the Minute of the meeting held on 21 January 2026 had been circulated.

DECISION
AGREED to approve the Minute.

2.2 The Clerk advised that the substitute member had been appointed to the Working Group.

DECISION
NOTED.
"""


def _paragraphs(text: str) -> list[list[tuple[str, str, bool]]]:
    record = parse_minutes(text).record
    return [
        [(p["ref"], p["text"], bool(p.get("decision"))) for p in s["paragraphs"]]
        for s in record["sections"]
    ]


def test_a_decisions_label_alone_over_a_list_is_no_items_heading() -> None:
    # "DECISION/-" and "RESOLVED/-" alone on their lines over what was decided: labels, not
    # items without numbers that took the decisions from the item above; the decisions each a
    # paragraph of their own, shown as decisions.
    sections = _paragraphs(_DECIDED)
    assert [s["ref"] for s in parse_minutes(_DECIDED).record["sections"]] == [
        "WJC/26/01",
        "WJC/26/02",
    ]
    assert sections[0][1:] == [
        ("1", "To appoint Councillor Brown as Chair until the Annual meeting.", True),
        ("2", "To appoint Councillor Green as Vice Chair until the Annual meeting.", True),
    ]  # fmt: skip
    assert sections[1][-1] == (
        "2.2",
        "To approve as a correct record the Minutes of the meeting held on 18 September 2025.",
        True,
    )


def test_a_decision_under_its_label_between_numbered_paragraphs() -> None:
    # "DECISION" / "AGREED to approve the Minute." (Scottish councils): the decision a
    # paragraph of its own between 2.1 and 2.2, not run on into 2.1's text.
    (_, minute) = _paragraphs(_DECISION_UNDER_PARAGRAPHS)
    texts = [(text, decided) for _, text, decided in minute]
    assert ("AGREED to approve the Minute.", True) in texts
    assert ("NOTED.", True) in texts
    assert (
        minute[0][1]
        == "Copies of the Minute of the meeting held on 21 January 2026 had been circulated."
    )
