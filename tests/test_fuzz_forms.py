"""Fuzz: every form of the project, posted with hostile input as every role.

The forms are found, not listed: every URL name whose row in the permission matrix
(`tests/test_permissions.py`, itself checked against the URLconf) answers POST with
anything but 405, with the fields of every `<form method="post">` that points at it on the
pages the matrix knows (fetched as the secretariat, the administrator, a board member and an
action owner, editor parts opened by their Edit links), and the data the matrix posts.

Each example posts generated data (`tests/fuzz_strategies.py`: hostile Unicode, values past
the limits, fields missing or repeated, wrong types, impossible dates, unknown ids) to one of
those forms, inside a savepoint of the matrix's shared world rolled back afterwards, and
checks that:

- the answer is never a server error;
- a refused post (4xx) leaves the database exactly as it was (row counts and contents of every
  table but sessions and sign-in throttling);
- after an accepted post every draft's stored numbers are those `meetings.numbering` gives,
  an agreed record's numbers have not moved, and an action is closed exactly when it records
  the meeting that closed it.

Examples per URL and role: FUZZ_EXAMPLES (default 5). The "ci" profile (CI set) is
derandomized, so a run is repeatable; set FUZZ_EXAMPLES=500 for a long local bug hunt.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import os
import re
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qsl, urljoin, urlsplit

import pytest
from django.apps import apps
from django.conf import settings as django_settings
from django.core.cache import cache
from django.core.signals import got_request_exception
from django.db import connection, transaction
from django.urls import Resolver404, resolve
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from meetings.models import Action, Board, Meeting, Paragraph, Section
from meetings.numbering import number_record
from tests import test_permissions as matrix
from tests.conftest import IMPORTED_ROWS
from tests.fuzz_strategies import Field, form_data, mutated_path
from tests.test_permissions import ANY, ROLES, ROUTES, World

# The matrix's world, shared: one per module, each example in a savepoint of it.
world = matrix.world

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "5"))

settings.register_profile(
    "fuzz",
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)
settings.register_profile(
    "fuzz-ci",
    parent=settings.get_profile("fuzz"),
    derandomize=True,
    print_blob=True,
)
FUZZ = settings.get_profile("fuzz-ci" if os.environ.get("CI") else "fuzz")

# The roles that fetch pages to find forms: between them they see every form there is.
CRAWLERS = ("secretariat", "board_member", "action_owner")
# Tables a request may write whatever it answers: the session (saved when its last activity
# moves) and the record of failed sign-ins (kept on purpose, refused or not).
UNWATCHED_APPS = {"sessions", "axes"}
# A record's files, stored when first read (meetings.artefacts; a page showing the .txt's
# checksum makes it): made from the record, never data of their own.
UNWATCHED_MODELS = {"meetings.RecordArtefact"}
# Forms whose rows are validated and saved one by one (tests/actions/test_bulk_update.py):
# a 400 means some rows were refused, and the tables the valid rows were stored in.
ROW_BY_ROW = {
    "actions:mine_update": {
        "actions.Action",
        "actions.ActionUpdate",
        "actions.HistoricalAction",
        "actions.HistoricalActionUpdate",
        "meetings.Meeting",  # the record's revision, counted up by an action's change
        "meetings.Board",  # the board's counter of updates (the action log's key), likewise
    },
}


# --- The forms, found ----------------------------------------------------------------------------


def _accepts_post(name: str) -> bool:
    route = ROUTES[name]
    return any(answer != "405" for answers in route.post.values() for answer in answers.values())


POST_NAMES = sorted(name for name in ROUTES if _accepts_post(name))


@dataclass(frozen=True)
class Form:
    name: str  # the URL name it posts to
    path: Callable[[World], str]  # built inside the example's savepoint
    fields: tuple[Field, ...]
    source: str  # where it was found, for a failure's message
    address: str = ""  # where it posts, for a form found on a page


@dataclass
class _Parsed:
    action: str
    fields: dict[str, Field] = field(default_factory=dict)


class _FormParser(HTMLParser):
    """The post forms of a page (their action and fields) and its links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[_Parsed] = []
        self.links: list[str] = []
        self._form: _Parsed | None = None
        self._select: tuple[str, str] | None = None
        self._options: list[str] = []
        self._textarea: str | None = None
        self._text: list[str] = []

    def _add(self, name: str, kind: str, *values: str) -> None:
        assert self._form is not None
        known = self._form.fields.get(name)
        merged = tuple(dict.fromkeys((*(known.values if known else ()), *values)))
        self._form.fields[name] = Field(name, known.kind if known else kind, merged)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {key: value or "" for key, value in attrs}
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "form":
            self._form = (
                _Parsed(a.get("action", "")) if a.get("method", "").lower() == "post" else None
            )
            return
        if self._form is None or not a.get("name"):
            if tag == "option" and self._select is not None:
                self._options.append(a.get("value", ""))
            return
        name = a["name"]
        if tag in {"input", "button"}:
            kind = a.get("type", "text" if tag == "input" else "submit").lower()
            if kind == "file":
                self._add(name, "file")
            elif kind in {"checkbox", "radio", "submit", "hidden"} or "value" in a:
                self._add(name, kind, a.get("value", "on" if kind == "checkbox" else ""))
            else:
                self._add(name, kind)
        elif tag == "select":
            kind = "select-multiple" if "multiple" in a else "select"
            self._select, self._options = (name, kind), []
        elif tag == "textarea":
            self._textarea, self._text = name, []

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "form" and self._form is not None:
            self.forms.append(self._form)
            self._form = None
        elif tag == "select" and self._select is not None and self._form is not None:
            self._add(self._select[0], self._select[1], *self._options)
            self._select = None
        elif tag == "textarea" and self._textarea is not None and self._form is not None:
            self._add(self._textarea, "textarea", "".join(self._text).removeprefix("\n"))
            self._textarea = None


