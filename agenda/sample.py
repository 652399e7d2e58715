"""The sample board's next meeting, announced with a published agenda: a public paper (a
small real PDF made here, as the loader runs) and a restricted item with its reason. Called
by `manage.py load_sample_data`."""

from __future__ import annotations

import datetime
import io

from django.db import transaction
from django.utils import timezone

from agenda import services
from agenda.models import Agenda
from agenda.requests import paper_request_create
from meetings.models import Board, Meeting, Organisation
from meetings.services.editing import meeting_announce, meeting_new

SAMPLE = "Sample data"
# The next meeting is this many days after the day the sample data is loaded.
DAYS_AHEAD = 14


def sample_paper_pdf(title: str, lines: list[str]) -> bytes:
    """A one-page PDF with `title` and `lines`, written with pypdf's own objects: a real file
    any reader opens, made without a layout engine."""
    from pypdf import PdfWriter
    from pypdf.generic import (
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
    )

    def escaped(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    writer = PdfWriter()
    page = writer.add_blank_page(width=595, height=842)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
    )
    text = [f"BT /F1 18 Tf 72 770 Td ({escaped(title)}) Tj ET"]
    for number, line in enumerate(lines):
        text.append(f"BT /F1 11 Tf 72 {740 - 16 * number} Td ({escaped(line)}) Tj ET")
    stream = DecodedStreamObject()
    stream.set_data("\n".join(text).encode("latin-1", "replace"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    writer.add_metadata({"/Title": title})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def meeting_day(today: datetime.date) -> datetime.date:
    """The sample's next meeting: `DAYS_AHEAD` days from today, moved on to the Monday when
    that falls on a weekend (boards meet on working days)."""
    date = today + datetime.timedelta(days=DAYS_AHEAD)
    return date + datetime.timedelta(days=max(0, 7 - date.weekday()) if date.weekday() >= 5 else 0)


@transaction.atomic
def load_sample_agenda(board: Board, *, by: object = None) -> Meeting | None:
    """Announces the board's next meeting and publishes its agenda, unless a meeting to come
    already has one (loading the sample data twice changes nothing)."""
    today = timezone.localdate()
    if Agenda.objects.filter(meeting__board=board, meeting__date__gte=today).exists():
        return None
    date = meeting_day(today)
    meeting = Meeting.objects.filter(board=board, date=date).first() or meeting_new(
        board=board,
        date=date,
        by=by,
        start_time=datetime.time(10, 0),
        place="City Hall, London",
    )
    if not meeting.announced:
        meeting_announce(meeting=meeting, announced=True, by=by, reason=f"{SAMPLE}: announced")
    services.item_add(
        meeting=meeting, by=by, title="Welcome, apologies and declarations of interest"
    )
    services.item_add(
        meeting=meeting,
        by=by,
        title="Minutes of the previous meeting and matters arising",
        purpose="decision",
        lead="MOPAC",
        timing="10:05",
    )
    performance = services.item_add(
        meeting=meeting,
        by=by,
        title="MPS performance report",
        purpose="discussion",
        lead="MPS",
        timing="10:15",
    )
    services.paper_add(
        item=performance,
        by=by,
        name="mps-performance-report.pdf",
        data=sample_paper_pdf(
            "MPS performance report",
            [
                "Paper for the Performance and Risk Oversight Board.",
                "Sample data: a public paper, made when the sample data was loaded.",
            ],
        ),
        title="MPS performance report",
        version="1",
    )
    investigation = services.item_add(
        meeting=meeting,
        by=by,
        title="Update on an ongoing investigation",
        purpose="noting",
        lead="MPS",
        timing="11:00",
        restricted=True,
        restricted_reason=(
            "Not for publication: contains information about an ongoing investigation"
        ),
        title_public=False,
    )
    services.item_add(meeting=meeting, by=by, title="Any other business", timing="11:30")
    agenda = Agenda.objects.get(meeting=meeting)
    services.agenda_publish(agenda=agenda, by=by)
    # The sample officer (MPS's action owner) is asked for the restricted item's paper, due a
    # week before the meeting: on their My actions, emailed, and reminded as it comes due.
    paper_request_create(
        item=investigation,
        by=by,
        organisation=Organisation.objects.get(short_name="MPS"),
        due=date - datetime.timedelta(days=7),
        note="A short update for the board: what has happened since the last meeting.",
        restricted=True,
    )
    return meeting
