"""Pair the blocks of two language versions of one text (French and English).

A researcher holding the French and the English text of one NATO or UN
document wants to read them side by side and to carry findings from one to the
other: "clause 16.2.5 here is that clause there", "this unnumbered preamble
paragraph is that one". :func:`align` does this without any translation model,
from what both versions share whatever their language.

How it pairs, in three passes, always keeping reading order on both sides
(a monotone alignment: if A1 pairs with B3, nothing after A1 pairs with
anything before B3):

1. **Clause numbers.** A clause numbered ``7`` or ``1(b)(ii)`` on both sides is
   a pair (method ``"number"``), whatever its wording: numbers are what the two
   versions were built to share. When a number occurs twice in a document (a
   letter's ``1.`` and its annex's ``1.``), the k-th occurrence pairs with the
   k-th. If number pairs cross (rare: misnumbered input), the longest
   order-keeping chain of them is kept. These pairs cut both documents into
   segments that are aligned separately.

2. **Anchors and length** (method ``"anchors"``), inside each segment, by
   dynamic programming over the two block sequences (Needleman-Wunsch: each
   pair gains ``score - THRESHOLD``, leaving a block unpaired costs nothing,
   the order-keeping set of pairs with the largest total gain wins). The score
   of a candidate pair is in [0, 1]:

   * *anchors* — what a translation does not translate: actor ids (already
     language-independent: OTAN and NATO are both ``nato``), ISO date values,
     runs of digits (``1373``, ``2001``, ``48``; ``30 000`` and ``30,000`` give
     the same runs) and upper-case acronyms written alike in both documents
     (``VII``, ``SFOR``; ``OTAN``/``NATO`` are left to the actor ids). Their
     overlap is a weighted Dice coefficient, each anchor weighted by
     ``log(1 + N/df)`` so that an actor named in every paragraph counts less
     than a date named once;
   * *length* — ``min(r, 1/r)`` for ``r = (len_a + 20) / (c * len_b + 20)``,
     where ``c`` is the expected length ratio (French runs about 1.15 times
     the characters of English; 1 for one language) and the 20 characters
     keep short headings from swinging the ratio.

   With anchors on either side the score is ``0.75 * anchors + 0.25 * length``,
   so two blocks whose anchors do not overlap at all (or one with anchors, one
   without) stay under the threshold: a date or a name that one side has and
   the other lacks is strong evidence against. With no anchor on either side
   the score is ``0.5 * length``: length alone can pair two blocks, but never
   with the confidence of shared anchors. A heading paired with a non-heading
   has its score multiplied by 0.7. Two clauses with different numbers never
   pair.

3. **Position** (method ``"position"``). Where, between two consecutive pairs,
   exactly one block is left on each side and their lengths agree
   (length score at least 0.5), they are paired: a paragraph whose names the
   two extractions read differently ("the Allies" against "l'Alliance") is
   still the translation of the one it stands between.

What stays unpaired is reported in ``only_a`` and ``only_b``: a clause left
out of a partial translation, a translator's note, a footnote. The score of
every pair is kept, so a number pair whose content disagrees (score well
under :data:`THRESHOLD`) can be spotted.

Limits: one block pairs with at most one block (a paragraph split in two by
the translator pairs with one half); reordered paragraphs are not followed;
anchorless runs with a paragraph missing are aligned by length alone.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from os import PathLike
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .._offsets import SpanIndex
from ..models import Block, Clause, Document, Heading
from ._chains import longest_chain, monotone_path

__all__ = [
    "THRESHOLD",
    "AlignedPair",
    "Alignment",
    "AlignmentRow",
    "align",
    "align_documents",
    "block_label",
]

#: A pair must score above this to be kept by the anchor pass.
THRESHOLD = 0.3

#: Characters of the first language per character of the second, for a translation.
_CHAR_RATIO: dict[tuple[str, str], float] = {("fr", "en"): 1.15, ("en", "fr"): 1 / 1.15}
_LENGTH_SMOOTHING = 20.0
_ANCHOR_WEIGHT = 0.75
assert 1 - _ANCHOR_WEIGHT <= THRESHOLD  # align() skips pairs with disjoint anchors on this ground
_LENGTH_ONLY_WEIGHT = 0.5
_EVIDENCE_SCALE = 2.0
_HEADING_MISMATCH = 0.7
_POSITION_MIN_LENGTH = 0.5

_DIGITS = re.compile(r"\d+")
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*\b")

Method = Literal["number", "anchors", "position"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class AlignedPair(_Frozen):
    """A block of the first document and its counterpart in the second."""

    a: str = Field(description="Block id in the first document.")
    b: str = Field(description="Block id in the second document.")
    a_number: str | None = Field(
        default=None, description="Clause number of block a, if it is a clause."
    )
    b_number: str | None = Field(
        default=None, description="Clause number of block b, if it is a clause."
    )
    score: float = Field(
        description="Content agreement in [0, 1] (anchors and length), for every method."
    )
    method: Method = Field(
        description="number: same clause number; anchors: shared anchors and "
        "length; position: the only block left on each side between two pairs."
    )


class AlignmentRow(_Frozen):
    """One line of the side-by-side view: a pair, or a block found on one side only."""

    a: str | None = None
    b: str | None = None
    score: float | None = None
    method: Method | None = None


class Alignment(_Frozen):
    """The result of :func:`align`: pairs in reading order and the unpaired leftovers."""

    language_a: str
    language_b: str
    pairs: tuple[AlignedPair, ...] = ()
    only_a: tuple[str, ...] = Field(
        default=(), description="Ids of blocks of a with no counterpart."
    )
    only_b: tuple[str, ...] = Field(
        default=(), description="Ids of blocks of b with no counterpart."
    )
    rows: tuple[AlignmentRow, ...] = Field(
        default=(), description="Pairs and leftovers merged in the reading order of both documents."
    )

    def counterpart_of_a(self, block_id: str) -> str | None:
        """The id in b paired with block ``block_id`` of a, or None."""
        return next((p.b for p in self.pairs if p.a == block_id), None)

    def counterpart_of_b(self, block_id: str) -> str | None:
        """The id in a paired with block ``block_id`` of b, or None."""
        return next((p.a for p in self.pairs if p.b == block_id), None)


# ---------------------------------------------------------------------------
# features of a block


@dataclass(frozen=True, slots=True)
class _Item:
    block: Block
    number: str | None
    anchors: frozenset[str]
    length: int
    heading: bool


def block_text(block: Block) -> str:
    """A block's text with its clause title, as a reader sees it."""
    if isinstance(block, Clause) and block.title:
        return f"{block.title}. {block.text}".strip()
    return block.text


