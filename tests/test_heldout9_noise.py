"""Noise on the ninth held-out batch (tests/heldout9: twelve texts written and annotated blind
in session 9, opened at session 10's start): gates a little under the figures reached by the
noise work of session 10 (score.py: 64/285 leaked at the base, 39/285 after), so that a
change that lets a class of chrome back in shows. Its own file, beside the batch's structure
gates in test_structure_corpus.py, which scores the same way (noise lines found in a block)."""

from __future__ import annotations

import pytest

from .test_structure_corpus import HERE, _score, _stems

HELDOUT9 = HERE / "heldout9"


def test_held_out_batch_9_noise() -> None:
    s = _score(HELDOUT9, _stems(HELDOUT9))
    # 33/285 after session 11 (a Markdown copy's box headings kept on their own lines);
    # 39/285 after session 10, 64/285 at its base
    assert s.leaked[0] / s.leaked[1] <= 0.12, s.leaked


# The texts whose chrome classes session 10 fixed: a Markdown page's link menus (fr12), a
# consolidated code's history notes and version stamps (fr08), a site banner's two notices
# (en05). Leaked lines at most (reached; base).
PER_TEXT = {
    "fr12_onu-info-sahel-terrorisme-drones-conference": 3,  # 3/31 (9/31)
    "fr08_csi-chapitre-x-aeronefs-sans-personne": 4,  # 4/37 (15/37)
    "en05_treasury-ofac-designates-isis-k-facilitators": 0,  # 0/28 (4/28)
    # session 11: a UN press page read as Markdown (its "*   ***   *" rule), whose box
    # headings and menu items were soft-joined into paragraphs
    "en03_un-press-1267-committee-amends-entries": 8,  # 8/16 (14/16)
}


@pytest.mark.parametrize(("stem", "most"), sorted(PER_TEXT.items()))
def test_held_out_batch_9_noise_per_text(stem: str, most: int) -> None:
    s = _score(HELDOUT9, [stem])
    assert s.leaked[0] <= most, (stem, s.leaked)
