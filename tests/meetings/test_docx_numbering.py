"""Word's automatic numbering read as Word displays it: documents built here with python-docx
and a numbering.xml of our own, each case checked against the number Word shows for it."""

import copy
import io

import docx
import pytest
from docx.oxml.parser import parse_xml
from lxml import etree

from meetings.minutes import parse_minutes, read_upload
from meetings.minutes.blocks import Block
from meetings.minutes.docx_reader import read_docx
from meetings.minutes.numbering import format_number

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W}"'


def lvl(ilvl: int, text: str, fmt: str = "decimal", start: int = 1, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>'
    )


def abstract(aid: int, *levels: str) -> str:
    return f'<w:abstractNum w:abstractNumId="{aid}">{"".join(levels)}</w:abstractNum>'


def num(nid: int, aid: int, overrides: str = "") -> str:
    return f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{overrides}</w:num>'


OUTLINE = abstract(1, lvl(0, "%1."), lvl(1, "%1.%2"), lvl(2, "(%3)", "lowerLetter"))


def build(
    numbering: str, paragraphs: list[tuple[str, int | None, int]], *, style_links: str = ""
) -> docx.document.Document:
    """A document whose paragraphs are (text, numId, level); numId None for none.
    `style_links` is "Heading1=5:0,Heading2=5:1": styles numbered through a list."""
    document = docx.Document()
    document.part.numbering_part._element = parse_xml(
        f"<w:numbering {NS}>{numbering}</w:numbering>"
    )
    for link in filter(None, style_links.split(",")):
        style_id, _, place = link.partition("=")
        nid, _, ilvl = place.partition(":")
        style = next(s for s in document.styles if s.style_id == style_id)
        ppr = style.element.get_or_add_pPr()
        ppr.append(_numpr(int(nid), int(ilvl)))
    for text, nid, ilvl in paragraphs:
        style = None
        if text.startswith("#"):
            marks, _, text = text.partition(" ")
            style = f"Heading {len(marks)}"
        paragraph = document.add_paragraph(text, style=style)
        if nid is not None:
            paragraph._p.get_or_add_pPr().append(_numpr(nid, ilvl))
    return document


def _numpr(nid: int, ilvl: int) -> etree._Element:
    return parse_xml(f'<w:numPr {NS}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{nid}"/></w:numPr>')


def blocks(document: docx.document.Document) -> list[Block]:
    out = io.BytesIO()
    document.save(out)
    return read_docx(out.getvalue())


def numbers(document: docx.document.Document) -> list[str]:
    return [b.number for b in blocks(document) if b.kind in ("paragraph", "heading")]


# --- Formats -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "values", "shown"),
    [
        ("decimal", [1, 9, 10], ["1", "9", "10"]),
        ("lowerLetter", [1, 26, 27, 28], ["a", "z", "aa", "bb"]),
        ("upperLetter", [2, 53], ["B", "AAA"]),
        ("lowerRoman", [4, 9, 14, 1994], ["iv", "ix", "xiv", "mcmxciv"]),
        ("upperRoman", [2, 40], ["II", "XL"]),
        ("decimalZero", [3, 12], ["03", "12"]),
    ],
)
def test_it_formats_a_counter_as_word_does(fmt: str, values: list[int], shown: list[str]) -> None:
    assert [format_number(v, fmt) for v in values] == shown


def test_it_numbers_levels_with_their_text_and_resets_lower_levels() -> None:
    document = build(
        OUTLINE + num(1, 1),
        [("a", 1, 0), ("b", 1, 1), ("c", 1, 1), ("d", 1, 2), ("e", 1, 0), ("f", 1, 1)],
    )

    assert numbers(document) == ["1.", "1.1", "1.2", "(a)", "2.", "2.1"]


