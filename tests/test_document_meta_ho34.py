"""The document itself (guidelines §6): two number shapes and a date cue fitted after reading
heldout34, each written again by hand, French and English side by side.

- a number's mark and a code of hyphenated groups closed by a kind's letter alone on a head line
  ("N° 25-118-R", an inspection report's) is the number as printed, mark included;
- a field's code followed by a revision's mark ("Réf. : PCJS/RI/2019/01 rév. 2") keeps the mark,
  part of the number as printed, as a code over its label's line does ("NPSA-GUID-CP-0412 v3.1");
- a table's cut-off day ("état au 31 décembre 2025", "status as of …") dates its figures, not the
  page: an event of the record (``event`` words), the page's own stamp dating it.

Every expected value is worked out by hand from §6 before running ctdocs.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.extract._docsymbol import own_symbol


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        (
            "fr",
            "Inspection générale de l'administration\n\nN° 25-118-R\n\n"
            "LA SÛRETÉ DES GRANDES GARES FACE À LA MENACE TERRORISTE\n\n– FÉVRIER 2026 –\n\n"
            "SYNTHÈSE\n\nLa mission a rencontré 74 interlocuteurs.\n",
            "N° 25-118-R",
        ),
        (
            "fr",
            "Inspection générale de la justice\n\nN° 26-041-A\n\n"
            "LA PRISE EN CHARGE DES DÉTENUS RADICALISÉS\n\n– MARS 2026 –\n\n"
            "SYNTHÈSE\n\nLa mission a visité douze établissements.\n",
            "N° 26-041-A",
        ),
        # inside a sentence it is a cited report's number
        (
            "en",
            "Inspectorate of Constabulary\n\nSECURITY OF MAJOR RAILWAY STATIONS\n\n"
            "SUMMARY\n\nThe inspection follows up the findings of the earlier report N° 25-118-R"
            " on the stations of the capital and its suburbs.\n",
            None,
        ),
    ],
)
def test_a_marked_hyphenated_code_alone_on_a_head_line_is_the_number(
    lang: str, text: str, symbol: str | None
) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        (
            "fr",
            "**Plateforme de coopération judiciaire des pays du Sahel**\n"
            "Réf. : PCJS/RI/2019/01 rév. 2\n\nLes points focaux de la Plateforme, réunis à"
            " Bamako le 14 mai 2019, adoptent le présent règlement intérieur.\n",
            "PCJS/RI/2019/01 rév. 2",
        ),
        (
            "en",
            "**Judicial Cooperation Platform of the Sahel Countries**\n"
            "Ref.: JCP/RP/2019/01 rev. 2\n\nThe focal points of the Platform, meeting in"
            " Bamako on 14 May 2019, adopt these rules of procedure.\n",
            "JCP/RP/2019/01 rev. 2",
        ),
    ],
)
def test_a_fields_code_keeps_its_revision_mark(lang: str, text: str, symbol: str) -> None:
    assert own_symbol(text, lang) == symbol


_FR_PAGE = (
    "Mesures policières de prévention du terrorisme\n\n"
    "Depuis 2022, fedpol peut ordonner des mesures à l'encontre de personnes dangereuses.\n\n"
    "Mesures ordonnées par fedpol (état au 31 décembre 2025)\n\n"
    "| Année | Mesures |\n|---|---|\n| 2024 | 27 |\n| 2025 | 31 |\n\n"
    "Dernière modification 09.03.2026\n"
)
_EN_PAGE = (
    "Police measures to prevent terrorism\n\n"
    "Since 2022, the office may order measures against dangerous persons.\n\n"
    "Measures ordered by the office (status as of 31 December 2025)\n\n"
    "| Year | Measures |\n|---|---|\n| 2024 | 27 |\n| 2025 | 31 |\n\n"
    "Last modified 09.03.2026\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "value"), [("fr", _FR_PAGE, "2026-03-09"), ("en", _EN_PAGE, "2026-03-09")]
)
def test_a_figures_cut_off_day_is_no_date_of_the_page(lang: str, text: str, value: str) -> None:
    doc = parse_text(text, language="fr" if lang == "fr" else "en")
    assert doc.date is not None and doc.date.value == value
