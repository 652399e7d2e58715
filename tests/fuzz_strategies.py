"""Hypothesis strategies for hostile form posts: what a browser (or anyone with curl) can send.

Values are strings, as every form post is: text a browser can encode in UTF-8 (so no lone
surrogates, but NUL, controls, bidi overrides, zero-width and combining marks, emoji),
values just over the limits in `prob.limits`, numbers of the wrong type or size, dates out of
range or impossible, unknown ids; and a field may be left out or sent several times.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.conf import settings
from hypothesis import strategies as st

from prob import limits

# Every bound on free text, and one past it.
LIMITS = sorted(
    {value for name, value in vars(limits).items() if name.isupper() and isinstance(value, int)}
    | {150, 200, 254}  # Django's email/username and the meeting's place
)

HOSTILE = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\r\n",
    "\t\x0b\x0c",
    "\u202e",  # right-to-left override
    "\u202egnp.exe",
    "\u200b\u200c\u200d\u2060\ufeff",  # zero-width
    "e\u0301\u0301\u0301\u0301\u0301\u0301",  # stacked combining marks
    "Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357",
    "\U0001f469\u200d\U0001f469\u200d\U0001f467",  # a family emoji, joined
    "\U0001f4a9",
    "\ufffd",
    "\uffff",
    "\U0010ffff",
    "﷽",
    "\u00df\u0130\u0131",  # case-mapping surprises
    "\u0661\u0662\u0663",  # Arabic-Indic digits
    "²³",  # digits that are not decimal: isdigit() but not int()
    "½",
    "<script>alert(1)</script>",
    "{{ 7*7 }}{% debug %}",
    "'; DROP TABLE meetings_meeting; --",
    '=HYPERLINK("http://x")',
    "../../etc/passwd",
    "%00%2e%2e",
    "null",
    "None",
    "[]",
    "{}",
]

NUMBERS = [
    "0",
    "1",
    "2",
    "-1",
    "-0",
    "+1",
    " 1 ",
    "1.5",
    "1e5",
    "0x10",
    "NaN",
    "inf",
    "2147483647",
    "2147483648",
    "9223372036854775807",
    "9223372036854775808",
    str(10**30),
    str(-(10**30)),
    "999999999",
    "\u0661",
    "²",
    "abc",
]

DATES = [
    "0001-01-01",
    "0000-01-01",
    "9999-12-31",
    "10000-01-01",
    "2023-02-30",
    "2024-02-29",
    "2023-02-29",
    "2024-13-01",
    "2024-00-10",
    "2024-1-1",
    "31/12/2024",
    "12/31/2024",
    "2024-06-01T10:00",
    "yesterday",
    "-2024-01-01",
    "\uff12\uff10\uff12\uff14-\uff10\uff11-\uff10\uff11",  # full-width digits
]

TIMES = ["00:00", "23:59", "24:00", "25:61", "12:00:00.999999", "noon", "-1:00", "9:5"]

# Strings a browser could send (UTF-8): anything but surrogates.
_CHARACTERS = st.characters(exclude_categories=["Cs"])
_SHORT_TEXT = st.text(_CHARACTERS, max_size=40)


@st.composite
def oversize(draw: st.DrawFn) -> str:
    """A value of one of the limits' lengths, or one past it, in some character."""
    limit = draw(st.sampled_from(LIMITS))
    length = limit + draw(st.sampled_from([0, 1, 2, 100]))
    unit = draw(st.sampled_from(["x", "é", "\U0001f600", "e\u0301", " ", "\n"]))
    return unit * length


def huge() -> st.SearchStrategy[str]:
    """Past what Django reads into memory for one request (it answers 400)."""
    return st.just("y" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1))


def hostile_text() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(HOSTILE),
        _SHORT_TEXT,
        st.lists(st.sampled_from(HOSTILE) | _SHORT_TEXT, min_size=2, max_size=5).map("".join),
        oversize(),
    )


