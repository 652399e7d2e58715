"""Hypothesis strategies for whole records in the interchange (JSON) form."""

from __future__ import annotations

import datetime
import functools
import string
from typing import Any

from hypothesis import strategies as st

from meetings.minutes import format_date
from meetings.minutes.people import is_role
from prob import limits

KINDS = ("present", "in_attendance", "apologies", "absent")


def _letters(alphabet: str, min_size: int, max_size: int) -> st.SearchStrategy[str]:
    """Strings of letters drawn one by one. Not st.text: it also draws strings found in the
    code's own literals ("center", "others", "resolved"), which are the reader's keywords,
    and which ones depends on the modules the test run happened to import, so the same
    derandomized test found different examples in different runs."""
    return st.lists(st.sampled_from(alphabet), min_size=min_size, max_size=max_size).map("".join)


# Words that mean something to the reader are left out: a paragraph "Resolved." reads back
# as a decision.
_WORD = _letters(string.ascii_lowercase, 2, 8).filter(
    lambda w: w not in {"resolved", "action", "apologies", "absent", "present"}
)
# Nor is a word that names a post part of a name: "Aa Aa Interim" with no role reads as Aa Aa,
# Interim, as "Fiona Coutts Dean" does in real minutes.
_NAME_WORD = _WORD.filter(lambda w: not is_role(w))
_NAME = st.tuples(
    st.sampled_from(["", "Dr ", "Sir ", "Dame "]), st.lists(_NAME_WORD, min_size=2, max_size=3)
).map(lambda t: t[0] + " ".join(w.capitalize() for w in t[1]))
# "[owner: none]" means no owner, so an organisation called NONE cannot round-trip.
_ORG = _letters(string.ascii_uppercase, 2, 6).filter(lambda s: s != "NONE")
_DATE = st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2099, 12, 31))
# A meeting's own date is bounded (`prob.limits`): a record dated further ahead is refused.
_MEETING_DATE = st.dates(min_value=datetime.date(2000, 1, 1), max_value=limits.latest_meeting())


# Each strategy made once, not at every draw: a strategy made anew is validated and its
# properties worked out again, which was about a third of the time a record took to draw
# (`records` for tests/meetings/test_round_trip.py and test_minutes_text.py). The same
# strategies draw the same records.
@functools.cache
def _capitalised(min_size: int, max_size: int, end: str = "") -> st.SearchStrategy[str]:
    return st.lists(_WORD, min_size=min_size, max_size=max_size).map(
        lambda words: " ".join([words[0].capitalize(), *words[1:]]) + end
    )


_SENTENCE = _capitalised(1, 12, ".")
_ROMAN = ("i", "ii", "iii", "iv", "v")
_ORGS = st.lists(_ORG, max_size=3, unique=True)
_MAYBE_MEETING_DATE = st.none() | _MEETING_DATE
_TITLE_TEMPLATE = st.sampled_from(
    [
        "Record of Meeting {}",
        "Record of the Meeting held on {}",
        "Minutes of the meeting held on {}",
    ]
)
_UNDATED_TITLE = st.sampled_from(["", "Record of Meeting"])
_MAYBE_DATE = st.none() | _DATE
_MAYBE_DUE = st.none() | _DATE.map(datetime.date.isoformat)
_OWNER_PEOPLE = st.lists(_NAME, max_size=2)
_SECTIONS = st.integers(1, 6)
_PARAGRAPHS = st.integers(1, 5)
_ACTIONS = st.integers(0, 2)
# Paragraph references as minutes write them, one form a section: "1.2", "(b)", "(ii)", "5(a)"
# (the text export writes each as written and reads it back).
_REF_FORM = st.sampled_from(["{s}.{p}", "({a})", "({i})", "{s}({a})"])
# A lettered paragraph of two blocks (a blank line inside) is read back as two paragraphs, the
# second numbered "1.2": not yet round-tripped, so drawn whole.
_BLOCKS = {
    True: st.lists(_SENTENCE, min_size=1, max_size=2),
    False: st.lists(_SENTENCE, min_size=1, max_size=1),
}
_BOARD_WORDS = st.lists(_WORD, max_size=3)


def _canonical_order(attendees: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The order render_minutes lists attendees in: by kind, then organisation (none first)."""
    all_present = all(a["attendance"] == "present" for a in attendees)
    ordered: list[dict[str, Any]] = []
    for kind in ("present",) if all_present else KINDS:
        block = [a for a in attendees if a["attendance"] == kind or all_present]
        organisations = [None, *dict.fromkeys(a["organisation"] for a in block)]
        for organisation in dict.fromkeys(organisations):
            ordered += [a for a in block if a["organisation"] == organisation]
    return ordered


@st.composite
def records(draw: st.DrawFn) -> dict[str, Any]:
    organisations = draw(_ORGS)
    attendee = st.fixed_dictionaries(
        {
            "name": _NAME,
            "role": st.one_of(st.just(""), _capitalised(1, 6)),
            "organisation": st.sampled_from([None, *organisations]),
            "attendance": st.sampled_from(KINDS),
        }
    )
    # Each person once: the reader asks the clerk to check a name listed twice.
    drawn = {a["name"].lower(): a for a in reversed(draw(st.lists(attendee, max_size=6)))}
    attendees = _canonical_order(list(reversed(drawn.values())))
    owners = st.sampled_from([None, *organisations]) | _ORG
    date = draw(_MAYBE_MEETING_DATE)
    title = draw(_TITLE_TEMPLATE).format(format_date(date)) if date else draw(_UNDATED_TITLE)
    leads = st.sampled_from(["", *organisations]) | _ORG | _capitalised(1, 1)

    def action_text() -> str:
        lead = draw(leads)
        body = draw(_capitalised(1, 8))
        by = draw(_MAYBE_DATE)
        text = f"{lead} to {body.lower()}" if lead else body
        return text + (f" by {format_date(by)}" if by else "") + "."

    sections = []
    action_number = 0
    for s in range(1, draw(_SECTIONS) + 1):
        paragraphs = []
        ref_form = draw(_REF_FORM)
        for p in range(1, draw(_PARAGRAPHS) + 1):
            actions = []
            for _ in range(draw(_ACTIONS)):
                action_number += 1
                actions.append(
                    {
                        "number": action_number,
                        "text": action_text(),
                        "owner": draw(owners),
                        "owner_people": draw(_OWNER_PEOPLE),
                        "due": draw(_MAYBE_DUE),
                        "status": "open",
                    }
                )
            blocks = draw(_BLOCKS["." in ref_form])
            paragraphs.append(
                {
                    "ref": ref_form.format(s=s, p=p, a="abcde"[p - 1], i=_ROMAN[p - 1]),
                    "text": "\n\n".join(blocks),
                    "restricted": draw(st.booleans()),
                    "actions": actions,
                }
            )
        sections.append(
            {
                "number": s,
                "ref": str(s),
                "title": draw(_capitalised(1, 15)),
                "restricted": draw(st.booleans()),
                "paragraphs": paragraphs,
            }
        )
    return {
        "board": " ".join([*(w.capitalize() for w in draw(_BOARD_WORDS)), "Board"]),
        "title": title,
        "date": date.isoformat() if date else None,
        "status": "draft",
        "attendees": attendees,
        "sections": sections,
    }
