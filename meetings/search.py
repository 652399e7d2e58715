"""Search across the records and actions a user may read: the query, on either database.

Everything starts from the scoping layer: paragraphs and section titles of `meetings_for(user)`
(restricted ones only on boards where the user `sees_restricted`), and `actions_for(user)`.
Paragraphs, section titles and actions are ranked together in one query (a UNION of ids and
ranks), so a page of results costs a constant number of queries whatever it holds.

On PostgreSQL this is full-text search with the English configuration (websearch syntax,
`ts_rank`, `ts_headline`), using the GIN index of migration 0007. SQLite has no full-text
search in Django, so there every term but the stop words must be contained (case-insensitively)
and the rank is the number of occurrences, the whole phrase counting most.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.db.models import Case, Exists, F, FloatField, OuterRef, Q, QuerySet, Value, When
from django.db.models.functions import Cast, Length, Lower, Replace
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from meetings.action_scoping import actions_for
from meetings.models import Action, Paragraph, Section
from meetings.scoping import is_administrator, meetings_for, reader_board_ids

CONFIG = "english"
SNIPPET_CHARS = 240
# ts_headline marks matches with these; they cannot be typed into a paragraph usefully, and
# are swapped for <mark> only after the rest of the snippet has been escaped.
_START, _STOP = "\ue000", "\ue001"
# ts_headline drops anything that looks like an HTML tag; angle brackets go in disguised so
# that the snippet keeps the paragraph's text as written (and is then escaped).
_LT, _GT = "\ue002", "\ue003"
PHRASE_WEIGHT = 10


@dataclass(frozen=True)
class Hit:
    kind: str  # "paragraph", "action" or "section" (its title found)
    paragraph: Paragraph | None
    action: Action | None
    snippet: SafeString
    section: Section | None = None

    @property
    def meeting(self) -> Any:
        section = self.section or (self.paragraph.section if self.paragraph else None)
        return section.meeting if section else None


def is_postgresql() -> bool:
    return connection.vendor == "postgresql"


# PostgreSQL's English stop words (tsearch_data/english.stop): its full-text search leaves
# them out of a query, so the SQLite fallback and the highlighting do too. "stop and search"
# looks for "stop" and "search", and marks every "and" in a snippet no more.
_STOP_WORDS = """i me my myself we our ours ourselves you your yours yourself yourselves he him his
    himself she her hers herself it its itself they them their theirs themselves what which
    who whom this that these those am is are was were be been being have has had having do
    does did doing a an the and but if or because as until while of at by for with about
    against between into through during before after above below to from up down in out on
    off over under again further then once here there when where why how all any both each
    few more most other some such no nor not only own same so than too very s t can will
    just don should now"""
STOP_WORDS = frozenset(_STOP_WORDS.split())


def words_of(query: str) -> list[str]:
    """Every word of a query, in order, lower case."""
    return [word for word in re.split(r"[\s\"]+", query.lower()) if word]


def terms_of(query: str) -> list[str]:
    """The words of a query that are searched for and marked: all but the stop words."""
    return [word for word in words_of(query) if word not in STOP_WORDS]


# Words a query may put before a reference: "Minute 41/17", "item 5(a)", "para. 236.1".
_CITING = frozenset({"minute", "minutes", "min", "item", "paragraph", "para", "no", "number"})
# A written reference found outranks any match in the text; its own paragraph first.
REFERENCE_WEIGHT = 1000


def references_in(query: str) -> set[str]:
    """The references as written that a query may cite, lower case: the query as typed
    ("min 12" is one), and the rest after a citing word ("41/17" in "Minute 41/17")."""
    words = query.lower().split()
    if not words:
        return set()
    cited = {" ".join(words)}
    if len(words) > 1 and words[0].rstrip(".:") in _CITING:
        cited.add(" ".join(words[1:]))
    return cited


def _citing(query: str) -> tuple[Q, Any]:
    """Paragraphs whose reference, or whose section's, is one the query cites (as imported
    minutes wrote it: `Paragraph.label`, `Section.label`), and the rank that adds."""
    cited = references_in(query)
    if not cited:
        return Q(pk__in=[]), Value(0)
    own, section = Q(pk__in=[]), Q(pk__in=[])
    for ref in cited:
        own |= Q(label__iexact=ref)
        section |= Q(section__label__iexact=ref)
    rank = Case(
        When(own, then=Value(REFERENCE_WEIGHT * 2)),
        When(section, then=Value(REFERENCE_WEIGHT)),
        default=Value(0),
    )
    return own | section, rank


def paragraphs_for(user: Any) -> QuerySet[Paragraph]:
    """The paragraphs the user may read: restricted ones only for the board's readers."""
    paragraphs = Paragraph.objects.filter(section__meeting__in=meetings_for(user))
    if is_administrator(user):
        return paragraphs
    return paragraphs.filter(
        Q(restricted=False, section__restricted=False)
        | Q(section__meeting__board_id__in=reader_board_ids(user))
    )


