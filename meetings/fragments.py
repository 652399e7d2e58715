"""A record page's paragraphs, each rendered once per record revision and render version.

Laying out 300 paragraphs with their actions is most of a record page's cost, and every
member (and every later request) would lay them out the same until the record changes. So
each paragraph's HTML is kept in the shared cache (`CACHES["default"]`) as one entry per
record, keyed like the stored renderings (`meetings.artefacts.version_key`: the record's
revision and the render version, so an edit or a deploy makes them anew) and by what the
page shows around them (audience, the secretariat's edit and amend links, the printed
document). A paragraph with comments or a comment form is laid out for each request: those
carry the reader's CSRF token and their own view of the thread.
"""

from __future__ import annotations

from typing import Any

from django.template import Context, Template
from django.template.loader import get_template
from django.utils.safestring import SafeString, mark_safe

from meetings import artefacts
from meetings.records import ParagraphView, RecordView, SectionView

PARAGRAPH_TEMPLATE = "meetings/_paragraph.html"


def _live(paragraph: ParagraphView) -> bool:
    """Whether the paragraph is laid out for this reader alone (its comments, its form)."""
    return bool(getattr(paragraph, "comments", None) or getattr(paragraph, "comment_form", None))


def _key(record: RecordView, context: Context) -> str:
    shown = "".join(
        "1" if context.get(flag) else "0" for flag in ("can_edit", "can_amend", "document")
    )
    audience = "public" if record.public else "members"
    # The board's slug too: the secretariat's links name it.
    meeting = record.meeting
    return f"paragraphs:{audience}:{shown}:{meeting.board.slug}:{artefacts.version_key(meeting)}"


def paragraphs_html(context: Context) -> dict[int, SafeString]:
    """The HTML of every paragraph of the record in `context` (the record page's), by id:
    from the shared cache where it may be, else laid out now (and kept)."""
    record: RecordView = context["record"]
    template = get_template(PARAGRAPH_TEMPLATE).template
    key = _key(record, context)
    kept: dict[int, str] = artefacts.cache_get(key) or {}
    made: dict[int, str] = {}
    html: dict[int, SafeString] = {}
    for section in record.sections:
        for paragraph in section.paragraphs:
            found = None if _live(paragraph) else kept.get(paragraph.id)
            if found is None:
                found = _lay_out(template, context, paragraph)
                if not _live(paragraph):
                    made[paragraph.id] = found
            html[paragraph.id] = mark_safe(found)  # noqa: S308 - the template escaped it
    if made:
        artefacts.cache_set(key, kept | made)
    return html


def _lay_out(template: Template, context: Context, paragraph: ParagraphView) -> str:
    with context.push(paragraph=paragraph):
        return template.render(context)


def section_html(context: Context, section: SectionView) -> SafeString:
    """The section's paragraphs, one `<li>` each; the record's are worked out once a page."""
    page: dict[str, Any] = context.render_context
    if "paragraphs_html" not in page:
        page["paragraphs_html"] = paragraphs_html(context)
    made = page["paragraphs_html"]
    return mark_safe("".join(made[p.id] for p in section.paragraphs))  # noqa: S308
