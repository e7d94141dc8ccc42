"""ctdocs: counter-terrorism policy texts as a typed, queryable object graph.

>>> from ctdocs import parse_document
>>> doc = parse_document("data/raw/000_e2138b8dcc62d837.txt")
>>> [c.number for c in doc.clauses()][:3]
['3.1', '3.2', '3.3']
"""

from typing import TYPE_CHECKING, Any

from ._errors import (
    CtdocsError,
    DecodeError,
    DocxError,
    EmptyDocumentError,
    InputError,
    InputNotFoundError,
    InputTooLargeError,
    KnowledgeBaseError,
    LanguageMismatchError,
    MissingExtraError,
    PdfError,
    PdfResourceError,
    SchemaVersionError,
    UnsupportedInputError,
    WorkerCrashedError,
    WorkerError,
    WorkerTimeoutError,
)
from ._knowledge import Knowledge, load_knowledge
from ._parse import parse_document, parse_text
from .models import (
    SCHEMA_VERSION,
    Actor,
    ActorMention,
    Clause,
    DateMention,
    Document,
    DomainTag,
    FootnoteRef,
    Heading,
    ListItem,
    Noise,
    Paragraph,
    Source,
)

if TYPE_CHECKING:
    from ._schema import json_schema, load_json
    from .readers.pdf.limits import PdfLimits
    from .views._align import AlignedPair, Alignment, AlignmentRow, align
    from .views._corpus import CorpusResult, parse_corpus
    from .views._diff import DiffEntry, VersionDiff, diff_versions
    from .views._export import ExportReport, export
    from .views._frames import Frames, frames

# The rest of the API is imported on first use (PEP 562): the PDF reader (behind
# ``PdfLimits``), the worker pool, alignment and export cost about a third of
# ``import ctdocs`` and most parses need none of them.
_LAZY = {
    "AlignedPair": ".views._align",
    "Alignment": ".views._align",
    "AlignmentRow": ".views._align",
    "align": ".views._align",
    "CorpusResult": ".views._corpus",
    "parse_corpus": ".views._corpus",
    "DiffEntry": ".views._diff",
    "VersionDiff": ".views._diff",
    "diff_versions": ".views._diff",
    "ExportReport": ".views._export",
    "export": ".views._export",
    "Frames": ".views._frames",
    "frames": ".views._frames",
    "json_schema": "._schema",
    "load_json": "._schema",
    "PdfLimits": ".readers.pdf.limits",
}


def __getattr__(name: str) -> Any:
    """A lazily imported name of the API, bound here once imported."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The public API only: what ``__all__`` names, imported yet or not.

    Tab completion in a notebook should offer ``parse_document``, not the
    typing helpers and private stage modules this package happens to hold.
    """
    return sorted([*__all__, "__version__"])


__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "ActorMention",
    "AlignedPair",
    "Alignment",
    "AlignmentRow",
    "Clause",
    "CorpusResult",
    "CtdocsError",
    "DateMention",
    "DecodeError",
    "DiffEntry",
    "Document",
    "DocxError",
    "DomainTag",
    "EmptyDocumentError",
    "ExportReport",
    "FootnoteRef",
    "Frames",
    "Heading",
    "InputError",
    "InputNotFoundError",
    "InputTooLargeError",
    "Knowledge",
    "KnowledgeBaseError",
    "LanguageMismatchError",
    "ListItem",
    "MissingExtraError",
    "Noise",
    "Paragraph",
    "PdfError",
    "PdfLimits",
    "PdfResourceError",
    "SchemaVersionError",
    "Source",
    "UnsupportedInputError",
    "VersionDiff",
    "WorkerCrashedError",
    "WorkerError",
    "WorkerTimeoutError",
    "align",
    "diff_versions",
    "export",
    "frames",
    "json_schema",
    "load_json",
    "load_knowledge",
    "parse_corpus",
    "parse_document",
    "parse_text",
]
