"""A flattened run's pieces (run_on_items.py cut it before its items' numbers) cut again at the
structure their words show, as the lines of the page were: the heading's labels ("Present:",
"Members:", "Non-members:", "Apologies:", "Minutes:"), each person of an attendance list run
together ("Mr John Collins Dr Jeevan Deol", "Joan Maughan - Independent Chair Nigel Andrews -
Manager, ..."), and an item's title from the text run on after it ("1. Welcome and apologies
The Chair welcomed ..."). Only pieces of a run already cut (so, runs with items in them)."""

import itertools
import re

from meetings.minutes.letters import letters
from meetings.minutes.people import looks_like_name, names_a_post

# A label the heading of minutes gives its parts: "Present:", "Non-members:", "Venue:".
_LABEL = re.compile(
    r"(?<![\w-])(?:Present|Members(?: present)?|Non-members|Also (?:present|in attendance)"
    r"|In attendance|Attending|Officers(?: present| in attendance)?|Apologies(?: for absence)?"
    r"|Absent|Chair(?:man|person)?|Minutes|Clerk|Secretary|Date|Time|Venue|Place)\s*:",
)
# Labels over people: the piece after one is a list of them.
_PEOPLE_LABEL = re.compile(
    r"(?:Present|Members|Non-members|Also|In attendance|Attending|Officers|Apologies|Absent)\b"
)
# "Nigel Andrews - Tenancy Support Manager": two capitalised words then a spaced dash.
_DASHED_NAME = re.compile(
    letters(r"(?<![\w'\u2019-])(?P<name>[A-Z][\w'\u2019-]+ [A-Z][\w'\u2019-]+) [-\u2013\u2014] ")
)
# "Research Peter Farr, Private Secretary": a name after a word, then a comma.
_COMMA_NAME = re.compile(
    letters(r"(?<=[A-Za-z] )(?P<name>[A-Z][a-z][\w'\u2019-]* [A-Z][\w'\u2019-]+),")
)
_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Professor|Prof|Cllr|Councillor|Revd?)\.? ")
# Words a title goes on through ("Welcome and Introductions", "Minutes of the Last Meeting").
_JOINERS = {"and", "of", "for", "the", "to", "in", "on", "with", "&", "-", "\u2013", "at", "from"}
# Words that start a sentence, not a title's next word: "... Introductions The Chair welcomed".
_STARTERS = {
    "The", "This", "These", "It", "He", "She", "They", "We", "There", "Members", "All", "No",
    "Mr", "Mrs", "Ms", "Dr", "Cllr", "Councillor",
}  # fmt: skip
_TITLE_WORDS = 12


# A piece of a run and what to check in it ("" where nothing).
Piece = tuple[str, str]

_ENTRY_ENDS = "Person read from a run of text: check where their entry ends"
_POST_ENDS = "Person read from a run of text: check where their post ends and their body starts"
_NO_POST = "Person read from a run of text: no post read where theirs starts; check their entry"
_UNREAD_LABEL = "Person named under a label not read as attendance: check whether they attended"


# A table's column heads run into the text: "... Board Item Minute Declarations ...".
_TABLE_HEAD = re.compile(
    r"(?<= )(?:(?:Item|Minute|No\.?|Ref|Subject|Description|Actions?|Notes|Page|Paper|Business)"
    r"(?: |$)){2,}"
)


def cut_heading(piece: str) -> list[Piece]:
    """The heading before a run's first item, cut before each label that follows other text
    ("... The National Archives Members: Mr ..."), labels together staying together ("Date:
    Time: Venue: 15 May 2014 ..."); each list of people after a label cut into its people, and
    the last list cut before a table's heads run into it ("... Item Minute Declarations ...")."""
    starts, end = [0], 0
    for m in _LABEL.finditer(piece):
        if piece[end : m.start()].strip():
            starts.append(m.start())
        end = m.end()
    parts = [piece[a:b].strip() for a, b in zip(starts, [*starts[1:], len(piece)], strict=True)]
    # After the last label, a table's heads end the attendance and start what follows.
    if starts[1:] and (head := _TABLE_HEAD.search(parts[-1])):
        last = parts.pop()
        parts += [last[: head.start()], last[head.start() :]]
    out: list[Piece] = []
    for part in filter(None, parts):
        label = _LABEL.match(part)
        if label and _PEOPLE_LABEL.match(part) and (people := cut_people(part[label.end() :])):
            out += [(part[: label.end()], ""), *people]
        elif label and _DASHED_NAME.search(part[label.end() :]):
            # "Minutes: Beth Watson - Secretariat": someone there, under another label.
            out.append((part, _UNREAD_LABEL))
        else:
            out.append((part, ""))
    return out


