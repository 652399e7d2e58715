"""Actions as minutes write them beside the text: "(Action: JB)" at the end of a sentence, an
"Action by: JB" line under it, and the owner named by initials that the attendance list gives
("Jane Brown (JB)")."""

import bisect
import datetime
import re
from typing import Any

from meetings.minutes.dates import BY_DATE, by_day_month, find_date
from meetings.minutes.keywords import Keywords
from meetings.minutes.people import is_role, names_a_body

# "Action by: JB", "Action by - Clerk", "ACTION BY: Jane Brown".
ACTION_BY = re.compile(r"action\s+by\s*[:\-\u2013\u2014]?\s*(?P<who>\S.*)", re.IGNORECASE)
# "[Action: DA; AR]", "(Action: Clerk)" on a line of its own under a paragraph: the paragraph
# is the action, owned by who the mark names.
ACTION_MARK = re.compile(
    r"[\[(]\s*action(?:\s+by)?\s*[:\-\u2013\u2014]\s*(?P<who>[^\[\]()]*[^\[\]()\s])\s*[\])]\.?",
    re.IGNORECASE,
)
# The header row of a table of actions: "Action, Action by, When", "Action | Owner | Due date".
ACTION_TABLE = re.compile(
    r"actions?(?:\s+points?)?\s*[,|]\s*(?:action\s+by|by\s+whom|owner|lead|who)"
    r"(?:\s*[,|]\s*(?:when|by\s+when|due(?:\s+date)?|deadline|date|target\s+date))?",
    re.IGNORECASE,
)
# The names of a table of actions' columns, and what each column holds.
_ACTION_COLUMNS = {
    "text": r"actions?(?:\s+(?:points?|required|agreed))?|agreed\s+actions?|description",
    # "Minute | Action | By": 'By' alone heads the owners' column.
    "owner": r"action\s+by|by(?:\s+whom)?|(?:action\s+)?owners?|lead(?:\s+officer)?|who"
    r"|responsib(?:le|ility)",
    "due": r"when|by\s+when|due(?:\s+date)?|deadline|(?:target\s+)?date|timescales?",
    "ref": r"(?:minute|min|item|agenda\s+item)?\s*(?:ref(?:erence)?|no\.?|number)|minute|item|#",
    "": r"status|update|progress|comments?|notes?|rag(?:\s+status)?",
}
_ACTION_COLUMN = {key: re.compile(value, re.IGNORECASE) for key, value in _ACTION_COLUMNS.items()}


def action_columns(cells: tuple[str, ...]) -> list[str]:
    """What each column of a table of actions holds, read from its header row ("Minute |
    Action | Action by | When"), or [] when the row is not such a header: it names the action
    and who does it, and nothing that is not a column of actions."""
    columns = []
    for cell in cells:
        name = " ".join(cell.strip(" :").split())
        found = [k for k, pattern in _ACTION_COLUMN.items() if pattern.fullmatch(name)]
        if not found and name:
            return []
        columns.append(found[0] if found else "")
    return columns if {"text", "owner"} <= set(columns) else []


