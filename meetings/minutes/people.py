"""Attendee lines: "Name, Role", including lines where PDF extraction merged several people."""

import functools
import re

from meetings.minutes.letters import letters
from meetings.minutes.plural_lists import spread_plural_titles

_HONORIFICS = {
    "sir", "dame", "dr", "mr", "mrs", "ms", "miss", "mx", "lord", "lady", "baroness", "baron",
    "prof", "professor", "cllr", "cclr", "clr", "councillor", "councilor", "revd", "rev",
    "reverend", "rt", "right", "canon", "rabbi", "imam", "father",
    "pc", "pcso", "supt", "insp", "sgt", "hon", "mayor", "bailie", "provost",
    # "HH Judge R Orme" (His or Her Honour), "District Judge Tim Jenkins".
    "hh", "judge",
    # "CC Wilkins": County Councillor, as Lancashire's fire authority writes it.
    "cc",
}  # fmt: skip
# "County Cllr Brown", "District Councillor Lee": a word that is a title only before another.
_RANKS = {
    "county", "district", "borough", "city", "parish", "town", "cty", "deputy", "metro", "depute",
    "unitary", "ward",
}  # fmt: skip
# "Councillors Smith, Patel and Jones": each is a Councillor.
_PLURALS = {
    "councillors": "Councillor", "cllrs": "Cllr", "cclrs": "CClr", "clrs": "Clr", "messrs": "Mr",
    "drs": "Dr",
}  # fmt: skip
_ROLE_WORDS = {
    "commissioner", "deputy", "assistant", "chief", "officer", "director", "head", "manager",
    "mayor", "superintendent", "inspector", "constable", "secretary", "adviser", "advisor",
    "lead", "member", "chair", "clerk", "executive", "analyst", "partner", "staff", "interim",
    "acting", "senior", "principal", "detective", "commander", "sergeant", "vice", "general",
    "counsel", "treasurer", "auditor", "controller", "coordinator", "specialist", "consultant",
    "leader", "minister", "governor", "vice-chair", "chairman", "chairperson", "nominated",
    "invitee",
}  # fmt: skip
# Words that qualify a role word after them ("Standing Invitee", "Co-opted Member"): a role
# before a titled name with it, never a name of its own there.
_ROLE_QUALIFIERS = {"standing", "co-opted", "independent", "lay", "associate", "honorary"}
# Letters after a name ("Susan Hall AM", "Jane Doe OBE"), which are part of how it is written.
_POST_NOMINALS = {
    "am", "mp", "mep", "msp", "obe", "mbe", "cbe", "kbe", "dbe", "qpm", "kpm", "kc",
    "qc", "jp", "dl", "cpfa", "fca", "aca", "acca", "fcca", "phd",
}  # fmt: skip
# A footnote marker after a name or role: "Linden¹" (NFKC makes it "Linden1"), "Smith*",
# "Smith [1]", "Smith†". A spaced "Smith 2" is handled apart: "Ward 3" is a role.
_FOOTNOTE = re.compile(letters(r"(?:(?<=[a-z)])\d{1,2}|\s*\[\d{1,2}\]|\s*[*\u2020\u2021\u00a7]+)$"))
_SPACED_FOOTNOTE = re.compile(r"\s+\d{1,2}$")
_PARENTHESIS = re.compile(r"(.+?)\s*\(([^()]+)\)")
# The dash between a name and its post or body: spaced, or typed against the name's last
# letter ("Andrea Elton- WHHT") or against the post's first ("Helen Armstrong \u2013ACS").
# ... or a hyphen with no space at all before a body of two words or more, each capitalised and
# none in capitals ("Ed Sharkey-Barton Parish Council", "Tim Claxton-Aggregate Industries"; never
# "Gideon Ben-Tovim OBE").
_DASH = re.compile(
    r"\s+[-\u2013\u2014]\s+|(?<=[a-z])[-\u2013\u2014]\s+|\s+[\u2013\u2014](?=[A-Z])"
    r"|(?<=[a-z])-(?=[A-Z][a-z]+(?:\s+(?:and|of|&|[A-Z][a-z][\w&]*))*\s+[A-Z][a-z][\w&]*$)"
)


_DOTTED = re.compile(letters(r"(?:[A-Z]\.){2,4}")).fullmatch


def _is_name_token(token: str) -> bool:
    # Names are capitalised words; an all-caps token is an acronym, unless it is an initial.
    if not token[:1].isupper() or token.lower().rstrip(".") in _ROLE_WORDS or token[-1] in ":;":
        return False
    # "M.E.J.": initials written together with their stops, as one token. "Jill H-S-B": a
    # double-barrelled surname's initials, joined by its hyphens.
    return (
        len(token.rstrip(".")) == 1
        or any(c.islower() for c in token)
        or _DOTTED(token)
        or _HYPHENED_INITIALS.fullmatch(token) is not None
    )


_HYPHENED_INITIALS = re.compile(r"[A-Z](?:-[A-Z]){1,3}\.?")


# Words that make a name an organisation's: "Home Office", "Powys County Council".
_ORGANISATION_WORDS = {
    "council", "authority", "board", "committee", "panel", "trust", "service", "services",
    "office", "police", "agency", "department", "partnership", "centre", "group", "ccg", "nhs",
}  # fmt: skip


def is_organisation(text: str) -> bool:
    return any(w.strip("(),.").lower() in _ORGANISATION_WORDS for w in text.split())


# Words that end a company's or a body's name: "Attrus Ltd", "NI Food and Drink Association".
_BODY_ENDINGS = {
    "ltd", "limited", "plc", "llp", "inc", "association", "laboratories", "university",
    "college", "school", "society", "institute", "foundation", "federation", "union",
    "company", "bank", "network", "forum", "alliance", "aerospace", "constabulary", "charity",
    "church",
}  # fmt: skip
# Words that say a role, beyond those above: "Audit Manager", "Professor of Nursing".
_MORE_ROLE_WORDS = {
    "trustee", "president", "professor", "lecturer", "student", "dean",
    "rector", "provost", "chancellor", "principal", "registrar", "solicitor", "accountant",
    "engineer", "nurse", "practitioner", "representative", "planner", "administrator",
    "observer", "co-ordinator", "ombudsman", "convener", "convenor", "chaplain", "lay",
    "independent", "co-opted", "elected",
    "substitute", "minute-taker", "scribe", "guest", "governor", "delegate", "steward", "warden",
    "commander", "captain", "officers", "directors", "members", "manager", "advisers", "gp",
    "coo", "ceo", "cfo", "mentee", "mentor", "apprentice", "intern",
    "ned",  # a board's non-executive director
    "co-chair", "co-chairs", "co-chairman", "co-chairperson",
    # "Joint Opposition Spokesperson", "Group Spokesperson": a party group's post on a committee.
    "spokesperson", "spokesman", "spokeswoman",
}  # fmt: skip
# An acronym long enough not to be a post's ("RFO", "CEO", "DCC" are posts): "NIIRTA",
# "NIC-ICTU".
_ACRONYM_BODY = re.compile(r"[A-Z][A-Z&]{4,7}|[A-Z][A-Z&]{1,7}[-/][A-Z&]{2,8}")
# A shorter acronym alone is a body's too ("IGEN", "PSNI", "RSPB", "WSCC"), unless a post's:
# chief officers, a council's finance officer, police ranks, members of parliaments.
_SHORT_ACRONYM = re.compile(r"[A-Z][A-Z&]{2,3}")
_POST_ACRONYMS = {
    "CEO", "CFO", "COO", "CIO", "CTO", "CNO", "CMO", "DCE", "RFO", "SPO", "DPO", "SIRO", "IFCO",
    "ACC", "DCC", "ACO", "DCO", "MSP", "MEP", "MLA", "MBE", "OBE", "CBE", "QPM", "KC", "QC",
    "SRO", "PCSO", "PCC", "DPCC", "CPO", "GP", "PA", "EA", "VC", "HM", "HMI", "SMT",
    # NHS practitioners: a general dental practitioner, a general medical practitioner.
    "GDP", "GMP",
    "SLT", "CLT", "ELT", "NED",
}  # fmt: skip


@functools.lru_cache(maxsize=4096)
def is_role(text: str) -> bool:
    """Whether text names a role: it holds a word that says one ("Director", "Clerk")."""
    words = re.split(r"[\s/,()]+", text.lower())
    return any(w.strip(".") in _ROLE_WORDS or w.strip(".") in _MORE_ROLE_WORDS for w in words)


