"""Two texts compared word by word, as runs of words kept, removed and added."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    """A run of words that two texts share ("same"), or that only the old ("removed") or
    only the new ("added") text has."""

    kind: str
    text: str


def _words(text: str) -> list[str]:
    # Words and punctuation marks apart ("sat." is "sat" and "."), each keeping the space
    # after it, so that a run of changed words reads as a phrase.
    words = re.findall(r"(?:\w+|[^\w\s])\s*", text)
    lead = text[: len(text) - len(text.lstrip())]
    if lead and words:
        words[0] = lead + words[0]
    return words


def word_diff(old: str, new: str) -> list[Segment]:
    """The changes from `old` to `new`, word by word (spacing alone is not a change)."""
    a, b = _words(old), _words(new)
    matcher = difflib.SequenceMatcher(
        None, [w.strip() for w in a], [w.strip() for w in b], autojunk=False
    )
    segments: list[Segment] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            segments.append(Segment("same", "".join(b[j1:j2])))
            continue
        removed, added = "".join(a[i1:i2]), "".join(b[j1:j2])
        # The space after a change is not part of it: marks close on the last word.
        if removed:
            segments.append(Segment("removed", removed.rstrip()))
        if removed and added:
            segments.append(Segment("same", " "))
        if added:
            segments.append(Segment("added", added.rstrip()))
        tail = (added or removed)[len((added or removed).rstrip()) :]
        if tail:
            segments.append(Segment("same", tail))
    merged: list[Segment] = []
    for segment in segments:
        if merged and merged[-1].kind == segment.kind == "same":
            merged[-1] = Segment("same", merged[-1].text + segment.text)
        else:
            merged.append(segment)
    return merged
