"""The attendees of minutes as bodies write them: "Name, Role" lines and table rows, people
named in one sentence, tables whose cells a PDF ran together or split over lines, notes and
initials beside names, and apologies that only the minutes' prose gives. Mixed into the reader
in text.py, which holds the state."""

import dataclasses
import re
from collections.abc import Callable
from typing import Any

from meetings.minutes.apologies import (
    OTHER_APOLOGIES,
    UNABLE_TO_ATTEND,
    apologies_listed_above,
    lost_apologies_list,
)
from meetings.minutes.attendance import is_all_caps, organisation_name, read_kind_heading
from meetings.minutes.attendee_notes import (
    body_label_row,
    lone_column_header,
    post_label_row,
    standard_label,
    without_note_number,
)
from meetings.minutes.bilingual import english_words, repeated_lists
from meetings.minutes.blocks import COLUMN_JOIN
from meetings.minutes.body_columns import bodies_alone, body_and_post, column_of_bodies, is_body
from meetings.minutes.body_groups import body_groups
from meetings.minutes.bracketed_names import post_then_bracketed_name
from meetings.minutes.cell_wraps import wrapped_label, wrapped_label_cell
from meetings.minutes.councillor_lists import tidy_councillor_list
from meetings.minutes.elected import elected_present
from meetings.minutes.glued_initials import spaced_initials
from meetings.minutes.held import TIMES_LINE
from meetings.minutes.initials_apologies import apologies_initials
from meetings.minutes.initials_notes import split_initials_notes
from meetings.minutes.keywords import Keywords
from meetings.minutes.label_cells import body_group, names_no_attendee
from meetings.minutes.letters import letters
from meetings.minutes.lines import Line
from meetings.minutes.name_lengths import name_then_post, two_people, two_word_names
from meetings.minutes.name_runs import split_run_of_names
from meetings.minutes.people import (
    _POST_NOMINALS,
    _STYLE_ARTICLE,
    PUBLIC,
    _split_outside_brackets,
    at_full_stop,
    body_acronym,
    is_organisation,
    is_role,
    looks_like_name,
    names_a_body,
    names_a_post,
    people_of_bodies,
    person_of_body,
    post_then_body,
    read_people_sentence,
    read_person,
    reads_as_body,
    spelt_body,
    split_attendee_line,
    split_bare_names,
    split_caps_surnames,
    split_initialled_run,
    split_name_body_run,
    split_name_pairs,
    split_name_pairs_with_posts,
    surnames_with_posts,
)
from meetings.minutes.person_names import reads_as_person
from meetings.minutes.post_holders import post_holders
from meetings.minutes.presided import presided_lists
from meetings.minutes.references import CELL_SEPARATOR
from meetings.minutes.side_lists import column_groups, group_kind
from meetings.minutes.square_initials import square_initials_entries
from meetings.minutes.status_cells import same_holder, status_groups, status_row
from meetings.minutes.substitutes import same_person, substituted_by, substitutes_in
from meetings.minutes.table_runs import Places, Run
from meetings.minutes.titled_groups import plural_titled, read_titled_sentence

# An item's number inside a line ("... Actions 3. Officer Support Send out ..."): a flattened
# table of items, never a person's post.
_ITEM_INSIDE = re.compile(r"(?:^|\s)\d{1,2}\.\s+[A-Z]")
# "Louise Casey had sent apologies", "Cllr Lee sent his apologies".
_SENT_APOLOGIES = re.compile(
    letters(
        r"(?P<people>(?:[A-Z][\w'\u2019.-]*\s+){1,4}?)(?:had\s+|has\s+)?(?:sent|tendered|given)\s+"
        r"(?:(?:her|his|their)\s+)?apolog"
    )
)
# A substitute named in the minutes' prose: "Councillor Poland was in attendance as a substitute
# for Councillor Morgan", "Councillor M Bates had been appointed as a substitute member for ...".
_PROSE_SUBSTITUTE = re.compile(
    letters(
        r"(?P<who>(?:[A-Z][\w'\u2019.-]*\s+){1,5}?)(?:was\s+in\s+attendance|attended|was\s+present"
        r"|(?:had\s+been|has\s+been|was)\s+appointed)\s+as\s+(?:an?\s+|the\s+)?substitute\b"
    )
)
# "Alan Yates noted apologies from Judith Smyth, Non-Executive Director."
_POST_BEFORE_TITLE = re.compile(
    letters(
        r"(?P<post>(?:[A-Z][a-z]+\s+){1,3}?)(?P<rest>(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z].*)"
    )
)
_NO_APOLOGIES = re.compile(
    r"\bapologies\s+were\s+not\s+(?:received|given|sent)\s+(?:from|by)\s+(?P<people>[^.;]+)",
    re.IGNORECASE,
)
# "Jill Crook did not attend the meeting.": one who sent no apologies, named in a sentence.
_DID_NOT_ATTEND = re.compile(
    letters(r"(?:^|[.;]\s+)(?P<people>(?:[A-Z][\w'\u2019.-]*\s+){1,4}?)did\s+not\s+attend\b")
)
_APOLOGIES_FROM = re.compile(
    # "RECEIVED: Apologies for absence from ...": the verb as a label, as some minutes write it.
    letters(
        r"(?:(?:noted|received|accepted|reported)\s*:?\s+(?:the\s+)?apolog(?:ies|y)(?:\s+for\s+absence)?"
        # "There were twelve formal apologises for absence namely from Grahame Brown, ...": how
        # many, then who (a running club's AGM, fresh-47; its 'apologises' as written).
        r"|there\s+(?:were|was)\s+(?:[a-z-]+\s+){0,2}apolog(?:ies|ises|y)(?:\s+for\s+absence)?"
        r"(?:,?\s+namely)?)"
        r"\s+(?:from|of)\s+(?P<people>.+?)(?=\.\s+[A-Z][a-z]+\s+[a-z]|\.?\s*$)"
    ),
    re.IGNORECASE,
)
_PROSE_APOLOGIES = re.compile(
    letters(
        # "Apologies for non-attendance at the Meeting were accepted and recorded on behalf of".
        # "Apologies of absence were received": 'of' for 'for', as some minutes write it.
        r"(?:apolog(?:ies|y)(?:\s+(?:for|of)\s+(?:absence|non-attendance))?(?:\s+(?:from|at|for)\s+the\s+meeting)?)"
        r"\s+(?:were|was|had\s+been|have\s+been|has\s+been)"
        r"\s+(?:received|submitted|given|noted|tendered|accepted|recorded)"
        # "were received and accepted from", "accepted and recorded on behalf of": two verbs.
        r"(?:\s+and\s+(?:accepted|approved|noted|received|recorded))?"
        # "were received, with consent, from": a short aside between the verb and its people.
        # "noted fromVal O'Kelly": a flattened page may lose the space after "from".
        # "were submitted by Councillor ...": who sent them, as some committee systems word it.
        r"(?:\s*,\s*[a-z][^,.]{0,30},)?(?:\s+on\s+behalf\s+of\s+|\s+from(?:\s*,?\s+|(?=[A-Z]))|\s+for\s+"
        # "submitted by Councillors Ahmet, Greening and Lemonides": a plural title too.
        r"|\s+by\s+(?=(?:Cllrs?|Councillors?|Messrs|Mr|Mrs|Ms|Miss|Dr|Prof)\b))"
        # To the end of the sentence, not the full stop of "Cllr." or "K. Evans" (nor "B. Davies and
        # P. Hughes": an initial's stop, before a surname and "and").
        # "... from Cllr A Sangha and in accordance with ...": 'and' before a word in lower case
        # (no name's particle) ends the list, as in apologies.py.
        r"(?P<people>.+?)(?=(?<!\b[A-Z])\.\s+[A-Z][a-z]+\s+[a-z]|\.?\s*$"
        r"|\s+and\s+(?-i:(?!(?:de|da|di|du|la|le|van|von|der|den)\b)[a-z]+)\b)"
    ),
    re.IGNORECASE,
)
# A word that each pattern prose_apologies reads in a paragraph needs: "apolog" (_PROSE_APOLOGIES,
# _SENT_APOLOGIES, _APOLOGIES_FROM, OTHER_APOLOGIES, _NO_APOLOGIES, _LATENESS), "attend"
# (_DID_NOT_ATTEND), "substitute" (_PROSE_SUBSTITUTE).
_PROSE_WORDS = Keywords("apolog", "attend", "substitute", "unable")
# One entry of a list "Name (Post), Name, Name (Post)": two to four capitalised words, then
# perhaps a post in brackets; entries parted by a comma, a full stop or nothing after a bracket.
_LIST_ENTRY = re.compile(
    r"(?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){1,2})"
    r"(?:\s*\((?P<post>[^()]+)\))?\s*(?P<sep>[,.;]|$)?\s*"
)
# What bracketed_posts_list is for: a comma inside a bracket, or a bracket or a full stop with
# no comma between two people ("(TL) Roger Pickup", "Alec McCarthy. Neil Bowness").
_IRREGULAR_LIST = re.compile(
    r"\([^()]*,[^()]*\)|\)\s+[A-Z][a-z]*\s+[A-Z]|[a-z]\.\s+[A-Z][a-z]*\s+[A-Z][a-z]"
)


def bracketed_posts_list(text: str) -> list[tuple[str, str]]:
    """[(name, post)] of a line listing people by name, some with a post in brackets, where a
    comma stands inside a bracket ("(Treasurer, DTL)") or is left out between two people
    ("Nick Owen (TL) Roger Pickup", "Alec McCarthy. Neil Bowness"); [] for any other line."""
    text = text.strip().rstrip(",")
    if not _IRREGULAR_LIST.search(text):
        return []
    found, at = [], 0
    while at < len(text):
        m = _LIST_ENTRY.match(text, at)
        if not m or m.end() == at:
            return []
        if not (m["sep"] or m["post"] or m.end() == len(text)):
            return []  # two names with nothing between them
        found.append((m["name"], (m["post"] or "").strip()))
        at = m.end()
    posts = sum(1 for _, post in found if post)
    # "Suzie Thomas (Town Clerk) Jayne Howes (Assistant Town Clerk)": two, each with a post.
    if not posts or (len(found) < 3 and posts < len(found)) or len(found) < 2:
        return []
    for name, _ in found:
        # "(JM) Welsh Government Chris Curry": a body run into the next name is no list of these.
        if not (looks_like_name(name) and _is_person(name)) or is_organisation(name):
            return []
        if names_a_body(name):
            return []
    return found


# "Name (Post (Part))", "Name (Post) [for Minute 25]": a post in brackets holding brackets of its
# own, or followed by a note in square brackets.
_BRACKETED_POST = re.compile(
    r"(?P<name>[^()\[\]]+?)\s*\((?P<post>[^()]*(?P<inner>\([^()]*\))?[^()]*)\)"
    r"(?:\s*\[(?P<note>[^\[\]]+)\])?"
)
# "Apologies for lateness were received from Cllr A Worrell, who joined ...": present, late.
_LATENESS = re.compile(
    r"apolog(?:ies|y)\s+for\s+lateness\s+(?:were|was|had\s+been)\s+(?:received|given|noted)"
    r"\s+from\s+(?P<people>[^,.;]+)",
    re.IGNORECASE,
)
# Initials written beside a name, to resolve actions: "AB", "RCp", "MWh".
# "MMcA", "SMcL": a Mc or Mac surname's initials keep its small letters.
_INITIALS = re.compile(letters(r"[A-Z]{2,4}|[A-Z]{2,3}[a-z]{1,2}|[A-Z]{1,2}Ma?c[A-Z]{1,2}"))
# "Jane Brown (JB)", "Aaron Taffera - (AT)": a dash between a name and its initials is neither's.
# "SH", "JB": a person by initials alone on a line.
_INITIALS_ALONE = re.compile(r"[A-Z]{2,3}")
# "Trustees of Healthwatch Kirklees", "Members of the Board": a group of people, no one's body.
_PEOPLE_OF = re.compile(
    r"(?:the\s+)?(?:trustees|members|directors|governors|councillors|officers|representatives)"
    r"\s+of\b",
    re.IGNORECASE,
)
# "(AT)" alone in a row's first cell: the initials of the name above, wrapped below it.
_WRAPPED_INITIALS = re.compile(r"\(([A-Z][A-Za-z]{1,3})\)")
_NAME_INITIALS = re.compile(r"(.+?)\s*[-\u2013\u2014]?\s*\(([^()]+)\)")
# An attendance grid's marks: a tick (Word's Wingdings "\u00fc" read as one), "A" apologies,
# "X" not there; and a heading saying what they mean ("\u2713 attended, X not attended").
_MARKS = {
    "\u2713": "present", "\u2714": "present", "\u00fc": "present", "P": "present",
    "A": "apologies", "X": "absent", "x": "absent",
}  # fmt: skip
_MARK_KEY = re.compile(r"[\u2713\u2714\u00fc]\s*(?:=\s*)?(?:attended|present)", re.IGNORECASE)
# "Representatives of the Trade Unions: ...", "Staff Side Representatives: ...": a group.
_REPRESENTATIVES = re.compile(
    r"(?:[A-Z][\w'\u2019-]*\s+){0,4}[Rr]epresentatives?(?:\s+of\s+(?:the\s+)?[^:]{2,50})?"
    r"\s*:\s*(?P<people>.+)"
)
_LAST_BRACKET = re.compile(r"(.+?)\s*\(([^()]+)\)")
# An acronym and the words it stands for: "DtC | Duty to Cooperate".
_GLOSSARY_TERM = re.compile(r"[A-Z][A-Za-z]{1,6}")
_SMALL_WORDS = {"and", "of", "the", "for", "to", "in", "on"}
_NEXT_MEETING = re.compile(r"(?:date\s+(?:and\s+time\s+)?of\s+)?next\s+meeting\b", re.IGNORECASE)
# "Lorraine Forrester (LF) Transport Scotland (Chair)": a name, its initials, what follows.
_INITIALS_THEN = re.compile(
    letters(
        r"(?P<name>[A-Z][^()]{2,40}?)\s*\((?P<initials>[A-Z]{2,4}|[A-Z]{1,2}Ma?c[A-Z]{1,2})\)"
        r"\s+(?P<rest>[A-Z].*)"
    )
)
_DASH_SPLIT = re.compile(r"(?P<before>.+?)\s+[-\u2013\u2014]\s+(?P<after>[^-\u2013\u2014]+)")
_COMMA_SPLIT = re.compile(r"(?P<before>[^,]+),\s+(?P<after>[^,]+)")
_INITIAL = re.compile(letters(r"[A-Z]\.?"))
# A local authority after a name is where the member comes from: "Cllr Dean, Borough Council".
_AUTHORITY = re.compile(
    r"(?:(?:[A-Z][\w&'.-]*|and|of|&)\s+)*(?:Council|Authority|Audit\s+Office|Police|Constabulary)"
)
# The minutes or items someone attended, written after them: "... minute 510-511; 516-517".
_ATTENDED_MINUTES = re.compile(
    r"(?<=[)\w])\s+(?:for\s+)?(?i:minutes?|items?)\s+\d[\d\s,;&\u2013-]*(?i:\s*only)?\s*$"
)
# A note on someone's attendance, not a role: "(part)", "(items 1-4)", "(left at 11.15am)",
# "(for Minute Numbers 31 and 32/10)".
_NOTE = re.compile(
    r"(?:in\s+)?part(?:\s+meeting)?"
    r"|(?:for\s+|from\s+|until\s+)?(?:items?|minutes?(?:\s+(?:numbers?|nos?\.?))?)\s+\d.*"
    r"|(?:left|joined|arrived|attended)\b.*|via\s+\w+.*|remote(?:ly)?|virtual(?:ly)?"
    # "(by Zoom)", "(by telephone)": how they took part.
    r"|by\s+(?:zoom|teams|skype|video(?:\s*link)?|(?:tele)?phone)\b.*|online"
    # "(v/c)": by video conference, as Scottish councils mark those who joined so.
    r"|v/c|(?:by\s+)?video[\s-]?conference"
    # "(until 19:30)", "(from 10.15am)": a time they came or went.
    r"|(?:until|from|after|before)\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|hrs)?",
    re.IGNORECASE,
)
# The agenda's items or the papers someone was there for, not their post: "(Agenda Item A2)",
# "(for Agenda Items B1, B2)" (items coded by letter too), "(For FSA 22/09/07)", "(for FSA
# 22/09/14 & FSA 22/09/15)" (papers by their numbers).
_PAPERS_NOTE = re.compile(
    r"(?:for\s+)?agenda\s+items?\s+[A-Z]?\d[\w.]*(?:\s*(?:&|and|,)\s*[A-Z]?\d[\w.]*)*"
    r"|for\s+(?:[A-Z]{2,6}\s+)?\d{1,3}[/.-]\d[\w/.-]*"
    r"(?:\s*(?:&|and|,)\s*(?:[A-Z]{2,6}\s+)?\d{1,3}[/.-]\d[\w/.-]*)*",
    re.IGNORECASE,
)
# Words of a note on someone's attendance rather than what they are there for.
_NOTE_WORDS = re.compile(
    r"\b(?:item|items|minute|part|left|joined|arrived|attended|remote|remotely|virtual|online"
    r"|teams|zoom|phone|telephone|substitute|absent|apologies|commitment|observer)\b",
    re.IGNORECASE,
)
_ROLE_WORDS_LINE = re.compile(
    r"\b(?:manager|head|lead|adviser|advisor|governor|consultant|representative|nurse|"
    r"practitioner|coordinator|assistant|minister|commissioner|inspector|superintendent)\b",
    re.IGNORECASE,
)
_SURNAME = re.compile(letters(r"(?:Mc|Mac|O['\u2019])?[A-Z][A-Za-z'\u2019-]+"))
_BRACKETED = re.compile(r"\([^()]{1,60}\)")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_BRACKETED_INITIALS = re.compile(r"\([A-Z]{2,6}\)")
# "TfW", "DfT": a body's initials with a small word's letter in lower case.
_CAMEL_ACRONYM = re.compile(r"[A-Z][a-z]?[A-Z][a-z]?[A-Z]?")
# "North Lanarkshire CHP", "Multi-Agency Public Protection Arrangements (MAPPA)": a body's
# name in capitalised words, ending in its initials.
_BODY_BY_ACRONYM = re.compile(
    letters(r"(?:[A-Z][\w'\u2019&-]*\s+){1,6}(?:[A-Z]{2,6}|\([A-Z]{2,6}\))")
)
_TRAILING_NOTE = re.compile(r".+\(([^()]+)\)")
_TRAILING_NOTE_AFTER = re.compile(r"(.*[^\s(].*?)\s*\(([^()]+)\)")
_PART_TIME = re.compile(r"part[-\s]?time|late\s+entry|late|minutes", re.IGNORECASE)


def _post_cell(line: Line) -> bool:
    """Whether a row is one person's: a name in its first cell, a post (no name) in its last."""
    if not line.cells or len(line.cells) != 2:
        return False
    first, last = line.cells[0].strip(), line.cells[1].strip(" :")
    person = read_person(first)
    return bool(
        person
        and looks_like_name(person[0].rstrip(", "))
        and names_a_post(last)
        and not looks_like_name(last.split(",")[0])
    )


