"""Builds the Word and PDF records of tests/data/real-fresh-50, the outside tester's files of
8 December 2026 (issue 15; /work/notes/qa/make_files.py, their maker, copied with the output
written here and the files named without the tester's 'Fn-'): openings of ten real UK minutes
(found in the `pages` corpus; addresses in each key's `source`), lightly shortened. Word
(python-docx) with Word's own numbering in numbering.xml, tables as the clerks laid them out,
headers and 'Page N of M' footers from PAGE/NUMPAGES fields; PDF (WeasyPrint) with running header
and footer; the three text files written from TEXTS below as they are.

    .venv/bin/python tests/data/real-fresh-50/make_files.py
"""

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
LEVELS = [("decimal", "%1."), ("decimal", "%1.%2"), ("lowerLetter", "(%3)")]


def numbered_doc(levels=LEVELS):
    """A Document whose numbering.xml has a multi-level decimal list (abstractNum 90, num 90)."""
    doc = Document()
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), "90")
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    absn.append(mlt)
    for ilvl, (fmt, text) in enumerate(levels):
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


def para(doc, text, bold=False, style=None):
    p = doc.add_paragraph(style=style)
    p.add_run(text).bold = bold
    return p


# ---------------- F2 Highland Area Pharmaceutical Committee 27.11.2006: docx, label|names table ----
def f2():
    doc = numbered_doc()
    header_footer(doc, "Area Pharmaceutical Committee – 27 November 2006")
    for line in ("NHS Highland", "Assynt House, Beechwood Park, Inverness, IV2 3HG"):
        para(doc, line)
    para(doc, "MINUTE of MEETING of the AREA PHARMACEUTICAL COMMITTEE", bold=True)
    para(doc, "Board Room, Assynt House")
    para(doc, "27 November 2006 – 10.00 am")
    table(
        doc,
        [
            (
                "Present",
                "Dr David Raeburn (Chairman)\nMr Colin Costello\nMr John Cromarty\nMr Alex Kelso\n"
                "Ms Wendy Laing\nMs Fiona MacFarlane\nMs Sandra Melville (by videolink)\n"
                "Ms Clare Morrison\nMs Mary Morton\nMr Peter Mutton\nMs Fiona Nicholas\nMr Andrew Paterson",
            ),
            ("In Attendance", "Mrs Barbara Simpson, Board Committee Administrator"),
        ],
    )
    numbered(doc, "WELCOME AND APOLOGIES", bold=True)
    para(
        doc,
        "Apologies were received from Ms Catherine Beaton, Mr Gareth Dixon, Mr Scott Nicol, "
        "Ms Sharon Pfleger and Ms Fiona Thomson.",
    )
    numbered(doc, "AREA PHARMACEUTICAL COMMITTEE, APRIL 2006 – MARCH 2009", bold=True)
    numbered(doc, "Appointment of Office Bearers – Vice-Chairman and Secretary", level=1, bold=True)
    para(doc, "The following appointment was made:")
    para(
        doc,
        "Vice-Chairman - Ms Fiona MacFarlane (nominated by Professor Cromarty and seconded by Dr Raeburn)",
    )
    para(
        doc,
        "Secretary – As there were no volunteers forthcoming and on the suggestion of Professor Cromarty, "
        "Dr Raeburn agreed to write to members to inform them of the importance of the role of Secretary "
        "to the Committee and urge for a volunteer. Professor Cromarty was happy to participate in this draft.",
    )
    para(doc, "The Committee:", bold=True)
    numbered(doc, "Noted the appointment of Ms Fiona MacFarlane as Vice-Chairman.", level=2)
    numbered(
        doc,
        "Remitted to Dr Raeburn and Professor Cromarty to draft a letter to members informing them of the "
        "importance of the role of Secretary to the Committee and urge for a volunteer.",
        level=2,
    )
    numbered(doc, "Election of Representatives 2006 – 2009", level=1, bold=True)
    para(doc, "Representatives were appointed as follows:")
    para(doc, "Pharmacy Practices Committee", bold=True)
    para(doc, "Ms Fiona Nicholas", style="List Bullet")
    para(doc, "Mr Gareth Dixon (nominated by Dr Raeburn – to be confirmed)", style="List Bullet")
    doc.save(HERE / "highland-apc-2006-11-27.docx")


