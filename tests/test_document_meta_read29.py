"""The document itself: two gaps read off heldout29 after its transfer check (fitted, not
blind; guidelines §6), each written again in other publishers' styles.

- a consolidated version's stamp in English ("Version | Consolidated up to 02.09.2026",
  as French "Version consolidée au" already was): the copy's update stamp, below the
  gazette issue that dates the text;
- a site generator's identifier key in the front matter ("doc_id: …", "doc-ref: …",
  "document_number: …"): the number the site records for the text, as "reference:" is.

Each row is a short text written by hand, French and English side by side; the expected
values are worked out by hand from §6.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._docsymbol import own_symbol
from tests._docmeta import own_value

_EN = "\n\n1. No person shall fly a drone over a port.\n\n2. Offences are punished by a fine.\n"
_FR = "\n\n1. Nul ne fait voler de drone sur un port.\n\n2. Les infractions sont punies.\n"


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "en",
            "Port Drone Regulations, 2027\n\nOfficial Gazette | No. 4,118 of 12 March 2027\n"
            "Version | Consolidated up to 20.05.2027" + _EN,
            "2027-03-12",
        ),
        (
            "fr",
            "Règlement sur les drones portuaires\n\nJournal officiel | n° 4118 du 12 mars 2027\n"
            "Version | Version consolidée au 20.05.2027" + _FR,
            "2027-03-12",
        ),
    ],
)
def test_consolidated_stamp_yields_to_the_gazette(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        (
            "en",
            '---\ntitle: "Exercise summary"\ndoc_id: GIPN/WG/EXS/2027-03\n---\n\n# Exercise summary'
            + _EN,
            "GIPN/WG/EXS/2027-03",
        ),
        (
            "fr",
            '---\ntitle: "Synthèse d\'exercice"\ndocument_number: "CIPR/GT/SYN/2027-03"\n---\n\n'
            "# Synthèse d'exercice" + _FR,
            "CIPR/GT/SYN/2027-03",
        ),
    ],
)
def test_front_matter_identifier_key(lang: str, text: str, symbol: str) -> None:
    assert own_symbol(text, lang) == symbol
