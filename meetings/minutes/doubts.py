"""The reader's doubts about what it read, once the record is made: values no rule failed on that
have the shape of a misreading, each listed under "Lines to check" with its line and a reason a
clerk can act on, so that a wrong value is not published unremarked. Only shapes: a body's name
that is a label, a number or a day, or that stops at "for" or "held on", or none at all; a role
cut off at "and", holding a second person, a bracketed mark or a note on the attendance; a
"person" whose name holds a heading's words, a label's dash or a body's initials, or is an
item's heading ("Matters Arising"); an item's heading read as a paragraph of the item above;
a sub-heading above the first item read; and a line that names people, above the first item or
giving apologies, from which no one was read. What was read is never changed."""

import re
from collections.abc import Collection
from typing import Any

from meetings.minutes.attendance import read_kind_heading
from meetings.minutes.lines import Line, Problem
from meetings.minutes.people import (
    _POST_NOMINALS,
    FULL_STOP,
    is_organisation,
    is_role,
    looks_like_name,
    read_person,
)
from meetings.minutes.person_names import THING_WORDS, reads_as_person

# Words a phrase does not end on: a role or a body's name ending on one was cut at a line's end.
_JOINING = {
    "and", "of", "for", "the", "to", "in", "on", "at", "with", "by", "a", "an", "&", "-", "/",
    "//", "\u2013", "\u2014",
}  # fmt: skip
# A title that starts the next person's name ("Hertsmere Borough Council (Chairman) Cty"), cut
# off at the end of a role.
_CUT_TITLES = {"cty", "cllr", "cllrs", "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame"}
# A person's initials read as the start of a role ("OH, Vice Principal").
_INITIALS_FIRST = re.compile(r"[A-Z]{2,4},\s")
# Part of a heading rather than a name: a label ("Agenda Item:"), a tick box, a leading number or
# ordinal ("766TH", "19 GHC"), a date in figures.
_NOT_A_NAME = re.compile(
    r":|\u2610|\u2612|^\d|\b\d+(?:st|nd|rd|th)\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b",
    re.IGNORECASE,
)
# The meeting's or the record's words, never a body's ("Meeting (No), Neston Town Centre
# Committee", "Board decisions"); a parish meeting is a body ("Annual Parish Meeting").
# "Parish Meeting", a Methodist "Circuit Meeting", a "Church Meeting": bodies named "meeting".
_RECORD_WORD = re.compile(
    r"(?<!\bparish\s)(?<!\bcircuit\s)(?<!\bchurch\s)\bmeeting\b|\b(?:decisions|minutes|agenda)\b",
    re.I,
)
# Bodies whose own minutes name them by one word: a local authority's full council and its
# cabinet, a university's senate or court.
_ONE_WORD_BODIES = {"council", "cabinet", "senate", "court"}
_TITLES = r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Cllr|Councillor)"
# A titled name inside a role ("Head of Finance; Dr Rob Buckle"): a second person read into it.
_TITLED_NAME = re.compile(rf"(?<![\w(]){_TITLES}\.?\s+[A-Z][a-z]")
# "Deputising for Cllr Lee", "on behalf of Dr Shah": another person named on purpose.
_ON_BEHALF = re.compile(r"\b(?:for|of|behalf|substitut\w*|deputis\w*|represent\w*)\b", re.I)
# "with Cllr Fotheringham substituting": another person named on purpose, the word after.
_SUBSTITUTING = re.compile(r"\b(?:substitut|deputis|deputiz)\w*", re.IGNORECASE)
# The heading of a group of people read as their body: "Leaders of North Wales local authorities".
_GROUP = re.compile(
    r"(?:Leaders|Members|Representatives|Officers|Officials|Trustees|Governors|Directors"
    r"|Councillors|Observers|Attendees|Invitees|Guests)\b"
)
# A note on the attendance at a role's end: "(part)", "(Item 8)", "(joined the meeting at 09.35)",
# "attended for part of the meeting.", "(on behalf of Ted Allen)".
_NOTE_IN_ROLE = re.compile(
    r"[,(]\s*(?:(?:in\s+)?part(?:-time)?|items?\s+[\w.,/&\s-]+|(?:joined|left|arrived|attended|"
    r"on\s+behalf|deputising|substituting)\b[^()]*|minutes)\s*\)?\.?$",
    re.IGNORECASE,
)
# Two capitals in brackets at a post's end: "Chair (BF)", a mark or someone's initials, not the
# post's ("Vice Chair (VC)"); three or more may be a body's ("Director of HR (MPS)").
_END_CAPITALS = re.compile(r"\s\(([A-Z]{2})\)\.?$")


