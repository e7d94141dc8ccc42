"""The boxes where a web page prints its record about the text, found by their class or id
words (ctdocs.readers._records, ctdocs.layout._hiddentext.mark_records): their lines are
noise (metadata), kept with their spans; the document's own lines stay.
"""

from __future__ import annotations

import pytest

from ctdocs import Document, parse_text
from ctdocs._knowledge import load_layout
from ctdocs.readers.html import html_to_text

PROSE = {
    "en": (
        "The Committee examined the threat that drones pose to critical national "
        "infrastructure and the powers the police hold to counter them.",
        "The Government should publish a strategy for countering drones within six months.",
    ),
    "fr": (
        "La Commission a examiné la menace que les drones font peser sur les "
        "infrastructures essentielles et les pouvoirs dont dispose la police.",
        "Le Gouvernement devrait publier une stratégie de lutte contre les drones sous six mois.",
    ),
}

# a record box: its lines (as the page shows them) and the class that names it
RECORDS = [
    (
        "en",
        "report-meta",
        ["Author: Joint Committee on Drones", "Date Published: 11 February 2027"],
    ),
    ("fr", "report-meta", ["Auteur : Commission des drones", "Publié le 11 février 2027"]),
    ("en", "entry_meta", ["Posted on 3 March 2026 by the Press Office"]),
    ("fr", "entry_meta", ["Publié le 3 mars 2026 par le service de presse"]),
    ("en", "press-contact", ["Press contact", "Tel.: +32 2 557 77 11"]),
    ("fr", "press-contact", ["Contact presse", "Tél. : +32 2 557 77 11"]),
    ("en", "case-details", ["Application No. 014/2023", "Respondent State Niger"]),
    ("fr", "case-details", ["Requête n° 014/2023", "État défendeur Niger"]),
]


def _page(lang: str, box: str) -> str:
    return (
        f"<html><body><main><h1>Title</h1>{box}<p>{PROSE[lang][0]}</p>"
        f"<p>{PROSE[lang][1]}</p></main></body></html>"
    )


def _noise(doc: Document) -> dict[str, str]:
    for n in doc.noise:
        assert doc.text[n.start : n.end] == n.text  # the span points at the text
    return {n.text: n.reason for n in doc.noise}


def _body(doc: Document) -> str:
    return "\n".join(b.text for b in doc.blocks())


@pytest.mark.parametrize(("lang", "cls", "lines"), RECORDS)
def test_a_record_box_is_metadata_noise(lang: str, cls: str, lines: list[str]) -> None:
    box = f'<div class="{cls}">' + "".join(f"<p>{line}</p>" for line in lines) + "</div>"
    doc = parse_text(_page(lang, box), lang, layout="html")  # type: ignore[arg-type]
    noise = _noise(doc)
    for line in lines:  # metadata, unless a line feature found the line first
        assert noise.get(line) in ("metadata", "boilerplate")
        assert line not in _body(doc)
    assert "metadata" in noise.values()
    assert PROSE[lang][0] in _body(doc) and PROSE[lang][1] in _body(doc)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_record_box_read_by_id_and_its_lines_joined_by_breaks(lang: str) -> None:
    lines = RECORDS[0 if lang == "en" else 1][2]
    box = '<div id="metadata"><p>' + "<br>".join(lines) + "</p></div>"
    doc = parse_text(_page(lang, box), lang, layout="html")  # type: ignore[arg-type]
    noise = " ".join(_noise(doc))
    assert all(line in noise and line not in _body(doc) for line in lines)


@pytest.mark.parametrize(
    ("lang", "name"),
    [("en", "Bureau of Counterterrorism"), ("fr", "Direction générale de la sécurité intérieure")],
)
def test_a_box_of_bare_words_is_the_documents_head(lang: str, name: str) -> None:
    """No label's colon, no digit: the issuing body's name under the title stays."""
    doc = parse_text(_page(lang, f'<p class="report__meta">{name}</p>'), lang, layout="html")  # type: ignore[arg-type]
    assert name in _body(doc)
    assert name not in _noise(doc)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_big_container_carrying_the_word_is_no_record(lang: str) -> None:
    """The page's column that happens to be classed ``content-details``: more text than a
    record holds, so it is looked into, and its prose stays."""
    limit = load_layout().page_records.record_max_chars  # type: ignore[union-attr]
    paras = "".join(f"<p>{PROSE[lang][k % 2]} ({k}).</p>" for k in range(limit // 80 + 2))
    page = f'<html><body><h1>Title</h1><div class="content-details">{paras}</div></body></html>'
    doc = parse_text(page, lang, layout="html")  # type: ignore[arg-type]
    assert PROSE[lang][0] in _body(doc)
    assert "metadata" not in _noise(doc).values()


@pytest.mark.parametrize("tag", ["body", "main", "article"])
def test_the_pages_own_containers_are_never_records(tag: str) -> None:
    lang = "en" if tag != "main" else "fr"
    page = f'<html><body><{tag} class="post-meta"><h1>Title</h1><p>On 3 March 2026: '
    page += f"{PROSE[lang][0]}</p></{tag}></body></html>"
    doc = parse_text(page, lang, layout="html")  # type: ignore[arg-type]
    assert PROSE[lang][0] in _body(doc)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_readers_record_ranges_hold_the_boxs_text(lang: str) -> None:
    """The box's ranges are in the reader's text (not the page's offsets), and hold its
    lines, not the prose around it."""
    lines = RECORDS[4 if lang == "en" else 5][2]
    box = '<div class="press-contact">' + "".join(f"<p>{x}</p>" for x in lines) + "</div>"
    conv = html_to_text(_page(lang, box))
    held = "".join(conv.text[s:e] for s, e in conv.records)
    assert all(line in held for line in lines)
    assert PROSE[lang][0] not in held and "Title" not in held
