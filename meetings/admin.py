from collections.abc import Callable
from typing import Any

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import ValidationError
from django.db.models import Model, QuerySet
from django.forms import ModelForm
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
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
from meetings.revisions import board_changed, person_renamed, record_changed
from meetings.services import record_renumber
from meetings.services.directory import (
    board_save,
    membership_delete,
    membership_save,
    memberships_changed,
    organisation_save,
    person_save,
)
from meetings.services.lifecycle import VERBS, Verb
from meetings.services.numbers import board_renumber, year_renumber

# Why the history says a row changed, when it changed here.
IN_THE_ADMIN = "Edited in the admin"
DELETED_IN_THE_ADMIN = "Deleted in the admin"


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


def _not_editable(obj: Any) -> bool:
    """Whether `obj` belongs to a record past draft: what the editor refuses to edit
    (`Meeting.is_editable`), the admin refuses too."""
    meeting = _meeting_of(obj)
    return meeting is not None and not meeting.is_editable


class FrozenRecordMixin:
    """Only a draft is edited here, as in the editor (`Meeting.is_editable`): a circulated
    record goes back to draft first, an agreed one changes only by amendment, with a reason;
    neither is edited silently nor deleted here. A row's record (`record_field`, reached from
    its model to the meeting by `record_lookup`) is chosen among drafts when the row is added
    and never changed after: moving a row to another record would leave both misnumbered."""

    record_field: str | None = None
    record_lookup: str = ""

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if _not_editable(obj):
            return False
        return super().has_change_permission(request, obj)  # type: ignore[misc]

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if _not_editable(obj):
            return False
        return super().has_delete_permission(request, obj)  # type: ignore[misc]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> tuple[str, ...]:
        fields = tuple(super().get_readonly_fields(request, obj))  # type: ignore[misc]
        if obj is not None and self.record_field:
            fields += (self.record_field,)
        return fields

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if db_field.name == self.record_field:
            drafts = {f"{self.record_lookup}status": Meeting.Status.DRAFT}
            kwargs["queryset"] = db_field.related_model._default_manager.filter(**drafts)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)  # type: ignore[misc]


class RenumberedRecordMixin:
    """A draft's numbers follow from its order, and only `record_renumber` gives them: after
    the admin adds, moves or deletes a section or paragraph (on its own page or in the
    meeting's inline), the record is renumbered in the same transaction, as the editor's
    services do, and says that the record changed (`revisions.record_changed`); a deleted
    draft moves its board's revision. An agreed record is never renumbered (and never changed
    here). Each row it writes or deletes says why in its history, as the services' rows do
    (who is the request's user)."""

    def save_model(self, request: HttpRequest, obj: Model, form: ModelForm, change: bool) -> None:
        obj._change_reason = IN_THE_ADMIN  # type: ignore[attr-defined]
        super().save_model(request, obj, form, change)  # type: ignore[misc]

    def save_formset(
        self, request: HttpRequest, form: ModelForm, formset: Any, change: bool
    ) -> None:
        # The meeting's inlines: its attendances and sections, added, changed or deleted.
        _say_why(formset)
        super().save_formset(request, form, formset, change)  # type: ignore[misc]

    def save_related(
        self, request: HttpRequest, form: ModelForm, formsets: Any, change: bool
    ) -> None:
        # After the inlines and the many-to-many fields: the whole change is in.
        super().save_related(request, form, formsets, change)  # type: ignore[misc]
        _renumber(form.instance)
        if isinstance(form.instance, Meeting) and change and "date" in form.changed_data:
            # The year it left numbers on without it (minute numbers run through the year).
            year_renumber(board=form.instance.board, day=form.initial["date"])

    def delete_model(self, request: HttpRequest, obj: Model) -> None:
        meeting = _meeting_of(obj)
        obj._change_reason = DELETED_IN_THE_ADMIN  # type: ignore[attr-defined]
        super().delete_model(request, obj)  # type: ignore[misc]
        if isinstance(obj, Meeting):
            board_changed(obj.board)
            year_renumber(board=obj.board, day=obj.date)
        elif meeting is not None:
            _renumber(meeting)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet) -> None:
        for obj in queryset:
            self.delete_model(request, obj)


