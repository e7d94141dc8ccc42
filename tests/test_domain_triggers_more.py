"""Triggers added from kinds of misses seen over several held-out batches (session 25),
French and English side by side; each row read by hand: the domain is the sentence's
subject, or the word passes by and tags nothing."""

from __future__ import annotations

import pytest

from ctdocs.extract._domains import tag_text


@pytest.mark.parametrize(
    ("language", "text", "code", "tagged"),
    [
        # an overflight of a site is the drone threat (the offence of overflying a
        # prohibited zone, the overflights of nuclear plants)
        ("fr", "Tout survol non autorisé du site est signalé au préfet.", "C-UAS", True),
        ("en", "Any unauthorised overflight of the site is reported to the police.", "C-UAS", True),
        ("fr", "Les survols de la centrale ont révélé des lacunes.", "C-UAS", True),
        ("en", "Suspicious overflights of the prison were recorded.", "C-UAS", True),
        # a state's right to fly over another's territory is air law
        ("fr", "Les Parties s'accordent des droits de survol de leur territoire.", "C-UAS", False),
        ("en", "The treaty grants the Parties overflight rights.", "C-UAS", False),
    ],
)
def test_overflight(language: str, text: str, code: str, tagged: bool) -> None:
    assert (code in tag_text(text, language)) is tagged


@pytest.mark.parametrize(
    ("language", "text", "tagged"),
    [
        # French puts the adjective after the noun, inside the phrase
        ("fr", "Les noms sont vérifiés dans la base de données nominatives d'INTERPOL.", True),
        ("fr", "Les noms sont vérifiés dans le fichier national des personnes recherchées.", True),
        ("fr", "Les services s'appuient sur le Centre régional de fusion de l'information.", True),
        ("en", "Names are checked against the nominal databases of INTERPOL.", True),
        ("en", "The services rely on the Regional Information Fusion Centre.", True),
        # an adjective is one word: a longer gap is another phrase
        ("fr", "La base de données des douanes et la coopération d'INTERPOL.", False),
    ],
)
def test_an_adjective_inside_an_intelligence_term(language: str, text: str, tagged: bool) -> None:
    assert ("INTEL" in tag_text(text, language)) is tagged


@pytest.mark.parametrize(
    ("language", "text", "tagged"),
    [
        # the proliferation of several kinds of weapons names chemical and biological ones
        (
            "fr",
            "Le pays veille à la non-prolifération des armes nucléaires, chimiques et biologiques.",
            True,
        ),
        (
            "en",
            "The proliferation of nuclear, biological and chemical weapons remains a concern.",
            True,
        ),
        # nuclear weapons alone are arms control (WMD), not a CBRN threat
        ("fr", "Le pays veille à la non-prolifération des armes nucléaires.", False),
        ("en", "The proliferation of nuclear weapons remains a concern.", False),
        # radiation detectors at the border look for nuclear and radioactive material
        ("fr", "Les postes sont équipés de portiques de détection des rayonnements.", True),
        ("en", "The posts are equipped with radiation detection portals.", True),
    ],
)
def test_cbrn_lists_and_radiation_detection(language: str, text: str, tagged: bool) -> None:
    assert ("CBRN" in tag_text(text, language)) is tagged
