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


@pytest.mark.parametrize(
    ("language", "text", "tagged"),
    [
        # training received for terrorism is the offence, not training against it
        ("en", "It is an offence to travel abroad to receive training for a terrorist act.", False),
        ("fr", "Est puni le fait de recevoir un entraînement à cette fin.", False),
        ("en", "Receiving training, including online, in the making of explosives.", False),
        ("fr", "L'entraînement pour le terrorisme est érigé en infraction pénale.", False),
        # a trade learnt by a prisoner or a young person is no counter-terrorism training
        ("en", "Programmes combine psychological support and vocational training.", False),
        ("fr", "Des formations professionnelles sont dispensées aux détenus.", False),
        # training given to the officers who counter terrorism still is
        ("en", "The Centre will provide training to border police officers.", True),
        ("fr", "Le Centre assure la formation des agents de la police des frontières.", True),
    ],
)
def test_training_for_terrorism(language: str, text: str, tagged: bool) -> None:
    assert ("TRAINING" in tag_text(text, language)) is tagged


@pytest.mark.parametrize(
    ("language", "text", "tagged"),
    [
        # an airport in a list of sites beside other infrastructure is one target
        ("en", "Drones were used against airports, power plants and crowded places.", False),
        ("fr", "Protéger les sites miniers, les barrages et les aéroports.", False),
        ("en", "Assessments shall cover airports, energy facilities, prisons and stadiums.", False),
        ("fr", "Sont visés notamment les aéroports, les centrales et les stades.", False),
        # the airport itself secured still is aviation, alone or beside a port
        ("en", "Screening of passengers at airports shall be strengthened.", True),
        ("fr", "Le décret coordonne la sûreté des aéroports et des ports.", True),
    ],
)
def test_airports_among_sites(language: str, text: str, tagged: bool) -> None:
    assert ("AVIATION" in tag_text(text, language)) is tagged
