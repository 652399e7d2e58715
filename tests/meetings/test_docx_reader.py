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


# --- What Word writes around the text ------------------------------------------------------------


def _body(xml: str, numbering: str = "") -> docx.document.Document:
    """A document whose body is `xml` (WordprocessingML, the w: prefix bound), before its
    section properties; `numbering` its numbering.xml's definitions."""
    document = docx.Document()
    if numbering:
        document.part.numbering_part._element = parse_xml(
            f"<w:numbering {NS}>{numbering}</w:numbering>"
        )
    body = document.element.body
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    for element in parse_xml(f"<w:body {NS} {mc}>{xml}</w:body>"):
        body[-1].addprevious(element)
    return document


def _p(*runs: str, props: str = "") -> str:
    return f"<w:p>{f'<w:pPr>{props}</w:pPr>' if props else ''}{''.join(runs)}</w:p>"


def _r(text: str, props: str = "") -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _font(name: str) -> str:
    return f'<w:rFonts w:ascii="{name}" w:hAnsi="{name}" w:hint="default"/>'


def _numbered(nid: int, ilvl: int = 0) -> str:
    return f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{nid}"/></w:numPr>'


def _texts(document: docx.document.Document) -> list[str]:
    return [b.text for b in blocks(document)]


def test_it_shows_a_bullet_in_any_symbol_font_as_a_bullet() -> None:
    # Word's bullets: Symbol's private-use dot, Courier New's "o", Wingdings' square ("\u00a7")
    # and arrow, each with the font in the level's run properties.
    glyphs = [
        ("\uf0b7", "Symbol"),
        ("o", "Courier New"),
        ("\u00a7", "Wingdings"),
        ("\uf0d8", "Wingdings"),
    ]
    levels = [
        lvl(i, glyph, "bullet", extra=f"<w:rPr>{_font(font)}</w:rPr>")
        for i, (glyph, font) in enumerate(glyphs)
    ]
    xml = "".join(_p(_r(f"Item {i}"), props=_numbered(1, i)) for i in range(len(glyphs)))
    document = _body(xml, abstract(1, *levels) + num(1, 1))

    assert [(b.number, b.text) for b in blocks(document)] == [
        ("\u2022", f"Item {i}") for i in range(len(glyphs))
    ]


def test_it_reads_a_symbol_fonts_characters_as_what_they_draw() -> None:
    document = _body(
        _p('<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>', _r(" Agreed"))
        + _p('<w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:tab/></w:r>', _r("Typed bullet"))
        + _p(_r("Spend "), _r("\u00b3", _font("Symbol")), _r(" \u00a35,000"))
        + _p(_r("Unknown "), _r("\u00ff", _font("Webdings")), _r("glyph"))
    )

    assert _texts(document) == [
        "\u2713 Agreed",
        "\u2022\tTyped bullet",
        "Spend \u2265 \u00a35,000",
        "Unknown glyph",
    ]


def test_it_reads_content_controls_smart_tags_and_hyperlinks_as_their_text() -> None:
    document = _body(
        '<w:sdt><w:sdtPr><w:alias w:val="Title"/></w:sdtPr><w:sdtContent>'
        + _p(_r("Audit Panel"))
        + "</w:sdtContent></w:sdt>"
        + _p(_r("Held at "), "<w:sdt><w:sdtContent>", _r("City Hall"), "</w:sdtContent></w:sdt>")
        + _p(
            _r("In "), '<w:smartTag w:uri="urn:x" w:element="place">', _r("London"), "</w:smartTag>"
        )
        + _p(
            _r("See "),
            '<w:hyperlink r:id="rId99" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
            _r("the report"),
            "</w:hyperlink>",
            _r("."),
        )
        # A control still showing the template's placeholder holds nothing the clerk wrote.
        + _p(
            _r("Venue: "),
            "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>",
            _r("Click or tap here to enter text."),
            "</w:sdtContent></w:sdt>",
        )
    )

    assert _texts(document) == [
        "Audit Panel",
        "Held at City Hall",
        "In London",
        "See the report.",
        "Venue: ",
    ]


