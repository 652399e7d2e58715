"""The record as people read it: one selector, a typed view, and the outputs made from it.

`record_view` reads a whole record in a fixed number of queries and returns dataclasses with
the stored numbers (`meetings.numbering`) and, for the public, restricted content already
withheld, so that no page, export or editor can leak it or number it differently.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Prefetch, QuerySet
from django.urls import reverse
from django.utils import timezone

from meetings.minutes import format_date, render_minutes
from meetings.models import Action, Amendment, Attendance, Meeting, Paragraph, Section
from meetings.numbering import anchored, displayed, paragraph_anchor, section_heading


@dataclass(frozen=True)
class ActionView:
    id: int
    number: int
    text: str
    owner: str | None
    owner_people: list[str]
    due: datetime.date | None
    status: str
    status_label: str
    paragraph_ref: str
    # The id on the page: "action-2", the later of two numbered alike "action-2-".
    anchor: str = ""

    @property
    def url(self) -> str:
        return reverse("actions:detail", args=[self.id])


@dataclass(frozen=True)
class AmendmentMark:
    """An amendment as its paragraph carries it: a link back to the note on the record."""

    number: int
    made: datetime.datetime

    @property
    def anchor(self) -> str:
        return amendment_anchor(self.number)


def amendment_anchor(number: int) -> str:
    """The id of an amendment's note on the record page, counted from 1 in the order made."""
    return f"amendment-{number}"


@dataclass(frozen=True)
class ParagraphView:
    id: int
    number: int
    # As the minutes wrote it where an import kept it, else "4.3" (`meetings.numbering`).
    ref: str
    # The id of the paragraph on the page, one per record.
    anchor: str
    text: str
    restricted: bool
    withheld: bool
    version: int
    decision: bool
    actions: list[ActionView] = field(default_factory=list)
    amendments: list[AmendmentMark] = field(default_factory=list)
    # The reference is as the imported minutes wrote it, which edits leave alone.
    as_written: bool = False


@dataclass(frozen=True)
class SectionView:
    id: int
    number: int
    ref: str
    title: str
    restricted: bool
    withheld: bool
    paragraphs: list[ParagraphView] = field(default_factory=list)
    # The reference is as the imported minutes wrote it, which edits leave alone.
    as_written: bool = False
    # The id of the section on the page, one per record: "section-4", and where minutes
    # numbered two items alike, the later "section-4-" (QA F15: two landmarks, one id).
    anchor: str = ""

    @property
    def heading(self) -> str:
        """The reference before the title: "4." or, as written, "Cou/236/09-10"."""
        return section_heading(self.ref)


@dataclass(frozen=True)
class AttendeeView:
    id: int
    name: str
    role: str
    organisation: str | None
    kind: str
    kind_label: str


@dataclass(frozen=True)
class AmendmentView:
    """An amendment's note: which paragraph (its ref, when known), when and why. The reason
    of an amendment to a paragraph withheld from this reader is withheld with it."""

    number: int
    made: datetime.datetime
    reason: str
    ref: str | None
    withheld: bool
    # The paragraph's id on the page, to link to.
    paragraph_anchor: str | None = None

    @property
    def anchor(self) -> str:
        return amendment_anchor(self.number)

    @property
    def note(self) -> str:
        """The note as plain text, as the record page words it."""
        made = format_date(timezone.localdate(self.made))
        said = f"Paragraph {self.ref} amended on {made}" if self.ref else f"Amended on {made}"
        if self.withheld:
            return f"{said} (withheld from publication)"
        return f"{said}: {self.reason}"


@dataclass(frozen=True)
class RecordView:
    meeting: Meeting
    public: bool
    attendees: list[AttendeeView]
    sections: list[SectionView]
    amendments: list[AmendmentView]

    @property
    def actions(self) -> list[ActionView]:
        return [a for s in self.sections for p in s.paragraphs for a in p.actions]

    @property
    def written_references(self) -> int:
        """How many sections and paragraphs show a reference as the imported minutes wrote it
        ("5", "Cou/236/09-10"), which edits do not renumber."""
        return sum(s.as_written + sum(p.as_written for p in s.paragraphs) for s in self.sections)

    def attendee_groups(self) -> list[tuple[str, list[tuple[str, list[AttendeeView]]]]]:
        """Attendees as the record lists them: by kind (present first), then by organisation in
        order of first appearance."""
        groups: list[tuple[str, list[tuple[str, list[AttendeeView]]]]] = []
        for kind in Attendance.Kind:
            by_organisation: dict[str, list[AttendeeView]] = {}
            for attendee in self.attendees:
                if attendee.kind == kind:
                    by_organisation.setdefault(attendee.organisation or "", []).append(attendee)
            if by_organisation:
                groups.append((kind.label, list(by_organisation.items())))
        return groups


