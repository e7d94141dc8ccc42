"""What the date test files share: the one date a short text holds."""

from __future__ import annotations

from ctdocs.extract._dates import DateHit, find_dates


def _only(text: str, language: str, **kw: str) -> DateHit:
    hits = find_dates(text, language, **kw)
    assert len(hits) == 1, f"{text!r}: expected one date, got {hits}"
    return hits[0]
