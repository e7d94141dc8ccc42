"""A circular's header block counts its annexes in a field (``Annexe : 1``, ``Annexes: 2``):
a label, a colon and a number, not the heading that opens an annex. The paragraphs after it
keep their own numbers (``I``, ``1``, ``2(1°)``), never ``Annex(1)``; the annex that the
circular prints at its end (``ANNEXE`` alone on its line) still opens one. French and English
side by side, as a ministry's circular prints them.

Each text is written for the test; the expected numbers were worked out by hand from the
annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

CIRCULAR = {
    "fr": """Circulaire du 20 février 2026 de politique pénale en matière de terrorisme

Date d'application : immédiate

Annexe : 1

Résumé : la présente circulaire actualise les orientations de politique pénale.

I. LA RÉPARTITION DES COMPÉTENCES

1. Le rôle du parquet national antiterroriste

Le parquet national antiterroriste exerce une compétence concurrente.

2. Le rôle des parquets locaux

Les parquets locaux conservent une compétence essentielle :
1° pour les premiers actes d'enquête ;
2° pour les infractions connexes de droit commun.

Le garde des sceaux, ministre de la justice,

ANNEXE

Fiche de signalement au parquet national antiterroriste
""",
    "en": """Circular of 20 February 2026 on prosecution policy in terrorism cases

Date of application: immediate

Annexes: 1

Summary: this circular updates the guidance on prosecution policy.

I. THE DIVISION OF RESPONSIBILITIES

1. The role of the national counter-terrorism prosecutor

The national counter-terrorism prosecutor has concurrent jurisdiction.

2. The role of local prosecutors

Local prosecutors keep an essential role:
(a) for the first acts of investigation;
(b) for related ordinary offences.

The Minister of Justice,

ANNEX

Reporting form for the national counter-terrorism prosecutor
""",
}

NUMBERS = {
    "fr": ["I", "1", "2", "2(1°)", "2(2°)"],
    "en": ["I", "1", "2", "2(a)", "2(b)"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_annex_count_field_opens_no_annex(lang: str) -> None:
    doc = parse_text(CIRCULAR[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == NUMBERS[lang]
    assert not any(c.number.startswith("Annex") for c in doc.clauses())


@pytest.mark.parametrize(
    ("lang", "line"), [("fr", "Annexe : Fiche de signalement"), ("en", "Annex: Reporting form")]
)
def test_annex_named_after_a_colon_still_opens_one(lang: str, line: str) -> None:
    """``Annex: Reporting form`` names the annex: the paragraphs under it are the annex's."""
    text = f"""1. The circular applies at once.

{line}

1. Name of the court and of the magistrate in charge of the case.

2. Nature of the facts and the date on which they took place.
"""
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1", "Annex(1)", "Annex(2)"]
