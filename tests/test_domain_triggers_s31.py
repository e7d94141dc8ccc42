"""Triggers added in session 31: general domain vocabulary, French and English side by
side, for the kinds of thing a domain protects, detects or provides that blind batches
named in words the triggers lacked (oil and gas installations, substations, radiation
monitors, berths, first aid, contingency plans, information exchanged). Each row read
by hand against the guidelines (section 4): the domain is the sentence's subject, or
the word passes by, names an organ or means something else, and tags nothing."""

from __future__ import annotations

import pytest

from ctdocs.extract._domains import tag_text


@pytest.mark.parametrize(
    ("language", "text", "tagged"),
    [
        # the plants energy and industry run on are critical infrastructure
        ("fr", "Les forces protègent les installations pétrolières et gazières en mer.", True),
        ("en", "The forces protect oil and gas installations offshore.", True),
        ("fr", "Des drones ont survolé deux postes électriques de la région.", True),
        ("en", "Drones were used to survey at least 37 electrical substations.", True),
        ("fr", "Les oléoducs et les gazoducs sont régulièrement sabotés.", True),
        ("en", "The group has attacked oil pipelines in the delta.", True),
        ("fr", "Le barrage hydroélectrique fait l'objet d'un plan de protection.", True),
        ("en", "Disruption of operations at a liquefied natural gas terminal.", True),
        # a roadblock is a "barrage" too, a dam named in a list of sites brushes past; a
        # pipeline of cases is no pipe
        ("fr", "La police a dressé un barrage sur la route nationale.", False),
        ("en", "Forty cases remain in the pipeline of the prosecution service.", False),
        ("en", "The Allies will list their dams, stadiums, ports and markets.", False),
    ],
)
def test_energy_and_industrial_plants(language: str, text: str, tagged: bool) -> None:
    assert ("CIP" in tag_text(text, language)) is tagged


@pytest.mark.parametrize(
    ("language", "text", "tagged"),
    [
        # the monitors that detect radioactive material, the forensics that attribute it
        ("fr", "Les portiques de détection de radioactivité du port sont hors service.", True),
        ("en", "Radiation portal monitors at the port were out of service.", True),
        ("fr", "Le rôle de la criminalistique nucléaire dans l'attribution.", True),
        ("en", "To examine the role of nuclear forensics in attribution.", True),
        ("fr", "Le groupe cherchait à produire des agents innervants.", True),
        ("en", "The group sought to produce nerve agents.", True),
        # a place that bears an agent's name is no agent
        ("en", "The station at Wadi Sarin in Oman records seismic data.", False),
        ("fr", "La station de Wadi Sarin, à Oman, enregistre les données sismiques.", False),
    ],
)
def test_radiation_monitors_and_agents(language: str, text: str, tagged: bool) -> None:
    assert ("CBRN" in tag_text(text, language)) is tagged


@pytest.mark.parametrize(
    ("language", "text", "tagged"),
    [
        # the waters and berths maritime security acts in
        ("fr", "Les suspects appréhendés en mer sont remis aux autorités du port.", True),
        ("en", "The cargo shall be handled only at designated berths.", True),
        ("fr", "Les patrouilles dans les eaux territoriales sont renforcées.", True),
        ("en", "Patrols in territorial waters are increased.", True),
        ("en", "No analysis of waterborne attack scenarios was made.", True),
        # the navy is an organ: its divers clearing mines are no maritime commitment
        ("fr", "Les plongeurs démineurs de la Marine nationale neutralisent les engins.", False),
        ("en", "The divers of the Navy neutralise the devices.", False),
        # rescue at sea is search and rescue
        ("fr", "Le sauvetage en mer est coordonné par le centre de secours.", False),
        ("en", "Rescue at sea is coordinated by the coastguard centre.", False),
    ],
)
def test_waters_and_berths(language: str, text: str, tagged: bool) -> None:
    assert ("MARITIME" in tag_text(text, language)) is tagged


@pytest.mark.parametrize(
    ("language", "text", "tagged"),
    [
        # the care and the warning victims and the public receive, the plans behind them
        ("fr", "Les victimes reçoivent les premiers secours médicaux et psychologiques.", True),
        ("en", "Victims receive medical and psychological first aid.", True),
        ("fr", "Le SAMU et les services médicaux d'urgence sont associés à l'exercice.", True),
        ("en", "Emergency medical services take part in the exercise.", True),
        ("fr", "Le plan de contingence national sera mis à jour avant juin.", True),
        ("en", "The national contingency plan will be updated before June.", True),
        ("fr", "L'alerte des populations passe par la diffusion cellulaire.", True),
        ("en", "Early warning of the public, including through cell broadcast.", True),
        # a victim named in an attack's account is no emergency plan
        ("fr", "L'attentat a fait trois victimes.", False),
        ("en", "The attack left three victims.", False),
    ],
)
def test_care_warning_and_plans(language: str, text: str, tagged: bool) -> None:
    assert ("CEP" in tag_text(text, language)) is tagged