def _url_name(path: str) -> str | None:
    try:
        return resolve(urlsplit(path).path).view_name
    except Resolver404:
        return None


# URL names that answer JSON, never a page with a form: the API's resources and the health
# check, 45 of the crawl's ~180 requests (its other downloads, PDFs and text, are told by the
# answer's type).
def _json_only(name: str) -> bool:
    return name.startswith("api:") or name == "healthz"


def _pages(world: World) -> Iterator[tuple[str, str]]:
    """(role, path) of every page the matrix says answers each crawling role."""
    for name, route in ROUTES.items():
        if _json_only(name):
            continue
        for state, answers in route.get.items():
            for role in CRAWLERS:
                if answers[role] == "200":
                    yield role, route.path(world, state if state != ANY else "published")


def _crawl(world: World) -> list[Form]:
    found: dict[tuple[str, str, tuple[str, ...]], Form] = {}
    seen: set[tuple[str, str]] = set()
    queue = list(dict.fromkeys(_pages(world)))
    while queue:
        role, path = queue.pop(0)
        if (role, path) in seen:
            continue
        seen.add((role, path))
        if "." in urlsplit(path).path.rsplit("/", 1)[-1]:
            continue  # a download (.pdf, .json, .ics, feed.atom): no forms in it
        response = world.client(role, raise_request_exception=False).get(path)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        parser = _FormParser()
        parser.feed(response.content.decode())
        for form in parser.forms:
            action = urljoin(path, form.action or path)
            name = _url_name(action)
            if name is None or name.startswith("admin:"):
                continue
            fields = tuple(f for n, f in form.fields.items() if n != "csrfmiddlewaretoken")
            # One form per URL name, route shape and field set: ids differ, the form does not.
            shape = "/".join("#" if part.isdigit() else part for part in action.split("/"))
            key = (name, shape, tuple(sorted(re.sub(r"\d+", "#", f.name) for f in fields)))
            found.setdefault(
                key,
                Form(
                    name, lambda world, action=action: action, fields, f"{role} on {path}", action
                ),
            )
        # The editor opens a part as a form by a link to itself (?edit=paragraph:12): one of
        # each kind of such link is followed.
        for href in parser.links:
            target = urljoin(path, href)
            parts = urlsplit(target)
            query = parse_qsl(parts.query)
            if parts.path == urlsplit(path).path and query and query[0][0] in {"edit", "add"}:
                kind = f"{query[0][0]}={query[0][1].partition(':')[0]}"
                if all(kind not in p for r, p in seen | set(queue) if r == role):
                    queue.append((role, f"{parts.path}?{parts.query}"))
    return list(found.values())


