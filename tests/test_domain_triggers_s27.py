"""Triggers changed in session 27 for kinds of clause-domain misses spread over many
held-out batches, French and English side by side; each row read by hand against the
guidelines (section 4): the domain is the sentence's subject, or the word passes by
and tags nothing."""

from __future__ import annotations

import pytest

from ctdocs.extract._domains import tag_text


@pytest.mark.parametrize(
    ("language", "text", "tagged"),
    [
        # the ship is what maritime security screens, boards and protects
        ("en", "The master of every ship shall declare its security level.", True),
        ("fr", "Le capitaine de tout navire déclare son niveau de sûreté.", True),
        ("en", "Small vessels approaching at speed should be reported to the coast guard.", True),
        ("fr", "Les navires suspects sont signalés sans délai aux garde-côtes.", True),
        # a ship named beside an aircraft or a vehicle is a means of transport
        ("en", "The offence is committed on board a ship or aircraft registered there.", False),
        ("fr", "Le détournement d'aéronef, de navire ou d'autobus est puni.", False),
        ("en", "It can be delivered by a person, a vehicle, a vessel or a parcel.", False),
        ("fr", "Les compagnies tiennent un registre des passagers des navires et aéronefs.", False),
    ],
)
def test_ships(language: str, text: str, tagged: bool) -> None:
    assert ("MARITIME" in tag_text(text, language)) is tagged


@pytest.mark.parametrize(
    ("language", "text", "tagged"),
    [
        # an explosive device in a terrorist's hands, improvised or not said
        ("en", "A person who equips a drone with an explosive device commits an offence.", True),
        ("fr", "Est puni quiconque équipe un drone d'un engin explosif.", True),
        ("en", "The police keep a national file of explosive devices recovered.", True),
        ("fr", "La police tient un fichier national des engins explosifs saisis.", True),
        # an explosive substance alone is still a weak word
        ("en", "The store holds explosive substances for the quarry.", False),
        ("fr", "Le dépôt contient des substances explosives destinées à la carrière.", False),
    ],
)
def test_explosive_devices(language: str, text: str, tagged: bool) -> None:
    assert ("C-IED" in tag_text(text, language)) is tagged


@pytest.mark.parametrize(
    ("language", "text", "tagged"),
    [
        # a financial year named by its year or its close is no exercise
        ("fr", "L'Assemblée a approuvé le budget de l'exercice 2027.", False),
        ("fr", "Les crédits sont inscrits dans la loi de finances pour l'exercice 2027.", False),
        ("fr", "Les comptes de l'exercice clos ont été approuvés.", False),
        # an exercise held in a year still is one
        ("fr", "Un exercice de gestion de crise sera organisé en 2027.", True),
        ("en", "A crisis management exercise will be held in 2027.", True),
    ],
)
def test_financial_year(language: str, text: str, tagged: bool) -> None:
    assert ("TRAINING" in tag_text(text, language)) is tagged


@pytest.mark.parametrize(
    ("language", "text", "tagged"),
    [
        # crowdfunding and cash withdrawn are how small cells fund an attack
        ("en", "Donations to crowdfunding pages using extremist imagery should be reported.", True),
        ("fr", "Les dons à des pages de financement participatif doivent être signalés.", True),
        ("en", "A pattern of small cash withdrawals preceded the attack.", True),
        ("fr", "Des retraits fréquents d'espèces ont précédé l'attaque.", True),
        # a withdrawal of troops or of a text is no money
        ("en", "The withdrawal of troops was completed in June.", False),
        ("fr", "Le retrait du projet de loi a été annoncé.", False),
    ],
)
def test_small_cell_funding(language: str, text: str, tagged: bool) -> None:
    assert ("FINANCING" in tag_text(text, language)) is tagged