def names_a_body(text: str) -> bool:
    """Whether text written after a person's name is plainly an organisation, not a role: it
    names no role, and is a long acronym alone ("NIIRTA", "NIC-ICTU") or a company's or a body's
    name by its last word ("Attrus Ltd", "NI Food and Drink Association"). A public body's
    name ("West Hampshire CCG") is left as written, where minutes often give it for a role."""
    text = text.strip(" ,.;")
    words = text.split()
    if not words or is_role(text) or len(words) > 8 or not words[0][:1].isupper():
        return False
    # "Hindu Society of Maidenhead", "Church of England": a body's word, then the place.
    head = re.split(r"\s+of\s+", text, maxsplit=1)[0].split()
    return (
        bool(_ACRONYM_BODY.fullmatch(text))
        or words[-1].lower().strip(".") in _BODY_ENDINGS
        or head[-1].lower() in _BODY_ENDINGS
    )


# A name, then the initials it is known by in brackets: "Police Liaison Unit (PLU)".
_NAME_THEN_INITIALS = re.compile(r"(?P<words>[A-Z][^()]*?)\s*\((?P<initials>[A-Z][A-Za-z&]{2,7})\)")
_SPELT_SMALL = {"of", "and", "for", "the", "&"}


def spelt_body(text: str) -> bool:
    """Whether text after a person's name is a body's name with the initials it goes by, which
    its last words spell: "Society of Local Authority Chief Executives (SOLACE)", "Wales
    Violence Prevention Unit (VPU)", "YOT Managers Cymru (YMC)". Not a post so written ("Chief
    Executive Officer (CEO)", "Director of Public Health (DPH)", "Chair of the National Police
    Chiefs' Council (NPCC)"): none starts or ends on a post's word."""
    m = _NAME_THEN_INITIALS.fullmatch(text.strip(" ,.;"))
    if not m:
        return False
    words = m["words"].split()
    wanted = "".join(c for c in m["initials"] if c.isalpha()).upper()
    for start in range(len(words)):
        run = words[start:]
        spelt = "".join(w[0] for w in run if w[:1].isupper() or w.lower() in _SPELT_SMALL)
        bare = "".join(w[0] for w in run if w[:1].isupper())
        if wanted in (spelt.upper(), bare.upper()) and len(run) >= 2:
            # "Chair of the National Police Chiefs' Council (NPCC)": a post in a body.
            return not (is_role(words[0]) or is_role(run[0]) or is_role(run[-1]))
    return False


# "Councillor Mac Cafferty (Chair) Appich (Joint Opposition Spokesperson) and Bell (Group
# Spokesperson)": one title over surnames each with its post in brackets, no commas between.
_ONE_TITLE_POSTS = re.compile(
    r"(?P<title>Councillors?|Cllrs?\.?)\s+(?P<rest>(?:(?:and\s+|&\s+)?[A-Z][\w'\u2019-]*"
    r"(?:\s+[A-Z][\w'\u2019-]*){0,2}\s*\([^()]+\)\s*){2,})"
)
_SURNAME_POST = re.compile(
    r"(?:and\s+|&\s+)?(?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})\s*\((?P<post>[^()]+)\)"
)


def surnames_with_posts(text: str) -> list[tuple[str, str]] | None:
    """(name, post) of each councillor in "Councillor A (Chair) B (Deputy Chair) and C (Group
    Spokesperson)": the one title is each one's, written before each surname."""
    m = _ONE_TITLE_POSTS.fullmatch(text.strip().rstrip("."))
    if not m:
        return None
    title = {"councillors": "Councillor", "cllrs": "Cllr"}.get(
        m["title"].lower().rstrip("."), m["title"]
    )
    found = _SURNAME_POST.finditer(m["rest"])
    people = [(f"{title} {p['name']}", p["post"].strip()) for p in found]
    # Each bracket a post, in capitals ("(Group Spokesperson)"), not a note ("(part)").
    return people if all(post[:1].isupper() for _, post in people) else None


def body_acronym(text: str, name: str) -> bool:
    """Whether what follows a person's name is a body's short acronym alone ("Mr J Young -
    IGEN", "PSNI", "WSCC"): not a post's ("CEO", "RFO", "DCC") nor the person's initials."""
    text = text.strip(" ,.;")
    if not _SHORT_ACRONYM.fullmatch(text) or text in _POST_ACRONYMS:
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'\u2019-]*", name)).upper()
    return text not in initials


# Whether what an attendance list writes after a person's name is the body they come from rather
# than their post: "Jane Smith, Devon County Council", "Cllr T Cordery | Ferndown TC", "Nicola Read
# | UK Border Force", "Denise Rossiter, Essex Chambers of Commerce". A body is named by a word
# that names bodies (council, association, chamber, force, club, parish...) or by a council's
# initials after a place ("Poole BC", "Arun DC"), and says no post: "Clerk to the Council" and
# "Chair, Audit Committee" are posts, kept as roles. A public body named without such a word
# ("Natural Resources Wales", "West Hampshire CCG", "Dundee Carers Centre") is left as written,
# as the role: minutes often give the body a member sits for as what they are there for.

# Words that make a name a body's, wherever they stand in it.
BODY_WORDS = frozenset(
    {
        "council", "councils", "authority", "authorities", "association", "associations",
        "assoc", "chamber", "chambers", "commerce", "federation", "force", "club", "clubs",
        "parish", "trust", "police", "constabulary", "service", "services", "board", "group",
        "society", "union", "company", "agency", "government", "university", "college",
        "network", "forum", "department", "ltd", "limited", "plc", "llp",
        "commission", "fire", "rescue", "museum", "school", "church",
        "institute", "foundation", "alliance", "charity", "committee", "panel",
        "airport", "port", "harbour", "railway", "railways", "ministry", "inspectorate",
        "tribunal", "court",
        # "The National Archives", "Norfolk Clinical Commissioning Groups".
        "archives", "groups",
        # Gaelic's council: "Comhairle nan Eilean Siar" (the Western Isles).
        "comhairle",
    }
)  # fmt: skip
# A council's initials after its place: "Poole BC", "Ferndown TC", "Arun DC", "Fife CC".
_COUNCIL_INITIALS = frozenset({"bc", "tc", "dc", "cc", "mbc", "cbc", "pc", "ccc", "rbc"})
# Words of a post that BODY_WORDS also hold ("Executive" of "Chief Executive" is a post).
_POST_FIRST = re.compile(
    r"(?i)^(?:chief|deputy|assistant|vice|acting|interim)\b|\b(?:of|to|for)\s+the\b"
    r"|\b(?:designate|elect)$|\b(?:master|mistress|keeper|ranger|bailiff|surveyor|pilot)\b"
    # "County Councillor" (before ", Norfolk County Council"): a councillor's seat is a post.
    r"|^(?:county|district|borough|city|town|parish|community)\s+councill?or$"
)


def names_a_post(text: str) -> bool:
    """Whether text names a post: a word that says one ("Director", "Clerk", "Harbour Master"),
    or a post's shape ("Deputy ...", "Clerk to the Council")."""
    return is_role(text) or bool(_POST_FIRST.search(text)) or _post_acronym_first(text)


# Office-holders' initials written before the place they hold office for ("HM", "EA" and "SMT"
# of _POST_ACRONYMS start bodies' names too: "HM Courts Service", "EA Wales").
_OFFICE_INITIALS = {"PCC", "DPCC", "DCC", "ACC", "CEO", "MP", "MSP", "MEP", "MLA"}


def _post_acronym_first(text: str) -> bool:
    """ "PCC Dyfed Powys", "DCC Gwent": an office-holder's initials, then where the office is."""
    words = text.split()
    return len(words) > 1 and words[0] in _OFFICE_INITIALS


def reads_as_body(text: str) -> bool:
    """Whether text written after a name is the body the person comes from: no post in it,
    and a word that names bodies, or a council's initials after its place."""
    text = text.strip(" ,.;")
    words = text.split()
    if not words or len(words) > 10 or not words[0][:1].isupper():
        return False
    if names_a_post(text):
        return False
    keys = [w.strip("().,'\u2019").lower() for w in words]
    if any(k in BODY_WORDS for k in keys):
        return True
    return len(words) >= 2 and keys[-1] in _COUNCIL_INITIALS and words[-1].isupper()


_ACRONYM_AFTER = re.compile(r"\s*\([A-Z&]{2,8}\)$")


def post_then_body(role: str) -> tuple[str, str] | None:
    """ "Director of Finance, Anytown Council", "Inspector, Cleveland Police": a post, a comma,
    then the body the post is in, named by its last word ("Council", "Police", "Court") or by
    the word before its "of" ("Association of ... (APCC)"). Split there, as (post, body); None
    for one comma inside a post ("Minister for Building Safety, Fire and Communities") or more
    than one ("Director General, Crime, Policing and Fire Group", where the body may start
    anywhere)."""
    post, comma, body = role.partition(", ")
    if not comma or ", " in body or not names_a_post(post) or not reads_as_body(body):
        return None
    head = re.split(r"\s+of\s+", _ACRONYM_AFTER.sub("", body), maxsplit=1)[0].split()
    last = _ACRONYM_AFTER.sub("", body).split()[-1]
    if head[-1].lower() in BODY_WORDS or last.lower() in BODY_WORDS or names_a_body(body):
        return post, body
    if head[0].lower() in BODY_WORDS and last.lower() in _NATIONS:
        return post, body  # "Police Scotland": a national body, its word then the nation
    return None


