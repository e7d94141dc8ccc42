"""A signature block names its signatory on a line of its own above the office (§3:
named persons are actors wherever they act or are named as authors). The shape holds
across publishers: initials and a surname in capitals, a name in brackets, a dotted rule
between the name and the office, the office in capitals or after a word that qualifies
it (:mod:`ctdocs.extract._signature_rows`). Negative rows: a heading of capitalised
words over a sentence (an article before the office, a form of address going on to a
sentence's word), or over a line that opens on an office word where the text writes the
heading in lower case, and a note in brackets, are no name; a name in common words the
text writes apart, never as one phrase, still is. Texts written for these tests in the layouts of a
coast guard circular, a court of appeal, a gazette, a ministry's decree and a
commission's opinion; expected values checked by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.extract._signature_rows import signature_rows

_EN = "The Authority adopted the measures on the financing of terrorism on 3 May 2026.\n\n"
_FR = "L'Autorité a adopté les mesures contre le financement du terrorisme le 3 mai 2026.\n\n"


def _persons(text: str, lang: str) -> set[str]:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text for a in doc.actors if a.kind == "person" for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        ("en", _EN + "W. R. HOLLOWAY\nRear Admiral, U.S. Coast Guard\n", "W. R. HOLLOWAY"),
        ("fr", _FR + "A. B. NDIAYE\n______________\nPRÉSIDENT DE LA COMMISSION\n", "A. B. NDIAYE"),
        ("en", _EN + "P. O. LANGAT\n.........................\nJUDGE OF APPEAL\n", "P. O. LANGAT"),
        ("fr", _FR + "(JEAN-MARC KOFFI)\nMinistre de la Sécurité\n", "JEAN-MARC KOFFI"),
        (
            "en",
            _EN + "(KAREN ALMENDARES-FLOWERS)\nMinister of Home Affairs\n",
            "KAREN ALMENDARES-FLOWERS",
        ),
        ("fr", _FR + "Awa Diop-Sarr\nInspectrice générale des services\n", "Awa Diop-Sarr"),
        (
            "en",
            _EN + "Priya Raman-Osei\nSenior Director, Counter-Terrorism Policy\n",
            "Priya Raman-Osei",
        ),
    ],
)
def test_a_name_over_its_office_is_a_person(lang: str, text: str, person: str) -> None:
    assert person in _persons(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "heading"),
    [
        # a heading over a sentence that opens on a title word
        ("en", _EN + "Key Findings\nMajor progress was made on border security.\n", "Key Findings"),
        (
            "fr",
            _FR + "Points Clés\nGénéral, le dispositif a été renforcé en 2025.\n",
            "Points Clés",
        ),
        # a heading whose every word the text writes in lower case
        (
            "en",
            "This circular gives operational guidance to port facilities.\n\n"
            "Operational Guidance\nCommander responsibilities are set out below\n",
            "Operational Guidance",
        ),
        (
            "fr",
            "Ce texte fixe les mesures nationales de sûreté portuaire.\n\n"
            "Mesures Nationales\nCommandant des opérations et chefs de service\n",
            "Mesures Nationales",
        ),
    ],
)
def test_a_heading_over_an_office_word_is_no_person(lang: str, text: str, heading: str) -> None:
    assert heading not in _persons(text, lang)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("x\n(Sgd.) RAMON T. VILLACORTA\nPresident of the Senate\n", ["RAMON T. VILLACORTA"]),
        ("x\nClaire Duval\n\nDirectrice\n", []),  # a blank line between: no block
        (
            "x\nClaire Duval\nDirectrice juridique, qui a signé le texte et l'a publié.\n",
            [],
        ),
        ("x\nClaire Duval\n| Directrice | 2026 |\n", []),  # a table row under it
        # the line under the name runs on in lower case: a wrapped paragraph's first line
        ("x\nClaire Duval\nDirectrice de la surete et des\noperations portuaires.\n", []),
        ("x\nRose Young\nHead teachers and youth workers are\ntrained each year.\n", []),
        ("x\nRose Young\nHead of Prevent\nHome Office\n", ["Rose Young"]),
        # a line in brackets: a name in capitals or after a given name, not a note
        ("x\n(ROSE YOUNG)\nHead of Prevent\n", ["ROSE YOUNG"]),
        ("x\n(Claire Duval)\nDirectrice\n", ["Claire Duval"]),
        ("x\n(Original Signed)\nDirector General\n", []),
        ("x\n(Traduction Officieuse)\nMinistre de la Justice\n", []),
    ],
)
def test_the_rows_found(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in signature_rows(text)] == names


_WORDS_EN = "Referrals of young people rose in 2025 and will rise again.\n\n"
_WORDS_FR = "Le 3 mai 2026, une rose et un petit nombre de signalements.\n\n"


@pytest.mark.parametrize(
    ("lang", "text", "heading"),
    [
        # an article before the office: a paragraph under a heading, no office's line
        (
            "en",
            _EN + "Returning Travellers\nThe Minister announced new checks at airports\n",
            "Returning Travellers",
        ),
        (
            "fr",
            _FR + "Retour des Combattants\nLe Ministre a annoncé de nouveaux contrôles aux\n",
            "Retour des Combattants",
        ),
        # a form of address that goes on to a sentence's word, not a rank
        ("en", _EN + "Travel Bans\nJustice ministers agreed to extend them\n", "Travel Bans"),
        (
            "fr",
            _FR + "Bilan Annuel\nCapitaine et équipage doivent signaler les incidents\n",
            "Bilan Annuel",
        ),
        # a page's heading over a list of offices or a headline: its nouns name no one
        ("en", _EN + "Key Contacts\nDirector of Operations\nHead of Policy\n", "Key Contacts"),
        ("fr", _FR + "Personnes Ressources\nChef de la cellule\n", "Personnes Ressources"),
        ("en", _EN + "Case Study\nJustice Secretary announces review\n", "Case Study"),
        # a note in brackets, not a name in capitals nor opening on a given name
        ("en", _EN + "(Original Signed)\nChief Executive\n", "Original Signed"),
        ("fr", _FR + "(Traduction Officieuse)\nMinistre de la Justice\n", "Traduction Officieuse"),
    ],
)
def test_a_line_over_a_sentence_or_a_note_is_no_person(lang: str, text: str, heading: str) -> None:
    assert heading not in _persons(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        # a name in words the text writes in lower case, never as one phrase
        ("en", _WORDS_EN + "Rose Young\nDirector of Prevent\n", "Rose Young"),
        ("fr", _WORDS_FR + "Rose Petit\nDirectrice de la sûreté\n", "Rose Petit"),
        # the article's negative rows' kin: a rank qualified by a word, a name in brackets
        # opening on a given name
        (
            "en",
            _EN + "(Mohammad Rafiqul Hasan)\nHead of the Financial Intelligence Unit\n",
            "Mohammad Rafiqul Hasan",
        ),
        ("fr", _FR + "(Claire Duval)\nDirectrice de la sûreté\n", "Claire Duval"),
        (
            "en",
            _EN + "Alasdair Roxburgh-Kerr\nCabinet Secretary for Justice\n",
            "Alasdair Roxburgh-Kerr",
        ),
        ("fr", _FR + "Awa Diop-Sarr\nInspectrice générale des services\n", "Awa Diop-Sarr"),
    ],
)
def test_a_name_in_common_words_over_its_office_is_a_person(
    lang: str, text: str, person: str
) -> None:
    assert person in _persons(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "heading"),
    [
        # the same shape where the text writes the whole line as a phrase: a heading
        (
            "en",
            "Officers who rose young to command were few.\n\nRose Young\nDirector of Prevent\n",
            "Rose Young",
        ),
        (
            "fr",
            "Une rose petit format.\n\nRose Petit\nDirectrice de la sûreté\n",
            "Rose Petit",
        ),
    ],
)
def test_a_line_the_text_writes_as_a_phrase_is_a_heading(
    lang: str, text: str, heading: str
) -> None:
    assert heading not in _persons(text, lang)
