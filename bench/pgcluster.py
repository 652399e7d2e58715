"""A throwaway PostgreSQL cluster for fault tests and benchmarks.

Usage::

    from bench.pgcluster import PgCluster

    with PgCluster() as pg:            # initdb in a temp dir, started, trust auth
        pg.create_database("prob")
        url = pg.url("prob")           # postgres://postgres@127.0.0.1:<port>/prob
        pg.stop("immediate")           # simulate a crash ...
        pg.start()                     # ... and bring it back on the same port
    # stopped and deleted here

The cluster uses the machine's own PostgreSQL binaries (the highest version under
``/usr/lib/postgresql/*/bin``, or ``PG_BIN_DIR`` / the ``bin_dir`` argument), listens only on
127.0.0.1 on a free port (its Unix socket lives in the temp dir, so it never collides with a
system cluster), and trusts every local connection as the superuser ``postgres``. ``initdb``
refuses to run as root, so when this process is root the server programs run as the
``postgres`` OS user through ``runuser`` and the temp dir is handed to that user.

It never touches any other cluster: restarting it is safe while other tests use the shared
server. ``fsync`` is off by default (``durable=False``): that loses nothing when only the
server process dies (``stop("immediate")`` is a crash of PostgreSQL, not of the machine, and
committed WAL is already in the OS page cache) and makes ``initdb``/``createdb`` fast.

Standard library only.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

__all__ = ["PgCluster", "PgClusterError", "find_bin_dir", "free_port"]

SUPERUSER = "postgres"


class PgClusterError(RuntimeError):
    """A PostgreSQL program failed; the message carries its output and the server log tail."""


def find_bin_dir() -> Path:
    """The directory of the highest installed PostgreSQL version's programs."""
    override = os.environ.get("PG_BIN_DIR")
    if override:
        return Path(override)

    def version(path: str) -> tuple[int, ...]:
        match = re.search(r"/postgresql/([\d.]+)/bin$", path)
        return tuple(int(p) for p in match.group(1).split(".")) if match else (0,)

    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version)
    if candidates:
        return Path(candidates[-1])
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise PgClusterError(
        "no PostgreSQL binaries found (looked in /usr/lib/postgresql/*/bin and PATH)"
    )


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that is free right now on host (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


class PgCluster:
    """A private PostgreSQL cluster in a temp dir; a context manager that starts and removes it.

    Methods: ``start()``, ``stop(mode="fast"|"smart"|"immediate")``, ``restart()``,
    ``url(dbname)``, ``create_database(name)``, ``is_running()``, ``log()``, ``close()``.
    The port stays the same across stops and starts, so a URL taken once stays valid.
    """

    def __init__(
        self,
        bin_dir: str | os.PathLike | None = None,
        port: int | None = None,
        host: str = "127.0.0.1",
        durable: bool = False,
        settings: dict[str, str] | None = None,
        keep: bool = False,
    ):
        self.bin_dir = Path(bin_dir) if bin_dir else find_bin_dir()
        self.host = host
        self.port = port or free_port(host)
        self.durable = durable
        self.settings = dict(settings or {})
        self.keep = keep  # leave the temp dir behind on close (for debugging)
        self.base_dir: Path | None = None
        self.data_dir: Path | None = None
        self.log_path: Path | None = None
        self._as_postgres = os.geteuid() == 0

    # -- context manager -------------------------------------------------------------------

    def __enter__(self) -> PgCluster:
        try:
            self.init()
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    # -- lifecycle -------------------------------------------------------------------------

    def init(self) -> None:
        """Create the temp dir and run initdb in it (trust auth, UTF-8, C locale)."""
        if self.data_dir is not None:
            return
        self.base_dir = Path(tempfile.mkdtemp(prefix="prob-pgcluster-"))
        self.data_dir = self.base_dir / "data"
        self.log_path = self.base_dir / "server.log"
        if self._as_postgres:
            shutil.chown(self.base_dir, user=SUPERUSER, group=None)
        self._run_server_program(
            "initdb",
            "-D", str(self.data_dir),
            "-U", SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C",
            "--no-sync",
        )  # fmt: skip

    def start(self, timeout: float = 30) -> None:
        """Start the server and wait until it accepts connections."""
        if self.data_dir is None:
            self.init()
        options = {
            "port": str(self.port),
            "listen_addresses": self.host,
            "unix_socket_directories": str(self.base_dir),
            "fsync": "on" if self.durable else "off",
            "max_connections": "100",
            **self.settings,
        }
        server_args = " ".join(f"-c {key}={value}" for key, value in options.items())
        self._run_server_program(
            "pg_ctl",
            "start",
            "-D", str(self.data_dir),
            "-l", str(self.log_path),
            "-o", server_args,
            "-w",
            "-t", str(int(timeout)),
        )  # fmt: skip
        self._wait_for_port(timeout)

    def stop(self, mode: str = "fast", timeout: float = 30) -> None:
        """Stop the server: "smart" (wait for clients), "fast" (roll back), "immediate" (crash)."""
        if mode not in ("smart", "fast", "immediate"):
            raise ValueError(f"unknown shutdown mode {mode!r}")
        if not self.is_running():
            return
        self._run_server_program(
            "pg_ctl", "stop", "-D", str(self.data_dir), "-m", mode, "-w", "-t", str(int(timeout))
        )

    def restart(self, mode: str = "fast") -> None:
        """Stop (in mode) and start again on the same port."""
        self.stop(mode)
        self.start()

    def close(self) -> None:
        """Stop the server (immediately) and delete the temp dir. Safe to call twice."""
        if self.base_dir is None:
            return
        try:
            if self.is_running():
                self.stop("immediate")
        finally:
            if not self.keep:
                shutil.rmtree(self.base_dir, ignore_errors=True)
            self.base_dir = self.data_dir = self.log_path = None

    # -- state and use ---------------------------------------------------------------------

    def is_running(self) -> bool:
        """Whether the postmaster of this cluster is running (per pg_ctl status)."""
        if self.data_dir is None or not (self.data_dir / "postmaster.pid").exists():
            return False
        result = self._run_server_program("pg_ctl", "status", "-D", str(self.data_dir), check=False)
        return result.returncode == 0

    def url(self, dbname: str = "postgres") -> str:
        """A DATABASE_URL for dbname on this cluster, as the trusted superuser."""
        return f"postgres://{SUPERUSER}@{self.host}:{self.port}/{dbname}"

    def create_database(self, name: str) -> str:
        """Create database name (owned by the superuser) and return its URL."""
        createdb = str(self.bin_dir / "createdb")
        self._run([createdb, "-h", self.host, "-p", str(self.port), "-U", SUPERUSER, name])
        return self.url(name)

    def log(self) -> str:
        """The server log so far ('' if there is none)."""
        if self.log_path is None or not self.log_path.exists():
            return ""
        return self.log_path.read_text(errors="replace")

    # -- internals -------------------------------------------------------------------------

    def _wait_for_port(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with socket.create_connection((self.host, self.port), timeout=1):
                    return
            except OSError:
                if time.monotonic() > deadline:
                    raise PgClusterError(
                        f"server not listening on {self.host}:{self.port}\n{self.log()[-2000:]}"
                    ) from None
                time.sleep(0.05)

    def _run_server_program(
        self, program: str, *args: str, check: bool = True
    ) -> subprocess.CompletedProcess:
        command = [str(self.bin_dir / program), *args]
        if self._as_postgres:
            command = ["runuser", "-u", SUPERUSER, "--", *command]
        return self._run(command, check=check)

    def _run(self, command: list[str], check: bool = True) -> subprocess.CompletedProcess:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env["LC_ALL"] = "C"
        result = subprocess.run(  # noqa: S603 - our own argument lists, never a shell
            command,
            cwd=self.base_dir or tempfile.gettempdir(),
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            check=False,
        )
        if check and result.returncode != 0:
            raise PgClusterError(
                f"{' '.join(command)} exited {result.returncode}\n{result.stdout}{result.stderr}\n"
                f"--- server log ---\n{self.log()[-2000:]}"
            )
        return result
