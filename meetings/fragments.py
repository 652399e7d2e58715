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
sections; a signed-in reader's record body, per the view's `kept_view`) the same way (`kept`).
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from django.template import Context, Template
from django.template.loader import get_template
from django.utils.safestring import SafeString, mark_safe

from meetings import artefacts
from meetings.records import ParagraphView, RecordView, SectionView
from meetings.render_version import render_version

PARAGRAPH_TEMPLATE = "meetings/_paragraph.html"


def _live(paragraph: ParagraphView) -> bool:
    """Whether the paragraph is laid out for this reader alone (its comments, its form)."""
    return bool(getattr(paragraph, "comments", None) or getattr(paragraph, "comment_form", None))


def _around(record: RecordView, context: Context) -> str:
    """What the page shows around its paragraphs: the audience, the secretariat's edit and
    amend links, the printed document, and the record's address (the links name it)."""
    shown = "".join(
        "1" if context.get(flag) else "0" for flag in ("can_edit", "can_amend", "document")
    )
    audience = "public" if record.public else "members"
    meeting = record.meeting
    return f"{audience}:{shown}:{meeting.board.slug}:{meeting.date.isoformat()}"


def _key(record: RecordView, context: Context) -> str:
    return f"paragraphs:{_around(record, context)}:{artefacts.version_key(record.meeting)}"


# Each paragraph's HTML by what it was laid out from (`_digest`), in this process's memory: when
# a record's revision moves (an action's status, one paragraph edited), its page is laid out
# again from the paragraphs that did not change, and only the ones that did are rendered.
_LAID_OUT: OrderedDict[str, SafeString] = OrderedDict()
_LAID_OUT_LOCK = threading.Lock()
_LAID_OUT_MOST = 5000


def forget() -> None:
    """Forgets every paragraph laid out in this process: the next page lays each out again (as
    a new process would; a test compares a page so made with one made from kept parts)."""
    with _LAID_OUT_LOCK:
        _LAID_OUT.clear()


def _digest(paragraph: ParagraphView, around: str) -> str:
    """What a paragraph's HTML is made from, in short: the whole of its view (its text, numbers,
    actions with their tracking, amendments) and what surrounds it (`around`: audience, links
    shown, the record's address, the render version). The view is a frozen dataclass of plain
    values, so its repr says all of it."""
    return hashlib.blake2b(f"{around}\x00{paragraph!r}".encode(), digest_size=20).hexdigest()


def _laid_out(
    template: Template, context: Context, paragraph: ParagraphView, around: str
) -> SafeString:
    digest = _digest(paragraph, around)
    with _LAID_OUT_LOCK:
        found = _LAID_OUT.get(digest)
        if found is not None:
            _LAID_OUT.move_to_end(digest)
            return found
    html = _lay_out(template, context, paragraph)
    with _LAID_OUT_LOCK:
        _LAID_OUT[digest] = html
        while len(_LAID_OUT) > _LAID_OUT_MOST:
            _LAID_OUT.popitem(last=False)
    return html


def paragraphs_html(context: Context) -> dict[int, SafeString]:
    """The HTML of every paragraph of the record in `context` (the record page's), by id: laid
    out once per record revision and what the page shows around them (`artefacts.near`: from
    this process's memory while the shared cache holds them), a paragraph that is the
    reader's own (`_live`) for each request. A new revision reuses the HTML of every paragraph
    whose view did not change (`_laid_out`)."""
    record: RecordView = context["record"]
    template = get_template(PARAGRAPH_TEMPLATE).template

    def lay_out_all() -> dict[int, SafeString]:
        around = f"{_around(record, context)}:{render_version()}"
        return {
            paragraph.id: _laid_out(template, context, paragraph, around)
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
    revision, render version and reader's view (`kept_view`) while the view says nothing in it
    is the reader's own (`keep_parts`), else made now. Everything the part shows must come from
    the record (and its board's address), from what `kept_view` names (what the view shows one
    reader and not another: audience, links, forms), or be the page's CSRF token
    (`csrf_token`, one per page). What only the part reads the view may give as
    `part_context`, a callable made once per request (`functools.cache`) returning the values:
    they are read only when the part is made, so a page served with its part kept skips them."""
    # The token asked for only where the part is kept: asking makes the response set the
    # CSRF cookie, which an anonymous reader's page (made to be stored) must not.
    token = str(context.get("csrf_token") or "") if context.get("keep_parts") else ""
    if not token:
        return mark_safe(_made(context, render))  # noqa: S308 - the template escaped it
    meeting = context["meeting"]
    view = context.get("kept_view") or ""
    key = f"kept:{name}:{view}:{meeting.board.slug}:{artefacts.version_key(meeting)}"
    html = artefacts.near(key, lambda: _made(context, render).replace(token, CSRF_PLACE))
    return mark_safe(html.replace(CSRF_PLACE, token))  # noqa: S308 - the template escaped it


def _made(context: Context, render: Callable[[], str]) -> str:
    part_context = context.get("part_context")
    with context.push(part_context() if part_context is not None else {}):
        return render()


def view_key(view: dict[str, Any]) -> str:
    """`kept_view` for a page whose parts differ between readers only by the flags `view`
    (each a template variable the page reads): the set ones, by name."""
    return ",".join(sorted(name for name, value in view.items() if value)) or "-"
