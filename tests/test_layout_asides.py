"""A Markdown page's callouts and admonitions, French and English side by side: each
dialect's box (Obsidian's or GitHub's ``> [!info]``, MkDocs' ``!!! note``, Docusaurus'
``<Admonition>``) is the copy keeper's aside, noise wherever it stands; an MDX import line
is markup. A container (``:::note``, ``::: tip Title``, ``:::caution[Title]``) is the
keeper's aside above the document's first line and the document's own box below it; its
fences, and Retype's (``!!!info Title`` … ``!!!``, ``+++ Tab``), are markup wherever they
stand. A plain quotation and a text without front matter are left to the other rules."""

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


LONG_COMMENTS = {
    "fr": "<!--\n.. title: Fiche 3\n.. date: 2026-01-28\n-->\n\n",
    "en": "<!-- page record\nslug: brief-27\nupdated: 2026-09-22 -->\n\n",
}


@pytest.mark.parametrize("box", ["admonition", "callout"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_comment_over_lines_above_the_page_is_no_front_matter(lang: str, box: str) -> None:
    """A blog engine keeps its own page's record in a comment over several lines: the
    page is the publisher's, its boxes are left to the other rules as without front
    matter (the comment's lines are markup all the same)."""
    kept = _open(_page(lang, box, front=LONG_COMMENTS[lang]))
    assert any(NOTE[lang] in t for t in kept)
    assert not any("2026" in t and ":" in t for t in kept if "Article" not in t)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_mdx_import_line_is_markup(lang: str) -> None:
    imp = "import Admonition from '@theme/Admonition';"
    got = segment(normalise(FRONT + imp + "\n\n" + ARTICLE[lang], markdown=True))
    assert [u.noise is not None for u in got if u.text == imp] == [True]
    assert any(u.noise is None and u.text == "Article 4" for u in got)


CONTAINER = ":::note {title}\n\n{note}\n\n:::\n\n"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_container_above_the_document_is_the_keepers_aside(lang: str) -> None:
    """Right under the front matter, before the document's first line, only the copy's
    keeper speaks (gold ho24): the container's lines are noise."""
    aside = CONTAINER.format(title=TITLE[lang], note=NOTE[lang])
    kept = _open(FRONT + aside + ARTICLE[lang] + CLOSING[lang])
    assert not any(NOTE[lang] in t or TITLE[lang] in t for t in kept), kept
    assert "Article 4" in kept


# The document's own boxes, in other sites' syntax: a fence with the box's kind and
# label, the box's lines, and the line that closes it (VuePress, Starlight, Retype).
OWN_BOXES = {
    "fr": [
        ("::: tip Rappel", "Le gel des avoirs s'applique dès la publication de l'arrêté.", ":::"),
        (
            ":::danger[Point de vigilance]",
            "Un signal isolé ne suffit pas à fonder un soupçon.",
            ":::",
        ),
        (
            "!!!info À propos de cette édition",
            "Le conseil a adopté cette édition le 3 mars 2026.",
            "!!!",
        ),
    ],
    "en": [
        (
            "::: details Worked example",
            "The firm declined the mandate and informed the Treasury.",
            ":::",
        ),
        (":::caution[Key point]", "A single indicator is not enough to ground a suspicion.", ":::"),
        ("!!!info About this edition", "The Board approved this edition on 3 March 2026.", "!!!"),
    ],
}
HEAD = {"fr": "# Fiche 3 — Le gel des avoirs\n\n", "en": "# Note 3 — Asset freezing\n\n"}


@pytest.mark.parametrize("box", [0, 1, 2])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_box_inside_the_document_keeps_its_lines_and_drops_its_fences(
    lang: str, box: int
) -> None:
    """Below the document's first line a box is the document's: its lines stay text, and
    its fences, with the box's kind and label, are markup on their own lines, never
    joined to the box's first line."""
    fence, line, close = OWN_BOXES[lang][box]
    page = FRONT + HEAD[lang] + ARTICLE[lang] + f"{fence}\n{line}\n{close}\n\n" + CLOSING[lang]
    got = segment(normalise(page, markdown=True))
    assert [u.text for u in got if u.noise is None and line in u.text] == [line]
    assert [u.noise is not None for u in got if u.text in (fence, close)] == [True, True]


@pytest.mark.parametrize(
    ("head", "line"),
    [
        ("!!!info À propos de cette version", "Version 3.2 adoptée par le conseil le 12 mai 2026."),
        ("!!!info About this version", "Version 3.2 was approved by the Board on 12 May 2026."),
    ],
    ids=["fr", "en"],
)
def test_a_box_under_the_title_is_no_part_of_the_pages_record(head: str, line: str) -> None:
    """A box's fence stands between the page's record (its front matter's fields) and
    the box: a version note inside it is not read as a record field run on from there."""
    front = "---\ntitle: Politique\ndate: 2026-05-12\nversion: 3.2\n---\n\n# Politique\n\n"
    page = front + f"{head}\n{line}\n!!!\n\n" + ARTICLE["fr"]
    kept = _open(page)
    assert line in kept, kept


# GitHub's and DocFX's alerts: the kind alone in capitals, no title. The documentation
# sites that write them set the document's own notes and warnings in them (gold ho37).
ALERTS = {
    "fr": [
        ("> [!WARNING]", "Les détonateurs ne sont jamais stockés avec les charges."),
        ("> [!IMPORTANT]", "Toute perte est signalée dans les 24 heures à l'autorité nationale."),
        ("> [!TIP]", "Le registre peut être tenu sous forme électronique."),
    ],
    "en": [
        ("> [!NOTE]", "This note was endorsed by the Technical Review Board on 28 January 2026."),
        ("> [!CAUTION]", "Detonators must never be stored with the charges they initiate."),
        ("> [!TIP]", "The register may be kept in electronic form."),
    ],
}


@pytest.mark.parametrize("k", [0, 1, 2])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_bare_alert_drops_its_marker_and_keeps_its_lines(lang: str, k: int) -> None:
    marker, line = ALERTS[lang][k]
    page = FRONT + HEAD[lang] + ARTICLE[lang] + f"{marker}\n> {line}\n\n" + CLOSING[lang]
    got = segment(normalise(page, markdown=True))
    assert [u.noise is not None for u in got if u.text.strip() == marker] == [True]
    assert any(u.noise is None and line in u.text for u in got), [u.text for u in got]


@pytest.mark.parametrize("marker", ["> [!info]", "> [!note] Fiche de travail", "> [!Note]"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_titled_or_lower_case_callout_stays_the_keepers_aside(lang: str, marker: str) -> None:
    """Obsidian's callout, in lower case or with its title (gold ho23), is still set
    aside whole: only the capitals-alone alert is the document's."""
    page = FRONT + ARTICLE[lang] + f"{marker}\n> {NOTE[lang]}\n\n" + CLOSING[lang]
    kept = _open(page)
    assert not any(NOTE[lang] in t for t in kept), kept
