"""Scores the minutes reader against real published minutes (tests/data/real): each file is read
as an upload would be (read_file: the file's blocks, read by parse_blocks) and compared,
element by element, with the answer key beside it (<name>.expected.json): the board, the
date, each attendee, each section (reference and title), each paragraph (reference and the
start of its text), each decision and each action. A file's score is the share of its
expected elements the reader got right; the overall score is the share of all of them. Every
miss is kept with a category, so that the report says what the reader gets wrong most often.

Comparison is literal but not fussy: case, runs of spaces, typographic quotes and dashes and a
trailing full stop or colon do not count; a person is found by their name without titles
("Cllr", "Dr", "Rt Hon") and post-nominals ("QPM", "MP"); their attendance is one of the
record's kinds, `present`, `in_attendance`, `apologies` or `absent` (those the minutes list as
absent without apologies: "Absent:", "Not present"). A reference is compared without
brackets and closing punctuation ("(1)." is "1", "a)" is "a"); where the key has no reference
("" — an unnumbered heading or paragraph), any reference the reader gives is accepted, since it
must number what it keeps.

Each miss is also classed FLAGGED or SILENT: flagged where the reader's lines to check for the
file (its problems, as the import page lists them under "Lines to check") name the element — a
problem's line holds the element's text or the reader's wrong value (the start of it, most of its
words, or a name as a whole word), or the message names its reference ("item 4.3") or a value in
quotes; a date problem names the date, and no date at all is told by the import's refusal. A line
left out of the record ("Left out of the record as page furniture") flags only an element that is
missing, its text being in the line the clerk sees left out; a wrong value needs a doubt (a
warning, or a line not placed). A file refused is flagged whole: the clerk is told. A flag that
names an element read right is a false alarm, counted so that flagging every line cannot pass for
knowing which lines are wrong."""

import json
import re
import traceback
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from meetings.minutes.files import read_file
from meetings.minutes.lines import Problem
from meetings.minutes.text import MinutesError

