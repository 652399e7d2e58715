from django.contrib import admin
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


@admin.register(Board)
class BoardAdmin(SimpleHistoryAdmin):
    list_display = ("name", "slug")
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
    search_fields = ("name", "user__email")
    autocomplete_fields = ("user",)
    inlines = (MembershipInline,)


@admin.register(Membership)
class MembershipAdmin(SimpleHistoryAdmin):
    list_display = ("person", "board", "role", "start_date", "end_date")
    list_filter = ("board", "role")
    autocomplete_fields = ("person", "board")


class AttendanceInline(admin.TabularInline):
    model = Attendance
    extra = 0
    autocomplete_fields = ("person",)


class SectionInline(admin.TabularInline):
    model = Section
    extra = 0
    fields = ("position", "title", "restricted", "number")
    readonly_fields = ("number",)


@admin.register(Meeting)
class MeetingAdmin(SimpleHistoryAdmin):
    list_display = ("title", "board", "date", "status")
    list_filter = ("board", "status")
    date_hierarchy = "date"
    search_fields = ("title",)
    inlines = (AttendanceInline, SectionInline)


@admin.register(Section)
class SectionAdmin(SimpleHistoryAdmin):
    list_display = ("title", "meeting", "position", "restricted")
    list_filter = ("meeting__board", "restricted")
    search_fields = ("title",)


@admin.register(Paragraph)
class ParagraphAdmin(SimpleHistoryAdmin):
    list_display = ("__str__", "section", "position", "restricted")
    list_filter = ("restricted",)
    search_fields = ("text",)
    list_select_related = ("section",)
