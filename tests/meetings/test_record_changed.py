"""Every write says that a record changed (`meetings.revisions.record_changed`), in its own
transaction, with no signal to catch what it forgets: each service that changes a record moves
the record's revision (and its content revision, unless only an action's tracking changed), its
board's revision (unless the record is a draft and stays one: the board's action log lists no
draft's actions), and the copy of the meeting its caller holds. A new service that is in none
of the tables below fails `test_it_knows_every_service_that_writes`.
"""

from __future__ import annotations

import datetime
import importlib
import inspect
import re
from collections.abc import Callable
from typing import Any

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts.services import user_save
from actions.matters import matters_arising_close
from actions.services import (
    action_close,
    action_reopen,
    action_update_post,
)
from agenda import services as agenda_services
from agenda.models import AgendaItem, Paper
from agenda.requests import paper_request_create, paper_request_fulfil
from meetings.models import (
    Action,
    Board,
    Comment,
    Meeting,
    Membership,
    Organisation,
    Paragraph,
    Person,
)
from meetings.services import directory, editing, lifecycle
from meetings.services.comments import comment_add, comment_resolve
from meetings.services.directory import (
    board_save,
    membership_delete,
    membership_save,
    organisation_save,
    person_save,
)
from meetings.services.undo import WordsMoved, deletion_restore, part_delete, words_put_back
from tests.agenda.conftest import pdf_bytes
from tests.conftest import client_for, next_meeting

# A change made and the meeting its caller holds: `act()` runs the service.
Case = Callable[[Meeting, Any], tuple[Meeting, Callable[[], Any]]]


def _first_section(m: Meeting) -> Any:
    # Through the meeting's own manager: the section's `meeting` is the caller's copy.
    return m.sections.order_by("position").first()


def _first_paragraph(m: Meeting) -> Any:
    return _first_section(m).paragraphs.order_by("position").first()


def _an_action(m: Meeting) -> Action:
    for section in m.sections.order_by("position"):
        for paragraph in section.paragraphs.order_by("position"):
            action = paragraph.actions.first()
            if action is not None:
                return action
    raise AssertionError("the seed has actions")


def _circulated(m: Meeting, by: Any) -> Meeting:
    return lifecycle.record_circulate(meeting=m, by=by)


def _agreed(m: Meeting, by: Any) -> Meeting:
    return lifecycle.record_agree(meeting=_circulated(m, by), at_meeting=next_meeting(m), by=by)


# What a draft's editor does: each service given the caller's copy (or a part reached from it).
EDITING: dict[str, Case] = {
    "meeting_update": lambda m, by: (
        m,
        lambda: editing.meeting_update(
            meeting=m, by=by, date=m.date, start_time=None, place="City Hall", title=m.title
        ),
    ),
    "attendance_add": lambda m, by: (
        m,
        lambda: editing.attendance_add(meeting=m, by=by, kind="present", name="Ms New Comer"),
    ),
    "attendance_update": lambda m, by: (
        m,
        lambda: editing.attendance_update(
            attendance=m.attendances.first(), by=by, role="Chair", kind="present", organisation=None
        ),
    ),
    "attendance_delete": lambda m, by: (
        m,
        lambda: editing.attendance_delete(attendance=m.attendances.last(), by=by),
    ),
    "attendance_move": lambda m, by: (
        m,
        lambda: editing.attendance_move(
            attendance=m.attendances.order_by("position").first(), by=by, direction="down"
        ),
    ),
    "section_add": lambda m, by: (m, lambda: editing.section_add(meeting=m, by=by, title="AOB")),
    "section_update": lambda m, by: (
        m,
        lambda: editing.section_update(
            section=_first_section(m), by=by, title="Renamed", restricted=False
        ),
    ),
    "section_delete": lambda m, by: (
        m,
        lambda: editing.section_delete(section=m.sections.order_by("position").last(), by=by),
    ),
    "section_move": lambda m, by: (
        m,
        lambda: editing.section_move(section=_first_section(m), by=by, direction="down"),
    ),
    "paragraph_add": lambda m, by: (
        m,
        lambda: editing.paragraph_add(section=_first_section(m), by=by, text="Noted."),
    ),
    "paragraph_update": lambda m, by: (
        m,
        lambda: (
            p := _first_paragraph(m),
            editing.paragraph_update(
                paragraph=p, by=by, text="Edited.", restricted=False, version=p.version
            ),
        ),
    ),
    "paragraph_delete": lambda m, by: (
        m,
        lambda: editing.paragraph_delete(paragraph=_first_paragraph(m), by=by),
    ),
    "paragraph_move": lambda m, by: (
        m,
        lambda: editing.paragraph_move(
            paragraph=next(s for s in m.sections.order_by("position") if s.paragraphs.count() > 1)
            .paragraphs.order_by("position")
            .last(),
            by=by,
            direction="up",
        ),
    ),
    "action_add": lambda m, by: (
        m,
        lambda: editing.action_add(paragraph=_first_paragraph(m), by=by, text="MPS to report."),
    ),
    "action_update": lambda m, by: (
        m,
        lambda: (
            a := _an_action(m),
            editing.action_update(
                action=a, by=by, text="Changed.", owner=a.owner, owner_people=[], due=None
            ),
        ),
    ),
    "action_delete": lambda m, by: (
        m,
        lambda: editing.action_delete(action=_an_action(m), by=by),
    ),
    "action_move": lambda m, by: (
        m,
        lambda: (
            p := _first_paragraph(m),
            a1 := editing.action_add(paragraph=p, by=by, text="MPS to look."),
            editing.action_add(paragraph=p, by=by, text="MPS to see."),
            editing.action_move(action=a1, by=by, direction="down"),
        ),
    ),
}


