"""Roman section headings that start again under each division (structure._locations.
romans_restart): ``I.``, ``II.`` under ``CHAPITRE I``, then ``I.``, ``II.`` again under
``CHAPITRE II``. A bare ``I`` would be cited twice, so each is cited under its division,
``Chapter II(I)`` (guidelines §1a: chapters are numbered in their own space; held-out gold's
appended form); romans that run on across the chapters keep their own numbers."""

from __future__ import annotations

import pytest

from ctdocs import parse_text

RESTARTING = {
    "fr": (
        "COUR DES COMPTES\n\n"
        "CHAPITRE I — LE CADRE JURIDIQUE\n\n"
        "I. Les obligations internationales\n\n"
        "Le code ISPS s'applique à tout port ouvert au trafic international.\n\n"
        "II. Le droit national\n\n"
        "La loi de 2019 désigne l'autorité portuaire comme autorité de sûreté.\n\n"
        "CHAPITRE II — LA SÛRETÉ PORTUAIRE EN PRATIQUE\n\n"
        "I. Le contrôle des accès\n\n"
        "Les badges sont délivrés sans enquête préalable.\n\n"
        "II. Le contrôle des marchandises\n\n"
        "Un conteneur sur dix seulement est scanné.\n"
    ),
    "en": (
        "AUDIT OFFICE\n\n"
        "CHAPTER I — THE LEGAL FRAMEWORK\n\n"
        "I. International obligations\n\n"
        "The ISPS Code applies to every port open to international traffic.\n\n"
        "II. National law\n\n"
        "The 2019 law designates the port authority as the security authority.\n\n"
        "CHAPTER II — PORT SECURITY IN PRACTICE\n\n"
        "I. Access control\n\n"
        "Badges are issued without any background check.\n\n"
        "II. Screening of cargo\n\n"
        "Only a tenth of containers are scanned.\n"
    ),
}
RESTARTING_WANT = [
    ("Chapter I", None),
    ("Chapter I(I)", "Chapter I"),
    ("Chapter I(II)", "Chapter I"),
    ("Chapter II", None),
    ("Chapter II(I)", "Chapter II"),
    ("Chapter II(II)", "Chapter II"),
]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_romans_restarting_under_each_chapter_are_cited_under_it(lang: str) -> None:
    doc = parse_text(RESTARTING[lang])
    assert [(c.number, c.parent_number) for c in doc.clauses()] == RESTARTING_WANT


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_romans_running_on_across_chapters_keep_their_numbers(lang: str) -> None:
    text = RESTARTING[lang]
    second = text.rindex("I. ", 0, text.rindex("II. "))
    text = text[:second] + "III. " + text[second + 3 :]
    text = text[: text.rindex("II. ")] + "IV. " + text[text.rindex("II. ") + 4 :]
    got = [c.number for c in doc.clauses()] if (doc := parse_text(text)) else []
    assert got == ["Chapter I", "I", "II", "Chapter II", "III", "IV"]
