"""A heading set between the items of one list (ctdocs.structure._listparts): it names the
section of the items below it, which stay the items of the paragraph above; French and
English side by side.

The expected numbers and sections were worked out by hand from the guidelines (§1: a
clause's section is the nearest unnumbered heading above it; ``(i)`` under paragraph 13
is ``13(i)``).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def sections(text: str, language: str) -> dict[str, str | None]:
    doc = parse_text(text, language=language)  # type: ignore[arg-type]
    return {c.number: c.section for c in doc.clauses()}


# A judgment's operative part: its rulings sorted under short headings between the items.
RULINGS = {
    "fr": (
        "Affaire Diallo c. République du Niger\n\nARRÊT\n\n"
        "12. La Cour conclut à la violation du droit à un recours effectif.\n\n"
        "13. Par ces motifs, la Cour, statuant publiquement, en premier et dernier ressort :\n\n"
        "Sur la compétence\n\n"
        "i. Se déclare compétente ;\n\n"
        "Sur le fond\n\n"
        "ii. Dit que l'État défendeur a violé le droit des Requérants ;\n\n"
        "iii. Condamne chaque partie à supporter ses propres dépens.\n"
    ),
    "en": (
        "Case of Diallo v. Republic of Niger\n\nJUDGMENT\n\n"
        "12. The Court finds a violation of the right to an effective remedy.\n\n"
        "13. For these reasons, the Court, ruling in public, at first and last instance:\n\n"
        "On jurisdiction\n\n"
        "i. Declares that it has jurisdiction;\n\n"
        "On the merits\n\n"
        "ii. Holds that the respondent State violated the applicants' right;\n\n"
        "iii. Orders each party to bear its own costs.\n"
    ),
}
RULINGS_SECTIONS = {
    "fr": {
        "12": "ARRÊT",
        "13": "ARRÊT",
        "13(i)": "Sur la compétence",
        "13(ii)": "Sur le fond",
        "13(iii)": "Sur le fond",
    },
    "en": {
        "12": "JUDGMENT",
        "13": "JUDGMENT",
        "13(i)": "On jurisdiction",
        "13(ii)": "On the merits",
        "13(iii)": "On the merits",
    },
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_heading_between_a_paragraphs_items_names_their_section(lang: str) -> None:
    assert sections(RULINGS[lang], lang) == RULINGS_SECTIONS[lang]


# The same short line under a sentence's full stop leads in to the items: no heading, and
# the items stay in the section above.
LEAD_IN = {
    "fr": (
        "Loi sur la sûreté des sites protégés\n\nInterdictions\n\n"
        "6. Le présent article s'applique aux aéronefs sans pilote.\n\n"
        "Il est interdit\n\n"
        "a) de survoler un site protégé ;\n\n"
        "b) de photographier un site protégé.\n"
    ),
    "en": (
        "Protected Sites Security Act\n\nProhibitions\n\n"
        "6. This section applies to unmanned aircraft.\n\n"
        "No person shall\n\n"
        "(a) fly over a protected site; or\n\n"
        "(b) photograph a protected site.\n"
    ),
}
LEAD_IN_SECTIONS = {
    "fr": {"6": "Interdictions", "6(a)": "Interdictions", "6(b)": "Interdictions"},
    "en": {"6": "Prohibitions", "6(a)": "Prohibitions", "6(b)": "Prohibitions"},
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_short_line_under_a_full_stop_leads_in_to_the_items(lang: str) -> None:
    assert sections(LEAD_IN[lang], lang) == LEAD_IN_SECTIONS[lang]
