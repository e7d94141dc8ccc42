"""Reports whose contents lists, headings and lists shape the numbering (guidelines §1, §1a),
French and English side by side: a contents list with paragraph ranges, an evaluation
report's standalone decimal headings over paragraphs that run across them and its
lettered list that starts again under another heading, an HTML ``<ol>`` whose numbers
exist only in the markup, and arabic markup headings under a roman one (``II(2)(a)``).

Each text is written for the test; the expected numbers, titles, sections and texts were
worked out by hand from the annotation guidelines, never copied from output.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ctdocs import parse_document, parse_text

from ._clauserows import _rows

CONTENTS = {
    "en": """Special report on public spaces

Contents
                                                          Paragraph
Executive summary                                         I-III
Introduction                                              01-03
Terrorist attacks on public spaces                        01-02
The EU's role                                             03

Executive summary
I Public spaces such as squares and stadiums are open by design, which makes
them attractive targets for terrorists.

II Protecting public spaces is primarily the responsibility of member states,
which the Commission supports with funding and guidance.

III We examined whether EU support helped member states to protect public
spaces effectively.

Introduction

Terrorist attacks on public spaces

01 On 14 July 2016, a truck was driven into a crowd in Nice, killing
86 people.

02 Since then, attacks using vehicles and knives have hit public spaces in
several member states.

The EU's role

03 National security remains the sole responsibility of each member state
under the Treaties.
""",
    "fr": """Rapport spécial sur les espaces publics

Table des matières
                                                          Points
Synthèse                                                  I-III
Introduction                                              01-03
Attentats contre les espaces publics                      01-02
Le rôle de l'UE                                           03

Synthèse
I Les espaces publics tels que les places et les stades sont ouverts par
nature, ce qui en fait des cibles attrayantes pour les terroristes.

II La protection des espaces publics relève avant tout des États membres,
que la Commission soutient par des financements et des orientations.

III Nous avons examiné si le soutien de l'UE avait aidé les États membres à
protéger efficacement les espaces publics.

Introduction

Attentats contre les espaces publics

01 Le 14 juillet 2016, un camion a été lancé sur la foule à Nice, tuant
86 personnes.

02 Depuis lors, des attaques au moyen de véhicules et de couteaux ont visé
des espaces publics dans plusieurs États membres.

Le rôle de l'UE

03 La sécurité nationale reste de la seule responsabilité de chaque État
membre en vertu des traités.
""",
}

CONTENTS_SECTIONS = {
    "en": ["Executive summary"] * 3
    + ["Terrorist attacks on public spaces"] * 2
    + ["The EU's role"],
    "fr": ["Synthèse"] * 3 + ["Attentats contre les espaces publics"] * 2 + ["Le rôle de l'UE"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_contents_with_paragraph_ranges(lang: str) -> None:
    """A report's contents lists the paragraphs each part holds (``01-02``, ``I-III``):
    its entries are contents, and the headings they name, printed again in the text,
    are the sections of the paragraphs (not running lines printed twice)."""
    doc = parse_text(CONTENTS[lang])
    assert [r[2] for r in _rows(doc)] == CONTENTS_SECTIONS[lang]
    assert "Introduction 01-03" in {" ".join(n.text.split()) for n in doc.noise}


EVALUATION = {
    "en": """Mutual evaluation report

CHAPTER 4. TERRORIST FINANCING

4.1. Key findings and recommended actions

Key Findings

Immediate Outcome 9

a) The risk of terrorist financing is assessed as medium-low by the national risk
assessment.

b) The financial intelligence unit sent eleven reports to the prosecution service.

Recommended Actions

Immediate Outcome 9

a) The country should update its national risk assessment before the end of 2026.

b) The authorities should provide specific training to investigators.

4.2. Immediate Outcome 9 (TF investigation and prosecution)

4.2.1. Prosecution of types of TF activity consistent with
the risk profile

312. The country's risk profile, a small financial centre, is reflected in the cases.

4.2.2. Identification and investigation

313. The unit has direct access to the banking databases of the country.
""",
    "fr": """Rapport d'évaluation mutuelle

CHAPITRE 4. FINANCEMENT DU TERRORISME

4.1. Constatations principales et actions recommandées

Constatations principales

Résultat immédiat 9

a) Le risque de financement du terrorisme est jugé moyen-faible par l'évaluation
nationale des risques.

b) La cellule de renseignement financier a transmis onze rapports au Ministère public.

Actions recommandées

Résultat immédiat 9

a) Le pays devrait mettre à jour son évaluation nationale des risques avant la fin de 2026.

b) Les autorités devraient dispenser une formation spécifique aux enquêteurs.

4.2. Résultat immédiat 9 (Enquêtes et poursuites)

4.2.1. Poursuite des types d'activités de financement compatibles avec
le profil de risque

312. Le profil de risque du pays, petite place financière, se reflète dans les affaires.

4.2.2. Identification et enquêtes

