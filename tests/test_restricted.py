"""Restricted sections and paragraphs never reach the public, whatever the output.

The record below is published, with a restricted paragraph (and its action) in an open
section and a whole restricted section (with an action). Every restricted piece carries an
invented word that appears nowhere else, so a leak anywhere shows as that word in a response.
"""

from __future__ import annotations

import datetime
import json
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from meetings.models import Action, Board, Meeting, Membership, Organisation
from tests.conftest import client_for, make_user

RESTRICTED_RECORD = """\
# Performance and Risk Oversight Board

# Record of Meeting 30 November 2023

#### **MOPAC**

Sophie Linden, Deputy Mayor for Policing and Crime (DMPC)

#### **MPS**

Sir Mark Rowley, Commissioner

#### 1. Minutes

1.1. The minutes of the previous meeting were agreed as a true record.

#### 2. Performance

2.1. (restricted) The board heard about PORCUPINEHALO in confidence.
  - **Action 1:** MOPAC to review the OKAPILANTERN arrangements by 31 January 2024.
2.2. The board discussed the published performance figures.
  - **Action 2:** MPS to publish the quarterly figures by 31 January 2024.

#### 3. ZEBRAQUILL Operations (restricted)

3.1. The board was briefed on MARMALADEFOX.
  - **Action 3:** MOPAC to brief the board on NARWHALBISCUIT by 31 January 2024.
"""
# Section title, its paragraph and action; restricted paragraph and its action.
SECRETS = ("ZEBRAQUILL", "MARMALADEFOX", "NARWHALBISCUIT", "PORCUPINEHALO", "OKAPILANTERN")
PUBLIC_TEXT = "MPS to publish the quarterly figures"

# The public, and people signed in who are neither on the board nor owners of the withheld
# actions (the action owner is an MPS officer; MOPAC owns the restricted actions).
PUBLIC_ROLES = ["anonymous", "outsider", "action_owner"]
BOARD_ROLES = ["board_member", "secretariat"]


@pytest.fixture
def board(meeting: Meeting) -> Board:
    """The restricted record's board, for the cast in conftest (replaces the seed's)."""
    return meeting.board


def client_as(request: pytest.FixtureRequest, role: str) -> Client:
    return client_for(None if role == "anonymous" else request.getfixturevalue(role))


def record_url(meeting: Meeting, name: str) -> str:
    return reverse(name, args=[meeting.board.slug, meeting.date.isoformat()])


SURFACES = {
    "page": lambda meeting: record_url(meeting, "meetings:record"),
    "json": lambda meeting: record_url(meeting, "meetings:record_json"),
    "text": lambda meeting: record_url(meeting, "meetings:record_text"),
    "board": lambda meeting: meeting.board.get_absolute_url(),
    "actions": lambda meeting: reverse("actions:list"),
}
RECORD_SURFACES = ["page", "json", "text"]


