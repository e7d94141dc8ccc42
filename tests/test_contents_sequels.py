"""An act's arrangement of sections whose entries are long or printed again with a margin
line number after them (a South African or Commonwealth bill), French and English side by
side: the entries go on with their numbers (1, 2, 3 …) under the contents heading, so they
are the contents, however long, and not the act's sections; the notes printed above the
sections, word for word the entries, title those sections (guidelines §1a, statute section:
its title is its marginal note; §1: table-of-contents entries are not clauses).

Each text is written for the test; the expected numbers and titles were worked out by hand
from the guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

ACTS = {
    "en": """PORT SECURITY AMENDMENT ACT, 2031

                        ARRANGEMENT OF SECTIONS

Section
1.  Amendment of section 1 of Act 12 of 2004, as amended by section 27 of Act 15 of
    2006, section 4 of Act 23 of 2022 and section 1 of Act 4 of 2025
2.  Insertion of section 3A in Act 12 of 2004
3.  Short title and commencement

Amendment of section 1 of Act 12 of 2004, as amended by section 27 of Act 15 of
2006, section 4 of Act 23 of 2022 and section 1 of Act 4 of 2025                       10

   1. Section 1 of the Port Security Act, 2004, is hereby amended by the insertion of
the definition of "port facility" after the definition of "port".

Insertion of section 3A in Act 12 of 2004                                                15

   2. The following section is hereby inserted in the principal Act after section 3,
the new section providing for the screening of persons entering a port facility.

Short title and commencement

   3. This Act is called the Port Security Amendment Act, 2031, and comes into
operation on a date fixed by the President by proclamation in the Gazette.
""",
    "fr": """LOI DE 2031 MODIFIANT LA LOI SUR LA SÛRETÉ DES PORTS

                        TABLE DES ARTICLES

Article
1.  Modification de l'article 1 de la loi 12 de 2004, telle que modifiée par l'article
    27 de la loi 15 de 2006, l'article 4 de la loi 23 de 2022 et l'article 1 de la loi 4 de 2025
2.  Insertion de l'article 3A dans la loi 12 de 2004
3.  Titre abrégé et entrée en vigueur

Modification de l'article 1 de la loi 12 de 2004, telle que modifiée par l'article
27 de la loi 15 de 2006, l'article 4 de la loi 23 de 2022 et l'article 1 de la loi 4 de 2025   10

   1. L'article 1 de la loi de 2004 sur la sûreté des ports est modifié par l'insertion
de la définition d'« installation portuaire » après celle de « port ».

Insertion de l'article 3A dans la loi 12 de 2004                                         15

   2. L'article suivant est inséré dans la loi principale après l'article 3, le nouvel
article prévoyant le contrôle des personnes qui entrent dans une installation portuaire.

Titre abrégé et entrée en vigueur

   3. La présente loi est citée comme la loi de 2031 modifiant la loi sur la sûreté des
ports et entre en vigueur à la date fixée par décret du Président.
""",
}

TITLES = {
    "en": [
        "Amendment of section 1 of Act 12 of 2004, as amended by section 27 of Act 15 of"
        " 2006, section 4 of Act 23 of 2022 and section 1 of Act 4 of 2025",
        "Insertion of section 3A in Act 12 of 2004",
        "Short title and commencement",
    ],
    "fr": [
        "Modification de l'article 1 de la loi 12 de 2004, telle que modifiée par l'article"
        " 27 de la loi 15 de 2006, l'article 4 de la loi 23 de 2022 et l'article 1 de la loi"
        " 4 de 2025",
        "Insertion de l'article 3A dans la loi 12 de 2004",
        "Titre abrégé et entrée en vigueur",
    ],
}
FIRST = {"en": ["Section", "1", "of"], "fr": ["L'article", "1", "de"]}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_arrangement_of_sections_lists_and_its_notes_title(lang: str) -> None:
    """Sections 1 to 3 once each (no entry of the arrangement among them), each titled by
    the note above it, the margin line number after the note left out."""
    doc = parse_text(ACTS[lang], lang)  # type: ignore[arg-type]
    clauses = doc.clauses()
    assert [c.number for c in clauses] == ["1", "2", "3"]
    assert [c.title for c in clauses] == TITLES[lang]
    assert clauses[0].text.split()[:3] == FIRST[lang]
    assert all(c.section is None for c in clauses)
