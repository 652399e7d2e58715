"""A posted form with a field over DATA_UPLOAD_MAX_MEMORY_SIZE (minutes pasted over 2 MB):
Django refuses the whole request (RequestDataTooBig, a bare "Bad Request (400)") as soon as
anything reads the form, the CSRF check first, so the view never sees it. A view decorated
with `fields_over_limit_kept` gets the form instead: its other fields kept (the CSRF token,
the file read at an earlier preview), the field over the limit left out and named, with its
size, in `request.fields_over_limit`, for the form to say so; a file sent with it is not
read, and is named in `request.files_not_read`. The body is bounded before this by
MAX_REQUEST_BYTES (RequestSizeLimitMiddleware) and held on disk beyond
FILE_UPLOAD_MAX_MEMORY_SIZE, so no more is held in memory than Django's own limits allow."""

import functools
import shutil
import tempfile
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse, QueryDict
from django.http.multipartparser import FIELD, FILE, ChunkIter, LazyStream, Parser, exhaust
from django.utils.datastructures import MultiValueDict
from django.utils.encoding import force_str
from django.utils.http import parse_header_parameters
from django.views.decorators.csrf import csrf_exempt, csrf_protect

View = Callable[..., HttpResponse]


def fields_over_limit_kept(view: View) -> View:
    """`view` with a multipart form whose field is over the limit read as said above, then
    checked for its CSRF token as every form is (the middleware's check is moved inside,
    after the form is read, since the middleware's would refuse the request first)."""
    protected = csrf_protect(view)

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if _larger_than_fields(request):
            _read_keeping_what_fits(request)
        return protected(request, *args, **kwargs)

    return csrf_exempt(wrapper)


def _larger_than_fields(request: HttpRequest) -> bool:
    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return False
    return (
        request.method == "POST"
        and request.content_type == "multipart/form-data"
        and limit is not None
        and length > limit
        and not hasattr(request, "_post")
    )


def _read_keeping_what_fits(request: HttpRequest) -> None:
    request.fields_over_limit = {}  # type: ignore[attr-defined]
    request.files_not_read = []  # type: ignore[attr-defined]
    # The files read from it are copied out (to memory or their own temporary files).
    with tempfile.SpooledTemporaryFile(max_size=settings.FILE_UPLOAD_MAX_MEMORY_SIZE) as body:
        shutil.copyfileobj(request, body)
        body.seek(0)
        try:
            post, files = request.parse_file_upload(request.META, body)
        except RequestDataTooBig:
            body.seek(0)
            post, files = _fields_that_fit(request, body), MultiValueDict()
    # What Django's own reading of the form sets (HttpRequest._load_post_and_files).
    request._post, request._files = post, files  # type: ignore[attr-defined]


def _fields_that_fit(request: HttpRequest, body: Any) -> QueryDict:
    """The form's fields in order while they fit in DATA_UPLOAD_MAX_MEMORY_SIZE; each one
    that does not is counted through (never held) and named with its size."""
    _, options = parse_header_parameters(request.META["CONTENT_TYPE"])
    boundary = options["boundary"].encode("ascii")
    encoding = request.encoding or settings.DEFAULT_CHARSET
    room = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    post = QueryDict(mutable=True, encoding=encoding)
    for kind, meta, stream in Parser(LazyStream(ChunkIter(body, 64 * 1024)), boundary):
        disposition = meta.get("content-disposition")
        parameters = disposition[1] if disposition else {}
        name = force_str(parameters.get("name", ""), encoding, errors="replace").strip()
        if kind == FIELD and name:
            data = stream.read(room + 1)
            if len(data) <= room:
                room -= len(data)
                post.appendlist(name, data.decode(encoding, errors="replace"))
                continue
            over = request.fields_over_limit  # type: ignore[attr-defined]
            over[name] = len(data) + sum(map(len, stream))
        elif kind == FILE:
            filename = force_str(parameters.get("filename", ""), encoding, errors="replace")
            request.files_not_read.append(filename)  # type: ignore[attr-defined]
        exhaust(stream)
    post._mutable = False
    return post
