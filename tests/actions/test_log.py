"""The board's action log: what it lists for whom, its filters and sorting, its pages."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
import time_machine
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from actions.models import ActionUpdate
from actions.services import action_update_post
from meetings.models import Action, Board, Meeting, Organisation, Paragraph, Person, Section
from meetings.revisions import records_changed
from tests.conftest import (
    IMPORTED_ROWS,
    SEED_PATH,
    client_for,
    html_for,
    import_record,
    on_the_board,
    publish,
    shared_world,
)
from tests.factories import build_record
from tests.htmlcheck import assert_valid_html_pages
from tests.test_restricted import RESTRICTED_RECORD, SECRETS

ROW = re.compile(r'<td data-label="Number"><a href="/actions/(\d+)/"')
MPS_OFFICER_NAME = "Olu Officer"


def log_url(board: Board, name: str = "board_actions:log", **query: Any) -> str:
    url = reverse(name, args=[board.slug])
    return f"{url}?{urlencode(query)}" if query else url


def listed(html: str) -> list[int]:
    """The actions on the page, in the order shown."""
    return [int(pk) for pk in ROW.findall(html)]


def log_for(user: Any, board: Board, **query: Any) -> list[int]:
    return listed(html_for(user, log_url(board, **query)))


def seed_actions(meeting: Meeting) -> list[Action]:
    """The seed's three actions, in number order."""
    return list(Action.objects.filter(paragraph__section__meeting=meeting).order_by("number"))


def pks(actions: list[Action]) -> list[int]:
    return [action.pk for action in actions]


def another_record(board_meeting: Meeting, title_date: str) -> Meeting:
    """The seed's text as another published record of the same board, numbered as imported."""
    text = SEED_PATH.read_text(encoding="utf-8").replace(
        "Record of Meeting 31 August 2023", f"Record of Meeting {title_date}"
    )
    meeting = import_record(text)
    assert meeting is not None
    return publish(meeting)


@pytest.fixture
def a_later_record(published_meeting: Meeting) -> Meeting:
    """The seed again as the board's published record of 15 January 2024 (its rows kept and
    put back after the first test, as the seed's are: an import and its publishing, ~200
    queries)."""
    return IMPORTED_ROWS.then(
        published_meeting,
        "and the seed again, published, 15 January 2024",
        lambda meeting: another_record(meeting, "15 January 2024"),
    )


def insert_rows(model: Any, shared: dict[str, Any], varying: tuple[str, ...], rows: Any) -> None:
    """Rows of `model` written as bulk_create writes them (every other field its default, each
    value in the database's form, as the model gives it; on SQLite 500 rows an INSERT, on
    PostgreSQL one INSERT of each column's array UNNESTed, as bulk_create sends it there),
    without a model instance a row or the ORM's compiling of each: bulk_create spent ~2 s of
    the test process's CPU on 10,000 actions and their updates on SQLite. `shared` holds the
    fields every row has alike, `varying` names the columns (attnames) of each row's tuple in
    `rows`."""
    template = model(**shared)
    fields = [field for field in model._meta.concrete_fields if not field.primary_key]
    alike = [
        field.get_db_prep_save(field.pre_save(template, add=True), connection) for field in fields
    ]
    at = {field.attname: index for index, field in enumerate(fields)}
    by_name = {field.attname: field for field in fields}
    places = [(at[name], by_name[name]) for name in varying]
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    marks = "(" + ", ".join(["%s"] * len(fields)) + ")"

    def row(values: tuple[Any, ...]) -> list[Any]:
        written = list(alike)
        for (index, field), value in zip(places, values, strict=True):
            written[index] = field.get_db_prep_save(value, connection)
        return written

    written = [row(values) for values in rows]
    if not written:
        return
    table = quote(model._meta.db_table)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            arrays = ", ".join(f"%s::{field.db_type(connection)}[]" for field in fields)
            cursor.execute(
                f"INSERT INTO {table} ({columns}) SELECT * FROM UNNEST({arrays})",  # noqa: S608
                [list(column) for column in zip(*written, strict=True)],
            )
            return
        for start in range(0, len(written), 500):
            batch = written[start : start + 500]
            cursor.execute(
                f"INSERT INTO {table} ({columns}) "  # noqa: S608
                f"VALUES {', '.join([marks] * len(batch))}",
                [value for values in batch for value in values],
            )


