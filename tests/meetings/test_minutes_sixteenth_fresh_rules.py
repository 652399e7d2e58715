"""Layouts of the outside tester's third import files (issue 15, findings 1-6; the records are
in tests/data/real-fresh-16), each in a small made-up example: a rule real minutes follow, never
one file. Pure functions only."""

from meetings.minutes import parse_minutes


def _sections(record: dict) -> list[tuple[str, str]]:
    return [(s["ref"], s["title"]) for s in record["sections"]]


def _paragraphs(section: dict) -> list[tuple[str, str]]:
    return [(p["ref"], p["text"]) for p in section["paragraphs"]]


def test_items_numbered_by_the_meeting_and_the_item_are_items() -> None:
    # Parish councils number items "meeting.item" (22.22) and their parts "meeting.item.part"
    # (22.23.01), the title in mixed case after a gap or a single space; no "22." over them.
    for gap in ("      ", " "):
        text = (
            "Anytown Parish Council\n\n"
            "Minutes of the Meeting of Anytown Parish Council held on 2 March 2022.\n\n"
            "Present:\nCllr A Smith (Chair)\nCllr B Jones\n\n"
            f"31.07{gap}To receive apologies for absence\n"
            "Apologies were received from Cllr Brown.\n\n"
            f"31.08{gap}Declarations of Interest\n"
            f"31.08.01{gap}To receive Amendments to the Register\n"
            "There were none\n"
            f"31.08.02{gap}To consider Dispensations\n"
            "None were asked for\n\n"
            f"31.09{gap}Village Hall\n"
            "The hall's roof was reported repaired.\n"
        )
        result = parse_minutes(text)
        record = result.record
        assert _sections(record) == [
            ("31.07", "To receive apologies for absence"),
            ("31.08", "Declarations of Interest"),
            ("31.09", "Village Hall"),
        ]
        assert _paragraphs(record["sections"][1]) == [
            ("31.08.01", "To receive Amendments to the Register"),
            ("", "There were none"),
            ("31.08.02", "To consider Dispensations"),
            ("", "None were asked for"),
        ]
        assert not [p for p in result.problems if p.severity == "error"]


def test_a_decimal_under_an_item_of_its_first_number_stays_its_paragraph() -> None:
    # "4. Finance" over "4.1 Budget" and "4.2 Payments": paragraphs of item 4, not items.
    text = (
        "Anytown Parish Council\n\nMinutes of the meeting held on 2 March 2022.\n\n"
        "Present: Cllr A Smith\n\n"
        "4. Finance\n4.1 Budget monitoring\nThe budget was on track.\n"
        "4.2 Payments\nPayments were approved.\n"
    )
    assert _sections(parse_minutes(text).record) == [("4", "Finance")]
