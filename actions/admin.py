from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from django.utils.html import format_html

from actions.models import ActionUpdate
from actions.services import ACTION_VERBS
from meetings.admin import RecordContentAdmin, change_link, lifecycle_action
from meetings.models import Action


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
class ActionAdmin(RecordContentAdmin):
    """An action is part of its record: shown here in every state, never written. A draft's
    changes in the editor; a raised one moves by its services: its owners' progress on its own
    page, and closing or reopening it, which the verbs below take through the same services,
    as the administrator who took them."""

    fields = (
        "where_it_changes",
        "paragraph",
        "number",
        "text",
        "owner",
        "owner_people",
        "due",
        "status",
        "closed_at_meeting",
    )
    readonly_fields = fields
    list_display = ("__str__", "owner", "due", "status")
    list_filter = ("status", "owner")
    list_select_related = ("owner",)
    search_fields = ("text",)
    inlines = (ActionUpdateInline,)
    # The secretariat's verbs the admin may take, read from the one declaration of each.
    actions = [
        lifecycle_action(
            name=verb.name,
            description=verb.admin_label,
            run=verb.admin,
            related="paragraph__section__meeting",
        )
        for verb in ACTION_VERBS.values()
        if verb.admin
    ]

    @admin.display(description="Where it changes")
    def where_it_changes(self, obj: Action) -> str:
        if obj.paragraph.section.meeting.is_editable:
            return change_link(obj, "action")
        # Raised: its progress and closing are followed on its own page, not the record's.
        return format_html('<a href="{}">Open the action</a>', obj.get_absolute_url())
