"""A transactional test's database is emptied after it (tests/conftest.py, _emptied_quickly)
as completely as Django's flush would empty it, but for the content types and permissions that
migrations made, which stay as they were."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test import TransactionTestCase

from meetings.models import Meeting
from tests.conftest import KEPT_TABLES, _emptied_quickly, publish

pytestmark = pytest.mark.django_db(transaction=True)


def rows_per_table() -> dict[str, int]:
    counts = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.django_table_names(only_existing=True)):
            quoted = connection.ops.quote_name(table)
            cursor.execute(f"SELECT COUNT(*) FROM {quoted}")  # noqa: S608 - a model's table
            counts[table] = cursor.fetchone()[0]
    return counts


class Emptied(TransactionTestCase):
    """The test case pytest-django makes for a transactional test (not itself collected)."""

    __test__ = False

    def runTest(self) -> None:  # pragma: no cover - never run, only torn down
        pass


def test_everything_a_test_wrote_is_gone_and_the_content_types_stay(
    seed_meeting: Meeting, secretariat: Any, board_member: Any, admin_user: Any
) -> None:
    publish(seed_meeting, by=secretariat)
    secretariat.user_permissions.add(Permission.objects.first())
    before = rows_per_table()
    written = {table for table, count in before.items() if count and table not in KEPT_TABLES}
    # A record, its history, people, memberships, users and a permission given to one.
    assert len(written) >= 10, written
    content_types = set(ContentType.objects.values_list("pk", "app_label", "model"))
    permissions = set(Permission.objects.values_list("pk", "codename"))

    _emptied_quickly(Emptied())

    after = rows_per_table()
    assert {table: count for table, count in after.items() if count} == {
        table: before[table] for table in KEPT_TABLES if before.get(table)
    }
    assert set(ContentType.objects.values_list("pk", "app_label", "model")) == content_types
    assert set(Permission.objects.values_list("pk", "codename")) == permissions