# ---------------- F3 Leicestershire & Rutland LPC 8.12.2014: docx, attendance and minute|action tables
def f3():
    doc = Document()
    header_footer(doc, "LRPC Committee Meeting – 8 December 2014 – DRAFT")
    para(doc, "Leicestershire & Rutland Pharmaceutical Committee Meeting", bold=True)
    para(doc, "Monday, 8th December 2014")
    para(doc, "The Peepul Centre, Orchardson Avenue, Leicester LE4 6DP")
    table(
        doc,
        [
            (
                "Present:",
                "Sejal Gohil, Vice-Chair (SG) - Acting Chair\nDavid Wood (DW) - Chief Officer\nSusan Hind (SH)\n"
                "Veronica Horne (VH) (Absent 11am – 2pm)\nJane Lumb (JL)",
                "Syma Raza Jones (SRJ)\nSatyan Kotecha (SK)\nAdam Thomas (AT)\nRajesh Vaitha (RV)\n"
                "Liz Harris (LH) - Administrator",
            ),
            (
                "Guests:",
                "Kay Bestall, NHS England Team",
                "Jo Elliott, Smoking Cessation, Leics County & Rutland",
            ),
            ("Apologies:", "Neena Lakhani (NL)\nDavid Smith (DS)", "Altaf Vaiya (AV)"),
        ],
    )
    doc.add_paragraph()
    table(
        doc,
        [
            ("Minute", "Action"),
            (
                "Introduction of new Chief Officer & Administrator\n"
                "SG introduced and welcomed David Wood, Chief Officer and Liz Harris, Administrator to the "
                "Committee and advised that as part of their induction, Liz had attended a meeting with "
                "Nottinghamshire LPC and David, Norwich LPC.",
                "",
            ),
            (
                "Declaration of Interests and Code of Conduct\n"
                "DW stated that these needed to be in line with the PSNC LPC Governance Guide which looked to "
                "incorporate the Nolan Principles of good governance, and the importance of keeping these up to date "
                "to avoid any misunderstanding or conflicts of interest.\n"
                "RV had been “caretaking” these and the Confidentiality Declarations, and as some were still "
                "outstanding, it was agreed that templates be checked for consistency and emailed to all Committee "
                "members to complete, sign and bring to the next meeting.\n"
                "DW reminded the committee that it must act in the best interest of all pharmacy contractors, "
                "notwithstanding whether they were elected by independent contractors or appointed by the CCA.",
                "\nRV",
            ),
        ],
        header=True,
    )
    # bold the item titles (first line of each minute cell)
    t = doc.tables[-1]
    for row in t.rows[1:]:
        row.cells[0].paragraphs[0].runs[0].bold = True
    doc.save(HERE / "lr-lpc-2014-12-08.docx")


# ---------------- F4 Central Ealing Neighbourhood Forum 10.6.2013: docx, 1 / a. / i. Word list -------
def f4():
    doc = numbered_doc([("decimal", "%1"), ("lowerLetter", "%2."), ("lowerRoman", "%3.")])
    header_footer(doc, "CENF Management Committee 10.06.13")
    para(doc, "Central Ealing Neighbourhood Forum Management Committee", bold=True)
    para(doc, "Meeting on Monday 10 June 2013, 10:00 am")
    para(doc, "at the Ealing BID Company Office, Walpole House")
    para(doc, "Minutes", bold=True)
    p = numbered(doc, "Present: ", bold=True)
    p.add_run(
        "Matthew Macmillan (MM) in the chair, Andrew Cazalet (AJC), Nick Woolven (NW), Cllr Ann Chapman (AC), "
        "Peter Smith (PS), Bob Gurd (RG), John Hummerston (JH), and Tony Miller (TM) (secretary)."
    )
    para(doc, "Apologies: were received from Julian Edmonds (JE) and Tony Burton (TB).")
    numbered(doc, "Chairmanship", bold=True)
    para(
        doc,
        "MM informed the meeting that he was leaving Ealing for a new job and was therefore resigning as "
        "interim Chair of the Forum with immediate effect. He proposed that NW should take his place pending "
        "any formal elections at a general meeting. This was seconded by PS and agreed by all.",
    )
    para(
        doc,
        "The meeting also expressed its thanks to MM for driving the business of the Forum forward and for "
        "the progress it had achieved.",
    )
    numbered(doc, "Minutes", bold=True)
    para(
        doc,
        "The minutes of the meeting of 7 May were agreed as a correct record. There were no matters arising "
        "not on the agenda.",
    )
    numbered(doc, "Report of 4 June Forum meeting", bold=True)
    numbered(
        doc,
        "The meeting had been converted into a workshop facilitated by TB on behalf of LBE at which a "
        "presentation was made by Angela Koch (ImaginePlaces) into developments in public engagement. The "
        "main topic was how we could better elicit positive responses from the community. Specific issues "
        "for the management committee were",
        level=1,
    )
    numbered(doc, "our lack of active people involved in community activities", level=2)
    numbered(doc, "the need for advice on how to analyse data collected", level=2)
    numbered(
        doc,
        "the need to understand better how to elicit “open” rather than “controlled” responses",
        level=2,
    )
    numbered(
        doc,
        "It was agreed we should move to a more open model but help was needed on how to do this.",
        level=1,
    )
    numbered(doc, "Engagement", bold=True)
    numbered(
        doc,
        "Funding TB had said that we still had to reach audiences not included in the proposals which had "
        "been drafted for the Council. It was agreed",
        level=1,
    )
    numbered(doc, "we should aim to reach agreement with the Council/TB on targets", level=2)
    numbered(doc, "to make immediate application for funding and distributing the leaflet", level=2)
    doc.save(HERE / "central-ealing-nf-2013-06-10.docx")


