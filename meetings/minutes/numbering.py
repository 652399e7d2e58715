"""Word's automatic list numbers, worked out as Word displays them: a paragraph whose "4.3"
comes from numbering.xml has no "4.3" in its text, and minutes are read by their numbers.

The model (ECMA-376 Part 1, 17.9): a paragraph names a numbering instance (w:num) and a level,
directly or through its style (Heading 2 linked to a list). Each instance points at an
abstract definition (w:abstractNum) whose levels give a start, a format (decimal, letters,
roman...) and a text such as "%1.%2.", where %N is level N's counter. Counters belong to
the abstract definition, so instances of it continue one list, except that an instance's
w:startOverride restarts its level the first time the instance is used. Numbering a level
resets the levels below it, unless a level's w:lvlRestart says otherwise."""

from dataclasses import dataclass

from lxml import etree

from meetings.minutes.wordxml import Styles, first_child, w, w_val

_BULLET = "\u2022"
_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
    (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip
_MAX_LEVEL_TEXT = 64
# Numbering styles and instances that refer to each other are followed this far at most.
_MAX_LINKS = 8


@dataclass
class _Level:
    start: int
    fmt: str
    text: str | None
    restart: int | None  # w:lvlRestart: None for "after any higher level"
    legal: bool  # w:isLgl: every level shown as a decimal


def format_number(value: int, fmt: str) -> str:
    """One counter in one of Word's formats."""
    if fmt in ("lowerLetter", "upperLetter"):
        # Word goes a..z, then aa..zz, then aaa...
        letter = "" if value < 1 else chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt in ("none", "bullet"):
        return ""
    return str(value)


def _roman(value: int) -> str:
    if not 0 < value < 4000:
        return str(value)
    out = []
    for amount, numeral in _ROMAN:
        count, value = divmod(value, amount)
        out.append(numeral * count)
    return "".join(out)


def _int(element: etree._Element | None, default: int | None = None) -> int | None:
    value = w_val(element)
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _level(lvl: etree._Element) -> _Level:
    text = first_child(lvl, w("lvlText"))
    shown = w_val(text) if text is not None else None
    return _Level(
        start=_int(first_child(lvl, w("start")), 0) or 0,
        fmt=w_val(first_child(lvl, w("numFmt")), "decimal") or "decimal",
        # Word's own are a few characters ("%1.%2.%3"); a longer one is cut, so that no
        # file can make each number cost more than that.
        text=shown[:_MAX_LEVEL_TEXT] if shown is not None else None,
        restart=_int(first_child(lvl, w("lvlRestart"))),
        legal=(legal := first_child(lvl, w("isLgl"))) is not None
        and w_val(legal, "true") not in ("0", "false", "off"),
    )


class Numbering:
    """The numbers of a document's paragraphs, given in document order to `number`."""

    def __init__(self, root: etree._Element | None, styles: Styles) -> None:
        self.styles = styles
        self.abstracts: dict[str, dict[int, _Level]] = {}
        self.level_styles: dict[str, dict[str, int]] = {}  # abstract -> style id -> level
        self.style_links: dict[str, str] = {}  # abstract -> numbering style it stands for
        self.nums: dict[str, str] = {}  # instance -> abstract
        self.overrides: dict[str, dict[int, tuple[int | None, _Level | None]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.used: set[str] = set()
        # What a paragraph style's numbering gives (_style_numbering), worked out once: a
        # table of thousands of cells asks it of the same style for every paragraph.
        self._style_numbers: dict[str | None, tuple[str | None, int | None]] = {}
        if root is not None:
            self._read(root)

    def _read(self, root: etree._Element) -> None:
        for abstract in root.iterchildren(w("abstractNum")):
            aid = abstract.get(w("abstractNumId"), "")
            levels, styles = {}, {}
            for lvl in abstract.iterchildren(w("lvl")):
                ilvl = _int_attr(lvl, "ilvl")
                if ilvl is not None and 0 <= ilvl < 9:
                    levels[ilvl] = _level(lvl)
                    if style := w_val(first_child(lvl, w("pStyle"))):
                        styles[style] = ilvl
            self.abstracts[aid], self.level_styles[aid] = levels, styles
            if link := w_val(first_child(abstract, w("numStyleLink"))):
                self.style_links[aid] = link
        for num in root.iterchildren(w("num")):
            nid = num.get(w("numId"), "")
            self.nums[nid] = w_val(first_child(num, w("abstractNumId")), "") or ""
            overrides = {}
            for override in num.iterchildren(w("lvlOverride")):
                ilvl = _int_attr(override, "ilvl")
                if ilvl is None or not 0 <= ilvl < 9:
                    continue
                lvl = first_child(override, w("lvl"))
                overrides[ilvl] = (
                    _int(first_child(override, w("startOverride"))),
                    _level(lvl) if lvl is not None else None,
                )
            self.overrides[nid] = overrides

    def number(self, paragraph: etree._Element) -> str:
        """The number Word shows before this paragraph ("" for none), counting it."""
        found = self._num_and_level(paragraph)
        if found is None:
            return ""
        nid, ilvl = found
        aid = self._abstract(nid)
        if aid is None or ilvl not in self.abstracts[aid]:
            return ""
        counters = self.counters.setdefault(aid, {})
        overrides = self.overrides.get(nid, {})
        if nid not in self.used:
            # An instance that overrides a start restarts that level when first used.
            self.used.add(nid)
            for level in overrides:
                counters.pop(level, None)
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else self._start(nid, aid, ilvl)
        for deeper in range(ilvl + 1, 9):
            restart = self._definition(nid, aid, deeper)
            after = restart.restart if restart is not None else None
            # lvlRestart is one-based: the level restarts when that level or a higher one
            # is used; 0 means never.
            if after is None or ilvl < after:
                counters.pop(deeper, None)
        return self._display(nid, aid, ilvl, counters)

    def _num_and_level(self, paragraph: etree._Element) -> tuple[str, int] | None:
        ppr = first_child(paragraph, w("pPr"))
        numpr = first_child(ppr, w("numPr")) if ppr is not None else None
        nid = w_val(first_child(numpr, w("numId"))) if numpr is not None else None
        ilvl = _int(first_child(numpr, w("ilvl"))) if numpr is not None else None
        style_id = w_val(first_child(ppr, w("pStyle"))) if ppr is not None else None
        if nid is None:
            if style_id not in self._style_numbers:
                self._style_numbers[style_id] = self._style_numbering(style_id)
            nid, style_ilvl = self._style_numbers[style_id]
            ilvl = ilvl if ilvl is not None else style_ilvl
        if nid is None or nid == "0":  # numId 0 takes a style's numbering away
            return None
        if ilvl is None:
            aid = self._abstract(nid)
            styles = self.level_styles.get(aid or "", {})
            ilvl = next((styles[s.get(w("styleId"))] for s in self.styles.chain(style_id)
                         if s.get(w("styleId")) in styles), 0)  # fmt: skip
        return (nid, ilvl) if 0 <= ilvl < 9 else None

    def _style_numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        """A style linked to a list (Heading 1 numbered "1", Heading 2 "1.1"...): the list
        instance and the level that the style and those it is based on give."""
        nid, ilvl = None, None
        for style in self.styles.chain(style_id):
            style_ppr = first_child(style, w("pPr"))
            style_numpr = first_child(style_ppr, w("numPr")) if style_ppr is not None else None
            if style_numpr is None:
                continue
            nid = w_val(first_child(style_numpr, w("numId")))
            ilvl = ilvl if ilvl is not None else _int(first_child(style_numpr, w("ilvl")))
            if nid is not None:
                break
        return nid, ilvl

    def _abstract(self, nid: str) -> str | None:
        """The abstract definition of an instance, through numbering styles."""
        aid = self.nums.get(nid)
        for _ in range(_MAX_LINKS):
            if aid is None or aid not in self.abstracts:
                return None
            link = self.style_links.get(aid)
            if link is None:
                return aid
            style = self.styles.numbering.get(link)
            linked = _style_num_id(style) if style is not None else None
            aid = self.nums.get(linked) if linked else None
        return None

    def _definition(self, nid: str, aid: str, ilvl: int) -> _Level | None:
        override = self.overrides.get(nid, {}).get(ilvl)
        if override is not None and override[1] is not None:
            return override[1]
        return self.abstracts[aid].get(ilvl)

    def _start(self, nid: str, aid: str, ilvl: int) -> int:
        override = self.overrides.get(nid, {}).get(ilvl)
        if override is not None and override[0] is not None:
            return override[0]
        level = self._definition(nid, aid, ilvl)
        return level.start if level is not None else 1

    def _display(self, nid: str, aid: str, ilvl: int, counters: dict[int, int]) -> str:
        level = self._definition(nid, aid, ilvl)
        assert level is not None
        if level.fmt == "bullet":
            # Whatever glyph and font it is drawn in ("\uf0b7" in Symbol, "\u00a7" in
            # Wingdings, "o" in Courier New), a bullet only marks an item.
            return _BULLET
        if level.text is None:
            return ""
        out, i, text = [], 0, level.text
        while i < len(text):
            if text[i] == "%" and i + 1 < len(text) and text[i + 1] in "123456789":
                shown = int(text[i + 1]) - 1
                definition = self._definition(nid, aid, shown)
                value = counters.get(shown, self._start(nid, aid, shown))
                fmt = definition.fmt if definition is not None else "decimal"
                # A legal list shows every level as a decimal ("1.1", never "I.1").
                out.append(format_number(value, "decimal" if level.legal else fmt))
                i += 2
            else:
                out.append(text[i])
                i += 1
        return "".join(out).strip()


def _int_attr(element: etree._Element, name: str) -> int | None:
    try:
        return int(element.get(w(name), ""))
    except ValueError:
        return None


def _style_num_id(style: etree._Element) -> str | None:
    ppr = first_child(style, w("pPr"))
    numpr = first_child(ppr, w("numPr")) if ppr is not None else None
    return w_val(first_child(numpr, w("numId"))) if numpr is not None else None
