"""Paragraphs numbered with the section sign (``§ 1.``, ``§ 2.``) that run on across roman
and capital-letter sections, as threat assessments and advisory opinions print them: they
keep their own numbers (guidelines §1a: "Paragraph numbers of declarations and reports run
across roman or letter sections and keep their own number"), as ``1.``, ``2.`` paragraphs
do, and the items under them are theirs (``5(1)``, ``6(a)``). Inside an article, ``§ 2``
stays the article's paragraph (``Article 3(2)``).

The class was met in a Belgian threat-analysis note (ho12); each text here is written for
the test in the style of other publishers: a Dutch national threat assessment in English, a
French advisory commission's opinion in French. The expected numbers were worked out by hand
from the annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

NOTE = {
    "fr": """AVIS SUR LA PROTECTION DES GRANDS ÉVÉNEMENTS

I. OBJET DE L'AVIS

§ 1. La commission a été saisie par le ministre le 2 février 2026.

§ 2. Elle a entendu les services de police et de renseignement.

II. ANALYSE

A. Constats

§ 3. Les incidents impliquant des drones ont doublé depuis 2024.

§ 4. La commission relève trois difficultés :
  1) l'absence de registre des exploitants ;
  2) le manque de brouilleurs homologués ;
  3) la dispersion des compétences.

B. Appréciation

§ 5. La menace reste modérée mais augmente.

III. RECOMMANDATIONS

§ 6. La commission recommande :
  a) de créer un registre national ;
  b) de former les agents de sécurité.

§ 7. Elle invite le ministre :
  1) à publier la doctrine ;
  2) à renforcer les échanges :
     a) entre les services ;
     b) avec les pays voisins ;
  3) à réévaluer la menace en 2027.
""",
    "en": """NATIONAL THREAT ASSESSMENT: DRONES AND CROWDED PLACES

I. PURPOSE

§ 1. This assessment was requested by the Minister on 2 February 2026.

§ 2. It draws on reports from the police and the intelligence services.

II. ANALYSIS

A. Findings

§ 3. Drone incidents near sensitive sites have doubled since 2024.

§ 4. The assessment notes three weaknesses:
  1) the lack of a register of operators;
  2) the shortage of certified jammers;
  3) the spread of responsibilities.

B. Assessment

§ 5. The threat remains moderate but is rising.

III. RECOMMENDATIONS

§ 6. The assessment recommends:
  a) creating a national register;
  b) training security staff.

§ 7. It invites the Minister:
  1) to publish the doctrine;
  2) to strengthen exchanges:
     a) between the services;
     b) with neighbouring countries;
  3) to review the threat in 2027.
""",
}

NOTE_NUMBERS = [
    "I",
    "1",
    "2",
    "II",
    "A",  # §1a: a capital section by its letter (A, B only under II)
    "3",
    "4",
    "4(1)",
    "4(2)",
    "4(3)",
    "B",
    "5",
    "III",
    "6",
    "6(a)",
    "6(b)",
    "7",
    "7(1)",
    "7(2)",
    "7(2)(a)",
    "7(2)(b)",
    "7(3)",
]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_section_sign_paragraphs_keep_their_numbers(lang: str) -> None:
    doc = parse_text(NOTE[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == NOTE_NUMBERS


@pytest.mark.parametrize(
    ("lang", "number", "starts"),
    [
        ("fr", "3", "Les incidents impliquant des drones"),
        ("en", "3", "Drone incidents near sensitive sites"),
        ("fr", "4(2)", "le manque de brouilleurs"),
        ("en", "4(2)", "the shortage of certified"),
    ],
)
def test_section_sign_paragraph_text(lang: str, number: str, starts: str) -> None:
    doc = parse_text(NOTE[lang], language=lang)  # type: ignore[arg-type]
    assert {c.number: c for c in doc.clauses()}[number].text.startswith(starts)


ARTICLE = {
    "fr": """Loi relative à la sécurité des événements

Art. 3. § 1er. Le bourgmestre peut interdire le survol de l'événement.
§ 2. Il en informe le gouverneur sans délai.
""",
    "en": """Act on the security of events

Art. 3. § 1. The mayor may prohibit flights over the event.
§ 2. The mayor shall inform the governor without delay.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_section_sign_inside_an_article_stays_its_paragraph(lang: str) -> None:
    doc = parse_text(ARTICLE[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["Article 3", "Article 3(1)", "Article 3(2)"]


# An annual report's paragraphs ``1)`` … run on across its roman headings; a count wrapped to
# the start of a line (``… and sent / 14. The average …``) is no step of that run, so the
# paragraphs after it still keep their own numbers rather than start again under VI.
WRAPPED_COUNT = {
    "en": """I. REPORTS RECEIVED
  1) The unit received 40 reports in 2025.
  2) Most came from banks.

II. COOPERATION
  3) The unit received 20 requests from foreign units and sent
14. The average reply time was 12 days.

III. OUTLOOK
  4) The unit will deploy a new reporting platform.
  5) It will train reporting entities.
""",
    "fr": """I. DÉCLARATIONS REÇUES
  1) La cellule a reçu 40 déclarations en 2025.
  2) La plupart provenaient des banques.

II. COOPÉRATION
  3) La cellule a reçu 20 demandes de cellules étrangères et en a adressé
14. Le délai moyen de réponse est de 12 jours.

III. PERSPECTIVES
  4) La cellule mettra en service une nouvelle plateforme.
  5) Elle formera les entités déclarantes.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_wrapped_count_does_not_restart_the_run(lang: str) -> None:
    got = [c.number for c in parse_text(WRAPPED_COUNT[lang], language=lang).clauses()]  # type: ignore[arg-type]
    assert [n for n in got if n != "14"] == ["I", "1", "2", "II", "3", "III", "4", "5"]
