import django.utils.timezone
from django.db import migrations, models


def stamp_public_boards(apps, schema_editor):
    # Every board's public date starts at the deploy: the open data API's Last-Modified moves
    # forward once, never back.
    Board = apps.get_model("meetings", "Board")
    Board.objects.update(public_changed_at=django.utils.timezone.now())


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0015_record_artefact_render_version"),
    ]

    operations = [
        migrations.AddField(
            model_name="board",
            name="revision",
            field=models.PositiveBigIntegerField(default=0, editable=False),
        ),
        migrations.AddField(
            model_name="board",
            name="changed_at",
            field=models.DateTimeField(default=django.utils.timezone.now, editable=False),
        ),
        migrations.AddField(
            model_name="board",
            name="public_changed_at",
            field=models.DateTimeField(blank=True, editable=False, null=True),
        ),
        migrations.RunPython(stamp_public_boards, migrations.RunPython.noop),
    ]
