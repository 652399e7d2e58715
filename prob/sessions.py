"""Django's database sessions, with one difference: a database that cannot be reached while
the session is saved stays that error. Django's store reports any database error on saving an
existing session as UpdateError ("the session was deleted"), which its middleware answers 400;
the database going away between a view's work and the session's save then showed a bare
"Bad Request" where every other request of the outage gets PROB's 503 page
(prob.middleware.DatabaseUnavailableMiddleware). Selected by SESSION_ENGINE."""

from __future__ import annotations

from django.contrib.sessions.backends.base import UpdateError
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.db import InterfaceError, OperationalError


class SessionStore(DatabaseSessionStore):
    def save(self, must_create: bool = False) -> None:
        try:
            super().save(must_create=must_create)
        except UpdateError as error:
            cause = error.__context__
            if isinstance(cause, (OperationalError, InterfaceError)):
                raise cause from None
            raise