def any_value() -> st.SearchStrategy[str]:
    """Anything at all, for a field of any type."""
    return st.one_of(
        hostile_text(),
        st.sampled_from(NUMBERS),
        st.sampled_from(DATES),
        st.sampled_from(TIMES),
        st.integers(min_value=-(10**40), max_value=10**40).map(str),
    )


@dataclass(frozen=True)
class Field:
    """A form field as the page shows it: its name, its type, and the values the page offers
    (its current value, or its options)."""

    name: str
    kind: str
    values: tuple[str, ...] = ()


def value_for(field: Field) -> st.SearchStrategy[str]:
    """One value for `field`: often what the page offers, so that the post gets past the form
    to the service, and otherwise something of the wrong type, size or script."""
    offered = st.sampled_from(field.values) if field.values else st.just("")
    typed: list[st.SearchStrategy[str]] = [any_value()]
    if field.kind in {"number", "hidden", "select", "radio", "checkbox", "select-multiple"}:
        typed += [st.sampled_from(NUMBERS)] * 3
    if field.kind in {"date", "datetime-local"} or "date" in field.name or field.name == "due":
        typed.append(st.sampled_from(DATES))
        typed.append(st.dates().map(lambda d: d.isoformat()))
    if field.kind == "time" or "time" in field.name:
        typed.append(st.sampled_from(TIMES))
    if field.kind in {"text", "textarea", "email", "password", "search"}:
        typed.append(hostile_text())
    if field.kind == "email" or "email" in field.name or field.name == "username":
        typed.append(
            st.sampled_from(
                [
                    "clerk@mopac.example",
                    "CLERK@MOPAC.EXAMPLE",
                    "clerk@mopac.example\x00",
                    "ä@ü.example",
                    "a@b",
                    "@",
                    "x" * 300 + "@example.com",
                ]
            )
        )
    return st.one_of(offered, offered, *typed)


@st.composite
def form_data(
    draw: st.DrawFn, fields: Sequence[Field], *, allow_huge: bool = True
) -> dict[str, list[str]]:
    """A post for a form with `fields`: each field left out, sent once, or sent several times;
    sometimes with fields the form never had."""
    data: dict[str, list[str]] = {}
    for field in fields:
        how = draw(st.sampled_from(["once", "once", "once", "missing", "repeated"]))
        if how == "missing":
            continue
        count = 1 if how == "once" else draw(st.integers(2, 4))
        data[field.name] = [draw(value_for(field)) for _ in range(count)]
    extra = draw(
        st.lists(
            st.tuples(
                st.sampled_from(["id", "pk", "target", "version", "x"]) | _SHORT_TEXT, any_value()
            ),
            max_size=2,
        )
    )
    for name, value in extra:
        data.setdefault(name, []).append(value)
    if allow_huge and draw(st.integers(0, 60)) == 0:
        # Rarely, since each costs megabytes: one value past the in-memory limit, or more
        # fields than Django reads.
        if draw(st.booleans()):
            name = draw(st.sampled_from([f.name for f in fields] or ["x"]))
            data[name] = [draw(huge())]
        else:
            data["many"] = ["1"] * (settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1)
    return data


@st.composite
def mutated_path(draw: st.DrawFn, path: str) -> str:
    """The path as found, or with one of its ids or dates replaced by an unknown or odd one
    (the URL patterns' converters let only digits through)."""
    parts = path.split("/")
    candidates = [
        i for i, part in enumerate(parts) if part.isdigit() or (len(part) == 10 and part[4] == "-")
    ]
    if not candidates or draw(st.integers(0, 3)):
        return path
    i = draw(st.sampled_from(candidates))
    if parts[i].isdigit():
        parts[i] = draw(
            st.sampled_from(["0", "999999", "2147483648", str(10**30), "00001", "1" * 40])
        )
    else:
        parts[i] = draw(st.sampled_from(["0001-01-01", "9999-12-31", "2023-02-30", "0000-00-00"]))
    return "/".join(parts)
