"""A glossary clause keeps the domains of the terms it defines (``ctdocs.extract._domain_terms``).

French and English side by side. A quoted term followed by "means" / "s'entend de" /
"désigne" is what the clause is about; the words of its definitions, and a domain
word in a quoted name that is not followed by a definition, are not. Expected tags
read off each text by hand (guidelines section 4: the clause's subject).
"""

from __future__ import annotations

import pytest

from ctdocs._vocab import Language
from ctdocs.extract._domain_terms import defined_term_tags

from ._domainscope import _tags

TERMS = {
    # the first term names critical infrastructure, the second a body whose name holds
    # an aviation word (no term of a domain), the third a drone
    "en": (
        'In these Regulations - "critical infrastructure" means a designated facility; '
        '"the Directorate" means the Civil Aviation Security Directorate; '
        '"unmanned aircraft" (drone) means an aircraft without a pilot on board.',
        ["critical infrastructure", "unmanned aircraft"],
    ),
    "fr": (
        "Dans le présent règlement : « infrastructure critique » s'entend d'une "
        "installation désignée ; « Direction » s'entend de la Direction de la sûreté de "
        "l'aviation civile ; « aéronef sans équipage à bord » désigne un aéronef piloté à "
        "distance.",
        ["infrastructure critique", "aéronef sans équipage à bord"],
    ),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_terms_a_text_defines_name_its_domains(language: Language) -> None:
    text, terms = TERMS[language]
    tags = defined_term_tags(text, 100, language)
    assert set(tags) == {"CIP", "C-UAS"}
    spans = [sp for code in ("CIP", "C-UAS") for sp in tags[code]]
    assert [text[s - 100 : e - 100] for s, e in spans] == terms


NOT_DEFINED = {
    # a quoted domain phrase that no definition cue follows: a name cited, not a term
    "en": 'The "unmanned aircraft" register is kept by the Directorate.',
    "fr": "Le registre « aéronefs sans équipage à bord » est tenu par la Direction.",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_quoted_phrase_without_a_definition_is_no_term(language: Language) -> None:
    assert defined_term_tags(NOT_DEFINED[language], 0, language) == {}


GLOSSARY = {
    # section 2 is a glossary (its title says so): it takes the domain of the term it
    # defines (C-UAS), not
    # those of its definitions' words ("Civil Aviation Authority", "critical
    # infrastructure" inside a definition); section 3 commits, and is tagged
    "en": """# Unmanned Aircraft (Restricted Zones) Regulations

## Interpretation

### 2 Interpretation

In these Regulations - "Authority" means the Civil Aviation Authority; "unmanned
aircraft" means an aircraft operated without a pilot on board; "zone" means an area
around critical infrastructure listed in the Schedule.

## Restricted zones

### 3

No person shall fly an unmanned aircraft in a zone without a permit.
""",
    "fr": """# Règlement sur les zones interdites aux aéronefs sans équipage à bord

## Définitions

### 2 Définitions

Dans le présent règlement : « Autorité » s'entend de l'Autorité de l'aviation civile ;
« aéronef sans équipage à bord » s'entend d'un aéronef piloté à distance ; « zone »
s'entend d'un périmètre autour d'une infrastructure critique inscrite à l'annexe.

## Zones interdites

### 3

Nul ne peut faire voler un aéronef sans équipage à bord dans une zone sans permis.
""",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_glossary_keeps_the_domains_of_its_terms(language: Language) -> None:
    tags = _tags(GLOSSARY[language], language)
    assert tags["2"] == {"C-UAS"}
    assert tags["3"] == {"C-UAS"}
