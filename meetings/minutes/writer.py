"""Writing a record as plain text in the layout of the board's own records, which
parse_minutes reads back to the same record."""

import datetime
import re
from collections.abc import Iterable
from typing import Any

from meetings.minutes.action_lines import (
    due_from_text,
    lead_owner,
    owner_from_text,
    split_meta,
)
from meetings.minutes.dates import by_day_month, find_date, format_date
from meetings.minutes.heading import TITLE
from meetings.minutes.text import WITHHELD_TEXT

_LABELS = {
    "present": "Present:",
    "in_attendance": "In attendance:",
    "apologies": "Apologies:",
    "absent": "Absent:",
}


type _Groups = list[tuple[str | None, list[dict[str, Any]]]]


def _attendee_blocks(attendees: list[dict[str, Any]]) -> list[tuple[str | None, _Groups]]:
    """Attendees by kind (no kind heading when everyone was present), then by organisation in
    order of first appearance, those without an organisation first."""
    all_present = all(a.get("attendance", "present") == "present" for a in attendees)
    blocks: list[tuple[str | None, _Groups]] = []
    for kind, heading in _LABELS.items():
        people = [a for a in attendees if all_present or a.get("attendance") == kind]
        if not people:
            continue
        groups: dict[str | None, list[dict[str, Any]]] = {None: []}
        for person in people:
            groups.setdefault(person.get("organisation") or None, []).append(person)
        blocks.append((None if all_present else heading, [(k, v) for k, v in groups.items() if v]))
        if all_present:
            break
    return blocks


def _iso_date(value: str | datetime.date) -> datetime.date:
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(value)


def _action_meta(action: dict[str, Any], organisations: dict[str, str]) -> str:
    text = action.get("text") or ""
    owner, due = action.get("owner") or None, action.get("due") or None
    people = action.get("owner_people") or []
    parts = []
    # Without an explicit group, a text that itself ends in one would lose it on reading.
    # The reader takes an owner from the text ("OPCC to ...", "Stuart McVey to ..."): where
    # the record says otherwise, the bracket group says so.
    if owner != (owner_from_text(text, organisations) or lead_owner(text)) or split_meta(text)[1]:
        parts.append(f"owner: {owner or 'none'}")
    if people:
        parts.append("people: " + ", ".join(people))
    # "by 24 November" is read with the meeting's year: said, so the text alone gives it back.
    yearless = due_from_text(text) is None and by_day_month(text, datetime.date.min) is not None
    if due != due_from_text(text) or yearless:
        parts.append(f"due: {due or 'none'}")
    return f" [{'; '.join(parts)}]" if parts else ""


def _paragraph_ref(ref: str) -> str:
    """A paragraph's reference as the text writes it: a number ("4.3") with a full stop after
    it, as the board's records have it; any other form ("(a)", "(ii)", "41/20") as the minutes
    wrote it, which the reader reads back as that reference ("(a)." it would not)."""
    return f"{ref}." if re.fullmatch(r"\d+(?:\.\d+)*", ref) else ref


def render_minutes(record: dict[str, Any], *, known_organisations: Iterable[str] = ()) -> str:
    """The record as plain text in the layout of the board's own records; parse_minutes reads
    it back to the same record (given the same known_organisations)."""
    out: list[str] = []

    def block(text: str) -> None:
        out.extend([text, ""])

    if record.get("board"):
        block(record["board"])
    title, date = " ".join((record.get("title") or "").split()), record.get("date")
    if date and not (TITLE.match(title) and find_date(title) == _iso_date(date)):
        # Only a title that reads back with the record's date keeps the date in the text.
        title = f"Record of Meeting {format_date(_iso_date(date))}"
    if title:
        block(title)
    organisations = {k.lower(): k for k in known_organisations}
    headings: set[str] = set()
    for kind_heading, groups in _attendee_blocks(record.get("attendees") or []):
        if kind_heading:
            block(kind_heading)
        for organisation, people in groups:
            if organisation:
                block(organisation)
                if organisation.lower() not in headings:
                    headings.add(organisation.lower())
                    organisations[organisation.lower()] = organisation
            lines = [f"{p['name']}, {p['role']}" if p.get("role") else p["name"] for p in people]
            block("\n".join(lines))
    for section in record.get("sections") or []:
        if section.get("withheld"):
            block(f"{section['number']}. {WITHHELD_TEXT}")
            continue
        marker = " (restricted)" if section.get("restricted") else ""
        title = " ".join((section.get("title") or "").split())
        ref = section.get("ref") or ""
        # A reference other than a plain number ("39/20", "II") is written as it was.
        heading = f"{ref} " if ref and not ref.isdigit() else f"{section['number']}. "
        block(f"{heading}{title}{marker}".rstrip())
        for paragraph in section.get("paragraphs") or []:
            if paragraph.get("withheld"):
                block(f"{_paragraph_ref(paragraph['ref'])} {WITHHELD_TEXT}")
                continue
            blocks = re.split(r"\n\s*\n", paragraph.get("text") or "")
            text = "\n\n".join(" ".join(b.split()) for b in blocks if b.strip())
            marker = "(restricted) " if paragraph.get("restricted") else ""
            block(f"{_paragraph_ref(paragraph['ref'])} {marker}{text}".rstrip())
            for action in paragraph.get("actions") or []:
                text = " ".join((action.get("text") or "").split())
                meta = _action_meta({**action, "text": text}, organisations)
                block(f"Action {action['number']}: {text}{meta}".rstrip())
    return "\n".join(line.rstrip() for line in out).strip("\n") + "\n"
