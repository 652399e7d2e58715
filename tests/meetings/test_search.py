"""/search/: ranked matches from the records and actions the user may read, and nothing more."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from meetings.models import Action, Board, Meeting, Paragraph, Section
from tests.actions.test_log import insert_rows
from tests.conftest import IMPORTED_ROWS, client_for, import_record, publish
from tests.htmlcheck import assert_valid_html_pages
from tests.test_restricted import RESTRICTED_RECORD, SECRETS


def search(client: Client, query: str, **extra: str) -> Any:
    response = client.get(reverse("search"), {"q": query, **extra})
    assert response.status_code == 200
    return response


def hits(client: Client, query: str) -> list[Any]:
    return search(client, query).context["hits"]


@pytest.fixture
def restricted_meeting(published_meeting: Meeting) -> Meeting:
    """A second published record of the seed's board, restricted words in it (see
    tests/test_restricted.py): imported and published once a worker, its rows put back in
    each later test as the published seed's are (`_ImportedRows.then`; the import and
    publishing, ~200 queries, were 0.1-0.2 s of CPU in each of 20 tests)."""

    def second_published(published: Meeting) -> Meeting:
        # Another date: the seed's publication made a meeting on 30 November 2023.
        text = RESTRICTED_RECORD.replace("30 November 2023", "14 December 2023")
        return publish(import_record(text))

    meeting = IMPORTED_ROWS.then(published_meeting, "and the restricted record", second_published)
    assert meeting.board_id == published_meeting.board_id
    assert meeting.status == Meeting.Status.PUBLISHED
    return meeting


def test_it_shows_only_the_form_for_an_empty_query(client: Client, db: None) -> None:
    response = search(client, "")
    assert "hits" not in response.context
    assert b'role="search"' in response.content


def test_it_ranks_the_paragraph_with_the_terms_first(
    client: Client, published_meeting: Meeting
) -> None:
    first = hits(client, "stop and search")[0]
    assert first.kind == "paragraph"
    assert "stop and search" in first.paragraph.text.lower()


def test_it_links_a_paragraph_to_its_anchor(client: Client, published_meeting: Meeting) -> None:
    html = search(client, "handcuffing").content.decode()
    assert f'href="{published_meeting.get_absolute_url()}#paragraph-4.3"' in html
    assert "Record of Meeting 31 August 2023, paragraph 4.3" in html


def test_it_names_an_action_by_its_number_date_and_paragraph(
    client: Client, published_meeting: Meeting
) -> None:
    html = search(client, "handcuffs").content.decode()
    assert "Action 1 (31 August 2023, 4.3)" in html


def test_it_marks_the_terms_in_the_snippet(client: Client, published_meeting: Meeting) -> None:
    html = search(client, "handcuffing").content.decode()
    assert "<mark>handcuffing</mark>" in html


def test_it_escapes_the_snippet(client: Client, published_meeting: Meeting) -> None:
    Paragraph.objects.filter(
        section__meeting=published_meeting, section__number=4, number=3
    ).update(text="Quokka <script>alert(1)</script> & <b>bold</b> quokka.")
    html = search(client, "quokka").content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_it_says_when_nothing_is_found(client: Client, published_meeting: Meeting) -> None:
    assert b"Nothing found for" in search(client, "xylophonequartz").content


def test_it_counts_the_results(client: Client, published_meeting: Meeting) -> None:
    response = search(client, "handcuffing")
    assert response.context["page"].paginator.count == 1
    assert b"1 result for" in response.content


def test_it_pages_by_twenty(client: Client, published_meeting: Meeting) -> None:
    section = published_meeting.sections.last()
    Paragraph.objects.bulk_create(
        Paragraph(section=section, position=100 + n, number=100 + n, text=f"Quokka {n}.")
        for n in range(25)
    )
    assert len(hits(client, "quokka")) == 20
    assert len(search(client, "quokka", page="2").context["hits"]) == 5


def test_it_never_shows_draft_text_to_the_public(client: Client, seed_meeting: Meeting) -> None:
    assert hits(client, "stop and search") == []


def test_it_shows_a_draft_to_its_secretariat(seed_meeting: Meeting, secretariat: Any) -> None:
    assert hits(client_for(secretariat), "handcuffing") != []


def test_it_hides_a_circulated_record_from_the_public_but_not_its_board(
    client: Client, circulated_meeting: Meeting, board_member: Any
) -> None:
    assert hits(client, "handcuffing") == []
    assert hits(client_for(board_member), "handcuffing") != []


def test_it_links_an_officer_to_the_action_not_a_record_they_cannot_open(
    action: Any, action_owner: Any, board_member: Any
) -> None:
    """QA finding 7: an officer finds an action of a circulated record; its record is the
    board's (404 for the officer), so the result links to the action's page only."""
    record = action.paragraph.section.meeting.get_absolute_url()
    officer = search(client_for(action_owner), "handcuffs").content.decode()
    assert action.get_absolute_url() in officer
    assert record not in officer
    assert "Record of Meeting 31 August 2023, paragraph 4.3" in officer
    assert client_for(action_owner).get(record).status_code == 404
    member = search(client_for(board_member), "handcuffs").content.decode()
    assert f"{record}#" in member


@pytest.mark.parametrize("secret", SECRETS)
@pytest.mark.parametrize("role", ["anonymous", "outsider", "action_owner"])
def test_it_never_shows_restricted_text_to_the_public(
    request: pytest.FixtureRequest, restricted_meeting: Meeting, role: str, secret: str
) -> None:
    client = client_for(None if role == "anonymous" else request.getfixturevalue(role))
    response = search(client, secret)
    assert response.context["hits"] == []
    assert b"Nothing found for" in response.content


@pytest.mark.parametrize("secret", ["MARMALADEFOX", "PORCUPINEHALO", "NARWHALBISCUIT"])
def test_it_shows_restricted_text_to_board_members(
    restricted_meeting: Meeting, board_member: Any, secret: str
) -> None:
    html = search(client_for(board_member), secret).content.decode()
    assert f"<mark>{secret}</mark>" in html


def test_it_marks_a_restricted_result(restricted_meeting: Meeting, board_member: Any) -> None:
    assert "Restricted" in search(client_for(board_member), "MARMALADEFOX").content.decode()


@pytest.mark.parametrize(("query", "queries"), [("stop and search", 3), ("MPS", 4)])
def test_it_runs_a_constant_number_of_queries(
    client: Client,
    published_meeting: Meeting,
    django_assert_num_queries: Any,
    query: str,
    queries: int,
) -> None:
    # The matches' rows in one query (the page is cut from them: no count query), then one
    # for each kind the page holds: paragraphs and actions ("stop and search"), and sections
    # too for "MPS", which a section's title in the seed says.
    with django_assert_num_queries(queries):
        search(client, query)


ARCHIVE_ITEMS = 6000


def _archive(board: Board, items: int) -> None:
    """Published records of the board holding `items` items, each with a paragraph and an
    action: the records written with bulk_create, their items, paragraphs and actions as
    bulk_create writes them but without a model instance a row (`insert_rows`; 18,000
    instances were most of this test's CPU)."""
    meetings = Meeting.objects.bulk_create(
        Meeting(
            board=board,
            date=datetime.date(2000, 1, 1) + datetime.timedelta(days=n),
            title=f"Record {n}",
            status=Meeting.Status.PUBLISHED,
        )
        for n in range(items // 20)
    )
    insert_rows(
        Section,
        {},
        ("meeting_id", "position", "number", "title"),
        ((m.pk, s, s, f"Item {s} of record {m.pk}") for m in meetings for s in range(1, 21)),
    )
    # Each step's rows by their keys, read into a list: a subquery over rows just written, which
    # PostgreSQL has no statistics of yet, can be planned as a loop over both (minutes at 6,000).
    sections = list(
        Section.objects.filter(meeting__in=meetings).order_by("pk").values_list("pk", flat=True)
    )
    insert_rows(
        Paragraph,
        {},
        ("section_id", "position", "number", "text"),
        ((pk, 1, 1, f"The board noted {pk}.") for pk in sections),
    )
    paragraphs = list(
        Paragraph.objects.filter(section_id__in=sections)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    insert_rows(
        Action,
        {},
        ("paragraph_id", "position", "number", "text"),
        ((pk, 1, n + 1, f"Action {n + 1}: report.") for n, pk in enumerate(paragraphs)),
    )
    assert len(sections) == len(paragraphs) == items
    assert Action.objects.filter(paragraph_id__in=paragraphs).count() == items


# Whether each query finds the seed: its words do; it cites no minute 41/17 (a reference as
# written, which the query looks for apart from the words).
FULL_TEXT_QUERIES = {"stop and search": True, "Minute 41/17": False}


def test_it_finds_text_through_the_full_text_indexes(
    published_meeting: Meeting, board_member: Any
) -> None:
    """On PostgreSQL the paragraphs' and the actions' text are read through their GIN
    indexes (meetings 0007, actions 0008), never parsed row by row: a reference as written
    that the query may cite is looked for apart, so no OR keeps the planner from them. Both
    queries' plans are read over one archive (made and analysed once: ~1 s of the server's
    index updates)."""
    from django.db import connection

    from meetings.search import search_hits

    hits = {query: search_hits(board_member, query) for query in FULL_TEXT_QUERIES}
    # On SQLite, by containment.
    assert {query: found.exists() for query, found in hits.items()} == FULL_TEXT_QUERIES
    if connection.vendor != "postgresql":
        return  # SQLite has no full-text index, so no plan to read.
    # A board's archive: the planner's choice depends on the tables' statistics, which
    # autovacuum may take at any moment from whatever rows the tests on this worker left; with
    # thousands of rows, analysed, it is the choice made for a board in use (over 2,000 it
    # was still a near thing: reading every paragraph by another index cost 87 against 76).
    _archive(published_meeting.board, ARCHIVE_ITEMS)
    with connection.cursor() as cursor:
        # A table this small is read whole whenever the planner may: here it may not,
        # so a match that cannot use its index shows as a sequential scan anyway.
        cursor.execute("SET LOCAL enable_seqscan = off")
        # Every table's statistics taken from the rows it holds now: the plan is the one for
        # this archive, whatever the tests before on this worker left.
        cursor.execute("ANALYZE")
        for query, found in hits.items():
            sql, params = found.query.sql_with_params()
            cursor.execute("EXPLAIN " + sql, params)
            plan = "\n".join(row[0] for row in cursor.fetchall())
            assert "meetings_paragraph_text_search" in plan, query
            assert "meetings_section_title_search" in plan, query
            assert "actions_action_text_search" in plan, query
            assert not [line for line in plan.splitlines() if "Filter:" in line and "@@" in line]


TITLE = "Pharmaceutical Needs Assessment"


def _titled(meeting: Meeting, *, restricted: bool = False) -> Any:
    """The record's last section retitled with words none of its paragraphs says."""
    section = meeting.sections.order_by("position").last()
    section.title, section.restricted = TITLE, restricted
    section.save()
    return section


def test_it_finds_a_section_by_its_title(client: Client, published_meeting: Meeting) -> None:
    """QA #17: an item whose title its paragraphs never repeat is found by its title."""
    section = _titled(published_meeting)
    found = hits(client, "pharmaceutical needs")
    assert [(hit.kind, hit.section) for hit in found] == [("section", section)]
    html = search(client, "pharmaceutical needs").content.decode()
    assert f'href="{published_meeting.get_absolute_url()}#section-{section.number}"' in html
    assert "<mark>Pharmaceutical</mark> <mark>Needs</mark> Assessment" in html


def test_it_finds_a_restricted_sections_title_for_the_board_only(
    published_meeting: Meeting, board_member: Any
) -> None:
    _titled(published_meeting, restricted=True)
    assert hits(client_for(None), "pharmaceutical needs") == []
    assert [hit.kind for hit in hits(client_for(board_member), "pharmaceutical needs")] == [
        "section"
    ]


def test_it_serves_valid_html(
    client: Client, restricted_meeting: Meeting, board_member: Any
) -> None:
    url = reverse("search")
    assert_valid_html_pages(
        {
            url: client.get(url).content,
            f"{url}?q=stop+and+search": client.get(url, {"q": "stop and search"}).content,
            f"{url}?q=none": client.get(url, {"q": "xylophonequartz"}).content,
            f"{url}?q=MARMALADEFOX": client_for(board_member)
            .get(url, {"q": "MARMALADEFOX"})
            .content,
        }
    )


def test_it_marks_words_not_letters_inside_other_words() -> None:
    from meetings.search import highlight

    marked = str(highlight("We understand the research; search stands.", "stand search"))
    assert marked.count("<mark>") == 2


def test_it_marks_no_stop_words() -> None:
    from meetings.search import highlight

    marked = str(highlight("Stop and search, and the rest.", "stop and search"))
    assert marked.startswith("<mark>Stop</mark> and <mark>search</mark>")
    assert "<mark>and</mark>" not in marked


def test_it_marks_no_stop_words_in_the_results(client: Client, published_meeting: Meeting) -> None:
    html = search(client, "stop and search").content.decode().lower()
    assert "<mark>stop</mark>" in html
    assert "<mark>and</mark>" not in html


def test_it_finds_the_words_of_a_query_without_its_stop_words(
    client: Client, published_meeting: Meeting
) -> None:
    paragraph = Paragraph.objects.get(
        section__meeting=published_meeting, section__number=4, number=3
    )
    Paragraph.objects.filter(pk=paragraph.pk).update(text="Quokka stop, then search.")
    found = hits(client, "stop and search")
    assert paragraph.pk in [hit.paragraph.pk for hit in found if hit.kind == "paragraph"]


def test_it_finds_nothing_for_stop_words_alone(client: Client, published_meeting: Meeting) -> None:
    assert hits(client, "the and of") == []