def _deleted_for_undo(m: Meeting, by: Any) -> Any:
    paragraph = _first_paragraph(m)
    return part_delete(part=paragraph, service=editing.paragraph_delete, by=by, paragraph=paragraph)


# Undo in the editor: a part deleted so that it can be put back, and put back.
EDITING |= {
    "part_delete": lambda m, by: (
        m,
        lambda: _deleted_for_undo(m, by),
    ),
    "deletion_restore": lambda m, by: (
        m,
        (lambda deletion: lambda: deletion_restore(meeting=m, deletion=deletion, by=by))(
            _deleted_for_undo(m, by)
        ),
    ),
}


def _renumbered_in_order(m: Meeting, by: Any) -> Any:
    # A reference as an import writes it (no revision moves: a test's setup), then given up.
    Paragraph.objects.filter(pk=_first_paragraph(m).pk).update(label="7")
    return editing.record_renumber_in_order(meeting=m, by=by)


# An imported draft's references as written given up for PROB's numbers.
EDITING |= {
    "record_renumber_in_order": lambda m, by: (m, lambda: _renumbered_in_order(m, by)),
}


def _words_taken(m: Meeting, by: Any) -> Any:
    paragraph = _first_paragraph(m)
    words = paragraph.text.split(".")[0].strip()
    return editing.action_from_words(
        paragraph=paragraph,
        by=by,
        words=words,
        at=paragraph.text.index(words),
        version=paragraph.version,
        text=words,
    )


# Words selected in a paragraph made into an action, and put back by Undo.
EDITING |= {
    "action_from_words": lambda m, by: (m, lambda: _words_taken(m, by)),
    "words_put_back": lambda m, by: (
        m,
        (lambda moved: lambda: words_put_back(meeting=m, moved=moved, by=by))(
            WordsMoved.of(_words_taken(m, by))
        ),
    ),
}


# The record's lifecycle: each verb given the caller's copy.
LIFECYCLE: dict[str, Case] = {
    "record_circulate": lambda m, by: (m, lambda: lifecycle.record_circulate(meeting=m, by=by)),
    "record_return_to_draft": lambda m, by: (
        held := _circulated(m, by),
        lambda: lifecycle.record_return_to_draft(meeting=held, by=by, reason="Typo"),
    ),
    "record_agree": lambda m, by: (
        held := _circulated(m, by),
        lambda: lifecycle.record_agree(meeting=held, at_meeting=next_meeting(m), by=by),
    ),
    "record_publish": lambda m, by: (
        held := _agreed(m, by),
        lambda: lifecycle.record_publish(meeting=held, by=by),
    ),
    "record_publish_imported": lambda m, by: (
        m,
        lambda: lifecycle.record_publish_imported(meeting=m, by=by, reason="From the archive"),
    ),
    "record_amend_paragraph": lambda m, by: (
        held := _agreed(m, by),
        lambda: lifecycle.record_amend_paragraph(
            paragraph=_first_paragraph(held), text="Amended.", by=by, reason="Typo"
        ),
    ),
}