_NATIONS = {"scotland", "england", "wales", "ireland", "cymru", "uk"}


@functools.lru_cache(maxsize=4096)
def looks_like_name(text: str) -> bool:
    """'Jane Smith', 'Dr A Lee': a name, never 'Chief Executive' or 'Westshire Council'."""
    return _is_name(text.split())


# Lower-case words a surname may start with: "Cllr da Costa", "Jan van der Berg".
_PARTICLES = {
    "da", "de", "del", "della", "di", "do", "dos", "du", "van", "von", "der", "den", "la", "le",
    "ten", "ter",
}  # fmt: skip


def _is_name(tokens: list[str]) -> bool:
    if any(t.lower() in _ORGANISATION_WORDS for t in tokens):
        return False
    # A surname's particles, between a first word and the surname, are no word of their own.
    tokens = [t for k, t in enumerate(tokens) if not (0 < k < len(tokens) - 1 and t in _PARTICLES)]
    while len(tokens) > 1 and tokens[-1].lower() in _POST_NOMINALS and tokens[-1].isupper():
        tokens = tokens[:-1]
    if len(tokens) >= 2 and _is_name_token(tokens[0]) and tokens[-1].isalpha():
        # "Lynne SHORT": Scottish minutes write the surname in capitals.
        tokens = [*tokens[:-1], tokens[-1].title()]
    if tokens and tokens[0].lower().rstrip(".") in _HONORIFICS:
        rest = [t for t in tokens[1:] if t.lower().rstrip(".") not in _HONORIFICS | {"hon"}]
        # "Mrs TJ Rawlinson": initials written together after a title, then the surname.
        if len(rest) >= 2 and re.fullmatch(letters(r"[A-Z]{2,3}"), rest[0]):
            rest = rest[1:]
        return 1 <= len(rest) <= 4 and all(_is_name_token(t) for t in rest)
    return 2 <= len(tokens) <= 4 and all(_is_name_token(t) for t in tokens)


def _split_role_name(chunk: str) -> tuple[str, str] | None:
    """'Deputy Commissioner Alexis Boon' -> ('Deputy Commissioner', 'Alexis Boon'), or None when
    the chunk holds no plausible name and so continues the previous role."""
    tokens = chunk.split()
    for k in range(1, len(tokens)):
        word = tokens[k].lower().rstrip(".")
        starts = word in _HONORIFICS or (
            word == "the" and k + 1 < len(tokens) and tokens[k + 1].lower() in ("rt", "right")
        )
        if starts and _is_name(tokens[k:] if word != "the" else tokens[k + 1 :]):
            return " ".join(tokens[:k]), " ".join(tokens[k:])
    last = -1
    weak = False
    for j, token in enumerate(tokens):
        if token.lower() in _ROLE_WORDS or token.startswith("("):
            last, weak = j, False
        elif token.islower() or (len(token) > 1 and token.isupper()):
            # "of", "and", "MPS": the role goes on for at least one more word after these.
            last, weak = j, True
    if last < 0:
        return None
    # A role never ends in "of" or "and": "Head of Corporate Development" is one role.
    connector = tokens[last].islower()
    for start in ((last + 2,) if connector else (last + 2, last + 1)) if weak else (last + 1,):
        if _is_name(tokens[start:]):
            return " ".join(tokens[:start]), " ".join(tokens[start:])
    return None


def _without_footnote(chunk: str) -> str:
    chunk = _FOOTNOTE.sub("", chunk)
    tokens = chunk.split()
    # "Jane Smith 2" is a footnote only where a name comes before the number.
    if _SPACED_FOOTNOTE.search(chunk) and any(
        _is_name(tokens[j:-1]) for j in range(len(tokens) - 1)
    ):
        chunk = _SPACED_FOOTNOTE.sub("", chunk)
    return chunk


def _name_with_role(chunk: str) -> tuple[str, str] | None:
    """'Councillor Anne Marsh (Chair)' -> ('Councillor Anne Marsh', 'Chair'); None when the
    chunk is not a name."""
    m = _PARENTHESIS.fullmatch(chunk)
    name, role = (m[1], m[2].strip()) if m else (chunk, "")
    return (name, role) if _is_name(name.split()) else None


def _list_of_names(chunks: list[str]) -> list[tuple[str, str]] | None:
    """People listed by name alone: 'Cllr A Smith (Chair), Cllr B Jones, Cllr C Brown'. Two
    names could be a name and a role ('Pat Lee, Home Office'), so two need a sign."""
    people = [_name_with_role(c) for c in chunks]
    if not all(people) or any(spelt_body(c) for c in chunks[1:]):
        return None  # "Daniel Jones, Wales Violence Prevention Unit (VPU)": his body
    named = [p for p in people if p]
    if len(named) == 2 and _own_initials(*named[0]) and not _initialled_name(*named[1]):
        # "Sasha Yilmaz (SY), Welsh Government (CSD)": her initials, then her body with its
        # part's, not a second person's name with theirs.
        return None
    # "Louise Collins (LC), Transport Focus": her initials in the bracket, no post that closes
    # her part of the line; what follows may be her body.
    signed = any(role and not _own_initials(name, role) for name, role in named) or all(
        c.split()[0].lower().rstrip(".") in _HONORIFICS for c in chunks
    )
    return named if signed or len(chunks) >= 3 else None


# A first name alone ("Marley", "Anne-Marie"), as youth councils and patients' groups list people.
_FIRST_NAME = re.compile(letters(r"[A-Z][a-z]+(?:[-'\u2019][A-Z][a-z]+)?"))
# Words of a list's place that are no one's name.
_NOT_NAMES = {"none", "nil", "all", "apologies", "present", "members", "officers", "and"}


def _first_names(chunks: list[str]) -> list[tuple[str, str]] | None:
    """People listed by their first names alone: 'Samuel (Chairman), Christopher, Marley, Oliver'
    (a youth council), 'Di, Beckie (Democratic Services)'. Three or more such words, or two
    where one has a post in brackets; never a list of posts or bodies ('Chair, Treasurer')."""
    people = []
    for chunk in chunks:
        m = _PARENTHESIS.fullmatch(chunk)
        name, post = (m[1].strip(), m[2].strip()) if m else (chunk, "")
        if not (_FIRST_NAME.fullmatch(name) and _is_name_token(name)) or (
            name.lower() in _NOT_NAMES or is_role(name) or is_organisation(name)
        ):
            return None
        people.append((name, post))
    return people if len(people) >= 3 or any(post for _, post in people) else None


def _initialled_name(name: str, text: str) -> bool:
    """Whether `name` is a person's name and `text` their initials: "Mark Cox" and "MC"."""
    return _is_name(name.split()) and _own_initials(name, text) and text[-1] == name.split()[-1][0]


def _own_initials(name: str, text: str) -> bool:
    """Whether `text` ("LC", "SFR") are the initials of `name` ("Louise Collins", "Sam Fryers"):
    capitals that start with the first name's initial."""
    words = [w for w in name.split() if w.lower().rstrip(".") not in _HONORIFICS]
    return bool(words) and bool(re.fullmatch(r"[A-Z]{2,4}", text)) and text[0] == words[0][0]


# A word in capitals: "SHEENA", "O'NEILL", "FAIRWEATHER-BROWN".
_CAPITALS_WORD = re.compile(letters(r"(?<![\w'\u2019-])[A-Z][A-Z'\u2019-]*[A-Z](?![\w'\u2019-])"))
_LIST_PARTS = re.compile(r"\s*[,;]\s*|\s+and\s+|\s*&\s*")


@functools.lru_cache(maxsize=4096)
def names_in_capitals(text: str) -> str:
    """A list of people whose names are printed in capitals, as some councils print them
    ("Councillors SHEENA WELSH, LYNNE DEVINE and PAUL VALENTINE", "Mr BILL SIMPSON"), with the
    names' words in mixed case ("Sheena Welsh"), so that they read as names and not as bodies'
    initials; any other text as it is. A list it is where two of its parts are two or more words
    in capitals, or one is such words after a title; letters after a name ("MBE") are kept."""
    parts = [p.split() for p in _LIST_PARTS.split(text.strip().rstrip(".")) if p.strip()]
    lists = titled = 0
    for words in parts:
        has_title = bool(words) and words[0].lower().rstrip(".") in _HONORIFICS | set(_PLURALS)
        words = [w for w in words[has_title:] if w.lower().rstrip(".,") not in _POST_NOMINALS]
        if len(words) >= 1 + (not has_title) and all(_CAPITALS_WORD.fullmatch(w) for w in words):
            lists += 1
            titled += has_title
    if lists < 2 and not titled:
        return text

    def mixed(m: re.Match[str]) -> str:
        word = m[0]
        if word.lower() in _POST_NOMINALS:
            return word
        # "O'NEILL" is "O'Neill", "SMITH-JONES" "Smith-Jones", "MCLEAN" "McLean" (never
        # "Mac": "MACKIE" is "Mackie").
        word = re.sub(letters(r"[A-Z]+"), lambda w: w[0].capitalize(), word)
        return re.sub(letters(r"^Mc([a-z])"), lambda w: "Mc" + w[1].upper(), word)

    return _CAPITALS_WORD.sub(mixed, text)


