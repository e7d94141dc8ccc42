"""Document._repr_html_ and .display(): the outline with highlights, escaped, deterministic,
domain chips and a legend, in both languages.

The HTML is read back with the standard library's parser: the tests check
what a reader sees (the text of every block, in order, and nothing else in
the outline; domain chips are read apart), what each highlight says (kind, id
or value, title) and where it points (``data-start``/``data-end`` into
``Document.text``).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

import pytest

from ctdocs import Document, parse_document, parse_text
from ctdocs.views._display import LABELS, _emit, _merge_domains, _nest, render_document
from ctdocs.views._mentions import Mention

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
    parents: list[_Element] = field(default_factory=list, repr=False, compare=False)


class _Reader(HTMLParser):
    """Checks nesting and collects the text of the outline, the noise and each highlight."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[_Element] = []
        self.closed: list[_Element] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(_Element(tag, {k: v or "" for k, v in attrs}, parents=list(self.stack)))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1].tag != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1].tag if self.stack else None}")
            return
        self.closed.append(self.stack.pop())

    def handle_data(self, data: str) -> None:
        # a chip's code is a label, not document text: only the chips and what they hold see it
        chips = [k for k, el in enumerate(self.stack) if el.attrs.get("class") == "ctdocs-chips"]
        for el in self.stack[chips[-1] if chips else 0 :]:
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
@pytest.mark.parametrize("evidence", [False, True], ids=["chips-only", "evidence"])
def test_highlights_name_their_facts_and_spans(lang: str, evidence: bool) -> None:
    doc = _doc(lang)
    r = _read(str(doc.display(domains=True)) if evidence else render_document(doc))
    marks = r.by_class("ctdocs-actor") + r.by_class("ctdocs-date") + r.by_class("ctdocs-domain")
    marks.sort(key=lambda e: int(e.attrs["data-start"]))
    got = [(e.attrs["class"], _key(e), "".join(e.text), e.attrs["title"]) for e in marks]
    # by default a domain is a chip, its evidence unmarked
    assert got == [h for h in HIGHLIGHTS[lang] if evidence or h[0] != "ctdocs-domain"]
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
    # labels are ctdocs's own words, the same in every document; each code is spelt out
    # (a static export has no hover), and the legend says the evidence is not drawn
    assert legend.startswith("Actors (2)Dates (1)Domains (1)evidence hidden: ")
    code, name = CBRN.split(" · ")
    assert legend.endswith(f"shows it {name}")  # the chip's code is read apart
    (entry,) = [e for e in r.closed if e.attrs.get("class") == "ctdocs-legend-code"]
    assert "".join(entry.text) == f" {name}"
    chips = [
        e
        for e in r.closed
        if e.attrs.get("class") == "ctdocs-chips" and any(p is entry for p in e.parents)
    ]
    assert ["".join(c.text) for c in chips] == [code]


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
    return Mention(
        kind,
        start,
        end,
        text,
        key if kind != "date" else None,
        None,
        key if kind == "date" else None,
    )


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
        ("CBRN", 0, 30, text),
        ("WMD", 8, 17, "chimiques"),
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
    in_blocks = [d for d in doc.dates if any(b.start <= d.start < b.end for b in doc.block_list)]
    assert len(r.by_class("ctdocs-date")) == len(in_blocks)
    for e in r.by_class("ctdocs-actor") + r.by_class("ctdocs-date"):
        start, end = int(e.attrs["data-start"]), int(e.attrs["data-end"])
        assert doc.text[start:end] == "".join(e.text)
    assert len([e for e in r.closed if e.attrs.get("class") == "ctdocs-clause"]) == len(
        doc.clauses()
    )


# ---------------------------------------------------------------- chips, header, options
@LANGS
def test_domain_codes_are_chips_per_clause_and_per_document(lang: str) -> None:
    r = _read(render_document(_doc(lang)))
    chips = [e for e in r.closed if e.attrs.get("class") == "ctdocs-chips"]
    where = {e.attrs["data-for"]: e for e in chips}
    # clause 1 speaks of chemical weapons: CBRN; clauses 2 and 2.1 of costs: no chip
    clause_chips = [
        (
            e.attrs["data-number"],
            [
                c.attrs["data-code"]
                for c in r.closed
                if c.attrs.get("class") == "ctdocs-chip" and any(p is e for p in c.parents)
            ],
        )
        for e in r.closed
        if e.attrs.get("class") == "ctdocs-clause"
    ]
    assert clause_chips == [("1", ["CBRN"]), ("2", []), ("2.1", [])]
    assert "".join(where["document"].text) == "CBRN"
    assert where["clause"].attrs["style"].startswith("float:right")
    chip = next(e for e in r.closed if e.attrs.get("class") == "ctdocs-chip")
    assert chip.attrs["title"] == CBRN.split(" · ", 1)[1]


