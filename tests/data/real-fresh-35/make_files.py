"""Builds the four Word and PDF records of tests/data/real-fresh-35: the outside tester's
make_files.py (/work/notes/qa, issue 15) as they ran it, split into a function a record and laid
out for the project's linter, its paths changed (this directory and the set's names), nothing
else. python-docx for the two Word records (the trust board's attendance as two-column tables,
the fire authority's minute titles numbered by Word's automatic numbering from 177), WeasyPrint
for the two PDFs (the CCGs' running footer naming another meeting's date). The two text records
are the tester's files as pasted (the working group's with the 'Date: 15 April 2021' line the
tester added for their second try, their 06b): not made here.

    .venv/bin/python tests/data/real-fresh-35/make_files.py
"""

from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from weasyprint import HTML

HERE = Path(__file__).resolve().parent


def trust_board() -> None:
    """The Shrewsbury and Telford Hospital NHS Trust's board, 28 February 2013 (typed minute
    references, the attendees in two-column tables)."""
    d = Document()
    d.add_heading("The Shrewsbury and Telford Hospital NHS Trust", 1)
    d.add_paragraph("TRUST BOARD MEETING")
    d.add_paragraph(
        "Held on Thursday 28 February 2013 at 9.30 am, Seminar Rooms 1&2, Shropshire Education "
        "& Conference Centre, Royal Shrewsbury Hospital"
    )
    d.add_paragraph("PUBLIC SESSION MINUTES").runs[0].bold = True

    def people(title: str, rows: list[tuple[str, str]]) -> None:
        d.add_paragraph().add_run(title).bold = True
        table = d.add_table(rows=0, cols=2)
        for name, role in rows:
            cells = table.add_row().cells
            cells[0].text = name
            cells[1].text = role

    people(
        "Present:",
        [
            ("Mr M Beardwell", "Acting Chair"),
            ("Mr B Simms", "Non-Executive Director"),
            ("Mr D Jones", "Non-Executive Director"),
            ("Dr P Vernon", "Non-Executive Director"),
            ("Dr S Walford", "Non-Executive Director"),
            ("Dr R Hooper", "Non-Executive Director"),
            ("Mr P Herring", "Chief Executive"),
            ("Dr A Fraser", "Medical Director"),
            ("Mr N Nisbet", "Finance Director"),
            ("Mrs V Morris", "Director of Quality & Safety / Chief Nurse"),
            ("Mrs D Kadum", "Chief Operating Officer"),
            ("Mrs J Clarke", "Company Secretary (Director of Corporate Governance)"),
        ],
    )
    people(
        "In attendance:",
        [
            ("Mr A Osborne", "Communications Director"),
            ("Mrs V Maher", "Workforce Director"),
            ("Mr S Peak", "Director of Transformation (part)"),
        ],
    )
    people("Meeting Secretary:", [("Ms M Devitt", "PA to Director of Corporate Governance")])
    people("Observer:", [("Mrs M Fellowes", "Telford & Wrekin LINks Representative")])
    p = d.add_paragraph()
    p.add_run("Apologies: ").bold = True
    p.add_run("none")
    for ref, title, body in [
        (
            "2013.1/22",
            "WELCOME",
            "The Acting Chair welcomed Dr Edwin Borman, who was observing the meeting. Dr "
            "Borman would become Medical Director in April 2013.",
        ),
        (
            "2013.1/23",
            "DECLARATIONS OF INTEREST by members in relation to any matters of the agenda",
            "There were no declarations of interest.",
        ),
        (
            "2013.1/24",
            "CHAIR’S AWARD",
            "The Chair’s award this month was awarded to the Hospital at Night Team, following "
            "nomination by colleagues in recognition of the vital role played by the team in "
            "supporting critically ill patients overnight and at weekends, and particularly the "
            "strong clinical leadership provided by Emma Jones, Hospital at Night Team Matron. "
            "The Board were advised that Emma Jones had worked tirelessly to make improvements "
            "to the service provided and to support the ward teams across the Trust.",
        ),
    ]:
        d.add_paragraph().add_run(f"{ref}\t{title}").bold = True
        d.add_paragraph(body)
    d.save(HERE / "sath-trust-board-2013-02-28.docx")


