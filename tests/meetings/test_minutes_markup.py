"""Markup in imported text, by one rule (meetings/minutes/markup.py) wherever the line goes: a
title, a paragraph, an attendee. Every tag is taken out, its text kept, and the line is listed
under "Lines to check" naming the tags (the outside tester: "<a href=javascript:...>click</a>"
became "click" in a paragraph, while "<script>" stayed, as text, in a section title, with no
line to check)."""

from __future__ import annotations

from meetings.minutes import parse_minutes
from meetings.minutes.markup import markup_in, markup_note, without_markup

HOSTILE = """\
<script>alert('t1')</script> Audit Panel <img src=x onerror=alert(1)>
Minutes of the meeting held on 3 March 2021
Present: <b onmouseover=alert(2)>Cllr Anna Evans</b>
1. <script>alert(4)</script>Apologies
1.1 None were received. <a href="javascript:alert(5)">click</a> {{ 7*7 }}
Action 1: <iframe src=javascript:alert(6)> MPS to act by 1 May 2021
2. Item <svg onload=alert(7)>Estates</svg>
2.1 Text &lt;b&gt;escaped&lt;/b&gt; and <to be confirmed>.
"""


def test_every_tag_is_taken_out_its_text_kept() -> None:
    # A script goes with what it holds (QA F13): code, not words (test_minutes_qafix.py).
    assert without_markup("1. <script>alert(4)</script>Apologies") == "1.  Apologies"
    assert without_markup('None. <a href="javascript:x">click</a>') == "None.  click"
    assert without_markup("<b onmouseover=alert(2)>Cllr Evil</b>") == "Cllr Evil"
    assert without_markup("Tom &amp; Jerry <br/>") == "Tom & Jerry"


def test_what_is_no_tag_is_kept_as_written() -> None:
    assert without_markup("<to be confirmed> & <Name>") == "<to be confirmed> & <Name>"
    assert without_markup("a < b and c > d") == "a < b and c > d"
    assert markup_in("<to be confirmed>") == []


def test_the_note_names_the_tags_taken_out() -> None:
    assert markup_note("<b>alert(4)</b>Apologies") == (
        "Markup taken out of the line, its text kept: <b>, </b>"
    )
    assert markup_note("Apologies") == ""


def test_titles_paragraphs_and_attendees_alike_lose_their_tags_and_are_listed() -> None:
    result = parse_minutes(HOSTILE)
    record = result.record
    titles = [s["title"] for s in record["sections"]]
    assert all("<" not in title for title in titles), titles
    assert "Apologies" in titles[0] and "Estates" in titles[1]
    paragraphs = [p["text"] for s in record["sections"] for p in s["paragraphs"]]
    assert all("<script" not in p and "<a " not in p for p in paragraphs)
    assert "click" in paragraphs[0]
    assert "<b>escaped</b>" in paragraphs[-1] or "&lt;b&gt;" in paragraphs[-1]
    assert "<to be confirmed>" in paragraphs[-1]
    assert [a["name"] for a in record["attendees"]] == ["Cllr Anna Evans"]
    listed = {p.line: p.message for p in result.problems if "taken out of the line" in p.message}
    assert listed[1] == (
        "Script or style taken out of the line with what it holds: <script>alert('t1')</script>; "
        "markup taken out, the other text kept: <img src=x onerror=alert(1)>"
    )
    assert set(listed) == {1, 3, 4, 5, 6, 7}
