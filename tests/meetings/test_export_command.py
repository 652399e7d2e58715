import json
import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from meetings.models import Meeting, Paragraph, Section
from tests.conftest import import_record


def export(*args: str) -> str:
    out = StringIO()
    call_command("export_minutes", *args, stdout=out)
    return out.getvalue()


def words(text: str) -> list[str]:
    """The text without markup, bullets and page numbers, as a stream of words."""
    text = re.sub(r"[#*]", " ", text)
    lines = [line for line in text.splitlines() if not re.fullmatch(r"\s*\d+\s*", line)]
    return [w for w in " ".join(lines).split() if w not in {"-", "•"}]


def test_it_gives_back_every_word_of_the_seed(seed_meeting: Meeting, seed_text: str) -> None:
    assert words(export(str(seed_meeting.pk), "--format", "text")) == words(seed_text)


def test_it_exports_json_in_the_schema(seed_meeting: Meeting) -> None:
    data = json.loads(export(str(seed_meeting.pk), "--format", "json"))
    paragraph = data["sections"][3]["paragraphs"][2]
    assert paragraph["ref"] == "4.3"
    assert paragraph["actions"][0] == {
        "number": 1,
        "text": "MPS to share with MOPAC as soon as possible the data on the use of handcuffs "
        "during a stop and search, including age and ethnicity.",
        "owner": "MPS",
        "owner_people": [],
        "due": None,
        "status": "open",
    }


def test_it_finds_a_meeting_by_board_and_date(seed_meeting: Meeting) -> None:
    out = export("performance-and-risk-oversight-board/2023-08-31", "--format", "json")
    assert json.loads(out)["date"] == "2023-08-31"


def test_it_says_clearly_when_there_is_no_such_meeting(db: None) -> None:
    with pytest.raises(CommandError, match="No meeting"):
        export("999")


def test_it_withholds_restricted_content_with_public(seed_meeting: Meeting) -> None:
    Section.objects.filter(meeting=seed_meeting, position=5).update(restricted=True)
    Paragraph.objects.filter(
        section__meeting=seed_meeting, text__startswith="The DMPC noted that in 50%"
    ).update(restricted=True)
    out = export(str(seed_meeting.pk), "--format", "text", "--public")
    assert "Cyber Security" not in out
    assert "50% of cases" not in out
    assert out.count("[Withheld from publication]") == 2


def test_it_marks_withheld_items_in_public_json(seed_meeting: Meeting) -> None:
    Section.objects.filter(meeting=seed_meeting, position=5).update(restricted=True)
    data = json.loads(export(str(seed_meeting.pk), "--format", "json", "--public"))
    assert data["sections"][4] == {
        "number": 5,
        "ref": "5",
        "title": "",
        "restricted": True,
        "withheld": True,
        "paragraphs": [],
    }


def test_it_round_trips_a_record_through_text(seed_meeting: Meeting) -> None:
    Section.objects.filter(meeting=seed_meeting, position=2).update(restricted=True)
    first = json.loads(export(str(seed_meeting.pk), "--format", "json"))
    text = export(str(seed_meeting.pk), "--format", "text")
    seed_meeting.delete()
    again = import_record(text)
    assert json.loads(export(str(again.pk), "--format", "json")) == first
