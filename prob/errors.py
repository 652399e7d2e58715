from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import get_template


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    # No context processors: whatever broke the request may break them too.
    return HttpResponse(get_template("500.html").render(), status=500)
