"""References as minutes write them: a section's ("4.", "Item 4", "39/20", "Cou/236/09-10",
"GBP/2122/214:", "21.44", "II") and a paragraph's ("4.3", "(1).", "a)", "(ii)"). The reader keeps
each exactly as written; these patterns only say where one starts and ends."""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from meetings.minutes.restricted import take_marker as take_marker  # read by the readers

# Numbers that run through the municipal year or carry a body's prefix: "39/20", "C048/23",
# "Cou/236/09-10", "GBP/2122/214". A slash is what sets them apart from a plain number.
# "01/21/BC": the committee's letters after the number and year (a burial committee's).
# "RC/19": a committee's letters and its minute's number, as fire authorities and other
# ModernGov bodies number them (Devon & Somerset's Resources Committee), no year after it.
# "FS1. 01/16": the committee's letters and the item's number, then the meeting's month/year.
# "LA 17/27", "JTB 08/021": the committee's capitals, a space, the year and the minute's number
# (a ModernGov page prints them on their own line over the title); never "FY 2019/20".
_COMPOSITE = (
    # "1.08/01": the item's number, the year and the minute's number through it (Word numbering
    # written "Item 1.08/01").
    r"(?:\d{1,3}\.\d{2}/\d{1,3}(?![\w/.])"
    # "E11/12.4", "23/24.105": the committee's letter, the council's year (two years of two
    # digits) and the item's number after a stop, as parish councils number through the year.
    r"|[A-Za-z]{0,3}\d{2}/\d{2}\.\d{1,3}(?![\w/.])"
    # "2013.1/22": the year, the board's meeting of it and the minute's number, as NHS trust
    # boards number their minutes.
    r"|(?:19|20)\d{2}\.\d{1,2}/\d{1,4}(?![\w/.])"
    r"|[A-Z]{1,5}\s\d{1,3}/\d{2,3}(?![\w/])"
    # "05/24-1": the month, the year and the minute's number of the meeting after a hyphen, as
    # parish councils number their minutes meeting by meeting.
    r"|(?:0[1-9]|1[0-2])/\d{2}-\d{1,2}(?![\w/])"
    r"|[A-Za-z]{0,5}/?\d{1,4}(?:/\d{1,4}(?:-\d{2,4})?){1,2}(?:/[A-Za-z]{1,5}(?![\w/]))?"
    r"|[A-Za-z]{1,5}/\d{1,4}(?![\w/])|[A-Z]{1,4}\d{1,3}\.\s?(?:0[1-9]|1[0-2])/\d{2}(?![\w/]))"
)
_ROMAN = r"(?=[IVXL])(?:L?X{0,3})(?:IX|IV|V?I{0,3})"
# "C048/23      1.   APOLOGIES": a minute number, then the agenda item's, then the title.
# " / " is a table's cell separator in text copied from a web page; " \u2013 " a dash between the
# reference and its title ("05/25/01 \u2013 Welcome, Apologies and Chairman's Matters").
COMPOSITE_HEADING = re.compile(
    rf"(?:(?i:min(?:ute)?)\.?\s*(?:(?i:no)\.?\s*)?|(?i:item)\s+(?=\d{{1,3}}\.\d{{2}}/))?(?P<ref>{_COMPOSITE})[:.]?(?:\s+/\s+|\s*[\u2013\u2014-]\s+(?=[A-Z])|\s+(?:\d{{1,3}}\.\s+)?|$)(?P<title>.*)"
)
# "E.70/23", "EX 70/23", "Min 12/24": a minute's reference printed on its own line under a
# heading numbered "70." (or after its title), the body's letters, the number, the year.
_MINUTE_REF = re.compile(
    r"(?:[A-Z][A-Za-z]{0,5}[.\s]?|(?i:min(?:ute)?)\.?\s*)?(?P<number>\d{1,4})/\d{2,4}"
)


def minute_ref_of(text: str, number: int | None) -> bool:
    """Whether text is the reference of the minute numbered `number` ("E.70/23" for 70)."""
    m = _MINUTE_REF.fullmatch(text.strip().rstrip(".:"))
    return bool(m and number is not None and int(m["number"]) == number)


# "PLA146/14", "E.70/23", "Min 12/24": a minute reference with the body's letters, alone on a line.
_LETTERED_MINUTE_REF = re.compile(
    r"(?:[A-Z][A-Za-z]{0,5}[.\s]?|(?i:min(?:ute)?)\.?\s*)\d{1,4}/\d{2,4}"
)


def lettered_minute_ref(text: str) -> bool:
    """Whether text is a minute's reference alone ("PLA146/14"), as printed under an
    unnumbered heading; a bare "12/24" could be part of a date, and is not one."""
    return bool(_LETTERED_MINUTE_REF.fullmatch(text.strip().rstrip(".:")))