# A first name and a surname, no more: "Ian Morral", "Anne-Marie O'Neill".
_BARE_NAME = re.compile(
    letters(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?:Mc|Mac|O['\u2019])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
)


def _two_names_alone(text: str, first: str, second: str) -> bool:
    """ "APOLOGIES:<tab>Marie Riley, Erik Cramb.": the label's whole list is the two names, each
    a first name and a surname (a list of two, read as a name and its post)."""
    pattern = rf"^\s*[A-Za-z][\w ]*:\s*{re.escape(first)},\s*{re.escape(second)}\.?\s*"
    return bool(
        _BARE_NAME.fullmatch(first) and _one_name(second) and re.search(pattern + "$", text)
    )


def _is_note(text: str) -> bool:
    """A note on someone's attendance in brackets after their post or body: "(part)", "(items
    1-4)", "(part-time)", "(late entry)", "(minutes)", "(Agenda Item A2)": when, or what they
    did there."""
    text = text.strip()
    return bool(_NOTE.fullmatch(text) or _PART_TIME.fullmatch(text) or _PAPERS_NOTE.fullmatch(text))


def _post_body_note(cell: str) -> tuple[str, str | None, str]:
    """A post column's cell as (post, body, note): "Programme Director (part meeting)" is a post
    and a note; "ICB Chair (Chair)" the post, its bracket saying it again; "Director of Public
    Health \u2013 Derbyshire County Council (Partner Member)" a post, after the dash the body
    it is held at, and the bracket a note on the seat."""
    post, body, note = cell.strip(), None, ""
    if (m := _TRAILING_NOTE_AFTER.fullmatch(post)) and (
        _is_note(m[2]) or m[2].lower() in m[1].lower().split()
    ):
        post, note = m[1], "" if m[2].lower() in m[1].lower().split() else m[2]
    if (dash := _DASH_SPLIT.fullmatch(post)) and is_role(dash["before"]):
        after = dash["after"].strip()
        seat = _TRAILING_NOTE_AFTER.fullmatch(after)
        place = seat[1] if seat else after
        if is_organisation(place) and not is_role(place):
            post, body, note = dash["before"].strip(), place, note or (seat[2] if seat else "")
    return post, body, note


def _body_initials_then_post(body: str, post: str) -> bool:
    """ "CYC (Lib Dem Group)", "CYC (Exec Member for Transport)": a body by its initials,
    then in brackets what the person is in it, which is no note on their attendance, no
    initials and no honour after a name ("OBE (Chair)")."""
    return (
        bool(_ACRONYM.fullmatch(body))
        and body.lower() not in _POST_NOMINALS
        and post[:1].isupper()
        and not _ACRONYM.fullmatch(post)
        and not _is_note(post)
        and not _NOTE.fullmatch(post)
        and not _NOTE_WORDS.search(post)
    )


_LEADING_NOTE = re.compile(r"\(([^()]+)\),\s*([^()]+)|([^()]+?)\s*\(([^()]+)\)")
_ROLE_NOTE = re.compile(
    r"\b(?:chair|chairman|chairperson|vice|deputy|clerk|secretary|mayor|leader|officer"
    r"|director|member|substitute|executive|treasurer|advis[eo]r)\b",
    re.IGNORECASE,
)
# Lower-case words that belong in names: "Ursula von der Leyen", "Lord Smith of Finsbury".
_NAME_PARTICLES = {
    "al", "ap", "bin", "da", "das", "de", "del", "della", "den", "der", "di", "dos", "du", "el",
    "la", "le", "of", "van", "von", "y",
}  # fmt: skip
# Attendance lines that list nobody: "None", "There were no absences".
_NOBODY = re.compile(
    r"(?:(?:none|nil)(?:\s+(?:received|recorded|noted|given|submitted))?|n/a"
    # "There were no absences"; not "There were no matters arising." (business, no people).
    r"|there\s+were\s+(?:none|no\s+(?!(?:matters|items?|declarations?|questions?|minutes"
    r"|reports?|issues|comments|objections|updates|actions|changes)\b)\w+(?:\s+\w+)?)"
    r"|no\s+(?:apologies|absences))\.?",
    re.IGNORECASE,
)
_PUBLIC_LINE = re.compile(
    r"(?:\d+|one|two|three|four|five|several|no)\s+members?\s+of\s+(?:the\s+)?public\.?",
    re.IGNORECASE,
)
# A label set over a group of the attendance that names no body: a post ("Chair", "Co-Chairs")
# or where the group's people come from in general ("External", "Internal", "Partners"), each
# person's own body written after their name ("AC Matt Twist, MPS").
_GENERAL_GROUP = re.compile(r"(?i)(?:external|internal|others?|(?:external\s+)?partners)")


def _no_body_label(text: str) -> bool:
    label = text.rstrip(":").strip()
    if is_organisation(label) or len(label.split()) > 3:
        return False
    return bool(_GENERAL_GROUP.fullmatch(label)) or is_role(label)


_IN_THE_CHAIR = re.compile(
    r"(?P<who>.+?),?\s+in\s+the\s+chair\b[.)]?\s*(?P<rest>.*)", re.IGNORECASE
)
# "The Highland Council Member (Chair)": a body's member, the body the seat is for, then the
# post the member holds.
_BODY_MEMBER = re.compile(r"(?P<body>[A-Z].*?)\s+[Mm]ember\s*\((?P<post>[^()]+)\)")
# "Port of Milford Haven (Private Sector)": a body, then the sector of its member's seat.
_SECTOR_AFTER = re.compile(
    r"(?P<body>.*\S)\s*\((?:private|public|third|voluntary|community|business)\s+sector\)",
    re.IGNORECASE,
)
# A heading inside a table of attendees naming a group, not a person: "Board Directors".
_GROUP = re.compile(
    r"(?:[A-Z][\w-]*\s+){0,3}(?:directors|members|officers|others|advisers|observers|governors)",
    re.IGNORECASE,
)
# A kind heading run into the line before it: "... Bob Wilson In Attendance: Jane Hope, ...".
_KIND_INSIDE = re.compile(
    r"\s+(?=(?:in\s+attendance|apologies(?:\s+for\s+absence)?|also\s+present|absent)\s*:)",
    re.IGNORECASE,
)
_OTHERS = re.compile(letters(r"\s+(?=(?i:others)\s+[A-Z])"))
# A list of people that goes on to the next line: it stops at a comma, "and", "with", a title
# or an initial ("... Mr H" / "Duncan, Dr H Fullerton, ...").
_LIST_GOES_ON = re.compile(
    letters(
        r"(?:,|\band|\bwith|\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Cllr|Councillor|Sir)\.?"
        r"|\b[A-Z]\.?)$"
    )
)
_WRAPPED_LIST_LINES = 40
# A list's last name cut after its first word, and the next line starting with the surname.
_FIRST_NAME_LAST = re.compile(letters(r",\s*([A-Z][a-z]+)$"))
_SURNAME_FIRST = re.compile(letters(r"[A-Z][\w'\u2019-]+(?:,|$)"))
# Inside a list: "..., Professor Elizabeth" / "Stuart, ...", "... and Ruth" / "Williamson.".
_NAME_START_LAST = re.compile(
    letters(
        r"(?:,|\band)\s*((?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Cllr|Councillor|Sir|Dame)\.?\s+)?"
        r"[A-Z][a-z]+)$"
    )
)
_SURNAME_NEXT = re.compile(letters(r"([A-Z][\w'\u2019-]+)(?:,|\.?$)"))
# A substitute named beside the member who sent apologies.
_SUBSTITUTE = re.compile(
    letters(
        r"(?:for\s+whom\s+)?(?P<who>[A-Z].+?)\s+(?:was|attended\s+as|attended\s+in\s+(?:his|her|their)"
        r"\s+(?:absence|place)|attended\s+for\s+(?:him|her|them))(?:\s+(?:a|the)?\s*substitute)?"
    ),
    re.IGNORECASE,
)
# The substitute in a second bracket after the member's body: "Councillor A (South Oxfordshire
# District Council) (Councillor B substituted)", "(... ) (Ms H Horne attending as substitute)".
_BODY_THEN_SUBSTITUTE = re.compile(
    letters(
        r"(?P<role>\([^()]+\))\s*\((?P<who>[A-Z][^()]+?)\s+(?:substituted|substituting"
        r"|(?:attended|attending|was\s+present)\s+as\s+(?:a\s+|the\s+)?substitute)\)"
    ),
    re.IGNORECASE,
)
# A second list after the list of those present, in the same paragraph: ". In attendance Mr D".
_IN_ATTENDANCE_AFTER = re.compile(
    letters(r"\.\s+(?:also\s+)?in\s+attendance(?:\s+were)?\s*[:\-\u2013]?\s+(?=[A-Z])"),
    re.IGNORECASE,
)
# The chair's post before the first name of a list: "Chairman: Steve Cole (BAE Systems), ...".
_CHAIR_FIRST = re.compile(
    letters(
        r"(?P<post>(?:vice[- ]?)?chair(?:man|woman|person)?|convenor|convener)\s*:\s*(?=[A-Z])"
    ),
    re.I,
)
# What leads a list of people in an item: "Councillors, Mr Tim Owen ...", "were received from:".
_LIST_LABEL = re.compile(
    letters(r"^(?:councillors|members|cllrs)\s*[,:][\s,]*(?=[A-Z])"), re.IGNORECASE
)
# "Councillors:", "Officers:", "Other Members:": a group's label, in the cell beside a kind.
_GROUP_LABEL = re.compile(r"[A-Z][a-z]+(?:\s[A-Za-z][a-z]+)?\s*:-?")
# A group's label in a table's first cell: "Executive Directors:", "Secretary of the Meeting:".
_LABEL_OF_GROUP = re.compile(r"[A-Z][\w'\u2019&-]*(?:\s+[A-Za-z][\w'\u2019&-]*){0,4}\s*:")
# Labels of the meeting's details, not of people.
_NOT_A_GROUP = re.compile(
    r"(?i)(?:date|time|venue|place|location|meeting|minutes|subject|title|items?|agenda|ref"
    r"|start|finish|held|next|notes?|purpose|chair(?:ed)?(?:\s+by)?)\b"
)
# "Directors:", "Councillors:" alone on a line: the members' list follows.
_MEMBERS_LABEL = re.compile(
    r"(?:board\s+)?(?:councillors|members|directors|trustees|governors|cllrs)\s*:-?", re.I
)
_RECEIVED_FROM = re.compile(
    letters(
        r"^(?:(?:these|they)\s+)?(?:had\s+been\s+|have\s+been\s+)?(?:were|was)?\s*received\s+from"
        r"\s*:?\s*(?=[A-Z])"
    ),
    re.IGNORECASE,
)
# "... and Sue Westbrook which were accepted": the end of the sentence, not a role.
# An item on the last meeting's minutes ("Minutes of the previous meeting", "Approval of the
# last minutes") and a sentence that amends them ("Apologies from X should have been recorded").
_LAST_MINUTES = re.compile(
    r"\bminutes\b.*\b(?:previous|last|preceding)\b|\b(?:previous|last|preceding)\s+minutes\b",
    re.IGNORECASE,
)
_AMENDS_LAST = re.compile(
    r"should\s+have\s+been\s+(?:recorded|noted|included|minuted|listed)"
    r"|(?:omitted|missing|left\s+out)\s+from\s+the\s+(?:previous\s+|last\s+)?minutes",
    re.IGNORECASE,
)
# Each of _AMENDS_LAST's alternatives needs one of these (tried first: keywords.py).
_AMENDS_WORDS = Keywords("should", "minutes")
# "Apologies from Michael Newsham, ...": the item's sentence without its verb.
_FROM_LABEL = re.compile(
    r"^apolog(?:ies|y)(?:\s+for\s+absence)?\s+(?:received\s+)?from\s*:?\s*(?=[A-Z])", re.I
)
_ACCEPTED = re.compile(r",?\s+(?:which|who)\s+(?:were|was)\s+(?:accepted|noted)\b.*$", re.I)
# "Apologies - Apologies were received from ...": a label before the sentence.
_APOLOGIES_LABEL = re.compile(r"^apologies\s*[-\u2013\u2014:]\s*(?=apolog)", re.IGNORECASE)
_WITH = re.compile(letters(r",\s+with\s+(?=[A-Z])"))
# A sentence's end in a list of names, never a title's stop ("Mr. N. Hart").
_SENTENCE_END = re.compile(
    letters(r"(?<=[a-z)])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bCllr)\.\s")
)


# A group's label after its people in a sentence: "D Body Esq., D Wheeler Esq., Elected
# Members. Cllr M Burgess, ..., Appointed Members."; the list goes on after it.
_CLASS_AFTER = re.compile(r",\s*(?:[A-Z][\w-]*\s+)?Members\.(?=\s+[A-Z])")
_CLASS_AT_END = re.compile(r",\s*(?:[A-Z][\w-]*\s+)?Members\.\s*$")


def _without_class_labels(text: str) -> str:
    return _CLASS_AT_END.sub(".", _CLASS_AFTER.sub(",", text))


# A label for a kind of member inside an attendance list: "Ratepayer Members:", "Co-opted
# Members:", "Officers:", "Messrs:", "Members Present: 5".
_CLASS_LABEL = re.compile(
    r"(?:^|(?<=\s))(?:(?:[A-Z][\w-]*\s+)?(?:Members|Officers|Others)(?:\s+Present)?|Messrs)\s*:-?"
    r"(?:\s*\d+\b)?"
)


def _name_then_post(cells: list[str]) -> bool:
    """ "Guests | Dave Penney | Managing Director, Chiltern Rail (Item 8)": a name, then one
    post in its own cell; the text joined by commas would make "Chiltern Rail" a second
    person."""
    return (
        len(cells) == 2
        and _is_person(cells[0])
        and looks_like_name(cells[0])
        and read_kind_heading(cells[0], ()) is None
        and names_a_post(cells[1])
        and not looks_like_name(cells[1])
    )


# "ATTENDING:" alone as a heading (no "Officers" before it).
_ATTENDING_LABEL = re.compile(r"attending\s*(?:[:,-]|$)", re.IGNORECASE)
# "Members" over the first list, then "Attendees": those besides the members, as "Attending".
_MEMBERS_HEADING = re.compile(r"(?:board\s+|committee\s+)?members\s*:?", re.IGNORECASE)
_ATTENDEES_LABEL = re.compile(r"attendees\s*:?", re.IGNORECASE)
# "Board:", "Committee:" alone over names: the members of the body the minutes are of.
_BOARD_LABEL = re.compile(r"(?:the\s+)?(?:board|committee|panel|commission)\s*:", re.IGNORECASE)
# "CHAIR: Councillor Elena Whitham.", "Chair - Martyn Evans": who chaired, on its own line.
_CHAIR_LABEL = re.compile(
    r"(?:the\s+)?chair(?:man|person|woman)?\s*(?::-?|\s[-\u2013]|[-\u2013]\s)\s*"
    r"(?P<who>[^,;:]+?)\.?",
    re.IGNORECASE,
)
# "Secretary: Ms Manning-Press, Research Governance and Planning Manager" under the lists: who
# served the meeting as its secretary or clerk, in attendance.
_SECRETARY_LABEL = re.compile(
    r"(?P<post>(?:committee\s+)?secretary|clerk)\s*(?::-?|\s[-\u2013]\s)\s*(?P<who>\S.*?)\.?",
    re.IGNORECASE,
)
_CHAIR_ALONE = re.compile(r"(?:the\s+)?chair(?:man|person|woman)?\s*:", re.IGNORECASE)
# "Independent Trustees Jean Brown, ...", "Directors A, B": a plural group name before names.
_GROUP_WORDS = re.compile(
    letters(
        r"(?:[A-Z][\w-]*\s+){0,2}(?:Trustees|Directors|Governors|Commissioners|Representatives)"
        r"\s+(?=[A-Z][a-z])"
    )
)
# "Councillors D. Parker", "Community Councillors M. Ladds": a plural title before a name, the
# group's title read as the first name's (a kind of councillor's before it kept).
_GROUP_TITLE_FIRST = re.compile(
    letters(
        r"(?P<kind>(?:Community|County|District|Parish|Town|Borough|City)\s+)?"
        r"(?P<plural>Councillors|Cllrs\.?)\s+(?=[A-Z])"
    )
)
# "Councillors Noakes (Vice-Chairman), Backhouse, ...": a list of people under a plural title.
_PLURAL_TITLED = re.compile(letters(r"(?:Councillors|Cllrs\.?|Messrs\.?)\s+(?=[A-Z])"))


# A post in brackets and nothing else: "(Chair)".
_WHOLE_BRACKET = re.compile(r"\(([^()]+)\)")


# "Abbreviations: CMT - Chatham Maritime Trust, ...", "Glossary:": a list of the minutes' short
# names, which a residents' association's board sets under its attendance.
_GLOSSARY = re.compile(r"(?i:abbreviations|glossary|acronyms)(?:\s+used)?\s*:")
# "Prayers: The Revd A Bell led the opening prayers.", "Opening prayer: ...": a label, then who
# said the meeting's prayers.
_PRAYERS = re.compile(r"(?i:(?:opening\s+)?prayers?)\s*:\s+\S.*")


# Words a post's name joins its words with ("Head of Quality and Improvement").
_POST_JOINERS = {"of", "and", "for", "the", "to", "in", "on", "at", "&", "with"}


def _sentence(text: str) -> bool:
    """Whether a line is a sentence, not a post: closed by a full stop, six words or more, four
    of them or more in lower case beyond the words that join a post's ("The Mayor apologised
    for the late start of the meeting.")."""
    words = text.split()
    if text.rstrip()[-1:] not in ".!" or len(words) < 6:
        return False
    lower = [w for w in words if w[:1].islower() and w.strip(".,;:!") not in _POST_JOINERS]
    return len(lower) >= 4


def _post_after_name(rest: str) -> bool:
    """Whether what follows a name of two words starts with a body's or a post's initials in
    capitals ("YOS Manager", "LSC, Partnership Manager, Stockton", "CC"), never a name's end."""
    first = rest.split()[0].strip(",") if rest.split() else ""
    return bool(re.fullmatch(r"[A-Z]{2,5}", first))


# "President (Martin Lukehurst)": a post, then its holder's name in brackets.
_POST_THEN_NAME = re.compile(
    r"(?P<post>[A-Z][\w.'\u2019-]*(?:\s+[\w.'\u2019-]+){0,3})\s*\((?P<name>[^()]+)\)"
)
# "... and 44 members.": how many others came, at the list's end.
_COUNT_AFTER = re.compile(
    r"(?:,|\s+and)\s+(?P<count>\d+\s+(?:other\s+)?(?:members|others|people))\.?$"
)


def _posts_then_names(text: str) -> tuple[list[tuple[str, str]], str] | None:
    """ "President (Martin Lukehurst), Chairman (Fred Nash) and 44 members": two entries or more,
    each a post (is_role) with a person's name in brackets after it, parted by commas or 'and';
    the posts and names, and the count of others at the end ("44 members") if any."""
    text = text.strip()
    count = ""
    if m := _COUNT_AFTER.search(text):
        count, text = m["count"], text[: m.start()]
    parts = [p for p in re.split(r"\s*,\s*|\s+and\s+", text.rstrip(". ")) if p]
    pairs = []
    for part in parts:
        m = _POST_THEN_NAME.fullmatch(part)
        if not (m and is_role(m["post"]) and reads_as_person(m["name"].strip())):
            return None
        pairs.append((m["post"], m["name"].strip()))
    return (pairs, count) if len(pairs) >= 2 else None


class AttendeeReader:
    # The lines of an item on the last meeting's minutes, whose apologies are that meeting's
    # (prose_apologies): no doubt is raised on them for naming people no one was read from.
    last_minutes_lines: frozenset[int] = frozenset()
    lines: list[Line]
    known: set[str]
    organisations: dict[str, str]
    headings: set[str]
    board: str
    title: str
    chair: str
    kind: str
    organisation: str | None
    paragraph: Any
    attendees: list[dict[str, Any]]
    sections: list[Any]
    skip: set[int]
    problems: list[Any]

    def problem(self, line: Line, message: str, severity: str = "error") -> None:
        raise NotImplementedError

    def warn(self, line: Line, message: str) -> None:
        raise NotImplementedError

    def keep_as_paragraph(self, line: Line) -> None:
        raise NotImplementedError

    def leave_out(self, line: Line, message: str) -> None:
        raise NotImplementedError

    def attendance_in_section(self, line: Line) -> bool:
        """Names under a section headed "Present" or "Apologies" are attendees, not a paragraph:
        at its start, or after a sentence that introduces them ("... on behalf of:-")."""
        section = self.sections[-1]
        if self.numbered_attendance(section, line) or self.opening_attendance(section, line):
            return True
        heading = read_kind_heading(section.title.rstrip(".:"), self.known)
        if not heading or section.numbered:
            return False  # before the paragraphs are looked through: a line each, in every item
        # The list's lines kept as paragraphs too (who sat for whom) are no sentence above it.
        prose = [p for p in section.prose if not _FOR_WHOM.search(p.lines[0].text)]
        introduced = (
            bool(prose)
            and prose[-1].blocks[-1:] != []
            and (prose[-1].blocks[-1].replace(" ", "").endswith((":", ":-")))
        )
        if not heading or section.numbered or (prose and not introduced):
            return False
        text = _LIST_LABEL.sub("", line.text)
        if _PRESENTED_BY.match(text):
            return False  # "Presented By: Chair" under "Apologies for Absence": the presenter
        if introduced and self.wrapped_cell(text):
            return True
        if introduced and (_NOBODY.fullmatch(text) or _GROUP.fullmatch(text)):
            # "School members" / "Gillian James, ..." / "Officers" / "None": the groups of the
            # list the sentence introduced; a group with no one in it.
            return True
        if (inner := read_kind_heading(text, self.known)) and inner.people:
            heading, text = inner, inner.people
        text, _, also = text.partition(". Also: ")
        if (
            also
            and heading.kind == "present"
            and all(_is_person(name) for name, _ in read_people_sentence(also) or [("x", "")])
        ):
            # "Councillors, Mr Tim Owen (Chair), .... Also: County Councillor Mr Arfon Wyn"
            for name, role in read_people_sentence(also) or []:
                self.add_attendee(name, role, "in_attendance", None)
        people = read_people_sentence(text)
        if not people and introduced:
            people = split_attendee_line(text)
        if not people or not all(_is_person(name) for name, _ in people):
            return False
        for name, role in people:
            # "Apologies received: A, B" under the item repeats the list above it.
            listed = (name.lower(), heading.kind)
            if all((x["name"].lower(), x["attendance"]) != listed for x in self.attendees):
                self.add_attendee(name, role, heading.kind, None)
        if _FOR_WHOM.search(line.text):
            # "Councillor A, for whom Councillor B was substitute;": who sat for whom is the
            # item's minute, kept as a paragraph of its own as well as read.
            self.keep_as_paragraph(line)
            return True
        # "Apologies for absence were received from: A, B": a sentence of the item's minute, its
        # people read and its text kept as the item's paragraph.
        return not _RECEIVED.search(line.text)

    def opening_attendance(self, section: Any, line: Line) -> bool:
        """ "1. Welcome & Apologies from the Chair" / "Present: A, B, C." / "Apologies for
        Absence: D, E.": the lists of who came and who sent apologies, each after its label on
        one line at the start of the opening item, read as the heading's lists are, not as the
        item's paragraphs; a note in square brackets after a list ("[Attendance Record not
        collected]") kept as the item's paragraph."""
        if section.numbered or not _OPENING_ITEM.search(section.title):
            return False
        begun = any(not p.lines[0].text.startswith("[") for p in section.prose)
        m = _NOTE_AFTER.fullmatch(line.text)
        text, note = (m["text"], m["note"]) if m else (line.text, "")
        kind = read_kind_heading(text, self.known)
        if not (kind and kind.people and kind.kind in ("present", "apologies", "absent")):
            return False
        if any(a["attendance"] == kind.kind for a in self.attendees):
            return False  # the heading's list again
        names = read_people_sentence(kind.people)
        if not names or not all(_is_person(name) for name, _ in names):
            return False
        # "Present were: Rev. Richard Hall, ..." / "Apologies were received from: ...": after the
        # welcome's sentence, the meeting's lists as sentences, where no one has been listed as
        # present yet (or this list follows the one of those present), of three people or more.
        sentence = _LABEL_VERB.search(text[: len(text) - len(kind.people)])
        if (begun or sentence) and not self.listed_in_sentences(section, kind.kind, names):
            return False  # the item's minute has begun: a label now is its text
        self.reading = line
        self.kind, self.organisation = kind.kind, kind.organisation
        two = [p.strip() for p in kind.people.rstrip(" ,.").split(",")]
        if len(two) == 2 and all(reads_as_person(p) for p in two):
            for name in two:  # "Apologies: Elspeth Dales, Amy Baker.": two people, no role
                self.add_attendee(name, "", kind.kind, kind.organisation)
        else:
            before = len(self.attendees)
            self.people(line, kind.people.rstrip(" ,."))
            _places_in_brackets(self.attendees[before:])
        if note:
            self.keep_as_paragraph(line.with_text(note))
            self.paragraph = None  # a note of its own: the next line starts the item's text
        elif _RECEIVED.search(text):
            # "Apologies were received from: ...": a sentence of the item's minute as well.
            self.keep_as_paragraph(line)
        return True

    def listed_in_sentences(self, section: Any, kind: str, names: list) -> bool:
        """Whether a list written as a sentence of the opening item ('Present were: ...',
        'Apologies were received from: ...') is the meeting's own: three people or more, those
        present where nobody has been read as present yet, the rest after this item's own list
        of those present."""
        if len(names) < 3:
            return False
        if kind == "present" and not any(a["attendance"] == "present" for a in self.attendees):
            self.__dict__["_sentence_lists"] = section
            return True
        return self.__dict__.get("_sentence_lists") is section

    def numbered_attendance(self, section: Any, line: Line) -> bool:
        """ "1.1Approved apologies: Jane Doe JD (Governor), ..." and "1.2Absent: ..." under an
        item on apologies: numbered lines that list people, not paragraphs."""
        m = _NUMBERED_LABEL.fullmatch(line.text)
        kind = read_kind_heading(m["text"], self.known) if m else None
        if not (kind and kind.people and "apolog" in section.title.lower()):
            return False
        self.reading = line
        self.kind, self.organisation = kind.kind, None
        self.people(line, kind.people.rstrip(" ,"))
        return True

    def in_the_chair(self, line: Line, who: str, rest: str) -> None:
        """ "Councillor Brown in the chair", "Trudy McLEAY, Vice Chairperson, in the Chair.":
        the chair is present; a sentence after it is not placed."""
        people = split_attendee_line(who) or []
        if people and _is_person(people[0][0]):
            name, role = people[0]
            key = name.split()[-1].lower()
            listed = [a for a in self.attendees if a["name"].lower() == name.lower()]
            if listed and not listed[0]["role"]:
                # "Councillor David Cheape, Convener, in the Chair.": listed above, role here.
                listed[0]["role"] = role or "Chair"
            elif all(key not in a["name"].lower() for a in self.attendees):
                self.add_attendee(name, role or "Chair", "present", None)
        else:
            self.problem(line, "Line among the attendees could not be read as 'Name, Role'")
        if rest:
            self.problem(line, "Text after the chair's name could not be placed")

    def names_run_into_posts(self) -> None:
        """ "Dave Willingham Interim Youth Direction Manager": the name is two words where the
        list names others so; the rest is the post (name_lengths.py), each one shown to check."""
        self.second_name_as_post()
        count = two_word_names(self.attendees)
        for person in self.attendees:
            if found := name_then_post(person["name"], person["role"] or "", count):
                line = next((x for x, people in self.read_from.values() if person in people), None)
                person["name"], person["role"] = found
                # Initials in capitals after a name of two words ("Jean Bell HMCS Magistrates
                # Court", "Geoff Brown CC") are no name's end: only a rest that may be is told.
                if line is not None and not _post_after_name(found[1]):
                    self.warn(line, f"Name read as '{found[0]}', the rest as the post; check")
        for k in range(len(self.attendees) - 1, -1, -1):
            person = self.attendees[k]
            if person["organisation"] or person["role"]:
                continue
            if not (pair := two_people(person["name"], "", count)):
                continue
            # "Anthony Harbinson Peter Price": two people, the list's separator left out.
            person["name"] = pair[0]
            other = dict(name=pair[1], role="", organisation=None, attendance=person["attendance"])
            self.attendees.insert(k + 1, other)
            for _, people in self.read_from.values():
                if person in people:
                    people.insert(people.index(person) + 1, other)

    def second_name_as_post(self) -> None:
        """ "Apologies ; John Dougan , Ian Morral": two people, the second read as the first's
        post ('Pat Lee, Home Office' may be a name and a body, 'Ann Lee, Harbour Master' a name
        and a post), where the minutes list people by name alone (three or more with no post
        nor body) and typed the list so, a space before each comma: a first name and a surname
        that name no post or body are the second person, with the first's attendance."""
        if sum(1 for a in self.attendees if not (a["role"] or a["organisation"])) < 3:
            return
        for k in range(len(self.attendees) - 1, -1, -1):
            person = self.attendees[k]
            second = person["role"] or ""
            if person["organisation"] or not _BARE_NAME.fullmatch(second):
                continue
            if is_role(second) or is_organisation(second) or names_a_body(second):
                continue
            line = next((x for x, people in self.read_from.values() if person in people), None)
            if line is None or not (
                f"{person['name']} , {second}" in line.text
                or _two_names_alone(line.text, person["name"], second)
            ):
                continue  # typed as a list is, a space before each comma
            person["role"] = ""
            other = dict(name=second, role="", organisation=None, attendance=person["attendance"])
            self.attendees.insert(k + 1, other)
            for _, people in self.read_from.values():
                if person in people:
                    people.insert(people.index(person) + 1, other)

    def chair_attendee(self) -> None:
        """The chair a heading names ("Chair: Cllr Smith") is present, as the chair."""
        person = read_person(self.chair) if self.chair else None
        if person is None:
            return
        name, role = person
        if _INITIALS.fullmatch(role.strip("() ")):
            # "Chair Person | Nick Bitel (NB)": his initials, not his post; he is the chair.
            name, role = f"{name} ({role.strip('() ')})", ""
        key = _NAME_INITIALS.sub(r"\1", name).split()[-1].lower()
        listed = [a for a in self.attendees if key in a["name"].lower()]
        if not listed:
            self.add_attendee(name, role or "Chair", "present", None)
        elif len(listed) == 1 and not listed[0]["role"] and listed[0]["name"] == name:
            # "Chair: Jim Brewin" over "Directors attending: Jim Brewin, ...": he chaired.
            listed[0]["role"] = role or "Chair"

    def wrapped_list(self, i: int, line: Line) -> Line:
        """ "Present:   Rector (In the Chair), Principal, ... Mr H" / "Duncan, Dr H Fullerton,
        ...": a list of attendees wrapped over lines, read as the one line it is."""
        if relabelled := wrapped_label(self.lines, i, self.known):
            # "Officers of the | Sandra Bell" / "Board Present | Stella Burnside": one label.
            line, self.lines[i + 1] = relabelled
        if wrapped := wrapped_label_cell(self.lines, i, self.known):
            # "PRESENT: | Councillors A, B, Clare" / " | Maitland and ...": one cell's text.
            self.skip.update(range(i + 1, i + 1 + wrapped[1]))
            return wrapped[0]
        below = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if (
            below is not None
            and not below.after_blank
            and (m := _FIRST_NAME_LAST.search(line.text))
            and _SURNAME_FIRST.match(below.text)
            and looks_like_name(f"{m[1]} {below.text.split(',')[0]}")
            # "Tony Kon, Trustee" / "Apologies, Neil Bell, ...": a label of attendance below
            # starts the next list, no surname.
            and not read_kind_heading(below.text, self.known)
        ):
            # "..., Stuart McKinnon-Evans, Sarah" / "North, Raj Singh,": a name wrapped; the
            # list may wrap again below.
            self.skip.add(i + 1)
            line, i = line.with_text(f"{line.text} {below.text}"), i + 1
        heading = read_kind_heading(line.text, self.known)
        # "Councillors Noakes (Vice-Chairman), Backhouse, ... Dr Hall," under "Present: ...":
        # a list under a plural title, without a label, wrapped as a labelled one is.
        listed = (heading and heading.people) or _PLURAL_TITLED.match(line.text)
        below = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if not (listed and (_goes_on(line.text) or (below and _name_wraps(line.text, below.text)))):
            return self.bracket_closed_below(i, line)
        text, j = line.text, i + 1
        while (
            j < min(len(self.lines), i + _WRAPPED_LIST_LINES)
            # The list goes on after a comma, inside brackets, or into a role in brackets or
            # a word in lower case on the next line: "Vinita Hill" / "(Director, ...)".
            and (
                _goes_on(text)
                or text.count("(") > text.count(")")
                or self.lines[j].text[:1] == "("
                or self.lines[j].text[:1].islower()
                or _name_wraps(text, self.lines[j].text)
            )
            # A PDF may leave a blank line inside a role in brackets: "(Director of" / "" /
            # "Railway Safety)."
            # A PDF sets each printed line apart: a plural title's list ending in a comma
            # goes on.
            and (
                not self.lines[j].after_blank
                or text.count("(") > text.count(")")
                or (bool(_PLURAL_TITLED.match(line.text)) and text.endswith(","))
                # "... and Charlotte Oben" / "(Planning Officer)": the last one's post.
                or (self.lines[j].text[:1] == "(" and self.lines[j].text.endswith(")"))
            )
            and not read_kind_heading(self.lines[j].text, self.known)
            # "2.Declaration of interest ...": an item, not the list's next line.
            and not _ITEM_START.match(self.lines[j].text)
        ):
            text = f"{text} {self.lines[j].text}"
            self.skip.add(j)
            j += 1
        return line.with_text(text)

    def bracket_closed_below(self, i: int, line: Line) -> Line:
        """ "Home Secretary (The Rt Hon Ann" / "Lee MP) - HS": a post and the person in brackets
        after it (bracketed_names.py), wrapped inside the bracket that the line below closes,
        read as the one line it is."""
        below = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if (
            below is None
            or line.cells
            or below.cells
            or line.text.count("(") <= line.text.count(")")
            or below.text.count(")") <= below.text.count("(")
            or read_kind_heading(below.text, self.known)
            or not post_then_bracketed_name(f"{line.text} {below.text}")
        ):
            return line
        self.skip.add(i + 1)
        return line.with_text(f"{line.text} {below.text}")

    def wrapped_row(self, line: Line) -> bool:
        """ "Mr A Thomas | Assistant Director of Therapies and Health" / "(AT) | Science": a
        PDF table's row whose cells wrapped, the name's initials and the post's last words on
        the line below. Read as the person above's initials and the rest of the post."""
        cells = [c.strip() for c in line.cells if c.strip()]
        if len(cells) < 2 or not self.attendees or not (m := _WRAPPED_INITIALS.fullmatch(cells[0])):
            return False
        last = self.attendees[-1]
        if (
            last["attendance"] != self.kind
            or not last["role"]
            or last.get("initials")
            or not _written_initials(last["name"], m[1])
        ):
            return False
        last["initials"] = m[1]
        last["role"] = f"{last['role']} {' '.join(cells[1:])}"
        return True

    def attendee_line(self, line: Line) -> None:
        # "Chair:" on a line of its own over "Councillor B McCaig, South Lanarkshire Council":
        # the one person below chaired.
        chair_below, self.chair_below = getattr(self, "chair_below", False), False
        if _CHAIR_ALONE.fullmatch(line.text.strip()):
            self.chair_below = True
            return
        if chair_below:
            start = len(self.attendees)
            self.attendee_line(line)
            if len(self.attendees) == start + 1 and not self.attendees[start]["role"]:
                self.attendees[start]["role"] = "Chair"
            return
        if _GLOSSARY.match(line.text.strip()):
            # "Abbreviations: CMT - Chatham Maritime Trust, CML - ...": the minutes' list of
            # abbreviations set among the attendance, no one's name.
            self.leave_out(line, "The minutes' list of abbreviations left out of the record")
            return
        if _PRAYERS.fullmatch(line.text.strip()):
            # "Prayers: The Rt Revd A Bell led the opening prayers.": the meeting's opening, no
            # attendance (who led them is listed above or below, as present).
            self.leave_out(line, "The opening prayers, not the attendance, left out of the record")
            return
        if pairs := _posts_then_names(line.text):
            # "President (Martin Lukehurst), Chairman (Fred Nash), ... and 44 members": each
            # post, then its holder in brackets; the count of others no one's name.
            for post, name in pairs[0]:
                self.add_attendee(name, post, self.kind, None)
            if pairs[1]:
                self.warn(line, f"'{pairs[1]}' counts people, names no one: left out; check")
            return
        # "(3) Mr Nelson McCausland", "Item 7.2: Ms J Nicolson", "Observing: Andrew Stevenson"
        line = standard_label(without_note_number(line))
        self.above, self.reading = self.reading, line
        if self.wrapped_row(line):
            return
        if self.bodies_only(line):
            return
        if line.cells and (body := _body_label_cell(line.cells, self.known)):
            # "HER MAJESTY'S INSPECTORATE OF ... SERVICES: | (4) | Mr Matt Parr | HM Inspector":
            # a body's label in the row's first cell, no kind of attendance: the body of the
            # row's person and of those below, under the kind above.
            self.organisation_heading(body)
            cells = ("", *line.cells[1:])
            line = dataclasses.replace(line, cells=cells, text=", ".join(c for c in cells if c))
        if line.cells and (body := _representing_cell(line.cells)):
            # "Representing Torridge District Council | Councillors Inch (Chairman), Hutchings
            # and Watson": the row's label names the body its people sit for, no one's name.
            self.organisation_heading(body)
            cells = ("", *line.cells[1:])
            line = dataclasses.replace(line, cells=cells, text=", ".join(c for c in cells if c))
        if lone_column_header(line.text):
            self.warn(line, "A column's header, not a person, left out of the attendees")
            return
        if TIMES_LINE.match(line.text):
            self.warn(line, "When the meeting ran, not a person, left out of the attendees")
            return
        if self.label_alone_above:
            # "Venue" | "College of Policing, St Paul's ...": the label's value, in its own cell.
            self.label_alone_above = ""
            self.warn(line, "A label's value, not a person, left out of the attendees")
            return
        if line.cells and not line.columns and (groups := status_groups(line.cells, is_role)):
            # "Chairperson | James Blackwood | Present | Zone 1 Coordinator | Vacant | -": two
            # posts to a row, each with its holder and how they attended.
            for name, post, kind in groups:
                held = next((a for a in self.attendees if same_holder(a["name"], name)), None)
                if held is None:
                    self.add_attendee(name, post, kind, None)
                elif kind == "present":
                    # One person in two posts, there for one, sent apologies for the other
                    # (as the table has it): they were there.
                    held["attendance"] = "present"
            return
        if label := names_no_attendee(line.cells[0] if line.cells else line.text):
            self.warn(line, f"'{label}' names no one as at the meeting; left out of the attendees")
            self.label_alone_above = label if label == line.text.strip(" :") else ""
            return
        if not line.cells and self.initials_then_body(line.text):
            return
        if line.cells and not line.columns and (row := status_row(line.cells)):
            # "Mrs D.M. Ellis CBE, Chairman |  | Present": how the person attended, in the
            # last cell; the cells between, their body or area.
            who, between, kind = row
            for name, role in split_attendee_line(who)[:1]:
                self.add_attendee(name, role, kind, between or None)
            return
        if line.cells and (post := post_label_row(line)):
            # "ADVISOR | Ms A Kilpatrick", "Chairman | Cllr Brazil": the post, then the person.
            name, role, sure = post
            self.add_attendee(name, role, self.kind, None)
            if not sure:
                self.warn(line, f"Read as {name}, {role}: a post beside a name; check which is")
            return
        if line.cells and (body_row := body_label_row(line)):
            # "North Area Committee | John Ferguson": the body the member sits for, the name.
            self.add_attendee(body_row[0], "", self.kind, body_row[1])
            return
        if line.cells and (
            self.grid_headings(line) or self.marked_row(line) or self.glossary_row(line)
        ):
            return
        if _NEXT_MEETING.match(line.text):
            self.warn(line, "The next meeting's date, not a person, left out of the attendees")
            return
        if self.side_lists(line) or self.table_person(line) or self.table_cells(line):
            return
        if self.attendance_sentence(line):
            return
        # A list's trailing comma where the next line does not go on with it.
        text = _LIST_LABEL.sub("", _unglue(line.text)).removesuffix(",")
        if self.pending_role and (person := read_person(text)) and not person[1]:
            # "School Governor Services Clerk:" over "Sarah Bryan": her post, then her name.
            self.add_attendee(person[0], self.pending_role, self.kind, self.organisation)
            self.pending_role = ""
            return
        self.pending_role = ""
        if _MEMBERS_LABEL.fullmatch(text):
            self.kind, self.organisation = "present", None
            return
        if (chair := _CHAIR_LABEL.fullmatch(text)) and self.attendees:
            # "CHAIR: Councillor Elena Whitham." under the lists: who chaired, not one more
            # person under the last heading (the apologies).
            self.in_the_chair(line, chair["who"], "")
            return
        if (
            (secretary := _SECRETARY_LABEL.fullmatch(text))
            and self.attendees
            and (people := split_attendee_line(secretary["who"]))
            and len(people) == 1
            and _is_person(people[0][0])
        ):
            name, role = people[0]
            post = " ".join(secretary["post"].split()).capitalize()
            self.add_attendee(name, role or post, "in_attendance", None)
            return
        if _CLASS_LABEL.match(text) and not read_kind_heading(text, self.known):
            self.people(line, text)
            return
        if text.lower() in (self.board.lower(), self.title.lower()):
            return  # a running page header repeated by the PDF
        if (
            not (self.title or self.attendees or self.labelled)
            and _MEETING_WORD.search(text)
            and "," not in text
            and len(text.split()) <= _MEETING_TITLE_WORDS
        ):
            self.title = text  # "Annual General Meeting" under the body's name: the meeting
            return
        if heading := read_kind_heading(text, self.known):
            self.kind, self.organisation = heading.kind, None
            if not self.attendees and _INVITED.fullmatch(text):
                # "Invited:" over the first list, no other above it: the members asked to the
                # meeting, there unless they sent apologies (prose_apologies), not guests.
                self.kind, self.invited = "present", True
            if heading.kind == "present" and _ATTENDING_LABEL.match(text) and self.attendees:
                # "PRESENT: ..." then "ATTENDING: ...": those at the meeting besides the
                # members listed above (officers, advisers), not more members.
                self.kind = "in_attendance"
            after_members = self.members_heading and self.attendees
            if heading.kind == "present" and after_members and _ATTENDEES_LABEL.fullmatch(text):
                self.kind = "in_attendance"  # "Members" / ... / "Attendees" / ...
            self.members_heading = bool(_MEMBERS_HEADING.fullmatch(text))
            if heading.kind == "in_attendance":
                self.second_in_attendance(line, text)
            self.labelled = True
            self.heading_at = len(self.attendees)  # a post below is no one's above this
            if heading.organisation:
                self.organisation_heading(heading.organisation)
            if heading.people and (m := _REPRESENTATIVES_OF.fullmatch(heading.people)):
                # "In Attendance: | Representatives of X Trust": the body of those below.
                self.organisation_heading(m["body"])
            elif heading.people and not _NOBODY.fullmatch(heading.people.strip()):
                # ("Apologies: none" lists nobody.)
                start = len(self.attendees)
                self.people(line, heading.people)
                self.bodies_alike(heading.people, start)
            return
        if self.initials_alone(line, text.strip(" .;")):
            return
        if self.wrapped_cell(text):
            return
        if m := _REPRESENTING.fullmatch(text) or _REPRESENTATIVES_OF.fullmatch(text):
            # "Representing Angus Council", "Representing the Highland Council:" (bold or not):
            # the body of the people listed below it, without the word before it.
            if len((body := m["body"].rstrip(": ")).split()) > 1:
                self.organisation_heading(body)
            else:
                # "Representing Council": the body's name is missing; say so, not guess.
                self.organisation = None
                self.warn(line, "The body these people represent is not named; check")
            return
        if (
            "," not in text
            and (line.marked or is_all_caps(text) or text.rstrip(":").strip().lower() in self.known)
            # "Councillor D Marshall in the Chair" set as a heading: who chaired, not a body.
            and not _IN_THE_CHAIR.fullmatch(text)
        ):
            if _BOARD_LABEL.fullmatch(text):
                # "Board:" over names: the board's members, there, not a body called "Board";
                # an "Attendees:" list below them is of those in attendance.
                self.kind, self.organisation = "present", None
                self.members_heading = self.labelled = True
                self.heading_at = len(self.attendees)
                return
            if _no_body_label(text):
                self.organisation = None  # "Chair", "External": a group's label, not its body
                return
            self.organisation_heading(organisation_name(text))
            return
        if self.body_over_people(line, text):
            return
        if (m := _REPRESENTATIVES.fullmatch(text)) and "," in m["people"]:
            # "Representatives of the Trade Unions: Mr. P. Carter, ... (UNISON); ...": a group's
            # label, not a person or a body, over the people of the group.
            start = len(self.attendees)
            self.people(line, m["people"])
            self.bodies_alike(m["people"], start)
            return
        if self.labelled_person(line, text) or self.label_alone(text):
            return
        if (
            self.labelled
            and (group := body_group(text))
            and (not _names_a_person(group[0]) or _names_only(group[1]))
        ):
            # "College: Rob Beckley, Giselle Lockett": the line's people, from that body.
            # "North Yorkshire: Richard Davis, Dave Prothero": a label like a name over names
            # alone is a body too; names alone, even two, are two people, not "Name, Role".
            before, self.organisation = self.organisation, group[0]
            if names := _names_only(group[1]):
                for name in names:
                    self.add_attendee(name, "", self.kind, group[0])
            else:
                self.people(line, group[1])
            self.organisation = before
            return
        if (m := _BODY_LABEL.fullmatch(text)) and not is_role(m["body"]):
            # "DoE Planning Service: Mr M Bowman - Planning Officer": a body, then its people.
            before, self.organisation = self.organisation, m["body"]
            self.people(line, m["people"])
            self.organisation = before
            return
        if _NOBODY.fullmatch(text):
            return  # "There were no absences": nobody to list
        if self.apologies_sentence(text):
            return
        if _PUBLIC_LINE.fullmatch(text):
            self.warn(line, "Members of the public are not recorded by name")
            return
        if m := _IN_THE_CHAIR.fullmatch(text):
            self.in_the_chair(line, m["who"], m["rest"])
            return
        if (
            text[:1].islower()
            and self.attendees
            and self.attendees[-1]["role"]
            and not line.bulleted
        ):
            # A table cell wrapped onto the next line: "(not providing primary" / "medical
            # services)". Not a bullet, nor under a name with no post: "Joan Crompton" over
            # "- attached" (a report's text under its heading) had taken it for her post.
            last = self.attendees[-1]
            last["role"] = f"{last['role']} {text}".strip()
            return
        if (
            text.endswith(".")
            and (person := read_person(text))
            and _VERB_FIRST.match(person[1])
            and len(person[1].split()) >= 3
        ):
            # "Mrs Rees welcomed everyone to the meeting.": a sentence, not "Name, Role".
            self.problem(line, "Sentence before the first item could not be placed")
            return
        self.people(line, text)

    def body_over_people(self, line: Line, text: str) -> bool:
        """A body's name on a line of its own over its people, under a label ("Councillors
        Present:" / "North Lanarkshire Council" / "B Chadha (Depute), T Lunny" / "Strathclyde
        Police" / "G Cairns, Divisional Commander"): the body of the people below it, up to the
        next body or label. Read so where the first line under the label is a body over a line
        of people, and then for each line of the list with no comma that is no person over one of
        people; "Cllr A Bee" / "Mendip District Council" is a person, then her body."""
        if "," in text or ";" in text or not self.labelled or line.cells:
            return False
        if len(pair := split_attendee_line(text)) == 1 and pair[0][1] and _is_person(pair[0][0]):
            return False  # "Ann Cole-Hilltop Parish Council": a person, then her body
        below = next((b for b in self.lines if b.no > line.no), None)
        if below is None or read_kind_heading(below.text, self.known):
            return False
        who = re.split(r"\s*[,;(]", below.text, maxsplit=1)[0].strip()
        if not (looks_like_name(who) and _is_person(who)) or is_role(who) or is_organisation(who):
            return False
        first = len(self.attendees) == getattr(self, "heading_at", -1)
        above = getattr(self, "bodies_over_people", False) and self.organisation is not None
        # "Victim Support Scotland" among bodies over "H Dickson, ...": no initial or title,
        # where the people of the list are written with them.
        initialled = re.compile(
            r"(?:\b[A-Z]\.?\s+|\b(?i:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Cllr|Councillor)\.?\s)"
        )
        unlike = bool(initialled.match(who)) and not initialled.match(text)
        head = text.split("(")[0].strip()  # "Lanarkshire Community Justice Authority (LCJA)"
        if not (is_organisation(head) and (first or above)) and not (above and unlike):
            return False
        if re.search(r"(?i:\bchair)", text) or initialled.search(text):
            return False  # "Metro Mayor S Rotheram Chairperson of the Combined Authority"
        self.bodies_over_people = True
        # The body as written ("Lanarkshire Community Justice Authority (LCJA)").
        self.organisation_heading(text.rstrip(":").strip())
        return True

    def second_in_attendance(self, line: Line, text: str) -> None:
        """A second "In attendance" label where the first list was under one too and no list of
        those present was read: the first list is the members (a committee system's page heads
        both lists so), read as present and shown to the clerk to check."""
        first = self.in_attendance_label
        self.in_attendance_label = self.in_attendance_label or text
        if not first or not self.attendees:
            return
        if any(a["attendance"] != "in_attendance" for a in self.attendees):
            return
        for person in self.attendees:
            person["attendance"] = "present"
        self.warn(
            line,
            f"A second '{text.rstrip(':')}' list: those under the first ('{first.rstrip(':')}'), "
            "with no list of those present, read as present; check",
        )

    in_attendance_label = ""  # the first "In attendance" label read, if any
    label_alone_above = ""  # "Venue" on a line alone, its value the next line
    bodies_above = False  # the line above was a row of bodies alone (bodies_only)
    pending_role = ""  # a post written as a label over the name below it
    labelled = False  # whether any attendance heading ("Present:", "Apologies") was read
    stage: str

    @property
    def read_from(self) -> dict[int, tuple[Line, list[dict[str, Any]]]]:
        """The people read from each line of the heading, by line number."""
        if "_read_from" not in self.__dict__:
            self.__dict__["_read_from"] = {}
        return self.__dict__["_read_from"]

    def unlabelled_lists(self) -> None:
        """Lists of people with their labels lost ("Councillors A, B and C" / "L. Dettman
        (Chief Port Health Inspector), ..." / "Councillors D, E and F"): the members present,
        then officers, each with a post, in attendance, then members again, who sent apologies,
        as such tables are laid out. Each line is shown to the clerk to check."""
        if self.labelled or len(lists := list(self.read_from.values())) < 3:
            return
        if any(len(people) < 2 for _, people in lists):
            return  # one person a line: a list, not a table's rows of several
        officers = next(
            (k for k, (_, people) in enumerate(lists) if k and all(p["role"] for p in people)),
            None,
        )
        if officers is None:
            return
        members = lists[0][1][0]["name"].split()[0].lower()
        if members not in _TITLES or any(
            p["name"].split()[0].lower() != members for p in lists[0][1]
        ):
            return  # members named alike ("Councillor ..."), as the lost label's rows were
        for k, (line, people) in enumerate(lists):
            if k == officers:
                kind = "in_attendance"
            elif k > officers and all(p["name"].split()[0].lower() == members for p in people):
                kind = "apologies"
            else:
                continue
            for person in people:
                person["attendance"] = kind
            words = kind.replace("_", " ")
            self.warn(line, f"These people have no label above them; taken as {words}; check")

    def labelled_person(self, line: Line, text: str) -> bool:
        """ "Devon County Council (Partnership Chair): Cllr Jeffrey Trail (JT)", "Minute taker:
        Rowena Garne (RG)": one person a line, after the body they represent or their post.
        "Natural England: (TBC)" names no one: left out and shown."""
        m = _LABELLED.fullmatch(text)
        if not m or read_kind_heading(m["label"], self.known):
            return False
        label, who = m["label"].strip(), m["who"].strip()
        if _NOBODY_YET.fullmatch(who):
            self.warn(line, f"No one is named for {label}; left out")
            return True
        initials = _NAME_INITIALS.fullmatch(who)
        name = initials[1] if initials and _INITIALS.fullmatch(initials[2]) else who
        if not (looks_like_name(name) and _is_person(name)) or "," in name:
            return False
        role, body = "", label
        if (bracket := _TRAILING_NOTE.fullmatch(label)) and is_role(bracket[1]):
            role, body = bracket[1], label[: label.rindex("(")].strip()
        elif (is_role(label) and not is_organisation(label)) or label.lower().endswith("taker"):
            role, body = label, ""
        self.add_attendee(who, role, self.kind, body or self.organisation)
        return True

    def label_alone(self, text: str) -> bool:
        """A label on a line of its own over the people below it that is not an attendance
        heading: a post ("School Governor Services Clerk:") is the post of the name below; a
        kind of member ("Nominated subs:") says nothing more about them."""
        if not (text.endswith(":") and 0 < len(words := text[:-1].split()) <= 5):
            return False
        if not words[0][:1].isupper() or any(not w.replace("-", "").isalpha() for w in words):
            return False
        last = words[-1].lower()
        if last in _POST_WORDS:
            self.pending_role = text[:-1].strip()
        self.organisation = None  # a new group: the body of the one above is not its body
        return True

    def attendance_sentence(self, line: Line) -> bool:
        """ "Also in attendance were the NIFCA Chief Executive Officer Mr M H Hardy, Chief IFCO
        Mr A B Browne, ... and Mr R Blackhurst from Seafish.": those in attendance as a
        sentence, each office before the name; wrapped lines are read with it."""
        m = _ATTENDANCE_SENTENCE.fullmatch(line.text)
        if not m:
            return False
        text, j = m["people"], self.lines.index(line) + 1 if line in self.lines else len(self.lines)
        while j < len(self.lines) and text.endswith(",") and not self.lines[j].after_blank:
            text = f"{text} {self.lines[j].text}"
            self.skip.add(j)
            j += 1
        people = [_office_then_name(piece) for piece in _split_list(text.rstrip("."))]
        if not people or None in people:
            return False
        for name, role, body in filter(None, people):
            self.add_attendee(name, role, "in_attendance", body)
        return True

    def table_person(self, line: Line) -> bool:
        """A row of an attendance table whose header names its columns ("Name | Organisation
        | Role"): each cell is read as its column says, in whatever order they come."""
        if not (line.cells and line.columns):
            return False
        filled = [c.strip() for c in line.cells if c.strip()]
        label = read_kind_heading(filled[0], self.known) if len(filled) == 1 else None
        if label and not label.people:
            # "In Attendance" | | : a row of its own labelling the rows under it.
            self.kind, self.organisation = label.kind, label.organisation
            return True
        cells: dict[str, str] = {}
        for column, cell in zip(line.columns, line.cells, strict=False):
            key = _table_column(column)
            if key == "post or body" and cell:
                # "Role / Authority": a post ("Independent Co-opted Member (Chair)"), a body
                # ("Cheshire East", naming no post) or both ("Secretariat, Cheshire East Council").
                post, _, body = cell.rpartition(", ")
                if post and is_organisation(body) and not is_role(body):
                    cells.setdefault("role", post)
                    cells.setdefault("organisation", body)
                else:
                    cells.setdefault("role" if is_role(cell) else "organisation", cell)
            elif key == "organisation" and cell and key not in cells and ", " in cell:
                # "Catchment Coordinator, Environment Agency" under "Representing": a post, then
                # the body, as a "Role / Authority" cell may hold both.
                post, _, body = cell.rpartition(", ")
                if is_organisation(body) and not is_role(body) and not is_organisation(post):
                    cells.setdefault("role", post)
                    cells["organisation"] = body
                else:
                    cells["organisation"] = cell
            elif key and cell and key not in cells:
                cells[key] = cell
            elif not key and cell and (heading := read_kind_heading(cell, self.known)):
                # "Attendance | Name | Role": each row's "Present", "Apologies", for it and
                # the rows under it.
                self.kind = heading.kind
        name, role = cells.get("name", ""), cells.get("role", "")
        if not role and (m := _NAME_BRACKET.fullmatch(name)) and not _INITIALS.fullmatch(m[2]):
            # "Cllr Nicola Greene (Chairman)", "ACC Mark Callaghan (substitute for James
            # Vaughan)" in the name's cell: a post or a note, read as a bracket after a name is.
            name, role = m[1], f"({m[2]})"
        if not _is_person(_NAME_INITIALS.sub(r"\1", name).strip()):
            return False
        organisation = cells.get("organisation") or self.organisation
        self.add_attendee(name, role, self.kind, organisation)
        return True

    column_kinds: list[str] | None = None  # the kinds of side-by-side lists' columns
    reading: Line | None = None  # the attendance line being read, where its doubts are shown
    above: Line | None = None  # the attendance line read before it
    members_heading = False  # the last attendance heading read was "Members"

    def side_lists(self, line: Line) -> bool:
        """Lists side by side, a group's name over each ("Council | Head Office staff"): each
        cell below is a person of its column's group, until a line that is not a row."""
        if not line.cells:
            self.column_kinds = None
            return False
        if groups := column_groups(line.cells):
            self.column_kinds = groups
            self.warn(line, "Lists side by side: each column read as its group's; check")
            return True
        kinds = self.column_kinds
        if not kinds or len(line.cells) != len(kinds):
            self.column_kinds = None
            return False
        before = self.kind
        for k, cell in enumerate(line.cells):
            if not cell.strip():
                continue
            if (kind := group_kind(cell)) is not None:
                kinds[k] = kind  # "Observer | Dr Ian Viney": a new group in the first column
                continue
            self.kind = kinds[k]
            self.people(line, cell.strip())
        self.kind = before
        return True

    def table_cells(self, line: Line) -> bool:
        """A row of an attendance table with no header row, read by its cells, which the text
        joined by commas would run together: a name in each cell ("Present: | Peter Argyle |
        Eric Baird") is a person each; "Rob Beckley (RB) | College COO" is a name with its
        initials, then the post. Other rows are left to the text's reading."""
        if not line.cells or line.columns:
            return False
        cells = [c.strip() for c in line.cells if c.strip()]
        if (
            len(cells) == 1
            and not line.cells[0].strip()
            and _ROLE_TAIL.fullmatch(cells[0])
            and self.attendees
            and (last := self.attendees[-1]).get("role")
            and not (is_role(cells[0]) or is_organisation(cells[0]))
            and not read_kind_heading(cells[0], self.known)
        ):
            # "| Mr E Molloy, Director of Human Resources & Corporate" / "| Affairs": the post
            # wrapped in its cell, its last words a row of their own and no one's name.
            last["role"] = f"{last['role']} {cells[0]}"
            return True
        filled = [k for k, c in enumerate(line.cells) if c.strip()]
        # "Ben Davies |  | Arriva Trains": an empty cell between two is a column left blank
        # (no role), so the cells are columns, not a name in each.
        gap = bool(filled) and len(filled) < filled[-1] - filled[0] + 1
        if self.name_post_body_row([c.strip() for c in line.cells]):
            return True
        if self.name_blank_cell_row(line):
            return True
        if pairs := _names_with_initials(cells):
            # "Dr Kristin Doern | KD | Wendy Stott | WS | Nigel Websper | NW": people side by side
            # in the row, each name's initials in the cell after it; a post in brackets is theirs.
            for name, initials in pairs:
                m = _NAME_BRACKET.fullmatch(name)
                post = m["inner"] if m and is_role(m["inner"]) else ""
                start = len(self.attendees)
                self.add_attendee(m["name"] if post else name, post, self.kind, self.organisation)
                if len(self.attendees) > start:
                    self.attendees[-1]["initials"] = initials
            return True
        # "John Doe | (JD) | Chief Executive": the initials' column in brackets, as typed (one
        # typed ')JD)'), is the same column.
        initials = re.sub(r"^[()]([A-Z][A-Za-z]{1,4})\)$", r"\1", cells[1]) if cells[1:] else ""
        if (
            len(cells) == 3
            and _INITIALS.fullmatch(initials)
            and not is_organisation(initials)
            and _is_person(cells[0])
            and _goes_by(cells[0], initials)
        ):
            # "Mrs C Donlan-Harrison | CDH | Parent Governor", "Mrs J Stock | JKS | Clerk": the
            # name, the initials the minutes call the person by in a column of their own (a
            # hyphenated or middle name's letters among them), then the post.
            # Where the initials are bracketed, the post's cell says more in brackets and after a
            # dash (the layout of NHS boards' minutes; a bare initials column is left as it was).
            post, body, note = (
                _post_body_note(cells[2]) if initials != cells[1] else _bare_post_cell(cells)
            )
            name = cells[0]
            if (m := _NAME_BRACKET.fullmatch(name)) and is_role(m["inner"]) and not post:
                name, post = m["name"], m["inner"]  # "Cllr Jo Grey (Chair) | JG | Body"
            start = len(self.attendees)
            self.add_attendee(name, post, self.kind, body or self.organisation)
            if len(self.attendees) > start:
                self.attendees[-1]["initials"] = initials
                if note and not self.attendees[-1].get("note"):
                    self.attendees[-1]["note"] = note
            return True
        if (
            len(cells) == 2
            and _INITIALS.fullmatch(cells[0])
            and (person := read_person(cells[1]))
            and _goes_by(person[0], cells[0])
        ):
            # "SC | Steve Coles, Chair (BF)": the initials the minutes call a person by, in a
            # column of their own, then the person.
            start = len(self.attendees)
            self.add_attendee(person[0].rstrip(" ,"), person[1], self.kind, self.organisation)
            if len(self.attendees) > start:
                self.attendees[-1]["initials"] = cells[0]
                self.initials_column = True  # "LH | Lee Holland" below: a person, no acronym
            return True
        if self.group_label_row(line):
            return True
        heading = read_kind_heading(cells[0], self.known) if cells else None
        if heading and not heading.people and not heading.organisation:
            cells = cells[1:]
        else:
            heading = None
        if heading and len(cells) == 1 and _GROUP_LABEL.fullmatch(cells[0]):
            # "Present: | Councillors:": the kind, then the group the rows below belong to.
            self.kind, self.organisation = heading.kind, None
            self.heading_at = len(self.attendees)
            return True
        if (
            heading
            and len(cells) == 1
            and cells[0].endswith(":")
            and (is_organisation(body := cells[0].rstrip(": ")) or names_a_body(body))
        ):
            # "In Attendance | Bournemouth Airport Authority:": the kind, then the body of the
            # people in the rows below.
            self.kind, self.organisation = heading.kind, body
            self.heading_at = len(self.attendees)
            return True
        if len(cells) == 2 and not gap and _one_name(cells[0]) and self.bodies_column(line):
            # "Andrew Fulton | Historic Scotland" among "Mark Tasker | JNCC", "Allan Gibb |
            # Marine Scotland" (body_columns): the person, then the body they come from.
            if heading:
                self.kind, self.organisation = heading.kind, None
                self.heading_at = len(self.attendees)
            body, post = body_and_post(cells[1])
            self.add_attendee(cells[0], post, self.kind, body)
            return True
        m = _NAME_INITIALS.fullmatch(cells[0]) if cells else None
        if (
            len(cells) == 2
            and m
            and _INITIALS.fullmatch(m[2])
            and _is_person(m[1])
            and not _NAME_INITIALS.fullmatch(cells[1])  # "A Lee (AL) | B Roe (BR)": two people
        ) or _name_then_post(cells):
            people = [(cells[0], cells[1])]
        elif (
            len(cells) == 2
            and not gap
            and _one_name(cells[0])
            and not is_role(cells[1])
            # A cell that reads as a name ("MS Society" as "Ms Society"); "West Hampshire CCG"
            # and "Borough Council (part-time)" are left to the text's reading.
            and looks_like_name(cells[1])
            and (self.column_of_posts(line) or self.column_says_who(line))
        ):
            # "Judy Biggs | MS Society" under "Mike Sole | Chairman": the last column holds
            # the people's posts or bodies, whatever its cell looks like ("MS", "Community
            # Shop"); no post, a body.
            if heading:
                self.kind, self.organisation = heading.kind, None
                self.heading_at = len(self.attendees)
            if not self.column_of_posts(line) and (
                names_a_post(cells[1]) or self.as_role_above(line)
            ):
                self.add_attendee(cells[0], cells[1], self.kind, self.organisation)
            else:
                self.add_attendee(cells[0], "", self.kind, cells[1])
            return True
        elif (
            len(cells) >= 2
            and not gap
            and all(_one_name(c) for c in cells)
            # Names written alike: "Anne Marie MACHAN | Audit Scotland" is a name and a body.
            and len({_capital_surname(c) for c in cells}) == 1
        ):
            people = [(c, "") for c in cells]
        elif len(cells) >= 2 and not gap and all(_person_cell(c) for c in cells):
            # "Caroline Chanides, Parks Development Officer, Oxford City Council | Alison
            # Drummond, Events Team, City Council": a person in each cell, each with what the
            # cell says of them, never run together as one line would be.
            if heading:
                self.kind, self.organisation = heading.kind, None
                self.heading_at = len(self.attendees)
            for cell in cells:
                if len(one := split_attendee_line(cell) or []) == 1 and _one_name(one[0][0]):
                    self.add_attendee(one[0][0], one[0][1], self.kind, self.organisation)
                else:
                    self.people(line, cell)  # "Jason Priest & Stuart Langston, Body": two
            return True
        else:
            return False
        if heading:
            self.kind, self.organisation = heading.kind, None
            self.heading_at = len(self.attendees)
        for name, role in people:
            self.add_attendee(name, role, self.kind, self.organisation)
        return True

    def bodies_only(self, line: Line) -> bool:
        """A row of bodies alone, no one named ("The Fishing College | Southern IFCA |
        CEFAS"), or one body's name on a line of its own under such a row (the grid's last,
        set apart): who was represented, not who came; left out of the attendees and said so
        (body_columns.is_body)."""
        above, self.bodies_above = self.bodies_above, False
        if not line.cells:
            if not (above and is_body(line.text.strip(), strictly=True)):
                return False
        elif not self.table_of_bodies(line):
            return False
        if read_kind_heading(line.text, self.known):
            return False
        self.bodies_above = True
        self.warn(line, "Organisations, no one named: left out of the attendees; check who came")
        return True

    def table_of_bodies(self, line: Line) -> bool:
        """Whether the cells of the table `line` is a row of name bodies alone (bodies_alone),
        worked out once for the table."""
        k = self.place_of(line)
        if k is None or not line.cells:
            return bodies_alone([])
        run = self.table_runs("rows", _a_row)
        first, last = run.around(self.lines, k)
        if "bodies" not in run.answers:
            rows = [x.cells for x in self.lines[first : last + 1]]
            run.answers["bodies"] = bodies_alone([c.strip() for r in rows for c in r if c.strip()])
        return run.answers["bodies"]

    def place_of(self, line: Line) -> int | None:
        """Where `line` is among the lines (table_runs.Places)."""
        if "_places" not in self.__dict__:
            self._places = Places()
        return self._places(self.lines, line)

    def table_runs(self, kind: str, belongs: Callable[[Line], bool]) -> Run:
        """The reader's run of table rows of a `kind` (table_runs.Run)."""
        runs: dict[str, Run] = self.__dict__.setdefault("_table_runs", {})
        if kind not in runs:
            runs[kind] = Run(belongs)
        return runs[kind]

    def bodies_column(self, line: Line) -> bool:
        """Whether `line` is a row of a two-column table (the rows next to it with two cells,
        no header) whose second column holds the people's bodies (body_columns)."""
        k = self.place_of(line)
        if k is None or len(line.cells) != 2:
            return False
        run = self.table_runs("two cells", _two_cells)
        start, last = run.around(self.lines, k)
        if "firsts" not in run.answers:
            # The rows from the row after a header row (`columns`) above, or the table's first.
            firsts, first = [], start
            for i in range(start, last + 1):
                firsts.append(first)
                first = i + 1 if self.lines[i].columns else first
            run.answers["firsts"] = firsts
        first = run.answers["firsts"][k - start]
        if first not in run.answers:
            rows = [x.cells for x in self.lines[first : last + 1] if not x.columns]
            run.answers[first] = all(_one_name(r[0].strip()) for r in rows) and column_of_bodies(
                [r[1].strip() for r in rows], [r[0].strip() for r in rows]
            )
        return run.answers[first]

    def column_of_posts(self, line: Line) -> bool:
        """Whether the rows of the table above `line` (as many cells, one after another) hold
        posts in its last column in most of them, at least two: "Chairman", "Secretary"."""
        k = self.place_of(line)
        posts = others = 0
        while k and (above := self.lines[k - 1]).cells and len(above.cells) == len(line.cells):
            last = above.cells[-1].strip()
            if last and is_role(last):
                posts += 1
            elif last:
                others += 1
            if above.cells[0].strip():
                break  # the row with the list's label is its first
            k -= 1
        return posts >= 2

    def group_label_row(self, line: Line) -> bool:
        """ "Executive Directors: | Robin Evans | Chief Executive": a label in the table's first
        column that is no kind of attendance, over a person and their post or body: the list of
        a group of people. Members ("Trustees:") are present; any other group after a list of
        apologies or absences is there in attendance, not among them; the rows below it with no
        label are the group's."""
        label = line.cells[0].strip()
        rest = [c.strip() for c in line.cells[1:] if c.strip()]
        if not (
            _LABEL_OF_GROUP.fullmatch(label)
            and not _NOT_A_GROUP.match(label)
            and 1 <= len(rest) <= 2
            and _one_name(rest[0])
            and not read_kind_heading(label, self.known)
        ):
            return False
        if _MEMBERS_LABEL.fullmatch(label):
            self.kind = "present"
        elif self.kind in ("apologies", "absent"):
            self.kind = "in_attendance"
        self.organisation = None
        self.heading_at = len(self.attendees)
        what = rest[1] if len(rest) > 1 else ""
        if not what or is_role(what) or names_a_post(what):
            self.add_attendee(rest[0], what, self.kind, None)
        else:
            self.add_attendee(rest[0], "", self.kind, what)
        return True

    def column_says_who(self, line: Line) -> bool:
        """Whether the rows of `line`'s list in its table (its rows with cells, from the row
        whose first cell is a kind of attendance, "In Attendance") are of one person each, a
        name in the first filled cell and what they are in the last: a post or a body in most
        rows ("Mr Gavin Barr | Orkney Islands Council", "Mr Neil MacRae | Partnership Manager"),
        at least two, more than the rows of two names; then "Mr Andrew Willis | Urban Foresight"
        is a person and their body, not two people."""
        k = self.place_of(line)
        if k is None:
            return False
        run = self.table_runs("rows", _a_row)
        first, last = run.around(self.lines, k)
        if "says who" not in run.answers:
            group, counts = [], [[0, 0]]  # each row's list, and each list's posts and names
            for row in self.lines[first : last + 1]:
                if read_kind_heading(row.cells[0].strip(), self.known) and any(counts[-1]):
                    counts.append([0, 0])
                group.append(len(counts) - 1)
                filled = [c.strip() for c in row.cells if c.strip()]
                if len(filled) == 2 and _one_name(filled[0]):
                    if _one_name(filled[1]):
                        counts[-1][1] += 1
                    elif (
                        is_role(filled[1]) or is_organisation(filled[1]) or reads_as_body(filled[1])
                    ):
                        counts[-1][0] += 1
            run.answers["says who"] = [
                counts[g][0] >= 2 and counts[g][0] > counts[g][1] for g in group
            ]
        return run.answers["says who"][k - first]

    def as_role_above(self, line: Line) -> bool:
        """Whether the row above `line` gave its last cell as the post of the person it named
        ("Lucinda GODFREY | Dundee Carers Centre" read as a post): the rows of one column read
        alike."""
        k = self.place_of(line)
        if not k or not self.attendees or not (above := self.lines[k - 1]).cells:
            return False
        cell = next((c.strip() for c in reversed(above.cells) if c.strip()), "")
        person = self.attendees[-1]
        return bool(cell) and person.get("role") == cell and not person.get("organisation")

    def add_attendee(self, name: str, role: str, kind: str, organisation: str | None) -> None:
        """One attendee; a role in brackets alone is an organisation ("(Powys County Council)")
        or a note ("(part)", "(family commitment)") unless it names a role ("(Chair)")."""
        # "Peter Boylan (PB) : Director of Nursing": a colon between the name and the post.
        role = role.removeprefix(":").lstrip() if role.startswith(":") else role
        if m := _GROUP_TITLE_FIRST.match(name):
            # "Community Councillors M. Ladds": the group's title before its first name.
            title = m["plural"].rstrip(".").removesuffix("s")
            name = f"{m['kind'] or ''}{title} {name[m.end() :]}"
        if organisation and organisation.startswith(":"):
            organisation = organisation.removeprefix(":").lstrip() or None
        if PUBLIC.fullmatch(role.strip(" .")):
            # "District Cllr Pierre Butikofer, 0 members of the public": a count, not a role.
            role = ""
            if isinstance(reading := self.reading, Line):
                self.warn(reading, "Members of the public are not recorded by name")
        if kind == "apologies" and (sub := _BODY_THEN_SUBSTITUTE.fullmatch(role.strip(" ;,."))):
            # "(West Berkshire Council) (Councillor B substituted)": the member's body, and the
            # substitute, who was there.
            self.add_attendee(name, sub["role"], kind, organisation)
            for person, person_role in split_attendee_line(sub["who"]):
                self.add_attendee(person, person_role, "present", None)
            return
        if kind == "apologies" and (sub := _SUBSTITUTE.fullmatch(role.strip(" ();,."))):
            # "Mr D Blacklock (Ms H Horne attended as substitute)": the substitute was there.
            self.add_attendee(name, "", kind, organisation)
            for person, person_role in split_attendee_line(sub["who"]):
                self.add_attendee(person, person_role, "present", None)
            return
        if (substitute := substituted_by(role)) and _is_person(substitute):
            self.substitute_in_place(name, kind, organisation, substitute)
            return
        if name.count("(") > name.count(")") and isinstance(reading := self.reading, Line):
            # "Karin Phillips (co-Chair (KP), ...": a bracket the writer left open; where the
            # name ends is a guess.
            self.warn(reading, f"'{name}' holds a bracket left open; check the name")
        note = initials = ""
        seat = _SECTOR_AFTER.fullmatch(role.strip(" ;,."))
        if seat and not organisation:
            # "Bluestone (Private Sector)": the member's body, then the sector of their seat.
            role = seat["body"]
        if not organisation and (member := _BODY_MEMBER.fullmatch(role.strip(" ;,."))):
            body, post = member["body"], member["post"].strip()
            if len(body.split()) > 1 and reads_as_body(body) and is_role(post):
                # "Moray Council Member (Vice Chair)": a member for the council, and the post
                # they hold here ("London Area Council Member" alone is a post, as written).
                role, organisation = post, body
        if (m := _NAME_INITIALS.fullmatch(name)) and _INITIALS.fullmatch(m[2]):
            name, initials = m[1], m[2]  # "Jane Brown (JB), Chair"
        elif (m := _GLUED_INITIALS.fullmatch(name)) and _written_initials(m[1], m[2]):
            name, initials = m[1], m[2]  # "Sue Morison SM", "Mark Le MasurierMLM"
        m = _NAME_INITIALS.fullmatch(name)
        if m and initials and not (role or organisation) and not _initials_of(m[1], m[2]):
            # "Sarah Howells (NED) (SH)", "Gareth Morgan (TfW) (GM)": the initials last, and
            # before them in brackets what the person is, a post or a body; a name holds none.
            name, role = m[1], m[2]
            if not is_role(role) and (_CAMEL_ACRONYM.fullmatch(role) or body_acronym(role, name)):
                role, organisation = "", role  # "(TfW)", "(PSNI)": a body by its initials
        elif m and is_role(m[2]) and not _INITIALS.fullmatch(m[2]):
            # "MI (Chair), Trustees of Healthwatch Kirklees": the post in brackets after the
            # name is theirs; a group of people after the comma ("Trustees of ...", "Members
            # of ...") is no body or post of theirs, nor a person.
            group = organisation if organisation and _PEOPLE_OF.match(organisation) else ""
            group = group or (role if _PEOPLE_OF.match(role) else "")
            if group or not (role or organisation):
                name, role = m[1], m[2]
                organisation = None if group == organisation else organisation
        if not initials and (m := _ROLE_INITIALS.match(role)) and _written_initials(name, m[1]):
            initials, role = m[1], role[m.end() :]  # "Michelle Tkocz, MT Senior Leadership Team"
        if (
            not initials
            and (m := _TWO_BRACKETS.fullmatch(role))
            and _INITIALS.fullmatch(m[1].strip())
            and _written_initials(name, m[1].strip())
        ):
            # "Cllr Gillian Pollard (GP) (Chair)": the initials she goes by, then her post.
            initials, role = m[1].strip(), f"({m[2].strip()})"
        if (m := _TWO_BRACKETS.fullmatch(role)) and (
            _NOTE.fullmatch(m[2].strip()) or re.fullmatch(r"(?i)in\s+the\s+chair", m[2].strip())
        ):
            # "(Headteacher ...) (until 19:30)", "(Chair)(In the Chair)": the role, then a note.
            role, note = f"({m[1]})", m[2].strip()
        if m := _SQUARE_POST.fullmatch(role.strip()):
            role = f"({m[1]})"  # "Ms J Irwin [CEO]": the post in square brackets, read as in round
        if m := _SQUARE_NOTE.fullmatch(role):
            role, note = m[1], m[2]  # "Communications Manager [for Victoria Bartlett, Head of ...]"
        first, _, rest = role.partition(", ")
        if _INITIALS.fullmatch(first) and not is_organisation(first) and _initials_of(name, first):
            initials, role = first, rest  # "Dr Avi Bhatia, AB, Clinical Chair"
        if (
            not initials
            and (m := _INITIALS_AFTER.search(role) or _MIXED_INITIALS_AFTER.search(role))
            and (_written_initials(name, m[1]) or _capitals_of(name, m[1]))
            and role[: m.start()].strip()
        ):
            # "Chair (DP)", "Business Manager, (KE)", "Tenant (SMacK)" for Sandra MacKenzie
            initials, role = m[1], role[: m.start()]
        elif (
            not organisation
            and (m := _INITIALS_AFTER.search(role))
            and m[1] == "".join(w[0] for w in self.board.split() if w[:1].isupper())
            and role[: m.start()].strip()
        ):
            # "General Manager (WDLT)" in West Dunbartonshire Leisure Trust's minutes: the post,
            # then the body whose minutes these are.
            role, organisation = role[: m.start()], m[1]
        if role.startswith("(") and role.endswith(")") and role.count("(") == 1:
            inner = role[1:-1].strip()
            post, dash, after = inner.partition(" \u2013 ")
            if not dash:
                post, dash, after = inner.partition(" - ")
            if (
                dash
                and post
                and not organisation
                and (is_organisation(after) or names_a_body(after))
            ):
                inner, organisation = post, after  # "(Finance \u2013 Hull City Council)"
            elif dash and post and _PART_NOTE.search(after):
                inner, note = post, after  # "(Human Resources \u2013 Minute 1436, 1437 only)"
            if inner.lower() in _GROUP_NOTES:
                role, note = "", inner  # "Cecile Wright (members)": the group, a note
            elif _ROLE_NOTE.search(inner) or is_role(inner):
                role = inner
            elif is_organisation(inner) and not organisation:
                role, organisation = "", inner
            elif _INITIALS.fullmatch(inner):
                role, initials = "", inner
            elif _NOTE.fullmatch(inner) or not inner[:1].isupper() or _NOTE_WORDS.search(inner):
                role, note = "", inner
            else:
                # What someone is there for, in capitals: "(Voluntary and Community Sector)".
                role = inner
        if m := _LEADING_NOTE.fullmatch(role):
            # "(substitute), Borough Council" or "Borough Council (Chairman)".
            inner, rest = (m[1], m[2]) if m[1] else (m[4], m[3])
            if _ROLE_NOTE.search(inner) and _AUTHORITY.fullmatch(rest) and not organisation:
                role, organisation = inner, rest
            elif m[3] and not organisation and _body_initials_then_post(rest, inner):
                role, organisation = inner, rest  # "CYC (Lib Dem Group)": the body, the post
            elif m[3] and not organisation and reads_as_body(rest) and names_a_post(inner):
                # "Scottish Government (Acting Depute Director, Community Justice)".
                role, organisation = inner, rest
            elif m[1] and not organisation and _ROLE_NOTE.search(inner) and reads_as_body(rest):
                # "Chris Cornwell (Acting Chair) | Hartley Wintney and District Over 55s Forum":
                # the post in brackets after the name, then the body its holder comes from.
                role, organisation = inner, rest
        if not organisation and _AUTHORITY.fullmatch(role) and not _ROLE_NOTE.search(role):
            role, organisation = "", role
        if (
            (m := _TRAILING_NOTE_AFTER.fullmatch(role))
            and not note
            and _is_note(m[2])
            and (reads_as_body(m[1]) or _ACRONYM.fullmatch(m[1].rpartition(", ")[2]))
        ):
            # "Borough Council (part-time)", "Project Manager, LSA (part-time)": a body, and
            # a note on the attendance; a post keeps its note as written ("Governor (part)").
            role, note = m[1], m[2]
        head, comma, tail = role.rpartition(", ")
        if comma and ", " not in head and _ACRONYM.fullmatch(tail) and not organisation:
            role, organisation = head, tail  # "Jane Hope, Interim Chief Executive, CNPA"
            if (bracket := _WHOLE_BRACKET.fullmatch(role)) and is_role(bracket[1]):
                role = bracket[1]  # "Marion Burchell (Chair), IAG": the post in brackets
        elif (
            comma
            and not organisation
            and names_a_post(head.split(", ")[0])
            and (_ACRONYM.fullmatch(tail) or tail.lower() in self.headings)
        ):
            # "Area Manager, Community Risk Management, HIFRS", "Project Manager, Housing and
            # Property Service, The Highland Council" (a body these minutes list people under):
            # a post of two parts, then the body.
            role, organisation = head, tail
        elif (
            comma
            and not organisation
            and ", " not in head
            and names_a_post(head)
            and _BODY_BY_ACRONYM.fullmatch(tail)
            and not names_a_post(tail)
        ):
            # "Director, North Lanarkshire CHP", "Co-ordinator, Multi-Agency Public Protection
            # Arrangements (MAPPA)": the post, then a body named with its initials.
            role, organisation = head, tail
        elif not organisation and (split := post_then_body(role)):
            role, organisation = split  # "Director of Finance, Anytown Council"
        if not organisation and (
            names_a_body(role) or body_acronym(role, name) or spelt_body(role)
        ):
            role, organisation = "", role.strip(" ,.;")  # "Michael Bell, NI Food Association"
        if not organisation and reads_as_body(role):
            role, organisation = "", role.strip(" ,.;")  # "Cllr T Cordery | Ferndown TC"
        if _NOTE.fullmatch(role):
            role, note = "", role  # "Prof Ann Lee (items 1-4)"
        elif (m := _TRAILING_NOTE_AFTER.fullmatch(role)) and _PAPERS_NOTE.fullmatch(m[2]):
            role, note = m[1], m[2]  # "Director Of Wales (For FSA 22/09/09)": the post alone
        elif (m := _TRAILING_NOTE.fullmatch(role)) and _NOTE.fullmatch(m[1]):
            note = m[1]  # "Public Governor (part)": the role as written, and the note
        if not organisation and self.acronym_after_a_body(name, role, kind):
            role, organisation = "", role  # "Louise Ceska (BASH)" after "Karen Butler (Church ...)"
        if not organisation and self.firm_shared_with_the_last(role, kind):
            self.attendees[-1]["role"], self.attendees[-1]["organisation"] = "", role
            role, organisation = "", role
        if seat and not organisation and role and not is_role(role):
            role, organisation = "", role
        if organisation and (m := _SECTOR_AFTER.fullmatch(organisation)):
            # "National Trust (Third Sector)": the sector whose seat the member holds, not part
            # of the body's name.
            organisation = m["body"]
        person: dict[str, Any] = dict(
            name=name, role=role, organisation=organisation, attendance=kind
        )
        if note:
            person["note"] = note
        if initials:
            person["initials"] = initials
        self.listed_already(name, kind)
        self.attendees.append(person)
        if self.stage != "body" and (reading := self.reading):
            self.read_from.setdefault(reading.no, (reading, []))[1].append(person)

    def substitute_in_place(
        self, name: str, kind: str, organisation: str | None, other: str
    ) -> None:
        """ "Cllr A Smith (substituted by Cllr B Jones)": A sent apologies and B was there."""
        self.add_attendee(name, "", "absent" if kind == "absent" else "apologies", organisation)
        if not self.listed(other):
            self.add_attendee(other, "", "present", None)
            self.attendees[-1]["note"] = f"substitute for {name}"

    def listed(self, name: str) -> bool:
        return any(same_person(a["name"], name) for a in self.attendees)

    def substitutes_for(self, sections: list[dict[str, Any]]) -> None:
        """The substitutions an Apologies item's prose gives (substitutes_in): the substitute was
        there and the member sent apologies, each added where no list names them."""
        pairs = [
            pair
            for section in sections
            if "apolog" in section["title"].lower() or "substitut" in section["title"].lower()
            for pair in substitutes_in([p["text"] for p in section["paragraphs"]])
        ]
        for who, member in pairs:
            if not self.listed(who):
                self.add_attendee(who, "", "present", None)
                self.attendees[-1]["note"] = f"substitute for {member}"
        for member in (m for _, m in pairs):
            if not self.listed(member):
                self.add_attendee(member, "", "apologies", None)

    def grid_headings(self, line: Line) -> bool:
        """ "ATTENDEES: (\u2713 attended, X not attended, A apologies) | Support staff": the
        headings of an attendance grid's lists side by side, each its own kind of attendance,
        the first saying what its marks mean. Kept for the rows below (marked_row)."""
        cells = [c.strip() for c in line.cells if c.strip()]
        kinds = [read_kind_heading(c, self.known) for c in cells]
        if len(cells) < 2 or not all(kinds) or not any(_MARK_KEY.search(c) for c in cells):
            return False
        self.grid_kinds = [k.kind for k in kinds if k]
        return True

    def marked_row(self, line: Line) -> bool:
        """ "Tony Walker (Chair) | Toyota UK | \u2713 | Rosy Carter (LNP) | \u2713": a row of an
        attendance grid under its headings (grid_headings), each person's cells (a name, a
        body) closed by a mark of attendance: a tick there, "A" apologies, "X" not there."""
        kinds = getattr(self, "grid_kinds", None)
        cells = [c.strip() for c in line.cells]
        marks = [k for k, c in enumerate(cells) if c in _MARKS]
        if not kinds or not marks:
            return False
        groups: list[tuple[list[str], str]] = []
        start = 0
        for k in marks:
            group = [c for c in cells[start:k] if c]
            start = k + 1
            if not 1 <= len(group) <= 2:
                return False
            groups.append((group, _MARKS[cells[k]]))
        if any(cells[start:]) or len(groups) > len(kinds):
            return False
        if not all(_is_person(_NAME_INITIALS.sub(r"\1", g[0]).strip()) for g, _ in groups):
            return False
        for n, (group, mark) in enumerate(groups):
            kind = kinds[n] if mark == "present" else mark
            name, role, body, initials = group[0], "", group[1] if len(group) > 1 else None, ""
            while m := _LAST_BRACKET.fullmatch(name):
                # "Tony Walker (Chair)", "John Malpas (Toyota)", "Rosy Carter (RCarter) (LNP)":
                # a post, the person's body, or what the minutes call them.
                name, inner = m[1].strip(), m[2].strip()
                if is_role(inner) and not role:
                    role = inner
                elif not body and not _initials_of(name, inner) and inner[:1].isupper():
                    body = inner
                else:
                    initials = inner
            self.add_attendee(name, role, kind, body)
            if initials:
                self.attendees[-1]["initials"] = initials
        return True

    def name_blank_cell_row(self, line: Line) -> bool:
        """ "Prof Ann Lee |  | Universities": a name, a blank column, then a cell that is
        neither a known post nor a known body; read as the post, with a doubt naming the
        person, since such a column is as often what the member represents."""
        cells = [c.strip() for c in line.cells]
        if len(cells) != 3 or cells[1] or not cells[0] or not cells[2]:
            return False
        name, cell = cells[0], cells[2]
        if not _is_person(name) or not looks_like_name(_NAME_INITIALS.sub(r"\1", name).strip()):
            return False
        if is_role(cell) or is_organisation(cell) or names_a_body(cell):
            return False
        if looks_like_name(cell) and not cell.lower().endswith(" sector"):
            return False  # "Ann Lee |  | Bob Roe": two people; "Private Sector" is none
        start = len(self.attendees)
        self.add_attendee(name, cell, self.kind, self.organisation)
        added = self.attendees[start:]
        if added and added[-1]["role"] == cell and not added[-1]["organisation"]:
            self.warn(
                line,
                f"'{cell}' is read as the post of {added[-1]['name']}; check whether it is "
                "the body they represent",
            )
        return True

    def name_post_body_row(self, cells: list[str]) -> bool:
        """ "Cllr M Williams | Chair | Shropshire Council", "Ben Davies |  | Arriva Trains": a row
        of three cells, a name, a post (or none) and the body the person is from, in a table
        with no header to name them."""
        if (
            len(cells) == 2
            and _is_person(cells[0])
            and looks_like_name(_NAME_INITIALS.sub(r"\1", cells[0]).strip())
            and (split := _post_body_note(cells[1]))[1]
            and not split[2]
        ):
            # "Cllr. Geoff Martin | Panel member - Staffordshire County Council": the post,
            # then after the dash the body the person is from.
            self.add_attendee(cells[0], split[0], self.kind, split[1])
            return True
        if len(cells) != 3 or not cells[0] or not cells[2] or not _is_person(cells[0]):
            return False
        name, post, body = cells
        if not looks_like_name(_NAME_INITIALS.sub(r"\1", name).strip()):
            return False
        if (post and not is_role(post)) or not (is_organisation(body) or names_a_body(body)):
            return False
        self.add_attendee(name, post, self.kind, body)
        return True

    def glossary_row(self, line: Line) -> bool:
        """ "DtC | Duty to Cooperate", "NELMS | New Environmental Land Management Schemes": a
        row of a table of the acronyms the minutes use, not a person; left out, said so."""
        cells = [c.strip() for c in line.cells if c.strip()]
        if len(cells) != 2 or not _GLOSSARY_TERM.fullmatch(cells[0]):
            return False
        if getattr(self, "initials_column", False) and looks_like_name(cells[1]):
            return False  # a list of initials | person: "LH | Lee Holland" is one more person
        words = re.findall(r"[A-Za-z]+", cells[1])
        big = [w for w in words if w.lower() not in _SMALL_WORDS]
        # "DtC" keeps the small word, "LDN" (Lowland Derbyshire and Nottinghamshire) does not.
        if cells[0].lower() not in ("".join(w[0] for w in ws).lower() for ws in (words, big)):
            return False
        self.warn(line, f"'{cells[0]}' is an acronym's meaning, not a person; left out")
        return True

    def initials_then_body(self, text: str) -> bool:
        """ "Lorraine Forrester (LF) Transport Scotland (Chair)", "Alan Bowater (AB) Safety
        Camera Unit Manager, Police Scotland": a name, its initials in brackets, then the body
        the person is from, with a post in brackets, after a dash or before a comma."""
        m = _INITIALS_THEN.fullmatch(text.strip())
        if not (m and _initials_of(m["name"], m["initials"]) and _is_person(m["name"])):
            return False
        rest, role = m["rest"].strip(" ,;"), ""
        if (bracket := _TRAILING_NOTE.fullmatch(rest)) and is_role(bracket[1]):
            rest, role = rest[: rest.rindex("(")].strip(), bracket[1].strip()
        elif (dash := _DASH_SPLIT.fullmatch(rest)) and is_role(dash["after"]):
            rest, role = dash["before"], dash["after"]  # "Road Safety Scotland - Education ..."
        elif (comma := _COMMA_SPLIT.fullmatch(rest)) and is_role(comma["before"]):
            rest, role = comma["after"], comma["before"]  # "Unit Manager, Police Scotland"
        self.add_attendee(f"{m['name']} ({m['initials']})", role, self.kind, rest or None)
        return True

    def bodies_alike(self, text: str, start: int) -> None:
        """ "Sam Plum (Barrow BC), Michael Barry (Barrow BC), Elaine Herbert (DWP)": where two or
        more people of a list were read with a body in brackets, a bracket of another read as a
        role that names no post, or as capitals that are not the person's initials, is a body
        too, as the list writes them alike."""
        listed = self.attendees[start:]
        known = {a["organisation"] for a in self.attendees[:start] if a["organisation"]}

        def bracketed(role: str) -> bool:
            return bool(role) and f"({role})" in text and not is_role(role)

        for person in listed:
            role = person["role"]
            if not person["organisation"] and role in known and bracketed(role):
                # A body the record has read as one above ("Jo Lappin (Cumbria LEP)").
                person["role"], person["organisation"] = "", role
            elif (
                not person["organisation"]
                and _COUNCILLOR.match(person["name"])
                and bracketed(role)
                and role.lower() not in _PARTIES
            ):
                # "Councillor Paul Sweet (Wolverhampton)": a councillor's bracket that names no
                # post and no party is the council the councillor comes from.
                person["role"], person["organisation"] = "", role

        # "Jonathan Brown (KPMG), Clare Eveleigh, Ellie Hetenyi (KPMG)": the same capitals in
        # brackets after two or more people, the initials of neither and no post, are the body
        # they are from (read as their initials or their role).
        def capitals(person: dict[str, Any]) -> str:
            value = person.get("initials") or person["role"]
            return (
                value
                if _ACRONYM.fullmatch(value or "")
                and f"({value})" in text
                and not _initials_of(person["name"], value)
                and not is_role(value)
                else ""
            )

        foreign = [capitals(p) for p in listed]
        for person, value in zip(listed, foreign, strict=True):
            if value and foreign.count(value) >= 2 and not person["organisation"]:
                person.pop("initials", None)
                person["organisation"] = value
                if person["role"] == value:
                    person["role"] = ""
        bodies = [p for p in listed if p["organisation"] and f"({p['organisation']})" in text]
        if len(bodies) < 2:
            return
        for person in listed:
            if person["organisation"]:
                continue
            role, initials = person["role"], person.get("initials", "")
            if bracketed(role) and not _ROLE_NOTE.search(role):
                person["role"], person["organisation"] = "", role
            elif (
                not role
                and initials
                and f"({initials})" in text
                and not _initials_of(person["name"], initials)
            ):
                person["organisation"] = initials
                del person["initials"]

    def acronym_after_a_body(self, name: str, role: str, kind: str) -> bool:
        """ "Karen Butler (Church of England), Louise Ceska (BASH)": short capitals naming no
        post and not the person's initials, after someone listed with a body of their own (not
        a heading's) and no role, are a body too; alone they are as often a post ("(VC)")."""
        before = self.attendees[-1] if self.attendees else None
        return (
            before is not None
            and before["attendance"] == kind
            and bool(before["organisation"])
            and before["organisation"] != self.organisation
            and not before["role"]
            and bool(_SHORT_CAPITALS.fullmatch(role))
            and not is_role(role)
            and not _initials_of(name, role)
        )

    def firm_shared_with_the_last(self, role: str, kind: str) -> bool:
        """ "Ms O Notman (Scott Moncrieff)" / "Ms K Jones (Scott Moncrieff)": what reads as a
        name, the same after two people listed together (neither with an organisation), is
        the firm they both come from (named after its founders), not a role nor a person."""
        before = self.attendees[-1] if self.attendees else None
        return (
            before is not None
            and before["attendance"] == kind
            and before["role"] == role
            and not before["organisation"]
            and len(role.split()) >= 2
            and looks_like_name(role)
            and not is_role(role)
        )

    def listed_already(self, name: str, kind: str) -> None:
        """A name listed twice (present, and among the apologies; or twice in one list) is kept
        as written, and the clerk is asked to check it."""
        same = [a for a in self.attendees if a["name"].lower() == name.lower()]
        if not same or (line := self.reading) is None:
            return
        was = same[0]["attendance"].replace("_", " ")
        now = kind.replace("_", " ")
        where = f"twice as {now}" if was == now else f"as {was} and as {now}"
        self.warn(line, f"{name} is listed {where}; check which is right")

    def organisation_heading(self, name: str) -> None:
        self.organisation = name
        if name.lower() not in self.headings:
            self.headings.add(name.lower())
            self.organisations[name.lower()] = name

    def people(self, line: Line, text: str) -> None:
        # "Mike Diaper (MD - part only)": his initials, and a note on when he was there.
        text, notes = split_initials_notes(spaced_initials(text))  # "E.V.Latham": "E.V. Latham"
        start = len(self.attendees)
        self.people_read(line, text)
        for person in self.attendees[start:]:
            if (note := notes.get(person.get("initials") or "")) and not person.get("note"):
                person["note"] = note

    def people_read(self, line: Line, text: str) -> None:
        if pair := presided_lists(text):
            # "Councillor Wayne Thomas, Chairman, Presided. Councillors A Davies, T Davies":
            # the chair's sentence, then the members under a plural title: two lists.
            for part in pair:
                self.people(line, part)
            return
        if posted := surnames_with_posts(text):
            # "Councillor Mac Cafferty (Chair) Appich (Joint Opposition Spokesperson) and Bell
            # (Group Spokesperson)": one title, each surname with its post.
            for name, role in posted:
                self.add_attendee(name, role, self.kind, self.organisation)
            return
        if entries := square_initials_entries(text):
            # "Mr C Worts [CW] Chair (FTG); Mr M Evans [MJE] Headmaster (SG)": each person's
            # initials in square brackets, the post, a code for the kind of member as a note.
            for name, initials, post, code in entries:
                self.add_attendee(f"{name} ({initials})", post, self.kind, self.organisation)
                if code and not self.attendees[-1].get("note"):
                    self.attendees[-1]["note"] = code
            return
        # "The Rt. Hon. Sir Ann Lee (Chair)": a style of address's article, no part of the name.
        text = _STYLE_ARTICLE.sub("", text)
        if held := post_holders(text):
            # "Crematorium Manager (Mr T Pugsley), Treasurer (Mr J Hammond, X Council) and ...":
            # each post's holder in brackets, with their body after a comma there.
            for name, post, body in held:
                if name:
                    self.add_attendee(name, post, self.kind, body or self.organisation)
                else:
                    self.warn(line, f"'{post}' is named by post only; not listed as a person")
            return
        if found := post_then_bracketed_name(text):
            # "Attorney General (The Rt Hon Jane Doe MP) - AG": the post, the person after it.
            self.add_attendee(found[0], found[1], self.kind, self.organisation)
            return
        if listed := bracketed_posts_list(text):
            # "Mark Bains (Chair), Nick Owen (TL) Roger Pickup (Treasurer, DTL), ...": each
            # name with its post in brackets, a comma inside a bracket or left out after one.
            for name, post in listed:
                self.add_attendee(name, post, self.kind, self.organisation)
            return
        text, public = tidy_councillor_list(text)  # "Councillors; Johnson (Chair) Lawson, ..."
        if public:
            self.warn(line, "Members of the public are not recorded by name")
        if (tail := _ATTENDED_MINUTES.search(text)) and tail.start():
            # "Gerard McEvilly (Head of Legal Advice) minute 510-511; 516-517": the minutes
            # the person was there for, after the person: a note on the attendance.
            start = len(self.attendees)
            self.people(line, text[: tail.start()])
            for person in self.attendees[start:]:
                person["note"] = person.get("note") or tail[0].strip()
            return
        if known := _known_as(text):
            # "Elizabeth (Liz) Steele (LS)": one person, the name she goes by in brackets after
            # her first name, not two people each with a body in brackets.
            start = len(self.attendees)
            self.add_attendee(known[0], "", self.kind, self.organisation)
            if len(self.attendees) > start and known[1]:
                self.attendees[-1]["initials"] = known[1]
            return
        if grouped := body_groups(text, _PARTIES):  # "Councillors A and B (Durham) C (Gateshead)"
            for name, note, body in grouped:
                self.add_attendee(name, note, self.kind, body)
            return
        if self.kind == "present" and (m := _IN_ATTENDANCE_AFTER.search(text)):
            # "PRESENT Cllrs A, B & Town Clerk C. In attendance Mr D & Cllr E": the list of
            # those present, then in the same paragraph those in attendance.
            self.people(line, text[: m.start()])
            self.kind = "in_attendance"
            self.people(line, text[m.end() :])
            self.kind = "present"
            return
        if (m := _CHAIR_FIRST.match(text)) and text[m.end() :].strip():
            # "PRESENT: Chairman: Steve Cole (BAE Systems), Cllr Ann Thomson (Barrow BC), ...":
            # the chair's post before the list's first name, not a label over the list.
            start = len(self.attendees)
            self.people(line, text[m.end() :])
            if len(self.attendees) > start:
                first = self.attendees[start]
                if (
                    first.get("role")
                    and not is_role(first["role"])
                    and not first.get("organisation")
                ):
                    first["organisation"] = first["role"]  # "(BAE Systems)": the body
                first["role"] = m["post"]
            return
        # "Present: / Tom Scott (Chair)": a two-column table's cells, label / first person.
        if text.startswith("/"):
            text = CELL_SEPARATOR.sub("", text, count=1)
        cells = [c.strip() for c in text.split(" / ")]
        if len(cells) > 1 and all(looks_like_name(c) and _is_person(c) for c in cells):
            # "Adam Rolfe / Hazel Anne Fransch / Alice Piggott": a table's row of names, one
            # a cell, flattened with " / " between the cells.
            for cell in cells:
                self.add_attendee(cell, "", self.kind, self.organisation)
            return
        if person := _post_before_title(text):
            # "Deputy Mayor Cllr Dean Ward", "Mayor Cllr Adam Stokes Chairperson": the post
            # before the title and name, a role after them.
            self.add_attendee(person[0], person[1], self.kind, self.organisation)
            return
        text = _without_class_labels(text)
        if _CLASS_LABEL.search(text):
            # "Ratepayer Members: Mr A Appointed Members: Cllr B", "Messrs: T. Ashton ...":
            # labels for kinds of member, not people; "Members Present: 5" is a count.
            for part in _CLASS_LABEL.split(text):
                if part.strip(" :;,."):
                    self.people(line, part.strip())
            return
        if (listed := _posts_and_names(text)) is not None:
            # "Chief Executive Officer (CEO), Conservation Manager, Warden (Mr R Vale), Mr M
            # Gardner": officers named by their post alone are no one's name; shown, not listed.
            for name, role in listed:
                if name:
                    self.add_attendee(name, role, self.kind, self.organisation)
                else:
                    self.warn(line, f"'{role}' is named by post only; not listed as a person")
            return
        if run := split_name_body_run(text):
            # "Lyall Cairns, Eastern Solent Coastal Partnership Dr Samantha Cope, ...": names
            # and bodies run together; each body is the person's before it.
            for name, role, body in run:
                self.add_attendee(name, role, self.kind, body or self.organisation)
            return
        if run := split_run_of_names(text):
            # "Cllr Dawn Hill County Council (Chair) Sarah Jackson Mendip Hills AONB ...": a
            # table's "Name | Body" rows flattened with nothing between the cells.
            for name, role, body in run:
                self.add_attendee(name, role, self.kind, body or self.organisation)
            return
        if titled := read_titled_sentence(text, self.kind):  # "Cllr A (Chair), Cllrs B, C ..."
            for name, role, kind, body in titled:
                self.add_attendee(name, role, kind, body or self.organisation)
            return
        if bare := split_bare_names(text):
            for name, role in bare:
                self.add_attendee(name, role, self.kind, self.organisation)
            return
        if _GROUP.fullmatch(text):
            if text.lower() == "others":
                self.kind = "in_attendance"
            return  # "Board Directors": a group of the table, not a person
        if self.kind == "present" and len(parts := _WITH.split(text, maxsplit=1)) > 1:
            # "Present: members ..., with officers ...": those after "with" are in attendance.
            self.people(line, parts[0])
            self.kind = "in_attendance"
            self.people(line, parts[1])
            return
        if len(parts := _KIND_INSIDE.split(text)) > 1:
            self.people(line, parts[0])
            for part in parts[1:]:
                self.attendee_line(Line(line.no, line.raw, part, False, False, False))
            return
        if capitals := split_caps_surnames(text):
            for name, role in capitals:
                self.add_attendee(name, role, self.kind, self.organisation)
            return
        if pairs := split_name_pairs(text):
            for name in pairs:
                self.add_attendee(name, "", self.kind, self.organisation)
            return
        if posted := split_name_pairs_with_posts(text):
            # "Rennie Fritchie (Chair) Joan Tranter Julie Garnham": the same, a post after one.
            for name, role in posted:
                self.add_attendee(name, role, self.kind, self.organisation)
            return
        if split_initialled_run(text):
            for segment in _OTHERS.split(text):
                if segment.startswith("Others "):
                    self.kind, segment = "in_attendance", segment.removeprefix("Others ")
                for name, initials, role in split_initialled_run(segment) or []:
                    body = self.organisation
                    if not initials and (post := re.match(r"\(([^()]+)\)\s*", role)):
                        # "Martin Buckle (Chair) Flood & Coastal Erosion Committee": the post
                        # in brackets, then the body.
                        role, body = post[1], role[post.end() :] or body
                    elif role and not is_role(role) and not role.startswith("("):
                        # "Darren Thomas (DT) Pembrokeshire County Council": no post, a body.
                        role, body = "", role
                    written = f"{name} ({initials})" if initials else name
                    self.add_attendee(written, role, self.kind, body)
            return
        if ";" not in text and " and " in text:
            # "Sam Tamlin (Co-Chair) John Crago and Gary Davis": a table cell's lines joined
            # with nothing between them, a post in brackets ending the first; the next person
            # after it, the list ended by "and".
            text = _BRACKETED_POST_NAME.sub(lambda m: f"{m[1]}; " if is_role(m[2]) else m[0], text)
        if len(groups := _split_outside_brackets(text, _SEMICOLON)) >= 2:
            # "A, President; B, Treasurer; C; D, Director and E, Head of X": people set apart
            # by semicolons, each group read on its own.
            for group in groups:
                self.people_group(line, group)
            return
        sentence = text.endswith(".") or " and " in text or ": " in text
        # A sentence: "Councillors Smith (Vice-Chair), Patel and Jones."
        if sentence and (people := read_people_sentence(text)):
            for name, role in people:
                self.add_attendee(name, role, self.kind, self.organisation)
            return
        if m := _INITIALS_DASH_ROLE.fullmatch(text):
            # "Gordon Page (GP) - Chair": a name with its initials, then the role after a dash.
            self.add_attendee(m["name"], m["role"], self.kind, self.organisation)
            return
        if (m := _PAIR_WITH_ROLE.fullmatch(text)) and all(
            looks_like_name(n) for n in (m["one"], m["two"])
        ):
            # "David Ford and Anthony Story, Silicon South": two people, one role or body.
            role, body = (m["role"], self.organisation)
            if not is_role(role):
                role, body = "", role  # their organisation, not a post
            for name in (m["one"], m["two"]):
                self.add_attendee(name, role, self.kind, body)
            return
        for part in text.split(";"):
            if self.post_in_posts(part):
                continue  # "Director - Governance & Assurance" among officers' posts
            people = split_attendee_line(part)
            # "Mr W Grosvenor Clerk to the Council": a name, then its role without a comma; or
            # table cells run together, with more people than "Name, Role" finds.
            found = read_people_sentence(part) or []
            # "Cancer Nurse" is no one: a name ends with a surname, not a post.
            more = len(found) > len(people) and all(
                _is_person(name)
                and not is_role(name.split()[-1])
                # "J Griffin, Scottish Government (Acting ...)", "G Pattison, Co-ordinator,
                # Multi-Agency Public Protection Arrangements (MAPPA)": a body, no second
                # person, where it is written after a name with its post or its initials.
                and not (
                    k
                    and role.startswith("(")
                    and (reads_as_body(name) or _BRACKETED_INITIALS.fullmatch(role))
                )
                for k, (name, role) in enumerate(found)
            )
            if len(people) == 1 and (m := _ROLE_INITIALS.match(people[0][1])):
                # "Michelle Tkocz, MT Senior Leadership Team": her initials, then her post.
                more = more and not _written_initials(people[0][0], m[1])
            if len(people) == 1 and spelt_body(people[0][1]):
                more = False  # "Kirsty Davies (KD), YOT Managers Cymru (YMC)": her body
            # "Mrs J. Ellis (Town Clerk), PCSO K. Price (West Mercia Police)": a bracket cut
            # in two by the commas' reading is the sentence's reading's to give.
            broken = any(
                n.count("(") != n.count(")") or r.count("(") != r.count(")") for n, r in people
            )
            if more or broken or not all(_is_person(name) for name, _ in people):
                people = found or people
            if len(people) > 1 and part == text and _post_cell(line):
                # "Claira Ferreira (CF) | Commissioning Lead Learning Disabilities, NHS Nene CCG":
                # a row's person is its first cell; the post's cell, wrapped or not, holds no
                # second person ("Learning Disabilities").
                people = [(line.cells[0].strip(), line.cells[1].strip())]
            for name, role in map(_name_then_role, people):
                if not role and not looks_like_name(name) and self.cell_below(part):
                    continue
                if (
                    len(people) == 1
                    and is_role(name.split()[-1])
                    and not _initialled_surname(name)
                    and self.post_below(part)
                ):
                    continue
                if not role and len(people) == 1 and (post_first := _post_then_name(name)):
                    name, role = post_first  # "Vice Chair Luke Morgan": the post, then him
                if _is_person(name):
                    self.add_attendee(name, role, self.kind, self.organisation)
                else:
                    # Prose, dates and "Venue: ..." lines are not people; say so, not guess.
                    message = "Line among the attendees could not be read as 'Name, Role'"
                    self.problem(line, message)

    def people_group(self, line: Line, group: str) -> None:
        """One group of a list set apart by semicolons: "Name, Role", "Name, Role and Name,
        Role", or "Councillors A, B and C (Body)", whose body in brackets after the last name
        is every one's."""
        group = _LEADING_AND.sub("", group.strip().rstrip(".")).strip()
        if (plural := _GROUP_WORDS.match(group)) and "," in group[plural.end() :]:
            # "Independent Trustees Jean Brown, Robin Hume and June Minnery": the group the
            # names belong to, before them, as "Councillors" is; not part of the first name.
            group = group[plural.end() :]
        if not group:
            return
        if len(halves := at_full_stop(group)) == 2:  # "Graham Day. Charles Everett"
            for half in halves:
                self.people_group(line, half)
            return
        if (
            (m := _BRACKETED_POST.fullmatch(group))
            and (m["inner"] or m["note"])
            and looks_like_name(m["name"])
        ):
            # "Professor Steve Caddick (Vice-Provost (Enterprise))", "Professor Mary Collins
            # (Dean of Life Sciences) [for Minute 25]": the post in brackets may hold its own;
            # a note in square ones after it is when they were there, no part of the post.
            self.add_attendee(m["name"], m["post"].strip(), self.kind, self.organisation)
            if m["note"] and self.attendees[-1]["name"] == m["name"]:
                self.attendees[-1]["note"] = m["note"].strip()
            return
        if of_bodies := people_of_bodies(group):  # "Glyn Plant of HMCTS, Elaine Annable of LAA"
            for name, body in of_bodies:
                self.add_attendee(name, "", self.kind, body)
            return
        if titled := plural_titled(group):  # "Cllrs. Beaumont, McDonald, (Skirlaugh)"
            if titled[0]:
                self.people_group(line, titled[0])
            for name in titled[1]:
                self.add_attendee(name, "", self.kind, titled[2] or self.organisation)
            return
        if (
            (m := _TWO_WITH_ROLES.fullmatch(group))
            and all(looks_like_name(m[k]) for k in ("one", "two"))
            and not looks_like_name(m["role_one"])
        ):
            for name, role in ((m["one"], m["role_one"]), (m["two"], m["role_two"])):
                self.add_attendee(name, role, self.kind, self.organisation)
            return
        for cluster in _split_outside_brackets(group, _COMMA_AND):
            cluster = _LEADING_AND.sub("", cluster)
            found = read_people_sentence(cluster) if " and " in cluster else None
            found = found or split_attendee_line(cluster)
            body = None
            last_role = found[-1][1].strip() if found else ""
            # "Mr. C. Jordan and Mr. N. Stokes (GMB)": a body's short capitals in brackets,
            # not the last one's initials, are every one's body too.
            acronym = (
                (
                    last_role.startswith("(")
                    and bool(_ACRONYM.fullmatch(last_role.strip("()")))
                    and not _initials_of(found[-1][0], last_role.strip("()"))
                )
                if found
                else False
            )
            if (
                len(found) > 1
                and (is_organisation(last_role) or names_a_body(last_role.strip("()")) or acronym)
                and not is_role(last_role)
                and not any(role for _, role in found[:-1])
            ):
                # "Councillors Argyle, Clark and Webster (Aberdeenshire Council)", "Derick
                # Murray, Rab Dickson and Kirsty Morrison, Nestrans Office": every one's body.
                body, found = last_role.strip("()"), [(n, "") for n, _ in found]
            for name, role in found:
                if _is_person(name):
                    self.add_attendee(name, role, self.kind, body or self.organisation)
                else:
                    message = "Line among the attendees could not be read as 'Name, Role'"
                    self.problem(line, message)

    def initials_alone(self, line: Line, initials: str) -> bool:
        """ "Apologies:" over "SH" (and "TK"): people the minutes call by their initials, not a
        body's heading nor a surname wrapped from the line above; a body's initials over its
        people would look the same, so each is shown to check unless the minutes name someone
        by initials alone above."""
        if not (
            self.labelled
            and _INITIALS_ALONE.fullmatch(initials)
            and not is_organisation(initials)
            and all(_INITIALS_ALONE.fullmatch(a["name"]) for a in self.attendees[self.heading_at :])
        ):
            return False
        below = next((b for b in self.lines if b.no > line.no), None)
        named = split_attendee_line(below.text) if below else []
        if (
            below
            and not _INITIALS_ALONE.fullmatch(below.text.strip(" .;"))
            and named
            and looks_like_name(named[0][0])
        ):
            # "Apologies:" / "MPS" / "Chris Grey, Deputy Commissioner": a body's initials over
            # a person named in full are its heading, as "MOPAC" over "Jane Doe, Chair" is.
            return False
        # Where someone above is named by initials alone ("MI (Chair)"), the minutes call
        # people so: nothing to check.
        sure = any(_INITIALS_ALONE.fullmatch(a["name"]) for a in self.attendees)
        self.add_attendee(initials, "", self.kind, self.organisation)
        if not sure:
            self.warn(line, f"'{initials}' is read as a person's initials; check")
        return True

    def wrapped_cell(self, text: str) -> bool:
        """A name cell wrapped onto its own line: "Donald, Nominated by ..." then "McPHERSON"
        is Donald McPHERSON; "(Vice Chairperson)" under a name is a note on it."""
        last = self.attendees[-1] if self.attendees else None
        if last is None:
            return False

        # Where the list writes surnames in capitals, a name without one lost it to the line.
        def capitals(name: str) -> bool:
            return any(t.isupper() and len(t) > 1 for t in name.split())

        style = sum(capitals(a["name"]) for a in self.attendees) >= 3
        wrapped = style and not capitals(last["name"]) and text.isupper()
        if _SURNAME.fullmatch(text) and (" " not in last["name"] or wrapped):
            last["name"] = f"{last['name']} {text}"
            return True
        if _BRACKETED.fullmatch(text) and not last.get("note"):
            last["note"] = text[1:-1].strip()
            return True
        if (
            last.get("initials")
            and self.above is not None
            and _COLON_ENTRY.match(self.above.text)
            and not _COLON_ENTRY.match(text)
            and ":" not in text
            and (last.get("role") or last.get("organisation"))
        ):
            # "Peter Boylan (PB) : Director of Nursing & Quality, NHS Nene & NHS" over "Corby
            # CCGs": in a list of "Name (INITIALS) : Post, Body" lines, a line with no initials
            # and no colon is the cell above wrapped, not a person.
            what = "organisation" if last.get("organisation") else "role"
            value = f"{last[what]} {text}"
            if (m := _ITEMS_NOTE.search(value)) and not last.get("note"):
                value, last["note"] = value[: m.start()], m[1]
            last[what] = value.strip()
            self.reading = self.above  # the next wrapped line goes on with the same entry
            return True
        return False

    def post_in_posts(self, text: str) -> bool:
        """A post alone on its line ("Director \u2013 Governance & Assurance") under another
        post alone ("Chief Executive"): officers listed by post, each kept as one, by post."""
        text = text.strip().rstrip(".,;")
        last = self.attendees[-1] if self.attendees else None
        if last is None or not _post_alone(last["name"]) or not _post_alone(text):
            return False
        if "," in text or len(text.split()) > 8 or not text[:1].isupper():
            return False
        self.add_attendee(text, "", self.kind, self.organisation)
        return True

    def post_below(self, text: str) -> bool:
        """A post on its own line under a name that has none, as a table's cells come out one
        per line: "Irene Hynd" then "University Secretary (Secretary)" is her role."""
        last = self.attendees[-1] if self.attendees else None
        if last is None or last["role"] or last.get("note") or self.after_heading():
            return False
        if _post_alone(last["name"]):
            return False  # "Chief Executive" over "Deputy Chief Executive": two posts, one each
        # "Emma Clerk" is a name that ends in a post's word; a post starts with one or says
        # more ("University Secretary (Secretary)", "Assistant Secretary, Governance").
        if not (is_role(text.split()[0]) or "(" in text or "," in text):
            return False
        if "," in text and looks_like_name(text.split(",")[0].strip()):
            return False  # "Rob Dean, Kennet & Avon Canal Trust (Chair)": a person, then body
        last["role"] = text
        return True

    def after_heading(self) -> bool:
        """Whether an attendance heading ("In attendance") came after the last person read:
        the line below it is not that person's post."""
        return getattr(self, "heading_at", -1) == len(self.attendees)

    def cell_below(self, text: str) -> bool:
        """A table whose cells come out one per line: "Jane Smith" then "Chief Executive" is
        her role, taken as written, when it reads as one and she has none yet."""
        last = self.attendees[-1] if self.attendees else None
        if last is None or last["role"] or last.get("note") or "," in text:
            return False
        if self.after_heading() or _post_alone(last["name"]):
            return False
        if _ITEM_INSIDE.search(text):
            return False  # "Summary of Actions Item No Item 3. Officer Support ...": no post
        if _sentence(text):
            return False  # "The Mayor apologised for the late start of the meeting.": prose
        words = text.split()
        # A role starts with its word or joins words ("Head of Finance", "Chief Executive");
        # "Emma Clerk" is a name that ends in one.
        leads = bool(_ROLE_NOTE.match(text) or _ROLE_WORDS_LINE.match(text)) or words[0] in (
            "Chief",
            "Deputy",
            "Assistant",
            "Interim",
            "Acting",
            "Senior",
            "Executive",
        )
        joined = any(w.islower() for w in words[1:]) and (
            _ROLE_NOTE.search(text) or _ROLE_WORDS_LINE.search(text)
        )
        if not (leads or joined or _AUTHORITY.fullmatch(text)):
            return False
        if _AUTHORITY.fullmatch(text) and not last["organisation"]:
            last["organisation"] = text
        else:
            last["role"] = text
        return True

    def apologies_sentence(self, text: str) -> bool:
        """ "Apologies for absence were received from Cllr A, Dr B and Mrs C." among the
        attendees: a sentence, not a line of "Name, Role"."""
        m = _PROSE_APOLOGIES.match(_APOLOGIES_LABEL.sub("", text))
        if m and (one := person_of_body(m["people"])):
            # "Apologies have been received from Inspector Katie Andrews of Derbyshire
            # Constabulary": one person, their post and the body they come from.
            self.add_attendee(one[0], one[1], "apologies", one[2])
            return True
        if m and (grouped := body_groups(m["people"], _PARTIES)):
            for name, note, body in grouped:
                self.add_attendee(name, note, "apologies", body)
            return True
        if m and (each := people_of_bodies(m["people"])):
            # "Apologies were received from Brian Connorton of West Berkshire Countryside
            # Society, ..., and Philip Simpkin of Wycombe District Council.": each one's body.
            for name, body in each:
                self.add_attendee(name, "", "apologies", body)
            return True
        people = read_people_sentence(m["people"]) if m else None
        if not people or not all(_is_person(name) for name, _ in people):
            return False
        for name, role in people:
            self.add_attendee(name, role, "apologies", None)
        return True

    def prose_attendance(self, sections: list[dict[str, Any]]) -> None:
        """Minutes with no list of those present may name them in the first item's text
        ("CClr Milne-Home, Vice Chair, chaired the meeting; he welcomed CClrs Bennet and
        Thomson", "Also in attendance were ... Clrs Giacopazzi and Robertson"): they are
        attendees, each shown to the clerk to check."""
        # "welcomes the elected councillors A, B and C", all listed 'In Attendance': members.
        elected_present(self.attendees, sections)
        if any(a["attendance"] not in ("apologies", "absent") for a in self.attendees):
            return
        if not sections:
            return
        line = self.sections[0].line
        for paragraph in sections[0]["paragraphs"][:3]:
            for kind, pattern in _PROSE_PRESENT:
                for m in pattern.finditer(paragraph["text"]):
                    people, organisation = m["people"], None
                    if body := _BODY_FIRST.match(people):
                        people, organisation = people[body.end() :], body["body"]
                    found = read_people_sentence(people) or []
                    role = m.groupdict().get("role") or ""
                    role = role[:1].upper() + role[1:]  # "took the chair": the Chair
                    for name, own in found:
                        listed = any(a["name"].lower() == name.lower() for a in self.attendees)
                        if _is_person(name) and looks_like_name(name) and not listed:
                            self.add_attendee(name, own or role, kind, organisation)
                            kind_words = kind.replace("_", " ")
                            message = f"{name} is taken from the minutes' text as {kind_words}"
                            self.warn(line, f"{message}; check")

    def apologies_by_initials(self, sections: list[dict[str, Any]]) -> None:
        """ "apologies from SF, HC, AD and AW" under a list that labelled no one's attendance
        ("Mr S Flanagan [SF]" among the governors, read as present): those the initials name
        alone sent apologies (initials naming no one listed, or more than one, are left as they
        are)."""
        if any(a["attendance"] != "present" for a in self.attendees):
            return  # the list said who was there and who was not; the item does not undo it
        for section in sections:
            for paragraph in section["paragraphs"]:
                if not (initials := apologies_initials(paragraph["text"])):
                    continue
                for letters_ in initials:
                    named = [a for a in self.attendees if a.get("initials") == letters_]
                    if len(named) == 1:
                        named[0]["attendance"] = "apologies"

    def apologies_by_body(self, text: str) -> bool:
        """ "Cheshire: John Clark, Harry Hauxley, Derek Pearson" in an apologies item: a body's
        line of its people who sent apologies, as a roll call by body lists those there."""
        group = body_group(text, one=True)
        if not (group and not is_role(group[0]) and (names := _names_only(group[1], 1))):
            return False
        for name in names:
            if all(a["name"].lower() != name.lower() for a in self.attendees):
                self.add_attendee(name, "", "apologies", group[0])
        return True

    def prose_apologies(self, sections: list[dict[str, Any]]) -> None:
        """Apologies given only in the minutes' prose ("Apologies were received from Cllr
        Lindsay.", or names opening the Apologies item) are apologies in the record."""
        if not any(a["attendance"] == "apologies" for a in self.attendees) and (
            apologies_listed_above(sections)
        ):
            # "The above listed apologies were noted." and no list labelled so: the last of
            # the lines of names read as present lost its label.
            line, people = lost_apologies_list(list(self.read_from.values()))
            for person in people:
                person["attendance"] = "apologies"
            if line is not None:
                message = "no label above them; taken as apologies, the list an item says is above"
                self.warn(line, f"These people have {message}; check")
        self.apologies_by_initials(sections)
        amended: set[int] = set()
        for index, section in enumerate(sections):
            apologies_item = "apolog" in section["title"].lower()
            # "2. MINUTES OF PREVIOUS MEETING" / "(ii) Apologies for absence were received from
            # Cllr Gina Needs": the last meeting's record amended, not this meeting's apologies.
            last_minutes = not apologies_item and _LAST_MINUTES.search(section["title"])
            if last_minutes and index < len(self.sections):
                own = self.sections[index]
                amended.update(x.no for p in own.prose + own.numbered for x in p.lines)
            for k, paragraph in enumerate(section["paragraphs"]):
                amends = _AMENDS_WORDS(paragraph["text"]) and _AMENDS_LAST.search(paragraph["text"])
                if last_minutes or amends:
                    continue
                if apologies_item and self.apologies_by_body(paragraph["text"]):
                    continue
                text = english_words(_without_class_labels(paragraph["text"]))
                if not (apologies_item and k == 0) and not _PROSE_WORDS(text):
                    continue  # each pattern read below needs one of the words
                found = [m["people"] for m in _PROSE_APOLOGIES.finditer(text)]
                found += [m["people"] for m in _SENT_APOLOGIES.finditer(text)]
                found += [m["people"] for m in _APOLOGIES_FROM.finditer(text)]
                found += [m["people"] for m in OTHER_APOLOGIES.finditer(text)]  # apologies.py
                found += [m["people"] for m in UNABLE_TO_ATTEND.finditer(text)]
                if apologies_item and k == 0 and not found:
                    # "were received from: Councillors Mr A & Mr B. Also: Cllr C"
                    text = _ACCEPTED.sub("", _RECEIVED_FROM.sub("", _FROM_LABEL.sub("", text)))
                    found = [p.removeprefix("Also: ") for p in _SENTENCE_END.split(text)]
                    found = found[:2] if found[1:2] and found[1].count(" ") < 8 else found[:1]
                for names in found:
                    start = len(self.attendees)
                    # "Mr A and Mr B of the Highland Council, Mr C of Orkney Islands Council".
                    bodies = dict(people_of_bodies(names) or [])
                    people = [(name, "") for name in bodies] or (
                        read_people_sentence(names) or _two_names(names)
                    )
                    for name, role in people:
                        named = looks_like_name(name) or read_person(name) == (name, "")
                        # "... at Danesgate Community PRU had sent his apologies": a body.
                        named = named and not (is_organisation(name) or _BODY_INITIALS.search(name))
                        # "Apologies were received from Mr Ross", often listed already; one
                        # listed as absent sent apologies, as the minutes say here.
                        listed = [a for a in self.attendees if a["name"].lower() == name.lower()]
                        # One listed as invited who sent apologies was not there.
                        away = (
                            ("absent", "present")
                            if getattr(self, "invited", False)
                            else ("absent",)
                        )
                        for absent in (a for a in listed if a["attendance"] in away):
                            absent["attendance"] = "apologies"
                        new = not listed
                        if new and named and _is_person(name):
                            body = bodies.get(name)
                            if role.startswith("from ") and not body:
                                # "Mr P Westerman from Grant Thornton": the body they are from.
                                role, body = "", role.removeprefix("from ")
                            self.add_attendee(name, role, "apologies", body)
                            _capitals_as_body(self.attendees[-1])
                    self.bodies_alike(names, start)
                absent = [*_NO_APOLOGIES.finditer(text), *_DID_NOT_ATTEND.finditer(text)]
                for m in absent:
                    # "Apologies were not received from A, B and C": absent, without apologies.
                    for name, role in read_people_sentence(m["people"].strip()) or []:
                        new = all(a["name"].lower() != name.lower() for a in self.attendees)
                        if new and _is_person(name) and looks_like_name(name):
                            self.add_attendee(name, role, "absent", None)
                for m in _LATENESS.finditer(text):
                    for name, role in read_people_sentence(m["people"]) or []:
                        new = all(a["name"].lower() != name.lower() for a in self.attendees)
                        if new and _is_person(name):
                            self.add_attendee(name, role, "present", None)
                            self.attendees[-1]["note"] = "late"
                for m in _PROSE_SUBSTITUTE.finditer(text):
                    name = m["who"].strip()
                    new = all(a["name"].lower() != name.lower() for a in self.attendees)
                    if new and _is_person(name) and looks_like_name(name):
                        self.add_attendee(name, "", "present", None)
        self.last_minutes_lines = frozenset(amended)
        self.substitutes_for(sections)
        self.without_repeated_lists()

    def without_repeated_lists(self) -> None:
        """A list given again straight after itself (in Welsh, then in English) is one list:
        the first copy left out, and shown (bilingual.repeated_lists)."""
        for start, end in reversed(repeated_lists(self.attendees)):
            dropped = self.attendees[start:end]
            del self.attendees[start:end]
            line = next(
                (line for line, people in self.read_from.values() if dropped[0] in people), None
            )
            if line is not None:
                names = ", ".join(p["name"] for p in dropped)
                self.warn(line, f"Listed again below (another language?); left out once: {names}")
            # Its names are no longer listed twice.
            twice = tuple(f"{p['name']} is listed twice" for p in dropped)
            self.problems[:] = [p for p in self.problems if not p.message.startswith(twice)]


_REPRESENTING = re.compile(r"representing\s+(?P<body>[A-Z].{2,60})", re.IGNORECASE)
# "Representatives of Northern Health & Social Care Trust" alone on its line over the people
# who came from it: their body, as "Representing ..." is (no people after a colon on it).
_REPRESENTATIVES_OF = re.compile(
    r"representatives?\s+(?:of|from)\s+(?P<body>[A-Z][^:,;()]{2,60}?)\s*:?", re.IGNORECASE
)
# "welcomed everyone ...", "was elected ...": a sentence's verb after a name, not a role.
_VERB_FIRST = re.compile(r"(?:[a-z]+ed|was|is|has|had|said|gave|took)\b")
# "(members)", "(officers)": the group a list of names belongs to, not a role.
_GROUP_NOTES = {"members", "officers", "staff", "councillors", "trustees", "governors", "observers"}
# A note on the part of the meeting someone was at: "Minute 1436, 1437, 1438 only".
_PART_NOTE = re.compile(r"\bonly\b|\b(?:minutes?|items?)\s+\d", re.IGNORECASE)
# "Body or post: Name (XX)", one person a line.
_LABELLED = re.compile(letters(r"(?P<label>[A-Z][^:]{1,80}?)\s*:\s+(?P<who>(?:[A-Z]|\()[^:;]*)"))
_NOBODY_YET = re.compile(r"\(?(?:tbc|tba|tbd|vacant|vacancy|to\s+be\s+confirmed)\)?", re.IGNORECASE)
# The last word of a label that names a post, not a kind of member.
_POST_WORDS = {"clerk", "secretary", "minute-taker", "taker", "chair", "chairman", "treasurer"}
_ATTENDANCE_SENTENCE = re.compile(
    letters(
        r"(?:also\s+)?(?P<kind>in\s+attendance)\s+(?:were|was)\s+(?:the\s+)?(?P<people>[A-Z].+)"
    ),
    re.IGNORECASE,
)
_FROM_BODY = re.compile(r"(?P<name>.+?)\s+(?:from|of)\s+(?:the\s+)?(?P<body>[A-Z][\w&'\u2019 -]+)$")


_POST_THEN_NAME = re.compile(r"(?P<post>[A-Z][^()]*?)\s*\((?P<name>[^()]+)\)")


# "Elizabeth (Liz) Steele (LS)": a first name, the name its holder goes by, the surname, and
# perhaps the initials the minutes call them by.
_KNOWN_AS = re.compile(
    r"(?P<first>[A-Z][a-z]+)\s*\((?P<known>[A-Z][a-z]+)\)\s*(?P<last>[A-Z][\w'\u2019-]+)"
    r"(?:\s*\((?P<initials>[A-Z]{2,4})\))?"
)


def _known_as(text: str) -> tuple[str, str] | None:
    """(name, initials) of "First (Known) Surname (KS)" where the bracket is a shorter form of
    the first name ("Liz" in "Elizabeth", "Chris" in "Christopher") or the initials after it are
    the known name's and the surname's; None for a list of people each with a body ("Ann
    (RSPB) Bob (NE)")."""
    m = _KNOWN_AS.fullmatch(text.strip().rstrip(",.;"))
    if not m:
        return None
    first, known, last, initials = m["first"], m["known"], m["last"], m["initials"] or ""
    shorter = len(known) < len(first) and known.lower() in first.lower()
    if not (shorter or initials == f"{known[0]}{last[0]}"):
        return None
    return f"{first} {last}", initials


def _posts_and_names(text: str) -> list[tuple[str, str]] | None:
    """[("", "Conservation Manager"), ("Mr R Vale", "Warden"), ("Mr M Gardner", "")] for a list
    that names some people by their post alone and some by a post with the name in brackets;
    None for any other list."""
    pieces = _split_outside_brackets(text.strip().rstrip("."), re.compile(r"\s*,\s*"))
    found: list[tuple[str, str]] = []
    bracketed = False  # a post with the name in brackets: "Warden (Mr R Vale)"
    for piece in pieces:
        m = _POST_THEN_NAME.fullmatch(piece)
        bare = _BRACKETED.sub("", piece).strip()
        if m and is_role(m["post"]) and looks_like_name(m["name"]):
            found.append((m["name"].strip(), m["post"].strip()))
            bracketed = True
        elif is_role(bare) and not looks_like_name(bare) and (not found or not found[-1][0]):
            # A post alone, first or after another post; after a name it is that name's post.
            found.append(("", bare))
        elif (person := read_person(piece)) and _is_person(person[0]):
            found.append(person)
        else:
            return None
    return found if bracketed and any(not name for name, _ in found) else None


def _split_list(text: str) -> list[str]:
    pieces = [p.strip() for p in re.split(r",\s*|\s+and\s+", text) if p.strip()]
    return [re.sub(r"^(?:and\s+)?(?:the\s+)?", "", p) for p in pieces]


def _post_before_title(text: str) -> tuple[str, str] | None:
    """("Cllr Dean Ward", "Deputy Mayor") for "Deputy Mayor Cllr Dean Ward", one person alone."""
    if re.search(r",|;|\band\b|&", text) or not (m := _POST_BEFORE_TITLE.fullmatch(text)):
        return None
    person = read_person(m["rest"]) if is_role(m["post"]) else None
    if not person or not _is_person(person[0]):
        return None
    return person[0], ", ".join(filter(None, [m["post"].strip(), person[1]]))


def _office_then_name(piece: str) -> tuple[str, str, str | None] | None:
    """("Mr M H Hardy", "NIFCA Chief Executive Officer", None) for "NIFCA Chief Executive
    Officer Mr M H Hardy"; ("Mr R Blackhurst", "", "Seafish") for "Mr R Blackhurst from
    Seafish"; None when the piece names no one."""
    body = None
    if (m := _FROM_BODY.fullmatch(piece)) and read_person(m["name"]):
        piece, body = m["name"], m["body"]
    tokens = piece.split()
    for k, token in enumerate(tokens):
        if (
            token.rstrip(".").lower() in _TITLES
            and (person := read_person(" ".join(tokens[k:])))
            and not person[1]
        ):
            return person[0], " ".join(tokens[:k]), body
    person = read_person(piece)
    return (person[0], person[1], body) if person else None


_BODY_LABEL = re.compile(
    letters(
        r"(?P<body>(?:[A-Z][\w&'\u2019-]*\s+){0,5}(?:Service|Council|Authority|Agency|Department"
        r"|Office|Board|Trust|Police|Executive|Government|Partnership))\s*:\s+(?P<people>[A-Z].+)"
    )
)
_SEMICOLON = re.compile(r"\s*;\s*")
# ", and Councillors Boulton and Dean (...)": the next cluster of a group.
_COMMA_AND = re.compile(r",\s+and\s+")
_LEADING_AND = re.compile(r"^(?:and|&)\s+", re.IGNORECASE)
# "Robin Gwyn, Director of Communications and Tony Lloyd, Head of Administration".
_TWO_WITH_ROLES = re.compile(
    r"(?P<one>[^,;]+?),\s+(?P<role_one>[^,;]+?)\s+and\s+(?P<two>[^,;]+?),\s+(?P<role_two>[^,;]+)"
)
# Table cells a PDF ran together: "N AshtonSuperintendent", "JPuttockSuperintendent": a word
# in lower case that runs into a capital, or an initial glued to a surname.
_GLUED = re.compile(letters(r"(?<=\b[A-Z])(?=[A-Z][a-z]{2})|(?<=[a-z]{3})(?=[A-Z][a-z])"))
# "McDonald", "MacKenzie", "DeVito": capitals inside names.
_NAME_PREFIX = re.compile(letters(r"\b(?:Mc|Mac|Fitz|De|Di|Da|La|Le|Van|Von|O')[A-Z]"))


# Initials after a name, as schools and partnerships write them: "Sue Morison SM", run into the
# surname on a flattened page ("Mark Le MasurierMLM"); "MT Senior Leadership Team" as a role.
_GLUED_INITIALS = re.compile(letters(r"(.+?[a-z'\u2019])\s*([A-Z]{2,4})"))
_ROLE_INITIALS = re.compile(r"([A-Z]{2,4})\s+(?=[A-Z][a-z])")
_BODY_INITIALS = re.compile(r"\s(?!(?:QPM|OBE|MBE|CBE|MP|KC|QC|JP|DL)\b)[A-Z]{3,6}$")
_TWO_BRACKETS = re.compile(r"\(([^()]+)\)\s*\(([^()]+)\)")
_SQUARE_NOTE = re.compile(r"(.+?)\s*\[([^\[\]]+)\]")
# "[CEO]", "[Admin Officer, DFAP]": a post in square brackets and nothing else.
_SQUARE_POST = re.compile(r"\[([^\[\]()]+)\]")


def _written_initials(name: str, initials: str) -> bool:
    """Whether "KOS" are the initials Kim O'Sullivan goes by: they start with the first name's
    initial and end with a capital of the surname ("NDA" for Nicola D Anderton)."""
    words = [w for w in name.split() if w.lower().rstrip(".") not in _TITLES]
    return (
        len(words) >= 2
        and len(initials) <= len(words) + 1
        and initials[0] == words[0][0]
        and initials[-1] in [c for c in words[-1] if c.isupper()]
    )


_INVITED = re.compile(r"invited\s*:?", re.IGNORECASE)
_RECEIVED = re.compile(
    r"\b(?:were|was|had\s+been|have\s+been)\s+(?:received|given|tendered|submitted|noted)\b",
    re.IGNORECASE,
)
# The words of a post wrapped onto a row of their own: "Affairs", "Management & Governance".
_ROLE_TAIL = re.compile(r"[A-Z][a-z]+(?:\s+(?:&|and)\s+[A-Z][a-z]+)*")
# The initials a person goes by in brackets after their post: "Chair (DP)", "Manager, (KE)".
_INITIALS_AFTER = re.compile(r",?\s*\(([A-Z]{2,4})\)\.?$")
# "Tenant (SMacK)": initials written with some of a surname's letters, "Mac" of MacKenzie.
_MIXED_INITIALS_AFTER = re.compile(r",?\s*\(([A-Z][a-z]{0,3}[A-Z][A-Za-z]{0,3})\)\.?$")
# "Councillor A, for whom Councillor B was substitute": a member's apologies and who sat for them.
# "Welcome & Apologies from the Chair", "Welcome, introductions and apologies": the opening item
# that holds the attendance.
_OPENING_ITEM = re.compile(r"\b(?:welcome|apolog\w*|attendance|introductions?)\b", re.IGNORECASE)
# "Apologies for absence were received from: ...": a sentence, not a label.
_LABEL_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|been)\b", re.IGNORECASE)
# "A, B, C. [Attendance Record not collected]": the clerk's note after a list, in square brackets.
_NOTE_AFTER = re.compile(r"(?P<text>.+?[.,]?)\s*(?P<note>\[[^\]]+\])")
_FOR_WHOM = re.compile(r",?\s+for\s+whom\s+(?:Councillor|Cllr|Mr|Mrs|Ms|Dr)\b", re.IGNORECASE)
# "Presented By: Chair": who presents a ModernGov item, over its minutes; nobody's apologies.
_PRESENTED_BY = re.compile(r"presented\s+by\s*:", re.IGNORECASE)
_COUNCILLOR = re.compile(r"(?:County\s+|Cty\s+)?(?:Councillor|Cllr)\.?\s", re.IGNORECASE)
_PARTIES = {
    "lab", "labour", "con", "conservative", "lib dem", "ld", "liberal democrat", "green", "ind",
    "independent", "snp", "plaid cymru", "pc", "reform", "reform uk", "ukip", "alliance", "dup",
    "uup", "sdlp", "sinn fein", "sinn féin",
}  # fmt: skip


def _capitals_of(name: str, initials: str) -> bool:
    """Whether "SMacK" is written from Sandra MacKenzie's name: its capitals are the name's
    capitals, in order, with a few of its letters between ("Mac")."""
    words = [w for w in name.split() if w.lower().rstrip(".") not in _TITLES]
    capitals = [c for w in words for c in w if c.isupper()]
    return len(capitals) >= 2 and [c for c in initials if c.isupper()] == capitals


def _names_with_initials(cells: list[str]) -> list[tuple[str, str]]:
    """(name, initials) for each pair of a row of two people or more, each a name, then the
    initials the minutes call them by ("Wendy Stott | WS | Nigel Websper | NW"); [] for any
    other row."""
    if len(cells) < 4 or len(cells) % 2:
        return []
    pairs = list(zip(cells[::2], cells[1::2], strict=True))
    for name, initials in pairs:
        m = _NAME_BRACKET.fullmatch(name)
        bare = m["name"] if m else name
        if not (_INITIALS.fullmatch(initials) and _is_person(bare) and _goes_by(bare, initials)):
            return []
    return pairs


def _goes_by(name: str, initials: str) -> bool:
    """Whether "SSh" may be what the minutes call Steve Sharples: the first name's initial,
    then no more letters than the name could give."""
    words = [w for w in name.split() if w.lower().rstrip(".") not in _TITLES]
    return bool(words) and initials[0] == words[0][0] and len(initials) <= len(words) + 2


def _capitals_as_body(person: dict[str, Any]) -> None:
    """ "Apologies were received from Clare Connor and David Brooker (DCMS)": capitals in
    brackets after a name in the minutes' prose, not that person's initials and no post, are
    the body they come from."""
    caps = person.get("initials") or ""
    theirs = not caps or _initials_of(person["name"], caps) or is_role(caps)
    if not (theirs or person["organisation"]):
        del person["initials"]
        person["organisation"] = caps


def _initials_of(name: str, initials: str) -> bool:
    """Whether "AB" could be Avi Bhatia's initials, not a role's ("RFO Clive Baker"); each part
    of a double-barrelled name gives its own ("RHC", Rosemary Heath-Coleman: QA F6)."""
    firsts = {p[0] for w in name.split() for p in w.split("-") if p[:1].isupper()}
    return all(c in firsts for c in initials if c.isupper())


_SHORT_CAPITALS = re.compile(r"[A-Z][A-Z&]{1,5}")
_NUMBERED_LABEL = re.compile(r"\d{1,3}\.\d{1,3}\.?\s*(?P<text>[A-Z].*)")


def _two_names(text: str) -> list[tuple[str, str]]:
    """ "Richard Childs and Sue Westbrook": two people named in an apologies sentence."""
    pieces = re.split(r"\s+(?:and|&)\s+", text.strip().rstrip("."))
    if len(pieces) == 2 and all(looks_like_name(p) and not is_role(p) for p in pieces):
        return [(p, "") for p in pieces]
    return []


# "Jane Doe (JD) - Chair", "Martin McDonald (MMcD) - Board Member", "George McIlroy (GMcI)-
# Board Member" (no space between the bracket and the dash; a hyphen or a dash).
# A post in brackets, then with no comma a name's first word and surname: "(Co-Chair) John Crago".
_BRACKETED_POST_NAME = re.compile(
    letters(r"(\(([^()]{2,40})\))\s+(?=[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?:Ma?c|O')?[A-Z][a-z])")
)
_INITIALS_DASH_ROLE = re.compile(
    letters(
        r"(?P<name>.+?\((?:[A-Z]{2,4}[a-z]?|[A-Z]{1,2}Ma?c[A-Z]{1,2})\))\s*[-\u2013\u2014]\s+"
        r"(?P<role>\S.*)"
    )
)
_PAIR_WITH_ROLE = re.compile(r"(?P<one>[^,&]+?)\s+(?:and|&)\s+(?P<two>[^,&]+?),\s+(?P<role>[^,]+)")
# Those present named in the text of the first item, where the minutes list nobody.
_PROSE_PRESENT = [
    ("present", re.compile(letters(
        r"(?P<people>(?:[A-Z][\w'\u2019-]*\s+){1,3}[A-Z][\w'\u2019-]+),\s*(?P<role>Vice[- ]Chair"
        r"(?:man|person)?|Chair(?:man|person)?),\s+chaired\s+the\s+meeting"
    ))),
    ("present", re.compile(
        r"\bwelcomed\s+(?P<people>(?:CClrs?|Clrs?|Cllrs?|Councillors?)\s+[^.;]+?)(?=[.;]|$)"
    )),
    ("present", re.compile(letters(
        r"(?P<people>(?:CClr|Clr|Cllr|Councillor)\s+[A-Z][\w'\u2019-]+)\s+(?:later\s+)?joined\s+"
        r"the\s+meeting"
    ))),
    # "The Chairman, Councillor Tatler, welcomed everyone to the meeting": who chaired, by post.
    ("present", re.compile(letters(
        r"\bThe\s+(?P<role>(?:Vice[- ])?Chair(?:man|person)?|Convener|Convenor),\s+"
        r"(?P<people>(?:CClr|Clr|Cllr|Councillor)\s+(?:[A-Z]\.?\s*)?[A-Z][\w'\u2019-]+),\s+"
        r"(?:welcomed|opened|chaired)\b"
    ))),
    ("in_attendance", re.compile(
        r"\b(?:also\s+)?in\s+attendance\s+(?:were|was)\s+(?P<people>[^.;]+?)(?=[.;]|$)", re.I
    )),
    # "Mrs K Creese took the chair.", a sentence of its own: who chaired, by name.
    ("present", re.compile(letters(
        r"(?:^|(?<=[.!?]\s))(?P<people>(?:(?:Mrs|Mr|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?"
        r"(?:[A-Z]\.?\s+){0,2}(?:[A-Z][\w'\u2019-]+\s+){0,2}[A-Z][\w'\u2019-]+)\s+"
        r"(?:took|was\s+in|occupied)\s+the\s+(?P<role>[Cc]hair)\b"
    ))),
]  # fmt: skip
# "Perth & Kinross Council (PKC) Clrs ...": the body the people come from, first.
_BODY_FIRST = re.compile(
    r"(?P<body>(?:[A-Z][\w&'-]*\s+|&\s+){1,5}Council)\s*(?:\([A-Z]{2,6}\)\s*)?"
)
_NOT_NAMES = {"contents", "index", "agenda", "minutes", "item", "items", "notes"}
_MEETING_WORD = re.compile(r"\bmeeting\b", re.IGNORECASE)
_MEETING_TITLE_WORDS = 6
_ITEM_START = re.compile(r"\d{1,3}\.\s*[A-Z]")


def _name_wraps(text: str, below: str) -> bool:
    """ "..., Sophie Farmer, Win" / "Harris, Dr Pearl ...": a list's line that ends inside a
    name, the surname starting the next line (PDF cells wrap where the width runs out)."""
    m, n = _NAME_START_LAST.search(text), _SURNAME_NEXT.match(below)
    return bool(m and n and looks_like_name(f"{m[1]} {n[1]}"))


def _goes_on(text: str) -> bool:
    return bool(_LIST_GOES_ON.search(text)) or text.count("(") > text.count(")")


def _unglue(text: str) -> str:
    if _NAME_PREFIX.search(text) or not _GLUED.search(text):
        return text
    # The first word run into a capital is where the name's cell ended ("Mr I MilesGrant
    # Thornton", "Mandy BriggsTeesside Magistrates Court"): a dash parts the name from the rest.
    text = _INITIAL_GLUED.sub(" ", text)
    m = _CELL_GLUED.search(text)
    if m and " " in text[: m.start()] and looks_like_name(text[: m.start()]):
        text = f"{text[: m.start()]} \u2013 {text[m.start() :]}"
    return _GLUED.sub(" ", text)


_INITIAL_GLUED = re.compile(letters(r"(?<=\b[A-Z])(?=[A-Z][a-z]{2})"))
_CELL_GLUED = re.compile(letters(r"(?<=[a-z]{3})(?=[A-Z][a-z])"))


# An attendance table's column names, and what each column holds.
_TABLE_COLUMNS = {
    "name": "name", "names": "name", "member": "name", "members": "name", "attendee": "name",
    "attendees": "name", "role": "role", "roles": "role", "title": "role", "job title": "role",
    "position": "role", "designation": "role", "post": "role", "office": "role",
    "organisation": "organisation", "organization": "organisation",
    # "Name | Representing": the body each member sits for (a health and wellbeing board's).
    "representing": "organisation", "authority": "organisation", "council": "organisation",
    "body": "organisation", "directors": "name", "trustees": "name", "governors": "name",
}  # fmt: skip


def _table_column(column: str) -> str:
    """What an attendance table's column holds: "name", "role", "organisation", "" (another,
    such as "Attendance", whose cells say the kind), or "post or body" for a column named by
    both ("Role / Authority"), each row holding one or the other."""
    column = column.strip(" :")
    if key := _TABLE_COLUMNS.get(column):
        return key
    keys = {_TABLE_COLUMNS.get(part, "") for part in COLUMN_JOIN.split(column) if part}
    return "post or body" if keys == {"role", "organisation"} else ""


# "Cllr Nicola Greene (Chairman)": a name cell with a bracket after the name.
_NAME_BRACKET = re.compile(r"(?P<name>[^()]+?)\s*\((?P<inner>[^()]+)\)")
# Titles before a name, which are not the name itself.
_TITLES = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "cllr", "councillor", "rev", "reverend", "canon", "the", "rt", "hon",
}  # fmt: skip


