from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from actions.models import Action, ActionUpdate


class ActionUpdateInline(admin.TabularInline):
    model = ActionUpdate
    extra = 0


@admin.register(Action)
class ActionAdmin(SimpleHistoryAdmin):
    list_display = ("__str__", "owner", "due", "status")
    list_filter = ("status", "owner")
    search_fields = ("text",)
    filter_horizontal = ("owner_people",)
    raw_id_fields = ("paragraph", "closed_at_meeting")
    inlines = (ActionUpdateInline,)