# ---------------- F5 Trull CC AGM 5.10.2015: docx, bullets under Word-numbered headings ---------------
def f5():
    doc = numbered_doc()
    header_footer(doc, "Trull Cricket Club")
    para(doc, "Trull CC AGM", bold=True)
    para(doc, "5 October 2015")
    para(doc, "Present:", bold=True)
    for n in (
        "R. Lines",
        "J.Spencer-Ward",
        "Barrett",
        "S. Morrish",
        "R. Morrish",
        "P. Morrish",
        "G. Miller",
        "J. Smith",
        "W. Parsons",
        "D. James",
        "G. Palmer",
    ):
        para(doc, n, style="List Bullet")
    items = [
        ("Apologies for Absence", ["D. O’Connell"]),
        ("Minutes of last Meeting", ["The minutes were read and agreed"]),
        ("Matters Arising", ["None"]),
        (
            "Chairman’s Report",
            [
                "The Chairman spoke of the success all teams enjoyed. The 1st XI finished 3rd in Division 4, the "
                "2nd XI finished 2nd in Division 8S and the 20/20 team got to the semi-final of the County Minor Cup.",
                "The Chairman said that the makeup of the divisions for next season had not yet been finalised.",
                "There were no disciplinary issues arising from the season. Both Trull CC teams had scored "
                "satisfactory Don Crouch scores.",
            ],
        ),
        (
            "Treasurers Report",
            [
                "There was more expenditure this season than last. A major cost will be the cutting of the outfield "
                "by an external Contractor. However, it was agreed that the benefits outweighed the cost.",
                "The costs incurred for the work to the pavilion had been paid for.",
                "The vast majority of the match fees had been collected and the revenue generated exceeded that of "
                "last year due to the increase in match fees and fewer games being called off.",
                "The fridge had been another major source of revenue. D. James was thanked.",
            ],
        ),
        (
            "Match Fees/Membership",
            [
                "The club voted to keep match fees and membership fees the same.",
                "The fees for junior coaching will be reviewed by J. Smith",
            ],
        ),
    ]
    for title, bullets in items:
        numbered(doc, title, bold=True)
        for b in bullets:
            para(doc, b, style="List Bullet")
    doc.save(HERE / "trull-cc-agm-2015-10-05.docx")


# ---------------- PDFs with WeasyPrint ----------------------------------------------------------
CSS = """
@page { size: A4; margin: 22mm 18mm;
  @top-center { content: "%s"; font-size: 9pt; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 9pt; }
  @bottom-left { content: "%s"; font-size: 9pt; } }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; }
table { border-collapse: collapse; width: 100%%; } td, th { padding: 2px 5px; vertical-align: top; }
h1 { font-size: 12pt; text-align: center; } .min td:first-child { width: 14mm; font-weight: bold; }
"""


