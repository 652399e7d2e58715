"""Who gets what: every URL of the project, for every role, GET and POST: the expected status.

URL names are discovered from the URLconf, so a new view without a row in ROUTES fails
`test_it_has_a_row_for_every_url`. Outside the Django admin every name has its own row;
the admin is covered by one rule (staff only, everyone else is sent to the admin sign-in).

Expected answers follow the scoping rules: 404 to anyone who may not see a record or action
(a draft's existence is itself not public), 403 to those who may see but not change, 405 for
the wrong method, and a redirect to sign in for anonymous users on pages that need an account.

The matrix posts through the plain test client, which skips CSRF checks: what is tested here
is who may do what. `test_it_enforces_csrf_on_forms` proves the token is required.

All cases share one world built once per module inside an outer transaction; each test runs
in a savepoint within it (as `TestCase.setUpTestData` does), which keeps some 600 cases fast.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.http import HttpResponse
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from accounts.models import CalendarToken
from agenda import services as agenda_services
from agenda.models import Paper
from agenda.pack import packs_make
from meetings import documents
from meetings.models import (
    Action,
    Board,
    Comment,
    ImportedOriginal,
    Meeting,
    Membership,
    Organisation,
    Paragraph,
)
from meetings.services import record_circulate
from meetings.services.originals import original_keep, original_store
from tests.agenda.conftest import pdf_bytes
from tests.conftest import (
    IMPORTED_ROWS,
    PASSWORD,
    SEED_PATH,
    client_for,
    import_record,
    make_user,
    publish,
    shared_world,
)

ROLES = (
    "anonymous",
    "outsider",
    "action_owner",
    "board_member",
    "secretariat",
    "admin",
    # The owner rule's edges: named on the action; an MPS officer whose membership ended; an
    # MPS officer on another board; an MPS officer with no membership at all.
    "named_owner",
    "ended_owner",
    "other_board",
    "no_membership",
)
STATES = ("draft", "circulated", "published")
ANY = "any"  # a page that does not depend on a record's state


# --- The URLconf, walked ------------------------------------------------------------------------


@dataclass(frozen=True)
class Found:
    name: str | None  # with its namespace, e.g. "meetings:record"
    route: str
    params: tuple[str, ...]  # keyword parameters
    positional: int  # unnamed regex groups


def _walk(patterns: list[Any], namespace: str = "", route: str = "") -> Iterator[Found]:
    for entry in patterns:
        pattern = entry.pattern
        regex = getattr(pattern, "regex", None)
        params = tuple(getattr(pattern, "converters", {}) or (regex.groupindex if regex else ()))
        positional = regex.groups - len(regex.groupindex) if regex else 0
        if isinstance(entry, URLResolver):
            inner = namespace
            if entry.namespace:
                inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
            for found in _walk(entry.url_patterns, inner, route + str(pattern)):
                yield Found(
                    found.name,
                    found.route,
                    params + found.params,
                    positional + found.positional,
                )
        elif isinstance(entry, URLPattern):
            name = f"{namespace}:{entry.name}" if namespace and entry.name else entry.name
            yield Found(name, route + str(pattern), params, positional)


def discovered() -> list[Found]:
    return list(_walk(get_resolver().url_patterns))


def _is_admin(found: Found) -> bool:
    return found.route.startswith("admin/")


# --- The world the cases run against -----------------------------------------------------------


@dataclass
class World:
    users: dict[str, Any]
    meetings: dict[str, Meeting]
    actions: dict[str, Action]
    forgetful: Any
    sessions: dict[str, str] = field(default_factory=dict)

    def client(self, role: str, **options: Any) -> Client:
        """A client signed in as `role`, on a session made once for the module."""
        client = Client(**options)
        if role in self.sessions:
            client.cookies[settings.SESSION_COOKIE_NAME] = self.sessions[role]
        return client


def _import_seed(title_date: str) -> Meeting:
    text = SEED_PATH.read_text(encoding="utf-8").replace(
        "Record of Meeting 31 August 2023", f"Record of Meeting {title_date}"
    )
    meeting = import_record(text)
    assert meeting is not None
    return meeting


def _build_world() -> World:
    meetings = {
        "draft": _import_seed("31 August 2023"),
        "circulated": _import_seed("30 November 2023"),
        "published": _import_seed("29 February 2024"),
    }
    record_circulate(meeting=meetings["circulated"], by=None)
    meetings["published"] = publish(meetings["published"])
    board = meetings["draft"].board
    mopac = Organisation.objects.get(short_name="MOPAC")
    mps = Organisation.objects.get(short_name="MPS")
    elsewhere = Organisation.objects.create(name="Elsewhere Council", short_name="ELSE")
    users = {
        "anonymous": None,
        "outsider": make_user(
            "someone@else.example", person_name="Out Sider", organisation=elsewhere
        ),
        # MPS owns the seed's three actions in every record.
        "action_owner": make_user(
            "officer@mps.example", person_name="Olu Officer", organisation=mps
        ),
        # Of MPS, which owns the seed's actions: a board member answers for none of them
        # unless named on one (the owner rule; tests/actions/test_owners.py).
        "board_member": make_user(
            "member@mps.example",
            person_name="Pat Member",
            organisation=mps,
            board=board,
            role=Membership.Role.BOARD_MEMBER,
        ),
        "secretariat": make_user(
            "clerk@mopac.example",
            person_name="Sam Clerk",
            organisation=mopac,
            board=board,
            role=Membership.Role.SECRETARIAT,
        ),
        "admin": make_user("admin@prob.example", is_staff=True, is_superuser=True),
        "named_owner": make_user(
            "named@else.example", person_name="Nadia Named", organisation=elsewhere
        ),
        "ended_owner": make_user("ended@mps.example", person_name="Ed Ended", organisation=mps),
        "other_board": make_user("other@mps.example", person_name="Otto Other", organisation=mps),
        "no_membership": make_user("none@mps.example", person_name="Nell None", organisation=mps),
    }
    Membership.objects.create(
        person=users["action_owner"].person, board=board, role=Membership.Role.ACTION_OWNER
    )
    Membership.objects.create(
        person=users["ended_owner"].person,
        board=board,
        role=Membership.Role.ACTION_OWNER,
        start_date=datetime.date(2020, 1, 1),
        end_date=datetime.date(2022, 12, 31),
    )
    Membership.objects.create(
        person=users["other_board"].person,
        board=Board.objects.create(name="Neighbouring Board", slug="neighbouring-board"),
        role=Membership.Role.BOARD_MEMBER,
    )
    actions = {
        state: Action.objects.filter(paragraph__section__meeting=meeting)
        .order_by("paragraph__section__position", "paragraph__position", "position")
        .first()
        for state, meeting in meetings.items()
    }
    for action in actions.values():
        action.owner_people.add(users["named_owner"].person)
    sessions = {
        role: client_for(user).cookies[settings.SESSION_COOKIE_NAME].value
        for role, user in users.items()
        if user is not None
    }
    return World(
        users=users,
        meetings=meetings,
        actions=actions,
        forgetful=make_user("forgetful@prob.example"),
        sessions=sessions,
    )


@pytest.fixture(autouse=True)
def _no_pdf_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    """The matrix tests who gets a record's PDF and Word document, not what they hold
    (tests/meetings/test_downloads.py and test_docx_export.py read real ones): laying out a
    PDF, or writing a Word file (0.1-0.25 s of CPU, four times in the change tier), for each of
    its cases is skipped."""
    monkeypatch.setattr(documents, "record_pdf", lambda html, *, title: b"%PDF-1.7 matrix")
    monkeypatch.setattr(documents, "record_docx", lambda record, *, checksum: b"PK matrix")


@pytest.fixture(scope="module")
def world(django_db_setup: None, django_db_blocker: Any) -> Iterator[World]:
    yield from shared_world(django_db_blocker, _build_world)


# --- The table ---------------------------------------------------------------------------------

# Each answer is a status code, or "login" / "admin-login" for a redirect to that sign-in page.
Answers = dict[str, str]  # role -> answer


def each(answers: str) -> Answers:
    """Answers in ROLES order: anonymous, outsider, action owner, board member, secretariat,
    admin, named owner, ended owner, other board, no membership."""
    values = answers.split()
    assert len(values) == len(ROLES), answers
    return dict(zip(ROLES, values, strict=True))


ALL_200 = each("200 200 200 200 200 200 200 200 200 200")
ALL_302 = each("302 302 302 302 302 302 302 302 302 302")
ALL_405 = each("405 405 405 405 405 405 405 405 405 405")
SIGNED_IN_200 = each("login 200 200 200 200 200 200 200 200 200")

# Who may read a record in each state: the secretariat (and admin) always; board members
# once circulated; everyone once published.
RECORD = {
    "draft": each("404 404 404 404 200 200 404 404 404 404"),
    "circulated": each("404 404 404 200 200 200 404 404 404 404"),
    "published": ALL_200,
}
# A record's history is for its board; others who may read the record get 403.
RECORD_HISTORY = {
    "draft": each("404 404 404 404 200 200 404 404 404 404"),
    "circulated": each("404 404 404 200 200 200 404 404 404 404"),
    "published": each("403 403 403 200 200 200 403 403 403 403"),
}
# Owners see their actions from the moment the record is circulated, never in draft; people of
# the owning organisation count as owners only while they hold an action owner membership of
# the board (a board member or a secretary only when named: tests/actions/test_owners.py).
# An action the public cannot see sends anonymous visitors to sign in instead of answering 404:
# the link in a reminder email is the action's page, and its owner may not be signed in yet.
# That reveals no more than a 404: the answer is the same redirect for any number, existing or
# not (see tests/actions/test_reminders.py). Signed in, it is 404 as before.
ACTION = {
    "draft": each("login 404 404 404 200 200 404 404 404 404"),
    "circulated": each("login 404 200 200 200 200 200 404 404 404"),
    "published": ALL_200,
}
ACTION_HISTORY = {
    "draft": each("login 404 404 404 200 200 404 404 404 404"),
    "circulated": each("login 404 200 200 200 200 200 404 404 404"),
    "published": each("403 403 200 200 200 200 200 403 403 403"),
}
# Owners and the secretariat may post updates; board members may read but not post.
ACTION_UPDATE = {
    "draft": each("login 404 404 404 302 302 404 404 404 404"),
    "circulated": each("login 404 302 403 302 302 302 404 404 404"),
    "published": each("login 403 302 403 302 302 302 403 403 403"),
}


def _per_state(answers: Answers) -> dict[str, Answers]:
    return {ANY: answers}


@dataclass(frozen=True)
class Route:
    path: Callable[[World, str], str]
    get: dict[str, Answers]
    post: dict[str, Answers]
    data: Callable[[World], dict[str, str]] = lambda world: {}


def _record_path(name: str) -> Callable[[World, str], str]:
    def path(world: World, state: str) -> str:
        meeting = world.meetings[state]
        return reverse(name, args=[meeting.board.slug, meeting.date.isoformat()])

    return path


def _action_path(name: str) -> Callable[[World, str], str]:
    return lambda world, state: reverse(name, args=[world.actions[state].pk])


def _plain(name: str) -> Callable[[World, str], str]:
    return lambda world, state: reverse(name)


def _comment_path(world: World, state: str) -> str:
    # The world has no comments: the one to resolve is made inside the test's savepoint.
    paragraph_id = world.actions[state].paragraph_id
    comment = Comment.objects.get_or_create(
        paragraph_id=paragraph_id,
        defaults={"author": world.users["board_member"], "text": "Is this right?"},
    )[0]
    meeting = world.meetings[state]
    return reverse(
        "meetings:comment_resolve", args=[meeting.board.slug, meeting.date.isoformat(), comment.pk]
    )


def _original_path(world: World, state: str) -> str:
    # The world keeps no files: the record's original, a published copy (which goes wherever
    # the record goes), is kept inside the test's savepoint.
    meeting = world.meetings[state]
    if not ImportedOriginal.objects.filter(meeting=meeting).exists():
        stored = original_store(name="minutes.txt", data=b"The minutes as published.")
        original_keep(meeting=meeting, stored=stored, by=None, published_copy=True)
    return _record_path("meetings:record_original")(world, state)


def _reset_link(world: World, state: str) -> str:
    user = world.forgetful
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    return reverse("password_reset_confirm", args=[uid, default_token_generator.make_token(user)])


def _agenda_paper(world: World, state: str) -> Paper:
    """The world has no agendas: each record's meeting gets one inside the test's savepoint,
    with one item and a public paper; the published record's agenda is published, the others'
    are not (an unpublished agenda is the secretariat's alone). Made once a module, its rows
    put back in each later test (`made_once`)."""
    meeting = world.meetings[state]
    found = Paper.objects.filter(item__agenda__meeting=meeting).first()
    if found is not None:
        return found

    def make() -> Paper:
        by = world.users["secretariat"]
        item = agenda_services.item_add(meeting=meeting, by=by, title="Finance report")
        paper = agenda_services.paper_add(
            item=item, by=by, name="budget.pdf", data=pdf_bytes(), title="Budget"
        )
        if state == "published":
            agenda_services.agenda_publish(agenda=item.agenda, by=by)
            # Made by a task after the commit, which a savepoint never reaches: made here.
            packs_make(item.agenda)
        return paper

    return IMPORTED_ROWS.made_once(("agenda", state), make)


def _agenda_path(name: str, *extra: str) -> Callable[[World, str], str]:
    def path(world: World, state: str) -> str:
        _agenda_paper(world, state)
        meeting = world.meetings[state]
        return reverse(name, args=[meeting.board.slug, meeting.date.isoformat(), *extra])

    return path


def _agenda_change(
    name: str, secretariat: str, data: Callable[[World], dict[str, str]] = lambda world: {}
) -> Route:
    """A change of the agenda editor: a page's GET is refused (405), and so is a post by anyone
    but the secretariat (404 while the agenda is unpublished, 403 once they can read it); the
    secretariat and the administrator get `secretariat`."""
    mine = f"{secretariat} {secretariat}"
    return Route(
        _agenda_path(name),
        dict.fromkeys(STATES, each("login 405 405 405 405 405 405 405 405 405")),
        {
            "draft": each(f"login 404 404 404 {mine} 404 404 404 404"),
            "circulated": each(f"login 404 404 404 {mine} 404 404 404 404"),
            "published": each(f"login 403 403 403 {mine} 403 403 403 403"),
        },
        data,
    )


def _agenda_paper_path(world: World, state: str) -> str:
    return _agenda_paper(world, state).get_absolute_url()


def _paper_request_path(name: str) -> Callable[[World, str], str]:
    """A paper requested of MPS (the action owner's organisation) on the item of the state's
    agenda, made inside the test's savepoint (once a module, its rows put back in each later
    test); for the paper's download, already answered."""

    def path(world: World, state: str) -> str:
        from agenda.models import PaperRequest
        from agenda.requests import paper_request_create, paper_request_fulfil

        item = _agenda_paper(world, state).item
        found = PaperRequest.objects.filter(item=item).first()

        def make() -> PaperRequest:
            made = paper_request_create(
                item=item,
                by=world.users["secretariat"],
                organisation=Organisation.objects.get(short_name="MPS"),
                due=datetime.date.today(),
            )
            if name == "agenda:request_paper":
                paper_request_fulfil(
                    request=made,
                    by=world.users["action_owner"],
                    name="answer.pdf",
                    data=pdf_bytes(pages=2),
                    title="Answer",
                )
            return made

        if found is None:
            found = IMPORTED_ROWS.made_once((name, state), make)
        return reverse(name, args=[found.pk])

    return path


def _passkey_path(world: World, state: str) -> str:
    # The secretariat's passkey, made inside the test's savepoint.
    from django_otp_webauthn.models import WebAuthnCredential

    passkey = WebAuthnCredential.objects.get_or_create(
        user=world.users["secretariat"],
        credential_id=b"matrix",
        defaults={"name": "Laptop", "public_key": b"key"},
    )[0]
    return reverse("mfa_passkey_remove", args=[passkey.pk])


ALL_403 = each("403 403 403 403 403 403 403 403 403 403")


def _calendar_link(world: World, state: str) -> str:
    # A board member's private calendar: the token, not the session, says whose it is.
    token = CalendarToken.objects.get_or_create(user=world.users["board_member"])[0]
    return reverse("personal_calendar", args=[token.token])


def _board_path(name: str) -> Callable[[World, str], str]:
    return lambda world, state: reverse(name, args=[world.meetings["draft"].board.slug])


def _member_path(world: World, state: str) -> str:
    board = world.meetings["draft"].board
    membership = Membership.objects.get(board=board, person__user=world.users["board_member"])
    return reverse("meetings:member", args=[board.slug, membership.pk])


def _decision_path(world: World, state: str) -> str:
    # The world has no decisions: the action's paragraph becomes one inside the savepoint.
    paragraph_id = world.actions[state].paragraph_id
    Paragraph.objects.filter(pk=paragraph_id).update(decision=True)
    return reverse("api:decision", args=[paragraph_id])


ROUTES: dict[str, Route] = {
    "home": Route(_plain("home"), _per_state(ALL_200), _per_state(ALL_405)),
    "healthz": Route(_plain("healthz"), _per_state(ALL_200), _per_state(ALL_405)),
    # Search answers everyone; what it finds is scoped (tests/meetings/test_search.py).
    "search": Route(_plain("search"), _per_state(ALL_200), _per_state(ALL_405)),
    # The accessibility statement and privacy notice are everyone's (prob/views.py).
    "accessibility": Route(_plain("accessibility"), _per_state(ALL_200), _per_state(ALL_405)),
    "privacy": Route(_plain("privacy"), _per_state(ALL_200), _per_state(ALL_405)),
    "meetings:board": Route(
        lambda world, state: world.meetings["draft"].board.get_absolute_url(),
        _per_state(ALL_200),
        _per_state(ALL_405),
    ),
    # The board's calendar and feed are public once the board is: what each holds is scoped
    # (tests/meetings/test_calendar.py, test_feeds.py).
    # The decisions register and a member's attendance are public once the board is: what
    # each holds is scoped (tests/meetings/test_decisions_register.py, test_attendance_record.py).
    "meetings:decisions": Route(
        _board_path("meetings:decisions"), _per_state(ALL_200), _per_state(ALL_405)
    ),
    "meetings:decisions_csv": Route(
        _board_path("meetings:decisions_csv"), _per_state(ALL_200), _per_state(ALL_405)
    ),
    "meetings:member": Route(_member_path, _per_state(ALL_200), _per_state(ALL_405)),
    "meetings:calendar": Route(
        lambda world, state: reverse(
            "meetings:calendar", args=[world.meetings["draft"].board.slug]
        ),
        _per_state(ALL_200),
        _per_state(ALL_405),
    ),
    "meetings:board_feed": Route(
        lambda world, state: reverse(
            "meetings:board_feed", args=[world.meetings["draft"].board.slug]
        ),
        _per_state(ALL_200),
        _per_state(ALL_405),
    ),
    "site_feed": Route(_plain("site_feed"), _per_state(ALL_200), _per_state(ALL_405)),
    # The open data API is the public's, whoever asks (a session widens nothing): every
    # collection answers everyone; a record or action is there once published, 404 before.
    "api:index": Route(_plain("api:index"), _per_state(ALL_200), _per_state(ALL_405)),
    "api:organizations": Route(
        _plain("api:organizations"), _per_state(ALL_200), _per_state(ALL_405)
    ),
    "api:board": Route(
        lambda world, state: reverse("api:board", args=[world.meetings["draft"].board.slug]),
        _per_state(ALL_200),
        _per_state(ALL_405),
    ),
    "api:organisation": Route(
        lambda world, state: reverse(
            "api:organisation", args=[Organisation.objects.get(short_name="MPS").pk]
        ),
        _per_state(ALL_200),
        _per_state(ALL_405),
    ),
    "api:people": Route(_plain("api:people"), _per_state(ALL_200), _per_state(ALL_405)),
    "api:person": Route(
        lambda world, state: reverse(
            "api:person", args=[world.meetings["published"].attendances.first().person_id]
        ),
        _per_state(ALL_200),
        _per_state(ALL_405),
    ),
    "api:memberships": Route(_plain("api:memberships"), _per_state(ALL_200), _per_state(ALL_405)),
    "api:membership": Route(
        lambda world, state: reverse(
            "api:membership",
            args=[Membership.objects.get(person__user=world.users["board_member"]).pk],
        ),
        _per_state(ALL_200),
        _per_state(ALL_405),
    ),
    "api:events": Route(_plain("api:events"), _per_state(ALL_200), _per_state(ALL_405)),
    "api:event": Route(
        lambda world, state: reverse("api:event", args=[world.meetings[state].pk]),
        {
            "draft": each("404 404 404 404 404 404 404 404 404 404"),
            "circulated": each("404 404 404 404 404 404 404 404 404 404"),
            "published": ALL_200,
        },
        dict.fromkeys(STATES, ALL_405),
    ),
    "api:actions": Route(_plain("api:actions"), _per_state(ALL_200), _per_state(ALL_405)),
    "api:decisions": Route(_plain("api:decisions"), _per_state(ALL_200), _per_state(ALL_405)),
    "api:decision": Route(
        _decision_path,
        {
            "draft": each("404 404 404 404 404 404 404 404 404 404"),
            "circulated": each("404 404 404 404 404 404 404 404 404 404"),
            "published": ALL_200,
        },
        dict.fromkeys(STATES, ALL_405),
    ),
    "api:action": Route(
        _action_path("api:action"),
        {
            "draft": each("404 404 404 404 404 404 404 404 404 404"),
            "circulated": each("404 404 404 404 404 404 404 404 404 404"),
            "published": ALL_200,
        },
        dict.fromkeys(STATES, ALL_405),
    ),
    "meetings:record": Route(
        _record_path("meetings:record"), RECORD, dict.fromkeys(STATES, ALL_405)
    ),
    "meetings:record_json": Route(
        _record_path("meetings:record_json"), RECORD, dict.fromkeys(STATES, ALL_405)
    ),
    "meetings:record_text": Route(
        _record_path("meetings:record_text"), RECORD, dict.fromkeys(STATES, ALL_405)
    ),
    "meetings:record_pdf": Route(
        _record_path("meetings:record_pdf"), RECORD, dict.fromkeys(STATES, ALL_405)
    ),
    "meetings:record_docx": Route(
        _record_path("meetings:record_docx"), RECORD, dict.fromkeys(STATES, ALL_405)
    ),
    "meetings:record_original": Route(_original_path, RECORD, dict.fromkeys(STATES, ALL_405)),
    # Circulating: only the secretariat, who are first shown whom it emails (200, nothing
    # changes until confirmed); a record past draft refuses it (400) and says why.
    "meetings:record_move": Route(
        lambda world, state: reverse(
            "meetings:record_move",
            args=[
                world.meetings[state].board.slug,
                world.meetings[state].date.isoformat(),
                "circulate",
            ],
        ),
        # Opened as a page (a confirmation reloaded): nothing done, the secretariat sent to the
        # record page to take the step from its button; others refused as the post is.
        {
            "draft": each("login 404 404 404 302 302 404 404 404 404"),
            "circulated": each("login 404 404 403 302 302 404 404 404 404"),
            "published": each("login 403 403 403 302 302 403 403 403 403"),
        },
        {
            "draft": each("login 404 404 404 200 200 404 404 404 404"),
            "circulated": each("login 404 404 403 400 400 404 404 404 404"),
            "published": each("login 403 403 403 400 400 403 403 403 403"),
        },
    ),
    # The editor is the secretariat's, for drafts; a record past draft is sent back to its page.
    "meetings:editor": Route(
        _record_path("meetings:editor"),
        {
            "draft": each("login 404 404 404 200 200 404 404 404 404"),
            "circulated": each("login 404 404 403 302 302 404 404 404 404"),
            "published": each("login 403 403 403 302 302 403 403 403 403"),
        },
        dict.fromkeys(STATES, ALL_405),
    ),
    "meetings:edit": Route(
        lambda world, state: reverse(
            "meetings:edit",
            args=[
                world.meetings[state].board.slug,
                world.meetings[state].date.isoformat(),
                "section-add",
            ],
        ),
        # Opened as a page (a reload, a bookmark): to the editor, which answers as it does.
        dict.fromkeys(STATES, ALL_302),
        {
            "draft": each("login 404 404 404 302 302 404 404 404 404"),
            "circulated": each("login 404 404 403 400 400 404 404 404 404"),
            "published": each("login 403 403 403 400 400 403 403 403 403"),
        },
        lambda world: {"title": "Any Other Business"},
    ),
    # Amending is the secretariat's, for agreed records; drafts are sent back to the record.
    "meetings:amend": Route(
        lambda world, state: reverse(
            "meetings:amend",
            args=[
                world.meetings[state].board.slug,
                world.meetings[state].date.isoformat(),
                world.actions[state].paragraph_id,
            ],
        ),
        {
            "draft": each("login 404 404 404 302 302 404 404 404 404"),
            "circulated": each("login 404 404 403 302 302 404 404 404 404"),
            "published": each("login 403 403 403 200 200 403 403 403 403"),
        },
        {
            "draft": each("login 404 404 404 302 302 404 404 404 404"),
            "circulated": each("login 404 404 403 302 302 404 404 404 404"),
            "published": each("login 403 403 403 302 302 403 403 403 403"),
        },
        lambda world: {"text": "Amended.", "reason": "A name was wrong", "version": "1"},
    ),
    # Comments are the board's, taken while a record is circulated (400 saying why otherwise);
    # others who may read the record get 403.
    "meetings:comment_add": Route(
        lambda world, state: reverse(
            "meetings:comment_add",
            args=[
                world.meetings[state].board.slug,
                world.meetings[state].date.isoformat(),
                world.actions[state].paragraph_id,
            ],
        ),
        dict.fromkeys(STATES, ALL_405),
        {
            "draft": each("login 404 404 404 400 400 404 404 404 404"),
            "circulated": each("login 404 404 302 302 302 404 404 404 404"),
            "published": each("login 403 403 400 400 400 403 403 403 403"),
        },
        lambda world: {"text": "Should this say which month?"},
    ),
    # Resolving is the secretariat's, in any state (a record back in draft keeps its comments).
    "meetings:comment_resolve": Route(
        _comment_path,
        dict.fromkeys(STATES, ALL_405),
        {
            "draft": each("login 404 404 404 302 302 404 404 404 404"),
            "circulated": each("login 404 404 403 302 302 404 404 404 404"),
            "published": each("login 403 403 403 302 302 403 403 403 403"),
        },
    ),
    "meetings:new_meeting": Route(
        lambda world, state: reverse(
            "meetings:new_meeting", args=[world.meetings["draft"].board.slug]
        ),
        _per_state(each("login 403 403 403 200 200 403 403 403 403")),
        _per_state(each("login 403 403 403 302 302 403 403 403 403")),
        lambda world: {"date": "2025-01-30"},
    ),
    "meetings:history": Route(
        _record_path("meetings:history"), RECORD_HISTORY, dict.fromkeys(STATES, ALL_405)
    ),
    # A paragraph's versions (of the paragraph raising each record's first action) and the
    # changes before agreement (which says "not agreed yet" until then) follow the history.
    "meetings:paragraph_history": Route(
        lambda world, state: reverse(
            "meetings:paragraph_history",
            args=[
                world.meetings[state].board.slug,
                world.meetings[state].date.isoformat(),
                world.actions[state].paragraph_id,
            ],
        ),
        RECORD_HISTORY,
        dict.fromkeys(STATES, ALL_405),
    ),
    "meetings:agreed_changes": Route(
        _record_path("meetings:agreed_changes"), RECORD_HISTORY, dict.fromkeys(STATES, ALL_405)
    ),
    # Importing minutes: the secretariat's alone. The board is public (it has a published
    # record), so others signed in get 403; outside a board not yet public it would be 404.
    "meetings:import_minutes": Route(
        lambda world, state: reverse(
            "meetings:import_minutes", args=[world.meetings["draft"].board.slug]
        ),
        _per_state(each("login 403 403 403 200 200 403 403 403 403")),
        _per_state(each("login 403 403 403 302 302 403 403 403 403")),
        lambda world: {
            "action": "create",
            "text": SEED_PATH.read_text(encoding="utf-8").replace(
                "Record of Meeting 31 August 2023", "Record of Meeting 31 July 2024"
            ),
        },
    ),
    # Pasting minutes into a draft: the secretariat's, as the editor. Every record here has
    # paragraphs, so the secretariat is sent back to it (GET) or refused (400, POST) with the
    # reason; tests/meetings/test_import_into_draft.py fills an empty one.
    "meetings:import_into": Route(
        _record_path("meetings:import_into"),
        {
            "draft": each("login 404 404 404 302 302 404 404 404 404"),
            "circulated": each("login 404 404 403 302 302 404 404 404 404"),
            "published": each("login 403 403 403 302 302 403 403 403 403"),
        },
        {
            "draft": each("login 404 404 404 400 400 404 404 404 404"),
            "circulated": each("login 404 404 403 400 400 404 404 404 404"),
            "published": each("login 403 403 403 400 400 403 403 403 403"),
        },
        lambda world: {"action": "preview", "text": SEED_PATH.read_text(encoding="utf-8")},
    ),
    "actions:list": Route(_plain("actions:list"), _per_state(ALL_200), _per_state(ALL_405)),
    "actions:mine": Route(_plain("actions:mine"), _per_state(SIGNED_IN_200), _per_state(ALL_405)),
    # Everyone signed in has the page (with their own open actions, if any); a row for an
    # action the user does not own is ignored, so the post saves nothing and says so (302).
    "actions:mine_update": Route(
        _plain("actions:mine_update"),
        _per_state(SIGNED_IN_200),
        _per_state(each("login 302 302 302 302 302 302 302 302 302")),
        lambda world: {
            f"action-{world.actions['published'].pk}-version": "1",
            f"action-{world.actions['published'].pk}-text": "Data shared with MOPAC.",
        },
    ),
    "actions:detail": Route(_action_path("actions:detail"), ACTION, dict.fromkeys(STATES, ALL_405)),
    "actions:post_update": Route(
        _action_path("actions:post_update"),
        dict.fromkeys(STATES, ALL_405),
        ACTION_UPDATE,
        lambda world: {"text": "Data shared with MOPAC.", "status_to": "in_progress"},
    ),
    "actions:history": Route(
        _action_path("actions:history"), ACTION_HISTORY, dict.fromkeys(STATES, ALL_405)
    ),
    # The action log and its exports: the board is public (it has a published record), so
    # everyone has them, each holding only the actions that user may see.
    "board_actions:log": Route(
        lambda world, state: reverse(
            "board_actions:log", args=[world.meetings["draft"].board.slug]
        ),
        _per_state(ALL_200),
        _per_state(ALL_405),
    ),
    "board_actions:log_csv": Route(
        lambda world, state: reverse(
            "board_actions:log_csv", args=[world.meetings["draft"].board.slug]
        ),
        _per_state(ALL_200),
        _per_state(ALL_405),
    ),
    "board_actions:log_xlsx": Route(
        lambda world, state: reverse(
            "board_actions:log_xlsx", args=[world.meetings["draft"].board.slug]
        ),
        _per_state(ALL_200),
        _per_state(ALL_405),
    ),
    # The dashboard is the board's: its members and secretariat. Others who may see the board
    # (it has a published record, so it is public) get 403.
    "board_actions:dashboard": Route(
        lambda world, state: reverse(
            "board_actions:dashboard", args=[world.meetings["draft"].board.slug]
        ),
        _per_state(each("login 403 403 200 200 200 403 403 403 403")),
        _per_state(ALL_405),
    ),
    # Matters arising is the secretariat's working paper for a meeting: 404 where the meeting
    # is not seen, 403 where it is. The post closes the circulated record's first action: on
    # the published meeting's report (the next one) it is listed and closes (302); the earlier
    # meetings' reports do not list it, so the form is refused (400).
    "board_actions:matters_arising": Route(
        _record_path("board_actions:matters_arising"),
        {
            "draft": each("login 404 404 404 200 200 404 404 404 404"),
            "circulated": each("login 404 404 403 200 200 404 404 404 404"),
            "published": each("login 403 403 403 200 200 403 403 403 403"),
        },
        {
            "draft": each("login 404 404 404 400 400 404 404 404 404"),
            "circulated": each("login 404 404 403 400 400 404 404 404 404"),
            "published": each("login 403 403 403 302 302 403 403 403 403"),
        },
        lambda world: {
            "accept": str(world.actions["circulated"].pk),
            f"version_{world.actions['circulated'].pk}": str(world.actions["circulated"].version),
        },
    ),
    # Signed-in users are sent on from the sign-in page; a wrong password shows the form again.
    "login": Route(
        _plain("login"),
        _per_state(each("200 302 302 302 302 302 302 302 302 302")),
        _per_state(each("200 302 302 302 302 302 302 302 302 302")),
        lambda world: {"username": "someone@else.example", "password": "not-the-password"},
    ),
    "logout": Route(_plain("logout"), _per_state(ALL_405), _per_state(ALL_302)),
    "password_change": Route(
        _plain("password_change"),
        _per_state(SIGNED_IN_200),
        _per_state(each("login 302 302 302 302 302 302 302 302 302")),
        lambda world: {
            "old_password": PASSWORD,
            "new_password1": "a-brand-new-password-42",
            "new_password2": "a-brand-new-password-42",
        },
    ),
    # Django's login_required wraps the whole view, so it answers before the method check.
    "password_change_done": Route(
        _plain("password_change_done"),
        _per_state(SIGNED_IN_200),
        _per_state(each("login 405 405 405 405 405 405 405 405 405")),
    ),
    "password_reset": Route(
        _plain("password_reset"),
        _per_state(ALL_200),
        _per_state(ALL_302),
        lambda world: {"email": world.forgetful.email},
    ),
    "password_reset_done": Route(
        _plain("password_reset_done"), _per_state(ALL_200), _per_state(ALL_405)
    ),
    # A valid link moves its token into the session and redirects to the password form.
    "password_reset_confirm": Route(_reset_link, _per_state(ALL_302), _per_state(ALL_302)),
    "password_reset_complete": Route(
        _plain("password_reset_complete"), _per_state(ALL_200), _per_state(ALL_405)
    ),
    "account": Route(_plain("account"), _per_state(SIGNED_IN_200), _per_state(ALL_405)),
    # The private calendar answers to its token whoever asks, signed in or not (calendar
    # programs have no session); tests/meetings/test_personal_calendar.py covers the rest.
    "personal_calendar": Route(_calendar_link, _per_state(ALL_200), _per_state(ALL_405)),
    # An agenda is the secretariat's until published, then everyone's who sees the meeting
    # (the world's published record's agenda is published; the others' are not): 404 before.
    "agenda:agenda": Route(
        _agenda_path("agenda:agenda"),
        {
            "draft": each("404 404 404 404 200 200 404 404 404 404"),
            "circulated": each("404 404 404 404 200 200 404 404 404 404"),
            "published": ALL_200,
        },
        dict.fromkeys(STATES, ALL_405),
    ),
    # A public paper goes wherever its agenda goes (restricted ones: tests/agenda/test_access.py).
    "agenda:paper": Route(
        _agenda_paper_path,
        {
            "draft": each("404 404 404 404 200 200 404 404 404 404"),
            "circulated": each("404 404 404 404 200 200 404 404 404 404"),
            "published": ALL_200,
        },
        dict.fromkeys(STATES, ALL_405),
    ),
    # The public pack goes with the published agenda; none is made before it is published.
    # (The members' pack: tests/agenda/test_pack.py.)
    "agenda:pack": Route(
        _agenda_path("agenda:pack", "public"),
        {
            "draft": each("404 404 404 404 404 404 404 404 404 404"),
            "circulated": each("404 404 404 404 404 404 404 404 404 404"),
            "published": ALL_200,
        },
        dict.fromkeys(STATES, ALL_405),
    ),
    # The agenda editor and its changes are the secretariat's: 404 to others while the agenda
    # is unpublished, 403 once they can read it.
    "agenda:editor": Route(
        _agenda_path("agenda:editor"),
        {
            "draft": each("login 404 404 404 200 200 404 404 404 404"),
            "circulated": each("login 404 404 404 200 200 404 404 404 404"),
            "published": each("login 403 403 403 200 200 403 403 403 403"),
        },
        dict.fromkeys(STATES, each("login 405 405 405 405 405 405 405 405 405")),
    ),
    # Each change of the editor (agenda/editor/): posted only, by the secretariat alone,
    # refused to others as the editor is. Posted with no row named (`target`), the changes
    # to a row find none (404) once the secretariat is let in.
    "agenda:item_add": _agenda_change(
        "agenda:item_add",
        "302",
        lambda world: {"add-title": "Any other business", "add-purpose": "noting"},
    ),
    "agenda:item_update": _agenda_change("agenda:item_update", "404"),
    "agenda:item_move": _agenda_change("agenda:item_move", "404"),
    "agenda:item_delete": _agenda_change("agenda:item_delete", "404"),
    "agenda:paper_add": _agenda_change("agenda:paper_add", "404"),
    "agenda:paper_update": _agenda_change("agenda:paper_update", "404"),
    "agenda:paper_delete": _agenda_change("agenda:paper_delete", "404"),
    "agenda:request_add": _agenda_change("agenda:request_add", "404"),
    "agenda:request_withdraw": _agenda_change("agenda:request_withdraw", "404"),
    # The world's agendas are not to be published (again) or made a record: the draft and
    # circulated records' meetings are not announced, the published one's agenda is published
    # with nothing changed since, and every record has sections already (400, saying why).
    "agenda:publish": _agenda_change("agenda:publish", "400"),
    "agenda:republish": _agenda_change("agenda:republish", "400"),
    "agenda:start_record": _agenda_change("agenda:start_record", "400"),
    # A paper request is its owners' (MPS's action owners on the board) and the secretariat's,
    # whatever the agenda's state: 404 to anyone else. Only its owners may send the paper (403
    # to the secretariat); sent with no file, the owner's form is refused (400).
    "agenda:request_upload": Route(
        _paper_request_path("agenda:request_upload"),
        dict.fromkeys(STATES, each("login 405 405 405 405 405 405 405 405 405")),
        dict.fromkeys(STATES, each("login 404 400 404 403 403 404 404 404 404")),
    ),
    "agenda:request_paper": Route(
        _paper_request_path("agenda:request_paper"),
        dict.fromkeys(STATES, each("login 404 200 404 200 200 404 404 404 404")),
        dict.fromkeys(STATES, each("login 405 405 405 405 405 405 405 405 405")),
    ),
    "calendar_address_new": Route(
        _plain("calendar_address_new"),
        _per_state(ALL_405),
        _per_state(each("login 302 302 302 302 302 302 302 302 302")),
    ),
    # Sessions that end (accounts/sessions_end.py): each acts on the user's own sessions only.
    "session_ping": Route(
        _plain("session_ping"),
        _per_state(ALL_405),
        _per_state(each("login 204 204 204 204 204 204 204 204 204")),
    ),
    "sign_out_elsewhere": Route(
        _plain("sign_out_elsewhere"),
        _per_state(ALL_405),
        _per_state(each("login 302 302 302 302 302 302 302 302 302")),
    ),
    "sign_out_everywhere": Route(
        _plain("sign_out_everywhere"),
        _per_state(ALL_405),
        _per_state(each("login 302 302 302 302 302 302 302 302 302")),
    ),
    # Single sign-on (sso/views.py): the work address asked for; signed in, people are sent on.
    # The world's domains are tied to no provider, so the address posted is refused (400).
    "sso:start": Route(
        _plain("sso:start"),
        _per_state(each("200 302 302 302 302 302 302 302 302 302")),
        _per_state(each("400 302 302 302 302 302 302 302 302 302")),
        lambda world: {"email": "someone@else.example"},
    ),
    # A provider's answer without a sign-in under way in this browser is refused, whoever asks
    # (tests/sso covers the real ones).
    "sso:callback": Route(
        _plain("sso:callback"), _per_state(each("400 " * 10)), _per_state(ALL_405)
    ),
    # Two-factor (accounts/mfa.py). The step after the password answers only to someone who
    # has just given theirs here: everyone else is sent to sign in (no one in the world has a
    # method, and MFA_REQUIRED_ROLES is empty); each of the account's pages acts on the user's
    # own methods only.
    "mfa_verify": Route(
        _plain("mfa_verify"), _per_state(ALL_302), _per_state(ALL_302), lambda w: {"code": "1"}
    ),
    "mfa_passkey_sign_in_begin": Route(
        _plain("mfa_passkey_sign_in_begin"), _per_state(ALL_405), _per_state(ALL_403)
    ),
    "mfa_passkey_sign_in_complete": Route(
        _plain("mfa_passkey_sign_in_complete"), _per_state(ALL_405), _per_state(ALL_403)
    ),
    "two_factor": Route(_plain("two_factor"), _per_state(SIGNED_IN_200), _per_state(ALL_405)),
    # Changes to the methods need the password again (the matrix's sessions have not given it
    # lately): the confirmation form, in place, is the answer to a signed-in user; a wrong
    # password brings it back with its message. The passkey confirmation needs a passkey (no one
    # has one here) and the browser's JSON answer.
    "mfa_confirm": Route(
        _plain("mfa_confirm"),
        _per_state(SIGNED_IN_200),
        _per_state(SIGNED_IN_200),
        lambda world: {"confirm_presence": "1", "password": "not-their-password"},
    ),
    "mfa_confirm_passkey_begin": Route(
        _plain("mfa_confirm_passkey_begin"),
        _per_state(ALL_405),
        _per_state(each("login 400 400 400 400 400 400 400 400 400")),
    ),
    "mfa_confirm_passkey_complete": Route(
        _plain("mfa_confirm_passkey_complete"),
        _per_state(ALL_405),
        _per_state(each("login 400 400 400 400 400 400 400 400 400")),
    ),
    # The confirmation form first, then (once given) a wrong code: the form, with its message.
    "mfa_totp": Route(
        _plain("mfa_totp"),
        _per_state(SIGNED_IN_200),
        _per_state(SIGNED_IN_200),
        lambda world: {"code": "000000"},
    ),
    "mfa_totp_remove": Route(
        _plain("mfa_totp_remove"),
        _per_state(ALL_405),
        _per_state(each("login 404 404 404 404 404 404 404 404 404")),
    ),
    # Adding a passkey without the password given lately: refused, naming the confirmation.
    "mfa_passkey_add_begin": Route(
        _plain("mfa_passkey_add_begin"),
        _per_state(ALL_405),
        _per_state(each("login 403 403 403 403 403 403 403 403 403")),
    ),
    "mfa_passkey_add_complete": Route(
        _plain("mfa_passkey_add_complete"),
        _per_state(ALL_405),
        _per_state(each("login 403 403 403 403 403 403 403 403 403")),
    ),
    # The secretariat's passkey: theirs to remove (once they confirm it is them: the form),
    # 404 to everyone else.
    "mfa_passkey_remove": Route(
        _passkey_path,
        _per_state(ALL_405),
        _per_state(each("login 404 404 404 200 404 404 404 404 404")),
    ),
    # New recovery codes are shown once, right after they are made; otherwise back to the
    # account page (and none are made without a method).
    "mfa_recovery_codes": Route(
        _plain("mfa_recovery_codes"),
        _per_state(each("login 302 302 302 302 302 302 302 302 302")),
        _per_state(ALL_405),
    ),
    "mfa_recovery_new": Route(
        _plain("mfa_recovery_new"),
        _per_state(ALL_405),
        _per_state(each("login 302 302 302 302 302 302 302 302 302")),
    ),
    "mfa_recovery_remove": Route(
        _plain("mfa_recovery_remove"),
        _per_state(ALL_405),
        _per_state(each("login 404 404 404 404 404 404 404 404 404")),
    ),
}


def _cases() -> Iterator[Any]:
    for name, route in ROUTES.items():
        for method, by_state in (("GET", route.get), ("POST", route.post)):
            for state, answers in by_state.items():
                for role in ROLES:
                    case_id = f"{name}-{state}-{role}-{method}".replace(f"-{ANY}-", "-")
                    yield pytest.param(name, state, role, method, answers[role], id=case_id)


# --- Checking an answer ------------------------------------------------------------------------


def _request(client: Client, method: str, path: str, data: dict[str, str]) -> HttpResponse:
    return client.get(path) if method == "GET" else client.post(path, data)


def assert_answer(response: HttpResponse, expected: str) -> None:
    __tracebackhide__ = True
    actual = str(response.status_code)
    if response.status_code == 302:
        location = response["Location"]
        if location.startswith(reverse("login") + "?"):
            actual = "login"
        elif location.startswith(reverse("admin:login") + "?"):
            actual = "admin-login"
    assert actual == expected, f"expected {expected}, got {actual}"


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "state", "role", "method", "expected"), list(_cases()))
def test_it_answers_as_the_table_says(
    world: World, name: str, state: str, role: str, method: str, expected: str
) -> None:
    route = ROUTES[name]
    client = world.client(role)
    path = route.path(world, state if state != ANY else "published")
    assert_answer(_request(client, method, path, route.data(world)), expected)


