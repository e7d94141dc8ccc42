"""A numbered line alone over a list either heads the list (guidelines §1a: a numbered
heading standing alone is a clause whose text is its title) or leads in to it (its words
are the clause's text, §1). It leads in where it ends on a function word, cut before the
object the items give (``4.2 Partner States to`` over ``(a) connect …``), or where, closed
by a colon, it opens on an article, a subject about to say (``4.5.1 L'ANIF entend :`` over
its dashes). A heading over a list names with neither (``2.2. Specific objectives:``,
``2) Typologies observées``). French and English rows side by side, in other publishers'
shapes (plain text, Markdown, indented items); the expected titles and first words were
worked out by hand from the text and the guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _read(text: str, lang: str) -> dict[str, tuple[str | None, str]]:
    """Each clause's title and its text's first five words."""
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    return {c.number: (c.title, " ".join(c.text.split()[:5])) for c in doc.clauses()}


# a line ending on a function word, over lettered items: the clause's text
_CUT_BEFORE_OBJECT = [
    (
        "en",
        "4. Recommendations\n\n4.1 The Committee recommends that the Council adopt the "
        "report.\n\n4.2   Partner States to\n      (a) connect all border posts to the "
        "INTERPOL network;\n      (b) equip border posts with trace detectors; and\n"
        "      (c) harmonise their laws with the Protocol;\n",
        "4.2",
        (None, "Partner States to"),
    ),
    (
        "fr",
        "3. Recommandations\n\n3.1 La commission recommande l'adoption du rapport.\n\n"
        "3.2 Les autorités portuaires veillent à\n a) contrôler les accès aux quais ;\n"
        " b) former les agents de sûreté ;\n c) tenir un registre des visiteurs.\n",
        "3.2",
        (None, "Les autorités portuaires veillent à"),
    ),
]


# a line closed by a colon that opens on an article, over dashes or bullets: the text
_SUBJECT_SAYS = [
    (
        "fr",
        "4.5 Perspectives pour 2026\n\n4.5.1 L'Agence entend :\n   - publier des lignes "
        "directrices sur les indicateurs ;\n   - former 300 agents des assujettis.\n\n"
        "4.5.2 En matière de prolifération, l'Agence veillera à la diffusion des listes.\n",
        "4.5.1",
        (None, "L'Agence entend :"),
    ),
    (
        "en",
        "## 5. Outcomes\n\n5.1 The Council:\n\n* endorsed the regional strategy;\n"
        "* agreed to meet again in June.\n\n5.2 The meeting closed at noon.\n",
        "5.1",
        (None, "The Council:"),
    ),
    (
        "en",
        "2. Objectives\n2.1. The Parties:\n— to improve procedures;\n— to increase "
        "capacities.\n2.2. Budget\nThe budget is set out in the annex.\n",
        "2.1",
        (None, "The Parties:"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "number", "want"), _CUT_BEFORE_OBJECT + _SUBJECT_SAYS)
def test_lead_in_over_a_list_is_the_text(
    lang: str, text: str, number: str, want: tuple[str | None, str]
) -> None:
    assert _read(text, lang)[number] == want


# the same shape that names: a heading over its list (title, no text of its own)
_HEADS = [
    (
        "en",
        "2. Objectives\n2.1. General objective: to prevent terrorism.\n"
        "2.2. Specific objectives:\n— to improve procedures;\n— to increase capacities.\n",
        "2.2",
        "Specific objectives",
    ),
    (
        "fr",
        "2. Objectifs\n2.1. Objectif général : prévenir le terrorisme.\n"
        "2.2. Objectifs spécifiques :\n— améliorer les procédures ;\n"
        "— renforcer les capacités.\n",
        "2.2",
        "Objectifs spécifiques",
    ),
    (
        "fr",
        "1) Contexte\nLe rapport couvre l'année 2025.\n\n2) Typologies observées\n"
        "a) utilisation de comptes de tiers ;\nb) fractionnement des dépôts.\n",
        "2",
        "Typologies observées",
    ),
    (
        "en",
        "1) Background\nThe report covers 2025.\n\n2) Category A\na) use of third-party "
        "accounts;\nb) structured deposits.\n",
        "2",
        "Category A",
    ),
]


@pytest.mark.parametrize(("lang", "text", "number", "want"), _HEADS)
def test_named_line_over_a_list_stays_its_heading(
    lang: str, text: str, number: str, want: str
) -> None:
    assert _read(text, lang)[number][0] == want


# a name over a list that the lead-in rules must leave its heading: an article before a
# common noun names a topic (the subject that says is a named body, "The Council:"), and a
# question keeps its preposition at the end ("What to look out for"), cut before nothing
_NAMED_OVER_LIST: list[tuple[str, str, str, tuple[str | None, str]]] = [
    (
        "fr",
        "5. Organes\n\n5.1 Le Conseil de sécurité :\n\n- composition ;\n- mandat.\n\n"
        "5.2 Le Secrétariat prépare les réunions.\n",
        "5.1",
        ("Le Conseil de sécurité", "composition ; mandat."),
    ),
    (
        "en",
        "5. Bodies\n\n5.1 The Council of Europe:\n\n- composition;\n- mandate.\n\n"
        "5.2 The Secretariat prepares the meetings.\n",
        "5.1",
        ("The Council of Europe", "composition; mandate."),
    ),
    (
        "en",
        "5. Assessment\n\n5.1 The Threat:\n\n- jihadist terrorism;\n- violent far-right "
        "extremism.\n\n5.2 The Response:\n\n- prevention;\n- prosecution.\n",
        "5.1",
        ("The Threat", "jihadist terrorism; violent far-right extremism."),
    ),
    (
        "fr",
        "5. Évaluation\n\n5.1 La Menace :\n\n- terrorisme djihadiste ;\n- extrémisme violent "
        "d'ultradroite.\n\n5.2 La Réponse :\n\n- prévention ;\n- poursuites.\n",
        "5.1",
        ("La Menace", "terrorisme djihadiste ; extrémisme violent"),
    ),
    (
        "fr",
        "2. Obligations\n\n2.1 Les obligations des entités assujetties :\n\n- identifier "
        "leurs clients ;\n- déclarer les opérations suspectes.\n\n2.2 Les sanctions :\n\n"
        "- amendes administratives ;\n- retrait d'agrément.\n\n2.3 Le présent guide entre en "
        "vigueur le 1er mars 2024.\n",
        "2.2",
        ("Les sanctions", "amendes administratives ; retrait d'agrément."),
    ),
    (
        "en",
        "3. Obligations\n\n3.1 The obligations of reporting entities:\n\n- identify their "
        "customers;\n- report suspicious transactions.\n\n3.2 The sanctions:\n\n"
        "- administrative fines;\n- withdrawal of licence.\n\n3.3 This guidance takes effect "
        "on 1 March 2024.\n",
        "3.2",
        ("The sanctions", "administrative fines; withdrawal of licence."),
    ),
    (
        "en",
        "1. Scope\n\n1.1 This guidance explains the reporting obligations under the Act.\n\n"
        "1.2 What to look out for\n(a) unusual cash deposits;\n(b) transfers to high-risk "
        "jurisdictions.\n",
        "1.2",
        ("What to look out for", ""),
    ),
]

# the same shapes that lead in: a subordinate clause cut before its object (its opener no
# question), a named body closed by a colon over what it does
_CUT_CLAUSES: list[tuple[str, str, str, tuple[str | None, str]]] = [
    (
        "fr",
        "5. Organes\n\n5.1 Le Conseil de sécurité :\n\n- adopte les sanctions ;\n- tient "
        "les listes.\n\n5.2 Le Secrétariat prépare les réunions.\n",
        "5.1",
        (None, "Le Conseil de sécurité :"),
    ),
    (
        "en",
        "5. Bodies\n\n5.1 The Council of Europe:\n\n- adopted the conclusions;\n- agreed "
        "the list.\n\n5.2 The Secretariat prepares the meetings.\n",
        "5.1",
        (None, "The Council of Europe:"),
    ),
    (
        "en",
        "4. Powers\n\n4.1 The Minister may designate an entity.\n\n4.2 Where the Minister is "
        "satisfied that\n(a) the entity has committed a terrorist act; or\n(b) the entity is "
        "owned by a listed entity,\nthe Minister shall list the entity.\n",
        "4.2",
        (None, "Where the Minister is satisfied"),
    ),
    (
        "fr",
        "4. Pouvoirs\n\n4.1 Le ministre peut désigner une entité.\n\n4.2 Quand le ministre "
        "constate que\na) l'entité a commis un acte terroriste ; ou\nb) l'entité est détenue "
        "par une entité inscrite,\nil inscrit l'entité sur la liste.\n",
        "4.2",
        (None, "Quand le ministre constate que"),
    ),
    (
        "fr",
        "5. Organisation\n\n5.1 Le Comité :\n\n- se réunit deux fois par an ;\n- adopte son "
        "règlement intérieur.\n\n5.2 Le Secrétariat prépare les réunions.\n",
        "5.1",
        (None, "Le Comité :"),
    ),
    (
        "en",
        "5. Organisation\n\n5.1 The Secretariat:\n\n- prepares the meetings;\n- keeps the "
        "records.\n\n5.2 The Committee meets twice a year.\n",
        "5.1",
        (None, "The Secretariat:"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "number", "want"), _NAMED_OVER_LIST + _CUT_CLAUSES)
def test_topic_and_question_over_a_list_stay_headings(
    lang: str, text: str, number: str, want: tuple[str | None, str]
) -> None:
    assert _read(text, lang)[number] == want
