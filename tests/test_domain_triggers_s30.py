"""Triggers changed in session 30 for kinds of clause-domain errors spread over many
held-out batches, French and English side by side; each row read by hand against the
guidelines (section 4): the domain is the sentence's subject, or the word passes by
(or means something else) and tags nothing."""

from __future__ import annotations

import pytest

from ctdocs.extract._domains import tag_text


@pytest.mark.parametrize(
    ("language", "text", "tagged"),
    [
        # a suspicious transaction of goods (precursors, chemicals, drone parts) that a
        # supplier reports is no money moved: not terrorist financing
        ("en", "A supplier shall report any suspicious transaction of a precursor.", False),
        ("fr", "Le fournisseur signale toute opération suspecte sur des précurseurs.", False),
        ("en", "Suspicious transactions, disappearances and thefts shall be reported.", False),
        ("fr", "Les vendeurs de produits chimiques déclarent les opérations suspectes.", False),
        # a suspicious transaction a bank reports still is
        ("en", "Banks shall report suspicious transactions to the unit without delay.", True),
        ("fr", "Les banques déclarent les opérations suspectes à la cellule sans délai.", True),
    ],
)
def test_suspicious_transactions(language: str, text: str, tagged: bool) -> None:
    assert ("FINANCING" in tag_text(text, language)) is tagged


@pytest.mark.parametrize(
    ("language", "text", "tagged"),
    [
        # a firearm as one means of attack among others brushes past
        ("en", "The attack was carried out using firearms, knives or vehicles.", False),
        ("fr", "L'attentat a été commis avec des armes à feu et des couteaux.", False),
        ("en", "Instructions for making explosives, firearms or noxious substances.", False),
        ("fr", "Des instructions pour fabriquer des explosifs ou des armes à feu.", False),
        # trafficking in firearms is small arms control
        ("en", "States shall prevent the illicit trafficking in firearms.", True),
        ("fr", "Les États préviennent le trafic illicite d'armes à feu.", True),
    ],
)
def test_firearms(language: str, text: str, tagged: bool) -> None:
    assert ("SALW" in tag_text(text, language)) is tagged
