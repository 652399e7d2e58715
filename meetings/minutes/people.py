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


def _is_name_token(token: str) -> bool:
    # Names are capitalised words; an all-caps token is an acronym, unless it is an initial.
    if not token[:1].isupper() or token.lower().rstrip(".") in _ROLE_WORDS:
        return False
    return len(token.rstrip(".")) == 1 or any(c.islower() for c in token)


def _is_name(tokens: list[str]) -> bool:
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


def split_attendee_line(line: str) -> list[tuple[str, str]]:
    """(name, role) pairs of a 'Name, Role' line, including lines where PDF extraction merged
    several people: 'A B, Commissioner C D, Chief of Staff'."""
    chunks = [c for c in re.split(r"\s*,\s*", line.strip()) if c]
    if len(chunks) <= 1:
        return [(chunks[0], "")] if chunks else []
    people: list[tuple[str, list[str]]] = [(chunks[0], [])]
    for chunk in chunks[1:-1]:
        if split := _split_role_name(chunk):
            people[-1][1].append(split[0])
            people.append((split[1], []))
        else:
            people[-1][1].append(chunk)
    people[-1][1].append(chunks[-1])
    return [(name, ", ".join(roles)) for name, roles in people]
