"""The outside tester's maker of this set's files (QA, 7 December 2026), copied in as the tester wrote
it but for the name of the keys' module (keys_tester.py beside it) and ruff's formatting; it reads
src/ and writes beside itself. Each meeting as a clerk would bring it:
   .txt  pasted text (src/<name>.txt as is)
   .docx python-docx, Word's own automatic numbering (the numbers not in the text), tables, header/footer fields
   .pdf  WeasyPrint from HTML, running header and footer, page numbers
and each key (<name>-<fmt>.expected.json) from keys_tester.py with the file's layout as its features.

Run from the repository: .venv/bin/python tests/data/real-fresh-26/make_files_tester.py
It makes each PDF byte for byte as committed; each Word file the same parts in a zip stamped with
the time of the run (the tester's maker fixes no zip times), so the committed .docx are the
tester's bytes, not a rerun's."""

import html
import re
import shutil
from pathlib import Path

import keys_tester as keys
import weasyprint
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
e = html.escape

# ---------------------------------------------------------------- Word helpers
_next_id = [100]


def _el(tag, **attrs):
    x = OxmlElement(tag)
    for k, v in attrs.items():
        x.set(qn("w:" + k), str(v))
    return x


def numbering(doc, levels):
    """A Word list: levels = [(numFmt, lvlText, left_twips)]; returns its numId."""
    n = _next_id[0]
    _next_id[0] += 1
    part = doc.part.numbering_part.element
    an = _el("w:abstractNum", abstractNumId=n)
    for i, (fmt, text, left) in enumerate(levels):
        lvl = _el("w:lvl", ilvl=i)
        lvl.append(_el("w:start", val=1))
        lvl.append(_el("w:numFmt", val=fmt))
        lvl.append(_el("w:lvlText", val=text))
        lvl.append(_el("w:lvlJc", val="left"))
        ppr = _el("w:pPr")
        ppr.append(_el("w:ind", left=left, hanging=567))
        lvl.append(ppr)
        an.append(lvl)
    # abstractNums must precede nums
    first_num = part.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        part.append(an)
    num = _el("w:num", numId=n)
    num.append(_el("w:abstractNumId", val=n))
    part.append(num)
    return n


def restart(doc, abstract_of, level=0):
    """A new w:num over the same abstract list, restarting at 1 (Word's 'restart numbering')."""
    n = _next_id[0]
    _next_id[0] += 1
    part = doc.part.numbering_part.element
    num = _el("w:num", numId=n)
    num.append(_el("w:abstractNumId", val=abstract_of))
    ov = _el("w:lvlOverride", ilvl=level)
    ov.append(_el("w:startOverride", val=1))
    num.append(ov)
    part.append(num)
    return n


def listed(p, num_id, level=0):
    ppr = p._p.get_or_add_pPr()
    np_ = _el("w:numPr")
    np_.append(_el("w:ilvl", val=level))
    np_.append(_el("w:numId", val=num_id))
    ppr.append(np_)
    return p


def field(paragraph, instr):
    fs = _el("w:fldSimple", instr=instr)
    r = _el("w:r")
    t = _el("w:t")
    t.text = "1"
    r.append(t)
    fs.append(r)
    paragraph._p.append(fs)


def header_footer(doc, head, foot_prefix, page_of=True):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = head
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = foot_prefix + "Page "
    field(fp, " PAGE ")
    if page_of:
        fp.add_run(" of ")
        field(fp, " NUMPAGES ")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def bold_para(doc, text):
    p = doc.add_paragraph()
    p.add_run(text).bold = True
    return p


def table(doc, rows, header=None, widths=None):
    t = doc.add_table(rows=0, cols=len(rows[0]) if rows else len(header))
    t.style = "Table Grid"
    if header:
        c = t.add_row().cells
        for i, h in enumerate(header):
            c[i].text = ""
            c[i].paragraphs[0].add_run(h).bold = True
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    return t