# "The clerk to write to the council (Action: JB)."
_INLINE = re.compile(
    r"\s*\(\s*action(?:\s+by)?\s*[:\-\u2013\u2014]\s*(?P<who>[^()]+?)\s*\)\.?", re.IGNORECASE
)
# "ACTION Owen to check this out" in capitals at the end of a paragraph: who, then what.
_CAPS_ACTION = re.compile(
    r"\s+ACTION:?\s+(?P<who>[A-Z][\w'\u2019&]*(?:\s+[A-Z][\w'\u2019&]*){0,2})\s+to\s+"
    r"(?P<what>[^.]+)\.?\s*$"
)
# "ACTION: OPCC to circulate ... by 30 April 2024." opening a paragraph (after its number) or
# one of its sentences, in any case: the rest of that block is the action, who then what.
_ACTION_SENTENCE = re.compile(
    r"(?:^|(?<=[.!?])[ \t]+|(?<=\n))action(?:[ \t]+point)?(?:[ \t]*\d{1,3})?"
    r"(?:[ \t]*[:\u2013\u2014]|[ \t]+-"
    # "Action Point Jo O'Hara to email ...": no colon, who then 'to' after the label's words.
    r"|(?<=point)(?=[ \t]+[A-Z][\w'\u2019&]*(?:[ \t]+[A-Z][\w'\u2019&]*){0,2}[ \t]+to[ \t]))"
    r"[ \t]*(?P<what>[^\n]*\S)[ \t]*(?:\n|$)",
    re.IGNORECASE,
)
# "... to investigate further.  Action Cllr S Mills", "... by May. Action: Clerk" closing a
# paragraph: who owns the sentence before, in words that each start with a capital (so never
# "Action: Clerk to write ...", whose owner the words start with).
# "ACTION" in capitals needs no stop before it ("... sent to the auditor ACTION Justine/Su"), and
# owners may be joined by a slash; never "the ACTION Plan" (a document's name).
_TRAILING_OWNER = re.compile(
    r"(?:(?<=[.!?])\s+(?i:action)|\s+ACTION)(?:\s+(?i:by))?\s*[:\-\u2013\u2014]?\s*"
    r"(?!(?i:plan|group|points?|log|tracker|list|sheet|items?|required|taken)\b)"
    r"(?P<who>[A-Z][\w'\u2019.&]*(?:(?:\s+|\s*/\s*)[A-Z&][\w'\u2019.&]*){0,4})\s*$"
)
_BLANK_LINES = re.compile(r"\n{3,}")
# An action's line that stops short of a sentence's end, the next line going on in lower case:
# the action wrapped ('Action: PB to provide ... to the March' / 'meeting.', across a PDF's
# page break), one sentence (QA F4).
_ACTION_WRAPPED = re.compile(
    r"(?m)^(?P<line>[^\n]*\b(?i:action)\b[^\n]*[^\s.!?:;])[ \t]*\n+[ \t]*(?=[a-z])"
)
# Who an action's words start with: "OPCC to circulate ...", "Jane Brown to ...".
_WHO = re.compile(r"(?P<who>[A-Z][\w'\u2019&]*(?:\s+[A-Z][\w'\u2019&]*){0,2})\s+to\s")
_META = re.compile(r"\s*\[([^\[\]]*)\]\s*$")
_META_KEYS = ("owner", "people", "due")
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?])\s+)(?=[A-Z(])")
# The word that each of the marks inline_actions reads says: a paragraph without it has none.
_ACTION_WORD = Keywords("action")


def inline_actions(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The text without its "(Action: X)" marks, and (sentence, X) for each: the sentence is
    the one the mark ends."""
    if not _ACTION_WORD(text):
        return text, []  # each of the marks below says "action"
    actions: list[tuple[str, str]] = []
    marks = list(_INLINE.finditer(text))
    # Where each sentence starts, found once: a paragraph of many marks must not be scanned
    # again for each (a hostile paste of thousands held a worker for minutes).
    starts = [(s.start(), s.end()) for s in _SENTENCE_START.finditer(text)] if marks else []
    ends = [end for _, end in starts]
    for m in marks:
        before = text[: m.start()].rstrip()
        # The last start whose sentence begins inside `before` (its lookahead is in it).
        index = bisect.bisect_left(ends, len(before)) - 1
        sentence = before[starts[index][0] if index >= 0 else 0 :].strip()
        actions.append((sentence.rstrip(".") + ".", m["who"].strip()))
    if not actions and (m := _TRAILING_OWNER.search(text)):
        # "... to investigate further.  Action Cllr S Mills": the owner of the paragraph the
        # mark closes (an action column's owner beside it), as a mark on a line of its own
        # under a paragraph is; the mark is taken out, the words kept.
        before = text[: m.start()].rstrip()
        return before, [(before, m["who"].rstrip("."))]
    if not actions and _ACTION_SENTENCE.search(text):
        text = _ACTION_WRAPPED.sub(r"\g<line> ", text)
        # Each taken out of the text, its owner the name its words start with ("OPCC to ...",
        # "JB to ..."), found among the attendees or said to be checked. A paragraph that is
        # only an action keeps no text.
        found = [(m["what"], _who(m["what"])) for m in _ACTION_SENTENCE.finditer(text)]
        return _BLANK_LINES.sub("\n\n", _ACTION_SENTENCE.sub("\n", text)).strip(), found
    if not actions and (m := _CAPS_ACTION.search(text)):
        # "... is being used ACTION Owen to check this out": the action closes the paragraph.
        return text[: m.start()].strip(), [(f"{m['who']} to {m['what'].strip()}.", m["who"])]
    if not actions:
        return text, []
    return _INLINE.sub(lambda m: "." if m[0].rstrip().endswith(".") else "", text).strip(), actions


# "... to share with PPG Network   Action Ryan": an owner in the action column beside a line,
# the gap lost (a PDF's text, a paste) so that no full stop parts it from the words before.
_GAP_OWNER = re.compile(r"\s+(?:Action|ACTION):?\s+(?P<who>[A-Z][\w'\u2019-]*)\s*$")


def gap_owner(text: str, attendees: list[dict[str, Any]]) -> tuple[str, list[tuple[str, str]]]:
    """The paragraph without an "Action Ryan" closing it, and (the paragraph, "Ryan") as its
    action, where the one word after "Action" is an attendee's first name or initials, or
    "All": with no full stop before the mark, only a name the attendance gives says it is no
    title's words ("Climate Action Plan")."""
    m = _GAP_OWNER.search(text)
    if m is None:
        return text, []
    who = m["who"]
    firsts = {_first_name(a["name"]) for a in attendees} | {a.get("initials") for a in attendees}
    if who.lower() not in ("all", "everyone") and who not in firsts:
        return text, []
    before = text[: m.start()].rstrip()
    return before, [(before, who)]


# "... to the practice. HH": initials after an action's last full stop, alone.
_INITIALS_AFTER = re.compile(r"(?<=[.!?])\s+(?P<who>[A-Z][A-Za-z]{1,3})\s*$")


def initials_after(text: str, attendees: list[dict[str, Any]]) -> str:
    """The initials closing an action's text ("... to the practice. HH") where they are an
    attendee's as the attendance gives them ("Mrs Hayley Haworth (HH)"), else ""."""
    m = _INITIALS_AFTER.search(text)
    if m is None or not any(a.get("initials") == m["who"] for a in attendees):
        return ""
    return m["who"]


def named_in_full(who: str, names: list[str]) -> bool:
    """Whether an owner as written names one of `names` by a name, in full or by the first
    name ("Cllr S Mills", "Ryan" for "Ryan F"), not by initials."""
    who = who.strip().rstrip(".")
    return who in names or any(who == _first_name(name) for name in names)


def _first_name(name: str) -> str:
    """ "Ryan" of "Ryan F", "Jill" of "Jill H-S-B": the first name of one listed by it and the
    surname's initial; "" for a name written in full ("Patsey Modeste-Rowe")."""
    words = [w for w in name.split() if w.lower().rstrip(".") not in TITLES]
    if len(words) < 2 or not _INITIAL.fullmatch(words[-1]):
        return ""
    return words[0]


_INITIAL = re.compile(r"[A-Z]\.?(?:-[A-Z]\.?)*")


# "ACTION - AH - Send Email to ..." (en dashes): who, between the label's dash and another, then
# what.
_OWNER_BETWEEN_DASHES = re.compile(
    r"(?P<who>[A-Z][\w'\u2019&]*(?:\s+[A-Z][\w'\u2019&]*){0,2})\s+[\u2013\u2014-]\s+(?P<what>\S.*)",
    re.DOTALL,
)


def owner_between_dashes(what: str) -> tuple[str, str]:
    """An action line's words after its label ('ACTION - AH - Send Email to ...') and the
    owner named between the label's dash and another ('AH'), else the words and no owner."""
    if m := _OWNER_BETWEEN_DASHES.fullmatch(what):
        return m["what"], m["who"]
    return what, ""


# "Andy, Mark and Liz.", "Robert and Sarah", "S Robb", "JK & PG": people's names or initials only.
_OWNER_NAME = r"(?:[A-Z][\w'\u2019-]*\.?)(?:\s+[A-Z][\w'\u2019-]*\.?){0,2}"
_OWNERS_ONLY = re.compile(
    rf"(?P<who>{_OWNER_NAME}(?:\s*(?:,|&|/|\band\b)\s*{_OWNER_NAME}){{0,5}})\s*\.?"
)


def ends_with_owner(text: str) -> bool:
    """Whether a line ends with an action's owner ("... on the MREW website. ACTION: Andy")."""
    return bool(_TRAILING_OWNER.search(text))


def owners_only(what: str) -> str:
    """The owners an action line names and nothing else ('ACTION: Andy, Mark and Liz.': who
    does the paragraph above), else ""."""
    m = _OWNERS_ONLY.fullmatch(what.strip())
    return m["who"].rstrip(".") if m and not is_role(m["who"]) else ""


def _who(words: str) -> str:
    m = _WHO.match(words)
    return m["who"] if m else ""


def owned_sentence(text: str, owners: str) -> str:
    """The one sentence of a paragraph that opens with its action's owners and what they are to
    do ("Minutes ... were agreed. E Sharkey to write to both councils ..." under "Action: E
    Sharkey"): the action, not the paragraph; the paragraph where no sentence, or more than one,
    opens so."""
    starts = [s.start() for s in _SENTENCE_START.finditer(text)]
    if len(starts) < 2:
        return text
    opens = re.compile(re.escape(owners) + r"\s+(?:is\s+to|to|will)\s", re.IGNORECASE)
    bounds = zip(starts, [*starts[1:], len(text)], strict=True)
    sentences = [text[a:b].strip() for a, b in bounds]
    owned = [x for x in sentences if opens.match(x)]
    return owned[0] if len(owned) == 1 else text


def last_sentence(text: str) -> str:
    starts = [s.start() for s in _SENTENCE_START.finditer(text)]
    return text[starts[-1] if starts else 0 :].strip()


def resolve_owner(
    who: str, attendees: list[dict[str, Any]], organisations: dict[str, str]
) -> tuple[str | None, list[str]] | None:
    """(owning organisation, people) for an owner written as initials, a name or an
    organisation; None when it names no attendee and no known organisation."""
    who = who.strip().rstrip(".")
    for person in attendees:
        name = person["name"]
        if who == person.get("initials") or who.lower() == name.lower():
            return person.get("organisation"), [name]
    if who.lower() in organisations:
        return organisations[who.lower()], []
    if any((person.get("organisation") or "").lower() == who.lower() for person in attendees):
        return who, []  # "OPCC to ...", an attendee's organisation ("Chief Executive, OPCC")
    surnames = [p for p in attendees if p["name"].split()[-1].lower() == who.lower()]
    if len(surnames) == 1:
        return surnames[0].get("organisation"), [surnames[0]["name"]]
    # "Action Ryan" where "Ryan F" is listed (minutes that name people by their first names,
    # the surname's initial after it): the one attendee of that first name.
    firsts = [p for p in attendees if _first_name(p["name"]).lower() == who.lower()]
    if len(firsts) == 1 and " " not in who:
        return firsts[0].get("organisation"), [firsts[0]["name"]]
    # "DA; AR", "JB / KL": two owners or more, each an attendee, by name or initials: those
    # written beside the names, else (all of them) the first letters of one attendee's first
    # name and surname, and of no one else's ("DA" for David Alexander).
    if len(parts := [p for p in _OWNERS.split(who) if p]) > 1:
        each = [resolve_owner(part, attendees, organisations) for part in parts]
        if all(r is not None and r[1] for r in each):
            return None, [name for r in each if r for name in r[1]]
        lettered = [[p for p in attendees if initials_of(p["name"]) == part] for part in parts]
        if all(len(found) == 1 for found in lettered):
            return None, [found[0]["name"] for found in lettered]
    return None


def initials_of(name: str) -> str:
    """ "DA" for "David Alexander", "Cllr Jo Lee Hart" "JH": the first letters of the first
    name and the surname."""
    words = [w for w in name.split() if w[:1].isupper()]
    if words and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    return words[0][0] + words[-1][0] if len(words) >= 2 else ""


TITLES = {"cllr", "councillor", "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir"}


_OWNERS = re.compile(r"\s*[;/&]\s*|\s*,\s*|\s+and\s+")


def owner_from_text(text: str, organisations: dict[str, str]) -> str | None:
    m = re.match(r"(?:the\s+)?(.+?)\s+to\s", text, re.IGNORECASE)
    if not m:
        return None
    lead = m[1].strip()
    if lead.lower() in organisations:
        return organisations[lead.lower()]
    return lead if re.fullmatch(r"[A-Z][A-Z0-9&]+", lead) else None


# "Stuart McVey to email ...", "Board Designate to each write ...": who is to do it, first.
# "Director of Public Health to circulate ...", "Director of Finance (Treasury) to include ...":
# a post, its small words ("of", "and", "for") and a bracket after it as written.
_LEAD_OWNER = re.compile(
    r"(?!(?:The|This|It|All|We|They|These|Those|There|Each|Any)\b)"
    r"(?P<who>[A-Z][\w'\u2019.-]*(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w'\u2019.-]*){0,4}"
    r"(?:\s+\([A-Z][^()]{1,40}\))?)\s+to\s+(?:each\s+)?[a-z]"
)


def lead_owner(text: str) -> str | None:
    """The name or body an action starts with ("Stuart McVey to email ...", "Board to
    communicate ..."), as written; the reader shows one that is not an attendee. "The Chief
    Executive to investigate ...": a post after "The" is the owner, without it."""
    m = _LEAD_OWNER.match(text)
    if m is None and (the := _THE_POST.match(text)) and is_role(the["who"]):
        return the["who"]
    return m["who"] if m else None


# "The Chief Executive to ...", "The Head of Finance to ...": a post's words after "The".
_THE_POST = re.compile(
    r"The\s+(?P<who>[A-Z][\w'\u2019.-]*(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w'\u2019.-]*){0,4})"
    r"\s+to\s+[a-z]"
)


# Words that make an owner a group or a body, not a person ("Board to communicate ...",
# "Board Designate to each write ...", "Community Operations (KS) to provide ...").
_GROUP_WORDS = {
    "board", "committee", "council", "panel", "group", "forum", "members", "officers", "team",
    "partnership", "trust", "secretariat", "office", "department", "directorate", "service",
    "services", "operations", "unit", "authority", "designate",
    # "Action ALL": everyone at the meeting, no one person who may be missing.
    "all", "everyone",
}  # fmt: skip


def names_no_person(owner: str) -> bool:
    """Whether an action's owner is a post, a body or a group ("Clerk", "Director of Public
    Health", "Board"), which no attendance lists, rather than a person who may be missing."""
    words = re.sub(r"\([^()]*\)", " ", owner).lower().split()
    return is_role(owner) or names_a_body(owner) or any(w in _GROUP_WORDS for w in words)


def post_holder(post: str, attendees: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The one attendee whose role, as the attendance writes it, is the post an action names
    as its owner ("University Secretary to present ..." and "Mr David Blair (University
    Secretary)"); None where no one, or more than one, holds it."""
    key = " ".join(post.lower().removeprefix("the ").split())
    holders = [a for a in attendees if " ".join((a.get("role") or "").lower().split()) == key]
    return holders[0] if len(holders) == 1 else None


def due_from_text(text: str, meeting: datetime.date | None = None) -> str | None:
    """The due date an action's text gives ("by 30 April 2024"); with the meeting's date, a
    day and month without a year too ("by 24 November": the next after the meeting)."""
    due = find_date(text, BY_DATE) or (by_day_month(text, meeting) if meeting else None)
    return due.isoformat() if due else None


def split_meta(text: str) -> tuple[str, dict[str, str]]:
    """An action's text without its trailing '[owner: ...; due: ...]' group, and the group."""
    m = _META.search(text)
    if not m:
        return text, {}
    meta: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in m[1].split(";"))):
        key, colon, value = part.partition(":")
        if not colon or key.strip().lower() not in _META_KEYS:
            # Only a group made wholly of our keys is metadata; "[see annex]" is text.
            return text, {}
        meta[key.strip().lower()] = value.strip()
    return (text[: m.start()].rstrip(), meta) if meta else (text, {})
