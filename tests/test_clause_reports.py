"""Reports, statements and web pages whose numbering is no dot after a number at a line's
start (guidelines §1, §1a), French and English side by side: paragraphs numbered with no
dot (an audit report's ``01``, ``42`` and executive-summary ``I``–``III``), recommendations
whose label closes them (``… (Recommendation 1)``) and a sentence's inline items whose
second opens a line, a field with a date under a recommendation (no heading), and the
paragraphs of a cited resolution (not the text's). Contents lists, decimal headings, HTML
lists and markup headings are in test_clause_report_outlines.

Each text is written for the test; the expected numbers, titles, sections and texts were
worked out by hand from the annotation guidelines, never copied from output. Held-out
batch 10 (tests/heldout10), blind until session 11, is gated per text at the end.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_document, parse_text

from ._clauserows import _rows
from .test_structure_corpus import HERE, _score

UNDOTTED = {
    "en": """Special report on the protection of public spaces

Executive summary
I Public spaces such as squares and stadiums are open by design, which makes
them attractive targets for terrorists.

II Protecting public spaces is primarily the responsibility of member states,
which the Commission supports with funding and guidance.

III We examined whether EU support helped member states to protect public
spaces effectively.

Introduction

01 On 14 July 2016, a truck was driven into a crowd in Nice, killing
86 people.

02 Since then, attacks using vehicles and knives have hit public spaces in
several member states.

03 National security remains the sole responsibility of each member state
under the Treaties.

Conclusions

42 We conclude that EU support was useful but not well targeted by the
Commission.

43 The programmes did not link funding for public spaces to national risk
assessments.
""",
    "fr": """Rapport spécial sur la protection des espaces publics

Synthèse
I Les espaces publics tels que les places et les stades sont ouverts par
nature, ce qui en fait des cibles attrayantes pour les terroristes.

II La protection des espaces publics relève avant tout des États membres,
que la Commission soutient par des financements et des orientations.

III Nous avons examiné si le soutien de l'UE avait aidé les États membres à
protéger efficacement les espaces publics.

Introduction

01 Le 14 juillet 2016, un camion a été lancé sur la foule à Nice, tuant
86 personnes.

02 Depuis lors, des attaques au moyen de véhicules et de couteaux ont visé
des espaces publics dans plusieurs États membres.

03 La sécurité nationale reste de la seule responsabilité de chaque État
membre en vertu des traités.

Conclusions

42 Nous concluons que le soutien de l'UE a été utile mais mal ciblé par la
Commission.

43 Les programmes n'ont pas lié le financement des espaces publics aux
évaluations nationales des risques.
""",
}

UNDOTTED_EXPECTED = {
    "en": [
        ("I", None, "Executive summary", "Public spaces such as"),
        ("II", None, "Executive summary", "Protecting public spaces is"),
        ("III", None, "Executive summary", "We examined whether EU"),
        ("01", None, "Introduction", "On 14 July 2016,"),
        ("02", None, "Introduction", "Since then, attacks using"),
        ("03", None, "Introduction", "National security remains the"),
        ("42", None, "Conclusions", "We conclude that EU"),
        ("43", None, "Conclusions", "The programmes did not"),
    ],
    "fr": [
        ("I", None, "Synthèse", "Les espaces publics tels"),
        ("II", None, "Synthèse", "La protection des espaces"),
        ("III", None, "Synthèse", "Nous avons examiné si"),
        ("01", None, "Introduction", "Le 14 juillet 2016,"),
        ("02", None, "Introduction", "Depuis lors, des attaques"),
        ("03", None, "Introduction", "La sécurité nationale reste"),
        ("42", None, "Conclusions", "Nous concluons que le"),
        ("43", None, "Conclusions", "Les programmes n'ont pas"),
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_paragraphs_numbered_without_a_dot(lang: str) -> None:
    """Zero-padded numbers kept as printed, a jump forward (an excerpt) continuing the
    run, roman numerals of an executive summary: paragraphs, not section headings."""
    assert _rows(parse_text(UNDOTTED[lang])) == UNDOTTED_EXPECTED[lang]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_two_undotted_lines_are_no_run(lang: str) -> None:
    """Two lines opening with a number make no run of paragraphs (a wrapped count may)."""
    text = UNDOTTED[lang]
    short = text[: text.index("01 ")].replace("III ", "Enfin, " if lang == "fr" else "Finally, ")
    assert [r[0] for r in _rows(parse_text(short))] == []


TRAILING = {
    "en": """Counter-drone authorities: report to congressional committees

You asked us to review federal efforts. This report examines (1) the extent to which
the agencies used their authorities in fiscal years 2023 through 2025, and
(2) the extent to which operators can obtain federal support.

Recommendations for Executive Action

We are making a total of three recommendations to the department:

The Secretary should develop and publish a single point of contact process for
operators to request support. (Recommendation 1)

