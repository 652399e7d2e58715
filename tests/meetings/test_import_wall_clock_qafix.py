"""QA F12: a 1.95 MB text was refused only after 25 seconds on a loaded machine, and the
refusal named 9.8 seconds. A read is stopped when its limit has passed on the clock, whatever
the text's length and however little of a core the child is given, and the refusal names
that limit."""

import os
import signal
import time
from typing import Any

import pytest

from meetings.minutes import MinutesError, read_minutes, read_upload, sandbox

# Starting the child and killing it: the read is stopped within the limit and this.
MARGIN = 0.9
# A text of some 1.9 MB whose attendance never ends: seconds of work for the reader.
LONG_TEXT = (
    "Joint Committee\n\nMinutes of the meeting held on 3 March 2022\n\nPresent:\n"
    + "Councillor Ben Hale (Chair), District Council\n" * 42_000
)


@pytest.fixture(autouse=True)
def _warm() -> None:
    # The forkserver is started at a process's first read (its imports, once a process): a
    # read that is too small to be refused starts it before the clock is started.
    with pytest.raises(MinutesError):
        read_minutes("x" * 100_001)


def test_a_long_text_is_stopped_at_the_limit_on_the_clock(settings: Any) -> None:
    settings.IMPORT_READ_SECONDS = 1
    started = time.monotonic()

    with pytest.raises(MinutesError, match=r"within the limits for an upload \(1 second, 512 MB\)"):
        read_minutes(LONG_TEXT)

    assert time.monotonic() - started < 1 + MARGIN


def test_a_read_given_no_cpu_is_stopped_at_the_limit_on_the_clock(
    settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On a loaded machine the child may get next to no CPU: stopped, it uses none at all, and
    # only the clock can end it.
    settings.IMPORT_READ_SECONDS = 1
    start = sandbox._Process.start

    def start_stopped(process: Any) -> None:
        start(process)
        os.kill(process.pid, signal.SIGSTOP)

    monkeypatch.setattr(sandbox._Process, "start", start_stopped)
    started = time.monotonic()

    with pytest.raises(MinutesError, match=r"within the limits for an upload \(1 second, 512 MB\)"):
        read_upload("minutes.pdf", b"%PDF-1.4\n%%EOF\n")

    assert time.monotonic() - started < 1 + MARGIN
