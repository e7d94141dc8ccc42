"""The display in a real browser: headless Chromium renders a parsed act to a PNG.

The HTML options are checked without a browser in ``test_display.py``; this
test checks that a browser draws the page at all (chips, legend and outline
laid out, not an empty or broken page), and keeps the picture for a person to
look at. It runs where ``chromium`` is installed and is skipped elsewhere.
``CTDOCS_ARTEFACTS=1`` also copies the picture to ``tests/artefacts/`` (the
committed one was made so and looked at: chips per clause at the right, the
document's chips in the header, the legend spelling out each code).
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from ctdocs import parse_document

ROOT = Path(__file__).resolve().parent
ARTEFACTS = ROOT / "artefacts"
# The French Chemical Weapons Convention Implementation Act: CBRN and WMD clauses from
# its first sections, a title and a symbol (C-27.6) in the header.
SOURCE = ROOT / "devcorpus" / "raw" / "fr-ca-loi-mise-en-oeuvre-convention-armes-chimiques.txt"
WIDTH, HEIGHT = 1000, 1300


def _browser() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(_browser() is None, reason="no chromium on this machine")
def test_headless_chromium_draws_the_display(tmp_path: Path) -> None:
    doc = parse_document(SOURCE)
    assert doc.symbol == "C-27.6" and set(doc.domains) == {"CBRN", "WMD"}
    page = doc.display(domains=["CBRN"]).save(tmp_path / "display.html")
    png = tmp_path / "display.png"
    browser = _browser()
    assert browser is not None
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            f"--screenshot={png}",
            f"--window-size={WIDTH},{HEIGHT}",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (WIDTH, HEIGHT)
    assert len(data) > 50_000  # a drawn page of text and chips, not a blank one (~5 kB)
    if os.environ.get("CTDOCS_ARTEFACTS") == "1":
        ARTEFACTS.mkdir(exist_ok=True)
        shutil.copyfile(png, ARTEFACTS / "display-fr-chips-legend.png")