# "Chair of Parish Flood Liaison Group": a post of a group or body named after "of".
_POST_OF_BODY = re.compile(
    r"(?P<post>(?:Vice[- ])?Chair(?:man|person)?|Secretary|Treasurer)\s+of\s+(?:the\s+)?"
    r"(?P<body>(?:[A-Z][\w&'\u2019-]*\s+){1,6}(?:Group|Forum|Association|Society|Trust|Board))"
)
# "Westshire County Council (minute taker)": the body, then the post in lower case in brackets.
_BODY_NOTE = re.compile(r"(?P<body>[A-Z][^()]+?)\s*\((?P<note>[a-z][^()]*)\)")
_COUNCILLOR_OF = re.compile(r"(?P<body>[A-Z][^()]+?)\s+Councillor")


def _bare_post_cell(cells: list[str]) -> tuple[str, str | None, str]:
    """The post, body and note in the third cell of "Name | initials | cell" rows: "Chair of
    Parish Flood Liaison Group" is the chair of that group; "Westshire Council (minute taker)"
    the body, then the post; "Westshire Council Councillor" after "Cllr Jo Grey" the council
    (the title says the post). Any other cell is the post as written."""
    cell = cells[2]
    if m := _POST_OF_BODY.fullmatch(cell):
        return m["post"], m["body"], ""
    m = _BODY_NOTE.fullmatch(cell)
    if m and not is_role(m["body"].split()[0]) and len(m["body"].split()) >= 2:
        return m["note"], m["body"], ""
    titled = cells[0].split()[0].rstrip(".").lower() in ("cllr", "councillor")
    if titled and (m := _COUNCILLOR_OF.fullmatch(cell)) and not is_role(m["body"].split()[0]):
        return "", m["body"], ""
    return cell, None, ""


