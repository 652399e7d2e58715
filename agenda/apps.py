from django.apps import AppConfig


class AgendaConfig(AppConfig):
    name = "agenda"
    verbose_name = "Agendas and papers"

    def ready(self) -> None:
        # The agenda builds on meetings, never the other way: what meetings' pages show of it
        # (a record's papers, the feeds' agendas) is handed over here (`meetings.extensions`).
        from agenda import public
        from meetings import extensions

        extensions.add_record_papers("agenda", public.papers_considered)
        extensions.add_feed_entries("agenda", public.feed_entries)
