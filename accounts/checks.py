from typing import Any

from django.conf import settings
from django.core.checks import Warning, register


@register(deploy=True)
def tasks_run_outside_requests(**kwargs: Any) -> list[Warning]:
    """Password reset emails must be sent by a worker: sent inside the request, the time the
    answer takes tells whether an account uses the address."""
    backend = settings.TASKS["default"]["BACKEND"]
    if backend.endswith("ImmediateBackend"):
        return [
            Warning(
                "Tasks run inside the request (ImmediateBackend).",
                hint="Set TASKS_BACKEND=django_tasks_db.DatabaseBackend and run "
                "`manage.py db_worker`.",
                id="prob.W001",
            )
        ]
    return []


@register(deploy=True)
def proxy_count_without_a_proxy(**kwargs: Any) -> list[Warning]:
    """Proxies are counted (PROXY_COUNT) but the TLS-terminating proxy is not trusted
    (BEHIND_TLS_PROXY off): one of the two is wrong. If there is no proxy, every client writes
    the X-Forwarded-For that sign-in throttling and the password reset limits read."""
    if settings.PROXY_COUNT and not settings.SECURE_PROXY_SSL_HEADER:
        return [
            Warning(
                f"PROXY_COUNT is {settings.PROXY_COUNT} but BEHIND_TLS_PROXY is off.",
                hint="Behind a TLS-terminating proxy, set BEHIND_TLS_PROXY=true and let only "
                "the proxy reach gunicorn; without one, set PROXY_COUNT=0.",
                id="prob.W002",
            )
        ]
    return []
