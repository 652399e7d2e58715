"""The apps stand on one another in one direction: meetings is the ground floor, the actions
app builds on it and the agenda on both, never the other way (`meetings.extensions`,
`actions.extensions`). No module of meetings imports the actions or agenda apps, and none of
actions imports the agenda: what meetings' pages show of the agenda, what Undo puts back of an
action's reminders, and what My actions and its reminders run take of the agenda's paper
requests are handed over by those apps when they start. The action itself is part of the
record (`meetings.models.Action`), as is who may see it (`meetings.action_scoping`).

Accounts build on meetings (a user's roles are their memberships; the private calendar lists
their boards' meetings) and single sign-on on accounts: meetings imports neither (a form kept
through an expired session is `prob.unsaved`'s), and accounts never imports sso (the sign-in
page's detour is mounted by sso, `sso/sign_in_urls.py`; whether a user has a password to confirm
with is asked of the authentication backends, `accounts.backends.signs_in_elsewhere`)."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest
from django.conf import settings

from actions import extensions as actions_extensions
from actions.models import SentReminder
from agenda import emails, my_requests, public
from meetings import extensions


@functools.cache
def imported_modules(path: Path) -> frozenset[str]:
    """What the module at `path` imports (absolute names): read once a run, as the meetings
    app's ~150 modules are asked about twice (by actions and by the agenda)."""
    tree = ast.parse(path.read_text(), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return frozenset(names)


def importing(app: str, other: str) -> list[str]:
    """The modules of `app` (its migrations aside) that import `other`."""
    root = Path(settings.BASE_DIR) / app
    return sorted(
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if "migrations" not in path.parts
        and any(name.split(".")[0] == other for name in imported_modules(path))
    )


@pytest.mark.parametrize(
    ("app", "other"),
    [
        ("meetings", "actions"),
        ("meetings", "agenda"),
        ("actions", "agenda"),
        ("meetings", "accounts"),
        ("meetings", "sso"),
        ("accounts", "sso"),
    ],
)
def test_no_module_imports_an_app_built_on_its_own(app: str, other: str) -> None:
    assert importing(app, other) == []


def test_the_apps_built_on_others_hand_their_parts_over_when_they_start() -> None:
    assert extensions._record_papers["agenda"] is public.papers_considered
    assert extensions._feed_entries["agenda"] is public.feed_entries
    assert extensions.kept_with_parts() == (SentReminder,)
    listed = actions_extensions._owner_lists["agenda"]
    assert listed.context is my_requests.owner_list_context
    assert actions_extensions._reminders["agenda"].send is emails.paper_requests_remind