The Secretary should ensure that the components share detection data with the
agency, consistent with privacy protections.
(Recommendation 2)

The Attorney General should assess whether field offices have sufficient trained
operators. (Recommendation 3)

Agency Comments

The department concurred with recommendation 2.
""",
    "fr": """Autorités de lutte anti-drones : rapport aux commissions parlementaires

Vous nous avez demandé d'examiner les efforts publics. Ce rapport examine (1) la mesure
dans laquelle les administrations ont utilisé leurs pouvoirs entre 2023 et 2025, et
(2) la mesure dans laquelle les exploitants peuvent obtenir un soutien.

Recommandations

Nous formulons au total trois recommandations au ministère :

Le ministre devrait mettre en place un point de contact unique pour les
exploitants qui demandent un soutien. (Recommandation 1)

Le ministre devrait veiller à ce que les services partagent les données de
détection avec l'agence, dans le respect de la vie privée.
(Recommandation 2)

Le garde des sceaux devrait évaluer si les services disposent d'opérateurs
formés en nombre suffisant. (Recommandation 3)

Observations des administrations

Le ministère a approuvé la recommandation 2.
""",
}

TRAILING_EXPECTED = {
    "en": [
        ("(1)", None, None, "the extent to which"),
        ("(2)", None, None, "the extent to which"),
        (
            "Recommendation 1",
            None,
            "Recommendations for Executive Action",
            "The Secretary should develop",
        ),
        (
            "Recommendation 2",
            None,
            "Recommendations for Executive Action",
            "The Secretary should ensure",
        ),
        (
            "Recommendation 3",
            None,
            "Recommendations for Executive Action",
            "The Attorney General should",
        ),
    ],
    "fr": [
        ("(1)", None, None, "la mesure dans laquelle"),
        ("(2)", None, None, "la mesure dans laquelle"),
        ("Recommandation 1", None, "Recommandations", "Le ministre devrait mettre"),
        ("Recommandation 2", None, "Recommandations", "Le ministre devrait veiller"),
        ("Recommandation 3", None, "Recommandations", "Le garde des sceaux"),
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_labels_closing_paragraphs_and_a_split_inline_list(lang: str) -> None:
    """``(Recommendation 2)`` on a line of its own closes the paragraph above (no
    section); ``(1)`` inside the sentence whose ``(2)`` opens a line is an item."""
    assert _rows(parse_text(TRAILING[lang])) == TRAILING_EXPECTED[lang]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_one_label_is_a_cross_reference(lang: str) -> None:
    """A single label closing a paragraph is no run: a cross-reference, not a unit."""
    text = TRAILING[lang]
    cut = text.index(
        "Le ministre devrait veiller" if lang == "fr" else "The Secretary should ensure"
    )
    numbers = [r[0] for r in _rows(parse_text(text[:cut]))]
    assert numbers == ["(1)", "(2)"]


RECOMMENDATION = {
    "en": """Special report on public spaces

Conclusions and recommendations

Recommendation 1 – Target funding on the highest risks
The Commission should:
(a) require member states to refer to their risk assessments;
(b) promote joint calls for proposals on counter-drone technologies.
Target implementation date: end of 2027

Recommendation 2 – Improve the monitoring of results
The Commission should define common result indicators for projects.
Target implementation date: 2028
""",
    "fr": """Rapport spécial sur les espaces publics

Conclusions et recommandations

Recommandation 1 – Cibler le financement sur les risques les plus élevés
La Commission devrait :
a) exiger des États membres qu'ils se réfèrent à leurs évaluations des risques ;
b) promouvoir des appels à propositions conjoints sur les technologies anti-drones.
Date cible de mise en œuvre : fin 2027

Recommandation 2 – Améliorer le suivi des résultats
La Commission devrait définir des indicateurs de résultat communs pour les projets.
Date cible de mise en œuvre : 2028
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_dated_field_is_no_heading(lang: str) -> None:
    """``Target implementation date: end of 2027`` closes the recommendation's text; the
    next recommendation keeps the section above both."""
    rows = _rows(parse_text(RECOMMENDATION[lang]))
    section = (
        "Conclusions et recommandations" if lang == "fr" else "Conclusions and recommendations"
    )
    assert [r[0].split()[-1] for r in rows] == ["1", "1(a)", "1(b)", "2"]
    assert {r[2] for r in rows} == {section}
    last = parse_text(RECOMMENDATION[lang]).clauses()[2].text
    assert last.rstrip().endswith(("fin 2027", "end of 2027"))


HELDOUT10 = HERE / "heldout10"

