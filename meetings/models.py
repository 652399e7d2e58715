import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from meetings import numbering
from meetings.dates import format_date
from meetings.numbering import anchored, displayed, paragraph_anchor
from prob import limits

MAX_MEETING_MINUTES = 24 * 60


class Board(models.Model):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = limits.bounded_text(limits.DESCRIPTION, blank=True)
    # A board is public once it has a published record; an administrator may make it public
    # sooner (to announce meetings). Until then its existence is not public.
    is_public = models.BooleanField(
        "public", default=False, help_text="Show the board to the public before it publishes."
    )
    # Calendars need an end for a timed meeting: without one it lasts no time at all.
    meeting_length = models.PositiveSmallIntegerField(
        "meeting length (minutes)",
        default=120,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_MEETING_MINUTES)],
        help_text="How long a meeting lasts in calendars, when it has a start time.",
    )

    class NumberingStyle(models.TextChoices):
        DECIMAL = numbering.DECIMAL, "Decimal: sections 1, 2, 3 in each record, paragraphs 4.1"
        MINUTE = numbering.MINUTE, "Minute numbers through the municipal year: 41/23, 41.1"

    # How records written in PROB are numbered (`meetings.numbering`); a change renumbers
    # drafts only (`meetings.services.numbers.board_renumber`).
    numbering_style = models.CharField(
        max_length=10,
        choices=NumberingStyle.choices,
        default=NumberingStyle.DECIMAL,
        help_text=(
            "Minute numbers run on from meeting to meeting through the municipal year "
            "(1 April to 31 March). A change renumbers records not yet agreed: agreed and "
            "published records keep their numbers."
        ),
    )
    # Counted up, in the same transaction, by every change to the board's records and actions
    # (`meetings.revisions`): the action log is kept under it.
    revision = models.PositiveBigIntegerField(default=0, editable=False)
    changed_at = models.DateTimeField(default=timezone.now, editable=False)
    # Counted up by an owner's progress update that moves no status, which no record shows and
    # `revision` leaves alone: the action log's rows keep their latest update under it.
    updates_revision = models.PositiveBigIntegerField(default=0, editable=False)

    history = HistoricalRecords(excluded_fields=["revision", "changed_at", "updates_revision"])

    class Meta:
        ordering = ("name",)
        constraints = [
            models.CheckConstraint(
                condition=Q(meeting_length__gte=1, meeting_length__lte=MAX_MEETING_MINUTES),
                name="board_meeting_length_within_a_day",
            ),
            models.CheckConstraint(
                condition=Q(numbering_style__in=[numbering.DECIMAL, numbering.MINUTE]),
                name="board_numbering_style_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("meetings:board", args=[self.slug])


class Organisation(models.Model):
    name = models.CharField(max_length=200, unique=True)
    short_name = models.CharField(max_length=40, unique=True, help_text='For example "MPS".')

    history = HistoricalRecords()

    class Meta:
        ordering = ("short_name",)

    def __str__(self) -> str:
        # A short name an import cut from a long name ("Northern Ireland Policing Board
        # Human…") says less than the name: the name is shown (QA F11).
        return self.name if self.short_name_cut else self.short_name

    @property
    def short_name_cut(self) -> bool:
        """Whether the short name is the name cut short, with an ellipsis."""
        return "\u2026" in self.short_name and len(self.name) > len(self.short_name)


class Person(models.Model):
    name = models.CharField(max_length=200, help_text='With honorific, e.g. "Dr Paul Dawson".')
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.PROTECT, related_name="people"
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ("name",)
        verbose_name_plural = "people"

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    """A person's role on a board for a period (as Popolo/OCD memberships)."""

    class Role(models.TextChoices):
        SECRETARIAT = "secretariat", "Secretariat"
        BOARD_MEMBER = "board_member", "Board member"
        # Officers who answer for their organisation's actions but do not sit on the board.
        ACTION_OWNER = "action_owner", "Action owner"

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="memberships")
    board = models.ForeignKey(Board, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=20, choices=Role.choices)
    start_date = models.DateField(default=datetime.date.today)
    end_date = models.DateField(null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ("board", "role", "person")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=models.F("start_date")),
                name="membership_ends_after_start",
            ),
            models.CheckConstraint(
                condition=Q(role__in=["secretariat", "board_member", "action_owner"]),
                name="membership_role_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} — {self.get_role_display()}, {self.board}"


class Meeting(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        CIRCULATED = "circulated", "Circulated"
        AGREED = "agreed", "Agreed"
        PUBLISHED = "published", "Published"

    board = models.ForeignKey(Board, on_delete=models.PROTECT, related_name="meetings")
    date = models.DateField(validators=[limits.validate_meeting_date])
    start_time = models.TimeField(null=True, blank=True)
    place = models.CharField(max_length=200, blank=True)
    title = models.CharField(max_length=300)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT)
    agreed_at = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="agreed_records",
        help_text="The meeting at which this record was agreed as a true record.",
    )
    # The date, time and place are public once announced; the record itself is not.
    announced = models.BooleanField(
        default=False,
        help_text="Announce this meeting publicly (date, time, place).",
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    # Counts every change to the record: its rows, its actions, its state
    # (`meetings.revisions`). Rendered copies are stored under it and `updated`, so a change
    # is never served from a copy made before it.
    revision = models.PositiveBigIntegerField(default=0, editable=False)
    # Counts the changes to what the record says: every change but an action's tracking (its
    # status and progress updates, which the page shows as they happen). The record's files
    # (text, JSON, Word, PDF) are made once per content revision, so a record whose actions
    # move daily is still laid out only when it is amended.
    content_revision = models.PositiveBigIntegerField(default=0, editable=False)
    content_updated = models.DateTimeField(default=timezone.now, editable=False)
    # When the record was first published; an amendment keeps it and is dated on its own.
    published = models.DateTimeField(null=True, blank=True, editable=False)

    history = HistoricalRecords(excluded_fields=["revision", "content_revision", "content_updated"])

    class Meta:
        ordering = ("-date",)
        constraints = [
            # The public address of a record is its board and date.
            models.UniqueConstraint(fields=["board", "date"], name="one_meeting_per_board_day"),
            models.CheckConstraint(
                condition=Q(status__in=["draft", "circulated", "agreed", "published"]),
                name="meeting_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.board}: {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("meetings:record", args=[self.board.slug, self.date.isoformat()])

    # Which states each lifecycle verb starts from and leads to is declared once, with the
    # verb's label, message and service: `meetings.services.lifecycle.VERBS`.

    @property
    def is_frozen(self) -> bool:
        """Once agreed, numbers never change: a change is an amendment with a reason."""
        return self.status in {self.Status.AGREED, self.Status.PUBLISHED}

    @property
    def is_editable(self) -> bool:
        """Drafts are edited freely; circulated records go back to draft for rework."""
        return self.status == self.Status.DRAFT

    @property
    def is_amendable(self) -> bool:
        return self.is_frozen


class Attendance(models.Model):
    class Kind(models.TextChoices):
        PRESENT = "present", "Present"
        IN_ATTENDANCE = "in_attendance", "In attendance"
        APOLOGIES = "apologies", "Apologies"
        # Members the minutes list as absent (without apologies): "Absent:", "Not present".
        ABSENT = "absent", "Absent"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendances")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="attendances")
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    role = models.CharField(max_length=300, blank=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PRESENT)
    position = models.PositiveIntegerField()

    history = HistoricalRecords()

    class Meta:
        ordering = ("meeting", "position")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "position"], name="attendance_position_unique"
            ),
            models.UniqueConstraint(fields=["meeting", "person"], name="attend_once"),
            models.CheckConstraint(
                condition=Q(kind__in=["present", "in_attendance", "apologies", "absent"]),
                name="attendance_kind_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person}, {self.role}" if self.role else str(self.person)


class Section(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="sections")
    position = models.PositiveIntegerField()
    title = models.CharField(max_length=300)
    restricted = models.BooleanField(default=False)
    # Stored on every write to a draft (meetings.numbering), frozen once agreed.
    number = models.PositiveIntegerField(null=True, blank=True, editable=False)
    # The reference as imported minutes wrote it ("Cou/236/09-10", "23/45"), kept because
    # people cite it; blank where it is the number PROB gives.
    label = models.CharField(max_length=60, blank=True, editable=False)
    # The label is the minute number PROB gave ("41/23", the board's minute numbering), which
    # renumbering rewrites; not a reference as minutes wrote it, which nothing rewrites.
    label_by_prob = models.BooleanField(default=False, editable=False)

    history = HistoricalRecords()

    class Meta:
        ordering = ("meeting", "position")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "position"], name="section_position_unique"),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def ref(self) -> str:
        return displayed(self.label, self.number)

    @property
    def written(self) -> str:
        """The reference as the imported minutes wrote it ("Cou/236/09-10"), or "" where the
        number is PROB's (its own minute numbers included)."""
        return "" if self.label_by_prob else self.label