def _unexplained_capitals(role: str) -> bool:
    """Whether `role` ends in capitals in brackets that do not stand for its words ("General
    Manager (WDLT)", "Treasurer (NB)"; not "Senior Leadership Team (SLT)")."""
    m = _END_CAPITALS.search(role)
    if not m:
        return False
    starts = [w[0].upper() for w in re.findall(r"[^\W\d_]+", role[: m.start()])]
    first, second = m[1][0], m[1][1]
    return not any(c == first and second in starts[k + 1 :] for k, c in enumerate(starts))


# What no person's name holds: a heading's words ("Board Meeting (Business)"), a label's dash or
# colon ("Secretariat -Quentin Fisher"), a body's initials before a title ("CHC Dr Brendan Lloyd";
# not a police rank: "ACC Mark Callaghan").
_NOT_A_PERSON = re.compile(
    r"(?i:\b(?:meeting|minutes|agenda|item)\b)|\s[-\u2013]|[-\u2013]\s|:"
    rf"|\b(?!(?:ACC|DCC|PFCC|HH)\b)[A-Z]{{2,}}\s+{_TITLES}\b"
)

# Initials or a mark in brackets read into a name ("Dr S Humphrey [SH] (PAFTG)"); not a name
# someone goes by ("Dr Rosalind (Polly) Blakesley").
_BRACKET_IN_NAME = re.compile(r"[\[\]]|\([A-Z]{2,6}\)")

# A nation's name last, or its adjective first, in a "name" with no title: a body's name read
# as a person's from a row "Andrew Fulton, Historic Scotland" ("Marine Scotland", "Scottish
# Natural Heritage"); a titled surname may be one ("Prof G England", "Councillor Sheena Welsh").
_NATION_IN_NAME = re.compile(
    r"\b(?:Scotland|Wales|England|Ireland|Britain|UK)$"
    r"|^(?:Scottish|Welsh|British|English|Irish|Northern|National|Royal)\b"
)
_TITLED_START = re.compile(rf"{_TITLES}\b|(?i:lord|lady|baroness|rt|the)\b")


def doubts(
    record: dict[str, Any], lines: list[Line], first_item: int = 0, checked: Collection[int] = ()
) -> list[Problem]:
    """The lines to check for values of `record` that look misread (see the module); `first_item`
    is the number of the first item's line (0: not known), `checked` those of the lines the
    reader has listed already, which need no second reason to be looked at."""
    problems = _board_doubts(record.get("board") or "", lines)
    # Each line's text in small letters once, not once an attendee (QA F10: 2 MB of minutes).
    lowered = [line.text.lower() for line in lines]
    for person in record.get("attendees", []):
        problems += _attendee_doubts(person, lines, lowered)
    problems += _people_as_items(record.get("sections", []), lines)
    problems += _titles_run_in(record.get("sections", []), lines)
    problems += _titles_cut(record.get("sections", []), lines)
    problems += _titles_as_paragraphs(record.get("sections", []), lines, checked)
    problems += _items_above(lines, first_item, checked)
    unread = [line for line in lines[1:] if line.no not in checked]
    return problems + _unread_people(record.get("attendees", []), unread, first_item)


