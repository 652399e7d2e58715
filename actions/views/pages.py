from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST, require_safe

from actions.forms import ActionUpdateForm
from actions.selectors import action_log
from actions.services import action_update_post
from meetings.action_scoping import (
    actions_for,
    get_action_for_owner,
    get_action_for_user,
    may_see_history,
    may_update,
)
from meetings.history.trail import action_history
from meetings.models import Action
from meetings.scoping import meetings_for
from prob.unsaved import keep_and_sign_in, take_kept

# What an owner sent from an action's page after their session expired, kept for after sign-in.
UNSAVED = "unsaved_action_update"
# Updates shown on an action page at once, newest first; older ones are a page away.
UPDATES_PER_PAGE = 20


@require_safe
def action_list(request: HttpRequest) -> HttpResponse:
    actions = action_log(actions_for(request.user).raised(), request.GET.get("page"))
    return render(request, "actions/list.html", {"actions": actions, "mine": False})


def _detail_page(
    request: HttpRequest, action: Action, form: ActionUpdateForm, status: int = 200
) -> HttpResponse:
    updates = action.updates.select_related("author__person__organisation").order_by(
        "-created", "-pk"
    )
    can_update = may_update(request.user, action)
    context = {
        "action": action,
        "updates": Paginator(updates, UPDATES_PER_PAGE).get_page(request.GET.get("updates")),
        "form": form,
        "can_update": can_update,
        "shows_history": may_see_history(request.user, action, can_update=can_update),
        # Owners see their action's paragraph here, but not always the record around it.
        "reads_record": meetings_for(request.user)
        .filter(pk=action.paragraph.section.meeting_id)
        .exists(),
    }
    return render(request, "actions/detail.html", context, status=status)


def _sign_in_first(request: HttpRequest, pk: int) -> HttpResponse | None:
    """Sends a visitor who is not signed in to sign in, rather than answering 404, for an
    action they cannot see: the link in a reminder email is the action's page, and its owner
    may simply not be signed in yet. The sign-in page answers the same for any number, so
    this reveals no more about which actions exist than a 404 does."""
    if request.user.is_authenticated or actions_for(request.user).filter(pk=pk).exists():
        return None
    return redirect_to_login(request.get_full_path())


@require_safe
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    if sign_in := _sign_in_first(request, pk):
        return sign_in
    action = get_action_for_user(request.user, pk)
    # An update sent after the session expired comes back to its owner after sign-in.
    if (
        UNSAVED in request.session
        and may_update(request.user, action)
        and (kept := take_kept(request, UNSAVED, "your update was", action=action.pk))
    ):
        return _detail_page(request, action, ActionUpdateForm(kept[0]))
    return _detail_page(request, action, ActionUpdateForm(initial={"version": action.version}))


@require_POST
def post_update(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        # Kept for after sign-in, which comes back to the action's page (this address answers
        # only a POST): an expired session loses nothing typed (prob.unsaved).
        page = reverse("actions:detail", args=[pk])
        return keep_and_sign_in(request, UNSAVED, page, action=pk)
    action = get_action_for_owner(request.user, pk)
    form = ActionUpdateForm(request.POST)
    if form.is_valid():
        try:
            action_update_post(action=action, author=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
            # Shown the action as it is now, the owner can send what they typed again.
            action.refresh_from_db()
            form.data = form.data.copy()
            form.data["version"] = str(action.version)
        else:
            messages.success(request, f"Your update on action {action.number} is saved.")
            return redirect(action)
    # The form comes back with everything typed, and says what to fix.
    return _detail_page(request, action, form, status=400)


@require_safe
def history(request: HttpRequest, pk: int) -> HttpResponse:
    if sign_in := _sign_in_first(request, pk):
        return sign_in
    action = get_action_for_user(request.user, pk)
    if not may_see_history(request.user, action, can_update=may_update(request.user, action)):
        raise PermissionDenied("The history of an action is for its board and its owners")
    entries = action_history(action, reader=request.user)
    return render(request, "actions/history.html", {"action": action, "entries": entries})
