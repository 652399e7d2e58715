from collections.abc import Callable
from typing import Any

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Model, QuerySet
from django.forms import ModelForm
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from meetings.models import (
    Action,
    Attendance,
    Board,
    Meeting,
    Membership,
    Organisation,
    Paragraph,
    Person,
    Section,
)
from meetings.services.directory import (
    board_delete,
    board_save,
    membership_delete,
    membership_save,
    organisation_delete,
    organisation_save,
    person_delete,
    person_save,
)
from meetings.services.editing import meeting_announce, meeting_delete
from meetings.services.lifecycle import VERBS, Verb

# Why the history says a row changed, when it changed here.
IN_THE_ADMIN = "Edited in the admin"
DELETED_IN_THE_ADMIN = "Deleted in the admin"


class DeletedThroughItsService:
    """A row deleted in the admin, alone or among the ticked, through its service
    (`delete_service`, called with the row under its model's name), which writes who deleted it
    and why and moves what named it. A row the service refuses (a record moved on from draft
    since the page was shown) is a 403."""

    delete_service: Callable[..., None]

    def delete_model(self, request: HttpRequest, obj: Model) -> None:
        try:
            self.delete_service(
                **{obj._meta.model_name: obj}, by=request.user, reason=DELETED_IN_THE_ADMIN
            )
        except ValidationError as exc:
            raise PermissionDenied from exc

    @transaction.atomic
    def delete_queryset(self, request: HttpRequest, queryset: QuerySet) -> None:
        for obj in queryset:
            self.delete_model(request, obj)


def _meeting_of(obj: Any) -> Meeting | None:
    if isinstance(obj, Meeting):
        return obj
    if isinstance(obj, Section):
        return obj.meeting
    if isinstance(obj, Paragraph):
        return obj.section.meeting
    if obj is not None and hasattr(obj, "paragraph"):  # an action (the actions app's admin)
        return _meeting_of(obj.paragraph)
    return None


def change_link(obj: Any, kind: str = "", record_anchor: str = "") -> str:
    """A link to where `obj` (a meeting, or a section, paragraph or action of its record,
    `kind`) is changed: a draft's in the editor, opened on it (`?edit=paragraph:12`); a record
    past draft's on its page (`record_anchor`), where a circulated record goes back to draft and
    an agreed one is amended, with a reason."""
    meeting = _meeting_of(obj)
    if meeting is None:
        return ""
    if meeting.is_editable:
        url = reverse("meetings:editor", args=[meeting.board.slug, meeting.date.isoformat()])
        if kind:
            url += f"?edit={kind}:{obj.pk}#{kind}-{obj.pk}"
        return format_html('<a href="{}">Change it in the editor</a>', url)
    how = (
        "return it to draft to change it"
        if meeting.status == Meeting.Status.CIRCULATED
        else "an amendment, with a reason, changes it"
    )
    url = meeting.get_absolute_url() + (f"#{record_anchor}" if record_anchor else "")
    return format_html(
        '<a href="{}">Open the record</a> ({}: {})', url, meeting.get_status_display(), how
    )


class ShownOnly:
    """Rows shown in the admin, never added, changed or deleted there."""

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class RecordContentAdmin(ShownOnly, SimpleHistoryAdmin):
    """A record's content (its sections, paragraphs and actions) is shown here, in every state,
    and never written: the editor's services (`meetings.services.editing`) are the one way to
    change a draft (a blank line splits a paragraph, the record is locked while it changes,
    each change says why), the lifecycle's and amendments' services the way past draft. Each
    page links to where its row is changed (`change_link`): `record_kind` names the row for the
    editor's `?edit=`, `record_anchor` its place on the record page."""

    record_kind = ""

    def save_model(self, request: HttpRequest, obj: Model, form: ModelForm, change: bool) -> None:
        # simple_history's page of an old version saves it back on a POST, asking only for
        # the permission to view: no version of a record's content is put back from here.
        raise PermissionDenied

    def record_anchor(self, obj: Any) -> str:
        return ""

    @admin.display(description="Where it changes")
    def where_it_changes(self, obj: Any) -> str:
        return change_link(obj, self.record_kind, self.record_anchor(obj))


