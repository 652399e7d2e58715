"""A two-column attendance table of names and the bodies they come from, with no header row
("David Palmer | Marine Scotland, Chairperson" / "Andrew Fulton | Historic Scotland" / ... /
"Colin Wishart | David MacBrayne Ltd"): the second cell is the person's organisation, never a
second person, though many bodies read as names ("Historic Scotland", "Marine Scotland").

The column is taken for bodies where its cells, over the whole table, say so several times: a
value that comes back in other rows (a body sends several people; a person is listed once), an
acronym ("SEPA", "RSPB/SE LINK"), a body's word or ending ("Association", "Ltd"); posts that
repeat ("Commissioner") are a column of posts, not of bodies, and are left to that reading.

A table whose rows hold bodies alone, no one named ("In attendance:" over a grid of "The
Fishing College | Southern IFCA | CEFAS"), lists who was represented, not who came: no
attendee is read from it, and it is named under the lines to check (is_body).
"""

import re
from collections import Counter
from collections.abc import Sequence

from meetings.minutes.people import is_organisation, is_role, names_a_body

# "SEPA", "JNCC", "RSPB/SE LINK", "Oil & Gas UK": capitals of two or more letters.
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
# "Marine Scotland, Chairperson": the body, then the person's post after the last comma.
_BODY_POST = re.compile(r"(?P<body>.+?),\s*(?P<post>[^,]+)")


def _bodily(cell: str, counts: Counter[str]) -> bool:
    if is_role(cell):
        return False
    return (
        counts[cell] >= 2
        or bool(_ACRONYM.search(cell))
        or is_organisation(cell)
        or names_a_body(cell)
    )


# The last word of a body's name: "Marine Management Organisation", "Dorset Coast Forum".
_BODY_END = re.compile(
    r".*\b(?:organi[sz]ations?|associations?|forum|trust|college|authority|council|group"
    r"|partnership|network|agency|society|federation|ltd|limited|plc|cic|centre|ifca)\.?",
    re.IGNORECASE,
)


def is_body(cell: str, *, strictly: bool = False) -> bool:
    """Whether a cell is a body's name and no person's: a body's word or its last word
    ("Weymouth Harbour Authority", "Quest Marine Ltd."), capitals alone ("CEFAS", "SEA FISH"),
    or, not `strictly`, with an acronym among its words ("Southern IFCA", which a capital
    surname is written like); never a post, a titled name or a cell with brackets ("Jo Roe
    (JR)")."""
    if not cell or "(" in cell or is_role(cell) or _TITLED.match(cell):
        return False
    if is_organisation(cell) or names_a_body(cell) or _BODY_END.fullmatch(cell):
        return True
    if cell.upper() == cell and _ACRONYM.search(cell):
        return True
    return not strictly and bool(_ACRONYM.search(cell))


def bodies_alone(cells: Sequence[str]) -> bool:
    """Whether a table's cells (`cells`, every filled cell of its rows) name bodies alone: two
    or more, each a body, and at least half of them plainly (is_body strictly)."""
    if len(cells) < 2 or not all(map(is_body, cells)):
        return False
    return 2 * sum(is_body(c, strictly=True) for c in cells) >= len(cells)


# "Cllr Jane Smith", "Mr B Jones": a titled name, a person whatever else the cell says.
_TITLED = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Professor|Prof|Sir|Dame)\.?\s")


def column_of_bodies(cells: Sequence[str], names: Sequence[str] = ()) -> bool:
    """Whether the second cells of a table's rows (`cells`, one a row) are bodies: at least
    three rows, a third of them or more say so, as the module says, and no more than one in
    five names a post (a column of posts and bodies mixed is left to the posts' reading); or,
    the first cells (`names`) given, where they come from (_places_beside_titles)."""
    filled = [c for c in cells if c]
    if len(filled) < 3:
        return False
    if _places_beside_titles(names, cells):
        return True
    counts = Counter(filled)
    bodily = sum(_bodily(c, counts) for c in filled)
    posts = sum(is_role(c) for c in filled)
    return bodily >= 3 and 3 * bodily >= len(filled) and 5 * posts <= len(filled)


def _places_beside_titles(names: Sequence[str], cells: Sequence[str]) -> bool:
    """ "Mrs. C. Leith | Aberdeenshire", "Mr. I. Hart | East Dunbartonshire": every name in the
    first column has its title and no cell of the second has one, nor names a post; a clerk who
    titles the people titles them all, so the second column is no second person but where each
    comes from (a council area, a body), however like a name it reads. Three rows or more."""
    if len(names) != len(cells) or len(cells) < 3 or not all(cells):
        return False
    if not all(_TITLED.match(n) for n in names):
        return False
    return not any(_TITLED.match(c) or is_role(c) for c in cells)


def body_and_post(cell: str) -> tuple[str, str]:
    """A body's cell as (body, post): "Marine Scotland, Chairperson" is the body and the
    person's post at the meeting; a cell with no post after a comma is the body alone."""
    if (m := _BODY_POST.fullmatch(cell)) and is_role(m["post"]) and not is_role(m["body"]):
        return m["body"].strip(), m["post"].strip()
    return cell, ""
