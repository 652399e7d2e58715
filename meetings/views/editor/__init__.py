"""The secretariat's editor: the whole record on one page, every part editable in place.

One page (`page.editor`) shows the record as it will read; a part is edited by following its
"Edit" link (the page comes back with that part as a form) and saving. Every change posts to
a small view of its own (`attendees`, `sections`, `paragraphs`, `actions`, `meeting`), which
runs one service and comes back to the page at the part changed; a refusal shows the form
again with what was typed and why (status 400). Nothing typed is lost to an expired session
either: the text waits in the session until the user has signed in again, and the form comes
back with it (`decorators.keeps_typed_text`).
"""

from meetings.views.editor.decorators import UNSAVED
from meetings.views.editor.meeting import new_meeting
from meetings.views.editor.page import editor
from meetings.views.editor.paragraphs import amend

__all__ = ["UNSAVED", "amend", "editor", "new_meeting"]