# Clause F1 per text of batch 10 (written and annotated blind in session 10, opened in
# session 11) for the reports, statements and pages; blind figures in brackets.
BATCH10_REPORT_GATES = {
    "en01_gao-counter-uas-critical-infrastructure": 0.90,  # 0.923 (blind 0.25)
    "en07_asean-ammtc-joint-statement-2026": 0.97,  # 1.0
    "en09_eca-special-report-public-spaces": 0.97,  # 1.0 (blind 0.435)
    "fr04_moneyval-rem-andorre-chapitre-ft": 0.97,  # 1.0 (blind 0.923)
    "fr06_presscorner-qr-precurseurs-explosifs": 0.97,  # 1.0 (blind 0.0)
    "fr08_legifrance-cnil-deliberation-fichier-radicalisation": 0.97,  # 1.0 (blind 0.4)
}


@pytest.mark.parametrize("stem", sorted(BATCH10_REPORT_GATES))
def test_held_out_batch_10_reports_per_text(stem: str) -> None:
    s = _score(HELDOUT10, [stem])
    assert s.clauses.f1 >= BATCH10_REPORT_GATES[stem], (stem, round(s.clauses.f1, 3))


def test_held_out_batch_10_structure() -> None:
    """The whole batch's structure: the figures this session's report and page classes
    raised (blind at session 11's base: clause F1 0.707, starts 0.574, titles 0.414,
    sections 0.304). Gates a little under."""
    s = _score(HELDOUT10, sorted(p.stem for p in (HELDOUT10 / "gold").glob("*.json")))
    assert s.clauses.f1 >= 0.82, s.clauses.f1  # 0.843
    assert s.rate(s.starts) >= 0.76, s.starts  # 0.784
    assert s.rate(s.titles) >= 0.63, s.titles  # 0.655
    assert s.rate(s.sections) >= 0.81, s.sections  # 0.839


def test_contents_entry_set_aside_as_page_furniture_names_a_heading() -> None:
    """Held-out batch 9's Swiss message: two contents entries ("2   Procédure de
    consultation   3") were taken first for a page's foot; still entries, so the headings
    they name (``2``, ``4``) are not running lines printed twice. Clause F1 0.706 ->
    0.743 (the draft act's roman parts remain)."""
    stem = "fr10_ff-message-financement-terrorisme-actifs-virtuels"
    doc = parse_document(HERE / "heldout9" / "texts" / f"{stem}.txt")
    titles = {c.number: c.title for c in doc.clauses()}
    assert titles.get("2") == "Procédure de consultation"
    assert titles.get("4") == "Présentation du projet"
    assert _score(HERE / "heldout9", [stem]).clauses.f1 >= 0.72


QUOTED = {
    "en": """Security Council committee adds two entries to its sanctions list

On 19 November 2026, the Committee approved the addition of the entries below.

The assets freeze and travel ban measures to be implemented by all Member States are set
out in paragraph 1 of Security Council resolution 2734 (2024), as follows:

1.  Freeze without delay the funds and other financial assets of these individuals;

2.  Prevent the entry into or transit through their territories of these individuals;

3.  Prevent the direct or indirect supply, sale, or transfer of arms to them.

Exemptions are set out in paragraph 10 of the resolution.
""",
    "fr": """Le comité du Conseil de sécurité ajoute deux noms à sa liste de sanctions

Le 19 novembre 2026, le Comité a approuvé l'ajout des entrées ci-dessous.

Le gel des avoirs et l'interdiction de voyager que tous les États Membres doivent appliquer
sont énoncés au paragraphe 1 de la résolution 2734 (2024) du Conseil de sécurité, comme suit :

1.  Bloquer sans délai les fonds et autres avoirs financiers de ces personnes ;

2.  Empêcher l'entrée sur leur territoire ou le transit par leur territoire de ces personnes ;

3.  Empêcher la fourniture, la vente ou le transfert directs ou indirects d'armes.

Les dérogations sont énoncées au paragraphe 10 de la résolution.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_paragraphs_of_a_cited_resolution_are_not_the_texts(lang: str) -> None:
    """``1.``–``3.`` set out "in paragraph 1 of resolution 2734 (2024), as follows:" are
    the resolution's: content, no clause. With a numbered paragraph of the text's own
    before them, the run is the text's numbering and stays."""
    doc = parse_text(QUOTED[lang])
    assert _rows(doc) == []
    assert "Freeze without delay" in doc.text or "Bloquer sans délai" in doc.text
    own = QUOTED[lang].replace("\nOn 19", "\n1.  On 19").replace("\nLe 19", "\n1.  Le 19")
    own = own.replace("\n1.  Freeze", "\n2.  Freeze").replace("\n1.  Bloquer", "\n2.  Bloquer")
    own = own.replace("\n2.  Prevent the entry", "\n3.  Prevent the entry")
    own = own.replace("\n2.  Empêcher l'entrée", "\n3.  Empêcher l'entrée")
    own = own.replace("\n3.  Prevent the direct", "\n4.  Prevent the direct")
    own = own.replace("\n3.  Empêcher la", "\n4.  Empêcher la")
    assert [r[0] for r in _rows(parse_text(own))] == ["1", "2", "3", "4"]