313. La cellule dispose d'un accès direct aux bases de données bancaires.
""",
}

EVALUATION_EXPECTED = {
    "en": [
        ("(a)", "The risk of terrorist"),
        ("(b)", "The financial intelligence unit"),
        ("Recommended Actions(a)", "The country should update"),
        ("Recommended Actions(b)", "The authorities should provide"),
        ("4.2.1", "Prosecution of types of TF activity consistent with the risk profile"),
        ("312", "The country's risk profile,"),
        ("4.2.2", "Identification and investigation"),
        ("313", "The unit has direct"),
    ],
    "fr": [
        ("(a)", "Le risque de financement"),
        ("(b)", "La cellule de renseignement"),
        ("Actions recommandées(a)", "Le pays devrait mettre"),
        ("Actions recommandées(b)", "Les autorités devraient dispenser"),
        (
            "4.2.1",
            "Poursuite des types d'activités de financement compatibles avec le profil de risque",
        ),
        ("312", "Le profil de risque"),
        ("4.2.2", "Identification et enquêtes"),
        ("313", "La cellule dispose d'un"),
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_restarted_list_and_decimal_headings_over_running_paragraphs(lang: str) -> None:
    """The second ``a)``–``b)`` is cited after the heading that sets it apart; ``4.2.1``
    (over two lines) and ``4.2.2`` standing over ``312.`` and ``313.`` are headings, their
    text their title (shown here in place of the empty body)."""
    rows = [
        (number, title or text)
        for number, title, _, text in _rows(parse_text(EVALUATION[lang]))
        if number not in ("Chapter 4", "4.1", "4.2")
    ]
    assert rows == EVALUATION_EXPECTED[lang]


QA = {
    "fr": ("Quelles sont les principales nouveautés ?", "Places de marché en ligne", "Formation"),
    "en": ("What are the main changes?", "Online marketplaces", "Training"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_html_ordered_list_numbers_its_items(lang: str, tmp_path: Path) -> None:
    """An ``<ol>`` in the text shows 1., 2. (and 3. where ``start="3"``): clauses with
    their bold run-in titles; a breadcrumb ``<ol>`` of links and the page's references
    are no lists of clauses."""
    question, first, second = QA[lang]
    items = (
        f"<li><strong>{first}.</strong> Les opérateurs seront soumis aux mêmes obligations.</li>"
        f"<li><strong>{second}.</strong> Le personnel de vente devra être formé.</li>"
    )
    page = (
        '<html><body><ol class="breadcrumb"><li><a href="/">Accueil</a></li>'
        '<li><a href="/presse">Presse</a></li></ol><main><h1>Questions</h1>'
        f"<h2>{question}</h2><p>Mesures :</p><ol>{items}</ol>"
        '<ol start="3"><li>Une troisième mesure suit le texte.</li></ol>'
        '<ol class="references"><li>Règlement (UE) 2019/1148, article 5.</li>'
        "<li>Rapport d'évaluation de la Commission, octobre 2025.</li></ol>"
        "</main></body></html>"
    )
    path = tmp_path / f"qa_{lang}.html"
    path.write_text(page, encoding="utf-8")
    rows = [(n, t, s) for n, t, s, _ in _rows(parse_document(path))]
    assert rows == [("1", first, question), ("2", second, question), ("3", None, question)]


OPINION = {
    "fr": """# Délibération portant avis sur un projet de décret

## I. La saisine

### A. Le contexte

Le fichier est mis en œuvre par l'unité de coordination depuis 2018.

## II. L'avis de la Commission

### 1. Sur les finalités du traitement

La Commission rappelle que le fichier relève de deux régimes.

### 2. Sur les données collectées

**a) Les identifiants de comptes en ligne.** La Commission juge leur enregistrement pertinent.

**b) Les données relatives aux mineurs.** La Commission demande un examen particulier.

### 3. Sur la durée de conservation

La Commission estime que l'allongement n'est pas justifié.
""",
    "en": """# Opinion on a draft decree

## I. The referral

### A. The context

The file has been run by the coordination unit since 2018.

## II. The opinion of the Commission

### 1. On the purposes of the processing

The Commission recalls that the file falls under two regimes.

### 2. On the data collected

**a) Online account identifiers.** The Commission considers that recording them is relevant.

**b) Data on minors.** The Commission asks for a specific examination.

### 3. On the retention period

The Commission considers that the extension is not justified.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_arabic_markup_headings_under_a_roman_one(lang: str, tmp_path: Path) -> None:
    """``### 1.`` under ``## II.`` is cited ``II(1)``; its run-in items ``II(2)(a)``; the
    capital ``### A.`` under ``## I.`` is ``A`` (guidelines §1a)."""
    path = tmp_path / f"opinion_{lang}.md"
    path.write_text(OPINION[lang], encoding="utf-8")
    numbers = [r[0] for r in _rows(parse_document(path))]
    assert numbers == ["I", "A", "II", "II(1)", "II(2)", "II(2)(a)", "II(2)(b)", "II(3)"]
