"""The suite's two tiers: what `bin/test` runs (the change tier) and what `bin/test --all` and
CI add (the slow tier). This file is the one list of the slow tier, each entry with its reason.

The change tier checks every app's behaviour in at most 2 minutes on 2 cores: a change that
breaks something is caught there, and the slow tier runs the same kinds of test at length (every
cell of the permission matrix, every browser journey, every set of real minutes, the forms' fuzz
with more examples, a real PostgreSQL restart). Where a slow kind has a smoke, the entry's
`keep` says which of its tests the change tier still runs.

A test is in the slow tier when an entry's `where` (a directory, a file, or a test: the start
of its node id) names it and its `keep` does not keep it. `bin/test --all` runs every tier;
naming a file or a test on the command line runs it whatever its tier
(`bin/test tests/test_permissions.py` runs the whole matrix), and `-m slow` runs the slow tier
alone.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

# Set by tests/conftest.py's pytest_configure from `--all`, before any test module is
# imported: test modules read it through `examples`.
EVERY_TIER = False


def examples(change: int, every: int) -> int:
    """A property test's examples: `change` in the change tier, `every` under `--all`."""
    return every if EVERY_TIER else change


def one_in(n: int, *params: str) -> Callable[[pytest.Item], bool]:
    """Keeps a fixed 1 in `n` of a parametrized test's cases, spread over `params`: the case is
    kept when its other parameters' hash picks its value of the first (a role, say) — so each
    combination of the others is checked for one value, a different one from row to row."""
    first, *others = params

    def keep(item: pytest.Item) -> bool:
        values = item.callspec.params  # type: ignore[attr-defined]
        key = "|".join(str(values[p]) for p in others)
        return zlib.crc32(key.encode()) % n == zlib.crc32(str(values[first]).encode()) % n

    return keep


@dataclass(frozen=True)
class Slow:
    where: str  # a directory, file or test, from the repository's root
    why: str
    # The change tier's smoke: node ids (starts of) kept, or a rule on the test item.
    keep: tuple[str, ...] = ()
    keep_if: Callable[[pytest.Item], bool] | None = None

    def holds(self, item: pytest.Item) -> bool:
        if not _under(item.nodeid, self.where):
            return False
        if any(_under(item.nodeid, kept) for kept in self.keep):
            return False
        return not (self.keep_if is not None and self.keep_if(item))


def _param(*values: str) -> Callable[[pytest.Item], bool]:
    """Keeps the cases whose parameters include one of `values`."""

    def keep(item: pytest.Item) -> bool:
        params = getattr(item, "callspec", None)
        return params is not None and bool(set(map(str, params.params.values())) & set(values))

    return keep


# Every role of the permission matrix (tests/test_permissions.py's ROLES).
ROLE_COUNT = 10

