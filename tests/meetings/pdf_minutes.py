"""PDFs of minutes for the PDF reader's tests: laid out by WeasyPrint from HTML, with a running
header and "Page N of M" in the page margins as councils print them; and small PDFs written
by hand, where a test needs text drawn at exact places or in an odd order."""

import zlib

from weasyprint import HTML

BOARD = "Audit Panel"
TITLE = "Record of Meeting 6 February 2020"
HEADER = "OFFICIAL - Audit Panel minutes"
_SENTENCES = (
    "The panel noted the report on {topic} and asked officers for a fuller account of the "
    "risks it described.",
    "Members discussed {topic} at length, in particular the savings planned for next year "
    "and what they would mean for the public.",
    "The chair thanked the officers for their work on {topic}.",
    "It was agreed that {topic} would come back to the panel in the spring, with the figures "
    "for the third quarter and a plan for the year after.",
)
_TOPICS = ("the budget", "recruitment", "the estate", "digital services", "complaints")
_CSS = f"""
@page {{
  size: A4; margin: 2.5cm 2cm;
  @top-center {{ content: "{HEADER}"; font-size: 9pt }}
  @bottom-center {{ content: "Page " counter(page) " of " counter(pages); font-size: 9pt }}
}}
body {{ font-family: serif; font-size: 11pt; line-height: 1.3 }}
h1 {{ font-size: 20pt }} h2 {{ font-size: 14pt }} p {{ margin: 0 0 8pt }}
"""


def minutes_html(sections: int, paragraphs: int) -> str:
    body = [f"<h1>{BOARD}</h1>", f"<p>{TITLE}</p>", "<p>Present</p>"]
    body += ["<p>Sophie Linden, Deputy Mayor</p>", "<p>Lisa Kitto, Chief Finance Officer</p>"]
    for s in range(1, sections + 1):
        body.append(f"<h2>{s}. {_TOPICS[s % len(_TOPICS)].capitalize()} ({s})</h2>")
        for p in range(1, paragraphs + 1):
            topic = _TOPICS[(s + p) % len(_TOPICS)]
            text = " ".join(
                _SENTENCES[(s * p + k) % len(_SENTENCES)].format(topic=topic) for k in range(3)
            )
            body.append(f"<p>{s}.{p} {text}</p>")
    return f"<html lang='en'><head><style>{_CSS}</style></head><body>{''.join(body)}</body></html>"


def minutes_pdf(sections: int = 3, paragraphs: int = 4) -> bytes:
    return HTML(string=minutes_html(sections, paragraphs)).write_pdf()


# (x, y, size, text, bold): y from the foot of an A4 page, in points.
Piece = tuple[float, float, float, str, bool]


def drawn_pdf(pages: list[list[Piece]], *, drawing: bytes = b"") -> bytes:
    """A PDF whose pages draw each piece with its own text object, in the order given, in
    Helvetica (bold when asked); `drawing` is added to every page (a scan's picture, say)."""
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, once the pages are numbered
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
    ]
    kids = []
    for pieces in pages:
        content = drawing + b"".join(
            b"BT /F%d %g Tf %g %g Td (%s) Tj ET\n"
            % (2 if bold else 1, size, x, y, text.replace("(", r"\(").replace(")", r"\)").encode())
            for x, y, size, text, bold in pieces
        )
        packed = zlib.compress(content)
        objects.append(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(packed), packed)
        )
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>" % len(objects)
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    return pdf_of(objects)


def pdf_of(objects: list[bytes]) -> bytes:
    """A PDF file of these objects (numbered from 1, the first the catalog), with its
    cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