def _post_then_name(text: str) -> tuple[str, str] | None:
    """ "Vice Chair Luke Morgan": a post, then a whole name, with no comma between, each
    person on a line of their own; ("Luke Morgan", "Vice Chair"), else None."""
    found = read_person(text)
    if not found or not found[1] or not text.startswith(f"{found[1]} "):
        return None
    name, post = found
    if not text.endswith(f" {name}") or len(name.split()) < 2 or not is_role(post.split()[-1]):
        return None
    return (name, post) if looks_like_name(name) else None


def _name_then_role(person: tuple[str, str]) -> tuple[str, str]:
    """ "Mr I Cosh Director of Resources, Lancashire Constabulary": a name with initials, then
    its role without a comma; the role runs on to what the comma set apart. "Professor Fiona
    Coutts Dean, Health Sciences": a post's word after a whole name."""
    name, role = person
    tokens = name.split()
    for k in range(2, len(tokens)):
        # "Cllr R Henry Stevenage Borough Council": initials and a surname, then the council.
        if (
            any(_INITIAL.fullmatch(t) for t in tokens[: k - 1])
            and _initialled_surname(" ".join(tokens[:k]))
            and _AUTHORITY.fullmatch(rest := " ".join(tokens[k:]))
        ):
            return " ".join(tokens[:k]), ", ".join(filter(None, [rest, role]))
    initialled = any(len(t.rstrip(".")) == 1 and t[:1].isupper() for t in tokens[:3])
    found = read_person(name) if initialled and len(tokens) > 2 else None
    # "Mr J Alun Foulkes" is a name with an initial and two names, not "Mr J Alun", "Foulkes".
    if found and found[1] and name.startswith(found[0]) and is_role(found[1]):
        return found[0], ", ".join(filter(None, [found[1], role]))
    k = len(tokens)
    while k > 1 and is_role(tokens[k - 1]) and not tokens[k - 1].isupper():
        k -= 1
    named = [t for t in tokens[:k] if t.lower().rstrip(".") not in _TITLES]
    if 0 < k < len(tokens) and len(named) >= 2 and not initialled:
        return " ".join(tokens[:k]), ", ".join(filter(None, [" ".join(tokens[k:]), role]))
    return person


