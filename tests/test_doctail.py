"""The block under a text's last paragraph of running prose (:mod:`ctdocs.extract._doctail`).

A related-items box, a "Read also" list, a sources list or a downloads block under the
body dates other documents: its lines' dates lose to the page's byline, its publication
line or, when nothing else dates it, its update stamp (annotation guidelines §2 and §6);
a closing formula or a dateline there stays the text's own. Every row is a short page
written by hand in a publisher's style none of the held-out batches has, French and
English side by side; each expected value was worked out from §6 before the code ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ctdocs import parse_document
from ctdocs._offsets import SpanIndex
from ctdocs.extract._doctail import tail_entry, tail_start

_NONE: SpanIndex[tuple[int, int]] = SpanIndex([], [])
_PROSE_EN = (
    "Venue operators should assess the risk of a vehicle attack at every entrance "
    "used by the public.\n\n"
)
_PROSE_FR = (
    "Les exploitants doivent évaluer le risque d'une attaque au véhicule à chaque "
    "entrée ouverte au public.\n\n"
)
# a body of three paragraphs (the same paragraph thrice would be a page's repeated chrome)
_BODY_EN = (
    _PROSE_EN + "Where the risk is high, they should install tested barriers at the "
    "entrances.\n\nStaff should be trained to report hostile reconnaissance to the "
    "security manager.\n\n"
)
_BODY_FR = (
    _PROSE_FR + "Lorsque le risque est élevé, ils installent des barrières éprouvées aux "
    "entrées.\n\nLe personnel est formé à signaler les repérages suspects au responsable "
    "de la sûreté.\n\n"
)


def _date(tmp_path: Path, name: str, text: str) -> str | None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    d = parse_document(path).date
    return None if d is None else d.value


@pytest.mark.parametrize(
    ("name", "text", "value"),
    [
        # the update stamp is the page's only date: not a related item's in the box below
        (
            "en.txt",
            "Protective Security Advice for Crowded Places\n\n"
            + _BODY_EN
            + "Page last reviewed: 3 February 2026\n\nRelated guidance\n"
            "Hostile vehicle mitigation: a guide for planners | 9 March 2026\n"
            "Bomb threat procedures for venues | 14 November 2025\n",
            "2026-02-03",
        ),
        (
            "fr.txt",
            "Renforcement du plan Vigipirate pour les fêtes\n\n"
            + _BODY_FR
            + "Page mise à jour le 2 décembre 2026\n\nSur le même sujet\n"
            "Bilan de la posture Vigipirate du printemps – 14 juin 2026\n"
            "Exercice national de gestion de crise à Lyon – 9 octobre 2026\n",
            "2026-12-02",
        ),
        # a byline's date over a bulleted source's "place, month" at the foot
        (
            "en.md",
            "# Drones in the Sahel\n\n12 March 2026 · By Jane Roe, Associate Fellow\n\n"
            + _BODY_EN
            + "Sources:\n\n- Interviews by the author in Cotonou and Lomé, February 2026.\n",
            "2026-03-12",
        ),
        (
            "fr.md",
            "# Les drones au Sahel\n\n12 mars 2026 · Par Jeanne Roux, chercheuse associée\n\n"
            + _BODY_FR
            + "Sources :\n\n- Entretiens de l'auteure à Cotonou et à Lomé, février 2026.\n",
            "2026-03-12",
        ),
        # a dateline under the body stays the text's own, whatever the box below it
        (
            "en.txt",
            "Joint Declaration on Aviation Security\n\n"
            + _BODY_EN
            + "Oslo, 4 June 2026\n\nRelated news\n"
            "- Ministers meet in Oslo on aviation security – 3 June 2026\n",
            "2026-06-04",
        ),
        (
            "fr.txt",
            "Déclaration conjointe sur la sûreté aérienne\n\n"
            + _BODY_FR
            + "Oslo, le 4 juin 2026\n\nActualités liées\n"
            "- Les ministres se réunissent à Oslo – 3 juin 2026\n",
            "2026-06-04",
        ),
        # a signature's line under the body: a name and an office, then its date
        (
            "en.txt",
            "Statement of the National Security Council\n\n"
            + _BODY_EN
            + "John Smith, Chair of the Council | 12 March 2026\n",
            "2026-03-12",
        ),
        (
            "fr.txt",
            "Déclaration du Conseil national de sécurité\n\n"
            + _BODY_FR
            + "Jean Dupont, Président du Conseil – 12 mars 2026\n",
            "2026-03-12",
        ),
    ],
)
def test_a_tail_list_does_not_date_the_page(
    tmp_path: Path, name: str, text: str, value: str | None
) -> None:
    assert _date(tmp_path, name, text) == value


@pytest.mark.parametrize(
    ("text", "end"),
    [
        # after the last line of running prose; the list below it is no prose
        (_PROSE_EN + "Related\n- A title of another page – 3 June 2026\n", len(_PROSE_EN) - 2),
        (_PROSE_FR + "À lire aussi\n- Un autre titre – 3 juin 2026\n", len(_PROSE_FR) - 2),
        # a long bulleted source is no prose either: none is found, the tail is empty
        ("Title\n- Council of the EU, decision 2023/2781 on a measure for Benin.\n", None),
        ("Titre\n- Conseil de l'UE, décision 2023/2781 relative à une mesure.\n", None),
    ],
)
def test_tail_start(text: str, end: int | None) -> None:
    assert tail_start(text, _NONE) == (len(text) if end is None else end)


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # two items of a list: a title's cell, then the date's
        (
            "A title of another page – 3 June 2026\nAnother title of a page – 1 May 2026",
            "3 June",
            True,
        ),
        (
            "Le titre d'une autre page – 3 juin 2026\nUn autre titre de page – 1 mai 2026",
            "3 juin",
            True,
        ),
        ("- Interviews in Cotonou, February 2026.", "February", True),
        ("- Entretiens à Cotonou, février 2026.", "février", True),
        # one such line alone is a signature's; a record line or a dateline is the text's own
        ("John Smith, Chair of the Council | 12 March 2026", "12 March", False),
        ("Jean Dupont, Président du Conseil – 12 mars 2026", "12 mars", False),
        ("Session document No. 1187 — 51st Session — Kigali, 9 July 2026", "9 July", False),
        ("Document de séance n° 1187 — 51e Session — Kigali, 9 juillet 2026", "9 juillet", False),
        ("Oslo, 4 June 2026", "4 June", False),
        ("Oslo, le 4 juin 2026", "4 juin", False),
    ],
)
def test_tail_entry(text: str, date: str, expected: bool) -> None:
    assert tail_entry(text, text.index(date), _NONE, stamped=False) is expected
