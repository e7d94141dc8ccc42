"""DOCX input that is hostile or foreign: a CtdocsError naming the input, within 5 s.

Zip and entity bombs, late doctypes, lying sizes, .doc and .odt, reading by path and
media type, the reader's work bound, the command line. The packages are built here or
by ``tests/docxgen``.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from ctdocs import CtdocsError, DocxError, UnsupportedInputError, parse_document
from ctdocs.readers.docx import docx_to_text
from ctdocs.readers.docx import package as pkgmod

from ._docxzip import _zip
from .docxgen.fromtext import text_to_docx
from .docxgen.package import Doc, level, para, run

# ---- hostile and foreign input: a CtdocsError naming the input, within 5 s ----------------


def _valid() -> bytes:
    d = Doc()
    d.body.append(para(run("Article premier. Le terrorisme est un crime.")))
    return d.bytes()


def _entity_bomb() -> bytes:
    z = zipfile.ZipFile(io.BytesIO(_valid()))
    members = {n: z.read(n) for n in z.namelist()}
    lol = "".join(f'<!ENTITY l{k} "{f"&l{k - 1};" * 10}">' for k in range(1, 10))
    members["word/document.xml"] = (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY l0 "lol">{lol}]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    return _zip(members)


def _late_doctype() -> bytes:
    """An external entity whose DOCTYPE sits behind 10 kB of comments in the prolog."""
    z = zipfile.ZipFile(io.BytesIO(_valid()))
    members = {n: z.read(n) for n in z.namelist()}
    members["word/document.xml"] = (
        '<?xml version="1.0"?>'
        + "<!-- padding -->" * 700
        + '<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    return _zip(members)


def _lying_bomb() -> bytes:
    """A member whose header declares 10 bytes but which unpacks to 4 MB."""
    z = zipfile.ZipFile(io.BytesIO(_valid()))
    members = {n: z.read(n) for n in z.namelist()}
    members["word/bomb.xml"] = b"<a>" + b" " * 4_000_000 + b"</a>"
    data = bytearray(_zip(members))
    for sig in (b"PK\x03\x04", b"PK\x01\x02"):  # patch the sizes in both headers
        at = 0
        while (at := data.find(sig, at)) >= 0:
            off = 22 if sig == b"PK\x03\x04" else 24
            name_off = 30 if sig == b"PK\x03\x04" else 46
            nlen = int.from_bytes(data[at + (26 if sig == b"PK\x03\x04" else 28) :][:2], "little")
            if data[at + name_off : at + name_off + nlen] == b"word/bomb.xml":
                data[at + off : at + off + 4] = (10).to_bytes(4, "little")
            at += 4
    return bytes(data)


HOSTILE: dict[str, tuple[Callable[[], bytes], type[CtdocsError], str]] = {
    "truncated": (lambda: _valid()[:200], DocxError, "corrupt"),
    "not-a-zip": (lambda: b"Simple texte, pas un document Word.", DocxError, "not a Word"),
    "png": (lambda: b"\x89PNG\r\n\x1a\n" + b"\0" * 64, DocxError, "not a Word"),
    "plain-zip": (lambda: _zip({"a.txt": b"x"}), DocxError, "not a Word document"),
    "encrypted": (
        lambda: (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
            + b"\0" * 512
            + "EncryptedPackage".encode("utf-16-le")
        ),
        DocxError,
        "password-protected",
    ),
    "ole-not-encrypted": (
        lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512,
        UnsupportedInputError,
        "password",
    ),
    "entity-bomb": (_entity_bomb, DocxError, "entity bomb"),
    "external-entity": (_late_doctype, DocxError, "DOCTYPE"),
    # zipfile reads no further than the declared size, then the CRC fails: corrupt
    "lying-zip-bomb": (_lying_bomb, DocxError, "corrupt"),
    "many-members": (
        lambda: _zip({f"m{k}.xml": b"<a/>" for k in range(2_100)}),
        DocxError,
        "members",
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_docx_is_a_clear_error(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    make, kind, words = HOSTILE[case]
    monkeypatch.setattr(pkgmod, "MAX_UNPACKED", 1_000_000)
    data = make()
    with pytest.raises(kind) as err:
        parse_document(data, name="hostile.docx")
    assert "hostile.docx" in str(err.value)
    assert words in str(err.value)


def test_declared_zip_bomb_is_refused_before_unpacking(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pkgmod, "MAX_UNPACKED", 100_000)
    z = zipfile.ZipFile(io.BytesIO(_valid()))
    members = {n: z.read(n) for n in z.namelist()}
    members["word/big.xml"] = b"<a>" + b"0" * 500_000 + b"</a>"
    with pytest.raises(DocxError, match="zip bomb"):
        parse_document(_zip(members), name="big.docx")


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("rapport.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "convert it to .docx"),
        ("report.odt", None, "OpenDocument"),
    ],
)
def test_doc_and_odt_say_what_to_convert_to(name: str, data: bytes | None, words: str) -> None:
    if data is None:
        data = _zip(
            {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<a/>"}
        )
    with pytest.raises(CtdocsError, match=words) as err:
        parse_document(data, name=name)
    assert name in str(err.value)


def test_docx_by_path_and_media_type(tmp_path: Path) -> None:
    p = tmp_path / "loi.docx"
    p.write_bytes(_valid())
    doc = parse_document(p)
    assert doc.source.media_type.endswith("wordprocessingml.document")
    assert doc.text.startswith("Article premier.")


@pytest.mark.slow
def test_reader_is_bounded_by_work() -> None:
    """160 000 numbered paragraphs are read whole, numbers and all.

    Bounded by work, not by a clock (as tests/test_pathological.py): a linear reader
    takes seconds here, one that walks every earlier paragraph for each new one (to
    count its number, say) would take hours. Speed itself is measured by
    benchmarks/bench_docx.py. Level 0 counts 1, 2, 3 …; each level-1 paragraph after
    it is its first (a), the count restarting under every new level-0 number."""
    n = 160_000
    d = Doc()
    nid = d.num(d.abstract([level(0, "%1."), level(1, "(%2)", "lowerLetter")]))
    for k in range(n):
        d.body.append(para(run(f"Paragraphe {k} sur la coopération."), num=(nid, k % 2)))
    expected = "\n\n".join(
        f"{k // 2 + 1}. Paragraphe {k} sur la coopération."
        if k % 2 == 0
        else f"(a) Paragraphe {k} sur la coopération."
        for k in range(n)
    )
    assert docx_to_text(d.bytes(), "g.docx").text.strip() == expected


@pytest.mark.parametrize(
    ("lines", "line", "message"),
    [
        ("Titre\n1. Premier.\n2. Deuxième.\n4. Quatrième.\n", 4, "gap before clause 4"),
        ("Title\n1. First.\n2. Second.\n2. Second again.\n", 4, "duplicate"),
    ],
)
def test_cli_takes_docx(
    tmp_path: Path, lines: str, line: int, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from ctdocs.cli import main

    p = tmp_path / "texte.docx"
    p.write_bytes(text_to_docx(lines, auto=True))  # Word numbering, as a user's file has it
    assert main(["validate", str(p)]) == 1
    out = capsys.readouterr().out
    assert f"{p}:{line}: " in out and message in out  # the line is the paragraph
    assert main(["parse", str(p), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["source"]["media_type"].endswith(
        "wordprocessingml.document"
    )
