"""An 'Actions' list set before the items, each line naming the item it comes from: "Actions" /
"• Item 4 - The Chief Executive to investigate the use of fold out business cards." Such a list
is a summary of the meeting's actions, not an item of its own: each is the action of the item it
names, and the list is no section (it would be a first section with no number, and the items'
numbers would not be the sections' own). Where a line of the list names no item of the minutes,
or is not 'Item N - ...', the list is kept as read and the line shown to check."""

import re
from typing import Any

# "Actions", "Action points", "Summary of actions", "Actions arising", "Agreed actions".
_TITLE = re.compile(
    r"(?:summary\s+of\s+|list\s+of\s+|agreed\s+)?actions?"
    r"(?:\s+(?:points?|arising|list|agreed|log|summary))?",
    re.IGNORECASE,
)
# "Item 4 - The Chief Executive to ...", "Minute 12: Clerk to ...", "Agenda item 3 \u2013 ...".
_ITEM_ACTION = re.compile(
    r"(?:agenda\s+)?(?:item|minute)\s+(?P<ref>\d{1,3}(?:\.\d{1,2})?)\s*[-\u2013\u2014:]\s*"
    r"(?P<what>\S.*)",
    re.IGNORECASE | re.DOTALL,
)


def actions_title(text: str) -> bool:
    """Whether a line is such a list's label: "Actions", "Actions agreed", "Action points"."""
    return bool(_TITLE.fullmatch(text.strip(" :")))


def move_early_actions(reader: Any, make_action: Any) -> None:
    """Each action of such a list to the last paragraph of the item it names (`make_action`
    builds the reader's action from its text and lines), and the list's section dropped."""
    sections = reader.sections
    if len(sections) < 2 or sections[0].ref or not _TITLE.fullmatch(sections[0].title.strip(" :")):
        return
    paragraphs = sections[0].numbered or sections[0].prose
    if not paragraphs or any(p.actions for p in paragraphs):
        return
    moves = []
    for paragraph in paragraphs:
        text = " ".join(paragraph.blocks).strip()
        # "Item 2 - ..." may have been read as the paragraph's reference: "Item 2".
        m = _ITEM_ACTION.fullmatch(f"{paragraph.ref} - {text}" if paragraph.ref else text)
        item = m and next((s for s in sections[1:] if s.ref.rstrip(".") == m["ref"]), None)
        if not item or not (item.numbered or item.prose):
            reader.warn(
                paragraph.lines[0],
                "An action listed before the items names no item of these minutes; it is kept "
                "as a section of its own: check where it belongs",
            )
            return
        moves.append((item, m["what"], paragraph))
    for item, what, paragraph in moves:
        (item.numbered or item.prose)[-1].actions.append(make_action(what, paragraph.lines))
    del sections[0]
    for section in sections:
        section.number -= 1
