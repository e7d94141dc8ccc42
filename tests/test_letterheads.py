"""A letterhead set in two boxes side by side and copied as text (``readers._letterheads``),
French and English side by side: a ministry's circular and directive (the ministry left,
the state, its motto and the dateline right), each written for this test in the style of a
PDF's text layer. Each row of two boxes is cut into its two pieces, each a paragraph of its
own, in the row's order, with every span mapped back to the input; a running head, a menu,
a record's labels, a contents line, a two-column contents list, a secretariat's header
with its symbol, a mirrored furniture and a signature block below the text's prose are
left as they are.

The expected pieces were worked out by hand from the pages below.
"""

from __future__ import annotations

from typing import Literal

import pytest

from ctdocs import parse_text
from ctdocs._offsets import OffsetMap
from ctdocs.readers._textcolumns import decolumnise

HEADS = {
    "fr": (
        "MINISTERE DE L'INTERIEUR ET                         REPUBLIQUE DU NIGER\n"
        "DE LA SECURITE PUBLIQUE                       Fraternité – Travail – Progrès\n"
        "        ----------\n"
        "   SECRETARIAT GENERAL\n"
        "\n"
        "                              CIRCULAIRE\n"
        "\n"
        "Le présent texte rappelle aux gouverneurs les mesures de contrôle des frontières.\n",
        [
            "MINISTERE DE L'INTERIEUR ET",
            "",
            "REPUBLIQUE DU NIGER",
            "",
            "DE LA SECURITE PUBLIQUE",
            "",
            "Fraternité – Travail – Progrès",
            "",
            "        ----------",
        ],
    ),
    "en": (
        "MINISTRY OF THE INTERIOR AND                          REPUBLIC OF GHANA\n"
        "NATIONAL SECURITY                                Freedom and Justice\n"
        "                                                 Accra, 4 May 2026\n"
        "\n"
        "Directive on the screening of travellers at the northern border crossings of Ghana\n",
        [
            "MINISTRY OF THE INTERIOR AND",
            "",
            "REPUBLIC OF GHANA",
            "",
            "NATIONAL SECURITY",
            "",
            "Freedom and Justice",
            "",
            "                                                 Accra, 4 May 2026",
        ],
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_letterhead_is_read_box_by_box(lang: str) -> None:
    page, boxes = HEADS[lang]
    out, anchors, found = decolumnise(page)
    assert found == 1
    assert out.split("\n")[: len(boxes)] == boxes
    assert anchors is not None
    spans = OffsetMap(anchors)
    for piece in (p.strip() for p in boxes if p):
        at = out.index(piece)
        start, end = spans.to_input((at, at + len(piece)))
        assert page[start:end] == piece  # every piece maps back to where it stands


@pytest.mark.parametrize(
    ("lang", "state"),
    [("fr", "REPUBLIQUE DU NIGER"), ("en", "REPUBLIC OF GHANA")],
)
def test_the_right_box_is_no_longer_glued_to_the_left_one(
    lang: Literal["fr", "en"], state: str
) -> None:
    page, _ = HEADS[lang]
    doc = parse_text(page, language=lang)
    blocks = [b.text for b in doc.blocks()]
    assert any(b == state or b.startswith(state + " ") or b.endswith(" " + state) for b in blocks)
    assert not any("REPUBLI" in b and "MINIST" in b for b in blocks)


PROSE = "The Council adopted the following text after a debate that lasted the whole day.\n"
NOT_LETTERHEADS = {
    # a running head printed on every page, its page number aside
    "running head": (
        "Circulaire n° 12/MSPC                                              Page 1\n\n"
        + PROSE
        + "\nCirculaire n° 12/MSPC                                              Page 2\n"
    ),
    "running head, dated": (
        "2026/118                                                        4.5.2026\n\n"
        + PROSE
        + "\n2026/118                                                        4.5.2026\n"
    ),
    # a site's tools, three or four spaces apart
    "menu": "Imprimer    Télécharger le PDF    Partager\n\n" + PROSE,
    # a record's labels and their values
    "labels": "From:                          Counter-Terrorism Coordinator\n"
    "To:                            Delegations\n\n" + PROSE,
    # a contents line: a heading and its page
    "contents line": "Introduction                                                    1\n\n"
    + PROSE,
    # a contents list in two columns: its entries open with numbers
    "contents in two columns": "1.  Titre                                 5.  Registre\n"
    "2.  Définitions                           6.  Sanctions\n\n" + PROSE,
    # a signature block in two columns, below the text's prose
    "signatures": PROSE
    + "\nFor the Government of Ghana                    For the Government of Togo\n",
    # a secretariat's header: the symbol's rules read the line whole
    "symbol": "United Nations                                     S/2026/310\n\n" + PROSE,
    # the same words on both edges: a mirrored page furniture
    "mirrored": "DOC 56 1482/001                                  DOC 56 1482/001\n\n" + PROSE,
}


@pytest.mark.parametrize("kind", sorted(NOT_LETTERHEADS))
def test_what_is_no_letterhead_is_left_alone(kind: str) -> None:
    text = NOT_LETTERHEADS[kind]
    assert decolumnise(text) == (text, None, 0)


# Below the text's prose: a court's bench and a signature block, three rows of two boxes,
# both columns set flush left, each row then cut into its two pieces as a letterhead's is.
BENCHES = {
    "fr": (
        PROSE + "\nCOMPOSITION DE LA COUR :\n"
        "  Hon. Juge Awa K. DIALLO               - Présidente\n"
        "  Hon. Juge Paul MENSAH                 - Membre\n"
        "  Me Jean R. KOFFI                      - Greffier\n",
        ["Hon. Juge Awa K. DIALLO", "- Présidente", "Hon. Juge Paul MENSAH", "- Membre"],
    ),
    "en": (
        PROSE + "\n  (Sgd.) ANNA B. REYES                   (Sgd.) MARK T. LIM\n"
        "  Executive Secretary                     Secretary of Justice\n"
        "  Chairperson                             Member\n",
        ["(Sgd.) ANNA B. REYES", "(Sgd.) MARK T. LIM", "Executive Secretary"],
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_persons_side_by_side_below_the_prose_are_read_box_by_box(lang: str) -> None:
    page, pieces = BENCHES[lang]
    out, anchors, found = decolumnise(page)
    assert found == 1
    lines = [x.strip() for x in out.split("\n")]
    assert all(p in lines for p in pieces)  # each piece a line of its own
    assert anchors is not None
    spans = OffsetMap(anchors)
    for piece in pieces:
        at = out.index(piece)
        start, end = spans.to_input((at, at + len(piece)))
        assert page[start:end] == piece


NOT_BENCHES = {
    # two rows only: a letterhead's too
    "two rows": PROSE + "\nFor the Government of Ghana                 For the Government of Togo\n"
    "Minister of the Interior                    Ministre de la Sécurité\n",
    # the right box set flush right: a letterhead's block, not a list of persons
    "flush right": PROSE + "\nArmy Techniques Publication                          Headquarters\n"
    "No. 3-90.47                                 Department of the Army\n"
    "Chapter 1                                    Washington, DC, 2026\n",
    # a row that is a sentence of its own: prose set with a wide space
    "sentence": PROSE + "\nLe Conseil a décidé. Il se réunira      Décision n° 3\n"
    "Texte adopté                                   Décision n° 4\n"
    "Texte publié                                   Décision n° 5\n",
}


@pytest.mark.parametrize("kind", sorted(NOT_BENCHES))
def test_what_is_no_bench_is_left_alone(kind: str) -> None:
    text = NOT_BENCHES[kind]
    assert decolumnise(text) == (text, None, 0)