def _route_forms(world: World) -> list[Form]:
    """The matrix's own post for each URL, in each state, with the fields it sends."""
    forms = []
    for name in POST_NAMES:
        route = ROUTES[name]
        fields = tuple(Field(key, "text", (value,)) for key, value in route.data(world).items())
        for state, answers in route.post.items():
            if any(answer != "405" for answer in answers.values()):
                at = state if state != ANY else "published"
                forms.append(
                    Form(
                        name,
                        lambda world, route=route, at=at: route.path(world, at),
                        fields,
                        f"the matrix, {state}",
                    )
                )
    return forms


@pytest.fixture(scope="module")
def catalogue(world: World, django_db_blocker: Any) -> dict[str, list[Form]]:
    with django_db_blocker.unblock(), transaction.atomic():
        forms = _route_forms(world) + _crawl(world)
        transaction.set_rollback(True)
    by_name: dict[str, list[Form]] = {name: [] for name in POST_NAMES}
    for form in forms:
        by_name.setdefault(form.name, []).append(form)
    return by_name


# --- What must hold ------------------------------------------------------------------------------


@functools.cache
def _watched_tables() -> tuple[tuple[str, str, str], ...]:
    """Each watched model's label, its table and its key column (quoted)."""
    quote = connection.ops.quote_name
    return tuple(
        (model._meta.label, quote(model._meta.db_table), quote(model._meta.pk.column))
        for model in apps.get_models()
        if model._meta.app_label not in UNWATCHED_APPS and model._meta.label not in UNWATCHED_MODELS
    )


@functools.cache
def _watched_as_text() -> str:
    """On SQLite, each watched table's rows by one query: the table's number, the row's key
    and the row as text (each column's value as SQLite's quote() writes it, a BLOB in hex),
    in the tables' order and each table's key order."""
    quote = connection.ops.quote_name
    selects = []
    for n, (label, table, key) in enumerate(_watched_tables()):
        fields = apps.get_model(label)._meta.concrete_fields
        row = " || ',' || ".join(f"quote({quote(field.column)})" for field in fields)
        selects.append(f"SELECT {n}, {key}, {row} FROM {table}")  # noqa: S608 - model tables
    return " UNION ALL ".join(selects) + " ORDER BY 1, 2"


@functools.cache
def _watched_at_once() -> str:
    """On PostgreSQL, each watched table's row count and the md5 of its rows (each as the
    database writes the row out, in key order) read by one query: ~65 queries, one a table,
    each a round trip planned anew, cost ~15 ms of an example's wall time."""
    return " UNION ALL ".join(
        f"SELECT {n}, count(*), "  # noqa: S608 - a model's table
        f"md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t.{key}), '')) FROM {table} t"
        for n, (_, table, key) in enumerate(_watched_tables())
    )


def fingerprint() -> dict[str, tuple[int, str]]:
    """Every watched table's row count and a hash of its rows: every column as the database
    gives it, read by SQL made once (the ORM's query for each of ~65 models, built and its
    values converted twice an example, was most of the fuzz's time)."""
    result = {}
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Prepared once a connection: the ~65 tables' UNION planned anew cost the server
            # more than reading it (1.7-5 ms against 2 ms), twice an example.
            cursor.execute(IMPORTED_ROWS.prepared("prob_fingerprint", _watched_at_once))
            labels = [label for label, _, _ in _watched_tables()]
            return {labels[n]: (count, digest) for n, count, digest in cursor.fetchall()}
        # On SQLite every row as the text SQLite quotes its values by, every table at once:
        # the ~65 queries' rows made into Python's dates and times and then written out
        # again by repr() were ~80% of the fingerprint's CPU.
        cursor.execute(_watched_as_text())
        rows: dict[int, list[str]] = {}
        for n, _, row in cursor.fetchall():
            rows.setdefault(n, []).append(row)
        for n, (label, _, _) in enumerate(_watched_tables()):
            table = rows.get(n, [])
            result[label] = (len(table), hashlib.sha256("\n".join(table).encode()).hexdigest())
    return result


