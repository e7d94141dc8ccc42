"""The PVE and TCO domains (data/models/domains.toml): French and English side by side.

Expected tags read off each sentence by hand: a sentence whose subject is the
prevention of violent extremism, or terrorist content online, is tagged; one
that only names the threat in passing is not.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._domains import tag_text

TAGGED = [
    (
        "fr",
        "Les États s'engagent à prévenir l'extrémisme violent dans les prisons.",
        "PVE",
        "prévenir l'extrémisme violent",
    ),
    (
        "en",
        "States commit to preventing violent extremism in prisons.",
        "PVE",
        "preventing violent extremism",
    ),
    (
        "fr",
        "Déclaration sur la radicalisation qui conduit au terrorisme.",
        "PVE",
        "radicalisation qui conduit au terrorisme",
    ),
    (
        "en",
        "Declaration on radicalization that leads to terrorism.",
        "PVE",
        "radicalization that leads to terrorism",
    ),
    (
        "fr",
        "Des programmes de déradicalisation et des contre-discours sont financés.",
        "PVE",
        "déradicalisation",
    ),
    (
        "en",
        "Deradicalisation programmes and counter-narratives are funded.",
        "PVE",
        "Deradicalisation",
    ),
    (
        "fr",
        "Les fournisseurs retirent les contenus à caractère terroriste en ligne.",
        "TCO",
        "contenus à caractère terroriste en ligne",
    ),
    (
        "en",
        "Providers remove terrorist content online within one hour.",
        "TCO",
        "terrorist content online",
    ),
    ("fr", "Les autorités émettent des injonctions de retrait.", "TCO", "injonctions de retrait"),
    ("en", "Competent authorities issue removal orders.", "TCO", "removal orders"),
    (
        "fr",
        "Lutter contre l'utilisation d'internet à des fins terroristes.",
        "TCO",
        "utilisation d'internet à des fins terroristes",
    ),
    (
        "en",
        "Countering the use of the internet for terrorist purposes.",
        "TCO",
        "use of the internet for terrorist purposes",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "code", "evidence"),
    TAGGED,
    ids=[f"{r[0]}-{r[2]}-{k}" for k, r in enumerate(TAGGED)],
)
def test_prevention_and_online_content_are_tagged(
    lang: str, text: str, code: str, evidence: str
) -> None:
    found = tag_text(text, lang)
    assert code in found
    assert evidence in [text[s:e] for s, e in found[code]]


NOT_TAGGED = [
    # one passing word: the threat named, not the policy
    ("fr", "La lutte, sur internet, contre le phénomène de radicalisation se poursuit."),
    ("en", "The phenomenon of radicalization is discussed in the annex."),
    # the withdrawal of troops is no disengagement from violence
    ("fr", "Le désengagement des forces est prévu pour 2024."),
    ("en", "The disengagement of forces is planned for 2024."),
    # social media alone is not terrorist content
    ("fr", "Le ministère publie ses communiqués sur les réseaux sociaux."),
    ("en", "The ministry publishes its releases on social media."),
]


@pytest.mark.parametrize(
    ("lang", "text"), NOT_TAGGED, ids=[f"{r[0]}-{k}" for k, r in enumerate(NOT_TAGGED)]
)
def test_a_passing_mention_is_not_tagged(lang: str, text: str) -> None:
    found = tag_text(text, lang)
    assert "PVE" not in found and "TCO" not in found