class Paragraph(models.Model):
    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="paragraphs")
    position = models.PositiveIntegerField()
    text = limits.bounded_text(limits.PARAGRAPH)
    restricted = models.BooleanField(default=False)
    # Stored on every write to a draft (meetings.numbering), frozen once agreed.
    number = models.PositiveIntegerField(null=True, blank=True, editable=False)
    # As the minutes wrote it ("(a)", "236.1"); blank where it is PROB's "4.3".
    label = models.CharField(max_length=60, blank=True, editable=False)
    # The paragraph records what the board decided (minutes' "RESOLVED").
    decision = models.BooleanField(default=False)
    # Bumped on every edit: a save based on an older version is refused, not lost.
    version = models.PositiveIntegerField(default=1, editable=False)

    history = HistoricalRecords()

    class Meta:
        ordering = ("section", "position")
        constraints = [
            limits.text_within("text", limits.PARAGRAPH, name="paragraph_text_bounded"),
            models.UniqueConstraint(
                fields=["section", "position"], name="paragraph_position_unique"
            ),
        ]

    def __str__(self) -> str:
        return self.text[:60]

    @property
    def ref(self) -> str:
        section = self.section
        return displayed(self.label, section.number, self.number, section.written)

    @property
    def anchor(self) -> str:
        return paragraph_anchor(anchored(self.label, self.section.number, self.number))


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

    history = HistoricalRecords(app="actions")

    objects = ActionQuerySet.as_manager()

    # Which states each lifecycle verb starts from and leads to, and who takes it, is declared
    # once: `actions.services.ACTION_VERBS`.

    class Meta:
        # The actions app's, as its tables and migrations have always been (`actions_action`):
        # the class lives here because the record is written with it, and meetings never
        # imports the actions app, which builds on it.
        app_label = "actions"
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

    @property
    def name(self) -> str:
        """'Action 2 (31 August 2023, 4.5)': how the board refers to an action (its emails, the
        forms that report on it)."""
        meeting = self.paragraph.section.meeting
        return f"Action {self.number} ({format_date(meeting.date)}, {self.paragraph.ref})"

    def is_overdue(self, today: datetime.date | None = None) -> bool:
        """Derived, never stored: a due date has passed and the action is not closed."""
        today = today or timezone.localdate()
        return self.due is not None and self.due < today and self.status != self.Status.CLOSED