def sections_for(user: Any) -> QuerySet[Section]:
    """The sections whose titles the user may read: a restricted one only for the board's
    readers (its title is withheld from the public as its text is)."""
    sections = Section.objects.filter(meeting__in=meetings_for(user))
    if is_administrator(user):
        return sections
    return sections.filter(Q(restricted=False) | Q(meeting__board_id__in=reader_board_ids(user)))


def _occurrences(field: str, needle: str) -> Any:
    lowered = Lower(field)
    return (Length(lowered) - Length(Replace(lowered, Value(needle), Value("")))) / len(needle)


def _rows(queryset: QuerySet, kind: str, date: str, rank: Any) -> QuerySet:
    return queryset.values(
        "pk", kind=Value(kind), rank=Cast(rank, FloatField()), day=F(date)
    ).order_by()


def _ranked(
    queryset: QuerySet,
    query: str,
    kind: str,
    date: str,
    *,
    cites: bool = False,
    field: str = "text",
) -> list[QuerySet]:
    """`queryset` narrowed to the matches, as rows of pk, kind, rank and day (one or two
    querysets to unite); with `cites` (paragraphs), a reference as written that the query
    cites matches too."""
    cites = cites and bool(references_in(query))
    citing, cited_rank = _citing(query) if cites else (Q(pk__in=[]), Value(0))
    if is_postgresql():
        from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

        search = SearchQuery(query, config=CONFIG, search_type="websearch")
        vector = SearchVector(field, config=CONFIG)
        matched = queryset.annotate(document=vector)
        rank: Any = SearchRank(vector, search) + cited_rank
        # The text's matches apart from the references', so that they are read through the
        # GIN index (an OR with the references made PostgreSQL parse every row's text).
        if not cites:
            return [_rows(matched.filter(document=search), kind, date, rank)]
        return [
            _rows(matched.filter(document=search).exclude(citing), kind, date, rank),
            _rows(matched.filter(citing), kind, date, rank),
        ]
    terms = terms_of(query)
    # Stop words alone match nothing, as on PostgreSQL.
    matches = Q(pk__in=[]) if not terms else Q()
    for term in terms:
        matches &= Q(**{f"{field}__icontains": term})
    rank = cited_rank
    for term in terms:
        rank = rank + _occurrences(field, term)
    # The phrase as typed, stop words and all: "stop and search" counts most as written.
    phrase = " ".join(words_of(query))
    if len(terms) > 1:
        rank = rank + _occurrences(field, phrase) * PHRASE_WEIGHT
    return [_rows(queryset.filter(matches | citing), kind, date, rank)]


def search_hits(user: Any, query: str) -> QuerySet:
    """Matching rows (pk, kind, rank, day), best first (then latest), to page through."""
    first, *rest = [
        *_ranked(paragraphs_for(user), query, "paragraph", "section__meeting__date", cites=True),
        *_ranked(actions_for(user), query, "action", "paragraph__section__meeting__date"),
        # A section's title ("Pharmaceutical Needs Assessment"), which its paragraphs may
        # never repeat: through its own GIN index (migration 0022) on PostgreSQL.
        *_ranked(sections_for(user), query, "section", "meeting__date", field="title"),
    ]
    return first.union(*rest, all=True).order_by("-rank", "-day", "kind", "pk")


