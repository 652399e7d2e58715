from django.apps import AppConfig


class AgendaConfig(AppConfig):
    name = "agenda"
    verbose_name = "Agendas and papers"

    def ready(self) -> None:
        # The agenda builds on meetings and actions, never the other way: what meetings' pages
        # show of it (a record's papers, the feeds' agendas) is handed over here
        # (`meetings.extensions`), and so are the paper requests My actions lists and
        # `send_action_reminders` reminds of (`actions.extensions`).
        from actions import extensions as actions_extensions
        from agenda import emails, my_requests, public
        from meetings import extensions

        extensions.add_record_papers("agenda", public.papers_considered)
        extensions.add_feed_entries("agenda", public.feed_entries)
        actions_extensions.add_owner_list(
            "agenda",
            actions_extensions.OwnerList(
                "agenda/_my_paper_requests.html", my_requests.owner_list_context
            ),
        )
        actions_extensions.add_reminders(
            "agenda", actions_extensions.Reminders("Paper requests", emails.paper_requests_remind)
        )
