"""A corpus as a database: :func:`export` writes the tables of ``frames()`` to DuckDB or Parquet.

Why DuckDB: it is embedded (a file, no server), reads and writes Parquet, and
answers the grouped and joined questions researchers ask of a corpus in SQL
(``README`` shows three). The tables are the rows of :func:`ctdocs.frames`,
with the list columns as native lists (``VARCHAR[]``), never as Python reprs.

Why incremental: a corpus grows and gets corrected. Each document row keeps
the SHA-256 of its input and the ctdocs version that parsed it; a second run
parses only the files whose bytes (or ctdocs) changed, and removes a changed
file's old rows before writing the new ones. Files absent from a run are left
as they are, so one database can gather several runs.

Why batches: memory stays bounded however large the corpus. Results stream
from :func:`ctdocs.parse_corpus` (``jobs`` processes), rows are gathered for
``batch_size`` documents, turned into Arrow tables and inserted in one
transaction — far faster than row-by-row inserts (benchmarks/bench_export.py
measures both), and an interrupted run leaves whole documents only.

Document keys are stable: the path relative to the directory given (with
``/``), the file name for a file given, or the ``names`` the caller passes.
Needs the ``db`` extra (``pip install 'ctdocs[db]'``: duckdb and pyarrow).
"""

from __future__ import annotations

import hashlib
import importlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Literal

from .._errors import InputError, MissingExtraError
from ._corpus import CorpusResult, parse_corpus
from ._frames import TABLES, Columns, ColumnType, Row, document_rows

__all__ = [
    "SUFFIXES",
    "ExportReport",
    "arrow_tables",
    "export",
    "input_files",
]

# The same list as cli/_files.SUFFIXES (a test checks): not imported, so that the command
# line does not load the parser for commands that need none.
SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".text", ".xhtml", ".docx")
DUCKDB_SUFFIXES = (".duckdb", ".ddb", ".db")
Language = Literal["fr", "en"]
PathLike = str | os.PathLike[str]

# DuckDB may cache up to 80 % of RAM by default; the export's memory bound is the parser's
# plus this (DuckDB spills to disk beyond it).
_DUCKDB_CONFIG = {"memory_limit": "192MB"}

# Columns only the database has: which ctdocs wrote a document's rows.
_VERSION_COLUMN = "ctdocs_version"


@dataclass(frozen=True, slots=True)
class ExportReport:
    """What one :func:`export` run did, file by file."""

    target: str
    added: tuple[str, ...] = ()
    """Keys of documents written for the first time."""
    replaced: tuple[str, ...] = ()
    """Keys of documents whose input (or ctdocs) changed: old rows removed, new ones written."""
    unchanged: tuple[str, ...] = ()
    """Keys skipped because their input's SHA-256 and the ctdocs version were the same."""
    failed: tuple[tuple[str, str], ...] = field(default=())
    """(key, error message) of files that could not be parsed; their old rows are removed."""

    @property
    def ok(self) -> bool:
        """True when every file was written or skipped as unchanged."""
        return not self.failed


def _require(module: str) -> ModuleType:
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(
            f"ctdocs.export() needs {module}, which is not installed; "
            "install the db extra: pip install 'ctdocs[db]'"
        ) from None


def input_files(
    inputs: Sequence[PathLike], names: Sequence[str] | None = None
) -> list[tuple[Path, str]]:
    """(path, key) of every file to export: files named, and supported files in directories.

    A file's key is its path relative to the directory given, or its file name
    when the file itself is given, or the matching item of ``names`` (one name
    per input, inputs all files). Two files under one key are an :class:`InputError`.
    """
    if isinstance(inputs, str | bytes | os.PathLike):
        inputs = [inputs]
    out: list[tuple[Path, str]] = []
    if names is not None:
        if isinstance(names, str) or len(names) != len(inputs):
            raise InputError(f"export(): names must give one name per input ({len(inputs)} inputs)")
        for p, name in zip(inputs, names, strict=True):
            if Path(p).is_dir():
                raise InputError(f"export(): {os.fspath(p)} is a directory; names are for files")
            out.append((Path(p), name))
    else:
        for p in inputs:
            root = Path(p)
            if root.is_dir():
                files = sorted(
                    x for x in root.rglob("*") if x.is_file() and x.suffix.lower() in SUFFIXES
                )
                out.extend((x, x.relative_to(root).as_posix()) for x in files)
            else:
                out.append((root, root.name))
    seen: dict[str, Path] = {}
    for path, key in out:
        if key in seen:
            raise InputError(
                f"export(): {seen[key]} and {path} would both be stored as {key!r}; "
                "give their common directory instead, or pass names="
            )
        seen[key] = path
    return out