# "..., Ben McGowan and the Moat Team.": a team or group closing a list of people (its apologies
# given together), no one's post and no person.
_GROUP_AT_END = re.compile(
    letters(
        r"\s*(?:,|\band\b|&)\s*the\s+(?:[A-Z][\w'\u2019&-]*\s+){1,4}"
        r"(?:Team|Group|Staff|Office|Department|Unit)\.?\s*$"
    )
)


# "B& J Townsend", "C&M Couper", "K&RevP Taylor": two people of one surname by their initials,
# a couple as a parish's or a club's list writes them; each is a person of the surname.
_COUPLE = re.compile(
    letters(
        r"(?<![\w.])(?P<first>[A-Z])\s*&\s*(?P<title>Rev(?:d)?\.?\s*)?(?P<second>[A-Z])\.?"
        r"\s+(?P<surname>(?:Mc|Mac|O')?[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?)(?=\s*(?:,|$|\.$))"
    )
)
# "..., C Bell +2 unidentified.": people there counted, not named, closing a list.
_PLUS_UNNAMED = re.compile(r"\s*\+\s*\d+\s+(?:unidentified|unnamed|others?|more|guests?)\.?\s*$")


def spread_couples(line: str) -> str:
    """'B& J Townsend, J Dempsey' as 'B Townsend, J Townsend, J Dempsey': a couple written
    under one surname, two people; only in a list of two such couples or more (so that one
    'A & B Smith Ltd' in prose is left), and '+2 unidentified' at its end left out."""
    if len(_COUPLE.findall(line)) < 2:
        return line
    line = _PLUS_UNNAMED.sub("", line)

    def two(m: re.Match[str]) -> str:
        title = "Rev " if m["title"] else ""
        return f"{m['first']} {m['surname']}, {title}{m['second']} {m['surname']}"

    return _COUPLE.sub(two, line)


def split_attendee_line(line: str) -> list[tuple[str, str]]:
    """(name, role) pairs of a 'Name, Role' line, including lines where PDF extraction merged
    several people: 'A B, Commissioner C D, Chief of Staff', and lists of names."""
    line = spread_couples(names_in_capitals(line))
    chunks = [_without_footnote(c) for c in re.split(r"\s*,\s*", line.strip()) if c]
    chunks = [c for c in chunks if c]
    m = _DASH.search(chunks[0]) if len(chunks) == 1 else None
    post = (
        re.fullmatch(r"(?P<name>[^()]+?)\s*\((?P<post>[^()]+)\)", chunks[0][: m.start()])
        if m
        else None
    )
    if post and _is_name(post["name"].split()) and is_role(post["post"]):
        # "Mr W Adams (Chairman) - County Council": the post in brackets, then the body.
        return [(post["name"].strip(), f"{post['post'].strip()}, {chunks[0][m.end() :].strip()}")]
    if m and _is_name(chunks[0][: m.start()].split()):
        # "Jane Smith - Chief Executive" is written with a dash where others use a comma.
        # One person and their post: "Anna Brown - Riverside College (Public Sector)" is never
        # a list of two names.
        return [(chunks[0][: m.start()].strip(), chunks[0][m.end() :].strip())]
    if len(chunks) <= 1:
        return [_name_with_role(chunks[0]) or (chunks[0], "")] if chunks else []
    if listed := _list_of_names(chunks) or _first_names(chunks):
        return listed
    people: list[tuple[str, list[str]]] = [(chunks[0], [])]
    for chunk in chunks[1:-1]:
        if split := _split_role_name(chunk):
            people[-1][1].append(split[0])
            people.append((split[1], []))
        else:
            people[-1][1].append(chunk)
    people[-1][1].append(chunks[-1])
    return [(name, ", ".join(roles)) for name, roles in people]


# --- People named in a sentence ---------------------------------------------------------------

_AND = re.compile(r"\s+and\s+|\s*&\s*")
# People there who are counted, not named: "5 members of the public", "and twenty residents".
_COUNT = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|several|many|some)"
)
PUBLIC = re.compile(
    r"(?:\d+|one|two|three|several|\w+)\s+members?\s+of\s+(?:the\s+)?public"
    rf"|{_COUNT}(?:\s+other)?\s+(?:residents|tenants|visitors|observers)",
    re.I,
)
# "..., Nik Wood(NW) and twenty residents": the count at the end of a list is no one's post.
_COUNTED = re.compile(rf"\s*(?:,|\band\b|&)\s*(?:{PUBLIC.pattern})\.?\s*$", re.I)
_INITIAL = re.compile(letters(r"(?:[A-Z]\.){2,4}|[A-Z]\.?"))  # "M", "M.", "M.E.J."


def _split_outside_brackets(text: str, pattern: re.Pattern[str]) -> list[str]:
    parts, depth, start = [], 0, 0
    for m in re.finditer(rf"[()]|{pattern.pattern}", text, pattern.flags):
        if m[0] == "(":
            depth += 1
        elif m[0] == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            parts.append(text[start : m.start()])
            start = m.end()
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _is_title_word(tokens: list[str], k: int) -> bool:
    word = tokens[k].lower().rstrip(".")
    if word in _HONORIFICS:
        return True
    return (
        word in _RANKS
        and k + 1 < len(tokens)
        and tokens[k + 1].lower().rstrip(".")
        in ("cllr", "councillor", "councilor", "mayor", "lord", "provost")
    )


def _titled_name(tokens: list[str]) -> tuple[str, str] | None:
    """'Mr D L Nicholson Deputy Parish Clerk' -> ('Mr D L Nicholson', 'Deputy Parish Clerk'):
    titles, then initials and one surname, or up to three names; the rest is the role."""
    k = 0
    while k < len(tokens) and _is_title_word(tokens, k):
        k += 1
    if k == 0 or k == len(tokens):
        return None
    j = k
    while j < len(tokens) and _INITIAL.fullmatch(tokens[j]):
        j += 1
    limit = j + 1 if j > k else k + 3
    if k < j < len(tokens) and re.fullmatch(letters(r"[A-Z][a-z][\w'\u2019-]*"), tokens[j]):
        # "Mrs P Head": after a title and initials the next word is the surname, even one that
        # is also a post's word.
        j += 1
        if (
            j < len(tokens)
            and re.fullmatch(letters(r"[A-Z][a-z][\w'\u2019-]*"), tokens[j])
            and not is_role(tokens[j])
            and (j + 1 == len(tokens) or tokens[j + 1].startswith("("))
        ):
            # "Mr J Alun Foulkes (Clerk)": a name after the initial, then the surname, the
            # line's last word or one before a bracket, and no post's word.
            j += 1
    while (
        j < min(limit, len(tokens))
        and _is_name_token(tokens[j])
        and not (j > k and tokens[j].lower() in _POST_NOMINALS)
    ):
        j += 1
    while j < len(tokens) and tokens[j].lower() in _POST_NOMINALS and tokens[j].isupper():
        j += 1
    if j == k or (j > k and not any(_is_name_token(t) for t in tokens[k:j])):
        return None
    return " ".join(tokens[:j]), " ".join(tokens[j:]).strip(" ,-\u2013")


