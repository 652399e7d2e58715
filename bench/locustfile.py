"""The mixed workload: public readers, board members, action owners and the secretariat.

Run by `bench.run` as ``locust -f bench/locustfile.py --headless ...`` with BENCH_CONFIG naming
a JSON file: the seed (`bench.seed.SeedInfo`), whether the record has a PDF, and where to
write what happened. Every write the user saw succeed is appended to the acknowledged-writes
file (one JSON object a line), to be looked for in the database afterwards; every request's
outcome goes to the events file (one JSON object a line) for the fault report.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import re
import time
import uuid
from typing import Any

from locust import HttpUser, between, events, task

CONFIG = json.loads(open(os.environ["BENCH_CONFIG"], encoding="utf-8").read())  # noqa: SIM115
SEED = CONFIG["seed"]
SLUG = SEED["slug"]
BOARD = f"/boards/{SLUG}/"
SMALL = f"{BOARD}{SEED['small_date']}"
BIG = f"{BOARD}{SEED['big_date']}"
DRAFT = f"{BOARD}{SEED['draft_date']}"
FRIENDLY_MARK = CONFIG.get("friendly_mark", "")

_ACKS = open(CONFIG["acks_file"], "a", encoding="utf-8")  # noqa: SIM115 - open for the run
_EVENTS = open(CONFIG["events_file"], "a", encoding="utf-8")  # noqa: SIM115
_owner_accounts = itertools.cycle(sorted(SEED["owners"]))
_clerk_slots = itertools.count()

_CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
_VERSION = re.compile(r'name="version" value="(\d+)"')
_TEXTAREA = re.compile(r'<textarea name="text"[^>]*>(.*?)</textarea>', re.S)


def _friendly(response) -> bool:
    """A 503 page as the user should see it: HTML, no traceback, the page's own words."""
    body = response.text or ""
    return (
        response.status_code == 503
        and "text/html" in response.headers.get("Content-Type", "")
        and "Traceback" not in body
        and "OperationalError" not in body
        and (not FRIENDLY_MARK or FRIENDLY_MARK in body)
    )


@events.request.add_listener
def _record(request_type, name, response_time, response_length, response, exception, **kw):
    status = getattr(response, "status_code", 0) or 0
    row = {"t": time.time(), "name": name, "status": status, "ms": round(response_time, 1)}
    if status >= 400 or exception is not None:
        row["friendly"] = _friendly(response) if response is not None and status else False
        if exception is not None and not status:
            row["error"] = str(exception)[:200]
    _EVENTS.write(json.dumps(row) + "\n")


@events.quitting.add_listener
def _close(**kw):
    _ACKS.close()
    _EVENTS.close()


def _ack(kind: str, **data: object) -> None:
    _ACKS.write(json.dumps({"kind": kind, "t": time.time(), **data}) + "\n")
    _ACKS.flush()


class _SignedIn(HttpUser):
    abstract = True
    wait_time = between(0, 0.1)
    email = ""

    def on_start(self) -> None:
        self.signed_in = False
        self.sign_in()

    def sign_in(self) -> None:
        page = self.client.get("/accounts/login/", name="sign in (form)")
        token = _CSRF.search(page.text or "")
        if not token:
            return
        response, _ = self.post_and_follow(
            "/accounts/login/",
            {
                "username": self.email,
                "password": SEED["password"],
                "csrfmiddlewaretoken": token.group(1),
            },
            headers={"Referer": f"{self.host}/accounts/login/"},
            name="sign in",
            then="home (signed in)",
        )
        self.signed_in = response.is_redirect and "sessionid" in self.client.cookies

    def post_and_follow(self, path: str, data: dict, *, headers: dict, name: str, then: str):
        """A form's POST and the page its redirect names, each its own request under its own
        name (a page's p95 is one response's, not a POST and a GET added together)."""
        response = self.client.post(path, data, headers=headers, name=name, allow_redirects=False)
        if not response.is_redirect:
            return response, response
        return response, self.client.get(response.headers["Location"], name=then)

    def ensure_signed_in(self) -> bool:
        if not self.signed_in:
            self.sign_in()
        return self.signed_in


class PublicReader(HttpUser):
    weight = 14
    wait_time = between(0, 0.1)

    @task(4)
    def small_record(self) -> None:
        self.client.get(f"{SMALL}/", name="record 17 (public)")

    @task(4)
    def big_record(self) -> None:
        self.client.get(f"{BIG}/", name="record 300 (public)")

    @task(2)
    def text(self) -> None:
        self.client.get(f"{random.choice((SMALL, BIG))}.txt", name="record .txt")

    @task(2)
    def as_json(self) -> None:
        self.client.get(f"{random.choice((SMALL, BIG))}.json", name="record .json")

    @task(1)
    def pdf(self) -> None:
        if CONFIG.get("pdf"):
            self.client.get(f"{random.choice((SMALL, BIG))}.pdf", name="record .pdf")

    @task(2)
    def board(self) -> None:
        self.client.get(BOARD, name="board")

    @task(1)
    def search(self) -> None:
        term = random.choice(("robbery", "stop and search", "knife crime", "victim satisfaction"))
        self.client.get("/search/", params={"q": term}, name="search")


