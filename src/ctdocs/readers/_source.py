"""Stage 1 — source: turn whatever the user handed us into text plus a ``Source``.

Accepts a path (``str`` or ``Path``), ``bytes``, or a binary file object.
Decodes UTF-8 (with or without BOM) and UTF-16 (with BOM); anything else that
still looks like text is read as cp1252 (or latin-1) and the fallback is
reported in ``Source.encoding_fallback``. Refuses, with a :class:`CtdocsError`
that names the input, what is missing, empty, binary, or too large.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from .._errors import (
    DecodeError,
    DocxError,
    EmptyDocumentError,
    InputNotFoundError,
    InputTooLargeError,
    UnsupportedInputError,
)
from ..models import Source

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_PAGES",
    "RawInput",
    "escape_name",
    "max_bytes",
    "max_pages",
    "read_input",
    "source_for_text",
    "unescape_name",
]

Layout = Literal["text", "markdown", "html", "pdf", "docx"]

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
"""Largest input accepted by default (64 MiB); set ``CTDOCS_MAX_BYTES`` or pass ``max_bytes``."""

DEFAULT_MAX_PAGES = 10_000
"""Most pages a PDF may have by default; set ``CTDOCS_MAX_PAGES``. The byte limit alone does
not bound a PDF's work: 64 MiB of tiny pages is hundreds of thousands of pages to lay out,
hours of reading. Ten thousand pages is longer than any policy text (a 2 000-page PDF reads
in a few minutes)."""

_EXTENSIONS: dict[str, Layout] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}
_MEDIA_TYPES: dict[Layout, str] = {
    "text": "text/plain",
    "markdown": "text/markdown",
    "html": "text/html",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"{\\rtf", "an RTF file"),
)


@dataclass(frozen=True, slots=True)
class RawInput:
    """The decoded input: text (or PDF bytes), its layout, and where it came from."""

    text: str
    layout: Layout
    source: Source
    data: bytes = b""  # the raw bytes, kept for PDF and DOCX


def max_bytes(explicit: int | None = None) -> int:
    if explicit is not None:
        return explicit
    env = os.environ.get("CTDOCS_MAX_BYTES")
    if env and env.isdecimal():  # not isdigit(): int() refuses "²"
        return int(env)
    return DEFAULT_MAX_BYTES


def max_pages() -> int:
    env = os.environ.get("CTDOCS_MAX_PAGES")
    if env and env.isdecimal():  # not isdigit(): int() refuses "²"
        return int(env)
    return DEFAULT_MAX_PAGES


def read_input(obj: object, *, name: str | None = None, limit: int | None = None) -> RawInput:
    """Read a path, bytes or binary file object into a :class:`RawInput`."""
    cap = max_bytes(limit)
    data, label, ext = _read_bytes(obj, name, cap)
    if len(data) > cap:
        raise InputTooLargeError(
            f"{label}: {len(data):,} bytes is over the limit of {cap:,}; split the file or "
            "raise the limit (max_bytes=... or CTDOCS_MAX_BYTES)"
        )
    layout = _EXTENSIONS.get(ext) if ext else None
    if data.startswith(b"%PDF-") or layout == "pdf":
        if not data.startswith(b"%PDF-"):
            raise UnsupportedInputError(
                f"{label}: named .pdf but is not a PDF (no %PDF- header); check the file"
            )
        return RawInput(text="", layout="pdf", source=_source(label, "pdf", data, None), data=data)
    office = layout == "docx" or ext in (".doc", ".odt") or data.startswith(b"PK\x03\x04")
    if office and _office_kind(data, ext, label) == "docx":
        src = _source(label, "docx", data, None)
        return RawInput(text="", layout="docx", source=src, data=data)
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise UnsupportedInputError(
                f"{label}: this is {what}, not a text; "
                "give ctdocs a .txt, .md, .html, .pdf or .docx file"
            )
    text, encoding, fallback = _decode(data, label)
    if not text.strip():
        raise EmptyDocumentError(f"{label}: the document is empty; there is nothing to parse")
    if layout is None or layout == "text":
        layout = sniff_layout(text, layout)
    return RawInput(
        text=text,
        layout=layout,
        source=_source(label, layout, data, encoding, fallback),
    )


def _office_kind(data: bytes, ext: str, label: str) -> str:
    """ "docx" for a Word package; otherwise the error that says what to convert it to."""
    from .docx.package import zip_kind

    convert = "convert it to .docx (soffice --headless --convert-to docx FILE) or to PDF"
    if data.startswith(b"\xd0\xcf\x11\xe0") and "EncryptedPackage".encode("utf-16-le") in data:
        raise DocxError(  # Office keeps a password-protected .docx in an OLE file
            f"{label}: this .docx is password-protected (encrypted); open it in Word, remove "
            "the password (File > Info > Protect Document) and save it again"
        )
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # an OLE compound file
        what = (
            "a password-protected .docx or an old binary Word .doc"
            if ext == ".docx"
            else "an old binary Office file (.doc)"
        )
        raise UnsupportedInputError(f"{label}: this is {what}; remove any password and {convert}")
    if not data.startswith(b"PK\x03\x04"):
        if ext == ".docx":
            raise DocxError(
                f"{label}: named .docx but is not a Word package (no ZIP header); check the file"
            )
        return "text"
    kind = zip_kind(data)
    if kind == "broken":  # a damaged .docx is the package reader's to explain
        kind = "docx" if ext == ".docx" else "zip"
    if kind == "odt":
        raise UnsupportedInputError(f"{label}: this is an OpenDocument file (.odt); {convert}")
    if kind == "zip":
        raise (DocxError if ext == ".docx" else UnsupportedInputError)(
            f"{label}: this is a ZIP archive"
            + (" but not a Word document (no word/document.xml)" if ext == ".docx" else "")
            + "; give ctdocs a .txt, .md, .html, .pdf or .docx file"
        )
    return "docx"


def source_for_text(text: str, name: str | None, layout: Layout) -> Source:
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate: not text, and not writable as JSON
        raise DecodeError(
            f"{name or '<text>'}: character {exc.start} is an unpaired surrogate "
            f"(U+{ord(text[exc.start]):04X}), not text; decode the input without "
            "errors='surrogateescape' (or pass the bytes to parse_document())"
        ) from None
    return _source(name, layout, data, None)


def sniff_layout(text: str, hint: Layout | None) -> Layout:
    """Tell HTML and Markdown-ish text from plain text by their first kilobytes."""
    head = text[:4096].lstrip().lower()
    if hint is None and (head.startswith(("<!doctype html", "<html")) or "<body" in head):
        return "html"
    sample = text[:65536]
    if "**" in sample or any(
        line.startswith(("# ", "## ", "### ", "#### ")) for line in sample.splitlines()
    ):
        return "markdown"
    return hint or "text"


def _source(
    label: str | None, layout: Layout, data: bytes, encoding: str | None, fallback: bool = False
) -> Source:
    return Source(
        name=escape_name(label) if label is not None else None,
        media_type=_MEDIA_TYPES[layout],
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        encoding=encoding,
        encoding_fallback=fallback,
    )


def _read_bytes(obj: object, name: str | None, cap: int) -> tuple[bytes, str, str]:
    if isinstance(obj, str | os.PathLike):
        path = Path(obj)
        label = name or str(path)
        return _read_file(path, label, cap), label, path.suffix.lower()
    if isinstance(obj, bytes | bytearray | memoryview):
        label = name or "<bytes>"
        return bytes(obj), label, Path(name).suffix.lower() if name else ""
    read = getattr(obj, "read", None)
    if callable(read):
        label = name or str(getattr(obj, "name", "<file object>"))
        try:
            data = read(cap + 1)
        except OSError as exc:
            raise InputNotFoundError(f"{label}: cannot be read ({exc})") from None
        if isinstance(data, str):
            raise UnsupportedInputError(
                f"{label}: is a text-mode file; open it with 'rb' or use parse_text()"
            )
        if not isinstance(data, bytes | bytearray):
            raise UnsupportedInputError(f"{label}: read() gave {type(data).__name__}, not bytes")
        return bytes(data), label, Path(label).suffix.lower() if "." in label else ""
    raise UnsupportedInputError(
        f"{type(obj).__name__} is not a path, bytes or binary file object; "
        "for a string of text use parse_text()"
    )


def _read_file(path: Path, label: str, cap: int) -> bytes:
    """The bytes of a regular file, at most ``cap + 1`` of them (enough to tell it is too large).

    Why through one descriptor: the file is opened without blocking and checked
    with ``fstat`` on that descriptor, so a FIFO (which would wait for a writer)
    or a device (``/dev/zero`` is endless, with a size of 0) is refused before a
    single read, and the check cannot be raced by swapping the path. The limit
    is enforced on the bytes read, not on the size the file system reports.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise InputNotFoundError(f"{label}: no such file; check the path") from None
    except PermissionError:
        raise InputNotFoundError(f"{label}: permission denied; check its permissions") from None
    except OSError as exc:
        raise InputNotFoundError(f"{label}: cannot be read ({exc.strerror})") from None
    try:
        st = os.fstat(fd)
        _check_regular(st.st_mode, label)
        if st.st_size > cap:
            raise InputTooLargeError(
                f"{label}: {st.st_size:,} bytes is over the limit of {cap:,}; split the file or "
                "raise the limit (max_bytes=... or CTDOCS_MAX_BYTES)"
            )
        return _read_at_most(fd, cap + 1)
    except OSError as exc:
        raise InputNotFoundError(f"{label}: cannot be read ({exc.strerror})") from None
    finally:
        os.close(fd)