@functools.lru_cache(maxsize=4096)
def read_person(chunk: str) -> tuple[str, str] | None:
    """One person as a sentence or a list names them, with the role written beside the name:
    'Cllr Joe Orson Leader of Melton Borough Council', 'Chair - Cllr Etta Wright',
    'Clerk Janice Kemp', 'Jane Smith (Chair)'. None when the chunk names nobody."""
    chunk = _without_footnote(chunk.strip().rstrip(".;:").strip())
    if not chunk:
        return None
    left, colon, right = chunk.partition(": ")
    if colon and read_person(left):
        return left.strip(), right.strip()  # "Priti Patel MP: Home Secretary"
    m = _DASH.search(chunk)
    if m and chunk[: m.start()].count("(") == chunk[: m.start()].count(")"):
        left, right = chunk[: m.start()], chunk[m.end() :]
        if (person := _titled_name(right.split())) and not person[1]:
            return person[0], left
        if _is_name(left.split()) or _titled_name(left.split()):
            return (read_person(left) or (left, ""))[0], right
    bracket = _PARENTHESIS.fullmatch(chunk)
    if bracket and "(" not in bracket[1]:
        if person := read_person(bracket[1]):
            name, role = person
            return name, f"{role} ({bracket[2].strip()})".strip()
        return None
    tokens = chunk.split()
    if person := _titled_name(tokens):
        return person
    if _is_name(tokens):
        return chunk, ""
    if _RANK_SURNAME.fullmatch(chunk):
        return chunk, ""  # "Chief Inspector McGarry": a rank before a surname, as "Insp Roche"
    split = _split_role_name(chunk)
    role_words = split[0].split() if split else []
    if (
        split
        and {role_words[0].lower(), role_words[-1].lower()} & _ROLE_WORDS
        and not role_words[-1].islower()
    ):
        return split[1], split[0]
    if len(tokens) > 2 and tokens[2].lower() in _ROLE_WORDS and _is_name(tokens[:2]):
        # "Anne Taylor Head of Corporate Governance": a name, then a role's first word.
        return " ".join(tokens[:2]), " ".join(tokens[2:])
    if 2 < len(tokens) < 5 and _ROLE_ACRONYM.fullmatch(tokens[0]) and _is_name(tokens[1:]):
        return " ".join(tokens[1:]), tokens[0]  # "RFO Clive Baker": a role's initials first
    return None


_ROLE_ACRONYM = re.compile(r"[A-Z]{2,5}")
# A police or service rank written out before a surname alone, no first name or initial:
# "Chief Inspector McGarry", "Inspector Roche", "Detective Sergeant O'Neill"; so too with the
# initials before the surname, the rank as a title: "Chief Superintendent P MacRae".
_RANK_SURNAME = re.compile(
    r"(?:(?:Chief|Deputy|Assistant|Detective|Police)\s+)*"
    r"(?:Inspector|Superintendent|Sergeant|Constable|Commander)\s+"
    r"(?:[A-Z]\.?\s+){0,3}(?:Mc|Mac|O['\u2019])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
)


# The end of a sentence inside a list: "(leave). The meeting", never "Cllr. Beck".
_SENTENCE_BREAK = re.compile(
    letters(
        r"(?<![A-Za-z])(?!(?i:cllr|mr|mrs|dr|prof|rev|st|cty|supt)\.)[A-Za-z]*[a-z)]{2}\.\s+[A-Z][a-z]"
    )
)


def _split_at_titles(piece: str) -> list[str]:
    """['City Council', 'Cllr M Bright', 'Mayor Jo Hill'] for 'City Council Cllr M Bright Mayor
    Jo Hill': table cells run together, each person led by a title or by initials."""
    tokens, starts = piece.split(), [0]
    depth = 0  # inside brackets a title is a word of the role: "(via MS Teams)"
    for k in range(1, len(tokens)):
        depth += tokens[k - 1].count("(") - tokens[k - 1].count(")")
        if depth > 0:
            continue
        lead = tokens[starts[-1] : k]
        titled = (
            _is_title_word(tokens, k)
            and not _is_title_word(tokens, k - 1)
            and tokens[k - 1].lower()
            not in ("for", "of", "to", "by", "from", "with", "-", "\u2013")
            and _titled_name(tokens[k:])
        )
        # "Broxbourne Borough Council M J Walker", "Mayor of Watford A White".
        initials = (
            _INITIAL.fullmatch(tokens[k])
            and not _INITIAL.fullmatch(tokens[k - 1])
            and not _is_title_word(tokens, k - 1)
            and len(lead) >= 2
            and any(t.islower() or t.lower() in _ORGANISATION_WORDS for t in lead)
            and _titled_name(["Mr", *tokens[k:]])
        )
        bare_name = (person := _titled_name(lead)) is not None and not person[1]
        # "Chair Cllr. C Edwards": a role that leads the name, not a cell of its own.
        role_first = (
            starts[-1] == 0
            and lead[-1].lower() in _ROLE_WORDS
            and all(t.lower() in _ROLE_WORDS or t.lower() in _ROLE_QUALIFIERS for t in lead)
        )
        if (titled or initials) and not (bare_name or role_first):  # "Dr Aa Mx Bb" is one
            starts.append(k)
    return [" ".join(tokens[a:b]) for a, b in zip(starts, [*starts[1:], len(tokens)], strict=True)]


def _starts_a_person(piece: str, previous: tuple[str, str], parts: int) -> bool:
    """Whether a part after the first names someone new rather than going on with the role of
    the person before: a title or initials lead it ("Cllr Beck", "M J Walker"), a role word
    leads a name ("Clerk Janice Kemp"), or it is a bare name after a person with no role yet
    ("Peter Argyle, Eric Baird")."""
    tokens = piece.split()
    if _titled_name(tokens) or _PARENTHESIS.fullmatch(piece) or _DASH.search(piece):
        return True
    if _INITIAL.fullmatch(tokens[0]) and _is_name(tokens):
        return True
    if _INITIAL.fullmatch(tokens[0]) and (person := read_person(piece)) and is_role(person[1]):
        return _is_name(person[0].split())  # "..., S Unsworth, J. Carr Clerk": initials lead
    if tokens[0].lower() in _ROLE_WORDS:
        return True
    # Two could be a name and a role ("Pat Lee, Home Office"): a list of names has three.
    # A role in brackets is closed: "Sandra Forsythe (Chair), Ian Wall, Liz Walford".
    closed = previous[1].startswith("(") and previous[1].endswith(")")
    # After a body ("Denise Rossiter, Essex Chambers of Commerce, Peter Geraghty"), the body
    # is said: a name that is no body's starts the next person.
    after_body = reads_as_body(previous[1]) and not reads_as_body(piece)
    return _is_name(tokens) and (not previous[1] or closed or after_body) and parts >= 3


_GROUPS = re.compile(letters(r",?\s+and\s+from\s+(?=[A-Z])"))
# "PKC Clrs Barnacle": the body's initials before a plural title.
_GROUP_LABEL = re.compile(r"^[A-Z][A-Z&]{1,7}\s+(?=(?i:cclrs|clrs|cllrs|councillors)\b)")
_WITH_POSTS = re.compile(r"\s+with\s+the\s+(?P<posts>[A-Z][^,()]*)$")


# "the Rt Revd Tim Dakin", "the Hon Jane Doe": the article of a style of address, no part of a
# name in a list of people.
_STYLE_ARTICLE = re.compile(
    r"(?:(?<=^)|(?<=,\s)|(?<=\band\s))the\s+(?=(?:Rt|Right|Very|Most|Revd|Rev|Reverend|Ven|"
    r"Venerable|Hon|Honourable)\.?\s)",
    re.IGNORECASE,
)


# "Professor the Baroness Watkins", "Dr the Hon Jane Doe": the article of a style after a title.
_TITLE_THEN_ARTICLE = re.compile(
    r"\b(Professor|Prof|Dr|Sir|Dame)\.?\s+the\s+(?=(?:Baroness|Baron|Lord|Lady|Rt|Right|Hon"
    r"|Honourable|Revd|Rev|Reverend|Ven|Very)\.?\s)",
    re.IGNORECASE,
)


# A full stop between two names of a list: "..., Andrew Annette. James Bacon, ...".
_STOP_FOR_COMMA = re.compile(
    r"(?<=,\s)([A-Z][a-z]+\s+[A-Z][a-z]{2,})\.\s+(?=[A-Z][a-z]+\s+[A-Z][\w'\u2019-]+\s*,)"
)
# A full stop after a name or a post, before the next person's name.
_STOP_BETWEEN = re.compile(r"(?<=[a-z'\u2019])\.\s+(?=[A-Z])")


def _people_parted_by_stops(text: str) -> list[tuple[str, str]] | None:
    """ "Peter Glossop, Acting Chairperson. John Kirman, Treasurer. John Barr. Val' Watters":
    people parted by full stops, each a name with perhaps a post after a comma; three or more,
    each part read so. None for any other text (a sentence, a list parted by commas)."""
    parts = _STOP_BETWEEN.split(text)
    if len(parts) < 3:
        return None
    people = []
    for part in parts:
        name, comma, post = (p.strip() for p in part.partition(","))
        if not (_is_name(name.split()) and len(name.split()) <= 4):
            return None
        if comma and ("," in post or not is_role(post)):
            return None
        people.append((name, post))
    return people


# A comma between a name and its bracket: "Pat Costain, (Circuit Steward)".
_COMMA_BRACKET = re.compile(r"(?<=[a-z.])\s*,\s*\((?=[^()]+\))")


