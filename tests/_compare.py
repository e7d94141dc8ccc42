"""Comparison helpers shared by the gold and layout tests (mirrors the seed scorer's rules)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Set as AbstractSet
from typing import Any


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

    def add(self, want: AbstractSet[object], got: AbstractSet[object]) -> None:
        self.tp += len(want & got)
        self.fp += len(got - want)
        self.fn += len(want - got)

    @property
    def f1(self) -> float:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if self.fn == 0 else 0.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0


class ExtractionScore:
    """Dates, actors (surface, canonical) and domains (document, clause) of many documents
    against their gold, micro-averaged as the seed scorer counts them."""

    def __init__(self) -> None:
        self.dates, self.surface, self.canonical = F1(), F1(), F1()
        self.domains_document, self.domains_clause = F1(), F1()

    def add(self, g: dict[str, Any], doc: Any) -> None:
        """One document (a ``ctdocs.Document``) and its gold."""
        self.dates.add({d["value"] for d in g["dates"]}, {d.value for d in doc.dates})
        self.surface.add(
            {actor_key(a["text"]) for a in g["actors"]},
            {actor_key(m.text) for a in doc.actors for m in a.mentions},
        )
        self.canonical.add(
            {norm(a["canonical"]) for a in g["actors"]}, {norm(a.name) for a in doc.actors}
        )
        self.domains_document.add(set(g["domains"]["document"]), set(doc.domains))
        got = {c.number: {t.code for t in c.domains} for c in doc.clauses()}
        for num, codes in g["domains"]["clauses"].items():
            self.domains_clause.add(
                {(num, x) for x in codes}, {(num, x) for x in got.get(num, set())}
            )

    def figures(self) -> dict[str, float]:
        return {
            "dates": self.dates.f1,
            "actors_surface": self.surface.f1,
            "actors_canonical": self.canonical.f1,
            "domains_document": self.domains_document.f1,
            "domains_clause": self.domains_clause.f1,
        }


# Extraction gates, the same for the French seeds and the held-out English texts.
GATES = {
    "dates": 0.97,
    "actors_surface": 0.92,
    "actors_canonical": 0.92,
    "domains_document": 0.90,
    "domains_clause": 0.85,
}


# ---- noise and body loss, line by line (stricter than the seed scorer on bulleted lines)

_BULLET_HEAD = re.compile(r"^[\s\u2022\u2023\u25aa\u25e6\u25cf\u00b7*+-]+")
NOISE_MIN_CHARS = 8  # shorter noise lines ("|", "B") occur inside any body by chance
BODY_MIN_CHARS = 40


def noise_key(line: str) -> str:
    """A gold noise line as it would read inside a block: bullet and markup dropped."""
    return norm(_BULLET_HEAD.sub("", line))


def noise_figures(body: str, noise: list[str], raw: str) -> tuple[int, int, int, int]:
    """(noise lines leaked, noise lines counted, body lines lost, body lines counted).

    ``body`` is every block's words joined; ``noise`` the gold noise lines; ``raw`` the
    input text. A noise line leaks when its words (bullet dropped) stand in the body;
    one whose words also occur in the document's own text is not counted. A raw line of at
    least 40 characters that is not gold noise is lost when a stretch of its letters
    (past any clause number or bullet) is missing from the body — the seed scorer's rule.
    """
    nbody, nraw = norm(body), norm(raw)
    keys = [k for k in (noise_key(x) for x in noise) if len(k) >= NOISE_MIN_CHARS]
    # A noise line whose words also stand in the document's own text ("- SOR/2020-115, s. 3"
    # of a history note, "[Repealed, SOR/2020-115, s. 3]" in a section) proves nothing.
    listed = {k: keys.count(k) for k in keys}
    keys = [k for k in keys if nraw.count(k) <= listed[k]]
    leaked = sum(1 for k in keys if k in nbody)
    gnoise = [norm(x) for x in noise if len(norm(x)) >= 12]
    alnum_body = re.sub(r"[^\w]+", "", nbody)
    lost = counted = 0
    for line in raw.splitlines():
        nl = norm(line)
        if len(nl) < BODY_MIN_CHARS or line.lstrip().startswith(("<", "---", "|")):
            continue
        if any(nl in g or g in nl for g in gnoise):
            continue
        counted += 1
        probe = re.sub(r"[^\w]+", "", nl)[15:60]
        if probe and probe not in alnum_body:
            lost += 1
    return leaked, len(keys), lost, counted