@pytest.mark.parametrize(
    ("lang", "text", "title", "date", "symbol"),
    [
        (
            "fr",
            "S/RES/1624 (2005)\n\nRésolution 1624 (2005)\n\nAdoptée par le Conseil de sécurité"
            " le 14 septembre 2005\n\n1. Le Conseil condamne le terrorisme.\n",
            "Résolution 1624 (2005)",
            "2005-09-14",
            "S/RES/1624 (2005)",
        ),
        (
            "en",
            "S/RES/1624 (2005)\n\nResolution 1624 (2005)\n\nAdopted by the Security Council"
            " on 14 September 2005\n\n1. The Council condemns terrorism.\n",
            "Resolution 1624 (2005)",
            "2005-09-14",
            "S/RES/1624 (2005)",
        ),
    ],
    ids=["fr", "en"],
)
def test_header_has_title_date_symbol_and_the_file_name_only(
    tmp_path: Any, lang: str, text: str, title: str, date: str, symbol: str
) -> None:
    path = tmp_path / "folder" / f"res-1624-{lang}.txt"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    doc = parse_document(path)
    assert (doc.title, doc.date and doc.date.value, doc.symbol) == (title, date, symbol)
    r = _read(render_document(doc))
    assert "".join(_one(r, "ctdocs-title").text) == title
    meta = "".join(_one(r, "ctdocs-meta").text)
    assert meta.startswith(f"res-1624-{lang}.txt · {lang} · {date} (")
    assert f" · {symbol} · 1 clauses" in meta
    assert str(tmp_path) not in render_document(doc)  # no folder of this machine


@pytest.mark.parametrize(
    ("options", "shown"),
    [
        ({}, {"ctdocs-actor", "ctdocs-date"}),
        ({"actors": False}, {"ctdocs-date"}),
        ({"dates": False}, {"ctdocs-actor"}),
        ({"domains": True}, {"ctdocs-actor", "ctdocs-date", "ctdocs-domain"}),
        ({"domains": ["CBRN"], "actors": False, "dates": False}, {"ctdocs-domain"}),
        ({"domains": "CBRN", "actors": False, "dates": False}, {"ctdocs-domain"}),
        ({"domains": ["WMD"], "actors": False, "dates": False}, set()),
    ],
    ids=["default", "no-actors", "no-dates", "all-domains", "cbrn", "cbrn-str", "other-code"],
)
@LANGS
def test_display_options_choose_what_is_highlighted(
    lang: str, options: dict[str, Any], shown: set[str]
) -> None:
    doc = _doc(lang)
    r = _read(str(doc.display(**options)))
    kinds = {
        e.attrs["class"]
        for e in r.closed
        if e.tag == "span"
        and e.attrs.get("class") in ("ctdocs-actor", "ctdocs-date", "ctdocs-domain")
    }
    assert kinds == shown
    # chips and the legend's codes stay whatever is highlighted
    assert [e.attrs["data-code"] for e in r.closed if e.attrs.get("class") == "ctdocs-chip"] == [
        "CBRN",
        "CBRN",
        "CBRN",  # header, legend, clause 1
    ]


@LANGS
def test_domain_evidence_is_muted_in_its_chips_colour(lang: str) -> None:
    r = _read(str(_doc(lang).display(domains=True)))
    (ev,) = r.by_class("ctdocs-domain")
    chip = next(e for e in r.closed if e.attrs.get("class") == "ctdocs-chip")
    hue = chip.attrs["style"].split("background:hsl(")[1].split(",")[0]
    assert ev.attrs["style"] == f"border-bottom:2px dotted hsl({hue},60%,40%)"
    assert "background" not in ev.attrs["style"]  # actors and dates keep the backgrounds
    legend = "".join(_one(r, "ctdocs-legend").text)
    assert "dotted: evidence of CBRN" in legend


@pytest.mark.parametrize("bad", [3, [1, 2], b"CBRN"])
def test_display_rejects_what_is_no_code(bad: Any) -> None:
    from ctdocs import InputError

    with pytest.raises(InputError, match="display"):
        _doc("en").display(domains=bad)


@LANGS
def test_default_display_is_the_notebook_view_and_saves_a_page(lang: str, tmp_path: Any) -> None:
    doc = _doc(lang)
    view = doc.display()
    assert view._repr_html_() == str(view) == doc._repr_html_()
    page = view.save(tmp_path / "doc.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert str(view) in page
