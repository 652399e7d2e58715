"""Builds the Word and PDF records of tests/data/real-fresh-47, the outside tester's files of
7 December 2026 (issue 15; /work/notes/qa/make_files.py, their maker, copied with the output
written here and the files named without the tester's 'Fn-'), from the real minutes' text that
sources/<name>.txt gives in the seventeenth set's source format. As the tester built them: Word
(python-docx) with Word's own numbering written into numbering.xml (abstractNum 90: '%1.',
'%1.%2', '(%3)'), tables as the clerks laid them out (the Liverpool CCG's name | role attendance
and number | text | owner items, Milford Haven's two columns of councillors and its RESOLVED in a
table cell), headers and 'Page N of M' footers from Word's PAGE and NUMPAGES fields; PDF
(WeasyPrint) with a running header, a footer and 'Page N of M' (Haverfordwest's folio, label |
names attendance and number | minute table; Pembroke's three-line title; the West Sussex league's
agenda and fee tables). The three text files are sources/<name>.txt as they are (web pages
copied).

    .venv/bin/python tests/data/real-fresh-47/make_files.py
"""

import shutil
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
TEXT = (
    "gore-court-agm-2006-03-20",
    "bishop-auckland-bridge-agm-2015-03-05",
    "racecourse-ward-ra-2024-09-29",
)


def numbered_doc():
    """A Document whose numbering.xml has a multi-level decimal list (abstractNum 90, num 90)."""
    doc = Document()
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), "90")
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    absn.append(mlt)
    for ilvl, (fmt, text) in enumerate(
        [("decimal", "%1."), ("decimal", "%1.%2"), ("lowerLetter", "(%3)")]
    ):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (
            ("w:start", "1"),
            ("w:numFmt", fmt),
            ("w:lvlText", text),
            ("w:lvlJc", "left"),
        ):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(567 * (ilvl + 1)))
        ind.set(qn("w:hanging"), "567")
        ppr.append(ind)
        lvl.append(ppr)
        absn.append(lvl)
    numbering.insert(0, absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), "90")
    num.append(a)
    numbering.append(num)
    return doc


def numbered(doc, text, level=0, bold=False, style=None):
    p = doc.add_paragraph(style=style)
    run = p.add_run(text)
    run.bold = bold
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(level))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), "90")
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)
    return p


def page_field(paragraph, prefix="Page ", with_total=True):
    paragraph.add_run(prefix)
    for instr in ["PAGE"] + (["NUMPAGES"] if with_total else []):
        r = paragraph.add_run()
        b = OxmlElement("w:fldChar")
        b.set(qn("w:fldCharType"), "begin")
        r._r.append(b)
        r2 = paragraph.add_run()
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = f" {instr} "
        r2._r.append(it)
        r3 = paragraph.add_run()
        s = OxmlElement("w:fldChar")
        s.set(qn("w:fldCharType"), "separate")
        r3._r.append(s)
        paragraph.add_run("1")
        r4 = paragraph.add_run()
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), "end")
        r4._r.append(e)
        if instr == "PAGE" and with_total:
            paragraph.add_run(" of ")


def header_footer(doc, header, footer_prefix="Page "):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(fp, footer_prefix)


def table(doc, rows, widths=None, header=False):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for c, val in zip(cells, row, strict=False):
            c.text = ""
            lines = val.split("\n")
            c.paragraphs[0].add_run(lines[0]).bold = header and i == 0
            for extra in lines[1:]:
                c.add_paragraph(extra)
    return t


