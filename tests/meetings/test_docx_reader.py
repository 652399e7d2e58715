"""What a Word document holds besides its paragraphs, read as Word prints it: simple fields as
their results, soft and no-break hyphens, tabs, footnote marks; text boxes, headers and
footers listed to the clerk as left out, never dropped unseen. Documents built here with
python-docx and XML of our own."""

import io

import docx
from docx.oxml.parser import parse_xml

from meetings.minutes import parse_minutes, read_upload
from meetings.minutes.blocks import Block
from tests.meetings.test_docx_numbering import NS, _with_xml, abstract, blocks, lvl, num, numbers

HEAD = ("Audit Panel", "Record of Meeting 6 February 2020")


def _document(*texts: str) -> docx.document.Document:
    document = docx.Document()
    for text in texts:
        document.add_paragraph(text)
    return document


def _saved(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_it_reads_a_simple_field_as_its_result() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Agreed on ")
    _with_xml(paragraph, "<w:t>x</w:t>")  # a run's text next to the field
    paragraph._p.append(
        parse_xml(
            f'<w:fldSimple {NS} w:instr=" DATE \\@ &quot;d MMMM yyyy&quot; ">'
            "<w:r><w:t>6 February 2020</w:t></w:r></w:fldSimple>"
        )
    )

    assert blocks(document)[0].text == "Agreed on x6 February 2020"


def test_it_drops_soft_hyphens_and_prints_no_break_hyphens_and_tabs() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("recom")
    _with_xml(paragraph, "<w:softHyphen/><w:t>mended</w:t>")
    paragraph = document.add_paragraph("Jane Doe")
    _with_xml(paragraph, "<w:tab/><w:t>Chair, non</w:t><w:noBreakHyphen/><w:t>executive</w:t>")

    assert [b.text for b in blocks(document)] == [
        "recommended",
        "Jane Doe\tChair, non-executive",
    ]


def test_it_leaves_a_footnotes_mark_and_text_out_of_the_paragraph() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("The report was noted")
    _with_xml(
        paragraph,
        '<w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/>',
    )
    _with_xml(paragraph, "<w:t>.</w:t>")

    assert [b.text for b in blocks(document)] == ["The report was noted."]


def _text_box(text: str) -> str:
    """A text box as Word 2010 and later write it: a drawing, with a VML copy as fallback."""
    box = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return (
        '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
        ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
        ' xmlns:v="urn:schemas-microsoft-com:vml">'
        f'<mc:Choice Requires="wps"><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing></mc:Choice>'
        f"<mc:Fallback><w:pict><v:textbox>{box}</v:textbox></w:pict></mc:Fallback>"
        "</mc:AlternateContent>"
    )


def test_it_lists_a_text_box_once_as_left_out_not_in_the_paragraph() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("The minutes were agreed.")
    _with_xml(paragraph, _text_box("DRAFT - not yet approved"))

    assert blocks(document) == [
        Block("paragraph", "The minutes were agreed."),
        Block("furniture", "DRAFT - not yet approved", reason="a text box"),
    ]


def test_it_lists_headers_and_footers_as_left_out_once_each() -> None:
    document = _document("Body")
    section = document.sections[0]
    section.header.paragraphs[0].text = "OFFICIAL"
    section.footer.paragraphs[0].text = "Minutes - Final"
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "OFFICIAL"

    assert [(b.kind, b.text, b.reason) for b in blocks(document)] == [
        ("furniture", "OFFICIAL", "the page header"),
        ("paragraph", "Body", ""),
        ("furniture", "Minutes - Final", "the page footer"),
    ]


def test_it_shows_the_clerk_a_header_a_footer_and_a_text_box_as_left_out() -> None:
    document = _document(*HEAD, "1. Minutes", "1.1 The minutes were agreed.")
    document.sections[0].header.paragraphs[0].text = "Audit Panel - unconfirmed minutes"
    document.sections[0].footer.paragraphs[0].text = "R:\\Panel\\Minutes.docx"
    _with_xml(document.paragraphs[0], _text_box("Logo: Audit Panel"))

    result = parse_minutes(read_upload("minutes.docx", _saved(document)))

    assert [(p.label, p.text, p.message) for p in result.problems] == [
        (
            "Left out",
            "Audit Panel - unconfirmed minutes",
            "Left out of the record as the page header",
        ),
        ("Left out", "Logo: Audit Panel", "Left out of the record as a text box"),
        ("Left out", "R:\\Panel\\Minutes.docx", "Left out of the record as the page footer"),
    ]
    assert [p["text"] for s in result.record["sections"] for p in s["paragraphs"]] == [
        "The minutes were agreed."
    ]


# --- Numbering through a numbering style (numStyleLink) -----------------------------------------


def test_it_numbers_a_list_that_stands_for_a_numbering_style() -> None:
    # Word's "List Number" styles: abstract 2 only links to the style "MinutesList", whose own
    # numbering (instance 1, abstract 1) holds the levels; instance 2 is what paragraphs name.
    numbering = (
        abstract(1, lvl(0, "%1."), lvl(1, "%1.%2"))
        + '<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="MinutesList"/></w:abstractNum>'
        + num(1, 1)
        + num(2, 2)
    )
    document = docx.Document()
    document.part.numbering_part._element = parse_xml(
        f"<w:numbering {NS}>{numbering}</w:numbering>"
    )
    styles = document.styles.element
    styles.append(
        parse_xml(
            f'<w:style {NS} w:type="numbering" w:styleId="MinutesList"><w:name w:val="Minutes"/>'
            '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
        )
    )
    for text, ilvl in (("Minutes", 0), ("Agreed", 1), ("Noted", 1), ("Finance", 0)):
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {NS}><w:ilvl w:val="{ilvl}"/><w:numId w:val="2"/></w:numPr>')
        )

    assert numbers(document) == ["1.", "1.1", "1.2", "2."]