def _check_regular(mode: int, label: str) -> None:
    if stat.S_ISDIR(mode):
        raise InputNotFoundError(
            f"{label}: is a directory; pass the files in it (ctdocs parse DIR does that)"
        )
    if not stat.S_ISREG(mode):
        kind = next((what for test, what in _SPECIAL if test(mode)), "a special file")
        raise UnsupportedInputError(
            f"{label}: is {kind}, not a regular file; ctdocs reads files only "
            "(save the stream to a file first, or pass its bytes to parse_document())"
        )


_SPECIAL = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _read_at_most(fd: int, size: int) -> bytes:
    chunks: list[bytes] = []
    left = size
    while left > 0:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def escape_name(name: str) -> str:
    """A file name as text that JSON can hold, from which the name can be had back.

    Why: a POSIX file name is bytes; Python gives the bytes that are not UTF-8
    as lone surrogates (``surrogateescape``), which no JSON or UTF-8 file may
    hold, so ``model_dump_json()`` failed on them. Such a byte is written
    ``\\xNN`` (``caf\\xe9.txt`` for the Latin-1 name ``café.txt``), any other
    lone surrogate ``\\udXXX``, and every backslash of such a name is doubled. On
    POSIX a name holding a backslash is escaped too (its backslashes doubled),
    so the escape is unambiguous; a name with neither (nearly all of them) is
    unchanged. :func:`unescape_name` gives the original back.
    """
    if not _NEEDS_ESCAPE.search(name):
        return name
    return _ESCAPE_RE.sub(_escape_char, name)


