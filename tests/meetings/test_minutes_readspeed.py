"""The reader's shortcuts for speed (issue 15) give what the long way gives: a keyword test
before a pattern never turns away a text the pattern matches, lxml's find and the reader's
first_child find the same child, and a Word document's body read as plain lxml elements
reads into the same blocks as python-docx's own."""

from __future__ import annotations

import io
import re

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from hypothesis import given, settings
from hypothesis import strategies as st

from meetings.minutes import attendance, docx_reader, heading, restricted
from meetings.minutes.keywords import Keywords
from meetings.minutes.wordxml import first_child, w

# Letters that re.IGNORECASE matches to ASCII ones (dotted and dotless i, long s, Kelvin
# sign), letters whose lower case is longer, and what minutes hold besides plain words.
_ODD = "\u0130\u0131\u017f\u212a\u00df\u1e9e\u00a3\u2013\u00a0 \t.:"
_TEXTS = st.text(alphabet=st.sampled_from("aceiklnorstxpuzAEIKLNRSTX" + _ODD), max_size=40)


@settings(max_examples=400, deadline=None)
@given(
    text=_TEXTS, words=st.lists(st.sampled_from(["kits", "list", "sk", "exit", "is"]), min_size=1)
)
def test_keywords_answer_as_the_words_own_pattern_ignoring_case(
    text: str, words: list[str]
) -> None:
    keywords = Keywords(*words)
    expected = re.search("|".join(words), text, re.IGNORECASE) is not None
    assert keywords(text) is expected
    assert keywords(text) is expected  # and again, remembered


@pytest.mark.parametrize(
    "text",
    [
        "Exempt Information",
        "CONSIDERED IN PRIVATE",
        "Item 5 (Restricted)",
        "Not for publication",
        "\u017fchedule 12A",  # the long s, which re matches to "s"
        "Commercially sensitive",
        "Resolved to meet in closed session",
        "EXCLUSION OF THE PRESS AND PUBLIC",
    ],
)
def test_the_restricted_patterns_pass_their_keywords(text: str) -> None:
    assert restricted._SAYS.search(text) or restricted._EXCLUSION.search(text)
    assert (restricted._SAYS_WORDS(text) and restricted._SAYS.search(text)) or (
        restricted._EXCLUSION_WORDS(text) and restricted._EXCLUSION.search(text)
    )


@pytest.mark.parametrize(
    "text",
    ["Agenda", "Full Minutes", "Appendix B", "UNCONFIRMED", "Published 3 May 2021",
     "This document is available in large print", "Chairman's initials ....", "Date: ......",
     "www.example.org/x", "Council logo", "Signed (Chair)", "Minutes - final"],
)  # fmt: skip
def test_clutter_lines_pass_their_keywords(text: str) -> None:
    assert heading._CLUTTER.fullmatch(text.strip(" :"))
    assert heading.is_clutter(text)


@pytest.mark.parametrize(
    "text", ["Present:", "In attendance", "Apologies for absence", "Minute-taker:", "Staff"]
)
def test_attendance_headings_pass_their_keywords(text: str) -> None:
    assert attendance._KIND_KEYWORDS(text)
    assert attendance.read_kind_heading(text, ()) is not None


def test_first_child_finds_what_find_finds() -> None:
    paragraph = parse_xml(
        f"<w:p {nsdecls('w')}><!-- a note --><w:r><w:t>A</w:t></w:r><w:pPr/><w:pPr><w:b/>"
        "</w:pPr></w:p>"
    )
    for tag in ("pPr", "r", "t", "b"):
        assert first_child(paragraph, w(tag)) is paragraph.find(w(tag))
    assert first_child(paragraph, w("pPr")) is not None


def _document() -> bytes:
    document = docx.Document()
    document.add_heading("Minutes of the meeting held on 5 May 2021", level=1)
    document.add_paragraph("1. Accounts", style="List Number")
    document.add_paragraph("The schedule was approved.", style="List Number 2")
    table = document.add_table(rows=0, cols=3)
    for r in range(4):
        cells = "".join(
            f"<w:tc><w:p><w:r><w:t xml:space='preserve'> Payee {r}.{c} </w:t></w:r></w:p></w:tc>"
            for c in range(3)
        )
        table._tbl.append(parse_xml(f"<w:tr {nsdecls('w')}>{cells}</w:tr>"))
    document.add_paragraph("2. Close", style="Heading 2")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_documents_plain_body_reads_into_the_same_blocks_as_python_docxs() -> None:
    data = _document()
    blocks = docx_reader.read_docx(data)
    package = docx_reader._xml_only(data)
    document = docx.Document(io.BytesIO(package))
    styles = docx_reader.Styles(document.part.styles.element)
    own = list(
        docx_reader._blocks(
            document.element.body,
            styles,
            docx_reader.Numbering(docx_reader._numbering_root(document), styles),
        )
    )
    assert [b for b in blocks if b.kind != "furniture"] == own
    assert any(b.kind == "table" for b in own)


def _says_the_long_way(text: str) -> str:
    text = " ".join(text.split())
    if m := restricted._SAYS.search(text):
        return m[0]
    if m := restricted._PRIVATE_PART.match(text):
        return m[0]
    return ""


@pytest.mark.parametrize(
    "text",
    ["NOT\u00a0FOR\n  PUBLICATION", "Schedule\t12 A to the Act", "held in CLOSED\r\nSESSION",
     "Reserved \u2003 Business", "The schedule of payments was not approved.",
     "Exempt by virtue of Schedule 12A", "Item in private", "Part II", "not  for  press or public"],
)  # fmt: skip
def test_says_restricted_as_its_patterns_alone_whatever_the_white_space(text: str) -> None:
    assert restricted.says_restricted(text) == _says_the_long_way(text)


_WORDS = ["not", "for", "schedule", "12", "12a", "closed", "session", "reserved", "business",
          "Publication", "press", "or", "public", "\u017fession"]  # fmt: skip
_SPACES = [" ", "\n", "\u00a0", "  ", "\t "]


@settings(max_examples=300, deadline=None)
@given(pairs=st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SPACES)), max_size=8))
def test_says_restricted_as_its_patterns_alone_on_drawn_texts(pairs: list[tuple[str, str]]) -> None:
    text = "".join(word + space for word, space in pairs)
    assert restricted.says_restricted(text) == _says_the_long_way(text)