def read_people_sentence(text: str) -> list[tuple[str, str]] | None:
    """The people a sentence names: 'Cllr. P. Batty (Chairman), Cllr. Beck and Cllr. Yarwood.',
    'Councillors K. Evans (Ceredigion County Council) and W. Powell'. A part that names nobody
    goes on the role of the person before it ('Mrs A Brindley, Parish Clerk'); None when the
    sentence does not start with a person."""
    text = _STYLE_ARTICLE.sub("", names_in_capitals(text).strip().rstrip("."))
    if stopped := _people_parted_by_stops(text):
        return stopped
    text = _TITLE_THEN_ARTICLE.sub(r"\1 ", text)
    # "Mr John Binns, (Secretary), Pat Costain, (Circuit Steward), ...": a comma typed before
    # each person's bracket, which is theirs as it is without one.
    text = _COMMA_BRACKET.sub(" (", text)
    if text.count(",") >= 3:
        # "William Bagnall (Chair), Andrew Annette. James Bacon, Derry Caleb, ...": a full stop
        # typed for a comma between two names of a list.
        text = _STOP_FOR_COMMA.sub(r"\1, ", text)
    text = spread_plural_titles(text)  # "Mayor A, Cllrs B, C and D as well as E"
    if len(groups := _GROUPS.split(text)) > 1:
        # "CClrs A and B, and from PKC Clrs C and D": two groups of people, each read alone.
        read = [read_people_sentence(_GROUP_LABEL.sub("", g)) for g in groups]
        return None if None in read else [p for group in read for p in group or []]
    # "... and Yvon Jones with the Clerk and Finance Officer": officers named by post only.
    if (m := _WITH_POSTS.search(text)) and is_role(m["posts"]):
        text = text[: m.start()]
    text = _GROUP_AT_END.sub("", text)  # "... Ben McGowan and the Moat Team": a team, no one
    prefix = ""
    m = re.match(r"(\w+)\.?\s+", text)
    if m and m[1].lower() in _PLURALS:
        prefix, text = _PLURALS[m[1].lower()] + " ", text[m.end() :]
    people: list[tuple[str, str]] = []
    parts = _split_outside_brackets(text, re.compile(r"\s*[,;]\s*"))
    # "Rob Cowan, Simon Evry and Jo Fageant": three names, none of them a role.
    # The "and" is in the last part: "A and B, Silicon South" is two people and their body.
    split = [_split_outside_brackets(part, _AND) for part in parts]
    every = [_LEADING_PART.sub("", p) for pieces in split for p in pieces]
    all_names = (
        len(every) >= 3
        and all(len(pieces) == 1 for pieces in split[:-1])
        and all(looks_like_name(p) for p in every)
    )
    # "Councillors Elkins, Gammon, Mr O'Flynn and Mr Braby": the names with a title of their own
    # after the group's last untitled name are others (officers after the members), while those
    # of "Councillors Mrs Birch, Ms Ellis and A.D. Hampton" are all the group's.
    plain = [k for k, p in enumerate(every) if not (p.split() and _is_title_word(p.split(), 0))]
    others = every[plain[-1] + 1 :] if plain else []
    for part in parts:
        pieces = [_LEADING_PART.sub("", p) for p in _split_outside_brackets(part, _AND)]
        # "Cllr A and Cllr B", "Clerk Janice Kemp and 5 members of the public"; never "Health
        # and Community Care", which is two words that could be a name.
        titled = all(
            _titled_name(p.split()) or PUBLIC.fullmatch(p) or (read_person(p) or ("", ""))[1]
            for p in pieces
        )
        # "..., Tim Maunders and Yvon Jones": the last two names of a list of names.
        # "... Nicholas Long and Cecile Wright (members) and David Riddle (Deputy Clerk)": a
        # note or a post in brackets after a name does not make it a role.
        names = (len(parts) > 2 or all_names) and all(
            looks_like_name(_BRACKET_AFTER.sub("", p)) for p in pieces
        )
        bare = [p if prefix else _BRACKET_AFTER.sub("", p) for p in pieces]
        if len(parts) == len(pieces) - 1 == 1 and all(looks_like_name(p) for p in bare):
            # "Jennifer Craw and Derek Provan": two names and nothing else, no role between;
            # "Clare Connor and David Brooker (DCMS)": a bracket after either is theirs.
            people += [read_person(p) or (p, "") for p in pieces]
            continue
        if len(pieces) > 1 and not (prefix or titled or names):
            pieces = [part]  # "Fire and Rescue Services" is one role
        # "..., with Professor D Houlihan, ...": the officers attending, listed after members.
        runs, joined = [], set()
        for j, piece in enumerate(pieces):
            if j and titled:
                joined.add(len(runs))  # "... and Committee Member Paul Horrocks": after "and"
            runs += _split_at_titles(_LEADING_PART.sub("", piece))
        for k, piece in enumerate(runs):
            if k < len(runs) - 1:
                # "Finance Officer and R Monje Esq.": the "and" joins the next person to the list.
                piece = re.sub(r"\s+(?:and|&)$", "", piece)
            if PUBLIC.fullmatch(piece):
                continue
            office = _office(piece)
            if office and (not people or _OFFICE.fullmatch(people[-1][0])):
                people.append(office)  # "Rector (In the Chair), Principal, Mr A Smith"
                continue
            if _SENTENCE_BREAK.search(piece):
                return None  # "... (leave). The meeting accepted these": prose, not a list
            # "Councillors Johnson, ... and Ward Councillor Ransome", "Councillors Elkins, Gammon
            # and Mr Braby": a title of its own, not the group's.
            own_title = bool(prefix) and bool(
                re.search(r"\b(?:Councillor|Cllr)\b", piece)
                or (
                    bool(tokens := piece.split())
                    and _is_title_word(tokens, 0)
                    and any(piece in other for other in others)
                )
            )
            if prefix and (posted := _post_then_name(piece)):
                people.append(posted)  # "Cllrs A, B & Town Clerk Natalie Haines": no Cllr
                continue
            person = read_person(piece if own_title else prefix + piece)
            if (
                person
                and people
                and not prefix
                and not all_names
                and not _starts_a_person(piece, people[-1], len(parts))
                # "Dame Beverley Hughes and Committee Member Paul Horrocks": a post and a name
                # joined by "and" to a titled name is another person, not the first one's post.
                and not (
                    k in joined
                    and person[1]
                    and piece.startswith(person[1])
                    and looks_like_name(person[0])
                )
            ):
                person = None  # "Dr A Bhatia, Clinical Chair, Public Health Wales": a role
            if person:
                people.append(person)
            elif people and piece[:1].isupper():
                name, role = people[-1]
                if role and len(runs) == 1 and re.match(r"and\s", part, re.IGNORECASE):
                    piece = f"and {piece}"  # "Head of Finance, Performance, and Asset Management"
                people[-1] = (name, f"{role}, {piece}" if role else piece)
            else:
                return None
    return people or None


# A full stop after a word, not a title's ("Mrs.", "Cyng.", "St."), before a capitalised word.
FULL_STOP = re.compile(
    r"\b(?!(?:Mrs?|Ms|Dr|Prof|Revd?|Cllrs?|Cyng|St|Jr|Snr|Sr|Capt|Col|Lt|Sgt|Supt|Insp|Hon|Rt|Esq"
    r"|Co|Ltd)\.)([A-Za-z][a-z]+)\.\s+(?=[A-Z][a-z])"
)


def at_full_stop(part: str) -> list[str]:
    """ "Graham Day. Charles Everett" in a list parted by semicolons: two names, a full stop
    typed in place of the separator."""
    m = FULL_STOP.search(part)
    if m and looks_like_name(one := part[: m.end(1)]) and looks_like_name(two := part[m.end() :]):
        return [one, two]
    return [part]


def _post_then_name(piece: str) -> tuple[str, str] | None:
    """(name, post) for an officer named after their post at the end of a list of members
    ("Town Clerk Natalie Haines"); None for anything else."""
    words = piece.split()
    for k in range(len(words) - 2, 0, -1):
        post, name = " ".join(words[:k]), " ".join(words[k:])
        if is_role(post) and looks_like_name(name) and not is_role(words[k]):
            return name, post
    return None


_BRACKET_AFTER = re.compile(r"\s*\([^()]{1,40}\)$")
# What leads a person in a list: "and", "with", "(in part)" as in "and (In Part) Cllr Braat".
_LEADING_PART = re.compile(r"^(?:(?:and|with)\s+)?(?:\((?:in\s+)?part\)\s*)?", re.IGNORECASE)
# Someone named by their office alone at the head of a list, as university courts write it.
_OFFICE = re.compile(
    r"(?:Vice[- ])?(?:Chair|Chairman|Convener|Convenor|Rector|Principal|Chancellor|Provost"
    r"|Vice-Principal|President|Mayor|Lord Mayor|Lord Provost|Sheriff)"
)


