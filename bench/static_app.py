"""The static reference: the app's own response bytes served as files by WhiteNoise.

Run under the same gunicorn command as the application, with BENCH_STATIC_ROOT naming the
directory the benchmark wrote the bytes into (before the workers start: WhiteNoise reads the
directory once)."""

from __future__ import annotations

import os

from whitenoise import WhiteNoise


def _not_found(environ, start_response):
    start_response("404 Not Found", [("Content-Type", "text/plain")])
    return [b"not found"]


application = WhiteNoise(_not_found, root=os.environ["BENCH_STATIC_ROOT"])
