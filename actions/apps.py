from django.apps import AppConfig


class ActionsConfig(AppConfig):
    name = "actions"
    verbose_name = "Actions"

    def ready(self) -> None:
        # Actions build on meetings, never the other way: a deleted draft action's reminders
        # sent are put back with it by Undo, which learns their model here
        # (`meetings.extensions`).
        from actions.models import SentReminder
        from meetings import extensions

        extensions.add_kept_with_parts("actions", SentReminder)
