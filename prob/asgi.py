import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "prob.settings")
application = get_asgi_application()

# Worked out once, at start-up, not on the first request (meetings.render_version).
from meetings.render_version import render_version  # noqa: E402

render_version()
