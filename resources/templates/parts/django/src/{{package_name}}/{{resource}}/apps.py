from django.apps import AppConfig


class {{model}}Config(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "{{package_name}}.{{resource}}"
    label = "{{resource}}"