def body(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def leaked(text: str) -> list[str]:
    return [word for word in SECRETS if word in text]


@pytest.mark.parametrize("surface", SURFACES)
@pytest.mark.parametrize("role", PUBLIC_ROLES)
def test_it_withholds_restricted_text_from_the_public(
    request: pytest.FixtureRequest, meeting: Meeting, role: str, surface: str
) -> None:
    assert leaked(body(client_as(request, role), SURFACES[surface](meeting))) == []


@pytest.mark.parametrize("role", PUBLIC_ROLES)
def test_it_says_on_the_page_what_was_withheld(
    request: pytest.FixtureRequest, meeting: Meeting, role: str
) -> None:
    html = body(client_as(request, role), SURFACES["page"](meeting))
    assert "Withheld from publication" in html
    assert "This item was withheld from the published record." in html


@pytest.mark.parametrize("role", PUBLIC_ROLES)
def test_it_marks_withheld_content_in_the_json(
    request: pytest.FixtureRequest, meeting: Meeting, role: str
) -> None:
    data = json.loads(body(client_as(request, role), SURFACES["json"](meeting)))
    assert data["sections"][1]["paragraphs"][0]["withheld"] is True
    assert data["sections"][2]["withheld"] is True


@pytest.mark.parametrize("role", PUBLIC_ROLES)
def test_it_marks_withheld_content_in_the_text(
    request: pytest.FixtureRequest, meeting: Meeting, role: str
) -> None:
    text = body(client_as(request, role), SURFACES["text"](meeting))
    assert text.count("[Withheld from publication]") == 2


@pytest.mark.parametrize("role", PUBLIC_ROLES)
def test_it_keeps_the_public_part_of_the_record(
    request: pytest.FixtureRequest, meeting: Meeting, role: str
) -> None:
    assert PUBLIC_TEXT in body(client_as(request, role), SURFACES["page"](meeting))


@pytest.mark.parametrize("role", PUBLIC_ROLES)
def test_it_lists_the_public_action(
    request: pytest.FixtureRequest, meeting: Meeting, role: str
) -> None:
    html = body(client_as(request, role), SURFACES["actions"](meeting))
    assert PUBLIC_TEXT in html


@pytest.mark.parametrize("role", [role for role in PUBLIC_ROLES if role != "anonymous"])
def test_it_answers_404_for_a_withheld_action(
    request: pytest.FixtureRequest, meeting: Meeting, role: str
) -> None:
    action = Action.objects.get(text__contains="OKAPILANTERN")
    assert client_as(request, role).get(action.get_absolute_url()).status_code == 404


def test_it_sends_the_anonymous_to_sign_in_for_a_withheld_action(
    meeting: Meeting, client: Client
) -> None:
    # As for any action number, existing or not: the answer tells nothing of the action.
    action = Action.objects.get(text__contains="OKAPILANTERN")
    response = client.get(action.get_absolute_url())
    assert response["Location"] == f"{reverse('login')}?next={action.get_absolute_url()}"
    assert "OKAPILANTERN" not in response.content.decode()


@pytest.mark.parametrize("surface", RECORD_SURFACES)
@pytest.mark.parametrize("role", BOARD_ROLES)
def test_it_shows_restricted_text_to_the_board(
    request: pytest.FixtureRequest, meeting: Meeting, role: str, surface: str
) -> None:
    assert leaked(body(client_as(request, role), SURFACES[surface](meeting))) == list(SECRETS)


@pytest.mark.parametrize("role", BOARD_ROLES)
def test_it_lists_restricted_actions_for_the_board(
    request: pytest.FixtureRequest, meeting: Meeting, role: str
) -> None:
    html = body(client_as(request, role), SURFACES["actions"](meeting))
    assert "OKAPILANTERN" in html
    assert "NARWHALBISCUIT" in html


@pytest.fixture
def mopac_officer(meeting: Meeting) -> Any:
    """Owns the withheld actions through MOPAC, as an action owner, not a board member."""
    mopac = Organisation.objects.get(short_name="MOPAC")
    return make_user(
        "analyst@mopac.example",
        person_name="Ana Lyst",
        organisation=mopac,
        board=meeting.board,
        role=Membership.Role.ACTION_OWNER,
    )


def test_it_shows_its_owner_the_withheld_action_with_its_paragraph(
    mopac_officer: Any, meeting: Meeting
) -> None:
    action = Action.objects.get(text__contains="OKAPILANTERN")
    html = body(client_for(mopac_officer), action.get_absolute_url())
    assert "OKAPILANTERN" in html
    assert "PORCUPINEHALO" in html


def test_it_marks_the_withheld_paragraph_as_restricted_for_its_owner(
    mopac_officer: Any, meeting: Meeting
) -> None:
    action = Action.objects.get(text__contains="OKAPILANTERN")
    html = body(client_for(mopac_officer), action.get_absolute_url())
    assert "<strong>Restricted:</strong> not for publication" in html


def test_it_withholds_the_rest_of_the_record_from_the_owner(
    mopac_officer: Any, meeting: Meeting
) -> None:
    html = body(client_for(mopac_officer), SURFACES["page"](meeting))
    assert leaked(html) == []


def export(meeting: Meeting, *args: str) -> str:
    out = StringIO()
    call_command("export_minutes", str(meeting.pk), *args, stdout=out)
    return out.getvalue()


@pytest.mark.parametrize("output", ["text", "json"])
def test_it_withholds_restricted_text_from_the_public_export(meeting: Meeting, output: str) -> None:
    exported = export(meeting, "--public", "--format", output)
    assert leaked(exported) == []
    assert PUBLIC_TEXT in exported


def test_it_marks_what_the_public_export_withheld(meeting: Meeting) -> None:
    assert export(meeting, "--public").count("[Withheld from publication]") == 2


def test_it_exports_everything_without_public(meeting: Meeting) -> None:
    assert leaked(export(meeting)) == list(SECRETS)


def _mopac_person(email: str, meeting: Meeting, membership: dict[str, Any] | None) -> Any:
    user = make_user(
        email,
        person_name=email.split("@")[0],
        organisation=Organisation.objects.get(short_name="MOPAC"),
    )
    if membership is not None:
        Membership.objects.create(
            person=user.person, role=Membership.Role.ACTION_OWNER, **membership
        )
    return user


@pytest.mark.parametrize(
    "membership",
    [
        None,
        {"start_date": datetime.date(2020, 1, 1), "end_date": datetime.date(2022, 1, 1)},
        "another board",
    ],
    ids=["no-membership", "ended", "another-board"],
)
def test_it_keeps_a_restricted_action_from_people_of_its_organisation_off_the_board(
    meeting: Meeting, membership: Any
) -> None:
    if membership == "another board":
        membership = {"board": Board.objects.create(name="Another Board", slug="another-board")}
    elif membership is not None:
        membership = {**membership, "board": meeting.board}
    user = _mopac_person("someone@mopac.example", meeting, membership)
    action = Action.objects.get(text__contains="OKAPILANTERN")
    assert client_for(user).get(action.get_absolute_url()).status_code == 404
