"""Triggers added in session 26 from kinds of clause-domain misses seen in several
held-out batches, French and English side by side; each row read by hand against the
guidelines (section 4): the domain is the sentence's subject, or the word passes by
and tags nothing."""

from __future__ import annotations

import pytest

from ctdocs.extract._domains import tag_text


@pytest.mark.parametrize(
    ("language", "text", "tagged"),
    [
        # the detonator a home-made charge is fired by, restricted or seized
        ("fr", "Les détonateurs ne peuvent être détenus que dans des dépôts agréés.", True),
        ("en", "Detonators may be held only in licensed stores.", True),
        ("fr", "Les détonateurs saisis ont été remis à la gendarmerie.", True),
        ("en", "The search recovered two detonators and a timer.", True),
        # a detonation is a blast of any kind: no device named
        ("fr", "Une détonation a été entendue près de la carrière.", False),
        ("en", "The charge was detonated as a single explosion at the quarry.", False),
    ],
)
def test_detonators(language: str, text: str, tagged: bool) -> None:
    assert ("C-IED" in tag_text(text, language)) is tagged


@pytest.mark.parametrize(
    ("language", "text", "tagged"),
    [
        # registering or checking the people who cross is border control
        ("fr", "La police procède à l'enregistrement biométrique des voyageurs aux postes.", True),
        ("en", "The police ensure the biometric registration of all travellers.", True),
        ("fr", "Les agents assurent le contrôle des voyageurs à l'arrivée.", True),
        ("en", "Officers carry out the screening of arriving travellers.", True),
        # travellers named for another purpose are no border measure
        ("fr", "Le ministère publie des conseils aux voyageurs.", False),
        ("en", "The ministry publishes advice for travellers.", False),
    ],
)
def test_travellers_checked(language: str, text: str, tagged: bool) -> None:
    assert ("BORDER" in tag_text(text, language)) is tagged


@pytest.mark.parametrize(
    ("language", "text", "tagged"),
    [
        # securing, guarding or watching a border, or a post or system at or along one
        ("en", "The Union will support Member States in securing their borders.", True),
        ("fr", "L'Union aidera les États membres à sécuriser leurs frontières.", True),
        ("en", "Anti-drone systems will be deployed along the border.", True),
        ("fr", "Des systèmes antidrones seront déployés le long de la frontière.", True),
        ("en", "Biometric data may be collected at borders for these purposes only.", True),
        ("en", "The Border Troops intercepted twelve drones in 2025.", True),
        # what crosses a border (a transfer, an attack) is no border measure
        ("en", "Supporters transfer funds to one another across borders.", False),
        ("en", "The group carries out attacks across its borders.", False),
    ],
)
def test_borders_secured(language: str, text: str, tagged: bool) -> None:
    assert ("BORDER" in tag_text(text, language)) is tagged


@pytest.mark.parametrize(
    ("language", "text", "tagged"),
    [
        # banning flights over a place closes that airspace
        ("fr", "Le préfet peut interdire le survol des sites sensibles.", True),
        ("fr", "Il crée une zone d'interdiction temporaire de survol.", True),
        ("en", "The minister may declare a no-fly zone over the venue.", True),
        ("en", "The order imposes a ban on overflights of the stadium.", True),
        # an overflight alone is one weak word: it tags nothing by itself
        ("fr", "Un survol a été constaté.", False),
        ("en", "An overflight was observed.", False),
    ],
)
def test_overflight_bans(language: str, text: str, tagged: bool) -> None:
    assert ("AVIATION" in tag_text(text, language)) is tagged


@pytest.mark.parametrize(
    ("language", "text", "tagged"),
    [
        # staff to be trained for a task: a training commitment
        ("en", "Staff should be trained to recognise and report suspicious behaviour.", True),
        ("en", "Twelve agencies may be trained and equipped by 2026.", True),
        ("fr", "Le ministère doit former les agents à la détection des menaces.", True),
        ("fr", "Il convient de former leurs enquêteurs aux nouvelles techniques.", True),
        # fighters trained in weapons, and a table's count, commit to no training
        ("en", "Returning fighters, trained in the use of weapons, are a threat.", False),
        ("fr", "Le comité doit former les recommandations finales.", False),
    ],
)
def test_people_trained(language: str, text: str, tagged: bool) -> None:
    assert ("TRAINING" in tag_text(text, language)) is tagged


@pytest.mark.parametrize(
    ("language", "text", "tagged"),
    [
        # alerts, lists and reports are what threat information is shared as
        ("fr", "Les centres échangent en temps réel les alertes relatives aux navires.", True),
        ("en", "The services share lists of designated persons with the unit.", True),
        ("fr", "Les États partagent leurs listes de personnes recherchées.", True),
        ("en", "The partners exchange forensic reports on recovered devices.", True),
        # the word must stand whole: "journalistes" holds no list, a checklist no report
        ("fr", "Les seuls éléments étaient des échanges avec deux journalistes.", False),
        ("en", "The teams exchanged checklists of equipment.", False),
    ],
)
def test_shared_alerts_lists_reports(language: str, text: str, tagged: bool) -> None:
    assert ("INTEL" in tag_text(text, language)) is tagged