# --- The table against the URLconf -------------------------------------------------------------


def test_it_has_a_row_for_every_url() -> None:
    names = {found.name for found in discovered() if not _is_admin(found)}
    assert names - set(ROUTES) == set()


def test_it_has_no_row_for_a_url_that_is_gone() -> None:
    names = {found.name for found in discovered()}
    assert set(ROUTES) - names == set()


def test_it_names_every_url_outside_the_admin() -> None:
    assert [found.route for found in discovered() if not found.name and not _is_admin(found)] == []


# --- Memberships count only while they last ----------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("start", "end"),
    [
        (datetime.date(2020, 1, 1), datetime.date(2021, 1, 1)),
        (datetime.date(2999, 1, 1), None),
    ],
    ids=["ended", "not-yet-started"],
)
def test_it_answers_404_to_a_board_member_out_of_term(
    world: World, start: datetime.date, end: datetime.date | None
) -> None:
    Membership.objects.filter(person__user=world.users["board_member"]).update(
        start_date=start, end_date=end
    )
    path = _record_path("meetings:record")(world, "circulated")
    assert_answer(world.client("board_member").get(path), "404")


@pytest.mark.django_db
def test_it_answers_404_to_the_secretariat_of_another_board(world: World) -> None:
    other = Board.objects.create(name="Second Board", slug="second-board")
    Membership.objects.filter(person__user=world.users["secretariat"]).update(board=other)
    path = _record_path("meetings:record")(world, "draft")
    assert_answer(world.client("secretariat").get(path), "404")


