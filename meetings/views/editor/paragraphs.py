"""The record's paragraphs: added (one per block of text), edited (refused, with both texts,
when someone else saved first), moved and deleted; and an agreed record's amendments."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from meetings.forms import AmendForm, ParagraphForm
from meetings.scoping import get_meeting_for_secretariat
from meetings.services import editing, record_amend_paragraph
from meetings.views.common import add_errors, parse_date
from meetings.views.editor.answers import autosave, move_part, refused_part, saved, saved_in_place
from meetings.views.editor.decorators import keeps_typed_text
from meetings.views.editor.forms import OpenForm, choices_for
from meetings.views.editor.parts import paragraphs_of, posted_part, sections_of
from meetings.views.editor.undo import delete_with_undo


@require_POST
@keeps_typed_text
def paragraph_add(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    meeting = get_meeting_for_secretariat(request.user, slug, parse_date(date))
    section = posted_part(sections_of(meeting), request)
    # Where the clerk was: the paragraph the new one follows (by default, the section's end).
    after_id = request.POST.get("after", "")
    after = (
        paragraphs_of(meeting).filter(pk=after_id, section=section).first()
        if after_id.isdecimal()
        else None
    )
    choices = choices_for(meeting.board)
    open_form = OpenForm(
        "paragraph-add", section.pk, ParagraphForm(request.POST), after.pk if after else None
    )
    if not open_form.form.is_valid():
        return refused_part(request, meeting, choices, open_form)
    d = open_form.form.cleaned_data
    try:
        added = editing.paragraph_add(
            section=section,
            by=request.user,
            text=d["text"],
            restricted=d["restricted"],
            decision=d["decision"],
            after=after,
        )
    except ValidationError as exc:
        return refused_part(request, meeting, choices, open_form, exc)
    # Text with blank lines makes several paragraphs: back to the last, where the clerk writes
    # on (without JavaScript, to the first, to read them from the top).
    part = added[-1] if autosave(request) else added[0]
    within = f"section-{section.pk}"
    return saved(request, meeting, "The paragraph is added.", f"paragraph-{part.pk}", within=within)


@require_POST
@keeps_typed_text
def paragraph_update(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    meeting = get_meeting_for_secretariat(request.user, slug, parse_date(date))
    paragraph = posted_part(paragraphs_of(meeting), request)
    choices = choices_for(meeting.board)
    open_form = OpenForm("paragraph", paragraph.pk, ParagraphForm(request.POST))
    if not open_form.form.is_valid():
        return refused_part(request, meeting, choices, open_form)
    d = open_form.form.cleaned_data
    try:
        updated = editing.paragraph_update(
            paragraph=paragraph,
            by=request.user,
            text=d["text"],
            restricted=d["restricted"],
            decision=d["decision"],
            version=d["version"] or 0,
        )
    except ValidationError as exc:
        # An edit conflict among them: the form comes back beside the text saved meanwhile.
        return refused_part(request, meeting, choices, open_form, exc)
    split = updated.text != d["text"].strip()
    # Numbers move within the paragraph's section only: htmx gets that section alone.
    within = f"section-{updated.section_id}"
    if autosave(request):
        if not split:
            # Saved while typing: the page stays as it is, with the paragraph's new version.
            return saved_in_place(version=str(updated.version))
        # A blank line split it: the page comes back with the clerk in the last new paragraph.
        last = (
            paragraphs_of(meeting)
            .filter(section=updated.section_id, position__gt=updated.position)
            .order_by("position")[len(editing.paragraph_blocks(d["text"])) - 2]
        )
        part = f"paragraph-{last.pk}"
        return saved(request, meeting, "The paragraph is split.", part, within=within)
    part = f"paragraph-{paragraph.pk}"
    return saved(request, meeting, "The paragraph is saved.", part, within=within)


@require_POST
@keeps_typed_text
def paragraph_move(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    meeting = get_meeting_for_secretariat(request.user, slug, parse_date(date))
    paragraph = posted_part(paragraphs_of(meeting), request)
    part, within = f"paragraph-{paragraph.pk}", f"section-{paragraph.section_id}"
    return move_part(
        request, meeting, editing.paragraph_move, part, within=within, paragraph=paragraph
    )


@require_POST
@keeps_typed_text
def paragraph_delete(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    meeting = get_meeting_for_secretariat(request.user, slug, parse_date(date))
    paragraph = posted_part(paragraphs_of(meeting), request)
    return delete_with_undo(request, meeting, editing.paragraph_delete, paragraph=paragraph)


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def amend(request: HttpRequest, slug: str, date: str, paragraph: int) -> HttpResponse:
    """An agreed record's paragraph changes only by an amendment, with its reason."""
    meeting = get_meeting_for_secretariat(request.user, slug, parse_date(date))
    row = paragraphs_of(meeting).filter(pk=paragraph).first()
    if row is None:
        raise Http404("Not part of this record")
    if not meeting.is_amendable:
        messages.info(request, "Only an agreed record is amended; a draft is edited directly.")
        return redirect(meeting)
    initial = {"text": row.text, "version": row.version}
    form = AmendForm(request.POST or None, initial=initial, ref=row.ref)
    if request.method == "POST" and form.is_valid():
        try:
            record_amend_paragraph(paragraph=row, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            add_errors(form, exc)
        else:
            messages.success(request, f"Paragraph {row.ref} is amended.")
            return redirect(meeting.get_absolute_url() + "#" + row.anchor)
    status = 400 if request.method == "POST" else 200
    context = {"meeting": meeting, "paragraph": row, "form": form}
    return render(request, "meetings/amend.html", context, status=status)
