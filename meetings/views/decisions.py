"""A board's decisions register, `/boards/<slug>/decisions/`: the paragraphs its records keep as
decisions, filtered by meeting, dates and words, a page at a time, and the same as CSV."""

from __future__ import annotations

import csv
from typing import Any

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import Truncator
from django.views.decorators.http import require_safe

from meetings.models import Board, Meeting, Paragraph
from meetings.registers import board_decisions, filter_decisions, register_meetings
from meetings.scoping import get_board_for_user
from prob.site import absolute
from prob.spreadsheets import neutralise

PER_PAGE = 25
CSV_HEADERS = ("Meeting date", "Record", "Minute", "Decision", "Restricted", "Address")


class _MeetingChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj: Meeting) -> str:
        return date_format(obj.date, "j F Y")


class DecisionFilterForm(forms.Form):
    """The register's filters, read from the query string. A value that makes no sense fails
    its field and is left out, with a message saying so."""

    meeting = _MeetingChoice(
        label="Meeting", queryset=Meeting.objects.none(), required=False, empty_label="Any meeting"
    )
    start = forms.DateField(
        label="Meetings on or after",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    end = forms.DateField(
        label="Meetings on or before",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    q = forms.CharField(label="Words in the decision", required=False, max_length=200)

    def __init__(self, data: QueryDict, meetings: QuerySet[Meeting]) -> None:
        super().__init__(data)
        self.fields["meeting"].queryset = meetings

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and start > end:
            self.add_error("end", "The end date is before the start date.")
        return cleaned


def _filtered(
    request: HttpRequest, board: Board, *, say: bool = True
) -> tuple[QuerySet[Paragraph], DecisionFilterForm]:
    """The register as the query string filters it. Invalid values are said (a message, on the
    page) and dropped, so that the form and the page links carry only the filters in force."""
    meetings = register_meetings(request.user, board)
    form = DecisionFilterForm(request.GET, meetings)
    if not form.is_valid():
        query = request.GET.copy()
        for name, errors in form.errors.items():
            if name in form.fields:
                value = Truncator(request.GET.get(name, "")).chars(40)
                note = f"{form.fields[name].label} “{value}” was ignored: " + " ".join(errors)
                if say:
                    messages.warning(request, note)
                query.pop(name, None)
        form = DecisionFilterForm(query, meetings)
        form.is_valid()
    data = form.cleaned_data
    decisions = filter_decisions(
        board_decisions(request.user, board),
        meeting=data.get("meeting"),
        start=data.get("start"),
        end=data.get("end"),
        words=data.get("q") or "",
    )
    return decisions, form


def _query(form: DecisionFilterForm) -> QueryDict:
    """The filters in force, for the page links and the download link."""
    query = QueryDict(mutable=True)
    for name in form.fields:
        value = form.data.get(name)
        if value:
            query[name] = value
    return query


@require_safe
def decisions(request: HttpRequest, slug: str) -> HttpResponse:
    board = get_board_for_user(request.user, slug)
    found, form = _filtered(request, board)
    page = Paginator(found, PER_PAGE).get_page(request.GET.get("page"))
    page.object_list = list(page.object_list)
    query = _query(form)
    context = {
        "board": board,
        "form": form,
        "page": page,
        "query": query,
        "filtered": bool(query),
    }
    return render(request, "meetings/decisions.html", context)


def _csv_row(paragraph: Paragraph) -> list[str]:
    meeting = paragraph.section.meeting
    address = absolute(f"{meeting.get_absolute_url()}#{paragraph.anchor}")
    return [
        meeting.date.isoformat(),
        neutralise(meeting.title),
        neutralise(paragraph.ref),
        neutralise(paragraph.text),
        "Yes" if paragraph.restricted or paragraph.section.restricted else "No",
        address,
    ]


@require_safe
def decisions_csv(request: HttpRequest, slug: str) -> HttpResponse:
    board = get_board_for_user(request.user, slug)
    found, _ = _filtered(request, board, say=False)
    filename = f"{board.slug}-decisions-{timezone.localdate():%Y-%m-%d}.csv"
    response = HttpResponse(
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
    # A byte order mark, so that Excel reads the file as UTF-8, as the action log's CSV does.
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(CSV_HEADERS)
    for paragraph in found.iterator(chunk_size=1000):
        writer.writerow(_csv_row(paragraph))
    return response
