"""Concurrency: many writers on one action, two editors on one paragraph, all at once.

No update is lost: each write is either stored or refused with the conflict shown, and the
rows stored are exactly the writes acknowledged. Each thread has its own database connection
(closed when it ends) and the data is committed (`transaction=True`), so on PostgreSQL the
row locks (`select_for_update`) and on SQLite the serialised writers (BEGIN IMMEDIATE, with
the busy timeout) are what keeps the writes apart.

On SQLite the suite's database is in memory with a shared cache, where a second writer gets
"database table is locked" at once instead of waiting its turn: that is the test database,
not what PROB runs on. So there the data the fixtures built is copied to a file configured
as PROB configures its own (WAL, BEGIN IMMEDIATE), and every thread, the checks included,
uses that file.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.db import connections
from django.db.utils import load_backend
from django.urls import reverse

from actions.models import ActionUpdate
from actions.services import action_update_post
from meetings.models import Action, Meeting, Paragraph
from meetings.services.editing import paragraph_update
from tests.conftest import client_for, first_action

pytestmark = pytest.mark.django_db(transaction=True)

CLIENTS = 20


@contextlib.contextmanager
def shared_database(tmp_path: Path) -> Iterator[Callable[[], None]]:
    """The suite's database as concurrent writers can share it; yields what each thread calls
    first to use it. On PostgreSQL: the test database itself, nothing to do. On an in-memory
    SQLite: a file copy of it, made the default connection of this thread until the end."""
    default = connections["default"]
    if default.vendor != "sqlite" or not default.is_in_memory_db():
        yield lambda: None
        return
    path = tmp_path / "concurrency.sqlite3"
    default.ensure_connection()
    with contextlib.closing(sqlite3.connect(path)) as copy:
        default.connection.backup(copy)
    settings_dict = {**default.settings_dict, "NAME": str(path)}
    backend = load_backend(settings_dict["ENGINE"])

    def use_the_copy() -> None:
        connections["default"] = backend.DatabaseWrapper(settings_dict, "default")

    use_the_copy()
    try:
        yield use_the_copy
    finally:
        connections["default"].close()
        connections["default"] = default


def all_at_once(
    count: int, work: Callable[[int], Any], enter: Callable[[], None] = lambda: None
) -> list[Any]:
    """Runs work(0..count-1) in `count` threads released together; their results, in order.

    A thread's exception is its result, so the caller sees every outcome."""
    barrier = threading.Barrier(count)
    results: list[Any] = [None] * count

    def run(number: int) -> None:
        try:
            enter()
            barrier.wait(timeout=30)
            results[number] = work(number)
        except BaseException as error:  # reported by the caller
            results[number] = error
        finally:
            connections.close_all()  # this thread's own connections

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads), "a writer hung"
    return results


def test_twenty_owners_posting_at_once_are_all_stored(
    circulated_meeting: Meeting, action_owner: Any, tmp_path: Path
) -> None:
    action = first_action(circulated_meeting)
    before = action.version

    def post(number: int) -> str:
        return action_update_post(
            action=Action(pk=action.pk), author=action_owner, text=f"Update {number}"
        ).text

    with shared_database(tmp_path) as enter:
        results = all_at_once(CLIENTS, post, enter)

        errors = [r for r in results if isinstance(r, BaseException)]
        assert not errors, errors  # e.g. "database is locked" would be a lost update
        stored = list(ActionUpdate.objects.filter(action=action).values_list("text", flat=True))
        assert sorted(stored) == sorted(results) == sorted(f"Update {n}" for n in range(CLIENTS))
        assert Action.objects.get(pk=action.pk).version == before + CLIENTS


def test_twenty_owners_saving_the_same_page_at_once_one_is_stored_the_rest_see_the_conflict(
    circulated_meeting: Meeting, action_owner: Any, tmp_path: Path
) -> None:
    """Through the real view: each form carries the version it was read at."""
    action = first_action(circulated_meeting)
    url = reverse("actions:post_update", args=[action.pk])
    clients = [client_for(action_owner) for _ in range(CLIENTS)]

    def post(number: int) -> Any:
        return clients[number].post(url, {"text": f"Page {number}", "version": action.version})

    with shared_database(tmp_path) as enter:
        responses = all_at_once(CLIENTS, post, enter)

        errors = [r for r in responses if isinstance(r, BaseException)]
        assert not errors, errors
        saved = [n for n, r in enumerate(responses) if r.status_code == 302]
        for response in responses:
            if response.status_code != 302:
                assert response.status_code == 400
                page = response.content.decode()
                assert "This action changed since you opened the page" in page
                assert "Page " in page  # what they typed is still in the box
        stored = list(ActionUpdate.objects.filter(action=action).values_list("text", flat=True))
        assert stored == [f"Page {n}" for n in saved]
        assert len(saved) == 1  # all read the same version: the first save makes the rest stale
        assert Action.objects.get(pk=action.pk).version == action.version + 1


def test_two_editors_saving_one_paragraph_at_once_one_wins_the_other_sees_the_conflict(
    seed_meeting: Meeting, secretariat: Any, board_member: Any, tmp_path: Path
) -> None:
    paragraph = Paragraph.objects.filter(section__meeting=seed_meeting).order_by("pk")[0]
    editors = [secretariat, board_member]
    with shared_database(tmp_path) as enter:
        for attempt in range(5):  # a few rounds, so that the two really overlap
            version = Paragraph.objects.get(pk=paragraph.pk).version

            def save(number: int, version: int = version, attempt: int = attempt) -> str:
                text = f"Round {attempt}, editor {number}."
                paragraph_update(
                    paragraph=Paragraph.objects.get(pk=paragraph.pk),
                    by=editors[number],
                    text=text,
                    restricted=False,
                    version=version,
                )
                return text

            results = all_at_once(2, save, enter)

            saved = [r for r in results if isinstance(r, str)]
            refused = [r for r in results if isinstance(r, ValidationError)]
            assert len(saved) == 1 and len(refused) == 1, results
            assert refused[0].code == "stale"
            assert "Someone else saved this paragraph" in refused[0].messages[0]
            current = Paragraph.objects.get(pk=paragraph.pk)
            assert current.text == saved[0]  # the stored text is the acknowledged one
            assert current.version == version + 1
