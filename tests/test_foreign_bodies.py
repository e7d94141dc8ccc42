"""A body the knowledge base ties to one state by a bracketed qualifier, named in a text
of another state that never names the first, is that other state's own body
(extract/_unlinked_owned.foreign_bodies; guidelines §3: a body's canonical name is its
usual English name, a national body's the name with its state). Texts written for these
tests in the styles of a gazette and a decree; expectations checked by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

_EN_HEAD = (
    "REPUBLIC OF ZAMBIA\n\nSTATUTORY INSTRUMENT No. 12 of 2026\n\n"
    "The Minister, in exercise of the powers conferred upon the Minister, makes the "
    "following Regulations for the Republic of Zambia.\n\n"
)
_EN_BODY = (
    "1. A dealer shall report every suspicious purchase of an explosive precursor to "
    "the Financial Intelligence Centre within three days of the purchase.\n\n"
    "2. A dealer shall keep the records of every sale for five years and give them "
    "to an inspector on request, at the place of business of the dealer.\n\n"
    "3. A person who contravenes these Regulations commits an offence and is liable, "
    "on conviction, to a fine or to imprisonment, or to both.\n"
)
_FR_HEAD = (
    "BURKINA FASO\n\nDÉCRET N° 2026-0412 portant organisation du Centre national de "
    "coordination du renseignement\n\nLe Gouvernement du Burkina Faso décrète :\n\n"
)
_FR_BODY = (
    "Article 1 : Le Centre reçoit de la Cellule nationale de traitement des informations "
    "financières (CENTIF) les informations qu'elle est autorisée à lui transmettre.\n\n"
    "Article 2 : Le Centre tient un registre des informations reçues et le conserve "
    "pendant dix ans au moins, sous la garde de son directeur.\n\n"
    "Article 3 : Le présent décret sera publié au Journal officiel et exécuté comme loi "
    "de l'État, à compter de la date de sa signature par les ministres.\n"
)


def _names(text: str, lang: str) -> dict[str, str]:
    """surface -> actor name, for every mention."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text: a.name for a in doc.actors for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "surface", "name"),
    [
        (
            "en",
            _EN_HEAD + _EN_BODY,
            "Financial Intelligence Centre",
            "Financial Intelligence Centre (Zambia)",
        ),
        (
            "fr",
            _FR_HEAD + _FR_BODY,
            "CENTIF",
            "National Financial Information Processing Unit (Burkina Faso)",
        ),
    ],
)
def test_a_state_tied_body_in_another_states_text_is_that_states(
    lang: str, text: str, surface: str, name: str
) -> None:
    assert _names(text, lang)[surface] == name


@pytest.mark.parametrize(
    ("lang", "text", "surface", "name"),
    [
        # the text names the body's own state (by its adjective): the knowledge base's body
        (
            "en",
            _EN_HEAD + _EN_BODY.replace("the Financial", "the South African Financial", 1),
            "Financial Intelligence Centre",
            "Financial Intelligence Centre (South Africa)",
        ),
        (
            "fr",
            _FR_HEAD + _FR_BODY.replace("Article 2 :", "Article 2 : Comme au Sénégal,", 1),
            "CENTIF",
            # but CENTIF is one per state (tests/test_per_state.py): the decree's state's
            "National Financial Information Processing Unit (Burkina Faso)",
        ),
        # no state heads the text: no state to give the body to
        (
            "en",
            _EN_BODY,
            "Financial Intelligence Centre",
            "Financial Intelligence Centre (South Africa)",
        ),
        (
            "fr",
            _FR_BODY,
            "CENTIF",
            "CENTIF",  # one per state, and no state heads the text: no single state's
        ),
    ],
)
def test_a_state_tied_body_stays_where_its_state_is_named_or_none_heads(
    lang: str, text: str, surface: str, name: str
) -> None:
    assert _names(text, lang)[surface] == name