def _office(piece: str) -> tuple[str, str] | None:
    """('Rector', 'Chair') for 'Rector (In the Chair)', ('Principal', '') for 'Principal'."""
    m = _PARENTHESIS.fullmatch(piece)
    office, note = (m[1], m[2]) if m else (piece, "")
    if not _OFFICE.fullmatch(office.strip()):
        return None
    in_chair = re.fullmatch(r"in\s+the\s+chair", note.strip(), re.IGNORECASE)
    return office.strip(), "Chair" if in_chair else note.strip()


def split_name_pairs(text: str) -> list[str] | None:
    """'Duncan Bryden Stuart Black Basil Dunlop': a two-column table of bare names that a PDF
    ran into one line, read two words to a name; None unless every word is a name's word."""
    tokens = text.split()
    if len(tokens) < 4 or "," in text:
        return None
    if any(t.lower().rstrip(".") in _HONORIFICS for t in tokens):
        return _titled_pairs(tokens)
    if len(tokens) % 2:
        return None
    if not all(_is_name_token(t) and len(t) > 1 for t in tokens):
        return None
    if any(t.lower() in _ORGANISATION_WORDS | _HONORIFICS for t in tokens):
        return None
    return [" ".join(tokens[k : k + 2]) for k in range(0, len(tokens), 2)]


def split_name_pairs_with_posts(text: str) -> list[tuple[str, str]] | None:
    """[('Rennie Fritchie', 'Chair'), ('Joan Tranter', ''), ...] for 'Rennie Fritchie (Chair)
    Joan Tranter Julie Garnham': the same table of bare names, a post in brackets after one;
    three people at least, every bracket a post, None otherwise."""
    parts = re.split(r"\s*\(([^()]+)\)\s*", text.strip())
    if len(parts) < 3 or parts[0] == "":
        return None
    people: list[tuple[str, str]] = []
    for k in range(0, len(parts), 2):
        tokens = parts[k].split()
        if not tokens and k == len(parts) - 1:
            break
        if len(tokens) < 2 or len(tokens) % 2 or "," in parts[k]:
            return None
        names = split_name_pairs(parts[k]) if len(tokens) > 2 else None
        names = names or ([parts[k].strip()] if len(tokens) == 2 else [])
        if not names or not all(
            _is_name_token(t) and len(t) > 1 and t.lower() not in _ORGANISATION_WORDS
            for t in tokens
        ):
            return None
        people += [(name, "") for name in names]
        if k + 1 < len(parts):
            if not names_a_post(parts[k + 1]):
                return None
            people[-1] = (people[-1][0], parts[k + 1].strip())
    return people if len(people) >= 3 else None


def _titled_pairs(tokens: list[str]) -> list[str] | None:
    """'Professor Richard Butt Sarah Phillips', 'Dr Maria Lee Dr Andrew Scott': the same
    table with titles, each name its titles then a first name and a surname."""
    names: list[str] = []
    k = 0
    while k < len(tokens):
        start = k
        while k < len(tokens) and tokens[k].lower().rstrip(".") in _HONORIFICS:
            k += 1
        pair = tokens[k : k + 2]
        if len(pair) < 2 or not all(_is_name_token(t) and len(t) > 2 for t in pair):
            return None
        if any(t.lower() in _ORGANISATION_WORDS | _HONORIFICS for t in pair):
            return None
        k += 2
        names.append(" ".join(tokens[start:k]))
    return names if len(names) > 1 else None


