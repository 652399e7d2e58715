"""Plain functions from models to the API's dicts, in Popolo and Open Civic Data terms.

Nothing here queries the database: the views fetch each page in a fixed number of queries
(select_related / prefetch_related) and hand the objects over. Nothing here decides what is
public either (see `api.public`); these functions only take care never to write a
restricted section's title, and to write an announced meeting's name without its title.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.urls import reverse

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
from prob.site import absolute

Data = dict[str, Any]


class Links:
    """Absolute URLs on SITE_URL, for the API's own resources and the site's pages: the ids of
    its objects must not change with the Host header a request came with."""

    def url(self, path: str) -> str:
        return absolute(path)

    def api(self, name: str, *args: Any) -> str:
        return absolute(reverse(f"api:{name}", args=args))

    def site(self, name: str, *args: Any) -> str:
        return absolute(reverse(name, args=args))


# A withheld agenda item still needs a description: the OCD event schema wants one.
WITHHELD = "Withheld from publication"


def _entity(identifier: str, name: str) -> Data:
    return {"id": identifier, "name": name}


def _organisation_entity(organisation: Organisation, links: Links) -> Data:
    """An organisation wherever it is named (an action's owner, an attendee's organisation):
    by the same name as its own resource, its abbreviation among its other names."""
    other = organisation.short_name
    other_names = [] if other == organisation.name else [{"name": other, "note": "abbreviation"}]
    return {
        **_entity(links.api("organisation", organisation.pk), organisation.name),
        "other_names": other_names,
    }


# --- Organizations (Popolo organization) ------------------------------------------------------


def board(board: Board, links: Links) -> Data:
    return {
        "id": links.api("board", board.slug),
        "classification": "board",
        "name": board.name,
        "identifiers": [{"scheme": "slug", "identifier": board.slug}],
        "description": board.description,
        "links": [
            {"url": links.url(board.get_absolute_url()), "note": "board page"},
            {"url": links.site("meetings:calendar", board.slug), "note": "calendar"},
            {"url": links.site("meetings:board_feed", board.slug), "note": "feed"},
        ],
    }


def organisation(organisation: Organisation, links: Links) -> Data:
    return {**_organisation_entity(organisation, links), "classification": "organisation"}


# --- People and memberships (Popolo person, membership) --------------------------------------


def person(person: Person, links: Links) -> Data:
    # A name only: never an email address, nor anything of the account behind it.
    return {"id": links.api("person", person.pk), "name": person.name}


def membership(membership: Membership, links: Links) -> Data:
    member, body = membership.person, membership.board
    return {
        "id": links.api("membership", membership.pk),
        "person_id": links.api("person", member.pk),
        "person": _entity(links.api("person", member.pk), member.name),
        "organization_id": links.api("board", body.slug),
        "organization": _entity(links.api("board", body.slug), body.name),
        "role": membership.role,
        "label": membership.get_role_display(),
        "start_date": membership.start_date.isoformat(),
        "end_date": membership.end_date.isoformat() if membership.end_date else None,
    }


# --- Events (Open Civic Data event) -----------------------------------------------------------


def _when(meeting: Meeting) -> tuple[str, str, bool]:
    """Start, end and whether all day. A timed meeting ends after its board's meeting length
    (as in the calendar); an all-day one's end is left blank, which OCD allows."""
    if meeting.start_time is None:
        return meeting.date.isoformat(), "", True
    zone = ZoneInfo(settings.TIME_ZONE)
    start = datetime.datetime.combine(meeting.date, meeting.start_time, tzinfo=zone)
    end = start + datetime.timedelta(minutes=meeting.board.meeting_length)
    return start.isoformat(), end.isoformat(), False


def agenda_item(section: Section) -> Data:
    """A section of a public record as an OCD agenda item; a restricted one is listed, as on
    the record, with its title withheld."""
    item: Data = {
        "order": str(section.number) if section.number is not None else "",
        # The item's reference as the minutes wrote it ("Cou/236/09-10"), else its number.
        "ref": section.ref if section.number is not None else "",
        "description": WITHHELD if section.restricted else section.title,
        "classification": [],
        "subjects": [],
        "notes": [],
        "related_entities": [],
    }
    if section.restricted:
        item["withheld"] = True
    return item


def _participant(attendance: Attendance, links: Links) -> Data:
    organisation = attendance.organisation
    return {
        "type": "person",
        "entity_type": "person",
        "entity_id": links.api("person", attendance.person_id),
        "name": attendance.person.name,
        "note": attendance.kind,
        "role": attendance.role,
        "organization": _organisation_entity(organisation, links) if organisation else None,
    }


