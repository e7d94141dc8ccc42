"""ctdocs.frames / Document.to_pandas: tidy tables, checked row by row on small texts.

The French and English texts say the same thing, so their expected rows sit
side by side: what differs is only the surface of each mention. Every
expected value below was worked out by reading the text and the knowledge
files (actor ids and English names in data/models/actors.toml, domain
triggers in data/models/domains.toml), not copied from output.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pandas as pd
import pytest

import ctdocs
from ctdocs import CtdocsError, InputError, MissingExtraError, frames, parse_text

from .conftest import SEEDS, parsed

FR = """Plan d'action

Le Conseil de sécurité a pris note de ce plan le 28 mai 2002.

Objectifs stratégiques

1. L'OTAN et l'Union européenne renforceront le partage du renseignement avant le 6 juin 2004.

2. Les États membres poursuivront la lutte contre les armes chimiques :

2.1 avec l'ONU, en 2005 ;

2.2 sans délai.
"""

EN = """Action Plan

The Security Council took note of this plan on 28 May 2002.

Strategic objectives

1. NATO and the European Union will strengthen intelligence sharing by 6 June 2004.

2. Member States will continue to counter chemical weapons:

2.1 with the UN, in 2005;

2.2 without delay.
"""

TEXTS = {"fr": FR, "en": EN}

# The section heading and title, per language.
SECTION = {"fr": "Objectifs stratégiques", "en": "Strategic objectives"}
TITLE = {"fr": "Plan d'action", "en": "Action Plan"}

# (number, label, depth, parent_number, actors, dates, domains) — the same in both languages.
# List columns hold their items joined by ";" (NA when empty): plain text for to_sql/to_csv.
CLAUSES = [
    ("1", "1.", 1, None, "nato;eu", "2004-06-06", "INTEL"),
    ("2", "2.", 1, None, None, None, "CBRN"),
    # 2.1 and 2.2 continue clause 2's sentence ("... chemical weapons: with the UN"):
    # its subject is theirs (guidelines section 4; the dev-corpus gold tags items so)
    ("2.1", "2.1", 2, "2", "un", "2005", "CBRN"),
    ("2.2", "2.2", 2, "2", None, None, "CBRN"),
]
# Clause bodies (label removed), per language.
BODIES = {
    "fr": [
        "L'OTAN et l'Union européenne renforceront le partage du renseignement "
        "avant le 6 juin 2004.",
        "Les États membres poursuivront la lutte contre les armes chimiques :",
        "avec l'ONU, en 2005 ;",
        "sans délai.",
    ],
    "en": [
        "NATO and the European Union will strengthen intelligence sharing by 6 June 2004.",
        "Member States will continue to counter chemical weapons:",
        "with the UN, in 2005;",
        "without delay.",
    ],
}

INTEL = "Intelligence and information sharing on threats"
CBRN = "Chemical, biological, radiological and nuclear threats and defence"

# (clause_number, kind, id, name, surface, value), in text order, FR and EN side by side.
# The preamble sentence stands outside every clause: its clause is NA.
MENTIONS: dict[str, list[tuple[Any, ...]]] = {
    "fr": [
        (None, "actor", "unsc", "United Nations Security Council", "Conseil de sécurité", None),
        (None, "date", None, None, "28 mai 2002", "2002-05-28"),
        ("1", "actor", "nato", "NATO", "OTAN", None),
        ("1", "actor", "eu", "European Union", "Union européenne", None),
        ("1", "domain", "INTEL", INTEL, "renseignement", None),
        ("1", "date", None, None, "6 juin 2004", "2004-06-06"),
        ("2", "domain", "CBRN", CBRN, "armes chimiques", None),
        ("2.1", "actor", "un", "United Nations", "ONU", None),
        ("2.1", "date", None, None, "2005", "2005"),
    ],
    "en": [
        (None, "actor", "unsc", "United Nations Security Council", "Security Council", None),
        (None, "date", None, None, "28 May 2002", "2002-05-28"),
        ("1", "actor", "nato", "NATO", "NATO", None),
        ("1", "actor", "eu", "European Union", "European Union", None),
        ("1", "domain", "INTEL", INTEL, "intelligence sharing", None),
        ("1", "date", None, None, "6 June 2004", "2004-06-06"),
        ("2", "domain", "CBRN", CBRN, "chemical weapons", None),
        ("2.1", "actor", "un", "United Nations", "UN", None),
        ("2.1", "date", None, None, "2005", "2005"),
    ],
}

# Written out here, not imported from ctdocs.views._frames: a change of type must show up.
DOCUMENT_DTYPES = {
    "document": "string",
    "name": "string",
    "media_type": "string",
    "sha256": "string",
    "size": "int64",
    "language": "string",
    "title": "string",
    "date": "string",
    "symbol": "string",
    "first_date": "string",
    "n_blocks": "int64",
    "n_clauses": "int64",
    "n_actors": "int64",
    "n_dates": "int64",
    "n_noise": "int64",
    "domains": "string",
    "chars": "int64",
    "schema_version": "string",
}
BLOCK_DTYPES = {
    "document": "string",
    "block_id": "string",
    "kind": "string",
    "role": "string",
    "level": "Int64",
    "marker": "string",
    "number": "string",
    "parent_id": "string",
    "section": "string",
    "page": "Int64",
    "start": "int64",
    "end": "int64",
    "text": "string",
}
CLAUSE_DTYPES = {
    "document": "string",
    "clause_id": "string",
    "number": "string",
    "label": "string",
    "depth": "int64",
    "parent_id": "string",
    "parent_number": "string",
    "title": "string",
    "section": "string",
    "language": "string",
    "page": "Int64",
    "start": "int64",
    "end": "int64",
    "extent_end": "int64",
    "text": "string",
    "actors": "string",
    "dates": "string",
    "domains": "string",
}
ACTOR_DTYPES = {
    "document": "string",
    "actor_id": "string",
    "name": "string",
    "name_fr": "string",
    "kind": "string",
    "linked": "bool",
    "n_mentions": "int64",
}
NOISE_DTYPES = {
    "document": "string",
    "noise_id": "string",
    "reason": "string",
    "page": "Int64",
    "start": "int64",
    "end": "int64",
    "text": "string",
}
MENTION_DTYPES = {
    "document": "string",
    "clause_id": "string",
    "clause_number": "string",
    "kind": "string",
    "id": "string",
    "name": "string",
    "text": "string",
    "value": "string",
    "start": "int64",
    "end": "int64",
}

LANGS = pytest.mark.parametrize("lang", ["fr", "en"])


def _doc(lang: str) -> ctdocs.Document:
    return parse_text(TEXTS[lang], lang, name=f"plan-{lang}.txt")  # type: ignore[arg-type]


def _na(v: Any) -> Any:
    """pd.NA as None, so rows compare with plain tuples."""
    return None if v is pd.NA else v


def _rows(df: pd.DataFrame, cols: list[str]) -> list[tuple[Any, ...]]:
    return [tuple(_na(v) for v in row) for row in df[cols].itertuples(index=False)]


@LANGS
def test_document_row(lang: str) -> None:
    f = frames(_doc(lang))
    assert len(f.documents) == 1
    row = {k: _na(v) for k, v in f.documents.iloc[0].items()}
    assert row["document"] == f"plan-{lang}.txt"
    assert row["name"] == f"plan-{lang}.txt"
    assert row["language"] == lang
    assert row["title"] == TITLE[lang]
    assert row["first_date"] == "2002-05-28"  # the preamble's date comes first in the text
    assert (row["n_clauses"], row["n_actors"], row["n_dates"], row["n_noise"]) == (4, 4, 3, 0)
    assert row["domains"] == "CBRN;INTEL"  # the order of data/models/domains.toml
    assert row["media_type"] == "text/plain"
    # the UTF-8 text's bytes: the French text has accented letters of two bytes each
    assert row["size"] == len(TEXTS[lang].encode("utf-8"))
    assert row["n_blocks"] >= 6  # title, preamble, heading, four clauses (title may be a block)


@LANGS
def test_clause_rows(lang: str) -> None:
    doc = _doc(lang)
    clauses = frames(doc).clauses
    cols = ["number", "label", "depth", "parent_number", "actors", "dates", "domains"]
    got = _rows(clauses, cols)
    assert got == CLAUSES
    assert list(clauses["text"]) == BODIES[lang]
    assert set(clauses["section"]) == {SECTION[lang]}
    assert set(clauses["language"]) == {lang}
    assert set(clauses["document"]) == {f"plan-{lang}.txt"}
    # parent_id is the block id of the parent clause, as in the graph
    ids = dict(zip(clauses["number"], clauses["clause_id"], strict=True))
    assert [_na(v) for v in clauses["parent_id"]] == [None, None, ids["2"], ids["2"]]
    # extent: clause 2 runs to the end of 2.2; the others are their own span
    ext = dict(zip(clauses["number"], clauses["extent_end"], strict=True))
    ends = dict(zip(clauses["number"], clauses["end"], strict=True))
    assert ext["2"] == ends["2.2"] and ext["1"] == ends["1"]
    for row in clauses.itertuples():
        assert doc.text[row.start : row.end].endswith(row.text)


@LANGS
def test_mention_rows(lang: str) -> None:
    doc = _doc(lang)
    m = frames(doc).mentions
    got = _rows(m, ["clause_number", "kind", "id", "name", "text", "value"])
    assert got == MENTIONS[lang]
    # spans: each surface occurs once in the text, so its offset is where it is found
    for row in m.itertuples():
        assert row.start == doc.text.index(row.text)
        assert doc.text[row.start : row.end] == row.text
    # clause_id and clause_number name the same clause
    numbers = {c.id: c.number for c in doc.clauses()}
    for cid, num in zip(m["clause_id"], m["clause_number"], strict=True):
        assert (None if cid is pd.NA else numbers[cid]) == _na(num)


@LANGS
def test_to_pandas_is_frames(lang: str) -> None:
    doc = _doc(lang)
    a, b = doc.to_pandas(), frames([doc])
    assert isinstance(a, ctdocs.Frames)
    for x, y in zip(a, b, strict=True):
        pd.testing.assert_frame_equal(x, y)


def test_many_documents_keep_order_and_keys() -> None:
    f = frames([_doc("fr"), _doc("en")])
    assert list(f.documents["document"]) == ["plan-fr.txt", "plan-en.txt"]
    assert list(f.clauses["document"]) == ["plan-fr.txt"] * 4 + ["plan-en.txt"] * 4
    assert len(f.mentions) == len(MENTIONS["fr"]) + len(MENTIONS["en"])
    assert list(f.mentions["document"].drop_duplicates()) == ["plan-fr.txt", "plan-en.txt"]
    # a pivot researchers write: actor mentions per document
    pivot = f.mentions[f.mentions["kind"] == "actor"].pivot_table(
        index="id", columns="document", values="start", aggfunc="count", fill_value=0
    )
    assert pivot.loc["nato", "plan-fr.txt"] == 1 and pivot.loc["nato", "plan-en.txt"] == 1


@pytest.mark.parametrize("docs", [[], "fr"], ids=["empty", "one"])
def test_dtypes_are_fixed(docs: Any) -> None:
    f = frames([] if docs == [] else [_doc(docs)])
    for df, want in [
        (f.documents, DOCUMENT_DTYPES),
        (f.blocks, BLOCK_DTYPES),
        (f.clauses, CLAUSE_DTYPES),
        (f.mentions, MENTION_DTYPES),
        (f.actors, ACTOR_DTYPES),
        (f.noise, NOISE_DTYPES),
    ]:
        assert {c: str(t) for c, t in df.dtypes.items()} == want
        assert list(df.columns) == list(want)


def test_list_columns_explode() -> None:
    clauses = frames(_doc("en")).clauses
    actors = clauses.assign(actors=clauses["actors"].str.split(";")).explode("actors")
    actors = actors.dropna(subset=["actors"])
    assert list(zip(actors["number"], actors["actors"], strict=True)) == [
        ("1", "nato"),
        ("1", "eu"),
        ("2.1", "un"),
    ]


def test_unnamed_document_key_is_a_sha256_prefix() -> None:
    doc = parse_text(EN, "en")
    key = frames(doc).documents["document"].iloc[0]
    assert key == "sha256:" + doc.source.sha256[:12]
    assert len(key) == len("sha256:") + 12


def test_same_name_different_text_gets_a_suffix() -> None:
    a = parse_text(EN, "en", name="plan.txt")
    b = parse_text(EN.replace("2005", "2006"), "en", name="plan.txt")
    keys = list(frames([a, b]).documents["document"])
    assert keys == [f"plan.txt#{a.source.sha256[:8]}", f"plan.txt#{b.source.sha256[:8]}"]
    assert keys[0] != keys[1]


def test_same_document_twice_is_an_input_error() -> None:
    doc = _doc("fr")
    with pytest.raises(InputError, match=r"documents 0 and 1 are the same input.*pass each"):
        frames([doc, doc])


@pytest.mark.parametrize("bad", ["plan.txt", 42, [FR]], ids=["str", "int", "list-of-str"])
def test_not_documents_is_an_input_error(bad: Any) -> None:
    with pytest.raises(InputError, match="parse"):
        frames(bad)


def test_missing_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _doc("fr")
    monkeypatch.setitem(sys.modules, "pandas", None)  # `import pandas` now raises ImportError
    calls: tuple[Callable[[], object], ...] = (lambda: frames(doc), doc.to_pandas)
    for call in calls:
        with pytest.raises(MissingExtraError) as info:
            call()
        assert isinstance(info.value, CtdocsError)
        assert "pip install 'ctdocs[notebook]'" in str(info.value)
        assert "pandas" in str(info.value)


def test_import_ctdocs_does_not_import_pandas() -> None:
    code = "import sys, ctdocs; ctdocs.frames; print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem[:3] for p in SEEDS])
def test_seed_mentions_agree_with_the_graph(path: Any) -> None:
    """A mention's clause (innermost by extent) is the clause the graph files it under."""
    doc = parsed(path)
    m = frames(doc).mentions
    assert len(m) > 0
    for row in m.itertuples():
        assert doc.text[row.start : row.end] == row.text
    by_clause = {c.id: c for c in doc.clauses()}
    actors = m[m["kind"] == "actor"]
    for cid, group in actors.dropna(subset=["clause_id"]).groupby("clause_id"):
        assert set(group["id"]) == set(by_clause[str(cid)].actors)
    dates = m[m["kind"] == "date"]
    for c in doc.clauses():
        got = sorted(dates.loc[dates["clause_id"] == c.id, "start"])
        assert got == sorted(d.start for d in c.dates)
    # every actor mention of the graph is a row, none twice
    assert len(actors) == sum(len(a.mentions) for a in doc.actors)


