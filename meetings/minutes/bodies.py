"""Whether what an attendance list writes after a person's name is the body they come from rather
than their post: "Jane Smith, Devon County Council", "Cllr T Cordery | Ferndown TC", "Nicola Read
| UK Border Force", "Denise Rossiter, Essex Chambers of Commerce". A body is named by a word
that names bodies (council, association, chamber, force, club, parish...) or by a council's
initials after a place ("Poole BC", "Arun DC"), and says no post: "Clerk to the Council" and
"Chair, Audit Committee" are posts, kept as roles. A public body named without such a word
("Natural Resources Wales", "West Hampshire CCG", "Dundee Carers Centre") is left as written,
as the role: minutes often give the body a member sits for as what they are there for."""

import re

from meetings.minutes.people import is_role

# Words that make a name a body's, wherever they stand in it.
BODY_WORDS = frozenset(
    {
        "council", "councils", "authority", "authorities", "association", "associations",
        "assoc", "chamber", "chambers", "commerce", "federation", "force", "club", "clubs",
        "parish", "trust", "police", "constabulary", "service", "services", "board", "group",
        "society", "union", "company", "agency", "government", "university", "college",
        "network", "forum", "department", "ltd", "limited", "plc", "llp",
        "commission", "fire", "rescue", "museum", "school", "church",
        "institute", "foundation", "alliance", "charity", "committee", "panel",
        "airport", "port", "harbour", "railway", "railways", "ministry", "inspectorate",
        "tribunal", "court",
    }
)  # fmt: skip
# A council's initials after its place: "Poole BC", "Ferndown TC", "Arun DC", "Fife CC".
_COUNCIL_INITIALS = frozenset({"bc", "tc", "dc", "cc", "mbc", "cbc", "pc", "ccc", "rbc"})
# Words of a post that BODY_WORDS also hold ("Executive" of "Chief Executive" is a post).
_POST_FIRST = re.compile(
    r"(?i)^(?:chief|deputy|assistant|vice|acting|interim)\b|\b(?:of|to|for)\s+the\b"
    r"|\b(?:designate|elect)$|\b(?:master|mistress|keeper|ranger|bailiff|surveyor|pilot)\b"
)


def names_a_post(text: str) -> bool:
    """Whether text names a post: a word that says one ("Director", "Clerk", "Harbour Master"),
    or a post's shape ("Deputy ...", "Clerk to the Council")."""
    return is_role(text) or bool(_POST_FIRST.search(text))


def reads_as_body(text: str) -> bool:
    if __import__("os").environ.get("NOBODY"):
        return False
    """Whether text written after a name is the body the person comes from: no post in it,
    and a word that names bodies, or a council's initials after its place."""
    text = text.strip(" ,.;")
    words = text.split()
    if not words or len(words) > 10 or not words[0][:1].isupper():
        return False
    if names_a_post(text):
        return False
    keys = [w.strip("().,'\u2019").lower() for w in words]
    if any(k in BODY_WORDS for k in keys):
        return True
    return len(words) >= 2 and keys[-1] in _COUNCIL_INITIALS and words[-1].isupper()
