"""Paste or upload: the secretariat's minutes, read into a preview of the structured draft with
every line the reader could not place, then made a draft record in one step, or written into
an empty draft made with New meeting."""

import dataclasses
import datetime
import logging
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import PurePosixPath
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_http_methods

from meetings.forms_import import ImportForm, long_line
from meetings.minutes import MinutesError, Problem, format_date, read_upload
from meetings.models import Attendance, Board, Meeting
from meetings.numbering import section_heading
from meetings.scoping import get_board_for_secretariat, get_meeting_for_secretariat
from meetings.services.imports import (
    Document,
    ImportOutcome,
    NewPerson,
    RecordExists,
    counted,
    meeting_import,
    meeting_import_into,
    minutes_read,
    organisation_confident,
    paste_refusal,
    record_references,
)
from meetings.services.originals import (
    StoredFile,
    kept_if_recorded,
    meeting_import_original,
    original_keep,
    original_store,
    stored_text,
    text_digest,
)
from meetings.views.common import parse_date
from prob.oversize import fields_over_limit_kept

logger = logging.getLogger(__name__)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
@fields_over_limit_kept
def import_minutes(request: HttpRequest, slug: str) -> HttpResponse:
    board = get_board_for_secretariat(request.user, slug)
    return _import(request, board)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
