"""Hypothesis strategies for whole records in the interchange (JSON) form."""

from __future__ import annotations

import datetime
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


def _capitalised(min_size: int, max_size: int, end: str = "") -> st.SearchStrategy[str]:
    return st.lists(_WORD, min_size=min_size, max_size=max_size).map(
        lambda words: " ".join([words[0].capitalize(), *words[1:]]) + end
    )


_SENTENCE = _capitalised(1, 12, ".")
_ROMAN = ("i", "ii", "iii", "iv", "v")


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
    organisations = draw(st.lists(_ORG, max_size=3, unique=True))
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
    date = draw(st.none() | _MEETING_DATE)
    if date:
        template = draw(
            st.sampled_from(
                [
                    "Record of Meeting {}",
                    "Record of the Meeting held on {}",
                    "Minutes of the meeting held on {}",
                ]
            )
        )
        title = template.format(format_date(date))
    else:
        title = draw(st.sampled_from(["", "Record of Meeting"]))

    def action_text() -> str:
        lead = draw(st.sampled_from(["", *organisations]) | _ORG | _capitalised(1, 1))
        body = draw(_capitalised(1, 8))
        by = draw(st.none() | _DATE)
        text = f"{lead} to {body.lower()}" if lead else body
        return text + (f" by {format_date(by)}" if by else "") + "."

    sections = []
    action_number = 0
    for s in range(1, draw(st.integers(1, 6)) + 1):
        paragraphs = []
        # Paragraph references as minutes write them, one form a section: "1.2", "(b)",
        # "(ii)", "5(a)" (the text export writes each as written and reads it back).
        ref_form = draw(st.sampled_from(["{s}.{p}", "({a})", "({i})", "{s}({a})"]))
        for p in range(1, draw(st.integers(1, 5)) + 1):
            actions = []
            for _ in range(draw(st.integers(0, 2))):
                action_number += 1
                actions.append(
                    {
                        "number": action_number,
                        "text": action_text(),
                        "owner": draw(owners),
                        "owner_people": draw(st.lists(_NAME, max_size=2)),
                        "due": draw(st.none() | _DATE.map(datetime.date.isoformat)),
                        "status": "open",
                    }
                )
            # A lettered paragraph of two blocks (a blank line inside) is read back as two
            # paragraphs, the second numbered "1.2": not yet round-tripped, so drawn whole.
            blocks = draw(st.lists(_SENTENCE, min_size=1, max_size=2 if "." in ref_form else 1))
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
        "board": " ".join([*(w.capitalize() for w in draw(st.lists(_WORD, max_size=3))), "Board"]),
        "title": title,
        "date": date.isoformat() if date else None,
        "status": "draft",
        "attendees": attendees,
        "sections": sections,
    }
