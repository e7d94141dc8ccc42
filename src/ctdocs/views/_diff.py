"""Compare two versions of one text in one language: an action plan and its update.

What a researcher asks of two versions is not a line diff but "which clauses
were added, dropped, renumbered or reworded?". Inserting a new 3.2 shifts old
3.2 to 3.3, 3.3 to 3.4 and so on: those clauses are *renumbered*, not
rewritten, and a line diff (or a comparison by number) would call every one
of them changed. :func:`diff_versions` matches blocks by their text, so the
cascade comes out as what it is.

How blocks are matched (every block takes part: headings, paragraphs, list
items and clauses; a clause's title counts as part of its text; a heading
only ever matches a heading):

1. **Similarity.** ``rapidfuzz.process.cdist`` with ``fuzz.ratio`` scores
   every old block against every new one, 0-100, on text whose white space,
   apostrophes, quotes and no-break spaces are normalised (case and
   punctuation are kept, so 100 means the same wording).
2. **Near-identical blocks in order.** Among pairs at least
   :data:`MOVE_MIN` (90) alike, the order-keeping chain of largest weight
   (similarity, plus a little when the number is the same) is kept: these
   blocks stayed where they were, give or take their number. This is what
   makes a cascade come out right: after an inserted 3.2, old 3.2 is the
   identical new 3.3.
3. **Moves.** A near-identical pair that the chain could not keep, because it
   crosses it, is a block carried elsewhere (best first): *moved*.
4. **The rest in order.** Between two chained blocks, what is left is matched
   by a dynamic programme (Needleman-Wunsch): the order-keeping set of
   matches of largest total gain, where a match gains
   ``(similarity - 60) / 40``, plus 0.4 when both blocks carry the same
   clause number. So two blocks are the same block reworded when they are
   more alike than different paragraphs of one document usually are
   (``fuzz.ratio`` between different clauses of the seed corpus: median 36,
   99th percentile 52), and a clause that keeps its number may be reworded
   more (down to similarity 45) before it counts as removed-and-added.

Each match then gets its facets: ``renumbered`` (the number differs, or one
side has none), ``text_changed`` (similarity under 100) and ``moved``; and one
``kind`` for reading, by precedence: ``changed`` (any wording change, even
when also renumbered or moved) > ``moved`` > ``renumbered`` > ``unchanged``.
Unmatched old blocks are ``removed``, unmatched new ones ``added``.
"""

from __future__ import annotations

import re
from collections import Counter
from os import PathLike
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .._errors import LanguageMismatchError  # re-exported: its home is _errors
from ..models import Block, Clause, Document, Heading
from ._align import block_text
from ._chains import heaviest_chain, monotone_path

__all__ = [
    "DiffEntry",
    "DiffKind",
    "LanguageMismatchError",
    "VersionDiff",
    "diff_documents",
    "diff_versions",
]

DiffKind = Literal["added", "removed", "changed", "moved", "renumbered", "unchanged"]

#: Below this similarity two blocks without the same number are not the same block.
MATCH_MIN = 60.0
#: Added to a match's gain when both blocks carry the same clause number.
SAME_NUMBER_BONUS = 0.4
#: Similarity from which a block out of order counts as moved rather than removed and added.
MOVE_MIN = 90.0

_SPACES = re.compile(r"\s+")
_PUNCT = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u00a0": " ",
        "\u202f": " ",
    }
)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class DiffEntry(_Frozen):
    """One block of the old version, the new version, or both."""

    kind: DiffKind
    block_kind: str = Field(
        description="clause, paragraph, list_item or heading (of the new block if any)."
    )
    old_id: str | None = None
    new_id: str | None = None
    old_number: str | None = None
    new_number: str | None = None
    similarity: float | None = Field(
        default=None,
        description="fuzz.ratio 0-100 of the normalised texts; None for added/removed.",
    )
    renumbered: bool = False
    text_changed: bool = False
    moved: bool = False


class VersionDiff(_Frozen):
    """The result of :func:`diff_versions`: one entry per block, in the new version's reading order.

    Removed blocks stand where they stood in the old version, after the block
    that preceded them there.
    """

    entries: tuple[DiffEntry, ...] = ()

    @property
    def changes(self) -> list[DiffEntry]:
        """Every entry except the unchanged ones."""
        return [e for e in self.entries if e.kind != "unchanged"]

    @property
    def has_changes(self) -> bool:
        return any(e.kind != "unchanged" for e in self.entries)

    def counts(self) -> dict[str, int]:
        """Entries per kind, every kind present (zero when absent), in a fixed order."""
        c = Counter(e.kind for e in self.entries)
        return {
            k: c.get(k, 0)
            for k in ("added", "removed", "renumbered", "moved", "changed", "unchanged")
        }

    def of_kind(self, kind: DiffKind) -> list[DiffEntry]:
        return [e for e in self.entries if e.kind == kind]


def normalise(text: str) -> str:
    """The text compared: typographic quotes and odd spaces unified, white space collapsed."""
    return _SPACES.sub(" ", text.translate(_PUNCT)).strip()


def _number(block: Block) -> str | None:
    return block.number if isinstance(block, Clause) else None


def _similarity(old: list[Block], new: list[Block]) -> list[list[float]]:
    from rapidfuzz import fuzz, process

    if not old or not new:
        return [[] for _ in old]
    a = [normalise(block_text(b)) for b in old]
    b = [normalise(block_text(x)) for x in new]
    m = process.cdist(a, b, scorer=fuzz.ratio, dtype="float32")
    # float32 is plenty for a 0-100 ratio; round so that output is stable across platforms.
    return [[round(float(v), 2) for v in row] for row in m]


def _compatible(o: Block, n: Block) -> bool:
    return isinstance(o, Heading) == isinstance(n, Heading)


