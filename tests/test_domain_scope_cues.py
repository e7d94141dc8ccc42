"""The rule-making cue of ``ctdocs.extract._domain_scope`` (``untagged`` and
``procedural`` in ``domains.toml``) reads a bare label, "Regulations" /
"Règlements", not the act naming itself: French and English side by side.
Expected tags read off each text by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs._vocab import Language

SELF_NAMED = {
    # the line above the provisions names the act itself ("In these regulations",
    # "Dans le présent règlement"): the provisions keep their own domains and take the
    # act's subject (its title: maritime security); the bare label "Regulations" above
    # a power to regulate still keeps section 8 untagged (README item 37)
    "en": """# Maritime Security Regulations

## In these regulations

### 6

The master of a ship shall transmit the crew list to the Authority.

### 7

No person shall manufacture unmarked plastic explosives.

## Regulations

### 8

The Governor in Council may make regulations respecting the transport of unmarked plastic
explosives.
""",
    "fr": """# Règlement sur la sûreté maritime

## Dans le présent règlement

### 6

Le capitaine du navire transmet la liste de l'équipage à l'Autorité.

### 7

Il est interdit de fabriquer des explosifs plastiques non marqués.

## Règlements

### 8

Le gouverneur en conseil peut, par règlement, régir le transport des explosifs plastiques
non marqués.
""",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_act_naming_itself_is_no_rulemaking_label(language: Language) -> None:
    doc = parse_text(SELF_NAMED[language], language=language)
    tags = {c.number: {t.code for t in c.domains} for c in doc.clauses()}
    assert tags["6"] == {"MARITIME"}
    assert tags["7"] == {"EOD", "MARITIME"}
    assert tags["8"] == set()


_PROVISIONS = {
    "en": "\n\n### 1\n\nThe Member States shall designate a competent authority.\n\n### 2\n\n"
    "The competent authority shall approve the security plan of each port facility.\n",
    "fr": "\n\n### 1\n\nLes États membres désignent une autorité compétente.\n\n### 2\n\n"
    "L'autorité compétente approuve le plan de sûreté de chaque installation portuaire.\n",
}


@pytest.mark.parametrize(
    ("language", "title", "act"),
    [
        # a proposal's or a bill's own title opens with it: its provisions are an act's,
        # and each takes the act's subject (maritime security)
        ("en", "Proposal for a Regulation on maritime security", True),
        ("fr", "Projet de loi relatif à la sûreté maritime", True),
        # an opinion or a report on one names it as its complement: its paragraphs take
        # up the subject only where they say so themselves
        ("en", "Opinion on the Proposal for a Regulation on maritime security", False),
        ("fr", "Avis sur le projet de loi relatif à la sûreté maritime", False),
    ],
)
def test_a_title_about_an_act_is_no_act(language: Language, title: str, act: bool) -> None:
    doc = parse_text("# " + title + _PROVISIONS[language], language=language)
    tags = {c.number: {t.code for t in c.domains} for c in doc.clauses()}
    assert tags["2"] == {"MARITIME"}
    assert tags["1"] == ({"MARITIME"} if act else set())
