"""An attendance table flattened into one run with nothing between its cells: "Cllr Dawn Hill
County Council (Chair) Sarah Jackson Mendip Hills AONB Sue Murtagh B&NES Council Officer ..."
(a PDF's "Name | Body" rows copied as text). A person starts after a word that ends a body or
a post ("Council", "Trust", "Officer", "Representative", an acronym, a closing bracket) with two
capitalised words that are no body's or post's, or with a title ("Cllr", "Dr"); what comes
between one name and the next is that person's body, post, or both. Read only where every part
reads so, with three people at least; anything else is left to the other readings."""

import re

from meetings.minutes.letters import letters
from meetings.minutes.people import BODY_WORDS, is_role, names_a_post, reads_as_body

# Words that end a body's name or a post, after which the next name may start.
_ENDS = BODY_WORDS | {
    "england", "wales", "scotland", "ireland", "uk", "representative", "officer", "manager",
    "director", "chair", "member", "clerk", "secretary", "adviser", "advisor", "organisations",
    "pensions", "team", "executive", "lead", "coordinator", "co-ordinator", "consultant",
}  # fmt: skip
_TITLES = {
    "cllr", "councillor", "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame",
    "lord", "lady", "rev", "revd", "supt", "insp", "pc", "pcso", "sgt",
}  # fmt: skip
_PARTICLES = {"ap", "de", "van", "von", "le", "la", "du", "da", "di"}
_NAME_WORD = re.compile(
    letters(r"(?:Ma?c|O['\u2019])?[A-Z][a-z\u00e0-\u00ff]+(?:[-'\u2019][A-Z][a-z]+)?")
)
_ACRONYM = re.compile(r"[A-Z&]{2,8}")
_INITIALS = re.compile(letters(r"\([A-Z]{2,4}\)"))
_LABEL = re.compile(letters(r"^(?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*:\s+(?=[A-Z])"))


def _key(token: str) -> str:
    return token.strip("().,;:'\u2019").lower()


def _ends(token: str) -> bool:
    return token.endswith(")") or _key(token) in _ENDS or bool(_ACRONYM.fullmatch(token))


def _plain(token: str) -> bool:
    """A word of a name: capitalised, no body's or post's word, no title."""
    key = _key(token)
    return (
        bool(_NAME_WORD.fullmatch(token))
        and key not in _ENDS
        and key not in _TITLES
        and not is_role(token)
    )


def _name_at(tokens: list[str], k: int) -> int:
    """How many tokens a name starting at k takes (a title, then two or three words), or 0."""
    j = k
    while j < len(tokens) and _key(tokens[j]) in _TITLES:
        j += 1
    titled = j > k
    if j + 1 >= len(tokens) and not (titled and j < len(tokens)):
        return 0
    if not (j < len(tokens) and _plain(tokens[j])):
        return 0
    if j + 1 < len(tokens) and _key(tokens[j + 1]) in _PARTICLES and j + 2 < len(tokens):
        return j + 3 - k if _plain(tokens[j + 2]) else 0  # "Elfan Ap Rees"
    if j + 1 < len(tokens) and _plain(tokens[j + 1]):
        # "Planning Liaison Officer": words of a post, not a name, when a post's word follows.
        after = tokens[j + 2] if j + 2 < len(tokens) else ""
        return 0 if after and not titled and names_a_post(after) else j + 2 - k
    return 0


def split_run_of_names(text: str) -> list[tuple[str, str, str | None]] | None:
    """(name, post, body) of each person of a run with nothing between its cells, or None."""
    if "," in text or ";" in text or _INITIALS.search(text):
        return None  # a list, or names with their initials ("Adrian Philpott (AP)"): others'
    # "Partnership Committee: Cllr Dawn Hill ...": a group's label before the run.
    text = _LABEL.sub("", text, count=1)
    tokens = text.split()
    if len(tokens) < 9:
        return None
    size = _name_at(tokens, 0)
    if not size:
        return None
    starts, k = [(0, size)], size
    while k < len(tokens):
        # A person starts after a body or post, or with a title (right after the name before
        # it, which leaves that one no body: not such a run).
        after = k > starts[-1][0] + starts[-1][1]
        titled = _key(tokens[k]) in _TITLES and _key(tokens[k - 1]) not in _TITLES
        if ((after and _ends(tokens[k - 1])) or titled) and (size := _name_at(tokens, k)):
            starts.append((k, size))
            k += size
            continue
        k += 1
    if len(starts) < 3:
        return None
    people = []
    bounds = [*(s for s, _ in starts[1:]), len(tokens)]
    for (start, size), end in zip(starts, bounds, strict=True):
        name = " ".join(tokens[start : start + size])
        rest = " ".join(tokens[start + size : end])
        if not rest:
            return None
        people.append((name, *_post_and_body(rest)))
    return people


def _post_and_body(rest: str) -> tuple[str, str | None]:
    """ "County Council (Chair)": the body, its post in brackets; "B&NES Council Officer": the
    body, then the post; "Parishes Representative": a post; "Natural England": a body."""
    post = ""
    if m := re.fullmatch(r"(?P<rest>.+?)\s*\((?P<post>[^()]+)\)", rest):
        rest, post = m["rest"], m["post"]
        if not names_a_post(post):
            post = ""  # "(late entry)", "(minutes)": a note, not a post
    words = rest.split()
    for n in range(1, min(4, len(words))):
        # The shortest post at the end that leaves a body before it.
        head, tail = " ".join(words[:-n]), " ".join(words[-n:])
        if not post and names_a_post(tail) and reads_as_body(head) and not names_a_post(head):
            return tail, head
    if not post and names_a_post(rest):
        return rest, None
    return post, rest
