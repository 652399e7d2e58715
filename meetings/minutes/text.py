"""Reading the plain-text record of a board meeting. Pure Python, so the importer, the exporter
and the tests share it without a database. The text usually comes out of a PDF or Word, in the
layout of whichever body wrote it: the reader tolerates markup, page furniture and merged lines,
keeps numbers as written, and reports what it cannot place."""

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from meetings.minutes.action_lines import (
    ACTION_BY,
    ACTION_MARK,
    ACTION_TABLE,
    action_columns,
    due_from_text,
    ends_with_owner,
    gap_owner,
    initials_after,
    inline_actions,
    last_sentence,
    lead_owner,
    named_in_full,
    names_no_person,
    owned_sentence,
    owner_between_dashes,
    owner_from_text,
    owners_only,
    post_holder,
    resolve_owner,
    split_meta,
)
from meetings.minutes.attendance import is_all_caps, read_kind_heading
from meetings.minutes.attendees import AttendeeReader
from meetings.minutes.attendees import _is_person as is_person
from meetings.minutes.attendees import _name_wraps as name_wraps
from meetings.minutes.blocks import Block, read_text
from meetings.minutes.board_words import board_without_meeting_words
from meetings.minutes.coded_attendance import apply_attendance_key
from meetings.minutes.colon_headings import ColonHeadingReader, text_under_headings
from meetings.minutes.contents_list import ContentsReader
from meetings.minutes.dates import (
    find_date,
    format_date,
    parse_date,
    starts_with_date,
    yearless_date,
)
from meetings.minutes.decision_labels import decision_label
from meetings.minutes.doubts import doubts, sub_heading
from meetings.minutes.early_actions import move_early_actions
from meetings.minutes.heading import (
    HeadingReader,
    is_address,
    is_clutter,
    paper_number,
    time_then_place,
    title_without_icon,
)
from meetings.minutes.item_lists import item_in_a_list
from meetings.minutes.item_rows import ItemRowReader
from meetings.minutes.lettered_titles import lettered_sub_item, lettered_title
from meetings.minutes.letters import letters
from meetings.minutes.lines import (
    FOOTNOTE_LINE,
    Line,
    MinutesError,
    ParseResult,
    Problem,
    block_lines,
    check_text,
    is_decorated,
)
from meetings.minutes.list_bodies import bodies_in_lists
from meetings.minutes.meeting_numbers import ITEM_COLUMNS
from meetings.minutes.no_items import no_items_message
from meetings.minutes.numbered_attendance import NumberedAttendanceReader
from meetings.minutes.owner_names import attendee_named
from meetings.minutes.page_tabs import in_tab_run
from meetings.minutes.people import is_role, looks_like_name, read_people_sentence
from meetings.minutes.presenters import presenters_off_titles
from meetings.minutes.references import (
    ACTION,
    CELL_SEPARATOR,
    MINUTES_LABEL,
    PARAGRAPH,
    SUB_PARAGRAPH,
    TRAILING,
    Reference,
    lettered_minute_ref,
    list_ref,
    minute_ref_of,
    numbered_paragraph,
    section_match,
    take_marker,
)
from meetings.minutes.restricted import in_parts, mark_restricted, says_restricted
from meetings.minutes.run_on_items import cut_run_on_items
from meetings.minutes.section_lists import SectionListReader
from meetings.minutes.sections import SectionReader
from meetings.minutes.sub_references import (
    lettered_under,
    running_minute_number,
    under_section_ref,
)
from meetings.minutes.unmarked_actions import (
    body_initials,
    capital_actions,
    first_names_attending,
    initials_attending,
    initials_named,
    unmarked_actions,
)
from meetings.minutes.unnumbered import HeadingBeforeItemsReader
from meetings.minutes.untitled_items import UntitledItemReader
from meetings.minutes.welsh_board import board_in_english
from prob.characters import shown_as_stored

# ModernGov pages put the agenda's text before the minute: "Minutes:" is where it starts.
_DECISION = re.compile(r"\bRESOLVED\b|^(?:\w+\s+){0,2}resolved\b", re.IGNORECASE)
_SENTENCE_END = ".!?:;)\"'\u201d"
_BRACKETED_LINE = re.compile(r"\([^()]{2,60}\)")
# A minutes table's header cells run together: "Minute Report Business No No".
_TABLE_HEAD_RUN = re.compile(
    r"(?:(?:minute|report|business|item|subject|ref|no\.?|description|page|paper|notes|actions?)"
    r"\s+){3,}(?=\d)",
    re.IGNORECASE,
)
# "... were received. / 2979": a minutes table's right-hand column repeating the minute's number.
_NUMBER_CELL_AFTER = re.compile(r"\s+/\s+(?P<ref>\S{1,20})$")
_PAGE_THEN_ITEM = re.compile(r"(?P<last>\d{1,3})\.\s+(?P<title>[A-Z].*)")
# The titles items usually have, whole: one run into the item's text ("2715 Apologies for
# Absence On a PROPOSAL by ...") is read from its start with no doubt where it ends.
_USUAL_TITLE = re.compile(
    r"(?:welcome(?:\s+and\s+introductions)?|apologies(?:\s+for\s+absence)?"
    r"|declarations?\s+of\s+(?:pecuniary\s+)?interests?|matters\s+arising(?:\s+from\s+"
    r"(?:the\s+)?(?:last|previous)\s+(?:minutes|meeting))?|public\s+(?:comments|questions"
    r"|participation|question\s+time)|chair(?:man)?['\u2019]s\s+(?:communications|announcements)"
    r"|any\s+other\s+business|date\s+of\s+(?:the\s+)?next\s+meeting)",
    re.IGNORECASE,
)
_TITLE_AGAIN = re.compile(
    r"(?P<title>(?P<word>[A-Z][a-z]+)(?:\s+[A-Z][a-z]+){0,3})\s+(?P<text>(?P=word)\s+\w.*)"
)
# How a line leading in to a list under it ends: "... discussed in detail:-", "... as follows:".
_LEADS_IN = (":", ":-", ":\u2013")
_DECISION_LABEL = re.compile(
    r"(?:it\s+was\s+)?(?:resolved|agreed|decided)(?:\s+unanimously)?\s*[:\u2013-]?", re.IGNORECASE
)
_ITEM_RANGE = re.compile(r"(?P<last>\d{1,3})\.\s+(?P<title>[A-Z].{1,120})")
_PAPER_COLUMN = re.compile(r"(?P<paper>\d{1,3})\s+(?P<title>[A-Z]{2}.*)")
WITHHELD_TEXT = "[Withheld from publication]"
# --- Reading -----------------------------------------------------------------------------------


@dataclass
class _Action:
    written: int | None  # the number in the text, if it gave one
    parts: list[str]
    lines: list[Line]
    owner: str = ""  # as written beside the text: "JB" in "(Action: JB)" or "Action by: JB"
    due: str = ""  # as written in an action table's "When" column
    logged: bool = False  # a row of a table of actions, placed by the minute its row names
    by_line: bool = False  # the owner from an "Action by:" line (an items table's action cell)


# The heading of a closing table of actions.
_ACTION_LOG_TITLE = re.compile(
    r"(?:summary\s+of\s+)?actions?(?:\s+(?:log|points?|list|tracker|schedule|arising))?",
    re.IGNORECASE,
)


def logged_once(actions: list[_Action]) -> list[_Action]:
    """The paragraph's actions, each once: a row of a closing table of actions placed by the
    minute it names ('QC/15/01 | 5 | Provide individual discharge dates ... | PB | 10/03/15')
    is the same action as one the minute's text gives to the same owner ('Action: PB to
    provide individual discharge dates to the March meeting.'), not a second one; that action
    takes the row's due date (QA F5)."""
    kept: list[_Action] = []
    for action in actions:
        owner = action.owner.strip().lower()
        same = [
            other
            for other in actions
            if action.logged and not other.logged and owner and other.owner.strip().lower() == owner
        ]
        if len(same) == 1:
            same[0].due = same[0].due or action.due
        else:
            kept.append(action)
    return kept


@dataclass
class _Paragraph:
    written: tuple[int, int] | None  # (4, 3) for "4.3"; None for an unnumbered paragraph
    blocks: list[str]
    lines: list[Line]
    actions: list[_Action] = field(default_factory=list)
    ref: str = ""  # "(1)", "a)" or "2" as written, for a paragraph numbered as a list
    # Text under a sub-item's title ("22.23.01 To receive Amendments to the Register" /
    # "There were none"): a paragraph of its own, in the sub-item's place, with no number.
    unnumbered: bool = False
    decided: bool = False  # under a label alone on its line ("DECISION", "RESOLVED/-")


@dataclass
class _Section:
    number: int  # as written where it is a number that runs on, else the next in order
    ref: str  # as written: "4", "39/20", "Cou/236/09-10", "II", "" for an unnumbered heading
    title: str
    restricted: bool
    withheld: bool
    line: Line
    numbered: list[_Paragraph] = field(default_factory=list)
    # Paragraphs without numbers; they are the section's paragraphs only when it has no
    # numbered ones, which is known only at its end.
    prose: list[_Paragraph] = field(default_factory=list)
    written: int | None = None  # the number as written, where it is a plain number


