"""The benchmark: speed against references measured in the same run, mixed load, and a
PostgreSQL restart in the middle of load. See README.md, "The benchmark".

    python -m bench            # full: 5 s per figure x 3 repeats (median), 60 s load, 60 s fault
    python -m bench --quick    # smoke run: 3 s per figure once, 15 s load, 15 s fault

Everything runs against a private PostgreSQL cluster (`bench.pgcluster`), with DEBUG off and
the application served by gunicorn as in production. Results are printed and written to
bench/results/latest.json and bench/results/latest.md. Exits 1 if a target is missed or an
acknowledged write is lost.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests

from bench import tests_figure
from bench.pgcluster import PgCluster
from bench.serving import BIN, ROOT, WORKERS, Server, TaskWorker, machine, wrk

RESULTS = Path(__file__).resolve().parent / "results"
# Signed-in pages are also measured against the static copy of this figure's page, in the
# same run: a ratio that holds on a busy machine where absolute rates do not.
STATIC_PAGE = "public record 300 page"
DEFAULT_REDIS = "redis://127.0.0.1:6379/5"
USERS = 32
# Under that load every page answers within this at the 95th percentile (issue 16): each
# response is its own page (a form's POST and the page its redirect shows are two).
P95_TARGET_MS = 1000


@dataclass
class Figure:
    name: str
    path: str  # on the application
    reference: str  # "static" or a path on the template-only reference
    target: float
    who: str = ""  # "", "member" or "clerk"
    file: str = ""  # the static reference's file name
    app: list[float] = field(default_factory=list)
    ref: list[float] = field(default_factory=list)
    note: str = ""
    static_target: float = 0.0  # against STATIC_PAGE's static copy; 0: not measured so
    static_rate: float | None = None  # that static copy's rate, in this run

    @property
    def static_ratio(self) -> float | None:
        if not self.static_target or self.app_rate is None or not self.static_rate:
            return None
        return self.app_rate / self.static_rate

    @property
    def app_rate(self) -> float | None:
        return statistics.median(self.app) if self.app else None

    @property
    def ref_rate(self) -> float | None:
        return statistics.median(self.ref) if self.ref else None

    @property
    def ratio(self) -> float | None:
        if self.app_rate is None or not self.ref_rate:
            return None
        return self.app_rate / self.ref_rate

    @property
    def verdict(self) -> str:
        if self.ratio is None:
            return "N/A"
        if self.static_target and (self.static_ratio or 0) < self.static_target:
            return "FAIL"
        return "PASS" if self.ratio >= self.target else "FAIL"


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def _environment(database_url: str, redis_url: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "prob.settings",
            "SECRET_KEY": "bench-only-secret-key-not-for-production-0123456789abcdefghij",
            "DEBUG": "false",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "false",
            "SECURE_COOKIES": "false",
            "BEHIND_TLS_PROXY": "false",
            # Production's queue, run by a `db_worker` beside gunicorn (TaskWorker).
            "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "PASSWORD_HASHERS": "django.contrib.auth.hashers.MD5PasswordHasher",
            # The bench accounts sign in with a password alone: the secretary would otherwise
            # be sent to set up two-factor sign-in instead of the editor.
            "MFA_REQUIRED_ROLES": "admin",
            "DATABASE_URL": database_url,
            "PYTHONPATH": str(ROOT),
        }
    )
    env.pop("STATICFILES_BACKEND", None)  # production's manifest storage, after collectstatic
    if redis_url:
        env["REDIS_URL"] = redis_url
    else:
        env.pop("REDIS_URL", None)
    return env


def _manage(env: dict[str, str], *args: str) -> None:
    subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args, "--verbosity", "0"], cwd=ROOT, env=env, check=True
    )


def _redis(url: str) -> tuple[str, str]:
    """Flushes the benchmark's Redis database; the URL to use ('' if Redis is not there)."""
    try:
        import redis

        client = redis.Redis.from_url(url, socket_connect_timeout=2)
        client.flushdb()
        return url, f"Redis {client.info('server').get('redis_version', '?')} at {url} (flushed)"
    except Exception as exc:
        return "", f"no Redis ({exc.__class__.__name__}: {exc}); running without REDIS_URL"


