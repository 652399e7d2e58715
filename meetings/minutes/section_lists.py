"""A list of attendees under a label inside an item: "1. Welcome and introductions" /
"Attendees:" / "PFCC Stephen Mold (SM)" / "Paul Fell (PF)" ... The label and the names under it
are the attendance, read as the heading's attendance is, not the item's paragraphs. Mixed into
the reader in text.py, which holds the state."""

import re
from collections.abc import Callable
from typing import Any

from meetings.minutes.attendance import read_kind_heading
from meetings.minutes.lines import Line
from meetings.minutes.people import is_role, looks_like_name, read_people_sentence, read_person

# "Calling of the Roll and Apologies for Absence" (a Scottish council's first item), "Roll Call",
# "Sederunt": an item whose lines, up to its first sentence, are the roll of who was there.
_ROLL_CALL = re.compile(r"\b(?:calling\s+of\s+the\s+roll|roll[\s-]+call|sederunt)\b", re.I)
# A sentence, not the roll: "Apologies for absence were intimated on behalf of ...".
_SENTENCE = re.compile(r"\b(?:was|were|is|are|had|has|have|been|did)\b")


# An item's title that is only the attendance's label: "Attendees", "Those present".
_LIST_TITLE = re.compile(
    r"attendees|attendance|(?:(?:members|those)\s+)?present|in\s+attendance", re.IGNORECASE
)


def person_line(text: str) -> bool:
    """Whether a line is one person ("PS Brett McKenna", "Nicci Marzec (NM" with its bracket
    left open), not a sentence or a heading."""
    if text[-1:] in ".:;" or len(text.split()) > 8:
        return False
    if (person := read_person(text)) and looks_like_name(person[0]):
        return True
    before, bracket, _ = text.partition("(")
    return bool(bracket) and looks_like_name(before.strip())


def _people_line(text: str) -> bool:
    """Whether a line is a list of people and nothing else: "William Bagnall (Chair), Andrew
    Annette, James Bacon, ..."."""
    people = read_people_sentence(text) if text.count(",") >= 2 else None
    return bool(people) and all(looks_like_name(name) for name, _ in people or [])


class SectionListReader:
    """Mixed into text._Reader, whose attendee_line reads each line of the list."""

    sections: list[Any]
    known: set[str]
    section_list: bool
    attendee_line: Callable[[Line], None]
    add_attendee: Callable[[str, str, str, str | None], None]
    kind: str
    organisation: str | None
    roll_of: Any = None  # the roll-call item whose lines are being read as its roll
    labelled: bool

    def list_in_section(self, line: Line) -> bool:
        """ "Attendees:" (a label of three words at most, not a sentence such as "Apologies were
        received from:") alone at the start of an item, over one person a line: the label and
        each person are read as attendees, to the first line that is not a person."""
        section = self.sections[-1]
        first = not (section.prose or section.numbered)
        if first and self.roll_call(section, line):
            return True
        title = section.title.strip(" .:")
        one = line.text.count(",") <= 2 and ". " not in line.text and line.text[-1:] not in ".:;!?"
        if first and _LIST_TITLE.fullmatch(title) and one:
            # "1. Attendees" over "Rob Dean, Kennet & Avon Canal Trust (Chair & minute)", one
            # person (or two of one body) a line: the item is the attendance, its lines read as
            # the heading's are, to the first sentence (a list in one line, "Councillors, A,
            # B, C. Also: D", is read as before).
            if not self.section_list:
                self.attendee_line(line.with_text(f"{title}:"))
                self.section_list = True
            self.attendee_line(line)
            return True
        heading = read_kind_heading(line.text, self.known)
        text = line.text.rstrip()
        # "Attendees:", or "PRESENT" / "APOLOGIES" in capitals over a table of names, or a bold
        # "Members present" alone on its line under the names of "08/14 Apologies".
        label = (text.endswith(":") or text.isupper() or line.marked) and len(text.split()) <= 3
        if heading and not heading.people and label and first:
            self.attendee_line(line)  # the label: the kind of attendance that follows
            self.section_list = True
            return True
        cells = line.cells or []
        if self.section_list and (
            person_line(line.text)
            or (cells and person_line(cells[0]))
            # "Members present" / "William Bagnall (Chair), Andrew Annette, ...": the label's
            # people in one line, each read as a person.
            or _people_line(line.text)
        ):
            if line.text.count("(") > line.text.count(")"):
                line = line.with_text(line.text + ")")  # "Nicci Marzec (NM": its initials
            self.attendee_line(line)
            return True
        self.section_list = False
        return False

    def roll_call(self, section: Any, line: Line) -> bool:
        """A line of a roll-call item before its first sentence: "Mr G Adam, Mr R Balfour
        (v/c), ..." (those present, the roll's kind of attendance unless a label under it says
        another), "In Attendance:" over officers by name or post, "Mr B Lobban in the Chair",
        read as the attendees at the head of the minutes are, not as the item's paragraphs
        (nor, under "... and Apologies", as apologies: those come in the sentence after)."""
        if not _ROLL_CALL.search(section.title) or _SENTENCE.search(line.text):
            return False
        if self.roll_of is not section:
            # The roll's title is its attendance's label: "Durham: Keith Gilbertson, Allan
            # Reed" under it is a body's people, as under "Present:".
            self.roll_of, self.labelled = section, True
            self.kind, self.organisation = "present", None
        text = line.text.strip()
        if is_role(text) and not (read_person(text) or looks_like_name(text.split(",")[0])):
            # "Executive Chief Officer, Resources & Finance": an officer by post alone, the post
            # whole (its remit after the comma is no body).
            self.add_attendee(text, "", self.kind, None)
            return True
        self.attendee_line(line)
        return True
