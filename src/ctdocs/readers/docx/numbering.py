"""Word's automatic numbering: the definitions in numbering.xml and the counters that run them.

Word does not store a clause number in the text. A paragraph names a list
instance and a level (``w:numPr``: ``w:numId``, ``w:ilvl``), directly or
through its paragraph style (numbered ``Heading 1..n``). The instance
(``w:num``) points to an abstract definition (``w:abstractNum``, or through
``w:numStyleLink`` to the one that carries ``w:styleLink`` of that style), and
may override a level's start (``w:lvlOverride/w:startOverride``) or the whole
level. Each level has a template (``w:lvlText``, ``%1.%2.``), a format
(``w:numFmt``), a start, a restart rule (``w:lvlRestart``), ``w:isLgl`` (show
every level in Arabic numerals) and what follows the number (``w:suff``: a
tab by default, rendered here as one space).

:class:`Counters` is the state machine Word runs while laying out the document
from top to bottom: instances of one abstract definition share their counters
(a list goes on across other paragraphs and other instances), an instance with
a start override restarts the levels it overrides when first used, a level
advancing resets the deeper levels that restart after it, and a level never
used shows its start value (its start override, if the instance has one).

LibreOffice (checked with ``soffice --convert-to txt``) agrees on all of this
except one case: a start override on a level no paragraph has used yet, shown
in a deeper level's number (``%1.%2`` on the first paragraph, at level 2, of
an instance that overrides level 1 to start at 3) — LibreOffice shows 1, the
override says 3; we follow the override.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from lxml import etree

from ..._markers import roman
from .package import W

__all__ = ["Counters", "Level", "Numbering", "format_number", "read_numbering"]

_Q = f"{{{W}}}"
_PLACEHOLDER = re.compile(r"%([1-9])")
# Bullets drawn from the Symbol and Wingdings fonts sit in the private use area.
_PUA_BULLETS = {
    "\uf0b7": "\u2022",
    "\uf0a7": "\u25aa",
    "\uf0d8": "\u27a2",
    "\uf0fc": "\u2713",
    "\uf076": "\u2756",
    "\uf06f": "o",
    "\uf02d": "-",
}
_SUFFIX = {"tab": " ", "space": " ", "nothing": ""}


@dataclass(frozen=True, slots=True)
class Level:
    """One level of a list definition (the defaults are Word's)."""

    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # w:lvlRestart; None: after any shallower level
    legal: bool = False  # w:isLgl
    suffix: str = " "
    style: str | None = None  # w:pStyle: the paragraph style this level belongs to


@dataclass(frozen=True, slots=True)
class _Num:
    abstract: str
    starts: dict[int, int]  # startOverride per level
    levels: dict[int, Level]  # whole levels redefined in a lvlOverride


@dataclass(frozen=True, slots=True)
class Numbering:
    """The numbering part, read once: abstract definitions and instances."""

    abstracts: dict[str, dict[int, Level]] = field(default_factory=dict)
    nums: dict[str, _Num] = field(default_factory=dict)
    links: dict[str, str] = field(default_factory=dict)  # abstract id → numStyleLink style
    styled: dict[str, str] = field(default_factory=dict)  # styleLink style → abstract id

    def levels(self, num_id: str, style_num: dict[str, str]) -> tuple[str, dict[int, Level]]:
        """The abstract id and the levels in force for instance ``num_id``."""
        num = self.nums[num_id]
        aid = num.abstract
        for _ in range(4):  # numStyleLink → style → its num → the abstract with the styleLink
            style = self.links.get(aid)
            if style is None:
                break
            target = self.styled.get(style)
            if target is None:
                linked = style_num.get(style)
                target = self.nums[linked].abstract if linked in self.nums else None
            if target is None or target == aid:
                break
            aid = target
        levels = dict(self.abstracts.get(aid, {}))
        for ilvl, lvl in num.levels.items():
            levels[ilvl] = lvl
        for ilvl, start in num.starts.items():
            levels[ilvl] = replace(levels.get(ilvl, Level()), start=start)
        return aid, levels


def _val(el: etree._Element | None, default: str | None = None) -> str | None:
    if el is None:
        return default
    v = el.get(_Q + "val")
    return default if v is None else v


def _int(el: etree._Element | None, default: int) -> int:
    v = _val(el)
    try:
        return int(v) if v is not None else default
    except ValueError:
        return default


def _level(el: etree._Element) -> Level:
    restart = el.find(_Q + "lvlRestart")
    legal = el.find(_Q + "isLgl")
    text = el.find(_Q + "lvlText")
    return Level(
        start=_int(el.find(_Q + "start"), 1),
        fmt=_val(el.find(_Q + "numFmt"), "decimal") or "decimal",
        text=_val(text, "") or "" if text is not None else "",
        restart=_int(restart, 1) if restart is not None else None,
        legal=legal is not None and _val(legal, "1") not in ("0", "false", "off"),
        suffix=_SUFFIX.get(_val(el.find(_Q + "suff"), "tab") or "tab", " "),
        style=_val(el.find(_Q + "pStyle")),
    )


def read_numbering(root: etree._Element | None) -> Numbering:
    """Read ``word/numbering.xml`` (``None``: a document without lists)."""
    out = Numbering()
    if root is None:
        return out
    for ab in root.iterfind(_Q + "abstractNum"):
        aid = ab.get(_Q + "abstractNumId", "")
        out.abstracts[aid] = {_int_attr(lv, "ilvl"): _level(lv) for lv in ab.iterfind(_Q + "lvl")}
        link = _val(ab.find(_Q + "numStyleLink"))
        if link:
            out.links[aid] = link
        styled = _val(ab.find(_Q + "styleLink"))
        if styled:
            out.styled[styled] = aid
    for num in root.iterfind(_Q + "num"):
        starts: dict[int, int] = {}
        levels: dict[int, Level] = {}
        for ov in num.iterfind(_Q + "lvlOverride"):
            ilvl = _int_attr(ov, "ilvl")
            so = ov.find(_Q + "startOverride")
            lv = ov.find(_Q + "lvl")
            if lv is not None:
                levels[ilvl] = _level(lv)
            if so is not None:
                starts[ilvl] = _int(so, 1)
        out.nums[num.get(_Q + "numId", "")] = _Num(
            _val(num.find(_Q + "abstractNumId"), "") or "", starts, levels
        )
    return out


def _int_attr(el: etree._Element, name: str) -> int:
    try:
        return int(el.get(_Q + name, "0"))
    except ValueError:
        return 0


def format_number(value: int, fmt: str) -> str:
    """``value`` written in Word's format ``fmt`` (unknown formats fall back to decimal)."""
    if fmt == "decimalZero":
        return f"{value:02d}" if 0 <= value < 10 else str(value)
    if fmt in ("lowerLetter", "upperLetter"):
        if value < 1:
            return str(value)
        # Word's letters: a..z, then aa..zz, aaa..: the letter repeated
        s = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return s if fmt == "lowerLetter" else s.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        if not 0 < value < 4000:
            return str(value)
        s = roman(value)
        return s if fmt == "lowerRoman" else s.upper()
    if fmt == "none":
        return ""
    return str(value)


@dataclass(slots=True)
class Counters:
    """Word's list counters, advanced paragraph by paragraph in document order."""

    numbering: Numbering
    style_num: dict[str, str] = field(default_factory=dict)  # numbering style → numId
    values: dict[str, list[int | None]] = field(default_factory=dict)  # per abstract id
    begun: set[str] = field(default_factory=set)  # instances already used
    resolved: dict[str, tuple[str, dict[int, Level]]] = field(default_factory=dict)

    def _levels(self, num_id: str) -> tuple[str, dict[int, Level]]:
        """The instance's abstract id and levels, resolved once (a paragraph each is hot)."""
        got = self.resolved.get(num_id)
        if got is None:
            got = self.resolved[num_id] = self.numbering.levels(num_id, self.style_num)
        return got

    def level_for_style(self, num_id: str, style: str) -> int | None:
        """The level whose ``w:pStyle`` is ``style`` (a numbered heading style names no level)."""
        if num_id not in self.numbering.nums:
            return None
        for ilvl, lvl in self._levels(num_id)[1].items():
            if lvl.style == style:
                return ilvl
        return None

    def next(self, num_id: str, ilvl: int) -> tuple[str, str] | None:
        """Advance instance ``num_id`` at level ``ilvl``: (the number as shown, its suffix).

        ``None`` when the instance does not exist (``numId`` 0 switches numbering off).
        """
        if num_id not in self.numbering.nums:
            return None
        aid, levels = self._levels(num_id)
        ilvl = min(max(ilvl, 0), 8)
        vals = self.values.setdefault(aid, [None] * 9)
        if num_id not in self.begun:
            self.begun.add(num_id)
            for k in self.numbering.nums[num_id].starts:
                if 0 <= k < 9:
                    vals[k] = None
        lvl = levels.get(ilvl, Level())
        cur = vals[ilvl]
        vals[ilvl] = lvl.start if cur is None else cur + 1
        for deeper in range(ilvl + 1, 9):
            restart = levels.get(deeper, Level()).restart
            if restart is None or (restart != 0 and ilvl < restart):
                vals[deeper] = None
        if lvl.fmt == "bullet":
            text = "".join(
                _PUA_BULLETS.get(c, "\u2022" if "\ue000" <= c <= "\uf8ff" else c) for c in lvl.text
            )
            return text, lvl.suffix if text else ""

        def shown(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            other = levels.get(k, Level())
            v = vals[k]
            value = other.start if v is None else v
            return format_number(
                value, "decimal" if lvl.legal and other.fmt != "none" else other.fmt
            )

        text = _PLACEHOLDER.sub(shown, lvl.text)
        return text, lvl.suffix if text else ""
