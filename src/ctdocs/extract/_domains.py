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
  hit**, or **at least two weak hits that do not overlap** (weak hits that
  overlap each other count once; the same word used twice counts twice). A
  single weak hit never tags, whatever else is in the text: weak words are the
  ones that brush past as often as they matter.

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


@dataclass(frozen=True, slots=True)
class _Pattern:
    """A compiled trigger: ``cased`` ones are matched on the folded text as it is
    (case-insensitively, so that ``(?-i:DEEP)`` can insist on capitals); the others,
    lower-cased, on the lower-cased folded text, which is several times faster."""

    regex: re.Pattern[str]
    cased: bool


@dataclass(frozen=True, slots=True)
class _Domain:
    code: str
    strong: dict[str, tuple[_Pattern, ...]]
    weak: dict[str, tuple[_Pattern, ...]]
    exclude: tuple[_Pattern, ...]


def _prepare(pattern: str, lower: bool) -> str:
    """Each literal space outside a character class becomes ``\\s+``; letters that
    are not part of an escape are lower-cased when ``lower``."""
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
            out.append(ch.lower() if lower else ch)
            if ch == "]":
                in_class = False
        elif ch == "[":
            out.append(ch)
            in_class = True
        elif ch == " ":
            out.append(r"\s+")
        else:
            out.append(ch.lower() if lower else ch)
    return "".join(out)


def _compile(pattern: str) -> _Pattern:
    # The word boundary at the start is checked in _finditer: a leading \b would
    # stop the regex engine from skipping ahead to candidate positions.
    cased = "(?-i:" in pattern
    body = _prepare(pattern, lower=not cased)
    flags = re.IGNORECASE if cased else 0
    return _Pattern(re.compile("(?:" + body + r")\b", flags), cased)


def _compile_group(group: dict[str, list[str]]) -> dict[str, tuple[_Pattern, ...]]:
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


def _ordered(group: dict[str, tuple[_Pattern, ...]], language: str) -> list[_Pattern]:
    langs = sorted(group, key=lambda lang: (lang != language, lang))
    return [p for lang in langs for p in group[lang]]


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


@dataclass(frozen=True, slots=True)
class _Texts:
    cased: str  # folded
    lower: str  # folded and lower-cased, same length

    @classmethod
    def of(cls, text: str) -> _Texts:
        folded = fold(text)
        lower = folded.lower()
        if len(lower) != len(folded):  # a character whose lower case is longer
            lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)
        return cls(folded, lower)


def _finditer(pat: _Pattern, texts: _Texts) -> list[Span]:
    """Spans of ``pat`` that start on a word boundary (``\\b`` semantics)."""
    text = texts.cased if pat.cased else texts.lower
    spans: list[Span] = []
    pos = 0
    n = len(text)
    while pos <= n:
        m = pat.regex.search(text, pos)
        if m is None:
            break
        s, e = m.span()
        if s == e:
            pos = s + 1
            continue
        before = s > 0 and _is_word(text[s - 1])
        if before != _is_word(text[s]):
            spans.append((s, e))
            pos = e
        else:
            pos = s + 1
    return spans


def _overlaps(span: Span, others: list[Span]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in others)


def _hits(texts: _Texts, patterns: list[_Pattern], excluded: list[Span]) -> list[Span]:
    found: set[Span] = set()
    for pat in patterns:
        for span in _finditer(pat, texts):
            if not _overlaps(span, excluded):
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
    """Domain code -> evidence spans (start, end) in `text`, for domains the text substantively addresses."""  # noqa: E501
    if not text.strip():
        return {}
    texts = _Texts.of(text)
    result: dict[str, list[tuple[int, int]]] = {}
    for dom in _domains():
        excluded = [span for p in dom.exclude for span in _finditer(p, texts)]
        strong = _hits(texts, _ordered(dom.strong, language), excluded)
        weak = _hits(texts, _ordered(dom.weak, language), excluded)
        if strong or _clusters(weak) >= 2:
            merged = sorted(set(strong) | set(weak), key=lambda s: (s[0], -s[1]))
            result[dom.code] = _outermost(merged)
    return result
