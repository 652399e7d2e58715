"""Where sections start: headings numbered as minutes number them (see references.py), headings
without numbers over paragraphs numbered through the minutes, and the judgement whether "2. Text"
is a heading or an item of a list. Mixed into the reader in text.py, which holds the state."""

import re
from functools import cached_property
from typing import Any

from meetings.minutes.attendance import is_all_caps, read_kind_heading
from meetings.minutes.colon_headings import COLON_DASH, set_apart, text_under_headings
from meetings.minutes.dates import read_when
from meetings.minutes.early_actions import actions_title
from meetings.minutes.heading import LAST_MEETING, TITLE, title_without_icon
from meetings.minutes.lines import Line
from meetings.minutes.meeting_numbers import meeting_numbered, year_numbered
from meetings.minutes.people import read_person
from meetings.minutes.person_names import reads_as_person
from meetings.minutes.references import (
    LETTERED_HEADING,
    MINUTES_LABEL,
    PARAGRAPH,
    SECTION,
    TITLE_AND_TEXT,
    TITLE_COLON_TEXT,
    TRAILING,
    Reference,
    composite_heading,
    counted_on,
    decimal_heading,
    item_minute_heading,
    letters_and_number_heading,
    numbered_paragraph,
    roman_heading,
    section_match,
    take_marker,
)
from meetings.minutes.unnumbered import after_prose, marked_sub_heading, wrapped_prose

_GAP_NUMBER = re.compile(r"\d{1,3}(?: {3,}|\t)\S")
# "... Actions and Matters Arising (Paper A) - Lyall Cairns": who presents the item, after a
# dash (or an en dash) at the end of its title.
# "3 Members present, 5 apologies": a count of who came (a sederunt's tally), never an item.
_HEADCOUNT = re.compile(
    r"(?:members|councillors|people|persons|trustees|directors|governors)\s+(?:were\s+)?"
    r"(?:present|in\s+attendance)\b",
    re.IGNORECASE,
)
_PRESENTER = re.compile(
    r"\s+[-\u2013\u2014]\s+(?P<who>(?:[A-Z][\w'\u2019.-]*\s+){1,3}[A-Z][\w'\u2019-]+)$"
)
_FIRST_SUB_ITEM_CELL = re.compile(r"(?P<item>\d{1,3})\.1\s+/\s+(?P<title>[A-Z].{2,120})")
# "1.0 / Welcome and introductions / ACTIONS": an item numbered "N.0" (the item itself, its
# paragraphs N.1, N.2 ...), on a flattened table's row perhaps, with the action column's header.
# "5.0 The rides report is attached.": an item numbered "N.0", its text after the number.
_POINT_ZERO_TEXT = re.compile(r"(?P<ref>\d{1,3}\.0)\s+(?P<text>[A-Z].*)")
# "Date:", "Meeting date and time:": a label saying when the meeting was.
_WHEN_LABEL = re.compile(r"(?:meeting\s+)?(?:date|time)\b[\w ]{0,12}:", re.IGNORECASE)
_POINT_ZERO_ITEM = re.compile(
    r"(?P<ref>\d{1,3}\.0)\.?\s+(?:/\s+)?(?P<title>[A-Z].{1,120}?)"
    r"(?:\s+/\s+(?:actions?|action by|lead|owner|by whom|who))?",
    re.IGNORECASE,
)
# "MINUTES 2952. It was resolved ...", "HARBOUR MASTER'S REPORT as prepared by ABP 2953. The
# ...": a margin heading in capitals (perhaps with a tail in lower case) flattened before the
# minute's number, then the minute's text, on one line.
_MARGIN_TITLE_ITEM = re.compile(
    r"(?P<title>[A-Z][A-Z'\u2019&/,\-]+(?:\s+[A-Z][A-Z'\u2019&/,\-]+)*(?:\s+[a-z][^.:;]{0,40}?)?)"
    r"\s+(?P<ref>\d{1,5})\.\s+(?P<text>[A-Z(].*)"
)
# Words that start a minute's text after its title on the same line.
_TITLE_THEN_SENTENCE = re.compile(
    r"(?P<title>[A-Z][^.:;]{2,80}?[a-z])\s+(?P<text>(?:The|There|It|This|These|Members|All|No)"
    r"\s+[a-z].*)"
)


# "(a) Welcome -": an item lettered in brackets, its title after it.
_LETTERED_ITEM = re.compile(r"\((?P<letter>[a-z])\)\s+(?P<title>[A-Z][^.]*?\S)")
# "4) Matters arising \u2013 it was suggested ...": a title, a spaced dash, its text in lower case.
_LISTED_TITLE_AND_TEXT = re.compile(
    r"(?P<title>[A-Z][^\u2013\u2014]{2,80}?)\s+[-\u2013\u2014]\s+(?P<text>[a-z].*)"
)
# "2) Present - Mark (Chair), Dorothy, ...": an attendance item's label, a spaced dash, the names.
_LISTED_LABEL_AND_NAMES = re.compile(
    r"(?P<title>(?i:present|apologies(?:\s+for\s+absence)?|in\s+attendance|attendance|absent))"
    r"\s+[-\u2013\u2014]\s+(?P<text>[A-Z].*)"
)
# A title's dash with nothing after it: "Welcome -", "Apologies for Absence \u2013".
_TRAILING_DASH = re.compile(r"\s+[-\u2013\u2014]$")
# "FC/94/13 Minutes of the Meeting held on 16 September 2013 The minutes ... were AGREED": a
# title that ends in a date, then the minute's text, on one line.
_DATED_TITLE_TEXT = re.compile(
    r"(?P<title>(?:\S+\s+){1,10}?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4})"
    r"\s+(?P<text>[A-Z].*\S)"
)
# "1) Apologies: 3 from members of Public", "3) Matters Arising; None": an item's usual title,
# a colon or a semicolon, then its text, whatever it starts with.
_USUAL_TITLE_TEXT = re.compile(
    r"(?P<title>apolog(?:y|ies)(?:\s+for\s+absence)?|matters\s+arising"
    r"|declarations?\s+of\s+interests?|any\s+other\s+business)\s*[:;]\s+(?P<text>\S.*)",
    re.IGNORECASE,
)
# "Chairman: Introductory remarks", "Treasurer: Financial report": an item titled by the officer
# who reports, then what they report; the whole line is the title.
_OFFICER = re.compile(
    r"(?:vice[\s-]+)?chair(?:man|person|woman)?|treasurer|secretary|president|clerk"
    r"|(?:general\s+|artistic\s+)?(?:manager|director)",
    re.IGNORECASE,
)