REAL = Path(__file__).resolve().parent / "data" / "real"
# Held out: records from other bodies that the reader was never tuned on (see its README). Scored
# the same way and reported apart, so a reader that only fits tests/data/real shows up here.
HOLDOUT = Path(__file__).resolve().parent / "data" / "real-holdout"
# Fresh: records from yet other kinds of body, added when the holdout had been worked on; its
# floor was set at the first score measured, before any fix (see its README).
FRESH = Path(__file__).resolve().parent / "data" / "real-fresh"
# Fresh 2: records from still other kinds of body, keyed before the reader was run on them, added
# when the fresh set had been worked on in turn; its floor is its first score (see its README).
FRESH2 = Path(__file__).resolve().parent / "data" / "real-fresh-2"
# Fresh 3: ten records of nine more kinds of body, keyed before the reader was run on them, added
# when the second fresh set had been worked on; its floor is its first score (see its README).
FRESH3 = Path(__file__).resolve().parent / "data" / "real-fresh-3"
# Fresh 4: ten records of ten more kinds of body, keyed before the reader was run on them, added
# when the third fresh set had been worked on; its floor is its first score (see its README).
FRESH4 = Path(__file__).resolve().parent / "data" / "real-fresh-4"
# Fresh 5: records of yet other kinds of body, most as documents as they come (Word with its own
# numbering, PDF with running headers and footers), keyed before the reader was run on them.
FRESH5 = Path(__file__).resolve().parent / "data" / "real-fresh-5"
# Fresh 6: the outside tester's real minutes of bodies never seen (burial committees, a licensing
# sub-committee), as text, a browser-printed PDF and a Word file numbered by its styles.
FRESH6 = Path(__file__).resolve().parent / "data" / "real-fresh-6"
# Fresh 7: text records of ten more kinds of body (standards committee, AONB partnership, harbour
# commissioners, charter trustees, a youth cabinet, ...), keyed before the reader was run on them.
FRESH7 = Path(__file__).resolve().parent / "data" / "real-fresh-7"
# Fresh 8: Word and PDF files of eight more kinds of body in layouts no generator had made (text
# boxes, tracked changes, style-carried numbering, watermarks, side-by-side lists, margin numbers).
FRESH8 = Path(__file__).resolve().parent / "data" / "real-fresh-8"
# Fresh 9: the outside tester's import files (issue 15): layouts of real UK minutes of bodies the
# reader had not met (a fire authority's committee, a health and wellbeing board, a university
# court, a harbour trust, a town and a community council), wording paraphrased; text, Word, PDF.
FRESH9 = Path(__file__).resolve().parent / "data" / "real-fresh-9"
# Fresh 10: openings of minutes of eight more kinds of body (a courts agency's board, youth
# offending and safeguarding adults boards, a community health council, probation trusts, a
# boundary commission, ...), as text and as PDF with running headers, keyed before the reader ran.
FRESH10 = Path(__file__).resolve().parent / "data" / "real-fresh-10"
# Fresh 11: Word and PDF files of nine more kinds of body (a town deal board, a local nature
# partnership, a community rail partnership, a tenant scrutiny panel, ...) in document shapes no
# earlier generator made (content controls, merged cells, legal numbering), keyed before the run.
FRESH11 = Path(__file__).resolve().parent / "data" / "real-fresh-11"
# Fresh 12: the outside tester's second import files (a parish council as pasted text, a police and
# crime panel in Word with an attendance table, a district council's executive as a PDF with a
# label | name attendance layout and minute references under the headings), keyed before any fix.
FRESH12 = Path(__file__).resolve().parent / "data" / "real-fresh-12"
# Fresh 13: openings of council committee minutes as committee-management systems publish them
# (planning committees with application numbers, full councils, an audit committee's issue page, a
# cabinet, a Scottish planning committee, a bilingual Welsh town council), as text and as PDF with
# running headers; keyed before the reader was run on them.
FRESH13 = Path(__file__).resolve().parent / "data" / "real-fresh-13"
# Fresh 14: openings of minutes of ten more kinds of body (an NHS trust's finance committee, a
# housing association, a tenant management organisation, an academy trust, a regulator's board, a
# Northern Ireland arm's-length body and Assembly committee, a combined authority's scrutiny
# committee, a pension board, a university board of governors), as text, Word with its own
# numbering and PDF with running headers; keyed before the reader was run on them.
FRESH14 = Path(__file__).resolve().parent / "data" / "real-fresh-14"
# Fresh 15: openings of minutes of ten more kinds of body (national arts and sports councils, a
# research council, a heritage forum, leisure trusts, a transport users' watchdog, a government
# commission, ...) as Word, PDF and text, keyed before the reader was run on them.
FRESH15 = Path(__file__).resolve().parent / "data" / "real-fresh-15"
# Fresh 16: the outside tester's third import files (issue 15, findings 1-6): parish councils with
# meeting.item numbers (22.23.01), running minute numbers (2715) and Cou/285/07-08 references, a
# fire authority's table, a heading over three lines and a PDF of one line a paragraph; keyed first.
FRESH16 = Path(__file__).resolve().parent / "data" / "real-fresh-16"
# Fresh 17: openings of minutes as councils' systems print them, of ten more kinds of body (a police
# and crime panel, corporate parenting boards, Scottish councils' children's committees, a Welsh
# county council, a shared-services joint committee, town councils' finance committees) as Word,
# PDF and text, keyed before the reader was run on them.
FRESH17 = Path(__file__).resolve().parent / "data" / "real-fresh-17"
# Fresh 18: openings of minutes of ten more kinds of body in England, Northern Ireland and Wales
# (a sub-national transport body, a national gallery's trustees, a students' union, two regulators'
# boards, a professional regulator's council, a Northern Ireland health trust, joint committees for
# building control, a museum and regulatory services) as Word, PDF and text, keyed before the run.
FRESH18 = Path(__file__).resolve().parent / "data" / "real-fresh-18"
# Fresh 19: openings of minutes of ten more kinds of body, Scottish, Welsh and UK-wide first (an
# exams regulator's board, a professional regulator's committee, a Scottish college's board, a
# sport's governing council, a crofting regulator, a Welsh cabinet sub-committee, a Crown
# dependency's assembly, a Scottish city council, a university council, a national library's
# trustees) as Word, PDF and text, keyed before the reader was run on them.
FRESH19 = Path(__file__).resolve().parent / "data" / "real-fresh-19"
# Fresh 20: the outside tester's fourth import files (issue 15): an admissions forum's ModernGov
# page, a national body's advisory panel and a bus partnership forum in label | value tables, a
# charity board's apologies in prose, a rivers trust's AGM with its attendance in two columns.
FRESH20 = Path(__file__).resolve().parent / "data" / "real-fresh-20"
# Fresh 21: openings of minutes of ten more kinds of body in England, Scotland and Northern Ireland
# (a borough council's overview and scrutiny committee, a district council's audit and risk
# committee, a licensing and appeals committee, the Scottish fire service's board, a joint fire
# board of four councils, an academy's local board, a health watchdog's audit committee, a trust
# port's harbour board, a joint strategic planning committee, a joint transportation board) as
# Word, PDF and text, keyed before the reader was run on them.
FRESH21 = Path(__file__).resolve().parent / "data" / "real-fresh-21"
# Fresh 22: openings of minutes of ten more kinds of body (a university's audit and risk
# committee, a Northern Ireland council's planning committee, a waterways charity's heritage
# advisory committee, a borough flood forum whose items are a table, an arts council's area council,
# an NHS integrated care board, a tenants' and residents' association, a youth parliament, a
# housing association's residents' panel, a law society's criminal sub-committee with the court's
# agencies) as Word, PDF and text, keyed before the reader was run on them.
FRESH22 = Path(__file__).resolve().parent / "data" / "real-fresh-22"
# Fresh 23: the outside tester's fifth import files (issue 15, findings F3-F8): police and crime
# panels of England and Wales ('39/20' minute numbers, members in one sentence, 'RESOLVED' alone on
# its line), an NHS foundation trust's board and a local Healthwatch's AGM, each as pasted text,
# Word and PDF as the tester made them; keyed before the reader was run on them.
FRESH23 = Path(__file__).resolve().parent / "data" / "real-fresh-23"
# Fresh 24: openings of minutes of ten more kinds of body, England and Wales first (a town
# council's town centre committee, an enterprise partnership's board, village hall committees, an
# armed forces covenant board, a parish library committee, a nature reserve's advisory board, a
# LEADER local action group, an annual parish meeting, a biodiversity forum's group) as Word, PDF
# and text, keyed before the reader was run on them.
FRESH24 = Path(__file__).resolve().parent / "data" / "real-fresh-24"
# Fresh 25: openings of minutes of ten more kinds of body, Scottish, Northern Irish and health and
# care first (a health board's area clinical forum, its nursing and allied professions' advisory
# committee and a community health partnership's committee, an ambulance trust's board, a mental
# health trust's council of governors, a hospice's trustees, a university senate, an education
# and library board, a schools inspectorate's management board, a children's hearings board) as
# Word, PDF and text, keyed before the reader was run on them.
FRESH25 = Path(__file__).resolve().parent / "data" / "real-fresh-25"
# Fresh 26: the outside tester's sixth import files (QA, 7 December 2026, findings F1-F12): six
# more kinds of body (a sports grounds safety regulator, a community justice authority, an area
# community planning group, a national park's community partnership, Northern Ireland's policing
# board in full, a unitary council's local community network), each meeting in two of text, Word
# and PDF as the tester made them; keyed before the reader was run on them.
FRESH26 = Path(__file__).resolve().parent / "data" / "real-fresh-26"
# Fresh 27: openings of minutes of ten more kinds of body, England and Wales (a Safer
# Neighbourhood Board, the Broads Authority's planning committee, a commons council, a GP
# practice's patient participation group, a parochial church council, a Welsh corporate joint
# committee, a neighbourhood forum's committee, a communities consortium, a Senedd committee, a
# county pension fund committee) as Word, PDF and text, keyed before the reader was run on them.
FRESH27 = Path(__file__).resolve().parent / "data" / "real-fresh-27"
# Fresh 28: openings of minutes of ten more kinds of body, Scotland, Northern Ireland and
# UK-wide (a national lottery distributor's trustees, a legal aid board, an ethical standards
# commissioner's management team, a royal college's council, a sentencing council's
# committee, a regional public health agency, a police federation's committee, a Northern
# Irish council's environmental services committee, a children's reporter administration,
# an electoral regulator's board) as Word, PDF and text, keyed before the reader was run.
FRESH28 = Path(__file__).resolve().parent / "data" / "real-fresh-28"
# Fresh 29: the outside tester's seventh import files (QA, 7 December 2026, findings F1-F12): six
# more meetings as the clerks would have them (a local medical committee, a youth council, a
# police and crime commissioner's safer neighbourhood panel, a GP practice's patient group, a
# parochial church council, a London Safer Neighbourhood Board) as Word, PDF and text, keyed
# before the reader's output on them was looked at.
FRESH29 = Path(__file__).resolve().parent / "data" / "real-fresh-29"
# Fresh 30: openings of minutes of ten kinds of body common among adopters and rare in the sets
# before (a school's governing board, a local pharmaceutical committee, CCGs' primary care
# commissioning committees in common, two police ethics committees, a licensing sub-committee,
# a Welsh health board's quality committee, CCGs' quality committee, a Welsh town council, a
# combined authority's audit committee) as Word, PDF and text, keyed before the reader was run.
FRESH30 = Path(__file__).resolve().parent / "data" / "real-fresh-30"
# Fresh 31: the outside tester's eighth files, six kinds of body new to the sets (the Criminal
# Cases Review Commission's board, a university ethics committee, a Scottish Government marine
# stakeholder forum, a fisheries local action group, a Big Local partnership board, a city
# council's policy committee) as Word, PDF and text, keyed from the source text.
FRESH31 = Path(__file__).resolve().parent / "data" / "real-fresh-31"
# Fresh 32: ten bodies of Scotland, Northern Ireland and Wales of kinds rare before (a national
# park's planning committee, a regional transport partnership, a licensing forum, a community
# councils' forum, a development corporation's board, two Welsh community councils' bilingual
# minutes, Northern Ireland council meetings) as Word, PDF and text pasted from web pages.
FRESH32 = Path(__file__).resolve().parent / "data" / "real-fresh-32"
# Fresh 33: ten bodies of England's health, care and education and national arm's-length
# bodies of kinds absent before (a local optical committee, a national blood transfusion
# committee's working group, an ambulance trust's audit committee and council of governors,
# the Health Research Authority's and NHS England's boards, a university senate, a college's
# audit committee, a diocesan board of education, Ofsted's board) as Word, PDF and text.
FRESH33 = Path(__file__).resolve().parent / "data" / "real-fresh-33"
# Fresh 34: ten more kinds, local government's less common committees and joint bodies and
# justice (two joint waste disposal authorities, a parking adjudication joint committee, a
# council's shareholder committee, a parish emergency planning committee, a fire authority's
# audit committee, the Family Justice Council, national and London criminal justice boards, a
# youth justice advisory panel) as Word, PDF and text, keyed from the source text.
FRESH34 = Path(__file__).resolve().parent / "data" / "real-fresh-34"
# Fresh 35: the outside tester's ninth files (an NHS trust board with '2013.1/22' minutes, a fire
# authority numbered by Word from 177, a CCGs' quality committee PDF with a running footer, the
# Highland Council's roll call, a community council pasted with ' ; ' lists, a ModernGov working
# group with DECISION blocks), keyed from the published minutes (tests/data/real-fresh-35).
FRESH35 = Path(__file__).resolve().parent / "data" / "real-fresh-35"
# Fresh 36: land, water and environment bodies and small statutory bodies (a district salmon
# fishery board, the Canal & River Trust's trustees, a canal partnership, a catchment partnership,
# a harbour consultative committee, the Forestry Commissioners, Environmental Standards
# Scotland's board, commons conservators' annual open meeting, an AONB conservation board, an
# AONB joint advisory committee) as Word, PDF and text, keyed from the source text.
FRESH36 = Path(__file__).resolve().parent / "data" / "real-fresh-36"
# Fresh 37: ten more kinds of body, culture, sport, housing, business and community (a council's
# tourism partnership, the national tourism agency's and heritage body's boards, a housing
# association's area committee, a county sports partnership, an area sports council, a chamber of
# commerce, a community land trust's directors, a supporters' trust, a theatre company's trustees)
# as Word, PDF and text, keyed from the source text before the reader was run on them.
FRESH37 = Path(__file__).resolve().parent / "data" / "real-fresh-37"
# Fresh 38: the outside tester's tenth files, six kinds of body absent before (a parish councils'
# joint burial committee, two crematorium joint committees, CCGs' joint quality committee, a
# council's working group with community councillors, a national association's board) as Word,
# PDF and text, keyed from the tester's key and the files' text before the reader was run on them.
FRESH38 = Path(__file__).resolve().parent / "data" / "real-fresh-38"
# Fresh 39: openings of minutes of ten kinds of body absent before, transport, regulators,
# ombudsmen, tribunals, standards and Northern Irish and Welsh bodies (a bridge and ferry joint
# committee, an airports company's and a fishery harbour authority's boards, the civil aviation
# and food regulators, a health and social care inspectorate, the Legal Ombudsman's board, an
# employment tribunal user group, the rail standards body, Transport for Wales's board) as Word,
# PDF and text, keyed from the source text before the reader was run on them.
FRESH39 = Path(__file__).resolve().parent / "data" / "real-fresh-39"
# Fresh 40: openings of minutes of ten kinds of body absent before (a Commons select committee's
# formal minutes, a Methodist council and circuit meeting, a kirk session, a diocesan synod, a sixth
# form college corporation, a students' council, a school parent council, older people's forums)
# as Word, PDF and text, keyed from the source text before the reader was run on them.
FRESH40 = Path(__file__).resolve().parent / "data" / "real-fresh-40"
# Fresh 41: the outside tester's eleventh files, seven kinds of body absent before (a disability
# access group, an allotment society, a health trust's users' forum, a town council's twinning
# sub-committee, two twinning associations, friends-of-park groups, a cycling campaign's local
# group) as Word, PDF and text, keyed from the tester's key and the files' text before the run.
FRESH41 = Path(__file__).resolve().parent / "data" / "real-fresh-41"
# Fresh 42: ten public bodies of kinds absent before (a local dental committee, a health
# board's area dental and pharmacy practices committees, a child protection committee, an
# alcohol and drug partnership, a judicial appointments board, a regional criminal justice
# board, two councils' joint resilience committee, a Scottish council's area committee, a
# public corporation's customer forum) as Word, PDF and text, keyed by hand before the run.
FRESH42 = Path(__file__).resolve().parent / "data" / "real-fresh-42"
# Fresh 43: ten civil-society bodies absent before (a school PTA, a community shop society, a
# cricket club's committee, a community land trust, a Women's Institute, a neighbourhood watch, a
# Rotary club's council, a building preservation trust, a civic society, a credit union) as Word,
# PDF and text, keyed by hand from the stored pages before the reader was run on them.
FRESH43 = Path(__file__).resolve().parent / "data" / "real-fresh-43"
# Fresh 44: the outside tester's twelfth files, nine kinds of body absent before (an NHS board's
# area dental committee, a trades union council, a mountain rescue team's committee, commoners'
# federation, hospital friends, a tenants' society's general meeting, an owners' association, a
# civic society, a mountaineering club) as Word, PDF and text, keyed from the tester's key.
FRESH44 = Path(__file__).resolve().parent / "data" / "real-fresh-44"
FRESH45 = Path(__file__).resolve().parent / "data" / "real-fresh-45"
# Fresh 46: ten civil-society bodies absent before (a residents' association's board, a village
# community association, a members' sports and social club, a schools' football association's
# AGM, a surgery's patient group, a village hall charity's trustees, a parish's annual meeting,
# a bowls club, a girls' football league's AGM, another patient group), chosen for layouts the
# sets had least: minute numbers running through the year, tables of minutes, two columns.
FRESH46 = Path(__file__).resolve().parent / "data" / "real-fresh-46"
# Fresh 47: the outside tester's thirteenth files (issue 15), ten kinds of body absent before (a
# running club's AGM, an NHS CCG's governing body, three Welsh town councils, a residents'
# association's board, a sports club's AGM, a bridge club's AGM, a ward's residents' association,
# a fun-run league's AGM) as Word, PDF and text, keyed by hand from the files themselves.
FRESH47 = Path(__file__).resolve().parent / "data" / "real-fresh-47"
# Fresh 48: openings of minutes of ten kinds of UK public body absent before (an inshore fisheries
# and conservation authority, a nuclear site stakeholder group, an area prescribing committee, a
# quarry liaison group, a world heritage site steering group, a regional aggregates working
# party's sub-committee, a First Minister's reference group, a cathedral chapter, a district
# health partnership, children's panel chairmen) as Word, PDF and text, keyed before the run.
FRESH48 = Path(__file__).resolve().parent / "data" / "real-fresh-48"
# Fresh 49: ten kinds of body absent before, for layouts the sets had least (Scottish community
# councils, a Northern Ireland charity's council, a Welsh community council with bilingual headings,
# parish councils with running minute references, a hockey board's Item | Action table, cricket
# bodies, a crafts association's AGM) as Word, PDF and text, keyed by hand before the reader ran.
FRESH49 = Path(__file__).resolve().parent / "data" / "real-fresh-49"
# Fresh 50: the outside tester's fourteenth files (issue 15), ten kinds of body absent before (a
# downs' conservators, an NHS area pharmaceutical committee, a local pharmaceutical committee, a
# neighbourhood forum, a cricket club's AGM, a village flood committee, a district scout council's
# executive, an allotments association, a borough council, a flood forum's steering committee) as
# Word, PDF and text, keyed by hand from the files themselves.
FRESH50 = Path(__file__).resolve().parent / "data" / "real-fresh-50"