# -- blocks, actors, noise; writing the tables out -------------------------------------------

# (id, name, name_fr, kind, mentions): each actor is named once in either text (the actor
# table of test_mention_rows); names and kinds are those of data/models/actors.toml.
ACTORS = [
    (
        "unsc",
        "United Nations Security Council",
        "Conseil de sécurité des Nations Unies",
        "organ",
        1,
    ),
    ("nato", "NATO", "OTAN", "organization", 1),
    ("eu", "European Union", "Union européenne", "organization", 1),
    ("un", "United Nations", "Organisation des Nations Unies", "organization", 1),
]


@LANGS
def test_block_rows(lang: str) -> None:
    doc = _doc(lang)
    blocks = frames(doc).blocks
    assert list(blocks["block_id"]) == [b.id for b in doc.blocks()]  # reading order, graph ids
    clauses = blocks[blocks["kind"] == "clause"]
    assert list(clauses["number"]) == ["1", "2", "2.1", "2.2"]
    # the section heading is a block of its own, before the clauses, its text as written
    heading = blocks[blocks["text"] == SECTION[lang]]
    assert list(heading["kind"]) == ["heading"]
    assert heading.index[0] < clauses.index[0]
    # the preamble sentence is a body paragraph, outside every clause
    pre = blocks[blocks["text"].str.contains("2002")]
    assert list(pre["kind"]) == ["paragraph"] and list(pre["role"]) == ["body"]
    assert pre["parent_id"].isna().all()
    ids = dict(zip(clauses["number"], clauses["block_id"], strict=True))
    assert [_na(v) for v in clauses["parent_id"]] == [None, None, ids["2"], ids["2"]]
    for row in blocks.itertuples():
        assert doc.text[row.start : row.end].endswith(row.text)


