"""Inputs: paths, bytes, file objects, encodings, line ends — and clear errors for bad ones."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

import ctdocs
from ctdocs import (
    CtdocsError,
    DecodeError,
    EmptyDocumentError,
    InputNotFoundError,
    InputTooLargeError,
    UnsupportedInputError,
    parse_document,
    parse_text,
)

FR = (
    "Plan d'action\n\nObjectifs\n\n1. Les Alliés renforceront la coopération.\n"
    "2. Les Partenaires seront invités à participer.\n"
)
EN = (
    "Action Plan\n\nObjectives\n\n1. Allies will strengthen their cooperation.\n"
    "2. Partners will be invited to take part.\n"
)


@pytest.mark.parametrize("text,lang", [(FR, "fr"), (EN, "en")], ids=["fr", "en"])
@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8"),
        lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"),
        lambda t: t.encode("utf-16"),
        lambda t: t.replace("\n", "\r\n").encode("utf-8"),
        lambda t: t.replace("\n", "\r").encode("utf-8"),
        lambda t: t.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "crlf", "cr", "cp1252"],
)
def test_encodings_and_line_ends_give_the_same_tree(text: str, lang: str, encode) -> None:  # type: ignore[no-untyped-def]
    doc = parse_document(encode(text), name="x.txt")
    assert doc.language == lang
    lines = text.split("\n")
    assert doc.title == lines[0]
    assert [(c.number, c.section) for c in doc.clauses()] == [("1", lines[2]), ("2", lines[2])]
    assert doc.clauses()[1].text == lines[5][3:]


def test_cp1252_fallback_is_reported() -> None:
    doc = parse_document(FR.encode("cp1252"), name="x.txt")
    assert doc.source.encoding_fallback and doc.source.encoding == "cp1252"
    assert "Alliés" in doc.text
    assert not parse_document(FR.encode("utf-8")).source.encoding_fallback


def test_path_str_path_bytes_and_file_object_agree(tmp_path: Path) -> None:
    f = tmp_path / "t.txt"
    f.write_text(EN, encoding="utf-8")
    docs = [
        parse_document(str(f)),
        parse_document(f),
        parse_document(f.read_bytes()),
        parse_document(io.BytesIO(f.read_bytes())),
    ]
    assert len({d.text for d in docs}) == 1
    assert docs[0].source.sha256 == docs[2].source.sha256
    assert docs[0].source.name == str(f)


def test_parse_text_detects_language_and_keeps_french_with_english_quote() -> None:
    quote = (
        "Le Conseil a rappelé que « the fight against terrorism is a shared task » "
        "et a décidé de poursuivre les travaux engagés dans le cadre du plan."
    )
    assert parse_text(quote).language == "fr"
    english = parse_text("The Council decided that the work shall continue under the plan.")
    assert english.language == "en"
    assert parse_text("The Council decided.", language="fr").language == "fr"


@pytest.mark.parametrize(
    "make,error,words",
    [
        (lambda p: p / "missing.txt", InputNotFoundError, "no such file"),
        (lambda p: p, InputNotFoundError, "directory"),
    ],
    ids=["missing", "directory"],
)
def test_bad_paths(tmp_path: Path, make, error, words) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(error, match=words) as info:
        parse_document(make(tmp_path))
    assert str(tmp_path) in str(info.value)


@pytest.mark.parametrize(
    "data,error",
    [
        (b"", EmptyDocumentError),
        (b"  \n\n\t ", EmptyDocumentError),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), UnsupportedInputError),
        (b"PK\x03\x04" + bytes(100), UnsupportedInputError),
        (bytes(range(256)) * 10, DecodeError),
        (b"\xff\xfe" + b"\x00\xd8", DecodeError),
    ],
    ids=["empty", "blank", "png", "zip", "binary", "bad-utf16"],
)
def test_bad_bytes_raise_a_ctdocs_error_naming_the_input(
    data: bytes, error: type[CtdocsError]
) -> None:
    with pytest.raises(error) as info:
        parse_document(data, name="upload.txt")
    assert "upload.txt" in str(info.value)


def test_size_limit(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text("1. Texte.\n" * 200, encoding="utf-8")
    with pytest.raises(InputTooLargeError, match="limit"):
        parse_document(f, max_bytes=100)
    assert parse_document(f).clauses()


def test_wrong_argument_types() -> None:
    with pytest.raises(UnsupportedInputError):
        parse_document(12345)
    with pytest.raises(CtdocsError):
        parse_text(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(UnsupportedInputError, match="text-mode"):
        parse_document(io.StringIO("x"))


def test_public_surface() -> None:
    for name in ("parse_document", "parse_text", "json_schema", "CtdocsError", "Document"):
        assert name in ctdocs.__all__
    assert issubclass(ctdocs.PdfError, CtdocsError)


def test_dir_offers_the_public_api_and_nothing_private() -> None:
    shown = dir(ctdocs)
    assert set(ctdocs.__all__) <= set(shown)
    assert "__version__" in shown
    # typing helpers, the lazy table and stage modules are not the API
    for private in ("TYPE_CHECKING", "Any", "_LAZY", "_layout", "_structure"):
        assert private not in shown


# -- files that are not files, sizes that lie, names that are not UTF-8 -------------------------


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="Linux /proc")
def test_the_size_limit_counts_bytes_read_not_the_size_reported() -> None:
    # /proc files are regular files that report a size of 0 and hold more
    with pytest.raises(InputTooLargeError, match="over the limit of 64"):
        parse_document("/proc/self/status", max_bytes=64)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFO")
def test_a_fifo_is_refused_before_any_read(tmp_path: Path) -> None:
    fifo = tmp_path / "stream.txt"
    os.mkfifo(fifo)  # no writer: reading would block for ever
    with pytest.raises(UnsupportedInputError, match=r"named pipe \(FIFO\), not a regular file"):
        parse_document(fifo)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="POSIX device")
def test_a_device_is_refused_before_any_read() -> None:
    with pytest.raises(UnsupportedInputError, match="character device"):
        parse_document("/dev/zero")


@pytest.mark.parametrize(
    ("name", "escaped"),
    [
        ("plan.txt", "plan.txt"),
        ("résolution.txt", "résolution.txt"),
        ("caf\udce9.txt", "caf\\xe9.txt"),  # café.txt in Latin-1: byte E9 is not UTF-8
        ("a\\b\udcff.md", "a\\\\b\\xff.md"),
        ("a\\x41.txt", "a\\\\x41.txt" if os.sep == "/" else "a\\x41.txt"),
    ],
)
def test_names_are_escaped_reversibly(name: str, escaped: str) -> None:
    from ctdocs.readers._source import escape_name, unescape_name

    assert escape_name(name) == escaped
    assert unescape_name(escape_name(name)) == name


@pytest.mark.parametrize("text", [FR, EN], ids=["fr", "en"])
def test_a_non_utf8_name_serialises(text: str) -> None:
    doc = parse_document(text.encode("utf-8"), name="d\udce9cret.txt")
    assert doc.source.name == "d\\xe9cret.txt"
    assert '"name":"d\\\\xe9cret.txt"' in doc.model_dump_json()
    assert doc.clauses()
