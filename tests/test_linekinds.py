"""Front matter with nested fields, French and English side by side
(src/ctdocs/normalise/_linekinds.py): YAML and TOML nest a field's keys and items by
indenting them under it ("output:" over "  bookdown::gitbook:"), whatever the nested
lines' own shape; the block is the site's record all the same (guidelines, section 5:
"an export's YAML front matter" is noise), and the text below the closing fence stays.
An indented block right under an opening rule is no record."""

from __future__ import annotations

import pytest

from ctdocs.normalise._linekinds import front_matter_block

NESTED = {
    "fr": [
        "---",
        'title: "Explosifs civils et terrorisme en Afrique de l\'Ouest"',
        "author:",
        '  - "Aïssatou Kandé"',
        "output:",
        "  bookdown::gitbook:",
        "    config:",
        "      toc:",
        "        before: '<li><a href=\"./\">Rapport 2026/1</a></li>'",
        "---",
        "",
        "# Avant-propos",
    ],
    "en": [
        "---",
        "title: Crowded places guidance",
        "format:",
        "  html:",
        "    toc: true",
        "    css: styles/site.css",
        "  pdf::default",
        "---",
        "",
        "1. Operators assess their sites every year.",
    ],
}
# A rule, then an indented code block, then a rule: Markdown's own, no record.
CODE = {
    "fr": ["---", "    exemple de code", "---", "", "Le texte commence ici."],
    "en": ["---", "    code sample", "---", "", "The text starts here."],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_nested_fields_stay_in_the_front_matter(lang: str) -> None:
    lines = NESTED[lang]
    assert front_matter_block(lines) == lines.index("", 1)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_indented_block_under_a_rule_is_no_front_matter(lang: str) -> None:
    assert front_matter_block(CODE[lang]) == 0


# A rule, a field with its value, then the text's own indented paragraphs and a rule: the
# indented lines are no nested value ("Objet: …" holds its value on its line), so the
# block is no record and the articles stay the text's.
BODY_UNDER_A_FIELD = {
    "fr": [
        "---",
        "Objet: Mesures de vigilance renforcée",
        "    Article 1er. Les préfets de département veillent à l'application du plan.",
        "    Article 2. Le présent arrêté sera publié au Journal officiel.",
        "---",
        "Fait à Paris, le 3 mai 2024.",
    ],
    "en": [
        "---",
        "Subject: Heightened vigilance measures",
        "    Section 1. Every regional authority shall apply the national vigilance plan.",
        "    Section 2. This order shall be published in the Official Gazette.",
        "---",
        "Done at London, 3 May 2024.",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_indented_text_under_a_field_with_a_value_is_no_front_matter(lang: str) -> None:
    assert front_matter_block(BODY_UNDER_A_FIELD[lang]) == 0


# A key with its namespace after a dot (DocFX's "ms.date:", a Jekyll plugin's
# "seo.type:", Hugo's "params.author:"): still a field, and the block still a record.
DOTTED = {
    "fr": [
        "---",
        "uid: fiches.rad-07",
        "ms.date: 2026-03-02",
        "ms.topic: fiche",
        "---",
        "",
        "# Repérer les signaux de radicalisation",
    ],
    "en": [
        "---",
        'title: "Stockpile security note"',
        "seo.type: Article",
        "params.author: trb",
        "---",
        "",
        "1. Operators count high-risk items every month.",
    ],
}
# A rule over a line whose dots end the words before the colon ("N.B.:", "Art. 3:")
# and another rule: prose between two rules, no record.
DOTTED_PROSE = {
    "fr": ["---", "N.B.: le présent texte annule la note du 3 mars.", "---", "", "Texte."],
    "en": ["---", "Art. 3: the operator keeps a register.", "---", "", "Text."],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_dotted_key_is_a_front_matter_field(lang: str) -> None:
    assert front_matter_block(DOTTED[lang]) == 5


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_dots_before_a_colon_in_prose_make_no_front_matter(lang: str) -> None:
    assert front_matter_block(DOTTED_PROSE[lang]) == 0
