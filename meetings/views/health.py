"""The load balancer's check."""

import json

from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_safe

from meetings.models import Board


@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    # Touches the database so a load balancer takes a process out when it cannot reach it.
    Board.objects.exists()
    return HttpResponse(json.dumps({"status": "ok"}), content_type="application/json")
