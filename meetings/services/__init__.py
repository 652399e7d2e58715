"""Workflows that write records. Each runs in one transaction, takes the acting user and
writes why into the history: all of it happens, with who did it, or none of it does."""

from meetings.services.imports import Document, ImportOutcome, meeting_import
from meetings.services.lifecycle import (
    record_agree,
    record_amend_paragraph,
    record_circulate,
    record_publish,
    record_return_to_draft,
)
from meetings.services.numbers import record_renumber

__all__ = [
    "Document",
    "ImportOutcome",
    "meeting_import",
    "record_agree",
    "record_amend_paragraph",
    "record_circulate",
    "record_publish",
    "record_renumber",
    "record_return_to_draft",
]
