"""Domain triggers for the plain words a provision names its domain with once the full
term has been used (guidelines §4): the border itself, the money itself, the drone's
remote pilot and its payload, the network financial intelligence units exchange
through, a training course, forensic evidence, customs. French and English side by side;
expected tags read off by hand (the domain is the sentence's subject, not a word
brushing past).
"""

from __future__ import annotations

import pytest

from ctdocs._vocab import Language
from ctdocs.extract._domains import tag_text

# (code, English sentence, French sentence): each names the domain as its subject
POSITIVES = [
    (
        "EOD",
        "All hold baggage is screened by detection of explosive traces before loading.",
        "Tous les bagages de soute font l'objet d'une détection de traces d'explosifs.",
    ),
    (
        "BORDER",
        "Patrols along the land borders with Mali and Niger will be doubled.",
        "Les patrouilles le long des frontières terrestres avec le Mali seront renforcées.",
    ),
    (
        "BORDER",
        "Goods seized at the international border are handed to the police.",
        "Les marchandises saisies aux postes frontières sont remises à la police.",
    ),
    (
        "C-UAS",
        "The remote pilot shall keep the aircraft within visual line of sight.",
        "Le télépilote maintient l'appareil à portée de vue.",
    ),
    (
        "C-UAS",
        "The device may not carry any payload capable of being released in flight.",
        "L'appareil ne peut emporter aucune charge utile largable en vol.",
    ),
    (
        "FINANCING",
        "It is not necessary that the funds were actually used to commit an offence.",
        "La cellule nationale de traitement des renseignements financiers a reçu 212 déclarations.",
    ),
    (
        "FINANCING",
        "He sent money to intermediaries in Türkiye on 23 occasions.",
        "Les services de traitement des renseignements financiers ont transmis 12 dossiers.",
    ),
    (
        "INTEL",
        "The unit joined the Egmont Group in 2019.",
        "La cellule échange avec ses homologues par l'intermédiaire du Groupe Egmont.",
    ),
    # a course is training in English, as a stage is in French (weak until session 22)
    (
        "TRAINING",
        "Security officers must complete the awareness course approved by the Commissioner.",
        "Les agents de sûreté suivent le stage de sensibilisation agréé par le commissaire.",
    ),
    # forensic evidence is the technical exploitation the guidelines name (French says it
    # with the evidence itself: fingerprints, DNA)
    (
        "BIOMETRICS",
        "Investigators shall exploit forensic evidence recovered from bomb scenes.",
        "Les enquêteurs exploitent les empreintes digitales relevées sur les lieux.",
    ),
    # customs guard the border (English strong since session 22; French "douane" stays
    # weak and tags with a second weak word)
    (
        "BORDER",
        "Customs officers shall inspect every drone entering the territory.",
        "Les douanes renforcent les contrôles transfrontaliers des drones.",
    ),
    # the means of moving value and the cash carried across a border (FATF
    # Recommendations 15 and 32), and financial intelligence itself
    (
        "FINANCING",
        "Cross-border cash couriers remain the main channel in the region.",
        "Les transferts par monnaie électronique sont fractionnés sous le seuil.",
    ),
    (
        "FINANCING",
        "Customs shall share cash declaration data with the unit within 30 days.",
        "La communication de renseignements financiers à la police est trop lente.",
    ),
    # a fusion centre pools the information of several services
    (
        "INTEL",
        "Incidents are reported to the regional information fusion centre.",
        "Les données sont intégrées au centre de fusion de l'information maritime.",
    ),
    # what is screened before it is loaded on an aircraft
    (
        "AVIATION",
        "Hold baggage and air cargo shall be screened for explosives.",
        "Le contrôle des bagages de soute et du fret aérien est renforcé.",
    ),
    # three sectors a society runs on named together are its critical infrastructure;
    # so is the assessment of a site's exposure to attack
    (
        "CIP",
        "Operators in the energy, water and transport sectors shall report incidents.",
        "Les opérateurs de l'énergie, de l'eau et des transports signalent les incidents.",
    ),
    (
        "CIP",
        "The operator shall conduct a vulnerability assessment of the site.",
        "L'exploitant procède à une évaluation de la vulnérabilité du site.",
    ),
    # each member's channel to INTERPOL's police information
    (
        "INTEL",
        "Requests are sent to INTERPOL through the National Central Bureau.",
        "Les demandes passent par le Bureau central national d'INTERPOL.",
    ),
    # bearer instruments and cash carried across a border are declared to customs
    (
        "BORDER",
        "Each State shall require the declaration of bearer negotiable instruments.",
        "Chaque État exige la déclaration des instruments négociables au porteur.",
    ),
    # the security assistance one state gives another's forces
    (
        "CAPACITY",
        "The United States presented its security assistance programmes.",
        "La France a présenté ses programmes d'assistance en matière de sécurité.",
    ),
    # the precursor most home-made charges are made from; the energy installations and
    # the cables under the sea a country runs on; the sources of a radiological device
    (
        "C-IED",
        "Retailers of ammonium nitrate shall report suspicious purchases.",
        "La vente au détail de nitrate d'ammonium est interdite sur les marchés.",
    ),
    (
        "CIP",
        "Drones were observed above energy installations and submarine cables.",
        "Des drones ont survolé les câbles sous-marins du littoral.",
    ),
    (
        "CBRN",
        "States shall control the import and export of radioactive sources.",
        "Les États contrôlent l'importation et l'exportation des sources radioactives.",
    ),
]


