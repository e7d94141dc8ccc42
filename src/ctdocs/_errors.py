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
    │   └── PdfError             encrypted, corrupt, or scanned (no text layer) PDF
    ├── KnowledgeBaseError       a file in data/models/ is malformed (names file and entry)
    ├── SchemaVersionError       exported JSON from a newer, incompatible schema
    └── MissingExtraError        an optional feature whose extra is not installed
                                 (names the extra: pip install 'ctdocs[notebook]')

Each message names the input and says what to do about it.
"""

from __future__ import annotations

__all__ = [
    "CtdocsError",
    "DecodeError",
    "EmptyDocumentError",
    "InputError",
    "InputNotFoundError",
    "InputTooLargeError",
    "KnowledgeBaseError",
    "MissingExtraError",
    "PdfError",
    "SchemaVersionError",
    "UnsupportedInputError",
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


class KnowledgeBaseError(CtdocsError):
    """A knowledge file in ``data/models/`` failed validation."""


class SchemaVersionError(CtdocsError):
    """A serialized document declares a schema version this ctdocs cannot read."""


class MissingExtraError(CtdocsError):
    """An optional feature needs a package that is not installed.

    ctdocs keeps heavy libraries (pandas, matplotlib) out of its core
    dependencies; the message names the extra that brings them in.
    """