class _Reader(
    ContentsReader,
    SectionReader,
    HeadingReader,
    AttendeeReader,
    ItemRowReader,
    SectionListReader,
    HeadingBeforeItemsReader,
    ColonHeadingReader,
    UntitledItemReader,
    NumberedAttendanceReader,
):
    def __init__(
        self,
        lines: list[Line],
        known: Iterable[str],
        loose: bool = False,
        plain: bool = False,
        prose: bool = False,
    ) -> None:
        self.lines, known = lines, list(known)  # may be a one-shot iterator
        # Read again loosely when no section was found: "1. Text" items without titles, as
        # where Word's numbering was lost and every item reads "1.".
        self.loose = loose
        # Read a third time, when nothing is numbered at all, for headings without numbers.
        self.plain = plain
        # Read a last time, when nothing at all is a heading: the prose after the attendance
        # lists is one item (prose_opening).
        self.prose = prose
        self.place = self.chair = ""
        self.skip: set[int] = set()  # lines already read with the one before them
        self.decided: set[int] = set()  # sections with a ModernGov 'Decision:' label
        self.listed_actions: set[int] = set()  # lines of an actions list read as its section
        # The section (its count) in which a decision's label alone ("DECISION", "RESOLVED/-")
        # was just read: the next paragraph, or list, is what was decided.
        self.deciding: int | None = None
        self.known = {k.lower() for k in known}
        # Owners come back in the spelling of the attendee headings where there is one.
        self.organisations = {k.lower(): k for k in known}
        self.headings: set[str] = set()
        self.problems: list[Problem] = []
        self.board = self.title = ""
        self.date: datetime.date | None = None
        self.stage = "start"  # start -> board -> attendees -> body
        self.kind, self.organisation = "present", None
        self.attendees: list[dict[str, Any]] = []
        self.sections: list[_Section] = []
        self.paragraph: _Paragraph | None = None
        self.action: _Action | None = None
        self.list_item: int | None = None  # an "N." line just read as a list item, not a heading
        self.action_rows = False  # inside a table of "Action, Action by, When" rows
        # The columns of a table of actions read as cells: "text", "owner", "due", "ref" or ""
        self.action_columns: list[str] = []
        # The sections holding a table of actions whose rows went to the minutes they name.
        self.logs_placed: set[int] = set()
        self.action_count = 0
        self.item_rows = False  # under an "Item |  | Lead" header: items as rows (item_rows.py)
        self.section_list = False  # under "Attendees:" inside an item (section_lists.py)

    def run(self) -> None:
        for i, line in enumerate(self.lines):
            if i in self.skip:
                continue
            if line.text.endswith(" |") and line.text.strip(" |"):
                # "1. Minutes ... were approved. |": a web table's cell, closed by its rule.
                line = self.lines[i] = line.with_text(line.text.rstrip(" |"))
            if (
                self.sections
                and (cell := _NUMBER_CELL_AFTER.search(line.text))
                and cell["ref"] == self.sections[-1].ref
                and line.text[: cell.start()].strip()
            ):
                # "No declarations ... were received. / 2979": the minute's number again, in
                # the table's right-hand column, is not part of the text.
                line = self.lines[i] = line.with_text(line.text[: cell.start()])
            list_item, self.list_item = self.list_item, None
            if FOOTNOTE_LINE.match(line.raw):
                # Before sections: NFKC makes "¹ Attended remotely" "1 Attended remotely".
                self.leave_out(line, "Footnote left out of the record")
            elif self.minute_ref_below(line) or self.contents_line(line):
                pass
            elif is_clutter(line.text):
                self.leave_out(line, "Left out of the record as page furniture")
            elif self.stage != "body" and in_tab_run(self.lines, i):
                self.leave_out(line, "Left out of the record as a web page's tab")
            elif ITEM_COLUMNS.fullmatch(line.text):
                self.leave_out(line, "The items' column headings left out of the record")
            elif self.stage == "body" and _DECISION_LABEL_LINE.fullmatch(line.text):
                # "Decision:" then "Minutes:" (ModernGov): what is before the first label is
                # the agenda's text; the decision and the minutes under the labels are kept.
                self.agenda_text()
                self.decided.add(len(self.sections))
            elif (
                self.stage == "body"
                and self.sections
                and _DECISION_OVER.fullmatch(line.text)
                and i + 1 < len(self.lines)
                and (m := PARAGRAPH.fullmatch(self.lines[i + 1].text))
                and int(m[1]) == self.sections[-1].written
            ):
                # "Decision" over "3.1 AGREED the format ..." in item 3: the label over the
                # item's numbered decisions, no paragraph of its own before them.
                self.leave_out(line, "The decisions' label left out of the record")
                self.deciding = len(self.sections)
            elif self.stage == "body" and self.sections and _DECISION_OVER.fullmatch(line.text):
                # "DECISION" / "AGREED to approve ...", "RESOLVED/-" / "1. That ...": the label
                # over what was decided, not an item's heading nor a sentence's start.
                self.own_paragraph(line, line.text, decided=False)
                self.deciding = len(self.sections)
            elif self.stage == "body" and MINUTES_LABEL.fullmatch(line.text):
                if len(self.sections) not in self.decided:
                    self.agenda_text()
            elif (
                (self.stage == "body" and line.cells and self.action_table_row(line))
                or (line.cells and self.item_row(i, line))
                or self.letters_over_number(i, line)
                or self.heading_over_minute_ref(i, line)
                or self.numbered_attendance_heading(i, line)
                or self.actions_list_heading(i, line)
                or self.unnumbered_heading(i, line)
                or self.heading_over_bullets(i, line)
                or self.heading_before_items(i, line)
                or self.prose_before_items(i, line)
                or self.section(i, line, list_item)
                or self.given_heading(i, line)
                or self.bulleted_heading(i, line)
                or self.colon_item(i, line)
                or self.heading_over_prose(i, line)
                or (self.plain and self.plain_heading(i, line))
                or (self.prose and self.prose_opening(i, line))
            ):
                continue
            elif self.stage != "body":
                self.header(i, line)
            elif self.list_in_section(line) or self.attendance_in_section(line):
                continue
            elif not (
                self.owner_cell_line(line)
                or self.new_paragraph(line)
                or self.lettered_title(i, line)
                or self.lettered_sub_item(i, line)
                or self.list_paragraph(line)
                or self.action_by(line)
                or self.action_row(line)
                or self.new_action(line)
            ):
                self.continuation(line)

    def keep_as_paragraph(self, line: Line) -> None:
        """A line read as attendees kept as a paragraph of the item too, the lines after it
        that do not start one joined to it."""
        self.paragraph, self.action = _Paragraph(None, [line.text], [line]), None
        self.sections[-1].prose.append(self.paragraph)

    def agenda_before(self, title: str) -> bool:
        """Whether the sections read so far are the agenda, listed before the minutes: a
        heading "1." comes after several, each with no more than short lines under it."""
        texts = [" ".join(p.blocks) for s in self.sections for p in s.prose + s.numbered]
        return (
            len(self.sections) >= 3
            and self.sections[0].number > 1
            and bool(title)
            and all(len(text.split()) <= 30 for text in texts)
        )

    def agenda_text(self) -> None:
        """What a ModernGov page puts before "Minutes:" is the agenda's text, not the minute:
        left out on purpose and listed so, as page furniture is, not a doubt."""
        section = self.sections[-1]
        for paragraph in section.prose + section.numbered:
            for line in paragraph.lines + [x for a in paragraph.actions for x in a.lines]:
                self.leave_out(line, "Agenda text before 'Minutes:' left out of the record")
        section.prose, section.numbered = [], []
        self.paragraph = self.action = None

    # Header: board, title, date, attendees.

    # Body: sections, paragraphs, actions.

    def section(self, i: int, line: Line, list_item: int | None) -> bool:
        if line.level == 0 and not self.sections:
            return False  # "19 GHC MINUTES" in Word's Title style: the title (a meeting number)
        if self.plain and text_under_headings(line, self.sections):
            return False  # "2. Should extra meetings be called?" in an item set as a heading
        head = _TABLE_HEAD_RUN.match(line.text)
        if head and section_match(line.text[head.end() :]):
            # "Minute Report Business No No 1435 MINUTES OF ...": a minutes table's header
            # row, its cells run together, before the first row's minute number.
            self.leave_out(line, f"'{head[0].strip()}' (a table's header) left out of the record")
            line = self.lines[i] = line.with_text(line.text[head.end() :])
        if self.sections and lettered_under(self.sections[-1].ref, line.text):
            return False  # "5(a) The Clerk reported ..." in item 5: its paragraph
        m = section_match(line.text)
        if not m and not self.sections and time_then_place(line.text):
            return False  # "18.00 GUILDHALL, WINDSOR": when and where it met, not item 18.00
        if not m:
            return self.other_reference(i, line)
        if not self.sections and date_or_address(line.text):
            return False
        if self.stage == "start" and not self.board and paper_number(line.text):
            return False  # "Agenda item 2" over the title: the minutes as the next meeting's paper
        number, (title, restricted) = int(m["number"]), take_marker(m["title"])
        previous = self.sections[-1].number if self.sections else None
        if (
            not (m["item"] or m["sep"])
            and previous is not None
            and (after := _PAGE_THEN_ITEM.fullmatch(title))
            and int(after["last"]) == previous + 1
            and number <= previous
        ):
            # "1 2. Minutes of the ...": the page's number run into the next item's.
            self.warn(line, f"'{m['number']}' before item {after['last']} taken as a page number")
            self.lines[i] = line.with_text(title)
            return self.section(i, self.lines[i], list_item)
        # A ModernGov item's link to its paper ("31 Minutes pdf icon PDF 500 KB") marks a
        # heading as surely as a dot after its number does.
        explicit = bool(m["item"] or m["sep"] or head or title_without_icon(title) != title)
        if (paper := _PAPER_COLUMN.fullmatch(title)) and is_all_caps(paper["title"]):
            # "1436 84 REVENUE ESTIMATES 2011/2012": the report's number, in a column between
            # the minute's number and its title, is not part of the title.
            self.warn(line, f"'{paper['paper']}' before the title taken as a paper's number")
            title = paper["title"]
        if head and (again := _TITLE_AGAIN.fullmatch(title)):
            # "Apologies Apologies noted from ...": a flattened row's title cell, then its text
            # cell starting with the same word.
            self.add_section(i, line, Reference(m["number"], again["title"]), False, number)
            self.continuation(line, again["text"])
            return True
        if cell := CELL_SEPARATOR.match(title):
            # "2 / Minutes of Last Meeting", "3. / FOR DISCUSSION": a table's cells on one line.
            title, explicit = title[cell.end() :], True
        if explicit and ":" in title and self.attendance_item(i, line, m["number"], title, number):
            return True
        if (
            (span := _ITEM_RANGE.fullmatch(title))
            and m["sep"].strip() in "-\u2013"
            and (number < int(span["last"]) <= number + 5)
        ):
            # "1 - 2. Apologies and introductions": items taken together, one heading for both.
            ref = f"{m['number']} - {span['last']}"
            self.add_section(i, line, Reference(ref, span["title"]), False, int(span["last"]))
            return True
        # "2715 Apologies for Absence On a PROPOSAL by ...": a parish's running minute number,
        # the title run into the text, read as the loose pass reads "2. Title Text".
        running = self.running_minute(m["number"])
        if (
            ((self.loose and explicit) or running)
            and not line.marked
            and (run := _run_in_title(title))
        ):
            # "2. Declarations of Interest Mr Rouse had grazing rights ...": the item's title
            # run into its text on a flattened page; the title is read up to the sentence.
            self.add_section(i, line, Reference(m["number"], run[0]), False, number)
            if not _USUAL_TITLE.fullmatch(run[0]):
                self.warn(line, f"Title '{run[0]}' read from the start of the item's text; check")
            self.continuation(line, run[1])
            return True
        if m["sep"] == "/" and number == previous_number(self.sections) + 1 and sentence(title):
            # "1/ Apologies from ...", "2/ James volunteered to take the minutes.": items numbered
            # with a slash and no title, their text straight after the number.
            self.add_section(i, line, Reference(m["number"], ""), False, number, untitled=True)
            self.continuation(line, title)
            return True
        if self.loose and explicit and not line.marked and not self.heading_words(title):
            # An item without a title: "1. Cllr Wright welcomed everyone to the meeting."
            self.add_section(i, line, Reference(m["number"], ""), False, number)
            self.continuation(line, title)
            return True
        above = " ".join(self.paragraph.blocks) if self.sections and self.paragraph else ""
        if m["item"] and above and item_in_a_list(number, self.sections[-1].number, above):
            # "... reported as follows: -" / "Item 5 Schools Access Initiative: ...": an
            # earlier meeting's items listed in this one's paragraph, each a paragraph.
            self.paragraph, self.action = _Paragraph(None, [line.text], [line]), None
            self.sections[-1].prose.append(self.paragraph)
            return True
        # "Item 3 Title" says it is an item, even after a paragraph numbered "2."
        follows_list = list_item == number - 1 and not m["item"]
        if number == 1 and explicit and self.agenda_before(title):
            # The agenda's items listed above the minutes, which start again at 1.
            for section in self.sections:
                for item in [section.line] + [
                    x for p in section.prose + section.numbered for x in p.lines
                ]:
                    self.warn(item, "Agenda listed before the minutes left out of the record")
            self.sections = []
        if (
            explicit
            and not follows_list
            # "5. Reserved Business: Senior Staff Remuneration": the whole title, not a head.
            and not says_restricted(title.partition(":")[0])
            and (split := self.colon_title(i, number, title))
        ):
            # "1. Welcome: In the absence of the Chair, ...": the title, then the item's text.
            self.add_section(i, line, Reference(m["number"], split[0]), False, number)
            self.continuation(line, split[1])
            return True
        if explicit and not follows_list and (split := self.stopped_title_text(i, number, title)):
            # "6. Report on Activities for the year ended 30 June 2011. This had been ...".
            self.add_section(i, line, Reference(m["number"], split[0]), False, number)
            self.continuation(line, split[1])
            return True
        if not line.marked and (
            follows_list or not self.plausible_section(i, number, title, explicit)
        ):
            return (
                self.title_and_text(i, line, m["number"], title)
                or (explicit and self.title_then_sentence(i, line, m["number"], title))
                or self.untitled_item(i, line, m["number"], title, explicit)
                or self.list_item_at(number)
            )
        if not line.marked and (split := self.listed_title_and_text(i, title)):
            # "3) Minutes of last meeting \u2013 accepted as correct" in a list of items a line
            # each: the title, then its text (QA F8).
            self.add_section(i, line, Reference(m["number"], split["title"]), restricted, number)
            self.continuation(line, split["text"])
            return True
        self.add_section(i, line, Reference(m["number"], title), restricted, number)
        return True

    def running_minute(self, written: str) -> bool:
        """Whether a four-figure number starting a line is one of minutes numbered on through
        the years ("2715", "2716", ...): the minute before it was read as the one before, or a
        line below starts with the next number."""
        if len(written) != 4:
            return False
        number = int(written)
        if self.sections and self.sections[-1].written == number - 1:
            return True
        return str(number + 1) in self.four_figure_starts

    @cached_property
    def four_figure_starts(self) -> set[str]:
        """The four-figure numbers lines start with, found once: a scan of every line at every
        running minute's heading made 9,000 running minutes quadratic (30 s)."""
        return {x.text[:4] for x in self.lines if x.text[:4].isdigit() and x.text[4:5] == " "}

    def attendance_item(self, i: int, line: Line, ref: str, title: str, number: int) -> bool:
        """ "1. Attendance: Vanessa Ross, Gary Bartholomew, David Kennedy": an item whose
        label says who attended, the people after it: the item is titled by the label, and
        the people are attendees, not its text."""
        kind = read_kind_heading(title, self.known)
        people = read_people_sentence(kind.people) if kind and kind.people else None
        if not (people and all(looks_like_name(n) and is_person(n) for n, _ in people)):
            return False  # "Apologies for absence: None received" is the item's text
        self.add_section(i, line, Reference(ref, title.partition(":")[0].strip()), False, number)
        self.kind, self.organisation = kind.kind, None
        for name, role in people:
            self.add_attendee(name, role, kind.kind, None)
        if kind.kind == "apologies":
            # "2. Apologies: Judy Day, Gill Richards.": the names are all the item's minute,
            # kept as its paragraph as well as read as apologies.
            self.keep_as_paragraph(replace(line, text=kind.people))
        return True

    def add_section(
        self,
        i: int,
        line: Line,
        ref: Reference,
        restricted: bool,
        written: int | None,
        untitled: bool = False,
    ) -> None:
        title, at = ref.title, i
        if not title and not untitled and self.title_below(i) and not self.loose:
            title, restricted = take_marker(self.lines[i + 1].text)
            self.skip.add(i + 1)
            at = i + 1
        title = self.bracket_run_on(at, title)
        title = title_without_icon(title)
        withheld = title.lower() == WITHHELD_TEXT.lower()
        if withheld:
            title, restricted = "", True
        previous = self.sections[-1].number if self.sections else 0
        number = written if written is not None and written > previous else previous + 1
        section = _Section(number, ref.ref, title, restricted, withheld, line)
        section.written = written
        self.sections.append(section)
        self.paragraph, self.action, self.stage = None, None, "body"

    def second_heading(self, section: "_Section", line: Line) -> bool:
        """A short line with no stop (at most three words, not a titled name "Cllr Jones")
        straight under the section's heading, as its heading in a second language."""
        if section.line is None or self.lines.index(section.line) + 1 >= len(self.lines):
            return False
        words = line.text.split()
        return (
            self.lines[self.lines.index(section.line) + 1] is line
            and 0 < len(words) <= 3
            and line.text[-1:].isalpha()
            and not any(c.isdigit() for c in line.text)
            and not _TITLED.match(line.text)
        )

    def heading_over_minute_ref(self, i: int, line: Line) -> bool:
        """ "APOLOGIES" over "PLA146/14": a heading in capitals (over as many lines as its
        bracket takes to close) over a minute's reference on the line below it is the
        minute's, even where the heading names a kind of attendance."""
        if self.stage == "start" or line.bulleted or self.paragraph_goes_on(line):
            return False
        text, k = line.text, i
        while text.count("(") > text.count(")") and k + 1 < len(self.lines) and k - i < 3:
            if not is_all_caps(self.lines[k + 1].text):
                break
            k += 1
            text = f"{text} {self.lines[k].text}"
        if not (is_all_caps(text) and 0 < len(text.split()) <= 30) or k + 1 >= len(self.lines):
            return False
        if not lettered_minute_ref(self.lines[k + 1].text):
            return False
        self.skip.update(range(i + 1, k + 2))
        ref = self.lines[k + 1].text.strip().rstrip(".:")
        self.add_section(i, line, Reference(ref, text), False, None)
        return True

    def paragraph_goes_on(self, line: Line) -> bool:
        """Whether the line is the next of a sentence the paragraph above leaves open."""
        above = self.paragraph.lines[-1] if self.paragraph and self.paragraph.lines else None
        return above is not None and not line.after_blank and above.text[-1:] == ","

    def letters_over_number(self, i: int, line: Line) -> bool:
        """ "PAR" / "1" / "Public speaking at Planning Committees": a minute numbered with the
        committee's letters, the letters and the number each on a line of their own (read as
        the one line "PAR 1", lines.block_lines) over the title: the heading "PAR 1"."""
        m = _LETTERS_NUMBER.fullmatch(line.text)
        if not m or i + 1 >= len(self.lines) or self.stage == "start":
            return False
        title = self.lines[i + 1].text
        if not title[:1].isupper() or len(title.split()) > 15 or title.endswith("."):
            return False
        self.skip.add(i + 1)
        self.add_section(i, line, Reference(line.text, title), False, int(m["number"]))
        return True

    def bracket_run_on(self, at: int, title: str) -> str:
        """ "DECLARATIONS OF LOBBYING (IN ACCORDANCE WITH THE PROTOCOL FOR" / "MEMBERS TAKING
        PART ..." / "PARAGRAPH 6.6)": a heading in capitals whose bracket is not closed goes on
        over the lines in capitals below it until the bracket closes."""
        if not is_all_caps(title):
            return title
        k = at + 1
        while (
            title.count("(") > title.count(")")
            and k < len(self.lines)
            and k - at <= 3
            and is_all_caps(self.lines[k].text)
        ):
            title = f"{title} {self.lines[k].text}"
            self.skip.add(k)
            k += 1
        return title

    def minute_ref_below(self, line: Line) -> bool:
        """ "70. Minutes" over "E.70/23": the minute's reference as the body prints it, under
        its heading before any text; kept as the section's reference, as written."""
        section = self.sections[-1] if self.sections and self.stage == "body" else None
        if section is None or section.numbered or section.prose or self.action is not None:
            return False
        if section.ref == "" and section.written is None and lettered_minute_ref(line.text):
            # "DECLARATIONS OF INTEREST" over "PLA147/14": an unnumbered heading's reference.
            section.ref = line.text.strip().rstrip(".:")
            return True
        if section.ref != str(section.written) or not minute_ref_of(line.text, section.written):
            return False
        section.ref = line.text.strip().rstrip(".:")
        return True

    def lettered_title(self, i: int, line: Line) -> bool:
        """ "(b) Declarations of Interest" over "1.2 There were no declarations ...": a
        lettered sub-item's title, a paragraph of its own (lettered_titles.py)."""
        section = self.sections[-1]
        below = self.lines[i + 1].text if i + 1 < len(self.lines) else ""
        if not (found := lettered_title(line.text, below, section.number)):
            return False
        # Its number that of the paragraph above it, or "N.0" before the first: kept as its letter.
        written = (self.paragraph.written if self.paragraph else None) or (section.number, 0)
        self.paragraph = _Paragraph(written, [found[1]], [line], ref=found[0])
        section.numbered.append(self.paragraph)
        self.action = None
        return True

    def lettered_sub_item(self, i: int, line: Line) -> bool:
        """ "a) Apologies for Absence" alone between blank lines under "1. Introduction", over
        "1. The Chairman welcomed the Board ...": a lettered sub-item over paragraphs numbered
        through the minutes, a section of its own (lettered_titles.py)."""
        section = self.sections[-1]
        below = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if not (
            below is not None
            and line.after_blank
            and below.after_blank
            and (section.ref.isdigit() or lettered_sub_item(section.ref, ""))
            and (found := lettered_sub_item(line.text, below.text))
        ):
            return False
        self.add_section(i, line, Reference(found[0], found[1]), False, None)
        return True

    def list_paragraph(self, line: Line) -> bool:
        """A paragraph numbered as a list ("(1).", "1.", "a)", "(ii)") in a section whose
        paragraphs are not numbered "4.3"."""
        section = self.sections[-1]
        found = (
            numbered_paragraph(line.raw, line.text)
            or _given_number(line)
            or under_section_ref(section.ref, line.text)  # "3.2.1 Minutes of ..." under "3.2"
            or lettered_under(section.ref, line.text)  # "5(a) The Clerk reported ..." under "5"
            or running_minute_number(line.text)  # "029 Apologies were received from ..."
        )
        if found and section.numbered and (parent := self.paragraph) and parent.written:
            last = " ".join(parent.blocks)
            # A sentence's list ("... agreed three things:" / "1. Publish ...") stays in it.
            # A title's list starts anew: a title of eight words at most, or a longer one whose
            # words are capitalised ("Minute 6 - Annual Report of the Police and Crime
            # Commissioner" / "(1). Information was requested ...").
            long_title = len(last.split()) <= 15 and all(
                w[:1].isupper() for w in re.findall(r"[A-Za-z]{4,}", last)
            )
            heading = last[-1:] not in ".!?;,:" and (len(last.split()) <= 8 or long_title)
            if not (heading or parent.ref) or self.action is not None:
                return False
            # "4.3HR Issues" / "1. Sponsor departments ...": a list under a numbered paragraph
            # that is a sub-heading, each item a paragraph with its number as written.
            self.paragraph = _Paragraph(parent.written, [found[1]], [line], ref=found[0])
            section.numbered.append(self.paragraph)
            return True
        if not found or section.numbered:
            return False
        if line.bulleted and self.paragraph is not None:
            return False
        # "DECISION/-" over "1. To appoint ...", "2. To appoint ...": each a decision.
        decided = self.deciding == len(self.sections) or bool(
            self.paragraph and self.paragraph.decided and self.paragraph.ref
        )
        self.deciding = None
        self.paragraph = _Paragraph(None, [found[1]], [line], ref=found[0], decided=decided)
        section.prose.append(self.paragraph)
        self.action = None
        return True

    def new_paragraph(self, line: Line) -> bool:
        section = self.sections[-1]
        if (sub := SUB_PARAGRAPH.fullmatch(line.text)) and int(sub[2]) == section.number:
            written = (int(sub[2]), int(sub[3]))
            self.paragraph = _Paragraph(written, [sub["text"]], [line], ref=sub["ref"])
            section.numbered.append(self.paragraph)
            self.action = None
            return True
        m = PARAGRAPH.fullmatch(line.text)
        if not m:
            return False
        first, second, dot, text = int(m[1]), int(m[2]), m[3], m[4] or m[5] or ""
        section = self.sections[-1]
        # "2.1Apologies were noted from ...": the first paragraph of the next item, whose
        # heading the page lost; kept as written and shown, never joined to the text above.
        lost_heading = (
            first == section.number + 1 and second == 1 and line.after_blank and text[:1].isupper()
        )
        if lost_heading:
            self.warn(line, f"Paragraph {first}.{second} has no heading of its own; check")
        elif not (line.marked or line.bulleted or dot or line.number) and (
            first != section.number or text[:1].islower()
        ):
            return False  # "3.5 million ..." wrapped onto the start of a line
        self.paragraph = _Paragraph((first, second), [text] if text else [], [line])
        section.numbered.append(self.paragraph)
        self.action = None
        return True

    def action_table_row(self, line: Line) -> bool:
        """A row of a table of actions read as cells: the header names the columns (the
        action, who does it, when, and the minute it comes from); each row below is an action
        of the paragraph its minute's reference names, or else of the paragraph above."""
        if columns := action_columns(line.cells):
            self.action_columns = columns
            return True
        if line.after_blank:
            self.action_columns = []  # another table
        if not self.action_columns:
            return False
        cells = dict(zip(self.action_columns, line.cells, strict=False))
        text = cells.get("text", "")
        if not text:
            self.warn(line, "Row of the table of actions has no action; left out of the record")
            return True
        paragraph, logged = self.paragraph, False
        if ref := cells.get("ref", ""):
            paragraph = self.paragraph_of(ref)
            logged = paragraph is not None
            if logged and self.sections:
                self.logs_placed.add(id(self.sections[-1]))
            if paragraph is None:
                self.warn(
                    line, f"No minute {ref} for this action; it is placed under the one above"
                )
                paragraph = self.paragraph
        if paragraph is None:
            self.problem(line, "Action before the first paragraph could not be placed")
            return True
        action = _Action(
            None,
            [text],
            [line],
            owner=cells.get("owner", ""),
            due=cells.get("due", ""),
            logged=logged,
            by_line=True,  # its owners' column: initials one attendee's, as an 'Action by' cell
        )
        paragraph.actions.append(action)
        self.action = None
        return True

    def paragraph_of(self, ref: str) -> "_Paragraph | None":
        """The paragraph a reference names ("4.3", "(a)"), or the last paragraph of the
        section it names ("41/17", "Minute 5")."""
        wanted = _bare_ref(ref)
        for section in self.sections:
            for paragraph in section.numbered:
                if (
                    paragraph.written
                    and _bare_ref(paragraph.ref or _ref(paragraph.written)) == wanted
                ):
                    return paragraph
        for section in reversed(self.sections):
            if _bare_ref(section.ref) == wanted or _bare_ref(str(section.number)) == wanted:
                paragraphs = section.numbered or section.prose
                return paragraphs[-1] if paragraphs else None
        return None

    def action_row(self, line: Line) -> bool:
        """A table of actions: an "Action, Action by, When" header, then "text, owner, date"
        rows, to the next blank line."""
        if ACTION_TABLE.fullmatch(line.text):
            self.action_rows = True
            return True
        if line.after_blank:
            self.action_rows = False
        cells = [c.strip() for c in line.text.split(", ")]
        if not self.action_rows or len(cells) < 2:
            return False
        due = cells.pop() if len(cells) > 2 and parse_date(cells[-1]) else ""
        owner = cells.pop()
        if self.paragraph is None:
            self.problem(line, "Action before the first paragraph could not be placed")
            return True
        self.action = _Action(None, [", ".join(cells)], [line], owner=owner, due=due)
        self.paragraph.actions.append(self.action)
        self.action = None  # the next row is another action, not this one's text
        return True

    def action_by(self, line: Line) -> bool:
        """ "Action by: JB" under an action, or under the sentence that is the action; "[Action:
        DA; AR]" alone under a paragraph, which is the action."""
        if (mark := ACTION_MARK.fullmatch(line.text)) and self.paragraph and self.paragraph.blocks:
            self.action = _Action(None, [self.paragraph.blocks[-1]], [line], owner=mark["who"])
            self.paragraph.actions.append(self.action)
            return True
        m = ACTION_BY.fullmatch(line.text)
        if not m:
            return False
        if self.action is not None and not self.action.owner:
            self.action.owner, self.action.by_line = m["who"], True
            self.action.lines.append(line)
        elif self.paragraph is not None and self.paragraph.blocks:
            sentence = last_sentence(self.paragraph.blocks[-1])
            self.action = _Action(None, [sentence], [line], owner=m["who"])
            self.paragraph.actions.append(self.action)
        else:
            self.problem(line, "Action owner with no action before it could not be placed")
        return True

    def new_action(self, line: Line) -> bool:
        m = ACTION.fullmatch(line.text)
        if not m:
            return False
        if self.paragraph is None:
            number = self.sections[-1].number
            message = f"Action before the first paragraph of section {number} could not be placed"
            self.problem(line, message)
            return True
        what, who = owner_between_dashes(m[2])
        if not (who or m[1]) and self.paragraph.blocks and (owners := owners_only(what)):
            # "ACTION: Andy, Mark and Liz." under a bullet: who does the paragraph above.
            action = _Action(
                None, [owned_sentence(self.paragraph.blocks[-1], owners)], [line], owner=owners
            )
            self.paragraph.actions.append(action)
            self.action = None
            return True
        self.action = _Action(int(m[1]) if m[1] else None, [what], [line], owner=who)
        self.paragraph.actions.append(self.action)
        return True

    def own_paragraph(self, line: Line, text: str, *, decided: bool) -> None:
        """A paragraph of its own, not joined to the one above: in the numbered paragraphs'
        place, without a number, where the item's are numbered ("2.1 ..." / "DECISION" /
        "AGREED to approve ..."); `decided`: what a decision's label over it decided."""
        section, paragraph = self.sections[-1], self.paragraph
        numbered = bool(section.numbered and paragraph and paragraph.written)
        written = paragraph.written if numbered and paragraph else None
        self.paragraph = _Paragraph(written, [text], [line], unnumbered=numbered, decided=decided)
        (section.numbered if numbered else section.prose).append(self.paragraph)
        self.action = None

    def continuation(self, line: Line, text: str | None = None) -> None:
        text = line.text if text is None else text
        if text.lower() in (self.board.lower(), self.title.lower()):
            return  # a running page header repeated by the PDF
        section, paragraph = self.sections[-1], self.paragraph
        if not line.after_blank and self.stray(line, text, paragraph):
            # Kept as a block of its own, as after a blank line, not glued to the text above.
            line = replace(line, after_blank=True)
        if self.action is not None and line.bulleted and not self.action.parts[-1].endswith(":"):
            # "ACTION: Andy, Mark and Liz." / "* Robert to source ...": the next bullet of the
            # list, not the action's text (a lead-in "Clerk to:" takes its bullets).
            self.action = None
        if self.action is not None and not line.after_blank:
            # "ACTION: ... the KPIs." / "16 March 2022": a capital or a figure after its end.
            if self.ends_sentence(self.action.lines[-1]) and (
                text[:1].isupper() or text[:1].isdigit()
            ):
                self.warn(line, "Joined to the action above; check it does not start a paragraph")
            self.action.parts.append(text)
            self.action.lines.append(line)
            return
        # After a blank line the text belongs to the paragraph again, not to its action.
        self.action = None
        if self.deciding == len(self.sections):
            self.deciding = None
            self.own_paragraph(line, text, decided=True)
            return
        if paragraph and self.under_sub_item_title(paragraph, text):
            # "22.23.01 To receive Amendments to the Register" / "There were none": the
            # sub-item's title, then what was said under it, a paragraph of its own.
            numbered = paragraph.written is not None
            self.paragraph = _Paragraph(paragraph.written, [text], [line], unnumbered=numbered)
            (section.numbered if numbered else section.prose).append(self.paragraph)
            return
        if (
            paragraph
            and not line.after_blank
            and len(paragraph.lines) == 1
            and _DECISION_LABEL.fullmatch(paragraph.lines[0].text.strip())
            and not list_ref(text)
        ):
            # "RESOLVED" alone on its line, what was resolved on the next ("That Mr X be
            # elected ..."): one decision, as a blank line between them makes it (below).
            paragraph.blocks[-1] += " " + text
            paragraph.lines.append(line)
            return
        # A bullet of a clause starts anew even in lower case ("- there are many existing
        # policies ..."), not one of a few words ("- the budget"), an item of the sentence's list.
        if (
            paragraph
            and paragraph.blocks
            and not line.after_blank
            and (not text[:1].islower() or (line.bulleted and len(text.split()) >= 6))
        ):
            last = paragraph.lines[-1]
            if (
                paragraph.written is None
                and (
                    self.ends_sentence(last)
                    or (_name_item(text) and not _continues(last.text))
                    # "16 March 2022" / "Item 7/22: Internal Audit Plan": a sub-heading inside an
                    # item (an issue page's meetings, earlier items) is a paragraph of its own.
                    or _sub_heading(last.text)
                    # "1. Apologies for Absence" / "Leisgeulan" / "No apologies ...": the heading
                    # again in a second language (Gaelic, Welsh), straight under it.
                    or (section.prose == [paragraph] and self.second_heading(section, last))
                    # A motion as councils set it out, a line each: "It was moved by X," /
                    # "Seconded by Y," / "\"That ...\"" / "RESOLVED - That ..."; and a list of
                    # declarations "Leadley - Member of Morley Town Council", a line each.
                    or _MOTION_LINE.match(text)
                    or (text[:1] == '"' and last.text.endswith(","))
                    or (_DASH_ITEM.match(text) and _DASH_ITEM.match(last.text))
                    or (_sub_heading(text) and last.text[-1:] in ".:;\u2013\u2014-")
                    # "- Owen to find out ..." / "- One response ...": bullets, no lead-in.
                    or (line.bulleted and paragraph.lines[0].bulleted)
                    # "The following points were discussed:-" / "• Three hours was ...": a
                    # lead-in and the bullets under it, each a paragraph.
                    or (line.bulleted and last.text.rstrip().endswith(_LEADS_IN))
                    # "... website. ACTION: Andy" / "* Hypothermia protocol ...": a bullet after
                    # an action's owner closing the paragraph is the list's next entry.
                    or (line.bulleted and ends_with_owner(last.text))
                    # "... highlighting the 5 themes of:" / "Spatial Planning" / "Revised
                    # Licensing": a list's entries without marks, a short title each.
                    or (len(paragraph.lines) == 1 and _entry(last.text) and self.led_in(paragraph))
                )
            ):
                # Each line a paragraph, with no blank lines between them; or a list of
                # "Name - interest" lines, as declarations of interest are written.
                paragraph = None
            elif not (
                _continues(last.text)
                or list_ref(text)
                or line.bulleted
                # "... Nigel Hayward, Sam" / "Tolley, Kristoff ...": a name cut by the wrap.
                or name_wraps(last.text, text)
            ):
                self.warn(line, "Joined to the paragraph above; check it does not start one")
        if (
            paragraph is not None
            and paragraph.blocks
            and line.after_blank
            and paragraph.blocks[-1].split()[-1].lower() in TRAILING
            and not (list_ref(text) or line.bulleted or line.marked)
        ):
            # "... received from Katie Hughes, Director of" / "Estates.": a sentence broken
            # by a blank line (a page's break, a web page's line breaks) goes on.
            self.warn(line, "Joined to the paragraph above, whose sentence it ends; check")
            paragraph.blocks[-1] += " " + text
            paragraph.lines.append(line)
            return
        if (
            paragraph is not None
            and line.after_blank
            and len(paragraph.blocks) == 1
            and _DECISION_LABEL.fullmatch(paragraph.blocks[0])
            and not list_ref(text)
        ):
            # "Resolved:" alone, then (after a blank line) what was resolved: one decision.
            paragraph.blocks[0] += " " + text
            paragraph.lines.append(line)
            return
        if paragraph is None or (paragraph.written is None and line.after_blank):
            # Without numbers, a blank line starts the section's next paragraph; with them, it
            # starts the next block of the same paragraph.
            paragraph = self.paragraph = _Paragraph(None, [], [])
            section.prose.append(paragraph)
        if line.after_blank or not paragraph.blocks:
            paragraph.blocks.append(text)
        else:
            paragraph.blocks[-1] += " " + text
        paragraph.lines.append(line)

    @staticmethod
    def under_sub_item_title(paragraph: _Paragraph, text: str) -> bool:
        """Whether `text` follows a sub-item's title ("22.23.01 To receive Amendments to the
        Register"): a paragraph numbered three parts deep, one line of no more than a title
        (no sentence's end, no word that runs on), and a line starting anew under it."""
        title = paragraph.blocks[0] if len(paragraph.blocks) == 1 else ""
        return bool(
            paragraph.ref.count(".") == 2
            and len(paragraph.lines) == 1
            and 0 < len(title.split()) <= 16
            and title[:1].isupper()
            and title[-1:] not in ".!?;:,"
            and not _continues(title)
            and text[:1].isupper()
        )

    def stray(self, line: Line, text: str, paragraph: "_Paragraph | None") -> bool:
        """Whether a line that would join the text above is not the next line of a sentence:
        a table's row under prose ("|| stray table cell || 42 ||"), or a line set off by
        decoration ("~~~ ... ~~~"). It is listed to be checked."""
        above = self.action.lines[-1] if self.action else None
        if above is None and paragraph and paragraph.blocks:
            above = paragraph.lines[-1]
        if above is None or not (
            (line.cells and not above.cells) or is_decorated(line.raw) or is_decorated(text)
        ):
            return False
        self.warn(line, "Kept as a line of its own, not joined to the text above; check it")
        return True

    def led_in(self, paragraph: _Paragraph) -> bool:
        """Whether a paragraph follows a lead-in ending in a colon, or another entry of its
        list ("Spatial Planning" under "... the 5 themes of:")."""
        texts = [p for p in self.sections[-1].prose if p is not paragraph]
        for before in reversed(texts):
            text = before.lines[-1].text.rstrip() if before.lines else ""
            if text.endswith(":"):
                return True
            if not (len(before.lines) == 1 and _entry(text)):
                return False
        return False

    @staticmethod
    def ends_sentence(line: Line | None) -> bool:
        # "(Agenda item 1)" on a line of its own under a heading is a note complete in itself.
        return line is not None and (
            # A quotation closing a sentence: '... be approved and adopted."'
            line.text.rstrip("\"\u201d'")[-1:] in ".!?:"
            or bool(_BRACKETED_LINE.fullmatch(line.text))
        )

    # The record: numbers as written, with warnings where they do not run on.

    def record(self) -> dict[str, Any]:
        # An 'Actions' list before the items: each action is the item's it names.
        move_early_actions(self, lambda what, lines: _Action(None, [what], lines[:1]))
        start, actions = len(self.problems), self.action_count
        sections = [self.finish_section(s, i) for i, s in enumerate(self.sections)]
        end = len(self.problems)
        self.drop_emptied_log(sections)
        presenters_off_titles(sections)
        self.unlabelled_lists()
        apply_attendance_key(self.lines, self.attendees)
        self.prose_attendance(sections)
        listed = len(self.attendees)
        self.prose_apologies(sections)
        if len(self.attendees) > listed:
            # Apologies given only in an item's prose, read from the sections: an action's owner
            # may be one of them ("Apologies from Cllr Mills" ... "Action: Cllr Mills"), so the
            # owners are matched again, against them too, and not shown as missing.
            del self.problems[start:end]
            self.action_count = actions
            sections = [self.finish_section(s, i) for i, s in enumerate(self.sections)]
        self.names_run_into_posts()
        bodies_in_lists(self.attendees)
        self.chair_attendee()
        record = {
            "board": board_in_english(board_without_meeting_words(self.board)),
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "status": "draft",
            "attendees": self.attendees,
            "sections": sections,
        }
        if self.place:
            record["place"] = self.place
        return record

    def drop_emptied_log(self, sections: list[dict[str, Any]]) -> None:
        """A closing table of actions whose rows each went to the minute they name ('Action
        Log' / 'Ref | Item | Action | Lead | Due'): its heading is no item of the meeting, and
        is not kept as an empty last section (QA F5)."""
        last = self.sections[-1] if self.sections else None
        if (
            last is not None
            and id(last) in self.logs_placed
            and not sections[-1]["paragraphs"]
            and _ACTION_LOG_TITLE.fullmatch(last.title.strip())
        ):
            del self.sections[-1]
            del sections[-1]

    def finish_section(self, section: _Section, index: int) -> dict[str, Any]:
        number = section.number
        previous_section = self.sections[index - 1] if index else None
        if (
            previous_section
            and section.written is not None
            and previous_section.written is not None
            and section.written != previous_section.written + 1
            # "5. Financial Report" after "2. Minutes": real minutes skip items' numbers (an item
            # taken in private, withdrawn), the numbers kept as written; only a paragraph of the
            # item above numbered as a skipped item is doubted (skipped_numbers).
            and not self.skipped_numbers(previous_section, section.written)
            # "4. CONVENORS REPORTS:" again after "4. MATTERS ARISING:": written as the items
            # above it are, its number repeated (sections.py capitals_colon_again).
            and not (
                section.written == previous_section.written
                and self.capitals_colon_again(section.title)
            )
            # "1." again and again (a list restarted at each item): told at the first repeat.
            and not (
                section.written == previous_section.written
                and index > 1
                and self.sections[index - 2].written == previous_section.written
            )
        ):
            previous = previous_section.written
            message = (
                f"Section {section.written} follows section {previous}; numbers are kept as written"
            )
            self.warn(section.line, message)
        data: dict[str, Any] = dict(
            number=number,
            ref=section.ref,
            title=section.title,
            restricted=section.restricted,
            paragraphs=[],
        )
        if section.withheld:
            data["withheld"] = True
        if section.numbered:
            self.unplaced(section)
            self.check_refs(section)
            paragraphs = [
                ("" if p.unnumbered else p.ref or _ref(p.written), p)
                for p in section.numbered
                if p.written
            ]
        else:
            self.lone_list_numbers(section)
            # Under the sub-item's number where no paragraph has one of its own ("3.2.1").
            written = any(p.ref for p in section.prose)
            base = str(number) if written else _prose_base(section.ref, number)
            paragraphs = [(p.ref or f"{base}.{k}", p) for k, p in enumerate(section.prose, 1)]
        data["paragraphs"] = [self.finish_paragraph(ref, p) for ref, p in paragraphs]
        return data

    def skipped_numbers(self, previous: _Section, written: int) -> bool:
        """Whether a section's number skips on from the section above's ('5. Financial Report'
        after '2. Minutes ...'): True, and each paragraph of the section above numbered as a
        skipped item ('3. There were no matters arising.', '4. Correspondence.' read under item 2)
        is doubted, the item it may be named."""
        assert previous.written is not None
        if written <= previous.written + 1:
            return False
        skipped = range(previous.written + 1, written)
        for paragraph in [*previous.prose, *previous.numbered]:
            ref = paragraph.ref.strip("().")
            if paragraph.written is None and ref.isdigit() and int(ref) in skipped:
                self.warn(
                    paragraph.lines[0],
                    f"Read as a paragraph numbered {ref}, but the items' numbers skip it "
                    f"({previous.written}, then {written}): it may be item {ref}; check",
                )
        # A skipped number written as an item's mark inside a line read ('Election of Officers
        # to the 4) Chairman's Annual Report:-', two columns run together): the item was missed,
        # and the skip is told as a number out of order is.
        marks = re.compile(rf"(?<![\w.(])(?:{'|'.join(map(str, skipped))})\)\s")
        return not any(
            marks.search(line.text)
            for section in self.sections
            for line in [section.line, *(x for p in section.prose for x in p.lines)]
            + [x for p in section.numbered for x in p.lines]
        )

    def unplaced(self, section: _Section) -> None:
        """Unnumbered text before the first numbered paragraph of a section is not a paragraph
        of its own, and belongs to none."""
        where = f"the first paragraph of section {section.number} could not be placed"
        for paragraph in section.prose:
            for line in paragraph.lines:
                self.problem(line, f"Text before {where}")
            for action in paragraph.actions:
                self.problem(action.lines[0], f"Action before {where}")
                for line in action.lines[1:]:
                    self.problem(line, f"Text before {where}")

    def check_refs(self, section: _Section) -> None:
        seen: set[tuple[int, int]] = set()
        previous: tuple[int, int] | None = None
        # Paragraphs 1.1, 1.2 go under the heading written "1.0" or "1", whatever its place.
        whole = re.fullmatch(r"(\d+)(?:\.0+)?", section.ref)
        number = int(whole[1]) if whole else section.number
        for paragraph in section.numbered:
            written = paragraph.written
            assert written is not None
            if paragraph.ref or paragraph.unnumbered:
                continue  # "4.3.1" goes under 4.3, which is checked
            ref, line = _ref(written), paragraph.lines[0]
            if written[0] != number:
                message = f"Paragraph {ref} is in section {number}"
            elif written in seen:
                message = f"Paragraph {ref} appears twice in section {number}"
            elif previous is None and written[1] != 1:
                message = f"Section {number} begins at paragraph {ref}"
            elif previous is not None and written[1] != previous[1] + 1:
                message = f"Paragraph {ref} follows paragraph {_ref(previous)}"
            else:
                message = ""
            if message:
                self.warn(line, f"{message}; numbers are kept as written")
            seen.add(written)
            previous = written

    def under_actions_label(self, line: Line) -> bool:
        """Whether `line` is in a list under a label "Actions" ("Actions" / "i. KE to ..." /
        "ii. ..."): its actions are marked by the label."""
        return line.no in self.listed_actions or self._under_actions_label.get(line.no, False)

    @cached_property
    def _under_actions_label(self) -> dict[int, bool]:
        # Each line's answer from the line above's, in one pass over the text: looking each
        # paragraph's line up and walking back from it made 10,000 lines' minutes quadratic.
        found: dict[int, bool] = {}
        above = False
        for line in self.lines:
            found.setdefault(line.no, above)
            if not _LIST_MARK.match(line.raw.strip()):
                above = bool(_ACTIONS_LABEL.fullmatch(line.text.strip()))
        return found

    def whole_bullet(self, sentence: str, who: str, text: str, line: Line) -> bool:
        """Whether an action with no mark is the whole of a list's bulleted item, owned by two
        or more initials that are each an attendee's ("• KW & AH to draft response to
        complainant", Ken Webb and Alan Henderson present): the bullet sets it apart as the
        item's one point, who is to do what, not a sentence read out of a paragraph; it is not
        listed to check."""
        parts = _OWNER_PARTS.split(who.strip())
        resolved = resolve_owner(who, self.attendees, {})
        return (
            line.bulleted
            and sentence.strip().rstrip(".") == text.strip().rstrip(".")
            and len(parts) > 1
            and all(_INITIALS_PART.fullmatch(part) for part in parts)
            and resolved is not None
            and len(resolved[1]) == len(parts)
        )

    def finish_paragraph(self, ref: str, paragraph: _Paragraph) -> dict[str, Any]:
        text = "\n\n".join(paragraph.blocks)
        if text.lower() == WITHHELD_TEXT.lower() and not paragraph.actions:
            return {"ref": ref, "text": "", "restricted": True, "actions": [], "withheld": True}
        text, restricted = take_marker(text)
        text, inline = inline_actions(text)
        if not inline:
            text, inline = gap_owner(text, self.attendees)
        lines = paragraph.lines[:1]
        written = [_Action(None, [sentence], lines, owner=who) for sentence, who in inline]
        if not (inline or paragraph.actions):
            # "Councillor Johnson to write to HS2 Ltd by 30 November 2018.": an attendee or
            # the clerk, then what they are to do, with no 'Action' mark; kept in the text.
            listed = self.under_actions_label(lines[0])
            for sentence, who in unmarked_actions(text, self.attendees, listed):
                written.append(_Action(None, [sentence], lines, owner=who))
                if not (
                    listed
                    or initials_named(who, self.attendees)
                    or self.whole_bullet(sentence, who, text, lines[0])
                ):
                    message = f"'{sentence[:60]}' read as {who}'s action (no mark); check"
                    self.warn(lines[0], message)
            for sentence in capital_actions(text, self.attendees):
                # "... - MIKE QUIGLEY TO MAKE CONTACT.": an attendee's action in capitals.
                written.append(_Action(None, [sentence], lines))
        for action in paragraph.actions:
            if not action.owner and _INITIALS_ONLY.fullmatch(who := " ".join(action.parts)):
                # "ACTION: MR" under a paragraph: the paragraph is the action, MR's.
                action.parts, action.owner = [text], who.strip()
            elif not action.owner and attendee_named(who, self.attendees):
                # "Action: S Robb" under a paragraph (Mr Stuart Robb attending): the same, the
                # name its owner, not the action's text (QA F8).
                action.parts, action.owner = [text], who.strip().rstrip(".")
        # "Action:" alone, over a list numbered as items ("6) Rachel Wilson will ..."), or with
        # nothing after it: a label, no action of no text and no owner (QA F10), said to check.
        labels = [a for a in paragraph.actions if not a.owner and not " ".join(a.parts).strip()]
        for label in labels:
            message = "An action label with nothing after it: no action made from it; check"
            self.warn(label.lines[0], f"{message} the lines under it")
        kept = [a for a in paragraph.actions if a not in labels]
        actions = [self.finish_action(a) for a in logged_once(written + kept)]
        data = dict(ref=ref, text=text, restricted=restricted, actions=actions)
        if paragraph.decided or _DECISION.search(text) or decision_label(text):
            data["decision"] = True
        return data

    def finish_action(self, action: _Action) -> dict[str, Any]:
        # Action numbers run through the meeting in order, whether or not the text gave them.
        self.action_count += 1
        number = self.action_count
        if action.written is not None and action.written != number:
            self.warn(
                action.lines[0], f"Action {action.written} in the text is action {number} in order"
            )
        text, meta = split_meta(" ".join(action.parts).strip())
        if (
            not action.owner
            and "owner" not in meta
            and (who := initials_after(text, self.attendees))
        ):
            # "... to the practice. HH": the owner's initials closing the action.
            text, action.owner = text[: -len(who)].rstrip(), who
        owner = owner_from_text(text, self.organisations)
        due = due_from_text(text, self.date)
        if "owner" in meta:
            owner = None if meta["owner"].lower() in ("", "none") else meta["owner"]
        if "due" in meta:
            value = meta["due"]
            parsed = parse_date(value)
            due = parsed.isoformat() if parsed else None
            if not parsed and value.lower() not in ("", "none"):
                self.warn(action.lines[0], f"Due date '{value}' could not be read")
        people = [p.strip() for p in meta.get("people", "").split(",") if p.strip()]
        if action.due and (parsed := parse_date(action.due)):
            due = parsed.isoformat()
        post = False
        if action.owner:
            resolved = resolve_owner(action.owner, self.attendees, self.organisations)
            if resolved is None and (holder := post_holder(action.owner, self.attendees)):
                # "Action: University Secretary to present ...": who holds that post.
                owner, people, post = owner or action.owner, [holder["name"]], True
            elif resolved is None and (
                some := initials_attending(action.owner, self.attendees)
                or initials_named(action.owner, self.attendees)
                or first_names_attending(action.owner, self.attendees, initials=action.by_line)
            ):
                # "KE and IB to agree ...": owners by initials, KE an attendee and IB not.
                owner, people = owner or action.owner, some
            elif resolved is None and body_initials(action.owner, self.attendees):
                owner = owner or action.owner  # "SC to ...": the body its listed staff are from
            elif resolved is None and (named := attendee_named(action.owner, self.attendees)):
                # "Action: S Robb": an attendee by the first name's initial and the surname.
                owner, people = owner or action.owner, [named]
            elif resolved is None:
                if not names_no_person(action.owner):
                    message = f"Action owner '{action.owner}' is not among the attendees"
                    self.warn(action.lines[0], message)
                owner = owner or action.owner  # as written, for the clerk to check
                post = is_role(owner)
            else:
                # A person named in full, with no body of their own, is the owner as written
                # ("Action Cllr S Mills"), as "Cllr S Mills to ..." is; initials name no owner.
                named = named_in_full(action.owner, resolved[1])
                owner = resolved[0] or owner or (action.owner if named else None)
                people = resolved[1] or people
        if owner and not people and "owner" not in meta and not action.owner:
            # "Action: TL to circulate ...": an attendee's initials first are that person, as
            # "(Action: TL)" beside the text is.
            who = next((a for a in self.attendees if a.get("initials") == owner), None)
            if who is not None:
                owner, people, meta["owner"] = who.get("organisation"), [who["name"]], ""
        lead = None if "owner" in meta or action.owner else lead_owner(text)
        if owner is None and lead:
            # "Stuart McVey to email the Group ...", "Board to communicate ...": the owner is
            # who the action starts with, as written; one who is not an attendee is shown.
            resolved = resolve_owner(lead, self.attendees, self.organisations)
            owner, people = lead, (resolved[1] if resolved else people)
            if resolved is None and (holder := post_holder(lead, self.attendees)):
                # "University Secretary to present ...": the attendee who holds that post.
                people, post = [holder["name"]], True
            elif resolved is None:
                # "Director of Public Health to circulate ...": a post no attendee holds is
                # kept as written, never made an organisation; the clerk checks it.
                post = is_role(lead)
                if not names_no_person(lead):
                    message = f"Action owner '{owner}' is not among the attendees; check"
                    self.warn(action.lines[0], message)
        fields = dict(text=text, owner=owner, owner_people=people, due=due, status="open")
        if post:
            fields["owner_post"] = True  # the owner is a post as written, not an organisation
        return {"number": number, **fields}


