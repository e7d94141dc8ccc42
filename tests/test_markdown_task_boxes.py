"""Markup a Markdown page leaves before a clause's words (src/ctdocs/normalise/_markdown.py,
src/ctdocs/normalise/_linekinds.py), French and English side by side: a task list's box
after its bullet (``- [ ] Le SPVM avise …``, ``* [x] …``: GitHub, GitLab, Notion,
Obsidian), and a wiki's embed of another note alone on its line (``![[note#part]]``:
Obsidian, Dendron, Foam). Each is markup the renderer draws, never the text's words
(guidelines §1: ``text`` is the clause body, markup removed; §5: interface lines are noise),
so a clause's body starts after it. The same marks that are words stay: a bracket in a
sentence, a box that no bullet opens, a wiki link inside a sentence, a plain text's lines.
The expected first words were worked out by hand from the texts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ctdocs import parse_document
from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

_TASKS = {
    "fr": (
        "# Fiche réflexe : alerte NRBC\n\n### 1. Alerte (H à H+30 min)\n\n"
        "- [ ] Le service de police avise le centre de coordination sans délai.\n"
        "- [x] Le coordonnateur de garde active le centre des mesures d'urgence.\n",
        "Le service de police avise",
    ),
    "en": (
        "# Checklist: suspicious package\n\n## 2. First steps\n\n"
        "* [X] Clear the area to a distance of at least 100 metres.\n"
        "* [ ] Call the police on the emergency number and stay on the line.\n",
        "Clear the area to a",
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_task_box_is_no_word_of_the_clause(tmp_path: Path, lang: str) -> None:
    raw, first = _TASKS[lang]
    path = tmp_path / "fiche.md"
    path.write_text(raw, encoding="utf-8")
    doc = parse_document(path)
    assert "[ ]" not in doc.text and "[x]" not in doc.text.lower()
    clause = doc.clauses()[0]
    assert " ".join(clause.text.split()[:5]) == first


_WORDS_IN_BRACKETS = {
    "fr": "Cochez la case [ ] si la personne est mineure, puis signez la fiche.",
    "en": "Tick the box [x] where the person is a minor, then sign the form.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_box_no_bullet_opens_stays_in_the_text(lang: str) -> None:
    line = _WORDS_IN_BRACKETS[lang]
    assert line in normalise(f"# Titre\n\n{line}\n", markdown=True).text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_plain_text_keeps_its_boxes(lang: str) -> None:
    line = {"fr": "- [ ] Vérifier le registre.", "en": "- [ ] Check the register."}[lang]
    assert "[ ]" in normalise(f"{line}\n", markdown=False).text


_EMBED = {
    "fr": "![[rapport.menace-2026#constats-cles]]",
    "en": "![[research.gaming.2026-report#key-findings,1:#*]]",
}
_BODY = {
    "fr": "L'échantillon n'est pas aléatoire et ne permet aucune estimation.",
    "en": "The sample is not random and cannot be used to estimate prevalence.",
}
_LINK_IN_SENTENCE = {
    "fr": "Voir la note ![[rapport.menace-2026]] pour la méthode complète.",
    "en": "See the note [[research.data-access]] for the full method.",
}


def _noise(text: str) -> dict[str, bool]:
    return {u.text: u.noise is not None for u in segment(normalise(text, markdown=True))}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_embed_alone_on_its_line_is_markup(lang: str) -> None:
    got = _noise(f"# Note\n\n## 4. Limites\n\n{_EMBED[lang]}\n\n{_BODY[lang]}\n")
    assert got[_EMBED[lang]] is True, got
    assert got[_BODY[lang]] is False


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_wiki_link_inside_a_sentence_stays(lang: str) -> None:
    got = _noise(f"# Note\n\n{_LINK_IN_SENTENCE[lang]}\n")
    assert got.get(_LINK_IN_SENTENCE[lang]) is False, got
