"""Bounded PDFs (readers/pdf/limits, budgeted, pagetree, isolate): every bomb ends in a clear error.

Each bomb class of ``tests/pdfgen/raw.py`` is read twice: small, with the one
budget it spends lowered, in this process (fast: the error names the page and
the budget, and says it is not a corrupt file); and at full size with the
default budgets in a child process whose time and peak memory are measured
(slow: within 20 s and 1 GB). A real PDF (the seeds typeset) reads the same
under the budgets, in a child process too; rotated text is kept.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from ctdocs import (
    InputError,
    InputTooLargeError,
    PdfLimits,
    PdfResourceError,
    parse_document,
)
from ctdocs.readers.pdf.budgeted import _inflate
from ctdocs.readers.pdf.pagetree import count_pages

from .conftest import SEEDS
from .pdfgen import raw, render

# -- each bomb, small, against the one budget it spends ------------------------------------

SMALL = [
    # (bomb, budget lowered, the budget the error must name, a word of its message)
    (
        "flate",
        raw.flate_bomb(8 << 20),
        {"stream_bytes_per_page": 1 << 20},
        "stream_bytes_per_page",
        "inflates",
    ),
    (
        "q-Q",
        raw.q_pairs(5_000),
        {"operators_per_page": 2_000},
        "operators_per_page",
        "content-stream operators",
    ),
    ("bare-q", raw.bare_q(5_000), {}, "state_depth", "graphics states"),
    (
        "inline-image",
        raw.inline_images(300),
        {"inline_images_per_page": 100},
        "inline_images_per_page",
        "inline images",
    ),
    ("huge-Tj", raw.huge_tj(), {}, "characters_per_page", "characters"),
    ("fan-out", raw.fan_out(10, 4), {"forms_per_page": 50}, "forms_per_page", "form XObject"),
    ("form-depth", raw.fan_out(1, 20), {}, "form_depth", "forms drawn inside forms"),
]


@pytest.mark.parametrize(
    ("data", "limits", "budget", "word"), [s[1:] for s in SMALL], ids=[s[0] for s in SMALL]
)
def test_bomb_ends_in_an_error_naming_page_and_budget(
    data: bytes, limits: dict[str, int], budget: str, word: str
) -> None:
    with pytest.raises(PdfResourceError) as info:
        parse_document(data, name="bomb.pdf", pdf_limits=PdfLimits(**limits))  # type: ignore[arg-type]
    err = info.value
    assert (err.page, err.budget) == (1, budget)
    message = str(err)
    assert message.startswith("bomb.pdf: page 1: ") and word in message
    assert f"--pdf-limit {budget}=N" in message and "not a corrupt file" in message
    assert "corrupt or truncated" not in message


def test_under_its_budgets_the_same_file_reads() -> None:
    """The budgets bound, they do not change: a q Q page under a raised budget parses."""
    doc = parse_document(raw.q_pairs(5_000), pdf_limits=PdfLimits(operators_per_page=20_000))
    assert [c.number for c in doc.clauses()] == ["1"]
    clause = doc.clauses()[0]
    assert f"{clause.title or ''} {clause.text}".strip().startswith("The Council decides")


def test_document_budget_is_counted_across_pages() -> None:
    data = raw.many_pages(30)  # each page shows 30 characters: 900 in all
    with pytest.raises(PdfResourceError, match=r"page 17: .* in the document is over") as info:
        parse_document(data, pdf_limits=PdfLimits(characters=500))
    assert info.value.budget == "characters"


def test_time_budget_names_the_page() -> None:
    with pytest.raises(PdfResourceError, match="seconds per page") as info:
        parse_document(raw.q_pairs(200_000), pdf_limits=PdfLimits(seconds_per_page=0.2))
    assert info.value.budget == "seconds_per_page"


def test_inflating_stops_at_the_budget() -> None:
    """The inflater holds at most the budget (plus one chunk), whatever the stream holds."""
    import zlib

    bomb = zlib.compress(b" " * (64 << 20), 1)
    assert _inflate(bomb, 1 << 20) is None
    assert _inflate(bomb, 64 << 20) == b" " * (64 << 20)
    assert isinstance(_inflate(bomb[:-10], 100 << 20), zlib.error)  # truncated: pdfminer decides


def test_too_deep_is_not_corrupt() -> None:
    deep = b"[" * 50_000 + b"]" * 50_000
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842 " + deep + b"] "
        b"/Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>"
    )
    data = raw.write_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
            raw.FONT,
            raw.stream(raw.TEXT),
            page,
        ]
    )
    with pytest.raises(PdfResourceError, match=r"deep\.pdf: page 1: .*too deep") as info:
        parse_document(data, name="deep.pdf")
    assert "corrupt or truncated" not in str(info.value) and info.value.budget == "nesting"


# -- pages counted on the page tree ----------------------------------------------------------


def test_pages_are_counted_before_any_is_built() -> None:
    data = raw.many_pages(2_000)
    with pytest.raises(InputTooLargeError, match=r"at least 101 pages is over the limit of 100"):
        parse_document(data, name="pages.pdf", pdf_limits=PdfLimits(pages=100))


@pytest.mark.parametrize(("pages", "limit", "counted"), [(30, 100, 30), (30, 10, 11)])
def test_count_pages_stops_past_the_limit(pages: int, limit: int, counted: int) -> None:
    import io

    import pdfplumber

    data = raw.many_pages(pages)
    pdf = pdfplumber.open(io.BytesIO(data))
    assert count_pages(pdf.doc, limit, data) == counted


# -- limits as values and options ------------------------------------------------------------


@pytest.mark.parametrize("bad", [{"operators": 0}, {"seconds": -1.0}, {"forms": True}])
def test_limits_must_be_positive_numbers(bad: dict[str, object]) -> None:
    with pytest.raises(InputError, match="must be a positive number"):
        PdfLimits(**bad)  # type: ignore[arg-type]


def test_limits_from_options() -> None:
    got = PdfLimits().with_options(["operators_per_page=2e6", "seconds=60", "isolate=yes"])
    assert (got.operators_per_page, got.seconds, got.isolate) == (2_000_000, 60.0, True)
    with pytest.raises(InputError, match="NAME=VALUE with NAME one of"):
        PdfLimits().with_options(["operator=5"])
    with pytest.raises(InputError, match="is not a number"):
        PdfLimits().with_options(["seconds=soon"])


def test_environment_carries_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CTDOCS_PDF_LIMITS", "operators_per_page=2000")
    with pytest.raises(PdfResourceError, match="operators_per_page"):
        parse_document(raw.q_pairs(5_000))


def test_cli_pdf_limit(tmp_path: Path) -> None:
    pdf = tmp_path / "qq.pdf"
    pdf.write_bytes(raw.q_pairs(5_000))
    run = [sys.executable, "-m", "ctdocs", "parse"]
    bad = subprocess.run(
        [*run, "--pdf-limit", "speed=3", str(pdf)], capture_output=True, text=True, timeout=120
    )
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "--pdf-limit" in bad.stderr
    low = subprocess.run(
        [*run, "--pdf-limit", "operators_per_page=2000", str(pdf)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert low.returncode == 2 and "page 1:" in low.stderr and "operators_per_page" in low.stderr
    ok = subprocess.run([*run, str(pdf)], capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0, ok.stderr


# -- the child process -----------------------------------------------------------------------


def test_isolated_read_gives_the_same_document() -> None:
    data = render(SEEDS[0].read_text(encoding="utf-8"), "un")
    here = parse_document(data, name="un.pdf")
    there = parse_document(data, name="un.pdf", pdf_limits=PdfLimits(isolate=True))
    assert there.model_dump_json() == here.model_dump_json()


def test_isolated_read_raises_the_childs_error() -> None:
    with pytest.raises(PdfResourceError) as info:
        parse_document(raw.bare_q(5_000), pdf_limits=PdfLimits(isolate=True))
    assert (info.value.page, info.value.budget) == (1, "state_depth")


def test_isolated_read_past_its_memory_is_a_memory_error() -> None:
    limits = PdfLimits(
        isolate=True, memory=64 << 20, stream_bytes_per_page=1 << 30, stream_bytes=2 << 30
    )
    with pytest.raises(PdfResourceError, match="memory budget of 64 MiB") as info:
        parse_document(raw.flate_bomb(256 << 20), pdf_limits=limits)
    assert info.value.budget == "memory"


def test_isolated_read_past_its_time_is_killed() -> None:
    limits = PdfLimits(isolate=True, seconds=1.0, seconds_per_page=100.0, operators_per_page=10**8)
    start = time.monotonic()
    with pytest.raises(PdfResourceError, match="seconds") as info:
        parse_document(raw.q_pairs(2_000_000), pdf_limits=limits)
    assert info.value.budget == "seconds" and time.monotonic() - start < 10


# -- rotated text is kept ----------------------------------------------------------------------


def _rotated_page(rotated_lines: int) -> bytes:
    """Horizontal clauses, and more glyphs than theirs set sideways up the left margin."""
    body = b"".join(
        b"BT /F1 11 Tf 72 %d Td (%d. %s) Tj ET\n" % (700 - 20 * k, k, text)
        for k, text in enumerate(
            [b"The Council decides to act.", b"Le Conseil prie les Etats d'agir."], 1
        )
    )
    side = b"".join(
        b"BT /F1 9 Tf 0 1 -1 0 %d 100 Tm (Sideways note %d: draft for discussion only, "
        b"not for circulation) Tj ET\n" % (30 + 12 * k, k)
        for k in range(rotated_lines)
    )
    return raw.one_page(raw.stream(body + side))


def test_rotated_majority_keeps_the_horizontal_clauses() -> None:
    doc = parse_document(_rotated_page(6), name="rotated.pdf")
    clauses = doc.clauses()
    assert [c.number for c in clauses] == ["1", "2"]  # before: none, the page read sideways
    said = [f"{c.title or ''} {c.text}".strip() for c in clauses]
    assert said[0].startswith("The Council decides to act")
    assert said[1].startswith("Le Conseil prie les Etats")
    assert doc.text.count("Sideways note") == 6  # the rotated text is kept as text


# -- the full bombs, measured in a child process (slow) -----------------------------------------

_MEASURE = """
import sys
from ctdocs import CtdocsError, parse_document
try:
    parse_document(sys.argv[1])
    print("parsed")
