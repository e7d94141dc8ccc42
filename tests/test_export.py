"""ctdocs.export / ``ctdocs export``: the corpus database, checked on a small corpus by hand.

The corpus is three short texts in one folder per publisher. The French and
English plans say the same thing (the texts of test_frames.py, whose clauses,
actors and domains are worked out there from the text and data/models/), each
with a dateline of its own; the EU text is two clauses written for this test.
Every expected value below was counted by reading these texts:

* dates (the dateline of each text, annotation guidelines section 6):
  nato 2002-06-06, un 2004-04-28, eu 2004-10-12;
* clauses and domains: plan 1 INTEL ("partage du renseignement" /
  "intelligence sharing"), plan 2 CBRN ("armes chimiques" / "chemical
  weapons"), plan 2.1 and 2.2 CBRN (they continue clause 2's sentence);
  eu 1 INTEL ("intelligence sharing"), eu 2 CBRN ("chemical weapons");
* actors: each plan names the Security Council (unsc), NATO, the European
  Union and the UN once each; the EU text names Europol once (actors.toml).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import duckdb
import pytest

import ctdocs
from ctdocs import CtdocsError, InputError, MissingExtraError, export
from ctdocs.cli import main
from ctdocs.cli._files import SUFFIXES as CLI_SUFFIXES
from ctdocs.views._export import SUFFIXES, input_files

from .test_frames import EN, FR

ROOT = Path(__file__).resolve().parents[1]

NATO = FR.replace("Plan d'action\n", "Plan d'action\n\nBruxelles, le 6 juin 2002\n", 1)
UN = EN.replace("Action Plan\n", "Action Plan\n\nNew York, 28 April 2004\n", 1)
EU = """Conclusions

Brussels, 12 October 2004

1. Europol will strengthen intelligence sharing by 6 June 2005.

2. Member States will continue to counter chemical weapons.
"""
FILES = {"nato/plan-fr.txt": NATO, "un/plan-en.txt": UN, "eu/conclusions-en.txt": EU}

# The README's three queries, answered by hand (see the module docstring).
ACTORS_BY_DOCUMENT = [  # name, documents, mentions
    ("European Union", 2, 2),
    ("NATO", 2, 2),
    ("United Nations", 2, 2),
    ("United Nations Security Council", 2, 2),
    ("Europol", 1, 1),
]
DOMAINS_OVER_TIME = [  # year, domain, clauses
    ("2002", "CBRN", 3),  # nato: 2, 2.1, 2.2
    ("2002", "INTEL", 1),  # nato: 1
    ("2004", "CBRN", 4),  # un: 2, 2.1, 2.2; eu: 2
    ("2004", "INTEL", 2),  # un: 1; eu: 1
]
CBRN_ACROSS_PUBLISHERS = [  # publisher, CBRN clauses, clauses
    ("eu", 1, 2),
    ("nato", 3, 4),
    ("un", 3, 4),
]
TABLE_NAMES = ["actors", "blocks", "clauses", "documents", "mentions", "noise"]


def readme_queries() -> list[str]:
    """The SQL blocks of the README's corpus database section, in order."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sql\n(.*?)```", text, flags=re.S)