# ---------------------------------------------------------------- PDF helper
def pdf(name, body_html, top_left, top_right, bottom, extra_css=""):
    css = f"""@page {{ size: A4; margin: 28mm 20mm 25mm 20mm;
      @top-left {{ content: '{top_left}'; font-size: 8pt; color: #555 }}
      @top-right {{ content: '{top_right}'; font-size: 8pt; color: #555 }}
      @bottom-center {{ content: {bottom}; font-size: 8pt }} }}
      body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; line-height: 1.35 }}
      h1 {{ font-size: 13pt }} h2 {{ font-size: 11pt; margin: 14pt 0 4pt }}
      table {{ border-collapse: collapse }} td, th {{ padding: 2pt 6pt; vertical-align: top }}
      {extra_css}"""
    weasyprint.HTML(
        string=f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{body_html}</body></html>"
    ).write_pdf(HERE / f"{name}.pdf")


def lines(name):
    return (SRC / f"{name}.txt").read_text().splitlines()


# ================================================================ 1. SGSA: .txt + .pdf
def sgsa():
    name = "sgsa-2015-12-08"
    shutil.copy(SRC / f"{name}.txt", HERE / f"{name}.txt")
    h = [
        "<h1>Board Meeting 8 December 2015</h1>",
        "<p>Minutes of the twenty-second meeting of the Sports Grounds Safety Authority held on 8 December 2015 in Fleetbank House.</p>",
        "<table>",
    ]
    for who, role in [
        ("Mr A Coppin", "Chairman"),
        ("Mr B Batson", ""),
        ("Dr P Lane", ""),
        ("Mr P Rowley", ""),
        ("Mr D Wilson", ""),
        ("Ms K Eyre-White", "Chief Executive"),
    ]:
        h.append(f"<tr><td>{who}</td><td>{role}</td></tr>")
    h.append(
        "</table><p><b>In attendance</b></p><table><tr><td>Mrs N Rutherford</td><td></td></tr>"
        "<tr><td>Mr Ken Scott</td><td>for items 5 and 6</td></tr></table>"
    )
    h.append(
        "<p><b>Actions</b></p><ul><li>Item 4 -The Chief Executive to investigate the use of fold out business cards.</li></ul>"
    )
    body = lines(name)
    i = body.index("1 - Minutes of the nineteenth meeting")
    for ln in body[i:]:
        if not ln.strip():
            continue
        if re.match(r"^\d - ", ln):
            h.append(f"<h2>{e(ln)}</h2>")
        else:
            h.append(f"<p>{e(ln)}</p>")
    pdf(
        name,
        "".join(h),
        "SPORTS GROUNDS SAFETY AUTHORITY",
        "SGSA(16)01 — Board minutes 8.12.15",
        "'Page ' counter(page) ' of ' counter(pages)",
    )
    return {
        "txt": "pasted text from the web page: names and roles with ' - ', 'In attendance' label line, "
        "an 'Actions' list of '  • Item 4 -...' before the items, items '1 - Title' (number, spaced hyphen, title)",
        "pdf": "WeasyPrint: title h1; the members in a two-column borderless table (name | role), 'In attendance' bold "
        "over a table ('Mr Ken Scott | for items 5 and 6'); 'Actions' bold over a bullet list; headings "
        "'1 - Title' as h2; running header left 'SPORTS GROUNDS SAFETY AUTHORITY', right 'SGSA(16)01 — Board "
        "minutes 8.12.15' (a paper number and a date), footer 'Page n of N'",
    }


