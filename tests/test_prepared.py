"""`prob.prepared.Prepared`: a query's SQL made once per process, run with other values."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.test.utils import CaptureQueriesContext

from meetings.models import Meeting
from prob.prepared import Prepared
from tests.conftest import next_meeting


def _by_day() -> Prepared:
    return Prepared(
        Meeting,
        lambda slug, date: Meeting.objects.select_related("board").filter(
            board__slug=slug, date=date
        ),
    )


def test_it_gives_what_the_queryset_gives_with_its_related_objects(seed_meeting: Meeting) -> None:
    later = next_meeting(seed_meeting)
    by_day = _by_day()
    for meeting in (seed_meeting, later, seed_meeting):
        found = by_day(meeting.board.slug, meeting.date)
        assert [m.pk for m in found] == [meeting.pk]
        with CaptureQueriesContext(connection) as queries:
            assert found[0].board.slug == meeting.board.slug  # read with it
        assert len(queries) == 0
    assert by_day(seed_meeting.board.slug, datetime.date(1999, 1, 1)) == []
    assert by_day("no-such-board", seed_meeting.date) == []


def test_it_keeps_the_sql_and_runs_one_query_a_call(seed_meeting: Meeting) -> None:
    by_day = _by_day()
    by_day(seed_meeting.board.slug, seed_meeting.date)
    assert next(iter(by_day._made.values())) is not None
    with CaptureQueriesContext(connection) as queries:
        by_day(seed_meeting.board.slug, seed_meeting.date)
    assert len(queries) == 1


def test_a_query_whose_parameters_are_not_the_values_is_run_as_a_queryset(
    seed_meeting: Meeting,
) -> None:
    # The board's slug is not a parameter the caller gives: never kept, still right.
    odd = Prepared(Meeting, lambda date: Meeting.objects.filter(date=date, board__slug="x"))
    assert odd(seed_meeting.date) == []
    assert next(iter(odd._made.values())) is None
    assert odd(seed_meeting.date) == []


def test_a_moment_is_a_parameter_as_the_database_takes_it(seed_meeting: Meeting) -> None:
    # The session's read: an expiry after a moment (SQLite takes it as naive text in UTC).
    after = Prepared(Meeting, lambda moment: Meeting.objects.filter(updated__gt=moment))
    earlier = seed_meeting.updated - datetime.timedelta(seconds=1)
    assert [m.pk for m in after(earlier)] == [seed_meeting.pk]
    assert next(iter(after._made.values())) is not None
    with CaptureQueriesContext(connection) as queries:
        assert after(seed_meeting.updated) == []
        assert [m.pk for m in after(earlier)] == [seed_meeting.pk]
    assert len(queries) == 2


@pytest.mark.postgresql  # statements prepared on PostgreSQL's server
@pytest.mark.usefixtures("db")
def test_postgresql_prepares_the_kept_sql_and_nothing_else() -> None:
    # Planning a statement costs PostgreSQL more CPU than running one this small: the kept SQL
    # runs with its values bound on the server, which psycopg prepares after a few runs. On a
    # connection of its own, with production's settings (the suite's connections prepare
    # nothing: tests/conftest.py); the content types are the migrations', so it sees them.
    own = connections.create_connection(DEFAULT_DB_ALIAS)
    options = {**own.settings_dict["OPTIONS"], "prepare_threshold": 5}
    own.settings_dict = {**own.settings_dict, "OPTIONS": options}  # not the suite's dict
    by_name = Prepared(
        ContentType, lambda app, model: ContentType.objects.filter(app_label=app, model=model)
    )
    suites = connections[DEFAULT_DB_ALIAS]
    connections[DEFAULT_DB_ALIAS] = own
    try:
        # The first call runs the queryset; psycopg prepares the kept SQL at its fifth run.
        for _ in range(7):
            assert [c.model for c in by_name("meetings", "meeting")] == ["meeting"]
            # Django's own queries write their values into the SQL, as ever: never prepared.
            assert ContentType.objects.filter(app_label="meetings").exists()
        with CaptureQueriesContext(own) as queries:  # still counted
            assert by_name("meetings", "no-such-model") == []
        assert len(queries) == 1
        with own.cursor() as cursor:
            cursor.execute("SELECT statement FROM pg_prepared_statements")
            prepared = [row[0] for row in cursor.fetchall()]
    finally:
        connections[DEFAULT_DB_ALIAS] = suites
        own.close()
    assert [s for s in prepared if '"django_content_type"."model" = $2' in s], prepared
    assert not [s for s in prepared if "LIMIT 1" in s], prepared
