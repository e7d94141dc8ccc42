"""Parsed documents as tidy tables: the rows behind ``frames()`` and ``export()``.

The object graph stays the source of truth; these tables are a flat view of it
for the work researchers do in notebooks and databases — counting, pivoting,
joining, plotting. One definition of the rows serves both: :func:`frames`
makes pandas DataFrames of them, :mod:`ctdocs.views._export` writes them to DuckDB
or Parquet, so a query written against one runs on the other. pandas is an
optional extra (``pip install 'ctdocs[notebook]'``), imported only when a table
is asked for: ``import ctdocs`` stays light, and a missing pandas is a
:class:`~ctdocs.MissingExtraError` naming the extra.

Six tables, joined on ``document`` (and ``clause_id``/``block_id``); their
columns are :data:`TABLES` (docs/model.md describes each):

``documents`` one row per document; ``blocks`` one per block (heading,
paragraph, clause, list item) in reading order; ``clauses`` one per numbered
clause; ``mentions`` one per actor, date or domain mention; ``actors`` one per
actor and document; ``noise`` one per stretch of text set aside.

Column types are fixed, whatever the data (an empty corpus gives empty tables
with the same types), so code written against one corpus runs on the next:
text columns are pandas ``string`` (missing values are ``pd.NA``), offsets and
counts ``int64``, ``page`` and ``level`` the nullable ``Int64``. The list
columns (``actors``, ``dates``, ``domains``) hold their items joined by ``;``
in a DataFrame (``pd.NA`` when empty), so ``to_sql``, ``to_csv`` and
``to_parquet`` write plain text and ``.str.split(";")`` / ``.str.get_dummies(";")``
give the items back; in the database they are native lists (``VARCHAR[]``).

The document key (``document``) is the source name when the document has one
(the path or ``name=`` given to the parser), else ``sha256:`` and the first 12
hex digits of the input's SHA-256: both are stable from run to run. Two
different inputs under one name get ``#`` and 8 hex digits appended.

Mentions are of three kinds. ``actor``: each place an actor is named (``id``
the actor id, ``name`` its canonical English name). ``date``: each date
(``value`` its ISO 8601 form). ``domain``: each evidence span of a domain tag
(``id`` the domain code, ``name`` its description) — all evidence inside
clauses, and the document-level evidence the graph keeps for text outside
clauses. A mention's clause is the innermost clause whose extent
(``start`` to ``extent_end``, sub-items included) contains the mention, or NA.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from .._errors import InputError, MissingExtraError
from ..models import Clause, Document
from ._mentions import Mention, MentionKind, clause_finder, mentions

if TYPE_CHECKING:
    from pandas import DataFrame  # no stubs: ignored in pyproject (Any to mypy)

__all__ = [
    "ACTOR_COLUMNS",
    "BLOCK_COLUMNS",
    "CLAUSE_COLUMNS",
    "DOCUMENT_COLUMNS",
    "MENTION_COLUMNS",
    "NOISE_COLUMNS",
    "TABLES",
    "Frames",
    "Mention",
    "MentionKind",
    "clause_finder",
    "document_keys",
    "document_rows",
    "frames",
    "mentions",
]


ColumnType = Literal["str", "int", "int?", "bool", "list"]
"""A column's logical type: text, whole number, nullable whole number, flag, list of text."""
Columns = tuple[tuple[str, ColumnType], ...]
Row = tuple[Any, ...]