# ---------------- F1 Chichester Runners AGM 2017: docx, Word automatic numbering -------------
def f1():
    doc = numbered_doc()
    header_footer(doc, "Chichester Runners & AC – Draft AGM Minutes 2017")
    p = doc.add_paragraph()
    p.add_run("Chichester Runners & Athletic Club").bold = True
    doc.add_paragraph("Draft Minutes of the 33rd Annual General Meeting")
    doc.add_paragraph("held at the Sports Pavilion, Chichester College")
    doc.add_paragraph("on Monday 20th November 2017.")
    numbered(doc, "Welcome by Chairman:", bold=True)
    doc.add_paragraph(
        "After drawing the ballot for the one London Marathon club place, at 8:06 pm the chairman "
        "welcomed thirty-six members to the 33rd Annual General Meeting (AGM) of the club."
    )
    numbered(doc, "Apologises for absence:", bold=True)
    doc.add_paragraph(
        "There were twelve formal apologises for absence namely from Grahame Brown, Elaine Cruttenden, "
        "Margaret Enstone, Jackie Sage, Sara Ellis, Amanda Godfrey, Janice Betts, Tom Pritchard, "
        "Graham Woodward, Peter Robinson, Lorna Turner and Mike Houston."
    )
    numbered(doc, "Approval of Minutes of last AGM:", bold=True)
    doc.add_paragraph(
        "The chairman referred to the minutes of the meeting held on 28th November 2016 that had been "
        "circulated by email to members before the meeting. There were no queries and therefore Graham "
        "Jessop proposed acceptance of the minutes as drafted, seconded by Joanne Brown. The minutes were "
        "unanimously approved and subsequently signed by the chairman as a true record of the 2016 AGM."
    )
    numbered(doc, "Matters arising:", bold=True)
    doc.add_paragraph(
        "There were no matters arising from the minutes that were not due to be discussed later in the meeting."
    )
    numbered(doc, "Club Report:", bold=True)
    doc.add_paragraph(
        "The chairman referred to the written report circulated by email before the meeting. He highlighted "
        "a membership of 561, the highest in the club’s history, and the successful series of Beginners’ Groups."
    )
    doc.add_paragraph(
        "The chairman added that dedicated Team Managers were needed for XC matches as well as larger squads "
        "for the West Sussex Fun Run League. ACTION: Committee to seek volunteer Team Managers."
    )
    doc.add_paragraph(
        "David Worcester on behalf of the club congratulated Jessica Breach on her high level of achievement "
        "in competition last summer. No other matters were raised by members."
    )
    numbered(doc, "Hon. Treasurer’s Report:", bold=True)
    doc.add_paragraph(
        "David Barty referred to the Income and Expenditure Account and Balance Sheet circulated before the meeting."
    )
    doc.save(HERE / "chichester-runners-agm-2017-11-20.docx")


# ---------------- F2 NHS Liverpool CCG Governing Body: docx, attendee tables, header/footer ------
def f2():
    doc = numbered_doc()
    header_footer(doc, "NHS Liverpool CCG Governing Body – 8 December 2015", footer_prefix="Page ")
    for line in (
        "NHS LIVERPOOL CLINICAL COMMISSIONING GROUP",
        "GOVERNING BODY",
        "Minutes of meeting held on TUESDAY 8TH DECEMBER 2015 1pm",
        "BOARDROOM, THE DEPARTMENT, LEWIS’S BUILDING",
    ):
        doc.add_paragraph().add_run(line).bold = True
    doc.add_paragraph().add_run("PRESENT:").bold = True
    table(
        doc,
        [
            ("VOTING MEMBERS:", ""),
            ("Dr Nadim Fazlani", "Chair/GP"),
            ("Katherine Sheerin", "Chief Officer"),
            ("Prof Maureen Williams", "Lay Member – Governance/Deputy Chair"),
            ("Dr Simon Bowers", "GP/Clinical Vice Chair"),
            ("Dave Antrobus", "Lay Member – Patient Engagement"),
            ("Jane Lunt", "Head of Quality/Chief Nurse"),
            ("Dr Maurice Smith", "GP"),
            ("Tom Jackson", "Chief Finance Officer"),
            ("Moira Cain", "Practice Nurse"),
            ("Dr Donal O’Donoghue", "Secondary Care Doctor"),
            ("NON VOTING MEMBERS:", ""),
            ("Dr David Webster", "GP – Matchworks Locality Chair"),
            ("Dr Paula Finnerty", "GP – North Locality Chair"),
            ("Dr Sandra Davies", "Director of Public Health"),
            ("Dr Rob Barnett", "LMC Secretary"),
        ],
    )
    doc.add_paragraph().add_run("IN ATTENDANCE:").bold = True
    table(
        doc,
        [
            ("Carole Hill", "Healthy Liverpool Integrated Programme Director"),
            ("Samih Kalakeche", "Director of Adult Services & Health, Liverpool City Council"),
            ("Phil Wadeson", "Director of Finance, NHS England Sub Regional Team"),
            ("Paula Jones", "Minutes"),
        ],
    )
    doc.add_paragraph().add_run("APOLOGIES:").bold = True
    table(
        doc,
        [
            ("Lynn Collins", "Chair of Healthwatch Liverpool"),
            ("Alison Ormrod", "Interim Head of Finance"),
            ("Councillor Roz Gladden", "Liverpool City Council"),
        ],
    )
    doc.add_paragraph("Public: 6")
    doc.add_paragraph().add_run("PART 1: INTRODUCTIONS & APOLOGIES").bold = True
    doc.add_paragraph(
        "Introductions were made for the benefit of the members of the public present."
    )
    table(
        doc,
        [
            ("1.1", "DECLARATIONS OF INTEREST", ""),
            ("", "There were no declarations of interest specific to the meeting.", ""),
            ("1.2", "MINUTES & ACTION POINTS FROM THE LAST MEETING", ""),
            (
                "",
                "The minutes of the previous meeting on 10th Nov 2015 were agreed as an accurate record of the discussions that had taken place.",
                "",
            ),
            ("1.3", "MATTERS ARISING", ""),
            (
                "1.3.1",
                "Action Point One – it was noted that the changes to the Primary Care Commissioning Committee terms of reference would be brought to the January meeting.",
                "KS",
            ),
            ("2.1", "FEEDBACK FROM COMMITTEES", ""),
            (
                "",
                "The Governing Body received the report on the Audit Risk & Scrutiny Committee from Prof Maureen Williams.",
                "",
            ),
            ("", "The Governing Body is asked to note the report.", ""),
        ],
    )
    doc.save(HERE / "liverpool-ccg-governing-body-2015-12-08.docx")