_TITLES = {
    "cllr", "cllrs", "councillor", "councillors", "county", "district", "cty", "mr", "mrs", "ms",
    "miss", "dr", "prof", "professor", "sir", "dame", "rt", "hon", "lord", "lady", "pc", "mayor",
    "police", "and", "crime", "commissioner", "cclr", "cclrs", "clr", "clrs", "bailie", "depute",
    "provost", "reverend", "revd", "canon", "judge", "baroness", "sergeant", "pfcc", "cc", "dcc",
    "acc", "detective", "supt", "ch/supt", "d/supt", "ps", "captain", "capt", "messrs", "chief",
    "insp", "inspector", "ald", "alderman", "bishop", "honourable", "community",
}  # fmt: skip
# The record's kinds of attendance (meetings.models.Attendance.Kind); a key saying otherwise
# is a mistake in the key, which stops the scoring rather than counting as a miss.
ATTENDANCE = ("present", "in_attendance", "apologies", "absent")
# Styles of address after "The" ("The Rt Revd", "The Very Revd", "The Ven"), which the reader
# leaves out of a name as an article (meetings/minutes/people.py _STYLE_ARTICLE).
_STYLES = {"rt", "right", "very", "most", "ven", "venerable", "hon", "honourable"}
_POST_NOMINALS = {"qpm", "cbe", "obe", "mbe", "dbe", "cb", "mp", "kc", "qc", "esq", "mvo", "jp",
                  "mla", "msp", "bem", "kbe", "gbe", "kcb", "cvo", "lvo", "dl"}  # fmt: skip