def build_log(board: Board, count: int, *, date: datetime.date) -> Meeting:
    """A published record holding `count` actions (10 items of 10 paragraphs), each with an
    update and some with a named owner, written in bulk."""
    meeting = Meeting.objects.create(
        board=board, date=date, title=f"Record of Meeting {date}", status=Meeting.Status.PUBLISHED
    )
    sections = Section.objects.bulk_create(
        Section(meeting=meeting, position=s, number=s, title=f"Item {s}") for s in range(1, 11)
    )
    paragraphs = Paragraph.objects.bulk_create(
        Paragraph(section=section, position=p, number=p, text=f"Paragraph {p}.")
        for section in sections
        for p in range(1, 11)
    )
    mps = Organisation.objects.get(short_name="MPS")
    insert_rows(
        Action,
        {"owner": mps},
        ("paragraph_id", "position", "number", "text", "due"),
        (
            (
                paragraphs[n % len(paragraphs)].pk,
                n // len(paragraphs) + 1,
                n + 1,
                f"Action {n + 1}: MPS to do the thing.",
                date + datetime.timedelta(days=n % 400),
            )
            for n in range(count)
        ),
    )
    actions = list(
        Action.objects.filter(paragraph__section__meeting=meeting)
        .order_by("number")
        .values_list("pk", "number")
    )
    assert len(actions) == count
    insert_rows(
        ActionUpdate,
        {},
        ("action_id", "text"),
        ((pk, f"Progress on {number}.") for pk, number in actions),
    )
    person = Person.objects.create(name="Dana Named", organisation=mps)
    Action.owner_people.through.objects.bulk_create(
        Action.owner_people.through(action_id=pk, person_id=person.pk) for pk, _ in actions[::10]
    )
    # Written in bulk, so said here as a service would: the board's log is made anew.
    records_changed(Meeting.objects.filter(pk=meeting.pk))
    if connection.vendor == "postgresql":
        # The tables' statistics taken now, as autovacuum takes them of tables this size in
        # production. Left as they were, the server planned the log's queries on whatever
        # autovacuum last read, between tests: a table of dead rows counted as empty, each
        # join to the 10,000 actions a nested loop, one query running for minutes.
        written = (Action, ActionUpdate, Action.owner_people.through, Paragraph, Section, Meeting)
        tables = [model._meta.db_table for model in written]
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {', '.join(map(connection.ops.quote_name, tables))}")
    return meeting


# --- What it lists, for whom -------------------------------------------------------------------


def test_it_lists_every_action_of_the_boards_published_records(
    published_meeting: Meeting, client: Client
) -> None:
    assert log_for(None, published_meeting.board) == pks(seed_actions(published_meeting))


def test_it_leaves_out_the_actions_of_other_boards(published_meeting: Meeting) -> None:
    other = Board.objects.create(name="Another Board", slug="another-board")
    build_record(board=other, date=datetime.date(2024, 1, 1), sections=1, paragraphs_per_section=3)
    assert len(log_for(None, published_meeting.board)) == 3


def test_it_answers_404_for_a_board_that_is_not_public(seed_meeting: Meeting) -> None:
    response = Client().get(log_url(seed_meeting.board))
    assert response.status_code == 404


def test_it_answers_404_to_an_outsider_for_a_board_that_is_not_public(
    seed_meeting: Meeting, outsider: Any
) -> None:
    assert client_for(outsider).get(log_url(seed_meeting.board)).status_code == 404