# --- The admin: one rule -----------------------------------------------------------------------


def _admin_path(found: Found) -> str:
    # Any value of the right shape will do: staff checks come before any lookup.
    kwargs = {param: "meetings" if param == "app_label" else "1" for param in found.params}
    return reverse(found.name, args=["1"] * found.positional, kwargs=kwargs)


ADMIN_URLS = {
    found.name: found for found in discovered() if _is_admin(found) and found.name is not None
}
NON_STAFF = [role for role in ROLES if role != "admin"]
# The admin site checks only is_staff, so anonymous and the most trusted non-staff role
# stand for all of them on its many pages.
NON_STAFF_SAMPLE = ["anonymous", "secretariat"]
# Pages an administrator opens every day; the rest follow from the same admin site.
ADMIN_EVERYDAY = [
    "admin:index",
    "admin:app_list",
    *sorted(name for name in ADMIN_URLS if name.endswith("_changelist")),
]


@pytest.mark.django_db
@pytest.mark.parametrize("role", NON_STAFF_SAMPLE)
@pytest.mark.parametrize("name", sorted(set(ADMIN_URLS) - {"admin:login", "admin:logout"}))
def test_it_sends_everyone_but_staff_to_the_admin_sign_in(
    world: World, name: str, role: str
) -> None:
    client = world.client(role)
    assert_answer(client.get(_admin_path(ADMIN_URLS[name])), "admin-login")