except CtdocsError as exc:
    print(type(exc).__name__ + ": " + str(exc))
# the peak of this process's own memory (VmHWM): ru_maxrss would also count the
# parent's peak at fork, which a long test session makes large
with open("/proc/self/status") as status:
    print(next(x for x in status if x.startswith("VmHWM:")).split()[1], file=sys.stderr)
"""

FULL = [
    ("flate", raw.flate_bomb, "stream_bytes_per_page"),
    ("q-Q", raw.q_pairs, "per page"),
    ("bare-q", raw.bare_q, "state_depth"),
    ("inline-image", raw.inline_images, "inline_images_per_page"),
    ("huge-Tj", raw.huge_tj, "characters_per_page"),
    ("fan-out", raw.fan_out, "per page"),
    ("100k-pages", raw.many_pages, "at least 10,001 pages"),
]


def measure(path: Path) -> tuple[float, int, str]:
    """Seconds, peak RSS (bytes) and output of ``parse_document(path)`` in a child process."""
    start = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path)], capture_output=True, text=True, check=False
    )
    peak_kib = int(proc.stderr.strip().splitlines()[-1])
    return time.monotonic() - start, peak_kib * 1024, proc.stdout.strip()


@pytest.mark.slow
@pytest.mark.parametrize(("make", "named"), [f[1:] for f in FULL], ids=[f[0] for f in FULL])
def test_full_bomb_within_20_s_and_1_gb(make: object, named: str, tmp_path: Path) -> None:
    path = tmp_path / "bomb.pdf"
    path.write_bytes(make())  # type: ignore[operator]
    seconds, rss, out = measure(path)
    print(f"{path.name}: {seconds:.1f} s, {rss >> 20} MiB: {out}")
    assert out.startswith(("PdfResourceError: ", "InputTooLargeError: ")), out
    assert named in out and "corrupt" not in out.replace("not a corrupt file", "")
    assert seconds < 20 and rss < 1 << 30, (seconds, rss >> 20)
