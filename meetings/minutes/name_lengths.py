"""Names run into their posts with nothing between: "Dave Willingham Interim Youth Direction
Manager", "Miriam Robertson YOS Manager", "Jean Bell HMCS Magistrates Court" (a table's two cells
copied as one line). Where the list writes its people as first name and surname, two words, a
longer "name" that goes on into a post's or a body's words is the two words, and the rest is the
post; the clerk is shown each one to check."""

import re
from typing import Any

from meetings.minutes.letters import letters
from meetings.minutes.people import is_organisation, is_role, names_a_body

# "Lang", "McLurg", "O'Neill", "Smith-Jones": a name's word, never an initial or an acronym.
_NAME_WORD = re.compile(letters(r"(?:Mc|Mac|O['\u2019])?[A-Z][a-z'\u2019-]+"))
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_TITLES = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "cllr", "councillor", "rev", "revd", "reverend", "canon", "the", "rt", "hon", "hh", "judge",
    # Ranks before a title: "District Judge Tim Jenkins", "County Cllr Brown".
    "justice", "district", "county", "borough", "city", "metro", "deputy",
}  # fmt: skip
# Letters after a name, part of how it is written: "Kit Malthouse MP", "Leslie Cree MBE MLA".
_POST_NOMINALS = {
    "mp", "mla", "ms", "msp", "mep", "am", "obe", "mbe", "cbe", "kbe", "dbe", "qpm", "kpm",
    "mvo", "cvo", "lvo", "kc", "qc", "jp", "dl", "frs", "phd",
}  # fmt: skip
# "Mark Le Masurier", "Ursula von der Leyen", "Damian Mc Sorley" (Irish and Scottish surnames
# typed apart): a particle says the name goes on.
_PARTICLES = {"le", "la", "de", "di", "da", "du", "van", "von", "der", "den", "st", "mc", "mac"}
# Small words inside a post: "Head of Children's Services", "Safety and Resilience Manager".
_CONNECTORS = {"of", "and", "&", "for", "the", "to", "in"}
# Fewer people named in two words than this, and the list says nothing of how it names them.
_LEAST = 3


def _first_and_surname(words: list[str]) -> bool:
    return (
        len(words) >= 2
        and words[0].lower() not in _TITLES
        and words[1].lower() not in _TITLES
        and all(_NAME_WORD.fullmatch(w) for w in words[:2])
    )


def name_then_post(name: str, role: str, two_word_names: int) -> tuple[str, str] | None:
    """("Dave Willingham", "Interim Youth Direction Manager") for ("Dave Willingham Interim
    Youth Direction", "Manager") in a list naming at least three others in two words; None
    where the name stands as read."""
    words = name.split()
    if two_word_names < _LEAST or len(words) < 3 or not _first_and_surname(words):
        return None
    extra = words[2:]
    capitalised = all(w[:1].isupper() or w in _CONNECTORS for w in extra)
    if not (capitalised and extra[0][:1].isupper()) or words[1].lower() in _PARTICLES:
        return None
    if any(w.lower().strip(".,") in _POST_NOMINALS for w in extra) or is_role(words[1]):
        return None  # "Kit Malthouse MP", "Metro Mayor S Rotheram"
    post = " ".join([*extra, role]).strip()
    says_post = (
        any(_ACRONYM.fullmatch(w) for w in extra)
        or is_role(" ".join(extra))
        or is_organisation(" ".join(extra))
        or names_a_body(" ".join(extra))
        # "Interim Youth Direction" + "Manager": the words lead into the post read after them.
        or (bool(role) and role[:1].isupper() and is_role(role.split(",")[0]))
    )
    return (" ".join(words[:2]), post) if says_post else None


def two_word_names(attendees: list[dict[str, Any]]) -> int:
    """How many people the list names by first name and surname alone."""
    return sum(
        1 for a in attendees if len(words := a["name"].split()) == 2 and _first_and_surname(words)
    )


def two_people(name: str, role: str, two_word_names: int) -> tuple[str, str] | None:
    """("Anthony Harbinson", "Peter Price") for "Anthony Harbinson Peter Price" with no post, in
    a list naming at least three others in two words: two names run together where the list's
    separator was left out ("...; Anthony Harbinson Peter Price; Timothy Riley"). None where the
    name stands as read."""
    words = name.split()
    if two_word_names < _LEAST or role or len(words) != 4:
        return None
    if not (_first_and_surname(words[:2]) and _first_and_surname(words[2:])):
        return None
    if any(w.lower() in _PARTICLES for w in words) or any(is_role(w) for w in words):
        return None
    if is_organisation(name) or names_a_body(name):
        return None
    return " ".join(words[:2]), " ".join(words[2:])