@pytest.mark.parametrize(
    ("language", "text", "domain", "tagged"),
    [
        # information exchanged or received, the participle alone
        ("en", "Information exchanged with SADC member States and with INTERPOL.", "INTEL", True),
        ("fr", "Les informations échangées avec les États voisins sont secrètes.", "INTEL", True),
        ("en", "Data received through CARICOM IMPACS is screened.", "INTEL", True),
        # information received from an applicant is no intelligence
        ("en", "The information received from the applicant was incomplete.", "INTEL", False),
        # a ban on entering the territory; an inspector's entry into premises is none
        ("fr", "Fedpol a prononcé une interdiction d'entrée en Suisse.", "BORDER", True),
        ("en", "The Minister imposed an entry ban on the applicant.", "BORDER", True),
        ("en", "A warrant is required where entry to the premises is refused.", "BORDER", False),
        # terrorism's money in the press's short words; attackers funding themselves
        ("en", "Dismantling the terror-finance ecosystem.", "FINANCING", True),
        ("en", "Terror funding cases were filed in 31 of them.", "FINANCING", True),
        ("fr", "Des individus auto-radicalisés et autofinancés.", "FINANCING", False),
    ],
)
def test_exchanged_bans_and_money(language: str, text: str, domain: str, tagged: bool) -> None:
    assert (domain in tag_text(text, language)) is tagged


@pytest.mark.parametrize(
    ("language", "text", "domain", "tagged"),
    [
        # radiological detection and radioactive material
        ("fr", "Aucun équipement de détection radiologique n'était opérationnel.", "CBRN", True),
        ("en", "No radiological detection equipment was in service.", "CBRN", True),
        ("en", "The theft of radioactive material must be reported.", "CBRN", True),
        # the screening of passengers before boarding
        (
            "fr",
            "Les passagers font l'objet d'une palpation au poste d'inspection filtrage.",
            "AVIATION",
            True,
        ),
        ("en", "Passenger screening at all checkpoints is reinforced.", "AVIATION", True),
        # cruise ships and their terminals
        ("fr", "Les paquebots font l'objet d'un contrôle renforcé.", "MARITIME", True),
        ("en", "Cruise terminals are subject to reinforced checks.", "MARITIME", True),
        # refineries and the utilities' sectors
        ("fr", "Les raffineries et le secteur de l'électricité sont protégés.", "CIP", True),
        ("en", "Refineries and the electricity sector are protected.", "CIP", True),
        # a refinement of the text, an electric current, are none of these
        ("en", "The refinement of the draft continues.", "CIP", False),
        ("fr", "Le courant électrique a été coupé pendant la réunion.", "CIP", False),
    ],
)
def test_detection_screening_and_utilities(
    language: str, text: str, domain: str, tagged: bool
) -> None:
    assert (domain in tag_text(text, language)) is tagged


@pytest.mark.parametrize(
    ("language", "text", "domain", "tagged"),
    [
        # fitted after reading ho30: a toxin by name, trace detectors, the verb intercept
        ("en", "The ricin plot was disrupted in Cologne in June 2018.", "CBRN", True),
        ("fr", "Le complot à la ricine a été déjoué à Cologne en juin 2018.", "CBRN", True),
        ("en", "Equip border posts with explosive trace detectors.", "EOD", True),
        ("fr", "Équiper les postes frontières de détecteurs de traces d'explosifs.", "EOD", True),
        ("en", "The service may intercept the communications of a suspect drone.", "INTEL", True),
        ("fr", "Le service peut intercepter les communications d'un drone suspect.", "INTEL", True),
        # a ball intercepted, a message intercepted in a story, are no surveillance
        ("en", "The defender intercepted the ball near the line.", "INTEL", False),
        ("fr", "Le défenseur a intercepté le ballon près de la ligne.", "INTEL", False),
    ],
)
def test_fitted_after_ho30(language: str, text: str, domain: str, tagged: bool) -> None:
    assert (domain in tag_text(text, language)) is tagged


@pytest.mark.parametrize(
    ("language", "text", "domain", "tagged"),
    [
        # found by review: a bank's contingency plan, waterborne diseases and a stadium ban
        # brush past; a national contingency plan, waterborne attacks and an entry ban on a
        # state's territory do not
        (
            "en",
            "Banks shall maintain contingency plans for their payment systems.",
            "CEP",
            False,
        ),
        ("fr", "Les banques tiennent des plans de continuité de leurs paiements.", "CEP", False),
        ("en", "The national contingency plan will be updated before June.", "CEP", True),
        ("fr", "Le plan ORSEC départemental sera mis à jour avant juin.", "CEP", True),
        ("en", "The agency monitors waterborne diseases in the region.", "MARITIME", False),
        ("en", "The navy trains against waterborne attacks on the harbour.", "MARITIME", True),
        ("fr", "Le juge prononce une interdiction d'entrée dans les stades.", "BORDER", False),
        ("fr", "Le ministre prononce une interdiction d'entrée sur le territoire.", "BORDER", True),
        ("en", "The Minister may issue an entry ban against a foreign fighter.", "BORDER", True),
    ],
)
def test_homonyms_found_by_review(language: str, text: str, domain: str, tagged: bool) -> None:
    assert (domain in tag_text(text, language)) is tagged