# name -> logical type; the order is the column order.
DOCUMENT_COLUMNS: Columns = (
    ("document", "str"),
    ("name", "str"),
    ("media_type", "str"),
    ("sha256", "str"),
    ("size", "int"),
    ("language", "str"),
    ("title", "str"),
    ("date", "str"),
    ("symbol", "str"),
    ("first_date", "str"),
    ("n_blocks", "int"),
    ("n_clauses", "int"),
    ("n_actors", "int"),
    ("n_dates", "int"),
    ("n_noise", "int"),
    ("domains", "list"),
    ("chars", "int"),
    ("schema_version", "str"),
)
BLOCK_COLUMNS: Columns = (
    ("document", "str"),
    ("block_id", "str"),
    ("kind", "str"),
    ("role", "str"),
    ("level", "int?"),
    ("marker", "str"),
    ("number", "str"),
    ("parent_id", "str"),
    ("section", "str"),
    ("page", "int?"),
    ("start", "int"),
    ("end", "int"),
    ("text", "str"),
)
CLAUSE_COLUMNS: Columns = (
    ("document", "str"),
    ("clause_id", "str"),
    ("number", "str"),
    ("label", "str"),
    ("depth", "int"),
    ("parent_id", "str"),
    ("parent_number", "str"),
    ("title", "str"),
    ("section", "str"),
    ("language", "str"),
    ("page", "int?"),
    ("start", "int"),
    ("end", "int"),
    ("extent_end", "int"),
    ("text", "str"),
    ("actors", "list"),
    ("dates", "list"),
    ("domains", "list"),
)
MENTION_COLUMNS: Columns = (
    ("document", "str"),
    ("clause_id", "str"),
    ("clause_number", "str"),
    ("kind", "str"),
    ("id", "str"),
    ("name", "str"),
    ("text", "str"),
    ("value", "str"),
    ("start", "int"),
    ("end", "int"),
)
ACTOR_COLUMNS: Columns = (
    ("document", "str"),
    ("actor_id", "str"),
    ("name", "str"),
    ("name_fr", "str"),
    ("kind", "str"),
    ("linked", "bool"),
    ("n_mentions", "int"),
)
NOISE_COLUMNS: Columns = (
    ("document", "str"),
    ("noise_id", "str"),
    ("reason", "str"),
    ("page", "int?"),
    ("start", "int"),
    ("end", "int"),
    ("text", "str"),
)
TABLES: dict[str, Columns] = {
    "documents": DOCUMENT_COLUMNS,
    "blocks": BLOCK_COLUMNS,
    "clauses": CLAUSE_COLUMNS,
    "mentions": MENTION_COLUMNS,
    "actors": ACTOR_COLUMNS,
    "noise": NOISE_COLUMNS,
}
"""Every table, in the order of :class:`Frames`, with its columns."""

_PANDAS_DTYPES: dict[ColumnType, str] = {
    "str": "string",
    "int": "int64",
    "int?": "Int64",
    "bool": "bool",
    "list": "string",
}


class Frames(NamedTuple):
    """The six tables of :func:`frames`, as pandas DataFrames; the columns are in :data:`TABLES`."""

    documents: DataFrame
    """One row per document."""
    blocks: DataFrame
    """One row per block (heading, paragraph, clause, list item), in reading order."""
    clauses: DataFrame
    """One row per numbered clause, in reading order."""
    mentions: DataFrame
    """One row per actor, date and domain mention, in text order."""
    actors: DataFrame
    """One row per actor and document that names it."""
    noise: DataFrame
    """One row per stretch of text set aside as not part of the document."""


def document_keys(docs: Sequence[Document]) -> list[str]:
    """The ``document`` key of each document: its source name, else a SHA-256 prefix.

    Raises :class:`~ctdocs.InputError` when the same input is passed twice,
    since every row of it would then be counted twice.
    """
    base = [d.source.name or f"sha256:{d.source.sha256[:12]}" for d in docs]
    first: dict[tuple[str, str], int] = {}
    for k, d in enumerate(docs):
        key = (base[k], d.source.sha256)
        if key in first:
            raise InputError(
                f"frames(): documents {first[key]} and {k} are the same input "
                f"({base[k]}, sha256 {d.source.sha256[:12]}…); pass each document once"
            )
        first[key] = k
    count: dict[str, int] = {}
    for b in base:
        count[b] = count.get(b, 0) + 1
    pairs = zip(base, docs, strict=True)
    return [b if count[b] == 1 else f"{b}#{d.source.sha256[:8]}" for b, d in pairs]


def _pandas() -> ModuleType:
    try:
        return importlib.import_module("pandas")
    except ImportError:
        raise MissingExtraError(
            "ctdocs.frames() and Document.to_pandas() need pandas, which is not installed; "
            "install the notebook extra: pip install 'ctdocs[notebook]'"
        ) from None


def _as_documents(docs: Document | Iterable[Document]) -> list[Document]:
    if isinstance(docs, Document):
        return [docs]
    if isinstance(docs, str | bytes) or not isinstance(docs, Iterable):
        raise InputError(
            f"frames() takes a Document or an iterable of Documents, not {type(docs).__name__}; "
            "parse the texts first with parse_document() or parse_text()"
        )
    out = list(docs)
    for k, d in enumerate(out):
        if not isinstance(d, Document):
            raise InputError(
                f"frames(): item {k} is a {type(d).__name__}, not a Document; "
                "parse it first with parse_document() or parse_text()"
            )
    return out


