"""Stamps and assent lines (ctdocs.extract._docstamps; guidelines §6): dates a page or
database prints about itself, which are noise or the site's, not the document's.

Every expected value was read by hand from the text under the guidelines' rules.
French and English rows stand side by side.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._dates import find_dates
from ctdocs.extract._docstamps import others_date, stamp_in_noise
from ctdocs.extract._document import own_date


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a publication stamp over the update stamp above it
        (
            "en",
            "Guidance\nStatutory guidance for enhanced duty premises\nUpdated 17 September 2026\n\n"
            "From: Home Office\nPublished 3 March 2026\n\nContents\n",
            "2026-03-03",
        ),
        (
            "fr",
            "Guide\nGuide pour les établissements recevant du public\nMis à jour le 17 septembre "
            "2026\n\nPublié le 3 mars 2026\n\nSommaire\n",
            "2026-03-03",
        ),
        # a front-matter key is a stamp too, when nothing else dates the text
        (
            "en",
            '---\ntitle: "Chapter 3"\nlast_modified: 2026-05-19\n---\n\n# Chapter 3\n\n'
            "1. This chapter builds on the work the Branch has done since 2019.\n",
            "2026-05-19",
        ),
        (
            "fr",
            '---\ntitre: "Chapitre 3"\nlast_modified: 2026-05-19\n---\n\n# Chapitre 3\n\n'
            "1. Ce chapitre s'appuie sur les travaux menés par le Service depuis 2019.\n",
            "2026-05-19",
        ),
        # a revision stamp right under the adoption line: the text is the revision
        (
            "en",
            "THE FATF RECOMMENDATIONS\n\nAdopted by the FATF Plenary in February 2012\n"
            "Updated November 2023\n\nC. TERRORIST FINANCING\n",
            "2023-11",
        ),
        (
            "fr",
            "LES RECOMMANDATIONS DU GAFI\n\nAdoptées par la plénière du GAFI en février 2012\n"
            "Mises à jour en novembre 2023\n\nC. FINANCEMENT DU TERRORISME\n",
            "2023-11",
        ),
        # not a page's update stamp a blank line below it
        (
            "en",
            "Resolution 2091 (2016)\nAdopted by the Assembly on 27 January 2016\n\n"
            "Updated 3 January 2024\n",
            "2016-01-27",
        ),
        (
            "fr",
            "Résolution 2091 (2016)\nAdoptée par l'Assemblée le 27 janvier 2016\n\n"
            "Mis à jour le 3 janvier 2024\n",
            "2016-01-27",
        ),
        # a treaty's final clauses name the day it opens for signature: its date
        (
            "en",
            "Protocol for the Suppression of Unlawful Acts of Violence at Airports\n\nArticle "
            "VI\nThis Protocol shall be open for signature at Montreal on 24 February 1988 by "
            "States participating in the Conference.\n",
            "1988-02-24",
        ),
        (
            "fr",
            "Protocole pour la répression des actes illicites de violence dans les aéroports\n\n"
            "Article VI\nLe présent Protocole sera ouvert à la signature à Montréal le 24 février "
            "1988 par les États participant à la Conférence.\n",
            "1988-02-24",
        ),
        (
            "fr",
            "Convention sur la répression du financement du terrorisme\n\nArticle 24\nLa "
            "présente Convention sera ouverte à la signature à Paris le 24 février 1988 par les "
            "États participant à la Conférence.\n",
            "1988-02-24",
        ),
        # the date of assent in brackets under the act's number, over the short title's year
        (
            "en",
            "THE UNLAWFUL ACTIVITIES (PREVENTION) AMENDMENT ACT, 2026\n\nNO. 19 OF 2026\n\n"
            "[6th August 2026.]\n\nAn Act further to amend the Unlawful Activities (Prevention) "
            "Act, 1967.\n",
            "2026-08-06",
        ),
        (
            "fr",
            "LOI MODIFIANT LA LOI SUR LES ACTIVITÉS ILLÉGALES\n\nNo 19 de 2026\n\n"
            "[6 août 2026.]\n\nLoi modifiant la Loi sur les activités illégales.\n",
            "2026-08-06",
        ),
    ],
)
def test_stamp_and_assent_classes(lang: str, text: str, value: str) -> None:
    hit = own_date(text, find_dates(text, lang))
    assert hit is not None and hit.value == value


@pytest.mark.parametrize(
    ("line", "lang", "kept"),
    [
        ("Mis à jour le: 13 Dec. 2023 12:21", "fr", True),
        ("Last updated: 03 Mar. 2015 10:02", "en", True),
        ("4 septembre 2008", "fr", True),
        ("4 September 2008", "en", True),
        ("Publié le 3 mars 2015", "fr", True),
        ("Issued on 11 Jul. 2018", "en", True),
        ("Post on 02-Feb-2020", "fr", False),
        ("Uploaded on 02-Feb-2020", "en", False),
        ("Le Secrétaire général en visite en Türkiye 12 juillet 2023", "fr", False),
        ("NATO Secretary General visits Türkiye 12 July 2023", "en", False),
        # a page's modification stamp, also as the last part of a footer line
        ("Dernière modification: 15.12.2023", "fr", True),
        ("Date modified: 2019-06-12", "en", True),
        ("© Assemblée nationale – Page mise à jour le 13 avril 2023", "fr", True),
        ("© Federal Register | Page last updated: 5 October 2023", "en", True),
        # a related item's date in a footer part is no stamp
        ("Haut de page – Projet de loi déposé le 13 septembre 2023", "fr", False),
        ("Related: Amendment Bill – introduced 13 September 2023", "en", False),
    ],
)
def test_stamp_in_noise(line: str, lang: str, kept: bool) -> None:
    (hit,) = find_dates(line, lang)
    assert stamp_in_noise(line, hit, 0, len(line)) is kept


def test_dates_below_the_body_are_chrome() -> None:
    """A date alone in a noise line counts in the head, not in a trailer below the text."""
    (hit,) = find_dates("12 Jul. 2023", "en")
    assert stamp_in_noise("12 Jul. 2023", hit, 0, 12, body_start=None)
    assert not stamp_in_noise("12 Jul. 2023", hit, 0, 12, body_start=0)


@pytest.mark.parametrize(
    ("line", "lang", "kept"),
    [
        # a legal database's publication and version stamps are the text's own
        ("Publication : 20-05-2019 numéro : 2019041187 page : 47318", "fr", True),
        ("Publication: 20-05-2019 number: 2019041187 page: 47318", "en", True),
        ("Version en vigueur au 28 octobre 2023", "fr", True),
        ("Version as at 28 October 2023", "en", True),
    ],
)
def test_database_stamps_in_noise(line: str, lang: str, kept: bool) -> None:
    hit = find_dates(line, lang)[0]
    assert stamp_in_noise(line, hit, 0, len(line)) is kept


@pytest.mark.parametrize(
    ("lang", "line", "theirs"),
    [
        # a year in a breadcrumb trail is the site's navigation
        ("en", "You are here: Home > Summits > 2017 Taormina > Official documents", True),
        ("fr", "Vous êtes ici : Accueil > Sommets > 2017 Taormine > Documents officiels", True),
        # a single '>' is no trail
        ("en", "Ministers met in Taormina in 2017 (> 40 delegations)", False),
        ("fr", "Les ministres se sont réunis à Taormine en 2017 (> 40 délégations)", False),
        # an export's or a converter's generation stamp dates the copy, not the text
        ("fr", "Export texte — exemple.gouv.fr/presse — généré le 14/03/2026 à 10:05", True),
        ("en", "Text export — example.gov/press — generated on 14/03/2026 at 10:05", True),
        ("fr", "Généré à partir de l'EPUB le 2 mars 2026 ; ancres de l'édition imprimée.", True),
        ("en", "Generated from EPUB on 2 March 2026; page anchors follow the print edition.", True),
        # a text's own generation of a plan is no stamp: the cue must stand near the date
        (
            "en",
            "The plan generated broad support among the ministers who met on 2 March 2026.",
            False,
        ),
    ],
)
def test_breadcrumb_dates_are_the_sites(lang: str, line: str, theirs: bool) -> None:
    (hit,) = find_dates(line, lang)
    assert others_date(line, hit) is theirs


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("This page was last updated May 27, 2017.", "en"),
        ("Cette page a été mise à jour le 27 mai 2017.", "fr"),
    ],
)
def test_page_update_sentences_are_stamps(line: str, lang: str) -> None:
    (hit,) = find_dates(line, lang)
    assert stamp_in_noise(line, hit, 0, len(line))


@pytest.mark.parametrize(
    ("line", "lang", "kept"),
    [
        # the text's own record opening a noise line: its commencement, its version
        ("- Commencé le 26 Février 2014", "fr", True),
        ("- Commenced on 26 February 2014", "en", True),
        ("- [Ceci est la version de ce document à 8 Juillet 2004.]", "fr", True),
        ("- [This is the version of this document at 8 July 2004.]", "en", True),
        # an event cue inside other chrome is not the text's record
        ("À lire aussi : la loi entrée en vigueur le 3 mars 2015", "fr", False),
        ("Read also: the act that took entry into force on 3 March 2015", "en", False),
    ],
)
def test_own_record_in_noise(line: str, lang: str, kept: bool) -> None:
    (hit,) = find_dates(line, lang)
    assert stamp_in_noise(line, hit, 0, len(line), body_start=0) is kept
