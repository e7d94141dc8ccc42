"""Marginal notes of a plain-text act whose sections open with a number set apart by a wide
gap (``Citation`` over ``1   This Act …``, as an annual law's web page prints it), French and
English side by side: each note is its section's title (guidelines §1a, statute section), a
section that opens with an amending lead-in (``3   After section 5 … insert—``) included, whose
lead-in is then its text, not its title.

Each text is written for the test; the expected numbers, titles and texts were worked out by
hand from the annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

EN = """HARBOUR SECURITY AMENDMENT ACT 2031

Be it enacted by the Legislature of the Territory, as follows:
Citation
1   This Act, which amends the Harbour Security Act 2019 (the "principal Act"), may
be cited as the Harbour Security Amendment Act 2031.
Amends section 2
2   (1) In section 2 of the principal Act, insert the following definition in the
    appropriate alphabetical order.
    (2) In subsection (3), for "port" substitute "port facility".
Inserts section 5A
3   After section 5 of the principal Act insert—
    "Restricted zones
    5A The Minister may by order designate a restricted zone in any port.".
Commencement
4   (1) This Act comes into operation on such day as the Minister may appoint by
    notice published in the Gazette.
    (2) Different days may be appointed for different provisions.
"""
FR = """LOI MODIFIANT LA LOI SUR LA SÛRETÉ PORTUAIRE 2031

Le Parlement du Territoire édicte :
Titre abrégé
1   La présente loi, qui modifie la Loi sur la sûreté portuaire de 2019 (la « loi
principale »), peut être citée sous le titre de Loi modificative de 2031.
Modification de l'article 2
2   (1) L'article 2 de la loi principale est complété par la définition suivante,
    selon l'ordre alphabétique.
    (2) Au paragraphe (3), « port » est remplacé par « installation portuaire ».
Insertion de l'article 5A
3   Après l'article 5 de la loi principale, il est inséré ce qui suit—
    « Zones réglementées
    5A Le ministre peut, par arrêté, désigner une zone réglementée dans un port. ».
Entrée en vigueur
4   (1) La présente loi entre en vigueur à la date que fixe le ministre chargé des
    ports par un avis publié dans la Gazette.
    (2) Des dates différentes peuvent être fixées pour des dispositions différentes.
"""

Row = tuple[str, str | None, str]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            FR,
            "fr",
            [
                ("1", "Titre abrégé", "La présente loi, qui"),
                ("2", "Modification de l'article 2", ""),
                ("2(1)", None, "L'article 2 de la"),
                ("2(2)", None, "Au paragraphe (3), «"),
                ("3", "Insertion de l'article 5A", "Après l'article 5 de"),
                ("4", "Entrée en vigueur", ""),
                ("4(1)", None, "La présente loi entre"),
                ("4(2)", None, "Des dates différentes peuvent"),
            ],
        ),
        (
            EN,
            "en",
            [
                ("1", "Citation", "This Act, which amends"),
                ("2", "Amends section 2", ""),
                ("2(1)", None, "In section 2 of"),
                ("2(2)", None, "In subsection (3), for"),
                ("3", "Inserts section 5A", "After section 5 of"),
                ("4", "Commencement", ""),
                ("4(1)", None, "This Act comes into"),
                ("4(2)", None, "Different days may be"),
            ],
        ),
    ],
)
def test_gap_numbered_sections_take_their_notes(text: str, lang: str, expected: list[Row]) -> None:
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    got = [(c.number, c.title, " ".join(c.text.split()[:4])) for c in doc.clauses()]
    assert got == expected