def fire_authority() -> None:
    """Hereford & Worcester Fire Authority, 30 May 2018: Word's automatic numbering from 177."""
    d = Document()
    d.add_heading("Hereford & Worcester Fire Authority", 1)
    d.add_paragraph(
        "Minutes of the Full Authority meeting held on 30 May 2018, 10:00 to 11:30, at "
        "Headquarters, Worcester"
    )
    p = d.add_paragraph()
    p.add_run("Present: ").bold = True
    p.add_run(
        "Mr R J Phillips (Chairman), Mr P A Tuthill (Vice-Chairman), Cllr P Agar (from "
        "10.03am), Cllr T Bowes"
    )
    p = d.add_paragraph()
    p.add_run("Apologies: ").bold = True
    p.add_run(
        "Cllr R Adams, Cllr A Amos, Cllr B Clayton, Cllr E Eyre, Cllr D Greenow, Cllr B "
        "Matthews, Cllr R Udall"
    )
    # numbering definition: decimal starting at 177, applied to the heading of each minute
    numbering = d.part.numbering_part.element
    abs_id = num_id = 90
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), str(abs_id))
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in [
        ("w:start", "177"),
        ("w:numFmt", "decimal"),
        ("w:lvlText", "%1"),
        ("w:lvlJc", "left"),
    ]:
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "720")
    ind.set(qn("w:hanging"), "720")
    ppr.append(ind)
    lvl.append(ppr)
    abstract.append(lvl)
    numbering.insert(0, abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(abs_id))
    num.append(an)
    numbering.append(num)

    def numbered(text: str) -> None:
        p = d.add_paragraph()
        p.add_run(text).bold = True
        num_pr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), str(num_id))
        num_pr.append(il)
        num_pr.append(ni)
        p._p.get_or_add_pPr().append(num_pr)

    for title, body in [
        (
            "Election of Chairman",
            [
                "RESOLVED that Mr R J Phillips be elected as Chairman of the Fire Authority for "
                "the ensuing year, to hold office until his successor becomes entitled to act."
            ],
        ),
        (
            "Election of Vice Chairman",
            [
                "RESOLVED that Mr P A Tuthill be elected as Vice-Chairman of the Fire Authority "
                "for the ensuing year, to hold office until his successor becomes entitled to "
                "act."
            ],
        ),
        (
            "Apologies for Absence",
            [
                "Apologies were received from Cllr R Adams, Cllr A Amos, Cllr B Clayton, Cllr E "
                "Eyre, Cllr D Greenow, Cllr B Matthews and Cllr R Udall."
            ],
        ),
        ("Declarations of Interest (if any)", ["There were no interests declared."]),
        (
            "Confirmation of Minutes",
            [
                "RESOLVED that the minutes of the meeting of the Fire Authority held on 14 "
                "February 2018 be confirmed as a correct record and signed by the Chairman."
            ],
        ),
        (
            "Chairman’s Announcements",
            [
                "[Councillor Pat Agar entered the meeting at 10.03am].",
                "The Chairman welcomed new Member Councillor Tracy Bowes to the meeting who had "
                "replaced Councillor Jim Kenyon.",
                "The Chairman informed the Authority of the following:",
            ],
        ),
    ]:
        numbered(title)
        for b in body:
            d.add_paragraph(b)
    for bullet in [
        "He would bring Item 14 - Transfer of Governance further up the agenda;",
        "He had recently attended a meeting for staff with the PCC and Vice-Chairman regarding "
        "the change of governance;",
        "The Grenfell report and the outcomes that would likely impact on Fire and Buildings "
        "Regulations.",
    ]:
        d.add_paragraph(bullet, style="List Bullet")
    d.save(HERE / "hwfire-authority-2018-05-30.docx")


CSS = (
    "<style>@page{size:A4;margin:2cm; @bottom-center{content:'FOOTER'}} body{font:11pt Arial} "
    "td{vertical-align:top;padding:1px 6px} h2{font-size:12pt}</style>"
)


def rows(pairs: list[tuple[str, str]]) -> str:
    return "<table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in pairs) + "</table>"


def quality_committee() -> None:
    """NHS Nene & NHS Corby CCGs' Quality Committee, 14 April 2015, with the governing body
    paper's running footer."""
    css = CSS.replace(
        "'FOOTER'",
        "'PGB-15-73 Governing Body Meeting in Public 16 June 2015  ' counter(page) ' of 12'",
    )
    nene = "NHS Nene &amp; NHS Corby CCGs"
    html = (
        css + "<h1>Quality Committee Meeting Minutes</h1><p>Tuesday 14 April 2015 13:00 hrs to "
        "16:00 hrs<br>The Board Room, Francis Crick House</p><p><b>Present:</b></p>"
        + rows(
            [
                ("Christina Edwards (CE)", ": Non-Executive Director NHS Nene CCG (Chair)"),
                ("Peter Boylan (PB)", f": Director of Nursing &amp; Quality, {nene}"),
                ("Joanne Watt (JW)", ": GP Board Member for Quality NHS Corby CCG"),
            ]
        )
        + "<p><b>In attendance:</b></p>"
        + rows(
            [
                ("Richard Bailey (RB)", f": Deputy Head of Joint Commissioning, {nene} (item 8)"),
                ("Jane Bell (JB)", f": Head of Nursing, {nene}"),
                (
                    "Emma Clarke (EC)",
                    f": Senior Quality Improvement Manager, {nene} (items 13-14)",
                ),
                (
                    "Claira Ferreira (CF)",
                    ": Commissioning Lead Learning Disabilities, NHS Nene CCG (item 5)",
                ),
                ("Alison Jamson (AJ)", f": Deputy Director of Quality, {nene}"),
                ("David Knight (DK)", f": Senior Quality Improvement Manager, {nene} (item 16)"),
                (
                    "Fiona Pimm (FP)",
                    f": Senior Quality Improvement Manager, {nene} (items 11, 15 and 19)",
                ),
                ("Helen Sutton (HS)", ": Minute Taker NHS Nene CCG"),
            ]
        )
        + "<h2>1. Welcome and apologies for absence</h2><p>The Chair welcomed attendees and "
        "confirmed that due notice of the meeting had been given in line with the Terms of "
        "Reference and that the meeting was quorate. Apologies for absence were received from "
        "Matthew Davies (MD), Sebastian Hendricks (SH), Kathryn Moody (KM) and Matthew "
        "Spilsbury (MS).</p><h2>2. Declarations of Interest</h2><p>There were no declarations "
        "of interest made by those present.</p><h2>3. Minutes of the previous meeting</h2><p>The "
        "minutes of the meeting held on 10 February 2015 were approved as an accurate "
        "record.</p><h2>4.1 Matters arising</h2><p>There were no matters arising.</p>"
    )
    HTML(string=html).write_pdf(HERE / "nene-corby-quality-2015-04-14.pdf")


