"""Accessibility checks with axe-core, the copy bundled in axe-playwright-python.

from tests.browser.axe import assert_no_axe_violations
page.goto(live_server.url + "/")
assert_no_axe_violations(page)
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

import pytest

# WCAG 2.2 AA (with the 2.0/2.1 A and AA rules it builds on) plus Deque's best practices.
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


@cache
def axe_source() -> str:
    return (files("axe_playwright_python") / "axe.min.js").read_text(encoding="utf-8")


def run_axe(page) -> list[dict]:
    """axe-core's violations for the page as it is now, one dict per rule broken."""
    # Evaluated, not added as a <script>: PROB's Content-Security-Policy would block an
    # injected script, while evaluation through DevTools is outside the page's CSP.
    # A navigation discards it, so check on every call rather than remember.
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(axe_source() + "\n;undefined")
    results = page.evaluate(
        """(tags) => axe.run(document, {
            runOnly: {type: "tag", values: tags},
            resultTypes: ["violations"],
        })""",
        TAGS,
    )
    return results["violations"]


def _describe(violation: dict) -> str:
    lines = [f"{violation['id']} ({violation.get('impact')}): {violation['help']}"]
    lines.append(f"  {violation.get('helpUrl', '')}")
    for node in violation.get("nodes", []):
        target = " ".join(str(part) for part in node.get("target", []))
        lines.append(f"  - {target}")
        summary = (node.get("failureSummary") or "").strip()
        if summary:
            lines.extend(f"      {line}" for line in summary.splitlines())
    return "\n".join(lines)


def assert_no_axe_violations(page) -> None:
    """Fail listing every axe-core violation on the page as it is now."""
    __tracebackhide__ = True
    violations = run_axe(page)
    if violations:
        pytest.fail(
            f"{len(violations)} accessibility violation(s) on {page.url}:\n"
            + "\n".join(_describe(violation) for violation in violations)
        )