def _initialled_surname(name: str) -> bool:
    """ "Cllr J Dean", "Dr Clerk", "M J Walker": honorifics or initials, then one word, which
    is a surname even where it is also a post's word ("Dean", "Clerk"); a post's word makes a
    post only where no honorific or initial comes before it ("Dean of Medicine")."""
    *before, last = name.split() or [""]
    return (
        bool(before)
        and last[:1].isupper()
        and all(t.lower().rstrip(".") in _TITLES - {"the"} or _INITIAL.fullmatch(t) for t in before)
    )


def _capital_surname(name: str) -> bool:
    """ "Lynne SHORT": the surname in capitals, as Scottish minutes write it."""
    last = name.split()[-1]
    return len(last) > 1 and last.isupper()


def _post_alone(name: str) -> bool:
    """An attendee named by a post alone ("Chief Executive", "Monitoring Officer"), as officers
    are listed one a line: the line below is another officer's post, never this one's role."""
    return is_role(name) and read_person(name) is None


def _a_row(line: Line) -> bool:
    return bool(line.cells)


def _two_cells(line: Line) -> bool:
    return len(line.cells) == 2


def _person_cell(cell: str) -> bool:
    """A table cell that starts with a person's name and says more of them after it: ", Post,
    Body", " (Chair)", " & Stuart Langston, Body" (a cell of a name alone may be a name | body
    table's: "Tony Burton | Civic Voice")."""
    head, *more = re.split(r",|\(", cell, maxsplit=1)
    return bool(more) and all(_one_name(n.strip()) for n in re.split(r"\s(?:&|and)\s", head))