ROMAN_HEADING = re.compile(rf"(?P<ref>{_ROMAN})\.?(?:\s+(?P<title>.*)|$)")
# "21.44 ELECTION OF CHAIR": a number of the year's minutes with a dot, read as a section only
# where its title is in capitals or stands on the next line.
DECIMAL_HEADING = re.compile(r"(?P<ref>\d{1,3}\.\d{1,3})\.?(?:\s+(?P<title>.*)|$)")
# Paragraph references that are not "4.3": "(1).", "1.", "a)", "(ii)", "(b)".
LIST_REF = re.compile(
    # "447. Matters Arising ...": an earlier minute's number cited in an item, before a capital.
    r"(?P<ref>\(\d{1,2}\)\.?|\d{1,2}(?:\.\d{1,2})?\)|\d{1,2}\.|\d{3}\.(?=\s+[A-Z])|\(?[a-z]\)"
    # "A) Induction Event": a capital letter with a bracket, before a capital.
    r"|[A-Z]\)(?=\s+[A-Z])"
    # "a. Volunteers: We still require ...": a lower-case letter with a stop, before a capital.
    r"|[a-z]\.(?=\s+[A-Z])"
    r"|\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)"
    # "i. minute of meeting ...": a lower-case Roman numeral with a stop.
    r"|(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\.)"
    r"\s+(?P<text>\S.*)"
)
# "4. Title", "4 Title", "Item 4: Title", "4 - Title", "4/ Title"; never "4.1", "10:00" or "1/2".
SECTION = re.compile(
    # "Agenda items 1: Introduction": the plural, as some boards head an item, after "agenda";
    # never "Agenda Items 1 & 2", two items.
    r"(?P<item>agenda\s+items?\s+(?=\d{1,3}(?!\s*(?:&|and|,|-)\s*\d))|item\s+"
    r"|min(?:ute)?\.?\s*)?(?P<number>\d{1,3})"
    r"(?:(?P<sep>\.|\s*[:\u2013\u2014]|\s+-|/(?=\s)|\)(?=\s*[A-Z]))(?!\d)\s*|\s+|$)(?P<title>.*)",
    re.IGNORECASE,
)
# "1Appointment of Chairman": a flattened page lost the space between a number and its title.
RUN_IN_SECTION = re.compile(r"(?P<item>)(?P<sep>)(?P<number>\d{1,3})(?=[A-Z][a-z])(?P<title>.*)")
# "1507 APOLOGIES": a minute number running on through the years past 999; never a year.
# "1436 84 REVENUE ESTIMATES": a paper's number may stand between the minute's and its title.
# "2979 / DECLARATIONS OF INTEREST": a table's cells joined by " / ".
# "1234. Apologies", "10234. Finance": with a stop after it, as a three-figure one has.
LONG_SECTION = re.compile(
    r"(?P<item>)(?P<number>\d{4}|\d{5}(?=\.))(?P<sep>\.?)\s+"
    r"(?P<title>(?:/\s+)?(?:\d{1,3}\s+(?=[A-Z]{2}))?[A-Z].*)"
)


# "ACTION1. / Apologies": a column's header in capitals, the first row's number run into it.
_HEADER_GLUED = re.compile(r"(?:ACTIONS?|ITEMS?|NO|REF|MINUTE|LEAD|WHO|OWNER)(?=\d{1,3}\.\s)")


# "31 Minutes pdf icon PDF 500 KB": a ModernGov issue page's item, its number, its title and the
# link to its paper, with no dot after the number.
_ICON_SECTION = re.compile(
    r"(?P<item>)(?P<sep>)(?P<number>\d{1,3})\s+(?P<title>[A-Z].*?\s+pdf\s+icon\s+PDF\s+[\d.]+\s*[KM]B)",
    re.IGNORECASE,
)


def section_match(text: str) -> re.Match[str] | None:
    """ "4. Title" and its kin (SECTION), or a number run into its title, or a four-figure
    minute number that is not a year (1900-2099). A table's column header run into the first
    row's number ("ACTION1. / Apologies") is not part of it."""
    if glued := _HEADER_GLUED.match(text):
        text = text[glued.end() :]
    if m := SECTION.fullmatch(text):
        return m
    if m := RUN_IN_SECTION.fullmatch(text):
        return m
    if m := _ICON_SECTION.fullmatch(text):
        return m
    m = LONG_SECTION.fullmatch(text)
    if m and (m["sep"] or not 1900 <= int(m["number"]) <= 2099):
        return m
    return None