# A sentence giving apologies: "Apologies for absence were received from ...", "Apologies: ...".
_APOLOGIES = re.compile(
    r"\bapolog(?:y|ies)\b(?:[^.:]*?\bfrom\b|[^.:]*?\bon\s+behalf\s+of\b|\s*:)", re.IGNORECASE
)
# A list of people under its label: "In attendance: ...", "Present - ...".
_ATTENDANCE_LABEL = re.compile(
    r"^(?:present|(?:also\s+)?in\s+attendance|also\s+present|attendees|absent)\s*[:\-\u2013]",
    re.IGNORECASE,
)
# Words of a place, a label or a heading, never of a person's name written without a title:
# "Kydd Building", "Meeting Date", "The Town", "As above".
_NOT_IN_A_NAME = {
    "the", "as", "above", "below", "from", "to", "not", "also", "present", "meeting", "date",
    "time", "update", "building", "drive", "lodge", "road", "street", "avenue", "centre",
    "center", "room", "suite", "chamber", "chambers", "floor", "square", "crescent", "focus",
    "town", "city", "county", "council", "in", "attendance", "apologies", "absent", "attendees",
    "external", "guests", "members", "member", "co-opted", "non-voting", "voting", "officers",
    "officials", "by", "of", "and", "for", "team", "teams", "virtual",
}  # fmt: skip
# Written as a title is ("Ms Lee", "COUNCILLOR LEE"), never "MS Teams".
_TITLED = re.compile(
    rf"^(?:{_TITLES}|Lord|Lady|Baroness|Senator|Deputy|COUNCILLOR|CLLR)\.?\s+(?!Teams\b)[A-Z]"
)
# A titled person's attendance said in a line of its own: "Senator P Routier - excused attendance".
_ATTENDANCE = re.compile(r"\b(?:present|absent|attendance|excused)\b", re.IGNORECASE)
# A label before a list of people: "In attendance:", "Present -", "Members:".
_LABEL = re.compile(r"^[^:]{0,40}:\s+|^[A-Za-z ]{1,30}\s[-\u2013]\s+")
_PIECES = re.compile(r"\s*[;,]\s*|\s+and\s+|\s*&\s*|\s+[-\u2013]\s+")


def _unread_people(
    people: list[dict[str, Any]], lines: list[Line], first_item: int
) -> list[Problem]:
    """Lines naming people no one was read from: above the first item (where the attendance is),
    a list under an attendance label, a sentence giving apologies or a titled person's attendance
    anywhere. A line from which anyone was read is not doubted: its others were likely read too,
    or are named for another reason."""
    # Each surname read, with the first name or initial before it if any ("liz rooke").
    named = {tuple(words[-2:]) for person in people if (words := _surname_words(person))}
    problems = []
    for line in lines:
        above = first_item and line.no < first_item
        said = _APOLOGIES.search(line.text) or _ATTENDANCE_LABEL.match(line.text)
        if not (above or said or (_TITLED.match(line.text) and _ATTENDANCE.search(line.text))):
            continue
        # A surname at a word's start: "Steven RoseChief Executive", a PDF's words run together.
        if _someone_read(_words(line.text), named) or (above and _YEAR.search(line.text)):
            continue  # someone was read from it; or the heading's date and place
        # Above the first item and with no label saying so, only a titled name or one followed
        # by a post ("Celine Ries - Clerk") is taken for a person: not "Venue: Civic Hall".
        if _names_people(_APOLOGIES.split(line.text)[-1], strict=not said):
            message = (
                "No one was read from this line as present, in attendance or giving apologies, "
                "though it names people; check the attendance"
            )
            problems.append(Problem(line.no, line.raw, message, "warning"))
    return problems


# Words before a surname that are no one's first name: "Cllr Lee", "Revd Lee".
_TITLE_WORDS = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "cllr", "cllrs",
    "councillor", "councillors", "revd", "rev", "canon", "lord", "lady", "baroness", "the",
    "senator", "deputy", "sgt", "insp", "supt",
}  # fmt: skip


def _someone_read(words: list[str], named: Collection[tuple[str, ...]]) -> bool:
    """Whether a line's `words` name someone read (`named`: their surname, after the first name
    or initial if any): the surname at a word's start ("Steven RoseChief Executive", a PDF's
    words run together), unless both it and the line give a first name before it and the two
    start apart ("Liz Rooke" in an apologies line is not "Peter Rooke", read as present)."""
    for *first, surname in named:
        for k, word in enumerate(words):
            if not word.startswith(surname):
                continue
            before = words[k - 1] if k else ""
            given = first[0] if first else ""
            if not (
                len(before) > 1
                and len(given) > 1
                and before not in _TITLE_WORDS
                and given not in _TITLE_WORDS
                and before[0] != given[0]
            ):
                return True
    return False