SLOW: tuple[Slow, ...] = (
    Slow(
        "tests/browser/",
        "A real Chromium per test (2-10 s each on 2 cores, ~180 tests): the editor's writing "
        "surface (its script, saving in place, a conflict, without JavaScript, axe at two widths) "
        "and the public pages' axe check stay as the smoke.",
        keep=(
            "tests/browser/test_writing_surface.py::test_a_paragraph_is_saved_a_moment_after_typing_stops_without_reloading",
            "tests/browser/test_writing_surface.py::test_an_edit_conflict_still_keeps_both_texts_and_says_who_saved",
            "tests/browser/test_writing_surface.py::test_the_writing_surface_is_accessible_at_both_widths[390]",
            "tests/browser/test_accessibility.py::test_it_has_no_accessibility_violations_on_public_pages",
        ),
    ),
    Slow(
        "tests/test_faults.py::test_a_postgresql_restart_loses_no_acknowledged_write_and_heals_itself",
        "Starts a PostgreSQL cluster and gunicorn of its own and restarts the cluster under "
        "load (about a minute); the 503 page's tests in the same file stay.",
    ),
    Slow(
        "tests/test_permissions.py::test_it_answers_as_the_table_says",
        "Every cell of the matrix (~3,000 requests); the change tier asks each row (URL, state, "
        "method) as one role, a different role from row to row.",
        keep_if=one_in(ROLE_COUNT, "role", "name", "state", "method"),
    ),
    Slow(
        "tests/test_permissions.py::test_it_keeps_every_page_for_a_signed_in_user_out_of_caches",
        "Every page as three roles; the change tier asks each page as one of them.",
        keep_if=one_in(3, "role", "name", "state"),
    ),
    Slow(
        "tests/test_permissions.py::test_it_answers_head_as_it_answers_get",
        "Every page as two roles; the change tier asks each page as one of them.",
        keep_if=one_in(2, "role", "name", "state"),
    ),
    Slow(
        "tests/test_fuzz_forms.py::test_no_form_post_fails_or_half_writes",
        "Every form posted as every role (~800 cases, each example fingerprinting every table); "
        "the change tier posts to every form as one role, a different one from form to form.",
        keep_if=one_in(ROLE_COUNT, "role", "name"),
    ),
    Slow(
        "tests/meetings/test_real_minutes.py",
        "Reads every set of real minutes (~150 files, PDFs laid out by pdfminer); the change "
        "tier reads and scores the first set (tests/data/real).",
        keep=(
            "tests/meetings/test_real_minutes.py::test_it_reads_every_real_record_without_crashing",
            "tests/meetings/test_real_minutes.py::test_it_scores_at_least_the_floor",
        ),
    ),
    Slow(
        "tests/meetings/test_hostile_uploads.py",
        "Each hostile file read in a sandboxed child process, three ways; the change tier keeps "
        "one hostile file per format (an XML bomb in Word, a PDF of 5,000 pages of tiny objects, "
        "refused by its count of pages) and the file's other tests, among them a read stopped "
        "at the time limit. The files read until the upload's 5 s of CPU run out (shared objects "
        "in a PDF, a Word file of many paragraphs or of huge numbering) are CI's: each burns "
        "those 5 s in its child, three times.",
        keep_if=lambda item: (
            (getattr(item, "callspec", None) is None and "make_py" not in item.nodeid)
            or _param("entity_expansion.docx")(item)
            or (
                _param("tiny_objects.pdf")(item)
                and "test_it_refuses_a_hostile_file_with_a_message" in item.nodeid
            )
        ),
    ),
    # The Nu Html Checker (Java, ~2 s a start) on each app's pages: the change tier keeps the
    # check of every kind of page (tests/test_html_validity.py); these check more states.
    *(
        Slow(
            where,
            "The Nu Html Checker again on one app's pages in more states; "
            "tests/test_html_validity.py checks every kind of page in the change tier.",
        )
        for where in (
            "tests/actions/test_log.py::test_it_serves_valid_html",
            "tests/meetings/test_search.py::test_it_serves_valid_html",
            "tests/agenda/test_html.py::test_it_serves_valid_html",
            "tests/meetings/test_imported_originals.py::test_it_serves_valid_html_with_the_original",
            "tests/meetings/test_public_pages.py::test_it_serves_valid_html_on_the_public_pages",
            "tests/meetings/test_editor_html.py",
        )
    ),
    Slow(
        "tests/actions/test_exports.py::test_it_exports_every_action_not_just_a_page",
        "Builds a log longer than a page and exports it whole in each format (45 s on a busy "
        "machine); the change tier keeps every other export test.",
    ),
    Slow(
        "tests/meetings/test_import_speed.py::test_import_minutes_imports_ten_thousand_lines_within_five_seconds",
        "The same 10,000-line import as the file's first timing, through the command (a few "
        "seconds of CPU, more on PostgreSQL); the change tier keeps that timing of the "
        "service and the command's own tests (tests/meetings/test_import_command.py).",
    ),
    Slow(
        "tests/meetings/test_pdf_reader.py::test_it_reads_sixty_pages_in_under_five_seconds_of_work",
        "Lays out and reads sixty pages, a timing; the reader's other tests stay.",
    ),
)


def _under(nodeid: str, where: str) -> bool:
    """Whether `where` (a directory ending in "/", a file, a test) names this test."""
    if not nodeid.startswith(where):
        return False
    return where.endswith("/") or nodeid[len(where) : len(where) + 1] in ("", ":", "[")


def in_slow_tier(item: pytest.Item) -> Slow | None:
    return next((entry for entry in SLOW if entry.holds(item)), None)


def named_on_the_command_line(config: pytest.Config) -> tuple[str, ...]:
    """The files and tests named as arguments (not directories), as node id starts."""
    root = Path(config.rootpath)
    named = []
    for arg in config.args:
        path, _, rest = arg.partition("::")
        full = (Path(config.invocation_params.dir) / path).resolve()
        if not full.is_file():
            continue
        try:
            relative = full.relative_to(root).as_posix()
        except ValueError:
            continue
        named.append(f"{relative}::{rest}" if rest else relative)
    return tuple(named)


def select(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Marks the slow tier `slow` and, unless `--all` or `-m` says otherwise, leaves it out."""
    for item in items:
        if in_slow_tier(item) is not None:
            item.add_marker(pytest.mark.slow)
    if EVERY_TIER or config.option.markexpr:
        return
    named = named_on_the_command_line(config)
    kept, left = [], []
    for item in items:
        slow = item.get_closest_marker("slow") is not None
        asked = any(_under(item.nodeid, name) for name in named)
        (left if slow and not asked else kept).append(item)
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = kept
