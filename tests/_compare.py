"""Comparison helpers shared by the gold and layout tests (mirrors the seed scorer's rules)."""

from __future__ import annotations

import re
import unicodedata


def norm(s: str | None) -> str:
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    s = re.sub(r"[*_#]+", "", s)
    return re.sub(r"\s+", " ", s).strip().casefold()


def norm_title(s: str | None) -> str:
    return norm(s).strip(" .:;,-\u2013")


def first_words(s: str | None, n: int) -> str:
    return " ".join(norm(s).split()[:n]).strip(" .,;:")


def actor_key(s: str) -> str:
    """A surface form as the seed scorer compares it: leading article stripped."""
    s = re.sub(r"^(l'|la |le |les |the |d'|de la |du |des )", "", norm(s))
    return s.strip(" .,;:()\"'")


class F1:
    """Micro-averaged precision/recall/F1 over sets, as the seed scorer counts them."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, want: set[object], got: set[object]) -> None:
        self.tp += len(want & got)
        self.fp += len(got - want)
        self.fn += len(want - got)

    @property
    def f1(self) -> float:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if self.fn == 0 else 0.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0


# Extraction gates, the same for the French seeds and the held-out English texts.
GATES = {
    "dates": 0.97,
    "actors_surface": 0.92,
    "actors_canonical": 0.92,
    "domains_document": 0.90,
    "domains_clause": 0.85,
}
