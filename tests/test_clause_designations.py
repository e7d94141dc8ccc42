"""Units numbered with a word or a letter before the number (guidelines §1a; data in
``numbering.toml``, no code per word): the clauses of a Commonwealth bill or model law and
the rules of a set of rules, which hold their subclauses as an article does (``Clause
3(2)(a)``, ``Rule 4(1)``); a meeting report's agenda points over paragraphs that keep their
own numbers (``Point 2`` over ``8``); a report's recommendations ``R1.`` and a minister's
answers ``Ad 1)`` to the numbered points of a question, cited with the printed designation.

Each text is written for the test in a publisher's style; the expected numbers were worked
out by hand from the guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def clauses(text: str, lang: str) -> list[tuple[str, str | None]]:
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    return [(c.number, c.title) for c in doc.clauses()]


# A Pacific parliament's bill, hard-wrapped under hanging indents: a subclause's lead-in
# closing on a dash glued to its word ("that—") and an item closing on "; or" are wrapped
# items, not a table's rows, though their wrapped lines leave wide gaps.
BILL = """COUNTER-TERRORISM (UNMANNED AIRCRAFT) BILL 2026

Clause 1 – Short title
(1)   This Act may be cited as the Counter-Terrorism (Unmanned Aircraft) Act
      2026.

Clause 2 – Unlawful flight near a prison
(1)   A person commits an offence if that person causes an unmanned aircraft
      to fly within 400 metres of a prison.
(2)   It is a defence for a person charged with an offence under subclause (1)
      to prove that—
      (a)  the flight was made with the written permission of the Commissioner
           of Prisons; or
      (b)  the aircraft entered the area because of a malfunction.
"""

# Rules of procedure of a tribunal, in French and in English (another publisher): "Règle
# 4 – …" / "Rule 4 – …" over its paragraphs and points.
RULES = {
    "fr": """RÈGLEMENT DE PROCÉDURE DU TRIBUNAL

Règle 3 – Langues de travail
Les langues de travail du Tribunal sont le français et l'anglais.

Règle 4 – Signification des actes
(1) Les actes sont signifiés par le Greffe :
a) par remise en main propre ;
b) par voie électronique.
(2) La signification est constatée par procès-verbal.
""",
    "en": """RULES OF PROCEDURE OF THE TRIBUNAL

Rule 3 – Working languages
The working languages of the Tribunal are English and French.

Rule 4 – Service of documents
(1) Documents shall be served by the Registry:
(a) by delivery by hand; or
(b) by electronic means.
(2) Service shall be recorded in a certificate.
""",
}


def test_bill_clauses_hold_their_subclauses() -> None:
    assert clauses(BILL, "en") == [
        ("Clause 1", "Short title"),
        ("Clause 1(1)", None),
        ("Clause 2", "Unlawful flight near a prison"),
        ("Clause 2(1)", None),
        ("Clause 2(2)", None),
        ("Clause 2(2)(a)", None),
        ("Clause 2(2)(b)", None),
    ]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_rules_hold_their_paragraphs(lang: str) -> None:
    word = {"fr": "Règle", "en": "Rule"}[lang]
    assert [n for n, _ in clauses(RULES[lang], lang)] == [
        f"{word} 3",
        f"{word} 4",
        f"{word} 4(1)",
        f"{word} 4(1)(a)",
        f"{word} 4(1)(b)",
        f"{word} 4(2)",
    ]


# A regional committee's meeting report (French) and a task force's minutes (English):
# agenda points titled after a colon, over paragraphs numbered across the whole report.
POINTS = {
    "fr": """III. EXAMEN DES POINTS INSCRITS À L'ORDRE DU JOUR

Point 1 : Sécurisation des frontières

7. Le Secrétariat a présenté le projet de stratégie.

8. Le Comité a approuvé le projet.

Point 2 : Lutte contre le financement du terrorisme

9. Le Comité a entendu une présentation de la cellule de renseignement financier.
""",
    "en": """III. CONSIDERATION OF THE AGENDA

Point 1: Border security

7. The Secretariat presented the draft strategy.

8. The Task Force approved the draft.

Point 2: Countering the financing of terrorism

9. The Task Force heard a presentation by the financial intelligence unit.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_agenda_points_head_paragraphs_that_keep_their_numbers(lang: str) -> None:
    got = clauses(POINTS[lang], lang)
    assert [n for n, _ in got] == ["III", "Point 1", "7", "8", "Point 2", "9"]
    title = {"fr": "Sécurisation des frontières", "en": "Border security"}[lang]
    assert dict(got)["Point 1"] == title


# Recommendations numbered after a letter, under the paragraph that announces them (an
# inspection report in French, an audit report in English).
RECOMMENDATIONS = {
    "fr": """Recommandations

12. La mission formule les recommandations suivantes.

R1. Le ministère devrait désigner un point focal pour les drones.

R2. Les préfectures devraient tenir un registre des incidents.
""",
    "en": """Recommendations

12. The audit makes the following recommendations.

R1. The Department should designate a focal point for drones.

R2. Border agencies should keep a register of incidents.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_lettered_recommendations_keep_their_letter(lang: str) -> None:
    assert [n for n, _ in clauses(RECOMMENDATIONS[lang], lang)] == ["12", "R1", "R2"]


# A written question with its numbered points and the answers to them: "Ad 1)" in a
# Luxembourg answer, "Ad 1." in the English version of a Dutch minister's answer.
ANSWERS = {
    "fr": """Question

1) Combien d'incidents ont été signalés en 2025 ?

