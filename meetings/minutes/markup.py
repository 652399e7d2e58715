"""HTML markup in imported text (a web page's source pasted, a document holding tags as text):
one rule for every line, whatever it becomes (a title, a paragraph, an attendee, a table's
cell). A tag is markup, not words: it is taken out (its text, if any, kept), and the line is
listed under "Lines to check" with the tags taken out, so that the clerk knows. Character
references ("&amp;") are read only where tags show the line is HTML."""

import html
import re

# Every element a page's source carries, inline or not, and those that only ever do harm as
# text ("<script>", "<iframe>"): "<to be confirmed>" or "<Name>" in a template is no tag.
_ELEMENTS = (
    "a|abbr|address|area|article|aside|audio|b|base|bdi|bdo|big|blockquote|body|br|button|"
    "canvas|caption|center|cite|code|col|colgroup|data|dd|del|details|dfn|dialog|div|dl|dt|em|"
    "embed|fieldset|figcaption|figure|font|footer|form|frame|frameset|h[1-6]|head|header|hr|"
    "html|i|iframe|img|input|ins|kbd|label|legend|li|link|main|map|mark|marquee|math|meta|"
    "nav|noscript|object|ol|optgroup|option|p|param|picture|pre|q|s|samp|script|section|"
    "select|small|source|span|strike|strong|style|sub|summary|sup|svg|table|tbody|td|"
    "template|textarea|tfoot|th|thead|title|tr|track|tt|u|ul|var|video|wbr|xml|o:p"
)
TAG = re.compile(rf"</?(?:{_ELEMENTS})(?=[\s/>])[^<>]{{0,200}}>|<!--.{{0,200}}?-->", re.IGNORECASE)
# A script's or a style sheet's element, what it holds with it (to its end tag, else to the
# line's end): code, never the minutes' words (QA F13: "<script>alert('xss')</script> Finance"
# had kept "alert('xss') Finance" as the item's title).
HIDDEN = re.compile(
    r"<(script|style)(?=[\s/>])[^<>]{0,200}>.{0,2000}?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL
)


def without_markup(text: str) -> str:
    """`text` without its scripts and style sheets (with what they hold) and its tags, each a
    space, and its character references read."""
    if not TAG.search(text):
        return text
    return html.unescape(TAG.sub(" ", HIDDEN.sub(" ", text))).strip()


def markup_in(text: str) -> list[str]:
    """The tags `text` holds, each once, in order: what `without_markup` takes out."""
    return list(dict.fromkeys(" ".join(m.split()) for m in TAG.findall(text)))


def _listed(items: list[str]) -> str:
    return ", ".join(items[:5]) + (f" and {len(items) - 5} more" if len(items) > 5 else "")


def markup_note(text: str) -> str:
    """Why a line is listed for its markup, naming what was taken out: a script or style
    sheet with what it holds, and tags (their text kept); "" if it has none."""
    if "<" not in text:
        return ""  # every script, style sheet and tag opens with "<"
    hidden = list(dict.fromkeys(" ".join(m.group(0).split()) for m in HIDDEN.finditer(text)))
    tags = markup_in(HIDDEN.sub(" ", text))
    notes = []
    if hidden:
        code = [item if len(item) <= 80 else item[:79] + "\u2026" for item in hidden]
        notes.append(f"Script or style taken out of the line with what it holds: {_listed(code)}")
    if tags:
        said = (
            "markup taken out, the other text kept"
            if hidden
            else "Markup taken out of the line, its text kept"
        )
        notes.append(f"{said}: {_listed(tags)}")
    return "; ".join(notes)