# ================================================================ 2. Lanarkshire: .txt + .docx
def lanarkshire():
    name = "lanarkshire-cja-2011-12-02"
    shutil.copy(SRC / f"{name}.txt", HERE / f"{name}.txt")
    doc = Document()
    header_footer(
        doc, "LCJA 2 December 2011", "Lanarkshire Community Justice Authority    ", page_of=False
    )
    items = numbering(doc, [("decimal", "%1", 567)])
    L = lines(name)
    doc.add_paragraph(L[0], style="Title")
    doc.add_paragraph(L[1])
    labels = (
        "Chair:",
        "Councillors Present:",
        "Councillor's Apology:",
        "Attending:",
        "Apologies:",
        "Also Attending:",
    )
    orgs = {
        "North Lanarkshire Council",
        "South Lanarkshire Council",
        "Crown Office and Procurator Fiscal's Service",
        "Lanarkshire Community Justice Authority (LCJA)",
        "Scottish Prison Service",
        "Strathclyde Police",
        "Victim Support Scotland",
    }
    i = 2
    while not re.match(r"^\d ", L[i]):
        s = L[i].strip()
        if s in labels:
            bold_para(doc, s)
        elif s in orgs:
            p = doc.add_paragraph()
            r = p.add_run(s)
            r.italic = True
            r.underline = True
        elif s:
            doc.add_paragraph(s)
        i += 1
    for s in L[i:]:
        s = s.strip()
        if not s:
            continue
        m = re.match(r"^(\d) (.+)$", s)
        if m:
            listed(doc.add_paragraph(m.group(2), style="Heading 1"), items)
        elif s.startswith("The Authority decided:"):
            p = doc.add_paragraph()
            p.add_run("The Authority decided:").bold = True
            p.add_run("\tthat the minutes be approved as a correct record.")
        else:
            doc.add_paragraph(s)
    doc.save(HERE / f"{name}.docx")
    return {
        "txt": "pasted text: title lines; attendance labels ('Chair:', 'Councillors Present:', 'Councillor's "
        "Apology:', 'Attending:', 'Apologies:', 'Also Attending:') each over organisation lines and the people "
        "of each as 'Initial Surname, Role; Initial Surname, Role' or 'B Chadha (Depute), T Lunny'; items '1 Title'",
        "docx": "Word: title in the Title style; the attendance labels as bold paragraphs, each organisation an italic "
        "underlined paragraph over its people's line; item headings in Heading 1 numbered by Word's own list "
        "('%1', no dot; the number not in the text); 'The Authority decided:' bold then a tab and the decision; "
        "header 'LCJA 2 December 2011' right-aligned, footer 'Lanarkshire Community Justice Authority    Page "
        "{PAGE field}'",
    }