_TYPOGRAPHY = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                             "\u2013": "-", "\u2014": "-"})  # fmt: skip


@dataclass(frozen=True)
class Element:
    """What a line to check would quote of an element: its text in the key and the reader's
    value for it (`texts`), its reference, and whether it is a person's name."""

    texts: tuple[str, ...] = ()
    ref: str = ""
    person: bool = False


@dataclass
class Miss:
    category: str
    detail: str
    element: Element = Element()
    flagged: bool = False  # a line to check names the element (see the module's docstring)


# Misses that are no element of the key: not classed flagged or silent.
UNSCORED = ("extra attendee (not scored)", "file not read")
# Misses whose element is not in the record at all: a line left out that holds it flags them.
_MISSING = ("attendee missing", "section missing", "paragraph missing", "decision missing",
            "action missing")  # fmt: skip


@dataclass
class FileScore:
    name: str
    file: str
    total: int
    right: int = 0
    misses: list[Miss] = field(default_factory=list)
    note: str = ""  # why nothing was scored: the reader refused the file
    crash: str = ""  # an exception other than MinutesError: a bug in the reader
    problems: list[Problem] = field(default_factory=list)  # the file's lines to check
    right_elements: list[tuple[str, Element]] = field(default_factory=list)
    false_alarms: int = 0  # elements read right that a doubt names

    @property
    def percent(self) -> float:
        return 100 * self.right / self.total if self.total else 0.0

    @property
    def flagged(self) -> int:
        """Elements wrong that a line to check names; a file refused is told the clerk whole."""
        if self.note:
            return self.total - self.right
        return sum(1 for m in self.misses if m.flagged and m.category not in UNSCORED)

    @property
    def silent(self) -> int:
        """Elements wrong with nothing under "Lines to check" to say so."""
        return self.total - self.right - self.flagged

    def check(self, ok: bool, category: str, detail: str, element: Element = Element()) -> None:
        if ok:
            self.right += 1
            self.right_elements.append((category, element))
        else:
            self.misses.append(Miss(category, detail, element))


