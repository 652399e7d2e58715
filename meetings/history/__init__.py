"""A record's history read back, one module for each thing it holds: the audit trail
(trail.py), a word diff of two texts (diff.py), a paragraph's versions (versions.py) and
the changes between the circulated draft and the agreed record (agreed.py)."""