def block_label(block: Block) -> str:
    """A short label for tables: the clause number, or the kind of an unnumbered block."""
    if isinstance(block, Clause):
        return block.number
    return {"heading": "[h]", "list_item": "[-]"}.get(block.kind, "[p]")


def _spans(spans: list[tuple[int, int, str]]) -> SpanIndex[tuple[int, int, str]]:
    """(start, end, value) triples sorted, to find those that overlap a block."""
    ordered = sorted(spans)
    return SpanIndex(ordered, [(s, e) for s, e, _ in ordered])


def _raw_features(doc: Document) -> list[tuple[Block, set[str], set[str]]]:
    """Per block: language-independent anchors, and acronym candidates (filtered later).

    Digits are read from the block's text and title (not its printed number);
    acronyms from its span with every actor mention blanked out, since an
    actor's acronym (OTAN, NATO) is already there as the actor's id.
    """
    actors = _spans([(m.start, m.end, a.id) for a in doc.actors for m in a.mentions])
    dates = _spans([(d.start, d.end, d.value) for d in doc.dates])
    out: list[tuple[Block, set[str], set[str]]] = []
    for block in doc.blocks():
        mentions = actors.overlapping(block.start, block.end)
        # Read from the graph: the extract stage cuts mentions at block bounds, so a
        # masthead "United Nations" / "Security Council" is two names, one per line.
        anchors = {f"actor:{a}" for _, _, a in mentions}
        anchors |= {
            f"date:{v}" for s, _, v in dates.overlapping(block.start, block.end) if s >= block.start
        }
        anchors |= {
            f"num:{m.group().lstrip('0') or '0'}" for m in _DIGITS.finditer(block_text(block))
        }
        span = doc.text[block.start : block.end]
        pieces, pos = [], 0
        for s, e, _ in mentions:  # blank the mentions out, keeping offsets
            s, e = max(s - block.start, pos), max(min(e - block.start, len(span)), pos)
            pieces += [span[pos:s], " " * (e - s)]
            pos = e
        pieces.append(span[pos:])
        acronyms = {f"acr:{m.group()}" for m in _ACRONYM.finditer("".join(pieces))}
        out.append((block, anchors, acronyms))
    return out