def test_it_shows_letters_and_roman_numerals_in_a_levels_text() -> None:
    levels = abstract(1, lvl(0, "%1)", "upperLetter"), lvl(1, "(%2)", "lowerRoman"))
    document = build(levels + num(1, 1), [("a", 1, 0), ("b", 1, 1), ("c", 1, 1), ("d", 1, 0)])

    assert numbers(document) == ["A)", "(i)", "(ii)", "B)"]


def test_it_shows_a_bullet_as_a_bullet() -> None:
    levels = abstract(1, lvl(0, "\uf0b7", "bullet"))

    assert numbers(build(levels + num(1, 1), [("a", 1, 0)])) == ["\u2022"]


def test_it_starts_at_the_levels_start_value() -> None:
    levels = abstract(1, lvl(0, "%1.", start=4), lvl(1, "%1.%2", start=3))

    assert numbers(build(levels + num(1, 1), [("a", 1, 0), ("b", 1, 1)])) == ["4.", "4.3"]


def test_it_shows_the_start_of_a_higher_level_not_yet_used() -> None:
    assert numbers(build(OUTLINE + num(1, 1), [("a", 1, 1), ("b", 1, 1)])) == ["1.1", "1.2"]


# --- Lists that go on and restart --------------------------------------------------------------


def test_it_continues_a_list_across_instances_of_one_definition() -> None:
    document = build(
        OUTLINE + num(1, 1) + num(2, 1), [("a", 1, 0), ("b", 2, 0), ("gap", None, 0), ("c", 1, 0)]
    )

    assert numbers(document) == ["1.", "2.", "", "3."]


def test_it_restarts_a_list_where_an_instance_overrides_its_start() -> None:
    restart = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
    document = build(
        OUTLINE + num(1, 1) + num(2, 1, restart),
        [("a", 1, 0), ("b", 1, 0), ("c", 2, 0), ("d", 2, 0)],
    )

    assert numbers(document) == ["1.", "2.", "1.", "2."]


def test_it_starts_an_overridden_level_at_the_override() -> None:
    restart = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride>'

    assert numbers(build(OUTLINE + num(1, 1, restart), [("a", 1, 0), ("b", 1, 1)])) == [
        "7.",
        "7.1",
    ]


def test_it_takes_a_level_redefined_by_an_instance() -> None:
    override = f'<w:lvlOverride w:ilvl="0">{lvl(0, "Item %1:", start=5)}</w:lvlOverride>'

    assert numbers(build(OUTLINE + num(1, 1, override), [("a", 1, 0)])) == ["Item 5:"]


def test_it_keeps_a_level_going_that_never_restarts() -> None:
    levels = abstract(
        1, lvl(0, "%1."), lvl(1, "(%2)", "lowerLetter", extra='<w:lvlRestart w:val="0"/>')
    )
    document = build(levels + num(1, 1), [("a", 1, 0), ("b", 1, 1), ("c", 1, 0), ("d", 1, 1)])

    assert numbers(document) == ["1.", "(a)", "2.", "(b)"]


def test_it_restarts_a_level_only_after_the_level_it_names() -> None:
    # Level 3 restarts after level 1 only, so a new level 2 item does not restart it.
    levels = abstract(
        1,
        lvl(0, "%1."),
        lvl(1, "%1.%2"),
        lvl(2, "%1.%2.%3", extra='<w:lvlRestart w:val="1"/>'),
    )
    document = build(
        levels + num(1, 1),
        [("a", 1, 0), ("b", 1, 2), ("c", 1, 1), ("d", 1, 2), ("e", 1, 0), ("f", 1, 2)],
    )

    assert numbers(document) == ["1.", "1.1.1", "1.1", "1.1.2", "2.", "2.1.1"]


def test_it_shows_every_level_as_a_decimal_in_a_legal_list() -> None:
    levels = abstract(1, lvl(0, "%1.", "upperRoman"), lvl(1, "%1.%2", extra='<w:isLgl w:val="1"/>'))
    document = build(levels + num(1, 1), [("a", 1, 0), ("b", 1, 1), ("c", 1, 0)])

    assert numbers(document) == ["I.", "1.1", "II."]


