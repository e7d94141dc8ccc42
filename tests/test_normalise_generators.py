"""A site generator's markup lines in a Markdown page stand alone as markup, never joined
to the text around them (``ctdocs.normalise._linekinds``, ``ctdocs.normalise._text``).

A bracket shortcode (Grav, WordPress), a Nuxt component call, an MDX page's imports and
an MDX component whose props run over several lines are the page's code: each is a line
of its own, marked as markup, and the words between them stay the text's. Expected
lines are written from the raw texts by hand.
"""

from __future__ import annotations

import pytest

from ctdocs.normalise._linekinds import jsx_block_offsets
from ctdocs.normalise._text import NormalisedText, normalise


def _split(norm: NormalisedText) -> tuple[list[str], list[str]]:
    marked = [norm.text[ln.start : ln.end] for ln in norm.lines if ln.markup]
    text = [norm.text[ln.start : ln.end] for ln in norm.lines if not ln.markup]
    return marked, text


SHORTCODE_BOXES = {
    "fr": (
        "[notice=info]\n"
        "Les candidatures sont gérées par les unités nationales du Collège.\n"
        "[/notice]\n"
        '[ui-tab title="Partenaires"]\n'
        "Le cours est organisé avec la Commission européenne.\n"
        "[/ui-tab]\n",
        ["[notice=info]", "[/notice]", '[ui-tab title="Partenaires"]', "[/ui-tab]"],
        [
            "Les candidatures sont gérées par les unités nationales du Collège.",
            "Le cours est organisé avec la Commission européenne.",
        ],
    ),
    "en": (
        "[notice=note]\n"
        "Applications are managed by the National Units of the College.\n"
        "[/notice]\n"
        '[ui-tab title="Partners"]\n'
        "The course is organised with the European Commission.\n"
        "[/ui-tab]\n",
        ["[notice=note]", "[/notice]", '[ui-tab title="Partners"]', "[/ui-tab]"],
        [
            "Applications are managed by the National Units of the College.",
            "The course is organised with the European Commission.",
        ],
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_bracket_shortcode_around_text_stands_alone(lang: str) -> None:
    """A shortcode in brackets holds none of the characters a tag or template call holds
    ("<", "{"): it is still a line of markup, and the sentence under it is not joined
    to it."""
    raw, marked, text = SHORTCODE_BOXES[lang]
    assert _split(normalise(raw, markdown=True)) == (marked, text)


COMPONENT_CALLS = {
    "fr": (
        "Le port est un opérateur d'importance vitale.\n::fiches-auteurs\n",
        ["::fiches-auteurs"],
        ["Le port est un opérateur d'importance vitale."],
    ),
    "en": (
        "The port is an operator of vital importance.\n::author-cards\n",
        ["::author-cards"],
        ["The port is an operator of vital importance."],
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_component_call_under_text_stands_alone(lang: str) -> None:
    """A Nuxt component's call ("::author-cards") under a sentence is markup of its own."""
    raw, marked, text = COMPONENT_CALLS[lang]
    assert _split(normalise(raw, markdown=True)) == (marked, text)


MDX_IMPORTS = {
    "fr": (
        "import Encadre from '../../components/Encadre.astro'\n"
        "import { Badge, Onglets } from '@/components/ui'\n\n"
        "Le plan d'action est adopté.\n",
        [
            "import Encadre from '../../components/Encadre.astro'",
            "import { Badge, Onglets } from '@/components/ui'",
        ],
        ["Le plan d'action est adopté."],
    ),
    "en": (
        "import { Callout, Tabs, Steps } from 'nextra/components'\n"
        "import { DocMeta } from '@/components/DocMeta'\n\n"
        "The Work Plan is adopted.\n",
        [
            "import { Callout, Tabs, Steps } from 'nextra/components'",
            "import { DocMeta } from '@/components/DocMeta'",
        ],
        ["The Work Plan is adopted."],
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_mdx_imports_stand_alone_as_markup(lang: str) -> None:
    """Two import lines one under the other are each the page's code, not one joined line
    of text (an import without braces, quotes or a dot in its module path included)."""
    raw, marked, text = MDX_IMPORTS[lang]
    assert _split(normalise(raw, markdown=True)) == (marked, text)


JSX_BLOCKS = {
    "fr": (
        "Le plan est adopté pour cinq ans.\n\n"
        "<PublicationsLiees items={[\n"
        '  {titre: "Programme de travail 2025", lien: "/publications/2025/programme"},\n'
        '  {titre: "Lignes directrices", lien: "/publications/2019/lignes"}\n'
        "]} />\n\n"
        "Les ministres en rendent compte.\n",
        [
            "<PublicationsLiees items={[",
            '{titre: "Programme de travail 2025", lien: "/publications/2025/programme"},',
            '{titre: "Lignes directrices", lien: "/publications/2019/lignes"}',
            "]} />",
        ],
        ["Le plan est adopté pour cinq ans.", "Les ministres en rendent compte."],
    ),
    "en": (
        "The plan is adopted for five years.\n\n"
        "<RelatedPublications items={[\n"
        '  {title: "CTWG Workplan 2025", href: "/publications/2025/workplan"},\n'
        '  {title: "Secure Trade Guidelines", href: "/publications/2019/guidelines"}\n'
        "]} />\n\n"
        "Ministers report on it.\n",
        [
            "<RelatedPublications items={[",
            '{title: "CTWG Workplan 2025", href: "/publications/2025/workplan"},',
            '{title: "Secure Trade Guidelines", href: "/publications/2019/guidelines"}',
            "]} />",
        ],
        ["The plan is adopted for five years.", "Ministers report on it."],
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_multi_line_mdx_component_is_markup(lang: str) -> None:
    """An MDX component whose props run over several lines, from its unclosed opening tag
    to the line that closes it, is markup line by line; the text around it is not."""
    raw, marked, text = JSX_BLOCKS[lang]
    assert _split(normalise(raw, markdown=True)) == (marked, text)


@pytest.mark.parametrize(
    "raw",
    [
        "<Encadre\nLe ministre présente le plan devant le Parlement.\n",
        "<Note\nThe Minister presents the plan to Parliament.\n",
        "<p>Le plan\nest adopté.</p>\n",
        "<b>The plan\nis adopted.</b>\n",
    ],
    ids=["fr-never-closed", "en-never-closed", "fr-html-tag", "en-html-tag"],
)
def test_no_component_block_without_its_closing_line(raw: str) -> None:
    """A capitalised tag never closed, or an HTML tag (lower case), opens no block."""
    assert jsx_block_offsets(raw) == frozenset()
