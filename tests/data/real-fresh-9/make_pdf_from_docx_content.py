"""PDF versions of the Word files, laid out as Word's "Save as PDF" does: the list number in a hanging
indent, the text beside it (numbers are text in the PDF). /work/main/.venv/bin/python make_pdf_from_docx_content.py"""

import html

import qa_content as q
from weasyprint import HTML

CSS = """@page { size: A4; margin: 2.2cm; @bottom-center { content: "%s"; font-size: 8pt } @bottom-right { content: counter(page); font-size: 8pt } }
body { font-family: DejaVu Sans, sans-serif; font-size: 10.5pt; line-height: 1.3 }
.n { display: grid; grid-template-columns: 1.6cm 1fr; margin: 4pt 0 } .n2 { margin-left: 1.6cm } .n3 { margin-left: 3.2cm }
.t { font-weight: bold; font-size: 13pt } b { font-weight: bold }"""


def build(name, body, first, fmt_sec, footer):
    out, sec, sub, subsub = [], first - 1, 0, 0
    for kind, *rest in body:
        t = html.escape(rest[0]) if rest and isinstance(rest[0], str) else ""
        if kind == "title":
            out.append(f'<p class="t">{t}</p>')
        elif kind == "p":
            out.append(f"<p>{t}</p>")
        elif kind == "b":
            out.append(f"<p><b>{t}</b></p>")
        elif kind == "h":
            sec += 1
            sub = 0
            out.append(f'<div class="n"><b>{fmt_sec(sec)}</b><b>{t}</b></div>')
        elif kind == "n1":
            sub += 1
            subsub = 0
            out.append(
                f'<div class="n n2"><span>{fmt_sub(name, sec, sub)}</span><span>{t}</span></div>'
            )
        elif kind == "n2":
            subsub += 1
            out.append(
                f'<div class="n n3"><span>({["i", "ii", "iii", "iv"][subsub - 1]})</span><span>{t}</span></div>'
            )
        elif kind == "table":
            rows = "".join(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in rest[0]
            )
            out.append(f'<table border="1" cellspacing="0" cellpadding="3">{rows}</table>')
    HTML(
        string=f"<html><head><style>{CSS % footer}</style></head><body>{''.join(out)}</body></html>"
    ).write_pdf(f"{name}-wordpdf.pdf")


def fmt_sub(name, sec, sub):
    return f"{sec}.{sub}" if name.startswith("abertay") else f"({'abcdefgh'[sub - 1]})"


build(
    "abertay-court-2019-06-25",
    q.COURT,
    1,
    lambda s: f"{s}.",
    "Court 25.06.19 \u2013 Minutes (approved)",
)
build(
    "kington-tc-2020-02-12",
    q.TOWN,
    41,
    lambda s: f"{s}/20",
    "Signed ........................ Mayor   Date ............",
)
build(
    "bcp-hwb-2020-12-03",
    q.HWB,
    68,
    lambda s: f"{s}.",
    "Chairman ...................................",
)
print("ok")
