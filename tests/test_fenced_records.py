"""A database's record box at a page's top, French and English side by side: the lines
between two drawn rules, each a ``Label : value`` field, are the page's record, whatever
the labels (src/ctdocs/layout/_bibliographic.py, fenced records); a box holding a line
that is no field, or a dateline, keeps what is the text's."""

from __future__ import annotations

import pytest

from ctdocs.layout._bibliographic import _mark_fenced
from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

RULE = "=" * 74
FIELDS = {  # a dateline ends the record runs' head: the fields after it are the box's
    "fr": [
        "Juridiction : Cour suprême",
        "Numéro : Arrêt n° 142/P",
        "Date : 24/09/2026",
        "Matière : Terrorisme - Loi n° 2014/028 - Tribunal militaire - Compétence",
        "Mots-clés : apologie ; soutien logistique ; carburant ; groupe armé",
    ],
    "en": [
        "Court : Supreme Court",
        "Number : Judgment No. 142/P",
        "Date : 24/09/2026",
        "Subject matter : Terrorism - Law No. 2014/028 - Military court - Jurisdiction",
        "Keywords : glorification ; logistic support ; fuel ; armed group",
    ],
}
TEXT = {
    "fr": "LA COUR,\n\nStatuant sur le pourvoi formé par le prévenu contre l'arrêt de la "
    "cour d'appel, rejette le pourvoi et condamne le demandeur aux dépens.\n",
    "en": "THE COURT,\n\nRuling on the appeal lodged by the accused against the judgment of "
    "the court of appeal, dismisses the appeal and orders the appellant to pay the costs.\n",
}
TITLE = {
    "fr": "Arrêt relatif à la compétence du tribunal militaire",
    "en": "Judgment on the jurisdiction of the military court",
}


def _reasons(box: list[str], lang: str) -> dict[str, str | None]:
    """The fenced-record pass alone, on units whose other reasons are cleared."""
    text = "Site de jurisprudence\n\n" + "\n".join([RULE, *box, RULE]) + "\n\n" + TEXT[lang]
    units = segment(normalise(text, markdown=False))
    for u in units:
        u.noise = None
    _mark_fenced(units)
    return {u.text: u.noise for u in units}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_box_of_fields_between_two_rules_is_the_record(lang: str) -> None:
    got = _reasons(FIELDS[lang], lang)
    box = [t for t in got if any(t.startswith(f[:12]) for f in FIELDS[lang])]
    assert len(box) >= 3 and all(got[t] == "metadata" for t in box), got
    assert got[RULE] is None
    assert got["LA COUR," if lang == "fr" else "THE COURT,"] is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_box_holding_a_title_is_the_texts(lang: str) -> None:
    got = _reasons([*FIELDS[lang], TITLE[lang]], lang)
    assert all(v is None for v in got.values()), got


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_boxs_date_field_is_the_records_too(lang: str) -> None:
    """Through the whole layout stage: the head rules would protect ``Date : …`` as a
    dateline, but inside the box it is the record's field like the others."""
    box = "\n".join([RULE, *FIELDS[lang], RULE])
    text = "Site de jurisprudence\n\n" + box + "\n\n" + TEXT[lang]
    got = {u.text: u.noise for u in segment(normalise(text, markdown=False))}
    assert got["Date : 24/09/2026"] is not None
    assert got["LA COUR," if lang == "fr" else "THE COURT,"] is None
