"""Numbers are now stored on every write to a draft, not only when a record is agreed: this
stores them for the drafts and circulated records that have none yet."""

from collections import defaultdict

from django.db import migrations

from meetings.numbering import number_record


def store_numbers(apps, schema_editor):
    Section = apps.get_model("meetings", "Section")
    Paragraph = apps.get_model("meetings", "Paragraph")
    Action = apps.get_model("actions", "Action")
    meeting_ids = set(
        Section.objects.filter(number__isnull=True).values_list("meeting_id", flat=True)
    ) | set(
        Paragraph.objects.filter(number__isnull=True).values_list("section__meeting_id", flat=True)
    ) | set(
        Action.objects.filter(number__isnull=True).values_list(
            "paragraph__section__meeting_id", flat=True
        )
    )
    for meeting_id in meeting_ids:
        sections = list(Section.objects.filter(meeting_id=meeting_id).order_by("position"))
        paragraphs = defaultdict(list)
        for paragraph in Paragraph.objects.filter(section__meeting_id=meeting_id).order_by(
            "position"
        ):
            paragraphs[paragraph.section_id].append(paragraph)
        actions = defaultdict(list)
        for action in Action.objects.filter(paragraph__section__meeting_id=meeting_id).order_by(
            "position"
        ):
            actions[action.paragraph_id].append(action)
        numbers = number_record(
            [
                (s.pk, [(p.pk, [a.pk for a in actions[p.pk]]) for p in paragraphs[s.pk]])
                for s in sections
            ]
        )
        # Agreed numbers stand; only the missing ones are filled in.
        for section in sections:
            if section.number is None:
                section.number = numbers.sections[section.pk]
                section.save(update_fields=["number"])
            for paragraph in paragraphs[section.pk]:
                if paragraph.number is None:
                    paragraph.number = numbers.paragraphs[paragraph.pk]
                    paragraph.save(update_fields=["number"])
                for action in actions[paragraph.pk]:
                    if action.number is None:
                        action.number = numbers.actions[action.pk]
                        action.save(update_fields=["number"])


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0003_amendments_versions"),
        ("actions", "0003_bounded_text"),
    ]

    operations = [migrations.RunPython(store_numbers, migrations.RunPython.noop)]
