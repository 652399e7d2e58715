"""A table's rows found once for the table, not once for each of its rows: the attendance
reader asks of each row of a table what the whole table holds (a column of bodies, bodies
alone), and walked the rows around it, and looked through them all, for each row, in time that
grew as the square of the rows (a 2,000-row two-column table of names and bodies took 87 s;
issue 15). What was worked out from a table is kept while the lines in it and either side of
it are the same, so the answers are the ones the walk gave."""

from collections.abc import Callable, Sequence
from typing import Any

from meetings.minutes.lines import Line


class Places:
    """Where each line is in `lines`, the first place that is it (not a line equal to it), as
    a scan of the lines finds it: from a map made once, and made again where a line has been
    replaced since."""

    def __init__(self) -> None:
        self.places: dict[int, int] = {}

    def __call__(self, lines: Sequence[Line], line: Line) -> int | None:
        k = self.places.get(id(line))
        if k is None or k >= len(lines) or lines[k] is not line:
            self.places = {}
            for j, each in enumerate(lines):
                self.places.setdefault(id(each), j)
            k = self.places.get(id(line))
        return k if k is not None and lines[k] is line else None


class Run:
    """The run of lines around the `k`th that pass `belongs` (a table's rows), the first and
    the last place, and `answers`: what was worked out from the run, kept with it while the
    run and the line either side of it are as they were when it was found."""

    def __init__(self, belongs: Callable[[Line], bool]) -> None:
        self.belongs = belongs
        self.first = self.last = -1
        self.seen: tuple[Line, ...] = ()
        self.answers: dict[Any, Any] = {}

    def around(self, lines: Sequence[Line], k: int) -> tuple[int, int]:
        if not (self.first <= k <= self.last and self._around(lines) == self.seen):
            first = last = k
            while first and self.belongs(lines[first - 1]):
                first -= 1
            while last + 1 < len(lines) and self.belongs(lines[last + 1]):
                last += 1
            self.first, self.last, self.answers = first, last, {}
            self.seen = self._around(lines)
        return self.first, self.last

    def _around(self, lines: Sequence[Line]) -> tuple[Line, ...]:
        return tuple(lines[max(self.first - 1, 0) : self.last + 2])
