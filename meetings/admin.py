from collections.abc import Callable
from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
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
from meetings.services import (
    record_agree,
    record_circulate,
    record_publish,
    record_return_to_draft,
)


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


def _next_meeting(meeting: Meeting) -> Meeting:
    following = Meeting.objects.filter(board=meeting.board_id, date__gt=meeting.date)
    at = following.order_by("date").first()
    if at is None:
        raise ValidationError("There is no later meeting of the board to agree it at.")
    return at


# The lifecycle's verbs as admin actions, each running its service with the acting user.
ADMIN_VERBS: dict[str, tuple[str, Callable[[Meeting, Any], Meeting]]] = {
    "circulate": (
        "Circulate selected records to their attendees",
        lambda meeting, by: record_circulate(meeting=meeting, by=by),
    ),
    "return_to_draft": (
        "Return selected records to draft",
        lambda meeting, by: record_return_to_draft(
            meeting=meeting, by=by, reason="Returned to draft in the admin"
        ),
    ),
    "agree": (
        "Agree selected records at the board's next meeting",
        lambda meeting, by: record_agree(meeting=meeting, at_meeting=_next_meeting(meeting), by=by),
    ),
    "publish": (
        "Publish selected records",
        lambda meeting, by: record_publish(meeting=meeting, by=by),
    ),
}


def _verb_action(verb: str) -> Any:
    description, run = ADMIN_VERBS[verb]

    @admin.action(description=description)
    def action(
        modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet[Meeting]
    ) -> None:
        for meeting in queryset.select_related("board"):
            try:
                run(meeting, request.user)
            except ValidationError as exc:
                modeladmin.message_user(
                    request, f"{meeting}: {' '.join(exc.messages)}", messages.ERROR
                )
            else:
                modeladmin.message_user(request, f"{meeting}: done.")

    action.__name__ = verb
    return action


@admin.register(Meeting)
class MeetingAdmin(FrozenRecordMixin, SimpleHistoryAdmin):
    list_display = ("title", "board", "date", "status", "announced")
    list_filter = ("board", "status", "announced")
    list_select_related = ("board",)
    date_hierarchy = "date"
    search_fields = ("title",)
    # The lifecycle moves only through its service, which freezes numbers on agreement.
    readonly_fields = ("status", "agreed_at")
    actions = [_verb_action(verb) for verb in Meeting.TRANSITIONS]
    inlines = (AttendanceInline, SectionInline)


@admin.register(Section)
class SectionAdmin(FrozenRecordMixin, SimpleHistoryAdmin):
    list_display = ("title", "meeting", "position", "restricted")
    list_filter = ("meeting__board", "restricted")
    list_select_related = ("meeting__board",)
    search_fields = ("title",)


@admin.register(Paragraph)
class ParagraphAdmin(FrozenRecordMixin, SimpleHistoryAdmin):
    list_display = ("__str__", "section", "position", "restricted")
    list_filter = ("restricted",)
    search_fields = ("text",)
    list_select_related = ("section",)
