"""The heading of a contents list worded as no list words it (``Plan de l'article``, ``TABLE
DES MATIERES`` unaccented, ``What this note covers``): a short line of words right over a
run of contents entries near the head of the text is the list's heading, noise with its
entries (guidelines §5: table-of-contents lines are noise), whether the entries were set
aside by their dot leaders (:func:`ctdocs.layout._toczone.mark_toc_heads`) or by their
headings printed again below (:func:`ctdocs.structure._contents.with_heads`). A line with a
figure over the list (a place and date) and a list in the second half of the text (a
section's own list) keep their line in the text. French and English side by side.

Each text is written for the test; the expected noise was worked out by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

LEAD = {"fr": "Plan de la note", "en": "What this note covers"}
SECTIONS = {
    "fr": [
        (
            "Contexte régional",
            "La menace terroriste s'est étendue vers les pays du golfe de Guinée.",
        ),
        (
            "Dispositifs existants",
            "Les services échangent déjà des informations de manière bilatérale.",
        ),
        (
            "Recommandations",
            "Un centre commun d'analyse devrait être créé avant la fin de l'année.",
        ),
    ],
    "en": [
        ("Regional context", "The terrorist threat has spread towards the Gulf of Guinea states."),
        ("Existing arrangements", "The services already share information on a bilateral basis."),
        ("Recommendations", "A joint analysis centre should be set up before the end of the year."),
    ],
}
LEADERS = {"fr": "TABLE DES MATIERES", "en": "TABLE OF THE REPORT"}


def _sections(lang: str) -> str:
    return "\n\n".join(f"{k}. {h}\n\n{b}" for k, (h, b) in enumerate(SECTIONS[lang], 1))


def _listed(lang: str, lead: str) -> str:
    entries = "\n".join(f"{k}. {h}" for k, (h, _b) in enumerate(SECTIONS[lang], 1))
    return f"{lead}\n{entries}\n\n{_sections(lang)}\n"


def _leadered(lang: str, lead: str) -> str:
    entries = "\n".join(
        f"{k}. {h} {'.' * 30} {k + 1}" for k, (h, _b) in enumerate(SECTIONS[lang], 1)
    )
    return f"{lead}\n{entries}\n\n{_sections(lang)}\n"


def _noise(text: str, lang: str) -> list[tuple[str, str]]:
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    return [(n.text, n.reason) for n in doc.noise]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_heading_over_entries_printed_again_is_contents(lang: str) -> None:
    noise = _noise(_listed(lang, LEAD[lang]), lang)
    assert noise[0] == (LEAD[lang], "toc")
    assert [r for _t, r in noise] == ["toc"] * 4


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_heading_over_dot_leaders_is_contents(lang: str) -> None:
    noise = _noise(_leadered(lang, LEADERS[lang]), lang)
    assert noise[0] == (LEADERS[lang], "toc")
    assert [r for _t, r in noise] == ["toc"] * 4


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_place_and_date_over_the_list_is_no_heading(lang: str) -> None:
    place = {"fr": "Libreville, le 28.XI.2025", "en": "Libreville, 28.XI.2025"}[lang]
    noise = _noise(_leadered(lang, place), lang)
    assert place not in [t for t, _r in noise]
    assert len(noise) == 3


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_list_in_the_second_half_keeps_its_heading(lang: str) -> None:
    filler = "\n\n".join(
        f"Paragraph {k} of the text before the list, a sentence." for k in range(12)
    )
    noise = _noise(f"{filler}\n\n{_leadered(lang, LEADERS[lang])}", lang)
    assert LEADERS[lang] not in [t for t, _r in noise]


# session 44 (class L10, a contents heading with its qualifier: ho35 "TABLE DES MATIÈRES
# Paragraphes Page", ho40 "SOMMAIRE DU CHAPITRE 4", ho41 "SOMMAIRE DU CHAPITRE III")
QUALIFIED = {
    "fr": [
        "SOMMAIRE DU CHAPITRE 2",
        "Sommaire du titre 2",
        "Sommaire de l'annexe",
    ],
    "en": ["CONTENTS OF CHAPTER 5", "Contents of Annex 3", "Contents of Part II"],
}


@pytest.mark.parametrize(("lang", "lead"), [(k, h) for k, v in QUALIFIED.items() for h in v])
def test_qualified_contents_heading_over_entries_is_contents(lang: str, lead: str) -> None:
    """Its number or its columns' heads keep the bare-heading rule off it; its contents
    word says what it heads."""
    noise = _noise(_leadered(lang, lead), lang)
    assert noise[0] == (lead, "toc")
    assert [r for _t, r in noise] == ["toc"] * 4


@pytest.mark.parametrize(
    ("lang", "lead"),
    [
        # a sentence opened by a contents word, over the entries
        ("fr", "Sommaire du chapitre 2 : trois sections."),
        ("en", "Contents of this chapter: three sections."),
        # a contents word heading the text's own numbered list (no entry set aside)
        ("fr", "Sommaire des recommandations"),
        ("en", "Contents of the notification"),
    ],
)
def test_contents_word_over_the_texts_own_lines_stays(lang: str, lead: str) -> None:
    # a sentence over dot-leader entries; a bare heading over the numbered sections themselves
    text = _leadered(lang, lead) if lead.endswith(".") else f"{lead}\n\n{_sections(lang)}\n"
    noise = _noise(text, lang)
    assert lead not in [t for t, _r in noise]


# review of session 44 (revC44): a contents word whose other words name no part and no
# column ("Table des matières dangereuses", "Contents of the 2026 register") heads a table of
# the text, even over a leadered line; the same line naming a part is the contents heading.
@pytest.mark.parametrize(
    ("lang", "lead", "toc"),
    [
        ("fr", "Table des matières dangereuses saisies en 2026", False),
        ("fr", "Sommaire des incidents de 2026", False),
        ("en", "Contents of the 2026 register", False),
        ("en", "Contents of seized containers 2026", False),
        ("fr", "Sommaire de la partie 2", True),
        ("en", "Contents of Schedule 2", True),
    ],
)
def test_contents_word_with_a_qualifier_naming_no_part(lang: str, lead: str, toc: bool) -> None:
    noise = _noise(_leadered(lang, lead), lang)
    assert ((lead, "toc") in noise) is toc