def pdf(name, header, footer, body):
    from weasyprint import HTML

    HTML(
        string=f"<html><head><style>{CSS % (header, footer)}</style></head><body>{body}</body></html>"
    ).write_pdf(HERE / name)


# ---------------- F1 Epsom and Walton Downs Conservators 19.7.2006: PDF, minute-number column ------
def f1():
    body = """
<p>Minutes of the Meeting of the <b>EPSOM AND WALTON DOWNS CONSERVATORS</b> held at the Town Hall, The Parade, Epsom<br>on 19 July 2006<br>18.00 Hours</p>
<p><b>PRESENT</b> Councillor Jean Smith (Chairman); Councillors Simona Hartley, Chris Long, Jan Mason, Jean Steer and David Wood; Messrs Stephen Wallis and Nigel Whybrow (Epsom Downs Racecourse) and Mr Simon Dow (Horserace Betting Levy Board).</p>
<p>Officers present: David Smith (Clerk to the Conservators), Gerry Ball (Head Downskeeper) and Tim Richardson.</p>
<table class="min">
<tr><td>2838</td><td><b>MINUTES.</b> The Minutes of the meeting of the Conservators held on 19 April 2006 were agreed as a true record and signed by the Chairman.</td></tr>
<tr><td>2839</td><td><b>APOLOGIES FOR ABSENCE.</b> Apologies for absence were received from Mr Andrew Cooper (Epsom Downs Racecourse) and Mr Martyn Williams (Surrey County Council).</td></tr>
<tr><td>2840</td><td><b>HERITAGE LOTTERY FUND BID / BID TO A RACING RELATED CHARITY.</b> The Conservators received a verbal update from Stephen Wallis and were informed that meetings had been held with a potential backer. The Conservators noted that the emphasis of discussions would continue to be the educational aspects of the bid and that further progress would be reported to the next meeting.</td></tr>
<tr><td>2841</td><td><b>SIGN POSTING.</b> The Conservators received verbal reports from the Clerk and Head Downskeeper with regard to sign posting of the Downs, and potential artwork for signs was circulated to all Members at the meeting.<br><br>The Clerk informed the Conservators that priority would be given to warning notices on the Downs, and in particular the area at the bottom of Walton Road and near the hack sand, fibre sand and poly tracks, in addition to the area near the Downskeepers Hut and Old London Road.<br><br>The Conservators gave consideration to the draft sign artwork and were requested to choose between design A and B for each of the three signs.</td></tr>
</table>"""
    pdf(
        "epsom-walton-downs-2006-07-19.pdf",
        "Epsom and Ewell Borough Council",
        "Meeting of the E&W Downs Conservators, 19 July 2006",
        body,
    )


# ---------------- F6 Queen Camel Flood Committee 19.1.2017: PDF, initials, 1.1 numbered paragraphs --
def f6():
    body = """
<h1>Minutes of<br>Queen Camel Flood Committee Meeting<br>held on<br>Thursday 19th January 2017<br>6.30pm at ‘Shangri-La’</h1>
<p>Present: See Terms of Reference for Responsibilities ~ end of document.</p>
<p>Daniel Casley (DC)<br>Rosemary Heath-Coleman (RHC)<br>Nick Howman (NH)<br>Sue Howman (SH)<br>Maggie Hunter (MH)<br>Gary Linscott (GL)<br>Steve Millard (SM)<br>Arthur Thring (AT)<br>Martin Lilley (ML) [Voted on as a FC member – see 1.5 below]</p>
<p>Chairman: Gary Linscott chaired the meeting.</p>
<p>Apologies: SM Resignation: Alan Cole (AC) from the Flood Help Team &amp; the Flood Committee.</p>
<p><b>1. Welcome, Apologies &amp; Resignations</b></p>
<p>1.1 GL welcomed everyone and noted the above resignation. The committee expressed their thanks and appreciation to Alan for his help and support.</p>
<p>1.2 Replacement for A. Cole. See 3.1 &amp; 7.1. GL to liaise with SM regarding the situation.</p>
<p>1.3 Update on replacement for Laura Paul ~ although it is common knowledge that Chris Bennett (CB) is in line for the role as it has been mentioned at Parish Council meetings, the Police have yet to formally approve the replacement which means that the FC have not been notified. See 6.1.</p>
<p>1.4 Welcome Martin Lilley</p>
<p>1.5 Motion for Martin to be invited to become an FC member. Proposed by GL 2nd by RHC carried unanimously.</p>
<p><b>2. Minutes of Meeting of 3rd Nov 2016</b></p>
<p>GL mentioned that under the Terms of Reference: B Responsibilities. 1 ‘to reduce these identified risks to ‘As Low As Responsibly Practicable’ (ALARP)’ should change to ‘to reduce these identified risks to ‘As Low As Reasonably Practicable’ (ALARP)’.</p>
<p>This change was agreed and the Minutes of the last meeting accepted.</p>
<p><b>3. FC Terms of Reference / Responsibilities</b></p>
<p>Action brought forward:</p>
<p>3.4. TORs: RHC – Action completed. (Post meeting).</p>
"""
    pdf(
        "queen-camel-flood-2017-01-19.pdf",
        "Queen Camel Flood Committee",
        "QCFC Minutes 19.01.17",
        body,
    )