# Words that start the text of an item after its title: a title or a sentence's first word.
_SENTENCE_STARTS = {
    "the", "mr", "mrs", "ms", "miss", "dr", "cllr", "councillor", "it", "there", "see", "he",
    "she", "they", "this", "these", "members", "no", "none", "nothing", "a", "an", "we", "all",
}  # fmt: skip
_OPENING_PREPOSITIONS = {"On", "At", "In", "Following", "After", "Under", "Upon"}
# "Matters Arising from Last Minutes None": a word that is all an item says, after its title.
_WHOLE_ANSWERS = {"None", "Nil", "Noted"}
_TITLE_WORD = re.compile(r"[\w'\u2019&/()-]+")
_DATE_END = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}$")


def _run_in_title(text: str) -> tuple[str, str] | None:
    """("Winter works", "The Conservation Manager went through ...") for "Winter works The
    Conservation Manager went through ...": a short title, then a sentence that starts with
    a title or a word sentences start with, or after a date that ends the title ("Matters
    Arising from the meeting of 5 December 2019 South Development Plan - ...")."""
    words = text.split()
    for k in range(1, min(len(words), 12)):
        if k == len(words) - 1 and words[k].rstrip(".") not in _WHOLE_ANSWERS:
            break
        head = words[:k]
        if not all(_TITLE_WORD.fullmatch(w) for w in head) or not head[0][:1].isupper():
            return None
        if head[0].lower() in _SENTENCE_STARTS:
            return None  # "Cllr Wright welcomed everyone ...": a sentence, no title
        after = " ".join(head)
        starts = words[k].lower().rstrip(".,") in _SENTENCE_STARTS and words[k][:1].isupper()
        # "On a PROPOSAL by ...", "At the invitation of ...": a sentence's opening phrase.
        starts = starts or (
            words[k] in _OPENING_PREPOSITIONS and words[k + 1 :][:1] in (["a"], ["an"], ["the"])
        )
        if (starts or _DATE_END.search(after)) and words[k][:1].isupper():
            if head[-1].lower() in TRAILING:
                continue
            return after, " ".join(words[k:])
    return None


