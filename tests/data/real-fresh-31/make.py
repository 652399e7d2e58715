"""Builds the thirty-first set's Word and PDF files and two text files from sources/*.txt, the
files as the outside tester made them (`.venv/bin/python tests/data/real-fresh-31/make.py`;
python-docx and WeasyPrint, as the project's other makers)."""

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from weasyprint import HTML

OUT = str(Path(__file__).resolve().parent) + "/"


def heading_numbering(doc):
    """A multilevel list (1. / 1.1) bound to Heading 1 and a body style, as Word makes it."""
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), "90")
    for ilvl, fmt in ((0, "%1."), (1, "%1.%2")):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", fmt)):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        absn.append(lvl)
    numbering.insert(0, absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), "90")
    num.append(a)
    numbering.append(num)


def numbered(p, ilvl):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    i = OxmlElement("w:ilvl")
    i.set(qn("w:val"), str(ilvl))
    n = OxmlElement("w:numId")
    n.set(qn("w:val"), "90")
    numPr.append(i)
    numPr.append(n)
    pPr.append(numPr)


def ccrc():
    d = Document()
    heading_numbering(d)
    d.add_paragraph("Criminal Cases Review Commission", style="Title")
    d.add_paragraph("Minutes of a Meeting of the Board", style="Subtitle")
    d.add_paragraph("Monday 14 April 2025")
    d.add_paragraph("Meeting held remotely by video conference")
    d.add_paragraph("Attendance", style="Heading 2")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Name", "Role", "Attendance"), strict=True):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    for name, role, att in [
        ("Mr Andre Katz", "Independent Non-Executive Director", "Present"),
        ("Miss Karen Kneller", "Chief Executive", "Present"),
        ("Ms Amanda Pearce", "Casework Operations Director", "Present"),
        ("Mr Peter Ryan", "Finance & Corporate Services Director", "Present"),
        ("Mr David Brown", "Commissioner", "Present"),
        ("Mr Rob Ward", "Commissioner", "Present"),
        ("Mr Mark Oldham", "Independent Non-Executive Director", "Present"),
        ("Mr Martin Spencer", "Independent Non-Executive Director", "Present"),
        ("Mrs Linda Lee", "Commissioner", "Apologies"),
    ]:
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text = name, role, att
    for title, paras in [
        (
            "Welcome and declarations of interest",
            [
                "Mr Katz welcomed everyone to the meeting.",
                "There were no declarations of interest.",
            ],
        ),
        (
            "Minutes of Board Meetings",
            [
                "The minutes of the Board Meetings held on 28 January, and interim meetings on 7 and 24 March were approved."
            ],
        ),
        (
            "Oral Update",
            [
                "Mr Katz updated the Board following a recent meeting of the Audit and Risk Committee Chairs for ALBs.",
                "Mr Katz updated the Board in respect of the Synergy Programme, a joined up shared service between MoJ/DEFRA/DWP and the Home Office, so that all departments and eventually all ALBs would have a common shared service. The Finance & Corporate Services Director confirmed that he had been in discussions with MoJ over the past few months concerning this. The live date for existing organisations to join was 2027.",
            ],
        ),
    ]:
        h = d.add_paragraph(title, style="Heading 1")
        numbered(h, 0)
        for text in paras:
            p = d.add_paragraph(text)
            numbered(p, 1)
    d.save(OUT + "ccrc-board-2025-04-14.docx")


