"""A restricted item's title is withheld from the public unless the clerk chooses to show it
(QA #3): the box is unticked by default, and the public agenda and pack show "Restricted
item" and the reason, not the title."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from django.conf import settings
from django.urls import reverse
from pypdf import PdfReader

from agenda import services
from agenda.models import AgendaItem
from agenda.pack import packs_make
from meetings.models import Meeting
from tests.agenda.conftest import agenda_url
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

SECRET = "Briefing on covert operations"


def _add_restricted(meeting: Meeting, secretariat: Any, **extra: str) -> Any:
    data = {
        "add-title": SECRET,
        "add-purpose": "noting",
        "add-restricted": "on",
        "add-restricted_reason": "Operational security",
        **extra,
    }
    return client_for(secretariat).post(agenda_url(meeting, "agenda:item_add"), data)


def _public_text(meeting: Meeting) -> tuple[str, str]:
    page = client_for(None).get(agenda_url(meeting)).content.decode()
    agenda = " ".join(lxml.html.fromstring(page).xpath("//main")[0].text_content().split())
    packs_make(meeting.agenda)
    url = reverse("agenda:pack", args=[meeting.board.slug, meeting.date.isoformat(), "public"])
    reader = PdfReader(io.BytesIO(client_for(None).get(url).content))
    return agenda, " ".join(page.extract_text() for page in reader.pages)


def test_the_box_is_unticked_and_says_what_it_does(upcoming: Meeting, secretariat: Any) -> None:
    page = client_for(secretariat).get(agenda_url(upcoming, "agenda:editor")).content.decode()
    tree = lxml.html.fromstring(page)
    (box,) = tree.xpath("//input[@name='add-title_public']")
    assert box.get("checked") is None
    (label,) = tree.xpath(f"//label[@for='{box.get('id')}']")
    assert "even though the item is restricted" in label.text_content()
    assert AgendaItem().title_public is False


def test_the_public_agenda_and_pack_withhold_the_title_by_default(
    upcoming: Meeting, secretariat: Any
) -> None:
    assert _add_restricted(upcoming, secretariat).status_code == 302
    client_for(secretariat).post(agenda_url(upcoming, "agenda:publish"), {})
    agenda, pack = _public_text(upcoming)
    assert "Restricted item" in agenda and "Operational security" in agenda
    assert SECRET not in agenda and SECRET not in pack


def test_the_title_goes_public_only_when_chosen(upcoming: Meeting, secretariat: Any) -> None:
    _add_restricted(upcoming, secretariat, **{"add-title_public": "on"})
    client_for(secretariat).post(agenda_url(upcoming, "agenda:publish"), {})
    agenda, pack = _public_text(upcoming)
    assert SECRET in agenda and SECRET in pack


# --- QA #20: <time datetime> as HTML allows it -------------------------------------------

# A valid global date and time string as HTML defines it: seconds with at most three digits
# of fraction (vnu refused "…47.255650+00:00").
HTML_DATETIME = re.compile(
    r"\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d{1,3})?)?(?:Z|[+-]\d\d:?\d\d)?)?"
)


def test_the_public_agenda_lists_its_publications_with_valid_datetimes(
    agenda_with_papers: dict[str, Any], secretariat: Any
) -> None:
    meeting = agenda_with_papers["meeting"]
    finance = agenda_with_papers["items"][1]
    services.item_update(item=finance, by=secretariat, title="Finance and budget report")
    services.agenda_publish(agenda=finance.agenda, by=secretariat, verb="republish")
    page = lxml.html.fromstring(client_for(None).get(agenda_url(meeting)).content)
    stamps = [time.get("datetime") for time in page.xpath("//time[@datetime]")]
    assert any("T" in stamp for stamp in stamps)  # the republication's time is listed
    for stamp in stamps:
        assert HTML_DATETIME.fullmatch(stamp), stamp


def test_no_template_writes_a_datetime_attribute_with_microseconds() -> None:
    """Django's "c" format gives microseconds, which HTML's datetime refuses."""
    root = Path(settings.BASE_DIR) / "templates"
    found = [
        str(path.relative_to(root))
        for path in root.rglob("*.html")
        if re.search(r"datetime=\"[^\"]*\|date:['\"]c['\"]", path.read_text(encoding="utf-8"))
    ]
    assert found == []
