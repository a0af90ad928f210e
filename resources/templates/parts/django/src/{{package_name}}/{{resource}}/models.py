from django.db import models


class {{model}}(models.Model):
{{django_model_fields}}

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return str(self.{{title_field}})
