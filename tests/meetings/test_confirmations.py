"""Circulating, agreeing and publishing cannot be taken back: the first post shows what will
happen (who is emailed and who not, and why; the meeting a record is agreed at and what agreeing
fixes; what goes public, what is withheld and the checksum to be; comments still to resolve),
and only the posted confirmation does it."""

from typing import Any

import lxml.html
import pytest
from django.core import mail

from meetings.models import Attendance, Meeting, Paragraph, Person, Section
from meetings.renderings import public_checksum
from meetings.services import record_agree, record_circulate
from meetings.services.comments import comment_add
from tests.addresses import move_url
from tests.conftest import client_for, next_meeting
from tests.htmlcheck import assert_valid_html


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
    named = [item.split(":")[0] for item in texts(page, "//main//ul[1]/li")]
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


def test_it_names_who_circulating_does_not_email_and_why(
    attended: Meeting, secretariat: Any, board_member: Any
) -> None:
    no_account = Person.objects.create(name="Dr Ann Paper")
    board_member.email = ""
    board_member.save()
    Attendance.objects.create(meeting=attended, person=no_account, position=2000)
    response = client_for(secretariat).post(move_url(attended, "circulate"))
    page = lxml.html.fromstring(response.content)
    seed_people = [a.person.name for a in attended.attendances.filter(person__user=None)]
    assert len(seed_people) > 2  # the seed's attendees have no accounts
    assert texts(page, "//main//ul[@class='not-emailed']/li") == [
        f"No account ({len(seed_people)}): {', '.join(seed_people)}",
        "No email address (1): Pat Member",
        "May not read the draft and owns no action in it (1): Out Sider",
    ]
    assert texts(page, "//main//h2[.='Not emailed']/following-sibling::p[1]") == [
        f"{len(seed_people) + 2} other attendees, by why:"
    ]
    assert "2 people" not in texts(page, "//main//form//button")[0]
    assert texts(page, "//main//form//button") == ["Circulate and email 1 person"]
    assert_valid_html(response.content)


def _agree_page(meeting: Meeting, user: Any, **data: Any) -> Any:
    at = next_meeting(meeting)
    return client_for(user).post(move_url(meeting, "agree"), {"at_meeting": at.pk} | data)


def test_agreeing_asks_first_naming_the_meeting_and_what_it_fixes(
    circulated_meeting: Meeting, secretariat: Any
) -> None:
    response = _agree_page(circulated_meeting, secretariat)
    assert response.status_code == 200
    assert status_of(circulated_meeting) == "circulated"
    page = lxml.html.fromstring(response.content)
    at = next_meeting(circulated_meeting)
    long = f"{at.date.day} {at.date:%B %Y}"
    heading = page.xpath("//h1")[0]
    assert heading.get("autofocus") is not None and heading.get("tabindex") == "-1"
    facts = " ".join(texts(page, "//ul[@class='agree-facts']/li"))
    assert f"at the meeting of {long}" in facts and "numbers are fixed" in facts
    assert texts(page, "//main//form//button") == [f"Agree at the meeting of {long}"]
    assert not page.xpath("//*[contains(@class, 'unresolved-comments')]")
    # What the step's form was sent with goes back with the confirmation.
    assert page.xpath("//main//form//input[@name='at_meeting']/@value") == [str(at.pk)]
    assert_valid_html(response.content)


def test_agreeing_is_done_once_confirmed(circulated_meeting: Meeting, secretariat: Any) -> None:
    response = _agree_page(circulated_meeting, secretariat, confirmed="1")
    assert response.status_code == 302
    agreed_now = Meeting.objects.get(pk=circulated_meeting.pk)
    assert agreed_now.status == "agreed"
    assert agreed_now.agreed_at == next_meeting(circulated_meeting)


@pytest.mark.parametrize(("asked", "minutes"), [({"add_minute": "on"}, 1), ({}, 0)])
def test_the_minute_asked_for_is_said_and_added_once_confirmed(
    circulated_meeting: Meeting, secretariat: Any, asked: dict[str, str], minutes: int
) -> None:
    page = lxml.html.fromstring(_agree_page(circulated_meeting, secretariat, **asked).content)
    facts = " ".join(texts(page, "//ul[@class='agree-facts']/li"))
    assert ("were agreed as a true record" in facts) is bool(minutes)
    # The confirmation posts back what it was sent: the hidden field as it came.
    (sent,) = page.xpath("//main//form//input[@name='add_minute']/@value")
    _agree_page(circulated_meeting, secretariat, add_minute=sent, confirmed="1")
    assert status_of(circulated_meeting) == "agreed"
    at = next_meeting(circulated_meeting)
    added = Paragraph.objects.filter(section__meeting=at, text__contains="agreed as a true")
    assert added.count() == minutes


def _comment(meeting: Meeting, author: Any, count: int) -> list[Any]:
    paragraphs = Paragraph.objects.filter(section__meeting=meeting).order_by("pk")[:count]
    return [comment_add(paragraph=p, author=author, text="Is this right?") for p in paragraphs]


def _warning(page: Any) -> tuple[str, list[str]]:
    (note,) = page.xpath("//main//*[contains(@class, 'unresolved-comments')]")
    return " ".join(note.text_content().split()), note.xpath(".//a/@href")


def test_agreeing_warns_of_comments_to_resolve_and_links_to_them(
    circulated_meeting: Meeting, secretariat: Any, board_member: Any
) -> None:
    first, _second = _comment(circulated_meeting, board_member, 2)
    response = _agree_page(circulated_meeting, secretariat)
    text, links = _warning(lxml.html.fromstring(response.content))
    assert text.startswith("2 comments from the board are not resolved.")
    assert links == [f"{circulated_meeting.get_absolute_url()}#comment-{first.pk}"]
    # A warning, not a refusal: the board may agree anyway.
    _agree_page(circulated_meeting, secretariat, confirmed="1")
    assert status_of(circulated_meeting) == "agreed"


def test_publishing_warns_of_a_comment_to_resolve(
    circulated_meeting: Meeting, secretariat: Any, board_member: Any
) -> None:
    (comment,) = _comment(circulated_meeting, board_member, 1)
    agreed = record_agree(
        meeting=circulated_meeting, at_meeting=next_meeting(circulated_meeting), by=None
    )
    response = client_for(secretariat).post(move_url(agreed, "publish"))
    text, links = _warning(lxml.html.fromstring(response.content))
    assert text.startswith("1 comment from the board is not resolved.")
    assert links == [f"{agreed.get_absolute_url()}#comment-{comment.pk}"]
    assert_valid_html(response.content)
    # The link lands on the comment, which the agreed record's page still shows.
    record = lxml.html.fromstring(client_for(secretariat).get(agreed.get_absolute_url()).content)
    assert record.xpath(f"//*[@id='comment-{comment.pk}']")