class BoardMember(_SignedIn):
    weight = 8
    email = SEED["member"]

    @task(3)
    def record(self) -> None:
        if self.ensure_signed_in():
            self.client.get(f"{BIG}/", name="record 300 (member)")

    @task(2)
    def log(self) -> None:
        if self.ensure_signed_in():
            page = random.choice(("", "?page=2", "?status=open", "?sort=due"))
            self.client.get(f"{BOARD}actions/{page}", name="action log (member)")


class ActionOwner(_SignedIn):
    weight = 7

    def on_start(self) -> None:
        # Each simulated owner has an account (and its four actions) of its own, so that two
        # of them never race on one action's version.
        self.email = next(_owner_accounts)
        self.actions = SEED["owners"][self.email]
        super().on_start()

    @task
    def update(self) -> None:
        if not self.ensure_signed_in():
            return
        pk = random.choice(self.actions)
        page = self.client.get(f"/actions/{pk}/", name="action page (owner)")
        token, version = _CSRF.search(page.text or ""), _VERSION.search(page.text or "")
        if not page.ok or not token or not version:
            return
        text = f"Bench progress update {uuid.uuid4().hex}: the data was shared with MOPAC."
        response, shown = self.post_and_follow(
            f"/actions/{pk}/updates/",
            {
                "text": text,
                "status_to": "",
                "version": version.group(1),
                "csrfmiddlewaretoken": token.group(1),
            },
            headers={"Referer": f"{self.host}/actions/{pk}/"},
            name="post update (owner)",
            then="action page after update (owner)",
        )
        if response.is_redirect and shown.ok and "is saved" in (shown.text or ""):
            _ack("update", action=pk, text=text)


class Secretariat(_SignedIn):
    weight = 3
    email = SEED["clerk"]

    def on_start(self) -> None:
        # Each simulated secretary edits paragraphs of their own slice of the draft.
        slot = next(_clerk_slots)
        self.paragraphs = SEED["draft_paragraphs"][slot::4] or SEED["draft_paragraphs"]
        super().on_start()

    @task(2)
    def editor(self) -> None:
        if self.ensure_signed_in():
            self.client.get(f"{DRAFT}/edit/", name="editor 300 (secretariat)")

    @task(2)
    def save_in_place(self) -> None:
        # What the writing surface does: the clerk types in a paragraph's box on the editor
        # page and the editor's script saves it a moment later (X-Autosave), answered 204.
        if not self.ensure_signed_in():
            return
        pk = random.choice(self.paragraphs)
        page = self.client.get(f"{DRAFT}/edit/", name="editor 300 (secretariat)")
        self._save(pk, page, in_place=True)

    @task(1)
    def edit_paragraph(self) -> None:
        # Without JavaScript: the paragraph opened as a form, saved, and the editor shown again.
        if not self.ensure_signed_in():
            return
        pk = random.choice(self.paragraphs)
        page = self.client.get(
            f"{DRAFT}/edit/?edit=paragraph:{pk}", name="editor 300, paragraph open"
        )
        self._save(pk, page, in_place=False)

    def _save(self, pk: int, page: Any, *, in_place: bool) -> None:
        body = page.text or ""
        # The paragraph's own form: every paragraph of the draft has a version field, and the
        # page's first is another paragraph's (posting it was refused as a stale save).
        start = body.find(f'id="paragraph-{pk}"')
        token = _CSRF.search(body)
        version = _VERSION.search(body, start) if start >= 0 else None
        current = _TEXTAREA.search(body, start) if start >= 0 else None
        if not page.ok or not token or not version:
            return
        mark = f"[bench {uuid.uuid4().hex}]"
        old = re.sub(r"\s*\[bench [0-9a-f]+\]$", "", _unescape(current.group(1)) if current else "")
        text = f"{old.strip() or 'The board discussed the item.'} {mark}"
        headers = {"Referer": f"{self.host}{DRAFT}/edit/"}
        if in_place:
            headers |= {"X-Autosave": "1", "HX-Request": "true"}
        response, shown = self.post_and_follow(
            f"{DRAFT}/edit/paragraph-update/",
            {
                "target": str(pk),
                "text": text,
                "version": version.group(1),
                "csrfmiddlewaretoken": token.group(1),
            },
            headers=headers,
            name="save paragraph in place (secretariat)"
            if in_place
            else "save paragraph without JavaScript (secretariat)",
            then="editor after save (secretariat)",
        )
        saved = (
            response.status_code == 204
            if in_place
            else response.is_redirect and shown.ok and "saved=" in shown.url
        )
        if saved:
            _ack("paragraph", paragraph=pk, mark=mark)


def _unescape(text: str) -> str:
    import html

    return html.unescape(text).lstrip("\n")
