"""The board's action log: its query, and the filters and sorting read from the query string.

One query serves the page and both exports (`actions.exports`), so a download holds exactly
what the log shows with the same filters. Everything starts from `actions_for(user)`; the
choices offered in the filter form come from the same actions, so they name nothing the user
may not see. A value that makes no sense (a bad date, an unknown id) fails its form field and
is left out of the filtering: `ignored_filters` says which, for the page to tell the reader.
"""

from __future__ import annotations

import datetime
from typing import Any

import django_filters
from crispy_forms.helper import FormHelper
from crispy_forms.layout import Column, Layout, Row
from django import forms
from django.db.models import Case, Exists, F, IntegerField, OuterRef, Q, QuerySet, Subquery, When
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import Truncator

from actions.models import ActionUpdate
from meetings.action_scoping import actions_for
from meetings.models import Action, Board, Meeting, Organisation, Person
from meetings.scoping import meetings_for

OVERDUE = "overdue"
STATUS_CHOICES = [*Action.Status.choices, (OVERDUE, "Overdue")]

_MEETING = "paragraph__section__meeting"
_MEETING_DATE = f"{_MEETING}__date"

# The lifecycle's order, so that sorting by status reads open → closed rather than A → Z.
_STATUS_ORDER = Case(
    *(When(status=value, then=index) for index, value in enumerate(Action.Status.values)),
    output_field=IntegerField(),
)
# Within one meeting, actions read in the record's order.
_BY_NUMBER = ("number", "pk")

# Each sort, and the ordering it stands for; ties fall back to the newest meeting first.
SORTS: dict[str, tuple[str, tuple[Any, ...]]] = {
    "-meeting": ("Meeting, newest first", (F(_MEETING_DATE).desc(), *_BY_NUMBER)),
    "meeting": ("Meeting, oldest first", (F(_MEETING_DATE).asc(), *_BY_NUMBER)),
    # An action with no due date sorts after every dated one, whichever way, on any database.
    "due": (
        "Due date, soonest first",
        (F("due").asc(nulls_last=True), F(_MEETING_DATE).desc(), *_BY_NUMBER),
    ),
    "-due": (
        "Due date, latest first",
        (F("due").desc(nulls_last=True), F(_MEETING_DATE).desc(), *_BY_NUMBER),
    ),
    "number": ("Number", ("number", F(_MEETING_DATE).desc(), "pk")),
    "status": ("Status", (_STATUS_ORDER, F(_MEETING_DATE).desc(), *_BY_NUMBER)),
}
DEFAULT_SORT = "-meeting"


def overdue_q(today: datetime.date | None = None) -> Q:
    """`Action.is_overdue` as a query: derived on every read, never stored."""
    today = today or timezone.localdate()
    return Q(due__lt=today) & ~Q(status=Action.Status.CLOSED)


def board_log(user: Any, board: Board) -> QuerySet[Action]:
    """Every action the user may see on the board, of records past draft (a draft's actions
    are in its editor), with what a row of the log shows, in a fixed number of queries
    whatever the number of actions."""
    latest = ActionUpdate.objects.filter(action=OuterRef("pk")).order_by("-created", "-pk")
    readable = meetings_for(user).filter(pk=OuterRef(f"{_MEETING}_id"))
    return (
        actions_for(user)
        .raised()
        .filter(**{f"{_MEETING}__board": board})
        .select_related(f"{_MEETING}__board", "owner")
        .prefetch_related("owner_people")
        .annotate(
            last_update_text=Subquery(latest.values("text")[:1]),
            last_update_at=Subquery(latest.values("created")[:1]),
            # Owners see their actions before they may read the record that raised them.
            reads_record=Exists(readable),
        )
        .order_by(*SORTS[DEFAULT_SORT][1])
    )


class _MeetingChoiceField(django_filters.fields.ModelChoiceField):
    def label_from_instance(self, obj: Meeting) -> str:
        return date_format(obj.date, "j F Y")


class _MeetingFilter(django_filters.ModelChoiceFilter):
    field_class = _MeetingChoiceField


class ActionLogFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(
        label="Status", choices=STATUS_CHOICES, empty_label="Any status", method="filter_status"
    )
    owner = django_filters.ModelChoiceFilter(
        label="Owner organisation",
        field_name="owner",
        queryset=Organisation.objects.none(),
        empty_label="Any organisation",
    )
    person = django_filters.ModelChoiceFilter(
        label="Named owner",
        field_name="owner_people",
        queryset=Person.objects.none(),
        empty_label="Anyone",
    )
    meeting = _MeetingFilter(
        label="Meeting",
        field_name=_MEETING,
        queryset=Meeting.objects.none(),
        empty_label="Any meeting",
    )
    due_after = django_filters.DateFilter(
        label="Due on or after",
        field_name="due",
        lookup_expr="gte",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    due_before = django_filters.DateFilter(
        label="Due on or before",
        field_name="due",
        lookup_expr="lte",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    q = django_filters.CharFilter(
        label="Action text contains", field_name="text", lookup_expr="icontains", max_length=200
    )
    sort = django_filters.ChoiceFilter(
        label="Sort by",
        choices=[(key, label) for key, (label, _) in SORTS.items()],
        empty_label=None,
        method="sort_by",
    )

    class Meta:
        model = Action
        fields: list[str] = []

    def __init__(self, data: Any, queryset: QuerySet[Action], **kwargs: Any) -> None:
        super().__init__(data, queryset, **kwargs)
        # Only what the user's own log holds is offered.
        self.filters["owner"].queryset = Organisation.objects.filter(
            pk__in=queryset.values("owner")
        ).order_by("short_name")
        self.filters["person"].queryset = Person.objects.filter(
            pk__in=queryset.values("owner_people")
        ).order_by("name")
        self.filters["meeting"].queryset = Meeting.objects.filter(
            pk__in=queryset.values(_MEETING)
        ).order_by("-date")

    def filter_status(self, queryset: QuerySet[Action], name: str, value: str) -> QuerySet:
        if value == OVERDUE:
            return queryset.filter(overdue_q())
        return queryset.filter(status=value)

    def sort_by(self, queryset: QuerySet[Action], name: str, value: str) -> QuerySet:
        return queryset.order_by(*SORTS[value][1])

    @property
    def current_sort(self) -> str:
        if not self.is_bound or "sort" in self.errors:
            return DEFAULT_SORT
        return self.form.cleaned_data.get("sort") or DEFAULT_SORT

    def ignored_filters(self) -> list[str]:
        """What was left out, and why, in words for the reader."""
        form = self.form
        return [
            f"{form.fields[name].label} “{Truncator(form.data.get(name, '')).chars(40)}” "
            "was ignored: " + " ".join(errors)
            for name, errors in form.errors.items()
        ]


def filter_form_helper() -> FormHelper:
    """The filter form laid out in columns on wide screens, one field a line on a phone."""
    helper = FormHelper()
    helper.form_tag = False
    helper.disable_csrf = True
    cell = "col-12 col-sm-6 col-lg-3"
    helper.layout = Layout(
        Row(
            Column("status", css_class=cell),
            Column("owner", css_class=cell),
            Column("person", css_class=cell),
            Column("meeting", css_class=cell),
        ),
        Row(
            Column("due_after", css_class=cell),
            Column("due_before", css_class=cell),
            Column("q", css_class=cell),
            Column("sort", css_class=cell),
        ),
    )
    return helper
