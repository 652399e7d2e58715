"""QA H-4: each box of the editor takes exactly as much text as the server accepts for it, one
rule (`prob.limits`, read by the form that receives the box and by the box's maxlength): never
a box that stops typing short of what the server takes, nor one that takes more than it keeps."""

from typing import Any

import lxml.html
from django.urls import reverse

from meetings.forms import ActionForm, ActionFromWordsForm, ParagraphForm
from meetings.models import Action, Meeting, Paragraph
from prob import limits
from tests.conftest import client_for, html_for

# The form that receives each operation's text, by the operation's name in its address.
RECEIVED_BY = {
    "paragraph-update": ParagraphForm,
    "paragraph-add": ParagraphForm,
    "action-update": ActionForm,
    "action-add": ActionFromWordsForm,
}


def test_every_box_of_the_editor_takes_what_its_form_takes(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    args = [seed_meeting.board.slug, seed_meeting.date.isoformat()]
    action = Action.objects.filter(paragraph__section__meeting=seed_meeting).first()
    page = html_for(
        secretariat, reverse("meetings:editor", args=args) + f"?edit=action:{action.pk}"
    )
    tree = lxml.html.fromstring(page)
    checked = set()
    for box in tree.xpath("//textarea[@maxlength]"):
        form = box.getparent()
        while form is not None and form.tag != "form":
            form = form.getparent()
        if form is None or not form.get("action"):
            continue
        op = form.get("action").rstrip("/").rsplit("/", 1)[-1]
        if op not in RECEIVED_BY:
            continue
        field = RECEIVED_BY[op].base_fields[box.get("name")]
        assert int(box.get("maxlength")) == field.max_length, (op, box.get("name"))
        checked.add(op)
    assert {"paragraph-update", "action-update"} <= checked
    assert ParagraphForm.base_fields["text"].max_length == limits.PARAGRAPH
    assert ActionForm.base_fields["text"].max_length == limits.ACTION


def test_a_paragraph_as_long_as_its_box_takes_is_saved_and_one_longer_refused(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    args = [seed_meeting.board.slug, seed_meeting.date.isoformat(), "paragraph-update"]
    paragraph = Paragraph.objects.filter(section__meeting=seed_meeting).first()
    client = client_for(secretariat)
    for length, saved in [(limits.PARAGRAPH + 1, False), (limits.PARAGRAPH, True)]:
        paragraph.refresh_from_db()
        text = ("word " * length)[:length]
        client.post(
            reverse("meetings:edit", args=args),
            {"target": paragraph.pk, "text": text, "version": paragraph.version},
        )
        paragraph.refresh_from_db()
        assert (paragraph.text == text.strip()) == saved, length
