"""Contents entries found by shape where no heading below prints them again
(:mod:`ctdocs.layout._toczone`): under a contents heading, short unpunctuated lines numbered
one after the other ("1. Short title and commencement" over "2. Interpretation"), as an
act lists its sections when its body prints each title only in the margin; and entries
whose dot leaders run to the bracketed number of a paragraph ("The attack ...... [5]"), as
a judgment or an inquest's findings list their parts. Both are table-of-contents lines,
noise (guidelines §5). A numbered list with no contents heading over it stays text, and the
document's own numbered sections stay clauses. French and English side by side.

Each text is written for the test; the expected noise and clauses were worked out by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

HEAD = {"fr": "TABLE DES ARTICLES", "en": "ARRANGEMENT OF SECTIONS"}
COLUMN = {"fr": "ARTICLE", "en": "SECTION"}  # the column's head over the entries
# The entries' titles, and the sections' own first sentences: the body gives no heading
# that repeats an entry (a margin note in the PDF, lost in the text layer).
ENTRIES = {
    "fr": ["Objet et entrée en vigueur", "Définitions", "Modification de l'article 12"],
    "en": ["Short title and commencement", "Interpretation", "Amendment of section 12"],
}
SECTIONS = {
    "fr": [
        "La présente loi complète le code pénal et entre en vigueur le 1er janvier 2027.",
        "Au sens de la présente loi, on entend par aéronef sans équipage tout engin volant.",
        "L'article 12 du code pénal est complété par un alinéa ainsi rédigé.",
    ],
    "en": [
        "This Act may be cited as the Counter-Terrorism (Amendment) Act and comes into force.",
        "In this Act, unmanned aircraft means any aircraft flown without a pilot on board.",
        "Section 12 of the principal Act is amended by inserting a new subsection.",
    ],
}
TITLE = {
    "fr": "LOI PORTANT MODIFICATION DU CODE PÉNAL",
    "en": "COUNTER-TERRORISM (AMENDMENT) BILL",
}


def _numbered(lang: str, head: str | None) -> str:
    entries = "\n".join(f"{k}. {t}" for k, t in enumerate(ENTRIES[lang], 1))
    body = "\n\n".join(f"{k}. {s}" for k, s in enumerate(SECTIONS[lang], 1))
    lead = f"{head}\n\n{COLUMN[lang]}\n" if head else ""
    return f"{TITLE[lang]}\n\n{lead}{entries}\n\n{body}\n"


def _noise(text: str, lang: str) -> list[tuple[str, str]]:
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    return [(n.text.strip(), n.reason) for n in doc.noise]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_numbered_entries_in_sequence_under_a_contents_heading(lang: str) -> None:
    noise = _noise(_numbered(lang, HEAD[lang]), lang)
    listed = [f"{k}. {t}" for k, t in enumerate(ENTRIES[lang], 1)]
    assert [t for t, r in noise if r == "toc"] == [HEAD[lang], COLUMN[lang], *listed]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_sections_under_the_list_stay_clauses(lang: str) -> None:
    doc = parse_text(_numbered(lang, HEAD[lang]), language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1", "2", "3"]
    assert doc.clauses()[1].text.startswith(SECTIONS[lang][1][:20])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_numbered_list_without_contents_heading_stays_text(lang: str) -> None:
    noise = _noise(_numbered(lang, None), lang)
    assert [t for t, r in noise if r == "toc"] == []


PARTS = {
    "fr": [("Introduction", 1), ("Les faits", 5), ("Motifs", 10)],
    "en": [("Introduction", 1), ("The attack", 5), ("Findings", 10)],
}
CONTENTS = {"fr": "Sommaire", "en": "Contents"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_leaders_to_a_bracketed_paragraph_number_are_entries(lang: str) -> None:
    entries = [f"{t} {'.' * 30} [{n}]" for t, n in PARTS[lang]]
    paras = "\n\n".join(f"{t}\n\n[{n}] {SECTIONS[lang][k]}" for k, (t, n) in enumerate(PARTS[lang]))
    text = f"{TITLE[lang]}\n\n{CONTENTS[lang]}\n" + "\n".join(entries) + f"\n\n{paras}\n"
    noise = _noise(text, lang)
    assert [t for t, r in noise if r == "toc"] == [CONTENTS[lang], *entries]
