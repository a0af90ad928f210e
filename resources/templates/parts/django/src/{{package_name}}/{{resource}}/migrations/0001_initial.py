# The first migration for {{model}}; `python manage.py makemigrations` writes the next ones.
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        migrations.CreateModel(
            name="{{model}}",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
{{django_migration_fields}}
            ],
            options={"ordering": ["id"]},
        ),
    ]
