"""Made-up minutes for the reader's known leftovers over the real-minutes sets (issue 15):
each test is what real documents do, written anew, and fails without its rule."""

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