def _continues(previous: str) -> bool:
    """Whether a line plainly goes on into the next: it stops at a comma or on a word such as
    "the" or "and"."""
    words = previous.split()
    return previous[-1:] in ",-&(/" or (bool(words) and words[-1].lower() in TRAILING)


_NAME_ITEM = re.compile(
    letters(r"(?P<name>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,3})\s+[-\u2013\u2014]\s+\S")
)


_TITLED = re.compile(r"(?:cllrs?|councillors?|mr|mrs|ms|miss|dr|prof)\b\.?", re.IGNORECASE)
# An action's text that is only who does it, by their initials: "MR", "JB / KL".
# A list's own numbers ("i.", "(2)", "b)") and the label "Actions" over one: its items are actions.
_LIST_MARK = re.compile(r"\(?(?:[ivx]{1,5}|\d{1,2}|[a-z])[.)]\s")
_ACTIONS_LABEL = re.compile(r"(?i)actions?(?:\s+(?:agreed|arising))?\s*:?")
_INITIALS_ONLY = re.compile(letters(r"\s*[A-Z]{2,4}(?:\s*[/,&]\s*[A-Z]{2,4})*\s*"))
_MOTION_LINE = re.compile(r"(?:Seconded\s+by\b|RESOLVED\b|Resolved\s*[-\u2013\u2014:])")
# "Wilkinson - Member of Wetherby Town Council": up to three capitalised words, a dash, the rest.
_DASH_ITEM = re.compile(r"[A-Z][\w'.]*(?:\s+[A-Z][\w'.]*){0,2}\s+[-\u2013]\s+\S")
_LETTERS_NUMBER = re.compile(r"[A-Z]{2,5} (?P<number>\d{1,4})")
_DECISION_LABEL_LINE = re.compile(r"decisions?\s*:", re.IGNORECASE)
# A decision's label alone on its line, over what was decided: "DECISION" (Scottish councils'
# "DECISION" / "AGREED to ..."), "RESOLVED/-", "DECISION/-", "Resolved:-".
_DECISION_OVER = re.compile(
    r"decisions?|(?:decisions?|(?:it\s+was\s+)?(?:resolved|agreed|decided))\s*[/:]\s*[-\u2013]",
    re.IGNORECASE,
)
# "16 March 2022", "Item 7/22: Internal Audit Plan - Progress Report": a date alone, or an
# earlier item named by its number, on a line of its own with no closing stop.
_SUB_HEADING = re.compile(
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\s+\d{4}"
    r"|Item\s+\d{1,3}(?:/\d{2,4})?\s*:\s+[A-Z][^.;]{2,80}"
    # "Planning Application Nos. 16/P/0462/F & 16/P/0291/F": the applications an item is about.
    r"|(?:Planning\s+)?Applications?\s+Nos?\.?\s+\d{1,4}/[\w/]+(?:\s*(?:&|and|,)\s*\d{1,4}/[\w/]+)*"
)


