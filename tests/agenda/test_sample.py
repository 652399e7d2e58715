"""The sample data's next meeting (`agenda.sample`, called by `manage.py load_sample_data`)."""

from __future__ import annotations

import pytest

from agenda.models import Agenda, Paper
from agenda.sample import load_sample_agenda
from meetings.models import Meeting
from tests.agenda.conftest import agenda_url
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def test_it_announces_the_next_meeting_with_a_published_agenda(
    published_meeting: Meeting,
) -> None:
    meeting = load_sample_agenda(published_meeting.board)
    html = client_for(None).get(agenda_url(meeting)).content.decode()
    assert "MPS performance report" in html
    assert "contains information about an ongoing investigation" in html


def test_it_makes_the_sample_paper_a_real_pdf(published_meeting: Meeting) -> None:
    load_sample_agenda(published_meeting.board)
    response = client_for(None).get(Paper.objects.get().get_absolute_url())
    assert response.content.startswith(b"%PDF-")
    assert response["Content-Type"] == "application/pdf"


def test_it_loads_the_agenda_once(published_meeting: Meeting) -> None:
    load_sample_agenda(published_meeting.board)
    assert load_sample_agenda(published_meeting.board) is None
    assert Agenda.objects.count() == 1