# ---------------- F4 St Mary's Island Residents' Association (SMIRA): docx, "Item 1/13:" --------
def f4():
    doc = Document()
    header_footer(doc, "SMIRA Board Minutes 15/01/2013")
    doc.add_paragraph().add_run(
        "Minutes of the Board Meeting of St. Mary’s Island Residents’ Association Ltd. (SMIRA) "
        "held at the Community Centre on Tuesday 15th January 2013 commencing at 7:00pm"
    ).bold = True
    for label, text in (
        ("Present:", ""),
        ("Chair:", "David Taylor (DT)"),
        ("Directors:", "Leslie James, Barry Woolford, Keith Robinson, Bob Muid."),
        (
            "Visiting Members:",
            "Paul Witty, Vanessa Punnett, Arthur Fearria, Roger Best, Susan Price.",
        ),
        ("CMT Representatives:", "Kerry Rudge (Residential Services Officer)"),
        ("Medway Councillors:", "Craig Mackinlay"),
        (
            "Invited Guests:",
            "Yusuf Çinar (Community Safety Officer), Sue Kemsley (PCSO), Jill Brotherwood (Moat Housing), Martin Simmons (Kent Fire)",
        ),
        (
            "Apologies for absence:",
            "Cllr. Andrew Mackness, Matthew Hill (CMT), Alan Sneller, Sonia Allen. Steve Farrin may be late.",
        ),
    ):
        p = doc.add_paragraph()
        p.add_run(label + " ").bold = True
        p.add_run(text)
    p = doc.add_paragraph()
    p.add_run("Item 1/13: Minutes of the previous meeting: ").bold = True
    p.add_run(
        "The minutes of the last meeting were approved subject to a few amendments; proposed by Carol Curness de Witty, seconded by Keith Robinson."
    )
    p = doc.add_paragraph()
    p.add_run("Item 2/13: Matters arising:").bold = True
    p = doc.add_paragraph()
    p.add_run("No right turn at the Co-op from SMI").underline = True
    doc.add_paragraph(
        "There have been a number of incidents where cars from St. Mary’s Island have turned right from the bridge "
        "into the road leading to the Co-op (this is a no right turn). This land is adopted highway and the responsibility of Medway Council."
    )
    doc.add_paragraph(
        "The plan is to extend the pedestrian crossing island southwards by a few metres to engineer-out the ability "
        "for vehicles to turn right at that location. CMT and Cllrs Andrew Mackness and Craig Mackinlay have agreed to cover the cost."
    )
    p = doc.add_paragraph()
    p.add_run("Post Meeting Note: ").italic = True
    p.add_run(
        "This matter is now delayed as Medway Council insist that they use their own preferred contractor."
    )
    p = doc.add_paragraph()
    p.add_run("Action: DT to write to Medway Council asking for a date for the works.").bold = True
    doc.save(HERE / "smira-board-2013-01-15.docx")


