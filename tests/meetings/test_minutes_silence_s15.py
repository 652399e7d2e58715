"""Silent misses over the real minutes (issue 15: the import never damages a record silently),
each rule in a small made-up example: what real minutes do, never one file."""

from meetings.minutes import read_file


def _record(text: str) -> dict:
    return read_file("minutes.txt", text.encode()).record


def _texts(section: dict) -> list[str]:
    return [p["text"] for p in section["paragraphs"]]


_HEADING = (
    "Anytown Parish Council\n\n"
    "Minutes of the meeting held on Wednesday 4th March 2020 at 7.30pm in the Village Hall.\n\n"
    "Present: Ann Able, Bob Baker, Carol Cole, Dan Dyer.\n\n"
)


def test_an_apologies_items_names_on_its_heading_line_are_its_text_too() -> None:
    # "2. Apologies: A, B, C." - the names are all the item's minute: read as apologies, and
    # kept as the item's paragraph (the item was left empty, its minute gone, silently).
    record = _record(
        _HEADING + "1. Opening: The Chair opened the meeting and welcomed everyone present.\n"
        "2. Apologies: Eve Evans, Fay Ford, Gus Grant.\n"
        "3. Minutes of the last meeting: These were approved and signed.\n"
    )
    apologies = [a["name"] for a in record["attendees"] if a["attendance"] == "apologies"]
    assert apologies == ["Eve Evans", "Fay Ford", "Gus Grant"]
    assert record["sections"][1]["title"] == "Apologies"
    assert _texts(record["sections"][1]) == ["Eve Evans, Fay Ford, Gus Grant."]
    assert _texts(record["sections"][2]) == ["These were approved and signed."]


def test_a_title_over_the_first_sentence_after_the_attendance_is_the_first_items() -> None:
    # Minutes with no numbers: the attendance lists, then the first item's title with no stop,
    # then its prose. The title was a line among the attendees to check and the item had no
    # title; its paragraphs matched no item, silently.
    result = read_file(
        "minutes.txt",
        b"Westshire Rivers Trust\nBoard minutes 12 May 2021\nWho was at the meeting\n"
        b"Ann Able Chair\nBob Baker\nCarol Cole\nIn attendance:\nDan Dyer Chief Executive\n"
        b"Welcome and introduction of the new Head of Finance, Eve Evans\n"
        b"The Chair welcomed everyone to the meeting and introduced the new Head of Finance to "
        b"the members of the Board.\n"
        b"The Board thanked the former Head of Finance for her work over many years and wished "
        b"her well for the future.\n",
    )
    first = result.record["sections"][0]
    assert first["title"] == "Welcome and introduction of the new Head of Finance, Eve Evans"
    assert [p["text"][:20] for p in first["paragraphs"]] == [
        "The Chair welcomed e",
        "The Board thanked th",
    ]
    assert [a["name"] for a in result.record["attendees"]] == [
        "Ann Able",
        "Bob Baker",
        "Carol Cole",
        "Dan Dyer",
    ]
    assert not [p for p in result.problems if p.text.startswith("Welcome")]
