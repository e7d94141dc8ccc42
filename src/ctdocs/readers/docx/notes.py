"""Footnotes and endnotes, headers and footers: the stories beside the body.

A note is read as footnote paragraphs whose first one opens with the note's
mark as printed (the mark its reference got in the body, see
:func:`.body._call`), so that the structure stage links the two like a PDF's
footnote and its call. Notes come in the order they are referenced; the
separator notes Word keeps for the rule above the notes are not text. The
note numbering format and start come from the settings part
(``w:footnotePr``/``w:endnotePr``): decimal footnotes and lower-roman
endnotes by default, as in Word.

Headers and footers are page furniture: their paragraphs are kept, each part
once, marked ``page-header`` or ``page-footer``.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from .body import Context, Para, read_blocks
from .package import W

__all__ = ["furniture", "note_settings", "notes"]

_Q = f"{{{W}}}"


def note_settings(settings: etree._Element | None, ctx: Context) -> None:
    """Take the document's note number formats and starts from ``word/settings.xml``."""
    if settings is None:
        return
    for kind in ("footnote", "endnote"):
        pr = settings.find(f"{_Q}{kind}Pr")
        if pr is None:
            continue
        fmt = pr.find(_Q + "numFmt")
        if fmt is not None and fmt.get(_Q + "val"):
            ctx.note_fmt[kind] = fmt.get(_Q + "val", "decimal")
        start = pr.find(_Q + "numStart")
        v = start.get(_Q + "val", "") if start is not None else ""
        if v.isdecimal():
            ctx.note_start[kind] = int(v)


def notes(root: etree._Element | None, kind: str, ctx: Context) -> Iterator[Para]:
    """The notes of one part as footnote paragraphs, in the order the body cites them."""
    if root is None:
        return
    by_id: dict[str, etree._Element] = {}
    for note in root.iterfind(_Q + kind):
        if note.get(_Q + "type") in (None, "normal"):
            by_id[note.get(_Q + "id", "")] = note
    cited = [nid for (k, nid) in ctx.marks if k == kind and nid in by_id]
    rest = [nid for nid in by_id if (kind, nid) not in ctx.marks]
    for nid in cited + rest:
        mark = ctx.marks.get((kind, nid), "")
        first = True
        for para in read_blocks(by_id[nid], ctx, "footnote"):
            if first and mark:
                text = para.text().lstrip()
                para.pieces = [(mark + " ", False), (text, False)] if text else [(mark, False)]
                first = False
            yield para


def furniture(roots: list[etree._Element], kind: str, ctx: Context) -> Iterator[Para]:
    """Header or footer paragraphs (``kind``: page-header, page-footer), each part once."""
    for root in roots:
        yield from read_blocks(root, ctx, kind)