# norm, name_key and a line's words are asked of the same few thousand texts again and again
# (each line to check against each element of its file, in _classify): worked out once each.
@cache
def norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").translate(_TYPOGRAPHY).lower()
    return " ".join(text.split()).rstrip(".:;, ")


@cache
def name_key(name: str) -> str:
    words = re.sub(r"\([^)]*\)", " ", norm(name)).replace(".", " ").replace(",", " ").split()
    # "The Revd Jane Doe", "Professor the Baroness Watkins": the article of a style of address.
    while words and (
        words[0] in _TITLES
        or (words[0] == "the" and words[1:] and (words[1] in _TITLES or words[1] in _STYLES))
    ):
        words.pop(0)
    while words and words[-1] in _POST_NOMINALS:
        words.pop()
    return " ".join(words)


def ref_key(ref: Any) -> str:
    return norm(str(ref)).replace("(", "").replace(")", "").rstrip(".: ")


def _ref_ok(expected: str, found: Any) -> bool:
    return expected == "" or ref_key(expected) == ref_key(found)


def count_elements(expected: dict[str, Any]) -> int:
    sections = expected["sections"]
    return (
        2
        + len(expected["attendees"])
        + sum(1 + len(s["paragraphs"]) + len(s["decisions"]) + len(s["actions"]) for s in sections)
    )


def score_file(key: Path) -> FileScore:
    expected = json.loads(key.read_text(encoding="utf-8"))
    name = key.name.removesuffix(".expected.json")
    score = FileScore(name, expected["file"], count_elements(expected))
    path = key.parent / expected["file"]  # the record lies beside its key, in either set
    try:
        result = read_file(path.name, path.read_bytes())
    except MinutesError as error:
        score.note = f"not read: {error}"
        score.misses.append(Miss("file not read", str(error)))
        return score
    except Exception:  # a crash is what the test reports, with its traceback
        score.crash = traceback.format_exc(limit=3)
        return score
    score.problems = result.problems
    _compare(score, expected, result.record)
    _classify(score)
    return score


def _compare(score: FileScore, expected: dict[str, Any], record: dict[str, Any]) -> None:
    score.check(
        norm(record.get("board")) == norm(expected["board"]),
        "board",
        f"{record.get('board')!r} for {expected['board']!r}",
        Element((expected["board"], record.get("board") or "")),
    )
    score.check(
        record.get("date") == expected["date"],
        "date",
        f"{record.get('date')!r} for {expected['date']!r}",
        Element((expected["date"], record.get("date") or "")),
    )
    _compare_attendees(score, expected["attendees"], record.get("attendees", []))
    _compare_sections(score, expected["sections"], record.get("sections", []))


def _compare_attendees(score: FileScore, expected: list[dict], found: list[dict]) -> None:
    unused = list(found)
    for person in expected:
        if person["attendance"] not in ATTENDANCE:
            raise ValueError(f"{person['name']}: attendance {person['attendance']!r} in the key")
        key = name_key(person["name"])
        match = next((a for a in unused if name_key(a.get("name", "")) == key), None)
        element = Element((person["name"],), person=True)
        if match is None:
            score.check(False, "attendee missing", person["name"], element)
            continue
        unused.remove(match)
        wrong = []
        if match.get("attendance") != person["attendance"]:
            wrong.append(("attendee: wrong attendance", match.get("attendance")))
        if person["role"] and norm(person["role"]) not in _roles_read(match):
            wrong.append(("attendee: wrong role", match.get("role")))
        if person["organisation"] and norm(match.get("organisation")) != norm(
            person["organisation"]
        ):
            wrong.append(("attendee: wrong organisation", match.get("organisation")))
        if wrong:
            category, got = wrong[0]
            score.check(False, category, f"{person['name']}: {got!r}", element)
        else:
            score.check(True, "attendee", person["name"], element)
    for extra in unused:
        # Not scored (the key lists only people), but worth seeing: prose read as people.
        score.misses.append(Miss("extra attendee (not scored)", str(extra.get("name"))))


