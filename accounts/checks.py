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
