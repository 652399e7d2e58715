"""Substitutes: a member who sent apologies and the one who sat in their place. Real minutes say
it beside a name in a list ("Cllr A Smith (substituted by Cllr B Jones)", "Cllr B Jones
(substituting for Cllr A Smith)") or in the Apologies item's prose ("Councillor B Jones
substituted for Councillor A Smith", or lines "Councillor B Jones for Councillor A Smith" under
"the following Councillors advised that they would be substituting:"). The substitute was there;
the member sent apologies."""

import re

from meetings.minutes.letters import letters

_TITLE = (
    r"(?:(?:County|District|Borough|Town|Parish)\s+)?(?:Councillor|Cllr|Clr|Mr|Mrs|Ms|Miss|Dr)\.?"
)
# A titled name: "Councillor Michael Muir", "Cllr. A B Smith", "Mrs J O'Neill-Brown".
_NAME = rf"{_TITLE}\s+(?:[A-Z][\w'\u2019.-]*\s+){{0,3}}[A-Z][\w'\u2019-]+"
_AS_SUBSTITUTE = (
    r"(?:was\s+|had\s+been\s+)?(?:substitut(?:ed|ing)|(?:attended|was\s+present|was\s+in\s+"
    r"attendance|sat)?\s*as\s+(?:an?\s+|the\s+)?substitute(?:\s+member)?)"
)
# "Councillor B Jones substituted for Councillor A Smith", "Cllr B Jones attended as a
# substitute for Cllr A Smith".
_SUBSTITUTED_FOR = re.compile(rf"(?P<who>{_NAME})\s+{_AS_SUBSTITUTE}\s+for\s+(?P<member>{_NAME})")
# "Councillor B Jones for Councillor A Smith", a line of a list of substitutes.
_PAIR = re.compile(rf"(?P<who>{_NAME})\s+for\s+(?P<member>{_NAME})(?=\s*(?:[;,.]|and\b|$))")
_SUBSTITUTING = re.compile(r"\bsubstitut", re.IGNORECASE)
# "County Councillors Dereli and Gibson who were substituting for County Councillors Snape and
# Beavers": two lists under one plural title each, the substitutes and the members in turn.
_PLURAL = r"(?:(?:County|District|Borough|Town|Parish)\s+)?(?:Councillors|Cllrs)"
_SURNAMES = r"[A-Z][\w'\u2019-]+(?:\s*,\s*[A-Z][\w'\u2019-]+)*\s+(?:and|&)\s+[A-Z][\w'\u2019-]+"
_PLURAL_FOR = re.compile(
    rf"(?P<title>{_PLURAL})\s+(?P<who>{_SURNAMES}),?\s+(?:who\s+were\s+)?"
    rf"(?:substituting|(?:attending|in\s+attendance)\s+as\s+substitutes)\s+for\s+"
    rf"(?P<title2>{_PLURAL})\s+(?P<members>{_SURNAMES})"
)
_LIST_SPLIT = re.compile(r"\s*,\s*|\s+(?:and|&)\s+")


def _plural_pairs(text: str) -> list[tuple[str, str]]:
    """(substitute, member) from "Councillors A and B who were substituting for Councillors C
    and D", each with the singular title; [] where the two lists differ in length."""
    pairs: list[tuple[str, str]] = []
    for m in _PLURAL_FOR.finditer(text):
        who, members = _LIST_SPLIT.split(m["who"]), _LIST_SPLIT.split(m["members"])
        if len(who) != len(members):
            continue
        title, title2 = (t.removesuffix("s") for t in (m["title"], m["title2"]))
        pairs += [(f"{title} {w}", f"{title2} {n}") for w, n in zip(who, members, strict=True)]
    return pairs


# "(substituted by Cllr B Jones)", "(substitute: Cllr B Jones)", "(replaced by Cllr B Jones)".
_NOTE_BY = re.compile(
    letters(
        r"(?:(?:substituted|replaced|represented)\s+by|substitute\s*[:\u2013-])\s*(?P<who>[A-Z].+)"
    ),
    re.IGNORECASE,
)


def substitutes_in(texts: list[str]) -> list[tuple[str, str]]:
    """(substitute, member) for each substitution the paragraphs of an item say; a bare "X for Y"
    only once the item has spoken of substituting, in that paragraph or one above."""
    found: list[tuple[str, str]] = []
    spoken = False
    for text in texts:
        pairs = [(m["who"], m["member"]) for m in _SUBSTITUTED_FOR.finditer(text)]
        pairs += _plural_pairs(text)
        spoken = spoken or bool(_SUBSTITUTING.search(text))
        if not pairs and spoken:
            pairs = [(m["who"], m["member"]) for m in _PAIR.finditer(text)]
        found += [(who.strip(), member.strip()) for who, member in pairs]
    return found


def substituted_by(role: str) -> str | None:
    """The substitute a role beside a member's name says sat for them ("(substituted by Cllr B
    Jones)"); None otherwise. "(Substitute for Cllr A Smith)" beside the substitute is their
    role, kept as written."""
    m = _NOTE_BY.fullmatch(role.strip(" ();,."))
    return m["who"].strip() if m else None


_TITLE_WORD = re.compile(rf"^(?:(?:{_TITLE}|Deputy|Mayor)\s+)+", re.IGNORECASE)
_LETTERS_AFTER = re.compile(r"(?:\s+\(?[A-Z]{2,4}\)?)+$")


def same_person(one: str, other: str) -> bool:
    """ "Cllr. B Jones" and "Councillor B Jones", "Mayor J Anderson OBE" and "Mayor J Anderson
    (OBE)": the same name, titles and letters after it aside."""
    return _bare(one) == _bare(other)


def _bare(name: str) -> str:
    return _TITLE_WORD.sub("", _LETTERS_AFTER.sub("", name.strip())).lower()