def _roles_read(person: dict) -> tuple[str, ...]:
    """The role as read, and the post and the body read apart put back as written ("Director of
    Resources, Lancashire Constabulary"): a key that wrote both as the role is met by either."""
    role, body = norm(person.get("role")), norm(person.get("organisation"))
    return (role, f"{role}, {body}") if role and body else (role,)


def _written(section: dict) -> object:
    """A section's reference as the reader kept it: as written ("ref"), else its number."""
    return section.get("ref") or section["number"]


def _find_section(expected: dict, unused: list[dict]) -> dict | None:
    title = norm(expected["title"])
    tests = (
        lambda s: _ref_ok(expected["ref"], _written(s)) and norm(s.get("title")) == title,
        lambda s: bool(title) and norm(s.get("title")) == title,
        lambda s: expected["ref"] != "" and ref_key(expected["ref"]) == ref_key(_written(s)),
    )
    for test in tests:
        if match := next((s for s in unused if test(s)), None):
            return match
    return None


def _compare_sections(score: FileScore, expected: list[dict], found: list[dict]) -> None:
    unused = list(found)
    every_paragraph = [p for s in found for p in s.get("paragraphs", [])]
    for section in expected:
        match = _find_section(section, unused)
        label = f"{section['ref']} {section['title']}".strip()
        if match is None:
            score.check(
                False, "section missing", label, Element((section["title"],), section["ref"])
            )
        else:
            unused.remove(match)
            element = Element((section["title"], match.get("title") or ""), section["ref"])
            if not _ref_ok(section["ref"], _written(match)):
                score.check(
                    False, "section: wrong reference", f"{label}: {_written(match)!r}", element
                )
            else:
                score.check(
                    norm(match.get("title")) == norm(section["title"]),
                    "section: wrong title",
                    f"{label}: {match.get('title')!r}",
                    element,
                )
        paragraphs = match.get("paragraphs", []) if match else []
        _compare_paragraphs(score, section, paragraphs, every_paragraph)
        texts = [norm(p.get("text")) for p in paragraphs]
        for decision in section["decisions"]:
            score.check(
                any(norm(decision) in t for t in texts),
                "decision missing",
                decision[:60],
                Element((decision,)),
            )
        actions = [a for p in paragraphs for a in p.get("actions", [])]
        for action in section["actions"]:
            _compare_action(score, action, actions)


def _compare_paragraphs(
    score: FileScore, section: dict, found: list[dict], everywhere: list[dict]
) -> None:
    unused = list(found)
    for paragraph in section["paragraphs"]:
        start = norm(paragraph["text"])
        match = next((p for p in unused if norm(p.get("text")).startswith(start)), None)
        detail = f"{section['ref']} {paragraph['ref']} {paragraph['text']!r}"
        element = Element((paragraph["text"],), paragraph["ref"])
        if match is not None:
            unused.remove(match)
            score.check(
                _ref_ok(paragraph["ref"], match.get("ref")),
                "paragraph: wrong reference",
                f"{detail}: {match.get('ref')!r}",
                element,
            )
        elif any(_numbered_start(start, norm(p.get("text"))) for p in found):
            score.check(False, "paragraph: its number left in the text", detail, element)
        elif any(start in norm(p.get("text")) for p in found):
            score.check(False, "paragraph merged into another", detail, element)
        elif any(start in norm(p.get("text")) for p in everywhere):
            score.check(False, "paragraph in the wrong section", detail, element)
        else:
            score.check(False, "paragraph missing", detail, element)


def _numbered_start(start: str, text: str) -> bool:
    """ "1. Mr M Balfour ..." or "(1). Information ..." for a key that starts after the number."""
    return bool(re.match(r"\(?[0-9a-z]{1,4}[.)]*\)?[.:]?\s+" + re.escape(start), text))


def _compare_action(score: FileScore, action: dict, found: list[dict]) -> None:
    start = norm(action["text"])
    match = next((a for a in found if norm(a.get("text")).startswith(start)), None)
    element = Element((action["text"],))
    if match is None:
        score.check(False, "action missing", action["text"], element)
        return
    # The reader's owner, quoted in a message ("Action owner 'MR' is not among the attendees").
    element = Element((action["text"], match.get("owner") or ""))
    if action["owner"] and norm(match.get("owner")) != norm(action["owner"]):
        score.check(
            False, "action: wrong owner", f"{action['text']}: {match.get('owner')!r}", element
        )
    elif action["due"] and match.get("due") != action["due"]:
        score.check(
            False, "action: wrong due date", f"{action['text']}: {match.get('due')!r}", element
        )
    else:
        score.check(True, "action", action["text"], element)


def _classify(score: FileScore) -> None:
    """Each miss flagged or silent, and the right elements a doubt names counted as false alarms
    (see the module's docstring)."""
    doubts = [p for p in score.problems if not p.left_out]
    for miss in score.misses:
        if miss.category == "date" and miss.element.texts[1:] == ("",):
            # No date read: the import refuses the file, saying so (services.imports._dated).
            miss.flagged = True
        elif miss.category not in UNSCORED:
            pool = score.problems if miss.category in _MISSING else doubts
            miss.flagged = any(_names(p, miss.category, miss.element) for p in pool)
    score.false_alarms = sum(
        any(_names(p, category, element) for p in doubts)
        for category, element in score.right_elements
    )


_WORD = re.compile(r"[a-z0-9]+(?:['/][a-z0-9]+)*")
_SMALL_WORDS = {"the", "and", "for", "was", "were", "that", "this", "with", "from", "had", "has",
                "have", "are", "not", "its", "his", "her", "their", "all", "any", "which", "been",
                "would", "will", "into", "also", "there", "them", "they", "who"}  # fmt: skip
_LEADING_REF = re.compile(
    r"(?:(?:item|minute|agenda item)\s+)?\(?[0-9a-z]{1,4}(?:[./][0-9a-z]+)*[.):]*\s+"
)