@pytest.mark.parametrize(("code", "english", "french"), POSITIVES)
def test_english_sentence_is_tagged(code: str, english: str, french: str) -> None:
    assert code in tag_text(english, "en")


@pytest.mark.parametrize(("code", "english", "french"), POSITIVES)
def test_french_sentence_is_tagged(code: str, english: str, french: str) -> None:
    assert code in tag_text(french, "fr")


# (language, sentence, code it must not carry): the same words naming something else
NEGATIVES: list[tuple[Language, str, str]] = [
    # traces of explosives found on a suspect are evidence, not explosive detection
    ("fr", "Des traces d'explosifs ont été retrouvées sur ses vêtements.", "EOD"),
    ("en", "Traces of explosives were found on his clothes.", "EOD"),
    # a body named "without borders", a figure of speech, a region named after its borders
    ("fr", "Médecins sans frontières a ouvert un centre de soins.", "BORDER"),
    ("fr", "L'OTAN projette la stabilité au-delà de ses frontières.", "BORDER"),
    ("fr", "Les attaques se multiplient dans la zone des trois frontières.", "BORDER"),
    # English "border" alone stays out (it stands as often in "cross-border")
    ("en", "The border town hosts a weekly market.", "BORDER"),
    # a trust fund pays for capacity building; a centre that funds research
    ("en", "Allies contribute to the trust funds for partners.", "FINANCING"),
    ("en", "The Canada Centre funds research and prevention programs.", "FINANCING"),
    # French "fonds" names trust funds and backgrounds as often: no trigger alone
    ("fr", "Le fonds documentaire de la bibliothèque a été numérisé.", "FINANCING"),
    # cash as a mode of payment (a shop's indicator of a suspicious purchase)
    ("en", "The buyer offers to pay in cash.", "FINANCING"),
    ("fr", "Le client règle ses achats en espèces au comptoir.", "FINANCING"),
    # the utilities a frozen person may still pay for are bills, not infrastructure
    (
        "en",
        "Funds may pay for rent and public utilities such as gas, water, electricity and"
        " telecommunications.",
        "CIP",
    ),
    ("fr", "Les fonds couvrent les factures d'eau, d'électricité et de télécommunications.", "CIP"),
    # a merger is no fusion centre; luggage on a coach is no air cargo
    ("fr", "La fusion des deux ministères prend effet en janvier.", "INTEL"),
    ("en", "The fusion of the two ministries takes effect in January.", "INTEL"),
    ("en", "Passengers stow their baggage in the coach's hold.", "AVIATION"),
    ("fr", "Les voyageurs du car rangent leurs bagages dans la soute.", "AVIATION"),
    # "course" in a phrase, not a training course; forensic science as a licensed activity
    ("en", "In the course of an inspection the officer may enter any premises.", "TRAINING"),
    ("en", "The exemption covers forensic science activities.", "BIOMETRICS"),
    # the customs organ named, no customs work: the World Customs Organization
    ("en", "The Council works with the World Customs Organization on cargo data.", "BORDER"),
    (
        "fr",
        "Le Conseil coopère avec l'Organisation mondiale des douanes, en transfrontalier.",
        "BORDER",
    ),
]


@pytest.mark.parametrize(("language", "text", "code"), NEGATIVES)
def test_negative(language: Language, text: str, code: str) -> None:
    assert code not in tag_text(text, language)