# "Arlene MITCHELL": a Scottish council's way, the surname in capitals.
_CAPS_SURNAME_NAME = re.compile(letters(r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s(?:Mc|Mac)?[A-Z]{2,}\b"))


def split_caps_surnames(text: str) -> list[tuple[str, str]] | None:
    """[('Arlene MITCHELL', 'Localities Manager'), ('Chrsitine JONES', 'Partnership')] for
    rows that a PDF ran into one line, each name written with its surname in capitals; None
    unless at least two are."""
    spans = []
    for m in _CAPS_SURNAME_NAME.finditer(text):
        first = m[0].split()[0]
        # "Localities Manager Chrsitine JONES": the role's last word is not a first name.
        start = m.start() + len(first) + 1 if first.lower() in _ROLE_WORDS else m.start()
        spans.append((start, m.end()))
    if len(spans) < 2 or "," in text or spans[0][0] != 0:
        return None
    ends = [start for start, _ in spans[1:]] + [len(text)]
    return [
        (text[start:end_name], text[end_name:end].strip())
        for (start, end_name), end in zip(spans, ends, strict=True)
    ]


# --- Names with initials, run together ------------------------------------------------------------

_POST_BRACKET = re.compile(
    r"\((?:Chair|Chairman|Chairperson|Vice[- ]Chair|Secretariat|Secretary|Clerk|Treasurer)\)"
)
_NAME_TOKEN = re.compile(
    letters(r"[A-Z][a-z\u00e0-\u00ff]+(?:[-'\u2019][A-Z][a-z\u00e0-\u00ff]+)*")
)
# "(JD)", "(SMacK)", "(MMcD)": a person's initials in brackets, a Mc or Mac surname's with its c.
_INITIALS_BRACKET = re.compile(
    letters(r"\(([A-Z]{2,4}|[A-Z]{2,3}[a-z]{1,2}|[A-Z]{1,2}Ma?c[A-Z]{1,2})\)")
)


def _token_initials(token: str) -> str:
    """'Stewart-Winters' -> 'SW', "O'Connor" -> 'OC', 'Jane' -> 'J'."""
    return "".join(p[0] for p in re.split(r"[-'\u2019]", token) if p and p[0].isupper())


def _body_spelt(tokens: list[str]) -> bool:
    """Whether words a bracket's initials spell are a body's name, not a person's: a body's
    word among them ("Police Liaison Unit"), or an acronym before words ("YOT Managers")."""
    return any(t.lower() in _ORGANISATION_WORDS | BODY_WORDS for t in tokens) or (
        len(tokens) > 1
        and _ROLE_ACRONYM.fullmatch(tokens[0]) is not None
        and not all(t.isupper() for t in tokens)
    )


def _name_at(tokens: list[str], initials: str) -> tuple[int, int] | None:
    """Where in tokens a name spelling the initials stands (with the titles before it): first
    the name just before the bracket, a hyphenated first name given by its first letter
    ("Jean-Francois Dulong (JD)") or both ("Anne-Marie Moon (AMM)", "(AM)")."""
    wanted = initials.upper()
    for start in range(len(tokens) - 1, max(len(tokens) - 4, 0) - 1, -1):
        spellings = {""}
        for token in tokens[start:]:
            whole = _token_initials(token)
            # "Sandra McLeod (SML)": a surname's inner capital initialled too.
            inner = "".join(c for c in token if c.isupper())
            spellings = {s + t for s in spellings for t in {whole, whole[:1], inner}}
        if wanted in spellings and tokens[start][:1].isupper():
            while start > 0 and _is_title_word(tokens, start - 1):
                start -= 1
            return start, len(tokens)
    for start in range(len(tokens) - 1, -1, -1):
        spelt = ""
        for end in range(start, min(start + 4, len(tokens))):
            spelt += _token_initials(tokens[end])
            if spelt == wanted:
                while start > 0 and _is_title_word(tokens, start - 1):
                    start -= 1
                return start, end + 1
            if not wanted.startswith(spelt):
                break
    return None


# What stands between two people of a written list: ", ", " and ", a closing full stop.
_SEPARATOR_ONLY = re.compile(r"[\s,;.]*(?:(?:and|&)[\s,;.]*)?", re.IGNORECASE)


# A list's item between its commas: ", Azad Nowab,".
_LISTED_NAME = re.compile(r",\s*(?P<name>[^,()]+?)\s*,")


def _unseparated(words: str) -> str:
    """ "" for the list's own punctuation between two people ("Jane Doe (JD), Alan Roe (AR) and
    Ruth Green (RG)."), which is no role or body of either; other words as they are."""
    return "" if _SEPARATOR_ONLY.fullmatch(words) else words


# "Glyn Plant of HMCTS": a person and the body they come from, after "of" or "from".
_OF_BODY = re.compile(
    r"(?P<name>.+?)\s+(?:of|from)\s+"
    # "Comhairle nan Eilean Siar": a body's name may hold a small word between its capitals;
    # "the Highland Council" keeps its article, as the body's heading would.
    # "the University of Reading": 'of' between two of its capitals.
    r"(?P<body>(?:the\s+)?[A-Z][\w&'\u2019.-]*"
    r"(?:\s+(?:[A-Z&][\w&'\u2019.-]*|nan|na|an|y|of(?:\s+the)?(?=\s+[A-Z]))){0,5})"
)


def people_of_bodies(text: str) -> list[tuple[str, str]] | None:
    """(name, body) for a list of two or more people each written with the body they come from:
    'Glyn Plant of HMCTS, Elaine Annable of LAA and Emma Heath-Tilford of CPS'. None unless every
    piece of the list is a name, 'of' or 'from', and a body's capitals. 'Mr A and Mr B of
    the Highland Council, Mr C of Orkney Islands Council': names joined by 'and' before a body
    are all of it."""
    people: list[tuple[str, str]] = []
    count = 0
    for chunk in re.split(r"\s*,\s*", text.strip().rstrip(".")):
        # "..., Jeff Woodhouse of TVAA, and Philip Simpkin of WDC": a comma before the last 'and'.
        chunk = re.sub(r"^(?:and|&)\s+", "", chunk)
        waiting: list[str] = []  # the names before the chunk's body, which is theirs too
        for piece in (p for p in re.split(r"\s+and\s+|\s*&\s*", chunk) if p):
            count += 1
            m = _OF_BODY.fullmatch(piece)
            person = read_person(m["name"] if m else piece)
            if not person or person[1] or not looks_like_name(person[0]):
                return None
            if m is None:
                waiting.append(person[0])
                continue
            people += [(name, m["body"]) for name in waiting] + [(person[0], m["body"])]
            waiting = []
        if waiting:
            return None
    return people if count >= 2 else None


def person_of_body(text: str) -> tuple[str, str, str] | None:
    """(name, post, body) for one person written with the body they come from: 'Inspector Katie
    Andrews of Derbyshire Constabulary'."""
    m = _OF_BODY.fullmatch(text.strip().rstrip("."))
    person = read_person(m["name"]) if m else None
    if not (m and person) or not looks_like_name(person[0]):
        return None
    return person[0], person[1], m["body"]


def split_initialled_run(text: str) -> list[tuple[str, str, str]] | None:
    """(name, initials, role) for a table whose cells ran together: 'Dame Shirley Pearce (SP)
    (Chair) Ann Barnes (AB) Rob Beckley (RB) College COO'. A name is found by its initials;
    what comes between one person and the next is the first one's role. None unless at least
    two people are written so."""
    text = _COUNTED.sub("", text)  # "... and Nik Wood (NW) and twenty residents"
    marks = list(_INITIALS_BRACKET.finditer(text))
    if len(marks) < 2 and not (marks and _POST_BRACKET.search(text)):
        return None
    # "Martin Buckle (Chair) Flood & Coastal Erosion Committee James Morris (JM) ...": a post in
    # brackets after a name marks a person too, where others have their initials.
    marks = sorted(marks + list(_POST_BRACKET.finditer(text)), key=lambda m: m.start())
    people: list[tuple[str, str, str]] = []
    position = 0
    for mark in marks:
        tokens = text[position : mark.start()].split()
        if mark.re is _POST_BRACKET:
            two = tokens[-2:]
            if len(two) < 2 or not all(_NAME_TOKEN.fullmatch(t) and not is_role(t) for t in two):
                continue
            found: tuple[int, int] | None = (len(tokens) - 2, len(tokens))
        else:
            found = _name_at(tokens, mark[1])
            if found and _body_spelt(tokens[found[0] : found[1]]):
                found = None  # "YOT Managers Cymru (YMC)": a body's initials after its name
        if found is None:
            continue  # "Director of HR (MPS)": an organisation's short name, part of the role
        start, end = found
        between = _unseparated(" ".join(tokens[:start]))
        if (
            people
            and (listed := _LISTED_NAME.fullmatch(between))
            and looks_like_name(listed["name"])
            and not (is_role(listed["name"]) or is_organisation(listed["name"]))
        ):
            # "Omar Hassan (OH), Azad Nowab, Aftab Rahim (AR)": a name set apart by the list's
            # commas, with no initials of its own, is one more person, not the first one's body.
            people.append((listed["name"], "", ""))
            between = ""
        if people:
            name, initials, role = people[-1]
            people[-1] = (name, initials, " ".join(filter(None, [role, between])))
        elif between:
            return None  # words before the first name: not such a run
        if mark.re is _POST_BRACKET:
            # The post, in brackets, before what follows it (the person's body, perhaps).
            people.append((" ".join(tokens[start:end]), "", mark[0]))
        else:
            people.append((" ".join(tokens[start:end]), mark[1], " ".join(tokens[end:])))
        position = mark.end()
    if len(people) < 2:
        return None
    name, initials, role = people[-1]
    rest = _unseparated(text[position:].strip())
    head, comma, after = rest.partition(", ")
    words = head.split()
    if (
        comma
        and len(words) > 2
        and all(_NAME_TOKEN.fullmatch(w) and not is_role(w) for w in words[-2:])
    ):
        # "... (Secretariat) Welsh Government Lisa Goodier, Senior Project Manager": one more
        # person, written "Name, Post", after the last one's body.
        people[-1] = (name, initials, " ".join(filter(None, [role, *words[:-2]])))
        people.append((" ".join(words[-2:]), "", after))
    else:
        people[-1] = (name, initials, " ".join(filter(None, [role, rest])))
    # "Joannie Andrews (JA) Chair, Mike Lordan (ML) ...": the list's comma is not the post's.
    return [(name, initials, role.strip(" ,;")) for name, initials, role in people]


# --- Names run together without commas --------------------------------------------------------

# "T. Ashton", "R.F. Leggott", "Mrs C.Rylott", "Mr Barker (Ch)", "Mr I Backhouse": a title or
# initials, a surname, and perhaps a role in brackets.
# A surname as Irish and Scottish names write it: "McEldowney", "Ní Shiadhail", "O'Neill".
_SURNAME = (
    r"(?!(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Bailie)\b)"
    r"(?:(?:N[ií]|Nic|[OÓ]|U[ií]|Mac|Van|Von|De|Du|Le|La)\s+)?(?:Mc|Mac|O['\u2019])?"
    r"[A-Z][a-z\u00e0-\u00ff]+(?:[-'\u2019][A-Z][a-z\u00e0-\u00ff]+)*"
)
# Led by a title ("Councillor David Cheape", "Mrs Anne-Marie Campbell", "Mrs C Elattar") or by
# initials alone ("P J Bateson").
_BARE_PERSON = (
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Bailie)\.?\s+(?:[A-Z]\.?\s*(?=[A-Z]))*"
    rf"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?={_SURNAME}))?"
    r"|(?:[A-Z]\.\s*|[A-Z]\s+)+)"
    rf"{_SURNAME}(?:\s*\([^()]{{1,40}}\))?"
)
# Two people run together are enough where each is led by a title or initials.
_BARE_RUN = re.compile(rf"{_BARE_PERSON}(?:\s+{_BARE_PERSON})+")
_BARE_ONE = re.compile(_BARE_PERSON)


def split_bare_names(text: str) -> list[tuple[str, str]] | None:
    """[("T. Ashton", ""), ("P. Richardson", "Vice-Chairman"), ...] for "T. Ashton P. Richardson
    (Vice-Chairman) R Austin": three or more people, each led by a title or initials, with no
    commas between them (a list under "Messrs:" or a table's cells run together)."""
    text = text.strip()
    if "," in text or not _BARE_RUN.fullmatch(text):
        return None
    people = []
    for m in _BARE_ONE.finditer(text):
        name, _, role = m[0].partition("(")
        people.append((name.strip(), role.rstrip(") ").strip()))
    return people


def split_name_body_run(text: str) -> list[tuple[str, str, str]] | None:
    """[("Lyall Cairns", "", "Eastern Solent Coastal Partnership"), ("Dr Samantha Cope", ...)]
    for "Lyall Cairns, Eastern Solent Coastal Partnership Dr Samantha Cope, Environment Agency
    Nick Gray, Crown Estate": a table's "Name | Body" rows run into one line, each body running
    into the next name. Each name is its last two words (with a title before them); what is
    before it is the body (or the post) of the person before. None unless every part reads so."""
    chunks = [c.strip() for c in text.strip().rstrip(".").split(", ")]
    if len(chunks) < 3 or not looks_like_name(chunks[0]) or re.search(r"[;:()]", text):
        return None
    names, bodies = [chunks[0]], []
    for chunk in chunks[1:-1]:
        tokens = chunk.split()
        k = len(tokens) - 2
        if k > 0 and tokens[k - 1].rstrip(".").lower() in _HONORIFICS:
            k -= 1
        name = " ".join(tokens[k:])
        if k < 1 or not looks_like_name(name) or not all(t[:1].isupper() for t in tokens):
            return None
        bodies.append(" ".join(tokens[:k]))
        names.append(name)
    last = chunks[-1]
    if not all(t[:1].isupper() or t in ("and", "of", "&") for t in last.split()):
        return None
    bodies.append(last)
    people = []
    for name, body in zip(names, bodies, strict=True):
        post = is_role(body) and not is_organisation(body)
        people.append((name, body if post else "", "" if post else body))
    return people
