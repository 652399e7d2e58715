"""What following an action up keeps: its progress updates and the reminders sent about it.

The action itself (`meetings.models.Action`) is part of the record that raised it, numbered,
edited, imported and read with it, so it is declared in meetings; its tables and migrations
are this app's (`app_label = "actions"`). This app builds on meetings; meetings never imports it.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from simple_history.models import HistoricalRecords

from meetings.models import Action
from prob import limits


class ActionUpdate(models.Model):
    # Progress reports are never lost: an action, or a person, with updates is not deleted.
    action = models.ForeignKey(Action, on_delete=models.PROTECT, related_name="updates")
    # None for what the system did (sample data, commands), never for a person's update.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    text = limits.bounded_text(limits.UPDATE)
    status_from = models.CharField(max_length=20, choices=Action.Status.choices, blank=True)
    status_to = models.CharField(max_length=20, choices=Action.Status.choices, blank=True)
    created = models.DateTimeField(default=timezone.now)

    history = HistoricalRecords()

    class Meta:
        ordering = ("action", "created", "pk")
        constraints = [limits.text_within("text", limits.UPDATE, name="update_text_bounded")]

    def __str__(self) -> str:
        return f"Update on {self.action_id} at {self.created:%Y-%m-%d %H:%M}"

    @property
    def author_name(self) -> str:
        return self.author.display_name if self.author else "PROB (recorded by the system)"


class SentReminder(models.Model):
    """A reminder emailed to an action's owner, kept so that `send_action_reminders` (run by
    cron) sends each one once however often it runs."""

    class Kind(models.TextChoices):
        ASSIGNED = "assigned", "Assigned"
        DUE_SOON = "due_soon", "Due in seven days"
        OVERDUE = "overdue", "Overdue"
        DIGEST = "digest", "Weekly digest"

    # None for the weekly digest, which covers all of a person's open actions.
    action = models.ForeignKey(
        Action, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    # What makes a reminder new: the due date it was about (a new date is a new reminder), the
    # ISO week of a digest ("2024-W05"), or nothing for the one assignment email.
    key = models.CharField(max_length=20, blank=True)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("sent_at", "pk")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "user", "action", "key"], name="sent_reminder_once"
            ),
            # A unique index treats NULLs as distinct, so the digests (no action) need their own.
            models.UniqueConstraint(
                fields=["kind", "user", "key"],
                condition=Q(action__isnull=True),
                name="sent_digest_once",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=["assigned", "due_soon", "overdue", "digest"]),
                name="sent_reminder_kind_valid",
            ),
            # A digest is about no one action; every other reminder about exactly one.
            models.CheckConstraint(
                condition=Q(kind="digest", action__isnull=True)
                | (~Q(kind="digest") & Q(action__isnull=False)),
                name="sent_reminder_action_matches_kind",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} to {self.user_id} ({self.key or self.action_id})"