# ---------------- F8 Milford Haven Town Council: docx, councillors in two-column table -----------
def f8():
    doc = numbered_doc()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "M I L F O R D   H A V E N   T O W N   C O U N C I L"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    page_field(fp, "", with_total=False)
    for line in (
        "Minutes of a Meeting of the Milford Haven Town Council",
        "held at the Council Chamber, Town Hall, Milford Haven",
        "on Monday, 27th July, 2015 at 7:15 pm",
    ):
        doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph().add_run("PRESENT").bold = True
    doc.add_paragraph("The Mayor (Councillor S. G. Joseph)")
    doc.add_paragraph("Councillors:")
    table(
        doc,
        [
            ("J. W. Cole", "A. W. Eden"),
            ("R. D. Evans", "R. Gray"),
            ("E. R. Harries", "A. H. Miles"),
            ("M. P. Rickard", "C. A. Sharp"),
            ("D. R. Sinnett", "Mrs. Y. G. Southwell"),
            ("G. Woodham MBA (Open) LL.B (Hons)", ""),
        ],
    )
    doc.add_paragraph("The Mayor apologised for the late start of the meeting.")
    numbered(doc, "PRAYERS:", bold=True)
    doc.add_paragraph("Prayers were led by the Mayor’s Chaplain, Mrs. N. Joseph.")
    numbered(doc, "APOLOGIES:", bold=True)
    doc.add_paragraph(
        "Apologies for absence were received from the Deputy Mayor, Councillor W. D. Elliott BA, and Councillors "
        "A. E. Byrne, M. J. Norman and Mrs. C. Stevens. Apologies for absence were not received from Councillor Mrs. J. Hawkins."
    )
    numbered(doc, "MINUTES:", bold=True)
    table(
        doc,
        [
            (
                "",
                "RESOLVED THAT the Minutes of the Meeting of the Milford Haven Town Council held on the 29th June, 2015, be accepted and that they be signed by the Mayor as a true record.",
            )
        ],
    )
    numbered(doc, "MAYOR’S ANNOUNCEMENTS:", bold=True)
    numbered(doc, "Councillor A. H. Miles:", level=2)
    doc.add_paragraph(
        "Councillor Miles expressed regret for an incident at the last Finance and General Purposes Committee Meeting, "
        "which was reported by the local press. He affirmed that he did not include the names of other Councillors in his comments."
    )
    doc.add_paragraph(
        "A Member said that he intended to raise this issue under the Finance and General Purposes Committee Minutes."
    )
    numbered(doc, "Mayor’s Engagements:", level=2)
    doc.add_paragraph("Members were informed of the Mayor’s Engagements since 10th July, 2015:")
    doc.add_paragraph(
        "11th July, 2015\t-\tMilford Haven Town Band Concert (attended by the Deputy Mayor)."
    )
    doc.add_paragraph("17th July, 2015\t-\tOpened “Living Well” at Hubberston Resource Centre.")
    doc.save(HERE / "milford-haven-tc-2015-07-27.docx")


# ---------------- PDFs with WeasyPrint ----------------------------------------------------------
CSS = """
@page { size: A4; margin: 22mm 18mm;
  @top-center { content: "%s"; font-size: 9pt; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 9pt; }
  @bottom-left { content: "%s"; font-size: 9pt; } }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; }
table { border-collapse: collapse; width: 100%%; } td, th { border: 1px solid #444; padding: 3px 5px; vertical-align: top; }
h1 { font-size: 12pt; text-align: center; } .min td:first-child { width: 14mm; font-weight: bold; }
"""


