"""The record as documents to download: a tagged PDF made from the record page's own HTML
(its print stylesheet, an embedded open font), and a Word document laid out as the board's
published records are.

Both are made once per revision by `meetings.artefacts`; these functions only render.
"""

from __future__ import annotations

import ctypes.util
import datetime
import functools
import importlib.util
import io
import logging
import mimetypes
from typing import Any

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.urls import reverse
from django.utils import timezone

from meetings.minutes import format_date
from meetings.records import RecordView
from prob import site

logger = logging.getLogger(__name__)


def _base_url() -> str:
    # The site's own address: links in the document lead to the site, and only its static
    # files are fetched (from disk, never over a network).
    return settings.SITE_URL.rstrip("/") + "/"


# The libraries WeasyPrint loads from the operating system.
PANGO = ("pango-1.0", "pangoft2-1.0")


@functools.cache
def pdf_unavailable() -> str:
    """Why this server cannot make PDFs ("" when it can): WeasyPrint needs Pango from the
    operating system, which `.ci/run` and the README's setup install. Both are looked for,
    not loaded: loading WeasyPrint takes a second or two, which the first record page each
    process showed used to pay (outside tester: the first "Create draft" took 2.5 s); the
    PDF itself loads it when one is made."""
    if importlib.util.find_spec("weasyprint") is None:
        missing = "WeasyPrint"
    else:
        missing = next((name for name in PANGO if not ctypes.util.find_library(name)), "")
    if missing:
        logger.warning("PDFs are unavailable: %s is not found", missing)
        return (
            "PDF downloads are not available on this server: it lacks the Pango text "
            "layout library that WeasyPrint needs (Debian: apt-get install libpango-1.0-0 "
            "libpangoft2-1.0-0)."
        )
    return ""


def _static_path(url: str) -> str | None:
    prefix = _base_url() + settings.STATIC_URL.lstrip("/")
    if not url.startswith(prefix):
        return None
    name = url[len(prefix) :].split("?")[0].split("#")[0]
    # The source first (what development serves); then the collected files, whose names
    # carry a hash of their content in production.
    found = finders.find(name)
    if isinstance(found, str):
        return found
    try:
        if staticfiles_storage.exists(name):
            return staticfiles_storage.path(name)
    except NotImplementedError:
        pass
    return None


def record_pdf(html: str, *, title: str) -> bytes:
    """The page's HTML as a tagged PDF (PDF/UA-1: structure tags, title, language), with
    its fonts embedded."""
    from urllib import request

    from weasyprint import HTML
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class StaticFetcher(URLFetcher):
        def __init__(self) -> None:
            # None of URLFetcher's handlers: nothing is fetched over a network, and its
            # HTTPS handler's SSL context (the system's certificates loaded) cost ~30 ms of
            # CPU at every PDF.
            request.OpenerDirector.__init__(self)

        def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
            path = _static_path(url)
            if path is None:
                raise ValueError(f"Not fetched while making a PDF: {url}")
            with open(path, "rb") as handle:
                body = handle.read()
            kind = mimetypes.guess_type(path)[0] or "application/octet-stream"
            return URLFetcherResponse(url, body, headers={"Content-Type": kind})

    document = HTML(string=html, base_url=_base_url(), url_fetcher=StaticFetcher())
    return document.write_pdf(
        pdf_variant="pdf/ua-1",
        pdf_tags=True,
        # Only the standard metadata (title, language): custom <meta> names such as the page's
        # viewport are for browsers, not entries of the PDF's Info dictionary.
        custom_metadata=False,
        uncompressed_pdf=False,
        finisher=_page_furniture_as_artifacts,
    )


