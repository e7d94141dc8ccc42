"""Document._repr_html_: the outline with highlights, escaped, deterministic, in both languages.

The HTML is read back with the standard library's parser: the tests check
what a reader sees (the text of every block, in order, and nothing else in
the outline), what each highlight says (kind, id or value, title) and where
it points (``data-start``/``data-end`` into ``Document.text``).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

import pytest

from ctdocs import Document, parse_text
from ctdocs._display import LABELS, _emit, _merge_domains, _nest, render_document
from ctdocs._mentions import Mention

from .conftest import SEEDS, parsed

FR = """Partager

Imprimer

Plan d'action

1. L'OTAN & l'ONU coopéreront contre les armes chimiques dès le 6 juin 2004 <script>alert("x")</script>.

2. Le coût restera < 5 % et > 1 % :

2.1 sans délai.
"""  # noqa: E501

EN = """Share

Print

Action Plan

1. NATO & the UN will cooperate against chemical weapons from 6 June 2004 <script>alert("x")</script>.

2. The cost will stay < 5 % and > 1 %:

2.1 without delay.
"""  # noqa: E501

TEXTS = {"fr": FR, "en": EN}
CBRN = "CBRN · Chemical, biological, radiological and nuclear threats and defence"
# (class, key attribute value, text shown, title) in text order; worked out from the texts
# and data/models/ (actor names and kinds, domain descriptions).
HIGHLIGHTS = {
    "fr": [
        ("ctdocs-actor", "nato", "OTAN", "NATO · nato · organization"),
        ("ctdocs-actor", "un", "ONU", "United Nations · un · organization"),
        ("ctdocs-domain", "CBRN", "armes chimiques", CBRN),
        ("ctdocs-date", "2004-06-06", "6 juin 2004", "2004-06-06"),
    ],
    "en": [
        ("ctdocs-actor", "nato", "NATO", "NATO · nato · organization"),
        ("ctdocs-actor", "un", "UN", "United Nations · un · organization"),
        ("ctdocs-domain", "CBRN", "chemical weapons", CBRN),
        ("ctdocs-date", "2004-06-06", "6 June 2004", "2004-06-06"),
    ],
}
NOISE = {"fr": ["Partager", "Imprimer"], "en": ["Share", "Print"]}
LANGS = pytest.mark.parametrize("lang", ["fr", "en"])


@dataclass
class _Element:
    tag: str
    attrs: dict[str, str]
    text: list[str] = field(default_factory=list)  # all text inside, nested included


class _Reader(HTMLParser):
    """Checks nesting and collects the text of the outline, the noise and each highlight."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[_Element] = []
        self.closed: list[_Element] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(_Element(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1].tag != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1].tag if self.stack else None}")
            return
        self.closed.append(self.stack.pop())

    def handle_data(self, data: str) -> None:
        for el in self.stack:
            el.text.append(data)

    def by_class(self, prefix: str) -> list[_Element]:
        found = [e for e in self.closed if e.attrs.get("class", "").startswith(prefix)]
        return sorted(found, key=lambda e: int(e.attrs.get("data-start", "0")))


def _read(html: str) -> _Reader:
    r = _Reader()
    r.feed(html)
    r.close()
    assert r.errors == [] and r.stack == [], "HTML not well-formed"
    return r


def _doc(lang: str) -> Document:
    return parse_text(TEXTS[lang], lang, name=f"<{lang}>.txt", layout="text")  # type: ignore[arg-type]


def _one(r: _Reader, cls: str) -> _Element:
    (el,) = [e for e in r.closed if e.attrs.get("class") == cls]
    return el


def _key(el: _Element) -> str:
    return el.attrs.get("data-id") or el.attrs.get("data-code") or el.attrs.get("data-value", "")


@LANGS
def test_text_is_escaped_and_complete(lang: str) -> None:
    doc = _doc(lang)
    html = render_document(doc)
    assert "<script" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    r = _read(html)
    outline = "".join(_one(r, "ctdocs-outline").text)
    # the outline shows every block's span of the text, in order, and nothing else
    assert outline == "".join(doc.text[b.start : b.end] for b in doc.block_list)
    assert "<script>" in outline and "< 5 %" in outline
    # the source name is text too
    assert f"<{lang}>.txt" in "".join(_one(r, "ctdocs-meta").text)


@LANGS
def test_highlights_name_their_facts_and_spans(lang: str) -> None:
    doc = _doc(lang)
    r = _read(render_document(doc))
    marks = r.by_class("ctdocs-actor") + r.by_class("ctdocs-date") + r.by_class("ctdocs-domain")
    marks.sort(key=lambda e: int(e.attrs["data-start"]))
    got = [(e.attrs["class"], _key(e), "".join(e.text), e.attrs["title"]) for e in marks]
    assert got == HIGHLIGHTS[lang]
    for e in marks:
        start, end = int(e.attrs["data-start"]), int(e.attrs["data-end"])
        assert doc.text[start:end] == "".join(e.text)


