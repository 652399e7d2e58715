"""Published records answered at the front door (`meetings.middleware`): the same response
the whole stack made, from the process's memory, without a query; the record's revision read
again at most once a second (at once after a change committed by the process), so a change is
served once it commits; never a copy for anyone
whose view differs; still served while the database is down."""

from __future__ import annotations

import gzip
from typing import Any

import pytest
from django.db import OperationalError, connection
from django.db.backends.base.base import BaseDatabaseWrapper
from django.http import HttpRequest, HttpResponse
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.cache import patch_cache_control

from meetings import middleware
from meetings.models import Meeting, Paragraph
from meetings.services import record_amend_paragraph
from tests.conftest import client_for
from tests.test_restricted import SECRETS, leaked

HEADERS = (
    "Content-Type",
    "ETag",
    "Last-Modified",
    "Content-Security-Policy",
    "X-Content-Type-Options",
    "Cache-Control",
)


def url(meeting: Meeting, suffix: str = "/") -> str:
    page = reverse("meetings:record", args=[meeting.board.slug, meeting.date.isoformat()])
    return page if suffix == "/" else page[:-1] + suffix


@pytest.fixture
def never_recheck(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(middleware, "RECHECK_SECONDS", 3600)


@pytest.fixture
def always_recheck(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(middleware, "RECHECK_SECONDS", 0)


@pytest.mark.parametrize("suffix", ["/", ".txt", ".json", ".docx"])
def test_a_second_reader_is_answered_without_a_query(
    meeting: Meeting, suffix: str, never_recheck: None, django_assert_num_queries: Any
) -> None:
    reader = Client()  # one client: one process's middleware
    first = reader.get(url(meeting, suffix))
    assert first.status_code == 200
    with django_assert_num_queries(0):
        second = reader.get(url(meeting, suffix))
    assert second.status_code == 200
    assert second.content == first.content
    for header in HEADERS:
        assert second.get(header) == first.get(header), header
    # A file's Last-Modified is when it was stored; the page has none (ETag only).
    assert ("Last-Modified" in first) == (suffix != "/")


def test_an_unchanged_record_costs_one_query_a_recheck(
    meeting: Meeting, always_recheck: None, django_assert_num_queries: Any
) -> None:
    reader = Client()
    reader.get(url(meeting))
    with django_assert_num_queries(1):
        assert reader.get(url(meeting)).status_code == 200


def test_the_copy_answers_conditional_requests(meeting: Meeting, never_recheck: None) -> None:
    reader = Client()
    etag = reader.get(url(meeting))["ETag"]
    assert reader.get(url(meeting), headers={"if-none-match": etag}).status_code == 304
    assert reader.head(url(meeting)).content == b""


def test_a_change_is_served_at_the_next_check(
    meeting: Meeting, secretariat: Any, always_recheck: None
) -> None:
    reader = Client()
    assert "discussed the published performance figures" in reader.get(url(meeting)).text
    paragraph = Paragraph.objects.get(section__meeting=meeting, text__startswith="The board disc")
    record_amend_paragraph(
        paragraph=paragraph, text="The board noted the figures.", by=secretariat, reason="Fix"
    )
    page = reader.get(url(meeting)).text
    assert "The board noted the figures." in page
    assert "discussed the published performance figures" not in page


def test_a_change_this_process_committed_is_served_at_once(
    meeting: Meeting,
    secretariat: Any,
    never_recheck: None,
    django_capture_on_commit_callbacks: Any,
) -> None:
    # Within the second a copy goes unchecked, a change committed here is not waited for.
    reader = Client()
    assert "discussed the published performance figures" in reader.get(url(meeting)).text
    paragraph = Paragraph.objects.get(section__meeting=meeting, text__startswith="The board disc")
    with django_capture_on_commit_callbacks(execute=True):
        record_amend_paragraph(
            paragraph=paragraph, text="The board noted the figures.", by=secretariat, reason="Fix"
        )
    assert "The board noted the figures." in reader.get(url(meeting)).text


def test_members_are_never_answered_with_the_public_copy(
    meeting: Meeting, board_member: Any, never_recheck: None
) -> None:
    member = client_for(board_member)
    reader = Client()
    # The same process (handler) for both: the member's session keeps them off the copy.
    member.handler = reader.handler
    assert leaked(reader.get(url(meeting)).text) == []
    assert set(leaked(member.get(url(meeting)).text)) == set(SECRETS)
    assert leaked(reader.get(url(meeting)).text) == []


def test_a_copy_made_for_one_host_is_never_served_to_another(
    meeting: Meeting, never_recheck: None, settings: Any
) -> None:
    settings.ALLOWED_HOSTS = ["prob.example", "other.example"]

    def stack(request: HttpRequest) -> HttpResponse:
        # A page that names the host it was asked for, as a page could (an absolute link).
        response = HttpResponse(request.get_host())
        patch_cache_control(response, public=True)
        return response

    front = middleware.PublishedRecordMiddleware(stack)
    front(RequestFactory().get(url(meeting), HTTP_HOST="prob.example"))
    other = front(RequestFactory().get(url(meeting), HTTP_HOST="other.example"))
    assert other.content == b"other.example"


def test_a_record_no_longer_public_is_no_longer_served(
    meeting: Meeting, always_recheck: None
) -> None:
    reader = Client()
    assert reader.get(url(meeting)).status_code == 200
    Meeting.objects.filter(pk=meeting.pk).update(status=Meeting.Status.AGREED)
    assert reader.get(url(meeting)).status_code == 404


def test_a_draft_is_never_kept(circulated_meeting: Meeting) -> None:
    reader = Client()
    assert reader.get(url(circulated_meeting)).status_code == 404
    assert reader.get(url(circulated_meeting)).status_code == 404


def test_no_such_day_is_a_404(meeting: Meeting) -> None:
    address = reverse("meetings:record", args=[meeting.board.slug, "2023-02-30"])
    assert Client().get(address).status_code == 404


def test_the_copy_is_served_while_the_database_is_down(
    meeting: Meeting, always_recheck: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    reader = Client()
    first = reader.get(url(meeting))

    def unreachable(self: Any) -> None:
        raise OperationalError("connection refused")

    with monkeypatch.context() as patched:
        patched.setattr(BaseDatabaseWrapper, "ensure_connection", unreachable)
        second = reader.get(url(meeting))
    assert second.status_code == 200
    assert second.content == first.content


def test_a_reader_with_no_copy_gets_the_friendly_503_while_the_database_is_down(
    meeting: Meeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unreachable(self: Any) -> None:
        raise OperationalError("connection refused")

    reader = Client(raise_request_exception=False)
    with monkeypatch.context() as patched:
        patched.setattr(BaseDatabaseWrapper, "ensure_connection", unreachable)
        response = reader.get(url(meeting))
    assert response.status_code == 503
    assert response["Retry-After"]


def test_it_runs_after_the_security_and_host_checks(settings: Any) -> None:
    order = settings.MIDDLEWARE
    front = order.index("meetings.middleware.PublishedRecordMiddleware")
    assert order.index("django.middleware.security.SecurityMiddleware") < front
    assert order.index("django.middleware.common.CommonMiddleware") < front


def test_a_kept_copy_is_never_served_to_a_host_not_allowed(
    meeting: Meeting, never_recheck: None
) -> None:
    reader = Client(raise_request_exception=False)
    assert reader.get(url(meeting)).status_code == 200
    assert reader.get(url(meeting), headers={"host": "evil.example"}).status_code == 400


def test_a_kept_copy_is_never_served_over_plain_http_when_tls_is_required(
    meeting: Meeting, never_recheck: None, settings: Any
) -> None:
    settings.SECURE_SSL_REDIRECT = True
    reader = Client()  # one process, its middleware made under the setting
    assert reader.get(url(meeting), secure=True).status_code == 200
    response = reader.get(url(meeting))
    assert response.status_code == 301
    assert response["Location"].startswith("https://")


def test_the_security_headers_are_on_a_kept_copy(meeting: Meeting, never_recheck: None) -> None:
    reader = Client()
    reader.get(url(meeting))
    second = reader.get(url(meeting))
    assert second["X-Content-Type-Options"] == "nosniff"
    assert second["Content-Security-Policy"]


def test_what_a_copy_has_no_use_for_runs_below_it(settings: Any) -> None:
    # Run once, when the copy is made, not for every answer from it.
    order = settings.MIDDLEWARE
    front = order.index("meetings.middleware.PublishedRecordMiddleware")
    assert order.index("prob.compression.PublicGZipMiddleware") > front
    assert order.index("django.contrib.sessions.middleware.SessionMiddleware") > front


def test_a_reader_who_takes_gzip_is_answered_from_a_copy_gzipped_once(
    meeting: Meeting,
    never_recheck: None,
    monkeypatch: pytest.MonkeyPatch,
    django_assert_num_queries: Any,
) -> None:
    takes_gzip = {"accept-encoding": "gzip, deflate, br"}
    reader = Client()
    first = reader.get(url(meeting), headers=takes_gzip)
    assert first["Content-Encoding"] == "gzip"

    def compressed_again(*args: Any, **kwargs: Any) -> bytes:
        raise AssertionError("compressed again")

    with monkeypatch.context() as patched, django_assert_num_queries(0):
        patched.setattr("django.middleware.gzip.compress_string", compressed_again)
        second = reader.get(url(meeting), headers=takes_gzip)
    assert second["Content-Encoding"] == "gzip"
    assert second.content == first.content
    assert "Accept-Encoding" in second["Vary"]
    # Never the gzipped copy to a reader who does not take gzip.
    plain = reader.get(url(meeting))
    assert not plain.has_header("Content-Encoding")
    assert gzip.decompress(first.content) == plain.content


def queries_of(reader: Client, address: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert reader.get(address).status_code == 200
    return len(queries.captured_queries)


def test_the_copies_kept_stay_within_their_bytes_least_recently_read_dropped_first(
    meeting: Meeting, never_recheck: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, text = (len(Client().get(url(meeting, suffix)).content) for suffix in ("/", ".txt"))
    # Room for the page or the text, never both.
    monkeypatch.setattr(middleware, "MAX_COPY_BYTES", max(page, text))
    reader = Client()
    assert queries_of(reader, url(meeting)) > 0
    assert queries_of(reader, url(meeting)) == 0  # kept
    assert queries_of(reader, url(meeting, ".txt")) > 0  # kept, the page dropped for it
    assert queries_of(reader, url(meeting, ".txt")) == 0
    assert queries_of(reader, url(meeting)) > 0  # made again


def test_a_body_larger_than_the_whole_budget_is_answered_and_not_kept(
    meeting: Meeting, never_recheck: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(middleware, "MAX_COPY_BYTES", 10)
    reader = Client()
    first = reader.get(url(meeting))
    assert len(first.content) > 10
    assert queries_of(reader, url(meeting)) > 0  # not kept: the record read again
    assert reader.get(url(meeting)).content == first.content