# --- Headings numbered through their styles ---------------------------------------------------


def test_it_numbers_headings_through_their_styles_list() -> None:
    document = build(
        OUTLINE + num(5, 1),
        [
            ("# Minutes", None, 0),
            ("Agreed.", None, 0),
            ("## Actions", None, 0),
            ("# Finance", None, 0),
        ],
        style_links="Heading1=5:0,Heading2=5:1",
    )
    headings = [(b.level, b.number, b.text) for b in blocks(document) if b.kind == "heading"]

    assert headings == [(1, "1.", "Minutes"), (2, "1.1", "Actions"), (1, "2.", "Finance")]


def test_it_finds_a_styles_level_from_the_list_that_names_the_style() -> None:
    levels = abstract(
        1,
        lvl(0, "%1.", extra='<w:pStyle w:val="Heading1"/>'),
        lvl(1, "%1.%2", extra='<w:pStyle w:val="Heading2"/>'),
    )
    document = build(
        levels + num(5, 1),
        [("# Minutes", None, 0), ("## Actions", None, 0)],
        style_links="Heading1=5:0,Heading2=5:1",
    )
    # The styles' numPr without a level: Word takes the level whose pStyle is the style.
    for style in document.styles:
        if style.style_id in ("Heading1", "Heading2"):
            ilvl = style.element.pPr.find(f"{{{W}}}numPr/{{{W}}}ilvl")
            ilvl.getparent().remove(ilvl)

    assert numbers(document) == ["1.", "1.1"]


def test_it_leaves_a_paragraph_unnumbered_whose_list_is_taken_away() -> None:
    document = build(
        OUTLINE + num(5, 1),
        [("# Minutes", None, 0), ("# Not numbered", 0, 0), ("# Finance", None, 0)],
        style_links="Heading1=5:0",
    )

    assert numbers(document) == ["1.", "", "2."]


# --- Document order, tables and changes -------------------------------------------------------


def test_it_counts_numbered_paragraphs_in_a_table_in_document_order() -> None:
    document = build(OUTLINE + num(1, 1), [("a", 1, 0)])
    cell, other = document.add_table(rows=1, cols=2).rows[0].cells
    cell.paragraphs[0].text = "In the table"
    cell.paragraphs[0]._p.get_or_add_pPr().append(_numpr(1, 0))
    other.text = "Jane Doe"
    after = document.add_paragraph("after")
    after._p.get_or_add_pPr().append(_numpr(1, 0))
    read = blocks(document)

    assert [read[1].rows, read[2].number] == [(("2. In the table", "Jane Doe"),), "3."]


def _with_xml(paragraph: docx.text.paragraph.Paragraph, xml: str) -> None:
    for element in parse_xml(f"<w:r {NS}>{xml}</w:r>"):
        paragraph._p.append(copy.deepcopy(element))


def test_it_reads_tracked_changes_as_accepted_and_fields_as_their_results() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("The panel ")
    _with_xml(
        paragraph,
        '<w:del w:id="1" w:author="A"><w:r><w:delText>rejected</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="A"><w:r><w:t>agreed</w:t></w:r></w:ins>'
        '<w:r><w:t xml:space="preserve"> on page </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        "<w:r><w:instrText> PAGE </w:instrText></w:r>"
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'
        '<w:moveFrom w:id="3" w:author="A"><w:r><w:t> moved away</w:t></w:r></w:moveFrom>'
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t> hidden</w:t></w:r>",
    )

    assert blocks(document)[0].text == "The panel agreed on page 3"