def _sub_heading(text: str) -> bool:
    text = text.strip()
    if not _SUB_HEADING.fullmatch(text):
        return False
    return not text[:1].isdigit() or parse_date(text) is not None


def _name_item(text: str) -> bool:
    """ "Pam Courcha - Ms Courcha is a carer": an item that starts with a person's name and
    a dash, as declarations of interest list them."""
    m = _NAME_ITEM.match(text)
    return bool(m) and looks_like_name(m["name"])


def _bare_ref(ref: str) -> str:
    """A reference without its label, brackets and closing stop: "Minute 41/17." is "41/17"."""
    ref = re.sub(r"^(?:min(?:ute)?s?|item|agenda\s+item|ref)\.?\s*", "", ref.strip(), flags=re.I)
    return ref.strip("()[]. :").lower()


def _given_number(line: Line) -> tuple[str, str] | None:
    """The list number a document gave the paragraph ("(a)", "ii.", "3)"), as given, and the
    text after it: Word's numbering is not guessed from the text."""
    number = " ".join(line.number.split())
    if not number or not line.text.startswith(number):
        return None
    text = line.text[len(number) :].strip()
    return (number.removesuffix("."), text) if text else None


def _ref(written: tuple[int, int]) -> str:
    return f"{written[0]}.{written[1]}"