# ================================================================ 3. Oban CPG: .docx + .pdf
def oban():
    name = "oban-cpg-2018-11-14"
    L = lines(name)
    present = [
        ln.split("\t")
        for ln in L[L.index("Present:") + 1 :]
        if ln.strip() and not re.match(r"^\d\.", ln)
    ]
    present = (
        present[: present.index(["1. APOLOGIES FOR ABSENCE"])]
        if ["1. APOLOGIES FOR ABSENCE"] in present
        else present
    )
    present = [p for p in present if len(p) <= 2]
    stop = next(i for i, ln in enumerate(L) if ln.startswith("1. APOLOGIES"))
    present = [
        ln.split("\t") + [""] * (2 - len(ln.split("\t")))
        for ln in L[L.index("Present:") + 1 : stop]
        if ln.strip()
    ]
    body = L[stop:]
    # Word
    doc = Document()
    header_footer(doc, "Oban Lorn & the Isles Community Planning Group", "Minutes 14.11.18 – ")
    items = numbering(doc, [("decimal", "%1.", 567), ("lowerLetter", "(%2)", 1134)])
    doc.add_paragraph(
        "MINUTES of MEETING of OBAN LORN & THE ISLES COMMUNITY PLANNING GROUP held in the CORRAN HALLS, "
        "OBAN on WEDNESDAY, 14 NOVEMBER 2018"
    ).runs[0].bold = True
    bold_para(doc, "Present:")
    table(doc, [(a, b) for a, b in present], header=("Name", "Organisation / Role"))
    for s in body:
        s = s.strip()
        if not s:
            continue
        m = re.match(r"^(\d)\. (.+)$", s)
        a = re.match(r"^\(a\) (.+)$", s)
        if m:
            listed(doc.add_paragraph(m.group(2), style="Heading 2"), items, 0)
        elif a:
            listed(doc.add_paragraph(a.group(1)), items, 1)
        else:
            doc.add_paragraph(s)
    doc.save(HERE / f"{name}.docx")
    # PDF
    h = [
        "<p><b>MINUTES of MEETING of OBAN LORN &amp; THE ISLES COMMUNITY PLANNING GROUP held in the CORRAN HALLS, OBAN on "
        "WEDNESDAY, 14 NOVEMBER 2018</b></p>",
        "<table><tr><td><b>Present:</b></td><td>",
    ]
    h.append("<br>".join(e(a + (", " + b if b else "")) for a, b in present))
    h.append("</td></tr></table>")
    for s in body:
        s = s.strip()
        if not s:
            continue
        if re.match(r"^\d\. ", s):
            h.append(f"<h2>{e(s)}</h2>")
        elif s.startswith("(a) "):
            h.append(f"<p style='margin-left:12mm'><b>{e(s)}</b></p>")
        else:
            h.append(f"<p style='margin-left:12mm'>{e(s)}</p>")
    pdf(
        name,
        "".join(h),
        "Public Document Pack",
        "Page 3",
        "'Argyll and Bute Council — Oban, Lorn & the Isles CPG — ' counter(page)",
    )
    return {
        "docx": "Word: the title one bold paragraph; 'Present:' bold over a bordered two-column table with a header "
        "row ('Name' | 'Organisation / Role'); item headings Heading 2 numbered by Word's own list ('%1.'), "
        "the sub-item '(a)' by the list's second level ('(%2)', lowerLetter), no number in the text; "
        "header with the body's name, footer 'Minutes 14.11.18 – Page {PAGE} of {NUMPAGES}'",
        "pdf": "WeasyPrint: the title bold; a two-cell table: 'Present:' | the people one a line ('Name, body' joined "
        "by <br>); headings '1. TITLE' as h2, the text indented; running header left 'Public Document Pack', "
        "right 'Page 3' (the pack's own page number, the same on every page), footer 'Argyll and Bute Council "
        "— Oban, Lorn & the Isles CPG — n'",
    }


# ================================================================ 4. LLTNP: .pdf + .txt
def lltnp():
    name = "lltnp-cp-2015-01-22"
    shutil.copy(SRC / f"{name}.txt", HERE / f"{name}.txt")
    L = lines(name)
    pres = L[L.index("Present:") + 1 : L.index("Apologies:")]
    apol = L[
        L.index("Apologies:") + 1 : L.index(
            "Celia Burn in the Chair. The meeting started at 1:30pm:"
        )
    ]
    h = [
        "<h1>Minutes of Board Meeting of LLTNP Community Partnership</h1>",
        "<p><b>Held on 22 January 2015, Carrochan, Balloch</b></p>",
        "<table><tr><td><b>Present:</b></td><td>"
        + "<br>".join(e(p) for p in pres if p.strip())
        + "</td></tr>",
        "<tr><td><b>Apologies:</b></td><td>"
        + "<br>".join(e(p) for p in apol if p.strip())
        + "</td></tr></table>",
        "<p>Celia Burn in the Chair. The meeting started at 1:30pm:</p>",
        "<table class='grid'><tr><th>Agenda Item</th><th>Narrative</th></tr>",
    ]
    body = L[L.index("1. Introduction and Apologies") + 1 :]
    h.append("<tr><td><b>1. Introduction and Apologies</b></td><td>")
    for s in body:
        s = s.strip()
        m = re.match(r"^(1\.\d) (.+)$", s)
        if m:
            h.append(f"<p><b>{e(s)}</b></p>")
        elif s:
            h.append(f"<p>{e(s)}</p>")
    h.append("</td></tr></table>")
    pdf(
        name,
        "".join(h),
        "LLTNP Community Partnership",
        "Board Minutes 22.01.15",
        "'CP Board ' counter(page) '/' counter(pages)",
        ".grid td, .grid th { border: 1px solid #999 } .grid td:first-child { width: 32mm } .grid p { margin: 0 0 5pt }",
    )
    return {
        "txt": "pasted text: 'Present:' and 'Apologies:' over one 'Name (Role)' a line; 'Celia Burn in the Chair.' "
        "line; '1. Introduction and Apologies' then '1.1 Welcome' and '1.2 Appointment of office bearers' "
        "sub-headings over their paragraphs; voting lines 'Celia as Chair First: Alan Seconded: Owen'",
        "pdf": "WeasyPrint: title h1, date bold; a two-column table 'Present:' | people one a line (<br>), "
        "'Apologies:' | people; the items in a bordered 'Agenda Item | Narrative' table as the body's own "
        "minutes have it: the item '1. Introduction and Apologies' in the left cell, its sub-headings '1.1 "
        "Welcome' bold and paragraphs in the right cell; running header left 'LLTNP Community Partnership', "
        "right 'Board Minutes 22.01.15', footer 'CP Board n/N'",
    }


