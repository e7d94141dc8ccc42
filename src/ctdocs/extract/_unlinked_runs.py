"""Capitalised runs around English head nouns: the spans the unlinked-actor finder tries
as body names (``Joint Committee on the National Security Strategy``), cut after an
owner's possessive unless the owner is an office whose bare head names the body.
"""

from __future__ import annotations

from ._unlinked_cues import _Cues

__all__ = ["capital_runs"]


def capital_runs(folded: str, cues: _Cues) -> list[tuple[int, int]]:
    """Capitalised runs (joined by "of the", "for" ...) around each English head noun.

    Looking from the heads outwards, not at every capitalised word, keeps the
    work proportional to the few head nouns a text holds.
    """
    out: list[tuple[int, int]] = []
    for m in cues.organ_head.finditer(folded):
        if out and m.start() < out[-1][1]:
            continue  # a second head inside the run just found
        left = cues.run_left.search(folded, max(0, m.start() - 160), m.start())
        start = left.start() if left else m.start()
        owner = folded.rfind("'s ", start, m.start())  # "Eurojust's Genocide Network"
        if owner >= 0 and not _office_owned(folded, start, owner, m.start(), cues):
            start = owner + 3  # the owner is no part of the name
        office = cues.office_of.search(folded, max(0, start - 40), start)
        if office is not None and office.group(1).casefold() in cues.not_names:
            continue  # "Chief of the Defence Staff": an office, not a body
        right = cues.run_right.match(folded, m.end())
        out.append((start, right.end() if right else m.end()))
    return out


def _office_owned(folded: str, start: int, owner: int, head: int, cues: _Cues) -> bool:
    """Whether a bare head after an office's possessive is that body's whole name: the
    ``Attorney-General's Department``, the ``Prime Minister's Office`` (the office of two
    words or more, the head right after it); "Eurojust's Genocide Network" names the
    network alone."""
    words = [w for w in folded[start:owner].split() if w.casefold() not in cues.articles]
    return head == owner + 3 and len(words) >= 2