def test_it_leaves_the_actions_of_drafts_out_of_the_secretariats_log(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    # A draft's actions are not raised yet: the editor shows them (tests/actions/
    # test_open_actions.py).
    assert log_for(secretariat, seed_meeting.board) == []


def test_it_shows_an_owner_their_actions_of_a_circulated_record(
    circulated_meeting: Meeting, action_owner: Any
) -> None:
    assert len(log_for(action_owner, circulated_meeting.board)) == 3


def test_it_shows_number_reference_owner_and_status(published_meeting: Meeting) -> None:
    html = html_for(None, log_url(published_meeting.board))
    assert "31 August 2023</a> · 4.5 · Action 2</td>" in html
    assert '<td data-label="Owner">MPS</td>' in html
    assert '<span class="status status-open">Open</span>' in html


def test_it_shows_the_named_owners(published_meeting: Meeting) -> None:
    action = seed_actions(published_meeting)[0]
    action.owner_people.add(Person.objects.create(name="Dana Named"))
    assert "MPS (Dana Named)" in html_for(None, log_url(published_meeting.board))


def test_it_links_each_number_to_the_action(published_meeting: Meeting) -> None:
    action = seed_actions(published_meeting)[1]
    html = html_for(None, log_url(published_meeting.board))
    link = f'<a href="{action.get_absolute_url()}"><span class="visually-hidden">Action </span>2'
    assert link in html


def test_it_links_the_meeting_to_the_paragraph_in_the_record(published_meeting: Meeting) -> None:
    html = html_for(None, log_url(published_meeting.board))
    assert f'href="{published_meeting.get_absolute_url()}#paragraph-4.5">31 August 2023</a>' in html


def test_it_does_not_link_an_owner_to_a_record_they_may_not_read(
    circulated_meeting: Meeting, action_owner: Any
) -> None:
    html = html_for(action_owner, log_url(circulated_meeting.board))
    assert circulated_meeting.get_absolute_url() not in html
    assert "31 August 2023 · 4.5 · Action 2" in html


def test_it_shows_the_last_update_and_its_date(
    published_meeting: Meeting, action_owner: Any
) -> None:
    action = seed_actions(published_meeting)[0]
    for day, text in ((3, "Data requested."), (9, "Data shared with MOPAC.")):
        ActionUpdate.objects.create(
            action=action,
            author=action_owner,
            text=text,
            created=datetime.datetime(2024, 3, day, 12, tzinfo=datetime.UTC),
        )
    html = html_for(None, log_url(published_meeting.board))
    assert 'Data shared with MOPAC. <span class="d-block small text-body-secondary">' in html
    assert '<time datetime="2024-03-09">9 March 2024</time>' in html
    assert "Data requested." not in html


@time_machine.travel(datetime.date(2024, 5, 1))
def test_it_marks_an_overdue_action_in_words(published_meeting: Meeting) -> None:
    Action.objects.filter(pk=seed_actions(published_meeting)[0].pk).update(
        due=datetime.date(2024, 4, 30)
    )
    html = html_for(None, log_url(published_meeting.board))
    assert html.count(">Overdue</strong>") == 1


def test_it_counts_the_actions_found(published_meeting: Meeting) -> None:
    html = html_for(None, log_url(published_meeting.board, q="taser"))
    assert '<p role="status" class="h5 mt-4" id="log-count">1 action</p>' in html


def test_it_says_when_no_action_matches(published_meeting: Meeting) -> None:
    html = html_for(None, log_url(published_meeting.board, q="no such words"))
    assert "No actions match these filters." in html


def test_it_is_linked_from_the_board_page(published_meeting: Meeting) -> None:
    html = html_for(None, published_meeting.board.get_absolute_url())
    assert f'<a href="{log_url(published_meeting.board)}">Action log</a>' in html


# --- Filters -----------------------------------------------------------------------------------


@pytest.fixture
def varied(published_meeting: Meeting) -> list[Action]:
    """The seed's actions in different states: open and due in March, in progress and due in
    June, closed (due in April) at the next meeting."""
    one, two, three = seed_actions(published_meeting)
    Action.objects.filter(pk=one.pk).update(due=datetime.date(2024, 3, 31))
    Action.objects.filter(pk=two.pk).update(
        status=Action.Status.IN_PROGRESS, due=datetime.date(2024, 6, 30)
    )
    Action.objects.filter(pk=three.pk).update(
        status=Action.Status.CLOSED,
        due=datetime.date(2024, 4, 15),
        closed_at_meeting=published_meeting,
    )
    return [one, two, three]


@pytest.mark.parametrize(
    ("status", "expected"),
    [("open", [0]), ("in_progress", [1]), ("closed", [2]), ("proposed", [])],
)
def test_it_filters_by_status(
    published_meeting: Meeting, varied: list[Action], status: str, expected: list[int]
) -> None:
    found = log_for(None, published_meeting.board, status=status)
    assert found == [varied[i].pk for i in expected]


@time_machine.travel(datetime.date(2024, 5, 1))
def test_it_filters_overdue_actions_as_due_and_not_closed(
    published_meeting: Meeting, varied: list[Action]
) -> None:
    # Open and due 31 March: overdue. Closed and due 15 April, or due 30 June: not.
    assert log_for(None, published_meeting.board, status="overdue") == [varied[0].pk]


@time_machine.travel(datetime.date(2024, 3, 1))
def test_it_finds_nothing_overdue_before_the_due_dates(
    published_meeting: Meeting, varied: list[Action]
) -> None:
    assert log_for(None, published_meeting.board, status="overdue") == []


def test_it_filters_by_owner_organisation(published_meeting: Meeting) -> None:
    mopac = Organisation.objects.get(short_name="MOPAC")
    action = seed_actions(published_meeting)[2]
    Action.objects.filter(pk=action.pk).update(owner=mopac)
    assert log_for(None, published_meeting.board, owner=mopac.pk) == [action.pk]


def test_it_filters_by_named_owner(published_meeting: Meeting) -> None:
    action = seed_actions(published_meeting)[1]
    person = Person.objects.create(name="Dana Named")
    action.owner_people.add(person)
    assert log_for(None, published_meeting.board, person=person.pk) == [action.pk]


def test_it_offers_only_people_named_on_the_boards_actions(published_meeting: Meeting) -> None:
    seed_actions(published_meeting)[1].owner_people.add(Person.objects.create(name="Dana Named"))
    Person.objects.create(name="Nobody Named")
    html = html_for(None, log_url(published_meeting.board))
    assert ">Dana Named</option>" in html
    assert "Nobody Named" not in html


def test_it_filters_by_meeting(published_meeting: Meeting, a_later_record: Meeting) -> None:
    later = a_later_record
    found = log_for(None, published_meeting.board, meeting=later.pk)
    assert found == pks(seed_actions(later))


def test_it_names_meetings_by_date_in_the_filter(published_meeting: Meeting) -> None:
    html = html_for(None, log_url(published_meeting.board))
    assert f'<option value="{published_meeting.pk}">31 August 2023</option>' in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"due_after": "2024-04-15"}, [1, 2]),
        ({"due_before": "2024-04-15"}, [0, 2]),
        ({"due_after": "2024-04-01", "due_before": "2024-04-30"}, [2]),
    ],
    ids=["after", "before", "between"],
)
def test_it_filters_by_due_date(
    published_meeting: Meeting, varied: list[Action], query: dict[str, str], expected: list[int]
) -> None:
    found = log_for(None, published_meeting.board, **query)
    assert found == [varied[i].pk for i in expected]