# ================================================================ 5. NIPB: .pdf + .docx
def nipb():
    name = "nipb-2020-10-01"
    L = lines(name)
    rows = []  # (label, marker, person)
    label = ""
    stop = L.index("*Attended meeting by video conference facility")
    for s in L[2:stop]:
        if not s.strip():
            continue
        parts = s.split("\t")
        if len(parts) == 1:  # a label line alone
            label = parts[0]
            continue
        first = parts[0]
        if first.endswith(":") and not first.startswith("("):
            label = first
            rest = parts[1:]
            marker = ""
        else:
            marker = first
            rest = parts[1:]
        person = (
            " ".join(x for x in rest if x)
            if len(rest) < 2
            else f"{rest[0]} ({rest[1]})"
            if False
            else "\t".join(rest)
        )
        rows.append([label, marker, person])
        label = ""
    notes = [s for s in L[stop : L.index("1. APOLOGIES")] if s.strip()]
    body = L[L.index("1. APOLOGIES") :]

    def person_cells(p):
        return p.split("\t") if "\t" in p else [p, ""]

    # PDF: a four-column table label | marker | name | role
    h = [
        "<p style='text-align:center'><b>NORTHERN IRELAND POLICING BOARD</b></p>",
        f"<p style='text-align:center'><b>{e(L[1])}</b></p>",
        "<table>",
    ]
    for lab, mk, p in rows:
        n, r = person_cells(p)
        h.append(
            f"<tr><td style='width:48mm'><b>{e(lab)}</b></td><td style='width:9mm'>{e(mk)}</td><td>{e(n)}</td><td>{e(r)}</td></tr>"
        )
    h.append("</table>")
    h += [f"<p style='font-size:9pt;margin:1pt 0'>{e(s)}</p>" for s in notes]
    for s in body:
        s = s.strip()
        if not s:
            continue
        if re.match(r"^\d\. ", s):
            h.append(f"<h2>{e(s)}</h2>")
        elif s == "It was RESOLVED:-":
            h.append(f"<p>{e(s)}</p>")
        elif s.startswith("That the minutes"):
            h.append(f"<p style='margin-left:15mm'><b>{e(s)}</b></p>")
        else:
            h.append(f"<p>{e(s)}</p>")
    pdf(name, "".join(h), "OFFICIAL", "427306", "counter(page)")
    # Word: same table, headings bold with their numbers typed, Word's header/footer
    doc = Document()
    header_footer(doc, "OFFICIAL", "427306    ", page_of=False)
    p = bold_para(doc, "NORTHERN IRELAND POLICING BOARD")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = bold_para(doc, L[1])
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = doc.add_table(rows=0, cols=4)
    for lab, mk, pp in rows:
        n, r = person_cells(pp)
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text, c[3].text = lab, mk, n, r
    for s in notes:
        q = doc.add_paragraph(s)
        q.runs[0].font.size = Pt(9)
    for s in body:
        s = s.strip()
        if not s:
            continue
        if re.match(r"^\d\. ", s):
            bold_para(doc, s)
        else:
            doc.add_paragraph(s)
    doc.save(HERE / f"{name}.docx")
    return {
        "pdf": "WeasyPrint: title lines centred bold; attendance as a borderless four-column table: label cell "
        "('PRESENT:', 'ABSENT:', 'POLICE SERVICE OF NORTHERN IRELAND IN ATTENDANCE:', ... only on its group's "
        "first row) | attendance marker '(1)'-(4) | name | role ('Chair', 'Vice-Chair*'; officials' 'Name, Post' "
        "in the name cell); the marker notes and '*Attended meeting by video conference facility' in small type; "
        "headings '1. APOLOGIES' as h2; 'It was RESOLVED:-' then the resolution indented bold; running header "
        "'OFFICIAL' left, the document number '427306' right, the page number alone at the foot",
        "docx": "Word: the same four-column table (no borders, no header row); headings bold paragraphs with the "
        "number typed ('1. APOLOGIES'); header 'OFFICIAL', footer '427306    Page {PAGE}'",
    }


