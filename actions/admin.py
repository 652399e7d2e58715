from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from simple_history.admin import SimpleHistoryAdmin

from actions.models import Action, ActionUpdate
from actions.services import action_close, action_reopen
from meetings.models import Meeting


class ActionUpdateInline(admin.TabularInline):
    """Updates are a record of what people reported: shown, never edited here."""

    model = ActionUpdate
    extra = 0
    fields = ("created", "author", "text", "status_from", "status_to")
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Action)
class ActionAdmin(SimpleHistoryAdmin):
    list_display = ("__str__", "owner", "due", "status")
    list_filter = ("status", "owner")
    list_select_related = ("owner",)
    search_fields = ("text",)
    filter_horizontal = ("owner_people",)
    raw_id_fields = ("paragraph", "closed_at_meeting")
    inlines = (ActionUpdateInline,)
    actions = ("close_at_latest_meeting", "reopen")

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> tuple[str, ...]:
        # The lifecycle moves only through its services (below), never by a free field; and
        # what an agreed record says is fixed, while the action's progress still moves on.
        lifecycle = ("status", "closed_at_meeting", "number")
        if obj is not None and obj.paragraph.section.meeting.is_frozen:
            return (*lifecycle, "paragraph", "text", "owner", "owner_people")
        return lifecycle

    def _each(self, request: HttpRequest, queryset: QuerySet[Action], run: Any) -> None:
        for action in queryset.select_related("paragraph__section__meeting"):
            try:
                run(action)
            except ValidationError as exc:
                self.message_user(request, f"{action}: {' '.join(exc.messages)}", messages.ERROR)
            else:
                self.message_user(request, f"{action}: done.")

    @admin.action(description="Close selected actions at their board's latest meeting")
    def close_at_latest_meeting(self, request: HttpRequest, queryset: QuerySet[Action]) -> None:
        def close(action: Action) -> None:
            meeting = action.paragraph.section.meeting
            latest = Meeting.objects.filter(board=meeting.board_id).order_by("-date").first()
            action_close(action=action, by=request.user, at_meeting=latest)

        self._each(request, queryset, close)

    @admin.action(description="Reopen selected actions")
    def reopen(self, request: HttpRequest, queryset: QuerySet[Action]) -> None:
        self._each(
            request,
            queryset,
            lambda action: action_reopen(
                action=action, by=request.user, reason="Reopened in the admin"
            ),
        )
