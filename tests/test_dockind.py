"""A kind whose initials the code spells is no part of the number (ctdocs.extract._dockind;
guidelines §6): "Port Security Notice No. PSN/07/2026" is PSN/07/2026, "AVIS AUX NAVIGATEURS
N° AN-2026-14" is AN-2026-14; a kind the code does not spell stays ("Decision No.
PSC/2026/07", "CETS No. 217").

Publishers' shapes none of the held-out batches has; every expected value read by hand from
the text under §6. French and English rows side by side; the own_symbol rows that drop a kind
return the kind and code on base b4f207b0.
"""

# ruff: noqa: E501

from __future__ import annotations

import pytest

from ctdocs.extract._dockind import spelt_kind
from ctdocs.extract._docsymbol import own_symbol


@pytest.mark.parametrize(
    ("symbol", "expected"),
    [
        ("Port Security Notice No. PSN/07/2026", "PSN/07/2026"),
        ("AVIS AUX NAVIGATEURS N° AN-2026-14", "AN-2026-14"),
        ("Technical Guidance Note TGN-2026-02", "TGN-2026-02"),
        ("Note de service n° NS/DG/2026/11", "NS/DG/2026/11"),
        # an elided article heads a word: its letter after the apostrophe is the initial
        ("Note d'orientation n° NO-2026-01", "NO-2026-01"),
        ("Minister's Order No. MO-2026-01", "MO-2026-01"),
        # the mark spelt out, as the symbol reader reads it in a heading
        ("Aviation Security Circular Number ASC/04/2026", "ASC/04/2026"),
        ("Note d'information n° NO-2026-01", "Note d'information n° NO-2026-01"),
        # the code spells no kind: kept as printed
        ("Decision No. PSC/2026/07", "Decision No. PSC/2026/07"),
        ("Décision n° CA-2026-03", "Décision n° CA-2026-03"),
        ("CETS No. 217", "CETS No. 217"),
        ("Circulaire n° 12/2026", "Circulaire n° 12/2026"),
        # an acronym before a code is its body, not a kind it spells
        ("RATS SCO/CD/52-7", "RATS SCO/CD/52-7"),
        ("OCO Guideline G-2026/02", "OCO Guideline G-2026/02"),
    ],
)
def test_spelt_kind(symbol: str, expected: str) -> None:
    assert spelt_kind(symbol) == expected


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        (
            "en",
            "MARITIME AUTHORITY\n\nPort Security Notice No. PSN/07/2026\n\nRestricted zones for unmanned aircraft around container terminals\n\n"
            "Port facility operators shall report any unmanned aircraft seen over a restricted zone to the port security officer without delay.\n",
            "PSN/07/2026",
        ),
        (
            "fr",
            "AUTORITÉ MARITIME\n\nAVIS AUX NAVIGATEURS N° AN-2026-14\n\nZones interdites aux aéronefs sans équipage autour des terminaux\n\n"
            "Les exploitants d'installations portuaires signalent sans délai à l'agent de sûreté tout aéronef sans équipage survolant une zone interdite.\n",
            "AN-2026-14",
        ),
        (
            "en",
            "MARITIME AUTHORITY\n\nPort Security Circular No. 07/2026\n\nRestricted zones for unmanned aircraft around container terminals\n\n"
            "Port facility operators shall report any unmanned aircraft seen over a restricted zone to the port security officer without delay.\n",
            "Port Security Circular No. 07/2026",
        ),
        (
            "fr",
            "AUTORITÉ MARITIME\n\nAvis aux navigateurs n° 14/2026\n\nZones interdites aux aéronefs sans équipage autour des terminaux\n\n"
            "Les exploitants d'installations portuaires signalent sans délai à l'agent de sûreté tout aéronef sans équipage survolant une zone interdite.\n",
            "Avis aux navigateurs n° 14/2026",
        ),
    ],
)
def test_own_symbol_drops_a_spelt_kind(lang: str, text: str, symbol: str) -> None:
    assert own_symbol(text, lang) == symbol
