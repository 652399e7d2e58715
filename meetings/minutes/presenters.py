"""Who presents each item, printed after its title in an agenda's column and read into it:
"1. Welcome Chairman", "2. Apologies Chairman", "4. Chairman's Report Chairman" (a PDF's lead
column on the heading's line). Where most items' titles, three or more, end with the same post,
written after a title's own last word (not "Election of Chair", "Report of the Clerk", "Vice
Chair"), the post is the presenter's and is taken off each of them."""

from collections import Counter
from typing import Any

from meetings.minutes.people import is_role

# Words before a post that make it part of the title ("Election of Vice Chair", "Report of the
# Clerk", "Appointment of a Treasurer") or of a longer post ("Deputy Chief Executive").
_BEFORE_POST = {
    "of", "the", "a", "an", "and", "&", "to", "for", "by", "new", "vice", "deputy", "acting",
    "interim", "assistant", "joint", "co",
}  # fmt: skip


def _posts_at_end(title: str) -> list[str]:
    """The posts a title may end with, of one or two words after at least one of the title's
    own ("Welcome Chairman": "Chairman" and, as the words would read as a post too, "Welcome
    Chairman"; "Finance Report Chief Executive": "Chief Executive", "Executive")."""
    words, found = title.split(), []
    for size in (1, 2):
        if len(words) <= size:
            continue
        post, before = " ".join(words[-size:]), words[-size - 1]
        if is_role(post) and before.lower().strip(",") not in _BEFORE_POST:
            found.append(post)
    return found


def presenters_off_titles(sections: list[dict[str, Any]]) -> None:
    """Takes the presenter's post off the titles that end with it, where three or more titles
    and more than half of them end with the same one (see the module)."""
    counted = Counter(p for s in sections for p in _posts_at_end(s.get("title") or ""))
    if not counted:
        return
    # The post most titles end with; of two as common, the longer ("Chief Executive").
    post = max(counted, key=lambda p: (counted[p], len(p)))
    titled = [s for s in sections if (s.get("title") or "").strip()]
    if counted[post] < 3 or 2 * counted[post] <= len(titled):
        return
    for section in sections:
        if post in _posts_at_end(section.get("title") or ""):
            section["title"] = section["title"][: -len(post)].rstrip(" ,-\u2013")
