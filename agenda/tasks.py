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


@task
def paper_request_notify(*, request_id: int) -> int:
    """Emails the organisation asked for a paper (its action owners on the board), one email
    each; returns how many were sent. Nothing for a request answered or withdrawn since."""
    from django.utils import timezone

    from agenda.emails import paper_request_email
    from agenda.models import PaperRequest

    request = (
        PaperRequest.objects.select_related("item__agenda__meeting__board", "organisation")
        .filter(pk=request_id, status=PaperRequest.Status.REQUESTED)
        .first()
    )
    if request is None:
        return 0
    return paper_request_email(request, "requested", timezone.localdate())