def _field(instruction: str, result: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve">{instruction}</w:instrText></w:r>'
        f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{result}'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def test_it_reads_complex_fields_as_their_results_never_their_instructions() -> None:
    # IF's instruction holds a PAGE field of its own: its result is part of the instruction.
    nested = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF </w:instrText></w:r>'
        + _field(" PAGE ", _r("1"))
        + '<w:r><w:instrText xml:space="preserve"> = 1 "Draft" "Final"</w:instrText></w:r>'
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + _r("Draft")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    document = _body(
        _p(_r("Page "), _field(" PAGE ", _r("3")), _r(" of "), _field(" NUMPAGES ", _r("7")))
        + _p(_r("Dear "), _field(" MERGEFIELD FirstName ", _r("Jane")))
        + _p(_r("See "), _field(' HYPERLINK "https://example.org/x" ', _r("the report")), _r("."))
        + _p(_r("Status: "), nested)
    )

    assert _texts(document) == ["Page 3 of 7", "Dear Jane", "See the report.", "Status: Draft"]


def test_it_reads_breaks_tabs_and_hyphens_as_printed() -> None:
    document = _body(
        _p(_r("Jane Doe"), "<w:r><w:br/></w:r>", _r("Chair"), "<w:r><w:tab/></w:r>", _r("Present"))
        # A soft hyphen typed as the character, and as Word's element, prints only at a line's end.
        + _p(_r("recom\u00admended for non"), "<w:r><w:noBreakHyphen/></w:r>", _r("executive"))
    )

    assert _texts(document) == ["Jane Doe\nChair\tPresent", "recommended for non-executive"]


def test_it_reads_tracked_moves_as_accepted() -> None:
    document = _body(
        _p(
            _r("The panel "),
            '<w:moveFrom w:id="1" w:author="A">', _r("later "), "</w:moveFrom>",
            _r("agreed "),
            '<w:moveTo w:id="2" w:author="A">', _r("later"), "</w:moveTo>",
            '<w:ins w:id="3" w:author="A">', _r("."), "</w:ins>",
        )
    )  # fmt: skip

    assert _texts(document) == ["The panel agreed later."]


def test_it_reads_one_branch_of_alternate_content_never_two() -> None:
    choice = (
        '<mc:AlternateContent><mc:Choice Requires="w14">{0}</mc:Choice>'
        '<mc:Choice Requires="w15">{1}</mc:Choice><mc:Fallback>{2}</mc:Fallback>'
        "</mc:AlternateContent>"
    )
    document = _body(
        _p(_r("Agreed "), choice.format(_r("unanimously"), _r("UNANIMOUSLY"), _r("(all)")))
        + choice.format(_p(_r("A paragraph")), _p(_r("Its copy")), _p(_r("Its fallback")))
        + "<mc:AlternateContent><mc:Fallback>"
        + _p(_r("Only a fallback"))
        + "</mc:Fallback></mc:AlternateContent>"
    )

    assert _texts(document) == ["Agreed unanimously", "A paragraph", "Only a fallback"]


def test_it_lists_footnotes_and_endnotes_as_left_out_without_their_separators() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("The report was noted")
    _with_xml(paragraph, '<w:footnoteReference w:id="1"/>')
    notes = {"footnotes": "Report 12/20, published in January.", "endnotes": "Late item."}
    for kind, text in notes.items():
        tag = kind[:-1]
        root = (
            f'<w:{kind} {NS}><w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r>'
            f'</w:p></w:{tag}><w:{tag} w:id="1"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:{tag}>'
            f"</w:{kind}>"
        )
        part = docx.opc.part.Part(
            docx.opc.packuri.PackURI(f"/word/{kind}.xml"),
            f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml",
            root.encode(),
            document.part.package,
        )
        document.part.relate_to(part, getattr(docx.opc.constants.RELATIONSHIP_TYPE, kind.upper()))

    assert [(b.kind, b.text, b.reason) for b in blocks(document)] == [
        ("paragraph", "The report was noted", ""),
        ("furniture", "Report 12/20, published in January.", "a footnote"),
        ("furniture", "Late item.", "an endnote"),
    ]


def test_it_lists_a_table_of_contents_as_left_out() -> None:
    document = docx.Document()
    styles = document.styles.element
    styles.append(
        parse_xml(
            f'<w:style {NS} w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>'
        )
    )
    document.add_paragraph("1. Apologies\t1").style = document.styles["toc 1"]
    document.add_heading("1. Apologies", level=1)

    assert [(b.kind, b.text) for b in blocks(document)] == [
        ("furniture", "1. Apologies\t1"),
        ("heading", "1. Apologies"),
    ]


# --- Tables ------------------------------------------------------------------------------------


def _table(*rows: list[str | list[str]], props: str = "") -> str:
    def cell(content: str | list[str]) -> str:
        if content.startswith("<w:tc") if isinstance(content, str) else False:
            return content
        texts = [content] if isinstance(content, str) else content
        return "<w:tc>" + "".join(_p(_r(t)) if t else _p() for t in texts) + "</w:tc>"

    return (
        f"<w:tbl>{props}<w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
        + "".join("<w:tr>" + "".join(cell(c) for c in row) + "</w:tr>" for row in rows)
        + "</w:tbl>"
    )


MINUTES_LINES = [
    "Audit Panel",
    "Minutes of the meeting held on 6 February 2020",
    "Present",
    "Jane Doe (Chair)",
    "John Smith",
    "1. Apologies",
    "1.1 None were received.",
    "2. Minutes",
    "2.1 The minutes of the last meeting were agreed.",
]


def _sections(document: docx.document.Document) -> list[tuple[str, list[str]]]:
    record = parse_minutes(read_upload("minutes.docx", _saved(document))).record
    return [(s["title"], [p["text"] for p in s["paragraphs"]]) for s in record["sections"]]


def test_it_reads_minutes_laid_out_in_one_cell_as_if_the_table_were_not_there() -> None:
    document = _body(_table([MINUTES_LINES]))

    assert [b.kind for b in blocks(document)] == ["paragraph"] * len(MINUTES_LINES)
    assert _sections(document) == [
        ("Apologies", ["None were received."]),
        ("Minutes", ["The minutes of the last meeting were agreed."]),
    ]


def test_it_reads_minute_numbers_down_a_layout_tables_first_column_as_their_numbers() -> None:
    document = _body(
        _p(_r("Audit Panel"))
        + _p(_r("Minutes of the meeting held on 6 February 2020"))
        + _table(["Present", ["Jane Doe (Chair)", "John Smith", "Ann Lee"]])
        + _table(
            ["1.", ["Apologies", "None were received."]],
            [
                "<w:tc>" + _p(props=_numbered(1)) + "</w:tc>",
                ["Minutes", "The minutes of the last meeting were agreed."],
            ],
        ),
        OUTLINE_ONE + num(1, 1),
    )
    read = blocks(document)

    assert [(b.number, b.text) for b in read][2:] == [
        ("", "Present"), ("", "Jane Doe (Chair)"), ("", "John Smith"), ("", "Ann Lee"),
        ("1.", "Apologies"), ("", "None were received."),
        ("1.", "Minutes"), ("", "The minutes of the last meeting were agreed."),
    ]  # fmt: skip


OUTLINE_ONE = abstract(1, lvl(0, "%1."))


def test_it_keeps_a_table_of_data_as_a_table() -> None:
    document = _body(
        _table(["Name", "Role", "Attendance"], ["Jane Doe", "Chair", "Present"])
        + _table(["Action", "Owner"], ["Write to the council", "JB"], ["Book the room", "AB"])
    )

    assert [b.rows for b in blocks(document)] == [
        (("Name", "Role", "Attendance"), ("Jane Doe", "Chair", "Present")),
        (("Action", "Owner"), ("Write to the council", "JB"), ("Book the room", "AB")),
    ]


def test_it_keeps_a_table_of_cells_of_several_paragraphs_as_a_table() -> None:
    # An action of three paragraphs beside its owner; two lists of names side by side.
    action = ["Write to the council", "about the footpath", "and report back."]
    document = _body(
        _table(["Action", "By"], [action, "JB"])
        + _table(["Councillors", "Officers"], [["Cllr A", "Cllr B", "Cllr C"], ["Mr X", "Ms Y"]])
    )

    assert [b.kind for b in blocks(document)] == ["table", "table"]


def test_it_reads_a_table_inside_a_layout_table_as_a_table() -> None:
    attendance = _table(["Jane Doe", "Chair"], ["John Smith", "Clerk"])
    document = _body(
        _table(["<w:tc>" + _p(_r("Audit Panel")) + attendance + _p(_r("1. Apologies")) + "</w:tc>"])
    )

    assert [(b.kind, b.text, b.rows) for b in blocks(document)] == [
        ("paragraph", "Audit Panel", ()),
        ("table", "", (("Jane Doe", "Chair"), ("John Smith", "Clerk"))),
        ("paragraph", "1. Apologies", ()),
    ]


def _merged(props: str, text: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{_p(_r(text)) if text else _p()}</w:tc>"


def test_it_reads_merged_cells_of_an_attendance_table_once() -> None:
    document = _body(
        _table(
            [_merged('<w:gridSpan w:val="3"/>', "Present")],
            ["Jane Doe", "Chair", "Audit Panel"],
            [_merged('<w:vMerge w:val="restart"/>', "Officers"), "John Smith", "Clerk"],
            [_merged("<w:vMerge/>"), "Ann Lee", "Treasurer"],
        )
    )

    assert blocks(document)[0].rows == (
        ("Present",),
        ("Jane Doe", "Chair", "Audit Panel"),
        ("Officers", "John Smith", "Clerk"),
        ("", "Ann Lee", "Treasurer"),
    )


# --- Layouts of the eighth fresh set (tests/data/real-fresh-8) ------------------------------------


def test_it_reads_a_text_box_before_any_text_as_the_documents_title() -> None:
    # The body's name in a text box at the top of the first page (a letterhead), in a paragraph
    # of its own: the title the board is read from, not a box beside the text. A stamp there
    # ("DRAFT") and a box beside text stay left out.
    document = docx.Document()
    _with_xml(document.add_paragraph(), _text_box("DRAFT"))
    _with_xml(document.add_paragraph(), _text_box("MALDON HARBOUR IMPROVEMENT COMMISSIONERS"))
    document.add_paragraph("MINUTES OF MEETING - 17 January 2019")
    _with_xml(document.add_paragraph(), _text_box("Logo: Audit Panel"))

    assert [(b.kind, b.text, b.level) for b in blocks(document)] == [
        ("paragraph", "", 0),
        ("furniture", "DRAFT", 0),
        ("heading", "MALDON HARBOUR IMPROVEMENT COMMISSIONERS", 0),
        ("paragraph", "MINUTES OF MEETING - 17 January 2019", 0),
        ("paragraph", "", 0),
        ("furniture", "Logo: Audit Panel", 0),
    ]


def test_it_takes_the_bold_line_under_a_heading_that_is_only_its_number_for_its_title() -> None:
    # "Agenda item %1" numbering on a heading style with no text of its own: the bold line
    # under it is its title; a sentence under it is its text, and the heading stays untitled.
    numbering = abstract(1, lvl(0, "Agenda item %1")) + num(1, 1)
    heading = "<w:pStyle w:val='Heading1'/>" + _numbered(1)
    document = _body(
        _p(props=heading)
        + _p(_r("AC welcomed everyone to the meeting."))
        + _p(props=heading)
        + _p(_r("Declarations of interest", "<w:b/>"))
        + _p(_r("AC reminded attendees to declare any interest."))
        + _p(props=heading)
        + _p(_r("Not bold, so not a title"))
        + _p(props=heading),
        numbering,
    )

    assert [(b.kind, b.number, b.text) for b in blocks(document)] == [
        ("heading", "Agenda item 1", ""),
        ("paragraph", "", "AC welcomed everyone to the meeting."),
        ("heading", "Agenda item 2", "Declarations of interest"),
        ("paragraph", "", "AC reminded attendees to declare any interest."),
        ("heading", "Agenda item 3", ""),
        ("paragraph", "", "Not bold, so not a title"),
        ("heading", "Agenda item 4", ""),
    ]


def test_it_reads_two_lists_side_by_side_as_one_table_after_the_other() -> None:
    # Members on the left and the senior team on the right, each column with its own headings
    # at its own rows: the left column's list, then the right's. A name | role table, whose
    # rows hold no headings, stays one table.
    document = _body(
        _table(
            ["Members attending", "Senior Leadership Team"],
            ["Andrew Sells (Chairman)", "Tim Hill, Chief Scientist"],
            ["Julia Aglionby", "Guests"],
            ["Apologies", "Rob Cooke, Director EU Exit"],
            ["Will Cockbain", ""],
        )
        + _p(_r("Attendance"))
        + _table(["Jane Doe", "Chair"], ["Apologies", "Sam Roe"], ["John Smith", "Clerk"])
    )

    assert [b.rows for b in blocks(document) if b.kind == "table"] == [
        (
            ("Members attending",),
            ("Andrew Sells (Chairman)",),
            ("Julia Aglionby",),
            ("Apologies",),
            ("Will Cockbain",),
        ),
        (
            ("Senior Leadership Team",),
            ("Tim Hill, Chief Scientist",),
            ("Guests",),
            ("Rob Cooke, Director EU Exit",),
        ),
        (("Jane Doe", "Chair"), ("Apologies", "Sam Roe"), ("John Smith", "Clerk")),
    ]


def test_it_reads_a_short_bold_paragraph_as_a_heading_but_not_a_label_or_a_cells_line() -> None:
    # Item titles set in bold in body paragraphs, with no heading style (NRW's board): headings.
    # A bold label ("PRESENT:"), a bold sentence and a bold line in a table's cell (here the
    # minutes laid out in one cell) are not.
    bold = "<w:b/>"
    cell = f"<w:tc>{_p(_r('Where we are going', bold))}{_p(_r('The Chair welcomed all.'))}</w:tc>"
    document = _body(
        _p(_r("PRESENT:", bold))
        + _p(_r("Apologies", bold))
        + _p(_r("Apologies for absence noted from Trefor Owen."))
        + _p(_r("The minutes were agreed as a true record.", bold))
        + _table([cell])
    )

    assert [(b.kind, b.text) for b in blocks(document)] == [
        ("paragraph", "PRESENT:"),
        ("heading", "Apologies"),
        ("paragraph", "Apologies for absence noted from Trefor Owen."),
        ("paragraph", "The minutes were agreed as a true record."),
        ("paragraph", "Where we are going"),
        ("paragraph", "The Chair welcomed all."),
    ]
