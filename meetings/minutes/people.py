"""Attendee lines: "Name, Role", including lines where PDF extraction merged several people."""

import re

_HONORIFICS = {
    "sir", "dame", "dr", "mr", "mrs", "ms", "miss", "mx", "lord", "lady", "baroness", "baron",
    "prof", "professor", "cllr", "councillor", "revd", "rev", "reverend", "rt", "right",
}  # fmt: skip
_ROLE_WORDS = {
    "commissioner", "deputy", "assistant", "chief", "officer", "director", "head", "manager",
    "mayor", "superintendent", "inspector", "constable", "secretary", "adviser", "advisor",
    "lead", "member", "chair", "clerk", "executive", "analyst", "partner", "staff", "interim",
    "acting", "senior", "principal", "detective", "commander", "sergeant", "vice", "general",
    "counsel", "treasurer", "auditor", "controller", "coordinator", "specialist", "consultant",
}  # fmt: skip
# Letters after a name ("Susan Hall AM", "Jane Doe OBE"), which are part of how it is written.
_POST_NOMINALS = {
    "am", "mp", "mep", "msp", "obe", "mbe", "cbe", "kbe", "dbe", "qpm", "kpm", "kc",
    "qc", "jp", "dl", "cpfa", "fca", "aca", "acca", "fcca", "phd",
}  # fmt: skip
# A footnote marker after a name or role: "Linden¹" (NFKC makes it "Linden1"), "Smith*",
# "Smith [1]", "Smith†". A spaced "Smith 2" is handled apart: "Ward 3" is a role.
_FOOTNOTE = re.compile(r"(?:(?<=[a-z)])\d{1,2}|\s*\[\d{1,2}\]|\s*[*\u2020\u2021\u00a7]+)$")
_SPACED_FOOTNOTE = re.compile(r"\s+\d{1,2}$")
_PARENTHESIS = re.compile(r"(.+?)\s*\(([^()]+)\)")
_DASH = re.compile(r"\s+[-\u2013\u2014]\s+")


def _is_name_token(token: str) -> bool:
    # Names are capitalised words; an all-caps token is an acronym, unless it is an initial.
    if not token[:1].isupper() or token.lower().rstrip(".") in _ROLE_WORDS:
        return False
    return len(token.rstrip(".")) == 1 or any(c.islower() for c in token)


def _is_name(tokens: list[str]) -> bool:
    while len(tokens) > 1 and tokens[-1].lower() in _POST_NOMINALS and tokens[-1].isupper():
        tokens = tokens[:-1]
    if tokens and tokens[0].lower().rstrip(".") in _HONORIFICS:
        rest = [t for t in tokens[1:] if t.lower().rstrip(".") not in _HONORIFICS | {"hon"}]
        return 1 <= len(rest) <= 4 and all(_is_name_token(t) for t in rest)
    return 2 <= len(tokens) <= 4 and all(_is_name_token(t) for t in tokens)


def _split_role_name(chunk: str) -> tuple[str, str] | None:
    """'Deputy Commissioner Alexis Boon' -> ('Deputy Commissioner', 'Alexis Boon'), or None when
    the chunk holds no plausible name and so continues the previous role."""
    tokens = chunk.split()
    for k in range(1, len(tokens)):
        word = tokens[k].lower().rstrip(".")
        starts = word in _HONORIFICS or (
            word == "the" and k + 1 < len(tokens) and tokens[k + 1].lower() in ("rt", "right")
        )
        if starts and _is_name(tokens[k:] if word != "the" else tokens[k + 1 :]):
            return " ".join(tokens[:k]), " ".join(tokens[k:])
    last = -1
    weak = False
    for j, token in enumerate(tokens):
        if token.lower() in _ROLE_WORDS or token.startswith("("):
            last, weak = j, False
        elif token.islower() or (len(token) > 1 and token.isupper()):
            # "of", "and", "MPS": the role goes on for at least one more word after these.
            last, weak = j, True
    if last < 0:
        return None
    for start in (last + 2, last + 1) if weak else (last + 1,):
        if _is_name(tokens[start:]):
            return " ".join(tokens[:start]), " ".join(tokens[start:])
    return None


def _without_footnote(chunk: str) -> str:
    chunk = _FOOTNOTE.sub("", chunk)
    tokens = chunk.split()
    # "Jane Smith 2" is a footnote only where a name comes before the number.
    if _SPACED_FOOTNOTE.search(chunk) and any(
        _is_name(tokens[j:-1]) for j in range(len(tokens) - 1)
    ):
        chunk = _SPACED_FOOTNOTE.sub("", chunk)
    return chunk


def _name_with_role(chunk: str) -> tuple[str, str] | None:
    """'Councillor Anne Marsh (Chair)' -> ('Councillor Anne Marsh', 'Chair'); None when the
    chunk is not a name."""
    m = _PARENTHESIS.fullmatch(chunk)
    name, role = (m[1], m[2].strip()) if m else (chunk, "")
    return (name, role) if _is_name(name.split()) else None


def _list_of_names(chunks: list[str]) -> list[tuple[str, str]] | None:
    """People listed by name alone: 'Cllr A Smith (Chair), Cllr B Jones, Cllr C Brown'. Two
    names could be a name and a role ('Pat Lee, Home Office'), so two need a sign."""
    people = [_name_with_role(c) for c in chunks]
    if not all(people):
        return None
    named = [p for p in people if p]
    signed = any(role for _, role in named) or all(
        c.split()[0].lower().rstrip(".") in _HONORIFICS for c in chunks
    )
    return named if signed or len(chunks) >= 3 else None


def split_attendee_line(line: str) -> list[tuple[str, str]]:
    """(name, role) pairs of a 'Name, Role' line, including lines where PDF extraction merged
    several people: 'A B, Commissioner C D, Chief of Staff', and lists of names."""
    chunks = [_without_footnote(c) for c in re.split(r"\s*,\s*", line.strip()) if c]
    chunks = [c for c in chunks if c]
    m = _DASH.search(chunks[0]) if len(chunks) == 1 else None
    if m and _is_name(chunks[0][: m.start()].split()):
        # "Jane Smith - Chief Executive" is written with a dash where others use a comma.
        chunks = [chunks[0][: m.start()], chunks[0][m.end() :]]
    if len(chunks) <= 1:
        return [_name_with_role(chunks[0]) or (chunks[0], "")] if chunks else []
    if listed := _list_of_names(chunks):
        return listed
    people: list[tuple[str, list[str]]] = [(chunks[0], [])]
    for chunk in chunks[1:-1]:
        if split := _split_role_name(chunk):
            people[-1][1].append(split[0])
            people.append((split[1], []))
        else:
            people[-1][1].append(chunk)
    people[-1][1].append(chunks[-1])
    return [(name, ", ".join(roles)) for name, roles in people]