def _one_name(cell: str) -> bool:
    """A table cell that holds a person's name and nothing else: no post, body or note."""
    return (
        "," not in cell
        and looks_like_name(cell)
        and _is_person(cell)
        and not is_organisation(cell)
        and (not is_role(cell) or _initialled_surname(cell))
        # "Southend Flying Clubs", "Harbour Master": a body or a post, not a second name.
        and not (reads_as_body(cell) or names_a_post(cell))
    )


def _body_label_cell(cells: tuple[str, ...], known: set[str]) -> str | None:
    """The body a table row's first cell names as its label ("POLICE AUTHORITY STAFF:",
    "HER MAJESTY'S INSPECTORATE OF CONSTABULARY:"), in capitals and ending in a colon, where it
    is no kind of attendance and the row goes on with a person."""
    first = cells[0].strip()
    label = first.rstrip(":").strip()
    if not first.endswith(":") or not any(c.strip() for c in cells[1:]):
        return None
    if read_kind_heading(first, known) or not is_all_caps(label) or not is_organisation(label):
        return None
    return label


# "Jane Bell (JB) : Head of Nursing, ...": a person's entry, the initials then a colon.
_COLON_ENTRY = re.compile(r".+?\([A-Z][A-Za-z]{1,4}\)\s*:\s*\S")
# "(item 13)", "(items 1-3)" at a wrapped post's end: the items the person was there for.
_ITEMS_NOTE = re.compile(r"\s*\((items?\s+[^()]+)\)\s*$", re.IGNORECASE)