# An action's tracking, and the comments on a circulated record: the record's page and JSON
# show them, its files do not (its content revision stays).
TRACKING: dict[str, Case] = {
    # An update that moves the status; one that moves none: `test_a_progress_update_...`.
    "action_update_post": lambda m, by: (
        m,
        lambda: action_update_post(
            action=_an_action(m), author=by, text="Started.", status_to="in_progress"
        ),
    ),
    "action_close": lambda m, by: (
        m,
        lambda: action_close(action=_an_action(m), by=by, at_meeting=m),
    ),
    "action_reopen": lambda m, by: (
        m,
        lambda: (
            a := _an_action(m),
            action_close(action=a, by=by, at_meeting=m),
            action_reopen(action=a, by=by, reason="Not done"),
        ),
    ),
    "comment_add": lambda m, by: (
        held := _circulated(m, by),
        lambda: comment_add(paragraph=_first_paragraph(held), author=by, text="A typo here."),
    ),
    "comment_resolve": lambda m, by: (
        held := _circulated(m, by),
        lambda: comment_resolve(
            comment=comment_add(paragraph=_first_paragraph(held), author=by, text="Typo."),
            by=by,
        ),
    ),
}

# A draft's meeting announced or withdrawn (admin, sample data): its date is public, what the
# record says is not changed.
ANNOUNCING: dict[str, Case] = {
    "meeting_announce": lambda m, by: (
        m,
        lambda: editing.meeting_announce(meeting=m, announced=True, by=by, reason="Announced"),
    ),
}

# What the record says, changed from outside its editor.
CONTENT_ELSEWHERE: dict[str, Case] = {
    "matters_arising_close": lambda m, by: (
        held := next_meeting(m),
        lambda: matters_arising_close(
            meeting=held, by=by, accepted=[(_an_action(m), None)], add_paragraph=True
        ),
    ),
}


def _agenda_item(m: Meeting, by: Any) -> AgendaItem:
    """An item of the meeting's agenda (the second of two), as a page reads it: with its
    agenda and meeting, the copy the caller holds."""
    agenda_services.item_add(meeting=m, by=by, title="Welcome")
    item = agenda_services.item_add(meeting=m, by=by, title="Minutes of the last meeting")
    return AgendaItem.objects.select_related("agenda__meeting").get(pk=item.pk)


def _agenda_paper(m: Meeting, by: Any) -> Paper:
    paper = agenda_services.paper_add(
        item=_agenda_item(m, by), by=by, name="report.pdf", data=pdf_bytes(), title="Report"
    )
    return Paper.objects.select_related("item__agenda__meeting").get(pk=paper.pk)


def _item_case(m: Meeting, by: Any, act: Callable[[AgendaItem], Any]) -> Any:
    item = _agenda_item(m, by)
    return item.agenda.meeting, lambda: act(item)


def _paper_case(m: Meeting, by: Any, act: Callable[[Paper], Any]) -> Any:
    paper = _agenda_paper(m, by)
    return paper.item.agenda.meeting, lambda: act(paper)


def _publish_case(m: Meeting, by: Any) -> Any:
    editing.meeting_announce(meeting=m, announced=True, by=by, reason="Announced")
    agenda = _agenda_item(m, by).agenda
    return agenda.meeting, lambda: agenda_services.agenda_publish(agenda=agenda, by=by)


def _started_from_agenda_case(m: Meeting, by: Any) -> Any:
    # Only a draft with no sections yet starts from its agenda.
    new = editing.meeting_new(board=m.board, date=datetime.date(2031, 1, 9), by=by)
    agenda_services.item_add(meeting=new, by=by, title="Welcome")
    return new, lambda: agenda_services.record_start_from_agenda(meeting=new, by=by)