@pytest.mark.django_db
@pytest.mark.parametrize("role", NON_STAFF_SAMPLE)
def test_it_sends_everyone_but_staff_from_admin_sign_out_to_its_index(
    world: World, role: str
) -> None:
    response = world.client(role).get(reverse("admin:logout"))
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:index")


@pytest.mark.django_db
@pytest.mark.parametrize("role", NON_STAFF)
@pytest.mark.parametrize("name", ["admin:index", "admin:meetings_meeting_changelist"])
def test_it_refuses_admin_posts_from_everyone_but_staff(world: World, name: str, role: str) -> None:
    client = world.client(role)
    assert_answer(client.post(_admin_path(ADMIN_URLS[name]), {}), "admin-login")


@pytest.mark.django_db
@pytest.mark.parametrize("role", NON_STAFF)
def test_it_shows_the_admin_sign_in_to_everyone_but_staff(world: World, role: str) -> None:
    assert_answer(world.client(role).get(reverse("admin:login")), "200")


@pytest.mark.django_db
@pytest.mark.parametrize("name", ADMIN_EVERYDAY)
def test_it_opens_the_admin_to_the_administrator(world: World, name: str) -> None:
    client = world.client("admin")
    assert_answer(client.get(_admin_path(ADMIN_URLS[name])), "200")


