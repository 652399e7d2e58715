"""Processes the benchmark starts: gunicorn servers, wrk, and the host's description."""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests

from bench.pgcluster import free_port

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
# One gunicorn command for the application and both references: only the module differs.
WORKERS = 2


@dataclass
class Server:
    name: str
    module: str
    env: dict[str, str]
    log_path: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def command(self) -> list[str]:
        return [
            str(BIN / "gunicorn"),
            self.module,
            "--workers", str(WORKERS),
            "--worker-class", "sync",
            "--bind", f"127.0.0.1:{self.port}",
            "--timeout", "120",
            "--no-control-socket",
            "--log-level", "info",
        ]  # fmt: skip

    def start(self, ready_path: str = "/", timeout: float = 60) -> None:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(  # noqa: S603 - our own command line
            self.command(), cwd=ROOT, env=self.env, stdout=log, stderr=log
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited at start; see {self.log_path}")
            try:
                requests.get(self.base + ready_path, timeout=5)
                return
            except requests.RequestException:
                time.sleep(0.2)
        raise RuntimeError(f"{self.name} did not answer in {timeout}s; see {self.log_path}")

    def worker_pids(self) -> list[int]:
        """The worker processes of this gunicorn master (from /proc)."""
        if self.process is None:
            return []
        pids = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == self.process.pid:
                pids.append(int(stat.parent.name))
        return sorted(pids)

    def stop(self) -> None:
        _stop(self.process)


def _stop(process: subprocess.Popen | None) -> None:
    if process is not None and process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass
class TaskWorker:
    """`manage.py db_worker`, as production runs it beside the web processes, kept running
    as a process manager would: the worker exits when it loses the database, and is started
    again a second later."""

    env: dict[str, str]
    log_path: Path
    process: subprocess.Popen | None = None
    restarts: int = 0
    _stopping: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._keep_running, daemon=True)
        self._thread.start()

    def _keep_running(self) -> None:
        command = [sys.executable, "manage.py", "db_worker", "--interval", "0.5"]
        with self.log_path.open("ab") as log:
            while not self._stopping.is_set():
                self.process = subprocess.Popen(  # noqa: S603 - our own command line
                    command, cwd=ROOT, env=self.env, stdout=log, stderr=log
                )
                self.process.wait()
                if self._stopping.wait(1):
                    return
                self.restarts += 1

    def stop(self) -> None:
        self._stopping.set()
        _stop(self.process)
        if self._thread is not None:
            self._thread.join(timeout=20)


@dataclass
class WrkResult:
    rate: float
    non_2xx: int
    errors: int
    latency_p50_ms: float | None


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def wrk(url: str, seconds: int, cookie: str = "") -> WrkResult:
    """`wrk -t2 -c8 -d<seconds>s` against url, the same for the app and its reference."""
    command = ["wrk", "-t2", "-c8", f"-d{seconds}s", "--timeout", "30s", "--latency", url]
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    out = subprocess.run(  # noqa: S603
        command, capture_output=True, text=True, check=True, timeout=seconds + 60
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    p50 = re.search(r"^\s+50%\s+([\d.]+)(us|ms|s|m)\s*$", out, re.M)
    return WrkResult(
        rate=rate,
        non_2xx=int(non_2xx.group(1)) if non_2xx else 0,
        errors=sum(int(g) for g in errors.groups()) if errors else 0,
        latency_p50_ms=round(float(p50.group(1)) * _UNITS[p50.group(2)], 2) if p50 else None,
    )


def machine(postgres_bin: Path) -> dict[str, object]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram_gib = None
    try:
        kib = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        ram_gib = round(kib / 1024 / 1024, 1)
    except (OSError, AttributeError):
        pass
    postgres = subprocess.run(  # noqa: S603
        [str(postgres_bin / "postgres"), "--version"], capture_output=True, text=True, check=False
    ).stdout.strip()
    wrk_version = subprocess.run(  # noqa: S603
        [shutil.which("wrk") or "wrk", "--version"], capture_output=True, text=True, check=False
    ).stdout.splitlines()
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gib": ram_gib,
        "postgresql": postgres,
        "python": platform.python_version(),
        "wrk": wrk_version[0] if wrk_version else shutil.which("wrk") or "",
        "kernel": platform.release(),
    }