# The agenda: the meeting's pages and files show its items and papers.
CONTENT_ELSEWHERE |= {
    "item_add": lambda m, by: (
        m,
        lambda: agenda_services.item_add(meeting=m, by=by, title="Welcome"),
    ),
    "item_update": lambda m, by: _item_case(
        m, by, lambda item: agenda_services.item_update(item=item, by=by, title="Renamed")
    ),
    "item_move": lambda m, by: _item_case(
        m, by, lambda item: agenda_services.item_move(item=item, by=by, direction="up")
    ),
    "item_delete": lambda m, by: _item_case(
        m, by, lambda item: agenda_services.item_delete(item=item, by=by)
    ),
    "paper_add": lambda m, by: _item_case(
        m,
        by,
        lambda item: agenda_services.paper_add(
            item=item, by=by, name="report.pdf", data=pdf_bytes(), title="Report"
        ),
    ),
    "paper_update": lambda m, by: _paper_case(
        m,
        by,
        lambda paper: agenda_services.paper_update(
            paper=paper, by=by, title="Report, revised", version="2", restricted=False
        ),
    ),
    "paper_delete": lambda m, by: _paper_case(
        m, by, lambda paper: agenda_services.paper_delete(paper=paper, by=by)
    ),
    "agenda_publish": _publish_case,
    "record_start_from_agenda": _started_from_agenda_case,
}

# Renames: every record that names the board, organisation or person (the caller holds the
# renamed row, not the record).
RENAMES: dict[str, Callable[[Meeting], Callable[[], Any]]] = {
    "board_save": lambda m: (
        lambda: board_save(board=Board.objects.get(pk=m.board_id), by=None, reason="Renamed")
    ),
    "organisation_save": lambda m: (
        lambda: organisation_save(
            organisation=Organisation.objects.get(short_name="MPS"), by=None, reason="Renamed"
        )
    ),
    "person_save": lambda m: lambda: _renamed(m.attendances.first().person, "Dr Renamed"),
}


def _renamed(person: Person, name: str) -> Person:
    person.name = name
    return person_save(person=person, by=None, reason="Renamed")


# Memberships: the board's (its action log's readers, the API's lists), no record's.
MEMBERSHIPS: dict[str, Callable[[Meeting], Callable[[], Any]]] = {
    "membership_save": lambda m: (
        lambda: membership_save(
            membership=Membership(
                person=Person.objects.create(name="Dr New Member"),
                board=m.board,
                role=Membership.Role.BOARD_MEMBER,
            ),
            by=None,
            reason="Joined",
        )
    ),
    "membership_delete": lambda m: (
        lambda: membership_delete(
            membership=Membership.objects.filter(board=m.board).first(), by=None, reason="Left"
        )
    ),
}

# Services covered elsewhere in this file, or that write no record.
ELSEWHERE = {
    # A new record: `test_a_new_meeting_is_counted_on_its_board`.
    "meeting_new",
    # Imports: `test_an_import_moves_the_revisions` (whatever the import's signature).
    "meeting_create",
    "meeting_import",
    "meeting_import_record",
    "meeting_import_into",
    "meeting_import_original",
    # A context manager that deletes a stored file when its transaction fails.
    "kept_if_recorded",
    # An account renamed: `test_a_member_sees_a_commenters_new_name`.
    "user_save",
    # Paper requests, shown in the agenda's editor (read afresh), no record's page or file; a
    # request fulfilled adds its paper: `test_a_fulfilled_paper_request_moves_the_record`.
    "paper_request_create",
    "paper_request_withdraw",
    "paper_request_fulfil",
    # Rows that go: `test_a_deleted_draft_...`, `test_a_deleted_person_...`.
    "meeting_delete",
    "person_delete",
    # A board with no record and an organisation nothing names (`PROTECT` keeps any other):
    # no record shows them. tests/meetings/test_admin.py deletes each with who and why.
    "board_delete",
    "organisation_delete",
}

