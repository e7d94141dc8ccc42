"""The labelled block of pointers above a page's closing chrome
(src/ctdocs/layout/_closingblock.py).

Hand-written page ends, French and English side by side, in the shapes of publishers the
corpora do not hold: a health agency's "further reading" box, a ministry's "related
documents" under its last paragraph, run together or set apart by blank lines. Each is
the page's (guidelines §5: related links, a site's boxes). What must stay the document's
own has the same place and the same short lines: a decree's signature, an annex's list,
a glossary, a list a sentence introduces, a block with no site's footer below it.
"""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

PROSE = {
    "fr": [
        "Le dispositif national de vigilance est placé sous l'autorité du Premier ministre et "
        "s'applique à toutes les administrations de l'État.",
        "Il a été révisé à plusieurs reprises pour tenir compte de l'évolution de la menace "
        "et des nouveaux moyens dont disposent les groupes terroristes.",
    ],
    "en": [
        "The national alert system is run by the Home Office and applies to every public "
        "body that manages crowded places in the country.",
        "It has been revised several times to take account of the changing threat and of "
        "the new means at the disposal of terrorist groups.",
    ],
}
FOOTER = {
    "fr": ["Contact | Mentions légales | Plan du site | Accessibilité", "© 2026 Ministère"],
    "en": ["Contact | Legal notice | Site map | Accessibility", "© 2026 Home Office"],
}

# A label, then publications named by their kind and title.
BLOCKS = {
    "fr": [
        [
            "Pour aller plus loin",
            "Rapport : La sécurité des grands événements sportifs",
            "Guide : Prévenir la radicalisation en milieu scolaire",
        ],
        [
            "Ressources utiles",
            "Fiche pratique : Réagir face à un colis suspect",
            "Note d'analyse : Les drones et la menace terroriste (2025)",
            "Texte officiel : Arrêté du 4 mars 2026",
        ],
    ],
    "en": [
        [
            "Further reading",
            "Factsheet: Protecting crowded places",
            "Report: Drone threats to critical sites",
        ],
        [
            "Useful resources",
            "Policy paper: Counter-terrorism strategy (CONTEST) 2023",
            "Guidance: Martyn's Law and the standard tier",
        ],
    ],
}

# The same place and the same short lines, the document's own.
OWN = {
    "fr": {
        "signature": ["Le ministre de l'Intérieur", "Jean DUPONT"],
        "annex": ["Annexe", "Nitrate d'ammonium", "Peroxyde d'hydrogène", "Nitrométhane"],
        "acronyms": ["Sigles", "EEI : Engin explosif improvisé", "UAS : Aéronef sans pilote"],
        "glossary": [
            "Définitions",
            "Radicalisation : processus d'adhésion à une idéologie violente",
            "Drone : aéronef circulant sans personne à bord",
        ],
    },
    "en": {
        "signature": ["The Secretary of State", "John SMITH"],
        "annex": ["Schedule", "Ammonium nitrate", "Hydrogen peroxide", "Nitromethane"],
        "acronyms": ["Abbreviations", "IED: Improvised explosive device", "UAS: Drone"],
        "glossary": [
            "Definitions",
            "Radicalisation: the process by which a person comes to support violence",
            "Drone: an aircraft flown with no person on board",
        ],
    },
}
LEAD_IN = {
    "fr": "Le plan retient trois documents de référence, publiés ce jour :",
    "en": "The plan rests on three reference documents, published today:",
}


def reasons(parts: list[str], sep: str = "\n\n") -> dict[str, str | None]:
    text = sep.join(parts)
    return {u.text: u.noise for u in segment(normalise(text, markdown=False))}


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
@pytest.mark.parametrize("k", [0, 1])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_labelled_block_of_pointers_above_the_footer_is_chrome(
    lang: str, k: int, sep: str
) -> None:
    block = BLOCKS[lang][k]
    got = reasons([*PROSE[lang], sep.join(block), *FOOTER[lang]])
    for line in block:
        assert got[line] == "boilerplate", line
    assert all(got[p] is None for p in PROSE[lang])