def pdf(name, header, footer, body):
    from weasyprint import HTML

    HTML(
        string=f"<html><head><style>{CSS % (header, footer)}</style></head><body>{body}</body></html>"
    ).write_pdf(HERE / name)


def f3():
    body = """
<p style="text-align:right">88/17</p>
<h1>MINUTES OF A MEETING OF FULL COUNCIL HELD ON WEDNESDAY 20<sup>th</sup> SEPTEMBER 2017 AT 7PM IN THE COUNCIL CHAMBER, PICTON HOUSE, HAVERFORDWEST</h1>
<table class="min" style="border:none"><tr><td style="border:none">PRESENT:</td><td style="border:none">Cllr A Buckfield (Mayor)<br>Cllr A Brooker<br>Cllr C Evans<br>Cllr A Griffiths<br>Cllr A V Griffiths<br>Cllr S Hooper<br>Cllr G Howell<br>Cllr D Jones<br>Cllr P Jones<br>Cllr J Morgans<br>Cllr Mrs S Murray<br>Cllr C Thomas</td></tr>
<tr><td style="border:none">APOLOGIES:</td><td style="border:none">Cllr J Collier<br>Cllr J Fulker<br>Cllr P Iles<br>Cllr Mrs B Morgans<br>Cllr L Pepperell<br>Rev Fr N Cale, Mayor’s Chaplain<br>Mr M Cavanagh, PCC Link Officer<br>County Cllr A Tudor</td></tr></table>
<p>The Town Clerk and Deputy Town Clerk were in attendance. Mr D Thomas, PCC Link Officer, was in attendance. County Cllrs D Bryan, T Evans and T Tudor were in attendance.</p>
<p>Prior to the meeting, Space to Create gave an overview of their proposed Heritage Lottery Fund Stage 2 application bid under the ‘Great Place’ scheme.</p>
<table class="min">
<tr><td>1358</td><td><b>DECLARATIONS OF INTEREST FROM MEMBERS</b><br>Declarations of interest from members will be taken as and when they arise.</td></tr>
<tr><td>1359</td><td><b>MINUTES OF THE LAST FULL COUNCIL MEETING</b><br><b>RESOLVED:</b> The minutes of the Full Council meeting held on 19<sup>th</sup> July 2017 were confirmed and signed as a true record</td></tr>
<tr><td>1360</td><td><b>MATTERS ARISING FROM THE RESOLUTIONS IN THE MINUTES OF 19 JULY 2017</b><br>There were no matters arising from the resolutions in the minutes of 19<sup>th</sup> July 2017.</td></tr>
<tr><td>1361</td><td><b>GREAT PLACE SCHEME</b><br>Members discussed the presentation given before the meeting.<br><b>RESOLVED:</b> That the Town Council supports the Stage 2 bid in principle and that the Town Clerk writes to Space to Create to confirm.</td></tr>
</table>"""
    pdf(
        "haverfordwest-tc-2017-09-20.pdf",
        "Full Council 20 September 2017",
        "Haverfordwest Town Council",
        body,
    )