def event(
    meeting: Meeting,
    links: Links,
    *,
    readable: bool,
    sections: Iterable[Section] = (),
    attendances: Iterable[Attendance] = (),
    agenda: tuple[list[Data], list[Data]] = ([], []),
) -> Data:
    """A meeting as an OCD event. Without `readable` it is an announcement: when and where,
    under the board's name, never the draft's title, agenda or attendees."""
    host = meeting.board
    start_date, end_date, all_day = _when(meeting)
    board_page = links.url(host.get_absolute_url())
    data: Data = {
        "id": links.api("event", meeting.pk),
        "name": meeting.title if readable else f"{host.name} meeting",
        "classification": "meeting",
        "description": (
            f"The published record of a meeting of the {host.name}."
            if readable
            else f"A meeting of the {host.name}, announced; its record is not yet published."
        ),
        "start_date": start_date,
        "end_date": end_date,
        "all_day": all_day,
        "timezone": settings.TIME_ZONE,
        # A published record says the meeting took place; an announcement that it will.
        "status": "passed" if readable else "confirmed",
        "organization_id": links.api("board", host.slug),
        "participants": [
            {
                "type": "organization",
                "entity_type": "organization",
                "entity_id": links.api("board", host.slug),
                "name": host.name,
                "note": "host",
            }
        ],
        "agenda": [],
        "documents": [],
        "links": [{"url": board_page, "note": "board page"}],
        "sources": [{"url": board_page, "note": "board page"}],
        "record_status": meeting.status if readable else None,
    }
    # OCD's location is an object with a name: a meeting with no place yet has none.
    if meeting.place:
        data["location"] = {"name": meeting.place}
    if readable:
        data["participants"] += [_participant(a, links) for a in attendances]
        data["agenda"] = [agenda_item(section) for section in sections]
        args = (host.slug, meeting.date.isoformat())
        data["documents"] = [
            {
                "note": meeting.title,
                "classification": "minutes",
                "date": meeting.date.isoformat(),
                "links": [
                    {"url": links.site("meetings:record", *args), "media_type": "text/html"},
                    {
                        "url": links.site("meetings:record_json", *args),
                        "media_type": "application/json",
                    },
                    {"url": links.site("meetings:record_text", *args), "media_type": "text/plain"},
                ],
            }
        ]
        record = {"url": links.site("meetings:record", *args), "note": "record"}
        data["links"].insert(0, record)
        data["sources"] = [record]
    # Its published agenda (`agenda.public.ocd_agenda`): the items, where no published record
    # gives them, and the public papers among the documents.
    agenda_items, papers = agenda
    if not data["agenda"]:
        data["agenda"] = agenda_items
    data["documents"] += papers
    return data


# --- Actions -----------------------------------------------------------------------------------


def action(action: Action, links: Links) -> Data:
    paragraph = action.paragraph
    section = paragraph.section
    meeting = section.meeting
    owner = action.owner
    record_url = links.site("meetings:record", meeting.board.slug, meeting.date.isoformat())
    return {
        "id": links.api("action", action.pk),
        "number": action.number,
        "text": action.text,
        "status": action.status,
        "status_label": action.get_status_display(),
        "due_date": action.due.isoformat() if action.due else None,
        "owner": _organisation_entity(owner, links) if owner else None,
        "owner_people": [
            _entity(links.api("person", person.pk), person.name)
            for person in action.owner_people.all()
        ],
        "event_id": links.api("event", meeting.pk),
        "event": _entity(links.api("event", meeting.pk), meeting.title),
        "organization_id": links.api("board", meeting.board.slug),
        "agenda_item": section.ref,
        "paragraph": paragraph.ref,
        "links": [
            {"url": links.site("actions:detail", action.pk), "note": "action page"},
            {"url": f"{record_url}#{paragraph.anchor}", "note": "paragraph in the record"},
        ],
    }


# --- Decisions (Popolo motion) -----------------------------------------------------------------


def decision(paragraph: Paragraph, links: Links) -> Data:
    """A paragraph recorded as a decision as a Popolo motion that passed: what the board
    resolved, at which event, on which date, and where it stands in the record."""
    section = paragraph.section
    meeting = section.meeting
    record_url = links.site("meetings:record", meeting.board.slug, meeting.date.isoformat())
    return {
        "id": links.api("decision", paragraph.pk),
        "organization_id": links.api("board", meeting.board.slug),
        "classification": "decision",
        "text": paragraph.text,
        "date": meeting.date.isoformat(),
        "result": "pass",
        "event_id": links.api("event", meeting.pk),
        "event": _entity(links.api("event", meeting.pk), meeting.title),
        "agenda_item": section.ref,
        "paragraph": paragraph.ref,
        "sources": [{"url": f"{record_url}#{paragraph.anchor}", "note": "minute in the record"}],
    }
