"""The document's own number told by its echo (:mod:`ctdocs.extract._docecho`).

Each row is a short text written by hand in the layout of a class of publishers whose
number's shape no entry of ``data/models/document.toml`` knows: a court's docket number
under a breadcrumb that prints it too, a ministry's serial that a running footer repeats, a
think tank's note number that its citation line repeats. The number stands on a short line
of the head and again elsewhere; a number printed once, in running text, after a part's
word, or past the first part's heading, a date and a short name are none. French and
English rows stand side by side.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._docecho import whole_cell
from ctdocs.extract._docsymbol import own_symbol

_BODY = "The ministry asks every office to review its plans before the summer.\n"
_CORPS = "Le ministère demande à chaque service de revoir ses plans avant l'été.\n"


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # a court's docket number, digits first and an underscore, which its breadcrumb prints
        (
            "fr",
            f"Accueil > Jurisprudence > 7C_204/2026\n\nTribunal fédéral\n\n7C_204/2026\n\n"
            f"Arrêt du 4 mars 2026\n\n{_CORPS}",
            "7C_204/2026",
        ),
        (
            "en",
            f"Home > Case law > 4A_118/2026\n\nFederal Supreme Court\n\n4A_118/2026\n\n"
            f"Judgment of 4 March 2026\n\n{_BODY}",
            "4A_118/2026",
        ),
        # a ministry's serial beside the place and date, which the running footer repeats;
        # its number's mark is part of it as printed
        (
            "fr",
            f"N° 0415/PR/MI/SG/2026 Niamey, le 2 mars 2026\n\nCIRCULAIRE\n\n{_CORPS}"
            "Circulaire n° 0415/PR/MI/SG/2026 Page 1/2\n",
            "N° 0415/PR/MI/SG/2026",
        ),
        (
            "en",
            f"No. 0415/MI/SG/2026 Accra, 2 March 2026\n\nCIRCULAR\n\n{_BODY}"
            "Circular No. 0415/MI/SG/2026 Page 1/2\n",
            "No. 0415/MI/SG/2026",
        ),
        # a note's number on its head line, which the citation line at its foot repeats
        (
            "fr",
            f"Note de l'Institut n°9/2026 12 mai 2026\n\n{_CORPS}"
            "Pour citer : Note de l'Institut, n°9/2026.\n",
            "n°9/2026",
        ),
        (
            "en",
            f"Institute Brief n°9/2026 12 May 2026\n\n{_BODY}To cite: Institute Brief, n°9/2026.\n",
            "n°9/2026",
        ),
    ],
)
def test_a_number_printed_again_is_the_documents(lang: str, text: str, symbol: str) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # printed once: nothing says it is the document's own
        ("fr", f"Note de l'Institut n°9/2026 12 mai 2026\n\n{_CORPS}"),
        ("en", f"Institute Brief n°9/2026 12 May 2026\n\n{_BODY}"),
        # a part's number, and a cited act's note repeated under each part, past the first
        # part's heading (a code's articles)
        (
            "fr",
            "Code de la sécurité intérieure\n\nArticle L230-1\n\n"
            f"Création LOI n°2026-512 du 30 juillet 2026 - art. 4\n\n{_CORPS}\nArticle L230-2\n\n"
            f"Création LOI n°2026-512 du 30 juillet 2026 - art. 4\n\n{_CORPS}",
        ),
        (
            "en",
            "Security Code\n\nSection 83.01\n\n"
            f"Amended by Order No. 2026-0412 of 3 June 2026 - s. 4\n\n{_BODY}\nSection 83.02\n\n"
            f"Amended by Order No. 2026-0412 of 3 June 2026 - s. 4\n\n{_BODY}",
        ),
        # a cited number in running text, printed again
        (
            "fr",
            "Le Conseil rappelle sa note KX-0412/26 sur les mesures prises contre les personnes "
            f"et entités inscrites sur la liste.\n\nDécision\n\n{_CORPS}Voir la note KX-0412/26.\n",
        ),
        (
            "en",
            "The Council recalls its note KX-0412/26 on the measures taken against the persons "
            f"and entities on the list.\n\nDecision\n\n{_BODY}See note KX-0412/26.\n",
        ),
        # a date, and a group's short name, printed again
        ("fr", f"Note du 12/05/2026\n\nG7 Intérieur\n\n{_CORPS}Paris, 12/05/2026, G7\n"),
        ("en", f"Note of 12/05/2026\n\nG7 Interior\n\n{_BODY}London, 12/05/2026, G7\n"),
    ],
)
def test_no_echo_no_number(lang: str, text: str) -> None:
    assert own_symbol(text, lang) is None


_PAGE_EN = "Member posts screen every parcel before it leaves the office.\n"
_PAGE_FR = "Les services postaux contrôlent chaque colis avant son départ.\n"


@pytest.mark.parametrize(
    ("text", "found", "symbol"),
    [
        # a number with blanks inside, alone on the cover and again on each page's header,
        # where one finder reads a part of it (heldout33 "POC C 1 2025.2-Doc 7.Rev 1",
        # heldout32 "3 - 1198/3"); a page's number after it changes from page to page
        (
            f"PORT SAFETY COUNCIL\nPSC 2 2027.3-Doc 12.Rev 1\n\n{_PAGE_EN}"
            f"PSC 2 2027.3-Doc 12.Rev 1 2\n{_PAGE_EN}PSC 2 2027.3-Doc 12.Rev 1 3\n",
            "2027.3-Doc",
            "PSC 2 2027.3-Doc 12.Rev 1",
        ),
        (
            f"CHAMBRE DES REPRÉSENTANTS\n\n56 - 0412/2\n\n56 - 0412/2\n\nPROJET DE LOI\n"
            f"{_PAGE_FR}56 - 0412/2 - 2026/2027 ( 2 ) Chambre\n{_PAGE_FR}",
            "0412/2",
            "56 - 0412/2",
        ),
        (
            f"EXECUTIVE COUNCIL\nEX C 2 118/27 Add.1\n\n{_PAGE_EN}EX C 2 118/27 Add.1 page 4\n",
            "118/27",
            "EX C 2 118/27 Add.1",
        ),
        (
            f"CONSEIL DES MINISTRES\nCM 4 0318/27 REV 2\n\n{_PAGE_FR}CM 4 0318/27 REV 2 – 3\n",
            "0318/27",
            "CM 4 0318/27 REV 2",
        ),
        # a page's number after the number alone, never a line's whole: the number as found
        (
            f"S/2027/118\n\n{_PAGE_EN}S/2027/118 2\n{_PAGE_EN}S/2027/118 3\n",
            "S/2027/118",
            "S/2027/118",
        ),
        # a day after the number, however often alone: the act's date, no piece of its number
        (
            f"042/2027 DU 21/08/2027\n\n{_PAGE_FR}042/2027 DU 21/08/2027\n",
            "042/2027",
            "042/2027",
        ),
        # a word after it in the running header: a short title, no piece
        (
            f"GAO-27-1184\n\n{_PAGE_EN}GAO-27-1184 Counterterrorism\n{_PAGE_EN}"
            f"GAO-27-1184 Counterterrorism\n",
            "GAO-27-1184",
            "GAO-27-1184",
        ),
        # the whole number cited in sentences only, never alone on a line
        (
            "CONSEIL\n0318/27\n\nVu le document CM 4 0318/27 REV 2, le Conseil décide.\n"
            "Le document CM 4 0318/27 REV 2 est publié.\n",
            "0318/27",
            "0318/27",
        ),
    ],
)
def test_a_number_printed_whole_on_its_own_lines(text: str, found: str, symbol: str) -> None:
    assert whole_cell(text, found) == symbol


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        (
            "fr",
            f"CHAMBRE DES REPRÉSENTANTS\n\n56 - 0412/2\n\n56 - 0412/2\n\nPROJET DE LOI\n"
            f"{_PAGE_FR}56 - 0412/2 - 2026/2027 ( 2 ) Chambre\n{_PAGE_FR}",
            "56 - 0412/2",
        ),
        (
            "en",
            f"HOUSE OF ASSEMBLY\n\n4 - 0217/1\n\n4 - 0217/1\n\nBILL ON PORT SECURITY\n"
            f"{_PAGE_EN}4 - 0217/1 - 2026/2027 ( 2 ) House\n{_PAGE_EN}",
            "4 - 0217/1",
        ),
        (
            "fr",
            f"CONSEIL EXÉCUTIF\n\nCE 3 2027/58 Rev.1\n\n{_PAGE_FR}CE 3 2027/58 Rev.1 page 2\n"
            f"{_PAGE_FR}CE 3 2027/58 Rev.1 page 3\n",
            "CE 3 2027/58 Rev.1",
        ),
        (
            "en",
            f"COUNCIL\n\nCL 7 2027/41 Rev.2\n\n{_PAGE_EN}CL 7 2027/41 Rev.2 page 2\n"
            f"{_PAGE_EN}CL 7 2027/41 Rev.2 page 3\n",
            "CL 7 2027/41 Rev.2",
        ),
        # the same shapes whose pages add no piece: the number as found
        ("en", f"S/2027/118\n\n{_PAGE_EN}S/2027/118 2\n{_PAGE_EN}S/2027/118 3\n", "S/2027/118"),
        ("fr", f"042/2027 DU 21/08/2027\n\n{_PAGE_FR}042/2027 DU 21/08/2027\n", "042/2027"),
    ],
)
def test_the_whole_number_of_a_cover_line(lang: str, text: str, symbol: str) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # pages restarting in the annex print the header "S/2027/118 2" twice, alone on its
        # line: a page's number, where the cover prints the number alone (mendsC41)
        (
            "en",
            f"SECURITY COUNCIL\n\nS/2027/118\n\n{_PAGE_EN}S/2027/118 2\n{_PAGE_EN}Annex\n\n"
            f"{_PAGE_EN}S/2027/118 2\n{_PAGE_EN}",
            "S/2027/118",
        ),
        (
            "fr",
            f"CONSEIL DE SÉCURITÉ\n\nS/2027/118\n\n{_PAGE_FR}S/2027/118 2\n{_PAGE_FR}Annexe\n\n"
            f"{_PAGE_FR}S/2027/118 2\n{_PAGE_FR}",
            "S/2027/118",
        ),
        # a day in ISO form after the number on each page's header: no piece of it
        (
            "en",
            f"Guidance note FIU-GL-2027/03\n\n{_PAGE_EN}FIU-GL-2027/03 2027-03-15\n{_PAGE_EN}"
            f"FIU-GL-2027/03 2027-03-15\n{_PAGE_EN}",
            "FIU-GL-2027/03",
        ),
        (
            "fr",
            f"Lignes directrices CRF-LD-2027/03\n\n{_PAGE_FR}CRF-LD-2027/03 2027-03-15\n{_PAGE_FR}"
            f"CRF-LD-2027/03 2027-03-15\n{_PAGE_FR}",
            "CRF-LD-2027/03",
        ),
        # a negative row of the same shape: a code group holding a digit after the number,
        # whole on the cover and on headers whose page's number changes, is still a piece
        (
            "fr",
            f"CONSEIL EXÉCUTIF\nCE 3 2027/58 Rev.1\n\n{_PAGE_FR}CE 3 2027/58 Rev.1 2\n"
            f"{_PAGE_FR}CE 3 2027/58 Rev.1 3\n{_PAGE_FR}",
            "CE 3 2027/58 Rev.1",
        ),
        (
            "en",
            f"COUNCIL\nCL 7 2027-41 Rev.2\n\n{_PAGE_EN}CL 7 2027-41 Rev.2 2\n"
            f"{_PAGE_EN}CL 7 2027-41 Rev.2 3\n{_PAGE_EN}",
            "CL 7 2027-41 Rev.2",
        ),
    ],
)
def test_a_page_number_or_day_is_no_piece(lang: str, text: str, symbol: str) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("text", "found", "symbol"),
    [
        # the same restart under a number with blanks inside: the cover's whole, not the page's
        (
            f"CONSEIL DES MINISTRES\nCM 4 0318/27 REV 2\n\n{_PAGE_FR}CM 4 0318/27 REV 2 2\n"
            f"{_PAGE_FR}Annexe\n{_PAGE_FR}CM 4 0318/27 REV 2 2\n{_PAGE_FR}",
            "0318/27",
            "CM 4 0318/27 REV 2",
        ),
        (
            f"PORT SAFETY COUNCIL\nPSC 2 2027.3-Doc 12.Rev 1\n\n{_PAGE_EN}"
            f"2 PSC 2 2027.3-Doc 12.Rev 1\n{_PAGE_EN}Annex\n{_PAGE_EN}"
            f"2 PSC 2 2027.3-Doc 12.Rev 1\n{_PAGE_EN}",
            "2027.3-Doc",
            "PSC 2 2027.3-Doc 12.Rev 1",
        ),
        # a negative row of the same shape: whole on the cover and on headers whose page's
        # number changes, the number is still read whole
        (
            f"PORT SAFETY COUNCIL\nPSC 2 2027.3-Doc 12.Rev 1\n\n{_PAGE_EN}"
            f"PSC 2 2027.3-Doc 12.Rev 1 2\n{_PAGE_EN}PSC 2 2027.3-Doc 12.Rev 1 3\n{_PAGE_EN}",
            "2027.3-Doc",
            "PSC 2 2027.3-Doc 12.Rev 1",
        ),
        (
            f"CONSEIL DES MINISTRES\nCM 4 0318/27 REV 2\n\n{_PAGE_FR}2 CM 4 0318/27 REV 2\n"
            f"{_PAGE_FR}3 CM 4 0318/27 REV 2\n{_PAGE_FR}",
            "0318/27",
            "CM 4 0318/27 REV 2",
        ),
    ],
)
def test_a_restarted_page_number_is_no_piece(text: str, found: str, symbol: str) -> None:
    assert whole_cell(text, found) == symbol
