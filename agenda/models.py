"""A meeting's front half: its agenda, the items on it and the papers behind each item.

An agenda belongs to one meeting. Its items are numbered by the same rule as a record's
sections (`meetings.numbering.number_record`), stored on every change while the agenda is
written (`agenda.services.agenda_renumber`). A restricted item, or a restricted paper, is
never shown to the public: a restricted item shows its number, its title if that may be
public, and the reason it is withheld.
"""

from __future__ import annotations

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from meetings.models import Meeting
from prob import limits

# A label a clerk may have typed before the reason, with its colon (or dash): the pages and packs
# put their own before it. "Restricted by law" keeps its words: no colon, no label.
_RESTRICTION_LABEL = re.compile(
    r"^\s*(?:not\s+for\s+publication|restricted)\s*[:.;\-\u2013\u2014]+\s*", re.IGNORECASE
)


def bare_reason(reason: str) -> str:
    """`reason` without any leading "Not for publication:" or "Restricted:" (repeated, too):
    "Not for publication: contains …" is shown after the page's own label as "contains …"."""
    bare = reason.strip()
    while (match := _RESTRICTION_LABEL.match(bare)) and bare[match.end() :]:
        bare = bare[match.end() :]
    return bare


class Agenda(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    meeting = models.OneToOneField(Meeting, on_delete=models.CASCADE, related_name="agenda")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT)
    # When it was first published; each publication after it is an `AgendaPublication`.
    published = models.DateTimeField(null=True, blank=True, editable=False)
    # What the public was shown at the last publication (`agenda.public.public_copy`): its
    # items and public papers as they were then. The public reads this, so changes made since
    # stay unseen until the secretariat publishes them; a restriction added since applies at
    # once (`agenda.public.published_items`).
    public_copy = models.JSONField(null=True, blank=True, editable=False)
    updated = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["draft", "published"]), name="agenda_status_valid"
            ),
            # A published agenda says when it was published.
            models.CheckConstraint(
                condition=Q(status="draft") | Q(published__isnull=False),
                name="agenda_published_when",
            ),
        ]

    def __str__(self) -> str:
        return f"Agenda: {self.meeting}"

    def get_absolute_url(self) -> str:
        meeting = self.meeting
        return reverse("agenda:agenda", args=[meeting.board.slug, meeting.date.isoformat()])

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED


class AgendaItem(models.Model):
    class Purpose(models.TextChoices):
        DECISION = "decision", "For decision"
        NOTING = "noting", "For noting"
        DISCUSSION = "discussion", "For discussion"

    agenda = models.ForeignKey(Agenda, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveIntegerField()
    # Stored on every change to the agenda's order (meetings.numbering), never typed.
    number = models.PositiveIntegerField(null=True, blank=True, editable=False)
    title = models.CharField(max_length=limits.TITLE)
    lead = models.CharField(
        "lead or presenter", max_length=200, blank=True, help_text='For example "MPS".'
    )
    purpose = models.CharField(max_length=20, choices=Purpose.choices, default=Purpose.NOTING)
    timing = models.CharField(
        max_length=60, blank=True, help_text='For example "10:15" or "20 minutes".'
    )
    restricted = models.BooleanField(
        default=False, help_text="Withheld from the public, with the reason below."
    )
    restricted_reason = models.CharField(
        "reason shown to the public",
        max_length=500,
        blank=True,
        help_text=(
            'For example "Not for publication: contains information about an ongoing '
            'investigation".'
        ),
    )
    # Unticked unless the clerk chooses: a restricted item's title may itself say what is
    # withheld ("Briefing on covert operations"), so the safe choice is the default.
    title_public = models.BooleanField(
        "show the title to the public even though the item is restricted",
        default=False,
        help_text=(
            'For a restricted item only. Left unticked, the public sees "Restricted item" and '
            "the reason, never the title; tick it only if the title itself may be public."
        ),
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ("agenda", "position")
        constraints = [
            models.UniqueConstraint(
                fields=["agenda", "position"], name="agenda_item_position_unique"
            ),
            models.CheckConstraint(
                condition=Q(purpose__in=["decision", "noting", "discussion"]),
                name="agenda_item_purpose_valid",
            ),
            # The public is always told why an item is withheld.
            models.CheckConstraint(
                condition=Q(restricted=False) | ~Q(restricted_reason=""),
                name="agenda_item_restricted_has_reason",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"

    def clean(self) -> None:
        if self.restricted and not self.restricted_reason.strip():
            raise ValidationError(
                {"restricted_reason": "Say why the item is withheld: the public is shown it."}
            )

    @property
    def reason(self) -> str:
        """Why it is withheld, as every page and pack shows it: after its own label."""
        return bare_reason(self.restricted_reason)

    @property
    def public_title(self) -> str:
        """The title as the public sees it."""
        if self.restricted and not self.title_public:
            return "Restricted item"
        return self.title


class Paper(models.Model):
    class Kind(models.TextChoices):
        PDF = "application/pdf", "PDF"
        DOCX = (
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "Word document",
        )
        XLSX = (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "Excel workbook",
        )
        PPTX = (
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "PowerPoint presentation",
        )

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="papers")
    title = models.CharField(max_length=limits.TITLE)
    version = models.CharField(max_length=40, default="1", help_text='For example "2" or "v2.1".')
    restricted = models.BooleanField(
        default=False, help_text="For board members and the secretariat only."
    )
    # Stored under its content (`papers/<sha256>/<name>`) through Django's storage API.
    file = models.FileField(max_length=300)
    name = models.CharField(max_length=255, help_text="The file's name as it was uploaded.")
    # Told from the bytes (agenda.files), never from the name or the browser.
    content_type = models.CharField(max_length=100, choices=Kind.choices)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    # Blank only for what PROB made itself (the sample data's papers).
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ("item", "created", "pk")

    def __str__(self) -> str:
        return f"{self.title} (version {self.version})"

    def get_absolute_url(self) -> str:
        meeting = self.item.agenda.meeting
        return reverse("agenda:paper", args=[meeting.board.slug, meeting.date.isoformat(), self.pk])

    @property
    def is_public(self) -> bool:
        """Whether the public may have it: neither it nor its item is restricted."""
        return not self.restricted and not self.item.restricted

    @property
    def kind_label(self) -> str:
        return self.get_content_type_display()


class AgendaChange(models.Model):
    """One change to an agenda already published, as the public is told it ("Item 5 paper
    added"); gathered into the next publication. A change the public may not know of (to a
    restricted item or paper) is kept with `public` off and shown only to the board."""

    agenda = models.ForeignKey(Agenda, on_delete=models.CASCADE, related_name="changes")
    publication = models.ForeignKey(
        "AgendaPublication",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="changes",
    )
    made = models.DateTimeField()
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    text = models.CharField(max_length=400)
    public = models.BooleanField(default=True)

    class Meta:
        ordering = ("made", "pk")

    def __str__(self) -> str:
        return self.text


class AgendaPublication(models.Model):
    """Each time the agenda was published: the first, and every re-publication after a
    change, with the changes it carried."""

    agenda = models.ForeignKey(Agenda, on_delete=models.CASCADE, related_name="publications")
    made = models.DateTimeField()
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ("made", "pk")

    def __str__(self) -> str:
        return f"Published {self.made:%-d %B %Y}"


class BoardPack(models.Model):
    """The agenda's pack: one PDF of the cover, the agenda and its PDF papers in order, with a
    bookmark per item and page numbers (`agenda.pack`), for the public (what is public) or for
    members (restricted papers too). Made by a task after each publication or change of a
    published agenda; replaced, not kept, when made again."""

    class Audience(models.TextChoices):
        PUBLIC = "public", "Public pack"
        MEMBERS = "members", "Members' pack"

    agenda = models.ForeignKey(Agenda, on_delete=models.CASCADE, related_name="packs")
    audience = models.CharField(max_length=10, choices=Audience.choices)
    file = models.FileField(max_length=300)
    sha256 = models.CharField(max_length=64)
    size = models.PositiveIntegerField()
    pages = models.PositiveIntegerField()
    made = models.DateTimeField()
    # Papers that are not PDFs are listed in the pack as separate downloads.
    left_out = models.JSONField(default=list)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["agenda", "audience"], name="one_pack_per_audience"),
            models.CheckConstraint(
                condition=Q(audience__in=["public", "members"]), name="pack_audience_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_audience_display()}: {self.agenda}"


class PaperRequest(models.Model):
    """The secretariat asking an action owner's organisation for a paper on an item, by a due
    date (`agenda.requests`). The organisation's action owners on the board see it on My
    actions, are emailed and reminded of it as of an action, and upload the paper there; it
    becomes one of the item's papers, public or restricted as the secretariat chose."""

    class Status(models.TextChoices):
        REQUESTED = "requested", "Requested"
        RECEIVED = "received", "Received"
        WITHDRAWN = "withdrawn", "Withdrawn"

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="paper_requests")
    organisation = models.ForeignKey(
        "meetings.Organisation", on_delete=models.PROTECT, related_name="paper_requests"
    )
    due = models.DateField("due date")
    note = models.CharField(
        max_length=500, blank=True, help_text="What the paper should cover, shown to the owner."
    )
    restricted = models.BooleanField(
        "restricted paper",
        default=False,
        help_text="The paper will be for board members and the secretariat only.",
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.REQUESTED)
    # Blank only for what PROB made itself (the sample data's request).
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    paper = models.OneToOneField(
        Paper, null=True, blank=True, on_delete=models.SET_NULL, related_name="request"
    )
    created = models.DateTimeField(auto_now_add=True)
    # Reminders sent (each once: claimed by a conditional update, `agenda.requests`).
    reminded_due_soon = models.BooleanField(default=False, editable=False)
    reminded_overdue = models.BooleanField(default=False, editable=False)

    history = HistoricalRecords()

    class Meta:
        ordering = ("due", "pk")
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["requested", "received", "withdrawn"]),
                name="paper_request_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"Paper requested of {self.organisation} for item {self.item.number}"

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.REQUESTED