def test_it_neither_prints_nor_counts_a_paragraph_deleted_with_its_mark() -> None:
    document = build(OUTLINE + num(1, 1), [("a", 1, 0), ("", 1, 0), ("c", 1, 0)])
    deleted = document.paragraphs[1]._p.get_or_add_pPr()
    deleted.append(parse_xml(f'<w:rPr {NS}><w:del w:id="9" w:author="A"/></w:rPr>'))

    assert [(b.number, b.text) for b in blocks(document)] == [("1.", "a"), ("2.", "c")]


def test_it_leaves_headers_and_footers_out() -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "OFFICIAL"
    document.sections[0].footer.paragraphs[0].text = "Page 1"
    document.add_paragraph("Body")

    # Listed as left out (test_docx_reader.py), never in the text.
    assert [b.text for b in blocks(document) if b.kind != "furniture"] == ["Body"]


# --- Into the minutes --------------------------------------------------------------------------


def test_it_keeps_every_number_word_shows_in_the_minutes_read() -> None:
    document = build(
        OUTLINE + num(5, 1),
        [
            ("Audit Panel", None, 0),
            ("Record of Meeting 6 February 2020", None, 0),
            ("# Minutes of the previous meeting", None, 0),
            ("The minutes were agreed.", 5, 1),
            ("The action log was noted.", 5, 1),
            ("# Finance", None, 0),
            ("The budget was noted.", 5, 1),
        ],
        style_links="Heading1=5:0",
    )
    out = io.BytesIO()
    document.save(out)

    record = parse_minutes(read_upload("minutes.docx", out.getvalue())).record

    assert [(s["number"], s["title"]) for s in record["sections"]] == [
        (1, "Minutes of the previous meeting"),
        (2, "Finance"),
    ]
    assert [p["ref"] for s in record["sections"] for p in s["paragraphs"]] == ["1.1", "1.2", "2.1"]


# --- Styles that inherit a list, bullets among numbers, the space after a number ---------------


def test_it_numbers_a_paragraph_whose_style_inherits_its_list_through_based_on() -> None:
    # "Minute Sub" is based on "Minute", which is based on "Minute Base", linked to the list.
    document = build(OUTLINE + num(3, 1), [])
    chain = [("MinuteBase", None, _numpr(3, 0)), ("Minute", "MinuteBase", None)]
    chain.append(("MinuteSub", "Minute", _numpr(3, 1)))
    for style_id, based_on, numpr in chain:
        style = parse_xml(
            f'<w:style {NS} w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{style_id}"/>'
            + (f'<w:basedOn w:val="{based_on}"/>' if based_on else "")
            + "<w:pPr/></w:style>"
        )
        if numpr is not None:
            style[-1].append(numpr)
        document.styles.element.append(style)
    for text, style_id in (
        ("a", "Minute"),
        ("b", "MinuteSub"),
        ("c", "MinuteSub"),
        ("d", "Minute"),
    ):
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:pStyle {NS} w:val="{style_id}"/>'))

    assert numbers(document) == ["1.", "1.1", "1.2", "2."]


def test_it_neither_counts_nor_restarts_a_list_for_bullets_among_its_items() -> None:
    levels = abstract(1, lvl(0, "%1)"), lvl(1, "\uf0b7", "bullet"))
    bullets = abstract(2, lvl(0, "\uf0b7", "bullet"))
    document = build(
        levels + bullets + num(1, 1) + num(2, 2),
        [("a", 1, 0), ("point", 1, 1), ("b", 1, 0), ("aside", 2, 0), ("c", 1, 0)],
    )

    assert numbers(document) == ["1)", "\u2022", "2)", "\u2022", "3)"]


@pytest.mark.parametrize("suffix", ["tab", "space", "nothing"])
def test_it_keeps_the_number_apart_from_the_text_whatever_follows_it(suffix: str) -> None:
    levels = abstract(1, lvl(0, "(%1)", "lowerLetter", extra=f'<w:suff w:val="{suffix}"/>'))
    read = blocks(build(levels + num(1, 1), [("The report was noted.", 1, 0)]))

    assert (read[0].number, read[0].text) == ("(a)", "The report was noted.")