def write_corpus(root: Path, files: dict[str, str] = FILES) -> Path:
    for key, text in files.items():
        (root / key).parent.mkdir(parents=True, exist_ok=True)
        (root / key).write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def db(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("db") / "corpus.duckdb"
    report = export([corpus], target)
    assert report.ok and sorted(report.added) == sorted(FILES)
    return target


def _sql(db: Path, query: str, *params: Any) -> list[tuple[Any, ...]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(query, list(params)).fetchall()


def test_readme_has_the_three_queries() -> None:
    queries = readme_queries()
    assert [q.splitlines()[0][:5] for q in queries] == ["-- 1.", "-- 2.", "-- 3."]


@pytest.mark.parametrize(
    ("k", "want"),
    [(0, ACTORS_BY_DOCUMENT), (1, DOMAINS_OVER_TIME), (2, CBRN_ACROSS_PUBLISHERS)],
    ids=["actors-by-document", "domains-over-time", "cbrn-across-publishers"],
)
def test_readme_queries_give_the_hand_counted_answers(db: Path, k: int, want: Any) -> None:
    assert _sql(db, readme_queries()[k]) == want


def test_documents_table(db: Path) -> None:
    rows = _sql(
        db,
        "SELECT document, language, date, n_clauses, domains, ctdocs_version "
        "FROM documents ORDER BY document",
    )
    assert rows == [
        ("eu/conclusions-en.txt", "en", "2004-10-12", 2, ["CBRN", "INTEL"], ctdocs.__version__),
        ("nato/plan-fr.txt", "fr", "2002-06-06", 4, ["CBRN", "INTEL"], ctdocs.__version__),
        ("un/plan-en.txt", "en", "2004-04-28", 4, ["CBRN", "INTEL"], ctdocs.__version__),
    ]
    tables = sorted(r[0] for r in _sql(db, "SELECT table_name FROM information_schema.tables"))
    assert tables == TABLE_NAMES


def test_list_columns_are_native_lists(db: Path) -> None:
    types = dict(
        _sql(
            db,
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = 'clauses'",
        )
    )
    assert (types["actors"], types["dates"], types["domains"]) == ("VARCHAR[]",) * 3
    got = _sql(
        db,
        "SELECT actors, dates FROM clauses WHERE document = 'eu/conclusions-en.txt' ORDER BY start",
    )
    assert got == [(["europol"], ["2005-06-06"]), ([], [])]


def test_mentions_one_row_per_item_with_spans(db: Path) -> None:
    got = _sql(
        db,
        "SELECT clause_number, kind, id, text, value FROM mentions "
        "WHERE document = 'eu/conclusions-en.txt' ORDER BY start",
    )
    assert got == [
        (None, "date", None, "12 October 2004", "2004-10-12"),  # the dateline, outside clauses
        ("1", "actor", "europol", "Europol", None),
        ("1", "domain", "INTEL", "intelligence sharing", None),
        ("1", "date", None, "6 June 2005", "2005-06-06"),
        ("2", "domain", "CBRN", "chemical weapons", None),
    ]
    doc = ctdocs.parse_document(_corpus_file(db))
    for start, end, text in _sql(
        db, "SELECT start, \"end\", text FROM mentions WHERE document = 'eu/conclusions-en.txt'"
    ):
        assert doc.text[start:end] == text


def _corpus_file(db: Path) -> Path:
    name = _sql(db, "SELECT name FROM documents WHERE document = 'eu/conclusions-en.txt'")[0][0]
    return Path(name)


def test_blocks_keys_are_stable_and_clauses_point_into_them(db: Path) -> None:
    orphans = _sql(
        db,
        "SELECT count(*) FROM clauses c LEFT JOIN blocks b "
        "ON b.document = c.document AND b.block_id = c.clause_id "
        "WHERE b.block_id IS NULL",
    )
    assert orphans == [(0,)]
    dupes = _sql(db, "SELECT document, block_id FROM blocks GROUP BY ALL HAVING count(*) > 1")
    assert dupes == []


def test_second_run_skips_unchanged_and_replaces_changed(corpus: Path, tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "c")
    target = tmp_path / "corpus.duckdb"
    first = export(root, target)
    assert sorted(first.added) == sorted(FILES)
    again = export(root, target)
    assert (again.added, again.replaced) == ((), ())
    assert sorted(again.unchanged) == sorted(FILES)
    # the EU text loses its CBRN clause: its old rows go, the others stay
    (root / "eu/conclusions-en.txt").write_text(EU.split("\n2. ")[0] + "\n", encoding="utf-8")
    third = export(root, target)
    assert third.replaced == ("eu/conclusions-en.txt",)
    assert sorted(third.unchanged) == ["nato/plan-fr.txt", "un/plan-en.txt"]
    assert _sql(target, readme_queries()[2]) == [("eu", 0, 1), ("nato", 3, 4), ("un", 3, 4)]
    assert _sql(target, "SELECT count(*) FROM documents") == [(3,)]


def test_parquet_directory_answers_the_same(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "tables"
    assert export(corpus, out).ok
    assert sorted(p.name for p in out.iterdir()) == [f"{t}.parquet" for t in TABLE_NAMES]
    con = duckdb.connect()
    for t in TABLE_NAMES:
        con.execute(f"CREATE VIEW {t} AS SELECT * FROM read_parquet('{out / t}.parquet')")
    assert con.execute(readme_queries()[1]).fetchall() == DOMAINS_OVER_TIME
    assert export(corpus, out).unchanged  # the Parquet files are read back: nothing to redo
    assert con.execute(readme_queries()[2]).fetchall() == CBRN_ACROSS_PUBLISHERS


def test_keys_files_names_and_clashes(corpus: Path) -> None:
    nato = corpus / "nato/plan-fr.txt"
    assert input_files([nato]) == [(nato, "plan-fr.txt")]
    assert input_files([corpus / "nato"]) == [(nato, "plan-fr.txt")]
    assert input_files([nato], names=["NATO 2002"]) == [(nato, "NATO 2002")]
    with pytest.raises(InputError, match="one name per input"):
        input_files([nato], names=["a", "b"])
    with pytest.raises(InputError, match=r"both be stored as 'plan-fr\.txt'"):
        input_files([nato, corpus / "nato"])


def test_a_bad_file_is_reported_and_the_rest_written(tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "c", {"un/plan-en.txt": UN})
    (root / "un/empty.txt").write_text("", encoding="utf-8")
    report = export(root, tmp_path / "x.duckdb")
    assert report.added == ("un/plan-en.txt",)
    assert [k for k, _ in report.failed] == ["un/empty.txt"] and not report.ok


def test_missing_duckdb_names_the_extra(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "duckdb", None)
    with pytest.raises(MissingExtraError) as info:
        export(corpus, tmp_path / "x.duckdb")
    assert isinstance(info.value, CtdocsError)
    assert "pip install 'ctdocs[db]'" in str(info.value)


def test_cli_export_and_version(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "cli.duckdb"
    assert main(["export", str(corpus), "--to", str(target), "--no-progress"]) == 0
    assert "3 added, 0 replaced, 0 unchanged, 0 failed" in capsys.readouterr().err
    assert main(["export", str(corpus), "--to", str(target), "--no-progress"]) == 0
    assert "0 added, 0 replaced, 3 unchanged" in capsys.readouterr().err
    assert _sql(target, readme_queries()[0]) == ACTORS_BY_DOCUMENT
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"ctdocs {ctdocs.__version__}"


def test_suffixes_are_the_commands() -> None:
    assert SUFFIXES == CLI_SUFFIXES


def test_dask_writes_the_same_tables_as_parts(corpus: Path, tmp_path: Path) -> None:
    from ctdocs.dask import export_parquet

    out = tmp_path / "parts"
    assert export_parquet([corpus], out, npartitions=2, scheduler="sync") == []
    assert sorted(p.name for p in out.iterdir()) == TABLE_NAMES
    assert len(list((out / "clauses").glob("part-*.parquet"))) == 2
    con = duckdb.connect()
    for t in TABLE_NAMES:
        con.execute(f"CREATE VIEW {t} AS SELECT * FROM read_parquet('{out / t}/*.parquet')")
    assert con.execute(readme_queries()[0]).fetchall() == ACTORS_BY_DOCUMENT
    assert con.execute(readme_queries()[2]).fetchall() == CBRN_ACROSS_PUBLISHERS