SERVICE_MODULES = (
    "meetings.services.editing",
    "meetings.services.lifecycle",
    "meetings.services.comments",
    "meetings.services.originals",
    "meetings.services.imports",
    "meetings.services.directory",
    "meetings.services.undo",
    "meetings.services.numbers",
    "meetings.services.originals_prune",
    "actions.services",
    "actions.matters",
    "agenda.services",
    "agenda.requests",
    "accounts.services",
)


def _counts(meeting: Meeting) -> tuple[int, int, int]:
    row = Meeting.objects.values_list("revision", "content_revision", "board__revision").get(
        pk=meeting.pk
    )
    return row


def test_it_knows_every_service_that_writes() -> None:
    """Every service run in its own transaction is in a table here: a new one must be added
    (and so tested) before it can forget to say that a record changed."""
    known = {
        *EDITING,
        *LIFECYCLE,
        *TRACKING,
        *ANNOUNCING,
        *CONTENT_ELSEWHERE,
        *RENAMES,
        *MEMBERSHIPS,
        *ELSEWHERE,
    }
    services = set()
    for name in SERVICE_MODULES:
        module = importlib.import_module(name)
        for attribute, value in vars(module).items():
            if (
                inspect.isfunction(value)
                and value.__module__ == name
                and not attribute.startswith("_")
                # `transaction.atomic` as a decorator keeps the function it wraps.
                and hasattr(value, "__wrapped__")
            ):
                services.add(attribute)
    assert services <= known, f"not tested for record_changed: {sorted(services - known)}"


@pytest.fixture
def by(secretariat: Any) -> Any:
    return secretariat


@pytest.mark.parametrize(
    ("name", "content"),
    [
        *((name, True) for name in EDITING),
        *((name, True) for name in LIFECYCLE),
        *((name, False) for name in TRACKING),
        *((name, False) for name in ANNOUNCING),
        *((name, True) for name in CONTENT_ELSEWHERE),
    ],
)
def test_a_service_moves_the_revisions_and_the_callers_copy(
    seed_meeting: Meeting, by: Any, name: str, content: bool
) -> None:
    case = {**EDITING, **LIFECYCLE, **TRACKING, **ANNOUNCING, **CONTENT_ELSEWHERE}[name]
    held, act = case(seed_meeting, by)
    revision, content_revision, board_revision = _counts(held)
    act()
    after = _counts(held)
    assert after[0] > revision
    assert (after[1] > content_revision) is content
    # The board's revision (its action log's key) moves unless the record is a draft and stays
    # one: the log lists the actions of records past draft only.
    status = Meeting.objects.values_list("status", flat=True).get(pk=held.pk)
    assert (after[2] > board_revision) is (name in LIFECYCLE or status != Meeting.Status.DRAFT)
    # The caller's copy is up to date: no refresh_from_db needed to render it.
    assert (held.revision, held.content_revision) == after[:2]


@pytest.mark.parametrize("name", list(RENAMES))
def test_a_rename_moves_every_record_that_names_it(seed_meeting: Meeting, name: str) -> None:
    other_board = Board.objects.create(name="Another Board", slug="another-board")
    elsewhere = Meeting.objects.create(board=other_board, date=seed_meeting.date, title="Other")
    before, untouched = _counts(seed_meeting), _counts(elsewhere)
    RENAMES[name](seed_meeting)()
    after = _counts(seed_meeting)
    assert after[0] > before[0] and after[1] > before[1] and after[2] > before[2]
    assert _counts(elsewhere) == untouched


def _commented(m: Meeting, by: Any, author: Any) -> tuple[Meeting, str]:
    """The record circulated, commented on by `author` and the comment resolved by `by`; the
    URL of its page, as a member reads it (and keeps it)."""
    held = _circulated(m, by)
    comment = Comment.objects.create(paragraph=_first_paragraph(held), author=author, text="Hm.")
    comment_resolve(comment=comment, by=by)
    return held, reverse("meetings:record", args=[held.board.slug, held.date.isoformat()])


def _renamed_person(by: Any, author: Any) -> str:
    _renamed(by.person, "Ms Renamed Clerk")
    return "Ms Renamed Clerk"