def _names(problem: Problem, category: str, element: Element) -> bool:
    """Whether a line to check names the element: its line holds the element's text (or the
    reader's value for it), or its message the element's reference or a value in quotes."""
    line, message = norm(problem.text), norm(problem.message)
    if category == "date":
        # Any doubt about the date ("The date is taken from the minutes' text; check").
        return bool(re.search(r"\bdate[ds]?\b", message))
    if category == "board" and not element.texts[1] and re.search(r"\bno body's name\b", message):
        return True  # none read, and the reader says so
    if category == "board" and not re.search(r"\b(?:board|heading|title)", message):
        return False  # the board's name in a line doubted for something else tells nothing
    words = _words(line)
    for text in element.texts:
        if not norm(text):
            continue
        if element.person:
            name = name_key(text)
            if name and _whole_words(name, _spaced(line)):
                return True
            continue
        if _holds(line, words, norm(text)) or f"'{norm(text)}'" in message:
            return True
    ref = ref_key(element.ref) if element.ref else ""
    return bool(ref) and bool(_ref_named(ref).search(message))


def _whole_words(name: str, line: str) -> bool:
    """Whether the line holds the name with no letter, digit or underscore either side of it,
    as a pattern would find it between (?<!\\w) and (?!\\w), without a pattern made (and
    compiled) for each of the ~5,000 names."""
    at = line.find(name)
    while at >= 0:
        end = at + len(name)
        if not (at and _word_character(line[at - 1])) and not (
            end < len(line) and _word_character(line[end])
        ):
            return True
        at = line.find(name, at + 1)
    return False


def _word_character(character: str) -> bool:
    return character.isalnum() or character == "_"  # what \w matches in a str


# A message is searched for an element's reference once for each line to check of its file:
# the reference's pattern is made once.
@cache
def _ref_named(ref: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?:\b(?:item|minute|paragraph|section|number|reference)s?\s+|')"
        rf"\(?{re.escape(ref)}\)?(?!\w|[/.]\w)"
    )


@cache
def _words(line: str) -> frozenset[str]:
    return frozenset(_WORD.findall(line))


@cache
def _spaced(line: str) -> str:
    return " ".join(line.replace(".", " ").replace(",", " ").split())


@cache
def _content(text: str) -> tuple[str, ...]:
    """A text's first words that say something (not short, not small words)."""
    return tuple(w for w in _WORD.findall(text)[:14] if len(w) > 2 and w not in _SMALL_WORDS)


def _holds(line: str, words: frozenset[str], text: str) -> bool:
    """Whether a line holds a text of the key: its start (a short text as the line's start, after
    any reference), most of its first words, or the line is part of it."""
    content = _content(text)
    if len(content) <= 2:
        bare = _LEADING_REF.sub("", line, count=1)
        return line.startswith(text) or bare.startswith(text)
    if text[:40] in line or (len(line) >= 25 and line in text):
        return True
    present = sum(1 for w in content if w in words)
    return present >= 3 and present >= 0.6 * len(content)


@cache
def score_all() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(REAL.glob("*.expected.json")))


@cache
def score_holdout() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(HOLDOUT.glob("*.expected.json")))


@cache
def score_fresh() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH.glob("*.expected.json")))


@cache
def score_fresh2() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH2.glob("*.expected.json")))


@cache
def score_fresh3() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH3.glob("*.expected.json")))


@cache
def score_fresh4() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH4.glob("*.expected.json")))


@cache
def score_fresh5() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH5.glob("*.expected.json")))


@cache
def score_fresh6() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH6.glob("*.expected.json")))


@cache
def score_fresh7() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH7.glob("*.expected.json")))


@cache
def score_fresh8() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH8.glob("*.expected.json")))


@cache
def score_fresh9() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH9.glob("*.expected.json")))


@cache
def score_fresh10() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH10.glob("*.expected.json")))


@cache
def score_fresh11() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH11.glob("*.expected.json")))


@cache
def score_fresh12() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH12.glob("*.expected.json")))


@cache
def score_fresh13() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH13.glob("*.expected.json")))


@cache
def score_fresh14() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH14.glob("*.expected.json")))


@cache
def score_fresh15() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH15.glob("*.expected.json")))


@cache
def score_fresh16() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH16.glob("*.expected.json")))


@cache
def score_fresh17() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH17.glob("*.expected.json")))


@cache
def score_fresh18() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH18.glob("*.expected.json")))


@cache
def score_fresh19() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH19.glob("*.expected.json")))


@cache
def score_fresh20() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH20.glob("*.expected.json")))


@cache
def score_fresh21() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH21.glob("*.expected.json")))


@cache
def score_fresh22() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH22.glob("*.expected.json")))


@cache
def score_fresh23() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH23.glob("*.expected.json")))


@cache
def score_fresh24() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH24.glob("*.expected.json")))


@cache
def score_fresh25() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH25.glob("*.expected.json")))


@cache
def score_fresh26() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH26.glob("*.expected.json")))


@cache
def score_fresh27() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH27.glob("*.expected.json")))


@cache
def score_fresh28() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH28.glob("*.expected.json")))


@cache
def score_fresh29() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH29.glob("*.expected.json")))


@cache
def score_fresh30() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH30.glob("*.expected.json")))


@cache
def score_fresh31() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH31.glob("*.expected.json")))


@cache
def score_fresh32() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH32.glob("*.expected.json")))


@cache
def score_fresh33() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH33.glob("*.expected.json")))


@cache
def score_fresh34() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH34.glob("*.expected.json")))


@cache
def score_fresh35() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH35.glob("*.expected.json")))


@cache
def score_fresh36() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH36.glob("*.expected.json")))


@cache
def score_fresh37() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH37.glob("*.expected.json")))


@cache
def score_fresh38() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH38.glob("*.expected.json")))


@cache
def score_fresh39() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH39.glob("*.expected.json")))


@cache
def score_fresh40() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH40.glob("*.expected.json")))


@cache
def score_fresh41() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH41.glob("*.expected.json")))


@cache
def score_fresh42() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH42.glob("*.expected.json")))


@cache
def score_fresh43() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH43.glob("*.expected.json")))


@cache
def score_fresh44() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH44.glob("*.expected.json")))


def score_fresh45() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH45.glob("*.expected.json")))


