from django.http import Http404, JsonResponse

from .models import {{model}}


def {{resource}}_list(request):
    """All {{resource}} as JSON, optionally filtered with ?q= on {{title_field}}."""
    query = {{model}}.objects.all()
    if request.GET.get("q"):
        query = query.filter({{title_field}}__icontains=request.GET["q"])
    return JsonResponse(list(query.values()), safe=False)


def {{singular}}_detail(request, pk: int):
    try:
        return JsonResponse({{model}}.objects.values().get(pk=pk))
    except {{model}}.DoesNotExist:
        raise Http404("no such {{singular}}")
