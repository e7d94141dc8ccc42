"""A regulatory instrument that enacts its own rules is an act (``statute`` cues of
``domains.toml``, read by ``ctdocs.extract._domain_scope.inherit_subject``): its head
word (a decision, an order, a decree), its number and date, then the enacting verb
("fixant", "réglementant", "laying down", "prescribing"). Each provision takes the
subject its title names although its own words ("a security plan", "the register")
name none (guidelines section 4: the domain is the clause's subject). French and
English side by side, in other publishers' shapes (a Markdown heading over
"## Article N", a bare capitals line over run-in articles, numbered paragraphs).
Expected tags read off each text by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs._vocab import Language

_ARTICLES = {
    "en": "\n\n## Article 1\n\nEvery licensee shall draw up a security plan approved by the "
    "Authority.\n\n## Article 2\n\nThe plan shall be reviewed every three years and after "
    "any incident.\n",
    "fr": "\n\n## Article 1\n\nTout détenteur établit un plan de sécurité approuvé par "
    "l'Agence.\n\n## Article 2\n\nLe plan est réexaminé tous les trois ans et après tout "
    "incident.\n",
}


def _tags(text: str, language: Language) -> dict[str, set[str]]:
    doc = parse_text(text, language=language)
    return {c.number: {t.code for t in c.domains} for c in doc.clauses()}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        # an agency's decision fixing requirements (the radiation authority's shape)
        (
            "fr",
            "Décision n° 12/2026 du 4 mai 2026 fixant les exigences de sécurité "
            "applicables aux sources radioactives",
        ),
        (
            "en",
            "Decree No. 45 of 2026 laying down the security requirements for radioactive sources",
        ),
        # an order with its number only, another enacting verb
        ("fr", "Arrêté n° 2026-118 réglementant la détention des sources radioactives"),
        ("en", "Ordinance No. 3/2026 prescribing the security of radioactive sources"),
    ],
)
def test_an_enacting_instrument_passes_its_subject(language: Language, title: str) -> None:
    tags = _tags("# " + title + _ARTICLES[language], language)
    assert tags == {"Article 1": {"CBRN"}, "Article 2": {"CBRN"}}


_RUN_IN = {
    # a gazette's capitals line over run-in articles
    "fr": """ARRÊTÉ N° 2026-044 réglementant la détention des agents biologiques pathogènes

Article 1er. - Tout laboratoire tient un registre des entrées et des sorties.

Article 2. - Le registre est conservé dix ans.
""",
    # a council's decision over numbered paragraphs
    "en": """DECISION No. 9/2026 prescribing the storage conditions of chemical weapons precursors

1. Every operator shall keep a register of receipts and dispatches.

2. The register shall be kept for ten years.
""",
}


@pytest.mark.parametrize(
    ("language", "numbers"), [("fr", ("Article 1", "Article 2")), ("en", ("1", "2"))]
)
def test_an_enacting_instrument_in_other_shapes(
    language: Language, numbers: tuple[str, str]
) -> None:
    tags = _tags(_RUN_IN[language], language)
    assert tags == {n: {"CBRN"} for n in numbers}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        # a report on the instrument names it as its complement
        (
            "fr",
            "Rapport sur la mise en œuvre de la décision n° 7 fixant les exigences de "
            "sécurité des sources radioactives",
        ),
        (
            "en",
            "Report on the implementation of the Decree No. 7 laying down the security "
            "requirements for radioactive sources",
        ),
        # a court's or a body's decision rules on a case, it enacts nothing
        (
            "fr",
            "Décision n° 26-214 relative à la question préjudicielle sur les sources radioactives",
        ),
        ("en", "Decision No. 26-214 on the preliminary question concerning radioactive sources"),
        # an enacting instrument whose title names no domain passes none
        ("fr", "Décision n° 5/2026 fixant la date de la prochaine session du Comité"),
        ("en", "Decision No. 5/2026 fixing the date of the next session of the Committee"),
    ],
)
def test_no_enacting_instrument_passes_nothing(language: Language, title: str) -> None:
    tags = _tags("# " + title + _ARTICLES[language], language)
    assert tags == {"Article 1": set(), "Article 2": set()}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        # a press release on the instrument's adoption: its items are the sitting's, not
        # the instrument's provisions
        (
            "fr",
            "Le Conseil des ministres adopte un décret fixant les exigences de sécurité des "
            "sources radioactives",
        ),
        ("en", "Cabinet approves decree laying down security requirements for radioactive sources"),
        # an opinion on the instrument, a challenge to it: it is their complement
        (
            "fr",
            "Avis sur le décret n° 2026-12 fixant les exigences de sécurité des sources "
            "radioactives",
        ),
        (
            "en",
            "Opinion concerning the Decree No. 12 of 2026 laying down security requirements "
            "for radioactive sources",
        ),
        (
            "fr",
            "Recours contre l’arrêté du 9 avril 2026 réglementant la détention des sources "
            "radioactives",
        ),
        (
            "en",
            "Judgment in the challenge to the Ordinance No. 3/2026 prescribing the security of "
            "radioactive sources",
        ),
    ],
)
def test_a_title_naming_an_instrument_is_no_act(language: Language, title: str) -> None:
    tags = _tags("# " + title + _ARTICLES[language], language)
    assert tags == {"Article 1": set(), "Article 2": set()}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        # the instrument's own title after its issuer's words, or its head word's qualifier
        (
            "fr",
            "Décret exécutif n° 26-112 du 4 mai 2026 fixant les exigences de sécurité des "
            "sources radioactives",
        ),
        (
            "en",
            "Council Decision (CFSP) 2026/12 of 4 May 2026 laying down the security "
            "requirements for radioactive sources",
        ),
        (
            "fr",
            "Décision d'exécution (UE) 2026/12 de la Commission fixant les exigences de "
            "sécurité des sources radioactives",
        ),
        ("en", "Royal Decree 12/2026 prescribing the security of radioactive sources"),
    ],
)
def test_an_issuers_instrument_passes_its_subject(language: Language, title: str) -> None:
    tags = _tags("# " + title + _ARTICLES[language], language)
    assert tags == {"Article 1": {"CBRN"}, "Article 2": {"CBRN"}}
