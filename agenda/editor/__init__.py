"""The secretariat's agenda editor: the agenda on one page (`page.editor`), each item with its
forms, and one small view for each change it posts (`items`, `papers`, `paper_requests`,
`publishing`), each at an address and URL name of its own (`agenda/urls.py`), as the record's
editor has (`meetings.views.editor`).

A change names the row it changes in the posted `target`, runs one service of
`agenda.services` (or `agenda.requests`) and redirects back to the editor at that row with a
message; a refused form comes back open, with what was typed and why, as a `page.Refused`
(status 400); a refused move, deletion or publication says why in a message (`page.refusal`).
"""