def test_it_filters_by_text_whatever_the_case(published_meeting: Meeting) -> None:
    found = log_for(None, published_meeting.board, q="TASER")
    assert found == [seed_actions(published_meeting)[1].pk]


def test_it_combines_filters(published_meeting: Meeting, varied: list[Action]) -> None:
    found = log_for(None, published_meeting.board, status="open", q="taser")
    assert found == []


# --- Sorting -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("due", [0, 2, 1]),
        ("-due", [1, 2, 0]),
        ("status", [0, 1, 2]),
        ("number", [0, 1, 2]),
    ],
)
def test_it_sorts(
    published_meeting: Meeting, varied: list[Action], sort: str, expected: list[int]
) -> None:
    found = log_for(None, published_meeting.board, sort=sort)
    assert found == [varied[i].pk for i in expected]


def test_it_sorts_actions_with_no_due_date_last(published_meeting: Meeting) -> None:
    two = seed_actions(published_meeting)[1]
    Action.objects.filter(pk=two.pk).update(due=datetime.date(2024, 6, 30))
    assert log_for(None, published_meeting.board, sort="due")[0] == two.pk


@pytest.mark.parametrize(("sort", "first"), [("meeting", "31 August 2023"), ("-meeting", "later")])
def test_it_sorts_by_meeting(
    published_meeting: Meeting, a_later_record: Meeting, sort: str, first: str
) -> None:
    later = a_later_record
    meeting = published_meeting if first == "31 August 2023" else later
    found = log_for(None, published_meeting.board, sort=sort)
    assert found[:3] == pks(seed_actions(meeting))


def test_it_lists_the_newest_meeting_first_by_default(
    published_meeting: Meeting, a_later_record: Meeting
) -> None:
    later = a_later_record
    assert log_for(None, published_meeting.board)[:3] == pks(seed_actions(later))


def test_it_marks_the_sorted_column_with_aria_sort(published_meeting: Meeting) -> None:
    html = html_for(None, log_url(published_meeting.board, sort="-due"))
    assert '<th scope="col" aria-sort="descending"><a href="?sort=due">Due' in html
    assert html.count("aria-sort=") == 1


