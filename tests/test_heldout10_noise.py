"""Noise and body lost on the held-out batches, the tenth above all (tests/heldout10: twelve
texts written and annotated blind in session 10, opened at session 11's start): gates a
little under the figures reached by session 11's noise work, so that a change that lets a
class of chrome back in, or swallows a class of body lines again, shows. Scored as
test_structure_corpus.py scores noise (gold noise lines found in a block), and body lost by
tests/_compare.noise_figures (raw lines of 40 characters or more missing from the blocks)."""

from __future__ import annotations

import json

import pytest

from ctdocs import Clause

from ._compare import noise_figures
from .conftest import parsed
from .test_structure_corpus import HERE, _score, _stems

HELDOUT10 = HERE / "heldout10"


def test_held_out_batch_10_noise() -> None:
    s = _score(HELDOUT10, _stems(HELDOUT10))
    assert s.leaked[0] / s.leaked[1] <= 0.225, s.leaked  # 49/222 (58/222 at session 11's base)


# The texts whose classes session 11 fixed: a running foot glued to the next page's line
# (en01), running heads that number their page above an item (en05), a contents page of
# paragraph ranges with unpaged closing entries (en09). Leaked lines at most (reached; base).
PER_TEXT = {
    "en01_gao-counter-uas-critical-infrastructure": 11,  # 11/24 (12/24)
    "en05_nigeria-gazette-terrorism-amendment-act-2026": 7,  # 7/17 (9/17)
    "en09_eca-special-report-public-spaces": 3,  # 3/15 (9/15)
}


@pytest.mark.parametrize(("stem", "most"), sorted(PER_TEXT.items()))
def test_held_out_batch_10_noise_per_text(stem: str, most: int) -> None:
    s = _score(HELDOUT10, [stem])
    assert s.leaked[0] <= most, (stem, s.leaked)


def _lost(batch: str, stem: str) -> int:
    """Body lines lost of one plain-text held-out text."""
    raw = HERE / batch / "texts" / f"{stem}.txt"
    gold = json.loads((HERE / batch / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    doc = parsed(raw)
    body = " ".join(
        f"{b.title} {b.text}" if isinstance(b, Clause) and b.title else b.text for b in doc.blocks()
    )
    return noise_figures(body, gold["noise"], raw.read_text(encoding="utf-8"))[2]


# Body lines a noise rule swallowed, fixed in session 11: the rows of a box-drawn table read
# as menus (heldout7 fr10), an act's long title printed twice read as a photo caption
# (heldout8 en01), a schedule's header under its columns' numbers read as a menu (heldout10
# en05). Lost lines at most (reached; base).
LOST = {
    ("heldout7", "fr10_ue_reglement_execution_annexe"): 0,  # (8)
    ("heldout8", "en01_us_congress_bill"): 0,  # (6)
    # 12 since session 17 (margin17): the lines that carry a right-margin note ("… (in this
    # Amendment") are probed whole, but the note is now its section's title, set above it
    # (guidelines §1a) and the number is no body text: checked by hand, each of the 12 is in
    # the body once its note and number are taken out; a gold-exact output loses them too.
    ("heldout10", "en05_nigeria-gazette-terrorism-amendment-act-2026"): 12,  # (2)
}


@pytest.mark.parametrize(("batch", "stem"), sorted(LOST))
def test_held_out_body_lost_per_text(batch: str, stem: str) -> None:
    assert _lost(batch, stem) <= LOST[(batch, stem)], (batch, stem)
