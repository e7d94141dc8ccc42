"""Parsed documents as tidy pandas tables: one row per document, clause, mention.

The object graph stays the source of truth; these tables are a flat view of it
for the work researchers do in notebooks — counting, pivoting, joining,
plotting. pandas is an optional extra (``pip install 'ctdocs[notebook]'``), so
it is imported only when a table is asked for: ``import ctdocs`` stays light,
and a missing pandas is a :class:`~ctdocs.MissingExtraError` naming the extra,
not an ``ImportError`` from deep inside.

Three tables, joined on ``document`` (and ``clause_id``):

``documents``
    document, name, media_type, sha256, language, title, first_date,
    n_clauses, n_actors, n_dates, n_noise, domains, chars
``clauses``
    document, clause_id, number, label, depth, parent_id, parent_number, title,
    section, language, page, start, end, extent_end, text, actors, dates, domains
``mentions``
    document, clause_id, clause_number, kind, id, name, text, value, start, end

Column types are fixed, whatever the data (an empty corpus gives empty tables
with the same types), so code written against one corpus runs on the next:
text columns are pandas ``string`` (missing values are ``pd.NA``), offsets and
counts ``int64``, ``page`` the nullable ``Int64``, and the list columns
(``actors``, ``dates``, ``domains``) ``object`` holding tuples of str —
``DataFrame.explode`` turns them into one row per item.

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
from typing import Any, NamedTuple

from ._errors import InputError, MissingExtraError
from ._mentions import Mention, MentionKind, clause_finder, mentions
from .models import Document

__all__ = [
    "CLAUSE_COLUMNS",
    "DOCUMENT_COLUMNS",
    "MENTION_COLUMNS",
    "Frames",
    "Mention",
    "MentionKind",
    "clause_finder",
    "document_keys",
    "frames",
    "mentions",
]


# name -> dtype; the order is the column order.
DOCUMENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("document", "string"),
    ("name", "string"),
    ("media_type", "string"),
    ("sha256", "string"),
    ("language", "string"),
    ("title", "string"),
    ("first_date", "string"),
    ("n_clauses", "int64"),
    ("n_actors", "int64"),
    ("n_dates", "int64"),
    ("n_noise", "int64"),
    ("domains", "object"),
    ("chars", "int64"),
)
CLAUSE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("document", "string"),
    ("clause_id", "string"),
    ("number", "string"),
    ("label", "string"),
    ("depth", "int64"),
    ("parent_id", "string"),
    ("parent_number", "string"),
    ("title", "string"),
    ("section", "string"),
    ("language", "string"),
    ("page", "Int64"),
    ("start", "int64"),
    ("end", "int64"),
    ("extent_end", "int64"),
    ("text", "string"),
    ("actors", "object"),
    ("dates", "object"),
    ("domains", "object"),
)
MENTION_COLUMNS: tuple[tuple[str, str], ...] = (
    ("document", "string"),
    ("clause_id", "string"),
    ("clause_number", "string"),
    ("kind", "string"),
    ("id", "string"),
    ("name", "string"),
    ("text", "string"),
    ("value", "string"),
    ("start", "int64"),
    ("end", "int64"),
)


class Frames(NamedTuple):
    """The three tables of :func:`frames`; unpack them or use the attributes."""

    documents: Any
    """pandas.DataFrame, one row per document."""
    clauses: Any
    """pandas.DataFrame, one row per numbered clause, in reading order."""
    mentions: Any
    """pandas.DataFrame, one row per actor, date and domain mention, in text order."""


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


def _table(
    pd: ModuleType, columns: tuple[tuple[str, str], ...], rows: list[tuple[Any, ...]]
) -> Any:
    data: dict[str, Any] = {}
    for j, (name, dtype) in enumerate(columns):
        values = [row[j] for row in rows]
        if dtype == "object":
            series = pd.Series(values, dtype=object)
        elif dtype == "string":
            series = pd.Series(values, dtype=pd.StringDtype())
        else:
            series = pd.Series(values, dtype=dtype)
        data[name] = series
    return pd.DataFrame(data, columns=[name for name, _ in columns])


def frames(docs: Document | Iterable[Document]) -> Frames:
    """Tidy tables of one document or many: ``documents``, ``clauses``, ``mentions``.

    >>> f = frames([parse_document(p) for p in paths])          # doctest: +SKIP
    >>> f.mentions.query("kind == 'actor'").groupby("name").size()  # doctest: +SKIP

    The column list and types are in this module's docstring; they are the
    same for every corpus, an empty one included.
    """
    pd = _pandas()
    documents = _as_documents(docs)
    keys = document_keys(documents)
    doc_rows: list[tuple[Any, ...]] = []
    clause_rows: list[tuple[Any, ...]] = []
    mention_rows: list[tuple[Any, ...]] = []
    for key, doc in zip(keys, documents, strict=True):
        clauses = doc.clauses()
        first = min(doc.dates, key=lambda d: (d.start, d.end), default=None)
        doc_rows.append((
            key, doc.source.name, doc.source.media_type, doc.source.sha256, doc.language,
            doc.title, first.value if first else None, len(clauses), len(doc.actors),
            len(doc.dates), len(doc.noise), tuple(doc.domains), len(doc.text),
        ))
        for c in clauses:
            clause_rows.append((
                key, c.id, c.number, c.label, c.depth, c.parent, c.parent_number, c.title,
                c.section, doc.language, c.page, c.start, c.end, c.extent_end, c.text,
                tuple(c.actors), tuple(d.value for d in c.dates),
                tuple(t.code for t in c.domains),
            ))
        find = clause_finder(doc)
        for m in mentions(doc):
            at = find(m.start, m.end)
            mention_rows.append((
                key, at.id if at else None, at.number if at else None, m.kind, m.id, m.name,
                m.text, m.value, m.start, m.end,
            ))
    return Frames(
        documents=_table(pd, DOCUMENT_COLUMNS, doc_rows),
        clauses=_table(pd, CLAUSE_COLUMNS, clause_rows),
        mentions=_table(pd, MENTION_COLUMNS, mention_rows),
    )
