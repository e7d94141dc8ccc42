"""What the document-meta test files share: the document's own date of a short text."""

from __future__ import annotations

from ctdocs.extract._dates import find_dates
from ctdocs.extract._document import own_date


def own_value(text: str, lang: str) -> str | None:
    """The ISO value of ``text``'s own date, from the dates ctdocs finds in it, or None."""
    hit = own_date(text, find_dates(text, lang))
    return hit.value if hit is not None else None
