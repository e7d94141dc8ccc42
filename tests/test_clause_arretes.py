"""An order printed as PDF text (a prefecture's arrêté, a ministerial order), French and
English side by side: ``Article 1er – <its text>`` whose sentence a page break cuts (the
rest of the line is the article's text, not its title: guidelines §1a, a title names), and
an annex table whose ``N°`` column numbers rows, not clauses (guidelines §1: numbers that
are not clause numbers).

Each text is written for the test; the expected values were worked out by hand from the
annotation guidelines.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

ORDER = {
    "fr": """ARRÊTE

Article 1er – Un périmètre de protection au sens de l'article L. 226-1 du
code de la sécurité intérieure est instauré du vendredi 29 mai 2031 à
                                                                        1/3
\fArrêté n° 0777-CAB du 26 mai 2031                                         2/3

14 h 00 au dimanche 31 mai 2031 à 02 h 00.

Article 2 – Le survol de la zone est interdit.

Fait à Lyon, le 26 mai 2031

ANNEXE 1 – Liste des voies

 N°   Voie                                  Limite
 1    Boulevard des Belges                  du pont au n° 42
 2    Rue Garibaldi                         sur toute sa longueur
 3    Avenue Foch                           du n° 1 au n° 40
""",
    "en": """ORDERS

Article 1 – A protection perimeter within the meaning of section 226 of the
Internal Security Code is established from Friday 29 May 2031 at
                                                                        1/3
\fOrder No. 0777 of 26 May 2031                                             2/3

14:00 to Sunday 31 May 2031 at 02:00.

Article 2 – Flying over the zone is prohibited.

Done at Leeds, 26 May 2031

ANNEX 1 – List of streets

 No.  Street                                Limit
 1    Belgrave Road                         from the bridge to No. 42
 2    Garibaldi Street                      along its whole length
 3    Foch Avenue                           from No. 1 to No. 40
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_table_rows_are_no_clauses(lang: str) -> None:
    doc = parse_text(ORDER[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["Article 1", "Article 2"]


@pytest.mark.parametrize(
    ("lang", "starts"),
    [("fr", "Un périmètre de protection au sens"), ("en", "A protection perimeter within the")],
)
def test_a_dash_sentence_a_page_break_cuts_is_the_articles_text(lang: str, starts: str) -> None:
    doc = parse_text(ORDER[lang], language=lang)  # type: ignore[arg-type]
    first = doc.clauses()[0]
    assert first.title is None
    assert first.text.startswith(starts)
