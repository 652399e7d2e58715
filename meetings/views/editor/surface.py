"""The editor's paragraphs as they stand (not open as a form), written here rather than in
the template: a draft of 300 paragraphs through the template engine costs most of the page
(every variable, tag and include per row), and these rows are the same for every paragraph
but their values. The template (`editor/_paragraph.html`) writes only a paragraph with a
form open in it, and takes its other parts (its box, its menu, its actions) from here, so
that each piece of markup has one source.

Every value is escaped here, as the template would escape it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from meetings.records import ActionView, ParagraphView, SectionView


def safe(html: str) -> SafeString:
    """Markup made in this module, every value in it escaped."""
    return mark_safe(html)  # noqa: S308 - every value escaped where the markup is made


@dataclass(frozen=True)
class Row:
    """A paragraph's markup: `whole` when nothing in it is open, else its pieces for the
    template to put around the form that is."""

    whole: SafeString | str = ""
    box: SafeString | str = ""
    menu: SafeString | str = ""
    actions: list[tuple[ActionView, SafeString]] = field(default_factory=list)
    new_link: SafeString | str = ""
    comments: SafeString | str = ""


def item_menu(
    kind: str,
    pk: int,
    label: str,
    *,
    move: str,
    delete: str,
    edit: str,
    csrf: str,
) -> str:
    """One menu per item (attendees, sections, paragraphs and actions alike):
    the Options button JavaScript shows, and the list of its buttons in one form."""
    label = escape(label)
    extra = (
        f'<li><a href="?add=action:{pk}#action-add-{pk}" class="btn btn-link btn-sm" '
        f'data-add-action="{pk}">Add an action<span class="visually-hidden"> to {label}'
        f"</span></a></li>\n"
        f'<li><button type="button" class="btn btn-link btn-sm" data-make-action="{pk}" '
        f"hidden>Make an action of the selected words</button></li>\n"
        if kind == "paragraph"
        else ""
    )
    return (
        f'<div class="item-menu" data-item="{kind}">\n'
        f'<button type="button" class="btn btn-sm btn-outline-secondary menu-button" '
        f'aria-expanded="false" aria-controls="menu-{kind}-{pk}" hidden>Options'
        f'<span class="visually-hidden"> for {label}</span></button>\n'
        f'<form method="post" action="{move}" id="menu-{kind}-{pk}" class="menu-list">{csrf}'
        f'<input type="hidden" name="target" value="{pk}"><ul>\n'
        f'<li><button type="submit" name="direction" value="up" class="btn btn-link btn-sm" '
        f'data-move="up">Move up<span class="visually-hidden"> {label}</span></button></li>\n'
        f'<li><button type="submit" name="direction" value="down" class="btn btn-link btn-sm" '
        f'data-move="down">Move down<span class="visually-hidden"> {label}</span></button></li>\n'
        f"{extra}"
        f'<li><a href="?edit={kind}:{pk}" class="btn btn-link btn-sm">{escape(edit)}'
        f'<span class="visually-hidden"> {label}</span></a></li>\n'
        f'<li><button type="submit" formaction="{delete}" class="btn btn-link btn-sm '
        f'text-danger">Delete<span class="visually-hidden"> {label}</span></button></li>\n'
        f"</ul></form>\n</div>\n"
    )


def _box(paragraph: ParagraphView, urls: dict[str, str], csrf: str, limit: int) -> str:
    """The paragraph written in place: a plain text box in the flow of the record, saved as
    the clerk types (static/js/editor.js), or with its button without JavaScript."""
    pk, ref = paragraph.id, escape(paragraph.ref)
    flags = (
        '<input type="hidden" name="restricted" value="on">' if paragraph.restricted else ""
    ) + ('<input type="hidden" name="decision" value="on">' if paragraph.decision else "")
    marks = (
        ' <span class="badge text-bg-warning">Restricted</span>' if paragraph.restricted else ""
    ) + (' <strong class="decision-label">Decision</strong>' if paragraph.decision else "")
    return (
        f'<form method="post" action="{urls["paragraph_update"]}" class="in-place" '
        f'data-hx-boost="false">{csrf}<input type="hidden" name="target" value="{pk}">'
        f'<input type="hidden" name="version" value="{paragraph.version}">{flags}\n'
        f'<label for="text-{pk}" class="ref"><span class="visually-hidden">Paragraph </span>'
        f"{ref}</label>{marks}\n"
        # A newline first: the HTML parser drops one leading newline of a textarea's text.
        f'<textarea id="text-{pk}" name="text" class="form-control in-place-text" rows="3" '
        f'maxlength="{limit}" data-part="paragraph-{pk}">\n{escape(paragraph.text)}</textarea>\n'
        f'<button type="submit" class="btn btn-outline-primary btn-sm mt-1 no-js-save">'
        f"Save paragraph {ref}</button>\n</form>\n"
    )


def _action(action: ActionView, urls: dict[str, str], csrf: str) -> str:
    owner = escape(action.owner) if action.owner else "not set"
    people = ", ".join(escape(str(p)) for p in action.owner_people)
    if not action.owner and not people:
        # No one could report progress on it (lifecycle.ownerless_actions): said plainly.
        owner = '<strong class="no-owner">No owner yet</strong>'
    due = f"{action.due.day} {action.due:%B %Y}" if action.due else "no date set"
    label = action.text if len(action.text) <= 40 else action.text[:39] + "…"
    menu = item_menu(
        "action",
        action.id,
        label,
        move=urls["action_move"],
        delete=urls["action_delete"],
        edit="Edit",
        csrf=csrf,
    )
    return (
        f'<p class="mb-1"><strong>Action {action.number}:</strong> {escape(action.text)}\n'
        f'<span class="action-meta">Owner: {owner}{f" ({people})" if people else ""} · '
        f"Due: {due}</span></p>\n{menu}"
    )


def paragraph_row(
    paragraph: ParagraphView,
    section: SectionView,
    *,
    urls: dict[str, str],
    csrf: str,
    limit: int,
    open_here: bool,
    comments: str = "",
) -> Row:
    """The paragraph's markup: whole when `open_here` is false (nothing of it open as a form),
    else in pieces for `editor/_paragraph.html`. `comments` (made from `meetings/_comments.html`)
    go below its actions."""
    pk = paragraph.id
    box = _box(paragraph, urls, csrf, limit)
    menu = item_menu(
        "paragraph",
        pk,
        f"paragraph {paragraph.ref}",
        move=urls["paragraph_move"],
        delete=urls["paragraph_delete"],
        edit="Edit",
        csrf=csrf,
    )
    actions = [(action, safe(_action(action, urls, csrf))) for action in paragraph.actions]
    new_link = (
        f'<p class="new-paragraph mb-0"><a href="?add=paragraph:{section.id}&amp;after={pk}'
        f'#paragraph-add-{section.id}" class="btn btn-link btn-sm ps-0" '
        f'data-new-paragraph="{section.id}" data-after="{pk}">New paragraph after '
        f"{escape(paragraph.ref)}</a></p>\n"
    )
    if open_here:
        return Row(
            box=safe(box),
            menu=safe(menu),
            actions=actions,
            new_link=safe(new_link),
            comments=safe(comments),
        )
    action_divs = "".join(
        f'<div id="action-{action.id}" class="action ms-3 mt-2">\n{html}</div>\n'
        for action, html in actions
    )
    whole = (
        f'<li id="paragraph-{pk}" class="editor-paragraph" data-paragraph="{pk}" '
        f'data-ref="{escape(paragraph.ref)}">\n<div class="paragraph-body">\n'
        f"{box}{menu}{action_divs}{comments}{new_link}</div>\n</li>\n"
    )
    return Row(whole=safe(whole))
