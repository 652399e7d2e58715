"""Matters arising for a meeting: the report the secretariat takes into it, and the one form
that closes the actions the board accepted there.

The report is the secretariat's working paper for a meeting whose record is usually still a
draft, so it is the secretariat's alone (board members follow the same actions on the
dashboard and the action log): others who may see the meeting get 403, everyone else 404.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.forms.boundfield import BoundWidget
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from actions.matters import ActionNotClosed, action_name, closed_list, matters_arising_close
from actions.selectors_board import MattersArising, matters_arising, since_meeting
from actions.services import ACTION_VERBS
from meetings.minutes import format_date
from meetings.models import Action, Meeting
from meetings.scoping import get_meeting_for_secretariat


class MattersArisingForm(forms.Form):
    accept = forms.TypedMultipleChoiceField(
        label="Accepted as complete",
        coerce=int,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "form-check-input"}),
        error_messages={
            "required": "Tick at least one action the board accepted as complete.",
            "invalid_choice": "An action ticked is not on this report (it may have been closed "
            "or moved meanwhile): nothing was closed. Check the list and send it again.",
        },
    )
    add_paragraph = forms.BooleanField(
        label="Add a Matters arising paragraph to this meeting's draft listing what was closed",
        required=False,
    )

    def __init__(self, *args: Any, report: MattersArising, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.report = report
        # Closed actions are choices too, so that one closed since the page was loaded is
        # refused as changed, with its new state, rather than as unknown.
        self.fields["accept"].choices = [(a.pk, "Accepted as complete") for a in report.actions]
        # The version each action had when the page was read: a later change refuses the form.
        for action in report.actions:
            self.fields[f"version_{action.pk}"] = forms.IntegerField(
                widget=forms.HiddenInput, initial=action.version, required=False, min_value=1
            )

    def clean_add_paragraph(self) -> bool:
        wanted = self.cleaned_data["add_paragraph"]
        if wanted and not self.report.meeting.is_editable:
            raise ValidationError(
                "The paragraph can be added only while this meeting's record is a draft."
            )
        return wanted

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if any(cleaned.get(f"version_{pk}") is None for pk in cleaned.get("accept", [])):
            raise ValidationError("The form is incomplete: open the report again and resend it.")
        return cleaned

    def accepted(self) -> list[tuple[Action, int | None]]:
        ticked = set(self.cleaned_data["accept"])
        return [
            (action, self.cleaned_data[f"version_{action.pk}"])
            for action in self.report.actions
            if action.pk in ticked
        ]


@dataclass(frozen=True)
class Row:
    action: Action
    checkbox: BoundWidget | None
    changed: bool  # refused because it changed since the page was loaded


def _parse_date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise Http404("No such record") from exc


def _page(
    request: HttpRequest,
    report: MattersArising,
    form: MattersArisingForm,
    *,
    changed: int | None = None,
    status: int = 200,
) -> HttpResponse:
    checkboxes = {str(widget.data["value"]): widget for widget in form["accept"]}

    def rows(actions: list[Action]) -> list[Row]:
        return [
            Row(
                action,
                checkboxes[str(action.pk)] if action.status != Action.Status.CLOSED else None,
                action.pk == changed,
            )
            for action in actions
        ]

    records = [(meeting, rows(actions)) for meeting, actions in report.records]
    context = {
        "meeting": report.meeting,
        "report": report,
        "proposed": rows(report.proposed),
        "records": records,
        "since": since_meeting(report.previous),
        "form": form,
        "close": ACTION_VERBS["close"],
    }
    return render(request, "actions/matters_arising.html", context, status=status)


def _refused(request: HttpRequest, report: MattersArising, exc: ActionNotClosed) -> HttpResponse:
    """The form again with what was ticked, based on the actions as they are now."""
    data: QueryDict = request.POST.copy()
    for action in report.actions:
        data[f"version_{action.pk}"] = str(action.version)
    form = MattersArisingForm(data, report=report)
    form.is_valid()
    current = next((a for a in report.actions if a.pk == exc.action.pk), None)
    if exc.code == "stale" and current is not None:
        message = (
            f"{action_name(current)} changed since you opened this page: it is now "
            f"{current.get_status_display().lower()} (shown below). Nothing was closed. "
            "Check it and send the form again."
        )
    else:
        message = exc.messages[0]
    form.add_error(None, message)
    return _page(request, report, form, changed=exc.action.pk, status=400)


def _closed_message(meeting: Meeting, actions: list[Action], *, paragraph: bool) -> str:
    message = f"Closed at the meeting of {format_date(meeting.date)}: {closed_list(actions)}."
    if paragraph:
        message += " A paragraph saying so is added to this meeting's draft, under Matters arising."
    return message


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def matters_arising_page(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    meeting = get_meeting_for_secretariat(request.user, slug, _parse_date(date))
    report = matters_arising(request.user, meeting)
    if request.method != "POST":
        return _page(request, report, MattersArisingForm(report=report))
    form = MattersArisingForm(request.POST, report=report)
    if form.is_valid():
        accepted = form.accepted()
        add_paragraph = form.cleaned_data["add_paragraph"]
        try:
            matters_arising_close(
                meeting=meeting, by=request.user, accepted=accepted, add_paragraph=add_paragraph
            )
        except ActionNotClosed as exc:
            return _refused(request, report, exc)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            actions = [action for action, _ in accepted]
            messages.success(request, _closed_message(meeting, actions, paragraph=add_paragraph))
            return redirect(
                reverse(
                    "board_actions:matters_arising",
                    args=[meeting.board.slug, meeting.date.isoformat()],
                )
            )
    return _page(request, report, form, status=400)
