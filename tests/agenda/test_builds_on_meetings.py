"""The agenda builds on meetings, never the other way (`meetings.extensions`): no module of
the meetings app imports the agenda, and what its pages show of the agenda is handed over by
the agenda app when it starts."""

from __future__ import annotations

import ast
from pathlib import Path

from django.conf import settings

from agenda import public
from meetings import extensions


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def test_no_meetings_module_imports_the_agenda() -> None:
    meetings = Path(settings.BASE_DIR) / "meetings"
    importing = sorted(
        str(path.relative_to(meetings))
        for path in meetings.rglob("*.py")
        if "migrations" not in path.parts
        and any(name.split(".")[0] == "agenda" for name in imported_modules(path))
    )
    assert importing == []


def test_the_agenda_app_hands_its_parts_over_when_it_starts() -> None:
    assert extensions._record_papers["agenda"] is public.papers_considered
    assert extensions._feed_entries["agenda"] is public.feed_entries
