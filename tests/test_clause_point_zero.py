"""A committee report numbered in the ``1.0`` style (a parliament's report prints each part's
heading as ``2.0 OVERVIEW OF THE BILL`` over ``2.1``, ``2.2`` …), French and English side by
side: a ``.0`` number stands for nothing but the head of its part, so its line is a
numbered heading whose text is its title (guidelines §1a: a numbered heading standing alone
on its line), with no body before ``2.1``.

Each text is written for the test; the expected numbers, titles and texts were worked out
by hand from the annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

REPORT = {
    "en": """REPORT ON THE BORDER SECURITY BILL, 2031

1.0   PREFACE

1.1   Mandate of the Committee
      The Committee examined the Bill referred to it by the House.

2.0   OVERVIEW OF THE BILL

2.1   The principal object of the Bill is to amend the Border Security Act.

2.2   The Bill also establishes a joint border control centre.
""",
    "fr": """RAPPORT SUR LE PROJET DE LOI RELATIF À LA SÉCURITÉ DES FRONTIÈRES

1.0   AVANT-PROPOS

1.1   Mandat de la Commission
      La Commission a examiné le projet de loi que l'Assemblée lui a renvoyé.

2.0   PRÉSENTATION DU PROJET DE LOI

2.1   Le projet de loi a pour objet principal de modifier la loi sur les frontières.

2.2   Le projet de loi crée aussi un centre conjoint de contrôle des frontières.
""",
}

EXPECTED = {
    "en": [
        ("1.0", "PREFACE", ""),
        ("1.1", "Mandate of the Committee", "The Committee examined the Bill"),
        ("2.0", "OVERVIEW OF THE BILL", ""),
        ("2.1", None, "The principal object of the Bill"),
        ("2.2", None, "The Bill also establishes a joint"),
    ],
    "fr": [
        ("1.0", "AVANT-PROPOS", ""),
        ("1.1", "Mandat de la Commission", "La Commission a examiné le projet"),
        ("2.0", "PRÉSENTATION DU PROJET DE LOI", ""),
        ("2.1", None, "Le projet de loi a pour"),
        ("2.2", None, "Le projet de loi crée aussi"),
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_point_zero_number_heads_its_part(lang: str) -> None:
    """``2.0 OVERVIEW OF THE BILL`` over ``2.1`` is titled by its words and has no body."""
    doc = parse_text(REPORT[lang], lang)  # type: ignore[arg-type]
    got = [(c.number, c.title, c.text) for c in doc.clauses()]
    assert [(n, t) for n, t, _ in got] == [(n, t) for n, t, _ in EXPECTED[lang]]
    for (_, _, text), (_, _, start) in zip(got, EXPECTED[lang], strict=True):
        assert text.startswith(start) and (text == "") == (start == "")