class ReadOnlyInline(ShownOnly, admin.TabularInline):
    """A record's attendees and sections on its meeting's page: shown, changed in the editor."""

    extra = 0


@admin.register(Board)
class BoardAdmin(DeletedThroughItsService, SimpleHistoryAdmin):
    delete_service = staticmethod(board_delete)
    list_display = ("name", "slug", "meeting_length", "numbering_style")
    prepopulated_fields = {"slug": ("name",)}
    search_fields = ("name",)

    def save_model(self, request: HttpRequest, obj: Board, form: ModelForm, change: bool) -> None:
        # A new numbering style renumbers the board's drafts there.
        board_save(board=obj, by=request.user, reason=IN_THE_ADMIN)


@admin.register(Organisation)
class OrganisationAdmin(DeletedThroughItsService, SimpleHistoryAdmin):
    delete_service = staticmethod(organisation_delete)
    list_display = ("short_name", "name")
    search_fields = ("short_name", "name")

    def save_model(
        self, request: HttpRequest, obj: Organisation, form: ModelForm, change: bool
    ) -> None:
        organisation_save(organisation=obj, by=request.user, reason=IN_THE_ADMIN)


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ("board",)


@admin.register(Person)
class PersonAdmin(DeletedThroughItsService, SimpleHistoryAdmin):
    delete_service = staticmethod(person_delete)
    list_display = ("name", "organisation", "user")
    list_filter = ("organisation",)
    list_select_related = ("organisation", "user")
    search_fields = ("name", "user__email")
    autocomplete_fields = ("user",)
    inlines = (MembershipInline,)

    def save_model(self, request: HttpRequest, obj: Person, form: ModelForm, change: bool) -> None:
        person_save(person=obj, by=request.user, reason=IN_THE_ADMIN)

    def save_formset(
        self, request: HttpRequest, form: ModelForm, formset: Any, change: bool
    ) -> None:
        # The memberships inline: each row through its service, as on the membership's page.
        saved = formset.save(commit=False)
        for membership in formset.deleted_objects:
            membership_delete(membership=membership, by=request.user, reason=DELETED_IN_THE_ADMIN)
        for membership in saved:
            membership_save(membership=membership, by=request.user, reason=IN_THE_ADMIN)


@admin.register(Membership)
class MembershipAdmin(DeletedThroughItsService, SimpleHistoryAdmin):
    delete_service = staticmethod(membership_delete)
    list_display = ("person", "board", "role", "start_date", "end_date")
    list_filter = ("board", "role")
    list_select_related = ("person", "board")
    autocomplete_fields = ("person", "board")

    def save_model(
        self, request: HttpRequest, obj: Membership, form: ModelForm, change: bool
    ) -> None:
        membership_save(membership=obj, by=request.user, reason=IN_THE_ADMIN)


class AttendanceInline(ReadOnlyInline):
    model = Attendance
    fields = readonly_fields = ("position", "person", "organisation", "role", "kind")


class SectionInline(ReadOnlyInline):
    model = Section
    fields = readonly_fields = ("ref", "title", "restricted")
    show_change_link = True


def confirm_bulk_action(
    modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet, name: str, label: str
) -> HttpResponse:
    """The page before a bulk action: what it does, to which rows, with the button that does
    it (posting the same selection again, with `confirmed=1`) and a way back."""
    opts = modeladmin.model._meta
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": f"{label}?",
        "opts": opts,
        "action": name,
        "label": label,
        "rows": list(queryset),
        "selected": request.POST.getlist(helpers.ACTION_CHECKBOX_NAME),
        "select_across": request.POST.get("select_across", "0"),
        "changelist": reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"),
    }
    return TemplateResponse(request, "admin/confirm_bulk_action.html", context)