def test_the_fingerprint_sees_a_row_made_changed_or_deleted(db: None) -> None:
    """What each post is checked by: a row made, a value changed (by a microsecond), a row
    deleted, each changes its table's fingerprint; read again unchanged, it is the same."""
    empty = fingerprint()["meetings.Board"]
    board = Board.objects.create(name="Watched Board", slug="watched-board")
    made = fingerprint()
    assert made["meetings.Board"] != empty
    assert fingerprint() == made
    moment = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    Board.objects.filter(pk=board.pk).update(changed_at=moment)
    changed = fingerprint()["meetings.Board"]
    assert changed != made["meetings.Board"]
    Board.objects.filter(pk=board.pk).update(changed_at=moment + datetime.timedelta(microseconds=1))
    assert fingerprint()["meetings.Board"] != changed
    Board.objects.filter(pk=board.pk).delete()
    assert fingerprint()["meetings.Board"] == empty


Numbers = dict[tuple[str, int], int | None]


@functools.cache
def _frozen_numbers_sql() -> tuple[str, tuple[Any, ...]]:
    """`frozen_numbers`' query, made once (the ORM built it anew twice an example, ~3.5 ms of
    CPU each time): each model's stored numbers in one statement, each row with its model's
    name, not a query a model (every round trip to PostgreSQL is paid in each example)."""
    frozen = ["agreed", "published"]
    selects, params = [], []
    for model, meeting in (
        (Section, "meeting__status__in"),
        (Paragraph, "section__meeting__status__in"),
        (Action, "paragraph__section__meeting__status__in"),
    ):
        numbers = model.objects.filter(**{meeting: frozen}).values_list("pk", "number")
        sql, values = numbers.order_by().query.sql_with_params()
        selects.append(f"SELECT '{model.__name__}', q.* FROM ({sql}) q")  # noqa: S608
        params.extend(values)
    return " UNION ALL ".join(selects), tuple(params)


def frozen_numbers() -> Numbers:
    """The stored numbers of every agreed or published record's sections, paragraphs, actions."""
    sql, params = _frozen_numbers_sql()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Prepared once a connection, as `fingerprint`'s query is: each example's plan.
            numbered = sql % tuple(f"${n}" for n in range(1, len(params) + 1))
            prepared = IMPORTED_ROWS.prepared(
                "prob_frozen_numbers", numbered, *["text"] * len(params)
            )
            sql = f"{prepared}({', '.join(['%s'] * len(params))})"
        cursor.execute(sql, params)
        return {(name, pk): number for name, pk, number in cursor.fetchall()}


def assert_invariants(before: Numbers) -> None:
    __tracebackhide__ = True
    # Every draft's and circulated record's sections, paragraphs and actions read at once (a
    # query a kind, not three a record), then taken record by record in the same order.
    meetings = list(Meeting.objects.filter(status__in=["draft", "circulated"]))
    ids = [meeting.pk for meeting in meetings]
    by_meeting: dict[int, tuple[list[Any], list[Any], list[Any]]] = {pk: ([], [], []) for pk in ids}
    for pk, meeting_id, number in (
        Section.objects.filter(meeting__in=ids)
        .order_by("position", "pk")
        .values_list("pk", "meeting_id", "number")
    ):
        by_meeting[meeting_id][0].append((pk, number))
    for pk, section_id, meeting_id, number in (
        Paragraph.objects.filter(section__meeting__in=ids)
        .order_by("position", "pk")
        .values_list("pk", "section_id", "section__meeting_id", "number")
    ):
        by_meeting[meeting_id][1].append((pk, section_id, number))
    for pk, paragraph_id, meeting_id, number in (
        Action.objects.filter(paragraph__section__meeting__in=ids)
        .order_by("position", "pk")
        .values_list("pk", "paragraph_id", "paragraph__section__meeting_id", "number")
    ):
        by_meeting[meeting_id][2].append((pk, paragraph_id, number))
    for meeting in meetings:
        sections, paragraphs, actions = by_meeting[meeting.pk]
        shape = [
            (
                s,
                [
                    (p, [a for a, of, _ in actions if of == p])
                    for p, in_, _ in paragraphs
                    if in_ == s
                ],
            )
            for s, _ in sections
        ]
        expected = number_record(shape)
        stored = (
            {s: number for s, number in sections},
            {p: number for p, _, number in paragraphs},
            {a: number for a, _, number in actions},
        )
        assert stored == (expected.sections, expected.paragraphs, expected.actions), meeting
    after = frozen_numbers()
    moved = {
        key: (before[key], after[key])
        for key in before.keys() & after.keys()
        if before[key] != after[key]
    }
    assert not moved, f"an agreed record's numbers moved: {moved}"
    assert not Action.objects.filter(status="closed", closed_at_meeting__isnull=True).exists()
    assert (
        not Action.objects.exclude(status="closed").filter(closed_at_meeting__isnull=False).exists()
    )


