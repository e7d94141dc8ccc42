"""ctdocs: counter-terrorism policy texts as a typed, queryable object graph.

>>> from ctdocs import parse_document
>>> doc = parse_document("data/raw/000_e2138b8dcc62d837.txt")
>>> [c.number for c in doc.clauses()][:3]
['3.1', '3.2', '3.3']
"""

from ._align import AlignedPair, Alignment, AlignmentRow, align
from ._corpus import CorpusResult, parse_corpus
from ._diff import DiffEntry, VersionDiff, diff_versions
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
from ._export import ExportReport, export
from ._frames import Frames, frames
from ._knowledge import Knowledge, load_knowledge
from ._parse import parse_document, parse_text
from ._schema import json_schema, load_json
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
from .readers.pdf.limits import PdfLimits

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