def cut_people(text: str) -> list[Piece] | None:
    """ "Joan Maughan - Chair Nigel Andrews - Manager, Council" or "Mr John Collins Dr Jeevan
    Deol": each person of a list run together, or None where the text shows no such list. A
    person whose text holds another dash ("... Board Item Minute Declarations - None") may run
    on past their entry, one whose post goes on over two commas or more ("Manager, Age UK,
    Norfolk") may hold a body anywhere in it, and one where no post starts ("Govenor, HMP X")
    may be cut wrong: each is said."""
    text = text.strip()
    dashed = [m for m in _DASHED_NAME.finditer(text) if looks_like_name(m["name"])]
    if len(dashed) >= 2 and dashed[0].start() == 0:
        people = _cut(text, [m.start() for m in dashed])
        return [(person, _doubt(_DASH.split(person, maxsplit=1)[-1])) for person in people]
    if len(_TITLE.findall(text)) >= 2 and _TITLE.match(text):
        people = _cut(text, [m.start() for m in _TITLE.finditer(text) if _leads(text, m)])
        # "Ms Trish Humphries, Secretary ... Research Peter Farr, Private Secretary ...": where
        # people are 'Name, Post', an untitled name before a comma starts one too.
        out: list[Piece] = []
        for person in people:
            named = [
                m.start()
                for m in _COMMA_NAME.finditer(person)
                if m.start() > 0 and "," in person[: m.start()] and looks_like_name(m["name"])
            ]
            out += [(p, _doubt(p.partition(", ")[2])) for p in _cut(person, [0, *named])]
        return out
    return None


_DASH = re.compile(r" [-\u2013\u2014] ")


def _doubt(post: str) -> str:
    """What to check in the post after a name cut from a run: more than it, or where its body
    starts (two commas outside brackets)."""
    if _DASH.search(post):
        return _ENTRY_ENDS
    if re.sub(r"\([^()]*\)", "", post).count(",") >= 2:
        return _POST_ENDS
    # "Govenor, HMP Norwich": no post the reader knows where one was cut to start.
    first = post.partition(", ")[0].strip()
    return _NO_POST if first and not names_a_post(first) else ""


def _leads(text: str, title: re.Match[str]) -> bool:
    """Whether a title starts a person: at the start, or after a word that does not take one
    ("... of the Rolls Sir Alex", never "Secretary to Sir Alex"), before a capitalised word."""
    before = text[: title.start()].split()
    after = text[title.end() :]
    return (
        (not before or before[-1].lower() not in _JOINERS | {"by", "as"})
        and after[:1].isupper()
        and (title.start() == 0 or text[title.start() - 1] == " ")
    )


def _cut(text: str, at: list[int]) -> list[str]:
    edges = [*at, len(text)]
    return [text[a:b].strip() for a, b in itertools.pairwise(edges) if text[a:b].strip()]


_NUMBER = re.compile(r"(?P<no>\d{1,2}\.?)\s+")


def cut_item(piece: str) -> list[Piece] | None:
    """ "1. Welcome, apologies and introductions Apologies were received ..." -> the item's
    number and title, then its text: the title ends before a capitalised word after one in
    lower case ("introductions Apologies"), before a word that starts a sentence ("... and
    Introductions The Chair welcomed"), or before a list of people ("Apologies for Absence
    Jenny Lee - Deputy Commissioner, ... Sam Cole - ..."), within its first twelve words. None
    where no title's end shows."""
    m = _NUMBER.match(piece)
    if not m:
        return None
    rest = piece[m.end() :]
    dashed = [d for d in _DASHED_NAME.finditer(rest) if looks_like_name(d["name"])]
    if dashed and 0 < len(rest[: dashed[0].start()].split()) <= _TITLE_WORDS:
        head = rest[: dashed[0].start()].strip()
        listed = rest[dashed[0].start() :]
        people = cut_people(listed) or [(listed.strip(), "")]
        return [(f"{m['no']} {head}", ""), *people]
    words = rest.split(" ")
    for k in range(1, min(len(words), _TITLE_WORDS + 1)):
        word, before = words[k], words[k - 1]
        if not word[:1].isupper() or before.lower() in _JOINERS:
            continue
        lower = before[:1].islower() and before.rstrip(",").isalpha()
        if lower or word in _STARTERS:
            return [(f"{m['no']} {' '.join(words[:k])}", ""), (" ".join(words[k:]), "")]
    return None
