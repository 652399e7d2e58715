"""Line charts drawn on the server: the geometry here, the SVG in a template.

No chart library runs in the browser (and the Content-Security-Policy allows no inline style),
so a chart is plain SVG with presentation attributes. Series are told apart by more than
colour: each has its own line pattern (solid, dashed) and marker (circle, square), named in
the legend. The chart is an image with a title and a text description; the page puts the same
figures in a table beside it.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator
from dataclasses import dataclass

# One look per series, in order: colours with at least 4.5:1 contrast on white, and a line
# pattern and marker shape that carry the difference without colour.
STYLES = (
    ("#1d70b8", "", "circle"),
    ("#b21d1d", "6 4", "square"),
)


@dataclass(frozen=True)
class Series:
    name: str
    values: list[int]


@dataclass(frozen=True)
class PlottedPoint:
    x: float
    y: float
    value: int

    # The top left corner of a square marker, 8 wide, centred on the point.
    @property
    def corner_x(self) -> float:
        return round(self.x - 4, 1)

    @property
    def corner_y(self) -> float:
        return round(self.y - 4, 1)


@dataclass(frozen=True)
class PlottedSeries:
    name: str
    colour: str
    dash: str  # stroke-dasharray, "" for a solid line
    marker: str  # "circle" or "square"
    points: list[PlottedPoint]

    @property
    def path(self) -> str:
        """The line through the points, as an SVG path."""
        return " ".join(
            f"{'M' if i == 0 else 'L'}{p.x:g} {p.y:g}" for i, p in enumerate(self.points)
        )

    @property
    def legend_text(self) -> str:
        """The name, with what tells the series apart without colour."""
        return f"{self.name} ({'dashed' if self.dash else 'solid'} line, {self.marker}s)"


@dataclass(frozen=True)
class Tick:
    at: float
    label: str
    sublabel: str = ""


@dataclass(frozen=True)
class LineChart:
    title: str
    description: str
    width: int
    height: int
    left: int
    top: int
    right: int  # x of the plot's right edge
    bottom: int  # y of the plot's bottom edge
    x_label: str
    y_label: str
    x_ticks: list[Tick]
    y_ticks: list[Tick]
    series: list[PlottedSeries]

    # Where the template puts the text around the plot.
    @property
    def x_tick_y(self) -> int:
        return self.bottom + 20

    @property
    def y_tick_x(self) -> int:
        return self.left - 8

    @property
    def x_title_y(self) -> int:
        return self.height - 6

    @property
    def middle_x(self) -> float:
        return round((self.left + self.right) / 2, 1)

    @property
    def middle_y(self) -> float:
        return round((self.top + self.bottom) / 2, 1)

    @property
    def legend(self) -> list[LegendEntry]:
        """One row per series above the plot: a sample of its line and marker, and its name."""
        return [
            LegendEntry(series=s, x=self.left, y=14 + 20 * i) for i, s in enumerate(self.series)
        ]


@dataclass(frozen=True)
class LegendEntry:
    series: PlottedSeries
    x: int
    y: int

    @property
    def line_end(self) -> int:
        return self.x + 32

    @property
    def marker_x(self) -> int:
        return self.x + 16

    @property
    def text_x(self) -> int:
        return self.x + 42


def _steps() -> Iterator[int]:
    """1, 2, 5, 10, 20, 50, 100, ..."""
    for power in itertools.count():
        for multiple in (1, 2, 5):
            yield multiple * 10**power


def nice_top(largest: int) -> tuple[int, int]:
    """The top of the value axis and the step between its ticks: whole numbers, at most six
    steps, and never a zero-height axis."""
    step = next(step for step in _steps() if math.ceil(largest / step) <= 6)
    return max(math.ceil(largest / step) * step, 1), step


def line_chart(
    *,
    title: str,
    description: str,
    labels: list[tuple[str, str]],
    series: list[Series],
    x_label: str,
    y_label: str,
    width: int = 480,
    height: int = 320,
) -> LineChart:
    """Lays out `series` over the points named by `labels` (a label and an optional second line
    under it, such as the year)."""
    left, top, right, bottom = 48, 56, width - 28, height - 64
    top_value, step = nice_top(max((max(s.values, default=0) for s in series), default=0))

    def x_at(index: int) -> float:
        if len(labels) < 2:
            return (left + right) / 2
        return round(left + (right - left) * index / (len(labels) - 1), 1)

    def y_at(value: int) -> float:
        return round(bottom - (bottom - top) * value / top_value, 1)

    plotted = [
        PlottedSeries(
            name=s.name,
            colour=colour,
            dash=dash,
            marker=marker,
            points=[PlottedPoint(x_at(i), y_at(v), v) for i, v in enumerate(s.values)],
        )
        for s, (colour, dash, marker) in zip(series, STYLES, strict=False)
    ]
    return LineChart(
        title=title,
        description=description,
        width=width,
        height=height,
        left=left,
        top=top,
        right=right,
        bottom=bottom,
        x_label=x_label,
        y_label=y_label,
        x_ticks=[Tick(x_at(i), label, sub) for i, (label, sub) in enumerate(labels)],
        y_ticks=[Tick(y_at(v), str(v)) for v in range(0, top_value + 1, step)],
        series=plotted,
    )
