"""The step between a paragraph's lines in a PDF, from the gaps between lines of body text.
Where most paragraphs are one line (a web page printed by a browser, one <p> a line: "Present:
...", "1. Election of Chairman", "· Resolved that ..."), most gaps are the gaps between
paragraphs, and their median would hide them; the smaller step that recurs, clearly below it,
is the one inside a paragraph."""

import statistics
from collections import Counter

_LEAST_SHARE = 0.1  # of the gaps, for a smaller step to be a paragraph's own, not a stray
_CLEARLY_BELOW = 1.2  # the median is at least this many times the smaller step


def line_step(gaps: list[float]) -> float:
    if not gaps:
        return 0.0
    median = statistics.median(gaps)
    if median <= 0:
        return median
    # Gaps as shares of the median, to two places: the same step whatever the PDF's units.
    smaller = Counter(round(g / median, 2) for g in gaps if g * _CLEARLY_BELOW <= median)
    if not smaller:
        return median
    share, count = smaller.most_common(1)[0]
    if count < 3 or count < _LEAST_SHARE * len(gaps):
        return median
    return share * median
