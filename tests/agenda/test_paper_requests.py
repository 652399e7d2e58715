"""Paper requests: the secretariat asks an action owner's organisation for a paper on an item;
its owners see it on My actions, are emailed and reminded, and upload it there."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import Http404
from django.urls import reverse
from django.utils import timezone

from agenda.emails import paper_requests_remind
from agenda.models import Paper, PaperRequest
from agenda.requests import (
    paper_request_create,
    paper_request_fulfil,
    paper_request_withdraw,
)
from agenda.scoping import get_paper_request_for_owner, get_paper_request_for_user
from meetings.models import Meeting, Membership, Organisation
from tests.agenda.conftest import add_item, agenda_url, pdf_bytes
from tests.conftest import client_for, html_for, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def asked(
    upcoming: Meeting,
    secretariat: Any,
    action_owner: Any,
    django_capture_on_commit_callbacks: Any,
) -> PaperRequest:
    """A paper requested of MPS (whose officer is the action owner) on a draft agenda."""
    item = add_item(upcoming, secretariat, "Stop and search review", lead="MPS")
    with django_capture_on_commit_callbacks(execute=True):
        return paper_request_create(
            item=item,
            by=secretariat,
            organisation=Organisation.objects.get(short_name="MPS"),
            due=timezone.localdate() + datetime.timedelta(days=10),
            note="Cover the last quarter.",
        )


@pytest.fixture
def other_owner(board: Any) -> Any:
    """An action owner of the board from another organisation."""
    other = Organisation.objects.create(name="London Fire Brigade", short_name="LFB")
    return make_user(
        "officer@lfb.example",
        person_name="Fay Fire",
        organisation=other,
        board=board,
        role=Membership.Role.ACTION_OWNER,
    )


# --- Services ----------------------------------------------------------------------------------


def test_a_request_is_in_the_history_with_who_asked(asked: PaperRequest, secretariat: Any) -> None:
    row = asked.history.get()
    assert row.history_user == secretariat
    assert row.history_change_reason == "Paper requested"
    assert asked.status == PaperRequest.Status.REQUESTED


def test_a_request_emails_the_organisations_action_owners(asked: PaperRequest) -> None:
    assert [message.to for message in mail.outbox] == [["officer@mps.example"]]
    message = mail.outbox[0]
    assert message.subject.startswith("Paper requested: Paper for item 1")
    assert "Stop and search review" in message.body
    assert "Cover the last quarter." in message.body
    assert reverse("actions:mine") in message.body


def test_a_due_date_passed_is_refused(
    upcoming: Meeting, secretariat: Any, action_owner: Any
) -> None:
    item = add_item(upcoming, secretariat, "Finance")
    with pytest.raises(ValidationError):
        paper_request_create(
            item=item,
            by=secretariat,
            organisation=Organisation.objects.get(short_name="MPS"),
            due=timezone.localdate() - datetime.timedelta(days=1),
        )
    assert not PaperRequest.objects.exists()


def test_the_owner_sends_the_paper(asked: PaperRequest, action_owner: Any) -> None:
    done = paper_request_fulfil(
        request=asked, by=action_owner, name="review.pdf", data=pdf_bytes(), title="Review"
    )
    assert done.status == PaperRequest.Status.RECEIVED
    assert done.paper is not None
    assert done.paper.item_id == asked.item_id
    assert done.paper.uploaded_by == action_owner
    assert not done.paper.restricted
    row = done.history.order_by("-history_date").first()
    assert row.history_user == action_owner
    assert row.history_change_reason == "Paper received"


def test_a_restricted_request_gives_a_restricted_paper(
    upcoming: Meeting, secretariat: Any, action_owner: Any
) -> None:
    item = add_item(upcoming, secretariat, "Finance")
    asked = paper_request_create(
        item=item,
        by=secretariat,
        organisation=Organisation.objects.get(short_name="MPS"),
        due=timezone.localdate(),
        restricted=True,
    )
    done = paper_request_fulfil(
        request=asked, by=action_owner, name="f.pdf", data=pdf_bytes(), title="Finance"
    )
    assert done.paper.restricted


def test_a_wrong_format_is_refused_and_saves_nothing(
    asked: PaperRequest, action_owner: Any
) -> None:
    with pytest.raises(ValidationError) as caught:
        paper_request_fulfil(
            request=asked, by=action_owner, name="review.pdf", data=b"<html>hi</html>", title="R"
        )
    assert "not a paper PROB accepts" in str(caught.value)
    asked.refresh_from_db()
    assert asked.status == PaperRequest.Status.REQUESTED
    assert asked.paper is None
    assert not Paper.objects.exists()
    assert asked.history.count() == 1


def test_a_withdrawn_request_cannot_be_answered(
    asked: PaperRequest, secretariat: Any, action_owner: Any
) -> None:
    paper_request_withdraw(request=asked, by=secretariat)
    asked.refresh_from_db()
    assert asked.status == PaperRequest.Status.WITHDRAWN
    assert asked.history.order_by("-history_date").first().history_user == secretariat
    with pytest.raises(ValidationError):
        paper_request_fulfil(
            request=asked, by=action_owner, name="r.pdf", data=pdf_bytes(), title="R"
        )
    assert not Paper.objects.exists()


def test_reminders_go_once_seven_days_before_and_when_overdue(asked: PaperRequest) -> None:
    mail.outbox.clear()
    due = asked.due
    paper_requests_remind(today=due - datetime.timedelta(days=8))
    assert not [m for m in mail.outbox if "Paper for item" in m.subject]
    assert paper_requests_remind(today=due - datetime.timedelta(days=7)) == 1
    paper_requests_remind(today=due - datetime.timedelta(days=6))
    sent = [m.subject for m in mail.outbox if "Paper for item" in m.subject]
    assert sent == [f"Due {due:%-d %B %Y}: {sent[0].split(': ', 1)[1]}"]
    paper_requests_remind(today=due + datetime.timedelta(days=1))
    paper_requests_remind(today=due + datetime.timedelta(days=2))
    sent = [m.subject for m in mail.outbox if "Paper for item" in m.subject]
    assert len(sent) == 2
    assert sent[1].startswith("Overdue: ")


def test_a_received_request_is_not_reminded(asked: PaperRequest, action_owner: Any) -> None:
    paper_request_fulfil(request=asked, by=action_owner, name="r.pdf", data=pdf_bytes(), title="R")
    mail.outbox.clear()
    assert paper_requests_remind(today=asked.due) == 0
    assert not mail.outbox


# --- Access ------------------------------------------------------------------------------------


def test_another_organisations_owner_gets_404(asked: PaperRequest, other_owner: Any) -> None:
    with pytest.raises(Http404):
        get_paper_request_for_user(other_owner, asked.pk)
    response = client_for(other_owner).post(
        reverse("agenda:request_upload", args=[asked.pk]),
        {f"request-{asked.pk}-title": "X", f"request-{asked.pk}-upload": _upload()},
    )
    assert response.status_code == 404
    assert not Paper.objects.exists()


def test_the_secretariat_sees_but_may_not_upload(asked: PaperRequest, secretariat: Any) -> None:
    assert get_paper_request_for_user(secretariat, asked.pk) == asked
    with pytest.raises(PermissionDenied):
        get_paper_request_for_owner(secretariat, asked.pk)


def test_the_owner_sees_nothing_else_of_the_unpublished_agenda(
    asked: PaperRequest, action_owner: Any
) -> None:
    assert client_for(action_owner).get(agenda_url(asked.item.agenda.meeting)).status_code == 404
    html = html_for(action_owner, reverse("actions:mine"))
    assert "Stop and search review" in html


def test_the_public_sees_nothing_of_a_request(
    asked: PaperRequest, secretariat: Any, action_owner: Any
) -> None:
    from agenda.services import agenda_publish

    add_item(asked.item.agenda.meeting, secretariat, "Any other business")
    agenda_publish(agenda=asked.item.agenda, by=secretariat)
    html = html_for(None, agenda_url(asked.item.agenda.meeting))
    assert "Cover the last quarter." not in html
    assert "requested" not in html.lower()
    assert client_for(None).get(reverse("agenda:request_paper", args=[asked.pk])).status_code == 302


def _upload(data: bytes | None = None, name: str = "review.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, pdf_bytes() if data is None else data, "application/pdf")


# --- Pages -------------------------------------------------------------------------------------


def test_my_actions_shows_the_requests_in_constant_queries(
    asked: PaperRequest,
    secretariat: Any,
    action_owner: Any,
    django_assert_max_num_queries: Any,
) -> None:
    client = client_for(action_owner)
    url = reverse("actions:mine")
    client.get(url)
    with django_assert_max_num_queries(30) as few:
        client.get(url)
    for number in range(5):
        item = add_item(asked.item.agenda.meeting, secretariat, f"Extra {number}")
        paper_request_create(
            item=item,
            by=secretariat,
            organisation=asked.organisation,
            due=asked.due,
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url)
    html = response.content.decode()
    assert "Papers requested of you" in html
    assert "Extra 4" in html
    assert f"Due {asked.due:%-d %B %Y}" in html
    assert 'for="id_request-' in html  # the file box is labelled


def test_the_owner_uploads_and_the_secretariat_sees_it_received(
    asked: PaperRequest, action_owner: Any, secretariat: Any
) -> None:
    response = client_for(action_owner).post(
        reverse("agenda:request_upload", args=[asked.pk]),
        {f"request-{asked.pk}-title": "Review paper", f"request-{asked.pk}-upload": _upload()},
    )
    assert response.status_code == 302
    html = html_for(secretariat, agenda_url(asked.item.agenda.meeting, "agenda:editor"))
    assert "received" in html
    assert "Review paper" in html
    paper = client_for(action_owner).get(reverse("agenda:request_paper", args=[asked.pk]))
    assert paper.status_code == 200
    assert paper["Content-Disposition"].startswith("attachment")


def test_a_refused_upload_shows_its_error_focused(asked: PaperRequest, action_owner: Any) -> None:
    response = client_for(action_owner).post(
        reverse("agenda:request_upload", args=[asked.pk]),
        {
            f"request-{asked.pk}-title": "Review",
            f"request-{asked.pk}-upload": _upload(b"just text", "review.pdf"),
        },
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "not a paper PROB accepts" in html
    assert "autofocus" in html
    assert not Paper.objects.exists()


def test_the_secretariat_requests_from_the_editor(
    upcoming: Meeting, secretariat: Any, action_owner: Any, django_capture_on_commit_callbacks: Any
) -> None:
    item = add_item(upcoming, secretariat, "Finance")
    mps = Organisation.objects.get(short_name="MPS")
    due = timezone.localdate() + datetime.timedelta(days=5)
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(secretariat).post(
            agenda_url(upcoming, "agenda:request_add"),
            {
                "target": item.pk,
                f"request-{item.pk}-organisation": mps.pk,
                f"request-{item.pk}-due": due.isoformat(),
                f"request-{item.pk}-note": "",
            },
        )
    assert response.status_code == 302
    made = PaperRequest.objects.get()
    assert (made.organisation, made.due, made.requested_by) == (mps, due, secretariat)
    assert len(mail.outbox) == 1
    html = html_for(secretariat, agenda_url(upcoming, "agenda:editor"))
    assert "requested" in html
    response = client_for(secretariat).post(
        agenda_url(upcoming, "agenda:request_withdraw"), {"target": made.pk}
    )
    assert response.status_code == 302
    made.refresh_from_db()
    assert made.status == PaperRequest.Status.WITHDRAWN


def test_the_pages_are_valid_html(asked: PaperRequest, action_owner: Any, secretariat: Any) -> None:
    from tests.htmlcheck import assert_valid_html_pages

    assert_valid_html_pages(
        {
            "mine": html_for(action_owner, reverse("actions:mine")),
            "editor": html_for(secretariat, agenda_url(asked.item.agenda.meeting, "agenda:editor")),
        }
    )


def test_the_sample_officer_has_a_paper_requested(published_meeting: Meeting) -> None:
    from agenda.sample import load_sample_agenda

    mps = Organisation.objects.get(short_name="MPS")
    officer = make_user(
        "officer@mps.example",
        person_name="Alexis Boon",
        organisation=mps,
        board=published_meeting.board,
        role=Membership.Role.ACTION_OWNER,
    )
    meeting = load_sample_agenda(published_meeting.board)
    found = PaperRequest.objects.get()
    assert found.item.agenda.meeting == meeting
    assert found.organisation == mps and found.restricted and found.is_open
    assert "Update on an ongoing investigation" in html_for(officer, reverse("actions:mine"))