@pytest.mark.parametrize("own", ["signature", "annex", "acronyms", "glossary"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_texts_own_close_above_the_footer_stays(lang: str, own: str) -> None:
    lines = OWN[lang][own]
    got = reasons([*PROSE[lang], *lines, *FOOTER[lang]])
    for line in lines:
        assert got[line] is None, line


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pointers_a_sentence_introduces_stay(lang: str) -> None:
    """A colon, not a full stop, above the block: the text lists its own documents."""
    block = BLOCKS[lang][0]
    got = reasons([PROSE[lang][0], LEAD_IN[lang], *block, *FOOTER[lang]])
    for line in block:
        assert got[line] is None, line


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pointers_closing_a_bare_text_stay(lang: str) -> None:
    """No site's footer below: a text, not a page; its last lines are its own."""
    block = BLOCKS[lang][0]
    got = reasons([*PROSE[lang], *block])
    for line in block:
        assert got[line] is None, line


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pointers_with_no_label_stay(lang: str) -> None:
    """Kinds and titles straight under the text, no label heading them: no block."""
    block = BLOCKS[lang][0][1:]
    got = reasons([*PROSE[lang], *block, *FOOTER[lang]])
    for line in block:
        assert got[line] is None, line


# The text's own close in the block's place and shape, a label over 'Key : Value' lines:
# none of the keys names a kind of publication (layout.toml's pointer_kinds).
FIELDS = {
    "fr": {
        "contact": [
            "Contact presse",
            "Service de presse : Ministère de l'Intérieur",
            "Porte-parole : Camille Martin",
        ],
        "annexes": [
            "Annexes",
            "Annexe A : Liste des substances explosives",
            "Annexe B : Modèle de déclaration",
        ],
        "sources": [
            "Sources",
            "Source : Europol, TE-SAT 2023",
            "Données : Ministère de l'Intérieur",
        ],
        "distribution": [
            "Destinataires",
            "Pour attribution : Mesdames et Messieurs les préfets",
            "Pour information : Monsieur le préfet de police",
        ],
        "version": ["Version authentique", "Langue : Français", "Statut : Texte en vigueur"],
        "note": [
            "Avertissement",
            "Note : Le présent guide ne remplace pas la réglementation",
            "Note : Seul le texte français fait foi",
        ],
        "signatories": [
            "Signataires",
            "Préfet de police : Laurent Martin",
            "Directrice générale : Céline Bernard",
        ],
        "article": [
            "Entrée en vigueur",
            "Article premier : Le présent arrêté entre en vigueur le lendemain",
            "Article deux : Le préfet de police est chargé de son exécution",
        ],
    },
    "en": {
        "contact": [
            "Media enquiries",
            "Press office: Home Office Press Office",
            "Out of hours: Duty Press Officer",
        ],
        "annexes": [
            "Annexes",
            "Annex A: List of explosive precursors",
            "Annex B: Model notification form",
        ],
        "sources": ["Sources", "Source: Europol, TE-SAT 2023", "Data: Home Office statistics"],
        "distribution": [
            "Distribution",
            "For action: Chief Constables of England and Wales",
            "For information: Police and Crime Commissioners",
        ],
        "version": ["Authentic text", "Language: English", "Status: In force"],
        "note": [
            "Authentic text",
            "Note: Only the English text is authentic",
            "Note: The French translation is provided for information",
        ],
        "signatories": [
            "Signed",
            "Home Secretary: Jane Smith",
            "Security Minister: Tom Brown",
        ],
        "article": [
            "Commencement",
            "Article one: This Order comes into force on the day after publication",
            "Article two: The Chief Constable is charged with its execution",
        ],
    },
}


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
@pytest.mark.parametrize(
    "own",
    ["contact", "annexes", "sources", "distribution", "version", "note", "signatories", "article"],
)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_texts_own_labelled_fields_above_the_footer_stay(lang: str, own: str, sep: str) -> None:
    """A press contact, an annex list, sources, a distribution, a version note, signatories
    or articles: labelled 'Key : Value' lines of the text's, no publication's kind (the
    articles, numbered, stay on base too: they guard the kinds' list against 'article')."""
    lines = FIELDS[lang][own]
    got = reasons([*PROSE[lang], sep.join(lines), *FOOTER[lang]])
    for line in lines:
        assert got[line] is None, line


CURLY = {
    "fr": ["Pour en savoir plus", "Fiche d’information : Maladie du charbon"],
    "en": ["Other resources", "Fact sheet: Chemical incidents and public health"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_kind_typed_with_a_curly_apostrophe_or_two_words_is_a_kind(lang: str) -> None:
    block = CURLY[lang]
    got = reasons([*PROSE[lang], *block, *FOOTER[lang]])
    for line in block:
        assert got[line] == "boilerplate", line
