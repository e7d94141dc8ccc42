"""Bodies named on a line in capitals (extract/_unlinked_recase.py): the heading of a
judgment, a gazette or a report names the issuing body in capitals. Texts written for
these tests in those styles; expectations checked by hand (guidelines §3).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.extract._unlinked_cues import _cues
from ctdocs.extract._unlinked_recase import Wrapping, recased, recased_name, wrapped_breaks


def _bodies(text: str, lang: str) -> dict[str, str]:
    """surface -> actor name, for the bodies."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text: a.name for a in doc.actors if a.kind == "organ" for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "surface", "name"),
    [
        (
            "en",
            "SUPREME COURT OF FREEDONIA\n\nAPPEAL No 12 of 2026\n\nThe appellant was "
            "convicted of financing terrorism and appeals.\n",
            "SUPREME COURT OF FREEDONIA",
            "Supreme Court of Freedonia",
        ),
        (
            "fr",
            "COUR D'APPEL DE FREEDONIE\n\nARRÊT\n\nLe prévenu a été condamné pour "
            "financement du terrorisme et fait appel.\n",
            "COUR D'APPEL DE FREEDONIE",
            # recased, then read in English (guidelines §3)
            "Court of Appeal of Freedonie",
        ),
        (
            "en",
            "IN THE REGIONAL COURT OF JUSTICE\n\nThe appeal is dismissed.\n",
            "REGIONAL COURT OF JUSTICE",
            "Regional Court of Justice",
        ),
        (
            "fr",
            "COMITE DE DEFENSE ET DE SECURITE\n\nRapport de la réunion des experts tenue "
            "à Niamey.\n",
            "COMITE DE DEFENSE ET DE SECURITE",
            "Committee of Defence and Security",
        ),
    ],
)
def test_a_body_named_in_capitals(lang: str, text: str, surface: str, name: str) -> None:
    assert _bodies(text, lang).get(surface) == name


@pytest.mark.parametrize(
    ("lang", "text", "surface", "name"),
    [
        # a letterhead breaks the name where the page is narrow, the next line opening
        # on a joiner: one name (its indentation is the layout's, not the surface's)
        (
            "fr",
            "        MINISTÈRE DE LA DÉFENSE\n        ET DE LA SÉCURITÉ PUBLIQUE\n\n"
            "Circulaire relative au contrôle des drones.\n",
            "MINISTÈRE DE LA DÉFENSE\nET DE LA SÉCURITÉ PUBLIQUE",
            "Ministry of Defence and Public Security",
        ),
        (
            "en",
            "        MINISTRY OF JUSTICE\n        AND CONSTITUTIONAL AFFAIRS\n\n"
            "Circular on the control of drones.\n",
            "MINISTRY OF JUSTICE\nAND CONSTITUTIONAL AFFAIRS",
            "Ministry of Justice and Constitutional Affairs",
        ),
    ],
)
def test_a_name_broken_over_lines_in_capitals(
    lang: str, text: str, surface: str, name: str
) -> None:
    assert _bodies(text, lang).get(surface) == name, _bodies(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # headings in capitals that name no body
        ("en", "REPORT OF THE COMMITTEE\n\nThe members met in June.\n"),
        ("fr", "RAPPORT DU COMITE\n\nLes membres se sont réunis en juin.\n"),
        ("en", "CHAPTER II - POWERS OF THE MINISTER\n\nThe Minister may act.\n"),
        ("fr", "ARRÊT DE LA COUR\n\nLa demande est rejetée.\n"),
    ],
)
def test_a_heading_in_capitals_names_no_body(lang: str, text: str) -> None:
    assert _bodies(text, lang) == {}


def test_recased_keeps_offsets_and_leaves_out_continued_names() -> None:
    joiners = _cues().link_words
    text = (
        "MINISTERE DE L'INTERIEUR, DE LA SECURITE PUBLIQUE\n"
        "ET DE L'ADMINISTRATION DU TERRITOIRE\nsome text"
    )
    out = recased(text, joiners)
    assert out is not None and len(out) == len(text)
    assert out.startswith("Ministere de l'Interieur\n")
    # the part after the comma and the continued line are no names of their own
    assert "Securite" not in out and "Administration" not in out
    assert recased("no capitals here at all", joiners) is None


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("FEDERAL COURT OF AUSTRALIA", "Federal Court of Australia"),
        ("COMITÉ D'EXPERTS SUR L'ÉVALUATION", "Comité d'Experts sur l'Évaluation"),
        ("Federal Court of Australia", "Federal Court of Australia"),
    ],
)
def test_recased_name(surface: str, name: str) -> None:
    assert recased_name(surface, _cues().link_words) == name