def _sign_in(base: str, email: str, password: str) -> str:
    session = requests.Session()
    page = session.get(f"{base}/accounts/login/", timeout=30)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    response = session.post(
        f"{base}/accounts/login/",
        {"username": email, "password": password, "csrfmiddlewaretoken": token},
        headers={"Referer": f"{base}/accounts/login/"},
        timeout=30,
    )
    cookie = session.cookies.get("sessionid")
    if not response.ok or not cookie:
        raise RuntimeError(f"could not sign in as {email} (status {response.status_code})")
    return f"sessionid={cookie}"


def _made(url: str, *, most_seconds: float = 300) -> requests.Response:
    """The answer for `url` once it is made: a large record's PDF not made yet is answered
    with 503 and Retry-After while the task worker makes it (README, "Made once, served from
    storage"), so it is asked for again until then."""
    deadline = time.monotonic() + most_seconds
    while True:
        response = requests.get(url, timeout=120)
        retry = response.headers.get("Retry-After", "")
        if response.status_code != 503 or not retry.isdigit() or time.monotonic() > deadline:
            return response
        time.sleep(min(int(retry), 5))


def _figures(seed: dict) -> list[Figure]:
    board = f"/boards/{seed['slug']}"
    small, big = f"{board}/{seed['small_date']}", f"{board}/{seed['big_date']}"
    figures = []
    for label, base, key in (("17", small, "r17"), ("300", big, "r300")):
        for kind, suffix, extension in (
            ("page", "/", "html"),
            (".txt", ".txt", "txt"),
            (".json", ".json", "json"),
            (".pdf", ".pdf", "pdf"),
        ):
            figures.append(
                Figure(
                    name=f"public record {label} {kind}",
                    path=base + suffix,
                    reference="static",
                    target=0.7,
                    file=f"{key}.{extension}",
                )
            )
    figures += [
        Figure(
            "member record 300", f"{big}/", "/member-record", 0.5, "member", static_target=0.018
        ),
        Figure(
            "editor 300 (draft)",
            f"{board}/{seed['draft_date']}/edit/",
            "/editor",
            0.5,
            "clerk",
            static_target=0.007,
        ),
        Figure(
            "action log (10,000)", f"{board}/actions/", "/log", 0.3, "member", static_target=0.027
        ),
    ]
    return figures


def _friendly_mark() -> str:
    """Words of the 503 page that a traceback would not have (its title, if it has one)."""
    page = ROOT / "templates" / "503.html"
    if not page.exists():
        return ""
    source = page.read_text()
    for pattern in (r"{%\s*block title\s*%}(.*?){%\s*endblock", r"<h1[^>]*>(.*?)</h1>"):
        match = re.search(pattern, source, re.S)
        text = match.group(1).strip() if match else ""
        if text and "{" not in text and "<" not in text:
            return text
    return ""


def _locust(
    *, server: Server, seed: dict, seconds: int, workdir: Path, tag: str, pdf: bool, env: dict
) -> tuple[subprocess.Popen, dict[str, Path]]:
    files = {
        "acks": workdir / f"{tag}-acks.jsonl",
        "events": workdir / f"{tag}-events.jsonl",
        "csv": workdir / f"{tag}",
        "log": workdir / f"{tag}-locust.log",
    }
    config = workdir / f"{tag}-config.json"
    config.write_text(
        json.dumps(
            {
                "seed": seed,
                "pdf": pdf,
                "acks_file": str(files["acks"]),
                "events_file": str(files["events"]),
                "friendly_mark": _friendly_mark(),
            }
        )
    )
    command = [
        str(BIN / "locust"),
        "-f", str(ROOT / "bench" / "locustfile.py"),
        "--headless",
        "-u", str(USERS),
        "-r", str(USERS),
        "-t", f"{seconds}s",
        "--host", server.base,
        "--csv", str(files["csv"]),
        "--only-summary",
        "--stop-timeout", "10",
        "--loglevel", "WARNING",
    ]  # fmt: skip
    locust_env = {**env, "BENCH_CONFIG": str(config)}
    with files["log"].open("wb") as out:
        process = subprocess.Popen(  # noqa: S603
            command, cwd=ROOT, env=locust_env, stdout=out, stderr=subprocess.STDOUT
        )
    return process, files


