from django.urls import path

from . import views

urlpatterns = [
    path("", views.{{resource}}_list, name="{{resource}}-list"),
    path("<int:pk>/", views.{{singular}}_detail, name="{{singular}}-detail"),
]
