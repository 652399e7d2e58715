"""Reminders emailed to the owners of actions, sent by `manage.py send_action_reminders`.

The command is meant for cron, once a day; it is the job outside the request, so it sends
through Django's mail framework itself. Reminders go to owners with an active account (the
people named on an action, and the people of its owning organisation with a current action
owner membership of its board: the rule of `meetings.action_scoping`), about actions that are not
closed, of records that are circulated, agreed or published (never drafts):

- assigned: once per action and owner, from the moment the record is circulated (or the
  person becomes an owner);
- due soon: in the seven days before the due date (on the seventh day, when cron runs daily);
- overdue: on the day the action becomes overdue (a run missed that day sends it on the next
  run within a week; later, the weekly digest says it);
- digest: once per ISO week, every open action the person owns.

Each reminder is recorded (`SentReminder`) before it goes, so that runs, even two at once,
never send one twice; one that fails to send is forgotten again, to be tried on the next run.
"""

from __future__ import annotations

import datetime
import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import F, Prefetch, Q, QuerySet
from django.template.loader import render_to_string
from django.urls import reverse

from actions.models import SentReminder
from meetings.action_scoping import owner_user_ids
from meetings.minutes import format_date
from meetings.models import Action, Person
from prob.site import absolute, sign_in_to

logger = logging.getLogger(__name__)

Kind = SentReminder.Kind
DUE_SOON_DAYS = 7
# How long after an action became overdue a missed run still sends the overdue reminder.
OVERDUE_GRACE_DAYS = 7

_MEETING = "paragraph__section__meeting"


def owner_label(action: Action) -> str:
    """'MPS', or the people named when no organisation owns the action."""
    if action.owner is not None:
        return action.owner.short_name
    return ", ".join(person.name for person in action.owner_people.all()) or "no one"


def action_title(action: Action) -> str:
    """'Action 2 (31 August 2023, 4.5) assigned to MPS', the subject of its emails."""
    return f"{action.name} assigned to {owner_label(action)}"