def _sections(meeting: Meeting) -> QuerySet[Section]:
    """The record's sections with their paragraphs and actions (four queries), as lists
    (`section.paragraph_rows`, `paragraph.action_rows`, `action.owner_rows`): prefetched into
    a related manager instead, each of a 300-paragraph record's paragraphs would get a queryset
    of its own, cloned for it (a third of `record_view`'s time)."""
    actions = Action.objects.select_related("owner").prefetch_related(
        Prefetch("owner_people", to_attr="owner_rows")
    )
    paragraphs = Paragraph.objects.order_by("position").prefetch_related(
        Prefetch("actions", queryset=actions.order_by("position"), to_attr="action_rows")
    )
    return (
        Section.objects.filter(meeting=meeting)
        .order_by("position")
        .prefetch_related(Prefetch("paragraphs", queryset=paragraphs, to_attr="paragraph_rows"))
    )


def section_view(meeting: Meeting, section_id: int) -> SectionView | None:
    """One section of a draft as `record_view` (not public) shows it, in four queries whatever
    the record's size: what the editor shows again after a change within it. None if the
    section is not the meeting's. (A draft has no amendments; an anchor is unique within the
    section, which the editor does not use.)"""
    section = _sections(meeting).filter(pk=section_id).first()
    if section is None:
        return None
    return _section(section, public=False, marks={}, anchors=set())


def record_view(meeting: Meeting, *, public: bool) -> RecordView:
    """The whole record in six queries, whatever its size. With `public`, restricted
    sections and paragraphs are marked withheld and their content is left out."""
    sections = list(_sections(meeting))
    attendances = Attendance.objects.filter(meeting=meeting).select_related(
        "person", "organisation"
    )
    amendments = list(Amendment.objects.filter(meeting=meeting).order_by("made", "pk"))
    marks: dict[int, list[AmendmentMark]] = {}
    for number, amendment in enumerate(amendments, start=1):
        if amendment.paragraph_id is not None:
            marks.setdefault(amendment.paragraph_id, []).append(
                AmendmentMark(number=number, made=amendment.made)
            )
    anchors: set[str] = set()
    views = [_section(section, public=public, marks=marks, anchors=anchors) for section in sections]
    return RecordView(
        meeting=meeting,
        public=public,
        attendees=[_attendee(a) for a in attendances.order_by("position")],
        sections=views,
        amendments=_amendments(amendments, {p.id: p for s in views for p in s.paragraphs}),
    )


def _amendments(
    amendments: list[Amendment], paragraphs: dict[int, ParagraphView]
) -> list[AmendmentView]:
    views = []
    for number, amendment in enumerate(amendments, start=1):
        paragraph = paragraphs.get(amendment.paragraph_id)  # type: ignore[arg-type]
        withheld = paragraph is not None and paragraph.withheld
        views.append(
            AmendmentView(
                number=number,
                made=amendment.made,
                reason="" if withheld else amendment.reason,
                ref=paragraph.ref if paragraph else None,
                withheld=withheld,
                paragraph_anchor=paragraph.anchor if paragraph else None,
            )
        )
    return views


def _attendee(attendance: Attendance) -> AttendeeView:
    return AttendeeView(
        id=attendance.pk,
        name=attendance.person.name,
        role=attendance.role,
        organisation=str(attendance.organisation) if attendance.organisation else None,
        kind=attendance.kind,
        kind_label=attendance.get_kind_display(),
    )


def _section(
    section: Section,
    *,
    public: bool,
    marks: dict[int, list[AmendmentMark]],
    anchors: set[str],
) -> SectionView:
    withheld = public and section.restricted
    anchor = _claimed(f"section-{section.number}", anchors)
    return SectionView(
        id=section.pk,
        anchor=anchor,
        number=section.number,
        ref=displayed(section.label, section.number),
        title="" if withheld else section.title,
        restricted=section.restricted,
        withheld=withheld,
        paragraphs=[
            _paragraph(
                paragraph,
                section,
                public=public,
                in_withheld=withheld,
                marks=marks,
                anchors=anchors,
            )
            for paragraph in section.paragraph_rows  # type: ignore[attr-defined]
        ],
        as_written=bool(section.written),
    )


