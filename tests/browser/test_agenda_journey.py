"""Issue 18's journey in a browser: a secretary builds the next meeting's agenda with the
keyboard (a public item with a public paper, a restricted item with its reason), publishes it;
the public (not signed in) sees exactly what is public, the public pack and the calendar; a
board member downloads the members' pack; the record starts from the agenda. Axe at 1280 and
390 px on every page visited."""

from typing import Any

from django.urls import reverse
from playwright.sync_api import Browser, Page, expect

from agenda.models import AgendaItem, BoardPack
from tests.agenda.conftest import agenda_url, pdf_bytes, upcoming
from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_sign_in import sign_in

__all__ = ["upcoming"]  # fixtures used here

SIZES = [{"width": 1280, "height": 900}, {"width": 390, "height": 844}]
REASON = "Not for publication: contains information about an ongoing investigation"


def _axe_at_both_sizes(page: Page) -> None:
    for size in SIZES:
        page.set_viewport_size(size)
        assert_no_axe_violations(page)
    page.set_viewport_size(SIZES[0])


def _type_into(page: Page, selector: str, text: str) -> None:
    field = page.locator(selector)
    field.focus()
    page.keyboard.type(text)


def _add_item(page: Page, title: str, *, restricted: bool = False) -> None:
    if not page.locator("#id_add-title").is_visible():
        summary = page.locator("summary", has_text="Add an item")
        summary.focus()
        page.keyboard.press("Enter")
    _type_into(page, "#id_add-title", title)
    if restricted:
        page.locator("#id_add-restricted").focus()
        page.keyboard.press("Space")
        _type_into(page, "#id_add-restricted_reason", REASON)
        # The title stays hidden from the public: only the number and reason are shown.
        if page.locator("#id_add-title_public").is_checked():
            page.locator("#id_add-title_public").focus()
            page.keyboard.press("Space")
    page.locator("#id_add-title").focus()
    page.keyboard.press("Enter")


def test_a_secretary_builds_and_publishes_the_agenda_the_public_and_board_read_it(
    page: Page,
    browser: Browser,
    live_server: Any,
    upcoming: Any,
    secretariat: Any,
    board_member: Any,
    tmp_path: Any,
) -> None:
    meeting = upcoming
    editor_url = live_server.url + agenda_url(meeting, "agenda:editor")
    public_url = live_server.url + agenda_url(meeting)

    # The secretary builds the agenda with the keyboard.
    sign_in(page, live_server, secretariat.email, through_form=True)
    page.goto(editor_url)
    _add_item(page, "Use of intrusive powers")
    expect(page.get_by_role("heading", name="1. Use of intrusive powers")).to_be_visible()
    _add_item(page, "Operation Nightjar update", restricted=True)
    expect(page.get_by_role("heading", name="2. Operation Nightjar update")).to_be_visible()
    secret = AgendaItem.objects.get(agenda__meeting=meeting, title="Operation Nightjar update")
    assert secret.restricted and secret.restricted_reason == REASON and not secret.title_public

    first = AgendaItem.objects.get(agenda__meeting=meeting, title="Use of intrusive powers")
    paper_file = tmp_path / "powers.pdf"
    paper_file.write_bytes(pdf_bytes(pages=2))
    summary = page.locator("summary", has_text="Add a paper to item 1")
    summary.focus()
    page.keyboard.press("Enter")
    prefix = f"#id_paper-{first.pk}"
    _type_into(page, f"{prefix}-title", "MPS paper on intrusive powers")
    page.locator(f"{prefix}-upload").set_input_files(str(paper_file))
    page.locator(f"{prefix}-title").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("link", name="MPS paper on intrusive powers")).to_be_visible()
    _axe_at_both_sizes(page)

    publish = page.get_by_role("button", name="Publish the agenda")
    publish.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text("The agenda is published")).to_be_visible()
    _axe_at_both_sizes(page)
    assert set(
        BoardPack.objects.filter(agenda__meeting=meeting).values_list("audience", flat=True)
    ) == {"public", "members"}

    # The public, not signed in, sees exactly what is public.
    public_context = browser.new_context(locale="en-GB", timezone_id="Europe/London")
    public = public_context.new_page()
    try:
        public.goto(public_url)
        expect(public.get_by_text("1. Use of intrusive powers")).to_be_visible()
        expect(public.get_by_role("link", name="MPS paper on intrusive powers")).to_be_visible()
        expect(public.get_by_text(REASON)).to_be_visible()
        expect(public.get_by_text("2. Restricted item")).to_be_visible()
        body = public.locator("main").inner_text()
        assert "Nightjar" not in body
        expect(public.get_by_role("link", name="Members' pack")).to_have_count(0)
        public_pack = public.get_by_role("link", name="Public pack")
        expect(public_pack).to_be_visible()
        answer = public.request.get(live_server.url + public_pack.get_attribute("href"))
        assert answer.status == 200 and answer.headers["content-type"] == "application/pdf"
        members_pack = agenda_url(meeting, "agenda:pack", "members")
        assert public.request.get(live_server.url + members_pack).status == 404
        _axe_at_both_sizes(public)

        # The board page links the agenda and the calendar, whose event links the agenda.
        public.goto(live_server.url + meeting.board.get_absolute_url())
        expect(public.locator(f'a[href="{agenda_url(meeting)}"]').first).to_be_visible()
        calendar_path = reverse("meetings:calendar", args=[meeting.board.slug])
        expect(public.locator(f'a[href*="{calendar_path}"]').first).to_be_visible()
        ics = public.request.get(live_server.url + calendar_path)
        assert ics.status == 200
        assert agenda_url(meeting) in ics.text().replace("\r\n ", "")
        _axe_at_both_sizes(public)
    finally:
        public_context.close()

    # A board member downloads the members' pack.
    member_context = browser.new_context(locale="en-GB", timezone_id="Europe/London")
    member = member_context.new_page()
    try:
        sign_in(member, live_server, board_member.email, through_form=True)
        member.goto(public_url)
        expect(member.get_by_text("Operation Nightjar update")).to_be_visible()
        link = member.get_by_role("link", name="Members' pack")
        expect(link).to_be_visible()
        answer = member.request.get(live_server.url + link.get_attribute("href"))
        assert answer.status == 200 and answer.headers["content-type"] == "application/pdf"
        assert answer.body().startswith(b"%PDF")
        _axe_at_both_sizes(member)
    finally:
        member_context.close()

    # The record of the meeting starts from the agenda.
    page.goto(editor_url)
    start = page.get_by_role("button", name="Start the record from the agenda")
    start.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text("The record is started from the agenda")).to_be_visible()
    sections = list(meeting.sections.order_by("position").values_list("title", "restricted"))
    assert sections == [("Use of intrusive powers", False), ("Operation Nightjar update", True)]
    expect(page.get_by_text("Use of intrusive powers").first).to_be_visible()
    expect(page.get_by_text("Operation Nightjar update").first).to_be_visible()
    _axe_at_both_sizes(page)