def _renamed_organisation(by: Any, author: Any) -> str:
    organisation = by.person.organisation
    organisation.short_name = "RENAMED"
    organisation_save(organisation=organisation, by=None, reason="Renamed")
    return "Sam Clerk, RENAMED"


def _renamed_account(by: Any, author: Any) -> str:
    author.first_name, author.last_name = "Alex", "Renamed"
    user_save(user=author, by=None, reason="Renamed")
    return "Alex Renamed"


def _account_link_moved(by: Any, author: Any) -> str:
    """The clerk's person is linked to another account (the person's user, in the admin): the
    clerk's former account, which resolved the comment, has no person now and is named by its
    own name. Its name set by a plain update, which moves nothing: only the move may."""
    type(by).objects.filter(pk=by.pk).update(first_name="Former", last_name="Account")
    person = by.person
    person.user = type(by).objects.create_user(email="moved-link@example.org")
    person_save(person=person, by=None, reason="Account link moved")
    return "Former Account"


@pytest.mark.parametrize(
    "rename",
    [_renamed_person, _renamed_organisation, _renamed_account, _account_link_moved],
    ids=lambda f: f.__name__,
)
def test_a_member_sees_a_commenters_new_name(
    seed_meeting: Meeting,
    by: Any,
    board_member: Any,
    admin_user: Any,
    rename: Callable[[Any, Any], str],
) -> None:
    """A comment names its author and resolver (their person and organisation, or an account's
    own name): a rename of either moves the record, and the page a member was kept shows it."""
    # The clerk's organisation is named by nothing else of the record: only the comments.
    by.person.organisation = Organisation.objects.create(name="Clerks", short_name="CLERKS")
    by.person.save()
    held, url = _commented(seed_meeting, by, author=admin_user)
    client = client_for(board_member)
    assert "Sam Clerk, CLERKS" in client.get(url).content.decode()
    revision = _counts(held)[0]
    name = rename(by, admin_user)
    assert _counts(held)[0] > revision
    assert name in client.get(url).content.decode()


def test_the_user_admin_renames_an_account_through_its_service(
    seed_meeting: Meeting, by: Any, admin_user: Any
) -> None:
    held, _ = _commented(seed_meeting, by, author=admin_user)
    revision = _counts(held)[0]
    joined = timezone.localtime(admin_user.date_joined)
    response = client_for(admin_user).post(
        reverse("admin:accounts_user_change", args=[admin_user.pk]),
        {
            "email": admin_user.email,
            "first_name": "Alex",
            "last_name": "Renamed",
            "is_active": "on",
            "is_staff": "on",
            "is_superuser": "on",
            "date_joined_0": joined.date().isoformat(),
            "date_joined_1": joined.time().strftime("%H:%M:%S"),
        },
    )
    assert response.status_code == 302
    assert _counts(held)[0] > revision
    assert admin_user.history.latest().history_change_reason == "Edited in the admin"


def test_a_rename_finds_the_records_in_as_many_queries_however_many(
    seed_meeting: Meeting, by: Any
) -> None:
    """The records that name a person are found in one query, whatever they name them by."""
    held, _ = _commented(seed_meeting, by, author=by)
    person = by.person

    def queries(name: str) -> int:
        with CaptureQueriesContext(connection) as done:
            _renamed(person, name)
        return len(done)

    one = queries("Ms Renamed Clerk")
    later = next_meeting(held)
    editing.attendance_add(meeting=later, by=by, kind="present", person=person)
    assert queries("Ms Clerk Again") == one


def test_a_person_saved_with_nothing_a_record_shows_changed_moves_no_record(
    seed_meeting: Meeting,
) -> None:
    """A record shows a person's name and organisation: saved as they were, or linked to an
    account that has written no comment, the person moves no record (nor its board)."""
    person = seed_meeting.attendances.filter(person__user__isnull=True).first().person
    before = _counts(seed_meeting)
    person_save(person=person, by=None, reason="Saved as it was")
    person.user = get_user_model().objects.create_user(email="new-account@example.org")
    person_save(person=person, by=None, reason="Account linked")
    assert _counts(seed_meeting) == before
    assert person.history.latest().history_change_reason == "Account linked"