# --- CSRF --------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_it_enforces_csrf_on_forms(world: World) -> None:
    action = world.actions["published"]
    client = world.client("action_owner", enforce_csrf_checks=True)
    response = client.post(reverse("actions:post_update", args=[action.pk]), {"text": "Done."})
    assert response.status_code == 403
    assert not action.updates.exists()


@pytest.mark.django_db
def test_it_accepts_a_form_posted_with_its_token(world: World) -> None:
    action = world.actions["published"]
    client = world.client("action_owner", enforce_csrf_checks=True)
    page = client.get(action.get_absolute_url()).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert token is not None
    response = client.post(
        reverse("actions:post_update", args=[action.pk]),
        {"text": "Done.", "csrfmiddlewaretoken": token[1]},
    )
    assert response.status_code == 302


@pytest.mark.django_db
def test_it_enforces_csrf_on_sign_in(world: World) -> None:
    client = Client(enforce_csrf_checks=True)
    response = client.post(reverse("login"), {"username": "a@b.example", "password": "x"})
    assert response.status_code == 403


POST_FORM = re.compile(r"<form\b[^>]*method=\"post\"[^>]*>(.*?)</form>", re.S | re.I)
TEMPLATES = Path(settings.BASE_DIR) / "templates"


@pytest.mark.parametrize(
    "template",
    sorted(
        path.relative_to(TEMPLATES).as_posix()
        for path in TEMPLATES.rglob("*.html")
        if POST_FORM.search(path.read_text(encoding="utf-8"))
    ),
)
def test_it_puts_csrf_token_in_every_post_form_template(template: str) -> None:
    forms = POST_FORM.findall((TEMPLATES / template).read_text(encoding="utf-8"))
    assert all("{% csrf_token %}" in form for form in forms)