def unescape_name(name: str) -> str:
    """The name :func:`escape_name` was given (as Python holds it: surrogates for raw bytes)."""
    if "\\" not in name:
        return name
    return _UNESCAPE_RE.sub(_unescape_char, name)


# On POSIX a backslash is an ordinary (rare) character of a name, so a name holding one is
# escaped too, which keeps the escape reversible; on Windows it is the path separator.
_NEEDS_ESCAPE = re.compile("[\\\\\ud800-\udfff]" if os.sep == "/" else "[\ud800-\udfff]")
_ESCAPE_RE = re.compile("[\\\\\ud800-\udfff]")
_UNESCAPE_RE = re.compile(r"\\(\\|x[0-9a-f]{2}|u[0-9a-f]{4})")


def _escape_char(m: re.Match[str]) -> str:
    code = ord(m.group())
    if code == 0x5C:
        return "\\\\"
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}"


def _unescape_char(m: re.Match[str]) -> str:
    body = m.group(1)
    if body == "\\":
        return "\\"
    if body[0] == "x":
        return chr(0xDC00 + int(body[1:], 16))
    return chr(int(body[1:], 16))


def _decode(data: bytes, label: str) -> tuple[str, str, bool]:
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", label), "utf-8-sig", False
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", label), "utf-16", False
    try:
        text = data.decode("utf-8")
        encoding, fallback = "utf-8", False
    except UnicodeDecodeError:
        if _looks_binary(data):
            raise DecodeError(
                f"{label}: looks like binary data, not text; give ctdocs a text, HTML or PDF file"
            ) from None
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, encoding = data.decode("latin-1"), "latin-1"
        fallback = True
    if _looks_binary_text(text):
        raise DecodeError(
            f"{label}: looks like binary data, not text; give ctdocs a text, HTML or PDF file"
        )
    return text, encoding, fallback


def _strict(data: bytes, encoding: str, label: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"{label}: declares {encoding} (byte-order mark) but byte {exc.start} is not "
            f"{encoding}; re-save the file as UTF-8"
        ) from None


# the control characters a text file does not hold (all below 32 but tab, line feed,
# form feed, carriage return); counted by the regex engine, not a Python step per character
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f]")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = len(_CONTROL_BYTES.findall(sample))
    return controls > max(8, len(sample) // 50)


def _looks_binary_text(text: str) -> bool:
    sample = text[:8192]
    if "\x00" in sample:
        return True
    controls = len(_CONTROL_CHARS.findall(sample))
    return controls > max(8, len(sample) // 50)
