"""A Welsh council's name in both languages on its letterhead: "CYNGOR TREF YSTRADGYNLAIS TOWN
COUNCIL" ("Cyngor Tref" the Welsh for "Town Council", the place's name between the two). The
body is the council as the English names it: "YSTRADGYNLAIS TOWN COUNCIL"."""

import re

# "Cyngor Tref X Town Council", "Cyngor Cymuned X Community Council", "Cyngor Dinas X City
# Council", "Cyngor Sir X County Council": the Welsh kind first, the English kind last; the two
# names may stand apart with a slash ("Cyngor Cymuned X / X Community Council").
_BOTH = re.compile(
    r"cyngor\s+(?:tref|cymuned|dinas|sir|bwrdeistref\s+sirol)\s+(?:[^/]+/\s*)?"
    r"(?P<english>\S.*?\s(?:town|community|city|county(?:\s+borough)?)\s+council)",
    re.IGNORECASE,
)


def board_in_english(board: str) -> str:
    """The council's name in English where the board holds it in Welsh and English, else the
    board as it is."""
    m = _BOTH.fullmatch(board.strip())
    return m["english"] if m else board