def test_it_keeps_the_filters_in_the_sorting_links(published_meeting: Meeting) -> None:
    html = html_for(None, log_url(published_meeting.board, status="open", sort="due"))
    assert 'href="?status=open&amp;sort=-due"' in html


# --- Values that make no sense -----------------------------------------------------------------


NONSENSE = {
    "bad-date": {"due_before": "2024-02-30"},
    "words-for-a-date": {"due_after": "next tuesday"},
    "unknown-owner": {"owner": "99999"},
    "owner-not-a-number": {"owner": "MPS"},
    "owner-too-big": {"owner": "99999999999999999999999"},
    "unknown-person": {"person": "-1"},
    "unknown-meeting": {"meeting": "2023-08-31"},
    "unknown-status": {"status": "finished"},
    "unknown-sort": {"sort": "text"},
}


@pytest.mark.parametrize("query", NONSENSE.values(), ids=NONSENSE.keys())
def test_it_ignores_a_value_that_makes_no_sense(
    published_meeting: Meeting, query: dict[str, str]
) -> None:
    assert len(log_for(None, published_meeting.board, **query)) == 3


@pytest.mark.parametrize("query", NONSENSE.values(), ids=NONSENSE.keys())
def test_it_says_which_value_it_ignored(published_meeting: Meeting, query: dict[str, str]) -> None:
    html = html_for(None, log_url(published_meeting.board, **query))
    assert "was ignored" in html


def test_it_names_the_filter_and_the_value_it_ignored(published_meeting: Meeting) -> None:
    html = html_for(None, log_url(published_meeting.board, due_before="2024-02-30"))
    assert "Due on or before “2024-02-30” was ignored: Enter a valid date." in html


def test_it_keeps_the_sensible_filters_beside_an_ignored_one(published_meeting: Meeting) -> None:
    found = log_for(None, published_meeting.board, q="taser", due_before="soon")
    assert found == [seed_actions(published_meeting)[1].pk]


def test_it_drops_an_ignored_value_from_its_links(published_meeting: Meeting) -> None:
    html = html_for(None, log_url(published_meeting.board, q="taser", owner="x"))
    assert 'href="?q=taser&amp;sort=number"' in html
    assert "owner=x" not in html


@pytest.mark.parametrize("page", ["0", "-1", "two", "99"])
def test_it_shows_a_page_for_any_page_number(published_meeting: Meeting, page: str) -> None:
    assert len(log_for(None, published_meeting.board, page=page)) == 3


# --- Pages -------------------------------------------------------------------------------------


def test_it_shows_fifty_actions_a_page(published_meeting: Meeting) -> None:
    build_log(published_meeting.board, 120, date=datetime.date(2024, 1, 1))
    assert len(log_for(None, published_meeting.board)) == 50


def test_it_keeps_the_filters_in_the_page_links(published_meeting: Meeting) -> None:
    build_log(published_meeting.board, 120, date=datetime.date(2024, 1, 1))
    html = html_for(None, log_url(published_meeting.board, q="the thing", sort="due"))
    assert 'href="?q=the+thing&amp;sort=due&amp;page=2" rel="next"' in html


def test_it_filters_every_page(published_meeting: Meeting) -> None:
    build_log(published_meeting.board, 120, date=datetime.date(2024, 1, 1))
    found = log_for(None, published_meeting.board, q="the thing", page="3")
    assert len(found) == 20


# --- The public sees only what is published ---------------------------------------------------


@pytest.fixture
def restricted_board(restricted_meeting: Meeting) -> Board:
    """A published record with restricted content, and a draft whose action says DRAFTWORD
    (its rows kept and put back as the record's are: an import is ~140 queries)."""

    def draft(_: Meeting) -> Meeting:
        return import_record(
            RESTRICTED_RECORD.replace("30 November 2023", "15 March 2024").replace(
                "quarterly figures", "DRAFTWORD figures"
            )
        )

    IMPORTED_ROWS.then(restricted_meeting, "and a draft saying DRAFTWORD", draft)
    return restricted_meeting.board


class OnTheRestrictedBoard:
    """Tests whose cast (`outsider`, `action_owner`, `board_member`) stands on
    `restricted_board`: `board` is that record's here, not the seed's, which they do not read
    (the seed imported beside the records put back was ~140 queries a test)."""

    @pytest.fixture
    def board(self, restricted_board: Board) -> Board:
        return restricted_board