# " / " is a table's cell separator in text copied from a web page or a flattened table.
CELL_SEPARATOR = re.compile(r"/\s+(?=\S)")
# ModernGov pages put the agenda's text before the minute: "Minutes:" is where it starts.
MINUTES_LABEL = re.compile(r"minutes\s*:", re.IGNORECASE)
# "3.1Lucy Cox was welcomed": a flattened page may lose the space after the number.
# "4.3HR Issues": or an acronym that starts a title.
PARAGRAPH = re.compile(
    r"(\d{1,3})\.(\d{1,3})(\.?)(?:\s+(.*)|(?=[A-Z][a-z]|[A-Z]{2,5}\s+[A-Z][a-z])(.*))?"
)
# "4.3.1 The Board ...": a paragraph under paragraph 4.3, kept with its reference as written.
SUB_PARAGRAPH = re.compile(r"(?P<ref>(\d{1,3})\.(\d{1,3})\.\d{1,3})\.?\s+(?P<text>\S.*)")
# "5(a) Budget monitoring": a lettered part of an item.
LETTERED_HEADING = re.compile(r"(?P<ref>\d{1,3}\s?\([a-z]\))\.?\s+(?P<title>[A-Z].*)")
# "233 Apologies \u2013 Apologies were received from ...": number, title and text on one line; the
# title's hyphen may be typed against it, its text then in either case ("1. Chair's Welcome- The
# Chair welcomed ...", "2. The Lord Mayor- made a short speech ...").
TITLE_AND_TEXT = re.compile(
    r"(?P<title>[^\u2013\u2014]{3,80}?)(?:\s+[-\u2013\u2014]\s+(?=[A-Z])|(?<=[a-z\u2019'])-\s+(?=[A-Za-z]))"
    r"(?P<text>.*)"
)
# "82/23 Apologies: Cllr. A Edwards sent his apologies.": a title closed by a colon, then text.
TITLE_COLON_TEXT = re.compile(r"(?P<title>[A-Z][^:]{2,120}?):\s+(?P<text>[A-Z].*)")
# "Action 3: ...", "Action 3 - ...", "Action point 2: ...", "ACTION: ..."; without a number the
# separator must be a colon or a dash set apart, so that "Action-oriented" stays prose.
ACTION = re.compile(
    r"action(?:\s+point)?(?:\s*(\d{1,3})\s*[:.\-\u2013\u2014]|\s*[:\u2013\u2014]|\s+-)\s*(.*)",
    re.IGNORECASE,
)
# Words a heading does not end with; a line that does is prose wrapped after a number.
TRAILING = {
    "a", "an", "and", "as", "at", "be", "by", "for", "from", "had", "has", "in", "is", "of",
    "on", "or", "that", "the", "to", "was", "were", "with",
}  # fmt: skip
_DATE_LIKE = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}")


@dataclass(frozen=True)
class Reference:
    ref: str  # as written, without the dot or colon after it
    title: str


# "Action FC/91/13 There were no apologies": the header of a table's Action column, flattened
# before the first row's reference (letters, a slash and a number).
_HEADER_BEFORE_REF = re.compile(r"(?:ACTIONS?|Actions?)\s+(?=[A-Za-z]{1,5}/\d)")


# "Item 25/16: Minutes of the previous meeting": the word before a minute's number and year, kept
# in the reference as written ("Item 4" is kept so), the title after a colon.
_ITEM_COMPOSITE = re.compile(
    r"(?P<ref>(?i:item)\s+(?P<number>\d{1,3})/(?P<year>\d{2}))(?![\w/.])[:.]?\s+(?P<title>[A-Z].*)"
)


def item_minute_heading(text: str, texts: Iterable[str]) -> Reference | None:
    """'Item 25/16: Matters Arising', one of the minutes numbered through the year with the
    word 'Item' before each: only where another line is the next or the last of them ('Item
    26/16: ...', the same year, a number one to three away), so that an earlier minute cited in
    a paragraph ('Item 7/22: Internal Audit Plan' under another item) is none."""
    if not (m := _ITEM_COMPOSITE.fullmatch(text)):
        return None
    number, year = int(m["number"]), m["year"]
    for other in texts:
        o = _ITEM_COMPOSITE.fullmatch(other)
        if o and o["year"] == year and 0 < abs(int(o["number"]) - number) <= 3:
            return Reference(m["ref"], m["title"].strip())
    return None


