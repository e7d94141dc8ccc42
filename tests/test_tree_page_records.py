"""A page's record (the YAML or TOML front matter a static site keeps above the text) names
the page's title: a heading below level 1 that opens the text under it (``## Contexte``,
``### Scope``) is the first section, not the document's title, and the numbered paragraphs
under it have it as their section (guidelines §1: a clause's section is the nearest
preceding unnumbered heading). A level-1 heading under the record, a title line over its
date, and a title line with no record above stay the title (they name no section); so do a
level-2 heading the record's title field repeats, the one level-2 heading under a record
that names no title (no ``## …`` of its level below it), and a heading under a markup line
(``<a name="top"></a>``), which is no front matter.

Each text is written for the test in a shape no batch has (YAML and TOML records, with and
without a title field, headings of levels 2 and 3, French and English); the expected values
were worked out by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

SECTIONED = [
    (
        "---\ntitle: Plan de continuité\ndate: 2026-03-01\n---\n\n## Contexte\n\n"
        "1. Les sites sensibles doivent rester accessibles.\n\n"
        "2. Les coupures d'électricité sont le premier risque.\n\n## Mesures\n\n"
        "3. Chaque site dispose d'un groupe électrogène.\n",
        ["Contexte", "Contexte", "Mesures"],
    ),
    (
        "---\nlayout: post\ncategories: [security, continuity]\n---\n\n## Background\n\n"
        "1. Sensitive sites must stay open during a crisis.\n\n"
        "2. Power cuts are the main risk.\n\n## Measures\n\n"
        "3. Each site has a generator.\n",
        ["Background", "Background", "Measures"],
    ),
    (
        '+++\ntitle = "Port security note"\ndate = 2026-05-04\n+++\n\n### Scope\n\n'
        "1. The note covers every port facility.\n\n2. It is reviewed every year.\n\n"
        "### Screening\n\n3. Containers are screened before loading.\n",
        ["Scope", "Scope", "Screening"],
    ),
    (
        "---\ntitre: Note de sûreté portuaire\n---\n\n### Champ d'application\n\n"
        "1. La note couvre toutes les installations portuaires.\n\n"
        "2. Elle est revue chaque année.\n",
        ["Champ d'application", "Champ d'application"],
    ),
    (
        "---\npage-title: Port security note\n---\n\n### Scope\n\n"
        "1. The note covers every port facility.\n\n"
        "2. It is reviewed every year.\n",
        ["Scope", "Scope"],
    ),
]


@pytest.mark.parametrize(("text", "sections"), SECTIONED)
def test_a_lower_heading_under_the_record_is_a_section(text: str, sections: list[str]) -> None:
    clauses = parse_text(text).clauses()
    assert [c.section for c in clauses] == sections


TITLED = [
    (
        "---\ntitle: Plan de continuité\n---\n\n# Plan de continuité des sites sensibles\n\n"
        "## Contexte\n\n1. Les sites sensibles doivent rester accessibles.\n\n"
        "2. Les coupures sont le premier risque.\n",
        "Plan de continuité des sites sensibles",
        ["Contexte", "Contexte"],
    ),
    (
        "---\ntitle: Continuity plan\n---\n\n# Continuity plan for sensitive sites\n\n"
        "1. Sensitive sites must stay open during a crisis.\n\n"
        "2. Power cuts are the main risk.\n",
        "Continuity plan for sensitive sites",
        [None, None],
    ),
    (
        "---\nlayout: page\n---\n\nPlan de continuité\n\nMis à jour le 3 mars 2026\n\n"
        "1. Les sites sensibles doivent rester accessibles.\n\n"
        "2. Les coupures sont le premier risque.\n",
        "Plan de continuité",
        [None, None],
    ),
    (
        "CONTINUITY PLAN\n\nBackground\n\n1. Sensitive sites must stay open during a crisis.\n\n"
        "2. Power cuts are the main risk.\n",
        "CONTINUITY PLAN",
        ["Background", "Background"],
    ),
    (
        "---\ntitle: Prevent duty guidance\n---\n\n## Prevent duty guidance\n\n"
        "### Background\n\n1. Specified authorities must have due regard to the need.\n",
        "Prevent duty guidance",
        ["Background"],
    ),
    (
        '---\ntitre: "Guide de prévention de la radicalisation"\n---\n\n'
        "## Guide de prévention de la radicalisation\n\n### Contexte\n\n"
        "1. Le présent guide est publié chaque année.\n",
        "Guide de prévention de la radicalisation",
        ["Contexte"],
    ),
    (
        "+++\ndate = 2026-03-01\n+++\n\n## Prevent duty guidance\n\n### Introduction\n\n"
        "1. This guidance is issued under section 29.\n",
        "Prevent duty guidance",
        ["Introduction"],
    ),
    (
        "---\ndate: 2026-03-01\n---\n\n## Guide de prévention de la radicalisation\n\n"
        "1. Le présent guide est publié chaque année.\n",
        "Guide de prévention de la radicalisation",
        [None],
    ),
    (
        '<a name="top"></a>\n\n## Prevent duty guidance for England and Wales\n\n'
        "## Introduction\n\n1. This guidance is issued under section 29.\n",
        "Prevent duty guidance for England and Wales",
        ["Introduction"],
    ),
    (
        '<a name="haut"></a>\n\n## Guide de prévention de la radicalisation\n\n'
        "### Introduction\n\n1. Le présent guide est publié chaque année.\n",
        "Guide de prévention de la radicalisation",
        ["Introduction"],
    ),
]


@pytest.mark.parametrize(("text", "title", "sections"), TITLED)
def test_a_title_under_the_record_names_no_section(
    text: str, title: str, sections: list[str | None]
) -> None:
    doc = parse_text(text)
    assert doc.title == title
    assert [c.section for c in doc.clauses()] == sections


# A web page's record box set aside with its chrome (a database's rows above the text:
# sitting, date, "Title: …"): the heading its title field names is the page's title, as a
# stamp under it would make it; a record naming another title makes no title of it.
_CHROME = {
    "en": "Skip to main content\nSearch this site\nHome\nLog in\n\n",
    "fr": "Aller au contenu principal\nRechercher sur le site\nAccueil\nConnexion\n\n",
}
_ROWS = {
    "en": "Parliament No: 15\nSession No: 1\nVolume No: 96\nSitting No: 42\n"
    "Sitting Date: 7-10-2026\nSection Name: Oral Answers\nTitle: {}\n"
    "MPs Speaking: Ms Grace Tan\nPrint Download PDF Share\n\n",
    "fr": "Législature : 15\nSession : 1\nVolume : 96\nSéance : 42\n"
    "Date de la séance : 7-10-2026\nRubrique : Questions orales\nTitre : {}\n"
    "Intervenants : Mme Claire Dubois\nImprimer Télécharger le PDF Partager\n\n",
}
_TEXT = {
    "en": "The Minister of State said that forty flights near the stadium had been reported "
    "to the police this year, and that none was linked to terrorism.\n\n"
    "Members of the public who see a drone behaving suspiciously should call the police.\n",
    "fr": "Le ministre délégué a indiqué que quarante survols près du stade avaient été "
    "signalés à la police cette année, et qu'aucun n'était lié au terrorisme.\n\n"
    "Les personnes qui voient un drone au comportement suspect doivent appeler la police.\n",
}
_HEADING = {
    "en": ("MEASURES AGAINST UNAUTHORISED DRONES AT MAJOR EVENTS", "Oral Answers to Questions"),
    "fr": ("MESURES CONTRE LES DRONES LORS DES GRANDS ÉVÉNEMENTS", "Questions orales"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_heading_a_records_title_field_names_is_the_title(lang: str) -> None:
    heading, other = _HEADING[lang]
    named = _ROWS[lang].format(heading.title())
    doc = parse_text(f"{_CHROME[lang]}{named}{heading}\n\n{_TEXT[lang]}", language=lang)  # type: ignore[arg-type]
    assert doc.title == heading
    unnamed = _ROWS[lang].format(other)
    doc = parse_text(f"{_CHROME[lang]}{unnamed}{heading}\n\n{_TEXT[lang]}", language=lang)  # type: ignore[arg-type]
    assert doc.title is None