def leaked(text: str) -> list[str]:
    return [word for word in (*SECRETS, "DRAFTWORD") if word in text]


class TestTheRestrictedRecord(OnTheRestrictedBoard):
    @pytest.mark.parametrize("role", ["anonymous", "outsider", "action_owner"])
    def test_it_shows_the_public_no_draft_or_restricted_action(
        self, request: pytest.FixtureRequest, restricted_board: Board, role: str
    ) -> None:
        user = None if role == "anonymous" else request.getfixturevalue(role)
        html = html_for(user, log_url(restricted_board))
        assert leaked(html) == []
        assert "MPS to publish the quarterly figures" in html

    def test_it_shows_the_board_its_restricted_actions(
        self, restricted_board: Board, board_member: Any
    ) -> None:
        html = html_for(board_member, log_url(restricted_board))
        assert set(leaked(html)) == {"OKAPILANTERN", "NARWHALBISCUIT"}


# --- Queries -----------------------------------------------------------------------------------


# The board (with its revision, the key of the kept rendering); the count and the page of
# actions (with each one's last update and whether its record may be read); their named
# owners; the organisations, people and meetings offered in the form.
QUERIES = 7
# Once kept: the board.
KEPT_QUERIES = 1


def the_log_in_queries(board: Board, django_assert_num_queries: Any) -> None:
    client = Client()
    with django_assert_num_queries(QUERIES):
        assert client.get(log_url(board)).status_code == 200


def test_it_runs_the_same_queries_whatever_the_size_of_the_log(
    published_meeting: Meeting, django_assert_num_queries: Any
) -> None:
    """The seed's three actions; `TestTenThousandActions` asks the same of 10,000 more."""
    the_log_in_queries(published_meeting.board, django_assert_num_queries)


def test_a_kept_log_costs_one_query_and_follows_every_change(
    published_meeting: Meeting, action_owner: Any, django_assert_num_queries: Any
) -> None:
    board = published_meeting.board
    assert Client().get(log_url(board)).status_code == 200
    with django_assert_num_queries(KEPT_QUERIES):
        assert Client().get(log_url(board)).status_code == 200
    action = Action.objects.filter(paragraph__section__meeting=published_meeting).first()
    action_update_post(action=action, author=action_owner, text="Briefing held in March.")
    assert "Briefing held in March." in Client().get(log_url(board)).content.decode()


def test_a_progress_update_fills_in_the_kept_log_without_making_it_anew(
    published_meeting: Meeting, action_owner: Any, django_assert_num_queries: Any
) -> None:
    """An update that moves no status moves no revision: the kept log is served with its rows'
    latest updates read again (the board, then the page's updates: two queries, not the whole
    log's), and shows it at once, in the cell the log makes when it is built."""
    board = published_meeting.board
    action = Action.objects.filter(paragraph__section__meeting=published_meeting).first()
    assert Client().get(log_url(board)).status_code == 200
    action_update_post(action=action, author=action_owner, text="Figures sent to the panel.")
    with django_assert_num_queries(KEPT_QUERIES + 1):
        filled = Client().get(log_url(board)).content.decode()
    with django_assert_num_queries(KEPT_QUERIES):
        assert Client().get(log_url(board)).content.decode() == filled
    assert "Figures sent to the panel." in filled
    cache.clear()
    assert Client().get(log_url(board)).content.decode() == filled


def test_a_deploy_shows_on_a_kept_log_at_once(
    published_meeting: Meeting, settings: Any, tmp_path: Path
) -> None:
    """The kept log is keyed by the render version too: a deploy that changes how the log
    looks (here its body's template) shows at once, not when the kept copy expires."""
    board = published_meeting.board
    before = Client().get(log_url(board)).content.decode()
    original = Path(settings.BASE_DIR) / "templates" / "actions" / "_log_body.html"
    (tmp_path / "actions").mkdir()
    (tmp_path / "actions" / "_log_body.html").write_text(
        '<p class="notice">The log in its new layout.</p>' + original.read_text()
    )
    templates = [{**engine} for engine in settings.TEMPLATES]
    templates[0]["DIRS"] = [tmp_path, *templates[0]["DIRS"]]
    settings.TEMPLATES = templates  # as a new process would, it works the version out again
    after = Client().get(log_url(board)).content.decode()
    assert ("new layout" in before, "new layout" in after) == (False, True)


