from django.contrib import admin

from .models import {{model}}


@admin.register({{model}})
class {{model}}Admin(admin.ModelAdmin):
    list_display = {{admin_list_display}}
    search_fields = ["{{title_field}}"]