@fields_over_limit_kept
def import_into(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    """The import page for an empty draft made with New meeting: the minutes fill it."""
    meeting = get_meeting_for_secretariat(request.user, slug, parse_date(date))
    if request.method != "POST" and (refusal := paste_refusal(meeting)):
        messages.error(request, refusal)
        return redirect(meeting)
    return _import(request, meeting.board, into=meeting)


@dataclass(frozen=True)
class Ticked:
    """The new people and organisations the preview listed (`shown_*`) and those left ticked,
    to be created. A name the clerk has not been shown is not created: the page lists it first,
    ticked."""

    people: frozenset[str] = frozenset()
    organisations: frozenset[str] = frozenset()
    shown_people: frozenset[str] = frozenset()
    shown_organisations: frozenset[str] = frozenset()

    @classmethod
    def from_post(cls, request: HttpRequest) -> "Ticked":
        def names(key: str) -> frozenset[str]:
            return frozenset(name.lower() for name in request.POST.getlist(key))

        return cls(
            names("new_people"),
            names("new_organisations"),
            names("shown_people"),
            names("shown_organisations"),
        )

    def covers(self, outcome: ImportOutcome) -> bool:
        """Whether the clerk was shown every name the minutes would create."""
        return {p.name.lower() for p in outcome.new_people} <= self.shown_people and {
            o.lower() for o in outcome.new_organisations
        } <= self.shown_organisations

    def choices(
        self, people: list[NewPerson], organisations: list[str]
    ) -> dict[str, list[dict[str, Any]]]:
        """Each new name as the page lists it, ticked unless the clerk unticked it."""

        def ticked(name: str, shown: frozenset[str], kept: frozenset[str]) -> bool:
            return name.lower() not in shown or name.lower() in kept

        return {
            "people": [
                {
                    "value": p.name,
                    "label": str(p),
                    # Not shown yet: ticked only where the name reads plainly as a person's.
                    "checked": ticked(p.name, *self._people) and (p.confident or self._shown(p)),
                    "doubt": not p.confident,
                    "why": (
                        "named only as an action's owner, not among the attendees"
                        if p.owner_only
                        else "this may not be a person's name"
                    ),
                }
                for p in people
            ],
            "organisations": [
                {
                    "value": o,
                    "label": o,
                    # Not shown yet: ticked only where the name reads plainly as a body's (QA F8).
                    "checked": ticked(o, *self._organisations)
                    and (organisation_confident(o) or o.lower() in self.shown_organisations),
                    "doubt": not organisation_confident(o),
                }
                for o in organisations
            ],
        }

    def _shown(self, person: NewPerson) -> bool:
        return person.name.lower() in self.shown_people

    @property
    def _people(self) -> tuple[frozenset[str], frozenset[str]]:
        return self.shown_people, self.people

    @property
    def _organisations(self) -> tuple[frozenset[str], frozenset[str]]:
        return self.shown_organisations, self.organisations


def _import(request: HttpRequest, board: Board, into: Meeting | None = None) -> HttpResponse:
    # A board's page takes several files at once; a draft's, one set of minutes.
    several = into is None
    ticked = Ticked.from_post(request)
    if request.method != "POST":
        return _import_page(request, board, ImportForm(several=several), into=into)
    if several and request.POST.get("action") == "create_files":
        return _create_files(request, board)
    form = ImportForm(
        request.POST,
        request.FILES,
        several=several,
        # A paste over the limit of a form's field, left out by `fields_over_limit_kept`.
        over_limit=getattr(request, "fields_over_limit", {}).get("text", 0),
        files_not_read=getattr(request, "files_not_read", []),
    )
    if form.is_valid() and form.upload_files:
        files = _file_previews(board, form.upload_files)
        return _import_page(request, board, ImportForm(several=True), files=files)
    create = request.POST.get("action") == "create"
    outcome, existing, original = None, None, None
    if form.is_valid():
        original = _original(form)
        try:
            # A file uploaded with "Create draft" itself is removed if no record keeps it.
            with kept_if_recorded(original if create else None):
                outcome = _read(
                    form,
                    board,
                    create=create,
                    into=into,
                    by=request.user,
                    original=original,
                    ticked=ticked,
                )
        except RecordExists as exc:
            existing = exc.meeting
        original = _hold(form, original)
    if outcome is not None and request.POST.get("action") == "lines" and not form.errors:
        return lines_to_check_download(outcome.problems)
    if outcome is not None and outcome.meeting is not None:
        messages.success(request, _created(outcome, into=into))
        if outcome.left_out:
            messages.warning(
                request,
                f"Not written, as they were not confirmed as new: {', '.join(outcome.left_out)}.",
            )
        if outcome.problems:
            messages.warning(request, lines_to_check_message(outcome.problems))
        if outcome.other_date is not None:
            messages.warning(request, f"{outcome.other_date.message}.")
        return redirect(outcome.meeting)
    if outcome is not None and into is None:
        # Said at the preview, before "Create draft" is refused for it.
        existing = _same_date(board, outcome.record)
    status = 400 if form.errors or (create and existing) else 200
    return _import_page(
        request,
        board,
        form,
        outcome,
        status=status,
        into=into,
        existing=existing,
        original=original,
        ticked=ticked,
        confirm=create and outcome is not None and not existing,
    )


def _original(form: ImportForm) -> StoredFile | None:
    """The file the minutes were read from: uploaded now (and stored), or at a preview. Text
    typed or pasted is no file: nothing is kept for it."""
    if form.upload_file is not None:
        name, data = form.upload_file
        stored = original_store(name=name, data=data)
        # The text read from it, as the box shows it: what "Create draft" is compared with.
        return dataclasses.replace(stored, text_sha256=text_digest(form.cleaned_data["text"]))
    return StoredFile.from_token(form.cleaned_data.get("original") or "")


def _hold(form: ImportForm, original: StoredFile | None) -> StoredFile | None:
    """The file the form sent back carries to the next step, if it is still stored (a failed
    "Create draft" removes a file it stored)."""
    if original is not None and not original.is_stored():
        original = None
    form.data = form.data.copy()
    form.data[form.add_prefix("original")] = original.token() if original else ""
    return original


def _same_date(board: Board, record: dict[str, Any]) -> Meeting | None:
    date = _date(record["date"])
    return board.meetings.filter(date=date).first() if date else None


def _read(
    form: ImportForm,
    board: Board,
    *,
    create: bool,
    into: Meeting | None,
    by: Any,
    ticked: Ticked,
    original: StoredFile | None = None,
) -> ImportOutcome | None:
    """The minutes read (and, with `create`, made a draft of the board or written into the
    draft `into`), or None with the reason on the form. A record of the same date already
    there is raised as `RecordExists`, for the page to link to it. Nothing is created while the
    minutes name new people or organisations the clerk has not been shown."""
    text = form.cleaned_data["text"]
    # The file's text changed in the box before "Create draft": the record says so (QA F8).
    edited = original is not None and original.text_sha256 not in ("", text_digest(text))
    document = Document(text=text, name=original.name if original else "", edited=edited)
    try:
        with transaction.atomic():
            if into is not None:
                outcome = meeting_import_into(meeting=into, text=text, by=by, dry_run=True)
            else:
                outcome = minutes_read(board=board, document=document)
            if not create or not ticked.covers(outcome):
                return outcome
            # Read: what stops it now stops the draft being made, not the reading (QA F2).
            form.refused_at_create = True
            confirmed = {"people": ticked.people, "organisations": ticked.organisations}
            if into is not None:
                outcome = meeting_import_into(meeting=into, text=text, by=by, **confirmed)
            else:
                # What the preview step just read is written: not read a second time.
                outcome = meeting_import(
                    board=board, document=document, by=by, read=outcome, **confirmed
                )
            if original is not None:
                assert outcome.meeting is not None
                original_keep(meeting=outcome.meeting, stored=original, by=by, edited=edited)
    except RecordExists:
        raise
    except ValidationError as exc:
        form.add_error(None, exc.messages)
    except (MinutesError, DatabaseError) as exc:
        form.add_error(None, _reason(exc))
    else:
        return outcome
    return None


def _created(outcome: ImportOutcome, *, into: Meeting | None) -> str:
    sections = outcome.record["sections"]
    paragraphs = [p for s in sections for p in s["paragraphs"]]
    actions = sum(len(p["actions"]) for p in paragraphs)
    made = "The minutes are pasted into the draft" if into else "The draft record is made"
    return (
        f"{made}: {counted(len(sections), 'section', 'sections')}, "
        f"{counted(len(paragraphs), 'paragraph', 'paragraphs')} "
        f"and {counted(actions, 'action', 'actions')}. Check it, then circulate it."
    )


# Up to how many lines to check the message after a one-step import shows open; more (a long
# document's running headers, left out) are behind its summary, which counts them by kind.
LINES_SHOWN_OPEN = 10
# Up to how many lines to check a page lists (the preview, its summary, the message after a
# one-step import): a text of 11,669 lines to check made a 6.7 MB page that took seconds to
# render (QA). The rest are counted, and all of them can be downloaded (`lines_to_check_text`).
LINES_LISTED = 50


def lines_to_check_text(problems: list[Problem]) -> str:
    """Every line to check as plain text, one a line: what the page does not list."""
    return "".join(
        f"{p.label}, line {p.line}: {p.message}: {' '.join(p.text.split())}\n" for p in problems
    )


def lines_to_check_download(problems: list[Problem]) -> HttpResponse:
    """All the lines to check of the minutes in the form, as a text file to download."""
    response = HttpResponse(lines_to_check_text(problems), content_type="text/plain; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="lines-to-check.txt"'
    return response


def lines_to_check_message(problems: list[Problem]) -> str:
    """The lines to check of minutes written in one step ("Create draft", "Paste into the
    draft"), for the page the clerk lands on: each quoted with why, exactly as the preview
    lists them (the same template), so that a line not placed, left out, or joined to the
    part above it is never passed over in silence."""
    kinds = [
        (sum(p.severity == "error" and not p.left_out for p in problems), "not placed"),
        (sum(p.left_out for p in problems), "left out of the draft"),
        (sum(p.severity != "error" and not p.left_out for p in problems), "in the draft, to check"),
    ]
    counts = ", ".join(f"{n} {kind}" for n, kind in kinds if n)
    context = {
        "problems": problems[:LINES_LISTED],
        "total": len(problems),
        "more": max(0, len(problems) - LINES_LISTED),
        "counts": counts,
        "open_up_to": LINES_SHOWN_OPEN,
    }
    # Rendered (and escaped) by the template: the message is its HTML.
    return mark_safe(render_to_string("meetings/_lines_to_check_message.html", context))  # noqa: S308


def _other_board(board: Board, written: str) -> str:
    """The body the minutes are headed with, where it is not `board` (nor a part of its
    name, "Audit Panel" in "MOPAC Audit Panel"), or ""."""

    def key(name: str) -> str:
        return " ".join(name.lower().replace("the ", " ").split())

    if not written.strip() or key(written) in key(board.name) or key(board.name) in key(written):
        return ""
    return " ".join(written.split())


def _import_page(
    request: HttpRequest,
    board: Board,
    form: ImportForm,
    outcome: ImportOutcome | None = None,
    status: int = 200,
    into: Meeting | None = None,
    existing: Meeting | None = None,
    original: StoredFile | None = None,
    files: list["FilePreview"] | None = None,
    ticked: Ticked | None = None,
    confirm: bool = False,
) -> HttpResponse:
    problems = outcome.problems if outcome else []
    ticked = ticked or Ticked()
    new_names = None
    if files:
        # Each name once, for all the files: one box creates them wherever they are named.
        people = list(dict.fromkeys(p for file in files for p in file.new_people))
        organisations = list(dict.fromkeys(o for file in files for o in file.new_organisations))
        new_names = ticked.choices(people, organisations)
    elif outcome is not None:
        new_names = ticked.choices(outcome.new_people, outcome.new_organisations)
    # Said plainly wherever the draft can be made: a name not ticked (the clerk's choice or a
    # doubtful one the page left unticked) is left out of it (QA: 'Di Mitchell' dropped unsaid).
    unticked = {
        kind: [name["value"] for name in (new_names or {}).get(kind, []) if not name["checked"]]
        for kind in ("people", "organisations")
    }
    context = {
        # The page answers a POST: its history entry is made a GET's (no-resubmit.js), so that
        # Back from the draft made does not ask to send the form again (QA).
        "answered_post": request.method == "POST",
        "unticked": unticked,
        # Each attendee of the preview so left out is marked in its list.
        "unticked_people": [name.lower() for name in unticked["people"]],
        # New people and organisations the import would create, each with its checkbox.
        "new_names": new_names,
        # "Create draft" was asked, but the clerk is first shown the names it would create.
        "confirm": confirm,
        "board": board,
        "into": into,
        "existing": existing,
        "existing_takes_paste": existing is not None and not paste_refusal(existing),
        "form": form,
        "original": original,
        "files": files,
        # Nothing to create (every file already recorded or refused): no button to press.
        "creatable": any(file.stored for file in files or []),
        "preview": _preview(outcome.record, in_order=into is not None) if outcome else None,
        # The minutes are headed with another body's name: said, as they become this board's.
        "other_board": _other_board(board, outcome.board_written) if outcome else "",
        "problems": problems,
        # Listed up to LINES_LISTED; the rest counted, and downloaded with "action=lines".
        "problems_listed": problems[:LINES_LISTED],
        "problems_more": max(0, len(problems) - LINES_LISTED),
        "unplaced": [p for p in problems if p.severity == "error"],
        # What takes the focus when the page comes back (`autofocus`, with or without
        # JavaScript): the summary of errors or lines to check, else what the page answers.
        "focus": _focus(
            form,
            problems,
            existing=existing,
            confirm=confirm and bool(new_names and any(new_names.values())),
            files=files,
        )
        if request.method == "POST"
        else "",
        "left_out": [p for p in problems if p.left_out],
        "warnings": [p for p in problems if p.severity != "error" and not p.left_out],
    }
    return render(request, "meetings/import.html", context, status=status)


def _focus(
    form: ImportForm,
    problems: list[Problem],
    *,
    existing: Meeting | None,
    confirm: bool,
    files: list["FilePreview"] | None,
) -> str:
    if form.errors or problems:
        return "summary"
    if existing is not None:
        return "existing"
    if confirm:
        return "confirm"
    return "files" if files else "preview"


# The preview shows at most this many paragraphs of an item in full, and of the whole record:
# a file of thousands of paragraphs is previewed in bounded time, the rest counted.
PREVIEW_ITEM_PARAGRAPHS = 40
PREVIEW_PARAGRAPHS = 400


def _preview(record: dict[str, Any], *, in_order: bool = False) -> dict[str, Any]:
    """The record as read, with dates as dates, attendees grouped as the record page groups
    them (by kind, present first, then by organisation in order of appearance), and each
    section and paragraph under the reference the draft will show (`record_references`, the
    rule the import stores them by; `in_order` where the draft numbers them in order)."""
    groups = []
    for kind in Attendance.Kind:
        by_organisation: dict[str, list[dict[str, Any]]] = {}
        for attendee in record["attendees"]:
            if attendee["attendance"] == kind:
                by_organisation.setdefault(attendee["organisation"] or "", []).append(attendee)
        if by_organisation:
            groups.append((kind.label, list(by_organisation.items())))
    sections, room = [], PREVIEW_PARAGRAPHS
    references = record_references(record, in_order=in_order)
    for section, (placed, placed_paragraphs) in zip(record["sections"], references, strict=True):
        # Bounded, however long the minutes: each item's first paragraphs in full, the rest
        # counted (they are all created, as read).
        kept = section["paragraphs"][: max(0, min(PREVIEW_ITEM_PARAGRAPHS, room))]
        rest = section["paragraphs"][len(kept) :]
        room -= len(kept)
        sections.append(
            {
                **section,
                "heading": section_heading(placed.ref),
                "paragraphs": [
                    {**_with_due_dates(p), "ref": where.ref}
                    for p, where in zip(kept, placed_paragraphs, strict=False)
                ],
                "more_paragraphs": len(rest),
                "more_actions": sum(len(p["actions"]) for p in rest),
                "paragraph_count": len(section["paragraphs"]),
                "action_count": sum(len(p["actions"]) for p in section["paragraphs"]),
            }
        )
    start = record.get("start_time")
    return {
        **record,
        "start_time": datetime.time.fromisoformat(start) if start else None,
        "date": _date(record["date"]),
        "sections": sections,
        # Said plainly before the draft is made: the items the public version will withhold.
        "withheld": [
            f"{s['heading']} {s['title']}".strip() for s in sections if s.get("restricted")
        ],
        "attendee_groups": groups,
        "show_kinds": len(groups) > 1 or bool(groups and groups[0][0] != "Present"),
    }


def _with_due_dates(paragraph: dict[str, Any]) -> dict[str, Any]:
    actions = [
        {**action, "due": _date(action["due"]), "owner_people": _owners_beside(action)}
        for action in paragraph["actions"]
    ]
    return {**paragraph, "actions": actions}


def _owners_beside(action: dict[str, Any]) -> list[str]:
    """The people an action's owner is read as, shown in brackets after the owner as written:
    none where they are that name again ("Owner: Paul Streat", not "Paul Streat (Paul
    Streat)", QA F9)."""
    people = action.get("owner_people") or []

    def key(name: str) -> str:
        return " ".join(name.split()).casefold()

    return [] if [key(p) for p in people] == [key(action.get("owner") or "")] else people


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


# --- Several files at once --------------------------------------------------------------------


@dataclass
class FilePreview:
    """One of several files chosen at once: what was read from it, and whether its record
    can be created (`stored`, the file kept for the record, is set only then)."""

    number: int
    name: str
    record: dict[str, Any] | None = None
    problems: list[Problem] = field(default_factory=list)
    refusal: str = ""
    existing: Meeting | None = None
    stored: StoredFile | None = None
    new_people: list[NewPerson] = field(default_factory=list)
    new_organisations: list[str] = field(default_factory=list)
    other_board: str = ""
    # The files chosen after this one with its date, which are not created (QA F2).
    same_date_below: list[str] = field(default_factory=list)

    @property
    def date(self) -> datetime.date | None:
        return _date(self.record["date"]) if self.record else None

    @property
    def id_prefix(self) -> str:
        return f"file-{self.number}-"

    @cached_property
    def preview(self) -> dict[str, Any] | None:
        """What the record would hold, as the one-file preview reads it (shown compactly)."""
        return _preview(self.record) if self.record else None

    @property
    def not_created(self) -> str:
        """A file with no box, signed for the form to send back, so that the message after
        "Create the ticked records" names it with why it was not created (QA F2)."""
        if self.stored is not None:
            return ""
        date = self.existing.date.isoformat() if self.existing else ""
        return signing.dumps([self.name, self.refusal, date], salt=_NOT_CREATED_SALT)

    @property
    def problems_listed(self) -> list[Problem]:
        return self.problems[:LINES_LISTED]

    @property
    def problems_more(self) -> int:
        return max(0, len(self.problems) - LINES_LISTED)

    @property
    def counts(self) -> dict[str, int]:
        sections = self.record["sections"] if self.record else []
        paragraphs = [p for s in sections for p in s["paragraphs"]]
        actions = sum(len(p["actions"]) for p in paragraphs)
        return {"sections": len(sections), "paragraphs": len(paragraphs), "actions": actions}


_NOT_CREATED_SALT = "meetings.import.not_created"
# Said beside a file of several that is empty; the others are read all the same.
EMPTY_FILE = "the file is empty (0 bytes): choose the file the minutes are in."


def _file_previews(board: Board, uploads: list[tuple[str, bytes]]) -> list[FilePreview]:
    """Each file read as the command reads an archive's: on its own, a file that cannot be
    read or that repeats a date (the board's, or an earlier file's) said so beside it. The
    files that can make a record are stored, for the ticked ones to be created from."""
    previews: list[FilePreview] = []
    dates: dict[str, FilePreview] = {}
    for number, (name, data) in enumerate(uploads, start=1):
        preview = FilePreview(number, PurePosixPath(name.replace("\\", "/")).name)
        previews.append(preview)
        if not data:
            preview.refusal = EMPTY_FILE
            continue
        try:
            document = Document(text=read_upload(name, data), name=preview.name)
            if refusal := long_line(document.text):
                raise MinutesError(refusal)
            outcome = minutes_read(board=board, document=document)
        except (MinutesError, ValidationError) as exc:
            preview.refusal = _reason(exc)
            continue
        preview.record, preview.problems = outcome.record, outcome.problems
        preview.other_board = _other_board(board, outcome.board_written)
        preview.new_people, preview.new_organisations = (
            outcome.new_people,
            outcome.new_organisations,
        )
        date = outcome.record["date"]
        preview.existing = _same_date(board, outcome.record)
        if preview.existing is None and date in dates:
            preview.refusal = f"{dates[date].name}, chosen above, is of the same date."
            dates[date].same_date_below.append(preview.name)
        elif preview.existing is None:
            preview.stored = original_store(name=name, data=data)
        dates.setdefault(date, preview)
    return previews


def _create_files(request: HttpRequest, board: Board) -> HttpResponse:
    """Creates the record of each ticked file, each in its own transaction with its file kept
    beside it: one that fails is reported, and the others are created all the same."""
    tokens = request.POST.getlist("files")
    not_created = _not_created(request, board, tokens)
    if not tokens:
        messages.error(request, "No file was ticked, so no record was created.")
        if not_created:
            messages.warning(request, not_created)
        return redirect("meetings:import_minutes", board.slug)
    made: list[Meeting] = []
    ticked = Ticked.from_post(request)
    left_out: list[str] = []
    for token in tokens:
        stored = StoredFile.from_token(token)
        if stored is None:
            messages.error(request, "A file is no longer held; choose it again to create it.")
            continue
        try:
            outcome = meeting_import_original(
                stored=stored,
                text=stored_text(stored),
                board=board,
                by=request.user,
                people=ticked.people,
                organisations=ticked.organisations,
            )
        except (MinutesError, ValidationError, DatabaseError) as exc:
            # Its own transaction is undone; the next file is created all the same.
            messages.error(request, f"{stored.name} was not created: {_reason(exc)}")
        else:
            assert outcome.meeting is not None
            made.append(outcome.meeting)
            left_out += [name for name in outcome.left_out if name not in left_out]
    if made:
        dates = ", ".join(format_date(m.date) for m in sorted(made, key=lambda m: m.date))
        records = "record" if len(made) == 1 else "records"
        messages.success(
            request, f"{len(made)} draft {records} made: {dates}. Check each, then circulate it."
        )
    # After what was made: each file the preview showed that was not created, and why.
    if not_created:
        messages.warning(request, not_created)
    if left_out:
        messages.warning(
            request, f"Not written, as they were not confirmed as new: {', '.join(left_out)}."
        )
    return redirect(board)


def _not_created(request: HttpRequest, board: Board, ticked: list[str]) -> SafeString | None:
    """Each file the preview showed that is not created now, with why: the preview's reason
    for one it offered no box for (linking to the record the board has of its date), or that
    it was not ticked (QA F2: two files of one date made "1 draft record made", the other
    never named)."""
    reasons: list[tuple[str, SafeString]] = []
    for value in request.POST.getlist("not_created"):
        try:
            name, refusal, date = signing.loads(value, salt=_NOT_CREATED_SALT)
        except (signing.BadSignature, ValueError, TypeError):
            continue
        existing = board.meetings.filter(date=date).first() if date else None
        if existing is not None:
            reasons.append(
                (
                    name,
                    format_html(
                        '{} already has a record for {}: <a class="alert-link" href="{}">open the '
                        "record of {}</a>",
                        board.name,
                        format_date(existing.date),
                        existing.get_absolute_url(),
                        format_date(existing.date),
                    ),
                )
            )
        else:
            refusal = refusal or f"{board.name} had a record of its date at the preview"
            reasons.append((name, format_html("{}", refusal.rstrip("."))))
    for token in request.POST.getlist("offered"):
        if token not in ticked and (stored := StoredFile.from_token(token)) is not None:
            reasons.append((stored.name, format_html("{}", "it was not ticked")))
    if not reasons:
        return None
    listed = format_html_join("; ", "{}: {}", reasons)
    return format_html(
        "{} not created: {}.", "One file was" if len(reasons) == 1 else "These files were", listed
    )


def _reason(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return " ".join(exc.messages)
    if isinstance(exc, DatabaseError):
        # Logged with its traceback for whoever runs the site; the clerk is told in words.
        logger.exception("An import was not written")
        return "the database would not take it; nothing of it was written."
    return str(exc)
