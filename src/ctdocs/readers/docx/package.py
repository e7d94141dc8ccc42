"""The .docx package: a ZIP checked before anything is parsed, and a safe XML parser.

A .docx is a ZIP of XML parts. Before python-docx or lxml sees a byte, the
archive is checked here: it must open as a ZIP, hold at most
:data:`MAX_MEMBERS` members whose declared sizes add up to at most
:data:`MAX_UNPACKED` bytes (a zip bomb declares small and unpacks huge, so the
parts are also read with that budget, never trusting the header), and none of
its XML parts may carry a DOCTYPE (Office never writes one; a DOCTYPE is how an
entity bomb or an external entity gets in). The parser itself resolves no
entities, loads no DTD, never touches the network and keeps lxml's huge-tree
limits on. Every failure is a :class:`~ctdocs._errors.DocxError` naming the
input and what to do; nothing from zipfile, lxml or python-docx escapes.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from typing import Literal

from lxml import etree

from ..._errors import DocxError

__all__ = ["MAX_MEMBERS", "MAX_UNPACKED", "Package", "open_package", "parse_xml", "zip_kind"]

MAX_MEMBERS = 2_000
"""Most members a .docx may hold (a long report with many images has a few hundred)."""

MAX_UNPACKED = 512 * 1024 * 1024
"""Most bytes the XML parts may unpack to (a 2 000-page document is well under 100 MB)."""

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
)
ZipKind = Literal["docx", "odt", "zip", "broken"]


def zip_kind(data: bytes) -> ZipKind:
    """What a ZIP holds, from its member names alone: a Word document, an ODF text, or else."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            if len(names) > MAX_MEMBERS:
                return "docx"  # too many to judge: the package reader says why it refuses
            if "word/document.xml" in names or (
                "[Content_Types].xml" in names and any(n.startswith("word/") for n in names)
            ):
                return "docx"
            if "mimetype" in names and z.read("mimetype")[:60].startswith(
                b"application/vnd.oasis.opendocument"
            ):
                return "odt"
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, EOFError):
        return "broken"
    return "zip"


def _refuse_doctype(data: bytes, label: str, part: str) -> None:
    """Word never writes a DOCTYPE; one is how an entity bomb or external entity gets in."""
    # the whole part: comments may push a DOCTYPE far down the prolog; in text it is escaped
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise DocxError(
            f"{label}: part {part} declares a DOCTYPE/entities, which Word never writes "
            "(an XML entity bomb or external entity); the file is not a genuine .docx"
        )


def parse_xml(data: bytes, label: str, part: str) -> etree._Element:
    """One XML part parsed safely; a DOCTYPE (entity declarations) is refused outright."""
    _refuse_doctype(data, label, part)
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise DocxError(
            f"{label}: part {part} is not well-formed XML ({exc.msg}); the .docx is corrupt: "
            "open and re-save it in Word or LibreOffice"
        ) from None
    if root is None:
        raise DocxError(f"{label}: part {part} is empty; the .docx is corrupt")
    return root


@dataclass(slots=True)
class Package:
    """The parsed XML parts the reader needs (``None``: the document has no such part)."""

    document: etree._Element
    styles: etree._Element | None = None
    numbering: etree._Element | None = None
    footnotes: etree._Element | None = None
    endnotes: etree._Element | None = None
    settings: etree._Element | None = None
    headers: list[etree._Element] = field(default_factory=list)
    footers: list[etree._Element] = field(default_factory=list)


def open_package(data: bytes, label: str) -> Package:
    """Check the archive and every XML part, then read the parts with python-docx."""
    for name, blob in _read_members(data, label).items():
        _refuse_doctype(blob, label, name)
    try:
        import docx

        main = docx.Document(io.BytesIO(data)).part
        pkg = Package(document=main.element)
        seen: set[str] = set()
        for rel in main.rels.values():
            if rel.is_external:
                continue
            kind, part = rel.reltype.rsplit("/", 1)[-1], rel.target_part
            if str(part.partname) in seen:
                continue
            seen.add(str(part.partname))
            if kind in (
                "header",
                "footer",
                "styles",
                "numbering",
                "footnotes",
                "endnotes",
                "settings",
            ):
                el = getattr(part, "element", None)  # python-docx parses the parts it knows
                if el is None:
                    el = parse_xml(part.blob, label, str(part.partname))
                if kind in ("header", "footer"):
                    getattr(pkg, kind + "s").append(el)
                else:
                    setattr(pkg, kind, el)
    except DocxError:
        raise
    except Exception as exc:  # python-docx raises many kinds on a damaged package
        raise DocxError(
            f"{label}: not a readable Word document ({type(exc).__name__}: {exc}); "
            "open and re-save it as .docx in Word or LibreOffice"
        ) from None
    return pkg


def _read_members(data: bytes, label: str) -> dict[str, bytes]:
    """The XML members, read within the member and size budgets (the headers may lie)."""
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise DocxError(
            f"{label}: not a readable .docx (the ZIP container is corrupt or truncated); "
            "open and re-save it in Word or LibreOffice"
        ) from None
    with z:
        infos = z.infolist()
        if len(infos) > MAX_MEMBERS:
            raise DocxError(
                f"{label}: {len(infos):,} members in the package, over the limit of "
                f"{MAX_MEMBERS:,}; this is not an ordinary .docx (a zip bomb?)"
            )
        if any(i.flag_bits & 0x1 for i in infos):
            raise DocxError(
                f"{label}: the package is encrypted; remove the password in Word "
                "(File > Info > Protect Document) and save it again"
            )
        budget = MAX_UNPACKED
        if sum(i.file_size for i in infos if _wanted(i.filename)) > budget:
            raise _bomb(label)
        parts: dict[str, bytes] = {}
        for info in infos:
            if not _wanted(info.filename):
                continue
            try:
                with z.open(info) as f:
                    blob = f.read(budget + 1)
            except (
                zipfile.BadZipFile,
                OSError,
                ValueError,
                EOFError,
                NotImplementedError,
                RuntimeError,
                zipfile.LargeZipFile,
            ) as exc:
                raise DocxError(
                    f"{label}: member {info.filename} cannot be unpacked ({exc}); the .docx "
                    "is corrupt: open and re-save it in Word or LibreOffice"
                ) from None
            budget -= len(blob)
            if budget < 0:
                raise _bomb(label)
            parts[info.filename] = blob
    return parts


def _wanted(name: str) -> bool:
    return name.endswith((".xml", ".rels"))


def _bomb(label: str) -> DocxError:
    return DocxError(
        f"{label}: the XML parts unpack to more than {MAX_UNPACKED:,} bytes; this is not an "
        "ordinary .docx (a zip bomb?) — split the document"
    )