def _arrow_type(pa: ModuleType, kind: ColumnType) -> Any:
    return {
        "str": pa.string(),
        "int": pa.int64(),
        "int?": pa.int64(),
        "bool": pa.bool_(),
        "list": pa.list_(pa.string()),
    }[kind]


def arrow_tables(rows: dict[str, list[Row]], extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """``pyarrow.Table`` per table name, typed by :data:`TABLES` whatever the rows.

    ``extra`` adds constant columns to the ``documents`` table (the database's
    ``ctdocs_version``).
    """
    pa = _require("pyarrow")
    out: dict[str, Any] = {}
    for name, columns in TABLES.items():
        part = rows.get(name, [])
        arrays = [
            pa.array([r[j] for r in part], type=_arrow_type(pa, kind))
            for j, (_, kind) in enumerate(columns)
        ]
        names = [c for c, _ in columns]
        if name == "documents" and extra:
            for col, value in extra.items():
                arrays.append(pa.array([value] * len(part), type=pa.string()))
                names.append(col)
        out[name] = pa.Table.from_arrays(arrays, names=names)
    return out


_SQL_TYPES: dict[ColumnType, str] = {
    "str": "VARCHAR",
    "int": "BIGINT",
    "int?": "BIGINT",
    "bool": "BOOLEAN",
    "list": "VARCHAR[]",
}


def _columns(name: str) -> Columns:
    cols = TABLES[name]
    return (*cols, (_VERSION_COLUMN, "str")) if name == "documents" else cols


def _create_tables(con: Any) -> None:
    """Create missing tables; refuse a database whose tables have other columns."""
    present = {
        r[0]
        for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
        ).fetchall()
    }
    for name in TABLES:
        cols = _columns(name)
        if name in present:
            have = [r[0] for r in con.execute(f'DESCRIBE "{name}"').fetchall()]
            want = [c for c, _ in cols]
            if have != want:
                raise InputError(
                    f"export(): table {name!r} of this database has other columns than "
                    f"ctdocs {_version()} writes ({', '.join(have)}); export to a new file"
                )
            continue
        body = ", ".join(f'"{c}" {_SQL_TYPES[k]}' for c, k in cols)
        con.execute(f'CREATE TABLE "{name}" ({body})')


def _version() -> str:
    from .. import __version__

    return __version__


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


class _Writer:
    """Gathers the rows of up to ``batch_size`` documents, then writes them in one transaction."""

    def __init__(self, con: Any, stored: set[str], batch_size: int) -> None:
        self.con = con
        self.stored = stored
        self.batch_size = batch_size
        self.keys: list[str] = []
        self.rows: dict[str, list[Row]] = {name: [] for name in TABLES}

    def add(self, key: str, rows: dict[str, list[Row]] | None) -> None:
        self.keys.append(key)
        for name, part in (rows or {}).items():
            self.rows[name].extend(part)
        if len(self.keys) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        if not self.keys:
            return
        tables = arrow_tables(self.rows, {_VERSION_COLUMN: _version()})
        old = [k for k in self.keys if k in self.stored]
        self.con.execute("BEGIN TRANSACTION")
        try:
            if old:
                for name in TABLES:
                    self.con.execute(
                        f'DELETE FROM "{name}" WHERE document IN (SELECT unnest(?))', [old]
                    )
            for name, table in tables.items():
                if table.num_rows:
                    self.con.register("_ctdocs_batch", table)
                    self.con.execute(f'INSERT INTO "{name}" SELECT * FROM _ctdocs_batch')
                    self.con.unregister("_ctdocs_batch")
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.keys = []
        self.rows = {name: [] for name in TABLES}


