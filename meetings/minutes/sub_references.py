"""A sub-heading numbered under its item's reference as written: "3.2.1  Minutes of the quarterly
meeting held on 28 July 2015" in an item written "3.2" (NIFCA), a paragraph whose reference is
"3.2.1" as written, its text after the number."""

import re


def under_section_ref(section_ref: str, text: str) -> tuple[str, str] | None:
    """(reference as written, text) for a line numbered "<section ref>.<n>" where the
    section's reference is itself written with a dot ("3.2"); else None."""
    if "." not in section_ref or not re.fullmatch(r"[\dA-Za-z.]+", section_ref):
        return None
    m = re.fullmatch(rf"(?P<ref>{re.escape(section_ref)}\.\d{{1,3}})\.?\s+(?P<text>\S.*)", text)
    return (m["ref"], m["text"]) if m else None
