"""An attendee written post first, the person in brackets after it, and perhaps the initials the
minutes call them by after a dash: "Attorney General (The Rt Hon Jane Doe MP) - AG", "Chair
(Cllr A Bee)", "Director General, Crime Group, Home Office (Paul Lee) -PL", as government boards
list their members by office. The bracket holds a whole name (a style of address before it,
"The Rt Hon", its article left out), or a post and then the name after a comma ("(Eastmere
Police and Crime Commissioner, Tom Hale)"), or a rank then the name ("(Chief Constable Ann
Lee)"); what is before the bracket names a post and is no one's name. A bracket holding a body
("Head of Finance (Acme Ltd)") or a note ("Clerk (part)") is no person."""

import re

from meetings.minutes.people import (
    _STYLE_ARTICLE,
    is_organisation,
    looks_like_name,
    names_a_body,
    names_a_post,
    read_person,
)

_LINE = re.compile(
    r"(?P<post>[^()]+?)\s*\((?P<who>[^()]+)\)\s*(?:[-\u2013]\s*[A-Z][A-Za-z]{0,5})?\s*\.?"
)

_DASH = re.compile(r"\s[-\u2013]\s")


def _person(who: str) -> str | None:
    who = _STYLE_ARTICLE.sub("", who.strip())
    head, comma, last = who.rpartition(",")
    if comma and names_a_post(head):
        who = last.strip()  # "(Eastmere Police and Crime Commissioner, Tom Hale)"
    if is_organisation(who) or names_a_body(who):
        return None
    if looks_like_name(who) and not names_a_post(who):
        return who
    # "(Chief Constable Ann Lee)": a rank, then the whole name.
    found = read_person(who)
    if found and found[1] and who == f"{found[1]} {found[0]}" and len(found[0].split()) >= 2:
        return found[0] if looks_like_name(found[0]) else None
    return None


def post_then_bracketed_name(text: str) -> tuple[str, str] | None:
    """(name, post) of such a line, else None."""
    m = _LINE.fullmatch(text.strip())
    if not m:
        return None
    post = m["post"].strip(" ,")
    if not names_a_post(post) or looks_like_name(post) or _DASH.search(post):
        return None  # "Dora Black - Chair (Public Sector)": a name, then the post
    name = _person(m["who"])
    return (name, post) if name else None