2) Quelles mesures sont prévues ?

Réponse

Ad 1) La Police a enregistré 31 signalements en 2025.

Ad 2) Un système de détection sera acquis en 2026.
""",
    "en": """Question

1) How many incidents were reported in 2025?

2) What measures are planned?

Answer

Ad 1. The Police recorded 31 reports in 2025.

Ad 2. A detection system will be acquired in 2026.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_answers_to_numbered_points_keep_their_designation(lang: str) -> None:
    doc = parse_text(ANSWERS[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1", "2", "Ad 1", "Ad 2"]
    answer = doc.clause("Ad 1")
    assert answer is not None and answer.section == {"fr": "Réponse", "en": "Answer"}[lang]


# A memorandum of understanding numbers its paragraphs with the word as a heading, a dash and
# the paragraph's name, over decimal sub-paragraphs: paragraph 2, titled by the name; a
# "Paragraph 4(1)" cited in a sentence opens none.
MEMORANDUM = {
    "en": """MEMORANDUM OF UNDERSTANDING ON PORT SECURITY

PARAGRAPH 1 — PURPOSE

1.1 The Participants will cooperate in port security.

PARAGRAPH 2 – CONTACT POINTS

2.1 Each Participant will name a contact point.

2.2 Paragraph 1 of this Memorandum applies to the contact points.
""",
    "fr": """MÉMORANDUM D'ENTENTE SUR LA SÛRETÉ PORTUAIRE

PARAGRAPHE 1 — OBJET

1.1 Les Participants coopèrent en matière de sûreté portuaire.

PARAGRAPHE 2 – POINTS DE CONTACT

2.1 Chaque Participant désigne un point de contact.

2.2 Le paragraphe 1 du présent mémorandum s'applique aux points de contact.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_memorandum_paragraph_word_headings(lang: str) -> None:
    got = clauses(MEMORANDUM[lang], lang)
    assert [n for n, _ in got] == ["1", "1.1", "2", "2.1", "2.2"]
    names = {"en": ("PURPOSE", "CONTACT POINTS"), "fr": ("OBJET", "POINTS DE CONTACT")}[lang]
    assert (got[0][1], got[2][1]) == names


# A parliamentary committee's report that numbers its conclusions (or findings) and its
# recommendations after their letter, each list under a paragraph of its own (a Canadian
# committee's special report, in French and in English): C1 and R1 are no paragraph 1.
FINDINGS = {
    "fr": """Conclusions

7. Le Comité formule les conclusions suivantes :

C1. Les organismes fédéraux ne coordonnent pas leurs pouvoirs.

C2. La communication des renseignements est trop lente.

Recommandations

8. Le Comité recommande :

R1. Que le gouvernement fixe un délai maximal de quinze jours.
""",
    "en": """Findings

7. The Committee makes the following findings:

F1. Federal agencies do not coordinate the powers they hold.

F2. The disclosure of financial intelligence is too slow.

Recommendations

8. The Committee recommends:

R1. That the Government set a time limit of fifteen days.
""",
}


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("fr", ["7", "C1", "C2", "8", "R1"]), ("en", ["7", "F1", "F2", "8", "R1"])],
)
def test_findings_keep_their_letter(lang: str, expected: list[str]) -> None:
    assert [n for n, _ in clauses(FINDINGS[lang], lang)] == expected


# A typologies report's case studies ("Case 1 – Kenya (FRC)", "Cas 2 : …"), set between the
# report's numbered paragraphs: units that keep their word, titled by what follows the dash.
CASES = {
    "fr": """Études de cas

11. Les cas suivants ont été communiqués par les cellules de renseignement financier.

Cas 1 – Niger (CENTIF)
En mars 2024, la CENTIF a reçu une déclaration de soupçon d'un opérateur de téléphonie.

Cas 2 – Tchad (ANIF)
Un passeur a été arrêté à la frontière avec des espèces non déclarées.
""",
    "en": """Case studies

11. The following cases were shared by financial intelligence units.

Case 1 – Kenya (Financial Reporting Centre)
In March 2024 the FRC received a suspicious transaction report from a mobile operator.

Case 2 – Mozambique (GIFiM)
A courier was stopped at the border with undeclared cash.
""",
}


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", [("11", None), ("Cas 1", "Niger (CENTIF)"), ("Cas 2", "Tchad (ANIF)")]),
        (
            "en",
            [
                ("11", None),
                ("Case 1", "Kenya (Financial Reporting Centre)"),
                ("Case 2", "Mozambique (GIFiM)"),
            ],
        ),
    ],
)
def test_case_studies_keep_their_word(lang: str, expected: list[tuple[str, str | None]]) -> None:
    assert clauses(CASES[lang], lang) == expected