def _events(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _per_page(files: dict[str, Path]) -> dict[str, dict]:
    """p50/p95/p99 per page from locust's CSV, and the status classes from the events."""
    pages: dict[str, dict] = {}
    stats = Path(f"{files['csv']}_stats.csv")
    if stats.exists():
        with stats.open() as handle:
            for row in csv.DictReader(handle):
                if row["Name"] == "Aggregated":
                    continue
                pages[row["Name"]] = {
                    "requests": int(row["Request Count"]),
                    "p50_ms": float(row["50%"] or 0),
                    "p95_ms": float(row["95%"] or 0),
                    "p99_ms": float(row["99%"] or 0),
                    "rate": float(row["Requests/s"] or 0),
                }
    for event in _events(files["events"]):
        page = pages.setdefault(event["name"], {"requests": 0})
        status = event["status"]
        key = f"{status // 100}xx" if status else "no response"
        page[key] = page.get(key, 0) + 1
    return pages


def _acks(path: Path) -> list[dict]:
    return _events(path)


def _check_acks(acks: list[dict]) -> tuple[int, list[dict]]:
    """How many acknowledged writes are in the database, and the ones that are not."""
    from django.db import close_old_connections, connection

    from actions.models import ActionUpdate
    from meetings.models import Paragraph

    close_old_connections()
    connection.close()
    found, missing = 0, []
    texts = set(
        ActionUpdate.objects.filter(
            text__in=[a["text"] for a in acks if a["kind"] == "update"]
        ).values_list("text", flat=True)
    )
    # Paragraph edits overwrite one another: each acknowledged one must be in the history.
    history = Paragraph.history.model.objects
    for ack in acks:
        if ack["kind"] == "update":
            ok = ack["text"] in texts
        else:
            ok = history.filter(id=ack["paragraph"], text__contains=ack["mark"]).exists()
        found += ok
        if not ok:
            missing.append(ack)
    connection.close()
    return found, missing


def _measure(figures: list[Figure], app: Server, static: Server, render: Server, *, seconds: int,
             repeats: int, cookies: dict[str, str]) -> None:  # fmt: skip
    for figure in figures:
        if figure.note:
            continue
        cookie = cookies.get(figure.who, "")
        ref_url = (
            f"{static.base}/{figure.file}" if figure.reference == "static"
            else render.base + figure.reference
        )  # fmt: skip
        for _ in range(repeats):
            for target, url, into in ((app, app.base + figure.path, figure.app),
                                      (None, ref_url, figure.ref)):  # fmt: skip
                result = wrk(url, seconds, cookie if target is app else "")
                if result.non_2xx or result.errors:
                    figure.note = (
                        f"{'app' if target is app else 'reference'}: {result.non_2xx} non-2xx, "
                        f"{result.errors} socket errors"
                    )
                into.append(result.rate)
        page = next((f for f in figures if f.name == STATIC_PAGE), None)
        if figure.static_target and page is not None:
            figure.static_rate = page.ref_rate
        ratio = f"{figure.ratio:.2f}" if figure.ratio is not None else "-"
        against = (
            f", {figure.static_ratio:.4f} of the static {STATIC_PAGE} (target "
            f"{figure.static_target})" if figure.static_ratio is not None else ""
        )  # fmt: skip
        log(f"  {figure.name}: app {figure.app_rate:.0f}/s, reference {figure.ref_rate:.0f}/s, "
            f"ratio {ratio} (target {figure.target}){against} {figure.verdict}")  # fmt: skip


def _load_phase(app: Server, seed: dict, seconds: int, workdir: Path, pdf: bool,
                env: dict) -> dict:  # fmt: skip
    log(f"load: {seconds}s mixed workload, {USERS} users (locust)")
    process, files = _locust(
        server=app, seed=seed, seconds=seconds, workdir=workdir, tag="load", pdf=pdf, env=env
    )
    process.wait(timeout=seconds + 120)
    pages = _per_page(files)
    acks = _acks(files["acks"])
    found, missing = _check_acks(acks)
    five = sum(p.get("5xx", 0) for p in pages.values())
    dropped = sum(p.get("no response", 0) for p in pages.values())
    slow = sorted(name for name, p in pages.items() if p.get("p95_ms", 0) > P95_TARGET_MS)
    return {
        "seconds": seconds,
        "users": USERS,
        "pages": pages,
        "5xx": five,
        "no_response": dropped,
        "acknowledged_writes": len(acks),
        "found_in_db": found,
        "missing": missing[:10],
        "p95_target_ms": P95_TARGET_MS,
        "over_p95": slow,
        "ok": five == 0 and dropped == 0 and found == len(acks) and not slow,
    }


def _wait_healthy(app: Server, deadline: float) -> float | None:
    while time.monotonic() < deadline:
        try:
            # A long timeout: under load the probe queues behind the users' requests.
            if requests.get(f"{app.base}/healthz", timeout=30).status_code == 200:
                return time.monotonic()
        except requests.RequestException:
            pass
        time.sleep(0.05)
    return None


def _fault_phase(app: Server, pg: PgCluster, seed: dict, seconds: int, workdir: Path, pdf: bool,
                 env: dict, down_seconds: float = 3.0, grace: float = 2.0) -> dict:  # fmt: skip
    log(f"fault: {seconds}s mixed workload; PostgreSQL stopped (immediate) at {seconds // 3}s "
        f"for {down_seconds:.0f}s")  # fmt: skip
    boots_before = app.log_path.read_text(errors="replace").count("Booting worker")
    pids_before = app.worker_pids()
    process, files = _locust(
        server=app, seed=seed, seconds=seconds, workdir=workdir, tag="fault", pdf=pdf, env=env
    )
    locust_started = time.time()
    time.sleep(seconds / 3)
    stop_wall = time.time()
    pg.stop("immediate")
    stopped_wall = time.time()
    time.sleep(down_seconds)
    pg.start()
    started_wall, started = time.time(), time.monotonic()
    healthy = _wait_healthy(app, started + 60)
    recovery = None if healthy is None else healthy - started
    log(f"  PostgreSQL back; /healthz answered 200 {recovery:.2f}s after the restart"
        if recovery is not None else "  the application did not recover within 60s")  # fmt: skip
    process.wait(timeout=seconds + 120)
    pids_after = app.worker_pids()
    server_log = app.log_path.read_text(errors="replace")
    boots_after = server_log.count("Booting worker")

    events = _events(files["events"])
    window = (stop_wall, started_wall + grace)
    errors = [e for e in events if e["status"] >= 500 or e["status"] == 0]
    outside = [e for e in errors if not (window[0] <= e["t"] <= window[1] + e["ms"] / 1000)]
    unfriendly = [e for e in errors if not e.get("friendly")]
    # Recovery as the users saw it: their first successful request that needs the database
    # (a signed-in page: the session is in the database) after PostgreSQL came back.
    signed_in_pages = ("member", "owner", "secretariat", "sign in")
    successes = [
        e["t"]
        for e in events
        if e["t"] >= started_wall
        and e["status"] < 400
        and any(w in e["name"] for w in signed_in_pages)
    ]
    first_ok = min(successes, default=None)
    acks = _acks(files["acks"])
    found, missing = _check_acks(acks)
    statuses: dict[str, int] = {}
    for e in errors:
        statuses[str(e["status"])] = statuses.get(str(e["status"]), 0) + 1
    result = {
        "seconds": seconds,
        "outage": {
            "stop_at_s": round(stop_wall - locust_started, 2),
            "down_s": round(started_wall - stop_wall, 2),
            "stop_took_s": round(stopped_wall - stop_wall, 2),
            "grace_s": grace,
        },
        "errors": len(errors),
        "error_statuses": statuses,
        "errors_outside_window": len(outside),
        "errors_not_friendly_503": len(unfriendly),
        "examples": (outside + unfriendly)[:5],
        "pages": _per_page(files),
        "recovery_s": None if recovery is None else round(recovery, 2),
        "first_user_success_after_restart_s": (
            None if first_ok is None else round(first_ok - started_wall, 2)
        ),
        "acknowledged_writes": len(acks),
        "found_in_db": found,
        "missing": missing[:10],
        "worker_pids_before": pids_before,
        "worker_pids_after": pids_after,
        "workers_restarted": pids_before != pids_after or boots_after != boots_before,
        "tracebacks_in_server_log": server_log.count("Traceback"),
    }
    result["ok"] = (
        recovery is not None
        and not outside
        and not unfriendly
        and found == len(acks)
        and not result["workers_restarted"]
    )
    return result


def _task_summary(worker: TaskWorker) -> dict:
    """What the task worker did: tasks by name and outcome, and how often it was restarted."""
    from django.db import connection
    from django.db.models import Count
    from django_tasks_db.models import DBTaskResult

    connection.close()  # the cluster was restarted since this process last used it
    rows = DBTaskResult.objects.values("task_path", "status").annotate(n=Count("id"))
    counts: dict[str, dict[str, int]] = {}
    for row in rows.order_by("task_path", "status"):
        counts.setdefault(row["task_path"].rsplit(".", 1)[-1], {})[row["status"]] = row["n"]
    return {"by_task": counts, "worker_restarts": worker.restarts}


def _report(results: dict) -> str:
    lines = [
        "# PROB benchmark",
        "",
        f"{results['date']} — {results['mode']} run; "
        f"{results['machine']['nproc']} CPUs ({results['machine']['cpu']}), "
        f"{results['machine']['ram_gib']} GiB RAM, {results['machine']['postgresql']}; "
        f"gunicorn {WORKERS} sync workers; cache: {results['cache']}.",
    ]
    if results["figures"]:
        lines += [
            "",
            f"Per figure: wrk -t2 -c8, {results['seconds_per_figure']} s, median of "
            f"{results['repeats']}; app and reference measured alternately in this run.",
            "",
            "| figure | app req/s | reference req/s | ratio | target | vs static 300 page "
            "| target | result |",
            "|---|---:|---:|---:|---:|---:|---:|---|",
        ]
    for f in results["figures"]:
        ratio = "—" if f["ratio"] is None else f"{f['ratio']:.2f}"
        app = "—" if f["app"] is None else f"{f['app']:.0f}"
        ref = "—" if f["reference"] is None else f"{f['reference']:.0f}"
        note = f" ({f['note']})" if f["note"] else ""
        static = "" if f.get("static_ratio") is None else f"{f['static_ratio']:.4f}"
        static_target = f"≥ {f['static_target']}" if f.get("static_target") else ""
        lines.append(
            f"| {f['name']} | {app} | {ref} ({f['reference_kind']}) | {ratio} | "
            f"≥ {f['target']} | {static} | {static_target} | {f['result']}{note} |"
        )
    load = results.get("load")
    if load:
        lines += [
            "",
            f"## Load: {load['seconds']} s, {load['users']} users (locust), "
            f"{'PASS' if load['ok'] else 'FAIL'}",
            "",
            "| page | requests | p50 ms | p95 ms | p99 ms | 2xx | 3xx | 4xx | 5xx |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for name, p in sorted(load["pages"].items()):
            lines.append(
                f"| {name} | {p.get('requests', 0)} | {p.get('p50_ms', '—')} | "
                f"{p.get('p95_ms', '—')} | {p.get('p99_ms', '—')} | {p.get('2xx', 0)} | "
                f"{p.get('3xx', 0)} | {p.get('4xx', 0)} | {p.get('5xx', 0)} |"
            )
        lines += [
            "",
            f"5xx: {load['5xx']}; no response: {load['no_response']}; acknowledged writes: "
            f"{load['acknowledged_writes']}, found in the database: {load['found_in_db']}; "
            f"p95 target ≤ {load.get('p95_target_ms', P95_TARGET_MS)} ms for every page, over "
            f"it: {', '.join(load.get('over_p95', ())) or 'none'}.",
        ]
    fault = results.get("fault")
    if fault:
        o = fault["outage"]
        lines += [
            "",
            f"## Fault: PostgreSQL stopped (immediate) during load, "
            f"{'PASS' if fault['ok'] else 'FAIL'}",
            "",
            f"- outage: stopped at {o['stop_at_s']} s into the run, down {o['down_s']} s "
            f"(errors allowed until {o['grace_s']} s after the restart)",
            f"- errors: {fault['errors']} (statuses {fault['error_statuses'] or '{}'}), "
            f"outside the window: {fault['errors_outside_window']}, not the friendly 503 page: "
            f"{fault['errors_not_friendly_503']}",
            f"- acknowledged writes: {fault['acknowledged_writes']}, found in the database: "
            f"{fault['found_in_db']}",
            f"- recovery: /healthz 200 after {fault['recovery_s']} s; first signed-in success "
            f"after {fault['first_user_success_after_restart_s']} s",
            f"- workers before {fault['worker_pids_before']}, after "
            f"{fault['worker_pids_after']} (restarted: {fault['workers_restarted']}); "
            f"tracebacks in the server log: {fault['tracebacks_in_server_log']}",
        ]
    tasks = results.get("tasks")
    if tasks:
        done = "; ".join(
            f"{name}: " + ", ".join(f"{n} {status.lower()}" for status, n in by.items())
            for name, by in tasks["by_task"].items()
        )
        lines += [
            "",
            f"Task worker (`db_worker`, production's queue): {done or 'no tasks'}; restarted "
            f"{tasks['worker_restarts']} time(s) (it exits when it loses the database).",
        ]
    if results.get("tests"):
        lines += tests_figure.report(results["tests"])
    lines += ["", f"Overall: {'PASS' if results['ok'] else 'FAIL'}", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bin/bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a short smoke run")
    parser.add_argument("--seconds", type=int, help="wrk seconds per figure (5; quick 3)")
    parser.add_argument("--repeats", type=int, help="wrk runs per figure, median (3; quick 1)")
    parser.add_argument("--load-seconds", type=int, help="mixed load (60; quick 15)")
    parser.add_argument("--fault-seconds", type=int, help="load with the restart (60; quick 15)")
    parser.add_argument(
        "--only",
        help="measure only figures whose name contains this (several: separated by commas); "
        "'tests' times bin/test on SQLite and PostgreSQL (in a full run, not --quick, last)",
    )
    parser.add_argument("--no-load", action="store_true", help="skip the load and fault phases")
    parser.add_argument("--redis-url", default=os.environ.get("BENCH_REDIS_URL", DEFAULT_REDIS))
    parser.add_argument("--keep", action="store_true", help="keep the work directory")
    args = parser.parse_args(argv)
    seconds = args.seconds or (3 if args.quick else 5)
    repeats = args.repeats or (1 if args.quick else 3)
    load_seconds = args.load_seconds or (15 if args.quick else 60)
    fault_seconds = args.fault_seconds or (15 if args.quick else 60)

    workdir = Path(tempfile.mkdtemp(prefix="prob-bench-"))
    servers: list[Server | TaskWorker] = []
    log(f"work directory {workdir}")
    with PgCluster() as pg:
        try:
            if _only(args) == ["tests"]:
                return _tests_only(pg, workdir)
            return _run(args, pg, workdir, servers, seconds, repeats, load_seconds, fault_seconds)
        finally:
            for server in servers:
                server.stop()
            if not args.keep:
                import shutil

                shutil.rmtree(workdir, ignore_errors=True)


def _only(args) -> list[str]:
    return [part.strip() for part in (args.only or "").split(",") if part.strip()]


def _tests_wanted(args) -> bool:
    """The tests' figure: in a full run (last, once every server has stopped, so that it
    spoils no other figure and no other figure it), or when --only names it."""
    return "tests" in _only(args) or not (args.only or args.quick)


def _tests_only(pg, workdir: Path) -> int:
    tests = tests_figure.measure(pg.url("prob_tests"), workdir, log)
    results = {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "mode": "tests only",
        "machine": machine(pg.bin_dir),
        "cache": "not used",
        "figures": [],
        "tests": tests,
        "ok": tests["ok"],
    }
    return _write(results)


def _write(results: dict) -> int:
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(results, indent=2, default=str) + "\n")
    report = _report(results)
    (RESULTS / "latest.md").write_text(report)
    print()
    print(report)
    log(f"done; results in {RESULTS}/latest.json and latest.md")
    return 0 if results["ok"] else 1


def _run(args, pg, workdir, servers, seconds, repeats, load_seconds, fault_seconds) -> int:
    started = time.monotonic()
    database_url = pg.create_database("prob")
    redis_url, cache_note = _redis(args.redis_url)
    env = _environment(database_url, redis_url)
    # collectstatic's copies go with the run, not into the checkout (where they would slow
    # every test client's WhiteNoise down).
    env["STATIC_ROOT"] = str(workdir / "collected")
    os.environ.update({k: v for k, v in env.items() if k not in ("PYTHONPATH",)})
    if not redis_url:
        os.environ.pop("REDIS_URL", None)
    log(f"PostgreSQL cluster at {database_url}; {cache_note}")
    log("migrate, collectstatic")
    _manage(env, "migrate", "--noinput")
    _manage(env, "collectstatic", "--noinput")

    import django

    django.setup()
    from django.conf import settings
    from django.db import connection

    from bench import seed as seeding

    log("building the data")
    t0 = time.monotonic()
    info = seeding.build().as_dict()
    # Bulk-loaded tables have no statistics until autovacuum gets to them, which a real
    # database has long had: without them the planner takes a 10,000-action join for one row.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    connection.close()
    log(f"  built in {time.monotonic() - t0:.1f}s: {info['counts']}")
    cache = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    cache_desc = cache + (
        f" ({redis_url})" if redis_url and "redis" in cache.lower()
        else f" (REDIS_URL={redis_url} given, not used by the settings)" if redis_url
        else ""
    )  # fmt: skip
    log(f"cache: {cache_desc}")

    seed_json = json.dumps(info)
    app = Server("app", "prob.wsgi", env, workdir / "app.log")
    servers.append(app)
    app.start("/healthz")
    tasks = TaskWorker(env, workdir / "worker.log")
    servers.append(tasks)
    tasks.start()
    render = Server(
        "template-only reference", "bench.render_app", {**env, "BENCH_SEED": seed_json},
        workdir / "render.log",
    )  # fmt: skip
    servers.append(render)
    render.start("/log", timeout=300)
    cookies = {
        "member": _sign_in(app.base, info["member"], info["password"]),
        "clerk": _sign_in(app.base, info["clerk"], info["password"]),
    }

    figures = _figures(info)
    if args.only:
        # The signed-in figures' static ratio needs the static page measured in the same run.
        parts = [part.strip() for part in args.only.split(",") if part.strip()]
        wanted = [f for f in figures if any(part in f.name for part in parts)]
        needs_static = any(f.static_target for f in wanted)
        figures = [f for f in figures if f in wanted or (needs_static and f.name == STATIC_PAGE)]
    static_root = workdir / "static"
    static_root.mkdir()
    for figure in figures:
        if figure.reference != "static":
            continue
        response = _made(app.base + figure.path)
        if response.status_code != 200:
            figure.note = f"the application answers {response.status_code}"
            continue
        (static_root / figure.file).write_bytes(response.content)
    for figure in figures:
        if figure.who and not figure.note:
            response = requests.get(
                app.base + figure.path, headers={"Cookie": cookies[figure.who]}, timeout=120
            )
            if response.status_code != 200:
                figure.note = f"the application answers {response.status_code}"
    pdf = not any(f.note for f in figures if f.file.endswith(".pdf"))
    static = Server(
        "static reference", "bench.static_app", {**env, "BENCH_STATIC_ROOT": str(static_root)},
        workdir / "static.log",
    )  # fmt: skip
    servers.append(static)
    static.start("/")

    log(f"figures: wrk -t2 -c8 -d{seconds}s, median of {repeats}")
    _measure(figures, app, static, render, seconds=seconds, repeats=repeats, cookies=cookies)

    results: dict = {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "mode": "quick" if args.quick else "full",
        "machine": machine(pg.bin_dir),
        "cache": cache_desc,
        "gunicorn": f"gunicorn -w {WORKERS} -k sync (app and references alike)",
        "seconds_per_figure": seconds,
        "repeats": repeats,
        "data": info["counts"],
        "figures": [
            {
                "name": f.name,
                "path": f.path,
                "app": f.app_rate,
                "reference": f.ref_rate,
                "reference_kind": "static" if f.reference == "static" else "template only",
                "ratio": None if f.ratio is None else round(f.ratio, 3),
                "target": f.target,
                "static_ratio": None if f.static_ratio is None else round(f.static_ratio, 4),
                "static_target": f.static_target or None,
                "result": f.verdict,
                "note": f.note,
                "app_runs": f.app,
                "reference_runs": f.ref,
            }
            for f in figures
        ],
    }
    ok = all(f.verdict == "PASS" for f in figures)
    if not args.no_load:
        results["load"] = _load_phase(app, info, load_seconds, workdir, pdf, env)
        results["fault"] = _fault_phase(app, pg, info, fault_seconds, workdir, pdf, env)
        ok = ok and results["load"]["ok"] and results["fault"]["ok"]
        results["tasks"] = _task_summary(tasks)
    if _tests_wanted(args):
        for server in servers:
            server.stop()
        results["tests"] = tests_figure.measure(pg.url("prob_tests"), workdir, log)
        ok = ok and results["tests"]["ok"]
    results["ok"] = ok
    results["elapsed_s"] = round(time.monotonic() - started, 1)
    log(f"done in {results['elapsed_s']}s")
    return _write(results)
