"""Comparison helpers shared by the gold and layout tests (mirrors the seed scorer's rules)."""

from __future__ import annotations

import re
import unicodedata


def norm(s: str | None) -> str:
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    s = re.sub(r"[*_#]+", "", s)
    return re.sub(r"\s+", " ", s).strip().casefold()


def norm_title(s: str | None) -> str:
    return norm(s).strip(" .:;,-\u2013")


def first_words(s: str | None, n: int) -> str:
    return " ".join(norm(s).split()[:n]).strip(" .,;:")
