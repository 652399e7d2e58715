"""Headings without numbers in minutes whose copy lost its blank lines: a short title stands
apart when the line above it is a finished sentence of prose and prose follows it."""

from meetings.minutes.lines import Line


def after_prose(lines: list[Line], i: int) -> bool:
    """Whether the line above line i is prose that ends a sentence ("The Chair welcomed all to
    the meeting ... Mr G Walker."), not a name or a label."""
    if i == 0:
        return False
    above = lines[i - 1].text
    return len(above.split()) >= 6 and above[-1:] in ".!?" and not lines[i - 1].cells
