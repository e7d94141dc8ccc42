"""Triggers added in session 39, each a class of clause-domain misses pooled over the
first-sight exports of ho20-ho38 (what ctdocs said of each blind batch before anyone
fitted it) and seen in three or more batches, or a missing synonym of a trigger that
costs nothing. The rows are new wordings of each class in other publishers' shapes,
not the batches' sentences: French and English side by side, each read by hand against
the guidelines (section 4), with negative rows of the same shape that must not fire.

* TRAINING: outreach and awareness sessions ("sessions de sensibilisation"), a
  curriculum being made for staff, e-learning (ho22, ho23, ho36); not a public campaign,
  a school's curriculum, a plenary session, nor a course page's "Curriculum" heading
  (its items are tagged by their own words: ho30).
* CIP: subsea cables, a utility's distribution or transmission plant (ho22, ho24, ho34);
  not the distribution of tear gas, not a committee's transmission of a file.
* FINANCING: screening against the sanctions lists (ho23, ho34, ho36, ho37); a list
  named with no check against it stays untagged. Payments counted as transfers ("38
  transferts", "seven transfers": ho12, ho13, ho22, ho38); not prisoners or arms.
* INTEL: sharing said with a pronoun or a finding after the verb, or after the finding
  (ho14, ho20, ho26, ho35); not a responsibility shared, nor a report laid and shared.
* INTEL (free general rules, one document each): "intelligence avec l'ennemi" is an
  offence, not intelligence work (ho36); an office holder's title names a body ("the
  Inspector-General of Intelligence and Security", ho31), as a minister's does.
* CEP: people decontaminated after a release (mass decontamination, a decontamination
  zone: ho22, ho26, ho30, ho31, ho33); not decontamination equipment alone.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._domains import tag_text

_ROWS = [
    # TRAINING: awareness and outreach sessions, curricula, e-learning
    ("fr", "TRAINING", "Le Trésor tiendra trois séances de sensibilisation pour notaires.", True),
    ("fr", "TRAINING", "Des ateliers régionaux de sensibilisation réuniront les ONG.", True),
    ("en", "TRAINING", "The Unit will run awareness sessions for money remitters in May.", True),
    ("en", "TRAINING", "Regional outreach workshops will be held for charity trustees.", True),
    ("en", "TRAINING", "Police academies will adopt a common curriculum on bomb threats.", True),
    ("en", "TRAINING", "Customs staff follow the core training curriculum from 2027.", True),
    ("en", "TRAINING", "A new e-learning module on sanctions screening is available.", True),
    ("fr", "TRAINING", "La sensibilisation du public aux risques reste une priorité.", False),
    ("fr", "TRAINING", "La séance plénière a adopté le rapport à l'unanimité.", False),
    ("en", "TRAINING", "The campaign raised public awareness of the threat level.", False),
    ("en", "TRAINING", "The school curriculum will include modules on digital literacy.", False),
    ("en", "TRAINING", "The Assembly met in a closed session on 3 May.", False),
    ("en", "TRAINING", "Curriculum", False),
    ("en", "TRAINING", "The curriculum covers the threat picture and the joint response.", False),
    # CIP: subsea cables, a utility's plant named by what it carries
    ("en", "CIP", "The Navy monitors subsea cables off the western coast.", True),
    ("en", "CIP", "The notes described the fence of a water distribution facility.", True),
    ("en", "CIP", "Insurgents toppled power transmission towers near the city.", True),
    ("fr", "CIP", "Les réseaux de distribution de gaz sont des cibles possibles.", True),
    ("fr", "CIP", "Le transport de gaz par canalisation est surveillé.", True),
    ("fr", "CIP", "La distribution de gaz lacrymogène aux unités est réglementée.", False),
    ("en", "CIP", "The Committee agreed the transmission of the file to the Minister.", False),
    ("en", "CIP", "The power distribution among the parties was agreed.", False),
    # FINANCING: screening against sanctions lists
    ("fr", "FINANCING", "Le filtrage couvre les listes de sanctions applicables au Canada.", True),
    ("fr", "FINANCING", "Les banques vérifient chaque client sur les listes de sanctions.", True),
    ("en", "FINANCING", "Firms must check every new client against the sanctions lists.", True),
    ("en", "FINANCING", "The sanctions list is fed into the firms' screening tools.", True),
    ("fr", "FINANCING", "Son inscription sur une liste de sanctions a été contestée.", False),
    ("en", "FINANCING", "The Council added the group to the Sanctions List in 2020.", False),
    ("en", "FINANCING", "Passengers are screened against the watch lists before boarding.", False),
    # FINANCING: payments counted as transfers
    ("fr", "FINANCING", "Il a effectué douze virements et 5 transferts vers la Turquie.", True),
    ("fr", "FINANCING", "Elle a réalisé elle-même trois transferts.", True),
    ("en", "FINANCING", "He made nine transfers to a cousin in Idlib in 2023.", True),
    ("en", "FINANCING", "Several transfers were routed through a money service business.", True),
    ("fr", "FINANCING", "Les trois transferts de détenus ont eu lieu en mars.", False),
    ("en", "FINANCING", "Two transfers of prisoners to the new wing were delayed.", False),
    ("en", "FINANCING", "The transfer of arms to the group is prohibited.", False),
    # INTEL: sharing with a pronoun or a finding
    ("en", "INTEL", "The agency may share it with a foreign counterpart.", True),
    ("en", "INTEL", "Partners share their findings with the fusion cell each week.", True),
    ("en", "INTEL", "Alerts are promptly shared with the police.", True),
    ("fr", "INTEL", "Les résultats des analyses sont partagés avec les partenaires.", True),
    ("fr", "INTEL", "Les alertes ne sont pas partagées avec les autorités.", True),
    ("en", "INTEL", "Responsibility is shared between the army and the customs service.", False),
    ("en", "INTEL", "The cost is shared with the municipalities.", False),
    ("fr", "INTEL", "La responsabilité est partagée entre l'État et les communes.", False),
    # INTEL: the word's other sense (dealing with the enemy), and an office holder's title
    ("fr", "INTEL", "Ils sont poursuivis pour intelligence avec l'ennemi.", False),
    ("en", "INTEL", "He was convicted of intelligence with a foreign power.", False),
    ("en", "INTEL", "Review by the Inspector-General of Intelligence and Security.", False),
    ("fr", "INTEL", "Les services partagent le renseignement avec leurs partenaires.", True),
    ("en", "INTEL", "The Inspector-General checked how intelligence is shared abroad.", True),
    # CEP: people decontaminated after a release
    ("en", "CEP", "Hospitals must plan for mass decontamination of arriving patients.", True),
    ("en", "CEP", "Fire crews handle decontamination of casualties at the cordon.", True),
    ("fr", "CEP", "Une zone de décontamination est installée à l'entrée de l'hôpital.", True),
    ("fr", "CEP", "Les pompiers assurent la décontamination des victimes.", True),
    ("fr", "CEP", "La détection et la décontamination NRBC relèvent des armées.", False),
    ("en", "CEP", "The unit holds decontamination kits and detectors.", False),
]


@pytest.mark.parametrize(("language", "code", "text", "tagged"), _ROWS)
def test_session_39_classes(language: str, code: str, text: str, tagged: bool) -> None:
    assert (code in tag_text(text, language)) is tagged
