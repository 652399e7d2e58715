"""The heading block of minutes: what the reader takes from the lines before the first section
besides the attendees — the board, the date, the place — and the clutter it leaves out (a
document number, a running title such as "Agenda and minutes", a web page's "Media")."""

import datetime
import re
from typing import Any

from meetings.minutes.attendance import (
    board_from_title,
    is_all_caps,
    names_body,
    read_kind_heading,
)
from meetings.minutes.committees import committee_of_body, meeting_of_name
from meetings.minutes.dates import (
    DATE_LINE,
    date_span,
    find_date,
    parse_date,
    read_when,
    starts_with_date,
)
from meetings.minutes.held import held_line
from meetings.minutes.keywords import Keywords
from meetings.minutes.lines import Line, Problem
from meetings.minutes.month_year import MONTHS, date_in_month, split_month_year
from meetings.minutes.people import read_person
from meetings.minutes.person_names import reads_as_person
from meetings.minutes.references import ACTION, PARAGRAPH, SECTION, TRAILING
from meetings.minutes.street_venues import street_venue

# A Markdown heading's mark at the start of a line: "# FULL MINUTES".
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")

TITLE = re.compile(
    # "Minutes of the last meeting agreed and accepted.": a sentence on the last meeting's
    # minutes, never this meeting's title.
    r"(?!minutes\s+of\s+(?:the\s+)?(?:last|previous|preceding)\s+meeting\s+(?:were\s+|was\s+)?"
    r"(?:agreed|accepted|approved|signed|confirmed|adopted|noted|read|taken)\b)"
    # "Minutes of the last AGM meeting", "... previous Board meeting" alone on its line: the item
    # on the last meeting's minutes (a heading over "The minutes ... were accepted"), never this
    # meeting's title. ("Minutes of the previous meeting" alone keeps its reading: a title, which
    # doubts.py's _items_above names when it stands below the attendance.)
    r"(?!minutes\s+of\s+(?:the\s+)?(?:last|previous|preceding)\s+(?:\S+\s+){1,2}?meeting\s*[.:]?\s*$)"
    # "Agenda and draft minutes": the title of a ModernGov page, over the board's name.
    r"(?:agenda\s+and\s+)?(?:(?:draft|unconfirmed|confirmed|approved)\s+)?(?:record|minutes)"
    r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:\S+\s+){0,8}?meeting\b|\s*$|\s*[-\u2013\u2014:]\s"
    r"|\s+of\s+(?:the\s+)?(?:\S+\s+){0,6}?(?:council|board|committee|panel|authority|synod)\b)"
    # Scottish bodies write "Minute" for the record: "DRAFT MINUTE of MEETING of the BOARD".
    r"|(?:(?:draft|unconfirmed|confirmed|approved)\s+)?minute\s+of\s+(?:an?\s+|the\s+)?"
    r"(?:\S+\s+){0,4}?meeting\b"
    r"|minutes\s+of\s+proceedings\s*$"
    # "Notes of a Tenant Scrutiny Panel meeting held on 7 December 2015": a panel's minutes.
    # "Notes of the Public Meeting" alone on its line: a consortium's or a forum's minutes.
    r"|notes\s+of\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,8}?meeting(?:\s+(?:held|of|on)\b|\s*$)",
    re.IGNORECASE,
)
# " Minutes 20071212", " Minutes": after the board's name, a page's heading for its minutes.
_MINUTES_FILED = re.compile(r"\s+minutes?(?:\s+\d{6,8})?", re.IGNORECASE)
_BODY_NAME = re.compile(
    r"(?:[A-Z][\w&'\u2019-]*\s+|(?:and|of|for|the|&)\s+){0,8}"
    r"(?:Board|Council|Committee|Sub-Committee|Panel|Authority|Court|Commission|Trust|Forum)"
)
# "Date: Thursday 6 February 2020", "Time: 9.30am", or the date or time on its own.
_WHEN = re.compile(
    r"(?:((?:meeting\s+)?(?:date\s+and\s+time|time\s+and\s+date|date|time))\s*:?\s*)?(.*)",
    re.IGNORECASE,
)
_MEETING = re.compile(r"(?:meeting|board|committee|panel)\s*:\s*(.+)", re.IGNORECASE)
# "Meeting: 11/05/2022 - Audit & Governance Committee (Item 31)": a ModernGov issue page's line.
_ISSUE_MEETING = re.compile(
    r"meeting\s*:\s*(?P<date>\d{1,2}/\d{1,2}/\d{4})\s*[-\u2013]\s*(?P<board>.+?)"
    r"\s*\((?:item|minute)\s+[\w./]+\)",
    re.IGNORECASE,
)
# Lines that are never part of the record: running titles and a web page's furniture.
_CLUTTER = re.compile(
    r"agenda(?:\s+and\s+minutes)?|(?:full|board\s+meeting|meeting)\s+minutes"
    # A page's own title ("Meeting documents", ModernGov) and the paper the minutes were
    # filed as ("Appendix D", "Annex 2").
    r"|meeting\s+documents|agenda,?\s+(?:decisions\s+)?and\s+(?:draft\s+)?minutes|contents"
    # A committee system's page tabs ("Meeting Details", "Meeting Summary", "Public Items").
    r"|meeting\s+(?:details|summary)|public\s+items"
    # A ModernGov issue page's title ("Issue - meetings", "Issue - items at meetings").
    r"|issue\s*[-\u2013]\s*(?:items\s+at\s+)?meetings"
    r"|(?:appendix|annexe?|enclosure)\s+[A-Z0-9]{1,3}"
    r"|(?:un)?confirmed|draft|media|items|no\.?\s+item|item\s+no\.?\s+item\s+under\s+discussion"
    r"|agenda\s+part\s+\w+|share\s+this\s+item"
    # "Part 1" over a web page's items; never "Part II" nor "PART I - CONFIDENTIAL: press and
    # public excluded", which mark the business after them restricted (restricted.py).
    r"|part\s+(?:one|1|i)\b(?!.*\b(?:confidential|exempt|exclu\w*|private)\b).*"
    r"|additional\s+documents\s*:?|view\s+directions|(?:.*\s)?minutes\s*[-\u2013]\s*(?:final|draft)"
    # A GOV.UK page's furniture: its kind of document, when it was published, where it applies.
    r"|transparency\s+data|corporate\s+report|policy\s+paper"
    r"|(?:published|last\s+updated|updated)\s+\d{1,2}\s+[A-Za-z]+\s+\d{4}"
    r"|applies\s+to\s+(?:england|wales|scotland|northern\s+ireland)"
    r"(?:(?:,\s*|\s+and\s+)(?:england|wales|scotland|northern\s+ireland))*"
    # A table's header row repeated on each page, and an accessibility notice.
    r"|(?:names?|members?|attendees?)\s*[,|]?\s*(?:roles?|titles?|organisations?|positions?)"
    r"|.*\b(?:available|provided)\s+in\s+(?:large\s+print|braille|other\s+formats|welsh).*"
    r"|.*\b(?:large\s+print|alternative\s+format|easy\s+read)\b.*(?:request|contact|call).*"
    r"|chair(?:man|person)?'?s\s+initials.*|(?:https?://|www\.)\S+|.{0,60}\blogo"
    r"|signed\s*[:.\u2026_]*\s*(?:\(?chair(?:man|person)?\)?)?[\s.\u2026_]*(?:date\s*[:.\u2026_]*)?"
    # A signature's date or chair line left blank: "Date ......", "Chair: ________".
    r"|(?:date|chair(?:man|person)?)\s*:?\s*[.\u2026_]{2,}[\s.\u2026_]*",
    re.IGNORECASE,
)
_COLUMN = r"item(?:\s+no\.?)?|no\.?|content|who|action(?:\s+by)?|lead|by|when|minute|ref|owner"
_HEADER_CELL = re.compile(
    # "Category | Names": the Senedd's attendance table's header row.
    r"names?|roles?|job\s+titles?|organi[sz]ations?|positions?|designations?|categor(?:y|ies)",
    re.IGNORECASE,
)
# "MPC(21)M04", "V2.1", "CNPA.Paper.135": one token with a digit, no words round it.
_DOCUMENT_NUMBER = re.compile(r"(?=\S*\d)[A-Z][A-Za-z0-9().\-/_]{1,24}")
# "17/663R": a paper's number, figures either side of a slash and a letter after them.
_NUMBERED_PAPER = re.compile(r"\d{1,4}/\d{1,5}[A-Za-z]{1,3}")
# "MSF (130/2015)": a forum's paper, its initials and its number of the year, put on the minutes
# when they went to the next meeting.
_PAPER_OF_YEAR = re.compile(r"[A-Z]{2,8}\s*\(\s*\d{1,4}\s*/\s*(?:19|20)?\d\d\s*\)")
_FILE_PATH = re.compile(r"(?:[A-Za-z]:\\|\\\\|\S*[\\/]\S*\.(?:docx?|pdf)\b).*", re.IGNORECASE)
# "Venue: Remote", "Date and Time: ...", "Title of meeting National Policing Board".
_LABEL = re.compile(
    r"(?P<label>title\s+of\s+meeting|name\s+of\s+meeting|meeting\s+title"
    r"|(?:meeting\s+)?venue(?:\s+for\s+meeting)?|location|place|contact|chair(?:man|\s?person)?)"
    r"\s*(?::-?|\||,|\s)\s*(?P<value>\S.*)",
    re.IGNORECASE,
)
_DATE_LABEL = re.compile(r"(?:date|time|day|when)(?:\s*(?:&|and)\s*time)?\s*:", re.IGNORECASE)
_LABEL_KEYS = {
    "title": "board", "name": "board", "meeting": "board", "venue": "place", "location": "place",
}  # fmt: skip
# "At a MEETING of the X held on ...", "An inquorate meeting of the X was held at ...".
_AT_MEETING = re.compile(
    r"(?:at\s+)?an?\s+(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?(?P<board>.+?)\s+(?:was\s+)?held\b",
    re.IGNORECASE,
)
# "A Meeting of the Ermysted's Grammar School Full Governing Board" (its sentence going on, "was
# held ...", on the next line): the article before the meeting is no part of the board's name.
_MEETING_OF = re.compile(r"(?:an?\s+)?meeting\s+of\s+(?:the\s+)?(?P<board>.+?)\s*$", re.IGNORECASE)
# "The Chairman, Cllr Mike Harwood, presided.": the chair named in the opening sentence.
_CHAIR_PRESIDED = re.compile(
    r"\bThe\s+(?P<post>Chair(?:man|person|woman)?),?\s+"
    r"(?P<name>(?:Cllr\.?|Councillor)\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,3}),?"
    r"\s+presided\b"
)
# "... was held" / "in the Long Room ... on 22nd January 2009.": a title's last word that the
# sentence goes on from, onto the line below.
_GOES_ON = {"held", "at", "on", "in", "of"}
# "Minutes of the twenty-second meeting of the Sports Grounds Safety Authority held on ...".
_MINUTES_OF_MEETING = re.compile(
    r"minutes\s+of\s+the\s+(?:[\w-]+\s+)?meeting\s+of\s+(?:the\s+)?(?P<board>.+?)\s+held\b",
    re.IGNORECASE,
)
# A board read as a word alone ("Board Meeting 8 December 2015": "Board"), or a page header's
# body with a paper's number after it ("SPORTS GROUNDS SAFETY AUTHORITY, SGSA(16)01").
_BOARD_IN_PART = re.compile(r"(?i:board|committee|council|panel|group|meeting)|[^,]+,\s*\S+\d\S*")
# An archived page's summary: "These are the minutes for the 25 Jul 03 meeting of the ACPO
# Conduct Sub-committee." The body and the date, as a sentence.
# "Minutes" alone, then "of the Meeting of the" on the line below: a title set over lines.
_TITLE_WORD_ALONE = re.compile(r"(?i)minutes|notes|record")
_OF_THE_LINE = re.compile(r"(?i)of\s+(?:the|an?)(?:\s+[\w&'-]+){0,4}\s+of(?:\s+the)?")
# "Meeting 10.10.15 - Medway Youth Parliament": a document's title, the meeting's date in
# figures, then after a dash the body that met.
_MEETING_DATE_BODY = re.compile(
    r"(?:minutes|meeting)\s*:?\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}\s+[-\u2013]\s+"
    r"(?P<board>[A-Z][\w'\u2019&]*(?:\s+[\w'\u2019&]+){1,8})",
    re.IGNORECASE,
)
_MINUTES_FOR = re.compile(
    r"(?:these\s+are\s+)?the\s+minutes\s+(?:for|of)\s+the\s+.{0,40}?\bmeeting\s+of\s+(?:the\s+)?"
    r"(?P<board>[A-Z].+?)\.?",
    re.IGNORECASE,
)
# "Trust Land Management Committee By Video/telephone conference": how a remote meeting was
# held, after the body's name.
_REMOTE_TAIL = re.compile(
    r"\s+(?:held\s+)?(?:by|via|on)\s+(?:video|telephone|zoom|microsoft\s+teams|teams|skype|webex"
    r"|remote)\b.*$",
    re.IGNORECASE,
)
# "Surrey Police and Crime Panel - Tuesday, 15 September 2020 10.30 am",
# "National Policing Board Minutes 4 November 2020", "Derby CCG Governing Body Meeting in Public".
# "... Association, General Meeting", "Clitheroe Civic Society - Annual General Meeting - <date>":
# which of the body's meetings, after a comma or a dash.
_MEETING_KIND_TAIL = re.compile(
    r"(?<=\w)(?:,|\s+[-\u2013\u2014])\s*(?:(?:annual|extraordinary|special|ordinary)\s+)?"
    r"general\s+meeting\s*$",
    re.IGNORECASE,
)
_BOARD_TAIL = re.compile(
    r"(?:\s+[-\u2013\u2014]\s*(?:board\s+)?|\s+)(?:meeting(?:\s+in\s+public)?|minutes"
    # "Committee for the Executive Office Minutes of Proceedings": a legislature's committee.
    r"(?:\s+of\s+proceedings)?"
    r"|approved|confirmed|unconfirmed|draft)\s*:?\s*$",
    re.IGNORECASE,
)
_MINUTES_OF_TAIL = re.compile(
    r"\s+minutes?\s+of\s+(?:the\s+|a\s+)?(?:\w+\s+)?meeting\b.*$", re.IGNORECASE
)
# "PUBLIC MEETING - SCOTTISH FIRE AND RESCUE SERVICE BOARD": which meeting, then the board.
_MINUTES_HEAD = re.compile(
    # "Concise Minutes - Health and Social Care Committee": the Senedd's short record.
    r"^(?:(?:concise\s+|summary\s+)?(?:meeting\s+)?minutes"
    r"|(?:public|private|open|closed|special|extraordinary)\s+meeting)"
    r"\s+[-\u2013\u2014:]\s+(?=[A-Z])",
    re.IGNORECASE,
)
_STATUS_HEAD = re.compile(r"^(?:draft|unconfirmed|confirmed|approved)\s+(?=\S)", re.IGNORECASE)
_MEETING_NUMBER_LINE = re.compile(r"meeting\s+(?:no\.?|number)\s*\d{1,4}(?:\s*:\s*minutes)?", re.I)
_MONTH_END = re.compile(rf"\b\d{{1,2}}\s*(?:st|nd|rd|th)?\s+(?:{MONTHS})$", re.IGNORECASE)
_YEAR_START = re.compile(r"(?:19|20)\d\d\b")
_MONTH_YEAR_ALONE = re.compile(rf"(?:{MONTHS})\s+(?:19|20)\d\d", re.IGNORECASE)
_PAGE_TAIL = re.compile(
    r"(?:\s+(?:19|20)\d\d\s*[-/\u2013]\s*\d\d(?:\d\d)?)?(?:\s+page\s+\d+(?:\s+of\s+\d+)?)?\s*$",
    re.IGNORECASE,
)
# "Public Session", "Part 1 (Public)", "Meeting held in Public": the part of a meeting minuted.
_SESSION_LINE = re.compile(
    r"(?:(?:public|private|open|closed|confidential)\s+(?:session|business)"
    r"|part\s+(?:1|one|i|a)\s*(?:\(public\)|-\s*public)?"
    r"|meeting\s+(?:held\s+)?in\s+(?:public|private))[.:]?",
    re.IGNORECASE,
)
# A paper's number over the minutes, put there when they went to the next meeting ("Agenda item
# 2", "Item 10" alone on its line).
_PAPER_NUMBER = re.compile(r"(?:agenda\s+)?item\s+(?:no\.?\s*)?[\w.]{1,4}", re.IGNORECASE)
_TITLE_INSIDE = re.compile(
    r"\s(?:(?:draft|unconfirmed|confirmed|approved)\s+)?minutes\s+of\b", re.IGNORECASE
)
# Where the place ends: the date or a time after it ("at The Place 19:00pm": the time is no
# part of the venue's name), or the line's end.
_PLACE_END = (
    r"(?=\s+(?i:on|from|commencing)\s|\s+(?i:at)\s+\d"
    r"|,?\s+\d{1,2}[.:]\d{2}\s*(?i:[ap]\.?m\.?|hrs)?\.?\s*$|\s*[.;]?\s*$)"
)
# "at the Town Hall": the article is no part of the place; "at The Place" (a capital "The"
# after "at") is the venue's own name, and is kept.
_HELD_AT = re.compile(rf"\b(?i:at)\s+(?:(?:the|THE)\s+)?(?P<place>[A-Z][^.;@]*?){_PLACE_END}")
_VIA = re.compile(rf"\b(?i:via)\s+(?P<place>[A-Z][\w ]*?){_PLACE_END}")
# "... on Wednesday 7th November 2018 Cadeby Inn at 7.00": the place between the date and the
# time, with no "held at" before it.
_DATE_PLACE_TIME = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4},?\s+(?P<place>[A-Z][\w'\u2019 ,&-]{2,60}?)"
    r"\s+(?i:at|from)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?|hrs)?\.?$"
)
# "pdf icon PDF 135 KB", or "PDF 89 KB" where a copy lost the icon's text: a link to the paper.
_PDF_ICON = re.compile(r"\s*(?:pdf\s+icon\s+)?pdf\s+[\d.]+\s*[km]b\s*$", re.IGNORECASE)
# "FINANCE & SCRUTINY (F & S) COMMITTEE": the name's own abbreviation, in brackets inside it.
_ABBREVIATION = re.compile(r"\s*\([A-Z][A-Z&. ]{0,10}\)(?=\s|$)")
_VENUE_TAIL = re.compile(r"\.?\s*view\s+directions\.?\s*$", re.IGNORECASE)


# Words that name a body by its kind, not by its own name.
_KIND_WORDS = {
    "the", "of", "and", "board", "committee", "sub-committee", "council", "panel", "group",
    "meeting", "full", "parish", "district", "town", "county", "borough", "city", "proceedings",
}  # fmt: skip
# Who make up a board, named by its kind: "Board of Trustees", "Council of Governors".
_MEMBERS_WORDS = {"trustees", "directors", "governors", "members", "management"}
# A sentence of some length: a notice, not a heading's line.
_NOTICE = re.compile(r"(?:\S+\s+){9,}\S*[.!]")
# A venue line under the heading: "At Novotel Birmingham Centre, Broad Street, Birmingham".
# A UK postcode: a letterhead's address, above the heading.
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_BEFORE_TITLE = re.compile(r"(.{3,80}?)\s+/\s+(.+)")
# A venue on a line of its own: "Yarrow Room, Lewes Town Hall", "Council Chamber, Civic Centre".
_VENUE = re.compile(
    r"(?:[A-Z][\w'\u2019&-]*\s+){0,4}(?:Room|Hall|Chamber|Centre|Center|Library|Offices|House)"
    # "Hove Town Hall - Council Chamber": the building, then the room, after a dash.
    r"(?:(?:,|\s[-\u2013])\s*(?:[A-Z][\w'\u2019&-]*\s*)(?:[A-Z0-9][\w'\u2019&-]*\s*){0,4})*"
    # "Douglas Tilbe House, Hall Grove, Welwyn Garden City, AL7 4PH": its postcode last.
    r"(?:,?\s*[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})?\.?"
)
# "20 February 2015 Conference Room 2, Victoria Quay, 12:30 \u2013 15:30": the date, the venue and
# the time on one line, under the title.
_HOUR = r"(?:\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?|hrs)?|\d{1,2}\s*[ap]\.?m\.?)"
_DATE_VENUE_TIME = re.compile(
    r"(?P<date>(?:[A-Za-z]+,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?,?\s+\d{4}),?\s+"
    r"(?P<place>[A-Z][\w'\u2019 ,&-]{2,80}?)[,;]?\s+(?:(?i:at|from)\s+)?"
    rf"{_HOUR}(?:\s*(?:[-\u2013\u2014]|to)\s*{_HOUR})?\.?"
)
# A Welsh council's kind alone on its line ("CYNGOR CYMUNED", "Cyngor Tref"), and the English
# kind that ends the same council's name a line or two below ("COMMUNITY COUNCIL").
_WELSH_KIND = re.compile(r"(?i:cyngor\s+(?:tref|cymuned|dinas|sir|bwrdeistref\s+sirol))")
_ENGLISH_KIND = re.compile(r"(?i:\b(?:town|community|city|county(?:\s+borough)?)\s+council)$")
# "Minutes 28th November 2023", "Draft Minutes - 4 May 2021": the word for the record and its
# date alone, naming no body.
_MINUTES_DATED = re.compile(
    r"(?i:(?:draft|approved|confirmed|unconfirmed)\s+)?(?i:minutes|notes)\s*[-\u2013:,]?\s*"
    r"(?:(?i:of|for)\s+)?(?:[A-Za-z]+,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?,?\s+\d{4}"
)
# "9th May 2019 at 7pm Crossgates Community Centre": the date, the hour, then the place.
_DATE_TIME_VENUE = re.compile(
    r"(?P<date>(?:[A-Za-z]+,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?,?\s+\d{4}),?\s+"
    rf"(?:(?i:at|from)\s+)?{_HOUR},?\s+(?:(?i:at|in)\s+)?"
    r"(?P<place>[A-Z][\w'\u2019 ,&-]{2,80}?)\.?"
)
# "Meeting held remotely by video conference", "Held via Microsoft Teams", "The meeting was held
# virtually": how or where the meeting was held, on a line of its own.
_HELD_HOW = re.compile(
    r"(?i:(?:the\s+)?(?:meeting\s+)?(?:was\s+)?held\s+)"
    r"(?i:remotely|virtually|online|in\s+person|by|via|over|using|in|at)\b[^.;:]{0,80}\.?"
)
# "Zoom", "Microsoft Teams", "Online" alone on its line in the heading: where a meeting held by
# video call was held, never a person's name.
_CALL_SERVICE = re.compile(
    r"(?i:(?:via|by|on|over)\s+)?(?i:zoom|(?:microsoft\s+)?teams|skype|google\s+meet|webex"
    r"|online|virtual(?:\s+meeting)?|video\s+(?:call|conference))(?:\s+(?i:meeting|call))?\.?"
)
_AT_PLACE = re.compile(r"(?i:(?:held\s+)?at\s+(?:the\s+)?)(?P<place>[A-Z][^.;:]*)\.?")
# "(The meeting was held in the Guildhall, Kingston upon Hull)": the venue, as a note.
_WAS_HELD = re.compile(
    r"\(?(?i:the\s+meeting\s+was\s+held\s+(?:in|at)\s+(?:the\s+)?)(?P<place>[A-Z][^()]*?)\.?\)?"
)


# A flattened table's header row or rule: "Item / Content / Who", "Item |", "|||".
_TABLE_HEADER = re.compile(
    rf"(?:(?:{_COLUMN})\s*(?:[/|]\s*(?:{_COLUMN})?\s*)+|\|+|(?:{_COLUMN})\s*\|+)",
    re.IGNORECASE,
)
# A word of each of _CLUTTER's alternatives: a line with none of them is not matched (the
# alternatives that start ".*" try each character of a long line).
_CLUTTER_WORDS = Keywords(
    "agenda", "full", "meeting", "documents", "contents", "item", "issue", "appendix", "annex",
    "enclosure", "confirmed", "draft", "media", "part", "directions", "final", "transparency",
    "corporate", "policy", "published", "updated", "applies", "name", "member", "attendee",
    "available", "provided", "print", "format", "easy", "initials", "http", "www", "logo",
    "signed", "date", "chair",
)  # fmt: skip


def is_clutter(text: str) -> bool:
    """A running title, a document number, a file path or a web page's furniture."""
    return bool(
        (_CLUTTER_WORDS(text) and _CLUTTER.fullmatch(text.strip(" :")))
        or _TABLE_HEADER.fullmatch(text.strip())
        # A table's header cell on its own line; "NAME" in capitals may be an organisation.
        or (_HEADER_CELL.fullmatch(text) and not text.isupper())
        or (_DOCUMENT_NUMBER.fullmatch(text) and not find_date(text) and " " not in text)
        or _NUMBERED_PAPER.fullmatch(text)
        or _PAPER_OF_YEAR.fullmatch(text)
        or _FILE_PATH.fullmatch(text)
        or _RUNNING_FOOTER.fullmatch(text.strip())
    )


# "PGB-15-73 Governing Body Meeting in Public 16 June 2015 1 of 12": a running footer, a paper's
# number or a date, then the page's number "N of M" at its end (no stop after it).
_RUNNING_FOOTER = re.compile(
    r"(?=.*(?:\b\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b|\b[A-Z]{2,5}[-/]?\d{1,4}[-/]\d{1,4}\b))"
    r"[^.;:]{5,120}?\s(?:[Pp]age\s+)?\d{1,3}\s+of\s+\d{1,3}"
)


def label_line(text: str) -> tuple[str, str] | None:
    """('board' | 'place' | 'contact' | 'chair', value) for a label and value line."""
    m = _LABEL.fullmatch(text)
    if not m:
        return None
    words = m["label"].lower().split()
    first = "venue" if "venue" in words else words[0]  # "Meeting Venue:" says the place
    key = _LABEL_KEYS.get(first, "chair" if first.startswith("chair") else first)
    value = _VENUE_TAIL.sub("", m["value"]).strip()
    return key, value


def board_from_meeting_sentence(text: str) -> str:
    """'At a MEETING of the DUNDEE ... JOINT BOARD held remotely on ...' -> the board."""
    m = _AT_MEETING.match(text)
    return m["board"].strip() if m else ""


def _names_in_full(short: str, board: str) -> bool:
    """Whether the board a sentence names is the heading's, in full: every word of the heading's
    name but 'meeting held on' is in it ("COMMISSIONERS' MEETING HELD ON", "Newport Harbour
    Commissioners")."""
    words = {w.strip("'\u2019").lower() for w in board.split()}
    own = [w.strip("'\u2019").lower() for w in short.split()]
    own = [w for w in own if w not in ("meeting", "held", "on", "minutes", "of", "the")]
    return not own or all(w in words for w in own)


_SPELT_OUT_SMALL = {"of", "and", "for", "the", "&", "-", "\u2013", "\u2014"}


def spelt_out(short: str, full: str) -> bool:
    """Whether `full` is `short` with its last word, an abbreviation, written out: "Ansdell
    Medical Centre PPG" and "Ansdell Medical Centre - Patient Participation Group"."""
    words, whole = short.split(), [w for w in full.split() if w.lower() not in _SPELT_OUT_SMALL]
    if len(words) < 2 or not re.fullmatch(r"[A-Z]{2,6}", words[-1]):
        return False
    # "Dorset and East Devon FLAG": the short name's own small words are left out too.
    head = [w.lower() for w in words[:-1] if w.lower() not in _SPELT_OUT_SMALL]
    if [w.lower() for w in whole[: len(head)]] != head:
        return False
    rest = whole[len(head) :]
    return len(rest) >= 2 and "".join(w[0] for w in rest) == words[-1]


# "Annual General Meeting of the West Sussex Fun Run League": the body after the meeting.
_MEETING_OF_BODY = re.compile(r"(?i:.*?\bmeeting\s+of\s+(?:the\s+)?)(?P<body>[A-Z][^,.;:]+)")


def initials_of(short: str, full: str) -> bool:
    """Whether `short` begins with the initials of the body `full` names ("WSFRL AGM" and
    "West Sussex Fun Run League"): a running header's short name for the body that met."""
    first = short.split()[0] if short.split() else ""
    words = [w for w in full.split() if w.lower() not in _SPELT_OUT_SMALL]
    return (
        len(words) >= 2
        and re.fullmatch(r"[A-Z]{2,6}", first) is not None
        and "".join(w[0] for w in words).upper() == first
    )


def spelt_out_first(board: str, text: str) -> str:
    """The words at the start of `text` that spell out a running header's body ("Dorset and East
    Devon FLAG", its first cell), its initials written out, or ""."""
    short = board.split(", ")[0]
    words = text.split()
    for end in range(len(short.split()) + 1, len(words) + 1):
        if spelt_out(short, " ".join(words[:end])):
            return " ".join(words[:end])
    return ""


def board_from_meeting_line(text: str) -> str:
    """'MEETING OF POLICE AND CRIME PANEL' -> 'POLICE AND CRIME PANEL'."""
    m = _MEETING_OF.fullmatch(text)
    return m["board"] if m and not find_date(text) else ""


def board_with_date(text: str) -> str:
    """The board's name on a line that also gives the date, or its running title: the text
    before the date, without '- ' and 'Minutes' or 'Meeting in Public' after it."""
    span = date_span(text)
    if span:
        text = text[: span[0]]
        text = re.sub(
            r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*$", "", text, flags=re.IGNORECASE
        )
    # "DRAFT AONB Partnership Committee Minutes of the meeting at <venue> <date>": the body,
    # its record's status and the meeting's place left out.
    text = _STATUS_HEAD.sub("", _MINUTES_OF_TAIL.sub("", text))
    # "Meeting minutes - Road Safety Framework Local Partnership Forum - West - <date>": the
    # document's label before the body's name, set apart by a dash.
    text = _MINUTES_HEAD.sub("", text)
    # A running title's page number and session: "Corporation Board 2017-18 Page 7".
    text = _PAGE_TAIL.sub("", text).strip(" ,-\u2013\u2014")
    text = _REMOTE_TAIL.sub("", text).strip(" ,-\u2013\u2014")
    # "Victoria Park Community Association, General Meeting 21.3.19": which of its meetings.
    text = _MEETING_KIND_TAIL.sub("", text)
    while (m := _BOARD_TAIL.search(text)) and m.start() > 0:
        text = text[: m.start()].strip(" ,-\u2013\u2014")
    # "Date & Time: Monday 8 April 2013": the date's label is no board's name.
    return "" if _DATE_LABEL.fullmatch(text) else text


def place_from_title(title: str) -> str:
    """Where a title says the meeting was: "... held at 7.00pm on 1 March 2010 at the Parish
    Council Chamber, Groby.", "... held via Zoom on ...", or ""."""
    m = _HELD_AT.search(title) or _VIA.search(title) or _DATE_PLACE_TIME.search(title)
    return m["place"].strip(" ,") if m else ""


# CMIS's link to the paper: "pdf Young Carers Strategy (208Kb)", the type before the title and
# the size after it; and its marks, "*" (a recommendation to the council), "**" (a question).
_CMIS_LINK = re.compile(r"(?:pdf|docx?)\s+(?P<title>\S.*?)\s*\(\s*[\d.]+\s*[km]b\s*\)", re.I)
_MARKS = re.compile(r"^\s*\*{1,3}\s*|\s*\*{1,3}\s*$")


def title_without_icon(title: str) -> str:
    """A ModernGov title without its 'pdf icon PDF 135 KB' link text; a CMIS title without its
    link's 'pdf ... (208Kb)' and its asterisks."""
    title = _PDF_ICON.sub("", title).strip()
    unmarked = _MARKS.sub("", title)
    if m := _CMIS_LINK.fullmatch(unmarked):
        return m["title"]
    return unmarked or title


# "18.00 GUILDHALL, WINDSOR", "7.30pm Village Hall, Mill Lane": the hour the meeting began,
# then where it met (a place and its town, or the hour said am or pm).
_TIME_THEN_PLACE = re.compile(
    r"(?:[01]?\d|2[0-3])[.:][0-5]\d\s*(?P<half>[ap]\.?m\.?)?\s+(?P<place>[A-Z][^,]*,\s*[A-Z].*)"
)


# "HES 049/17", "CJB (10) MINUTES", "ITEM PF3": the reference of the paper the minutes were
# sent round as (a page header's), its body's initials and a number, over the heading.
_PAPER_REFERENCE = re.compile(
    r"(?:[A-Z]{2,6}\s+(?:\d{1,4}/\d{2,4}|\(\d{1,3}\))|ITEM\s+[A-Z]{1,3}\d{1,3})(?:\s+MINUTES)?"
)


def paper_number(text: str) -> bool:
    """ "Agenda item 2", "Item 10" at the top of minutes sent round as a paper of the next
    meeting."""
    return bool(_PAPER_NUMBER.fullmatch(text.strip()))


def time_then_place(text: str) -> bool:
    """Whether a line is the meeting's time and venue, not an item numbered "18.00"."""
    m = _TIME_THEN_PLACE.fullmatch(text)
    return bool(m) and (bool(m["half"]) or is_all_caps(m["place"])) and len(text.split()) <= 12


def is_address(text: str) -> bool:
    """A short line holding a UK postcode: a letterhead's or a venue's address ("138 - 142
    HOLBORN, LONDON, EC1N 2ST"), even where it starts with a number as an item does."""
    return bool(_POSTCODE.search(text)) and len(text.split()) <= 12


# "APPROVED", "Unapproved": the status stamped at the top of minutes.
_STAMP = re.compile(r"(?i:(?:un)?approved)")
# "Minutes" or "MINUTES:" alone on its line: a label over the items, or a title.
_MINUTES_ALONE = re.compile(r"(?i:minutes):?")
# "Minutes of the previous meeting": an item's title (the last meeting's minutes), not one of
# this meeting's.
LAST_MEETING = re.compile(
    r"(?i:minutes)\s+of\s+(?:the\s+)?(?i:last|previous|preceding)\s+(?i:meeting)s?[.:]?"
)
_PAGE_NAME = re.compile(r"agendas?,?\s+reports\s+and\s+minutes", re.IGNORECASE)
# "Minutes: Eileen Quigley": the label of who took the minutes, then their name.
_MINUTES_BY = re.compile(r"(?i:minutes)\s*:\s+(?P<who>\S.*)")


# The last word of a body's name that names_body does not know: "... Mountain Rescue Team".
_BODY_KINDS = {
    "team", "society", "club", "trust", "association", "federation", "union", "foundation",
    "network", "alliance", "company", "limited", "ltd", "friends", "fellowship", "guild",
}  # fmt: skip
# A body's name alone on its line: capitalised words, "of", "and", "&", "the" between them.
_NAME_LINE = re.compile(
    r"[A-Z][\w'\u2019.-]*(?:\s+(?:[A-Z][\w'\u2019.-]*|of|and|&|the|for|on|in))+"
)


class HeadingReader:
    month_year = ""  # "March 2019" from a title that gives no day (month_year.py)
    """The reader's part for the heading block and the attendees, and for apologies that only
    the minutes' prose gives. Mixed into the reader in text.py, which holds the state."""

    lines: list[Line]
    problems: list[Problem]
    known: set[str]
    organisations: dict[str, str]
    headings: set[str]
    board: str
    title: str
    place: str
    date: datetime.date | None
    stage: str
    kind: str
    organisation: str | None
    attendees: list[dict[str, Any]]
    sections: list[Any]
    skip: set[int]
    chair: str

    def problem(self, line: Line, message: str, severity: str = "error") -> None:
        self.problems.append(Problem(line.no, line.raw, message, severity))

    def warn(self, line: Line, message: str) -> None:
        self.problem(line, message, "warning")

    def leave_out(self, line: Line, message: str) -> None:
        """A line left out of the record on purpose (page furniture, a footnote), listed as the
        document writes it: a Markdown heading's mark is the page's ('# FULL MINUTES', a PDF's
        heading in the Markdown the page shows, is listed as 'FULL MINUTES', as from its block)."""
        text = _MARKDOWN_HEADING.sub("", line.raw)
        self.problems.append(Problem(line.no, text, message, "warning", left_out=True))

    def title_over_lines(self, i: int) -> str:
        """ "Minutes" / "of the Meeting of the" / "Planning & Regulatory Committee": a title
        set over three lines, each but the last ending in "of the" or "of", read as one line
        (the lines below it are read with it)."""
        if not _TITLE_WORD_ALONE.fullmatch(self.lines[i].text):
            return ""
        parts, k = [self.lines[i].text], i + 1
        while k < len(self.lines) and _OF_THE_LINE.fullmatch(self.lines[k].text) and k - i < 4:
            parts.append(self.lines[k].text)
            k += 1
        if k == i + 1 or k >= len(self.lines) or not self.lines[k].text[:1].isupper():
            return ""
        joined = " ".join([*parts, self.lines[k].text])
        if not TITLE.match(joined):
            return ""
        self.skip.update(range(i + 1, k + 1))
        return joined

    def name_over_lines(self, i: int) -> str:
        """ "NOTTINGHAMSHIRE AND CITY OF NOTTINGHAM" / "FIRE AND RESCUE AUTHORITY - POLICY AND"
        / "STRATEGY COMMITTEE": a body's name in capitals wrapped over lines, a line ending on a
        word that joins ("AND", "OF", "-") going on onto the next, read as one line."""
        run = [self.lines[i].text]
        while (
            i + len(run) < len(self.lines)
            and len(run) < 4
            and is_all_caps(following := self.lines[i + len(run)].text)
            and not TITLE.match(following)
        ):
            run.append(following)
        if _WELSH_KIND.fullmatch(run[0]):
            # "CYNGOR CYMUNED" / "LLANSANFFRAID GLAN CONWY" / "COMMUNITY COUNCIL": the Welsh
            # kind, the place and the English kind on lines of their own, one name in both.
            for k in range(2, len(run)):
                if _ENGLISH_KIND.search(run[k]):
                    self.skip.update(range(i + 1, i + k + 1))
                    return " ".join(run[: k + 1])
        joins = [
            k
            for k, part in enumerate(run[:-1])
            if is_all_caps(part)
            and (part.split()[-1].lower() in TRAILING or part[-1:] in "-&\u2013")
        ]
        if not joins:
            return ""
        k = i + joins[-1] + 1
        parts = run[: joins[-1] + 2]
        self.skip.update(range(i + 1, k + 1))
        return " ".join(parts)

    def header(self, i: int, line: Line) -> None:
        text = line.text
        if self.stage == "start" and not self.board and _STAMP.fullmatch(text):
            # "APPROVED" above "NHS GRAMPIAN": the minutes' status stamped on them, no board.
            self.warn(line, "The minutes' status above the heading left out of the record")
            return
        if self.stage == "start" and not self.board and self.paper_reference(line):
            self.warn(line, "The paper's reference above the heading left out of the record")
            return
        if self.stage == "start" and not self.board and _PAGE_NAME.fullmatch(text):
            # "Agendas, reports and minutes" over the committee's name: the council's web page
            # of a committee's papers, copied with the minutes; no body's name.
            self.warn(line, "The web page's name above the minutes left out of the record")
            return
        if (
            self.stage == "start"
            and not self.board
            and (
                DATE_LINE.fullmatch(text)
                or _MONTH_YEAR_ALONE.fullmatch(text)  # "June 2016": a web page's month
                or (is_address(text) and not TITLE.match(text))
            )
        ):
            # "Friday, September 30, 2005" (a post's date) or a letterhead's address.
            self.warn(line, "Line above the heading left out of the record")
            return
        if self.stage == "start" and (m := _BEFORE_TITLE.fullmatch(text)) and TITLE.match(m[2]):
            # "Head Teacher: Nicola D Anderton / Minutes of the ...": a letterhead's cell, then
            # the title.
            self.warn(line, f"'{m[1]}' above the title left out of the record")
            line = line.with_text(m[2])
            self.lines[i] = line
            text = line.text
        if self.stage == "start" and text.startswith("/ ") and TITLE.match(text[2:]):
            # "/ MINUTES OF THE GENERAL COMMITTEE MEETING": a table's cell, then the title.
            line = line.with_text(text[2:])
            self.lines[i] = line
            text = line.text
        if self.stage == "start" and (joined := self.title_over_lines(i)):
            line = self.lines[i] = line.with_text(joined)
            text = line.text
        if self.stage == "start" and not self.board and (joined := self.name_over_lines(i)):
            line = self.lines[i] = line.with_text(joined)
            text = line.text
        below = self.lines[i + 1].text if i + 1 < len(self.lines) else ""
        if self.stage == "start" and not self.board and _ISSUE_MEETING.fullmatch(below):
            # "Minutes" over "Meeting: 11/05/2022 - ...": the issue's name, not the title.
            self.warn(line, "The issue's name above its meeting left out of the record")
            return
        if not self.board and (m := _ISSUE_MEETING.fullmatch(text)):
            # "Meeting: 11/05/2022 - Audit & Governance Committee (Item 31)": a ModernGov
            # issue page's meeting, the committee and its date, over that item's minutes.
            self.board, self.date = m["board"], parse_date(m["date"]) or self.date
            self.stage = "attendees"
            return
        if self.stage == "start" and not self.board and (m := _MEETING_DATE_BODY.fullmatch(text)):
            self.board, self.date, self.stage = m["board"], find_date(text) or self.date, "board"
            return
        if self.stage == "start" and not self.board and (m := _MINUTES_FOR.fullmatch(text)):
            # "These are the minutes for the 25 Jul 03 meeting of the X.": the body and date.
            self.board, self.date, self.stage = m["board"], find_date(text), "board"
            return
        if self.bare_title_over_title(i, text):
            self.warn(line, "Running title left out; the title below is the meeting's")
            return
        if self.stage == "board" and (full := spelt_out_first(self.board, text)):
            # "| Dorset and East Devon FLAG | Board meeting minutes |" (a running header's
            # cells) over "Dorset and East Devon Fisheries Local Action Group Board meeting
            # Minutes": the heading spells the body's initials out, and names the board.
            self.board = full
            return
        if self.heading_block(i, line) or self.when(line):
            return
        if self.stage == "start" and not self.board and _PAPER_NUMBER.fullmatch(text):
            self.warn(line, "Agenda item number above the heading left out of the record")
        elif PARAGRAPH.fullmatch(text) or ACTION.fullmatch(text):
            self.problem(line, "Text before the first section could not be placed")
        elif self.stage == "board" and _SESSION_LINE.fullmatch(text):
            # "Public Session" under the committee's name, over "Approved Minutes from <date>":
            # which part of the meeting these minutes are of, no title or attendee.
            self.warn(line, "The meeting's session left out of the record")
        elif (
            self.stage in ("start", "board")
            and TITLE.match(text)
            # "Minutes of last meeting on 3 November 2020 - AGREED": the last meeting's, an
            # item's minute under the heading, never this meeting's title (nor its date).
            and not (self.board and LAST_MEETING.match(text))
        ):
            self.title, joined = text, self.title_lines(i)
            date = find_date(joined)
            body = "" if self.board or date else self.body_under_title(i)
            if body:
                # "Minutes of Committee meeting" / "Langdale Ambleside Mountain Rescue Team" /
                # "Tuesday 3rd February 2015, 7.30pm at ...": the body's name under a title that
                # names none, over the date line; not the first attendee, the date not lost.
                self.board = body
                self.skip.add(i + 1)
                i += 1
            if date is None and (below := self.date_line_below(i)):
                # The title's own date, under it, over a date a page header gave above it.
                date, self.place = below[0], self.place or below[1]
            self.date = date or self.date
            self.place = self.place or place_from_title(joined)
            named = board_from_title(text) or meeting_of_name(text)
            if (
                # not a title already read over its lines (title_over_lines)
                not _TITLE_WORD_ALONE.fullmatch(line.raw.strip())
                and (below := self.lines[i + 1].text if i + 1 < len(self.lines) else "").startswith(
                    "of "
                )
                and len(board_from_title(f"{text} {below}")) > len(named)
            ):
                # "Minutes of the Meeting of the Steering Committee" / "of the Etchingham
                # Neighbourhood Plan": the board's name goes on onto the next line.
                named = board_from_title(f"{text} {below}")
                self.skip.add(i + 1)
            if not self.board or (
                # "Court Minutes 5 October 2022" over "... of the University Court held ...":
                # the title names the board in full.
                named.lower().endswith(" " + self.board.lower())
                # "NORTH EAST SCOTLAND TRANSPORT PARTNERSHIP" over "Minute of Meeting of the
                # North East Scotland Transport Partnership Board": the body that met.
                or named.lower().startswith(self.board.lower() + " ")
            ):
                self.board = named or self.board
            elif self.host_letterhead(named):
                # "HAVANT BOROUGH COUNCIL" over "Minutes of the Southern Coastal Group meeting
                # held in ...": the host council's letterhead over the body that met.
                self.warn(line, f"The board is taken to be {named}, not {self.board}; check")
                self.board = named
            elif committee_of_body(self.board, named):
                # "NORTHERN IRELAND POLICING BOARD" over "MINUTES OF THE PERFORMANCE COMMITTEE
                # MEETING HELD ON ...": the body's committee is what met.
                self.warn(line, f"The board is taken to be {named}, of {self.board}; check")
                self.board = named
            elif ", " in self.board and committee_of_body(self.board.split(", ")[0], named):
                # "| Tetbury Town Council | F & S Committee 18th January 2016 |" over "MINUTES OF
                # FINANCE & SCRUTINY (F & S) COMMITTEE OF ...": a running title's body, then its
                # committee in short; the title names the committee in full.
                named = _ABBREVIATION.sub("", named)
                self.warn(line, f"The board is taken to be {named}, not the running title's")
                self.board = named
            elif self.stage == "board" and self.own_name_under_body(named):
                # "NHS GRAMPIAN" over "Minute of the Area Clinical Forum Meeting held on ...":
                # the body's letterhead over what met, which the title names by its own name.
                self.board = named
            self.stage = "attendees"
        elif (m := _MEETING.fullmatch(text)) and self.board.lower() in ("", m[1].lower()):
            self.board = m[1]
            self.stage = "board" if self.stage == "start" else self.stage
        elif (
            self.stage == "start"
            and not read_kind_heading(text, self.known)
            # "NB: ... these minutes are published as a draft record ...": a notice, a sentence
            # above the heading (said below), is no body's name.
            and not (_NOTICE.fullmatch(text) and self.heading_ahead(i))
        ):
            # "CAIRNGORMS NATIONAL PARK AUTHORITY MINUTES OF THE BOARD MEETING" on one line.
            m = _TITLE_INSIDE.search(text)
            self.board, self.stage = board_with_date(text[: m.start()] if m else text), "board"
            # "BID Board March 2019": the month and year, for a date line without its year.
            self.board, self.month_year = split_month_year(self.board)
            if self.month_year:
                # "Children's Hearings Redesign Board minutes: January 2025" (a web page's
                # title): the label before the month left out too.
                self.board = board_with_date(self.board)
            if m and TITLE.match(title := text[m.start() :].strip()):
                self.title, self.stage = title, "attendees"
                joined = self.title_lines(i)
                self.date, self.place = find_date(joined), place_from_title(joined)
                if self.date is None and (below := self.date_line_below(i)):
                    # "Transport for London Minutes of the Meeting" over "Committee Rooms 4
                    # and 5 ... 10.00am, Thursday 22 September 2016": the date under it.
                    self.date, self.place = below[0], self.place or below[1]
        elif (
            self.stage == "attendees"
            and not (self.board or self.attendees)
            and (_BODY_NAME.fullmatch(text))
        ):
            self.board = text  # the board's name under a title that names none
        elif self.stage == "board" and text.lower() == self.board.lower():
            return  # the board's name again, as a letterhead gives it under a page header
        elif (
            self.stage == "board"
            and self.board
            and text.lower().startswith(self.board.lower())
            and _MINUTES_FILED.fullmatch(text[len(self.board) :])
        ):
            # "Essex Local Dental Committee Minutes 20071212" under the committee's name: the
            # name again with its minutes' filing date, a web page's heading.
            return
        elif (
            self.stage == "board"
            and (m := _MEETING_OF_BODY.fullmatch(text))
            and initials_of(self.board, m["body"])
        ):
            # "WSFRL AGM 20 November 2016" (a running header) over "Annual General Meeting of
            # the West Sussex Fun Run League": the header's initials, the heading's body.
            self.board = m["body"]
        elif self.stage == "board" and spelt_out(self.board, text):
            # "Ansdell Medical Centre PPG" (a page header's cell) over "Ansdell Medical Centre -
            # Patient Participation Group": the heading names the board in full.
            self.board = text
        elif self.stage == "board" and self.board.lower().rstrip(" :").endswith(
            ", " + text.lower().rstrip(" :")
        ):
            # "| Canterbury Christ Church University | Board of Governors: 20 November 2013 |"
            # over "BOARD OF GOVERNORS": a running title's cells, the body then what met, and the
            # heading under them names what met.
            self.warn(line, f"The board is taken to be {text}, of the running title above")
            self.board = text
        elif self.stage == "board" and self.committee_under_body(text):
            # "DEVON & SOMERSET FIRE & RESCUE AUTHORITY" over "RESOURCES COMMITTEE" over the
            # date (ModernGov's printed minutes): the body's committee is what met.
            self.warn(line, f"The board is taken to be {text}, of {self.board}; check")
            self.board = text
        elif self.stage == "board" and self.title_ahead(i):
            if (
                names_body(text)
                and not names_body(self.board)
                and is_all_caps(text) == is_all_caps(self.board)
            ):
                # "UNIVERSITY OF ABERDEEN" over "UNIVERSITY COURT": the body that met.
                self.warn(line, f"The board is taken to be {text}, not {self.board}")
                self.board = text
            else:
                self.problem(line, "Text between the board name and the title could not be placed")
        elif (
            self.stage in ("board", "attendees")
            and self.board
            and not self.attendees
            and _BODY_NAME.fullmatch(text)
            and text.lower() != self.board.lower()
            and not read_person(text)
            and not self.title
        ):
            # "Sheffield Local Optometric Committee" (a web page's site name) over the post's
            # title, then "Sheffield Local Optical Committee": a second body's name above the
            # attendance, no person; which of the two met is for the reader of the minutes.
            self.warn(line, f"'{text}' names a body above the attendance, not the board as read")
        elif (
            not (self.attendees or self.title) and _NOTICE.fullmatch(text) and self.heading_ahead(i)
        ):
            # "FOLLOWING THE CALL-IN PERIOD, DECISIONS ... MAY THEN BE IMPLEMENTED ...": a notice
            # above the heading, not the meeting's.
            self.warn(line, "Notice above the heading left out of the record")
        elif not (self.attendees or self.place) and (
            (m := _AT_PLACE.fullmatch(text)) or (m := _WAS_HELD.fullmatch(text))
        ):
            self.place = m["place"]  # "At Novotel Birmingham Centre, Broad Street": the venue
        elif not (self.attendees or self.place or find_date(text)) and _HELD_HOW.fullmatch(text):
            self.place = text.rstrip(".")  # "Meeting held remotely by video conference"
            self.warn(line, "Taken as the meeting's venue")
        elif not (self.attendees or self.place) and _CALL_SERVICE.fullmatch(text):
            self.place = text.rstrip(".")  # "Zoom" under "1st Meeting held": no one's name
            self.warn(line, "Taken as the meeting's venue")
        elif (
            (self.title or (self.board and self.date))
            and not (self.attendees or self.place)
            # "The Community Space, Mint Walk, Croydon CR0 1EA": a postcode says an address.
            and (_VENUE.fullmatch(text) or is_address(text) or street_venue(text))
        ):
            # "Yarrow Room, Lewes Town Hall" under the title, or under the board's name and the
            # date where there is no title: where the meeting was.
            self.place = text
            self.warn(line, "Taken as the meeting's venue")
        elif not self.attendees and _MEETING_NUMBER_LINE.fullmatch(text):
            # "Meeting No 2: Minutes": the meeting's number in a series, under the title.
            self.warn(line, "The meeting's number left out of the record")
        elif not (self.attendees or self.place) and self.place_over_date(i):
            self.place = text.rstrip(" ,")  # "Rhos, Llandudno Junction," over "10 September 2019"
            self.warn(line, "Taken as the meeting's venue")
        else:
            self.stage = "attendees"
            self.attendee_line(self.wrapped_list(i, line))

    def committee_under_body(self, text: str) -> bool:
        """A committee's name alone on the line under its body's ("RESOURCES COMMITTEE" under
        the authority's), set as the body's is (capitals or not), ending in "Committee",
        "Sub-Committee", "Panel" or "Group" ("Scottish Borders Council" over "Community
        Council Scheme Review Working Group", a council's working group, ModernGov's page)."""
        words = text.lower().split()
        return (
            0 < len(words) <= 8
            and words[-1] in ("committee", "sub-committee", "subcommittee", "panel", "group")
            and is_all_caps(text) == is_all_caps(self.board)
            and not any(c.isdigit() for c in text)
            and committee_of_body(self.board, text)
        )

    def place_over_date(self, i: int) -> bool:
        """Whether line i is a place whose line goes on with the date alone on the next:
        "Rhos, Llandudno Junction," over "10 September 2019"."""
        below = self.lines[i + 1].text if i + 1 < len(self.lines) else ""
        text = self.lines[i].text
        return (
            text.endswith(",")
            and len(text.split()) <= 8
            and bool(find_date(below))
            and len(below.split()) <= 5
            and not find_date(text)
        )

    def paper_reference(self, line: Line) -> bool:
        """Whether a line above the heading is the paper's reference ("HES 049/17"), alone or
        in a running header's row with the meeting's date ("| HES 049/17 | 25 May 2017 |")."""
        first, *rest = line.cells or (line.text,)
        return bool(_PAPER_REFERENCE.fullmatch(first.strip())) and all(
            not cell.strip() or find_date(cell) for cell in rest
        )

    def heading_block(self, i: int, line: Line) -> bool:
        """Labelled lines ("Venue: Remote", "Title of meeting X"), "At a MEETING of the X held
        on ...", and a first line that gives the board and the date."""
        text = line.text
        if not self.chair and (m := _CHAIR_PRESIDED.search(text)):
            # "... was held at Aberporth Village Hall on Tuesday 19th May 2015. The Chairman,
            # Cllr Mike Harwood, presided.": who chaired, named in the heading's sentence.
            self.chair = f"{m['name']} ({m['post']})"
        if (label := label_line(text)) and (self.stage != "attendees" or label[0] == "place"):
            key, value = label
            if key == "board":
                self.board, self.stage = value, "board"
            elif key == "place":
                self.place = value
            elif key == "chair":
                self.chair = value  # added to the attendees at the end unless listed there
            else:
                self.warn(line, "Contact details left out of the record")
            return True
        # Before anyone is listed, lines such as "PUBLICATION: 15 SEPTEMBER 2017" may come first.
        early = self.stage in ("start", "board") or not (self.attendees or self.title)
        if (
            self.stage == "attendees"
            and self.title
            and not (self.date or self.attendees)
            and self.title.split()[-1].lower() in _GOES_ON
            and (date := find_date(text))
        ):
            # "The Annual General Meeting was held" / "in the Long Room at Trent Bridge on 22nd
            # January 2009.": the title's sentence goes on to the line below, the place and date.
            self.title, self.date = f"{self.title} {text}", date
            self.place = self.place or place_from_title(self.title)
            return True
        named = _MINUTES_OF_MEETING.match(text)
        if early and named and _BOARD_IN_PART.fullmatch(self.board.strip()):
            # "Board Meeting 8 December 2015" over "Minutes of the twenty-second meeting of the
            # Sports Grounds Safety Authority held on ...": the sentence names the body.
            self.board, self.title, self.stage = named["board"], text, "attendees"
            self.date = find_date(text) or self.date
            self.place = self.place or place_from_title(text)
            return True
        if early and (board := board_from_meeting_sentence(text)):
            # The sentence names the board, unless a line above already did ("Groby Parish
            # Council" over "At a meeting of the Parish Council held ...").
            if board.lower() not in self.board.lower():
                self.board = board
            self.title, self.stage = text, "attendees"
            self.date = find_date(text) or self.date
            self.place = self.place or place_from_title(text)
            return True
        if (
            self.stage == "attendees"
            and not self.attendees
            and (board := board_from_meeting_sentence(text))
            and _names_in_full(self.board, board)
        ):
            # "COMMISSIONERS' MEETING HELD ON 11 SEPTEMBER 2013" over "An inquorate meeting of
            # the Newport Harbour Commissioners was held at ...": the sentence names the body.
            self.board = board
            self.date = self.date or find_date(text)
            self.place = self.place or place_from_title(text)
            return True
        if self.stage == "start" and (board := board_from_meeting_line(text)):
            self.board, self.title, self.stage = board, text, "board"
            return True
        date = find_date(text)
        if self.stage == "start" and date and _MINUTES_DATED.fullmatch(text):
            # "Minutes 28th November 2023", a web page's title over the council's name: the
            # date, no board (fresh-45's community council).
            self.date = date
            return True
        if self.stage == "start" and date and not TITLE.match(text) and not read_when(text)[1]:
            self.board, self.date, self.stage = board_with_date(text), date, "board"
            if len(text.split()) - len(self.board.split()) > 12:
                # The board's name and a whole paragraph after it on one line (a PDF's lines
                # run together): what is not the name is listed, never silently left out.
                self.problem(line, "Text after the board's name on this line could not be placed")
            return True
        if self.stage in ("start", "board") and date and not self.date and not TITLE.match(text):
            # "Held MONDAY 26th October 2020 @ 19.30 via Zoom": the heading's date line.
            self.date = date
            if not self.place and (venue := _DATE_VENUE_TIME.fullmatch(text)):
                # "14 October 2016 Meeting Room 4, Harbour House, 10:00 - 12:30": the venue too.
                self.place = venue["place"].strip(" ,")
            named = board_with_date(text)
            if (
                self.stage == "board"
                and named != text
                and names_body(self.board)
                and self.committee_under_body(named)
            ):
                # "Knutsford Town Council" over "Finance Committee - 4th October 2021": the
                # council's committee is what met, on the date after it.
                self.board = named
            return True
        return False

    def host_letterhead(self, named: str) -> bool:
        """Whether the board read so far is a council's letterhead over a title naming another
        kind of body by its own name ("Southern Coastal Group"), not a council's committee
        named by its kind alone ("Parish Council", "the Board")."""
        board, words = self.board.lower().split(), named.split()
        return (
            bool(board and words)
            and board[-1] == "council"
            and words[-1].lower() != "council"
            and self.board.lower() not in named.lower()
            and any(w[:1].isupper() and w.lower() not in _KIND_WORDS for w in words)
        )

    def own_name_under_body(self, named: str) -> bool:
        """Whether a title names what met by a name of its own ("Area Clinical Forum",
        "Finance Committee", "Management Team"), not by its kind alone ("Board", "Full
        Council", "Board of Trustees"), and not the body read above it again."""
        words = named.split()
        own = [w for w in words if w.lower() not in _KIND_WORDS | _MEMBERS_WORDS]
        # "GHA BOARD" under "THE GLASGOW HOUSING ASSOCIATION LIMITED": the body's initials.
        initials = "".join(w[0] for w in self.board.split() if w.lower() not in _KIND_WORDS)
        return (
            0 < len(words) <= 6
            and bool(own)
            and all(w[:1].isupper() or w.lower() in _KIND_WORDS for w in words)
            and not any(w.lower() in self.board.lower().split() for w in own)
            and not any(len(w) > 1 and w.isupper() and w in initials.upper() for w in own)
        )

    def bare_title_over_title(self, i: int, text: str) -> bool:
        """ "Minutes" over "Minutes of the ACPO Conduct Sub-committee meeting on 25 July 2003":
        a page's running title over the meeting's own, which names the body or the date."""
        if (
            self.stage not in ("start", "board")
            or not TITLE.match(text)
            or i + 1 >= len(self.lines)
        ):
            return False
        below = self.lines[i + 1].text
        return (
            not (board_from_title(text) or find_date(text))
            and len(text.split()) <= 3
            and bool(TITLE.match(below))
            and bool(board_from_title(below) or find_date(below))
        )

    def body_under_title(self, i: int) -> str:
        """The line under the title at `i` where it is a body's name and the line under it
        the meeting's date: a few capitalised words (no figures, no comma or colon), no heading
        of the attendance ("Present") nor a label, nor a person's name unless it ends in a kind
        of body ("Havant Civic Society"), over a line that starts with the date ("Tuesday 3rd
        February 2015, 7.30pm at ...") or says only when the meeting was."""
        if i + 2 >= len(self.lines) or {i + 1, i + 2} & self.skip:
            return ""
        text, below = self.lines[i + 1].text.strip(), self.lines[i + 2].text
        words = text.split()
        if (
            not 2 <= len(words) <= 8
            or not _NAME_LINE.fullmatch(text)
            or read_kind_heading(text, self.known)
            or label_line(text)
            or TITLE.match(text)
            or (
                reads_as_person(text)
                and not names_body(text)
                and words[-1].lower() not in _BODY_KINDS
            )
        ):
            return ""
        return text if starts_with_date(below) or read_when(below)[1] else ""

    def date_line_below(self, i: int) -> tuple[datetime.date | None, str] | None:
        """The date (and the place before it) on the line under a title that gives none:
        "DRAFT MINUTE of MEETING of the BOARD" over "Board Room, Assynt House, Inverness 4
        October 2011 - 8 30 am". The line is read with the title."""
        j = i + 1
        if j >= len(self.lines) or j in self.skip:
            return None
        text = self.lines[j].text
        span = date_span(text)
        if span is None or len(text.split()) > 20:
            return None
        if SECTION.fullmatch(text) and not starts_with_date(text):
            return None  # an item, not "21 June 2018 17.00, PLANED" (the day, not a number)
        if read_kind_heading(text, self.known) or label_line(text):
            return None
        self.skip.add(j)
        place = text[: span[0]].strip(" ,;-\u2013")
        return find_date(text), place if "," in place or len(place.split()) > 1 else ""

    def title_lines(self, i: int) -> str:
        """The title with the lines that go on from it ("... held at 7.00pm on" / "Monday 1st
        March 2010 at ..."), which are read with it."""
        text = self.lines[i].text
        for j in range(i + 1, min(i + 3, len(self.lines))):
            following = self.lines[j].text
            # "... held on 25 th October" / "2012 at ...": the date goes on with its year.
            year_below = bool(_MONTH_END.search(text) and _YEAR_START.match(following))
            if not (text.split()[-1].lower() in TRAILING or following[:1].islower() or year_below):
                break
            if SECTION.fullmatch(following) and not following[:1].islower():
                break
            text = f"{text} {following}"
            self.skip.add(j)
        return text

    def when(self, line: Line) -> bool:
        """Reads a line that says when the meeting was ("Date: Thursday 6 February 2020",
        "Time: 9.30am"); the time is not kept."""
        if not self.attendees and (found := held_line(line.text)):
            # "Held on Thursday 28 February 2013 at 9.30 am, Seminar Rooms 1&2, ...".
            if self.date and found[0] != self.date:
                self.warn(line, "This date differs from the title's; the title's is used")
            self.date, self.place = self.date or found[0], self.place or found[1]
            return True
        m = _WHEN.fullmatch(line.text)
        if not m:
            return False
        label, value = m[1], m[2]
        date, only = read_when(value)
        if label and not date and (date := date_in_month(value, self.month_year)):
            only = True  # "Date: Tuesday 5 March @5.30pm" under "BID Board March 2019"
        if (
            not (label or self.date)
            and (venue := _DATE_VENUE_TIME.fullmatch(value) or _DATE_TIME_VENUE.fullmatch(value))
            and (date := parse_date(venue["date"]))
        ):
            self.date, self.place = date, self.place or venue["place"].strip(" ,")
            return True
        if not (only or (label and date) or (label and not value)):
            return False
        if date:
            if self.date and date != self.date:
                self.warn(line, "This date differs from the title's; the title's is used")
            self.date = self.date or date
        return True

    def heading_ahead(self, i: int) -> bool:
        """Whether the meeting's heading (a title, or "At a meeting of ... held ...") is still
        to come, within the next few lines."""
        for line in self.lines[i + 1 : i + 6]:
            if TITLE.match(line.text) or board_from_meeting_sentence(line.text):
                return True
        return False

    def title_ahead(self, i: int) -> bool:
        for line in self.lines[i + 1 :]:
            if self.date and _MINUTES_ALONE.fullmatch(line.text):
                # "Minutes" alone under a heading that gave the date, over the first item (a
                # web page's label for the minutes below the attendance): no second title.
                continue
            if (m := _MINUTES_BY.fullmatch(line.text)) and read_person(m["who"]):
                continue  # "Minutes:       Eileen Quigley": who took them, among the attendance
            if LAST_MEETING.match(line.text):
                # "Minutes of the previous meeting": the first item's usual title, below, or
                # its minute ("Minutes of last meeting on 3 November 2020 - AGREED").
                continue
            if TITLE.match(line.text):
                return True
            if (m := SECTION.fullmatch(line.text)) and m["sep"]:
                return False
        return False
