"""Where an annex's paragraphs are cited. A UN report (Secretary-General, special
rapporteurs, treaty bodies) prints a summary, then ``Annex``, then the report itself with all
its numbered paragraphs: the annex holds the document's own numbering, cited plain (``I``,
``1``, ``15(a)``), not ``Annex(1)``. An annex after the document's numbered paragraphs whose
numbering starts again is a space of its own (``Annex(1)``), and a capital heading under
one of its roman headings is cited once in it (``Appendix(II)(A)``, never the annex twice).

Each text is written for the test, in the layout of a UN report and of a Council of Europe
recommendation with its appendix; the expected numbers were worked out by hand from the
annotation guidelines and the gold of heldout2/3/18, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

REPORT = {
    "en": """Human Rights Council
Sixty-second session

Visit to Ruritania

Report of the Special Rapporteur on human rights while countering terrorism

Summary
The Special Rapporteur visited Ruritania and examines its counter-terrorism law.

Annex
Report of the Special Rapporteur on her visit to Ruritania

I. Introduction
1. At the invitation of the Government, the Special Rapporteur visited the country.
2. She met the Minister for Foreign Affairs and the Prosecutor General.

II. Legal framework
A. Definitions of terrorism
3. The definition of terrorist activity extends to the dissemination of ideas.
B. Financing of terrorism
4. The country was evaluated by its regional body in 2024.

III. Recommendations
5. The Special Rapporteur recommends that the Government:
(a) Amend article 3 of the law;
(b) Publish the list of prohibited organizations.
""",
    "fr": """Conseil des droits de l'homme
Soixante-deuxième session

Visite en Ruritanie

Rapport de la Rapporteuse spéciale sur les droits de l'homme dans la lutte antiterroriste

Résumé
La Rapporteuse spéciale s'est rendue en Ruritanie et examine sa législation antiterroriste.

Annexe
Rapport de la Rapporteuse spéciale sur sa visite en Ruritanie

I. Introduction
1. À l'invitation du Gouvernement, la Rapporteuse spéciale s'est rendue dans le pays.
2. Elle a rencontré le Ministre des affaires étrangères et le Procureur général.

II. Cadre juridique
A. Définitions du terrorisme
3. La définition de l'activité terroriste s'étend à la diffusion d'idées.
B. Financement du terrorisme
4. Le pays a été évalué par son organisme régional en 2024.

III. Recommandations
5. La Rapporteuse spéciale recommande au Gouvernement :
a) De modifier l'article 3 de la loi ;
b) De publier la liste des organisations interdites.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_annex_before_any_paragraph_holds_the_reports_numbers(lang: str) -> None:
    doc = parse_text(REPORT[lang], language=lang)  # type: ignore[arg-type]
    clauses = doc.clauses()
    assert [c.number for c in clauses] == [
        "I",
        "1",
        "2",
        "II",
        "A",  # §1a: a capital section is cited by its letter (no letter repeats here)
        "3",
        "B",
        "4",
        "III",
        "5",
        "5(a)",
        "5(b)",
    ]
    assert {c.number: c.parent_number for c in clauses}["3"] == "A"


RECOMMENDATION = {
    "en": """Recommendation on the protection of public spaces

1. The Committee of Ministers recommends that governments protect public spaces.
2. It invites them to report on the measures taken.

Appendix to the Recommendation

I. Scope
1. This appendix applies to crowded places.

II. Measures
A. Planning
2. Operators should plan for attacks.
B. Training
3. Staff should be trained every year.
""",
    "fr": """Recommandation sur la protection des espaces publics

1. Le Comité des Ministres recommande aux gouvernements de protéger les espaces publics.
2. Il les invite à rendre compte des mesures prises.

Annexe à la Recommandation

I. Champ d'application
1. La présente annexe s'applique aux lieux de rassemblement.

II. Mesures
A. Planification
2. Les exploitants devraient planifier la réponse aux attaques.
B. Formation
3. Le personnel devrait être formé chaque année.
""",
}

WORD = {"en": "Appendix", "fr": "Annex"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_capital_heading_in_an_annex_is_cited_in_it_once(lang: str) -> None:
    doc = parse_text(RECOMMENDATION[lang], language=lang)  # type: ignore[arg-type]
    w = WORD[lang]
    clauses = doc.clauses()
    assert [c.number for c in clauses] == [
        "1",
        "2",
        f"{w}(I)",
        f"{w}(1)",
        f"{w}(II)",
        f"{w}(A)",  # §1a's letter, in the appendix's own number space as its romans are
        f"{w}(2)",
        f"{w}(B)",
        f"{w}(3)",
    ]
    assert {c.number: c.parent_number for c in clauses}[f"{w}(B)"] == f"{w}(II)"