@LANGS
def test_actor_rows(lang: str) -> None:
    f = frames(_doc(lang))
    got = _rows(f.actors, ["actor_id", "name", "name_fr", "kind", "n_mentions"])
    assert sorted(got) == sorted(ACTORS)
    assert f.actors["linked"].all()
    assert set(f.actors["document"]) == {f"plan-{lang}.txt"}


@pytest.mark.parametrize("path", SEEDS[:3], ids=[p.stem[:3] for p in SEEDS[:3]])
def test_noise_rows_are_the_graph_noise(path: Any) -> None:
    doc = parsed(path)
    noise = frames(doc).noise
    want = [(f"n{k}", n.reason, n.start, n.end, n.text) for k, n in enumerate(doc.noise)]
    assert _rows(noise, ["noise_id", "reason", "start", "end", "text"]) == want


def test_frames_is_typed_with_dataframes() -> None:
    f = frames(_doc("fr"))
    assert f._fields == ("documents", "blocks", "clauses", "mentions", "actors", "noise")
    assert all(isinstance(df, pd.DataFrame) for df in f)
    assert all("DataFrame" in str(t) for t in ctdocs.Frames.__annotations__.values())


def test_tables_write_to_sql_csv_and_parquet(tmp_path: Any) -> None:
    """No cell is a tuple or list: every writer takes the tables as they are."""
    import sqlite3

    f = frames([_doc("fr"), _doc("en")])
    con = sqlite3.connect(tmp_path / "corpus.sqlite")
    for name, df in f._asdict().items():
        df.to_sql(name, con, index=False)
        df.to_parquet(tmp_path / f"{name}.parquet")
        back = pd.read_parquet(tmp_path / f"{name}.parquet")
        assert len(back) == len(df)
    # clause 1 (both languages) names nato and eu, in that order, as text
    got = con.execute(
        "SELECT document, actors FROM clauses WHERE number = '1' ORDER BY document"
    ).fetchall()
    assert got == [("plan-en.txt", "nato;eu"), ("plan-fr.txt", "nato;eu")]
    csv = f.clauses.to_csv(index=False)
    assert "('" not in csv and "['" not in csv
    assert ",CBRN\n" in csv  # clause 2's domains cell, the last column, plain


def test_parse_corpus_names_key_the_tables(tmp_path: Any) -> None:
    for lang, text in TEXTS.items():
        (tmp_path / f"plan-{lang}.txt").write_text(text, encoding="utf-8")
    paths = [tmp_path / "plan-fr.txt", tmp_path / "plan-en.txt"]
    results = list(ctdocs.parse_corpus(paths, names=["fr/plan", "en/plan"]))
    assert [r.path for r in results] == [str(p) for p in paths]  # the path stays the path
    docs = [r.document for r in results if r.document is not None]
    assert list(frames(docs).documents["document"]) == ["fr/plan", "en/plan"]
    with pytest.raises(InputError, match="fewer names"):
        list(ctdocs.parse_corpus(paths, names=["only-one"]))