def essex():
    d = Document()
    for line in (
        "UNIVERSITY OF ESSEX",
        "ETHICS COMMITTEE",
        "4 MARCH 2008",
        "(1.00 pm – 2.00 pm)",
        "MINUTES",
    ):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(line).bold = True
    t = d.add_table(rows=0, cols=2)
    for k, v in [
        ("Chair", "Professor Massara, Pro-Vice-Chancellor (Research and Enterprise)"),
        (
            "Present",
            "Professor Busfield, Ms Cox, Mr Donaldson, Dr Elston, Dr Michalowski, Dr Pevalin, Professor Pretty, Professor Pudney, Ms Stevens, Mr Stock",
        ),
        ("Apologies", "Ms Evans, Professor Fox, Dr Martin"),
        ("Secretary", "Ms Manning-Press, Research Governance and Planning Manager"),
    ]:
        r = t.add_row().cells
        r[0].text = k
        r[0].paragraphs[0].runs[0].bold = True
        r[1].text = v
    d.add_paragraph()
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"

    def head(text):
        r = t.add_row().cells
        m = r[0].merge(r[1]).merge(r[2])
        m.text = text
        m.paragraphs[0].runs[0].bold = True

    def row(label, text, num, bullets=(), after=None):
        r = t.add_row().cells
        r[0].text = label
        r[0].paragraphs[0].runs[0].italic = True
        r[1].text = text
        for b in bullets:
            r[1].add_paragraph(b, style="List Bullet")
        r[2].text = num

    head("STARRING OF AGENDA ITEMS")
    row(
        "Noted",
        "The following item was starred for discussion in addition to those indicated on the agenda:",
        "01/08",
        bullets=[
            "7: Ethics Committee decision on applications for approval circulated for electronic discussion between 20 October 2007 and 26 February 2008",
            "9: Any Other Business",
        ],
    )
    row(
        "",
        "The unstarred items of the agenda were then deemed to have been received or noted and approved by Ethics Committee as appropriate.",
        "02/08",
    )
    head("MINUTES")
    row(
        "Approved",
        "The Minutes of the meeting held on 25 October 2007 were signed as a correct record.",
        "03/08",
    )
    head(
        "ETHICS COMMITTEE DECISION ON APPLICATIONS FOR APPROVAL CIRCULATED FOR ELECTRONIC DISCUSSION BETWEEN 20 OCTOBER 2007 AND 26 FEBRUARY 2008 (EC/08/1)"
    )
    row(
        "Received",
        "A summary of the decisions made by the Ethics Committee about applications for approval which had been circulated for electronic discussion between 20 October 2007 and 26 February 2008.",
        "04/08",
    )
    row(
        "Noted",
        "Concern was expressed that under the new procedures application which would have been referred back to applicants by the Ethics Committee might receive ethical approval from a Departmental Research Director or Faculty Ethics Committee (FEC). However, the Chair assured the Committee that the new process would produce a tier of trained Research Directors who would also form the FECs and this should resolve the issue.",
        "05/08",
    )
    head(
        "NEW UNIVERSITY ETHICS REVIEW PROCEDURE (EC08/2, previously circulated, and EC/08/3, tabled)"
    )
    row(
        "Received",
        "A report on the introduction of the new University Ethics Review Procedure.",
        "06/08",
    )
    d.save(OUT + "essex-ethics-committee-2008-03-04.docx")


CSS = """
@page { size: A4; margin: 25mm 20mm;
  @top-left { content: "%s"; font-size: 8pt; color: #555 }
  @top-right { content: "%s"; font-size: 8pt; color: #555 }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 8pt } }
body { font-family: Arial, sans-serif; font-size: 10.5pt }
table { border-collapse: collapse; width: 100%%; margin-bottom: 8pt }
td, th { border: 1px solid #999; padding: 2pt 4pt; vertical-align: top; text-align: left }
h1 { font-size: 14pt } h2 { font-size: 11pt; margin-bottom: 2pt }
.who { font-style: italic; margin: 0 } .ref { text-align: right; margin: 0; font-size: 9pt }
"""


