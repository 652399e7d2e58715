"""Comments on a circulated record: board members and the secretariat leave them on its
paragraphs, and the secretariat marks each resolved.

Each service runs in one transaction, checks who is acting (a `PermissionDenied` behind the
views' own checks) and the record's state (a `ValidationError` saying why), and writes who
and why into the history.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from meetings.models import Comment, Meeting, Paragraph
from meetings.revisions import held_copy, record_changed
from meetings.scoping import is_secretariat, sees_restricted
from prob.history import save_with_history


@transaction.atomic
def comment_add(*, paragraph: Paragraph, author: Any, text: str) -> Comment:
    """Adds `author`'s comment to a paragraph of a circulated record of their board."""
    held = held_copy(paragraph, "section", "meeting")
    paragraph = Paragraph.objects.select_related("section").get(pk=paragraph.pk)
    # Locked, so that the record cannot leave circulation while the comment is written.
    meeting = Meeting.objects.select_for_update().get(pk=paragraph.section.meeting_id)
    if not sees_restricted(author, meeting.board_id):
        raise PermissionDenied("Only the board's members and secretariat comment on its records")
    if meeting.status != Meeting.Status.CIRCULATED:
        raise ValidationError(
            f"Comments are taken only while a record is circulated; this one is "
            f"{meeting.get_status_display().lower()}.",
            code="not_circulated",
        )
    text = text.strip()
    if not text:
        raise ValidationError({"text": "Write your comment before sending it."}, code="required")
    if held is not None:
        # The comment leads back to the caller's copy of the record, to be kept up to date.
        paragraph.section.meeting = held
    comment = Comment(paragraph=paragraph, author=author, text=text)
    comment.full_clean()
    save_with_history(comment, by=author, reason=f"Comment on {paragraph.ref}")
    # The members' page of the record shows its comments; its files do not.
    record_changed(meeting, held, content=False)
    return comment


@transaction.atomic
def comment_resolve(*, comment: Comment, by: Any) -> Comment:
    """Marks a comment resolved, once, by the secretariat of its board."""
    locked = (
        Comment.objects.select_for_update(of=("self",))
        .select_related("paragraph__section__meeting")
        .get(pk=comment.pk)
    )
    paragraph = locked.paragraph
    if not is_secretariat(by, paragraph.section.meeting.board_id):
        raise PermissionDenied("Only the board's secretariat resolves comments")
    if locked.is_resolved:
        raise ValidationError(
            f"This comment on {paragraph.ref} is already resolved.", code="resolved"
        )
    locked.resolved_at = timezone.now()
    locked.resolved_by = by
    locked.full_clean()
    save_with_history(locked, by=by, reason=f"Comment on {paragraph.ref} resolved")
    record_changed(
        paragraph.section.meeting,
        held_copy(comment, "paragraph", "section", "meeting"),
        content=False,
    )
    return locked
