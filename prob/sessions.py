"""Django's database sessions, with one difference: a database that cannot be reached while
the session is saved stays that error. Django's store reports any database error on saving an
existing session as UpdateError ("the session was deleted"), which its middleware answers 400;
the database going away between a view's work and the session's save then showed a bare
"Bad Request" where every other request of the outage gets PROB's 503 page
(prob.middleware.DatabaseUnavailableMiddleware). Selected by SESSION_ENGINE."""

from __future__ import annotations

import logging
from typing import Any

from django.contrib.sessions.backends.base import UpdateError
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.contrib.sessions.models import Session
from django.core.exceptions import SuspiciousOperation
from django.db import InterfaceError, OperationalError
from django.utils import timezone

from prob.prepared import Prepared

# Django's read of a session, its SQL made once per process (every signed-in request reads it).
_UNEXPIRED = Prepared(
    Session,
    lambda expires_after, key: Session.objects.filter(
        expire_date__gt=expires_after, session_key=key
    ),
)


class SessionStore(DatabaseSessionStore):
    def _get_session_from_db(self) -> Any:
        # As Django's, through `_UNEXPIRED`.
        try:
            found = _UNEXPIRED(timezone.now(), self.session_key)
            if not found:
                raise Session.DoesNotExist
            return found[0]
        except (Session.DoesNotExist, SuspiciousOperation) as error:
            if isinstance(error, SuspiciousOperation):
                logging.getLogger(f"django.security.{error.__class__.__name__}").warning(str(error))
            self._session_key = None
            return None

    def save(self, must_create: bool = False) -> None:
        try:
            super().save(must_create=must_create)
        except UpdateError as error:
            cause = error.__context__
            if isinstance(cause, (OperationalError, InterfaceError)):
                raise cause from None
            raise