def f7():
    body = """
<h1>MINUTES OF THE ORDINARY MEETING OF THE PEMBROKE TOWN COUNCIL HELD AT THE TOWN HALL, PEMBROKE ON THURSDAY 13th JUNE 2019</h1>
<p><b>Present:</b> Councillors:<br>G Jones (Mayor) L Asman (Deputy Mayor), R Blackburn, A Cooke, D Evans, J Nutting, K Nicholas. J Harvey, C Collins, D Bush,</p>
<p><b>In attendance:</b><br>Suzie Thomas (Town Clerk) Jayne Howes (Assistant Town Clerk)</p>
<p>Mr Paul Watkins, Waste Improvement Management, of County Council gave Council an update on the Litter Enforcement Contract, which had been agreed with the Scrutiny Committee to extend for one year. The contract was self funding. Following a lengthy discussion on fly posting and dog fouling, the Mayor thanked Mr Watkins for attending.</p>
<p><b>24. APOLOGIES FOR ABSENCE / DECLARATIONS OF INTEREST</b> Cllrs A Brinn, A Carey, C Doyle, L Brown, M Phillips.</p>
<p><b>25. QUESTIONS AND ANSWER SESSION WITH MEMBERS OF THE PUBLIC</b> No members of the public submitted any questions.</p>
<p><b>26. TO SIGN AND CONFIRM THE MINUTES OF THE MEETING ON 16TH MAY 2019</b> The minutes of 16th May 2019 were accepted as an accurate record, and were moved by Councillor Evans and seconded by Councillor Blackburn.</p>
<p><b>27. MATTERS ARISING FROM THE MINUTES</b></p>
<p>a) Eastend Roundabout (Reply from Mr Ian Westley attached)</p>
<p>The response from Mr Westley was discussed. Following the discussion it was resolved for the Clerk to write to the Police to see if it would be feasible to have an officer at the roundabout monitoring the traffic.</p>
<p>b) Response from Dr Stephen Jones regarding Link Officers below:</p>
<p style="margin-left:10mm"><i>Dear Mayor/Chairman and Town Clerk</i></p>
<p style="margin-left:10mm"><i>I am writing to advise you that following a review overseen by the Council's Partnerships Overview and Scrutiny Committee, the Council's Cabinet decided (at its meeting on Monday 13 May) to terminate the Town Council Link Officer pilot scheme.</i></p>
<p>Members noted the letter.</p>"""
    pdf(
        "pembroke-tc-2019-06-13.pdf",
        "Pembroke Town Council – 13 June 2019",
        "Signed ………………… Mayor",
        body,
    )


def f10():
    body = """
<h1>Annual General Meeting of the West Sussex Fun Run League</h1>
<p style="text-align:center">Held at Steyning Athletics Club, Sunday 20th November 2016, 10:00am.</p>
<table><tr><th></th><th>Item</th><th>By whom</th><th>Duration</th></tr>
<tr><td>1</td><td>Introduction of all reps and welcome to any new reps.</td><td>All</td><td>10 mins</td></tr>
<tr><td>2</td><td>Matters arising from the previous AGM and half-year meeting – dealt with under the main agenda items below.</td><td></td><td>5 mins</td></tr>
<tr><td>3</td><td>Review of 2016. Attendance figures etc.</td><td>Phil</td><td>10 mins</td></tr>
<tr><td>4</td><td>League Administration<br>a) To confirm membership of existing clubs for next year<br>b) Confirmation of contact details for all reps<br>c) To confirm race fees for 2017</td><td>Jill</td><td>10 mins</td></tr>
<tr><td>5</td><td>League Finances – review of accounts; agreement of 2017 membership fees</td><td>Ray</td><td>10 mins</td></tr>
<tr><td>6</td><td>Election of officers and thanks for work done this year. New cheque signatory required</td><td>All</td><td>5 mins</td></tr>
<tr><td>7</td><td>AOB</td><td>Ray</td><td>5 mins</td></tr></table>
<h2 style="font-size:11pt">Minutes</h2>
<p><b>3. Review of the year:</b> Phil.</p>
<p><b>4. League Administration</b></p>
<p>a) Membership of the League for 2016: Southwick Strollers? Requests from Tone Zone and Team Synergy – not followed up (by them). The proposal is that membership continues as is currently for 2016.</p>
<p>b) Rep Contact Details: to be confirmed prior to AGM by email to Jill.</p>
<p>c) Race fees for 2017: Discussed at half year meeting. Dave Harris of GRR has higher expenses due to his race date but has not requested an increase for 2017. We will agree fees for 2018 at the half yearly meeting.</p>
<p>The proposal is to retain race entry fees for 2017 at the same level, as follows:</p>
<table><tr><th></th><th>Senior WSFRL</th><th>Senior non-league</th><th>Junior WSFRL</th><th>Junior non-league</th></tr>
<tr><td>In advance</td><td>£3</td><td>£7</td><td>£1</td><td>£1</td></tr></table>
<p><b>Agreed.</b></p>"""
    pdf(
        "wsfrl-agm-2016-11-20.pdf", "WSFRL AGM 20 November 2016", "West Sussex Fun Run League", body
    )


def texts():
    for name in TEXT:
        shutil.copyfile(HERE / "sources" / f"{name}.txt", HERE / f"{name}.txt")


if __name__ == "__main__":
    f1()
    f2()
    f3()
    f4()
    f7()
    f8()
    f10()
    texts()
