"""A copy's word that its printed, signed or PDF original is the text that counts,
French and English side by side (data/models/layout.toml, notices): "The PDF version
remains authoritative" is the copy keeper's note on the copy, noise (guidelines,
section 5: a republisher's commentary around a reproduced text). A treaty's or a law's
own word on which language version is authentic, and a sentence on PDF files, stay the
text's."""

from __future__ import annotations

import pytest

from ._layoutunits import units

PROSE = {
    "fr": "Le Forum régional a adopté le plan de travail sur la lutte contre le terrorisme et "
    "la criminalité transnationale lors de sa réunion ministérielle de juillet.",
    "en": "The Regional Forum adopted the work plan on counter-terrorism and transnational "
    "crime at its ministerial meeting in July, after two years of consultations.",
}
NOTES = {
    "fr": [
        "Cette page reproduit le texte du plan de travail. La version PDF reste la version de "
        "référence.",
        "Version web du document de position. Le texte signé demeure le seul faisant foi.",
        "Copie numérisée pour le portail ; la version papier reste la seule authentique.",
    ],
    "en": [
        "This page reproduces the text of the Work Plan. The PDF version remains authoritative.",
        "This is the web version of the position paper. The signed PDF remains the reference text.",
        "Transcribed for the portal; the printed edition remains the official text.",
    ],
}
TEXT = {
    "fr": [
        "Fait à Vientiane, en français et en anglais, les deux textes faisant également foi.",
        "En cas de divergence, le texte anglais reste le texte de référence entre les parties.",
        "Le format PDF reste le plus utilisé par les services pour transmettre leurs rapports.",
    ],
    "en": [
        "Done at Vientiane in English and French, both texts being equally authentic.",
        "In case of divergence, the English text remains the reference between the parties.",
        "The PDF format remains the most used by the services to transmit their reports.",
    ],
}


@pytest.mark.parametrize("k", [0, 1, 2])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_copys_word_on_its_original_is_noise(lang: str, k: int) -> None:
    line = NOTES[lang][k]
    got = units(f"{PROSE[lang]}\n\n{line}\n\n{PROSE[lang]} 2\n")
    assert got[line].noise is not None


@pytest.mark.parametrize("k", [0, 1, 2])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_texts_word_on_its_versions_stays(lang: str, k: int) -> None:
    line = TEXT[lang][k]
    got = units(f"{PROSE[lang]}\n\n{line}\n\n{PROSE[lang]} 2\n")
    assert got[line].noise is None


# The text's own sentences on an instrument signed, printed or in PDF that remains its
# reference: the subject is the instrument, no copy of the page.
SIGNED_INSTRUMENTS = {
    "fr": [
        "La stratégie signée en 2018 reste le texte de référence pour l'action des ministères.",
        "La déclaration signée à Bruxelles en 2018 demeure le texte de référence de l'Alliance.",
        "Le PDF reste le format officiel des rapports que les services transmettent à l'unité.",
    ],
    "en": [
        "The Washington Treaty, signed in 1949, remains the reference for our collective defence.",
        "The memorandum signed in 2019 remains authoritative for the exchange of information.",
        "The PDF remains the official format for the reports the services send to the unit.",
    ],
}


@pytest.mark.parametrize("k", [0, 1, 2])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_signed_instrument_that_remains_the_reference_stays(lang: str, k: int) -> None:
    line = SIGNED_INSTRUMENTS[lang][k]
    got = units(f"{PROSE[lang]}\n\n{line}\n\n{PROSE[lang]} 2\n")
    assert got[line].noise is None
