"""Sections named by a strategy's parts set among a numbered heading's decimals, and closed
by the next larger numbered heading (ctdocs.structure._locations.interleaved_parts,
ctdocs.structure._reportreading._Reports._clause).

A named part (``Good Practice 1``, ``Axe 1``) printed right between ``2.`` (or ``Chapitre
3``) and its first child ``2.1`` holds none of the decimals below it: they are the heading's,
and run across the parts. The part is an unnumbered heading, the section of the paragraphs
under it (guidelines §1; heldout18 and heldout22 gold). A part that first comes after a
child (``2.1`` / ``Recommendation 1`` / ``2.2``) is a unit of its own (heldout3 gold). A
numbered markup heading above the level of the open section's heading closes that section
(heldout18, heldout19, heldout21 and heldout22 gold). Each text is written for the test, in
French and in English; the expected sections were worked out by hand from the guidelines.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def sections(text: str, language: str) -> list[tuple[str, str | None]]:
    doc = parse_text(text, language=language)  # type: ignore[arg-type]
    return [(c.number, c.section) for c in doc.clauses()]


PARTS = {
    "fr": (
        "# Stratégie nationale de sûreté maritime\n\n"
        "## Chapitre 2 – Les menaces\n\n"
        "### 2.1. Le terrorisme maritime\n\n"
        "Le canal est exposé à l'extension des activités des groupes armés.\n\n"
        "## Chapitre 3 – Axes stratégiques\n\n"
        "### Axe 1 – Connaissance de la situation maritime\n\n"
        "3.1. L'État renforce la surveillance de la zone économique exclusive.\n\n"
        "3.2. Le Centre national partage ses informations avec ses partenaires.\n\n"
        "### Axe 2 – Prévention et répression\n\n"
        "3.3. La Marine nationale mène des opérations conjointes de contrôle.\n\n"
        "## Chapitre 4 – Gouvernance\n\n"
        "1. L'organe de coordination présente un rapport annuel.\n"
    ),
    "en": (
        "# National guidance on drones\n\n"
        "## 1. Understanding the threat\n\n"
        "1.1 Terrorist use of drones ranges from lone actors to organised groups.\n\n"
        "## 2. Good practices for national authorities\n\n"
        "### Good Practice 1: Adopt a clear legal framework\n\n"
        "2.1 States should define in law which authorities may detect drones.\n\n"
        "2.2 The framework should set out rules on the retention of data.\n\n"
        "### Good Practice 2: Share information across borders\n\n"
        "2.3 National focal points should exchange information on incidents.\n\n"
        "## 3. Good practices for venue operators\n\n"
        "3.1 Operators of large venues should include drones in their risk assessments.\n"
    ),
}

AXE_1 = "Axe 1 – Connaissance de la situation maritime"
AXE_2 = "Axe 2 – Prévention et répression"
GP_1 = "Good Practice 1: Adopt a clear legal framework"
GP_2 = "Good Practice 2: Share information across borders"
EXPECTED = {
    "fr": [
        ("Chapter 2", None),
        ("2.1", None),
        ("Chapter 3", None),
        ("3.1", AXE_1),
        ("3.2", AXE_1),
        ("3.3", AXE_2),
        ("Chapter 4", None),
        ("1", None),
    ],
    "en": [
        ("1", None),
        ("1.1", None),
        ("2", None),
        ("2.1", GP_1),
        ("2.2", GP_1),
        ("2.3", GP_2),
        ("3", None),
        ("3.1", None),
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_named_part_among_a_headings_decimals_names_their_section(lang: str) -> None:
    assert sections(PARTS[lang], lang) == EXPECTED[lang]


# A recommendation boxed after paragraph 2.1: it comes after a child, so it is a unit of
# its own, under chapter 2, and names no section.
BOXED = {
    "fr": (
        "# Rapport du comité\n\n"
        "## 2. La réponse fédérale\n\n"
        "2.1 Le Centre canadien coordonne les programmes de prévention.\n\n"
        "### Recommandation 1\n\n"
        "Que le gouvernement augmente le financement du Centre.\n\n"
        "2.2 La coopération internationale reste essentielle.\n"
    ),
    "en": (
        "# Report of the committee\n\n"
        "## 2. The federal response\n\n"
        "2.1 The Canada Centre coordinates prevention programmes.\n\n"
        "### Recommendation 1\n\n"
        "That the government increase the Centre's funding.\n\n"
        "2.2 International cooperation remains essential.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_named_part_after_a_child_stays_a_unit(lang: str) -> None:
    word = {"fr": "Recommandation", "en": "Recommendation"}[lang]
    assert sections(BOXED[lang], lang) == [
        ("2", None),
        ("2.1", None),
        (f"{word} 1", None),
        ("2.2", None),
    ]


# Concluding observations: an unnumbered subheading under "C." holds paragraphs 41 and 42;
# "## D." above its level closes it, whatever it held.
OBSERVATIONS = {
    "fr": (
        "# Observations finales\n\n"
        "## A. Introduction\n\n"
        "1. Le Comité a examiné le rapport périodique de l'État partie.\n\n"
        "## C. Principaux sujets de préoccupation\n\n"
        "### Rapatriement des femmes et des enfants\n\n"
        "41. Le Comité est préoccupé par la situation des enfants dans les camps.\n\n"
        "42. L'État partie devrait rapatrier tous les enfants.\n\n"
        "## D. Procédure de suivi\n\n"
        "43. Le Comité demande à l'État partie de fournir des renseignements.\n"
    ),
    "en": (
        "# Concluding observations\n\n"
        "## A. Introduction\n\n"
        "1. The Committee considered the periodic report of the State party.\n\n"
        "## C. Principal subjects of concern\n\n"
        "### Repatriation of women and children\n\n"
        "41. The Committee is concerned about the situation of children in the camps.\n\n"
        "42. The State party should repatriate all children.\n\n"
        "## D. Follow-up procedure\n\n"
        "43. The Committee requests the State party to provide information.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_larger_numbered_heading_closes_a_section_that_holds_paragraphs(lang: str) -> None:
    heading = {
        "fr": "Rapatriement des femmes et des enfants",
        "en": "Repatriation of women and children",
    }[lang]
    assert sections(OBSERVATIONS[lang], lang) == [
        ("A", None),
        ("1", None),
        ("C", None),
        ("41", heading),
        ("42", heading),
        ("D", None),
        ("43", None),
    ]


# A foreword signed by a minister (name, then office) over the outline's first heading: the
# signature closes the foreword and names no section (numbering.toml forewords; heldout5,
# heldout12, heldout18, heldout19 and heldout22 gold leave the outline after it without one).
FOREWORD = {
    "fr": (
        "Rapport d'activité 2025\n\n"
        "LE MOT DU PRÉSIDENT\n\n"
        "Dix ans après les attentats, le Fonds a indemnisé plus de sept mille victimes.\n\n"
        "Jean-Baptiste Morvan-Leclerc\n\n"
        "Président du Conseil d'administration\n\n"
        "1. Chiffres clés\n\n"
        "1.1 Au 31 décembre 2025, le Fonds avait indemnisé 7 842 victimes.\n"
    ),
    "en": (
        "Protect and Prepare delivery plan\n\n"
        "Ministerial foreword\n\n"
        "This plan sets out what we will do over the next three years.\n\n"
        "Alasdair Roxburgh-Kerr MSP\n\n"
        "Cabinet Secretary for Justice and Home Affairs\n\n"
        "1. Introduction\n\n"
        "1.1 CONTEST is the counter-terrorism strategy of the United Kingdom.\n"
    ),
}

# A foreword whose last heading stands over prose: a heading, naming its section.
UNSIGNED = {
    "fr": (
        "Rapport d'activité 2025\n\n"
        "Avant-propos\n\n"
        "Le Fonds a indemnisé plus de sept mille victimes depuis sa création.\n\n"
        "Remerciements\n\n"
        "Le Fonds remercie les associations de victimes pour leur soutien.\n\n"
        "1. Le Fonds verse les indemnités dans un délai de trois mois.\n"
    ),
    "en": (
        "Protect and Prepare delivery plan\n\n"
        "Foreword\n\n"
        "This plan sets out what we will do over the next three years.\n\n"
        "Acknowledgements\n\n"
        "We thank the partners who contributed to this plan.\n\n"
        "1. The plan is reviewed every year by the Scottish Government.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_forewords_signature_closes_it_and_names_no_section(lang: str) -> None:
    assert sections(FOREWORD[lang], lang) == [("1", None), ("1.1", None)]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_heading_over_prose_after_a_foreword_names_its_section(lang: str) -> None:
    heading = {"fr": "Remerciements", "en": "Acknowledgements"}[lang]
    assert sections(UNSIGNED[lang], lang) == [("1", heading)]
