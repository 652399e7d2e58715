# The tester's script that made these files (see README.md; laid out by ruff), not a test.
# ruff: noqa
import docx, weasyprint, html
from docx.shared import Pt

TITLE = "Northshire Police and Crime Panel"
SUB = "Minutes of the meeting held on 14 March 2024 at 10.00am, County Hall, Northtown"
ATT = [
    ("Present", "Cllr Jane Ashworth", "Chair"),
    ("Present", "Cllr Tom Birch", "Vice-Chair"),
    ("Present", "Mrs Priya Kaur", "Independent Member"),
    ("In attendance", "Mr David Lowe", "Police and Crime Commissioner"),
    ("In attendance", "Ms Rachel Oduya", "Chief Executive, OPCC"),
    ("Apologies", "Cllr Ian Fraser", ""),
]
SECS = [
    (
        "Apologies and declarations of interest",
        [
            "Apologies were received from Cllr Ian Fraser.",
            "There were no declarations of interest.",
        ],
    ),
    (
        "Minutes of the previous meeting",
        [
            "RESOLVED: that the minutes of the meeting held on 11 January 2024 be agreed as a true record and signed by the Chair."
        ],
    ),
    (
        "Police and Crime Plan performance report",
        [
            "The Commissioner presented the quarterly performance report, noting a 6% fall in burglary and a rise in reported shoplifting.",
            "Members asked about rural crime response times. The Commissioner agreed to provide the data broken down by district.",
            "ACTION: OPCC to circulate rural response times by district to Panel members by 30 April 2024.",
            "Cllr Birch asked about stop and search disproportionality; the Chief Executive said the scrutiny panel would report in June.",
        ],
    ),
    (
        "Precept and budget monitoring",
        [
            "The Chief Executive reported an underspend of £412,000 at month 10.",
            "RESOLVED: that the report be noted.",
        ],
    ),
    ("Date of next meeting", ["The next meeting will be held on 13 June 2024 at 10.00am."]),
]
# txt
lines = (
    [TITLE, SUB, "", "Present:"]
    + [f"{n} ({r})" if r else n for k, n, r in ATT if k == "Present"]
    + ["", "In attendance:"]
    + [f"{n} ({r})" for k, n, r in ATT if k == "In attendance"]
    + ["", "Apologies:"]
    + [n for k, n, r in ATT if k == "Apologies"]
    + [""]
)
for i, (h, ps) in enumerate(SECS, 1):
    lines.append(f"{i}. {h.upper()}")
    for j, pp in enumerate(ps, 1):
        lines.append(f"{i}.{j} {pp}")
    lines.append("")
lines.append("Signed ........................ Chair    Date ..........")
open("northshire.txt", "w").write("\n".join(lines))
# docx with Word numbering and attendance table
d = docx.Document()
d.add_heading(TITLE, 0)
d.add_paragraph(SUB)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, v in zip(t.rows[0].cells, ["Attendance", "Name", "Role"]):
    c.text = v
for k, n, r in ATT:
    row = t.add_row().cells
    row[0].text = k
    row[1].text = n
    row[2].text = r
for i, (h, ps) in enumerate(SECS, 1):
    d.add_paragraph(h.upper(), style="List Number")
    for pp in ps:
        d.add_paragraph(pp, style="List Number 2")
d.add_paragraph("Signed ........................ Chair    Date ..........")
sec = d.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL – Northshire PCP"
sec.footer.paragraphs[0].text = "Northshire Police and Crime Panel minutes 14.03.24"
d.save("northshire.docx")
# pdf with running header/footer, 3 pages
body = "".join(
    f"<h2>{i}. {html.escape(h.upper())}</h2>"
    + "".join(f"<p>{i}.{j} {html.escape(pp)}</p>" for j, pp in enumerate(ps, 1))
    for i, (h, ps) in enumerate(SECS, 1)
)
att = (
    "<table><tr><th>Attendance</th><th>Name</th><th>Role</th></tr>"
    + "".join(f"<tr><td>{k}</td><td>{n}</td><td>{r}</td></tr>" for k, n, r in ATT)
    + "</table>"
)
css = """@page{size:A4;margin:2.5cm;@top-right{content:"OFFICIAL"};@top-left{content:"Northshire Police and Crime Panel"};@bottom-center{content:"Page " counter(page) " of " counter(pages)};@bottom-left{content:"P:\\\\Panel\\\\2024\\\\Minutes 14.03.24.docx"}} h2{font-size:12pt;break-before:auto} p{margin:0 0 1em} .br{break-after:page}"""
doc = f"<html><head><style>{css}</style></head><body><h1>{TITLE}</h1><p>{SUB}</p>{att}<div class=br></div>{body}</body></html>"
weasyprint.HTML(string=doc).write_pdf("northshire.pdf")
# hostile
open("empty.txt", "w").write("")
import os

open("binary.docx", "wb").write(os.urandom(5000))
open("hugeline.txt", "w").write(TITLE + "\n" + SUB + "\n1. ITEM\n1.1 " + ("word " * 400000) + "\n")
