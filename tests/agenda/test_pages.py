from __future__ import annotations

from typing import Any

import lxml.html
import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile

from agenda.models import AgendaItem, Paper
from meetings.models import Meeting
from tests.agenda.conftest import agenda_url, pdf_bytes
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def _post(user: Any, meeting: Meeting, name: str, data: dict[str, Any]) -> Any:
    return client_for(user).post(agenda_url(meeting, name), data)


def test_it_shows_the_editor_to_the_secretariat(upcoming: Meeting, secretariat: Any) -> None:
    response = client_for(secretariat).get(agenda_url(upcoming, "agenda:editor"))
    assert response.status_code == 200
    assert "Add an item" in response.content.decode()
    # The heading names the meeting, not its record ("Record of Meeting …").
    (heading,) = lxml.html.fromstring(response.content).xpath("//h1")
    long = f"{upcoming.date.day} {upcoming.date:%B %Y}"
    assert heading.text_content() == f"Agenda: meeting of {long}"


def test_it_adds_an_item_from_the_editor(upcoming: Meeting, secretariat: Any) -> None:
    response = _post(
        secretariat,
        upcoming,
        "agenda:item_add",
        {"add-title": "Finance report", "add-purpose": "decision", "add-title_public": "on"},
    )
    assert response.status_code == 302
    assert AgendaItem.objects.get().number == 1


def test_it_refuses_a_restricted_item_without_reason_on_the_page(
    upcoming: Meeting, secretariat: Any
) -> None:
    response = _post(
        secretariat,
        upcoming,
        "agenda:item_add",
        {"add-title": "Secret", "add-purpose": "noting", "add-restricted": "on"},
    )
    assert response.status_code == 400
    assert "Say why the item is withheld" in response.content.decode()


def test_it_uploads_a_paper_from_the_editor(upcoming: Meeting, secretariat: Any) -> None:
    _post(
        secretariat, upcoming, "agenda:item_add", {"add-title": "Finance", "add-purpose": "noting"}
    )
    item = AgendaItem.objects.get()
    upload = SimpleUploadedFile("budget.pdf", pdf_bytes(), content_type="text/html")
    response = _post(
        secretariat,
        upcoming,
        "agenda:paper_add",
        {
            "target": item.pk,
            f"paper-{item.pk}-title": "Budget",
            f"paper-{item.pk}-version": "2",
            f"paper-{item.pk}-upload": upload,
        },
    )
    assert response.status_code == 302
    paper = Paper.objects.get()
    assert (paper.content_type, paper.version) == ("application/pdf", "2")
    assert default_storage.exists(paper.file.name)


def test_it_publishes_from_the_editor(upcoming: Meeting, secretariat: Any) -> None:
    _post(
        secretariat, upcoming, "agenda:item_add", {"add-title": "Finance", "add-purpose": "noting"}
    )
    response = _post(secretariat, upcoming, "agenda:publish", {})
    assert response.status_code == 302
    assert client_for(None).get(agenda_url(upcoming)).status_code == 200


def test_it_starts_the_record_and_goes_to_its_editor(upcoming: Meeting, secretariat: Any) -> None:
    _post(
        secretariat, upcoming, "agenda:item_add", {"add-title": "Finance", "add-purpose": "noting"}
    )
    response = _post(secretariat, upcoming, "agenda:start_record", {})
    assert response["Location"].endswith(f"/{upcoming.date.isoformat()}/edit/")
    assert upcoming.sections.get().title == "Finance"


def test_it_reads_the_editor_in_constant_queries(
    agenda_with_papers: dict[str, Any],
    secretariat: Any,
    django_assert_max_num_queries: Any,
) -> None:
    from agenda import services
    from tests.agenda.conftest import pdf_bytes

    meeting = agenda_with_papers["meeting"]
    client = client_for(secretariat)
    url = agenda_url(meeting, "agenda:editor")
    with django_assert_max_num_queries(30) as few:
        client.get(url)
    for n in range(4):
        item = services.item_add(meeting=meeting, by=secretariat, title=f"Item {n}")
        services.paper_add(
            item=item, by=secretariat, name="p.pdf", data=pdf_bytes(pages=n + 1), title=f"P{n}"
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("Not for publication: contains information", "contains information"),
        ("  NOT FOR PUBLICATION — contains information ", "contains information"),
        ("Restricted: Not for publication - contains information", "contains information"),
        ("Restricted by law", "Restricted by law"),  # no colon: the words are the reason
        ("Not for publication:", "Not for publication:"),  # nothing after: kept as typed
        ("Commercially sensitive", "Commercially sensitive"),
    ],
)
def test_a_reason_is_shown_without_a_label_typed_before_it(typed: str, shown: str) -> None:
    assert AgendaItem(restricted=True, restricted_reason=typed).reason == shown


def test_the_public_agenda_says_not_for_publication_once(
    agenda_with_papers: dict[str, Any],
) -> None:
    # The fixture's reason was typed as "Not for publication: contains information …".
    page = client_for(None).get(agenda_url(agenda_with_papers["meeting"])).content.decode()
    text = " ".join(lxml.html.fromstring(page).xpath("//main")[0].text_content().split())
    assert "Not for publication: contains information about an ongoing investigation" in text
    assert "Not for publication: Not for publication" not in text