class _Failures:
    """Exceptions raised in the view, caught by the handler and answered 500."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, sender: Any, request: Any = None, **kwargs: Any) -> None:
        self.seen.append(traceback.format_exc())


@pytest.fixture
def failures() -> Iterator[_Failures]:
    record = _Failures()
    got_request_exception.connect(record)
    yield record
    got_request_exception.disconnect(record)


def _summary(data: dict[str, list[str]]) -> dict[str, list[str]]:
    return {
        k: [v if len(v) < 80 else f"{v[:40]!r}… ({len(v)} chars)" for v in vs]
        for k, vs in data.items()
    }


# --- The fuzz ------------------------------------------------------------------------------------


def _examples(name: str, role: str) -> int:
    """FUZZ_EXAMPLES where the role may get past the permission check; a fifth of that (at
    least 1) where the matrix says every post of this URL is refused to it before any form."""
    answers = {answers[role] for answers in ROUTES[name].post.values()}
    refused = answers <= {"403", "404", "405", "login", "admin-login"}
    return max(1, EXAMPLES // 5) if refused else EXAMPLES


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", POST_NAMES)
def test_no_form_post_fails_or_half_writes(
    world: World, catalogue: dict[str, list[Form]], failures: _Failures, name: str, role: str
) -> None:
    @settings(FUZZ, max_examples=_examples(name, role))
    @given(st.data())
    def post(data: st.DataObject) -> None:
        form = data.draw(st.sampled_from(catalogue[name]), label="form")
        failures.seen.clear()
        cache.clear()  # throttles counted in the cache start afresh
        with transaction.atomic():
            try:
                path = data.draw(mutated_path(form.path(world)), label="path")
                post = data.draw(form_data(form.fields), label="data")
                before, numbers = fingerprint(), frozen_numbers()
                client = world.client(role, raise_request_exception=False)
                status = client.post(path, post).status_code
                assert status < 500, (
                    f"{status} for {role} posting to {path} (form from {form.source}) "
                    f"{_summary(post)}\n{''.join(failures.seen)}"
                )
                if 400 <= status < 500 and name not in ROW_BY_ROW:
                    assert fingerprint() == before, f"{status} but the database changed: {path}"
                elif 400 <= status < 500:
                    # Rows stand alone: the valid ones are stored, the refused ones keep their
                    # text for another try; nothing outside the rows' own tables may change.
                    changed = {k for k, v in fingerprint().items() if before.get(k) != v}
                    assert changed <= ROW_BY_ROW[name], f"{status} but {changed} changed: {path}"
                else:
                    assert_invariants(numbers)
            finally:
                transaction.set_rollback(True)

    post()


# --- Discovery, checked --------------------------------------------------------------------------


@pytest.mark.django_db
def test_it_finds_a_form_for_every_url_that_takes_posts(
    catalogue: dict[str, list[Form]],
) -> None:
    assert set(catalogue) >= set(POST_NAMES)
    assert all(catalogue[name] for name in POST_NAMES)
    # The editor's operations are found on its page: more than the one the matrix posts.
    edit_ops = {form.address.split("/")[-2] for form in catalogue["meetings:edit"] if form.address}
    assert {"section-add", "paragraph-update", "action-add", "attendee-add"} <= edit_ops


@pytest.mark.django_db
@pytest.mark.parametrize("name", POST_NAMES)
def test_a_post_over_the_request_limit_is_refused_whole(
    world: World, catalogue: dict[str, list[Form]], failures: _Failures, name: str
) -> None:
    form = catalogue[name][0]
    with transaction.atomic():
        try:
            path = form.path(world)
            before = fingerprint()
            client = world.client("secretariat", raise_request_exception=False)
            body = {f.name: "z" for f in form.fields}
            body["padding"] = "p" * (django_settings.MAX_REQUEST_BYTES + 1)
            response = client.post(path, body)
            assert response.status_code == 413, "".join(failures.seen)
            assert fingerprint() == before
        finally:
            transaction.set_rollback(True)
