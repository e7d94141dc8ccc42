"""A small raw PDF writer, for files no typesetter would make: the PDF bombs.

Each function returns the bytes of a complete PDF (header, numbered objects, a
cross-reference table, trailer) built by hand, so that a test can say exactly
what the content stream holds: a stream that inflates to gigabytes, a million
operators, one string of a million characters, forms drawing forms ten times at
every level, a hundred thousand pages. Font ``/F1`` is Helvetica throughout.
"""

from __future__ import annotations

import zlib

__all__ = [
    "bare_q",
    "fan_out",
    "flate_bomb",
    "huge_tj",
    "inline_images",
    "many_pages",
    "q_pairs",
    "write_pdf",
]

FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
TEXT = b"BT /F1 11 Tf 72 720 Td (1. The Council decides to act.) Tj ET\n"


def write_pdf(objects: list[bytes]) -> bytes:
    """A PDF of ``objects`` (object k+1 is ``objects[k]``; object 1 is the catalog)."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for k, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def stream(data: bytes, extra: bytes = b"", *, flate: bool = True) -> bytes:
    """A stream object's body; ``flate``: compressed, with ``/Filter /FlateDecode``."""
    if flate:
        data = zlib.compress(data, 9)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def one_page(
    content_object: bytes, more: list[bytes] | None = None, xobjects: bytes = b""
) -> bytes:
    """One A4 page whose content is object 4; ``more`` are objects 5 on."""
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 3 0 R >> " + xobjects + b">> >>"
    )
    return write_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % (5 + len(more or [])),
            FONT,
            content_object,
            *(more or []),
            page,
        ]
    )


def flate_bomb(inflated: int = 1 << 30) -> bytes:
    """A content stream of ``inflated`` spaces (1 GiB), about 4 MB deflated."""
    z = zlib.compressobj(1)  # fast; 9 would make it 4 times smaller, 10 times slower
    block = b" " * (1 << 20)
    parts = [z.compress(TEXT)]
    parts += [z.compress(block) for _ in range(inflated >> 20)]
    parts.append(z.flush())
    data = b"".join(parts)
    body = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data)
    return one_page(body + data + b"\nendstream")


def q_pairs(pairs: int = 2_000_000) -> bytes:
    """``q Q`` said ``pairs`` times (8 MB inflated): four million operators that do nothing."""
    return one_page(stream(TEXT + b"q Q " * pairs))


def bare_q(count: int = 2_000_000) -> bytes:
    """``q`` (save the graphics state) ``count`` times, never restored (4 MB inflated)."""
    return one_page(stream(TEXT + b"q\n" * count))


def inline_images(count: int = 200_000) -> bytes:
    """``count`` one-pixel inline images (``BI … ID … EI``) on one page."""
    image = b"BI /W 1 /H 1 /BPC 8 /CS /G ID \x80 EI\n"
    return one_page(stream(TEXT + image * count))


def huge_tj(chars: int = 1_000_000) -> bytes:
    """One ``Tj`` showing ``chars`` characters: a million in a file of under 2 kB."""
    return one_page(stream(b"BT /F1 11 Tf 72 720 Td (" + b"A" * chars + b") Tj ET\n"))


def fan_out(width: int = 10, depth: int = 8) -> bytes:
    """Forms drawing the next form ``width`` times, ``depth`` levels: width**depth draws."""
    forms = []
    first = 5  # object number of form 0 (form k draws form k + 1)
    for k in range(depth):
        call = b"/X%d Do " % (k + 1) if k + 1 < depth else b""
        content = b"q " + call * width + b"Q\n" if call else TEXT
        res = (
            (
                b" /Resources << /Font << /F1 3 0 R >> /XObject << /X%d %d 0 R >> >>"
                % (k + 1, first + k + 1)
            )
            if call
            else b" /Resources << /Font << /F1 3 0 R >> >>"
        )
        forms.append(
            stream(
                content, b" /Type /XObject /Subtype /Form /BBox [0 0 595 842]" + res, flate=False
            )
        )
    page_content = stream(TEXT + b"/X0 Do\n" * width, flate=False)
    return one_page(page_content, forms, xobjects=b"/XObject << /X0 %d 0 R >> " % first)


def many_pages(count: int = 100_000) -> bytes:
    """``count`` pages, each a page object of its own sharing one short content stream."""
    first = 5
    kids = b" ".join(b"%d 0 R" % (first + k) for k in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count,
        FONT,
        stream(TEXT, flate=False),
    ]
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 3 0 R >> >> >>"
    )
    objects += [page] * count
    return write_pdf(objects)
