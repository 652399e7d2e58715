"""The open data API: its pages link to each other, hold only what the public may see,
answer conditional requests with 304, and cost a fixed number of queries per page.

The world: the restricted record of tests/test_restricted.py, published (every restricted
piece carries an invented word); on the same board a circulated record and an announced
draft, each with invented words of their own; a board member (whose email must never show);
and an outsider on no board at all (who must not show).
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from typing import Any

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.http import http_date

from actions.services import action_update_post
from api import views
from meetings.models import Action, Board, Meeting, Membership, Organisation
from meetings.services.directory import board_save
from meetings.services.editing import meeting_update, paragraph_update
from tests.conftest import client_for, make_user, publish
from tests.factories import build_record
from tests.test_restricted import PUBLIC_TEXT, SECRETS

HOST = "http://testserver"
# Words only the board may read: a circulated record's title, section and paragraph; an
# announced draft's title and section.
UNPUBLISHED = ("QUOKKAMEMO", "WOMBATAGENDA", "LEMURMINUTE", "DRAFTYAK", "DRAFTIBIS")
EMAILS = ("member@mopac.example", "someone@else.example")
COLLECTIONS = ("organizations", "people", "memberships", "events", "actions", "decisions")


def get(client: Client, url: str, **headers: str) -> Any:
    return client.get(url.removeprefix(HOST), headers=headers)


def json_of(client: Client, url: str) -> Any:
    response = get(client, url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/json; charset=utf-8"
    return json.loads(response.content)


def api_links(data: Any) -> Iterator[str]:
    """Every link to the API in a JSON document."""
    if isinstance(data, dict):
        for value in data.values():
            yield from api_links(value)
    elif isinstance(data, list):
        for value in data:
            yield from api_links(value)
    elif isinstance(data, str) and data.startswith(f"{HOST}/api/"):
        yield data


def crawl(client: Client) -> dict[str, str]:
    """Every API page reachable from the index by following links: url -> body."""
    start = f"{HOST}{reverse('api:index')}"
    seen: dict[str, str] = {}
    todo = [start]
    while todo:
        url = todo.pop()
        if url in seen:
            continue
        response = get(client, url)
        assert response.status_code == 200, url
        seen[url] = response.content.decode()
        todo.extend(api_links(json.loads(seen[url])))
    return seen


# --- Links ------------------------------------------------------------------------------------


def test_it_links_every_collection_from_the_index(client: Client, world: Meeting) -> None:
    data = json_of(client, reverse("api:index"))
    assert data["collections"] == {name: f"{HOST}/api/{name}/" for name in COLLECTIONS}


def test_it_links_every_item_to_itself(client: Client, world: Meeting) -> None:
    for name in COLLECTIONS:
        for item in json_of(client, reverse(f"api:{name}"))["results"]:
            assert json_of(client, item["id"])["id"] == item["id"]


def test_it_reaches_every_resource_by_following_links(client: Client, world: Meeting) -> None:
    pages = crawl(client)
    counts = {name: json_of(client, reverse(f"api:{name}"))["count"] for name in COLLECTIONS}
    assert all(counts.values()), counts
    for name, count in counts.items():
        details = [url for url in pages if url.startswith(f"{HOST}/api/{name}/") and "?" not in url]
        assert len(details) == count + 1, name  # the collection and each item


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(views, "PER_PAGE", 2)


@pytest.mark.parametrize("name", COLLECTIONS)
def test_it_walks_the_pages_to_the_end_and_back(
    client: Client, world: Meeting, small_pages: None, name: str
) -> None:
    first = json_of(client, reverse(f"api:{name}"))
    assert first["previous"] is None
    ids, page, forward = [], first, []
    while True:
        forward.append(page["page"])
        ids += [item["id"] for item in page["results"]]
        if page["next"] is None:
            break
        page = json_of(client, page["next"])
    assert len(ids) == len(set(ids)) == first["count"]
    assert forward == list(range(1, first["pages"] + 1))
    assert page["last"] == json_of(client, first["last"])["last"]
    backward = [page["page"]]
    while page["previous"] is not None:
        page = json_of(client, page["previous"])
        backward.append(page["page"])
    assert backward == forward[::-1]


def test_it_counts_pages_when_there_is_more_than_one(
    client: Client, world: Meeting, small_pages: None
) -> None:
    data = json_of(client, reverse("api:actions"))
    assert data["count"] == 1  # the one public action; the two restricted are not counted
    data = json_of(client, reverse("api:people"))
    assert data["pages"] > 1 and data["next"] == f"{HOST}/api/people/?page=2"


@pytest.mark.parametrize("page", ["0", "99", "x"])
def test_it_answers_404_for_a_page_that_is_not_there(
    client: Client, world: Meeting, page: str
) -> None:
    response = client.get(reverse("api:events"), {"page": page})
    assert response.status_code == 404
    assert json.loads(response.content) == {"error": "No such page."}


# --- Only what the public may see ---------------------------------------------------------------


def leaked(text: str) -> list[str]:
    return [word for word in (*SECRETS, *UNPUBLISHED, *EMAILS, "Out Sider") if word in text]


@pytest.mark.parametrize("role", ["anonymous", "board_member", "secretariat", "admin_user"])
def test_it_holds_no_restricted_text_on_any_page(
    request: pytest.FixtureRequest, world: Meeting, role: str
) -> None:
    # Signed in or not, the API is the public's: a member's session widens nothing.
    user = None if role == "anonymous" else request.getfixturevalue(role)
    pages = crawl(client_for(user))
    assert len(pages) > 10
    assert {url: leaked(body) for url, body in pages.items() if leaked(body)} == {}
    assert "@" not in "".join(pages.values())
    assert any(PUBLIC_TEXT in body for body in pages.values())


def test_it_marks_the_withheld_agenda_items(client: Client, world: Meeting) -> None:
    data = json_of(client, reverse("api:event", args=[world.pk]))
    assert [(item["order"], item.get("withheld", False)) for item in data["agenda"]] == [
        ("1", False),
        ("2", False),
        ("3", True),
    ]
    assert data["agenda"][2]["description"] == "Withheld from publication"
    record = data["record"]
    assert record["sections"][1]["paragraphs"][0]["withheld"] is True
    assert record["sections"][2]["withheld"] is True


def test_it_shows_an_announced_draft_as_when_and_where_only(
    client: Client, world: Meeting, announced: Meeting
) -> None:
    data = json_of(client, reverse("api:event", args=[announced.pk]))
    assert data["name"] == f"{announced.board.name} meeting"
    assert data["start_date"] == "2030-05-01T10:00:00+01:00"
    assert data["location"] == {"name": "City Hall"}
    assert data["status"] == "confirmed"
    assert (data["agenda"], data["documents"], data["record_status"]) == ([], [], None)
    assert "record" not in data
    assert [p["note"] for p in data["participants"]] == ["host"]


def test_it_answers_404_for_an_unannounced_unpublished_record(
    request: pytest.FixtureRequest, world: Meeting, circulated: Meeting
) -> None:
    for user in (None, request.getfixturevalue("board_member")):
        response = client_for(user).get(reverse("api:event", args=[circulated.pk]))
        assert response.status_code == 404
        assert b"QUOKKAMEMO" not in response.content


def test_it_answers_404_for_a_restricted_action(client: Client, world: Meeting) -> None:
    for action in Action.objects.filter(text__contains="OKAPILANTERN") | Action.objects.filter(
        text__contains="NARWHALBISCUIT"
    ):
        assert client.get(reverse("api:action", args=[action.pk])).status_code == 404


def test_it_answers_404_for_a_person_off_the_record(
    client: Client, world: Meeting, outsider: Any
) -> None:
    assert client.get(reverse("api:person", args=[outsider.person.pk])).status_code == 404


def test_it_keeps_a_board_that_is_not_public_out(client: Client, world: Meeting) -> None:
    hidden = Board.objects.create(name="Hidden Board", slug="hidden-board")
    Membership.objects.create(
        person=Organisation.objects.get(short_name="MOPAC").people.first()
        or make_user("x@y.example", person_name="Hid Den").person,
        board=hidden,
        role=Membership.Role.SECRETARIAT,
    )
    assert client.get(reverse("api:board", args=["hidden-board"])).status_code == 404
    assert "Hidden Board" not in "".join(crawl(client).values())


# --- The vocabulary -----------------------------------------------------------------------------


def test_it_writes_boards_and_organisations_as_popolo_organizations(
    client: Client, world: Meeting
) -> None:
    Organisation.objects.filter(short_name="MPS").update(name="Metropolitan Police Service")
    results = json_of(client, reverse("api:organizations"))["results"]
    kinds = {item["name"]: item["classification"] for item in results}
    assert kinds[world.board.name] == "board"
    mps = Organisation.objects.get(short_name="MPS")
    assert kinds[mps.name] == "organisation"
    [item] = [item for item in results if item["name"] == mps.name]
    assert item["other_names"] == [{"name": "MPS", "note": "abbreviation"}]
    assert "Elsewhere Council" not in kinds  # the outsider's organisation is on no record


def test_it_writes_memberships_in_popolo_terms(
    client: Client, world: Meeting, board_member: Any
) -> None:
    results = json_of(client, reverse("api:memberships"))["results"]
    [membership] = [m for m in results if m["person"]["name"] == "Pat Member"]
    assert membership["role"] == "board_member"
    assert membership["organization_id"] == f"{HOST}/api/organizations/boards/{world.board.slug}/"
    assert membership["start_date"] == "2020-01-01" and membership["end_date"] is None
    assert json_of(client, membership["person_id"]) == {
        "id": membership["person_id"],
        "name": "Pat Member",
    }


def test_it_leaves_out_a_membership_that_has_ended(
    client: Client, world: Meeting, board_member: Any
) -> None:
    Membership.objects.filter(person__user=board_member).update(end_date=datetime.date(2021, 1, 1))
    text = "".join(crawl(client).values())
    assert "Pat Member" not in text


def test_it_writes_the_published_record_as_an_ocd_event(client: Client, world: Meeting) -> None:
    data = json_of(client, reverse("api:event", args=[world.pk]))
    assert data["name"] == "Record of Meeting 30 November 2023"
    assert (data["classification"], data["status"], data["all_day"]) == ("meeting", "passed", True)
    assert data["start_date"] == "2023-11-30"
    attendees = [p["name"] for p in data["participants"] if p["entity_type"] == "person"]
    assert attendees == ["Sophie Linden", "Sir Mark Rowley"]
    assert [link["media_type"] for link in data["documents"][0]["links"]] == [
        "text/html",
        "application/json",
        "text/plain",
    ]
    assert data["record"]["title"] == "Record of Meeting 30 November 2023"


def test_it_links_an_action_to_its_event_and_owner(client: Client, world: Meeting) -> None:
    [action] = json_of(client, reverse("api:actions"))["results"]
    assert action["text"].startswith(PUBLIC_TEXT)
    assert (action["number"], action["paragraph"], action["status"]) == (2, "2.2", "open")
    assert action["due_date"] == "2024-01-31"
    assert json_of(client, action["event_id"])["id"] == action["event_id"]
    assert action["owner"]["name"] == json_of(client, action["owner"]["id"])["name"]


# --- Caching ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["index", *COLLECTIONS])
def test_it_answers_304_when_the_etag_matches(client: Client, world: Meeting, name: str) -> None:
    first = client.get(reverse(f"api:{name}"))
    again = client.get(reverse(f"api:{name}"), headers={"if-none-match": first["ETag"]})
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]


@pytest.mark.parametrize("name", ["index", *COLLECTIONS])
def test_it_validates_by_etag_alone(client: Client, world: Meeting, name: str) -> None:
    # No Last-Modified, and If-Modified-Since alone never earns a 304 (README, "Caching").
    url = reverse(f"api:{name}")
    assert "Last-Modified" not in client.get(url)
    later = http_date((timezone.now() + datetime.timedelta(days=1)).timestamp())
    assert client.get(url, headers={"if-modified-since": later}).status_code == 200


def test_it_answers_200_after_a_change_stamped_before_the_clients_copy(
    client: Client, world: Meeting
) -> None:
    """A change whose transaction took its time before the client's copy was made but
    committed after: a date would not move, so a client asking If-Modified-Since would be
    told its stale copy is current."""
    url = reverse("api:actions")
    first = client.get(url)
    since = http_date(timezone.now().timestamp())
    action = Action.objects.get(text__startswith=PUBLIC_TEXT)
    with time_machine.travel(timezone.now() - datetime.timedelta(minutes=5), tick=False):
        action_update_post(
            action=action, author=None, text="Figures published.", status_to="in_progress"
        )
    again = client.get(url, headers={"if-modified-since": since, "if-none-match": first["ETag"]})
    assert again.status_code == 200
    assert json.loads(again.content)["results"][0]["status"] == "in_progress"
    assert client.get(url, headers={"if-modified-since": since}).status_code == 200


def test_it_answers_304_for_a_detail_page(client: Client, world: Meeting) -> None:
    url = reverse("api:event", args=[world.pk])
    etag = client.get(url)["ETag"]
    assert client.get(url, headers={"if-none-match": etag}).status_code == 304


def test_it_answers_200_once_the_data_changes(client: Client, world: Meeting) -> None:
    url = reverse("api:actions")
    first = client.get(url)
    action = Action.objects.get(text__startswith=PUBLIC_TEXT)
    action_update_post(
        action=action, author=None, text="Figures published.", status_to="in_progress"
    )
    second = client.get(url, headers={"if-none-match": first["ETag"]})
    assert second.status_code == 200
    assert json.loads(second.content)["results"][0]["status"] == "in_progress"
    assert second["ETag"] != first["ETag"]


def _validators(client: Client) -> list[str]:
    return [client.get(reverse(f"api:{name}"))["ETag"] for name in ("index", *COLLECTIONS)]


def _later() -> Any:
    # Two seconds on: anything that followed the clock would show a change.
    return time_machine.travel(timezone.now() + datetime.timedelta(seconds=2), tick=False)


def test_it_keeps_its_etags_when_a_draft_or_a_private_board_changes(
    client: Client, world: Meeting, announced: Meeting
) -> None:
    # Were the validators to move, anyone polling would learn when the secretariat works on what
    # they may not read.
    announced.save()  # announced as the admin does it, in the history (the fixture updates)
    hidden = Board.objects.create(name="Hidden Board", slug="hidden-board")
    private = build_record(
        board=hidden,
        date=datetime.date(2024, 2, 1),
        sections=1,
        paragraphs_per_section=1,
        status=Meeting.Status.DRAFT,
    )
    before = _validators(client)
    with _later():
        meeting_update(
            meeting=announced,
            by=None,
            date=announced.date,
            start_time=announced.start_time,
            place=announced.place,
            title="Record DRAFTYAK, retitled",
        )
        for paragraph in (
            announced.sections.get().paragraphs.get(),
            private.sections.get().paragraphs.get(),
        ):
            paragraph_update(
                paragraph=paragraph,
                by=None,
                text="Edited.",
                restricted=False,
                version=paragraph.version,
            )
    assert _validators(client) == before


def test_it_moves_its_etag_when_a_record_is_published(
    client: Client, world: Meeting, announced: Meeting
) -> None:
    before = client.get(reverse("api:events"))
    with _later():
        publish(announced)
    after = client.get(reverse("api:events"))
    assert after["ETag"] != before["ETag"]


def test_it_moves_its_etag_when_an_announcement_moves(
    client: Client, world: Meeting, announced: Meeting
) -> None:
    before = client.get(reverse("api:events"))["ETag"]
    with _later():
        meeting_update(
            meeting=announced,
            by=None,
            date=announced.date,
            start_time=datetime.time(11),
            place=announced.place,
            title=announced.title,
        )
    assert client.get(reverse("api:events"))["ETag"] != before


def test_it_moves_its_etag_when_a_public_boards_meeting_length_changes(
    client: Client, world: Meeting, announced: Meeting
) -> None:
    before = client.get(reverse("api:events"))["ETag"]
    with _later():
        board = announced.board
        board.meeting_length = 90
        board_save(board=board, by=None, reason="Longer meetings")
    assert client.get(reverse("api:events"))["ETag"] != before


def test_it_is_cacheable_by_anyone_when_not_signed_in(client: Client, world: Meeting) -> None:
    response = client.get(reverse("api:events"))
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert "public" in cache_control and "max-age=300" in cache_control
    assert response["Access-Control-Allow-Origin"] == "*"


def test_it_stays_out_of_shared_caches_when_signed_in(world: Meeting, board_member: Any) -> None:
    response = client_for(board_member).get(reverse("api:events"))
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache_control and "public" not in cache_control


# --- Methods ------------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("name", ["index", *COLLECTIONS])
def test_it_refuses_to_change_anything(
    client: Client, world: Meeting, method: str, name: str
) -> None:
    assert getattr(client, method)(reverse(f"api:{name}")).status_code == 405


@pytest.mark.parametrize("name", ["index", *COLLECTIONS])
def test_it_answers_head(client: Client, world: Meeting, name: str) -> None:
    get_response = client.get(reverse(f"api:{name}"))
    head = client.head(reverse(f"api:{name}"))
    assert (head.status_code, head.content) == (200, b"")
    assert head["ETag"] == get_response["ETag"]


# --- Queries ------------------------------------------------------------------------------------


def grow(board: Board, start: datetime.date, records: int, owner: Organisation) -> None:
    """More published records, attendees, members and actions: the API's data grows."""
    for n in range(records):
        record = build_record(
            board=board,
            date=start + datetime.timedelta(days=n),
            sections=4,
            paragraphs_per_section=3,
            owner=owner,
        )
        record.sections.first().paragraphs.update(decision=True)
        user = make_user(
            f"p{start.year}-{n}@example.org",
            person_name=f"Person {start.year}-{n}",
            organisation=owner,
            board=board,
            role=Membership.Role.BOARD_MEMBER,
        )
        record.attendances.create(person=user.person, organisation=owner, position=1)
        action = Action.objects.filter(paragraph__section__meeting=record).first()
        assert action is not None
        action.owner_people.add(user.person)


def queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


PAGES = [
    "/api/",
    *(f"/api/{name}/" for name in COLLECTIONS),
    *(f"/api/{name}/?page=2" for name in COLLECTIONS),
]


def test_it_answers_a_page_in_a_fixed_number_of_queries(
    client: Client, world: Meeting, small_pages: None
) -> None:
    # Every page counted on the same data, grown once (15 records and their people, ~0.2 s of
    # CPU a page when each grew its own), in the same order before and after it grows.
    mps = Organisation.objects.get(short_name="MPS")
    grow(world.board, datetime.date(2010, 1, 1), 3, mps)
    few = {url: queries(client, url) for url in PAGES}
    grow(world.board, datetime.date(2015, 1, 1), 12, mps)
    assert {url: queries(client, url) for url in PAGES} == few


def test_it_answers_an_event_in_a_fixed_number_of_queries(client: Client, world: Meeting) -> None:
    mps = Organisation.objects.get(short_name="MPS")
    small, large = (
        build_record(
            board=world.board,
            date=datetime.date(2012 + size, 1, 1),
            sections=size,
            paragraphs_per_section=size,
            owner=mps,
        )
        for size in (2, 12)
    )
    counts = [queries(client, reverse("api:event", args=[m.pk])) for m in (small, large)]
    assert counts[0] == counts[1]


def test_it_names_its_objects_on_site_url_whatever_the_host(
    client: Client, meeting: Meeting
) -> None:
    answer = client.get(reverse("api:index"), headers={"host": "127.0.0.1"})
    assert answer.json()["collections"]["events"] == f"{HOST}/api/events/"
