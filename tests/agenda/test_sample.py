"""The sample data's next meeting (`agenda.sample`, called by `manage.py load_sample_data`)."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

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


def test_it_is_the_agenda_apps_own_command(published_meeting: Meeting) -> None:
    # `load_sample_data` calls it by name: meetings never imports the agenda.
    board = published_meeting.board
    call_command("load_sample_agenda", board=board.slug, stdout=io.StringIO())
    assert Agenda.objects.filter(meeting__board=board).count() == 1
    with pytest.raises(CommandError, match="No board"):
        call_command("load_sample_agenda", board="no-such-board", stdout=io.StringIO())