def iso_week(day: datetime.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


@dataclass(frozen=True)
class Reminder:
    kind: str
    user: Any
    key: str
    # The action reminded of, or every open action of the person for a digest.
    actions: tuple[Action, ...]

    @property
    def action(self) -> Action | None:
        return None if self.kind == Kind.DIGEST else self.actions[0]


def _remindable() -> QuerySet[Action]:
    """Actions that are not closed, of records past draft."""
    return Action.objects.open()


def open_actions() -> list[Action]:
    """Actions that may be reminded of, soonest due first (no date last), then newest meeting:
    the order of "My actions"."""
    return list(
        _remindable()
        .select_related(f"{_MEETING}__board", "owner")
        .prefetch_related(Prefetch("owner_people", queryset=Person.objects.order_by("name", "pk")))
        .order_by(
            F("due").asc(nulls_last=True),
            f"-{_MEETING}__date",
            "paragraph__section__position",
            "paragraph__position",
            "position",
            "pk",
        )
    )


def owners_of(actions: Iterable[Action], today: datetime.date) -> dict[int, list[Any]]:
    """Each action's owners with an active account and an address, by action id, in two
    queries whatever the number (`owner_people` prefetched)."""
    ids_by_action = owner_user_ids(actions, today)
    every_id = set().union(*ids_by_action.values()) if ids_by_action else set()
    users = {
        user.pk: user
        for user in get_user_model()
        .objects.filter(pk__in=every_id, is_active=True)
        .exclude(email="")
        .select_related("person")
    }
    return {
        action_id: sorted((users[i] for i in ids if i in users), key=lambda u: u.email)
        for action_id, ids in ids_by_action.items()
    }


def _kinds_for(action: Action, today: datetime.date) -> Iterator[tuple[str, str]]:
    """The reminders about one action that are due by `today`, with their keys."""
    yield Kind.ASSIGNED, ""
    if action.due is None:
        return
    key = action.due.isoformat()
    if today <= action.due <= today + datetime.timedelta(days=DUE_SOON_DAYS):
        yield Kind.DUE_SOON, key
    if action.due < today <= action.due + datetime.timedelta(days=OVERDUE_GRACE_DAYS):
        yield Kind.OVERDUE, key


def reminders_due(today: datetime.date) -> list[Reminder]:
    """Every reminder that should have gone by `today` and has not."""
    actions = open_actions()
    owners = owners_of(actions, today)
    week = iso_week(today)
    sent = set(
        SentReminder.objects.filter(
            Q(action__in=_remindable().values("pk")) | Q(kind=Kind.DIGEST, key=week)
        ).values_list("kind", "user_id", "action_id", "key")
    )
    single: list[Reminder] = []
    owned: dict[Any, list[Action]] = {}
    for action in actions:
        for user in owners[action.pk]:
            owned.setdefault(user, []).append(action)
            single.extend(
                Reminder(kind, user, key, (action,))
                for kind, key in _kinds_for(action, today)
                if (kind, user.pk, action.pk, key) not in sent
            )
    digests = [
        Reminder(Kind.DIGEST, user, week, tuple(mine))
        for user, mine in owned.items()
        if (Kind.DIGEST, user.pk, None, week) not in sent
    ]
    order = list(Kind.values)
    single.sort(key=lambda r: order.index(r.kind))  # stable: actions keep their order
    return single + sorted(digests, key=lambda r: r.user.email)


def _subject(reminder: Reminder) -> str:
    action = reminder.action
    if action is None:
        return f"Your open actions this week: {len(reminder.actions)}"
    title = action_title(action)
    if reminder.kind == Kind.DUE_SOON:
        return f"Due {format_date(action.due)}: {title}"
    if reminder.kind == Kind.OVERDUE:
        return f"Overdue: {title}"
    return title


def _owners_text(action: Action) -> str:
    """'MPS (Nadia Named)': the owning organisation and the people named, by name."""
    names = ", ".join(person.name for person in action.owner_people.all())
    if action.owner is None:
        return names or "Not set"
    return f"{action.owner.short_name} ({names})" if names else action.owner.short_name


def _row(action: Action, today: datetime.date) -> dict[str, Any]:
    paragraph = action.paragraph
    return {
        "action": action,
        "board": paragraph.section.meeting.board,
        "name": action.name,
        "title": action_title(action),
        "owners": _owners_text(action),
        "due": format_date(action.due) if action.due else "",
        "days": (action.due - today).days if action.due else None,
        "overdue": action.is_overdue(today),
        "restricted": paragraph.restricted or paragraph.section.restricted,
        # The sign-in page, then the action's page (at once, for an owner signed in already):
        # the owner is there to write an update, which needs them signed in, whether or not
        # the action's page is public (QA F9: three page loads from the email to a saved
        # update, not five).
        "link": absolute(sign_in_to(action.get_absolute_url())),
    }


def render_reminder(reminder: Reminder, today: datetime.date) -> tuple[str, str]:
    """The subject and plain-text body. Names only: no one's address is in the body."""
    context: dict[str, Any] = {
        "kind": reminder.kind,
        "name": reminder.user.person.name,
        "update_all_link": absolute(reverse("actions:mine_update")),
    }
    if reminder.kind == Kind.DIGEST:
        template = "actions/email/digest.txt"
        context["rows"] = [_row(action, today) for action in reminder.actions]
    else:
        template = "actions/email/reminder.txt"
        context["row"] = _row(reminder.actions[0], today)
    return _subject(reminder), render_to_string(template, context)


def reminder_send(reminder: Reminder, today: datetime.date) -> bool:
    """Sends one reminder unless it has been sent already; True if it went now."""
    try:
        # Claimed first: a second run at the same moment finds the row and sends nothing.
        with transaction.atomic():
            claim = SentReminder.objects.create(
                kind=reminder.kind, user=reminder.user, action=reminder.action, key=reminder.key
            )
    except IntegrityError:
        return False
    subject, body = render_reminder(reminder, today)
    try:
        send_mail(subject, body, None, [reminder.user.email])
    except OSError:
        claim.delete()  # not sent, so not recorded: the next run tries again
        raise
    return True


@dataclass
class Outcome:
    sent: Counter[str]
    failed: int = 0


def reminders_send(*, today: datetime.date, dry_run: bool = False) -> Outcome:
    """Sends every reminder due by `today` that has not gone yet; counts what went, by kind.
    With `dry_run`, counts what would go and sends nothing."""
    outcome = Outcome(sent=Counter(dict.fromkeys(Kind.values, 0)))
    for reminder in reminders_due(today):
        if dry_run:
            outcome.sent[reminder.kind] += 1
            continue
        try:
            if reminder_send(reminder, today):
                outcome.sent[reminder.kind] += 1
        except OSError:
            logger.exception("Could not send a %s reminder", reminder.kind)
            outcome.failed += 1
    return outcome