def composite_heading(text: str, *, dated: bool = False) -> Reference | None:
    """'39/20', 'Cou/236/09-10 / Election of Vice Chairman.', 'GBP/2122/214: Welcome'; with
    `dated`, a reference shaped like a date too ('05/25/01', see counted_on)."""
    m = COMPOSITE_HEADING.fullmatch(_HEADER_BEFORE_REF.sub("", text, count=1))
    if not m or (not dated and _DATE_LIKE.fullmatch(m["ref"]) and _could_be_date(m["ref"])):
        return None
    title = m["title"].strip()
    if title and not (title[:1].isupper() or title[:1].isdigit()):
        return None  # "2019/20 budget was ..." is prose
    return Reference(m["ref"], title)


def counted_on(ref: str, texts: Iterable[str]) -> bool:
    """ "05/25/01 - Welcome" when another heading starts "05/25/02": a board's month/year/item
    reference counted on through its minutes, not a date, though shaped like one (a heading dated
    the day before or after it would not share the rest of its reference). A minute or two may
    be missing between them ('15/06/20' then '15/06/22', a parish's year/month/minute)."""
    head, _, last = ref.rpartition("/")
    if not head or not last.isdigit():
        return False
    near = {f"{head}/{int(last) + step:0{len(last)}d}" for step in (-3, -2, -1, 1, 2, 3)}
    return any(
        (other := composite_heading(text, dated=True)) is not None
        and other.title
        and other.ref in near
        for text in texts
    )


def _could_be_date(ref: str) -> bool:
    """ "12/09/16" may be a date; "70/09/16" (minute 70 of September 2016, as TfL numbers its
    minutes) cannot: no month has a 70th day."""
    day, month = (int(part) for part in ref.split("/")[:2])
    return (1 <= day <= 31 and 1 <= month <= 12) or (1 <= month <= 31 and 1 <= day <= 12)


# "CE01 Appointment of Chair": a minute numbered with the committee's letters, then its title.
LETTERED_REF_HEADING = re.compile(r"(?P<ref>[A-Z]{1,4}\d{1,3})[.:]?\s+(?P<title>[A-Z].*)")


def letters_and_number_heading(text: str) -> Reference | None:
    """ "CE01 Appointment of Chair", "FP12: Budget": letters and a number, then a title. Only
    for a line marked as a heading (a heading block, a bold line), since "A1 road" or "M25
    widening" may start prose."""
    m = LETTERED_REF_HEADING.fullmatch(text)
    if not m:
        return None
    return Reference(m["ref"], m["title"].strip())


def roman_heading(text: str) -> Reference | None:
    """'II DECLARATION OF INTEREST' or 'II' alone: a title in capitals, since 'I' is a word."""
    m = ROMAN_HEADING.fullmatch(text)
    if not m or not m["ref"]:
        return None
    title = (m["title"] or "").strip()
    letters = [c for c in title if c.isalpha()]
    if title and not (len(letters) >= 2 and all(c.isupper() for c in letters)):
        return None
    return Reference(m["ref"], title)


# "1.30 PM", "10.00 a.m.": a time of day in a heading block, not reference 1.30 titled "PM".
_CLOCK_MARK = re.compile(r"[ap]\.?\s?m\.?", re.IGNORECASE)


def decimal_heading(text: str) -> Reference | None:
    m = DECIMAL_HEADING.fullmatch(text)
    if not m or _CLOCK_MARK.fullmatch((m["title"] or "").strip()):
        return None
    return Reference(m["ref"], (m["title"] or "").strip())


# "227    The minutes of ...": a paragraph numbered through the year, without a dot, the number
# set apart by a wide gap as a hanging indent leaves it.
_GAP_REF = re.compile(r"(?P<ref>\d{1,3})(?: {2,}|\t)\s*[A-Z]")


# "Item 1 \u2013 Trinity House Inspection": a part of a report, numbered inside a minute.
_ITEM_PART = re.compile(r"(?P<ref>Item\s+\d{1,3}[a-z]?)\s*[\u2013\u2014:-]\s+(?=[A-Z])")


def numbered_paragraph(raw: str, text: str) -> tuple[str, str] | None:
    """A paragraph's reference and text, numbered as a list ("1.", "(a)") or by a number set
    apart by a wide gap in the line as written."""
    if found := list_ref(text):
        return found
    if m := _ITEM_PART.match(text):
        return m["ref"], text[m.end() :]  # "Item 1 \u2013 Trinity House Inspection ..."
    if _GAP_REF.match(raw) and (parts := text.split(" ", 1))[0].isdigit() and len(parts) > 1:
        return parts[0], parts[1]
    return None


def list_ref(text: str) -> tuple[str, str] | None:
    """('(1)', 'Information was ...') for '(1).    Information was ...'; the reference keeps its
    brackets and drops the dot, as the paragraph was numbered."""
    m = LIST_REF.fullmatch(text)
    if not m:
        return None
    ref = m["ref"]
    if ref.endswith("."):
        ref = ref[:-1]
    return ref, m["text"]
