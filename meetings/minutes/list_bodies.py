"""Bodies in a list of people who each give theirs: "Dave Barrett, ALGAO", "Laura Clayton,
English Heritage", "Tony Burton, Civic Voice". Read one at a time, what follows a name is a
body only where its words say so ("... Association", a long acronym); "Civic Voice" or "IFA"
alone could as well be a post. In a list where most people are given with a body and no post,
the others' words that name no post are their bodies too."""

import re
from typing import Any

from meetings.minutes.people import names_a_post

# A body's name as lists give it: capitalised words with their small joining words, or short
# capitals, perhaps after "the" ("the National Trust", "Black Environment Network", "IFA").
_BODY_NAME = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w'\u2019&.-]*|[A-Z]{2,8})"
    r"(?:\s+(?:(?:of|and|for|the|in|on|&)\s+)*(?:[A-Z][\w'\u2019&.-]*|[A-Z]{2,8}))*"
)


def bodies_in_lists(attendees: list[dict[str, Any]]) -> None:
    """Moves to the organisation the 'role' of people in a list (one kind of attendance, listed
    one after another) where at least three are given with a body and no role, more than are
    given with a post, when that 'role' names no post and reads as a body's name."""
    start = 0
    while start < len(attendees):
        end = start
        while (
            end < len(attendees) and attendees[end]["attendance"] == attendees[start]["attendance"]
        ):
            end += 1
        _in_one_list(attendees[start:end], attendees)
        start = end


def _by_body(people: list[dict[str, Any]]) -> bool:
    """Whether most of these people are given with a body and no post (three at least)."""
    bodies = sum(1 for p in people if p.get("organisation") and not p.get("role"))
    posts = sum(1 for p in people if p.get("role") and names_a_post(p["role"]))
    return bodies >= 3 and bodies > posts


def _in_one_list(people: list[dict[str, Any]], everyone: list[dict[str, Any]]) -> None:
    # A short list (the apologies: "David Adams-McGilp, Visitscotland") is read as the
    # meeting's lists above it are, where it has too few people to tell by itself.
    if not (_by_body(people) or (len(people) < 6 and _by_body(everyone))):
        return
    for person in people:
        role = (person.get("role") or "").strip()
        post, _, body = role.rpartition(", ")
        if (
            post
            and not person.get("organisation")
            and names_a_post(post)
            and not names_a_post(body)
            and _BODY_NAME.fullmatch(body.rstrip("."))
        ):
            # "Ewan Masson, Outreach Services Officer, Scottish Parliament": the post, then
            # the body, as the others' bodies are given.
            person["role"], person["organisation"] = post, body.rstrip(".")
            continue
        if (
            role
            and not person.get("organisation")
            and not names_a_post(role)
            and _BODY_NAME.fullmatch(role.rstrip("."))
        ):
            person["role"], person["organisation"] = "", role.rstrip(".")