@LANGS
def test_outline_numbers_and_indents(lang: str) -> None:
    r = _read(render_document(_doc(lang)))
    clauses = [e for e in r.closed if e.attrs.get("class") == "ctdocs-clause"]
    numbers = [e.attrs["data-number"] for e in clauses]
    assert numbers == ["1", "2", "2.1"]
    indent = {e.attrs["data-number"]: e.attrs["style"].split(";")[0] for e in clauses}
    assert indent == {"1": "margin-left:0em", "2": "margin-left:0em", "2.1": "margin-left:1.5em"}
    heads = {e.attrs["data-number"]: "".join(e.text) for e in clauses}
    assert heads["2.1"].startswith("2.1 ") and heads["1"].startswith("1. ")


@LANGS
def test_noise_is_collapsed_not_dropped(lang: str) -> None:
    doc = _doc(lang)
    html = render_document(doc)
    r = _read(html)
    details = _one(r, "ctdocs-noise")
    assert details.tag == "details"
    shown = "".join(details.text)
    assert f"{LABELS['noise']} (2)" in shown
    for word in NOISE[lang]:
        assert word in shown
        assert word not in "".join(_one(r, "ctdocs-outline").text)
    assert html.index("<details") > html.index('class="ctdocs-outline"')


@LANGS
def test_legend_and_language(lang: str) -> None:
    doc = _doc(lang)
    r = _read(render_document(doc))
    root = _one(r, "ctdocs-document")
    assert root.attrs["lang"] == lang
    legend = "".join(_one(r, "ctdocs-legend").text)
    # labels are ctdocs's own words, the same in every document
    assert legend == "Actors (2)Dates (1)Domains (1)"


@LANGS
def test_deterministic(lang: str) -> None:
    doc = _doc(lang)
    html = render_document(doc)
    assert render_document(doc) == html
    assert render_document(Document.model_validate_json(doc.model_dump_json())) == html
    assert doc._repr_html_() == html


def test_display_needs_no_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    assert "ctdocs-actor" in _doc("fr")._repr_html_()


def _m(kind: Any, start: int, end: int, key: str, text: str = "") -> Mention:
    return Mention(kind, start, end, text, key if kind != "date" else None, None,
                   key if kind == "date" else None)


def test_crossing_mentions_stay_well_formed() -> None:
    text = "abcdefghij"
    # a domain [0,6) holding an actor [2,4), and a date [5,8) crossing the domain's end
    marks = [_m("date", 5, 8, "2004"), _m("actor", 2, 4, "nato"), _m("domain", 0, 6, "CBRN")]
    r = _read("<div>" + _emit(text, 0, len(text), _nest(0, len(text), marks), {}) + "</div>")
    assert "".join(r.closed[-1].text) == text
    shown = {e.attrs["class"]: "".join(e.text) for e in r.closed if "class" in e.attrs}
    assert shown == {"ctdocs-domain": "abcdef", "ctdocs-actor": "cd", "ctdocs-date": "f"}


def test_mentions_are_cut_to_the_block() -> None:
    marks = [_m("domain", 2, 12, "CBRN")]
    out = _emit("abcdefghijklmn", 4, 8, _nest(4, 8, marks), {})
    r = _read("<div>" + out + "</div>")
    assert [("".join(e.text)) for e in r.closed if e.tag == "span"] == ["efgh"]


def test_overlapping_evidence_of_one_domain_is_one_highlight() -> None:
    text = "menaces chimiques, biologiques"
    found = [
        _m("domain", 0, 17, "CBRN"),
        _m("domain", 8, 30, "CBRN"),
        _m("domain", 8, 17, "WMD", "chimiques"),
    ]
    merged = _merge_domains(text, found)
    assert [(m.id, m.start, m.end, m.text) for m in merged] == [
        ("CBRN", 0, 30, text), ("WMD", 8, 17, "chimiques")
    ]


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem[:3] for p in SEEDS])
def test_seed_documents_render(path: Any) -> None:
    doc = parsed(path)
    r = _read(render_document(doc))
    outline = "".join(_one(r, "ctdocs-outline").text)
    assert outline == "".join(doc.text[b.start : b.end] for b in doc.block_list)
    assert len(r.by_class("ctdocs-actor")) == sum(len(a.mentions) for a in doc.actors)
    # a page stamp's date counts for the document (guidelines §2) but stands in noise, which
    # the outline lists apart, unhighlighted: every date inside a block is highlighted
    in_blocks = [
        d for d in doc.dates if any(b.start <= d.start < b.end for b in doc.block_list)
    ]
    assert len(r.by_class("ctdocs-date")) == len(in_blocks)
    for e in r.by_class("ctdocs-actor") + r.by_class("ctdocs-date"):
        start, end = int(e.attrs["data-start"]), int(e.attrs["data-end"])
        assert doc.text[start:end] == "".join(e.text)
    assert len([e for e in r.closed if e.attrs.get("class") == "ctdocs-clause"]) == len(
        doc.clauses()
    )
