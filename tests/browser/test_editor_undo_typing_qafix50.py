"""An accidental change typed into a paragraph box the clerk tabbed on to, saved as they
typed, is undone by Ctrl+Z in the box, and that is saved too; tabbing through a box without
typing saves nothing (issue 15, the outside tester's UX finding 6: tabbing on from the
paragraph opened with 'Edit 3.1' and typing changed paragraph 4.1 of the draft)."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import Page, expect

from meetings.models import Meeting, Paragraph
from tests.browser.conftest import signed_in
from tests.browser.test_writing_surface import box, eventually, open_editor, status, text_of


def test_ctrl_z_in_the_box_undoes_an_accidental_change_and_saves_that(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)
    was = text_of(seed_meeting, 4, 3)
    versions = Paragraph.objects.get(section__meeting=seed_meeting, section__number=4, number=3)
    textbox = box(page, "4.3")
    textbox.click()
    textbox.press("Control+End")
    page.keyboard.type("zz")
    page.keyboard.press("Tab")  # leaving it saves at once
    expect(status(page)).to_have_text("Saved")
    eventually(page, lambda: text_of(seed_meeting, 4, 3) == was + "zz", "the slip")
    textbox.focus()
    page.keyboard.press("Control+z")
    expect(textbox).to_have_value(was)
    page.keyboard.press("Tab")
    eventually(page, lambda: text_of(seed_meeting, 4, 3) == was, "the undo")
    # Two saves (the slip, its undo), no more: tabbing on through other boxes saves nothing.
    for _ in range(4):
        page.keyboard.press("Tab")
    page.wait_for_timeout(500)
    after = Paragraph.objects.get(pk=versions.pk)
    assert after.version == versions.version + 2
