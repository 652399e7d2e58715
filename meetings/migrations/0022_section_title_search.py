"""The full-text index of section titles for search (meetings.search), on PostgreSQL only,
beside the paragraphs' of migration 0007: an item's title ("Pharmaceutical Needs
Assessment") is found though its paragraphs never repeat it. Its expression is the one
Django's SearchVector("title", config="english") writes, so the planner uses it."""

from typing import Any

from django.db import migrations

INDEX = "meetings_section_title_search"


def create_index(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON meetings_section "
        # A title is a varchar: Django coalesces it as one, then casts to text.
        "USING gin (to_tsvector('english'::regconfig, "
        "(COALESCE(title, ''::character varying))::text))"
    )


def drop_index(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("meetings", "0021_attendance_absent")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