def _officers_title(text: str) -> bool:
    """Whether what follows an officer's colon is the item's title ("Update on AGM"): a few
    words in capitals first that end no sentence and name no one."""
    words = text.split()
    return (
        0 < len(words) <= 6
        and text[:1].isupper()
        and text[-1:] not in ".!?;:,"
        and not reads_as_person(text)
    )


# "FC/91/13 There were no apologies for absence.": a minute with no title, its one sentence.
# "05/24-1 Election of Chair. Cllr Gillian Pollard was proposed ...": after a minute's reference,
# a short title closed by a full stop, then the minute's text on the same line.
_STOPPED_TITLE_TEXT = re.compile(r"(?P<title>[A-Z][^.:;]{2,80}?)\.\s+(?P<text>[A-Z].*)")
# Words of a sentence, never of a title run into its text: "The minutes had been circulated."
_SENTENCE_VERBS = {"was", "were", "is", "are", "had", "has", "have", "been", "will", "would"}
# A sentence's first words, never a title's: "The Chair welcomed ...", "It was agreed ...".
_SENTENCE_STARTS = {"the", "a", "an", "it", "he", "she", "we", "they", "there", "this", "all"}
_NO_TITLE_SENTENCE = re.compile(
    r"(?:There\s+(?:were|was|are|is)|It\s+was|No(?:ne)?\s+(?:\w+\s+)?(?:were|was)|Nothing)\b.*\."
)


# " held on 27th January 2020", " of 3 May 2019": the date at the end of a title.
_HELD_ON = re.compile(
    r"\s+(?:(?:held\s+)?on|of|dated)\s+(?:[A-Z][a-z]+day,?\s+)?"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}$"
)

# "Action" or "Actions" alone, a label set as a heading.
_ACTION_ALONE = re.compile(r"(?i:actions?):?")
# A decision's label alone on its line ("Resolved:", "AGREED:"), set in bold as a heading is:
# the label of what follows, never an item (heading_as_given).
_DECISION_WORD = re.compile(r"(?i:resolved|agreed|decided)\s*[:\-\u2013]*")
# The doubt on a line among the attendees no one was read from (attendees.py people_read).
_NOT_READ = "Line among the attendees could not be read as 'Name, Role'"
# "Item 1.2: Minutes of previous meeting": the word "Item" before a decimal reference says the
# line is an item's heading, numbered within a part ("1. PROCEEDINGS") or not.
_ITEM_DECIMAL = re.compile(
    r"(?i:item)\s+(?P<ref>\d{1,3}\.\d{1,3})\s*[:.\u2013\u2014-]?\s+(?P<title>[A-Z(\[].*)"
)


