"""The lines at the top of minutes: attendance headings ("MOPAC IN ATTENDANCE:", "Absent"),
organisation headings and the board named in the title."""

import re
from collections.abc import Container
from dataclasses import dataclass

from meetings.minutes.absent import absence_kind
from meetings.minutes.keywords import Keywords

_KIND_PHRASE = (
    # "Present & Apologies": those present, under an item that names both.
    r"present\s+(?:&|and)\s+apologies|presenting|presiding"
    # "Attendance and Apologies:": over a table that names each group in a row of its own.
    r"|(?:attend[ae]nce|attendees)\s+(?:&|and)\s+apologies"
    r"|recording\s+(?:minutes|secretary)|minute[-\s]?takers?"
    # "Present at Meeting: Councillors; ...": where they were present said again.
    # "Attendance Details" (ModernGov's heading over who came): the list of those present.
    r"|attend[ae]nce\s+details"
    # "Present were: Rev. Richard Hall, ...": the list after a verb (a circuit meeting's).
    r"|present(?:\s+in\s+part|\s+at\s+(?:the\s+)?meeting|\s+were)?|attendees|attend[ae]nce|attending|in\s+attend[ae]nce"
    r"|not\s+present"
    # "NOT ATTENDED", "Did not attend": members listed as not there, the absent.
    r"|not\s+attended|did\s+not\s+attend"
    # "Non-members:": those there who are not members of the body (its officers, guests).
    r"|absent|absentees|members\s+of\s+the\s+public|non-?\s?members|members|(?:special\s+)?invitees|officers"
    r"|officials"
    r"|secretariat|others"
    # "Witnesses:": those giving evidence to a committee, not its members.
    r"|witnesses"
    # "Guests", "Senior Leadership Team", "Executive Team": staff and visitors, not members.
    r"|guests?|(?:senior\s+)?(?:leadership|management|executive)\s+team"
    # "MPA staff:", "Observers:", "Specialist Advisors": people there who are not members.
    r"|staff|observers?|advis[eo]rs"
    # "BY INVITATION: Mr D Gadhu - SPO", "Invited: ...": asked to attend, not a member.
    r"|by\s+invitation|invited"
    r"|apolog(?:ies|y)(?:\s+for\s+(?:absence|non-attendance))?(?:\s+(?:were\s+)?received)?"
)
# How people took part, said after the kind of attendance: in the room, or by a call's medium.
_MANNER = (
    r"(?:in\s+person|remotely|virtually|online|(?:via|by)\s+(?:zoom|(?:microsoft\s+)?teams|skype"
    r"|video(?:\s+(?:link|call|conference))?|(?:tele)?phone|tele\s?conf(?:erence)?|conference\s+call))"
)
# "[who] kind [from source][: people]"; who and source may name an organisation. Who never
# ends in "not" or "in", which belong to the kind ("Not present", "In attendance").
_KIND = re.compile(
    rf"(?:(?P<who>[^,:;\d]+?)(?<!\bnot)(?<!\bin)(?<!&)(?<!\band)\s+)?(?P<kind>{_KIND_PHRASE})"
    # "Attending in person:", "Also present via Teams virtually:": how they took part.
    rf"(?:\s+{_MANNER}){{0,2}}"
    # "Present - Jane Doe (JD) Chair, ...": a dash (or an en dash) after the kind, as a colon.
    r"(?:\s+(?:from|for)(?:\s+(?:the\s+)?(?P<source>[^,:;\d]+?))?)?"
    # "APOLOGIES; Ben H, Jen W": a semicolon typed for the colon.
    r"\s*(?:(?:[:,;]-?|(?<=\s)[-\u2013\u2014](?=\s))\s*(?P<rest>.*))?",
    re.IGNORECASE,
)
# A heading that says more than its kind, ended by a colon.
_KIND_LABEL = re.compile(
    # "Presenting Ethical Dilemmas:": those presenting items, there for them, not members.
    r"(?:[\w-]+\s+){0,3}(?P<kind>in\s+attendance|apologies|present|presenting|absent)\b[^:.]{0,60}:-?",
    re.IGNORECASE,
)
# "Sub-Committee, Mr B Smith (Chairman) // ...": a row's label naming the body (a committee, a
# panel, a board) with no kind, then its members' titled names (the cells joined by a comma).
_BODY_LABEL_ROW = re.compile(
    r"(?:sub-?\s?committee|committee|panel|board)(?:\s+members)?\s*:?,\s+"
    r"(?P<people>(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Professor|Prof|Sir|Dame)\.?\s+[A-Z].*)",
    re.IGNORECASE,
)
# "Directors: Leslie James, ...", "Trustees: ...", "Board Governors: ...": a label naming the
# members by their office with the names on its line (alone on a line, or a table's first cell
# over names and posts, it is read as a group's label elsewhere: attendees.py _MEMBERS_LABEL).
_OFFICE_LABEL = re.compile(
    r"(?i:(?:board\s+)?(?:directors|trustees|governors))\s*:\s*(?P<people>[A-Z][a-z].*)"
)
# Words before a kind that say who the people are rather than where they come from.
_GENERIC = {
    "members", "member", "officers", "officer", "councillors", "others", "staff", "guests",
    "observers", "advisers", "advisors", "representatives", "people", "also", "those", "were",
    "special", "board", "committee", "employees", "public", "officials", "approved", "accepted",
    "bodies",
    # Kinds of member, not bodies: "Voting members", "Non school members", "Co-opted members".
    # "Visiting Members:": members of the body visiting a meeting of its board.
    "voting", "non-voting", "school", "co-opted", "elected", "appointed", "nominated", "visiting",
    "independent", "lay", "specialist", "supporting", "senior",
    # Members by the name of their office, not a body: "Trustees present:" (a harbour trust's),
    # "Governors present:", "Commissioners present:".
    "trustees", "trustee", "governors", "directors", "commissioners",
    # "Presenters and additional attendees", "Other attendees": people there for items.
    "presenters", "additional", "other",
}  # fmt: skip
# People present who are not members: "Council Employees Present", "Members of the Public
# Present", "Staff present".
_ATTENDING_WHO = {"employees", "staff", "officers", "officials", "public", "advisers", "guests"}
_CONNECTORS = {"of", "and", "for", "the", "&", "in", "on", "to"}
_SHORT_NAME = re.compile(r"\(([A-Z][A-Z0-9&]+)\)$")
_BODY = (
    r"(?:board|panel|committee|sub-committee|commission|authority|council|forum|group|court"
    r"|cabinet|senate|assembly|partnership|governing\s+body|synod)"
)
_ENDS_IN_BODY = re.compile(rf"(?:[\w&'\u2019-]+\s+){{0,7}}{_BODY}", re.IGNORECASE)