def _representing_cell(cells: tuple[str, ...]) -> str | None:
    """The body a table row's first cell names as "Representing X" ("Representing North Devon
    Council", "Representatives of X Trust"), where the row goes on with its people."""
    first = cells[0].strip()
    m = _REPRESENTING.fullmatch(first) or _REPRESENTATIVES_OF.fullmatch(first)
    if not m or not any(c.strip() for c in cells[1:]):
        return None
    body = m["body"].rstrip(": ")
    return body if len(body.split()) > 1 else None


def _places_in_brackets(people: list[dict[str, Any]]) -> None:
    """ "Pat Costain, (Circuit Steward), ..., Marion Watterson, (Abbeylands), Dorrie Garton,
    (Abbeylands)": a list whose brackets give some people their posts and others the church or
    place they come from, each place for two people or more; a bracket that names no post and
    is shared is where they come from, not a post."""
    roles = [p["role"] for p in people if p["role"] and not p["organisation"]]
    if len(roles) < 6 or not any(is_role(r) for r in roles):
        return
    shared = {r for r in roles if roles.count(r) >= 2 and not is_role(r)}
    if len(shared) < 3:
        return
    for person in people:
        role = person["role"]
        if role and not person["organisation"] and not is_role(role) and _PLACE.fullmatch(role):
            person["role"], person["organisation"] = "", role


