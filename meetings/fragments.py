"""A record page's paragraphs, each rendered once per record revision and render version.

Laying out 300 paragraphs with their actions is most of a record page's cost, and every
member (and every later request) would lay them out the same until the record changes. So
each paragraph's HTML is kept in the shared cache (`CACHES["default"]`) as one entry per
record, keyed like the stored renderings (`meetings.artefacts.version_key`: the record's
revision and the render version, so an edit or a deploy makes them anew) and by what the
page shows around them (audience, the secretariat's edit and amend links, the printed
document). A paragraph with comments or a comment form is laid out for each request: those
carry the reader's CSRF token and their own view of the thread.

`{% kept "name" %}…{% endkept %}` keeps a larger part of a page (the editor's attendees and
sections) the same way (`kept`).
"""

from __future__ import annotations

from collections.abc import Callable
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
    """The HTML of every paragraph of the record in `context` (the record page's), by id: laid
    out once per record revision and what the page shows around them (`artefacts.near`: from
    this process's memory while the shared cache holds them), a paragraph that is the
    reader's own (`_live`) for each request."""
    record: RecordView = context["record"]
    template = get_template(PARAGRAPH_TEMPLATE).template

    def lay_out_all() -> dict[int, SafeString]:
        return {
            paragraph.id: _lay_out(template, context, paragraph)
            for section in record.sections
            for paragraph in section.paragraphs
            if not _live(paragraph)
        }

    kept: dict[int, SafeString] = artefacts.near(_key(record, context), lay_out_all)
    html: dict[int, SafeString] = {}
    for section in record.sections:
        for paragraph in section.paragraphs:
            found = None if _live(paragraph) else kept.get(paragraph.id)
            # Live here, or live (a comment refused on it) when the others were laid out.
            html[paragraph.id] = _lay_out(template, context, paragraph) if found is None else found
    return html


def _lay_out(template: Template, context: Context, paragraph: ParagraphView) -> SafeString:
    with context.push(paragraph=paragraph):
        return mark_safe(template.render(context))  # noqa: S308 - the template escaped it


def section_html(context: Context, section: SectionView) -> SafeString:
    """The section's paragraphs, one `<li>` each; the record's are worked out once a page."""
    page: dict[str, Any] = context.render_context
    if "paragraphs_html" not in page:
        page["paragraphs_html"] = paragraphs_html(context)
    made = page["paragraphs_html"]
    return mark_safe("".join(made[p.id] for p in section.paragraphs))  # noqa: S308


# Parts kept by `{% kept %}`, the page's CSRF token in them replaced by CSRF_PLACE (no text
# holds a NUL: PostgreSQL refuses one): a draft's editor is a megabyte, so they are served from
# this process's memory while the shared cache holds them (`artefacts.near`).
CSRF_PLACE = "\x00csrf-token\x00"


def kept(context: Context, name: str, render: Callable[[], str]) -> SafeString:
    """The part `name` of the record page in `context` as `render` makes it: kept per record
    revision and render version while the view says nothing in it is the reader's own
    (`keep_parts`), else made now. Everything the part shows must come from the record (and
    its board's address), the page's CSRF token (`csrf_token`, one per page) aside."""
    token = str(context.get("csrf_token") or "")
    if not context.get("keep_parts") or not token:
        return mark_safe(render())  # noqa: S308 - the template escaped it
    meeting = context["meeting"]
    key = f"kept:{name}:{meeting.board.slug}:{artefacts.version_key(meeting)}"
    html = artefacts.near(key, lambda: render().replace(token, CSRF_PLACE))
    return mark_safe(html.replace(CSRF_PLACE, token))  # noqa: S308 - the template escaped it
