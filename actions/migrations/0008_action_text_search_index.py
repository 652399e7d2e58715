"""The full-text index of actions' text for search (meetings.search), on PostgreSQL only.

As for paragraphs (meetings 0007): its expression is the one Django's
SearchVector("text", config="english") writes, so the planner uses it; without it every
search read and parsed the text of every action on the site (10,000 on the benchmark's data).
SQLite has no such index and searches without one.
"""

from typing import Any

from django.db import migrations

INDEX = "actions_action_text_search"


def create_index(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON actions_action "
        "USING gin (to_tsvector('english'::regconfig, COALESCE((text)::text, '')))"
    )


def drop_index(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("actions", "0007_history_reason_text")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
