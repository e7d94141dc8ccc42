"""Where ``ctdocs align`` and ``ctdocs diff`` used to live: now ``ctdocs.cli.align`` and ``.diff``.

Kept so that ``from ctdocs._cli_research import word_diff`` goes on working.
"""

from __future__ import annotations

from .cli.align import align_table
from .cli.diff import diff_table, word_diff

__all__ = ["align_table", "diff_table", "word_diff"]
