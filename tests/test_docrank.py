"""The learned second opinion on the document's own date (ctdocs.extract._docrank),
guidelines §6: heard only where the rules' pick is unsure, and only by a wide margin.

The overruling rows replay what the rules picked on a held-out batch at first sight (a
page's stamp in the front matter, a related item's date, no date), by standing in for the
rules' pick; the expected date is the one the text prints as its own, read by hand:
- heldout26 fr10: "Version 3.1 — validée par le Comité de sécurité civile le 22 octobre
  2026" (its front matter's "last_edited_time: 2026-11-03" is the copy's stamp);
- heldout20 en03: "Published: 18 November 2026" under the title (the "— 12 June 2026"
  of a related item in the page's list is another page's);
- heldout22 fr02: the dateline "Conakry, le 12 FEV 2026" over the circular's number.
The kept rows are the rules' own picks of a page's stamp where nothing else dates the
page (heldout33 fr12 "Dernière mise à jour : 14/01/2026", heldout18 en07 "Last updated 8
January 2027"): the ranker prefers another date there, by less than the margin.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from ctdocs import parse_document
from ctdocs.extract import _document
from ctdocs.extract._dates import DateHit
from ctdocs.extract._docrank import unsure
from ctdocs.extract._docrankschema import FEATURES, DateRankerFile, load_date_ranker

TESTS = Path(__file__).parent


def _text(batch: str, stem: str) -> Path:
    return next((TESTS / batch / "texts").glob(f"{stem}*"))


def _rules_pick(monkeypatch: pytest.MonkeyPatch, value: str | None) -> None:
    """The rules' pick stood in for: the first hit of ``value`` (None: no date)."""

    def pick(
        text: str,
        hits: Sequence[DateHit],
        chrome: Sequence[tuple[int, int]] = (),
        title: str | None = None,
        scored: object = None,
    ) -> DateHit | None:
        return next((h for h in hits if h.value == value), None)

    monkeypatch.setattr(_document, "own_date", pick)


@pytest.mark.parametrize(
    ("batch", "stem", "first_sight", "own"),
    [
        ("heldout26", "fr10_notion-export-ville-montreal", "2026-11-03", "2026-10-22"),
        ("heldout20", "en03_esafety-gov-au-media-release", "2026-06-12", "2026-11-18"),
        ("heldout22", "fr02_guinee-mspc-circulaire", None, "2026-02-12"),
        ("heldout20", "en03_esafety-gov-au-media-release", None, "2026-11-18"),
    ],
)
def test_an_unsure_wrong_pick_is_overruled(
    monkeypatch: pytest.MonkeyPatch, batch: str, stem: str, first_sight: str | None, own: str
) -> None:
    _rules_pick(monkeypatch, first_sight)
    doc = parse_document(_text(batch, stem))
    assert doc.date is not None
    assert doc.date.value == own


@pytest.mark.parametrize(
    ("batch", "stem", "own"),
    [
        ("heldout33", "fr12_vsse-be-page-missions", "2026-01-14"),
        ("heldout18", "en07_unoct-gitbook-vulnerable-targets", "2027-01-08"),
    ],
)
def test_a_stamp_that_alone_dates_the_page_stays(batch: str, stem: str, own: str) -> None:
    doc = parse_document(_text(batch, stem))
    assert doc.date is not None
    assert doc.date.value == own


def _hit(text: str, written: str, value: str) -> DateHit:
    at = text.index(written)
    return DateHit(at, at + len(written), written, value, "day")


@pytest.mark.parametrize(
    ("text", "written", "value", "expected"),
    [
        # a stamp's cue before the date on its line
        ("Rapport\n\nMis à jour le 3 mars 2026\n\nTexte.", "3 mars 2026", "2026-03-03", True),
        ("Report\n\nLast updated 3 March 2026\n\nText.", "3 March 2026", "2026-03-03", True),
        # the site's front matter
        ("---\ndate: 2026-03-03\n---\n\n# Rapport\n", "2026-03-03", "2026-03-03", True),
        ("---\ndate: 2026-03-03\n---\n\n# Report\n", "2026-03-03", "2026-03-03", True),
        # an adoption's cue: the rules are sure
        ("Rapport\n\nAdopté le 3 mars 2026\n\nTexte.", "3 mars 2026", "2026-03-03", False),
        ("Report\n\nAdopted on 3 March 2026\n\nText.", "3 March 2026", "2026-03-03", False),
    ],
)
def test_unsure(text: str, written: str, value: str, expected: bool) -> None:
    assert unsure(text, _hit(text, written, value), ()) is expected


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Accueil\n\nRapport\n\n12 juin 2026", "12 juin 2026"),
        ("Home\n\nReport\n\n12 June 2026", "12 June 2026"),
    ],
)
def test_no_date_is_unsure_and_noise_only_where_it_holds_the_date(text: str, written: str) -> None:
    hit = _hit(text, written, "2026-06-12")
    assert unsure(text, None, ())
    assert unsure(text, hit, [(0, 7, "navigation")]) is False  # the menu above, not the date
    assert unsure(text, hit, [(hit.start, hit.end, "toc")])


def test_the_shipped_weights_name_every_feature_once() -> None:
    model = load_date_ranker()
    assert sorted(model.weights) == sorted(FEATURES)
    assert model.margin > 0


def test_a_weights_table_missing_a_feature_is_refused() -> None:
    raw = load_date_ranker().model_dump()
    del raw["weights"]["count"]
    with pytest.raises(ValueError, match="count"):
        DateRankerFile.model_validate(raw)
