"""A page's row of keywords or tag chips ("Mots-clés : Mali, Niger, Burkina Faso", "Keywords:
terrorism, Sahel"): site chrome (guidelines §5, tag chips), its words no actors.

An abstract's keywords are no chip: a scholarly article's or a circular's "Mots-clés"
and "Keywords" lines stand right under the abstract ("Résumé : …", "Abstract" over its
paragraph) and are the author's own front matter. So a keyword row is chrome unless one of
the few lines right above it opens an abstract. The labels are data (``keyword_rows``,
``abstract_labels`` in ``data/models/layout.toml``), French and English.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from .._knowledge import load_layout
from ._unit import Unit

__all__ = ["mark_keyword_rows"]

# how many lines above a keyword row its abstract may open (a heading, the abstract's
# wrapped lines of a printed page): an abstract is a paragraph, a few lines at most
_ABSTRACT_REACH = 8


@cache
def _patterns() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    lay = load_layout()
    rows = "|".join(f"(?:{p})" for p in lay.keyword_rows)
    labels = "|".join(f"(?:{p})" for p in lay.abstract_labels)
    return (
        re.compile(rows, re.IGNORECASE) if rows else None,
        re.compile(labels, re.IGNORECASE) if labels else None,
    )


def mark_keyword_rows(units: Sequence[Unit]) -> None:
    """Mark as web chrome each bare keyword row that no abstract just above it owns."""
    rows, labels = _patterns()
    if rows is None:
        return
    for i, u in enumerate(units):
        if u.noise or u.marker is not None or not rows.search(u.text.strip()):
            continue
        above = units[max(0, i - _ABSTRACT_REACH) : i]
        if labels is not None and any(labels.search(a.text.strip(" \t#*")) for a in above):
            continue  # "Résumé : …" then "Mots-clés : …": the abstract's own keywords
        u.noise = "web-chrome"