def _surfaces(text: str, lang: str) -> dict[str, str]:
    """surface (its blanks made one) -> actor name, for every actor."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {" ".join(m.text.split()): a.name for a in doc.actors for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "surface", "name"),
    [
        # a letterhead sets a listed body's last word alone on the next line: one name
        (
            "fr",
            "MINISTERE DE LA SECURITE\n---------\nDIRECTION GENERALE DE LA POLICE\n"
            "       NATIONALE\n\nLe directeur rappelle aux services les contrôles aux "
            "frontières.\n",
            "DIRECTION GENERALE DE LA POLICE NATIONALE",
            "Directorate General of the National Police",
        ),
        # ... or its first word, a line with no head noun above one that opens on it
        (
            "en",
            "EUROPEAN\nCOMMISSION\n\nBrussels, 3.3.2026\n\nThe communication sets out "
            "the measures against terrorism.\n",
            "EUROPEAN COMMISSION",
            "European Commission",
        ),
        # a body no list holds, its modifier alone on the next line
        (
            "fr",
            "REPUBLIQUE DE FREEDONIE\n---------\nMINISTERE DE LA DEFENSE\nNATIONALE\n\n"
            "Le ministre rappelle aux services les contrôles aux frontières.\n",
            "MINISTERE DE LA DEFENSE NATIONALE",
            "Ministry of National Defence",
        ),
        # a line ending on a joiner goes on with the next
        (
            "en",
            "REPUBLIC OF FREEDONIA\n\nMINISTRY OF HOME AFFAIRS AND\nNATIONAL SECURITY\n\n"
            "The directive applies at every border post.\n",
            "MINISTRY OF HOME AFFAIRS AND NATIONAL SECURITY",
            "Ministry of Home Affairs and National Security",
        ),
    ],
)
def test_a_name_wrapped_in_a_letterhead(lang: str, text: str, surface: str, name: str) -> None:
    assert _surfaces(text, lang).get(surface) == name, _surfaces(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "first", "second"),
    [
        # stacked lines of a letterhead, each a whole name: two bodies, not one
        (
            "fr",
            "MINISTERE DE LA SECURITE\nSECRETARIAT GENERAL\n\nLe ministre rappelle aux "
            "services les contrôles aux frontières.\n",
            "MINISTERE DE LA SECURITE",
            "SECRETARIAT GENERAL",
        ),
        (
            "en",
            "UNITED NATIONS\nSECURITY COUNCIL\n\nThe members of the Council condemn the attack.\n",
            "UNITED NATIONS",
            "SECURITY COUNCIL",
        ),
    ],
)
def test_stacked_names_stay_apart(lang: str, text: str, first: str, second: str) -> None:
    found = _surfaces(text, lang)
    assert first in found
    assert not any(first in s and second in s for s in found), found


@pytest.mark.parametrize(
    ("above", "below", "wraps"),
    [
        ("DIRECTION GENERALE DE LA POLICE", "NATIONALE", True),  # a lone modifier
        ("MINISTERE DE L'INTERIEUR ET", "DE LA PROTECTION CIVILE", True),  # ends on a joiner
        ("MINISTRY OF HOME AFFAIRS", "AND NATIONAL SECURITY", True),  # opens on one
        ("EUROPEAN", "COURT OF AUDITORS", True),  # a head below a line with none
        ("MINISTERE DE LA SECURITE", "SECRETARIAT GENERAL", False),  # two names
        ("UNITED NATIONS", "SECURITY COUNCIL", False),
        ("EUROPEAN ECONOMIC AND SOCIAL", "COMMITTEE", True),  # a lone head below none
        ("REPUBLIQUE DU MALI", "MINISTERE DE LA SECURITE", False),  # a joiner above
        ("MINISTRY OF DEFENCE", "Circular on drones", False),  # not in capitals
        ("LOI N 2026-14", "DU 12 MARS 2026", False),  # a number: no name's line
    ],
)
def test_wrapped_breaks(above: str, below: str, wraps: bool) -> None:
    c = _cues()
    text = f"{above}\n{below}\nthe text goes on"
    kept = wrapped_breaks(text, [len(above) + 1], Wrapping(c.link_words, c.modifiers, c.heads))
    assert kept == ([] if wraps else [len(above) + 1])
