"""The sandbox's children are forked from a forkserver that has imported the readers: it
starts at a process's first read, again after it dies, and serves threads reading at once."""

import os
import signal
import time
from concurrent.futures import ThreadPoolExecutor
from multiprocessing import forkserver
from pathlib import Path

from meetings.minutes.sandbox import children_cpu_seconds, read_in_child

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"
# A Word file that reads within the default limits, in a few blocks.
DOCX = (HOSTILE / "huge_gridspan.docx").read_bytes()


def _read() -> int:
    return len(read_in_child("docx", DOCX, seconds=5, memory_mb=512))


def test_it_reads_again_after_the_forkserver_died() -> None:
    blocks = _read()
    server = forkserver._forkserver._forkserver_pid
    assert server is not None
    os.kill(server, signal.SIGKILL)
    time.sleep(0.1)

    assert _read() == blocks
    assert forkserver._forkserver._forkserver_pid not in (None, server)


def test_it_reads_from_several_threads_at_once() -> None:
    blocks = _read()

    with ThreadPoolExecutor(max_workers=6) as pool:
        assert list(pool.map(lambda _: _read(), range(12))) == [blocks] * 12


def test_the_children_report_their_cpu_time() -> None:
    before = children_cpu_seconds()
    for _ in range(5):
        _read()
    assert children_cpu_seconds() > before
