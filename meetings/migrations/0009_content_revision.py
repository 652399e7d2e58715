import django.utils.timezone
from django.db import migrations, models


def from_revision(apps, schema_editor):
    # Until now every change counted as content: start the new count where the old one stands.
    Meeting = apps.get_model("meetings", "Meeting")
    Meeting.objects.update(
        content_revision=models.F("revision"), content_updated=models.F("updated")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0008_record_revisions_artefacts"),
    ]

    operations = [
        migrations.AddField(
            model_name="meeting",
            name="content_revision",
            field=models.PositiveBigIntegerField(default=0, editable=False),
        ),
        migrations.AddField(
            model_name="meeting",
            name="content_updated",
            field=models.DateTimeField(default=django.utils.timezone.now, editable=False),
        ),
        migrations.RunPython(from_revision, migrations.RunPython.noop),
    ]
