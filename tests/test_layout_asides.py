"""A Markdown page's callouts and admonitions, French and English side by side: each
dialect's box (Obsidian's or GitHub's ``> [!info]``, MkDocs' ``!!! note``, Docusaurus'
``:::note`` and ``<Admonition>``) is the copy keeper's aside, noise wherever it stands; an
MDX import line is markup. A plain quotation and a text without front matter are left to
the other rules."""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

FRONT = "---\ntitle: Copie\ntags: [terrorisme]\n---\n\n"
ARTICLE = {
    "fr": "Article 4\n\nLes États parties coopèrent pour la prévention et la répression des "
    "crimes terroristes, conformément à leurs lois et règlements.\n\n",
    "en": "Article 4\n\nThe States Parties shall cooperate to prevent and suppress terrorist "
    "crimes, in accordance with their laws and regulations.\n\n",
}
CLOSING = {
    "fr": "Article 40\n\nLa présente Convention entre en vigueur trente jours après le dépôt "
    "du septième instrument de ratification.\n",
    "en": "Article 40\n\nThis Convention shall enter into force thirty days after the deposit "
    "of the seventh instrument of ratification.\n",
}
NOTE = {
    "fr": "Les articles 5 à 11 traitent de l'extradition et des commissions rogatoires.",
    "en": "Articles 5 to 11 deal with extradition and letters rogatory.",
}
BOXES = {
    "callout": "> [!info] {title}\n> {note}\n\n",
    "admonition": '!!! info "{title}"\n    {note}\n\n',
    "container": ":::note {title}\n\n{note}\n\n:::\n\n",
    "component": '<Admonition type="note">\n\n{note}\n\n</Admonition>\n\n',
}
TITLE = {"fr": "Résumé des articles", "en": "Summary of the articles"}


def _page(lang: str, box: str, front: str = FRONT) -> str:
    aside = BOXES[box].format(title=TITLE[lang], note=NOTE[lang])
    return front + ARTICLE[lang] + aside + CLOSING[lang]


def _open(text: str) -> list[str]:
    return [u.text for u in segment(normalise(text, markdown=True)) if u.noise is None]


@pytest.mark.parametrize("box", sorted(BOXES))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_box_of_a_markdown_dialect_is_the_keepers_aside(lang: str, box: str) -> None:
    kept = _open(_page(lang, box))
    assert not any(NOTE[lang] in t or TITLE[lang] in t for t in kept), kept
    assert any(t.startswith(CLOSING[lang].split("\n\n")[1][:30]) for t in kept)
    assert "Article 40" in kept


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_plain_quotation_stays_the_documents(lang: str) -> None:
    quote = f"> {NOTE[lang]}\n\n"
    kept = _open(FRONT + ARTICLE[lang] + quote + CLOSING[lang])
    assert any(NOTE[lang] in t for t in kept)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_without_front_matter_the_box_is_left_to_other_rules(lang: str) -> None:
    kept = _open(_page(lang, "callout", front=""))
    assert any(NOTE[lang] in t for t in kept)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_mdx_import_line_is_markup(lang: str) -> None:
    imp = "import Admonition from '@theme/Admonition';"
    got = segment(normalise(FRONT + imp + "\n\n" + ARTICLE[lang], markdown=True))
    assert [u.noise is not None for u in got if u.text == imp] == [True]
    assert any(u.noise is None and u.text == "Article 4" for u in got)