def test_the_sample_datas_organisation_renames_move_the_records_naming_them(
    seed_meeting: Meeting,
) -> None:
    # As `load_sample_data` gives MPS its full name (it once did so with .update(): no move).
    before = _counts(seed_meeting)
    organisation = Organisation.objects.get(short_name="MPS")
    organisation.name = "Metropolitan Police Service"
    organisation_save(organisation=organisation, by=None, reason="Sample data")
    assert _counts(seed_meeting)[0] > before[0]


@pytest.mark.parametrize("name", list(MEMBERSHIPS))
def test_a_membership_moves_its_board_not_its_records(seed_meeting: Meeting, name: str) -> None:
    Membership.objects.create(
        person=Person.objects.create(name="Dr Old Member"),
        board=seed_meeting.board,
        role=Membership.Role.BOARD_MEMBER,
    )
    revision, content_revision, board_revision = _counts(seed_meeting)
    MEMBERSHIPS[name](seed_meeting)()
    assert _counts(seed_meeting) == (revision, content_revision, board_revision + 1)


def test_a_fulfilled_paper_request_moves_the_record(seed_meeting: Meeting, by: Any) -> None:
    item = _agenda_item(seed_meeting, by)
    request = paper_request_create(
        item=item,
        by=by,
        organisation=Organisation.objects.get(short_name="MPS"),
        due=timezone.localdate() + datetime.timedelta(days=7),
    )
    revision, content_revision, _ = _counts(seed_meeting)
    paper_request_fulfil(request=request, by=by, name="report.pdf", data=pdf_bytes(), title="")
    after = _counts(seed_meeting)
    assert after[0] > revision and after[1] > content_revision


def test_a_deleted_draft_moves_its_board_and_says_who_and_why(
    seed_meeting: Meeting, by: Any
) -> None:
    board_revision = _counts(seed_meeting)[2]
    editing.meeting_delete(meeting=seed_meeting, by=by, reason="Never held")
    assert not Meeting.objects.filter(pk=seed_meeting.pk).exists()
    assert Board.objects.get(pk=seed_meeting.board_id).revision > board_revision
    gone = Meeting.history.get(id=seed_meeting.pk, history_type="-")
    assert (gone.history_change_reason, gone.history_user) == ("Never held", by)


def test_only_a_draft_is_deleted(seed_meeting: Meeting, by: Any) -> None:
    held = _circulated(seed_meeting, by)
    with pytest.raises(ValidationError):
        editing.meeting_delete(meeting=held, by=by, reason="Never held")
    assert Meeting.objects.filter(pk=held.pk).exists()


def test_a_deleted_person_moves_the_records_naming_them_and_their_boards(
    seed_meeting: Meeting, by: Any
) -> None:
    """A person no record lists as an attendee (an action's owner, a member) may be deleted:
    the records that named them and their boards are made again, and every row says why."""
    held = _circulated(seed_meeting, by)
    person = Person.objects.create(name="Dr Gone")
    membership = Membership.objects.create(
        person=person, board=held.board, role=Membership.Role.BOARD_MEMBER
    )
    _an_action(held).owner_people.add(person)
    revision, content_revision, board_revision = _counts(held)
    pk = person.pk
    directory.person_delete(person=person, by=by, reason="Left")
    assert not Person.objects.filter(pk=pk).exists()
    after = _counts(held)
    assert after[0] > revision and after[1] > content_revision and after[2] > board_revision
    for history in (Person.history.filter(id=pk), membership.history.all()):
        gone = history.get(history_type="-")
        assert (gone.history_change_reason, gone.history_user) == ("Left", by)


def test_a_new_meeting_is_counted_and_leaves_its_boards_log(seed_meeting: Meeting, by: Any) -> None:
    board_revision = _counts(seed_meeting)[2]
    made = editing.meeting_new(
        board=seed_meeting.board, date=datetime.date(2031, 1, 9), by=by, copy_previous=True
    )
    # A new meeting is a draft: no action of it is in the board's action log.
    assert _counts(made)[2] == board_revision
    assert (made.revision, made.content_revision) == _counts(made)[:2]