# Owners written together: "KW & AH", "KE, IB and AL".
_OWNER_PARTS = re.compile(r"\s*[,/&]\s*(?:and\s+)?|\s+and\s+")
_INITIALS_PART = re.compile(r"[A-Z]{2,4}")


# A section's number as written, whole ("5", "5.0") or a sub-item's ("4.1", "3.6.2").
_WHOLE_REF = re.compile(r"(\d{1,3})(?:\.0+)?")
_SUB_REF = re.compile(r"\d{1,3}(?:\.\d{1,3})+")


def _prose_base(ref: str, number: int) -> str:
    """What an unnumbered paragraph's reference starts with: the section's number as the
    minutes wrote it, "4.1" under the sub-item "4.1 Membership register" ("4.1.1", "4.1.2", not
    "4.1", "4.2" again, the sub-items' own) and "5" under "5." after it (not the reader's count
    of items, which counts the sub-items); the reader's number where none is written."""
    if m := _WHOLE_REF.fullmatch(ref.strip()):
        return str(int(m[1]))
    return ref.strip() if _SUB_REF.fullmatch(ref.strip()) else str(number)


def parse_minutes(text: str, *, known_organisations: Iterable[str] = ()) -> ParseResult:
    """Reads minutes text (pasted, .txt, .md, or a document's Markdown) into the interchange
    dict: the text is read into blocks (blocks.read_text) and the blocks are read."""
    check_text(text)
    return parse_blocks(read_text(text), known_organisations=known_organisations)


