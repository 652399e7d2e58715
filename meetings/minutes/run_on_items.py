"""Minutes a document host flattened into one run of text ("... Ministerial Standards 1. Welcome,
apologies and introductions Apologies of absence were received ..."), where no line starts with an
item's number and so nothing reads as an item: the run is cut before each item's number where
the numbers run on from 1 in order through the text ("1", then "2", ...), each before a capital,
so that the loose reading finds the items. Only when the reader found no item otherwise, and
each cut is shown to check; a lone "1." needs its stop, numbers without one need a "2" after."""

import itertools
import re
from dataclasses import replace

from meetings.minutes.flat_runs import cut_heading, cut_item
from meetings.minutes.lines import Line

# A number inside a run, after a word or a stop and before a capital: " 1. Welcome", " 2 Welcome".
_INLINE_NUMBER = re.compile(
    r"(?<=[A-Za-z.,;:)\]\u2019'-]) (?P<no>\d{1,2})(?P<stop>\.?) (?=[A-Z][a-z])"
)
# A run is long: a line of a page is not.
_LONG = 300


def cut_run_on_items(lines: list[Line]) -> tuple[list[Line], list[tuple[Line, str]]] | None:
    """The lines with each long one cut before its items' numbers, and the lines to check with
    what to check in each: an item whose title could not be told from its text, a person whose
    entry's end is in doubt (flat_runs.py); None where no run holds items in order from 1."""
    found: list[tuple[int, int, bool]] = []  # (line index, position, stop)
    expected = 1
    for k, line in enumerate(lines):
        if len(line.text) < _LONG:
            continue
        for m in _INLINE_NUMBER.finditer(line.text):
            if int(m["no"]) == expected:
                found.append((k, m.start() + 1, bool(m["stop"])))
                expected += 1
    if not found or (len(found) == 1 and not found[0][2]):
        return None
    cuts: dict[int, list[int]] = {}
    for k, at, _ in found:
        cuts.setdefault(k, []).append(at)
    out: list[Line] = []
    doubts: list[tuple[Line, str]] = []
    first = found[0][0]
    for k, line in enumerate(lines):
        if k not in cuts:
            out.append(line)
            continue
        edges = [0, *cuts[k], len(line.text)]
        for n, (a, b) in enumerate(itertools.pairwise(edges)):
            piece = line.text[a:b].strip()
            if not piece:
                continue
            # The heading before the first item, and each item, cut again where their words
            # show the page's lines (flat_runs.py); an item whose title shows no end is said.
            if n:
                pieces = cut_item(piece) or [(piece, _ITEM_STARTS)]
            else:
                pieces = cut_heading(piece) if k == first else [(piece, "")]
            for j, (text, doubt) in enumerate(pieces):
                blank = True if n and not j else line.after_blank if not (n or j) else False
                part = replace(line, text=text, raw=text, after_blank=blank)
                out.append(part)
                if doubt:
                    doubts.append((part, doubt))
    return out, doubts


_ITEM_STARTS = "Item read from inside a run of text; check where it starts"
