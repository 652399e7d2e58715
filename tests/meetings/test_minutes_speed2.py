"""A long attendance table is read in linear time (issue 15): each row of a two-column table
of names and bodies asked what the whole table held, walking and reading all its rows again
(a 2,000-row table took 87 s; table_runs.py), and the bilingual lists' check compared every
length of run at every attendee (bilingual.repeated_lists)."""

from __future__ import annotations

import time

from meetings.minutes.bilingual import repeated_lists
from meetings.minutes.text import parse_minutes

FIRST = ["Ann", "Bob", "Carol", "David", "Emma", "Frank", "Grace", "Henry", "Isla", "James"]
LAST = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Roberts", "Walker"]
BODIES = ["Historic Scotland", "Marine Scotland", "JNCC", "Highland Council", "SEPA"]


def _table(rows: int) -> str:
    lines = ["Minutes of the meeting held on 5 May 2021", "", "Present:", ""]
    for r in range(rows):
        name = f"{FIRST[r % len(FIRST)]} {LAST[r // len(FIRST) % len(LAST)]}{'s' * (r // 90)}"
        lines.append(f"| {name} | {BODIES[r % len(BODIES)]} |")
    lines += ["", "1. Welcome", "1.1 The Chair welcomed everyone."]
    return "\n".join(lines) + "\n"


def test_a_long_two_column_table_of_names_and_bodies_is_read_in_linear_time() -> None:
    small, large = _table(50), _table(800)
    start = time.process_time()
    few = parse_minutes(small)
    middle = time.process_time()
    many = parse_minutes(large)
    end = time.process_time()
    assert [a["organisation"] for a in few.record["attendees"][:3]] == BODIES[:3]
    assert len(many.record["attendees"]) == 800
    assert many.record["attendees"][799]["organisation"] == BODIES[799 % len(BODIES)]
    # 16 times the rows; in time that grew as their square it was ~250 times the time.
    assert end - middle <= 60 * max(middle - start, 0.02)


def _listed(*names: str, kind: str = "present") -> list[dict[str, str]]:
    return [{"name": name, "attendance": kind} for name in names]


def test_a_list_given_twice_is_found_the_longest_run_first() -> None:
    welsh = _listed("Cyng. Ann Able", "Cyng. Bob Baker", "Cllr Ann Able", "Cllr Bob Baker")
    assert repeated_lists(welsh) == [(0, 2)]
    twice = _listed("A", "B", "A", "B", "A", "B", "A", "B")
    assert repeated_lists(twice) == [(0, 4), (4, 6)]  # as it was: the rest, shorter
    assert repeated_lists(_listed("A", "A", "A")) == []
    assert repeated_lists(_listed("A", "B", "A", "B") + _listed("A", "B", kind="apologies")) == [
        (0, 2)
    ]