# ---------------- F7 Burnley and Pendle District Scouts Executive 29.5.2012: PDF --------------------
def f7():
    body = """
<p><b>Burnley and Pendle District Scout Council</b><br>District Executive Committee Meeting<br>Tuesday 29 May 2012 at The ACE Centre, Nelson at 1930 hrs<br>Meeting Minutes</p>
<p><b>1. Welcome</b><br>John Lloyd welcomed all to the meeting.</p>
<p><b>2. Attendees and apologies for absence</b><br>Neil Roper – apologies for absence.<br>Attendance: Simon Morley, Sam Lacey, Roger King, Beth Eckroyd, Mandy Burney-Cumming, Tim Eyre, Keith Cooke, Howard Mitchell, Jane Maloney, Neil Dawson, Les Riding, John Lloyd, Glen Fendall, Phil Riley, Di Mitchell, Matt Barnes</p>
<p>Peter Shorrock was welcomed to the meeting to discuss the possibility of extending the Explorer Unit further – see matters for future discussion.</p>
<p><b>3. Co-option of Keith Turbitt to the District Executive Committee</b><br>The role of District Active Support Unit Commissioner to be co-opted to the Exec was agreed – proposed by Les Riding and seconded by Di Mitchell. All were in favour of this.</p>
<p><b>4. District Finances – Statement from Simon (this item is not up for discussion)</b></p>
<p>“I feel that it is necessary to confirm the current decision that has been made about district finances. This is in order to save unnecessary concern and confusion by the executive.</p>
<p>I will advise you that there is currently no trust fund for development in place and I will not be imposing one. At the closure of both districts the finances inclusive of any ring fenced money pass onto the county for re designation. County have kindly agreed that the money will pass onto the new district in one lump sum.”</p>
"""
    pdf(
        "burnley-pendle-scouts-2012-05-29.pdf",
        "Burnley & Pendle District Scouts – Executive Minutes 29.05.12",
        "Burnley and Pendle District Scout Council",
        body,
    )


