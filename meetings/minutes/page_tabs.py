"""A committee system's web page copied with its tabs: "Meeting Details", "Meeting Summary",
then under the committee and its date "Documents", "Attendance", "Visitors", "Declarations of
Interests", "Public Items", one to a line. A run of such labels, three or more together with no
text between them, is the page's furniture, not attendees nor items: "Attendance" over names is
a heading, but "Attendance" between "Documents" and "Visitors" is a tab."""

import re

from meetings.minutes.lines import Line

_TAB = re.compile(
    r"(?:meeting\s+(?:details|summary|documents)|documents|attendance|attendees|visitors"
    r"|declarations?\s+of\s+interests?|(?:public|private|exempt)\s+items|agenda|minutes"
    r"|decisions|supplementary\s+documents|(?:agenda\s+)?reports\s+pack)",
    re.IGNORECASE,
)
_RUN = 3  # tabs together; two labels may be a heading over a heading


def _is_tab(line: Line) -> bool:
    return not line.cells and bool(_TAB.fullmatch(line.text.strip(" :")))


def in_tab_run(lines: list[Line], i: int) -> bool:
    """Whether line i is one of three or more tab labels in a row, the first of them "Meeting
    Details" or "Meeting Summary" or the run of lines with no blank between them."""
    if not _is_tab(lines[i]):
        return False
    start = i
    while start > 0 and _is_tab(lines[start - 1]) and not lines[start].after_blank:
        start -= 1
    end = i
    while end + 1 < len(lines) and _is_tab(lines[end + 1]) and not lines[end + 1].after_blank:
        end += 1
    return end - start + 1 >= _RUN