def _say_why(formset: Any) -> None:
    """Gives each row an inline formset saves or deletes the admin's reason for its history."""
    deleted = {id(row) for row in formset.deleted_forms}
    for row in formset.forms:
        why = DELETED_IN_THE_ADMIN if id(row) in deleted else IN_THE_ADMIN
        row.instance._change_reason = why


def _renumber(obj: Model) -> None:
    meeting = _meeting_of(obj)
    if meeting is not None:
        record_renumber(meeting)
        record_changed(meeting, content=True)


class FrozenRecordInline(FrozenRecordMixin, admin.TabularInline):
    """Nothing is added to a record past draft from the admin either."""

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if _not_editable(obj):
            return False
        return super().has_add_permission(request, obj)


@admin.register(Board)
class BoardAdmin(SimpleHistoryAdmin):
    list_display = ("name", "slug", "meeting_length", "numbering_style")
    prepopulated_fields = {"slug": ("name",)}
    search_fields = ("name",)

    def save_model(self, request: HttpRequest, obj: Board, form: ModelForm, change: bool) -> None:
        board_save(board=obj, by=request.user, reason=IN_THE_ADMIN)
        if change and "numbering_style" in form.changed_data:
            # Drafts follow the new style; agreed and published records keep their numbers.
            board_renumber(obj)


@admin.register(Organisation)
class OrganisationAdmin(SimpleHistoryAdmin):
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
class PersonAdmin(SimpleHistoryAdmin):
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
        _say_why(formset)
        super().save_formset(request, form, formset, change)

    def save_related(
        self, request: HttpRequest, form: ModelForm, formsets: Any, change: bool
    ) -> None:
        super().save_related(request, form, formsets, change)
        boards = {
            membership.board
            for formset in formsets
            for membership in (
                *formset.new_objects,
                *(changed for changed, _ in formset.changed_objects),
                *formset.deleted_objects,
            )
        }
        for board in boards:
            memberships_changed(board)

    def delete_model(self, request: HttpRequest, obj: Person) -> None:
        # Counted before the rows go: the records that named them show them no more.
        person_renamed(obj)
        boards = list(Board.objects.filter(memberships__person=obj).distinct())
        super().delete_model(request, obj)
        for board in boards:
            memberships_changed(board)


@admin.register(Membership)
class MembershipAdmin(SimpleHistoryAdmin):
    list_display = ("person", "board", "role", "start_date", "end_date")
    list_filter = ("board", "role")
    list_select_related = ("person", "board")
    autocomplete_fields = ("person", "board")

    def save_model(
        self, request: HttpRequest, obj: Membership, form: ModelForm, change: bool
    ) -> None:
        membership_save(membership=obj, by=request.user, reason=IN_THE_ADMIN)

    def delete_model(self, request: HttpRequest, obj: Membership) -> None:
        membership_delete(membership=obj, by=request.user, reason=DELETED_IN_THE_ADMIN)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet) -> None:
        for membership in queryset.select_related("board"):
            self.delete_model(request, membership)


class AttendanceInline(FrozenRecordInline):
    model = Attendance
    extra = 0
    autocomplete_fields = ("person",)


class SectionInline(FrozenRecordInline):
    model = Section
    extra = 0
    fields = ("position", "title", "restricted", "number")
    readonly_fields = ("number",)


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

    def has_add_permission(self, request: HttpRequest) -> bool:
        # A meeting is made by its services only (`editing.meeting_draft_create`, the import),
        # which number it, give it its board's attendees and say who made it and why.
        return False


@admin.register(Section)
class SectionAdmin(RenumberedRecordMixin, FrozenRecordMixin, SimpleHistoryAdmin):
    record_field = "meeting"
    list_display = ("title", "meeting", "position", "restricted")
    list_filter = ("meeting__board", "restricted")
    list_select_related = ("meeting__board",)
    search_fields = ("title",)


@admin.register(Paragraph)
class ParagraphAdmin(RenumberedRecordMixin, FrozenRecordMixin, SimpleHistoryAdmin):
    record_field, record_lookup = "section", "meeting__"
    list_display = ("__str__", "section", "position", "restricted")
    list_filter = ("restricted",)
    search_fields = ("text",)
    list_select_related = ("section",)
