from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from meetings.scoping import current_memberships


@require_GET
@login_required
def account(request: HttpRequest) -> HttpResponse:
    memberships = current_memberships(request.user).select_related("board", "person")
    return render(request, "accounts/account.html", {"memberships": memberships})