def _page_furniture_as_artifacts(_document: Any, pdf: Any) -> None:
    """Marks the text of the @page margin boxes (the "Page N of M" footer) as a pagination
    artifact, as PDF/UA asks of page furniture.

    WeasyPrint 70 tags that text as Spans whose structure elements no element of the tree
    leads to (its issue 1836): a screen reader meets content that is neither real nor an
    artifact. Run as WeasyPrint's finisher, on its own objects before the file is written:
    each marked-content sequence whose element is out of the tree becomes an /Artifact, and
    leaves the parent tree.
    """
    import pydyf

    def resolve(value: Any) -> Any:
        # pydyf writes an indirect reference as b"<number> 0 R"; its objects are numbered
        # by their place in `pdf.objects`.
        if isinstance(value, bytes) and value.endswith(b" R"):
            return pdf.objects[int(value.split()[0])]
        return value

    root = resolve(pdf.catalog.get("StructTreeRoot"))
    if root is None:
        return
    reachable: set[int] = set()
    pending = [root]
    while pending:
        kids = resolve(pending.pop().get("K"))
        for kid in map(resolve, kids if isinstance(kids, list) else [kids]):
            is_element = isinstance(kid, dict) and kid.get("Type") == "/StructElem"
            if is_element and kid.number not in reachable:
                reachable.add(kid.number)
                pending.append(kid)

    nums = resolve(root["ParentTree"])["Nums"]
    parents_by_page = dict(zip(nums[::2], map(resolve, nums[1::2]), strict=True))
    pages = (obj for obj in pdf.objects if isinstance(obj, dict) and obj.get("Type") == "/Page")
    for page in pages:
        parents = parents_by_page.get(page.get("StructParents"))
        if not isinstance(parents, list):
            continue
        out_of_tree = {
            mcid
            for mcid, element in enumerate(map(resolve, parents))
            if isinstance(element, dict) and element.number not in reachable
        }
        operations = resolve(page["Contents"]).stream
        # pydyf keeps "/Span", the property list and "BDC" as three items of the stream.
        for at in range(1, len(operations) - 1):
            properties = operations[at]
            if (
                operations[at + 1] == b"BDC"
                and isinstance(properties, pydyf.Dictionary)
                and properties.get("MCID") in out_of_tree
            ):
                mcid = properties.pop("MCID")
                operations[at - 1] = "/Artifact"
                properties["Type"] = "/Pagination"
                # No element stands for that content any more; the orphaned element is
                # left unreferenced.
                parents[mcid] = b"null"


def record_docx(record: RecordView, *, checksum: str) -> bytes:
    """The record as a Word document: board, title, date; attendees by organisation;
    numbered sections and paragraphs; actions in bold; and how to check it."""
    import docx
    from docx.shared import Pt

    meeting = record.meeting
    document = docx.Document()
    _own_document(document, meeting)
    # Word's core properties hold at most 255 characters; a title may be longer (the page
    # and the heading below carry it whole).
    document.core_properties.title = _property(meeting.title)
    document.core_properties.subject = _property(meeting.board.name)
    document.core_properties.language = "en-GB"
    document.core_properties.author = _property(meeting.board.name)
    document.styles["Normal"].font.name = "DejaVu Sans"
    document.styles["Normal"].font.size = Pt(11)

    document.add_paragraph(meeting.board.name.upper())
    document.add_heading(meeting.title, level=1)
    document.add_paragraph(format_date(meeting.date))
    if meeting.status != meeting.Status.PUBLISHED:
        document.add_paragraph(f"Status: {meeting.get_status_display()}. Not published.")

    for kind, organisations in record.attendee_groups():
        document.add_heading(kind, level=2)
        for organisation, attendees in organisations:
            if organisation:
                # A heading, as the page and the PDF tag it: a reader can jump between them.
                document.add_heading(organisation, level=3)
            for attendee in attendees:
                name = attendee.name + (f", {attendee.role}" if attendee.role else "")
                document.add_paragraph(name, style="List Bullet")

    for amendment in record.amendments:
        document.add_paragraph(amendment.note)

    for section in record.sections:
        title = "Withheld from publication" if section.withheld else section.title
        document.add_heading(f"{section.heading} {title}", level=2)
        if section.withheld:
            document.add_paragraph("This item was withheld from the published record.")
            continue
        for paragraph in section.paragraphs:
            text = "Withheld from publication." if paragraph.withheld else paragraph.text
            if paragraph.restricted and not paragraph.withheld:
                text = f"[Restricted: not for publication] {text}"
            if paragraph.decision:
                # Named in words, as on the page: a reader need not see bold to know it.
                line = document.add_paragraph(f"{paragraph.ref} ")
                line.add_run("Decision:").bold = True
                line.add_run(f" {text}")
            else:
                document.add_paragraph(f"{paragraph.ref} {text}")
            for action in paragraph.actions:
                document.add_paragraph().add_run(
                    f"Action {action.number}: {action.text}"
                ).bold = True

    document.add_heading("Checking this record", level=2)
    for text, address in check_lines(record, checksum):
        line = document.add_paragraph(text)
        if address:
            _add_link(line, address)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# A4 as the PDF is (in twentieths of a point), with the PDF's page margins.
