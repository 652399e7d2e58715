"""The outside tester's maker of this set's Word and PDF files (issue 15, 6 December 2026), copied in
as the tester wrote it but for where it reads and writes (the tester's src/ and files/ folders are
this one) and ruff's formatting: .docx (Word numbering, heading styles, attendance table,
header/footer) and .pdf (WeasyPrint, running header/footer) from each <name>.txt, the way a clerk's
file would look.

The committed files are the tester's own. Run from here it makes each PDF byte for byte as
committed; each Word file the same document, its zip entries stamped with the time of the run (the
tester's maker fixes no times), so the committed .docx are the tester's bytes, not a rerun's.

    .venv/bin/python tests/data/real-fresh-23/make_files_tester.py
"""

import html
import re
from pathlib import Path

import weasyprint
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

SRC = OUT = Path(__file__).resolve().parent
HEAD = re.compile(r"^(\d+(?:\.\d+)?\.?|\d+/\d+)\s+(.+)$")
ATT = re.compile(
    r"^(Present|Members present|Members|In Attendance|In attendance|Also Present|Apologies|Secretariat|PRESENT)\s*:\s*(.*)$",
    re.I,
)


def parse(text):
    lines = text.splitlines()
    title = []
    i = 0
    while i < len(lines) and lines[i].strip() and not ATT.match(lines[i]):
        title.append(lines[i])
        i += 1
    att = []
    cur = None
    body = []
    for ln in lines[i:]:
        s = ln.strip()
        if not s:
            continue
        m = ATT.match(s)
        if m and not body:
            cur = [m.group(1), []]
            att.append(cur)
            if m.group(2):
                cur[1].append(m.group(2))
            continue
        h = HEAD.match(s)
        if (
            h
            and (s.isupper() or len(s) < 90)
            and not re.match(r"^\d+\.\d+\.\s", s)
            and not s.startswith("4.1 Minute")
        ):
            body.append(("h", h.group(1), h.group(2)))
            continue
        if cur is not None and not body:
            cur[1].append(s)
            continue
        body.append(("p", s))
    return title, att, body


def add_numbering(doc):
    """A real Word numbered list (abstractNum decimal) for the headings."""
    numbering = doc.part.numbering_part.element
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), "90")
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", "%1.")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    an.append(lvl)
    numbering.insert(0, an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), "90")
    num.append(a)
    numbering.append(num)


def numbered(p):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), "90")
    numPr.append(il)
    numPr.append(ni)
    pPr.append(numPr)


def docx(name, title, att, body):
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = title[0] + " — minutes"
    sec.footer.paragraphs[0].text = "Page 1 — DRAFT for approval"
    try:
        add_numbering(doc)
        use_num = all(re.fullmatch(r"\d+\.?", b[1]) for b in body if b[0] == "h")
    except Exception:
        use_num = False
    doc.add_heading(title[0], level=0)
    for t in title[1:]:
        doc.add_paragraph(t)
    for kind, people in att:
        doc.add_paragraph(kind + ":").runs[0].bold = True
        rows = []
        for p in people:
            if "\t" in p:
                rows.append(p.split("\t", 1))
            elif (", " in p and kind.lower() != "present") or p.count(",") == 1:
                rows.append(p.split(", ", 1))
            else:
                rows.append([p, ""])
        tbl = doc.add_table(rows=0, cols=2)
        tbl.style = "Table Grid"
        for r in rows:
            c = tbl.add_row().cells
            c[0].text = r[0]
            c[1].text = r[1] if len(r) > 1 else ""
    for b in body:
        if b[0] == "h":
            if use_num:
                p = doc.add_heading(b[2], level=1)
                numbered(p)
            else:
                doc.add_heading(f"{b[1]} {b[2]}", level=1)
        else:
            doc.add_paragraph(b[1])
    doc.save(OUT / f"{name}.docx")


def pdf(name, title, att, body):
    e = html.escape
    parts = [f"<h1>{e(title[0])}</h1>"] + [f"<p>{e(t)}</p>" for t in title[1:]]
    for kind, people in att:
        parts.append(
            f"<p><b>{e(kind)}:</b></p><table>"
            + "".join(
                "<tr>"
                + "".join(f"<td>{e(c)}</td>" for c in (p.split("\t", 1) if "\t" in p else [p]))
                + "</tr>"
                for p in people
            )
            + "</table>"
        )
    for b in body:
        parts.append(f"<h2>{e(b[1])} {e(b[2])}</h2>" if b[0] == "h" else f"<p>{e(b[1])}</p>")
    css = """@page {{ size: A4; margin: 25mm 20mm;
      @top-center {{ content: '{} — Minutes'; font-size: 8pt }}
      @bottom-right {{ content: 'Page ' counter(page) ' of ' counter(pages); font-size: 8pt }} }}
      body {{ font-family: sans-serif; font-size: 11pt }} td {{ padding: 2px 8px }}""".format(
        e(title[0]).replace("'", "")
    )
    weasyprint.HTML(
        string=f"<html><head><style>{css}</style></head><body>{''.join(parts)}</body></html>"
    ).write_pdf(OUT / f"{name}.pdf")


for f in sorted(SRC.glob("*.txt")):
    t, a, b = parse(f.read_text())
    docx(f.stem, t, a, b)
    pdf(f.stem, t, a, b)
    print(f.stem, len(a), sum(1 for x in b if x[0] == "h"))