MEMBERS = (
    "Mr G Adam, Mr R Balfour, Mrs J Barclay, Mr A Baxter, Mr B Boyd, Mr R Bremner (v/c), Mr I "
    "Brown, Mr J Bruce, Mrs C Caddick, Mrs I Campbell, Mrs G Campbell-Sinclair, Mrs H "
    "Carmichael, Mr A Christie, Mr I Cockburn, Mrs M Cockburn (v/c), Mr G Cruickshank, Ms K "
    "Currie, Mrs M Davidson, Mr J Finlayson, Mr M Finlayson, Mr C Fraser, Mr L Fraser, Mr R Gale "
    "(v/c), Mr A Graham, Mr J Gray, Mrs P Hadley, Mr T Heggie, Mr A Henderson, Mr A Jarvie, Ms E "
    "Knox, Mr R Laird, Mr B Lobban, Mr D Louden, Mrs L MacDonald, Mr R MacDonald (v/c), Mr A "
    "MacInnes, Mrs D Mackay, Mr D Mackay, Mr W MacKay, Mr G MacKenzie, Mrs I MacKenzie, Mr S "
    "Mackie, Mr A Mackinnon, Ms A MacLean, Mr C MacLeod, Mr D MacLeod, Mr D Macpherson, Mr R "
    "MacWilliam, Mrs B McAllister, Mr J McGillivray (v/c), Mr N McLean (v/c), Mr H Morrison, Ms "
    "L Munro, Mrs P Munro, Mrs M Paterson, Mr M Reiss, Mr A Rhind, Mr D Rixson, Mrs F Robertson, "
    "Mrs T Robertson, Mr K Rosie, Mr G Ross, Mr P Saggers, Mr A Sinclair, Ms N Sinclair (v/c), "
    "Mr C Smith, Ms M Smith, Mr B Thompson"
)


def highland_council() -> None:
    """The Highland Council's special meeting, 5 September 2019 (bilingual item titles, the
    roll call as one list inside item 1)."""
    html = (
        CSS.replace("'FOOTER'", "counter(page)")
        + "<p><b>The Highland Council</b><br>Comhairle na Gàidhealtachd</p><p>Minutes of "
        "Special Meeting of the Highland Council held in the Council Chamber, Council "
        "Headquarters, Glenurquhart Road, Inverness on Thursday, 5 September 2019 at "
        "10.00am.</p><h2>1. Calling of the Roll and Apologies for Absence<br><i>A’ Gairm a’ "
        "Chlàir agus Leisgeulan</i></h2><p>"
        + MEMBERS
        + "</p><p><b>In Attendance:</b><br>Chief Executive<br>Director of Development &amp; "
        "Infrastructure<br>Executive Chief Officer, Resources &amp; Finance<br>Executive Chief "
        "Officer, Performance and Governance<br>Executive Chief Officer, Customer and "
        "Communities</p><p>Mr B Lobban in the Chair</p><p>Apologies for absence were intimated "
        "on behalf of Mr B Allan, Miss J Campbell, Mr J Gordon, Mr K Gowans, Mr I Ramon and Mrs "
        "C Wilson.</p><h2>2. Declarations of Interest<br><i>Foillseachaidhean "
        "Com-pàirt</i></h2><p>There were no declarations of interest at the meeting.</p><h2>3. "
        "Review of the Highland Scheme of Establishment for Community Councils "
        "2018/19</h2><p>There had been circulated a report on the review of the Scheme of "
        "Establishment for Community Councils.</p><p>The Council AGREED to note the report.</p>"
    )
    HTML(string=html).write_pdf(HERE / "highland-council-special-2019-09-05.pdf")


def main() -> None:
    trust_board()
    fire_authority()
    quality_committee()
    highland_council()
    # The two text records are kept as the tester pasted them (Kirkcolm's from its web page,
    # the working group's from ModernGov with the tester's date line): not made here.
    for name in ("kirkcolm-cc-2009-10-14.txt", "borders-cc-scheme-wg-2021-04-15.txt"):
        assert (HERE / name).exists(), name


if __name__ == "__main__":
    main()
