"""The record page is no longer kept in the database (`meetings.artefacts`: its public answer
is kept by the front door, `meetings.middleware`): the stored pages go, as nothing reads them."""

from django.db import migrations


def drop_stored_pages(apps, schema_editor):
    apps.get_model("meetings", "RecordArtefact").objects.filter(kind="page").delete()


class Migration(migrations.Migration):
    dependencies = [("meetings", "0022_section_title_search")]

    operations = [migrations.RunPython(drop_stored_pages, migrations.RunPython.noop)]
