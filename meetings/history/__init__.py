"""A record's history read back, one module for each thing it holds: the audit trail
(trail.py), a word diff of two texts (diff.py), a paragraph's versions (versions.py) and
the changes between the circulated draft and the agreed record (agreed.py). Import from
those modules; nothing is re-exported here but `action_history`, which the action page
still imports from the package."""

from meetings.history.trail import action_history

__all__ = ["action_history"]
