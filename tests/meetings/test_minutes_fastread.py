"""The reader's shortcuts give the answers its slower ways gave (issue 15: the 10,000-line
minutes within an upload's bounds)."""

import re
import unicodedata

import pytest

from meetings.minutes.attendance import is_all_caps, read_kind_heading
from meetings.minutes.lines import MinutesError, check_text
from meetings.minutes.markup import markup_note


def _all_caps_slowly(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@pytest.mark.parametrize(
    "text",
    ["FINANCE COMMITTEE", "Finance", "A", "AB 12", "12 34", "", "ÉCOLE", "AB\u2170", "中文AB"],
)
def test_all_caps_is_answered_as_before(text: str) -> None:
    assert is_all_caps(text) == _all_caps_slowly(text)


@pytest.mark.parametrize(
    "text",
    [
        "Minute  Takers Minute  Takers",
        "Minute-taker: Jo Bloggs",
        "Yn bresennol: Cllr A Jones",
        "Ymddiheuriadau",
        "OFFICIALS IN ATTENDANCE:",
        "Present (voting):",
        "Apologies were received from Councillor Dunn",
    ],
)
def test_a_heading_with_a_kind_word_is_still_read(text: str) -> None:
    # Each holds one of the words the shortcut looks for; the answer is the regexes'.
    assert read_kind_heading(text, ()) is not None or text.startswith("Apologies were")


def test_a_line_with_no_kind_word_is_no_heading() -> None:
    assert read_kind_heading("1.2 Paragraph 1.2 text of the minutes.", ()) is None


def test_control_characters_are_counted_as_unicode_counts_them() -> None:
    controls = "".join(
        chr(i)
        for i in range(0x110000)
        if unicodedata.category(chr(i)) == "Cc" and chr(i) not in "\t\n\r"
    )
    assert controls[0] == "\x00" and len(controls) == 62
    check_text("Minutes\n" * 100 + controls[1:6])  # a few: text
    with pytest.raises(MinutesError):
        check_text("Minutes " + controls[1:])  # more than a tenth: binary


def test_a_line_without_markup_has_no_markup_note() -> None:
    assert markup_note("Jane Doe & Co") == ""
    assert re.search("Markup taken out", markup_note("<b>Jane Doe</b>"))
