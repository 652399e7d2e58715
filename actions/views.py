from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from actions.forms import ActionUpdateForm
from actions.models import Action
from actions.selectors import action_log, get_action_for_user
from actions.services import action_update_post
from meetings.history import action_history
from meetings.scoping import is_secretariat, sees_restricted


def may_update(user: object, action: Action) -> bool:
    """The owners of an action and the board's secretariat may report on it."""
    if is_secretariat(user, action.paragraph.section.meeting.board_id):
        return True
    return Action.objects.owned_by(user).filter(pk=action.pk).exists()


def may_see_history(user: object, action: Action, *, can_update: bool) -> bool:
    """The history holds the action as drafted, before publication: it is for those who may
    update the action and for its board, as a record's history is for its board."""
    return can_update or sees_restricted(user, action.paragraph.section.meeting)


@require_GET
def action_list(request: HttpRequest) -> HttpResponse:
    actions = action_log(Action.objects.visible_to(request.user), request.GET.get("page"))
    return render(request, "actions/list.html", {"actions": actions, "mine": False})


@require_GET
@login_required
def my_actions(request: HttpRequest) -> HttpResponse:
    actions = action_log(Action.objects.owned_by(request.user), request.GET.get("page"))
    return render(request, "actions/list.html", {"actions": actions, "mine": True})


def _detail_page(
    request: HttpRequest, action: Action, form: ActionUpdateForm, status: int = 200
) -> HttpResponse:
    updates = action.updates.select_related("author__person__organisation").order_by(
        "-created", "-pk"
    )
    can_update = may_update(request.user, action)
    context = {
        "action": action,
        "updates": updates,
        "form": form,
        "can_update": can_update,
        "shows_history": may_see_history(request.user, action, can_update=can_update),
    }
    return render(request, "actions/detail.html", context, status=status)


@require_GET
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    action = get_action_for_user(request.user, pk)
    return _detail_page(request, action, ActionUpdateForm())


@require_POST
@login_required
def post_update(request: HttpRequest, pk: int) -> HttpResponse:
    action = get_action_for_user(request.user, pk)
    if not may_update(request.user, action):
        raise PermissionDenied("Only the action's owners and the secretariat may update it")
    form = ActionUpdateForm(request.POST)
    if form.is_valid():
        try:
            action_update_post(
                action=action,
                author=request.user,
                text=form.cleaned_data["text"],
                status_to=form.cleaned_data["status_to"],
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, f"Your update on action {action.display_number} is saved.")
            return redirect(action)
    # The form comes back with everything typed, and says what to fix.
    return _detail_page(request, action, form, status=400)


@require_GET
def history(request: HttpRequest, pk: int) -> HttpResponse:
    action = get_action_for_user(request.user, pk)
    if not may_see_history(request.user, action, can_update=may_update(request.user, action)):
        raise PermissionDenied("The history of an action is for its board and its owners")
    return render(
        request, "actions/history.html", {"action": action, "entries": action_history(action)}
    )