A4_TWIPS = (11906, 16838)
MARGINS_CM = {"top": 2.0, "right": 2.0, "bottom": 2.2, "left": 2.0}
# Word 2010's second copy of the styles, in the python-docx template; later Words neither
# need nor write it, and it would be one more place for the template's American English.
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


def _own_document(document: Any, meeting: Any) -> None:
    """Makes python-docx's template the record's own: British English where Word, its
    proofing and screen readers read the language (the default run properties and the theme
    font language, not the core property), A4 paper, the record's dates, and nothing left of
    the template (its comment, author, thumbnail)."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml.ns import qn
    from docx.shared import Cm, Twips

    for element in (document.styles.element, document.settings.element):
        for lang in element.iter(qn("w:lang"), qn("w:themeFontLang")):
            for attribute in (qn("w:val"), qn("w:eastAsia")):
                if lang.get(attribute) is not None:
                    lang.set(attribute, "en-GB")
    for part_rels in (document.part.package.rels, document.part.rels):
        for rel_id, rel in list(part_rels.items()):
            if rel.reltype in (RELATIONSHIP_TYPE.THUMBNAIL, STYLES_WITH_EFFECTS):
                del part_rels[rel_id]

    for section in document.sections:
        section.page_width, section.page_height = map(Twips, A4_TWIPS)
        for side, size in MARGINS_CM.items():
            setattr(section, f"{side}_margin", Cm(size))

    properties = document.core_properties
    properties.comments = ""
    properties.last_modified_by = ""
    # The record's own times, so that the file is the same whenever it is made: written when
    # it was published (a draft: when it was begun), changed when its text last was.
    created = meeting.published or meeting.created
    properties.created = _utc(created)
    properties.modified = _utc(max(created, meeting.content_updated))


def _property(text: str) -> str:
    return text if len(text) <= 255 else text[:254] + "\u2026"


def _utc(moment: datetime.datetime) -> datetime.datetime:
    # python-docx writes the time as given, with a "Z" after it.
    return moment.astimezone(datetime.UTC).replace(microsecond=0)


def _add_link(paragraph: Any, address: str) -> None:
    """Adds `address` to the paragraph as a hyperlink (an external relationship), which
    Word, its readers and screen readers follow, rather than as text that looks like one."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import RGBColor
    from docx.text.run import Run

    styles = paragraph.part.document.styles
    if "Hyperlink" not in [style.name for style in styles]:
        style = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
        # Word's own link colour, 5.9:1 on white, and underlined as links are.
        style.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
        style.font.underline = True
    link = OxmlElement("w:hyperlink")
    link.set(
        qn("r:id"),
        paragraph.part.relate_to(address, RELATIONSHIP_TYPE.HYPERLINK, is_external=True),
    )
    run = OxmlElement("w:r")
    link.append(run)
    paragraph._p.append(link)
    Run(run, paragraph).text = address
    Run(run, paragraph).style = "Hyperlink"


def check_lines(record: RecordView, checksum: str) -> list[tuple[str, str]]:
    """What a reader needs to check a copy against the published record: each line's text,
    and the address that follows it ("" for none)."""
    meeting = record.meeting
    lines = []
    if meeting.published:
        lines.append((f"Published on {format_date(timezone.localdate(meeting.published))}.", ""))
    lines.append((f"SHA-256 of the public plain-text record: {checksum}", ""))
    lines.append(("This record: ", site.absolute(meeting.get_absolute_url())))
    text_url = reverse("meetings:record_text", args=[meeting.board.slug, meeting.date.isoformat()])
    lines.append(("Plain text: ", site.absolute(text_url)))
    return lines