def _items(
    features: list[tuple[Block, set[str], set[str]]], shared_acronyms: set[str]
) -> list[_Item]:
    return [
        _Item(
            block=b,
            number=b.number if isinstance(b, Clause) else None,
            anchors=frozenset(anchors | (acronyms & shared_acronyms)),
            length=len(block_text(b)),
            heading=isinstance(b, Heading),
        )
        for b, anchors, acronyms in features
    ]


# ---------------------------------------------------------------------------
# scoring


class _Scorer:
    def __init__(self, a: list[_Item], b: list[_Item], ratio: float) -> None:
        df: dict[str, int] = defaultdict(int)
        for it in (*a, *b):
            for t in it.anchors:
                df[t] += 1
        n = max(len(a) + len(b), 1)
        self.weight = {t: math.log(1 + n / k) for t, k in df.items()}
        self.ratio = ratio

    def length(self, x: _Item, y: _Item) -> float:
        r = (x.length + _LENGTH_SMOOTHING) / (self.ratio * y.length + _LENGTH_SMOOTHING)
        return min(r, 1 / r)

    def score(self, x: _Item, y: _Item) -> float:
        length = self.length(x, y)
        if x.anchors or y.anchors:
            w = self.weight
            common = sum(w[t] for t in x.anchors & y.anchors)
            total = sum(w[t] for t in x.anchors) + sum(w[t] for t in y.anchors)
            evidence = (2 * common / total) * (1 - math.exp(-common / _EVIDENCE_SCALE))
            s = _ANCHOR_WEIGHT * evidence + (1 - _ANCHOR_WEIGHT) * length
        else:
            s = _LENGTH_ONLY_WEIGHT * length
        if x.heading != y.heading:
            s *= _HEADING_MISMATCH
        return round(s, 4)


def _numbers_clash(x: _Item, y: _Item) -> bool:
    return x.number is not None and y.number is not None and x.number != y.number


# ---------------------------------------------------------------------------
# passes


def _number_pairs(a: list[_Item], b: list[_Item]) -> list[tuple[int, int]]:
    """Equal clause numbers (k-th occurrence with k-th), then the longest order-keeping chain."""

    def keyed(items: list[_Item]) -> dict[tuple[str, int], int]:
        seen: dict[str, int] = defaultdict(int)
        out: dict[tuple[str, int], int] = {}
        for i, it in enumerate(items):
            if it.number is not None:
                out[(it.number, seen[it.number])] = i
                seen[it.number] += 1
        return out

    ka, kb = keyed(a), keyed(b)
    return longest_chain(sorted((i, kb[k]) for k, i in ka.items() if k in kb))


_Row = tuple[int | None, int | None, Method | None]


def align(
    doc_a: Document | str | PathLike[str], doc_b: Document | str | PathLike[str]
) -> Alignment:
    """Pair the blocks of two language versions of one text; see the module docstring for how.

    ``doc_a`` and ``doc_b`` are parsed documents or paths (parsed with
    :func:`ctdocs.parse_document`): a thin wrapper for notebooks over
    :func:`align_documents`, which works on the graph alone.
    """
    from .._parse import parse_document

    da = doc_a if isinstance(doc_a, Document) else parse_document(doc_a)
    db = doc_b if isinstance(doc_b, Document) else parse_document(doc_b)
    return align_documents(da, db)


def align_documents(da: Document, db: Document) -> Alignment:
    """Pair the blocks of two parsed language versions of one text (the module docstring says how).

    Every block takes part: headings, paragraphs (front matter and signatures
    too), list items and clauses; noise never does. The result is deterministic.
    """
    raw_a, raw_b = _raw_features(da), _raw_features(db)
    shared = {t for _, _, acr in raw_a for t in acr} & {t for _, _, acr in raw_b for t in acr}
    ia, ib = _items(raw_a, shared), _items(raw_b, shared)
    scorer = _Scorer(ia, ib, _CHAR_RATIO.get((da.language, db.language), 1.0))
    rows = _position_pass(_anchor_rows(ia, ib, scorer), ia, ib, scorer)
    return _alignment(da, db, rows, ia, ib, scorer)


