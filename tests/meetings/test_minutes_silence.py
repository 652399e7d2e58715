"""Silent misses over the real minutes (issue 15: where the reader is unsure it says so), each
doubt in a small made-up example: what real minutes do, never one file."""

from meetings.minutes import read_file


def _read(text: str):
    return read_file("minutes.txt", text.encode())


def _doubts(text: str, words: str) -> list[tuple[str, str]]:
    return [(p.text, p.message) for p in _read(text).problems if words in p.message]


_PEOPLE = "Present: Ann Able (Chair), Bob Baker, Carol Cole.\n\n"
_ITEMS = (
    "1. Welcome\n\nThe Chair welcomed everyone to the meeting.\n\n"
    "2. Finance\n\nThe members noted the accounts for the year.\n"
)


def test_a_body_named_by_one_word_of_a_longer_heading_line_is_doubted() -> None:
    # "Board minutes: 7 December 2022", "APPROVED COMMITTEE MINUTES": the body read as 'Board'
    # or 'COMMITTEE', whose it is said by the heading's other words or by none (Ofqual's board,
    # a national park's planning committee, a harbour trust's board), silently.
    for heading, board in (
        ("Board minutes: 7 December 2022\n\n", "Board"),
        ("APPROVED COMMITTEE MINUTES\n\nMeeting held on Friday 13 September 2019\n\n", "COMMITTEE"),
    ):
        result = _read(heading + _PEOPLE + _ITEMS)
        assert result.record["board"] == board
        found = _doubts(heading + _PEOPLE + _ITEMS, "one word")
        assert [line for line, _ in found] == [heading.split("\n")[0]]
        assert f"'{board}'" in found[0][1]


def test_a_one_word_body_that_is_the_whole_heading_line_or_a_council_is_not_doubted() -> None:
    # "Board" alone is the name as written; "Council" and "Cabinet" are how a local authority's
    # full council and its cabinet are named in their own minutes ("Council minutes: ...").
    for heading in ("Board\n\n", "Council minutes: 4 September 2013\n\n", "CABINET MINUTES\n\n"):
        assert (
            _doubts(heading + "Meeting held on 4 September 2013\n\n" + _PEOPLE + _ITEMS, "one word")
            == []
        )


def test_an_items_title_that_stops_mid_phrase_is_doubted() -> None:
    # "2. Minutes of" over "Meeting held on 21st May 2018", "(Ref: CM/06/11/02)" cut at its colon:
    # the title kept short, the rest read as text or dropped, silently.
    text = (
        "Anytown Harbour Trust\n\nMinutes of the meeting held on Friday 13 September 2019\n\n"
        + _PEOPLE
        + "1. Welcome\n\nThe Chair welcomed everyone to the meeting.\n\n"
        "2. Minutes of\nMeeting held on 21st May 2018\n\nThe minutes were approved.\n\n"
        "3. Matters Arising and Action Log (Ref: CM/06/11/02)\n\nThe actions were noted.\n\n"
        "4. Saffron Hall (possible approach to membership\n\nThe members discussed the hall.\n"
    )
    titles = [s["title"] for s in _read(text).record["sections"]]
    assert titles[1:3] == ["Minutes of", "Matters Arising and Action Log (Ref"]
    found = _doubts(text, "stops mid-phrase")
    # The item's own line, not the heading's "Minutes of the meeting ..."; a bracket the writer
    # left open (item 4) is no cut.
    assert [line for line, _ in found] == [
        "2. Minutes of",
        "3. Matters Arising and Action Log (Ref: CM/06/11/02)",
    ]


def test_the_presenters_post_after_most_items_titles_is_taken_off_them() -> None:
    # An agenda's lead column printed on the heading's line ("1. Welcome Chairman", "4.
    # Chairman's Report Chairman"): the post was read into each title, silently.
    text = (
        "Anytown Commons Conservators\n\nMinutes of the open meeting held on 27 June 2018\n\n"
        + _PEOPLE
        + "1. Welcome Chairman\n\nThe Chairman welcomed everyone to the meeting.\n\n"
        "2. Apologies Chairman\n\nNone were received.\n\n"
        "3. Chairman's Report Chairman\n\nThe Chairman reported on the year's work.\n\n"
        "4. Accounts Treasurer\n\nThe Treasurer presented the accounts for the year.\n"
    )
    titles = [s["title"] for s in _read(text).record["sections"]]
    assert titles == ["Welcome", "Apologies", "Chairman's Report", "Accounts Treasurer"]


def test_a_post_that_is_part_of_items_titles_stays() -> None:
    # "Election of Chair", "Election of Vice Chair": the post is the title's own; and a post
    # ending fewer than three titles, or half of them or fewer, is no column.
    text = (
        "Anytown Sports Council\n\nMinutes of the annual general meeting held on 20 August 2015\n\n"
        + _PEOPLE
        + "1. Election of Chair\n\nAnn Able was elected.\n\n"
        "2. Election of Vice Chair\n\nBob Baker was elected.\n\n"
        "3. Appointment of the Treasurer\n\nCarol Cole was appointed.\n\n"
        "4. Report of the Secretary\n\nThe report was noted.\n"
    )
    titles = [s["title"] for s in _read(text).record["sections"]]
    assert titles == [
        "Election of Chair",
        "Election of Vice Chair",
        "Appointment of the Treasurer",
        "Report of the Secretary",
    ]


def test_a_list_under_a_numbered_paragraph_that_is_a_long_title_starts_anew() -> None:
    # "4.1 Minute 6 - Annual Report of the Police and Crime Commissioner" / "(1). Information
    # was requested ...": the numbered paragraph is a sub-heading, of more than eight words but
    # each capitalised; the list under it was run into it, silently.
    text = (
        "Anytown Police and Crime Panel\n\nMinutes of the meeting held on 16 November 2017\n\n"
        + _PEOPLE
        + "1. APOLOGIES\n\n1.1 There were no apologies.\n\n"
        "2. MATTERS ARISING FROM THE MINUTES\n"
        "2.1 Minute 6 - Annual Report of the Police and Crime Commissioner\n"
        "(1). Information was requested on the Commissioner's pledge to re-invest in CCTV.\n"
        "(2). The Panel asked about the estates strategy.\n"
    )
    paragraphs = _read(text).record["sections"][1]["paragraphs"]
    assert [(p["ref"], p["text"][:23]) for p in paragraphs] == [
        ("2.1", "Minute 6 - Annual Repor"),
        ("(1)", "Information was request"),
        ("(2)", "The Panel asked about t"),
    ]
