"""The meetings app's pages, one module per area: records (reading and the workflow),
editor, imports and history."""