def export(
    inputs: PathLike | Sequence[PathLike],
    to: PathLike,
    *,
    names: Sequence[str] | None = None,
    jobs: int = 1,
    language: Language | None = None,
    batch_size: int = 64,
    on_result: Callable[[CorpusResult], None] | None = None,
    on_skip: Callable[[Path], None] | None = None,
) -> ExportReport:
    """Parse files and directories into a corpus database: DuckDB, or Parquet files.

    ``to`` ending in ``.duckdb`` (or ``.ddb``, ``.db``) is a DuckDB database;
    anything else is a directory holding one Parquet file per table
    (``documents.parquet``, ``blocks.parquet``, …). Either is updated in
    place: unchanged files are skipped, changed ones replaced (see the module
    docstring). ``jobs`` processes parse; ``on_result`` is called with each
    parse result and ``on_skip`` with each unchanged file (a progress bar).
    A file that cannot be parsed is reported in :attr:`ExportReport.failed`.
    """
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise InputError(f"export(): jobs must be a whole number >= 1, not {jobs!r}")
    if batch_size < 1:
        raise InputError(f"export(): batch_size must be >= 1, not {batch_size!r}")
    items = input_files([inputs] if isinstance(inputs, str | os.PathLike) else inputs, names)
    job = _Job(tuple(items), jobs, language, batch_size, on_result, on_skip)
    duckdb = _require("duckdb")
    _require("pyarrow")
    target = Path(to)
    if target.suffix.lower() in DUCKDB_SUFFIXES:
        target.parent.mkdir(parents=True, exist_ok=True)
        con = duckdb.connect(os.fspath(target), config=_DUCKDB_CONFIG)
        try:
            return _run(con, job, os.fspath(target))
        finally:
            con.close()
    return _export_parquet(duckdb, job, target)


@dataclass(frozen=True, slots=True)
class _Job:
    """What one call of :func:`export` asks for, whatever it writes to (a DuckDB file, or
    Parquet files through a scratch one): the files and their keys, how to parse them,
    how many documents a transaction holds, and whom to tell of each file."""

    items: tuple[tuple[Path, str], ...]
    jobs: int
    language: Language | None
    batch_size: int
    on_result: Callable[[CorpusResult], None] | None
    on_skip: Callable[[Path], None] | None


def _export_parquet(duckdb: ModuleType, job: _Job, target: Path) -> ExportReport:
    """Parquet through a scratch DuckDB file: existing tables are read in, updated, written out."""
    if target.exists() and not target.is_dir():
        raise InputError(
            f"export(): {target} is a file; give a directory for Parquet, or a name ending "
            f"in {', '.join(DUCKDB_SUFFIXES)} for DuckDB"
        )
    target.mkdir(parents=True, exist_ok=True)
    scratch = target / ".ctdocs-export.duckdb"
    scratch.unlink(missing_ok=True)
    con = duckdb.connect(os.fspath(scratch), config=_DUCKDB_CONFIG)
    try:
        for name in TABLES:
            part = target / f"{name}.parquet"
            if part.is_file():
                con.execute(
                    f'CREATE TABLE "{name}" AS SELECT * FROM read_parquet(?)', [os.fspath(part)]
                )
        report = _run(con, job, os.fspath(target))
        for name in TABLES:
            tmp = target / f".{name}.parquet.tmp"
            con.execute(f"COPY \"{name}\" TO '{_quote(tmp)}' (FORMAT parquet)")
            os.replace(tmp, target / f"{name}.parquet")
        return report
    finally:
        con.close()
        scratch.unlink(missing_ok=True)
        Path(f"{scratch}.wal").unlink(missing_ok=True)


def _quote(path: Path) -> str:
    return os.fspath(path).replace("'", "''")


def _run(con: Any, job: _Job, target: str) -> ExportReport:
    _create_tables(con)
    stored = {
        key: (sha, version)
        for key, sha, version in con.execute(
            f'SELECT document, sha256, "{_VERSION_COLUMN}" FROM documents'
        ).fetchall()
    }
    version = _version()
    todo: list[tuple[Path, str]] = []
    unchanged: list[str] = []
    for path, key in job.items:
        if key in stored and stored[key] == (_sha256(path), version):
            unchanged.append(key)
            if job.on_skip:
                job.on_skip(path)
        else:
            todo.append((path, key))
    writer = _Writer(con, set(stored), job.batch_size)
    added: list[str] = []
    replaced: list[str] = []
    failed: list[tuple[str, str]] = []
    results = parse_corpus(
        [p for p, _ in todo], n_process=min(job.jobs, max(len(todo), 1)), language=job.language
    )
    for (_, key), result in zip(todo, results, strict=True):
        if job.on_result:
            job.on_result(result)
        if result.document is None:
            failed.append((key, str(result.error)))
            writer.add(key, None)
            continue
        (replaced if key in stored else added).append(key)
        writer.add(key, document_rows(key, result.document))
    writer.flush()
    return ExportReport(target, tuple(added), tuple(replaced), tuple(unchanged), tuple(failed))