def highlight(text: str, query: str) -> SafeString:
    """A snippet of `text` around the first match, every term marked, everything escaped."""
    terms = terms_of(query)
    if not terms:
        return escape(text[:SNIPPET_CHARS])
    # Marked where a word begins with a term: "search" in "searches", not in "research".
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(term) for term in terms) + ")", re.IGNORECASE
    )
    first = pattern.search(text)
    start = 0 if first is None else max(0, first.start() - SNIPPET_CHARS // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first.start() else start  # type: ignore[union-attr]
    window = text[start : start + SNIPPET_CHARS]
    parts, last = [], 0
    for match in pattern.finditer(window):
        parts += [escape(window[last : match.start()]), f"<mark>{escape(match.group())}</mark>"]
        last = match.end()
    parts.append(escape(window[last:]))
    prefix = "… " if start else ""
    suffix = " …" if start + SNIPPET_CHARS < len(text) else ""
    return mark_safe(prefix + "".join(parts) + suffix)  # noqa: S308 - every piece escaped


def _marked(headline: str) -> SafeString:
    """ts_headline's snippet with its own markers as <mark>, everything else escaped."""
    escaped = str(escape(headline.replace(_LT, "<").replace(_GT, ">")))
    return mark_safe(  # noqa: S308 - escaped above; only our markers become tags
        escaped.replace(_START, "<mark>").replace(_STOP, "</mark>")
    )


def hits_for(rows: list[dict[str, Any]], query: str, user: Any) -> list[Hit]:
    """The page's rows as results, in three queries whatever the page holds. An action found
    carries `record_readable`: whether `meetings_for(user)` lets the user open its record (an
    officer reads an action of a record not yet theirs, and is linked to the action only)."""
    paragraph_ids = [row["pk"] for row in rows if row["kind"] == "paragraph"]
    action_ids = [row["pk"] for row in rows if row["kind"] == "action"]
    section_ids = [row["pk"] for row in rows if row["kind"] == "section"]
    found_sections = (
        {
            section.pk: section
            for section in Section.objects.filter(pk__in=section_ids).select_related(
                "meeting__board"
            )
        }
        if section_ids
        else {}
    )
    paragraphs = Paragraph.objects.filter(pk__in=paragraph_ids).select_related(
        "section__meeting__board"
    )
    if is_postgresql() and paragraph_ids:
        from django.contrib.postgres.search import SearchHeadline, SearchQuery

        paragraphs = paragraphs.annotate(
            headline=SearchHeadline(
                Replace(Replace("text", Value("<"), Value(_LT)), Value(">"), Value(_GT)),
                SearchQuery(query, config=CONFIG, search_type="websearch"),
                config=CONFIG,
                start_sel=_START,
                stop_sel=_STOP,
                max_words=40,
                min_words=20,
            )
        )
    found_paragraphs = (
        {paragraph.pk: paragraph for paragraph in paragraphs} if paragraph_ids else {}
    )
    found_actions = (
        {
            action.pk: action
            for action in Action.objects.filter(pk__in=action_ids)
            .select_related("paragraph__section__meeting__board")
            .annotate(
                record_readable=Exists(
                    meetings_for(user).filter(pk=OuterRef("paragraph__section__meeting"))
                )
            )
        }
        if action_ids
        else {}
    )
    hits = []
    for row in rows:
        kind, pk = row["kind"], row["pk"]
        if kind == "paragraph" and pk in found_paragraphs:
            paragraph = found_paragraphs[pk]
            headline = getattr(paragraph, "headline", None)
            snippet = _marked(headline) if headline else highlight(paragraph.text, query)
            hits.append(Hit(kind, paragraph, None, snippet))
        elif kind == "action" and pk in found_actions:
            action = found_actions[pk]
            hits.append(Hit(kind, action.paragraph, action, highlight(action.text, query)))
        elif kind == "section" and pk in found_sections:
            section = found_sections[pk]
            hits.append(Hit(kind, None, None, highlight(section.title, query), section))
    return hits
