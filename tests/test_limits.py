"""Free text is bounded: by the form (keeping what was typed), the service and the database."""

from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from actions.models import ActionUpdate
from actions.services import action_update_post
from meetings.models import Action, Meeting, Paragraph
from prob import characters, limits
from tests.conftest import client_for


def test_it_refuses_an_update_over_the_limit_and_keeps_the_text(
    action: Action, action_owner: Any
) -> None:
    text = "x" * (limits.UPDATE + 1)
    response = client_for(action_owner).post(
        reverse("actions:post_update", args=[action.pk]), {"text": text}
    )
    assert response.status_code == 400
    assert "at most 10000 characters" in response.content.decode()
    assert text in response.content.decode()


def test_it_saves_nothing_over_the_limit(action: Action, action_owner: Any) -> None:
    client_for(action_owner).post(
        reverse("actions:post_update", args=[action.pk]), {"text": "x" * (limits.UPDATE + 1)}
    )
    assert not action.updates.exists()


def test_it_refuses_an_update_over_the_limit_in_the_service(
    action: Action, action_owner: Any
) -> None:
    with pytest.raises(ValidationError):
        action_update_post(action=action, author=action_owner, text="x" * (limits.UPDATE + 1))


def test_it_refuses_a_paragraph_over_the_limit(seed_meeting: Meeting) -> None:
    paragraph = Paragraph.objects.filter(section__meeting=seed_meeting).first()
    paragraph.text = "x" * (limits.PARAGRAPH + 1)
    with pytest.raises(ValidationError):
        paragraph.full_clean()


@pytest.mark.parametrize(
    ("model", "limit"), [(ActionUpdate, limits.UPDATE), (Paragraph, limits.PARAGRAPH)]
)
def test_it_refuses_text_over_the_limit_in_the_database(
    action: Action, action_owner: Any, model: Any, limit: int
) -> None:
    # Past the model's validators, as a bulk write or a raw query would be.
    if model is ActionUpdate:
        row = ActionUpdate(action=action, author=action_owner, text="x" * (limit + 1))
    else:
        row = Paragraph(section=action.paragraph.section, position=99, text="x" * (limit + 1))
    with pytest.raises(IntegrityError), transaction.atomic():
        model.objects.bulk_create([row])


def test_it_pages_a_long_list_of_updates(action: Action, action_owner: Any) -> None:
    ActionUpdate.objects.bulk_create(
        ActionUpdate(action=action, author=action_owner, text=f"Update number {n}.")
        for n in range(25)
    )
    html = client_for(action_owner).get(action.get_absolute_url()).content.decode()
    assert html.count("Update number") == 20
    assert "?updates=2" in html


# --- Direction controls (QA finding 8) ------------------------------------------------------

SPOOF = "\u202elive\u202c \u2066and\u2069 \u202aplain\u202b\u202d"


def test_it_takes_direction_controls_out_of_a_posted_update(
    action: Action, action_owner: Any
) -> None:
    client_for(action_owner).post(reverse("actions:post_update", args=[action.pk]), {"text": SPOOF})
    assert ActionUpdate.objects.get(action=action).text == "live and plain"


def test_it_takes_them_out_of_an_imported_document(seed_text: str) -> None:
    from meetings.services.imports import Document

    assert "\u202e" not in Document(text=seed_text.replace("Minutes", SPOOF)).text
    assert (
        characters.shown_as_stored("\u05e9\u05dc\u05d5\u05dd \u202e!")
        == "\u05e9\u05dc\u05d5\u05dd !"
    )


def _multipart(fields: int, *, files: int = 0) -> Any:
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.test import RequestFactory

    data: dict[str, Any] = {f"f{i}": "1" for i in range(fields)}
    data |= {f"file{i}": SimpleUploadedFile(f"{i}.txt", b"x") for i in range(files)}
    return RequestFactory().post("/", data)


def test_it_refuses_more_fields_than_django_reads_before_parsing_them(
    settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from django.core.exceptions import TooManyFieldsSent
    from django.http.multipartparser import MultiPartParser

    from prob.middleware import refuse_too_many_fields

    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 20
    # Where the parser itself stops: 20 fields (and a file, no field) are read, 21 are not.
    for fields, files, refused in ((20, 0, False), (20, 5, False), (21, 0, True)):
        request = _multipart(fields, files=files)
        request.body  # noqa: B018
        try:
            request.POST  # noqa: B018
        except TooManyFieldsSent:
            assert refused
        else:
            assert not refused
        # The count from the body says the same, without the parser.
        monkeypatch.setattr(MultiPartParser, "parse", lambda self: pytest.fail("parsed"))
        request = _multipart(fields, files=files)
        request.body  # noqa: B018
        if refused:
            with pytest.raises(TooManyFieldsSent):
                refuse_too_many_fields(request)
        else:
            refuse_too_many_fields(request)
        monkeypatch.undo()


def test_a_post_with_more_fields_than_django_reads_is_a_bad_request(
    action: Action, action_owner: Any, settings: Any
) -> None:
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 20
    data = {"text": "Done."} | {f"f{i}": "1" for i in range(20)}
    response = client_for(action_owner).post(reverse("actions:post_update", args=[action.pk]), data)
    assert response.status_code == 400
    assert not ActionUpdate.objects.filter(action=action).exists()