def _surname_words(person: dict[str, Any]) -> list[str]:
    """A person's name's words up to the surname: "Rt Hon Ann Lee MP" ends at "lee"."""
    words = _words(person.get("name") or "")
    while len(words) > 1 and words[-1] in _POST_NOMINALS:
        words.pop()
    return words


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _words(text: str) -> list[str]:
    """The words of `text` in lower case, without footnote marks ("Ward¹") or stops."""
    return [w.lower() for w in re.findall(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*", text)]


def _names_people(text: str, strict: bool = False) -> bool:
    """Whether a piece of `text` reads as a person's name (titled, or without a word no name
    holds; `strict`: titled, or with a post after it)."""
    text = _LABEL.sub("", text.strip(), count=1) + ";" + text  # with its label or none
    text = re.sub(r"\([^()]*(?:\([^()]*\)[^()]*)*\)|\[[^]]*\]", " ", text)
    for piece in _PIECES.split(text):
        person = read_person(piece.strip(" .-\u2013")) if piece.strip(" .") else None
        if not person or not looks_like_name(name := person[0]) or is_organisation(name):
            continue
        words = name.split()
        if _TITLED.match(name):
            return True
        if strict and not (person[1] and is_role(person[1])):
            continue
        if all(w[:1].isupper() for w in words) and not {w.lower() for w in words} & _NOT_IN_A_NAME:
            return True
    return False


def _line_holding(
    text: str, lines: list[Line], also: str = "", lowered: list[str] | None = None
) -> Line | None:
    """The first line holding `text`, and the start of `also` if any does ("Rob Lane" and his
    role, not "Dr Rob Lane" in someone else's); `lowered` is the lines' texts in small letters."""
    wanted = " ".join(text.split()).lower()
    if lowered is None:
        lowered = [line.text.lower() for line in lines]
    holding = [k for k, low in enumerate(lowered) if wanted and wanted in low]
    start = " ".join(also.split()[:3]).lower()
    found = next((k for k in holding if start in lowered[k]), None)
    found = holding[0] if found is None and holding else found
    return None if found is None else lines[found]


def _last_word(text: str) -> str:
    words = text.strip(" .,;:").split()
    return words[-1].lower() if words else ""


_NO_BOARD = "No body's name was read from the minutes' heading"
_BOARD_READ = "The body's name is read as "


def about_the_board(problem: Problem) -> bool:
    """Whether `problem` is a doubt about the body's name: no use where minutes are pasted into
    a draft, which keeps its own heading whatever the minutes' says."""
    return problem.message.startswith((_NO_BOARD, _BOARD_READ))


def _board_doubts(board: str, lines: list[Line]) -> list[Problem]:
    first, board = lines[0], board.strip().rstrip(":").strip()
    if not board:
        message = (
            f"{_NO_BOARD}: check the heading above the "
            "first item was read (the record keeps the board it is imported into)"
        )
        return [Problem(first.no, first.raw, message, "warning")]
    if _NOT_A_NAME.search(board):
        reason = "it reads as part of the heading (a label, a number or a day), not a name"
    elif _last_word(board) in _JOINING or board.lower().endswith(("held on", "meeting of")):
        reason = f"it ends on '{board.split()[-1]}', so the heading's next words may be missing"
    elif m := _RECORD_WORD.search(board):
        reason = f"it holds '{m[0]}', a word of the heading rather than of a body's name"
    elif _one_word_of_heading(board, lines):
        reason = "it is one word, which does not say whose it is (the heading's other words may)"
    else:
        return []
    line = _line_holding(board, lines) or first
    message = f"{_BOARD_READ}'{board}', but {reason}; check"
    return [Problem(line.no, line.raw, message, "warning")]


def _one_word_of_heading(board: str, lines: list[Line]) -> bool:
    """Whether the body's name is one word taken from a longer line of the heading ("Board
    minutes: 7 December 2022", "APPROVED COMMITTEE MINUTES", "Minutes from the meeting of the
    group on ..."): whose board or committee it is, the heading's other lines say, or nothing
    does. A council's full meeting and its cabinet are named so; a heading of that one word
    alone is the name as written."""
    if len(board.split()) != 1 or board.lower() in _ONE_WORD_BODIES:
        return False
    line = _line_holding(board, lines)
    return line is not None and line.text.strip(" .:").lower() != board.lower()


def _attendee_doubts(
    person: dict[str, Any], lines: list[Line], lowered: list[str] | None = None
) -> list[Problem]:
    name = person.get("name") or ""
    also = person.get("role") or person.get("organisation") or ""
    line = _line_holding(name, lines, also, lowered)
    if line is None:
        return []  # read from an item's prose or put together from cells: nothing to quote
    reasons = []
    if m := _NOT_A_PERSON.search(name):
        reasons.append(
            f"'{name}' is read as one person's name, but names do not hold '{m[0].strip()}': a "
            "label, a heading or a body may be run into it"
        )
    if m := _BRACKET_IN_NAME.search(name):
        reasons.append(
            f"'{name}' is read as one person's name, but names do not hold '{m[0]}': initials, "
            "a post or a mark may be read into it"
        )
    if (m := _NATION_IN_NAME.search(name)) and not _TITLED_START.match(name):
        reasons.append(
            f"'{name}' is read as a person, but '{m[0]}' names a nation, as bodies' names do "
            "('Historic Scotland', 'Scottish Natural Heritage'): a body may be read as a person"
        )
    if _heading_words(name):
        reasons.append(
            f"'{name}' is read as a person, but its words are an item's heading's: an item and "
            "its text may be read as an attendee"
        )
    if FULL_STOP.search(name):
        reasons.append(
            f"'{name}' is read as one person's name, but a full stop parts it: two people may "
            "be read as one"
        )
    for what in ("role", "organisation"):
        value = person.get(what) or ""
        if not value:
            continue
        ends = _last_word(value)
        if (
            ends in _JOINING
            or (ends in _CUT_TITLES and value != ends)
            or (value.count("(") > value.count(")"))
        ):
            reasons.append(
                f"the {what} of {name} ('{value}') stops mid-phrase: it may go on in the next "
                "line, or that line be read as someone else"
            )
        elif value.split()[0] in ("of", "and", "&"):
            reasons.append(
                f"the {what} of {name} ('{value}') starts mid-phrase: part of it may be on the "
                "line above"
            )
        if note := _NOTE_IN_ROLE.search(value):
            post = "post" if what == "role" else "body"
            reasons.append(
                f"the {what} of {name} ('{value}') ends in '{note[0].strip()}', a note on the "
                f"attendance rather than the {post}: check what the {what} is"
            )
        if what == "role" and _unexplained_capitals(value):
            reasons.append(
                f"the role of {name} ('{value}') ends in capitals in brackets that are not the "
                "post's initials: a body, a mark or someone's initials may be read as the post"
            )
        if what == "organisation" and _GROUP.match(value):
            reasons.append(
                f"the organisation of {name} ('{value}') reads as the heading of a group of "
                "people, not a body"
            )
        if value.startswith(("(", ")")) or "[" in value or _INITIALS_FIRST.match(value):
            bracket = (
                "holds '['" if "[" in value else f"starts with '{value.split()[0].rstrip(',')}'"
            )
            reasons.append(
                f"the {what} of {name} ('{value}') {bracket}: initials, a note, a mark or another "
                f"person may be read as the {what}"
            )
        if (
            ";" in value
            or (
                (m := _TITLED_NAME.search(value))
                and not _ON_BEHALF.search(value[: m.start()])
                and not _SUBSTITUTING.search(value[m.end() :])
            )
            or _named_then_post(value)
            or _initialled_names(value)
            or _bare_names(value)
            or _ends_in_name(value)
        ):
            reasons.append(
                f"the {what} of {name} ('{value}') holds another person's name: two people may "
                "be read as one"
            )
    return [
        Problem(line.no, line.raw, f"{reason[0].upper()}{reason[1:]}; check", "warning")
        for reason in reasons
    ]


# "... for GQ Daniel Gutteridge, General Counsel", "... Argyll & Bute Council Samantha Somers,
# Community Planning Officer", "Health and Social Care Partnership Jeremy Moore, Police Scotland":
# a name, a comma and a post or a body inside a value, as a PDF's columns run one person's line
# into the next.
_NAME_THEN_POST = re.compile(
    r"(?<![,&])\s(?P<name>[A-Z][a-z]+ (?:[A-Z]\.? )?[A-Z][a-z'\u2019-]+(?: [A-Z]{2,4})?),\s+"
    r"[A-Z][a-z]+\b"
)


def _named_then_post(value: str) -> bool:
    """Whether `value` holds a person's name followed by their post (see _NAME_THEN_POST)."""
    return any(
        _person_alone(m["name"])
        # "Director of Strategic Planning, ...", "Director Visual Arts, London": a post's words.
        and _last_word(value[: m.start()]) not in _JOINING | _POST_WORDS
        for m in _NAME_THEN_POST.finditer(value)
    )


def _person_alone(name: str) -> bool:
    """Whether `name` ("Tina Funnell") reads as a person's name with no title, and as no post,
    body or place."""
    return (
        looks_like_name(name)
        and reads_as_person(name)
        and not is_role(name)
        and not is_organisation(name)
        and not {w.lower() for w in name.split()} & _NOT_IN_A_NAME
    )


# "N Kelleher", "R. Tinsley": a person's initial and surname, a piece of a list of people.
_INITIALLED_NAME = re.compile(r"(?:[A-Z]\.?\s+){1,2}(?:Mc|Mac|O['\u2019])?[A-Z][a-z'\u2019-]+")


def _initialled_names(value: str) -> bool:
    """Whether `value` holds a list of people by initial and surname, two or more ("N Kelleher,
    R Tinsley, R Deacon. P Goalby"): the rest of a list read as the first one's post."""
    pieces = [p.strip() for p in re.split(r"[,;.]\s+|\s+and\s+", value) if p.strip()]
    return sum(1 for p in pieces if _INITIALLED_NAME.fullmatch(p)) >= 2


def _bare_names(value: str) -> bool:
    """Whether `value` holds two or more people's names alone among its parts ("Richard Davis,
    Dave Prothero", "Chairman, Graham Bell, Robert Hoskin, Mark Laing"): the rest of a list of
    people, or a line of them under a place's name, read as one person's post. Names after a
    sentence's words ("... to organise meeting with Chair, Richard Brooks, Nick Brook") are the
    people it speaks of, no list."""
    names = 0
    for piece in re.split(r"[,;]\s+|\s+and\s+|\s+&\s+", value):
        if _PROSE.search(piece):
            break
        names += _person_alone(piece.strip())
    return names >= 2


# Three words in small letters in a row: a sentence's, never a post's ("Head of Finance").
_PROSE = re.compile(r"\b[a-z]+\s+[a-z]+\s+[a-z]+\b")


def _heading_words(name: str) -> bool:
    """Whether `name` is made of an item heading's words alone ("Matters Arising", "Any Other
    Business"), no title and no name among them."""
    words = [w.lower().strip(".,") for w in name.split()]
    return bool(words) and all(w in THING_WORDS or w in _JOINING for w in words)


# "Chair, Tina Funnell", "Chair and Joe Morrow": a meeting's office and then a first name and a
# surname alone, the next person on the line run into this one's post. Only after an office that
# names no department ("Director, Internal Audit" and "Dean, Health Sciences" are posts whole).
_OFFICE_THEN_NAME = re.compile(
    r"(?:vice[- ]?)?(?:chair(?:man|woman|person)?|president|secretary|treasurer|clerk)"
    r"(?:,\s+|\s+and\s+)(?P<name>[A-Z][a-z]+ [A-Z][a-z'\u2019-]+)",
    re.IGNORECASE,
)


def _ends_in_name(value: str) -> bool:
    """Whether `value` is an office and a bare person's name (see _OFFICE_THEN_NAME)."""
    m = _OFFICE_THEN_NAME.fullmatch(value)
    return bool(m and _person_alone(m["name"]))


# Words of a post, never just before a person's name run into it.
_POST_WORDS = {
    "director", "manager", "officer", "head", "chief", "executive", "deputy", "assistant",
    "senior", "lead", "adviser", "advisor", "chair", "clerk", "secretary", "treasurer",
}  # fmt: skip


def _people_as_items(sections: list[dict[str, Any]], lines: list[Line]) -> list[Problem]:
    """An item whose title is a titled person ("Ms Andrienne Magee (Clerical Officer)"): a line
    of the attendance read as an item."""
    problems = []
    for section in sections:
        title = section.get("title") or ""
        person = read_person(title) if _TITLED.match(title) else None
        if person and looks_like_name(person[0]) and (line := _line_holding(title, lines)):
            message = (
                f"The item titled '{title}' names a person: a line of the attendance may be read "
                "as an item; check"
            )
            problems.append(Problem(line.no, line.raw, message, "warning"))
    return problems


# The title of an item most minutes have: "Matters Arising", "Treasurer's Report".
_ITEM_TITLE = re.compile(
    r"(?:\d{1,2}[.)]?\s+)?(?:matters\s+arising|apolog(?:y|ies)\s+for\s+absence"
    r"|declarations?\s+of\s+interests?|minutes\s+of\s+the\s+(?:last|previous)\s+meeting"
    r"|any\s+other\s+business|treasurer[\u2019']?s\s+report|chair(?:man)?[\u2019']?s\s+report"
    r"|date\s+of\s+(?:the\s+)?next\s+meeting|correspondence)",
    re.IGNORECASE,
)


# An item's usual title, then a comma and its minute's text: a table's row ("Matters Arising |
# | PB raised the matter ...") read as one line, in a title or a paragraph.
_TITLE_THEN_TEXT = re.compile(rf"(?P<title>{_ITEM_TITLE.pattern}),(?:\s*,)*\s+[A-Z]", re.I)


def _titles_run_in(sections: list[dict[str, Any]], lines: list[Line]) -> list[Problem]:
    """An item's usual title with its minute's text after a comma, in an item's title or a
    paragraph ("Minutes of the Previous Meeting, The minutes were approved"): a table's row
    read as one line, the next item's heading inside a paragraph."""
    problems = []
    texts = [(s.get("title") or "", "title") for s in sections] + [
        (p.get("text") or "", "paragraph") for s in sections for p in s.get("paragraphs", [])
    ]
    for text, what in texts:
        if (m := _TITLE_THEN_TEXT.match(text)) and (line := _line_holding(text[:40], lines)):
            message = (
                f"The {what} '{text[:60]}' starts with the item title '{m['title']}' and text "
                "after a comma, as a table's row does: an item's heading may be read into it"
            )
            problems.append(Problem(line.no, line.raw, f"{message}; check", "warning"))
    return problems


# A heading in capitals run into the text after it: "MATTERS ARISING SMc reported ...",
# "TREASURERS REPORT GW's report ...", "CONSTITUTION LA provided ..." (someone's initials).
_CAPITALS_THEN_TEXT = re.compile(
    r"(?P<title>[A-Z][A-Z'\u2019&-]*[A-Z](?:\s+[A-Z][A-Z'\u2019&-]*[A-Z]){0,5})"
    r"\s+(?=[A-Z]\S*[a-z]|[A-Z]{1,3}\s+[a-z])"
)


def _capitals_heading(title: str) -> bool:
    """Whether words in capitals are a heading's ("GREEN MANAGER", "CONSTITUTION"), not a
    body's initials ("NHS", "UNISON")."""
    words = re.findall(r"[A-Z]{4,}", title)
    return len(words) >= 2 or any(len(w) >= 8 for w in words)


def _titles_as_paragraphs(
    sections: list[dict[str, Any]], lines: list[Line], checked: Collection[int]
) -> list[Problem]:
    """A paragraph after an item's first that is an item's usual title alone ("Matters
    arising", "Treasurers Report.") or starts with a heading in capitals, a usual title or two
    long words ("MATTERS ARISING SMc reported ...", "MAIN CLUB REPORT Nothing to report"): an
    unnumbered item's heading read into the item above as its text."""
    problems = []
    for section in sections:
        for paragraph in section.get("paragraphs", [])[1:]:
            text = (paragraph.get("text") or "").strip()
            m = _CAPITALS_THEN_TEXT.match(text)
            alone = _ITEM_TITLE.fullmatch(text.rstrip(" .:-"))
            if m and not (_ITEM_TITLE.fullmatch(m["title"]) or _capitals_heading(m["title"])):
                m = None
            if not (alone or m):
                continue
            own = (x for x in lines if x.text.strip().lower() == text.lower())
            if not (line := next(own, None) or _line_holding(text[:40], lines)):
                continue
            title = m["title"] if m else text.rstrip(" .:-")
            # Not a sub-heading of an item titled with it ("Matters arising" under "Minutes &
            # Matters Arising"), nor a lettered or listed paragraph ("(b) Declarations of ...").
            heading = section.get("title") or ""
            if (
                line.no in checked
                or _ITEM_TITLE.search(heading)
                or not re.fullmatch(r"\d+(?:\.\d+)+", paragraph.get("ref") or "")
            ):
                continue
            message = (
                f"'{title}' reads as an item's title, but is read as a paragraph of the item "
                "above: an item's heading may be read into it; check"
            )
            problems.append(Problem(line.no, line.raw, message, "warning"))
    return problems


def _titles_cut(sections: list[dict[str, Any]], lines: list[Line]) -> list[Problem]:
    """An item's title that stops mid-phrase, on "of" or "and" ("Minutes of"), or inside a
    bracket cut at a colon ("Matters Arising and Action Log (Ref" from "... (Ref: CM/06/11/02)"):
    the rest of it may be on the next line, read as the item's text, or cut off."""
    problems = []
    for section in sections:
        title = (section.get("title") or "").strip()
        joining = _last_word(title) in _JOINING
        if not title or not (joining or title.count("(") > title.count(")")):
            continue
        # The item's own line ends with its title ("2. Minutes of"), not the heading's
        # "Minutes of the meeting held on ..." above it.
        low = title.lower()
        line = next((x for x in lines if x.text.rstrip(" :").lower().endswith(low)), None)
        line = line or _line_holding(title, lines)
        if line is None:
            continue
        # On "of" or "and", the title goes on in the next line, with no blank line between
        # ("2. Minutes of" / "Meeting held on"). A bracket the writer left open ("Saffron Hall
        # (possible collaboration ..., LSR") is no cut: only one the line closes after a colon.
        at = lines.index(line)
        wraps = at + 1 < len(lines) and not lines[at + 1].after_blank
        if not ((joining and wraps) or f"{low}:" in line.text.lower()):
            continue
        message = (
            f"The item's title '{title}' stops mid-phrase: the rest of it may be on the next "
            "line or cut off; check"
        )
        problems.append(Problem(line.no, line.raw, message, "warning"))
    return problems


# "Apologies for absence:" over the names: the attendance's label, written as a label is.
_APOLOGIES_LABEL = re.compile(r"apolog(?:y|ies)\s+for\s+absence\s*:[-\u2013]?", re.IGNORECASE)


def _items_above(lines: list[Line], first_item: int, checked: Collection[int]) -> list[Problem]:
    """A line above the first item read that is an item's usual title ("Matters Arising"): the
    items may start above where they were read from. Not "Apologies:" nor "Apologies for
    absence:" over the names, a label of the attendance. So too a document's sub-heading there
    ("Items for redaction", see sub_heading), where numbered paragraphs were read as items."""
    problems = []
    for line in lines[1:]:
        if line.no >= first_item or line.no in checked:
            continue
        text = line.text.strip()
        if _ITEM_TITLE.fullmatch(text.strip(" .:")) and not _APOLOGIES_LABEL.fullmatch(text):
            reason = f"'{text}' reads as an item's title"
        elif sub_heading(line):
            reason = f"'{text}' is set as a heading below the minutes' own"
        else:
            continue
        problems.append(
            Problem(
                line.no,
                line.raw,
                f"{reason}, but it is above the first item read; check where the items start",
                "warning",
            )
        )
    return problems


def sub_heading(line: Line) -> bool:
    """Whether `line` is a document's heading of the second level or below, short and with no
    label's colon ("Items for redaction", "Actions Update"): an item's title, in minutes whose
    items are headings."""
    text = line.text.strip()
    words = [w for w in re.findall(r"[A-Za-z]{3,}", text) if w.lower() not in _MONTHS]
    return (
        line.marked
        and (line.level or 0) >= 2
        and not line.number
        and 2 <= len(text.split()) <= 10
        and len(words) >= 2
        and not text.isupper()
        and ":" not in text
        and not read_kind_heading(text, ())
        and not _GROUP.search(text.title())
        and not _HEAD_WORDS & {w.lower() for w in words}
        and not text.lower().startswith("agenda")
        and not reads_as_person(text.strip("*\u2020 "))
        and not is_organisation(text)  # the body of the people listed under it
        and not _APOLOGIES_LABEL.fullmatch(text)
    )


# A heading's words over the meeting's details or the attendance, not over an item.
_HEAD_WORDS = {"venue", "time", "date", "attendees", "attendance", "present"}
_MONTHS = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
}  # fmt: skip
