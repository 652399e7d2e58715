"""A record's history, for its board and secretariat: every change by whom and why, a
paragraph's versions compared word by word, and what changed between the draft the attendees
were sent and the record the board agreed."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from meetings.history import agreed
from meetings.history.agreed import Moment, record_agreement
from meetings.history.diff import word_diff
from meetings.history.trail import record_history
from meetings.history.versions import Version, paragraph_versions
from meetings.models import Meeting
from meetings.scoping import get_meeting_for_user, sees_restricted
from meetings.views.common import parse_date

# Entries on a page of a record's history, newest first.
ENTRIES_PER_PAGE = 25


def _meeting_for_history(request: HttpRequest, slug: str, date: str) -> Meeting:
    """The record, for its board: 404 to anyone who may not read it, 403 to readers outside
    the board (the history keeps restricted and superseded text)."""
    meeting = get_meeting_for_user(request.user, slug, parse_date(date))
    if not sees_restricted(request.user, meeting.board_id):
        raise PermissionDenied("The history of a record is for its board")
    return meeting


@require_safe
def history(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    meeting = _meeting_for_history(request, slug, date)
    page = Paginator(record_history(meeting, reader=request.user), ENTRIES_PER_PAGE).get_page(
        request.GET.get("page")
    )
    context = {
        "meeting": meeting,
        "page": page,
        "page_numbers": page.paginator.get_elided_page_range(page.number),
        "entries": page.object_list,
    }
    return render(request, "meetings/history.html", context)


class CompareForm(forms.Form):
    """Two versions of a paragraph to compare, by their history rows."""

    def __init__(self, data: dict[str, Any], *, versions: list[Version]) -> None:
        super().__init__(data)
        choices = [(v.history_id, v.label) for v in versions]
        # "from" is a Python keyword, so the fields are added by name.
        self.fields["from"] = forms.TypedChoiceField(label="From", choices=choices, coerce=int)
        self.fields["to"] = forms.TypedChoiceField(label="To", choices=choices, coerce=int)


@require_safe
def paragraph_history(
    request: HttpRequest, slug: str, date: str, paragraph_id: int
) -> HttpResponse:
    meeting = _meeting_for_history(request, slug, date)
    paragraph = paragraph_versions(meeting, paragraph_id)
    if paragraph is None or not paragraph.versions:
        raise Http404("No such paragraph in this record")
    versions = paragraph.versions
    # Unless asked otherwise, the latest change: the version before the latest, and the latest.
    data = {"from": versions[max(len(versions) - 2, 0)].history_id, "to": versions[-1].history_id}
    data.update({key: request.GET[key] for key in ("from", "to") if key in request.GET})
    form = CompareForm(data, versions=versions)
    context: dict[str, Any] = {"meeting": meeting, "paragraph": paragraph, "form": form}
    if not form.is_valid():
        return render(request, "meetings/history_paragraph.html", context, status=400)
    old = paragraph.version(form.cleaned_data["from"])
    new = paragraph.version(form.cleaned_data["to"])
    assert old is not None and new is not None  # the form's choices are the versions
    context.update(old=old, new=new, old_and_new=[old, new], segments=word_diff(old.text, new.text))
    return render(request, "meetings/history_paragraph.html", context)


class CirculationForm(forms.Form):
    """Which circulated draft to compare with the agreed record, when it went out more than
    once."""

    def __init__(self, data: dict[str, Any], *, circulations: list[Moment]) -> None:
        super().__init__(data)
        self.fields["circulated"] = forms.TypedChoiceField(
            label="Compare the agreed record with the draft",
            choices=[(m.history_id, m.label) for m in reversed(circulations)],
            coerce=int,
        )


@require_safe
def agreed_changes(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    meeting = _meeting_for_history(request, slug, date)
    agreement = record_agreement(meeting)
    context: dict[str, Any] = {"meeting": meeting, "agreement": agreement}
    if agreement.agreed is None or not agreement.circulations:
        return render(request, "meetings/history_agreed_changes.html", context)
    # Unless asked otherwise, the draft as first sent to the attendees for accuracy: what
    # changed between then and the agreed text is what the board's comments changed.
    data = {"circulated": request.GET.get("circulated", agreement.circulations[0].history_id)}
    form = CirculationForm(data, circulations=agreement.circulations)
    context["form"] = form
    if not form.is_valid():
        return render(request, "meetings/history_agreed_changes.html", context, status=400)
    circulated = agreement.circulation(form.cleaned_data["circulated"])
    assert circulated is not None  # the form's choices are the circulations
    context.update(
        circulated=circulated,
        result=agreed.agreed_changes(meeting, circulated=circulated, agreed=agreement.agreed),
    )
    return render(request, "meetings/history_agreed_changes.html", context)