def _same_number(o: Block, n: Block) -> bool:
    number = _number(o)
    return number is not None and number == _number(n)


def _chain(old: list[Block], new: list[Block], sim: list[list[float]]) -> list[tuple[int, int]]:
    """Near-identical pairs: the order-keeping chain of largest weight (step 2, module doc)."""
    heads_old = [isinstance(b, Heading) for b in old]
    heads_new = [isinstance(b, Heading) for b in new]
    nums_old, nums_new = [_number(b) for b in old], [_number(b) for b in new]
    cands = [
        (i, j)
        for i, row in enumerate(sim)
        for j, v in enumerate(row)
        if v >= MOVE_MIN and heads_old[i] == heads_new[j]
    ]
    weight = [
        sim[i][j] / 100.0 + (0.1 if nums_old[i] is not None and nums_old[i] == nums_new[j] else 0.0)
        for i, j in cands
    ]
    return heaviest_chain(cands, weight)


def _match(
    old: list[Block], new: list[Block], sim: list[list[float]]
) -> tuple[list[tuple[int | None, int | None]], dict[int, int]]:
    """Steps 2-4 of the module doc: the path of rows in reading order, and moves (new -> old)."""
    chain = _chain(old, new, sim)
    in_chain_old = {i for i, _ in chain}
    in_chain_new = {j for _, j in chain}
    moves = sorted(
        (
            (sim[i][j], i, j)
            for i in range(len(old))
            for j in range(len(new))
            if i not in in_chain_old
            and j not in in_chain_new
            and sim[i][j] >= MOVE_MIN
            and _compatible(old[i], new[j])
        ),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    moved: dict[int, int] = {}
    moved_old: set[int] = set()
    for _, i, j in moves:
        if i not in moved_old and j not in moved:
            moved[j] = i
            moved_old.add(i)

    path: list[tuple[int | None, int | None]] = []
    pi = pj = 0
    for ci, cj in [*chain, (len(old), len(new))]:
        seg_old, seg_new = range(pi, ci), range(pj, cj)
        gain: dict[tuple[int, int], float] = {}
        for i in seg_old:
            if i in moved_old:
                continue
            for j in seg_new:
                if j in moved or not _compatible(old[i], new[j]):
                    continue
                g = (sim[i][j] - MATCH_MIN) / (100.0 - MATCH_MIN)
                if _same_number(old[i], new[j]):
                    g += SAME_NUMBER_BONUS
                if g > 0:
                    gain[(i, j)] = g
        path.extend(monotone_path(seg_old, seg_new, gain))
        if ci < len(old):
            path.append((ci, cj))
        pi, pj = ci + 1, cj + 1
    return path, moved


def diff_versions(
    old: Document | str | PathLike[str], new: Document | str | PathLike[str]
) -> VersionDiff:
    """Compare two versions of one text; see the module docstring for how.

    ``old`` and ``new`` are parsed documents or paths: a thin wrapper for
    notebooks over :func:`diff_documents`, which works on the graph alone.
    """
    from .._parse import parse_document

    do = old if isinstance(old, Document) else parse_document(old)
    dn = new if isinstance(new, Document) else parse_document(new)
    return diff_documents(do, dn)


def diff_documents(do: Document, dn: Document) -> VersionDiff:
    """Compare two parsed versions of one text (the module docstring says how).

    Both must be in one language (:class:`LanguageMismatchError` otherwise: use
    :func:`ctdocs.align` for a French and an English text). The result is
    deterministic. Matching costs O(n²) in the blocks (the similarity matrix and
    the gaps between chained blocks) plus O(k log n) for the k near-identical pairs.
    """
    if do.language != dn.language:
        raise LanguageMismatchError(
            f"{do.source.name or 'old'} is in {do.language!r} and {dn.source.name or 'new'} in "
            f"{dn.language!r}: diff compares two versions in one language; "
            "use align for two languages"
        )
    ob, nb = do.blocks(), dn.blocks()
    sim = _similarity(ob, nb)
    path, moved = _match(ob, nb, sim)
    used_old = set(moved.values())

    entries: list[DiffEntry] = []
    for oi, nj in path:
        if oi is not None and nj is None:
            if oi in used_old:
                continue  # reported where it now stands
            entries.append(_unpaired(ob[oi], removed=True))
        elif oi is None and nj is not None:
            if nj in moved:
                entries.append(_matched(ob[moved[nj]], nb[nj], sim[moved[nj]][nj], moved=True))
            else:
                entries.append(_unpaired(nb[nj], removed=False))
        elif oi is not None and nj is not None:
            entries.append(_matched(ob[oi], nb[nj], sim[oi][nj], moved=False))
    return VersionDiff(entries=tuple(entries))


def _unpaired(b: Block, *, removed: bool) -> DiffEntry:
    """A block with no partner in the other version: removed from the old one, or added in
    the new one (its id and number on that version's side)."""
    if removed:
        return DiffEntry(kind="removed", block_kind=b.kind, old_id=b.id, old_number=_number(b))
    return DiffEntry(kind="added", block_kind=b.kind, new_id=b.id, new_number=_number(b))


def _matched(o: Block, n: Block, similarity: float, *, moved: bool) -> DiffEntry:
    renumbered = _number(o) != _number(n)
    text_changed = normalise(block_text(o)) != normalise(block_text(n))
    kind: DiffKind = (
        "changed"
        if text_changed
        else "moved"
        if moved
        else "renumbered"
        if renumbered
        else "unchanged"
    )
    return DiffEntry(
        kind=kind,
        block_kind=n.kind,
        old_id=o.id,
        new_id=n.id,
        old_number=_number(o),
        new_number=_number(n),
        similarity=similarity,
        renumbered=renumbered,
        text_changed=text_changed,
        moved=moved,
    )
