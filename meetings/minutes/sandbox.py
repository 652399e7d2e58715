"""Uploads are read in a child process with hard limits, so that no file can hold a web
worker: a Python process cannot be made to give up a loop inside a library, but a child can
be killed. Each read forks a child from a forkserver that has imported the readers and nothing
of Django (so it needs no settings or database, and each read skips the readers' imports).
The child caps its own address space and CPU time before it reads a byte of the upload from
its pipe, and sends back the blocks (or a refusal's code) as JSON; the parent kills it when
the same number of seconds have passed on the clock, however busy the machine. `python -m
meetings.minutes.sandbox KIND SECONDS MEGABYTES` does the same on stdin and stdout."""

import contextlib
import importlib
import io
import json
import logging
import math
import multiprocessing
import multiprocessing.connection
import multiprocessing.context
import multiprocessing.process
import os
import resource
import sys
import threading
import traceback
from collections.abc import Iterable
from dataclasses import asdict
from multiprocessing import forkserver, popen_forkserver, reduction, spawn, util
from multiprocessing.context import set_spawning_popen
from typing import Any

from meetings.minutes.blocks import Block, Unreadable
from meetings.minutes.lines import ParseResult, Problem
from meetings.minutes.text import MinutesError, parse_minutes

logger = logging.getLogger(__name__)

READERS = {
    "docx": "meetings.minutes.docx_reader:read_docx",
    "pdf": "meetings.minutes.pdf_reader:read_pdf",
}
# The wall-clock limit, as a multiple of the CPU limit: the limit is the worker's time, on
# the clock. At twice the CPU limit, and with each long text given the limit for each million
# characters, a 1.95 MB text held a web worker 25 seconds on a loaded machine (load 9.8 on
# two cores: a child gets a fifth of a core), and the refusal named 9.8 seconds (QA F12).
WALL_CLOCK_FACTOR = 1
# The child's exit status when it runs out of memory and can still say so.
_OUT_OF_MEMORY = 3
# More text than any minutes hold; the form's own limit is lower. It keeps a document that
# unpacks to a great deal of text from filling the parent's memory with JSON.
MAX_TEXT_CHARACTERS = 8 * 1024 * 1024


def read_in_child(kind: str, data: bytes, *, seconds: float, memory_mb: int) -> list[Block]:
    """The blocks a reader finds in `data`, or Unreadable: the reader's own code, "limits"
    when the child ran out of time (`seconds` on the clock, or of CPU) or memory, or
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
    returncode, stdout, stderr = _fork_child(kind, data, seconds, memory_mb)
    if returncode is None:
        # Killed at the wall-clock limit, with SIGKILL, which no loop can ignore.
        raise Unreadable("limits")
    # Killed by a signal (SIGXCPU at the CPU limit, SIGKILL) or out of memory.
    if returncode < 0 or returncode == _OUT_OF_MEMORY or b"MemoryError" in stderr[-2000:]:
        raise Unreadable("limits")
    try:
        result = json.loads(stdout) if returncode == 0 else None
    except ValueError:
        result = None
    if not isinstance(result, dict):
        logger.warning(
            "Reading a %s upload failed (exit %s): %s",
            kind,
            returncode,
            stderr[-2000:].decode(errors="replace"),
        )
        raise Unreadable("failed")
    if "error" in result:
        raise Unreadable(str(result["error"]))
    return result


def _context() -> multiprocessing.context.BaseContext:
    """The forkserver context, its server importing the readers once: each read forks from
    it instead of starting an interpreter (some 0.25 s of CPU a read). The server starts at
    the first read in a process and again at the next read after it died; the process's
    default start method is left as it was."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__, *(r.partition(":")[0] for r in READERS.values())])
    return context


def _fork_child(
    kind: str, data: bytes, seconds: float, memory_mb: int
) -> tuple[int | None, bytes, bytes]:
    """Run _child on `data` in a process forked from the forkserver: its exit status (None
    when it was killed at the wall-clock limit), what it sent as its result and what it sent
    as its error output."""
    global _children_cpu
    context = _context()
    upload_r, upload_w = context.Pipe(duplex=False)
    result_r, result_w = context.Pipe(duplex=False)
    child = _Process(target=_child, args=(kind, seconds, memory_mb, upload_r, result_w))
    child.daemon = True
    with _starting:
        try:
            child.start()
        except BaseException:
            for end in (upload_r, upload_w, result_r, result_w):
                end.close()
            raise
        # Only this thread waits for it: another thread's start() polls every process in
        # multiprocessing's list of children and could read its exit status first.
        multiprocessing.process._children.discard(child)
    upload_r.close()
    result_w.close()
    killed = threading.Event()

    def kill() -> None:
        killed.set()
        child.kill()

    timer = threading.Timer(seconds * WALL_CLOCK_FACTOR, kill)
    timer.start()
    header: dict[str, Any] = {}
    body = b""
    try:
        # The child reads the upload only once its limits are set.
        with contextlib.suppress(OSError):
            upload_w.send_bytes(data)
        upload_w.close()
        try:
            header = json.loads(result_r.recv_bytes())
            body = result_r.recv_bytes()
        except (EOFError, OSError, ValueError):
            pass
        if not isinstance(header, dict):
            header = {}
        child.join()
    finally:
        timer.cancel()
        result_r.close()
        upload_w.close()
    with _starting, contextlib.suppress(TypeError, ValueError):
        _children_cpu += float(header.get("cpu", 0))
    exitcode = child.exitcode
    child.close()
    if killed.is_set():
        return None, b"", b""
    stdout, stderr = (body, b"") if header.get("ok") else (b"", body)
    return exitcode, stdout, stderr


