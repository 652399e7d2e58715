"""Boards, organisations, people and memberships: what records name, edited outside any one
record (in the admin, or by a command).

Each service takes the acting user and a reason for the history, runs in one transaction, and
says which records and boards changed (`meetings.revisions`): a rename shows on every record
that names the board, organisation or person, in its page and files alike.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction

from meetings.models import Board, Membership, Organisation, Person
from meetings.revisions import (
    board_changed,
    board_renamed,
    organisation_renamed,
    person_renamed,
    user_renamed,
)
from meetings.scoping import forget_held
from meetings.services.numbers import board_renumber
from prob.history import save_with_history


@transaction.atomic
def board_save(*, board: Board, by: Any, reason: str) -> Board:
    """Saves a board as edited (name, description, public or not, meeting length, numbering
    style: its drafts follow a new style, agreed and published records keep their numbers)."""
    board.full_clean()
    style = (
        Board.objects.filter(pk=board.pk).values_list("numbering_style", flat=True).first()
        if board.pk
        else None
    )
    save_with_history(board, by=by, reason=reason)
    if style is not None and style != board.numbering_style:
        board_renumber(board)
    board_renamed(board)
    return board


@transaction.atomic
def board_delete(*, board: Board, by: Any, reason: str) -> None:
    """Deletes a board that holds no record (its meetings are kept: `PROTECT`), and its
    memberships, each with who deleted it and why."""
    for membership in Membership.objects.filter(board=board.pk).select_related("board"):
        membership_delete(membership=membership, by=by, reason=reason)
    board._history_user = by  # type: ignore[attr-defined]
    board._change_reason = reason  # type: ignore[attr-defined]
    board.delete()


@transaction.atomic
def organisation_save(*, organisation: Organisation, by: Any, reason: str) -> Organisation:
    organisation.full_clean()
    save_with_history(organisation, by=by, reason=reason)
    organisation_renamed(organisation)
    return organisation


@transaction.atomic
def organisation_delete(*, organisation: Organisation, by: Any, reason: str) -> None:
    """Deletes an organisation nothing names (a person, an attendance, an action or a paper
    request naming it keeps it: `PROTECT`), with who deleted it and why."""
    organisation._history_user = by  # type: ignore[attr-defined]
    organisation._change_reason = reason  # type: ignore[attr-defined]
    organisation.delete()


# What a record shows of a person (an attendee, an action's owner, a comment's author or
# resolver): their name and organisation. Their account shows only in whom comments name.
PERSON_SHOWN = ("name", "organisation_id")


@transaction.atomic
def person_save(*, person: Person, by: Any, reason: str) -> Person:
    """Saves a person as edited (name, organisation, account). The records naming them read
    anew only when something they show of them changed (`PERSON_SHOWN`). A person linked to
    another account (or none) changes only whom comments name: the records whose comments
    either account wrote or resolved read anew (`user_renamed`: the former account is named by
    its own name now, the new one by the person's), and no other. So an account linked to its
    person at a first sign-in, which has written nothing, moves no record."""
    person.full_clean()
    before = (
        Person.objects.filter(pk=person.pk).values(*PERSON_SHOWN, "user_id").first()
        if person.pk
        else None
    )
    save_with_history(person, by=by, reason=reason)
    if before is None or any(before[name] != getattr(person, name) for name in PERSON_SHOWN):
        person_renamed(person)
    if before is not None and before["user_id"] != person.user_id:
        for account in (before["user_id"], person.user_id):
            if account is not None:
                user_renamed(get_user_model()(pk=account))
    return person


@transaction.atomic
def person_delete(*, person: Person, by: Any, reason: str) -> None:
    """Deletes a person no record lists as an attendee (those are kept: `PROTECT`), and their
    memberships. The records that named them otherwise (an action's owner, a comment's author)
    are counted before the rows go."""
    person_renamed(person)
    for membership in Membership.objects.filter(person=person.pk).select_related("board"):
        membership_delete(membership=membership, by=by, reason=reason)
    person._history_user = by  # type: ignore[attr-defined]
    person._change_reason = reason  # type: ignore[attr-defined]
    person.delete()


@transaction.atomic
def membership_save(*, membership: Membership, by: Any, reason: str) -> Membership:
    membership.full_clean()
    save_with_history(membership, by=by, reason=reason)
    memberships_changed(membership.board)
    return membership


@transaction.atomic
def membership_delete(*, membership: Membership, by: Any, reason: str) -> None:
    membership._history_user = by  # type: ignore[attr-defined]
    membership._change_reason = reason  # type: ignore[attr-defined]
    board = membership.board
    membership.delete()
    memberships_changed(board)


def memberships_changed(board: Board) -> None:
    """A board's memberships changed: the API lists a public board's, and the request reads
    everyone's again (`scoping.held`)."""
    forget_held()
    board_changed(board)
