"""Items numbered by the meeting and the item ("22.23   Declarations of Interest", then
"22.23.01   To receive Amendments to the Register"), as many parish councils number their
minutes: the first part is the meeting's (or the year's) number and is the same on every item,
and no heading "22." stands over them, so they are items, not paragraphs 22.22 and 22.23 of
an item 22."""

import re
from itertools import pairwise

from meetings.minutes.lines import Line
from meetings.minutes.references import SECTION, decimal_heading

# "Item No      Item to be discussed", "No.   Item": the headings of the items' two columns,
# over the first item, as parish minutes set them.
ITEM_COLUMNS = re.compile(
    r"(?:item\s+no\.?|no\.?|minute\s+no\.?|ref\.?)\s+(?:item|subject|business)"
    r"(?:\s+(?:to\s+be\s+discussed|under\s+discussion|discussed))?",
    re.IGNORECASE,
)


def meeting_numbered(lines: list[Line], ref: str, title: str) -> bool:
    """Whether the heading `ref` `title` ("22.23", "Declarations of Interest") is one of the
    meeting's items: a short title that is no sentence, and at least one other heading in the
    minutes with the same first part and another second, and no heading numbered by the first
    part alone ("22. Finance")."""
    words = title.split()
    if not (0 < len(words) <= 16 and title[:1].isupper() and title[-1:] not in ".,;:"):
        return False
    first, _, second = ref.partition(".")
    seconds = set()
    for line in lines:
        if (m := SECTION.fullmatch(line.text)) and m["number"] == first and m["sep"] == ".":
            return False  # "22. Finance" over "22.1 ...": paragraphs of item 22
        found = decimal_heading(line.text)
        if found and found.title and found.ref.partition(".")[0] == first:
            seconds.add(found.ref.partition(".")[2])
    return len(seconds - {second}) >= 1


def year_numbered(lines: list[Line], ref: str, title: str) -> bool:
    """Whether the heading `ref` `title` ("43.15", "Apologies and reasons for absence") is one of
    the minutes numbered through the year with the year's last two figures after a stop, as
    village trustees and parish councils number them ("43.15" to "51.15"): a title that is no
    sentence, and at least two other headings whose second part is the same two figures and whose
    first parts rise from one to the next, and no heading numbered by the first part alone
    ("43. Finance" over "43.15" would make it a paragraph). Paragraphs 1.1, 2.1, 3.1 of items
    share a second part of one figure, never two."""
    first, _, year = ref.partition(".")
    if len(year) != 2 or not (title[:1].isupper() and title[-1:] not in ".,;"):
        return False
    firsts = []
    for line in lines:
        if (m := SECTION.fullmatch(line.text)) and m["number"] == first and m["sep"] == ".":
            return False
        found = decimal_heading(line.text)
        if found and found.title and found.ref.partition(".")[2] == year:
            firsts.append(int(found.ref.partition(".")[0]))
    rising = all(0 < b - a <= 3 for a, b in pairwise(firsts))
    return len(set(firsts)) >= 3 and rising