class _Popen(popen_forkserver.Popen):
    """Starts a child as the forkserver's Popen does, but without the parent's main module
    (gunicorn, manage.py, pytest): a child given it runs it again, and imports Django."""

    def _launch(self, process_obj: Any) -> None:
        prep_data = spawn.get_preparation_data(process_obj._name)
        prep_data.pop("init_main_from_name", None)
        prep_data.pop("init_main_from_path", None)
        buf = io.BytesIO()
        set_spawning_popen(self)
        try:
            reduction.dump(prep_data, buf)
            reduction.dump(process_obj, buf)
        finally:
            set_spawning_popen(None)
        self.sentinel, w = forkserver.connect_to_new_process(self._fds)
        # As the standard library's: the parent's end of the data pipe is the child's sign
        # that its parent is alive.
        parent_w = os.dup(w)
        self.finalizer = util.Finalize(self, util.close_fds, (parent_w, self.sentinel))
        with open(w, "wb", closefd=True) as f:
            f.write(buf.getbuffer())
        self.pid = forkserver.read_signed(self.sentinel)


class _Process(multiprocessing.context.ForkServerProcess):
    @staticmethod
    def _Popen(process_obj: Any) -> _Popen:
        return _Popen(process_obj)


# Process.start is not meant to be called from several threads at once (runserver's,
# gunicorn's threads); it is quick, the read that follows is not.
_starting = threading.Lock()
# The CPU time the forked children reported: they are the forkserver's children, so
# getrusage(RUSAGE_CHILDREN) here does not count them.
_children_cpu = 0.0


def children_cpu_seconds() -> float:
    """The CPU seconds of this process's children it waited for and of the sandbox's
    children that finished (a child killed at a limit reports none)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    with _starting:
        return children.ru_utime + children.ru_stime + _children_cpu


def _child(
    kind: str,
    seconds: float,
    memory_mb: int,
    upload: multiprocessing.connection.Connection,
    result: multiprocessing.connection.Connection,
) -> None:
    """The forked child: limits first, then the upload, then the result as main() gives it
    on stdout (or its error output), and its exit status."""
    try:
        # It sees none of the parent's environment (secrets, settings): it needs none.
        os.environ.clear()
        os.environ.update({"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"})
        _limit(seconds, memory_mb)
        code, out = _work(kind, upload.recv_bytes(), memory_mb)
        upload.close()
        ok = code == 0
    except MemoryError:
        os._exit(_OUT_OF_MEMORY)
    except BaseException:
        try:
            code, ok, out = 1, False, traceback.format_exc().encode(errors="replace")
        except MemoryError:
            os._exit(_OUT_OF_MEMORY)
    try:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        result.send_bytes(json.dumps({"ok": ok, "cpu": usage.ru_utime + usage.ru_stime}).encode())
        result.send_bytes(out)
        result.close()
    except MemoryError:
        os._exit(_OUT_OF_MEMORY)
    except OSError:
        os._exit(1)
    os._exit(code)


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
    """`python -m meetings.minutes.sandbox KIND SECONDS MEGABYTES`: the upload on stdin,
    the result as JSON on stdout, under the same limits as a forked child."""
    kind, seconds, memory_mb = argv[0], float(argv[1]), int(argv[2])
    _limit(seconds, memory_mb)
    try:
        code, out = _work(kind, sys.stdin.buffer.read(), memory_mb)
    except MemoryError:
        return _OUT_OF_MEMORY
    sys.stdout.buffer.write(out)
    return code


def _work(kind: str, data: bytes, memory_mb: int) -> tuple[int, bytes]:
    """The exit status and the JSON result of reading `data` as `kind`."""
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
        return _OUT_OF_MEMORY, b""
    return 0, out.encode()


def _parse(data: bytes) -> tuple[int, bytes]:
    payload = json.loads(data)
    try:
        result = parse_minutes(payload["text"], known_organisations=payload["known"])
        out = {"record": result.record, "problems": [asdict(p) for p in result.problems]}
    except MinutesError as exc:
        out = {"minutes_error": str(exc)}
    except MemoryError:
        return _OUT_OF_MEMORY, b""
    return 0, json.dumps(out).encode()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
