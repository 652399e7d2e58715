"""A plural title inside a list of people: "apologies were noted from Mayor Skaith, Cllrs Gorman,
Mannion, Lynn Williams and Robinson as well as Nick Harris and Tim Smart". The title is each of
its names' up to the "and" that ends its group ("... and Robinson"); those after ("as well as Nick
Harris") are people of their own, "as well as" joining them to the list as "and" would."""

import re

from meetings.minutes.letters import letters

# A plural title and the title it gives each of its names.
SINGULAR_TITLES = {"cllrs": "Cllr", "cllrs.": "Cllr.", "councillors": "Councillor",
                   "messrs": "Mr", "messrs.": "Mr", "aldermen": "Alderman",
                   "professors": "Professor", "drs": "Dr"}  # fmt: skip
# The lower-case particles a surname may start with: "da Costa", "van der Berg", "de la Mare".
PARTICLES = r"(?:(?:da|de|del|della|di|do|dos|du|van|von|der|den|la|le|ten|ter)\s+){0,2}"
# The plural title after a comma or "and" ("..., Cllrs Gorman"), or first with more after it.
_PLURAL = re.compile(
    letters(
        r"(?:^|(?<=,)|(?<=\band))\s*(?P<title>(?i:cllrs\.?|councillors|messrs\.?|professors|drs))\s+"
        rf"(?={PARTICLES}[A-Z])"
    )
)
# "Gorman", "Lynn Williams", "J Wilson", "McDonough-Brown", "da Costa": a surname, perhaps with
# a first name.
_ITEM = re.compile(
    letters(
        rf"(?:[A-Z]\.?\s+){{0,2}}(?:[A-Z][a-z'\u2019]+\s+)?{PARTICLES}(?:Mc|Mac|O'|O\u2019)?"
        r"[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?"
    )
)
# A name with a title of its own: "Mr M. Lewis (Independent Member)".
_OWN_TITLE = re.compile(
    r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Cllr|Councillor|Sir|Dame|Lord|Lady|Rev|Revd)\.?\s+[A-Z]"
)
_AS_WELL_AS = re.compile(letters(r",?\s+as\s+well\s+as\s+(?=[A-Z])"))
# The group's last name: after its "and", to a comma, "as well as" or the end.
_LAST = re.compile(r"\s+and\s+(?P<last>[^,]+?)(?=\s*,|,?\s+as\s+well\s+as\s|\s*$)")


def _names_before_titled(rest: str) -> tuple[list[str], int] | None:
    """ "Gane, Haites, Rodger, Dr P McGeorge, ...": the names after a plural title up to the
    first, after a comma, with a title of its own, and where that one starts; None where the
    group ends otherwise (an "and", something not a name)."""
    names, at = [], 0
    for sep in re.finditer(r",\s*|\s+and\s+", rest):
        piece = rest[at : sep.start()].strip()
        if _OWN_TITLE.match(piece):
            break
        if not _ITEM.fullmatch(piece) or "," not in sep.group():
            return None
        names.append(piece)
        at = sep.end()
    return (names, at) if names and _OWN_TITLE.match(rest[at:]) else None


def spread_plural_titles(text: str) -> str:
    """The text with each such group's title given to every name of it, and "as well as"
    between people made a comma; the text as it was where a group is not a list of names."""
    spread = False
    for m in reversed(list(_PLURAL.finditer(text))):
        rest = text[m.end() :]
        if run := _names_before_titled(rest):
            # "Professors Gane, Haites, Rodger, Dr P McGeorge, Professors Hughes, ...": a
            # university's roll, each plural title standing for the names after it until one
            # with a title of its own.
            title = SINGULAR_TITLES[m["title"].lower()]
            group = ", ".join(f"{title} {name}" for name in run[0])
            lead = text[: m.start()] + (
                " " if m.start() and not text[m.start() - 1].isspace() else ""
            )
            text, spread = lead + group + ", " + rest[run[1] :], True
            continue
        last = _LAST.search(rest)
        if last is None:
            if m.start() == 0 or _AS_WELL_AS.search(rest):
                continue  # "Councillors A, B and C" alone is read as it is; no end to the group
            end = len(rest)
        else:
            end = last.end()
            items = [i.strip() for i in re.split(r",\s*|\s+and\s+", rest[:end]) if i.strip()]
            if (
                len(items) >= 3
                and _OWN_TITLE.match(items[-1])
                # "Councillors Elkins, Gammon, Mr O'Flynn and Mr Braby": one before the "and"
                # has a title of their own too; the group is not this one.
                and all(_ITEM.fullmatch(i) and not _OWN_TITLE.match(i) for i in items[:-1])
            ):
                # "Councillors K. Howell, D. Thomas and Mr M. Lewis": the "and" brings in one
                # with a title of their own, and the group ends before it.
                title = SINGULAR_TITLES[m["title"].lower()]
                group = ", ".join(f"{title} {i}" for i in items[:-1])
                lead = text[: m.start()]
                lead += " " if m.start() and not text[m.start() - 1].isspace() else ""
                text, spread = lead + group + rest[last.start() :], True
                continue
        if m.start() == 0 and not rest[end:].strip(" ,."):
            continue  # the whole text one group: read_people_sentence's own plural title
        items = [i.strip() for i in re.split(r",\s*|\s+and\s+", rest[:end]) if i.strip()]
        if len(items) < 2 or not all(_ITEM.fullmatch(i) for i in items):
            continue
        title = SINGULAR_TITLES[m["title"].lower()]
        titled = [f"{title} {i}" for i in items]
        group = ", ".join(titled[:-1]) + f" and {titled[-1]}"
        lead = text[: m.start()] + (" " if m.start() and not text[m.start() - 1].isspace() else "")
        text, spread = lead + group + rest[end:], True
    return _AS_WELL_AS.sub(", ", text) if spread else text
