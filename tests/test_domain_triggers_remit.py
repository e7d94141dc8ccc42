"""Triggers for the wording that carries financing and counter-drone clauses without
the domain's usual words (session 25, second round): a freeze named alone, armed groups'
taxes, wallets, what funds served; the neutralising half of a counter-drone system,
"sUAS". French and English side by side; each row read by hand."""

from __future__ import annotations

import pytest

from ctdocs.extract._domains import tag_text


@pytest.mark.parametrize(
    ("language", "text", "tagged"),
    [
        # the freeze named alone once the text is about it
        ("fr", "L'établissement procède immédiatement au gel, sans notification préalable.", True),
        ("fr", "Le gel prend effet au plus tard vingt-quatre heures après la désignation.", True),
        ("fr", "Le présent Règlement définit les procédures de gel administratif.", True),
        # a hand gel is hygiene
        ("fr", "Du gel hydroalcoolique est mis à disposition à l'entrée.", False),
        # armed groups taxing trade
        ("fr", "Le groupe se finance par le prélèvement de taxes sur la pêche.", True),
        ("en", "Al-Shabaab continues to levy taxes on charcoal shipments.", True),
        # the accounts mobile money sits in
        ("en", "The analysis found multiple wallets linked to one handset.", True),
        ("fr", "Les fonds transitent par des portefeuilles électroniques.", True),
        # what the funds served: the offence's intent
        ("fr", "Il savait que les fonds servaient à l'achat de matériel pour le groupe.", True),
        # a tax administration's levy on imports says nothing of the kind
        ("fr", "Le ministère publie le tarif douanier applicable aux importations.", False),
    ],
)
def test_financing_wording(language: str, text: str, tagged: bool) -> None:
    assert ("FINANCING" in tag_text(text, language)) is tagged


@pytest.mark.parametrize(
    ("language", "text", "tagged"),
    [
        # the means of neutralising a drone once detected
        ("fr", "Les moyens de neutralisation ne sont mis en œuvre qu'en cas de menace.", True),
        ("fr", "Les services chargés de la détection et de la neutralisation ;", True),
        ("en", "Against sUAS, units follow the sequence detect, identify and defeat.", True),
        # neutralising explosives is bomb disposal
        (
            "fr",
            "Le plan vise à accroître la détection et la neutralisation de ces engins explosifs.",
            False,
        ),
        ("fr", "Un centre de formation à la neutralisation des explosifs et munitions.", False),
        # "suas" in lower case is no acronym
        ("en", "The word suas appears in a Portuguese quotation.", False),
    ],
)
def test_counter_drone_wording(language: str, text: str, tagged: bool) -> None:
    assert ("C-UAS" in tag_text(text, language)) is tagged
