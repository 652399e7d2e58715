"""Officers listed by their posts with the holder in brackets after each, and the holder's body
after a comma inside the bracket, as joint committees list the officers of the councils they
serve: "Crematorium Manager (Mr T Pugsley), Treasurer (Mr J Hammond, Torridge District Council)
and Corporate and Community Services Officer (Ms A Coombes, North Devon Council)"; posts alone
among them ("Democratic Services Team Leader, ..., Clerk to the Council (J. Wilkinson)") name no
one. The commas inside the brackets and the "and" inside a post ("Corporate and Community
Services Officer") part no people, which a reading by commas and "and" would make of them."""

import re

from meetings.minutes.letters import letters
from meetings.minutes.people import names_a_post

# "Treasurer (Mr J Hammond, Torridge District Council)": the post, the holder, their body.
_HELD = re.compile(
    r"(?P<post>[A-Z][^(),;]*?)\s*\((?P<name>[^(),;]+?)(?:,\s*(?P<body>[^(),;]+?))?\)"
)
# "Clerk to the Council", "Communities and Partnership Manager": a post alone, no bracket, up
# to the next comma, else to the next "and" ("Clerk and Treasurer (Mr A)").
_BARE = (
    re.compile(r"(?P<post>[A-Z][^(),;]*?)(?=\s*(?:,|$))"),
    re.compile(r"(?P<post>[A-Z][^(),;]*?)(?=\s+and\b)"),
)
_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)")
# The holder: a title or initials, then a surname ("Mr T Pugsley", "J. Wilkinson").
_HOLDER = re.compile(
    letters(
        r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?(?:[A-Z]\.?\s*){1,3}"
        r"[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?"
    )
)

Held = tuple[str, str, str | None]  # the holder ("" for a post alone), the post, the body


def post_holders(text: str) -> list[Held] | None:
    """(holder, post, body) for each post of such a list, or None where any piece is not a post
    (with its holder in brackets, or alone) or no post has a holder."""
    text = text.strip().rstrip(".;").strip()
    found: list[Held] = []
    position = 0
    while position < len(text):
        if found:
            separator = _SEPARATOR.match(text, position)
            if not separator or separator.end() == position:
                return None
            position = separator.end()
        if (m := _HELD.match(text, position)) and _HOLDER.fullmatch(m["name"].strip()):
            found.append((m["name"].strip(), m["post"].strip(), m["body"]))
        elif m := next((b for r in _BARE if (b := r.match(text, position)) and _post(b)), None):
            found.append(("", m["post"].strip(), None))
        else:
            return None
        if not names_a_post(found[-1][1]):
            return None
        position = m.end()
    return found if len(found) > 1 and any(holder for holder, _, _ in found) else None


def _post(bare: re.Match[str]) -> bool:
    return names_a_post(bare["post"].strip()) and not _HOLDER.fullmatch(bare["post"].strip())
