"""The full-text index for search (meetings.search), on PostgreSQL only.

Its expression is the one Django's SearchVector("text", config="english") writes, so the
planner uses it; SQLite has no such index and searches without one.
"""

from typing import Any

from django.db import migrations

INDEX = "meetings_paragraph_text_search"


def create_index(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON meetings_paragraph "
        "USING gin (to_tsvector('english'::regconfig, COALESCE((text)::text, '')))"
    )


def drop_index(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("meetings", "0006_announcements")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
