"""An earlier meeting's items named in a list inside an item ("The progress made on the action
points was reported as follows: -" / "Item 5 Schools Access Initiative: Further information
..." / "Item 7 ..."): paragraphs of the item, never sections 5 and 7."""

import re

# A paragraph that introduces a list: it ends with a colon ("as follows: -", "were:").
_INTRODUCES = re.compile(r"[:\uff1a]\s*[-\u2013]?\s*$")
_ITEM_FIRST = re.compile(r"(?:agenda\s+)?item\s+\d", re.IGNORECASE)


def item_in_a_list(number: int, current: int, above: str) -> bool:
    """Whether "Item <number> ..." is an entry of a list, not the next section: its number is
    not the one after the current section's, and the paragraph above introduced a list or was
    itself such an entry."""
    return number != current + 1 and bool(_INTRODUCES.search(above) or _ITEM_FIRST.match(above))
