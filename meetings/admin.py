from collections.abc import Callable
from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Model, QuerySet
from django.forms import ModelForm
from django.http import HttpRequest
from simple_history.admin import SimpleHistoryAdmin

from meetings.models import (
    Attendance,
    Board,
    Meeting,
    Membership,
    Organisation,
    Paragraph,
    Person,
    Section,
)
from meetings.services import record_renumber
from meetings.services.lifecycle import VERBS, Verb


def _meeting_of(obj: Any) -> Meeting | None:
    if isinstance(obj, Meeting):
        return obj
    if isinstance(obj, Section):
        return obj.meeting
    if isinstance(obj, Paragraph):
        return obj.section.meeting
    return None


class FrozenRecordMixin:
    """An agreed record changes only by amendment, with a reason, never by a silent edit in
    the admin; a record past draft is never deleted."""

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        meeting = _meeting_of(obj)
        if meeting is not None and meeting.is_frozen:
            return False
        return super().has_change_permission(request, obj)  # type: ignore[misc]

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        meeting = _meeting_of(obj)
        if meeting is not None and meeting.status != Meeting.Status.DRAFT:
            return False
        return super().has_delete_permission(request, obj)  # type: ignore[misc]


class RenumberedRecordMixin:
    """A draft's numbers follow from its order, and only `record_renumber` gives them: after
    the admin adds, moves or deletes a section or paragraph (on its own page or in the
    meeting's inline), the record is renumbered in the same transaction, as the editor's
    services do. An agreed record is never renumbered (and never changed here)."""

    def save_model(self, request: HttpRequest, obj: Model, form: ModelForm, change: bool) -> None:
        super().save_model(request, obj, form, change)  # type: ignore[misc]
        if not isinstance(obj, Meeting):  # its inlines are saved later, in save_related
            _renumber(obj)

    def save_related(
        self, request: HttpRequest, form: ModelForm, formsets: Any, change: bool
    ) -> None:
        super().save_related(request, form, formsets, change)  # type: ignore[misc]
        _renumber(form.instance)

    def delete_model(self, request: HttpRequest, obj: Model) -> None:
        meeting = _meeting_of(obj)
        super().delete_model(request, obj)  # type: ignore[misc]
        if meeting is not None and not isinstance(obj, Meeting):
            _renumber(meeting)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet) -> None:
        meetings = {meeting.pk: meeting for obj in queryset if (meeting := _meeting_of(obj))}
        super().delete_queryset(request, queryset)  # type: ignore[misc]
        if queryset.model is not Meeting:
            for meeting in meetings.values():
                _renumber(meeting)


def _renumber(obj: Model) -> None:
    meeting = _meeting_of(obj)
    if meeting is not None:
        record_renumber(meeting)


class FrozenRecordInline(FrozenRecordMixin, admin.TabularInline):
    """Nothing is added to an agreed record from the admin either."""

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        meeting = _meeting_of(obj)
        if meeting is not None and meeting.is_frozen:
            return False
        return super().has_add_permission(request, obj)


@admin.register(Board)
class BoardAdmin(SimpleHistoryAdmin):
    list_display = ("name", "slug", "meeting_length")
    prepopulated_fields = {"slug": ("name",)}
    search_fields = ("name",)


@admin.register(Organisation)
class OrganisationAdmin(SimpleHistoryAdmin):
    list_display = ("short_name", "name")
    search_fields = ("short_name", "name")


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ("board",)


@admin.register(Person)
class PersonAdmin(SimpleHistoryAdmin):
    list_display = ("name", "organisation", "user")
    list_filter = ("organisation",)
    list_select_related = ("organisation", "user")
    search_fields = ("name", "user__email")
    autocomplete_fields = ("user",)
    inlines = (MembershipInline,)


@admin.register(Membership)
class MembershipAdmin(SimpleHistoryAdmin):
    list_display = ("person", "board", "role", "start_date", "end_date")
    list_filter = ("board", "role")
    list_select_related = ("person", "board")
    autocomplete_fields = ("person", "board")


class AttendanceInline(FrozenRecordInline):
    model = Attendance
    extra = 0
    autocomplete_fields = ("person",)


class SectionInline(FrozenRecordInline):
    model = Section
    extra = 0
    fields = ("position", "title", "restricted", "number")
    readonly_fields = ("number",)


def lifecycle_action(
    *, name: str, description: str, run: Callable[[Any, Any], Any], related: str
) -> Any:
    """An admin action that takes one lifecycle step on each selected row (`run(row, by)`),
    saying for each row that it is done or, in the service's words, why not."""

    @admin.action(description=description)
    def action(modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet) -> None:
        for row in queryset.select_related(related):
            try:
                run(row, request.user)
            except ValidationError as exc:
                modeladmin.message_user(request, f"{row}: {' '.join(exc.messages)}", messages.ERROR)
            else:
                modeladmin.message_user(request, f"{row}: done.")

    action.__name__ = name
    return action


def _verb_action(verb: Verb) -> Any:
    """The verb with the arguments its form would have asked for, which the admin shows none of."""

    def run(meeting: Meeting, by: Any) -> Meeting:
        return verb.run(meeting, by=by, **verb.admin_arguments(meeting))

    return lifecycle_action(name=verb.name, description=verb.admin_label, run=run, related="board")


@admin.register(Meeting)
class MeetingAdmin(RenumberedRecordMixin, FrozenRecordMixin, SimpleHistoryAdmin):
    list_display = ("title", "board", "date", "status", "announced")
    list_filter = ("board", "status", "announced")
    list_select_related = ("board",)
    date_hierarchy = "date"
    search_fields = ("title",)
    # The lifecycle moves only through its service, which freezes numbers on agreement.
    readonly_fields = ("status", "agreed_at")
    actions = [_verb_action(verb) for verb in VERBS.values()]
    inlines = (AttendanceInline, SectionInline)


@admin.register(Section)
class SectionAdmin(RenumberedRecordMixin, FrozenRecordMixin, SimpleHistoryAdmin):
    list_display = ("title", "meeting", "position", "restricted")
    list_filter = ("meeting__board", "restricted")
    list_select_related = ("meeting__board",)
    search_fields = ("title",)


@admin.register(Paragraph)
class ParagraphAdmin(RenumberedRecordMixin, FrozenRecordMixin, SimpleHistoryAdmin):
    list_display = ("__str__", "section", "position", "restricted")
    list_filter = ("restricted",)
    search_fields = ("text",)
    list_select_related = ("section",)
