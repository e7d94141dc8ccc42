"""Numbering schemes of publishers outside the dev corpus (guidelines §1a), French and
English side by side: Swiss alinéas, named units that hold their items (Good Practice 5(1)),
sections that are divisions only over articles, annexes that number afresh, lists
written inline after a colon, lead-ins in capitals, alinéa counters, and lists that
restart under a numbered heading.

Each text is written for the test in a publisher's style; the expected numbers were
worked out by hand from the annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

from ._clauseschemes import numbers, titles

SWISS = {
    "fr": """Section 1 Dispositions générales

Art. 3 Autorités compétentes
1 Fedpol est compétent pour prononcer les mesures.
2 Les cantons désignent l'autorité requérante.

Art. 4 Demande
1 La demande est adressée par écrit à fedpol. Elle contient:
a. l'identité de la personne concernée;
b. la mesure demandée et sa durée.
2 En cas d'urgence, la demande peut être faite oralement.
""",
    "en": """Section 1 General provisions

Art. 3 Competent authorities
1 Fedpol is competent to order the measures.
2 The cantons designate the requesting authority.

Art. 4 Request
1 The request is addressed to fedpol in writing. It contains:
a. the identity of the person concerned;
b. the measure requested and its duration.
2 In urgent cases, the request may be made orally.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_swiss_alineas_are_article_paragraphs(lang: str) -> None:
    assert numbers(SWISS[lang], lang) == [
        "Section 1",
        "Article 3",
        "Article 3(1)",
        "Article 3(2)",
        "Article 4",
        "Article 4(1)",
        "Article 4(1)(a)",
        "Article 4(1)(b)",
        "Article 4(2)",
    ]


PLAIN_SECTION = {
    "fr": """Section 2 – Contexte

1. Le comité s'est réuni à quatre reprises en 2019.

2. Il a entendu vingt témoins.
""",
    "en": """Section 2 – Background

1. The committee met four times in 2019.

2. It heard twenty witnesses.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_section_over_plain_paragraphs_is_a_heading(lang: str) -> None:
    assert numbers(PLAIN_SECTION[lang], lang) == ["1", "2"]


GOOD_PRACTICES = {
    "en": """Good Practices

Good Practice 4: Integrate biometric checks with watchlists.
Verification works best with passenger data.

Good Practice 5: Train frontline officers.
Border officers should receive training on:
1. the capture of fingerprints;
2. the handling of false matches.
""",
    "fr": """Bonnes pratiques

Bonne pratique 4 : Relier les contrôles biométriques aux listes de surveillance.
La vérification est plus efficace avec les données des passagers.

Bonne pratique 5 : Former les agents de première ligne.
Les agents doivent être formés à :
1. la prise des empreintes digitales ;
2. la gestion des fausses correspondances.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_named_units_hold_their_items(lang: str) -> None:
    word = "Good Practice" if lang == "en" else "Bonne pratique"
    assert numbers(GOOD_PRACTICES[lang], lang) == [
        f"{word} 4",
        f"{word} 5",
        f"{word} 5(1)",
        f"{word} 5(2)",
    ]
    want = "Train frontline officers" if lang == "en" else "Former les agents de première ligne"
    assert titles(GOOD_PRACTICES[lang], lang)[f"{word} 5"] == want


APPENDIX = {
    "en": """Recommends that the governments of member States:

1. take into account the guidelines in the appendix;

2. ensure that they are widely disseminated.

Appendix to Recommendation CM/Rec(2018)6

I. Scope

1. These guidelines apply to terrorists acting alone.

II. Prevention

2. Member States should develop multi-agency approaches.
""",
    "fr": """Recommande aux gouvernements des États membres :

1. de tenir compte des lignes directrices figurant en annexe ;

2. d'en assurer une large diffusion.

Annexe à la Recommandation CM/Rec(2018)6

I. Champ d'application

1. Les présentes lignes directrices visent les terroristes agissant seuls.

II. Prévention

2. Les États membres devraient développer des approches pluridisciplinaires.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_annex_that_numbers_afresh_is_a_space_of_its_own(lang: str) -> None:
    space = "Appendix" if lang == "en" else "Annex"
    assert numbers(APPENDIX[lang], lang) == [
        "1",
        "2",
        f"{space}(I)",
        f"{space}(1)",
        f"{space}(II)",
        f"{space}(2)",
    ]


INLINE = {
    "en": """INTRODUCTION

The committee examined three questions: (1) how extremist groups use platforms; (2) how \
platforms moderate that content; and (3) what role the Government should play.
""",
    "fr": """INTRODUCTION

Le comité a examiné trois questions : (1) comment les groupes extrémistes utilisent les \
plateformes ; (2) comment les plateformes modèrent ces contenus ; et (3) quel rôle doit jouer \
le Gouvernement.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_list_inline_after_a_colon(lang: str) -> None:
    assert numbers(INLINE[lang], lang) == ["(1)", "(2)", "(3)"]


LEAD_IN = {
    "fr": """DÉCIDE :

1. d'adopter les lignes directrices figurant en annexe ;

2. de demander au Comité exécutif un rapport d'étape ;

INVITE les pays membres à :

a) communiquer sans délai les données d'identification ;
b) étendre l'accès au système aux postes frontières.
""",
    "en": """DECIDES:

1. to adopt the guidelines annexed to this resolution;

2. to ask the Executive Committee for a progress report;

INVITES member countries to:

a) share identification data without delay;
b) extend access to the system to border posts.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_lead_in_in_capitals_opens_its_own_list(lang: str) -> None:
    assert numbers(LEAD_IN[lang], lang) == ["1", "2", "(a)", "(b)"]


COUNTERS = {
    "fr": """Article 1er

①\tI. – L'article L. 228-2 du code de la sécurité intérieure est ainsi modifié :
②\t1° Le troisième alinéa est supprimé ;
③\t2° Le dernier alinéa est complété par une phrase.
④\tII. – Le I entre en vigueur le premier jour du troisième mois.
""",
    "en": """Article 1

①\tI. – Section L. 228-2 of the internal security code is amended as follows:
②\t1° The third paragraph is deleted;
③\t2° The last paragraph is completed by a sentence.
④\tII. – Paragraph I comes into force on the first day of the third month.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_alinea_counters_are_not_numbers(lang: str) -> None:
    assert numbers(COUNTERS[lang], lang) == [
        "Article 1",
        "Article 1(I)",
        "Article 1(I)(1°)",
        "Article 1(I)(2°)",
        "Article 1(II)",
    ]


RESTART = {
    "en": """1. Introduction
When the last territory held by the group fell, thousands of women were detained.

2. The legal framework
States have obligations under international law.

3. Recommendations
1. Repatriate all nationals, giving priority to children.
2. Assess each returnee individually.
""",
    "fr": """1. Introduction
Lorsque le dernier territoire tenu par le groupe est tombé, des milliers de femmes ont été détenues.

2. Le cadre juridique
Les États ont des obligations en droit international.

3. Recommandations
1. Rapatrier tous les ressortissants, en priorité les enfants.
2. Évaluer chaque personne rapatriée individuellement.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_list_restarting_under_a_numbered_heading(lang: str) -> None:
    assert numbers(RESTART[lang], lang) == ["1", "2", "3", "3(1)", "3(2)"]


# A list restarting at 1 under a decimal sub-clause (``5.1. Operators shall:`` then ``1)``,
# ``2.2. Review`` then ``1)``) is that sub-clause's list (guidelines §1a): 5.1(1), 2.2(1).
DECIMAL_RESTART = {
    "en": """1. SCOPE
1.1. This guidance applies to stadiums and concert halls.
2. MEASURES
2.1. Venue managers shall:
1) name a security officer;
2) test the evacuation plan each year.
2.2. Review
1) The plan is reviewed by the local police.
2) Findings are sent to the regional office.
3. FINAL PROVISIONS
3.1. This guidance applies from 1 March 2027.
""",
    "fr": """1. CHAMP D'APPLICATION
