"""Triggers added in session 37, each a class the first-sight exports of several blind
batches missed (ho20-ho35) and the gold tagged across publishers. The rows are new
wordings of each class, not the batches' sentences: French and English side by side,
each read by hand against the guidelines (section 4), with the neighbours that must
stay untagged.

* C-IED: the control of commercial explosives (their holders, sale, seizure, a register
  of them); not the storage or sale of explosives as an explosives act regulates them.
* BORDER: crossings and landing points no post guards.
* C-UAS: unmanned aircraft named with sea-going drones in one phrase.
* CEP: an exercise of crisis management with several words between.
* TRAINING: training a number of people.
* FINANCING: the financing of terrorist acts with a qualifying word, a funding
  arrangement for terrorism, a suspicious-transaction report under its French name.
* AVIATION: a restriction closing airspace to flights.
* CBRN: chemical products only when toxic, dangerous, dual-use or scheduled.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._domains import tag_text

_ROWS = [
    # C-IED
    ("fr", "Renforcer le contrôle des explosifs dans les carrières et les mines.", "C-IED", True),
    ("en", "Tighten explosives controls at quarries and mines.", "C-IED", True),
    ("fr", "Le registre national des explosifs civils est tenu par la douane.", "C-IED", True),
    ("en", "Customs keep a national register of commercial explosives.", "C-IED", True),
    ("fr", "Les gendarmes recensent les détenteurs d'explosifs de la région.", "C-IED", True),
    ("en", "Seizures of explosives rose by a third in 2025.", "C-IED", True),
    # an explosives act's own trade rules, and an explosion, stay untagged
    ("fr", "Le ministre peut régir la possession et la vente d'explosifs.", "C-IED", False),
    ("en", "The Minister may regulate the storage and sale of explosives.", "C-IED", False),
    # BORDER
    ("fr", "Des patrouilles surveillent les passages non officiels du fleuve.", "BORDER", True),
    ("en", "Patrols watch the unofficial crossing points along the river.", "BORDER", True),
    ("en", "Smugglers use irregular border crossings in the north.", "BORDER", True),
    # leaving a meeting, entering premises
    ("fr", "Il est interdit de sortir de la salle pendant la séance.", "BORDER", False),
    ("en", "The inspector may enter the premises at any reasonable time.", "BORDER", False),
    # C-UAS
    ("en", "Protect cables against uncrewed aerial and maritime systems.", "C-UAS", True),
    ("en", "Counter unmanned aerial and surface vessels used by pirates.", "C-UAS", True),
    ("fr", "Protéger les câbles des engins aériens et maritimes sans équipage.", "C-UAS", True),
    # sea-going drones alone are no aircraft
    ("en", "The navy tests unmanned surface vessels in the bay.", "C-UAS", False),
    ("fr", "La marine essaie des drones de surface dans la baie.", "C-UAS", False),
    # CEP
    ("fr", "Organiser un exercice de simulation conjoint de gestion de crise.", "CEP", True),
    ("en", "Hold a joint exercise for senior officials on crisis management.", "CEP", True),
    ("en", "The Board approved the accounts of the 2025 financial exercise.", "CEP", False),
    # TRAINING
    ("fr", "Le Centre formera 120 opérateurs entre janvier et juin 2027.", "TRAINING", True),
    ("fr", "Il est prévu de former, en 2026, cent magistrats.", "TRAINING", True),
    ("en", "The Academy will train 1,200 first responders by 2028.", "TRAINING", True),
    ("en", "Train not less than 600 prison officers every year.", "TRAINING", True),
    # "former" the English adjective, a train of wagons, a body formed of members
    ("en", "The former 20 agents of the unit were reassigned.", "TRAINING", False),
    ("en", "A train of 40 wagons carried the containers.", "TRAINING", False),
    ("fr", "Le comité est formé de 12 membres.", "TRAINING", False),
    # forming a body of members, the article before its noun: no one is trained
    (
        "fr",
        "Le ministre peut former une commission de 7 membres chargée du suivi du plan.",
        "TRAINING",
        False,
    ),
    (
        "en",
        "The Minister may form a committee of 7 members to follow up the plan.",
        "TRAINING",
        False,
    ),
    # FINANCING
    ("fr", "Le financement délibéré d'actes terroristes est réprimé.", "FINANCING", True),
    ("en", "Entering into a funding arrangement for terrorism is an offence.", "FINANCING", True),
    ("fr", "L'avocat transmet sa déclaration de soupçon au bâtonnier.", "FINANCING", True),
    ("fr", "Le financement public des écoles a augmenté.", "FINANCING", False),
    ("en", "The arrangement for the meeting was agreed.", "FINANCING", False),
    # AVIATION: closing airspace to flights by a restriction (drones or aircraft)
    ("en", "The FAA may establish temporary flight restrictions over the plant.", "AVIATION", True),
    ("en", "Requests for restrictions of flying on security grounds go to it.", "AVIATION", True),
    ("fr", "Une zone d'interdiction de vol est publiée pour le festival.", "AVIATION", True),
    ("en", "Restrictions on travel to the region remain in force.", "AVIATION", False),
    ("fr", "Le vol de matières nucléaires est puni.", "AVIATION", False),
    # flying a flag, a ban on theft: no flight
    (
        "en",
        "The Act imposes restrictions on flying the flags of proscribed organisations.",
        "AVIATION",
        False,
    ),
    (
        "fr",
        "La loi prévoit une interdiction de vol et de recel des armes saisies.",
        "AVIATION",
        False,
    ),
    ("en", "The order imposes restrictions on flying drones over the stadium.", "AVIATION", True),
    ("fr", "Le préfet prononce une interdiction de vol au-dessus du stade.", "AVIATION", True),
]

# CBRN: chemicals bought, sold or carried are no chemical threat unless toxic, dangerous,
# dual-use or scheduled (the French reads as the English "chemicals", which tags nothing;
# "toxic chemicals" does)
_CHEMICALS = [
    ("fr", "Les fabricants et distributeurs de produits chimiques sont sensibilisés.", False),
    ("en", "Manufacturers and distributors of chemicals are made aware.", False),
    ("fr", "Nul ne peut importer les produits chimiques toxiques inscrits au tableau 1.", True),
    ("en", "No person shall import the toxic chemicals listed in Schedule 1.", True),
    ("fr", "Contrôler les produits chimiques à double usage vendus en ligne.", True),
    ("fr", "Le transport de produits chimiques dangereux est soumis à autorisation.", True),
    ("fr", "Les agents chimiques et les substances biologiques sont visés.", True),
]


@pytest.mark.parametrize(("language", "text", "tagged"), _CHEMICALS)
def test_chemical_products_need_a_threat(language: str, text: str, tagged: bool) -> None:
    assert ("CBRN" in tag_text(text, language)) is tagged


@pytest.mark.parametrize(("language", "text", "code", "tagged"), _ROWS)
def test_session37_triggers(language: str, text: str, code: str, tagged: bool) -> None:
    assert (code in tag_text(text, language)) is tagged