TEXTS = {
    "cwraa-allotments-2023-04-25.txt": """Clifton (Without) and Rawcliffe Allotments Association Committee Meeting 6.30pm 25/4/23 (Mitre Pub)
1) Apologies for absence Robin, Les, Stuart, Nigel
2) Present - Mark (Chair), Dorothy, Tony, Brenda, Michael, Geoff
3) Minutes of last meeting – accepted as correct
4) Matters arising – it was suggested that people who had produce stolen should report it to ensure we get a complete view of where/when the issue occurs
5) Secretary’s report – The Dean’s discount card has been renewed. Currently the contractor for the electrical cable cannot give a date for the work, nor advise on the scale of the disruption.
6) Treasurer’s report - Cash holdings on 25/04/23 - £149.65 plus £134 received from the rental of new plots after associated expenses deducted. This has now been paid into the bank leading to: Current account £1,000.00 Savings account £17,253.37
7) Lettings Officer’s report – all plots are now let. There are 35 people on the waiting list. The committee thanked Brenda for her work and the outcomes achieved.
8) Plot inspections – the following dates were agreed: Monday 15th May at 1330. Robin, Brenda and Michael. Monday 12th June at 1330. Robin, Brenda and Geoff.
9) AGM – Tuesday September 5/9/23 6.30pm in the car park at allotments (Dated changed since minutes were taken)
10) Any other business – when the notice board is available again information will be posted on who to contact regarding donating surplus produce to food banks and church groups. Action: Brenda
""",
    "maidstone-council-2020-02-26.txt": """MAIDSTONE BOROUGH COUNCIL

MINUTES OF THE MEETING OF MAIDSTONE BOROUGH COUNCIL HELD AT THE TOWN HALL, HIGH STREET, MAIDSTONE ON
26 FEBRUARY 2020

Present:
Councillor Mrs Ring (Mayor) and
Councillors Adkinson, Mrs Blackmore, Brice, Brindle, D Burton, M Burton, Chappell-Tay, Clark, Cox, Cuming, Daley, English, Eves, Fermor, Fissenden, Fort, Garland, Garten, Mrs Gooch, Mrs Grigg, Harper, Harvey, Harwood, Hastie, Hinder, Mrs Joy, Khadka, Kimmance, Lewins, McKay, Mortimer, Munford, Naghi, Newton, Parfitt-Reid, Perry, Powell, Mrs Robertson, D Rose, Round, J Sams, T Sams, Spooner, Springett, Vizzard, Webb and Young

101.     Minute's Silence

The Council stood in silence for one minute in memory of Councillor Mrs Wendy Hinder, a long-serving Member of the Borough Council and Maidstone's Deputy Mayor, who had passed away on 15 February 2020.

102.     Prayers

Prayers were said by Major Wesley Dinsmore of the Salvation Army.

103.     Recording of Proceedings

Councillor McKay indicated that he would be recording the proceedings.

104.     Apologies for Absence

It was noted that apologies for absence had been received from Councillors McLoughlin, Purle, M Rose and Wilby.

105.     Dispensations

There were no applications for dispensations.

106.     Disclosures by Members and Officers

There were no disclosures by Members.

The Chief Executive, on behalf of all members of staff present, disclosed an interest in the report of the Democracy and General Purposes Committee relating to the Pay Policy Statement 2020.

107.     Disclosures of Lobbying

There were no disclosures of lobbying.

108.     Exempt Items

RESOLVED:  That the items on the agenda be taken in public as proposed.
""",
    "chew-valley-flood-forum-2014-04-29.txt": """CHEW VALLEY FLOOD FORUM (CVFF)

Minutes of 7th Steering Committee Meeting Chew Magna 29 April 2014

Present:

Steering Committee - Rachel Wilson Co-Chair, John Wright acting Co-Chair, Roger Bowdler, John Gall, Iris Gall, Tony Hope, Phillip Hales

Mike Curtis Scott Parkman were not able to be present.

Rachel Wilson informed the Committee that unfortunately Mike Curtis had undergone a major operation and had stepped down temporarily as a Co-Chair whilst he recovers. John Wright had agreed to act as a Co-Chair in Mike's absence.

Minutes of the 6th CVFF Steering Committee Meeting held 27 March 2014

The minutes were agreed by the Steering Committee.

Review of Outstanding CVFF Actions

Actions:

1) Heather Shepherd NFF will inform the CVFF when the latest JBA report on PLP schemes nationwide is available.

2) Rachel Wilson will contact Heather Shepherd to ask the latter to send a link to the North Allerton flood alleviation scheme. Heather has provided a link to the Belford scheme.

3) The Secretary will consolidate the flood mitigation options suggested by Committee members and distribute the list to the Committee.

4) The Co-Chairs will write to B&NES and Chew Magna and Chew Stoke Parish Councils regarding post-flooding support.

5) The Secretary will draft a "useful contacts" list and seek Steering Committee members' comments.

CVFF Steering Committee Meeting with B&NES on 8 May

The Steering Committee thought the CVFF's objectives for the meeting should be to encourage establishment of the Strategic Partnership recommended in the JBA reports on the 2012 floods; try to ensure the shortcomings of the original PLP scheme are not repeated; and explore what more can be done to mitigate flooding in addition to PLP.

Action:

6) Rachel Wilson will e-mail to B&NES the following proposals for agenda items.
""",
}


def texts():
    for name, text in TEXTS.items():
        (HERE / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    HERE.mkdir(parents=True, exist_ok=True)
    for f in (f1, f2, f3, f4, f5, f6, f7, texts):
        f()
    print(sorted(p.name for p in HERE.iterdir()))
