"""Characters no text of the site may hold, in one place (pure Python, so the minutes readers'
sandbox, which imports nothing of Django, uses it too).

- The control characters (Unicode's category Cc: U+0000-U+001F, U+007F-U+009F) but tab, line
  feed and carriage return, which a textarea and the minutes reader use. Nothing a person
  writes needs them, a browser draws most as nothing, an HTML page may not hold them (the Nu
  checker refuses U+007F) and PostgreSQL refuses NUL. Those that are space (\\v, \\f, U+001C-U+001F,
  U+0085: Word's manual line and page breaks, where a text is saved from Word) become a space,
  as the reader took them; the others go.
- The bidirectional embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069),
  which make a browser show text in an order other than the one stored: "U+202E live" reads as
  "evil". Nothing a board writes needs them (right-to-left words show rightly without).

Both are taken out, never refused, so that a file or a paste from elsewhere still comes in: of
every posted form (`prob.middleware.PostedTextCleanMiddleware`), of every imported document
(`meetings.services.imports.Document`) and of what the minutes reader reads and shows
(`meetings.minutes.files.read_upload`, `meetings.minutes.text.parse_blocks`). A PDF's bullet
that its encoding leaves undefined, and which comes out as a control, is the reader's to read
as a bullet first (`meetings.minutes.pdf_reader`).
"""

import re

# The control characters but tab, line feed and carriage return (the reader counts them: a text
# made mostly of them is a binary file, `meetings.minutes.lines.check_text`).
CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_UNWANTED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def shown_as_stored(text: str) -> str:
    """`text` without control characters (but tab and line breaks) or direction controls: a
    space for each control that is space (\\v, \\f, U+001C-U+001F, U+0085), nothing for the
    others."""
    if not _UNWANTED.search(text):
        return text
    return _UNWANTED.sub(lambda match: " " if match.group().isspace() else "", text)
