"""Circulating and publishing cannot be taken back: the first post shows what will happen (who
is emailed; what goes public, what is withheld and the checksum to be), and only the posted
confirmation does it."""

from typing import Any

import lxml.html
import pytest
from django.core import mail
from django.urls import reverse

from meetings.models import Attendance, Meeting, Paragraph, Section
from meetings.renderings import public_checksum
from meetings.services import record_agree, record_circulate
from tests.conftest import client_for, next_meeting
from tests.htmlcheck import assert_valid_html


def move_url(meeting: Meeting, verb: str) -> str:
    return reverse(
        "meetings:record_move", args=[meeting.board.slug, meeting.date.isoformat(), verb]
    )


def status_of(meeting: Meeting) -> str:
    return Meeting.objects.get(pk=meeting.pk).status


def texts(page: Any, path: str) -> list[str]:
    return [element.text_content().strip() for element in page.xpath(path)]


@pytest.fixture
def attended(seed_meeting: Meeting, secretariat: Any, board_member: Any, outsider: Any) -> Meeting:
    """The draft attended by the clerk and a member (who read it) and an outsider (who may not,
    and owns nothing in it, so is not emailed)."""
    for position, user in enumerate((secretariat, board_member, outsider), start=1000):
        Attendance.objects.create(meeting=seed_meeting, person=user.person, position=position)
    return seed_meeting


@pytest.fixture
def agreed(seed_meeting: Meeting) -> Meeting:
    """The seed record agreed, with its fifth section and one paragraph of the first restricted."""
    Section.objects.filter(meeting=seed_meeting, position=5).update(restricted=True)
    first = Section.objects.get(meeting=seed_meeting, position=1)
    Paragraph.objects.filter(section=first, position=1).update(restricted=True)
    meeting = record_circulate(meeting=seed_meeting, by=None)
    return record_agree(meeting=meeting, at_meeting=next_meeting(meeting), by=None)


def test_it_changes_nothing_on_the_first_circulate(attended: Meeting, secretariat: Any) -> None:
    response = client_for(secretariat).post(move_url(attended, "circulate"))
    assert response.status_code == 200
    assert status_of(attended) == "draft"


def test_it_names_who_circulating_emails(
    attended: Meeting, secretariat: Any, django_capture_on_commit_callbacks: Any
) -> None:
    page = lxml.html.fromstring(
        client_for(secretariat).post(move_url(attended, "circulate")).content
    )
    named = [item.split(":")[0] for item in texts(page, "//main//ul/li")]
    assert named == ["Sam Clerk", "Pat Member"]
    assert texts(page, "//main//form//button") == ["Circulate and email 2 people"]
    assert "@" not in lxml.html.tostring(page.xpath("//main")[0], encoding="unicode")


def test_it_circulates_once_confirmed(
    attended: Meeting, secretariat: Any, django_capture_on_commit_callbacks: Any
) -> None:
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(secretariat).post(move_url(attended, "circulate"), {"confirmed": "1"})
    assert response.status_code == 302
    assert status_of(attended) == "circulated"
    # What the confirmation named is who the email task sent to.
    assert sorted(message.to[0] for message in mail.outbox) == [
        "clerk@mopac.example",
        "member@mopac.example",
    ]


def test_it_shows_what_publishing_withholds(agreed: Meeting, secretariat: Any) -> None:
    response = client_for(secretariat).post(move_url(agreed, "publish"))
    page = lxml.html.fromstring(response.content)
    assert status_of(agreed) == "agreed"
    fifth = Section.objects.get(meeting=agreed, position=5)
    first = Paragraph.objects.get(section__meeting=agreed, section__position=1, position=1)
    words = first.text.split()
    # Counted, and each named: a section by number and title, a paragraph by its first words.
    assert [li.text.strip() for li in page.xpath("//main//ul[@class='withheld-list']/li")] == [
        "1 restricted section, with all of its paragraphs:",
        "1 restricted paragraph of other sections:",
    ]
    assert texts(page, "//main//ul[@class='withheld-list']/li/ul/li") == [
        f"5. {fifth.title}",
        f"1.1 “{' '.join(words[:8])}{'…' if len(words) > 8 else ''}”",
    ]
    assert texts(page, "//main//form//button") == ["Publish"]
    assert_valid_html(response.content)


def test_it_shows_the_checksum_the_published_record_has(agreed: Meeting, secretariat: Any) -> None:
    client = client_for(secretariat)
    page = lxml.html.fromstring(client.post(move_url(agreed, "publish")).content)
    shown = texts(page, "//code[@class='checksum']")
    client.post(move_url(agreed, "publish"), {"confirmed": "1"})
    published = Meeting.objects.get(pk=agreed.pk)
    assert published.status == "published"
    assert shown == [public_checksum(published)]
