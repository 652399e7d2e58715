"""Builds the QA import files: .docx with Word's own numbering (numbering.xml, numPr on the
paragraph, no typed numbers) and PDFs with WeasyPrint.  /work/main/.venv/bin/python make_files.py"""

from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

HERE = Path(__file__).parent

NUMBERING = """<w:numbering %s>
 <w:abstractNum w:abstractNumId="10">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="%d"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%%3)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1701" w:hanging="567"/></w:pPr></w:lvl>
 </w:abstractNum>
 <w:abstractNum w:abstractNumId="11">
  <w:multiLevelType w:val="hybridMultilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>
 </w:abstractNum>
 <w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
 <w:num w:numId="2"><w:abstractNumId w:val="11"/></w:num>
</w:numbering>"""


def numbered(doc, text, ilvl, style=None, bold=False):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    pPr = p._p.get_or_add_pPr()
    pPr.append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="1"/></w:numPr>')
    )
    return p


def bullet(doc, text):
    p = doc.add_paragraph()
    p.add_run(text)
    p._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>')
    )


def with_numbering(doc, start, lvl0, fmt1, lvl1):
    part = doc.part.numbering_part
    part._element = parse_xml(NUMBERING % (nsdecls("w"), start, lvl0, fmt1, lvl1))
    # python-docx caches the element on the part; replace the blob it writes
    part._element = part._element


def build_docx(
    name, start, lvl0, fmt1, lvl1, body, header=None, footer=None, table=None, start_override=None
):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    # ensure a numbering part exists, then swap its XML for ours
    doc.add_paragraph("x", style="List Number")
    doc.paragraphs[-1]._p.getparent().remove(doc.paragraphs[-1]._p)
    np_ = doc.part.numbering_part
    xml = NUMBERING % (nsdecls("w"), start, lvl0, fmt1, lvl1)
    if start_override:
        xml = xml.replace(
            '<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>',
            f'<w:num w:numId="1"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start_override}"/></w:lvlOverride></w:num>',
        )
    new = parse_xml(xml)
    old = np_.element
    for child in list(old):
        old.remove(child)
    for child in list(new):
        old.append(child)
    if header:
        doc.sections[0].header.paragraphs[0].text = header
    if footer:
        doc.sections[0].footer.paragraphs[0].text = footer
    for kind, *rest in body:
        if kind == "title":
            p = doc.add_paragraph()
            r = p.add_run(rest[0])
            r.bold = True
            r.font.size = Pt(14)
        elif kind == "p":
            doc.add_paragraph(rest[0])
        elif kind == "b":
            p = doc.add_paragraph()
            p.add_run(rest[0]).bold = True
        elif kind == "h":
            numbered(doc, rest[0], 0, bold=True)
        elif kind == "n1":
            numbered(doc, rest[0], 1)
        elif kind == "n2":
            numbered(doc, rest[0], 2)
        elif kind == "bullet":
            bullet(doc, rest[0])
        elif kind == "table":
            rows = rest[0]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    doc.save(HERE / f"{name}.docx")


def build_pdf(name, html):
    from weasyprint import HTML

    HTML(string=html).write_pdf(HERE / f"{name}.pdf")


if __name__ == "__main__":
    import qa_content

    for args in qa_content.DOCX:
        build_docx(**args)
    for name, html in qa_content.PDF:
        build_pdf(name, html)
    print("built")