def _shown(block: Block) -> Block:
    """The block without control characters, whatever it was read from (prob/characters.py):
    no record text, title or name holds one."""
    text = shown_as_stored(block.text)
    rows = tuple(tuple(map(shown_as_stored, row)) for row in block.rows)
    if (text, rows) == (block.text, block.rows):
        return block
    return replace(block, text=text, rows=rows)


def parse_blocks(
    blocks: Iterable[Block], *, known_organisations: Iterable[str] = ()
) -> ParseResult:
    """Reads a document's blocks into the interchange dict; raises MinutesError when there is
    nothing usable. Headings and list numbers are taken as the blocks give them, tables row by
    row, furniture left out. Section and paragraph numbers are kept as written, with a warning
    where they do not run on; unnumbered paragraphs are numbered in order. Lines it could not
    place are listed as problems with their line numbers."""
    dropped: list[Line] = []
    lines, known = block_lines(map(_shown, blocks), dropped), list(known_organisations)
    if not lines:
        raise MinutesError("The file is empty")
    reader = first = _Reader(lines, known)
    reader.run()
    if reader.sections and _headings_above_items(reader):
        # Items set as headings without numbers above numbered lines read as items: the
        # numbers are a list's inside an item ("Matters arising" over "PB: 1. Process ...").
        plain = _Reader(lines, known, plain=True)
        plain.run()
        if len(plain.sections) > len(reader.sections):
            reader = plain
    if not reader.sections:
        reader = _Reader(lines, known, loose=True)
        reader.run()
    if not reader.sections:
        reader = _Reader(lines, known, plain=True)
        reader.run()
    if not reader.sections and (cut := cut_run_on_items(lines)):
        # One run of text with the items inside it (a document host's flattened copy).
        reader = _Reader(cut[0], known, loose=True)
        reader.run()
        for line, doubt in cut[1]:
            reader.warn(line, doubt)
        if not reader.attendees:
            # The heading and the people run together before the first item: say so.
            message = "The heading and attendance inside this run of text were not read as people"
            reader.problem(cut[0][0], message)
    if not reader.sections:
        reader = _Reader(lines, known, prose=True)
        reader.run()
    if not reader.sections:
        if not _attendance_only(first):
            raise MinutesError(no_items_message(lines, first.date, first.attendees))
        # A web page's minutes copied down to the attendance, no item below it (a committee's
        # page of who came): the heading and the people, said to be all that was read.
        reader = first
        reader.warn(lines[0], "No items were found below the attendance; check nothing is missing")
    if reader.date is None:
        _yearless_date(reader)
    record = reader.record()
    restricted = mark_restricted(
        record,
        [section.line for section in reader.sections],
        parts=in_parts(reader.lines),
    )
    # Values no rule failed on that have a misreading's shape (doubts.py), said, not left silent.
    checked = {problem.line for problem in reader.problems} | reader.last_minutes_lines
    first_item = reader.sections[0].line.no if reader.sections else lines[-1].no + 1
    restricted += doubts(record, reader.lines, first_item, checked)
    left_out = [
        Problem(line.no, line.raw, line.reason or _DROPPED_MESSAGE, "warning", left_out=True)
        for line in dropped
    ]
    # The same line to check for the same reason is shown once ("could not be read as 'Name,
    # Role'" for each of three pieces of one line).
    problems = list(dict.fromkeys(reader.problems + restricted + left_out))
    return ParseResult(record, sorted(problems, key=lambda p: p.line))