def document_rows(key: str, doc: Document) -> dict[str, list[Row]]:
    """The rows of every table for one document under ``key``, by table name.

    List columns hold Python lists here; each consumer gives them its own
    form (joined text in pandas, native lists in DuckDB and Parquet).
    """
    return {
        "documents": [_document_row(key, doc)],
        "blocks": _block_rows(key, doc),
        "clauses": _clause_rows(key, doc),
        "mentions": _mention_rows(key, doc),
        "actors": [
            (key, a.id, a.name, a.name_fr, a.kind, a.linked, len(a.mentions)) for a in doc.actors
        ],
        "noise": [
            (key, f"n{k}", n.reason, n.page, n.start, n.end, n.text)
            for k, n in enumerate(doc.noise)
        ],
    }


def _document_row(key: str, doc: Document) -> Row:
    first = min(doc.dates, key=lambda d: (d.start, d.end), default=None)
    src = doc.source
    return (
        key, src.name, src.media_type, src.sha256, src.size, doc.language, doc.title,
        doc.date.value if doc.date else None, doc.symbol, first.value if first else None,
        len(doc.block_list), len(doc.clauses()), len(doc.actors), len(doc.dates),
        len(doc.noise), list(doc.domains), len(doc.text), doc.schema_version,
    )  # fmt: skip


def _clause_rows(key: str, doc: Document) -> list[Row]:
    return [
        (
            key,
            c.id,
            c.number,
            c.label,
            c.depth,
            c.parent,
            c.parent_number,
            c.title,
            c.section,
            doc.language,
            c.page,
            c.start,
            c.end,
            c.extent_end,
            c.text,
            list(c.actors),
            [d.value for d in c.dates],
            [t.code for t in c.domains],
        )
        for c in doc.clauses()
    ]


def _block_rows(key: str, doc: Document) -> list[Row]:
    rows: list[Row] = []
    for b in doc.block_list:
        role = getattr(b, "role", None)
        level = getattr(b, "level", None)
        marker = getattr(b, "marker", None)
        number = b.number if isinstance(b, Clause) else None
        rows.append(
            (
                key,
                b.id,
                b.kind,
                role,
                level,
                marker,
                number,
                b.parent,
                b.section,
                b.page,
                b.start,
                b.end,
                b.text,
            )
        )
    return rows


def _mention_rows(key: str, doc: Document) -> list[Row]:
    find = clause_finder(doc)
    rows: list[Row] = []
    for m in mentions(doc):
        at = find(m.start, m.end)
        rows.append(
            (
                key,
                at.id if at else None,
                at.number if at else None,
                m.kind,
                m.id,
                m.name,
                m.text,
                m.value,
                m.start,
                m.end,
            )
        )
    return rows


def _table(pd: ModuleType, columns: Columns, rows: list[Row]) -> Any:
    data: dict[str, Any] = {}
    for j, (name, kind) in enumerate(columns):
        values = [row[j] for row in rows]
        if kind == "list":
            values = [";".join(v) if v else None for v in values]
        dtype = _PANDAS_DTYPES[kind]
        data[name] = pd.Series(values, dtype=pd.StringDtype() if dtype == "string" else dtype)
    return pd.DataFrame(data, columns=[name for name, _ in columns])


def frames(docs: Document | Iterable[Document]) -> Frames:
    """Tidy tables of one document or many: documents, blocks, clauses, mentions, actors, noise.

    >>> f = frames([parse_document(p) for p in paths])          # doctest: +SKIP
    >>> f.mentions.query("kind == 'actor'").groupby("name").size()  # doctest: +SKIP

    The columns and types are :data:`TABLES` (see this module's docstring);
    they are the same for every corpus, an empty one included, and every
    cell is a scalar, so ``to_sql``, ``to_csv`` and ``to_parquet`` work as is.
    """
    pd = _pandas()
    documents = _as_documents(docs)
    keys = document_keys(documents)
    rows: dict[str, list[Row]] = {name: [] for name in TABLES}
    for key, doc in zip(keys, documents, strict=True):
        for name, part in document_rows(key, doc).items():
            rows[name].extend(part)
    return Frames(*(_table(pd, TABLES[name], rows[name]) for name in TABLES))