def _anchor_rows(ia: list[_Item], ib: list[_Item], scorer: _Scorer) -> list[_Row]:
    """Passes 1 and 2: number pairs cut both sides into segments, each aligned by anchors."""
    rows: list[_Row] = []
    pa = pb = 0
    for na, nb in [*_number_pairs(ia, ib), (len(ia), len(ib))]:
        seg_a, seg_b = range(pa, na), range(pb, nb)
        for x_, y_ in monotone_path(seg_a, seg_b, _segment_gains(seg_a, seg_b, ia, ib, scorer)):
            rows.append((x_, y_, "anchors" if x_ is not None and y_ is not None else None))
        if na < len(ia):
            rows.append((na, nb, "number"))
        pa, pb = na + 1, nb + 1
    return rows


def _segment_gains(
    seg_a: range, seg_b: range, ia: list[_Item], ib: list[_Item], scorer: _Scorer
) -> dict[tuple[int, int], float]:
    """What pairing each block of one segment with each of the other would gain (if anything)."""
    gain: dict[tuple[int, int], float] = {}
    for x in seg_a:
        ax = ia[x]
        for y in seg_b:
            by = ib[y]
            # Anchors on either side but none shared: the score is at most the length
            # part, 1 - _ANCHOR_WEIGHT <= THRESHOLD, so the pair cannot gain. Skip early.
            if (ax.anchors or by.anchors) and ax.anchors.isdisjoint(by.anchors):
                continue
            if _numbers_clash(ax, by):
                continue
            g = scorer.score(ax, by) - THRESHOLD
            if g > 0:
                gain[(x, y)] = g
    return gain


def _alignment(
    da: Document, db: Document, rows: list[_Row], ia: list[_Item], ib: list[_Item], scorer: _Scorer
) -> Alignment:
    """The rows as the public result: pairs with their scores, leftovers, side-by-side rows."""
    pairs: list[AlignedPair] = []
    out_rows: list[AlignmentRow] = []
    for ra, rb, method in rows:
        a_id = ia[ra].block.id if ra is not None else None
        b_id = ib[rb].block.id if rb is not None else None
        if ra is None or rb is None or method is None:
            out_rows.append(AlignmentRow(a=a_id, b=b_id))
            continue
        s = scorer.score(ia[ra], ib[rb])
        pairs.append(
            AlignedPair(
                a=ia[ra].block.id,
                b=ib[rb].block.id,
                a_number=ia[ra].number,
                b_number=ib[rb].number,
                score=s,
                method=method,
            )
        )
        out_rows.append(AlignmentRow(a=a_id, b=b_id, score=s, method=method))
    return Alignment(
        language_a=da.language,
        language_b=db.language,
        pairs=tuple(pairs),
        only_a=tuple(ia[x].block.id for x, y, _ in rows if y is None and x is not None),
        only_b=tuple(ib[y].block.id for x, y, _ in rows if x is None and y is not None),
        rows=tuple(out_rows),
    )


def _position_pass(
    rows: list[_Row], ia: list[_Item], ib: list[_Item], scorer: _Scorer
) -> list[_Row]:
    """Pair the lone leftover on each side of a gap between two pairs (see the module docstring)."""
    out: list[_Row] = []
    gap: list[_Row] = []

    def flush() -> None:
        lone_a = [x for x, _, _ in gap if x is not None]
        lone_b = [y for _, y, _ in gap if y is not None]
        if len(lone_a) == 1 and len(lone_b) == 1:
            x, y = lone_a[0], lone_b[0]
            if (
                not _numbers_clash(ia[x], ib[y])
                and ia[x].heading == ib[y].heading
                and scorer.length(ia[x], ib[y]) >= _POSITION_MIN_LENGTH
            ):
                out.append((x, y, "position"))
                gap.clear()
                return
        out.extend(gap)
        gap.clear()

    for row in rows:
        if row[0] is not None and row[1] is not None:
            flush()
            out.append(row)
        else:
            gap.append(row)
    flush()
    return out