class SectionReader:
    lines: list[Line]
    known: set[str]
    title: str
    sections: list[Any]
    stage: str
    loose: bool
    list_item: int | None
    paragraph: Any
    listed_actions: set[int]

    def add_section(
        self, i: int, line: Line, ref: Reference, restricted: bool, written: int | None
    ) -> None:
        raise NotImplementedError

    def continuation(self, line: Line, text: str | None = None) -> None:
        raise NotImplementedError

    def list_item_at(self, number: int) -> bool:
        self.list_item = number
        return False

    def title_and_text(self, i: int, line: Line, ref: str, title: str) -> bool:
        """ "233 Apologies \u2013 Apologies were received from ...": a minute numbered through
        the year, with its title and its text on one line."""
        m = TITLE_AND_TEXT.fullmatch(title)
        previous = self.sections[-1].number if self.sections else None
        near = previous is None or 0 < int(ref) - previous <= 5
        # A list of items a line each, "n. Question - decision", may ask at length: straight
        # under the line numbered one less (no blank line between), a title of up to 16 words.
        listed = (
            bool(i) and not line.after_blank and _next_in_list(self.lines[i - 1].text, line.text)
        )
        if not m and listed:
            m = self.listed_title_and_text(i, title)
        most = 16 if listed else 8
        if not (
            m
            and near
            and self.heading_like(i, m["title"], most)
            and len(m["title"].split()) <= most
        ):
            return False
        self.add_section(i, line, Reference(ref, m["title"]), False, int(ref))
        self.continuation(line, m["text"])
        return True

    def listed_title_and_text(self, i: int, title: str) -> re.Match[str] | None:
        """ "4) Matters arising \u2013 it was suggested that ...": straight under the item
        above's own line, in a list of items a line each, the text after a title's spaced dash
        may start in lower case (QA F8, an allotments committee); not in a list inside an item
        ("2. Cllr Richard Wilkins \u2013 nominated by ..." under "1. To appoint the Chair")."""
        above = self.lines[i - 1] if i else None
        if not (above and self.sections and self.sections[-1].line.no == above.no):
            return None
        if not _next_in_list(above.text, self.lines[i].text) or self.lines[i].after_blank:
            return None
        m = _LISTED_TITLE_AND_TEXT.fullmatch(title) or _LISTED_LABEL_AND_NAMES.fullmatch(title)
        return m if m and self.heading_like(i, m["title"], 16) else None

    def title_then_sentence(self, i: int, line: Line, ref: str, title: str) -> bool:
        """ "1. Minutes of the previous meeting The minutes of ... were approved.": a title run
        into its text where a table's cells were flattened. The title is taken to end before
        the words that start a sentence, and the clerk is asked to check."""
        m = _TITLE_THEN_SENTENCE.fullmatch(title)
        previous = self.sections[-1].number if self.sections else None
        if not m or not (previous is None or 0 < int(ref) - previous <= 3):
            return False
        head = m["title"]
        if not (len(head.split()) <= 10 and self.heading_like(i, head)):
            return False
        self.add_section(i, line, Reference(ref, head), False, int(ref))
        self.continuation(line, m["text"])
        self.warn(line, f"Title and text on one line: the title is taken to be '{head}'; check")
        return True

    def colon_title(self, i: int, number: int, title: str) -> tuple[str, str] | None:
        """ "2. Apologies: Apologies were received from ...": a short title closed by a colon,
        then the item's text on the same line; the number rises from the section before."""
        m = TITLE_COLON_TEXT.fullmatch(title) or _USUAL_TITLE_TEXT.fullmatch(title)
        previous = self.sections[-1].number if self.sections else None
        if not m or not (previous is None or 0 < number - previous <= 3):
            return None
        head = m["title"].strip()
        if _OFFICER.fullmatch(head) and _officers_title(m["text"]):
            return None  # "4. Chairman: Introductory remarks": who reports, then the title
        # "3. Minutes of meeting held on 27th January 2020: These were approved.": the date
        # the title names is not counted in its length.
        words = _HELD_ON.sub("", head).split()
        if not (0 < len(words) <= 6 and self.heading_like(i, head) and not read_when(head)[1]):
            return None
        kind = read_kind_heading(head, self.known)
        if kind and kind.kind not in ("apologies", "absent") and self.stage != "body":
            return None  # "1. Present: ..." before the first section is attendance
        return head, m["text"]

    def stopped_title_text(self, i: int, number: int, title: str) -> tuple[str, str] | None:
        """ "1. Notice of AGM. Circulated to all members ...", "7. Report on Finance to 30 June
        2011. Catherine Dyson explained ...": a title of a few words closed by a full stop, then
        the item's text on the same line (an association's AGM minutes); the number rises from
        the section before, and the title is no sentence."""
        m = _STOPPED_TITLE_TEXT.fullmatch(title)
        previous = self.sections[-1].number if self.sections else None
        if not m or not (previous is None or 0 < number - previous <= 3):
            return None
        head = m["title"].strip()
        words = head.split()
        if not 2 <= len(words) <= 10 or any(w.lower() in _SENTENCE_VERBS for w in words):
            return None
        if words[0].lower() in _SENTENCE_STARTS:
            return None  # "1. The Chair welcomed everyone to Bonar Bridge. ...": a sentence
        if not self.heading_like(i, head) or read_kind_heading(head, self.known):
            return None
        if re.search(r"\s\d{1,2}$", head) or read_person(head):
            return None  # "2. Brenda Templeton (Secretary) 3. Robert ...": a list run together
        return head, m["text"]

    def point_zero_sentence(self, i: int, line: Line, ref: str, text: str) -> bool:
        """ "1.0 Apologies were received from: ...", "5.0 The rides report is attached.": items
        numbered "N.0", as many clerks number them, with no title; the first where "2.0"
        starts a line below it."""
        number = int(ref[:-2])
        if self.sections and (split := self.colon_title(i, number, text)):
            # "3.0 Matters arising: LR reported ...": a title and its text, as "3." has them.
            self.add_section(i, line, Reference(ref, split[0]), False, number)
            self.continuation(line, split[1])
            return True
        if self.sections:
            return self.untitled_item(i, line, ref, text, True)
        if (
            number != 1
            or not (text.endswith(".") and len(text.split()) >= 3)
            or not any(x.text.startswith("2.0 ") for x in self.lines[i + 1 :])
        ):
            return False
        if ":" in text and self.attendance_item(i, line, ref, text, number):
            if len(self.sections[-1].title.split()) <= 2:
                return True  # "1.0 Apologies: ...": the label is the title
            # "1.0 Apologies were received from: ...": a sentence, its people read, and the
            # item untitled with the sentence its text.
            self.sections[-1].title, self.sections[-1].prose = "", []
            self.keep_as_paragraph(line.with_text(text))
            return True
        self.add_section(i, line, Reference(ref, ""), False, number, untitled=True)
        self.continuation(line, text)
        self.warn(line, f"Item {ref} has no title: its sentence is taken as its text; check")
        return True

    def other_reference(self, i: int, line: Line) -> bool:
        """Headings numbered other than "4.": "39/20", "Cou/236/09-10 / Title", "II TITLE",
        "21.44 TITLE" or "4.1" over its title."""
        text = line.text
        ref = (
            composite_heading(text)
            or roman_heading(text)
            or item_minute_heading(text, (x.text for x in self.lines))
        )
        if (
            ref is None
            and (dated := composite_heading(text, dated=True))
            and dated.title
            and counted_on(dated.ref, (x.text for x in self.lines))
        ):
            ref = dated  # "05/25/01 - Welcome" over "05/25/02 - ...": counted, not a date
        if ref and not ref.title and ref.ref.isalpha() and not self.caps_below(i):
            return False  # "IV" alone over a line not in capitals: an organisation's initials
        if ref is None and (m := LETTERED_HEADING.fullmatch(text)):
            ref = Reference(m["ref"], m["title"])
        if (
            ref is None
            and (m := _LETTERED_ITEM.fullmatch(text))
            and self.next_letter(m["letter"])
            # A title may be long ("(d) Licence Fees - European Court of Justice Ruling -
            # Hemming v Westminster (DEH) -"), its dashes no words.
            and (
                self.heading_like(i, title := _TRAILING_DASH.sub("", m["title"]), 16) or line.marked
            )
        ):
            # "(a) Welcome -", "(b) Apologies for Absence -": minutes lettered, not numbered
            # (a joint forum's items reported to a council's cabinet); a letter starts an item
            # only as the next of the items read ("(a)" first), never under a numbered one.
            self.add_section(i, line, Reference(f"({m['letter']})", title), False, None)
            return True
        if ref is None and line.marked:
            ref = letters_and_number_heading(text)
        if ref is None and (m := _FIRST_SUB_ITEM_CELL.fullmatch(text)):
            # "1.1 / Apologies and Declaration of Interest": a flattened table's row, the item's
            # number ("1") lost, its first sub-item's cell holding the item's title.
            previous = self.sections[-1].number if self.sections else 0
            if 0 < int(m["item"]) - previous <= 1 + (previous == 0) * 4:
                ref = Reference(m["item"], m["title"])
        if (
            ref is None
            and (m := _POINT_ZERO_TEXT.fullmatch(text))
            and self.point_zero_sentence(i, line, m["ref"], m["text"])
        ):
            return True
        if ref is None and (m := _POINT_ZERO_ITEM.fullmatch(text)):
            previous = self.sections[-1].number if self.sections else 0
            if 0 < int(m["ref"][:-2]) - previous <= 3 and self.heading_like(i, m["title"]):
                ref = Reference(m["ref"], m["title"])
        if ref is None and (m := _MARGIN_TITLE_ITEM.fullmatch(text)):
            previous = self.sections[-1].written if self.sections else None
            number = int(m["ref"])
            if (previous is None and not 1900 <= number <= 2099) or (
                previous is not None and 0 < number - previous <= 3
            ):
                self.add_section(i, line, Reference(m["ref"], m["title"]), False, number)
                self.continuation(line, m["text"])
                return True
        if (
            ref is None
            and self.stage == "body"
            and (m := _ITEM_DECIMAL.fullmatch(text))
            and self.heading_words(m["title"])
            and not ((person := read_person(m["title"])) and person[1])
            and not TITLE_COLON_TEXT.fullmatch(m["title"])
        ):
            # "Item 1.1: Introduction and welcome": a sub-item of the part above it, which
            # leaves the parts' numbering where it was ("2. EXTERNAL RESEARCH" comes next);
            # not "Item 7.2: Ms J Nicolson, Solicitor" among the people, or a person's line.
            number = self.sections[-1].number if self.sections else None
            self.add_section(i, line, Reference(m["ref"], m["title"]), False, None)
            if number is not None:
                self.sections[-1].number = number
            return True
        if ref is None and (ref := decimal_heading(text)):
            first = int(ref.ref.split(".")[0])
            current = self.sections[-1].number if self.sections else None
            caps = bool(ref.title) and is_all_caps(ref.title) and first != current
            alone = not ref.title and self.title_below(i) and first == current
            if self.untitled_paragraph_item(i, line, ref):
                return True
            if self.first_under_empty(i, ref) or self.next_sub_item(i, ref):
                # "5.1 Chief Executive Report" under "5. UPDATES AND ADVICE": a sub-item, which
                # leaves the items' numbering where it was ("6." comes next).
                number = self.sections[-1].number
                self.add_section(i, line, Reference(ref.ref, ref.title), False, None)
                self.sections[-1].number = number
                return True
            # "1.2 Introduction from the Chair." in the heading style "1.1 Housekeeping" has:
            # the next of its headings, a full stop after its title or not.
            sibling = (
                line.marked
                and line.level is not None
                and bool(self.sections)
                and self.sections[-1].line.marked
                and self.sections[-1].line.level == line.level
                and bool(ref.title)
            )
            if not (
                caps
                or alone
                or sibling
                or marked_sub_heading(line, ref.title)
                or (first != current and meeting_numbered(self.lines, ref.ref, ref.title))
                or (first != current and year_numbered(self.lines, ref.ref, ref.title))
            ):
                return False
        if ref is None or (not ref.title and not self.title_below(i)):
            return False
        # "23/45 Apologies \u2013 Apologies were received from ...": the title, then the text.
        split = TITLE_AND_TEXT.fullmatch(ref.title) or TITLE_COLON_TEXT.fullmatch(ref.title)
        # A reference such as "83/23" never starts a sentence's wrapped line.
        strong = "/" in ref.ref
        if strong and not split and (stopped := _STOPPED_TITLE_TEXT.fullmatch(ref.title)):
            split = stopped if len(stopped["title"].split()) >= 2 else None
        if strong and not split and (dated := _DATED_TITLE_TEXT.fullmatch(ref.title)):
            split = dated
        elif strong and not split and _NO_TITLE_SENTENCE.fullmatch(ref.title):
            self.add_section(i, line, Reference(ref.ref, ""), False, None)
            self.continuation(line, ref.title)
            self.warn(
                line, f"Item {ref.ref} has no title: its sentence is taken as its text; check"
            )
            return True
        if split and self.heading_like(i, split["title"], 16, strong):
            self.add_section(i, line, Reference(ref.ref, split["title"]), False, None)
            self.continuation(line, split["text"])
            return True
        if ref.title and not (line.marked or self.heading_words(ref.title)):
            return False
        title, restricted = take_marker(ref.title)
        self.add_section(i, line, Reference(ref.ref, title), restricted, None)
        return True

    def plain_heading(self, i: int, line: Line) -> bool:
        """In minutes with no numbers at all, a heading is a short line standing apart that
        reads as a title ("Apologies", "FINANCE REPORT") over a paragraph of prose."""
        text, words = line.text, line.text.split()
        following = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if self.stage == "start" or following is None or not 0 < len(words) <= 12:
            return False
        if line.bulleted:
            return False  # a bullet is an item of a list, never its heading
        if not line.marked and wrapped_prose(self.lines, i) and following.text[:1].islower():
            # "Following the search it was discovered that five local authorities across
            # Scotland" / "have contained within ...": a paragraph's first line, hard-wrapped
            # where it was pasted, its sentence going on in lower case (QA F8).
            return False
        # "Ice breaker:" alone on its line over prose broken at the page's width: the colon
        # ends a heading where nothing follows it on the line (a label over names is
        # read_kind_heading's, below).
        wrapped = wrapped_prose(self.lines, i + 1)
        # So does a colon at the end of a line the document sets as a heading ("Matters
        # Arising:" in bold).
        labelled = (
            (wrapped or line.marked) and text[-1:] == ":" and not text[:-1].rstrip().endswith(":")
        )
        if labelled:
            text = text[:-1].rstrip()
            words = text.split()
        if not text[:1].isupper() or text[-1:] in ".,;:" or read_kind_heading(text, self.known):
            return False
        if COLON_DASH.fullmatch(text):
            return False  # "The Forum resolved:-": the words that open a decision, no title
        if (
            self.stage != "body"
            and not (self.sections or self.title)
            and TITLE.match(text)
            and not LAST_MEETING.fullmatch(text)  # "Minutes of the previous meeting": an item
        ):
            return False  # "Notes of the Public Meeting" set as a heading: the minutes' title
        if text_under_headings(line, self.sections):
            return False  # "Budget and strategic plan" under "Finance Subgroup", set as heading
        date_below = all(read_when(following.text)) or bool(
            # "NHS LIVERPOOL CLINICAL COMMISSIONING GROUP" / "GOVERNING BODY" / "Minutes of
            # meeting held on TUESDAY 8TH DECEMBER 2015 1pm": the minutes' dated title below.
            TITLE.match(following.text) and read_when(following.text)[0]
        )
        if self.stage == "board" and not (self.sections or self.date) and date_below:
            # "UNIVERSITY OF ESSEX" / "ETHICS COMMITTEE" / "4 MARCH 2008": what met, over the
            # meeting's date alone on its line (or the title that dates it), is the heading's,
            # not the first item.
            return False
        # Prose below, or a list of bullets, each a sentence: "Matters Arising" / "· The ...";
        # a lead-in ends in the colon and dash that open a list ("... included the following:-").
        prose = wrapped or (
            len(following.text.split()) >= 6
            and (following.text.rstrip("-\u2013 ")[-1:] in ".:;!?" or following.bulleted)
        )
        # "Amateur Boxing Scotland Limited (ABSL)" between two paragraphs of prose, in a copy
        # that lost its blank lines: a title between sentences stands apart, and is no attendee.
        between = prose and after_prose(self.lines, i)
        if read_when(text)[1] or (read_person(text) and not (between or labelled)) or "," in text:
            return False  # a date, or a person among the attendees
        stands_apart = line.after_blank or line.marked or is_all_caps(text) or between or labelled
        if not (stands_apart and (prose or line.marked or is_all_caps(text))):
            return False
        self.add_section(i, line, Reference("", text), False, None)
        return True

    def bulleted_heading(self, i: int, line: Line) -> bool:
        """A bullet that is an item's title (bulleted_title) under items the document sets as
        headings: an item of its own."""
        if self.stage != "body" or not line.bulleted or not self.sections:
            return False
        if not (all(set_apart(s.line) for s in self.sections) and self.bulleted_title(i)):
            return False
        self.add_section(i, line, Reference("", line.text), False, None)
        return True

    def bulleted_title(self, i: int) -> bool:
        """ "Items for Decision" / "• Election of Directors" / "In full view AH opened the
        ballot box." / ... / "• Membership Applications" / ...: bullets that are items' titles,
        each over its text in plain lines, not in a list of bullets. Read so where the text has
        two such bullets at least."""
        return self._bulleted_titles >= 2 and _bulleted_title(self.lines, i)

    @cached_property
    def _bulleted_titles(self) -> int:
        return sum(1 for k in range(len(self.lines)) if _bulleted_title(self.lines, k))

    def prose_opening(self, i: int, line: Line) -> bool:
        """In minutes with no headings at all, numbered or not, the first sentence after the
        attendance lists ("The Chair welcomed everyone to the meeting ...") starts their text:
        one item with no number or title, as the preview shows it."""
        text = line.text
        if self.sections or self.stage != "attendees" or not self.attendees:
            return False
        if line.bulleted or line.cells or not text[:1].isupper() or text[-1:] not in ".!?":
            return False
        words = text.split()
        # A sentence, not a list of names: many words in lower case ("welcomed", "to the").
        if len(words) < 12 or sum(1 for w in words if w[:1].islower()) < 6:
            return False
        self.add_section(i, line, Reference("", self.title_among_attendees(i)), False, None)
        self.continuation(line)
        return True

    def title_among_attendees(self, i: int) -> str:
        """ "In attendance:" / ... / "Welcomes and introduction to the Speaker" / "The Chair
        welcomed ...": the line over the first sentence that no attendee was read from, a short
        line with no stop, is the first item's title, not a line of the list to check."""
        above = self.lines[i - 1] if i else None
        if above is None or above.cells or above.bulleted:
            return ""
        text, words = above.text, above.text.split()
        unread = [
            p
            for p in self.problems
            if p.line == above.no and p.message == _NOT_READ and not p.left_out
        ]
        if not (unread and 2 <= len(words) <= 20 and text[:1].isupper()):
            return ""
        if text[-1:] in ".,;:" or read_kind_heading(text, self.known):
            return ""
        self.problems[:] = [p for p in self.problems if p not in unread]
        return text

    def caps_below(self, i: int) -> bool:
        return i + 1 < len(self.lines) and is_all_caps(self.lines[i + 1].text)

    def heading_words(self, title: str) -> bool:
        words = title.split()
        return 0 < len(words) <= 25 and (
            not title.endswith(".") or is_all_caps(title) or len(words) <= 8
        )

    def title_below(self, i: int) -> bool:
        """Whether the next line is the title of a reference standing alone on its line."""
        if i + 1 >= len(self.lines):
            return False
        text = self.lines[i + 1].text
        if not self.sections and not self.title and TITLE.match(text) and len(text.split()) > 4:
            # "88/17" over "MINUTES OF A MEETING OF FULL COUNCIL HELD ON ...": the minute
            # book's folio above the minutes' own title, no item's reference ("15." over
            # "Minutes", a ModernGov page's item on the last minutes, is one).
            return False
        if text[:1].isupper() and title_without_icon(text) != text:
            # "Joint Lancashire Minerals & Waste ... to make the Plan sound. pdf icon PDF 63 KB":
            # a ModernGov page's link to the paper ends a title, however long.
            return True
        words = text.split()
        return (
            bool(words)
            and len(words) <= 25
            and (text[:1].isupper() or text[:1].isdigit())
            and (not text.endswith(".") or is_all_caps(text))
            and not (SECTION.fullmatch(text) and text[:1].isdigit())
            and not PARAGRAPH.fullmatch(text)
            and not MINUTES_LABEL.fullmatch(text)
        )

    def actions_list_heading(self, i: int, line: Line) -> bool:
        """An 'Actions agreed' label over bullets straight after the attendance (a forum's notes
        that open with what was agreed): the list's heading, without a number, so that its
        bullets are its paragraphs and actions, not people of the attendance above it."""
        if self.sections or i + 1 >= len(self.lines) or line.bulleted:
            return False
        if not (actions_title(line.text) and self.lines[i + 1].bulleted and i):
            return False
        if read_person(self.lines[i - 1].text) is None:
            return False  # under an item ("Club Update" / ... / "Actions:"), its own actions
        self.add_section(i, line, Reference("", line.text.strip(" :")), False, None)
        for below in self.lines[i + 1 :]:
            if below.after_blank and not below.bulleted:
                break
            self.listed_actions.add(below.no)  # each bullet, and its wrapped lines, an action's
        return True

    def unnumbered_heading(self, i: int, line: Line) -> bool:
        """A heading without a number over paragraphs numbered through the minutes (Scottish
        and Home Office minutes): "Welcome and Introduction" then "1. Andrew Thin welcomed"."""
        text = line.text
        if self.stage in ("start", "board") or i + 1 >= len(self.lines) or line.bulleted:
            return False
        words = text.split()
        below = self.lines[i + 1]
        following = numbered_paragraph(below.raw, below.text)
        if not (
            following
            and following[0][:1].isdigit()
            and len(following[1].split()) > 8
            and (following[1][-1:] in ".:;" or self.wraps_on(i + 1))
            and not (self.stage != "body" and not self.title and TITLE.match(text))
            and 0 < len(words) <= 10
            and text[:1].isupper()
            and text[-1:] not in ".,;:"
            and not SECTION.fullmatch(text)
            and not _ITEM_DECIMAL.fullmatch(text)
            and not read_kind_heading(text, self.known)
            and not read_when(text)[1]
            # "Date: 17 August 2015" under the meeting's name: when it met, for the heading.
            and not (_WHEN_LABEL.match(text) and read_when(text)[0])
        ):
            return False
        previous = self.lines[i - 1].text if i else ""
        if self.paragraph is not None and not line.after_blank and previous[-1:] not in ".:;!?":
            return False  # a sentence's wrapped line
        self.add_section(i, line, Reference("", text), False, None)
        return True

    def given_heading(self, i: int, line: Line) -> bool:
        if not self.heading_as_given(i, line):
            return False
        if _ACTION_ALONE.fullmatch(line.text) and self.sections and i + 1 < len(self.lines):
            # "Action" set as a heading over a sentence ("Secretariat to publish the minutes"),
            # as a web page prints each item's actions: the label of that sentence, no item.
            below = self.lines[i + 1]
            self.lines[i + 1] = below.with_text(f"Action: {below.text}")
            return True
        # "Matters Arising:" set as a heading: the colon ends the heading, not its title.
        self.add_section(i, line, Reference("", line.text.removesuffix(":").rstrip()), False, None)
        return True

    def heading_as_given(self, i: int, line: Line) -> bool:
        """A heading without a number that the document marks as a heading (Word's heading
        style, a PDF's larger type, Markdown's "#") at the level of the section headings above
        it, or higher: "Action log" after numbered minutes is a section, not their text. Not
        under a table's row, where it is a cell that wrapped ("McCULLOCH" under "Ken")."""
        if self.stage != "body" or not line.marked or line.level is None or line.number:
            return False
        if i and self.lines[i - 1].cells:
            return False
        current = self.sections[-1].line if self.sections else None
        level = current.level if current is not None and current.level is not None else 1
        text = line.text
        return (
            max(line.level, 1) <= max(level, 1)
            and 0 < len(text.split()) <= 12
            and text[:1].isupper()
            and text[-1:] not in ".,;"
            and not SECTION.fullmatch(text)
            and not PARAGRAPH.fullmatch(text.split(" ", 1)[0])
            and not read_kind_heading(text, self.known)
            # "Resolved:" in bold over "That the report be noted.": the decision's label, as a
            # clerk sets it, no heading (the fire authority's minutes in fresh-45).
            and not _DECISION_WORD.fullmatch(text)
        )

    def wraps_on(self, i: int) -> bool:
        """Whether line i is prose whose sentence goes on, in lower case, on the next line."""
        below = self.lines[i + 1] if i + 1 < len(self.lines) else None
        return (
            len(self.lines[i].text.split()) > 8
            and below is not None
            and not below.after_blank
            and below.text[:1].islower()
        )

    def plausible_section(self, i: int, number: int, title: str, explicit: bool) -> bool:
        # "2. Something" may be a numbered list inside a paragraph, and "12 Members" a wrapped
        # line: a heading's number rises, and it is followed by its own first paragraph or
        # reads like a heading and is not far from the one before.
        if _HEADCOUNT.match(title):
            return False
        following = self.lines[i + 1] if i + 1 < len(self.lines) else None
        m = PARAGRAPH.fullmatch(following.text) if following else None
        next_no = int(m[1]) if m else None
        previous = self.sections[-1].number if self.sections else None
        if previous is not None and (next_no == previous or number <= previous):
            return next_no != previous and self.out_of_sequence(i, title, explicit)
        if next_no == number:
            return True
        near = previous is None or 0 < number - previous <= 5
        if self.colon_heading(i, title) and near and not self.runs_on(number):
            return True
        if previous is not None and number == previous + 1 and self.set_apart(i, title):
            return True
        if previous is not None and number == previous + 1 and self.alone(i, title):
            return True
        if previous is not None and number == previous + 1 and self.stopped_title(i, title):
            return True
        if previous is not None and number == previous + 1 and self.same_bare_form(title):
            return True
        if previous is None and explicit and self.first_stopped_title(i, title):
            return True
        if (
            previous is not None
            and number == previous + 1
            and explicit
            and self.next_short(i, title)
        ):
            return True  # "5. Resolutions." under lettered reports
        if previous is not None and number == previous + 1 and self.long_as_above(i, title):
            return True
        if (m := _PRESENTER.search(title)) and read_person(m["who"]):
            title = title[: m.start()]  # the item's presenter is not part of its length
        # A title in capitals is a heading's, however long ("3. TO SIGN AS A CORRECT RECORD THE
        # MINUTES OF THE MEETING HELD ON THE 28TH JULY, 2017"): prose is not written so.
        most = 24 if is_all_caps(title) else 15
        if len(title.split()) > most or title.endswith((".", ":")) or self.runs_on(number):
            return False
        if self.wraps_on(i):
            return False  # "4. The minutes of ... were approved, subject to an" / "amendment"
        if not explicit and not self.heading_like(i, title):
            return False
        if previous is None:
            return explicit or number == 1 or self.first_of_year(i, title)
        return number - previous <= (5 if explicit else 3) or is_all_caps(title)

    def long_as_above(self, i: int, title: str) -> bool:
        """ "5. Acknowledge and Sign the Amended Scheme for Establishment of Community Councils in
        Dumfries & Galloway as Constitution": the next number over a title longer than most (an
        agenda's wording kept), where the two items above were read from lines of the same form
        ("N. Title" with no stop after it) and the line below starts the item's text."""
        words = title.split()
        if not (15 < len(words) <= 24 and title[:1].isupper() and title[-1:] not in ".,;:"):
            return False
        if words[0].lower() in _SENTENCE_STARTS or any(w.lower() in _SENTENCE_VERBS for w in words):
            return False  # "3. The Panel was asked to sign as a correct record ...": a sentence
        following = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if following is None or not following.text[:1].isupper() or section_match(following.text):
            return False
        if len(self.sections) < 2 or not self.heading_like(i, title, 24):
            return False
        above = [section_match(s.line.text) for s in self.sections[-2:]]
        return all(
            m is not None and m["sep"] == "." and bool(m["title"]) and m["title"][-1:] not in ".,;:"
            for m in above
        )

    def same_bare_form(self, title: str) -> bool:
        """ "4 Minutes of meeting meetings", "5 Matters arising from the previous meeting." after
        "3 Declarations of Interest": items numbered with no stop and read so, the next number
        over a short title is the next item, whatever its capitals or closing stop (a web
        page's community council minutes in fresh-45). Two such items read before it at least,
        and the title no sentence's start in lower case."""
        words = title.rstrip(".").split()
        if not (0 < len(words) <= 8 and title[:1].isupper() and len(self.sections) >= 2):
            return False
        bare = [section_match(s.line.text) for s in self.sections[-2:]]
        return all(m is not None and not (m["item"] or m["sep"]) for m in bare)

    def colon_heading(self, i: int, title: str) -> bool:
        """ "1. Apologies:" or "3   Welcome:": a short title closed by a colon, alone on its
        line, with the item's text on the lines below rather than run on after it."""
        words, line = title.split(), self.lines[i]
        return (
            title.endswith(":")
            and 0 < len(words) <= 10
            and title[:1].isupper()
            and ":" not in title[:-1]
            and words[-1].rstrip(":").lower() not in TRAILING
            and not read_when(title)[1]
            and (line.after_blank or self.paragraph is None or self.heading_like(i, title[:-1]))
        )

    def alone(self, i: int, title: str) -> bool:
        """ "2 Minutes of Previous Meeting 17th May 2019, Actions and Matters Arising (Paper A)":
        the next number, alone between blank lines, a title that ends as titles do."""
        line = self.lines[i]
        following = self.lines[i + 1] if i + 1 < len(self.lines) else None
        return (
            line.after_blank
            and (following is None or following.after_blank)
            and title[:1].isupper()
            and title[-1:] not in ".,;:"
            and len(title.split()) <= 20
        )

    def stopped_title(self, i: int, title: str) -> bool:
        """ "2. Apologies." or "Item 2   Minutes of the Last Meeting.": the next number over a
        short title closed by a stop, as its neighbours are titled, with a sentence of its own on
        the line below; never inside a numbered list ("1." read in the item, or a line above
        that ends in a colon)."""
        words, section = title.split(), self.sections[-1]
        following = self.lines[i + 1].text if i + 1 < len(self.lines) else ""
        above = self.lines[i - 1].text if i else ""
        return (
            title.endswith(".")
            and "." not in title[:-1]
            and 0 < len(words) <= 8
            and bool(section.title)
            and self.heading_like(i, title[:-1], strong=True)
            and not above.endswith((":", ":-"))
            and not any((p.ref or "").isdigit() for p in section.prose)
            and len(following.split()) >= 4
            and following[:1].isupper()
        )

    def next_short(self, i: int, title: str) -> bool:
        """ "5. Resolutions." / "6. Speaker:" / "7. A.O.B." after the item above's lettered
        reports: the next number, typed with its stop, over a title of a few words, closed as
        it may be and with or without text of its own. A list inside the item above would have
        started at 1 (the item holds no paragraph numbered in figures) and been led in by a
        colon on the line above (not the title of an item with no text: "6. Speaker:")."""
        section, above = self.sections[-1], self.lines[i - 1].text if i else ""
        words = title.split()
        return (
            0 < len(words) <= 4
            and title[:1].isupper()
            and bool(section.title)
            and (not above.endswith((":", ":-", ":\u2013")) or self.lines[i - 1] is section.line)
            and not any(re.search(r"\d", p.ref or "") for p in section.prose)
            and not read_person(title.rstrip(".:"))
        )

    def first_stopped_title(self, i: int, title: str) -> bool:
        """ "28. APOLOGIES FOR ABSENCE." under the attendance: the first item, its title in
        capitals closed by a stop, alone on its line, a sentence of its own on the line below
        (a council's minutes numbered on through its year, each title so closed)."""
        following = self.lines[i + 1].text if i + 1 < len(self.lines) else ""
        above = self.lines[i - 1].text if i else ""
        return (
            is_all_caps(title)
            and title.endswith(".")
            and "." not in title[:-1]
            and 0 < len(title.split()) <= 8
            and self.lines[i].after_blank
            and self.heading_like(i, title[:-1], strong=True)
            and not above.endswith((":", ":-"))
            and len(following.split()) >= 4
            and following[:1].isupper()
        )

    def first_of_year(self, i: int, title: str) -> bool:
        """ "105 Declarations of Interest": the first minute numbered through the year, so not
        1, and without a dot; a short title without figures over a line of prose."""
        following = self.lines[i + 1].text if i + 1 < len(self.lines) else ""
        return (
            0 < len(title.split()) <= 8
            and not any(c.isdigit() for c in title)
            and title[-1:] not in ".,;:"
            and self.heading_like(i, title)
            and len(following.split()) >= 4
            and following[-1:] in ".:;"
        )

    def set_apart(self, i: int, title: str) -> bool:
        """ "4         To declare any interest.": the next number, set apart from its title by
        a wide gap as agendas are laid out, alone between blank lines."""
        line = self.lines[i]
        following = self.lines[i + 1] if i + 1 < len(self.lines) else None
        return (
            bool(_GAP_NUMBER.match(line.raw))
            and line.after_blank
            and (following is None or following.after_blank)
            and 0 < len(title.split()) <= 15
            and title[:1].isupper()
        )

    def runs_on(self, number: int) -> bool:
        """Whether "4." goes on from paragraphs numbered through the minutes under headings
        without numbers ("3." was the last), rather than starting a section."""
        section = self.sections[-1] if self.sections else None
        numbered = [p.ref for s in self.sections if not s.ref for p in s.prose if p.ref]
        return bool(section and not section.ref and numbered and numbered[-1] == str(number - 1))

    def out_of_sequence(self, i: int, title: str, explicit: bool) -> bool:
        """A heading whose number does not rise ("3. Finance" after section 5) is kept, and
        warned of, rather than merged into the paragraph above: it stands apart between blank
        lines, reads like a title and follows no sentence that introduces a list."""
        words, previous = title.split(), self.lines[i - 1].text if i else ""
        following = self.lines[i + 1] if i + 1 < len(self.lines) else None
        return (
            explicit
            and self.lines[i].after_blank
            and (following is None or following.after_blank)
            and 0 < len(words) <= 10
            and title[:1].isupper()
            and (title[-1:] not in ".:;," or self.capitals_colon_again(title))
            and not previous.endswith((":", ":-"))
            and not self.resumes(i)
        )

    def capitals_colon_again(self, title: str) -> bool:
        """ "4. CONVENORS REPORTS:" after "4. MATTERS ARISING:": a title in capitals closed by a
        colon, as the items above it are written, is a heading however it is numbered."""
        return (
            title.endswith(":")
            and is_all_caps(title)
            and any(s.title.endswith(":") and is_all_caps(s.title) for s in self.sections)
        )

    def untitled_paragraph_item(self, i: int, line: Line, ref: Reference) -> bool:
        """ "1.1   Apologies for the meeting were received from, Jo Smith, Nigel Hayward, Sam"
        wrapping onto the next line: minutes numbered by paragraph with no item headings at all
        start item 1 (untitled) at its first paragraph. Read so at the first such paragraph,
        before any item, and at "N.1" after an item begun so; never after a titled item."""
        first, _, second = ref.ref.partition(".")
        words = ref.title.split()
        if second != "1" or len(words) < 6 or sum(w[:1].islower() for w in words) < 3:
            return False
        following = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if following is None or following.after_blank or not following.text[:1].isalpha():
            return False  # the sentence runs on to the next line, no title would
        if ref.title.endswith((".", ":")) or line.marked:
            return False
        if self.sections:
            last = self.sections[-1]
            if last.title or last.ref != str(last.number) or int(first) != last.number + 1:
                return False
        elif int(first) != 1:
            return False
        self.add_section(i, line, Reference(first, ""), False, int(first), untitled=True)
        return self.new_paragraph(line)

    def first_under_empty(self, i: int, ref: Reference) -> bool:
        """Whether "5.1 Chief Executive Report" is a sub-item's heading: the first under an item
        with no text of its own ("5. UPDATES AND ADVICE"), a title with no sentence's end, over
        a paragraph of its own."""
        section = self.sections[-1] if self.sections else None
        following = self.lines[i + 1] if i + 1 < len(self.lines) else None
        return bool(
            section is not None
            and not (section.prose or section.numbered)
            and ref.ref == f"{section.number}.1"
            and ref.title
            and self.heading_words(ref.title)
            and len(ref.title.split()) <= 10
            and ref.title[-1:] not in ".,;:"
            # "1.1 It was" starts a sentence; a title in lower case stands on its own line, the
            # minute after a blank line ("1.1 Welcome from the Chair and apologies").
            and (ref.title.split()[-1][:1].isupper() or self.stands_alone(i))
            and ref.title.split()[0].lower() not in ("it", "the", "there", "this", "a", "an")
            and following is not None
            and not PARAGRAPH.fullmatch(following.text)
        )

    def next_sub_item(self, i: int, ref: Reference) -> bool:
        """Whether "1.2 Declaration of interests" is the next sub-item after the sub-item "1.1"
        read as a heading: a short title, no sentence's end, standing alone over its minute."""
        section = self.sections[-1] if self.sections else None
        if section is None or not ref.title or "." not in section.ref:
            return False
        item, _, sub = section.ref.partition(".")
        return (
            sub.isdigit()
            and ref.ref == f"{item}.{int(sub) + 1}"
            and len(ref.title.split()) <= 20
            and ref.title[-1:] not in ".,;:"
            and self.stands_alone(i)
        )

    def stands_alone(self, i: int) -> bool:
        """Whether line i stands between blank lines, the line after it the start of prose."""
        following = self.lines[i + 1] if i + 1 < len(self.lines) else None
        return bool(
            self.lines[i].after_blank
            and following is not None
            and following.after_blank
            and following.text[:1].isupper()
        )

    def resumes(self, i: int) -> bool:
        """Whether the minutes go on after line i with the next number of the current section
        ("106. Domestic Abuse Update" inside minute 115, then "116."): the lower number is an
        older minute's, named inside this one, not a section of its own."""
        current = self.sections[-1] if self.sections else None
        if current is None or current.written is None:
            return False
        for line in self.lines[i + 1 : i + 80]:
            m = section_match(line.text)
            if m and int(m["number"]) == current.written + 1:
                return True
        return False

    def next_letter(self, letter: str) -> bool:
        """Whether a lettered item "(b)" comes next: "(a)" before any section, or the letter
        after that of the section above, itself lettered."""
        if not self.sections:
            return letter == "a" and self.stage != "start"
        ref = self.sections[-1].ref
        return bool(re.fullmatch(r"\([a-y]\)", ref)) and ord(letter) == ord(ref[1]) + 1

    def heading_like(self, i: int, title: str, most: int = 12, strong: bool = False) -> bool:
        """Whether "N Title", without a dot after the number, reads as a section heading."""
        line, words = self.lines[i], title.split()
        if not title[:1].isupper() or len(words) > most or words[-1].lower() in TRAILING:
            return False
        if read_when(line.text)[1] or (self.stage != "body" and "," in title):
            return False  # "6 February 2020", "2 Marsham Street, London"
        previous = self.lines[i - 1].text if i else ""
        # A line that goes on from prose ending mid-sentence is the sentence's next line; not
        # one under the item numbered one less, written the same way ("3. Agree on the wording
        # ... at the next meeting" / "4. Decide on the max limit ... - We decided not to ..."):
        # a list of items a line each, whose lines end with no stop.
        return (
            strong
            or line.after_blank
            or self.paragraph is None
            or previous[-1:] in ".:;!?)\"'"
            or _next_in_list(previous, line.text)
        )


def _next_in_list(above: str, text: str) -> bool:
    """Whether `text` is numbered one more than `above`, both "N. " or both "N) "."""
    m, before = SECTION.fullmatch(text), SECTION.fullmatch(above)
    return bool(
        m
        and before
        and m["sep"]
        and m["sep"] == before["sep"]
        and not (m["item"] or before["item"])
        and int(m["number"]) == int(before["number"]) + 1
    )


def _bulleted_title(lines: list[Line], i: int) -> bool:
    """Whether line i is a bullet that reads as a title (a few capitalised words, no stop) over
    a sentence in a plain line, after a heading or a plain line (not inside a list)."""
    line = lines[i]
    if not line.bulleted or i + 1 >= len(lines) or i == 0:
        return False
    text, below, above = line.text, lines[i + 1], lines[i - 1]
    words = text.split()
    return (
        0 < len(words) <= 8
        and text[:1].isupper()
        and text[-1:] not in ".,;:!?"
        and "," not in text
        and not (below.bulleted or below.cells or above.bulleted or above.cells)
        and len(below.text.split()) >= 4
        and below.text[-1:] in ".!?"
    )