def test_an_import_moves_the_revisions(seed_meeting: Meeting) -> None:
    # The seed is imported by the import service: made with its revisions moved. It is a
    # draft, so its board's action log (which lists no draft's actions) is not made again.
    revision, content_revision, board_revision = _counts(seed_meeting)
    assert revision > 0 and content_revision > 0 and board_revision == 0


# --- The action log and the API, keyed on the board -------------------------------------------


def test_the_action_log_shows_a_change_stamped_earlier_than_its_last(
    seed_meeting: Meeting, by: Any
) -> None:
    """A transaction that stamped an earlier time but committed later (here: a clock behind)
    still makes the log anew: its key is the board's revision, not the newest timestamp."""
    cache.clear()
    held = _circulated(seed_meeting, by)
    url = reverse("board_actions:log", args=[held.board.slug])
    client = client_for(by)
    closed = client.get(url).content.decode().count('class="status status-closed"')
    with time_machine.travel(timezone.now() - datetime.timedelta(hours=1), tick=False):
        action_close(action=_an_action(held), by=by, at_meeting=held)
    assert client.get(url).content.decode().count('class="status status-closed"') == closed + 1


def test_a_progress_update_with_no_new_status_moves_no_revision(
    seed_meeting: Meeting, by: Any
) -> None:
    """The record shows an action's status, not its updates: an update that moves no status
    leaves the record's revisions (and so its kept page, JSON and files) and its board's as
    they are, and the board's action log, which fills each row's latest update
    in for every request, shows it at once."""
    cache.clear()
    held = _circulated(seed_meeting, by)
    action = _an_action(held)
    client = client_for(by)
    log = reverse("board_actions:log", args=[held.board.slug])
    record = reverse("meetings:record", args=[held.board.slug, held.date.isoformat()])
    page, listed = _tokenless(client.get(record).content), client.get(log).content.decode()
    assert "Figures with the analysts." not in listed
    revision, content_revision, board_revision = _counts(held)
    version = action.version
    action_update_post(action=action, author=by, text="Figures with the analysts.")
    assert _counts(held) == (revision, content_revision, board_revision)
    # The caller's copy has the new version: a form made from it is not stale.
    assert action.version == version + 1 == Action.objects.get(pk=action.pk).version
    assert "Figures with the analysts." in client.get(log).content.decode()
    assert _tokenless(client.get(record).content) == page


def _tokenless(html: bytes) -> str:
    """A page with its CSRF tokens (masked afresh for every response) taken out."""
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html.decode())


def test_a_drafts_edits_keep_the_boards_action_log(seed_meeting: Meeting, by: Any) -> None:
    """The action log lists the actions of records past draft only: an edit to a draft (the
    editor saves several a minute while a clerk types) moves no board revision, so the log each
    reader was served is kept, not made again; returning a record to draft takes its actions out
    of the log, and so does move it."""
    cache.clear()
    held = _circulated(seed_meeting, by)
    draft = editing.meeting_new(board=held.board, date=datetime.date(2031, 1, 9), by=by)
    section = editing.section_add(meeting=draft, by=by, title="Minutes")
    client = client_for(by)
    log = reverse("board_actions:log", args=[held.board.slug])
    row = f'href="{_an_action(held).get_absolute_url()}"'
    assert row in client.get(log).content.decode()
    with CaptureQueriesContext(connection) as kept:
        client.get(log)
    board_revision = _counts(held)[2]
    editing.paragraph_add(section=section, by=by, text="Private work.")
    editing.paragraph_update(
        paragraph=section.paragraphs.get(),
        by=by,
        text="Private work, edited.",
        restricted=False,
        version=section.paragraphs.get().version,
    )
    assert _counts(held)[2] == board_revision
    with CaptureQueriesContext(connection) as after_edit:
        client.get(log)
    assert len(after_edit) == len(kept)
    lifecycle.record_return_to_draft(meeting=held, by=by, reason="Typo")
    assert _counts(held)[2] > board_revision
    assert row not in client.get(log).content.decode()
