"""An encyclopedia or documentation page saved as Markdown (guidelines §1, §1a), French and
English side by side: a contents box whose outline numbers the headings do not print (its
entries are not clauses), edit links glued to each heading (not the section's words), an
ordered list with bold run-in titles set apart by a colon (the title, then the text), and
a reference list whose notes open with a link back to their call (notes, not clauses).

Each text is written for the test in the style of a wiki other than the one the rule was
found on; the expected values were worked out by hand from the annotation guidelines.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

PAGE = {
    "en": """# Harbour Watch Scheme

The **Harbour Watch Scheme** is a voluntary reporting programme for port users.

## Contents

- 1 History
  - 1.1 Origins
  - 1.2 Reform of 2019
- 2 Alert states
- 3 Notes

## History[edit]

### Origins[edit]

The scheme began in 2004 after a series of thefts of explosives from quarries.

### Reform of 2019[edit]

The scheme was reformed in 2019 to cover drones.

## Alert states[edit]

1. **Normal**: routine patrols and awareness material for port users.
2. **Heightened**: additional checks of vehicles entering the port.
3. **Critical**: the port is closed to all but essential traffic.

## Notes[edit]

1. ^ Port Authority, *Annual Report 2019*, p. 4.
2. ^ "Quarry thefts rise", *Harbour Gazette*, 3 May 2004.
""",
    "fr": """# Dispositif Veille portuaire

Le **dispositif Veille portuaire** est un programme volontaire de signalement.

## Table des matières

- 1 Histoire
  - 1.1 Origines
  - 1.2 Réforme de 2019
- 2 États d'alerte
- 3 Notes

## Histoire[modifier | modifier le code]

### Origines[modifier | modifier le code]

Le dispositif naît en 2004 après une série de vols d'explosifs dans des carrières.

### Réforme de 2019[modifier | modifier le code]

Le dispositif est réformé en 2019 pour couvrir les drones.

## États d'alerte[modifier | modifier le code]

1. **Normal** : patrouilles ordinaires et information des usagers du port.
2. **Renforcé** : contrôles supplémentaires des véhicules entrant dans le port.
3. **Critique** : le port est fermé à tout trafic non essentiel.

## Notes[modifier | modifier le code]

1. ↩ Autorité portuaire, *Rapport annuel 2019*, p. 4.
2. ↩ « Les vols en carrière augmentent », *Gazette du port*, 3 mai 2004.
""",
}

EXPECTED = {
    "en": [
        ("1", "Normal", "Alert states", "routine patrols"),
        ("2", "Heightened", "Alert states", "additional checks"),
        ("3", "Critical", "Alert states", "the port is closed"),
    ],
    "fr": [
        ("1", "Normal", "États d'alerte", "patrouilles ordinaires"),
        ("2", "Renforcé", "États d'alerte", "contrôles supplémentaires"),
        ("3", "Critique", "États d'alerte", "le port est fermé"),
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_wiki_page_contents_box_notes_and_bold_titles(lang: str) -> None:
    doc = parse_text(PAGE[lang], lang, layout="markdown")  # type: ignore[arg-type]
    got = [(c.number, c.title, c.section, c.text) for c in doc.clauses()]
    assert [g[:3] for g in got] == [e[:3] for e in EXPECTED[lang]]
    for (n, _, _, text), (_, _, _, start) in zip(got, EXPECTED[lang], strict=True):
        assert text.startswith(start), (n, text[:40])


@pytest.mark.parametrize(
    ("lang", "page"),
    [
        ("en", "## Definitions\n\nPort[Repealed, SOR/2020-115, s. 2]\n\n1. A port is a haven.\n"),
        ("fr", "## Définitions\n\nPort[Abrogé, DORS/2020-115, art. 2]\n\n1. Un port abrite.\n"),
    ],
)
def test_bracketed_note_glued_to_a_heading_stays(lang: str, page: str) -> None:
    """A note in brackets glued to a heading (numbers, commas: ``[Repealed, SOR/…]``) is the
    heading's own words, unlike an edit link."""
    doc = parse_text(page, lang, layout="markdown")  # type: ignore[arg-type]
    assert [c.section for c in doc.clauses()] == [page.split("\n")[2]]


@pytest.mark.parametrize(
    ("lang", "page", "start"),
    [
        (
            "en",
            "<h1>Communiqué</h1><p>6. <strong>Urges</strong> Member States to patrol"
            " their borders;</p><p>7. <strong>Calls upon</strong> Member States to act;</p>",
            "Urges Member States",
        ),
        (
            "fr",
            "<h1>Communiqué</h1><p>6. <strong>Invite</strong> Interpol et Europol à patrouiller"
            " ensemble ;</p><p>7. <strong>Demande</strong> aux États d'agir ;</p>",
            "Invite Interpol et",
        ),
    ],
)
def test_bold_verb_before_a_capital_is_no_title(lang: str, page: str, start: str) -> None:
    """``6. **Urges** Member States …``: no mark closes the bold word, inside or after it,
    so it is the sentence's stressed verb, not a run-in title (guidelines §1a)."""
    doc = parse_text(page, lang, layout="html")  # type: ignore[arg-type]
    first = doc.clauses()[0]
    assert first.title is None and first.text.startswith(start)