@cache
def score_fresh46() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH46.glob("*.expected.json")))


@cache
def score_fresh47() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH47.glob("*.expected.json")))


@cache
def score_fresh48() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH48.glob("*.expected.json")))


@cache
def score_fresh49() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH49.glob("*.expected.json")))


@cache
def score_fresh50() -> tuple[FileScore, ...]:
    return tuple(score_file(key) for key in sorted(FRESH50.glob("*.expected.json")))


def overall(scores: tuple[FileScore, ...]) -> float:
    total = sum(s.total for s in scores)
    return 100 * sum(s.right for s in scores) / total if total else 0.0


@dataclass(frozen=True)
class Silence:
    """A set's elements: right, wrong and flagged under "Lines to check", wrong and silent; and
    the right ones a doubt names (false alarms)."""

    right: int
    flagged: int
    silent: int
    false_alarms: int

    def __str__(self) -> str:
        return (
            f"right {self.right}, flagged {self.flagged}, silent {self.silent}, "
            f"false alarms {self.false_alarms}"
        )


def silence(scores: tuple[FileScore, ...]) -> Silence:
    return Silence(
        sum(s.right for s in scores),
        sum(s.flagged for s in scores),
        sum(s.silent for s in scores),
        sum(s.false_alarms for s in scores),
    )


def silent_misses(scores: tuple[FileScore, ...]) -> list[tuple[str, Miss]]:
    """The misses no line to check names, with their file: what the reader got wrong unawares."""
    return [
        (s.file, m)
        for s in scores
        for m in s.misses
        if m.category not in UNSCORED and not m.flagged
    ]


def report(scores: tuple[FileScore, ...], title: str = "Real minutes") -> str:
    lines = [
        f"{title}: share of expected elements the reader got right; of the wrong, how many a "
        "line to check names (flagged) and how many not (silent); right ones flagged (alarms)"
    ]
    for s in scores:
        note = s.note or (f"CRASH: {s.crash.splitlines()[-1]}" if s.crash else "")
        lines.append(
            f"  {s.file:<42} {s.right:>4}/{s.total:<4} {s.percent:5.1f}%  flagged {s.flagged:>3}"
            f"  silent {s.silent:>3}  alarms {s.false_alarms:>3}  {note[:70]}"
        )
    right, total = sum(s.right for s in scores), sum(s.total for s in scores)
    lines.append(
        f"  {'overall':<42} {right:>4}/{total:<4} {overall(scores):5.1f}%  {silence(scores)}"
    )
    counts = Counter(m.category for s in scores for m in s.misses)
    lines.append("  Misses by category:")
    lines += [f"    {n:>4}  {category}" for category, n in counts.most_common()]
    return "\n".join(lines)


if __name__ == "__main__":
    # The reader is pure Python: `.venv/bin/python -m tests.real_minutes` prints the reports.
    print(report(score_all()))
    print(report(score_holdout(), "Held-out real minutes (tests/data/real-holdout)"))
    print(report(score_fresh(), "Fresh real minutes (tests/data/real-fresh)"))
    print(report(score_fresh2(), "Second fresh real minutes (tests/data/real-fresh-2)"))
    print(report(score_fresh3(), "Third fresh real minutes (tests/data/real-fresh-3)"))
    print(report(score_fresh4(), "Fourth fresh real minutes (tests/data/real-fresh-4)"))
    print(report(score_fresh5(), "Fifth fresh real minutes (tests/data/real-fresh-5)"))
    print(report(score_fresh6(), "Sixth fresh real minutes (tests/data/real-fresh-6)"))
    print(report(score_fresh7(), "Seventh fresh real minutes (tests/data/real-fresh-7)"))
    print(report(score_fresh30(), "Thirtieth fresh real minutes (tests/data/real-fresh-30)"))
    print(report(score_fresh31(), "Thirty-first fresh real minutes (tests/data/real-fresh-31)"))
    print(report(score_fresh32(), "Thirty-second fresh real minutes (tests/data/real-fresh-32)"))
    print(report(score_fresh33(), "Thirty-third fresh real minutes (tests/data/real-fresh-33)"))
    print(report(score_fresh34(), "Thirty-fourth fresh real minutes (tests/data/real-fresh-34)"))
    print(report(score_fresh35(), "Thirty-fifth fresh real minutes (tests/data/real-fresh-35)"))
    print(report(score_fresh36(), "Thirty-sixth fresh real minutes (tests/data/real-fresh-36)"))
    print(report(score_fresh37(), "Thirty-seventh fresh real minutes (tests/data/real-fresh-37)"))
    print(report(score_fresh38(), "Thirty-eighth fresh real minutes (tests/data/real-fresh-38)"))
    print(report(score_fresh39(), "Thirty-ninth fresh real minutes (tests/data/real-fresh-39)"))
    print(report(score_fresh40(), "Fortieth fresh real minutes (tests/data/real-fresh-40)"))
    print(report(score_fresh41(), "Forty-first fresh real minutes (tests/data/real-fresh-41)"))
    print(report(score_fresh42(), "Forty-second fresh real minutes (tests/data/real-fresh-42)"))
    print(report(score_fresh43(), "Forty-third fresh real minutes (tests/data/real-fresh-43)"))
    print(report(score_fresh44(), "Forty-fourth fresh real minutes (tests/data/real-fresh-44)"))
    print(report(score_fresh45(), "Forty-fifth fresh real minutes (tests/data/real-fresh-45)"))
    print(report(score_fresh46(), "Forty-sixth fresh real minutes (tests/data/real-fresh-46)"))
    print(report(score_fresh47(), "Forty-seventh fresh real minutes (tests/data/real-fresh-47)"))
    print(report(score_fresh48(), "Forty-eighth fresh real minutes (tests/data/real-fresh-48)"))
    print(report(score_fresh49(), "Forty-ninth fresh real minutes (tests/data/real-fresh-49)"))
    print(report(score_fresh50(), "Fiftieth fresh real minutes (tests/data/real-fresh-50)"))