def msf():
    names = [
        "David Palmer",
        "Andrew Fulton",
        "Annie Breaden",
        "John Esslemont",
        "Lloyd Austin",
        "Graham Russell",
        "Roger Owen",
        "Philip Day",
        "Ron Macdonald",
        "Richard Ballantyne",
        "Isabel Glasgow",
        "Edward Wright",
        "John Goold",
        "Eunice Pinn",
        "Stephen Bell",
        "Derek McGlashan",
        "Brian Davidson",
        "Mark James",
        "Martin Dorchester",
        "Scott Ure",
        "Colin Wishart",
        "Sam Tedcastle",
        "Ben Drakeford",
        "Allan Gibb",
        "Anna Donald",
        "Susan Ewart",
        "Bruce Buchanan",
        "David Mallon",
        "Colin Moffat",
        "Carole Barker-Munro",
    ]
    orgs = [
        "Marine Scotland, Chairperson",
        "Historic Scotland",
        "The Crown Estate",
        "Royal Institute of Town Planning",
        "RSPB/SE LINK",
        "RYA",
        "SEPA",
        "Northern Lighthouse Board",
        "Scottish Natural Heritage",
        "British Ports Association",
        "Scottish Coastal Forum",
        "Scottish Sea Angling Conservation Network",
        "JNCC",
        "JNCC",
        "SSPO",
        "UK Major Ports Group",
        "ASFB",
        "MASTS",
        "David MacBrayne Ltd",
        "David MacBrayne Ltd",
        "COSLA",
        "Celtic Seas Partnership",
        "Focal Point UK - Atlantic Action Plan",
        "Marine Scotland",
        "Marine Scotland",
        "Marine Scotland",
        "Marine Scotland",
        "Marine Scotland",
        "Marine Scotland Science",
        "Marine Scotland",
    ]
    an = [
        "Alistair Sinclair",
        "Steve Bastiman",
        "Mick Borwell",
        "Mark Tasker",
        "Lindsay Leask",
        "David Vass",
        "Sandra Laurenson",
        "David Pirie",
        "Scott Landsburgh",
        "David Adams McGilp",
        "Bertie Armstrong",
        "Nick Lake",
        "Philip Robertson",
    ]
    ao = [
        "Scottish Creel Fishermen’s Federation",
        "Scottish Sea Angling Conservation Network",
        "Oil & Gas UK",
        "JNCC",
        "Scottish Renewables",
        "Royal Yachting Association",
        "British Ports Association",
        "SEPA",
        "Scottish Salmon Producers Organisation",
        "VisitScotland",
        "SFF",
        "Association of Scottish Shellfish Growers",
        "Historic Scotland",
    ]
    assert len(names) == len(orgs) == 30 and len(an) == len(ao) == 13
    rows = "".join(f"<tr><td>{n}</td><td>{o}</td></tr>" for n, o in zip(names, orgs, strict=True))
    arows = "".join(f"<tr><td>{n}</td><td>{o}</td></tr>" for n, o in zip(an, ao, strict=True))
    html = f"""<html><head><style>{CSS % ("MSF (130/2015)", "Marine Strategy Forum – Meeting 18")}</style></head><body>
<p class="ref">MSF (130/2015)</p>
<h1>Marine Strategy Forum – Meeting 18</h1>
<p>20 February 2015 Conference Room 2, Victoria Quay, 12:30 – 15:30</p>
<h2>Attendees</h2><table>{rows}</table>
<h2>Apologies</h2><table>{arows}</table>
<h2>1. Welcome and Introductions</h2><p class="who">David Palmer, Marine Scotland</p>
<p>David welcomed members to the eighteenth meeting and noted apologies and welcomed members attending for the first time.</p>
<h2>2. Minutes of last meeting</h2><p class="who">David Palmer, Marine Scotland</p><p class="ref">MSF (123/2014)</p>
<p>Members were invited to agree the minute of the seventeenth meeting. No further points were raised and the minutes were agreed as an accurate record.</p>
</body></html>"""
    HTML(string=html).write_pdf(OUT + "marine-strategy-forum-2015-02-20.pdf")


def flag():
    att = [
        "Licensed Boatmen’s and Fishermen’s Association",
        "The Fishing College",
        "Southern IFCA",
        "Axmouth Fishermen’s Association",
        "CEFAS",
        "SEA FISH",
        "Fishermen’s Association",
        "Dorset Wildlife Trust",
        "Native Marine Centre Ltd.",
        "Weymouth and Portland Borough Council",
        "Quest Marine Ltd.",
        "Weymouth Harbour Authority",
        "West Bay Fishermen’s Association",
    ]
    apo = [
        "Marine Management Organisation",
        "Purbeck District Council",
        "Natural England",
        "Devon and Severn IFCA",
        "Dorset Coast Forum",
    ]

    def grid(items):
        cells = items + [""] * (-len(items) % 3)
        return "".join(
            "<tr>" + "".join(f"<td>{c}</td>" for c in cells[i : i + 3]) + "</tr>"
            for i in range(0, len(cells), 3)
        )

    html = f"""<html><head><style>{CSS % ("Dorset and East Devon FLAG", "Board meeting minutes – 20.02.2018")}</style></head><body>
<h1>Dorset and East Devon Fisheries Local Action Group<br>Board meeting Minutes</h1>
<p><b>Date:</b> 20th February 2018 &nbsp; <b>Venue:</b> Safewise, Weymouth &nbsp; <b>Time:</b> 18:00 – 22:00</p>
<h2>In attendance:</h2><table>{grid(att)}</table>
<h2>Apologies:</h2><table>{grid(apo)}</table>
<h2>1. Welcome and Brief Introductions</h2>
<p>The chair welcomed the FLAG members to the meeting.</p>
<h2>2. Chair and Vice Chair Election</h2>
<p>The FLAG Chair and Vice Chair roles were widely advertised before the meeting and two nominations for the position of FLAG chair for the upcoming year to March 2019 were received. A closed ballot was taken when board members arrived at the meeting.</p>
<p>Bob Huggins from the Dorset Coast Forum was voted as FLAG Chair until March 2019 (Bob Huggins, Dorset Coast Forum - 9 votes; Steve Postles, The Fishing College - 5 votes)</p>
<p>Robert Clark from Southern IFCA was nominated for the position of FLAG Vice Chair. The other candidate retracted their nomination. Robert Clark will take up the role of FLAG Vice Chair until March 2019.</p>
<p>The FLAG officers thanked the outgoing Chair for all their hard work and contribution over the last year. Their knowledge of the sector and training within the sector has proved invaluable and will still continue to be as a member of the FLAG board.</p>
<p>Rhiannon advised the board that Resort Marketing Limited has withdrawn from the board due to other commitments.</p>
<h2>3. Last Meeting’s Minutes</h2>
<p>The board reviewed and agreed the minutes from the last board meeting.</p>
<p>There were seven actions from the last meeting:</p>
<p>I. Rhiannon to update board with developments regarding ‘bridging loans’ from a local credit union.</p>
</body></html>"""
    HTML(string=html).write_pdf(OUT + "dorset-east-devon-flag-2018-02-20.pdf")