@pytest.mark.django_db
def test_it_puts_a_csrf_token_in_every_post_form(world: World) -> None:
    client = world.client("action_owner")
    pages = [
        world.actions["published"].get_absolute_url(),
        reverse("password_change"),
        reverse("account"),
    ]
    for path in pages:
        html = client.get(path).content.decode()
        forms = POST_FORM.findall(html)
        assert forms, path
        assert all("csrfmiddlewaretoken" in form for form in forms), path


# --- Every answer to a signed-in user is private, and HEAD answers wherever GET does -----------

SIGNED_IN_ROLES = [role for role in ROLES if role != "anonymous"]


def _get_cases() -> Iterator[Any]:
    for name, route in ROUTES.items():
        for state in route.get:
            yield pytest.param(name, state, id=f"{name}-{state}".replace(f"-{ANY}", ""))


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "state"), list(_get_cases()))
@pytest.mark.parametrize("role", ["action_owner", "board_member", "secretariat"])
def test_it_keeps_every_page_for_a_signed_in_user_out_of_caches(
    world: World, name: str, state: str, role: str
) -> None:
    route = ROUTES[name]
    response = world.client(role).get(route.path(world, state if state != ANY else "published"))
    cache_control = {part.strip() for part in response.get("Cache-Control", "").split(",")}
    assert {"private", "no-store"} <= cache_control


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "state"), list(_get_cases()))
@pytest.mark.parametrize("role", ["anonymous", "secretariat"])
def test_it_answers_head_as_it_answers_get(world: World, name: str, state: str, role: str) -> None:
    route = ROUTES[name]
    path = route.path(world, state if state != ANY else "published")
    # A fresh session each time: GET on a reset link spends its token.
    get = world.client(role).get(path)
    head = world.client(role).head(path)
    assert (head.status_code, head.content) == (get.status_code, b"")
