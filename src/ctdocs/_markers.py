"""Marker shapes that a reader and a later stage both need: one definition for both.

The PDF and HTML readers decide where a paragraph or a list item opens by the
same marker shapes that the normaliser and layout use to find clauses (``3.1``,
``(a)``, ``iii)``, bullets), and the PDF reader joins lines as the normaliser
does (a line ending on terminal punctuation, a line opening in lower case).
Keeping these here lets the readers import them without importing a later
stage (see docs/architecture.md).
"""

from __future__ import annotations

import re

__all__ = ["BREADCRUMB_RE", "MARKER_RE", "TERMINAL", "roman", "starts_lower"]

# A breadcrumb trail inside a line, two separators at least: "Accueil \u203a Actualités \u203a …",
# "Home > Summits > 2017 Taormina > …" (a site's navigation: no title, no date of the text).
BREADCRUMB_RE = re.compile(r"\s[>\u203a]\s.*\s[>\u203a]\s")

# A clause number, article, list label or bullet opening a line: a line that opens with one
# is never joined to the line before.
MARKER_RE = re.compile(
    r"""^(?:
        \d{1,3}(?:\.\d{1,3}){1,63}\.?(?=\s|$) # 3.1  16.2.5  4.1. (at most 64 levels)
      | \d{1,3}\.(?=\s)                        # 18.
      | \(\s?[a-zA-Z]{1,3}(?:\.\d{1,3})?\s?\)(?=\s|[^\W\d_])  # (a) (aa) (A) (a.1) (b)of
      | [a-z]{1,2}(?:\.\d{1,3})?\)(?=\s)        # a)  a.1)
      | \(\s?[ivxlcIVXLC]{1,6}\s?\)(?=\s)      # (iii)
      | [ivxlc]{1,6}\)(?=\s)                   # iii)
      | (?:[a-z]|[ivxlc]{2,5})\.(?=\s)          # a.  iv.
      | \(\d{1,3}(?:\.\d{1,3})?[A-Z]?\)(?=\s|[^\W\d_])  # (1) (2.1) (1A)
      | \[[a-z]{1,2}\.?\]                       # [a.]
      | \d{1,3}\s?°                             # 1°
      | (?:Article|ARTICLE|Art\.)\s+\d            # Article 5
      | (?:[IVXLC]{1,7}|[A-Z])\.\s               # IV. Observations  A. Aperçu
      | [-\u2022\u2023\u25aa\u25e6\u25cf\u00b7\u2013\u2014*+](?=\s)   # bullets
    )""",
    re.VERBOSE,
)

# Punctuation that ends a sentence (or a clause of an enumeration) at the end of a line.
TERMINAL = (".", ";", ":", "!", "?", "…", "»", '"')


def starts_lower(text: str) -> bool:
    """Whether the first letter of ``text`` (after opening quotes and brackets) is lower case."""
    for ch in text:
        if ch.isalpha():
            return ch.islower()
        if ch in "\"'«“(":
            continue
        return False
    return False


_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def roman(n: int) -> str:
    """``n`` (1 to 3999) in lower-case roman numerals: how a browser's ``<ol type="i">``
    and Word's ``lowerRoman`` number items; at most 15 letters, whatever ``n``."""
    out = []
    for v, s in _ROMAN:
        q, n = divmod(n, v)
        out.append(s * q)
    return "".join(out)