def pitsea():
    rows = [
        ("Sue Houghton", "Resident Partnership Chair", "SH"),
        ("Louise Edwards", "Basildon Borough Council Partnership Member", "LE"),
        ("Chris Evans", "Basildon, Billericay & Wickford CVS", "CE"),
        ("Tracey Griffith", "Resident Partnership Vice Chair", "TG"),
        ("Simon Johnson", "Heart of Pitsea Co-ordinator", "SJ"),
        ("Paul Nagle", "Resident Partnership Member", "PN"),
        ("Mike Phillips", "Big Local Representative", "MP"),
        ("Andy Smith", "ECC Youth Service Partnership Member", "AS"),
        ("Tina Rabone-King", "Resident Partnership Member", "TRK"),
    ]
    apo = [
        (
            "Viv Clements",
            "Basildon and Brentwood Clinical Commissioning Group Partnership Member",
            "VC",
        ),
        ("Peter Dickson", "Resident Partnership Member", "PD"),
        ("Dean Ross", "Resident Partnership Member", "DR"),
        ("Jane Stratford", "Resident Partnership Member", "JS"),
    ]
    L = [
        "Heart of Pitsea Big Local",
        "Partnership Board Meeting",
        "Minutes of the meeting held on Wednesday 18th September 2014 at The Place 19:00pm",
        "",
        "PRESENT",
    ]
    L += ["\t".join(r) for r in rows]
    L += ["", "APOLOGIES"] + ["\t".join(r) for r in apo]
    L += [
        "",
        "NOT ATTENDED",
        "Keith Bobbin\tResident Partnership Member\tKB",
        "",
        "ITEM\tFOR INFORMATION / ACTIONS\tACTION",
        "\tWELCOME",
        "\tThe meeting commenced at 19:03pm. SH gave welcomes, introductions and apologies. LE was introduced as the new representative for Basildon Borough Council in replacement of MW.",
        "1\tMINUTES OF LAST MEETING",
        "\tMinutes for 20th August 2014 had an incorrect date of 30/08/14 in the heading which needed to be amended to 20/08/14. Minutes were agreed.\tSJ",
        "\tMATTERS ARISING",
        "\tAction carried forward from 20/08/14. MP to contact Canvey Big Local to request their source for promotional bags.\tMP",
        "2\tHOP co-ordinator report",
        "\tSJ distributed a monthly report and allowed a few moments for the partnership to view and request any clarification if required. SH requested for members to view the upcoming tasks and encouraged any support or knowledge.",
        "\tSJ explained that he had been contacted by a potential Resident member keen to join the committee. This resident has completed an application form and has been invited to the next meeting.",
        "3\tUPCOMING FOCUS",
        "\ta) Away Day (TRK arrived 17:10). CE confirmed the date of the event to be 03/10/14.",
        "",
    ]
    Path(OUT + "heart-of-pitsea-partnership-2014-09-18.txt").write_text(
        "\r\n".join(L), encoding="utf-8"
    )


def brighton():
    src = (
        Path(OUT + "sources/brighton-hove-policy-resources-2021-07-01.txt")
        .read_text(encoding="utf-8")
        .splitlines()[1:]
    )
    txt = (
        "\n".join(src)
        .replace("4.00pm1 July 2021", "4.00pm 1 July 2021")
        .replace(" [... excerpt continues in the source; stops here]", "")
    )
    Path(OUT + "brighton-hove-policy-resources-2021-07-01.txt").write_text(
        txt + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    for f in (ccrc, essex, msf, flag, pitsea, brighton):
        f()
