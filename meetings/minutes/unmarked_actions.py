"""Actions minutes write with no mark, as a sentence that says who is to do what: "Councillor
Johnson to write to HS2 Ltd by 30 November 2018.", "Clerk to arrange a meeting during August."
The sentence is an action where who it starts with is an attendee (by name, or surname alone
where only one has it) or the clerk, secretary, chair or treasurer, and "to" and a verb follow.
The sentence stays in the paragraph as written; the reader shows each such action to check."""

import re
from typing import Any

from meetings.minutes.action_lines import lead_owner, resolve_owner

# A sentence of the paragraph: from its start (the text's or after a stop) to its own stop.
_SENTENCE = re.compile(r"(?:^|(?<=[.!?])\s+)(?P<sentence>[A-Z][^.!?\n]*?\s+to\s+[a-z][^.!?\n]*)")
# The posts that minutes name as an action's owner without a name.
_POSTS = {"clerk", "secretary", "chair", "chairman", "chairperson", "treasurer"}


def unmarked_actions(text: str, attendees: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(sentence, owner as written) for each sentence of the text that is an action."""
    found = []
    for m in _SENTENCE.finditer(text):
        sentence = m["sentence"].strip()
        who = lead_owner(sentence)
        if not who:
            continue
        post = who.lower().removeprefix("the ") in _POSTS
        resolved = None if post else resolve_owner(who, attendees, {})
        if post or (resolved is not None and resolved[1]):
            found.append((sentence, who))
    return found
