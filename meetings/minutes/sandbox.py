"""Uploads are read in a child process with hard limits, so that no file can hold a web
worker: a Python process cannot be made to give up a loop inside a library, but a child can
be killed. The child (`python -m meetings.minutes.sandbox KIND SECONDS MEGABYTES`) caps its
own address space and CPU time before it reads a byte of the upload from stdin, and writes
the blocks (or a refusal's code) as JSON on stdout; the parent kills it at the wall-clock
limit (twice the CPU limit). It imports the readers and nothing of Django, so it needs no
settings or database."""

import importlib
import json
import logging
import math
import os
import resource
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from meetings.minutes.blocks import Block, Unreadable
from meetings.minutes.lines import ParseResult, Problem
from meetings.minutes.text import MinutesError, parse_minutes

logger = logging.getLogger(__name__)

# Where `meetings` is, for `python -m` in the child.
_PROJECT = Path(__file__).resolve().parents[2]
READERS = {
    "docx": "meetings.minutes.docx_reader:read_docx",
    "pdf": "meetings.minutes.pdf_reader:read_pdf",
}
# The wall-clock limit, as a multiple of the CPU limit: on a busy machine a child gets only
# a share of a core, and the CPU limit is what measures the work a file asks for.
WALL_CLOCK_FACTOR = 2
# The child's exit status when it runs out of memory and can still say so.
_OUT_OF_MEMORY = 3
# More text than any minutes hold; the form's own limit is lower. It keeps a document that
# unpacks to a great deal of text from filling the parent's memory with JSON.
MAX_TEXT_CHARACTERS = 8 * 1024 * 1024


def read_in_child(kind: str, data: bytes, *, seconds: float, memory_mb: int) -> list[Block]:
    """The blocks a reader finds in `data`, or Unreadable: the reader's own code, "limits"
    when the child ran out of time (`seconds` of CPU, twice that in all) or memory, or
    "failed" when it broke."""
    result = _run_child(kind, data, seconds=seconds, memory_mb=memory_mb)
    return [Block.from_json(b) for b in result["blocks"]]


def parse_in_child(
    text: str, known_organisations: Iterable[str], *, seconds: float, memory_mb: int
) -> ParseResult:
    """parse_minutes(text) run in the child under the same limits as reading a file: a long
    text of a hostile shape must not hold a web worker either. A MinutesError the reader
    raises comes back as one; running out of time or memory is Unreadable("limits")."""
    payload = json.dumps({"text": text, "known": list(known_organisations)}).encode()
    result = _run_child("parse", payload, seconds=seconds, memory_mb=memory_mb)
    if "minutes_error" in result:
        raise MinutesError(str(result["minutes_error"]))
    problems = [Problem(**problem) for problem in result["problems"]]
    return ParseResult(result["record"], problems)


def _run_child(kind: str, data: bytes, *, seconds: float, memory_mb: int) -> dict[str, Any]:
    command = [sys.executable, "-E", "-s", "-m", __name__, kind, str(seconds), str(memory_mb)]
    # The child sees none of the parent's environment (secrets, settings): it needs none.
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8"}
    try:
        # The command is this interpreter and module; only the upload's bytes come from outside.
        done = subprocess.run(  # noqa: S603
            command,
            input=data,
            capture_output=True,
            timeout=seconds * WALL_CLOCK_FACTOR,
            cwd=_PROJECT,
            env=env,
        )
    except subprocess.TimeoutExpired:
        # subprocess.run has sent SIGKILL, which no loop can ignore.
        raise Unreadable("limits") from None
    # Killed by a signal (SIGXCPU at the CPU limit, SIGKILL) or out of memory.
    if (
        done.returncode < 0
        or done.returncode == _OUT_OF_MEMORY
        or b"MemoryError" in done.stderr[-2000:]
    ):
        raise Unreadable("limits")
    try:
        result = json.loads(done.stdout) if done.returncode == 0 else None
    except ValueError:
        result = None
    if not isinstance(result, dict):
        logger.warning(
            "Reading a %s upload failed (exit %s): %s",
            kind,
            done.returncode,
            done.stderr[-2000:].decode(errors="replace"),
        )
        raise Unreadable("failed")
    if "error" in result:
        raise Unreadable(str(result["error"]))
    return result


def _limit(seconds: float, memory_mb: int) -> None:
    cpu = max(1, math.ceil(seconds))
    # At the soft CPU limit the kernel sends SIGXCPU, which ends the process.
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    memory = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _near_memory_limit(memory_mb: int) -> bool:
    """Whether the process has at some point used half its address space: far more than any
    file that is merely broken needs, and a failed allocation may ask for the other half."""
    try:
        with open("/proc/self/status") as status:
            peak = next(line for line in status if line.startswith("VmPeak:"))
    except (OSError, StopIteration):
        return False
    return int(peak.split()[1]) >= memory_mb * 1024 * 0.5


def main(argv: list[str]) -> int:
    kind, seconds, memory_mb = argv[0], float(argv[1]), int(argv[2])
    _limit(seconds, memory_mb)
    data = sys.stdin.buffer.read()
    if kind == "parse":
        return _parse(data)
    try:
        module, _, function = READERS[kind].partition(":")
        blocks = getattr(importlib.import_module(module), function)(data)
        size = sum(len(b.text) + sum(len(c) for row in b.rows for c in row) for b in blocks)
        if size > MAX_TEXT_CHARACTERS:
            raise Unreadable("too_long")
        out = json.dumps({"blocks": [b.to_json() for b in blocks]})
    except Unreadable as exc:
        # libxml2 reports a failed allocation as a syntax error; the reader cannot tell.
        code = "limits" if _near_memory_limit(memory_mb) else exc.code
        out = json.dumps({"error": code})
    except MemoryError:
        return _OUT_OF_MEMORY
    sys.stdout.buffer.write(out.encode())
    return 0


def _parse(data: bytes) -> int:
    payload = json.loads(data)
    try:
        result = parse_minutes(payload["text"], known_organisations=payload["known"])
        out = {"record": result.record, "problems": [asdict(p) for p in result.problems]}
    except MinutesError as exc:
        out = {"minutes_error": str(exc)}
    except MemoryError:
        return _OUT_OF_MEMORY
    sys.stdout.buffer.write(json.dumps(out).encode())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