def test_a_members_kept_log_is_never_the_publics(restricted_meeting: Meeting) -> None:
    meeting = restricted_meeting
    member = _member_of(meeting.board)
    assert any(word in html_for(member, log_url(meeting.board)) for word in SECRETS)
    public = Client().get(log_url(meeting.board)).content.decode()
    assert not any(word in public for word in SECRETS)


def _member_of(board: Board) -> Any:
    return on_the_board(board, "kept-log@mopac.example", "Kept Log", "board_member")


def every_filter_in_queries(meeting: Meeting, django_assert_num_queries: Any) -> None:
    action = seed_actions(meeting)[0]
    Action.objects.filter(pk=action.pk).update(due=datetime.date(2020, 6, 1))
    person = Person.objects.get_or_create(name="Dana Named")[0]
    action.owner_people.add(person)
    query = {
        "status": "overdue",
        "owner": Organisation.objects.get(short_name="MPS").pk,
        "person": person.pk,
        "meeting": meeting.pk,
        "due_after": "2000-01-01",
        "due_before": "2099-01-01",
        "q": "MPS",
        "sort": "due",
        "page": "2",
    }
    # The same, and a lookup for each of the organisation, person and meeting chosen.
    with django_assert_num_queries(QUERIES + 3):
        assert log_for(None, meeting.board, **query) == [action.pk]


def test_it_runs_the_same_queries_with_every_filter(
    published_meeting: Meeting, django_assert_num_queries: Any
) -> None:
    every_filter_in_queries(published_meeting, django_assert_num_queries)


def queries_for(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


# A signed-in member's: their session, and the user with their memberships (one statement,
# accounts.backends), then the public's.
MEMBER_QUERIES = 2 + QUERIES


def a_members_log_in_queries(meeting: Meeting, member: Any) -> None:
    client = client_for(member)
    assert queries_for(client, log_url(meeting.board, status="open")) == MEMBER_QUERIES


def test_it_runs_the_same_queries_for_a_signed_in_member_whatever_the_size(
    published_meeting: Meeting, board_member: Any
) -> None:
    a_members_log_in_queries(published_meeting, board_member)


@pytest.fixture(scope="class")
def big_log(django_db_setup: None, django_db_blocker: Any) -> Iterator[Meeting]:
    """The published seed with 10,000 more actions on its board's log (`build_log`), built once
    for the class that asks for it and rolled back after its last test."""

    def build() -> Meeting:
        meeting = IMPORTED_ROWS.then(
            IMPORTED_ROWS.import_record(SEED_PATH.read_text(encoding="utf-8")), "published", publish
        )
        build_log(meeting.board, 10_000, date=datetime.date(2024, 1, 1))
        return meeting

    yield from shared_world(django_db_blocker, build)


class TestTenThousandActions:
    """The queries' tests above again, with 10,000 more actions on the board's log: the log
    built once for the three (writing it, analysing the tables and rolling it back was ~1 s of
    the test process's and the server's CPU each time), each test's own changes rolled back
    after it."""

    def test_it_runs_the_same_queries_whatever_the_size_of_the_log(
        self, big_log: Meeting, db: None, django_assert_num_queries: Any
    ) -> None:
        the_log_in_queries(big_log.board, django_assert_num_queries)

    def test_it_runs_the_same_queries_with_every_filter(
        self, big_log: Meeting, db: None, django_assert_num_queries: Any
    ) -> None:
        every_filter_in_queries(big_log, django_assert_num_queries)

    def test_it_runs_the_same_queries_for_a_signed_in_member_whatever_the_size(
        self, big_log: Meeting, db: None
    ) -> None:
        a_members_log_in_queries(big_log, _member_of(big_log.board))


# --- Markup ------------------------------------------------------------------------------------


def test_it_serves_valid_html(published_meeting: Meeting, board_member: Any) -> None:
    build_log(published_meeting.board, 60, date=datetime.date(2024, 1, 1))
    board = published_meeting.board
    pages = {
        log_url(board): client_for(None),
        log_url(board, sort="-due", page="2"): client_for(board_member),
        log_url(board, due_before="2024-02-30", owner="x", q="nothing"): client_for(None),
    }
    assert_valid_html_pages({url: client.get(url).content for url, client in pages.items()})