def _headings_above_items(reader: "_Reader") -> bool:
    """Whether two or more of the document's sub-headings without numbers (doubts.py's
    sub_heading: "Actions Update", "Items for redaction") stand above the first item read, which
    is no heading of the document's but a numbered line."""
    first = reader.sections[0].line
    above = [line for line in reader.lines if line.no < first.no and sub_heading(line)]
    return not first.marked and len(above) >= 2


def _attendance_only(reader: "_Reader") -> bool:
    """Whether the minutes end in their attendance: a board, a date and some people read, and
    the last line read among them (nothing after it that could be an item)."""
    return (
        bool(reader.board and reader.date)
        and len(reader.attendees) >= 3
        and reader.lines[-1].no in reader.read_from
    )


_DROPPED_MESSAGE = "Left out of the record as a page number, protective marking or rule"


def _yearless_date(reader: "_Reader") -> None:
    """ "Tuesday 26 May" in the heading, no year written: the year from the minutes' other dates
    (dates.yearless_date), said as a line to check."""
    whole = "\n".join(line.text for line in reader.lines)
    # Where the attendance starts: a date below it is in the minutes' body, not the heading.
    body = min(reader.read_from, default=reader.sections[0].line.no)
    for line in reader.lines:
        if line.no >= reader.sections[0].line.no:
            return
        if line.no <= body and starts_with_date(line.text) and (date := find_date(line.text)):
            # "Tuesday 3rd February 2015, 7.30pm at ..." above the attendance, not read as the
            # heading's date line (taken for an attendee's): the heading's date, said.
            reader.date = date
            reader.warn(line, "The meeting's date is taken from this line; check")
            return
        if date := yearless_date(line.text, whole):
            reader.date = date
            if line.no > body:
                # "Liz and Andy will meet on Friday 6th February ...": a date in the body, never
                # taken silently for the meeting's (QA F1).
                message = (
                    f"The meeting's date is taken as {format_date(date)} from this line, below "
                    f"the attendance, with no year written ({date.year} from the minutes' other "
                    "dates); check the heading's date"
                )
            else:
                message = f"No year written; {date.year} from the minutes' other dates; check"
            reader.warn(line, message)
            return


def _entry(text: str) -> bool:
    """A list's entry written as a short title: "Spatial Planning", "Sea Fishery Reform"."""
    words = text.split()
    return (
        0 < len(words) <= 5
        and text[-1:] not in ".,;:!?"
        and all(w[:1].isupper() or w in ("and", "of", "the", "&", "for") for w in words)
    )


def previous_number(sections: list["_Section"]) -> int:
    return sections[-1].number if sections else 0


def sentence(text: str) -> bool:
    """Whether an item's words after its number are a sentence, not a title: six words or more,
    three of them in lower case ("Niall Benson provided an overview of ...")."""
    words = text.split()
    return len(words) >= 6 and sum(1 for w in words if w[:1].islower()) >= 3


def date_or_address(text: str) -> bool:
    """ "26 MAY 2011", "138 - 142 HOLBORN, LONDON, EC1N 2ST": a line under the heading that is
    only a date or holds a postcode is the meeting's date or venue, never an item, though it
    starts with a number as items do; so is a date that heads a title or a venue ("9 May 2018 -
    Annual Parish Meeting", "21 June 2018 17.00, PLANED")."""
    return (
        is_address(text)
        or parse_date(text) is not None
        or time_then_place(text)
        or starts_with_date(text)
    )
