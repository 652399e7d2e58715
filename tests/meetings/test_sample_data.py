"""The sample data (`manage.py load_sample_data`) is written through the services, as a clerk's
work is: every person, organisation, board and membership it makes says why in its history."""

from __future__ import annotations

from io import StringIO

from django.core.management import call_command
from django.db.models import Q

from meetings.models import Board, Membership, Organisation, Person


def test_every_row_it_writes_says_why_in_its_history(db: None) -> None:
    call_command("load_sample_data", stdout=StringIO())
    for model in (Person, Organisation, Board, Membership):
        rows = model.history.all()
        assert rows.exists(), model
        without = rows.filter(Q(history_change_reason="") | Q(history_change_reason__isnull=True))
        assert list(without.values_list("history_change_reason", flat=True)) == [], model