def names_body(text: str) -> bool:
    """Whether a line is a body's name: a few words ending in "Board", "Court", "Council"..."""
    return bool(_ENDS_IN_BODY.fullmatch(text.strip()))


_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_BOARD_IN_TITLE = re.compile(
    # "MINUTES OF MEETING FROM THE HUGHENDEN VILLAGE HALL COMMITTEE": 'from' for 'of'.
    r"(?:(?:draft|unconfirmed|confirmed|approved)\s+)?(?:record|minutes?|notes)\s+of\s+(?:the\s+|an?\s+)?(?:\w+\s+)?meeting\s+(?:of|from)\s+(?:the\s+)?"
    # ... or the day it met: "Minutes of the extra meeting of the Trust Board Thursday 3rd March".
    # "Notes of a Tenant Scrutiny Panel meeting held on ...": notes are a panel's minutes.
    # "... of the Steering Committee of the Etchingham Neighbourhood Plan held on ...".
    rf"(?P<of>.+?\b{_BODY}(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w&'\u2019-]*\s+){{0,5}}?[A-Z][\w&'\u2019-]*)?)"
    rf"(?=\s+(?:held|on|at|meeting|{_DAY})\b|\s+\d|\s*[,(]|\s*$)"
    rf"|(?:record|minutes?|notes)\s+of\s+(?:the\s+|an?\s+)?(?P<before>.+?\b{_BODY})\s+meeting\b"
    # "Minutes of meeting No. 97 of the Consultative Committee": the meeting's number; "... of
    # the One Hundred & Seventy Ninth Meeting of the ...": its ordinal in words.
    rf"|(?:record|minutes?|notes)\s+(?:of|from)\s+(?:the\s+|an?\s+)?(?:[\w&-]+\s+){{0,5}}meeting"
    rf"(?:\s+no\.?\s*\d{{1,4}})?\s+of\s+"
    rf"(?:the\s+)?(?P<wordy>.+?\b{_BODY})(?=\s+(?:held|on|at|meeting)\b|\s*[,(]|\s*$)"
    # "Minutes of meeting held in Committee Rooms 1 and 2": where it met, no board's name.
    rf"|(?:record|minutes?|notes)\s+of\s+(?:the\s+)?(?!(?:an?\s+)?meeting\s+held\b)"
    rf"(?P<plain>[^\d]+?\b{_BODY})\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class KindHeading:
    kind: str  # present, in_attendance, apologies or absent
    organisation: str | None
    people: str  # names written on the heading's own line, after its colon


def is_all_caps(text: str) -> bool:
    if text.isascii() and not text.isupper():
        return False  # a letter in lower case, or none: the answer below, found faster
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def organisation_name(heading: str) -> str:
    """The name a heading gives, by its short name where it has one: "Mayor's Office for
    Policing and Crime (MOPAC)" is MOPAC, as the owners of actions call it."""
    heading = heading.rstrip(":").strip()
    m = _SHORT_NAME.search(heading)
    return m[1] if m else heading


def _looks_like_organisation(words: str, known: Container[str]) -> bool:
    if words.lower() in known or is_all_caps(words) or _SHORT_NAME.search(words):
        return True
    tokens = words.split()
    return len(tokens) <= 8 and all(t[:1].isupper() or t.lower() in _CONNECTORS for t in tokens)


# The headings of a table's other columns, after the kind: "In attendance   Role".
_COLUMN_HEADINGS = re.compile(
    r"(?<=\w)(?:\s+(?:role|roles|organisation|position|title|representing|designation))+$",
    re.IGNORECASE,
)


_GROUP_NOTE = re.compile(
    r"^(.+?)\s*\((?:non-?\s?voting|voting|ex[- ]officio|co-opted)\)(\s*:-?)?$", re.I
)


def _kind(phrase: str, who: str | None = None) -> str:
    phrase = " ".join(phrase.lower().replace("attendence", "attendance").split())
    phrase = phrase.removesuffix(" were")  # "Also present were:" as "Also present:"
    if phrase.startswith("apolog"):
        return "apologies"
    if kind := absence_kind(phrase):
        return kind
    who_words = (who or "").lower().split()
    # "Officers of the Board Present": who they are is the word before "of" as well as the last
    # ("Members of the Public Present").
    heads = {who_words[-1]} if who_words else set()
    if "of" in who_words[1:]:
        heads.add(who_words[who_words.index("of") - 1])
    # "Presenters and additional attendees", "Other attendees": there for items, not members.
    if phrase == "attendees" and {"presenters", "additional", "other"} & set(who_words):
        return "in_attendance"
    # "Officers present", "LDBCW Officers attending:", "Others present:": staff there or guests,
    # not members.
    if phrase in ("present", "attending") and heads & (_ATTENDING_WHO | {"also", "others"}):
        return "in_attendance"
    # "OTHER MEMBERS:" under the committee's own: members of the body there, not of the committee.
    if phrase == "members" and who_words == ["other"]:
        return "in_attendance"
    attending = (
        "in attendance",
        "members of the public",
        "presenting",
        "present in part",
        "invitees",
        "special invitees",
        "officers",
        "officials",
        "secretariat",
        "others",
        "witnesses",
        "staff",
        "observers",
        "observer",
        "invited",
        "advisers",
        "advisors",
        "guests",
        "guest",
        "by invitation",
        "non-members",
        "non members",
        "nonmembers",
    )
    if phrase in attending or phrase.startswith(("recording", "minute")) or "team" in phrase:
        return "in_attendance"
    return "present"


# Bilingual minutes of Welsh bodies give each list's heading in Welsh first ("Yn bresennol:" over
# the names, then "Present:" over them again): read as the English heading is.
_WELSH_KINDS = {
    "yn bresennol": "Present", "hefyd yn bresennol": "Also present", "yn mynychu": "In attendance",
    "ymddiheuriadau": "Apologies", "absennol": "Absent",
}  # fmt: skip
_WELSH_KIND = re.compile(
    r"^(?:hefyd\s+yn\s+bresennol|yn\s+bresennol|yn\s+mynychu|ymddiheuriadau|absennol)(?=\s*[:,-]|$)",
    re.IGNORECASE,
)


# A word that every heading read_kind_heading reads holds (each phrase of _KIND_PHRASE and
# _KIND_LABEL, each of _WELSH_KIND), to turn away the lines that hold none before its regexes:
# searched in lower case, faster than ignoring case, where the text is ASCII (where it is not,
# ignoring case matches more than lower case: the long s is "s").
_KIND_WORDS = (
    r"present|presiding|attend|apolog|recording|minute[-\s]*taker|absent|members|invitees"
    r"|officers|officials|secretariat|others|witnesses|guest|team|staff|observer|advis|invit"
    r"|bresennol|mynychu|ymddiheuriadau|absennol"
)
_KIND_WORD = re.compile(_KIND_WORDS)
# A word of each of _KIND_WORDS, tested first: "taker" for "minute-taker", so that the many
# lines that say "minutes" and no kind of attendance are turned away at once.
_KIND_KEYWORDS = Keywords(
    "present", "presiding", "attend", "apolog", "recording", "taker", "absent", "members",
    "invitees", "officers", "officials", "secretariat", "others", "witnesses", "guest", "team",
    "staff", "observer", "advis", "invit", "bresennol", "mynychu", "ymddiheuriadau", "absennol",
)  # fmt: skip
_KIND_WORD_ANY_CASE = re.compile(_KIND_WORDS, re.IGNORECASE)


def read_kind_heading(text: str, known: Container[str]) -> KindHeading | None:
    """'MOPAC IN ATTENDANCE:', 'Panel members present', 'Absent: Jane Doe' and the like, or
    None when the line is not an attendance heading. `known` holds lower-case names."""
    if m := _BODY_LABEL_ROW.fullmatch(text):
        # "Sub-Committee | Mr B Smith (Chairman) // Mr B Jarvis": a table row labelled with the
        # body itself, over its members, titled names: those present.
        return KindHeading("present", None, m["people"])
    if m := _OFFICE_LABEL.fullmatch(text):
        # "Directors: Leslie James, Barry Woolford and Graham Wrightson.": the board's members by
        # their office, the names on the label's line, those present (as "Members:" is read).
        return KindHeading("present", None, m["people"])
    if not _KIND_KEYWORDS(text) or not (
        _KIND_WORD.search(text.lower()) if text.isascii() else _KIND_WORD_ANY_CASE.search(text)
    ):
        return None  # no word of any kind of heading, in English or Welsh: no regex below fits
    text = _WELSH_KIND.sub(lambda m: _WELSH_KINDS[" ".join(m[0].lower().split())], text, count=1)
    words = text.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        text = " ".join(words[:half])  # "Court Members Court Members": two columns' heading
    if ":" not in text:
        text = _COLUMN_HEADINGS.sub("", text)  # "Staff members in attendance  Role"
    # "Supporting Officers (non-voting)": a note on the group in brackets after its heading.
    text = _GROUP_NOTE.sub(r"\1\2", text)
    m = _KIND.fullmatch(text)
    if not m and (two := _TWO_LABELS.fullmatch(text)):
        # "Observers/Presenters": two groups' labels as one, the first a kind of attendance.
        first = read_kind_heading(two["first"], known)
        if first is not None and not first.people:
            return KindHeading(first.kind, first.organisation, (two["people"] or "").strip())
    if not m and (loose := _KIND_LABEL.fullmatch(text)):
        # "Non-members in attendance at request of Chief Officer:-"
        kind = _kind(loose["kind"])
        if kind in ("apologies", "absent"):  # "Members absent without apologies:"
            kind = absence_kind(text) or kind
        return KindHeading(kind, None, "")
    if not m or (m["rest"] is None and text.endswith(".")):
        return None
    who, source, organisation = m["who"], m["source"], None
    # "Present from Arts Council England:": a label naming the body its people come from, ended
    # by a colon; its people are there from that body, not the meeting's members.
    labelled = bool(source) and not who and _FROM_BODY_LABEL.match(text) is not None
    if source and not (is_all_caps(source) or source.lower() in known or labelled):
        return None  # "Apologies were received from Councillor Dunn" is prose
    # "Members absent without apologies:", "Absent with apologies:": the absence says the kind.
    absence = absence_kind(f"{who} {m['kind']}") if who and absence_kind(who) else None
    for words in filter(None, (None if absence else who, source)):
        # "Councillor's Apology:", "Members' apologies": whose, a kind of member, not a body.
        last = re.sub(r"['\u2019]s?$", "", words.split()[-1].lower())
        if {last, f"{last}s"} & _GENERIC or words.lower().startswith("the following"):
            body = words.rsplit(None, 1)[0]
            if last in ("officials", "officers", "staff") and len(body.split()) > 1:
                # "NORTHERN IRELAND POLICING BOARD OFFICIALS IN ATTENDANCE:": the body's staff.
                organisation = organisation_name(body) if is_all_caps(body) else organisation
            continue
        if not _looks_like_organisation(words, known):
            return None
        # "Scottish Canals' attendees:" (the apostrophe straight or curly): the body's plural
        # possessive, not part of its name.
        organisation = organisation_name(re.sub(r"(?<=s)['\u2019]$", "", words))
    people = (m["rest"] or "").strip().lstrip(",").strip()  # "Present:, Jane Doe" (a table row)
    if (group := _GROUP_LABEL.match(people)) and group[1].split()[-1].lower() in _GROUP_WORDS:
        people = people[group.end() :]  # "PRESENT:<tab>Board:<tab>Jane Doe (Chair), ..."
    kind = absence or _kind(m["kind"], who)
    return KindHeading(
        "in_attendance" if labelled and kind == "present" else kind, organisation, people
    )


# "Board:", "Staff members:": a group's label after the attendance label, before its names (a
# table's cells joined by commas: "Board:, Jane Doe").
_GROUP_LABEL = re.compile(r"((?:[A-Z][\w&'-]*\s+){0,2}[A-Za-z][\w&'-]*):,?\s+(?=[A-Z])")
_GROUP_WORDS = {
    "board", "members", "staff", "officers", "directors", "governors", "trustees", "councillors",
    "committee", "panel", "team", "executive", "management",
}  # fmt: skip


# "Observers/Presenters", "Officers / Advisers: Jane Doe": two labels as one, then any names.
_TWO_LABELS = re.compile(
    r"(?P<first>[A-Z][a-z]+(?:\s[a-z]+)?)\s?/\s?[A-Z][a-z]+(?:\s[a-z]+)?\s*(?::\s*(?P<people>.*))?"
)


_FROM_BODY_LABEL = re.compile(
    r"present\s+from\s+(?:the\s+)?(?:[A-Z][\w&'\u2019-]*\s*){1,6}:", re.IGNORECASE
)


def board_from_title(title: str) -> str:
    """The board a title names ("Minutes of the meeting of the Audit Panel held on ..."), as
    written, or "" when it names none."""
    m = _BOARD_IN_TITLE.match(title)
    named = (m["of"] or m["before"] or m["wordy"] or m["plain"]).strip() if m else ""
    return re.sub(r"^the\s+", "", named, flags=re.IGNORECASE)  # "the Board of X": the board