def lifecycle_action(
    *, name: str, description: str, run: Callable[[Any, Any], Any], related: str
) -> Any:
    """An admin action that takes one lifecycle step on each selected row (`run(row, by)`),
    saying for each row that it is done or, in the service's words, why not. It changes many
    rows at once, some for good (publishing, emailing): a page listing the rows comes first,
    and the step is taken when that page is posted (`confirmed`)."""

    @admin.action(description=description)
    def action(
        modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet
    ) -> HttpResponse | None:
        if request.POST.get("confirmed") != "1":
            return confirm_bulk_action(modeladmin, request, queryset, name, description)
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
        if not verb.may(by, meeting):
            raise ValidationError(f"Only the board's {verb.who} may take this step.")
        return verb.run(meeting, by=by, **verb.admin_arguments(meeting))

    return lifecycle_action(name=verb.name, description=verb.admin_label, run=run, related="board")


@admin.register(Meeting)
class MeetingAdmin(DeletedThroughItsService, SimpleHistoryAdmin):
    """A record's meeting: its details, attendees and sections shown, changed in the editor;
    here, only whether a draft's meeting is announced (its date, time and place public; the
    editor does not set it), the lifecycle's steps (`VERBS`, through their services, by the
    acting user) and deleting a draft."""

    delete_service = staticmethod(meeting_delete)

    list_display = ("title", "board", "date", "status", "announced")
    list_filter = ("board", "status", "announced")
    list_select_related = ("board",)
    date_hierarchy = "date"
    search_fields = ("title",)
    fields = (
        "where_it_changes",
        "board",
        "title",
        "date",
        "start_time",
        "place",
        "status",
        "agreed_at",
        "announced",
    )
    readonly_fields = tuple(name for name in fields if name != "announced")
    actions = [_verb_action(verb) for verb in VERBS.values()]
    inlines = (AttendanceInline, SectionInline)

    def has_add_permission(self, request: HttpRequest) -> bool:
        # A meeting is made by its services only (`editing.meeting_draft_create`, the import),
        # which number it, give it its board's attendees and say who made it and why.
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Announcing (the one field) is for a draft, before the meeting is held.
        draft = obj is None or obj.is_editable
        return draft and super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Only a draft is deleted: a circulated record goes back to draft first, an agreed one
        # is never deleted.
        draft = obj is None or obj.is_editable
        return draft and super().has_delete_permission(request, obj)

    @admin.display(description="Where it changes")
    def where_it_changes(self, obj: Meeting) -> str:
        return change_link(obj)

    def save_model(self, request: HttpRequest, obj: Meeting, form: ModelForm, change: bool) -> None:
        if "announced" in form.changed_data:
            meeting_announce(
                meeting=obj,
                announced=obj.announced,
                by=request.user,
                reason="Announced in the admin"
                if obj.announced
                else "Announcement withdrawn in the admin",
            )

    def get_deleted_objects(self, objs: Any, request: HttpRequest) -> Any:
        # A draft's sections, paragraphs and actions go with it; none is deleted on its own.
        deleted, counts, needed, protected = super().get_deleted_objects(objs, request)
        parts = {model._meta.verbose_name for model in (Section, Paragraph, Action)}
        return deleted, counts, needed - parts, protected


@admin.register(Section)
class SectionAdmin(RecordContentAdmin):
    record_kind = "section"
    fields = readonly_fields = ("where_it_changes", "meeting", "ref", "title", "restricted")
    list_display = ("title", "meeting", "ref", "restricted")
    list_filter = ("meeting__board", "restricted")
    list_select_related = ("meeting__board",)
    search_fields = ("title",)

    def record_anchor(self, obj: Section) -> str:
        return f"section-{obj.number}"


@admin.register(Paragraph)
class ParagraphAdmin(RecordContentAdmin):
    record_kind = "paragraph"
    fields = readonly_fields = (
        "where_it_changes",
        "section",
        "ref",
        "text",
        "restricted",
        "decision",
    )
    list_display = ("__str__", "section", "ref", "restricted")
    list_filter = ("restricted",)
    search_fields = ("text",)
    list_select_related = ("section",)

    def record_anchor(self, obj: Paragraph) -> str:
        return obj.anchor
