from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "meetings"
    verbose_name = "Meetings and records"

    def ready(self) -> None:
        from prob.history import keep_manager_classes

        keep_manager_classes()
