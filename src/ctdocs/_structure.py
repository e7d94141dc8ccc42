"""Stage 4 — structure: content units become titled, sectioned, nested blocks.

Reads the units of :mod:`ctdocs._layout` in order and decides, for each, what
it is: the document title, front matter (masthead, distribution and date
lines), an unnumbered heading (which names the section of what follows), a
numbered clause (``3.1``, ``18.``, a numbered heading ``16.1 Title``, a run-in
title ``16.2.5 Formation et exercices.``), a lettered or roman sub-item
(``1(a)(ii)``), a bullet item, or a paragraph. Clauses nest by their numbers;
sub-items and bullets nest under the clause they follow; a heading closes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from ._layout import Marker, Unit, is_front_matter, is_masthead

__all__ = ["RawBlock", "Structure", "build"]

_TERMINAL_END = re.compile(r"[.;:,!?…]$")
_DATE_LINE = re.compile(
    r"^(?:(?:mi-|début |fin |early |mid-|late )?"
    r"(?:\d{1,2}(?:er|st|nd|rd|th)?(?:\s*[-–/]\s*\d{1,2})?\s+)?"
    r"[A-Za-zÀ-ÿ]+\.?(?:\s*/\s*[A-Za-zÀ-ÿ]+)?\s+\d{4}|\d{4}(?:\s*[-–/]\s*\d{4})?"
    r"|[A-Za-zÀ-ÿ]+\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?,\s*\d{4})$",
    re.IGNORECASE,
)
_SIGNATURE = re.compile(r"^\(?(signé|signed|sé|sgd)\)?\.?\s", re.IGNORECASE)
_ROMAN_SINGLE = frozenset("ivxlc")

BlockKind = Literal["heading", "paragraph", "list_item", "clause"]


@dataclass(slots=True)
class RawBlock:
    """A block before it becomes a pydantic model (cheap to build and mutate)."""

    kind: BlockKind
    start: int
    end: int
    text: str
    section: str | None = None
    parent: int | None = None  # index into Structure.blocks
    level: int = 2
    role: str = "body"
    marker: str = ""
    number: str = ""
    label: str = ""
    title: str | None = None
    depth: int = 1
    parent_number: str | None = None
    children: list[int] = field(default_factory=list)
    body_start: int = 0
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    family: str = ""  # letter / roman, for sub-item nesting
    item_value: str = ""


@dataclass(slots=True)
class Structure:
    blocks: list[RawBlock]
    noise: list[Unit]
    title: str | None
    front_end: int  # offset where the document's head (title, front matter) ends


def _words(text: str) -> int:
    return len(text.split())


def _is_date_line(text: str) -> bool:
    return bool(_DATE_LINE.match(text.strip().rstrip(".")))


def _heading_like(u: Unit, text: str) -> bool:
    """An unnumbered line that reads as a heading."""
    if u.line.heading_level is not None:
        return True
    t = u.text.strip()
    if not t or _TERMINAL_END.search(t) and not t.endswith("…"):
        return False
    if u.line.all_bold(text):
        return _words(t) <= 25
    first = next((ch for ch in t if ch.isalnum()), "")
    if not first or (first.isalpha() and not first.isupper()):
        return False
    return _words(t) <= 15 and len(t) >= 2


def _clean_title(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip(".:;").strip()


def build(units: list[Unit], text: str) -> Structure:
    noise = [u for u in units if u.noise]
    content = [u for u in units if not u.noise]
    blocks: list[RawBlock] = []
    title: str | None = None
    front_end = 0

    # ---- head: masthead / front matter / title / front matter
    i = 0
    chrome_before = bool(content) and any(
        n.start < content[0].start and n.noise in ("web-chrome", "caption")
        for n in noise
    )
    prev_front_date = False

    def front(u: Unit) -> None:
        nonlocal front_end, prev_front_date
        blocks.append(
            RawBlock("paragraph", u.start, u.end, _clean_title(u.text), role="front-matter", page=u.page, bbox=u.bbox)
        )
        front_end = u.end
        prev_front_date = _is_date_line(u.text) or is_front_matter(u.text)

    while i < len(content) and (
        is_masthead(content[i].text) or is_front_matter(content[i].text) or _is_date_line(content[i].text)
    ) and content[i].marker is None or (
        i < len(content) and content[i].marker is not None and content[i].marker.kind == "bullet"
        and is_front_matter(content[i].text)
    ):
        front(content[i])
        i += 1
    if (
        i < len(content)
        and not chrome_before
        and (content[i].marker is None)
        and _heading_like(content[i], text)
    ):
        u = content[i]
        title = _clean_title(u.text)
        blocks.append(RawBlock("paragraph", u.start, u.end, title, role="title", page=u.page, bbox=u.bbox))
        front_end = u.end
        i += 1
        while i < len(content):
            u = content[i]
            t = u.text.strip()
            if (u.marker is None or u.marker.kind == "bullet") and (
                is_front_matter(t) or _is_date_line(t)
            ) or (
                prev_front_date and u.marker is None and _words(t) <= 4 and not _TERMINAL_END.search(t)
                and u.line.heading_level is None
            ):
                front(u)
                i += 1
                continue
            break

    # ---- body
    section: str | None = None
    seen: dict[str, int] = {}  # clause number -> block index
    anchor: int | None = None  # latest numbered clause (sub-items attach to it)
    items: list[int] = []  # open lettered/roman sub-items, outermost first
    current: int | None = None  # clause that absorbs following paragraphs
    absorbing = False
    last_unit_end = -1

    def innermost() -> int | None:
        if items:
            return items[-1]
        return anchor

    for u in content[i:]:
        # A noise unit between two content units stops absorption.
        if any(last_unit_end <= n.start < u.start for n in _noise_between(noise, last_unit_end, u.start)):
            absorbing = False
        last_unit_end = u.end
        t = u.text
        m = u.marker
        if m is not None and m.kind == "number":
            idx = _add_clause_number(blocks, u, m, text, section, seen)
            anchor, items, current, absorbing = idx, [], idx, True
            continue
        if m is not None and m.kind in ("letter", "roman"):
            idx = _add_item(blocks, u, m, section, anchor, items)
            current, absorbing = idx, True
            continue
        if m is not None and m.kind == "bullet":
            parent = innermost()
            b = RawBlock(
                "list_item", u.start, u.end, _body(t[m.end :]), section=section, parent=parent,
                marker=m.label, page=u.page, bbox=u.bbox,
            )
            blocks.append(b)
            if parent is not None:
                blocks[parent].children.append(len(blocks) - 1)
            absorbing = False
            continue
        if _SIGNATURE.match(t):
            blocks.append(RawBlock("paragraph", u.start, u.end, _body(t), section=section, role="signature", page=u.page, bbox=u.bbox))
            absorbing = False
            continue
        if _heading_like(u, text) and not (absorbing and u.line.heading_level is None and not u.line.all_bold(text) and _words(t) > 6):
            heading = _clean_title(t)
            level = u.line.heading_level or (3 if u.line.all_bold(text) else 2)
            blocks.append(RawBlock("heading", u.start, u.end, heading, section=section, level=level, page=u.page, bbox=u.bbox))
            section = heading
            anchor, items, current, absorbing = None, [], None, False
            continue
        # A paragraph: part of the clause it follows, or free.
        if current is not None and absorbing:
            b = blocks[current]
            b.end = u.end
            b.text = (b.text + "\n" + _body(t)).strip()
            continue
        parent = innermost()
        blocks.append(RawBlock("paragraph", u.start, u.end, _body(t), section=section, parent=parent, page=u.page, bbox=u.bbox))
        if parent is not None:
            blocks[parent].children.append(len(blocks) - 1)
    return Structure(blocks=blocks, noise=noise, title=title, front_end=front_end)


def _noise_between(noise: list[Unit], start: int, end: int) -> list[Unit]:
    return [n for n in noise if start <= n.start < end] if start >= 0 else []


def _body(text: str) -> str:
    return re.sub(r"[ \t]+", " ", text).strip()


def _run_in_title(u: Unit, m: Marker, text: str) -> tuple[str | None, int]:
    """A bold title right after the number: ``**16.2.5 Formation et exercices.**``."""
    after = u.start + m.end
    while after < u.end and text[after] == " ":
        after += 1
    for s, e in u.line.bold_spans:
        if s <= after < e or (u.start <= s <= after and e > after):
            if e >= u.end:
                return None, after  # the whole line is bold: a heading, handled elsewhere
            title = _clean_title(text[max(s, after) : e])
            if title:
                return title, e
        if s > after:
            break
    return None, after


def _add_clause_number(
    blocks: list[RawBlock], u: Unit, m: Marker, text: str, section: str | None, seen: dict[str, int]
) -> int:
    number = m.value
    parent: int | None = None
    parts = number.split(".")
    for k in range(len(parts) - 1, 0, -1):
        prefix = ".".join(parts[:k])
        if prefix in seen:
            parent = seen[prefix]
            break
    rest = u.text[m.end :]
    heading = u.line.heading_level is not None or u.line.all_bold(text)
    if heading:
        title: str | None = _clean_title(rest) or None
        body = ""
        body_start = u.end
    else:
        title, body_start = _run_in_title(u, m, text)
        body = _body(text[body_start : u.end])
    b = RawBlock(
        "clause", u.start, u.end, body, section=section, parent=parent, number=number,
        label=m.label.strip(), title=title, depth=(blocks[parent].depth + 1) if parent is not None else 1,
        parent_number=blocks[parent].number if parent is not None else None, body_start=body_start,
        page=u.page, bbox=u.bbox,
    )
    blocks.append(b)
    idx = len(blocks) - 1
    if parent is not None:
        blocks[parent].children.append(idx)
    seen[number] = idx
    return idx


def _family(m: Marker, items: list[int], blocks: list[RawBlock]) -> str:
    """Letter or roman? ``(i)`` after ``(h)`` is a letter; ``(i)`` first is roman."""
    v = m.value.lower()
    open_letters = [blocks[j] for j in items if blocks[j].family == "letter"]
    open_romans = [blocks[j] for j in items if blocks[j].family == "roman"]
    if m.kind == "letter" and not (len(v) == 1 and v in _ROMAN_SINGLE):
        return "letter"
    if open_letters and len(v) == 1:
        last = open_letters[-1].item_value.lower()
        if len(last) == 1 and ord(v) == ord(last) + 1:
            return "letter"
    if open_romans:
        return "roman"
    if m.kind == "roman" and len(v) > 1:
        return "roman"
    return "roman" if v == "i" else ("letter" if len(v) == 1 else "roman")


def _add_item(
    blocks: list[RawBlock], u: Unit, m: Marker, section: str | None, anchor: int | None, items: list[int]
) -> int:
    fam = _family(m, items, blocks)
    # close deeper items; a sibling of the same family replaces the open one
    for k in range(len(items) - 1, -1, -1):
        if blocks[items[k]].family == fam:
            del items[k:]
            break
    parent = items[-1] if items else anchor
    base = blocks[parent].number if parent is not None else ""
    number = f"{base}({m.value})"
    b = RawBlock(
        "clause", u.start, u.end, _body(u.text[m.end :]), section=section, parent=parent, number=number,
        label=m.label.strip(), depth=(blocks[parent].depth + 1) if parent is not None else 1,
        parent_number=blocks[parent].number if parent is not None else None,
        body_start=u.start + m.end, page=u.page, bbox=u.bbox, family=fam, item_value=m.value,
    )
    blocks.append(b)
    idx = len(blocks) - 1
    if parent is not None:
        blocks[parent].children.append(idx)
    items.append(idx)
    return idx
