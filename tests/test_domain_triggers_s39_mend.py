"""Review of the session 39 domain triggers (``tests/test_domain_triggers_s39.py``):
ordinary sentences in which the new cue words only pass by, read by hand against the
guidelines (section 4: "tag a clause only where the domain is its subject ... not
where a word merely brushes past"), French and English side by side, each with a row
of the same shape that must still be tagged.

* INTEL: findings or results shared with the press, stakeholders, a workshop's
  participants, residents or a board are no intelligence sharing; shared with
  partners, agencies or police services they are.
* FINANCING: transfers counted are payments only when nothing but money is said to be
  transferred (not sentenced persons, proceedings, power, property) and not to a
  prison; a list compared with another list is no check against it.
* TRAINING: a curriculum vitae, and a curriculum for secondary schools, are not a
  course being made for staff.
* CEP: a decontamination zone or unit for tools or waste water decontaminates no one;
  nor does decontaminating the population's water.
* CIP: gas supplied to a restaurant or handed out from police stocks is not a
  network's plant; gas carried by pipeline or in the networks is.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._domains import tag_text

_ROWS = [
    # INTEL: sharing with whom
    ("en", "INTEL", "The outcomes of the workshop were shared among participants.", False),
    ("en", "INTEL", "The results of the consultation were shared with stakeholders.", False),
    ("en", "INTEL", "They share them with their families on holiday.", False),
    ("fr", "INTEL", "Les résultats de l'enquête publique sont partagés avec les habitants.", False),
    ("fr", "INTEL", "Les conclusions de l'audit sont partagées avec le conseil.", False),
    ("en", "INTEL", "The outcomes of the workshop were shared with the partner agencies.", True),
    ("en", "INTEL", "Customs share them with their foreign counterparts every week.", True),
    ("fr", "INTEL", "Les conclusions sont partagées avec les services de police.", True),
    # FINANCING: transfers counted
    ("en", "FINANCING", "Three transfers of sentenced persons were agreed.", False),
    ("en", "FINANCING", "Multiple transfers to the prison in Lyon were organised.", False),
    ("en", "FINANCING", "Two transfers of power took place in 2021.", False),
    ("fr", "FINANCING", "Six transferts de procédure vers d'autres États.", False),
    ("fr", "FINANCING", "Trois transferts vers la maison d'arrêt ont eu lieu.", False),
    ("fr", "FINANCING", "Trois transferts de propriété ont été enregistrés.", False),
    ("en", "FINANCING", "He received the money through 212 transfers of small amounts.", True),
    ("en", "FINANCING", "She made four transfers to an account in Gaziantep.", True),
    ("fr", "FINANCING", "Il a reçu l'argent par 212 transferts de petites sommes.", True),
    # FINANCING: a list compared is not a check against it
    ("en", "FINANCING", "The Court compared the sanctions list of the UN with the EU list.", False),
    ("fr", "FINANCING", "On a comparé la liste des sanctions de l'ONU à celle de l'UE.", False),
    ("en", "FINANCING", "Banks match each payment against the sanctions lists.", True),
    ("fr", "FINANCING", "Les banques contrôlent leurs clients sur les listes de sanctions.", True),
    # TRAINING: curricula that train no staff
    ("en", "TRAINING", "Candidates should update their curriculum vitae.", False),
    ("fr", "TRAINING", "Les candidats devront réviser leur curriculum vitae.", False),
    ("en", "TRAINING", "The Ministry will revise the curriculum for secondary schools.", False),
    ("en", "TRAINING", "The Academy will develop a curriculum for police trainers.", True),
    ("en", "TRAINING", "Police schools will adopt a new curriculum for cadets.", True),
    # CEP: decontaminating people, not tools or water
    ("fr", "CEP", "La zone de décontamination des outils agricoles est obligatoire.", False),
    ("fr", "CEP", "Les unités de décontamination des eaux usées ont été modernisées.", False),
    ("en", "CEP", "The decontamination of the population's drinking water took a week.", False),
    ("fr", "CEP", "Les unités de décontamination des blessés sont déployées.", True),
    ("en", "CEP", "Decontamination of the population near the site began at noon.", True),
    # CIP: gas carried by a network
    ("fr", "CIP", "L'approvisionnement de gaz du restaurant est assuré par camion.", False),
    ("fr", "CIP", "La distribution de gaz des stocks de la police aux unités est encadrée.", False),
    ("en", "CIP", "Gas distribution by lorry to the restaurant is weekly.", False),
    ("fr", "CIP", "Le transport de gaz par gazoduc est surveillé.", True),
    ("fr", "CIP", "La distribution de gaz dans les réseaux urbains est protégée.", True),
    ("en", "CIP", "Saboteurs targeted a gas distribution network near the port.", True),
]


@pytest.mark.parametrize(("language", "code", "text", "tagged"), _ROWS)
def test_passing_words(language: str, code: str, text: str, tagged: bool) -> None:
    assert (code in tag_text(text, language)) is tagged
