import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from meetings.models import Meeting, Organisation, Paragraph, Person
from prob import limits


class ActionQuerySet(models.QuerySet):
    """The one rule for which actions count: every list, count and reminder of actions (board
    page, dashboard, action log, matters arising, reminders) starts from these."""

    def raised(self) -> "ActionQuerySet":
        """Actions of records past draft. An action is raised when its record goes to the board;
        a draft's actions are the secretariat's work in progress, not yet anyone's to answer
        for (the editor shows them)."""
        return self.exclude(paragraph__section__meeting__status=Meeting.Status.DRAFT)

    def open(self) -> "ActionQuerySet":
        """Raised and not closed (open, in progress or proposed for closure)."""
        return self.raised().exclude(status=Action.Status.CLOSED)


class Action(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "Open"
        IN_PROGRESS = "in_progress", "In progress"
        PROPOSED = "proposed", "Proposed for closure"
        CLOSED = "closed", "Closed"

    paragraph = models.ForeignKey(Paragraph, on_delete=models.CASCADE, related_name="actions")
    position = models.PositiveIntegerField()
    text = limits.bounded_text(limits.ACTION)
    owner = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.PROTECT, related_name="actions"
    )
    owner_people = models.ManyToManyField(Person, blank=True, related_name="actions")
    due = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OPEN)
    # Stored on every write to a draft (meetings.numbering), frozen once agreed.
    number = models.PositiveIntegerField(null=True, blank=True, editable=False)
    closed_at_meeting = models.ForeignKey(
        "meetings.Meeting",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="closed_actions",
    )

    # Bumped by every change of state, so a form based on an older state is refused.
    version = models.PositiveIntegerField(default=1, editable=False)

    history = HistoricalRecords()

    objects = ActionQuerySet.as_manager()

    # Which states each lifecycle verb starts from and leads to, and who takes it, is declared
    # once: `actions.services.ACTION_VERBS`.

    class Meta:
        ordering = ("paragraph", "position")
        constraints = [
            models.UniqueConstraint(
                fields=["paragraph", "position"], name="action_position_unique"
            ),
            models.CheckConstraint(
                condition=Q(status__in=["open", "in_progress", "proposed", "closed"]),
                name="action_status_valid",
            ),
            limits.text_within("text", limits.ACTION, name="action_text_bounded"),
            # Closed means closed by the board at a meeting, and only then is one recorded.
            models.CheckConstraint(
                condition=Q(status="closed", closed_at_meeting__isnull=False)
                | (~Q(status="closed") & Q(closed_at_meeting__isnull=True)),
                name="action_closed_at_a_meeting",
            ),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    def get_absolute_url(self) -> str:
        return reverse("actions:detail", args=[self.pk])

    def is_overdue(self, today: datetime.date | None = None) -> bool:
        """Derived, never stored: a due date has passed and the action is not closed."""
        today = today or timezone.localdate()
        return self.due is not None and self.due < today and self.status != self.Status.CLOSED


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
