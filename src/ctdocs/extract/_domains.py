"""Counter-terrorism domain tagging with regular expressions (no spaCy).

The triggers live in ``data/models/domains.toml`` (see the comment at the top of
that file for how to write them); this module only applies them:

* The text is accent-folded with :func:`ctdocs._knowledge.fold`, which maps one
  character to one character, so a span found in the folded text is the same
  span in the original.
* Every pattern is matched case-insensitively, wrapped in word boundaries, with
  each literal space standing for any run of white space. The patterns of both
  languages are matched in every text (French texts quote English terms); the
  ``language`` argument only decides which language's patterns are tried first.
* A hit that overlaps a match of one of the domain's ``exclude`` patterns does
  not count.
* Decision rule: a domain is tagged when the text has **at least one strong
  hit**, or **at least two distinct weak hits** (weak hits that overlap each
  other count once). A single weak hit never tags, whatever else is in the
  text: weak words are the ones that brush past as often as they matter.

Evidence is every counted hit (strong and weak) of a tagged domain, in text
order, with hits nested inside a longer hit of the same domain dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .._knowledge import DomainEntry, fold, load_domains

__all__ = ["tag_text"]

Span = tuple[int, int]
_FLAGS = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class _Domain:
    code: str
    strong: dict[str, tuple[re.Pattern[str], ...]]
    weak: dict[str, tuple[re.Pattern[str], ...]]
    exclude: tuple[re.Pattern[str], ...]


def _spaces_to_whitespace(pattern: str) -> str:
    """Turn each literal space outside a character class into ``\\s+``."""
    out: list[str] = []
    in_class = False
    escaped = False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif in_class:
            out.append(ch)
            if ch == "]":
                in_class = False
        elif ch == "[":
            out.append(ch)
            in_class = True
        elif ch == " ":
            out.append(r"\s+")
        else:
            out.append(ch)
    return "".join(out)


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + _spaces_to_whitespace(pattern) + r")\b", _FLAGS)


def _compile_group(group: dict[str, list[str]]) -> dict[str, tuple[re.Pattern[str], ...]]:
    return {lang: tuple(_compile(p) for p in pats) for lang, pats in group.items()}


def _build(entry: DomainEntry) -> _Domain:
    return _Domain(
        code=entry.code,
        strong=_compile_group(entry.strong),
        weak=_compile_group(entry.weak),
        exclude=tuple(_compile(p) for pats in entry.exclude.values() for p in pats),
    )


@cache
def _domains() -> tuple[_Domain, ...]:
    """The compiled trigger set, built once per process."""
    return tuple(_build(entry) for entry in load_domains().domain)


def _ordered(
    group: dict[str, tuple[re.Pattern[str], ...]], language: str
) -> list[re.Pattern[str]]:
    langs = sorted(group, key=lambda lang: (lang != language, lang))
    return [p for lang in langs for p in group[lang]]


def _overlaps(span: Span, others: list[Span]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in others)


def _hits(
    folded: str, patterns: list[re.Pattern[str]], excluded: list[Span]
) -> list[Span]:
    found: set[Span] = set()
    for pat in patterns:
        for m in pat.finditer(folded):
            span = (m.start(), m.end())
            if span[0] < span[1] and not _overlaps(span, excluded):
                found.add(span)
    return sorted(found, key=lambda s: (s[0], -s[1]))


def _outermost(spans: list[Span]) -> list[Span]:
    """Drop spans nested inside an earlier, longer one (input sorted by start, -end)."""
    kept: list[Span] = []
    for s, e in spans:
        if kept and kept[-1][0] <= s and e <= kept[-1][1]:
            continue
        kept.append((s, e))
    return kept


def _clusters(spans: list[Span]) -> int:
    """How many groups of mutually overlapping spans (sorted by start)."""
    count = 0
    reach = -1
    for s, e in spans:
        if s >= reach:
            count += 1
        reach = max(reach, e)
    return count


def tag_text(text: str, language: str) -> dict[str, list[tuple[int, int]]]:
    """Domain code -> evidence spans (start, end) in `text`, for domains the text substantively addresses."""
    if not text.strip():
        return {}
    folded = fold(text)
    result: dict[str, list[tuple[int, int]]] = {}
    for dom in _domains():
        excluded = [(m.start(), m.end()) for p in dom.exclude for m in p.finditer(folded)]
        strong = _hits(folded, _ordered(dom.strong, language), excluded)
        weak = _hits(folded, _ordered(dom.weak, language), excluded)
        if strong or _clusters(weak) >= 2:
            merged = sorted(set(strong) | set(weak), key=lambda s: (s[0], -s[1]))
            result[dom.code] = _outermost(merged)
    return result
