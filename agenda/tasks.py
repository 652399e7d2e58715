"""Work on agendas done outside the request (`django.tasks`)."""

from __future__ import annotations

from django.tasks import task

from agenda.models import Agenda


@task
def agenda_packs_make(*, agenda_id: int) -> list[str]:
    """Makes the published agenda's public and members' packs (`agenda.pack`); returns their
    SHA-256. Does nothing for an agenda gone or unpublished since it was queued."""
    from agenda.pack import packs_make

    agenda = Agenda.objects.select_related("meeting__board").filter(pk=agenda_id).first()
    if agenda is None or not agenda.is_published:
        return []
    return [pack.sha256 for pack in packs_make(agenda)]