# A place's or a church's name: one to three capitalised words ("Abbeylands", "Port St. Mary").
_PLACE = re.compile(r"(?:[A-Z][\w.\u2019'-]*)(?:\s+[A-Z][\w.\u2019'-]*){0,2}")


def _is_person(name: str) -> bool:
    words = name.split()
    return (
        0 < len(words) <= 6
        # "The Town Manager", "Contents": a post or a page's heading, not a person's name.
        and words[0].lower() != "the"
        and name.lower().strip(" :") not in _NOT_NAMES
        # "Annual General Meeting", "Board Meeting": a title line naming the meeting.
        and not _MEETING_WORD.search(name)
        and name[:1].isupper()
        and not name.endswith(".")
        and not re.search(r"[\d:]", name)
        # "Attended remotely" is a footnote, not a person; "d'Souza" and "van Dyke" are names.
        and all(w in _NAME_PARTICLES or any(c.isupper() for c in w) for w in words)
    )


def _names_only(text: str, least: int = 2) -> list[str]:
    """The people of a list that names them and nothing else ("Ken Davies, Bob Downing"), two
    or more (or `least`), each a name with no post; else []."""
    names = _split_list(text)
    if len(names) < least or not all(
        looks_like_name(n) and _is_person(n) and not is_role(n) for n in names
    ):
        return []
    return names


def _names_a_person(label: str) -> bool:
    """Whether a group's label is a person or a post ("Paddy Tipping: Chair, ..."), not a body."""
    return is_role(label) or looks_like_name(label)
