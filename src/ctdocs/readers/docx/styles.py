"""Paragraph styles: the numbering and the outline level a paragraph gets from its style.

A style inherits from the style it is ``w:basedOn``; what a paragraph does not
say itself (its ``w:numPr``, its ``w:outlineLvl``) it takes from that chain.
A heading level comes from the outline level (0 → level 1), else from the
built-in names ``heading 1``..``heading 9`` and ``Title``; numbering styles
(``w:type="numbering"``) are what a ``w:numStyleLink`` points to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from .package import W

__all__ = ["Style", "Styles", "read_styles"]

_Q = f"{{{W}}}"
_HEADING_NAME = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Style:
    """What a paragraph style says, before inheritance."""

    name: str = ""
    based_on: str | None = None
    num_id: str | None = None
    ilvl: int | None = None
    outline: int | None = None
    bold: bool | None = None
    size: float | None = None  # points (w:sz is in half-points)


@dataclass(slots=True)
class Styles:
    """The paragraph styles of a document, with inheritance resolved on demand."""

    styles: dict[str, Style] = field(default_factory=dict)
    default: str | None = None
    numbering: dict[str, str] = field(default_factory=dict)  # numbering style → numId
    default_size: float = 10.0  # w:docDefaults, else Word's 10 points

    def chain(self, style_id: str | None) -> list[Style]:
        """The style and those it is based on, nearest first (cycles cut)."""
        out: list[Style] = []
        seen: set[str] = set()
        sid = style_id if style_id in self.styles else self.default
        while sid is not None and sid in self.styles and sid not in seen:
            seen.add(sid)
            st = self.styles[sid]
            out.append(st)
            sid = st.based_on
        return out

    def num(self, style_id: str | None) -> tuple[str | None, int | None]:
        """(numId, ilvl) the style chain gives a paragraph."""
        num_id: str | None = None
        ilvl: int | None = None
        for st in self.chain(style_id):
            if num_id is None and st.num_id is not None:
                num_id = st.num_id
            if ilvl is None and st.ilvl is not None:
                ilvl = st.ilvl
        return num_id, ilvl

    def heading_level(self, style_id: str | None) -> int:
        """1..9 for a heading style (by outline level or built-in name), else 0."""
        for st in self.chain(style_id):
            if st.outline is not None:
                return st.outline + 1 if 0 <= st.outline < 9 else 0
            m = _HEADING_NAME.match(st.name.strip())
            if m:
                return int(m.group(1))
            if st.name.strip().lower() == "title":
                return 1
        return 0

    def size(self, style_id: str | None) -> float:
        for st in self.chain(style_id):
            if st.size is not None:
                return st.size
        return self.default_size

    def bold(self, style_id: str | None) -> bool:
        for st in self.chain(style_id):
            if st.bold is not None:
                return st.bold
        return False


def _val(el: etree._Element | None) -> str | None:
    return None if el is None else el.get(_Q + "val")


def _int(el: etree._Element | None) -> int | None:
    v = _val(el)
    return int(v) if v is not None and v.lstrip("-").isdecimal() else None


def on(el: etree._Element | None) -> bool | None:
    """A toggle property (``w:b``): present and not switched off."""
    if el is None:
        return None
    return _val(el) not in ("0", "false", "off")


def size(rpr: etree._Element | None) -> float | None:
    """The font size a run property block sets, in points."""
    sz = rpr.find(_Q + "sz") if rpr is not None else None
    v = _val(sz)
    return int(v) / 2 if v is not None and v.isdecimal() else None


def read_styles(root: etree._Element | None) -> Styles:
    """Read ``word/styles.xml`` (``None``: a document with no styles part)."""
    out = Styles()
    if root is None:
        return out
    default = size(root.find(f"{_Q}docDefaults/{_Q}rPrDefault/{_Q}rPr"))
    if default is not None:
        out.default_size = default
    for st in root.iterfind(_Q + "style"):
        sid = st.get(_Q + "styleId")
        kind = st.get(_Q + "type")
        if sid is None or kind not in ("paragraph", "numbering"):
            continue
        ppr = st.find(_Q + "pPr")
        numpr = ppr.find(_Q + "numPr") if ppr is not None else None
        num_id = _val(numpr.find(_Q + "numId")) if numpr is not None else None
        if kind == "numbering":
            if num_id is not None:
                out.numbering[sid] = num_id
            continue
        rpr = st.find(_Q + "rPr")
        out.styles[sid] = Style(
            name=_val(st.find(_Q + "name")) or sid,
            based_on=_val(st.find(_Q + "basedOn")),
            num_id=num_id,
            ilvl=_int(numpr.find(_Q + "ilvl")) if numpr is not None else None,
            outline=_int(ppr.find(_Q + "outlineLvl")) if ppr is not None else None,
            bold=on(rpr.find(_Q + "b")) if rpr is not None else None,
            size=size(rpr),
        )
        if st.get(_Q + "default") in ("1", "true", "on"):
            out.default = sid
    return out
