"""Whether a name read among the attendees reads confidently as a person's: the import creates
a new person only when the clerk leaves its box ticked, and the box starts ticked only then.
"Chairman's Announcements", "Appointment of", "Public Participation" and "Plot markers" read as
names to a loose reading (capitalised words), never to this one."""

import re

from meetings.minutes.letters import letters

_HONORIFICS = {
    "cllr", "cllrs", "councillor", "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor",
    "rev", "revd", "reverend", "sir", "dame", "lord", "lady", "canon", "bailie", "judge", "pcso",
    # "Baroness Warwick": a peer's title, by which the attendance names them.
    "baroness", "baron", "viscount", "viscountess",
}  # fmt: skip
# Particles inside names: "Ursula von der Leyen", "Kirsty de Souza".
_PARTICLES = {"de", "van", "von", "der", "den", "da", "du", "la", "le", "bin", "al", "di", "st"}
# Words that name things, not people: headings of minutes and the words they are made of.
THING_WORDS = {
    "announcements", "apologies", "appointment", "arising", "business", "chair", "chairman",
    "chairperson", "conditions", "correspondence", "declarations", "election", "exclusion",
    "finance", "interest", "interests", "item", "items", "maintenance", "markers", "matters",
    "meeting", "minutes", "participation", "plot", "procedure", "public", "report", "review",
    "summary", "terms", "update", "welcome", "other", "any", "next", "date", "press",
    "burials", "accounts", "budget", "policy", "plan", "wall", "testing", "shed", "issues",
}  # fmt: skip
_THING_ENDING = re.compile(r"(?:tion|sion|ment|ance|ence|ness|ity|ship)$", re.IGNORECASE)
# "A.", "TJ" (initials), "O'Connor", "Kumara-Moorthy", "McDonald", "Adams-McGilp", "SHORT" (a
# surname in capitals).
_NAME_TOKEN = re.compile(
    letters(
        r"(?:[A-Z]{1,3}\.?|(?:Ma?c[A-Z][a-z]+|[A-Z][a-z]*)(?:['\u2019-](?:Ma?c[A-Z][a-z]+|[A-Z]?[a-z]+))*"
        r"|[A-Z]{2,}(?:-[A-Z]+)?)\.?"
    )
)


def honorific(word: str) -> bool:
    """Whether a word is a title before a name ("Cllr.", "Dr", "Mrs")."""
    return word.lower().strip(".,") in _HONORIFICS


def reads_as_person(name: str) -> bool:
    """ "Cllr. Large", "Rev. A. Simpson", "Janet Keen": yes. "Chairman's Announcements",
    "Appointment of", "Cllrs. Blogg" (a group's title on one name): no."""
    tokens = name.replace(",", " ").split()
    if not tokens or len(tokens) > 6 or any(t.lower().endswith(("'s", "\u2019s")) for t in tokens):
        return False
    first = tokens[0].lower().rstrip(".")
    if first in {"cllrs", "councillors", "messrs"}:
        return False  # a plural title over one name: the rest of the group was lost
    titled = first in _HONORIFICS
    rest = [t for t in tokens[1:] if t.lower().rstrip(".") not in _HONORIFICS] if titled else tokens
    # A surname's particle ("Jan van der Berg"), not a first name written with a capital ("Di
    # Mitchell", "Al Smith": QA F7, where 'Di Mitchell' was doubted and left out of the draft).
    rest = [
        t
        for k, t in enumerate(rest)
        if not (t.lower() in _PARTICLES and (k or t.islower() or t.lower() == "st"))
    ]
    if not rest or (not titled and len(rest) < 2) or len(rest) > 4:
        return False
    for token in rest:
        word = token.lower().strip(".")
        if not _NAME_TOKEN.fullmatch(token) or word in THING_WORDS:
            return False
        # "Mendes-France": a double-barrelled surname, each part a name's, is no thing.
        double = "-" in token and all(part[:1].isupper() for part in token.split("-"))
        if len(word) > 6 and _THING_ENDING.search(word) and not titled and not double:
            return False
    return True
