"""The exceptions ctdocs raises.

Every failure a user can cause is a :class:`CtdocsError`; nothing lower-level
(``UnicodeDecodeError``, pdfminer's exceptions, ``OSError``) escapes the public
functions. The tree::

    CtdocsError                  base: catch this to catch everything below
    ├── InputError               the input cannot be read as a document
    │   ├── InputNotFoundError   missing path, or a directory where a file was expected
    │   ├── UnsupportedInputError  a type ctdocs does not read (image, archive, …)
    │   ├── DecodeError          bytes that are not text in any supported encoding
    │   ├── EmptyDocumentError   nothing but white space (or nothing at all)
    │   ├── InputTooLargeError   past the configured size limit
    │   ├── PdfError             encrypted, corrupt, or scanned (no text layer) PDF
    │   │   └── PdfResourceError  a PDF over one of its budgets (PdfLimits): names the
    │   │                        page and the budget (operators, characters, bytes, …)
    │   ├── DocxError            corrupt, encrypted or hostile .docx (zip or entity bomb)
    │   └── LanguageMismatchError  diff_versions given two languages (use align)
    ├── KnowledgeBaseError       a file in data/models/ is malformed (names file and entry)
    ├── SchemaVersionError       exported JSON from a newer, incompatible schema
    ├── MissingExtraError        an optional feature whose extra is not installed
    │                            (names the extra: pip install 'ctdocs[notebook]')
    └── WorkerError              a corpus worker process failed on one file (the run goes on)
        ├── WorkerCrashedError   it died: a signal, the out-of-memory killer, a crash in C code
        └── WorkerTimeoutError   it took longer than the per-file timeout and was stopped

Each message names the input and says what to do about it. Every class is
defined here, in one tree, and exported from ``ctdocs`` (``ctdocs.views._diff`` still
re-exports :class:`LanguageMismatchError`, where it used to live). Exceptions a
module raises and catches itself (``_needles._Unsupported``) never escape and
are not part of the tree.
"""

from __future__ import annotations

__all__ = [
    "CtdocsError",
    "DecodeError",
    "DocxError",
    "EmptyDocumentError",
    "InputError",
    "InputNotFoundError",
    "InputTooLargeError",
    "KnowledgeBaseError",
    "LanguageMismatchError",
    "MissingExtraError",
    "PdfError",
    "PdfResourceError",
    "SchemaVersionError",
    "UnsupportedInputError",
    "WorkerCrashedError",
    "WorkerError",
    "WorkerTimeoutError",
]


class CtdocsError(Exception):
    """Base of every error ctdocs raises on purpose."""


class InputError(CtdocsError):
    """The input cannot be read as a document."""


class InputNotFoundError(InputError):
    """The path does not exist, or names a directory."""


class UnsupportedInputError(InputError):
    """The input is of a type ctdocs does not read."""


class DecodeError(InputError):
    """The bytes are not text in any encoding ctdocs accepts."""


class EmptyDocumentError(InputError):
    """The input holds no text at all."""


class InputTooLargeError(InputError):
    """The input is larger than the configured maximum."""


class PdfError(InputError):
    """The PDF is encrypted, corrupt, or has no text layer."""


class DocxError(InputError):
    """The .docx is corrupt, encrypted, or built to exhaust the reader (zip or entity bomb)."""


class PdfResourceError(PdfError):
    """A PDF asked for more than one of its budgets allows (see ``ctdocs.PdfLimits``).

    Not a corrupt file: a page that draws a million operators, a stream that
    inflates past its budget, forms nested or invoked past their bound. The
    message names the file, the page (0: before the first page, while the
    document's structure is read) and the budget; ``budget`` is the name of the
    :class:`~ctdocs.PdfLimits` field to raise, ``limit`` its value.
    """

    def __init__(self, message: str, *, page: int = 0, budget: str = "", limit: float = 0) -> None:
        super().__init__(message)
        self.page = page
        self.budget = budget
        self.limit = limit

    def __reduce__(self) -> tuple[object, ...]:  # keep page and budget across processes
        return (_rebuild_resource_error, (str(self), self.page, self.budget, self.limit))


def _rebuild_resource_error(message: str, page: int, budget: str, limit: float) -> PdfResourceError:
    return PdfResourceError(message, page=page, budget=budget, limit=limit)


class LanguageMismatchError(InputError):
    """Two documents given to :func:`ctdocs.diff_versions` are not in one language."""


class KnowledgeBaseError(CtdocsError):
    """A knowledge file in ``data/models/`` failed validation."""


class SchemaVersionError(CtdocsError):
    """A serialized document declares a schema version this ctdocs cannot read."""


class MissingExtraError(CtdocsError):
    """An optional feature needs a package that is not installed.

    ctdocs keeps heavy libraries (pandas, matplotlib) out of its core
    dependencies; the message names the extra that brings them in.
    """


class WorkerError(CtdocsError):
    """A worker process of :func:`ctdocs.parse_corpus` failed on one file.

    Only that file is lost: it is reported as a ``CorpusResult`` with this
    error, and the run goes on with a fresh worker.
    """


class WorkerCrashedError(WorkerError):
    """The worker process parsing the file died (a signal, out of memory, a crash in C code)."""


class WorkerTimeoutError(WorkerError):
    """Parsing the file took longer than the per-file timeout; its worker was stopped."""