# ================================================================ 6. Somerset LCN: .txt + .docx
def somerset():
    name = "somerset-lcn-2023-06-19"
    shutil.copy(SRC / f"{name}.txt", HERE / f"{name}.txt")
    L = lines(name)
    doc = Document()
    header_footer(doc, "Somerset Council", "Levels and Moors LCN – 19 June 2023 – ")
    items = numbering(doc, [("decimal", "%1.", 567)])
    noms = numbering(doc, [("decimal", "%1.", 1134)])
    bullets = numbering(doc, [("bullet", "•", 1134)])
    doc.add_paragraph(L[0], style="Title")
    for s in L[1:4]:
        doc.add_paragraph(s)
    current_noms = None
    for s in L[4:]:
        s = s.strip()
        if not s:
            continue
        m = re.match(r"^(\d)\. (.+)$", s)
        if m and m.group(2).startswith(("To appoint", "Apologies")):
            listed(doc.add_paragraph(m.group(2), style="Heading 1"), items)
            current_noms = None
        elif m:
            if current_noms is None:
                current_noms = restart(doc, noms)
            listed(doc.add_paragraph(m.group(2)), current_noms)
        elif s.startswith("• "):
            listed(doc.add_paragraph(s[2:]), bullets)
        elif s in ("Nominations:", "Resolved:"):
            bold_para(doc, s)
        else:
            doc.add_paragraph(s)
    doc.save(HERE / f"{name}.docx")
    return {
        "txt": "pasted from the council's web page: the network's name, the date line 'Monday, 19th June, 2023', "
        "'Venue:' and 'Contact:' lines; items '1. To appoint the Chair ...', within each a numbered list of "
        "nominations '1. Cllr ...' '2. Cllr ...' (the same numbers as the items), 'Resolved:' alone over the "
        "votes; the apologies as '• Name, body' bullets inside item 3",
        "docx": "Word: the name in the Title style; item headings Heading 1 numbered by Word's list ('%1.'); the "
        "nominations a second Word list restarted at 1 in each item (number not in the text); 'Nominations:' "
        "and 'Resolved:' bold paragraphs; apologies a Word bullet list; header 'Somerset Council', footer "
        "'Levels and Moors LCN – 19 June 2023 – Page {PAGE} of {NUMPAGES}'",
    }


if __name__ == "__main__":
    layouts = {
        "sgsa-2015-12-08": sgsa(),
        "lanarkshire-cja-2011-12-02": lanarkshire(),
        "oban-cpg-2018-11-14": oban(),
        "lltnp-cp-2015-01-22": lltnp(),
        "nipb-2020-10-01": nipb(),
        "somerset-lcn-2023-06-19": somerset(),
    }
    keys.write(layouts)
    for f in sorted(HERE.glob("*.*")):
        if f.suffix in (".txt", ".docx", ".pdf"):
            print(f.name, f.stat().st_size)