def _paragraph(
    paragraph: Paragraph,
    section: Section,
    *,
    public: bool,
    in_withheld: bool,
    marks: dict[int, list[AmendmentMark]],
    anchors: set[str],
) -> ParagraphView:
    withheld = in_withheld or (public and paragraph.restricted)
    ref = displayed(paragraph.label, section.number, paragraph.number, section.written)
    own = anchored(paragraph.label, section.number, paragraph.number)
    return ParagraphView(
        id=paragraph.pk,
        number=paragraph.number,
        ref=ref,
        anchor=_unique_anchor(own, anchored("", section.number, paragraph.number), anchors),
        text="" if withheld else paragraph.text,
        restricted=paragraph.restricted,
        withheld=withheld,
        version=paragraph.version,
        decision=paragraph.decision and not withheld,
        # Withheld actions are left out altogether, text and numbers alike.
        actions=[] if withheld else [_action(a, ref, anchors) for a in paragraph.action_rows],  # type: ignore[attr-defined]
        amendments=[] if withheld else marks.get(paragraph.pk, []),
        as_written=bool(paragraph.label),
    )


def _unique_anchor(ref: str, derived: str, anchors: set[str]) -> str:
    """The paragraph's anchor (`Paragraph.anchor`), unless minutes wrote the same reference
    twice ("(a)" under two items): then the later ones take PROB's own "paragraph-4.3", so
    that every id on the page is one paragraph's."""
    anchor = paragraph_anchor(ref)
    if anchor in anchors:
        anchor = paragraph_anchor(derived)
    return _claimed(anchor, anchors)


def _claimed(anchor: str, anchors: set[str]) -> str:
    """`anchor`, or where the page has it already (two items or actions numbered alike, QA
    F15), itself with as many "-" after it as make it the page's only one; kept in `anchors`."""
    while anchor in anchors:
        anchor += "-"
    anchors.add(anchor)
    return anchor


def _action(action: Action, paragraph_ref: str, anchors: set[str]) -> ActionView:
    anchor = _claimed(f"action-{action.number}", anchors)
    return ActionView(
        id=action.pk,
        anchor=anchor,
        number=action.number,
        text=action.text,
        owner=str(action.owner) if action.owner else None,
        owner_people=[person.name for person in action.owner_rows],  # type: ignore[attr-defined]
        due=action.due,
        status=action.status,
        status_label=action.get_status_display(),
        paragraph_ref=paragraph_ref,
    )


def record_as_text(record: RecordView) -> str:
    """The record in the published plain-text layout, made from the record alone: its
    SHA-256 is published, and must not move when nothing in the record did."""
    known = _named_organisations(record)
    data = record_as_dict(record)
    for section in data["sections"]:
        # The writer puts a written reference that is a plain number ("124", kept while the
        # draft was renumbered) as the section's number.
        if section["ref"].isdigit():
            section["number"] = int(section["ref"])
    return render_minutes(data, known_organisations=list(known))


def _named_organisations(record: RecordView) -> list[str]:
    """The organisations the record names. The writer marks an action's owner wherever its
    text could be read as naming another; it weighs these (which the importer knows when it
    reads the record back), never the whole table: an organisation added elsewhere moves no
    record's revision, so it must change no record's text."""
    named = {a.organisation for a in record.attendees} | {a.owner for a in record.actions}
    return sorted(filter(None, named))


def record_as_dict(record: RecordView) -> dict[str, Any]:
    """The record in the JSON schema of the export."""
    meeting = record.meeting
    return {
        "board": meeting.board.name,
        "title": meeting.title,
        "date": meeting.date.isoformat(),
        "status": meeting.status,
        "attendees": [
            {
                "name": a.name,
                "role": a.role,
                "organisation": a.organisation,
                "attendance": a.kind,
            }
            for a in record.attendees
        ],
        "sections": [_section_dict(section) for section in record.sections],
    }


def _section_dict(section: SectionView) -> dict[str, Any]:
    data: dict[str, Any] = {
        "number": section.number,
        "ref": section.ref,
        "title": section.title,
        "restricted": section.restricted,
        "paragraphs": [],
    }
    if section.withheld:
        data["withheld"] = True
        return data
    for paragraph in section.paragraphs:
        item: dict[str, Any] = {
            "ref": paragraph.ref,
            "text": paragraph.text,
            "restricted": paragraph.restricted,
            "actions": [_action_dict(action) for action in paragraph.actions],
        }
        if paragraph.decision:
            item["decision"] = True
        if paragraph.withheld:
            item["withheld"] = True
        data["paragraphs"].append(item)
    return data


def _action_dict(action: ActionView) -> dict[str, Any]:
    return {
        "number": action.number,
        "text": action.text,
        "owner": action.owner,
        "owner_people": action.owner_people,
        "due": action.due.isoformat() if action.due else None,
        "status": action.status,
    }