1.1. Le présent guide s'applique aux stades et aux salles de concert.
2. MESURES
2.1. Les gestionnaires de sites doivent :
1) désigner un responsable de la sûreté ;
2) tester chaque année le plan d'évacuation.
2.2. Contrôle
1) Le plan est examiné par la police locale.
2) Les conclusions sont transmises au bureau régional.
3. DISPOSITIONS FINALES
3.1. Le présent guide s'applique à compter du 1er mars 2027.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_list_restarting_under_a_decimal_sub_clause(lang: str) -> None:
    assert numbers(DECIMAL_RESTART[lang], lang) == [
        "1", "1.1", "2", "2.1", "2.1(1)", "2.1(2)", "2.2", "2.2(1)", "2.2(2)", "3", "3.1",
    ]  # fmt: skip


# The same lines with no lead-in and no heading above: ``1.`` after ``2.1`` is not a list.
DECIMAL_NO_LEAD = {
    "en": """1. SCOPE
1.1. This guidance applies to stadiums.
2.1. Venue managers name a security officer.
1. The plan is reviewed by the local police.
""",
    "fr": """1. CHAMP D'APPLICATION
1.1. Le présent guide s'applique aux stades.
2.1. Les gestionnaires de sites désignent un responsable.
1. Le plan est examiné par la police locale.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_restart_under_a_decimal_sub_clause_without_lead_in(lang: str) -> None:
    assert not any("(" in n for n in numbers(DECIMAL_NO_LEAD[lang], lang))


NESTED_QUOTE = {
    "fr": """Art. 3.
L'article 2-2 de la loi modifiée est modifié comme suit :
1° Le paragraphe 3 est supprimé ;
2° Il est ajouté un paragraphe 4 nouveau, libellé comme suit :
« (4) Les autorités de contrôle, ci-après « CRF », communiquent chaque année :
a) les statistiques des déclarations ;
b) les typologies observées. »

Art. 4.
La présente loi entre en vigueur le premier jour du mois qui suit sa publication.
""",
    "en": """Art. 3.
Section 2-2 of the amended law is amended as follows:
1° Paragraph 3 is repealed;
2° A new paragraph 4 is added, worded as follows:
“(4) The supervisory authorities, hereinafter “FIU”, shall report each year:
a) statistics on suspicious transaction reports;
b) the typologies observed.”

Art. 4.
This law enters into force on the first day of the month after its publication.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_nested_quotation_keeps_quoted_items_out(lang: str) -> None:
    assert numbers(NESTED_QUOTE[lang], lang) == [
        "Article 3",
        "Article 3(1°)",
        "Article 3(2°)",
        "Article 4",
    ]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_alinea_counter_is_not_the_article_text(lang: str) -> None:
    """``Article 2`` then ``①	Après l'article …``: the counter a web copy prints before an
    alinéa is no word of the article's text."""
    text = {
        "fr": "Article 2\n\n①\tAprès l'article L. 228-6 du même code, il est inséré un article.\n",
        "en": "Article 2\n\n①\tAfter section 228-6 of the same code, a new section is inserted.\n",
    }[lang]
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    (clause,) = doc.clauses()
    assert (
        clause.text.split()[:2] == {"fr": ["Après", "l'article"], "en": ["After", "section"]}[lang]
    )