class Amendment(models.Model):
    """A change to an agreed record, with its reason, shown on the record to its readers."""

    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, related_name="amendments")
    # The paragraph amended, named and marked on the record (unknown for amendments made
    # before it was kept and not found in the history).
    paragraph = models.ForeignKey(
        "Paragraph", null=True, blank=True, on_delete=models.PROTECT, related_name="amendments"
    )
    made = models.DateTimeField(default=timezone.now)
    reason = limits.bounded_text(limits.REASON)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ("meeting", "made", "pk")
        constraints = [limits.text_within("reason", limits.REASON, name="amendment_reason_bounded")]

    def __str__(self) -> str:
        return f"Amended on {self.made:%-d %B %Y}: {self.reason}"


class Comment(models.Model):
    """A board member's or the secretariat's comment on a paragraph of a circulated record,
    until the secretariat marks it resolved (meetings.services.comments)."""

    # A paragraph deleted while its record is back in draft takes its comments with it; their
    # history rows keep them, with who wrote them.
    paragraph = models.ForeignKey(Paragraph, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    text = limits.bounded_text(limits.COMMENT)
    created = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ("created", "pk")
        constraints = [
            limits.text_within("text", limits.COMMENT, name="comment_text_bounded"),
            # Whoever resolved a comment did so at a time.
            models.CheckConstraint(
                condition=Q(resolved_by__isnull=True) | Q(resolved_at__isnull=False),
                name="comment_resolved_by_when",
            ),
        ]

    def __str__(self) -> str:
        return self.text[:60]

    @property
    def is_resolved(self) -> bool:
        return self.resolved_at is not None


class RecordArtefact(models.Model):
    """A file of a record (text, JSON, PDF, DOCX) for one audience, kept so that it is made
    once per revision of the record and render version (`meetings.render_version`) and then
    served from here (`meetings.artefacts`). One row per record, kind, audience and render
    version: a new revision replaces it when next made; a deploy's new render version makes a
    row of its own, so that while old and new processes both serve (a rolling deploy) neither
    lays out the other's file again, and the old version's row goes once it is an hour old
    (`artefacts.OLD_VERSIONS_KEPT`)."""

    class Audience(models.TextChoices):
        PUBLIC = "public", "The public"
        MEMBERS = "members", "Members, restricted content included"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="artefacts")
    kind = models.CharField(max_length=10)
    audience = models.CharField(max_length=10, choices=Audience.choices)
    revision = models.PositiveBigIntegerField()
    stamp = models.DateTimeField(help_text="The record's `updated` at this revision.")
    render_version = models.CharField(
        max_length=16, default="", help_text="The templates, static files and code it was made by."
    )
    body = models.BinaryField()
    sha256 = models.CharField(max_length=64)
    made = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "kind", "audience", "render_version"],
                name="one_artefact_per_kind_audience_version",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.meeting} ({self.kind}, {self.audience}, revision {self.revision})"


class ImportedOriginal(models.Model):
    """The file a record was imported from, kept beside it byte for byte with its SHA-256, so
    that the original stays the authority and anyone may check a copy against it. Stored under
    its content (`originals/<sha256>/<name>`, `meetings.services.originals`): the same file
    imported twice is kept once, and a name never points to other bytes."""

    meeting = models.OneToOneField(Meeting, on_delete=models.CASCADE, related_name="original")
    file = models.FileField(max_length=300)
    name = models.CharField(max_length=255, help_text="The file's name as it was uploaded.")
    # Told from the bytes and served as such, never as the uploader's browser said it was.
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    # The file is the record as its board published it: the public may download it with the
    # record. Any other original may hold what the record withholds, so only the board's
    # readers get it.
    published_copy = models.BooleanField(default=False)
    # The record was made from the file's text as the clerk changed it at the import (QA F8):
    # the file is what was uploaded, not the authority for the record's words.
    edited = models.BooleanField(
        default=False, help_text="The record was made from the file's text as edited."
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    def __str__(self) -> str:
        return f"{self.name} ({self.meeting})"
