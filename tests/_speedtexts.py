"""What the speed-up test files share: every seed and dev text, read once."""

from __future__ import annotations

from .conftest import SEEDS, TEXTS

ALL_TEXTS = [p.read_text(encoding="utf-8") for p in [*SEEDS, *TEXTS]]
