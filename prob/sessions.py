"""Django's database sessions, with two differences. A new key (a new session, or the one
login() gives) is written once, by the save at the end of the request (`SessionStore.create`).
And a database that cannot be reached while the session is saved stays that error.
Django's store reports any database error on saving an existing session as UpdateError ("the
session was deleted"), which its middleware answers 400; the database going away between a
view's work and the session's save then showed a bare "Bad Request" where every other request
of the outage gets PROB's 503 page (prob.middleware.DatabaseUnavailableMiddleware). Selected
by SESSION_ENGINE."""

from __future__ import annotations

import logging
from typing import Any

from django.contrib.sessions.backends.base import VALID_KEY_CHARS, CreateError, UpdateError
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.contrib.sessions.models import Session
from django.core.exceptions import SuspiciousOperation
from django.db import InterfaceError, OperationalError
from django.utils import timezone
from django.utils.crypto import get_random_string

from prob.prepared import Prepared

# Django's read of a session, its SQL made once per process (every signed-in request reads it).
_UNEXPIRED = Prepared(
    Session,
    lambda expires_after, key: Session.objects.filter(
        expire_date__gt=expires_after, session_key=key
    ),
)


class SessionStore(DatabaseSessionStore):
    # A key made by `create` and not written yet: the save at the end of the request inserts
    # it. Django's store inserts an empty row as it makes a key (after a query for whether the
    # key is taken) and updates it at the end: signing in (login() makes a new key) wrote the
    # session twice. A random 32-character key is never taken in practice; the insert would
    # say so if it were (a unique key), and another is made.
    _unwritten = False

    def create(self) -> None:
        self._session_key = get_random_string(32, VALID_KEY_CHARS)
        self._unwritten = True
        self.modified = True

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
        if self.session_key is None:
            self.create()
        try:
            super().save(must_create=must_create or self._unwritten)
        except CreateError:
            if not self._unwritten:
                raise
            self.create()  # the key was taken after all: another, once
            super().save(must_create=True)
        except UpdateError as error:
            cause = error.__context__
            if isinstance(cause, (OperationalError, InterfaceError)):
                raise cause from None
            raise
        self._unwritten = False
