# Sample {{resource}}, so the list page shows something on a fresh database (`python manage.py migrate`).
# They are the same records the Flask version starts with; delete them in the admin whenever you like.
import json

from django.db import migrations

SAMPLE = json.loads({{sample_json_py}})


def add_samples(apps, schema_editor):
    {{model}} = apps.get_model("{{resource}}", "{{model}}")
    if not {{model}}.objects.exists():  # never into a table that already has the learner's data
        {{model}}.objects.bulk_create([{{model}}(**{k: v for k, v in row.items() if k != "id"}) for row in SAMPLE])


def remove_samples(apps, schema_editor):
    {{model}} = apps.get_model("{{resource}}", "{{model}}")
    for row in SAMPLE:
        {{model}}.objects.filter(**{k: v for k, v in row.items() if k != "id"}).delete()


class Migration(migrations.Migration):
    dependencies = [("{{resource}}", "0001_initial")]

    operations = [migrations.RunPython(add_samples, remove_samples)]
