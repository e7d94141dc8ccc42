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
* Decision rule (``[scoring]`` in ``domains.toml``): each group of overlapping
  hits weighs 1 (strong) or ``weak_weight`` (weak; a weak word repeated in the
  same text counts once), times the factors of the role the hit plays in its
  sentence (``_domain_roles``: an item of an enumeration, the body of a
  definition, a cited instrument, a name, a gloss) -- or ``heading_weight`` in a
  heading. A text is tagged when the weights add up to ``clause_threshold``: with
  no role at play, one strong hit or two different weak words, as before; two
  strong hits that each play a role, or one with a weak word; a single weak word
  never. The document-level rule (union of the clauses plus the
  weight over the whole text) is in ``ctdocs.extract.weigh_domains``.

Evidence is every counted hit (strong and weak) of a tagged domain, in text
order, with hits nested inside a longer hit of the same domain dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any, TypeVar, cast

from .._knowledge import DomainEntry, Knowledge, active
from .._needles import needle_sets
from .._needles import needles as find_needles
from ._domain_gates import Gates, gates
from ._domain_heads import opening
from ._domain_index import (
    MIN_INDEXED,
    CheckKeys,
    Near,
    NeedleTable,
    RunKeys,
    check_keys,
    indexable,
    joined_long_space,
    needle_table,
    prepare,
    present_keys,
    window,
)
from ._domain_index import portable as _portable
from ._domain_plans import PlanBook
from ._domain_roles import Place, roles, weigh, whole_words
from ._domain_search import Ways, _finditer, _hits, _outermost, _overlaps, weak_words
from ._domain_texts import LongRuns, _Texts
from ._domain_words import RunCache, piece_needles
from ._domain_yields import inside_others

__all__ = ["DocumentTagger", "compile_triggers", "score_text", "tag_text"]


Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class _Pattern:
    """A trigger: ``cased`` ones are matched on the folded text as it is
    (case-insensitively, so that ``(?-i:DEEP)`` can insist on capitals); the others,
    lower-cased, on the lower-cased folded text, which is several times faster."""

    source: str  # the regex, compiled on first use (see ``regex``)
    flags: int
    cased: bool
    # Strings of which every match contains at least one (None: no such set is
    # known). Absent from the text, the regex cannot match and is not run:
    # a substring test is many times cheaper than a failing regex search.
    needles: tuple[str, ...] | None = None
    # The needles when all of them are plain ASCII without white space (see
    # DocumentTagger), else None.
    portable: tuple[str, ...] | None = None
    # Needle sets that must *all* be hit (one needle of each) in the text the
    # regex runs on, ``needles`` first: a phrase needs each of its words, so
    # "financ... du terrorisme" is not searched for in a text that has
    # "financement" but no "terror". For ``cased`` patterns, the exact-case
    # needles of their ``(?-i:...)`` groups, looked for in the folded text.
    checks: tuple[tuple[str, ...], ...] = ()
    # whether the document index records the needles (see _is_indexed)
    indexed: bool = False
    # whether ``near`` may be worked out (the pattern has needles)
    windowed: bool = False
    # the regex once compiled, shared with the copies ``replace`` makes: a text needs
    # few of the triggers (the others' needles are absent), and compiling all of them
    # cost a cold start a tenth of a second
    compiled: list[re.Pattern[str]] = field(default_factory=list, compare=False)
    # ``near`` once worked out, shared like ``compiled`` (asked at every search of the
    # trigger: a cache keyed by source and needles hashed its tuple at each call, some
    # 5 % of the domain stage)
    windows: list[Near | None] = field(default_factory=list, compare=False)
    # the words every match opens with (``_domain_heads``), once worked out, shared too
    heads: list[tuple[str, ...] | None] = field(default_factory=list, compare=False)
    # how it is searched (``_domain_search.ways``), once worked out: the copy's own
    ways: list[Ways] = field(default_factory=list, compare=False, init=False)

    @property
    def regex(self) -> re.Pattern[str]:
        if not self.compiled:
            self.compiled.append(re.compile(self.source, self.flags))
        return self.compiled[0]

    @property
    def near(self) -> Near | None:
        """How to search the regex only near its needles (``search_near``), if it may
        be; worked out on first use (parsing every trigger at once cost a cold start a
        tenth of a second), then kept per source."""
        if not self.windowed or self.needles is None:
            return None
        if not self.windows:
            self.windows.append(_near(self.source, self.flags, self.needles))
        return self.windows[0]


@cache  # one entry per trigger source: bounded by the knowledge files
def _near(body: str, flags: int, needles: tuple[str, ...]) -> Near | None:
    return window(body, flags, needles)


@dataclass(frozen=True, slots=True)
class _Domain:
    code: str
    strong: dict[str, tuple[_Pattern, ...]]
    weak: dict[str, tuple[_Pattern, ...]]
    exclude: tuple[_Pattern, ...]


_MIN_CHECKED = 3


def _compile(pattern: str) -> _Pattern:
    # The word boundary at the start is checked in _finditer: a leading \b would
    # stop the regex engine from skipping ahead to candidate positions.
    cased = "(?-i:" in pattern
    body = prepare(pattern, lower=not cased)
    flags = re.IGNORECASE if cased else 0
    # Case-insensitive patterns match more than their literals' lower case
    # (re's case folding is not str.lower), so only exact ones get needles.
    needles = None if cased else find_needles(body)
    portable = needles if needles is not None and all(map(_portable, needles)) else None
    checks = [needles] if needles is not None else []
    for found in needle_sets(body, flags):
        # short needles are in nearly every text: not worth a test
        rare = not any(c.isalnum() for n in found for c in n)  # punctuation: "&"
        if found not in checks and (rare or min(map(len, found)) >= _MIN_CHECKED):
            checks.append(found)
    indexed = portable is not None and min(map(len, portable)) >= MIN_INDEXED
    source = "(?:" + body + r")\b"
    return _Pattern(source, flags, cased, needles, portable, tuple(checks), indexed, bool(needles))


def _compile_group(group: dict[str, list[str]]) -> dict[str, tuple[_Pattern, ...]]:
    return {lang: tuple(_compile(p) for p in pats) for lang, pats in group.items()}


def _build(entry: DomainEntry) -> _Domain:
    return _Domain(
        code=entry.code,
        strong=_compile_group(entry.strong),
        weak=_compile_group(entry.weak),
        exclude=tuple(_compile(p) for pats in entry.exclude.values() for p in pats),
    )


def _domains() -> tuple[_Domain, ...]:
    """The compiled triggers of the domains a document reports (``reported``), of the
    knowledge in use, built once per knowledge content."""
    return _reported(active())


@dataclass(frozen=True)
class _Compiled:
    """A knowledge's domains compiled, with every table keyed by ``id(pattern)`` of those
    very patterns. Why one object: the tables and the run cache name patterns by their
    ids, so they must live and die with the patterns they were built from; cached
    apart, an evicted compile came back with new ids and the old tables found nothing
    (domain tags vanished after more than eight knowledge bases in one process)."""

    domains: tuple[_Domain, ...]
    reported: tuple[_Domain, ...]
    runs: RunKeys = field(default_factory=dict)  # word -> the keys of its needles
    plans: dict[str, _Plan] = field(default_factory=dict)  # language -> its plan
    tables: dict[str, Any] = field(default_factory=dict)  # see _per_compile


@lru_cache(maxsize=8)
def _compiled_knowledge(kb: Knowledge) -> _Compiled:
    domains = tuple(_build(entry) for entry in kb.domains.domain)
    shown = {e.code for e in kb.domains.domain if e.reported}
    return _Compiled(domains, tuple(d for d in domains if d.code in shown))


def _reported(kb: Knowledge) -> tuple[_Domain, ...]:
    return _compiled_knowledge(kb).reported


def _compiled(kb: Knowledge) -> tuple[_Domain, ...]:
    return _compiled_knowledge(kb).domains


def compile_triggers(kb: Knowledge) -> None:
    """Compile every trigger of ``kb`` now, where they are otherwise compiled on first
    use: for a process about to parse many texts (``warm_up``), whose timings then
    hold no compiling, and whose forked workers inherit the compiled patterns."""
    for d in _compiled(kb):
        for p in _patterns(d):
            p.regex  # noqa: B018 (compiles it)
            # and its search window (parsing the regex: some 0.1 ms a trigger, which the
            # first documents of a warm run paid for the hundred they needed)
            p.near  # noqa: B018
            p.heads or opening(p)


def _ordered(group: dict[str, tuple[_Pattern, ...]], language: str) -> list[_Pattern]:
    langs = sorted(group, key=lambda lang: (lang != language, lang))
    return [p for lang in langs for p in group[lang]]


def tag_text(text: str, language: str) -> dict[str, list[tuple[int, int]]]:
    """Domain code -> evidence spans (start, end) in `text`, for domains the text substantively addresses."""  # noqa: E501
    return _tagged(score_text(text, language))


def score_text(text: str, language: str, heading: bool = False) -> dict[str, Scored]:
    """Domain code -> (weight of the evidence, evidence spans) for every domain with a hit.

    ``heading``: the text is a heading or a title (no role factor, ``heading_weight``).
    """
    return _tag(text, _full_plan(active(), language), heading=heading)


def _full_plan(kb: Knowledge, language: str) -> _Plan:
    compiled = _compiled_knowledge(kb)
    plan = compiled.plans.get(language)
    if plan is None:
        plan = compiled.plans[language] = [
            (d.code, d.exclude, _ordered(d.strong, language), _ordered(d.weak, language))
            for d in compiled.domains
        ]
    return plan


Scored = tuple[float, list[Span]]
_Plan = list[tuple[str, tuple[_Pattern, ...], list[_Pattern], list[_Pattern]]]


def _tagged(scored: dict[str, Scored]) -> dict[str, list[Span]]:
    """The domains whose weight reaches the clause threshold."""
    threshold = roles().scoring.clause_threshold
    return {code: spans for code, (w, spans) in scored.items() if w >= threshold - 1e-9}


# Where the role of a hit is read: the texts, and a map from a hit's span in the
# text tagged to its span there (see DocumentTagger.score_spans).
_Context = tuple[_Texts, Callable[[int, int], Span]]


def _tag(
    text: str,
    plan: _Plan,
    texts: _Texts | None = None,
    heading: bool = False,
    context: _Context | None = None,
    title: bool = False,
) -> dict[str, Scored]:
    """``texts``, when given, is ``_Texts.of(text)`` computed by the caller;
    ``context``, where the hits' roles are read (default: ``texts`` itself)."""
    if not text or text.isspace():  # (as ``not text.strip()``, without a copy)
        return {}
    if texts is None:
        texts = _Texts.of(text)
    result: dict[str, Scored] = {}
    found: list[tuple[str, list[Span], list[Span]]] = []
    weak_of: dict[str, list[_Pattern]] = {}  # the weak triggers of each code found
    for code, exclude, strong_pats, weak_pats in plan:
        # (a group without triggers asked for nothing: a domain of a piece's plan has
        # strong or weak triggers only, two searches in five)
        strong = _hits(texts, strong_pats) if strong_pats else []
        weak = _hits(texts, weak_pats) if weak_pats else []
        if not (strong or weak):
            continue  # the usual case: the exclusions need not be looked for
        excluded = [span for p in exclude for span in _finditer(p, texts)]
        if excluded:
            strong = [h for h in strong if not _overlaps(h, excluded)]
            weak = [h for h in weak if not _overlaps(h, excluded)]
        found.append((code, whole_words(text, strong), whole_words(text, weak)))
        weak_of[code] = weak_pats
    if len(found) > 1:
        found = inside_others(found, active())
    for code, strong, weak in found:
        if strong or weak:
            merged = sorted(set(strong) | set(weak), key=lambda s: (s[0], -s[1]))
            place = None if heading and title else _place(texts, context)
            words = None
            if len(weak) > 1:
                words = weak_words(texts, weak_of[code], weak, roles().scoring.weak_stem)
            weight = weigh(texts.lower, strong, weak, place, heading, words)
            result[code] = (weight, _outermost(merged))
    return result


def _place(texts: _Texts, context: _Context | None) -> Place:
    """Where the role of a hit of ``texts`` is read: in ``context`` when given."""
    if context is None:
        return lambda s, e: (texts.cased, texts.lower, s, e)
    where, locate = context

    def there(s: int, e: int) -> tuple[str, str, int, int]:
        a, b = locate(s, e)
        return where.cased, where.lower, a, b

    return there


# The needle index (see :mod:`._domain_index`) for the knowledge in use: run -> its
# needle hits, kept across documents with the knowledge's compiled patterns (_Compiled).


_T = TypeVar("_T")


def _per_compile(build: Callable[[Knowledge], _T]) -> Callable[[Knowledge], _T]:
    """Cache ``build(kb)`` with the knowledge's compiled patterns (:class:`_Compiled`), so
    that a table keyed by pattern ids never outlives, nor outlasts, those patterns."""
    key = build.__name__

    def cached(kb: Knowledge) -> _T:
        memo = _compiled_knowledge(kb).tables
        if key not in memo:
            memo[key] = build(kb)
        return cast(_T, memo[key])

    return cached


def _is_indexed(p: _Pattern) -> bool:
    """Whether the document index records ``p``'s needles (see DocumentTagger): plain
    ASCII needles of ``_MIN_INDEXED`` characters or more (decided in ``_compile``)."""
    return p.indexed


def _needle_table() -> NeedleTable:
    """Every indexed needle, numbered (see :class:`._domain_index.NeedleTable`)."""
    return _needles_of(active())


@_per_compile
def _needles_of(kb: Knowledge) -> NeedleTable:
    return needle_table(_check_keys(kb))


@_per_compile
def _run_cache(kb: Knowledge) -> RunCache:
    """Word -> its needles, kept across documents (a corpus reuses its vocabulary)."""
    return RunCache(_needles_of(kb))


@_per_compile
def _check_keys(kb: Knowledge) -> CheckKeys:
    # the index serves DocumentTagger only: the reported domains' patterns
    return check_keys(p for d in _reported(kb) for p in _patterns(d))


def _patterns(d: _Domain) -> list[_Pattern]:
    return [*d.exclude, *(p for g in (d.strong, d.weak) for ps in g.values() for p in ps)]


@_per_compile
def _leans_of(kb: Knowledge) -> dict[int, _Pattern]:
    return {
        id(p): replace(p, checks=tuple(c for c in p.checks if not indexable(c)))
        for d in _reported(kb)
        for p in _patterns(d)
        if p.indexed
    }


@_per_compile
def _gates_of(kb: Knowledge) -> Gates:
    """The indexed patterns' needle sets by rank (see :mod:`._domain_gates`)."""
    return gates(_check_keys(kb), _needles_of(kb))


@_per_compile
def _plan_book(kb: Knowledge) -> PlanBook[_Pattern]:
    """The reported domains' plans by document (see :mod:`._domain_plans`)."""

    def groups(language: str) -> _Plan:
        return [
            (d.code, d.exclude, _ordered(d.strong, language), _ordered(d.weak, language))
            for d in _reported(kb)
        ]

    return PlanBook(groups, _leans_of(kb))


def _present(lower: str, spans: list[Span]) -> set[int]:
    """The keys (see ``_check_keys``) with a needle inside one of ``spans`` of ``lower``,
    under the knowledge in use."""
    return present_keys(lower, spans, _needle_table(), _compiled_knowledge(active()).runs)


class DocumentTagger:
    """:func:`tag_text` for many pieces of one document (its clauses), with the same results
    for the domains a document reports (``reported`` in ``domains.toml``).

    Built once per document. Pieces are substrings of ``document`` (joined by
    line breaks, which no needle contains), and portable needles are plain
    ASCII, which folding and lower-casing map the same in a piece as in the
    whole text; so a needle occurs in a piece exactly where it occurs in the
    document inside the piece's span. Hence:

    * a pattern none of whose needles occurs in the document is dropped from
      every piece's plan;
    * given the pieces' spans, a pattern whose needles (three characters or
      more) all fall outside every span is skipped for that piece, found from
      the needles of the words of the spans (see :func:`_present`) instead of
      hundreds of substring tests per clause. Such a pattern (``indexed``) is
      therefore not looked for in the whole document first.

    The document is folded once: :meth:`tag_spans` slices the folded text
    instead of folding each piece again. ``folded``, when given, is
    ``fold(document)`` made by the caller (the extraction's, shared with the actors).
    """

    def __init__(self, document: str, folded: str | None = None) -> None:
        self._document = document
        texts = self._texts = _Texts.of(document) if folded is None else _Texts.of_folded(folded)
        self._folded = texts.cased
        self._lower = texts.lower
        self._plans: dict[str, _Plan] = {}
        self._bases: dict[
            str, list[tuple[str, tuple[_Pattern, ...], list[_Pattern], list[_Pattern], bool]]
        ] = {}
        self._where: dict[str, dict[int, tuple[int, int, _Pattern]]] = {}
        self._always: dict[str, _Plan] = {}
        self._steady: dict[str, frozenset[int]] = {}
        # the triggers a piece's needles let in (``Gates.kept``) -> its plan: a
        # document's pieces repeat their needles (a third of them on the benchmark's
        # sample), and more of them the triggers let in. Kept with the document only:
        # kept across documents, the plans held some 20,000 more objects for every full
        # garbage collection to walk, which cost the whole parse more than they saved
        self._pieces: dict[tuple[str, int], _Plan] = {}
        self._gates = _gates_of(active())  # looked up once: ``active()`` is not free
        self._runs = _run_cache(active())  # (a piece's needles: ``_piece_plan``)
        self._sliceable = "\u03a3" not in self._folded  # (see ``_piece_texts``)
        self._runs_kept: LongRuns | None = None  # (see ``_long_runs``)

    def _plan(self, language: str) -> _Plan:
        plan = self._plans.get(language)
        if plan is None:
            found = _plan_book(active()).plan(language, self._lower, self._folded)
            plan = self._plans[language] = found.plan
            self._bases[language], self._where[language] = found.bases, found.where
            self._always[language] = found.always
            self._steady[language] = found.steady
        return plan

    def tag(
        self, text: str, language: str, spans: list[Span] | None = None
    ) -> dict[str, list[tuple[int, int]]]:
        """Same as ``tag_text(text, language)`` for ``text`` made of pieces of the document.

        ``spans``, when given, are the pieces' (start, end) in the document, in
        the order they were joined; they only make the call faster.
        """
        plan = self._plan(language)
        if spans is None:
            return _tagged(_tag(text, plan))
        return _tagged(_tag(text, self._piece_plan(plan, language, spans)))

    def tag_spans(self, language: str, spans: list[Span]) -> dict[str, list[tuple[int, int]]]:
        """``tag(joined, language, spans)`` where ``joined`` is the pieces ``spans`` of
        the document joined by line breaks; offsets are in ``joined``."""
        return _tagged(self.score_spans(language, spans))

    def score_spans(
        self, language: str, spans: list[Span], heading: bool = False, title: bool = False
    ) -> dict[str, Scored]:
        """``score_text`` of the pieces ``spans`` of the document joined by line breaks;
        offsets are in the joined text."""
        joined, texts = self._piece_texts(spans)
        plan = self._plan(language)

        def locate(a: int, b: int) -> Span:
            """A span of the joined text -> the same span in the document."""
            pos = 0
            for s, e in spans:
                if a <= pos + e - s:
                    return s + a - pos, min(s + b - pos, e)
                pos += e - s + 1
            return a, b  # not reached: every hit lies inside a piece

        # a hit's role is read in the whole document: the sentence that defines or
        # cites it may lie in the block before (a definition's lettered items)
        context = (self._texts, locate)
        piece_plan = self._piece_plan(plan, language, spans)
        return _tag(joined, piece_plan, texts, heading=heading, context=context, title=title)

    def _piece_texts(self, spans: list[Span]) -> tuple[str, _Texts]:
        """The pieces ``spans`` of the document joined by line breaks, as written and as
        :class:`_Texts`. One piece (the usual case) is a slice of the document's texts:
        folding and lower-casing map each character alone but a capital sigma (final or
        not by its neighbours), so in a document without one the slice of its lower
        case is the piece's (each piece was lower-cased again, and joined alone)."""
        doc, whole = self._document, self._texts
        if len(spans) == 1 and self._sliceable:
            s, e = spans[0]
            spaced = whole.long_space and self._long_runs().within(s, e)  # (the piece's own)
            return doc[s:e], _Texts(whole.cased[s:e], whole.lower[s:e], spaced)
        folded = self._folded
        joined = "\n".join(doc[s:e] for s, e in spans)
        pieces = "\n".join(folded[s:e] for s, e in spans)
        lengths = [e - s for s, e in spans]
        return joined, _Texts.of_folded(
            pieces, joined_long_space(pieces, lengths, whole.long_space)
        )

    def _long_runs(self) -> LongRuns:
        """The document's white-space runs too long for the search windows, found at the
        first piece that asks (only in a document that has one)."""
        if self._runs_kept is None:
            self._runs_kept = LongRuns(self._folded)
        return self._runs_kept

    def _piece_plan(self, plan: _Plan, language: str, spans: list[Span]) -> _Plan:
        """``plan`` without the triggers none of whose needles lies inside ``spans``."""
        gated = self._gates.kept(piece_needles(self._lower, spans, self._runs))
        book = self._pieces
        kept = book.get((language, gated))
        if kept is None:
            kept = book[(language, gated)] = self._new_piece_plan(language, gated)
        return kept

    def _new_piece_plan(self, language: str, gated: int) -> _Plan:
        """The plan of a piece whose needles let in the triggers ``gated`` (a mask of
        :class:`Gates`'s bits; see _piece_plan).

        Only the domains some trigger of the piece adds to, and those tried in every
        piece, are walked (in their order): of the twenty, a piece brings in a few."""
        # the indexed patterns every needle set of which the piece holds, by domain and group
        extra: dict[int, tuple[list[_Pattern], list[_Pattern], list[_Pattern]]] = {}
        where = self._where[language]
        for pid in self._gates.ids_of(gated):  # (order: _hits and _tag sort)
            pick = where.get(pid)
            if pick is None:
                continue
            x = extra.get(pick[0])
            if x is None:
                x = extra[pick[0]] = ([], [], [])
            x[pick[1]].append(pick[2])
        if not extra:  # the usual case: only the domains with patterns tried everywhere
            return self._always[language]
        base, piece_plan = self._bases[language], []
        for i in sorted(self._steady[language].union(extra)):
            c, ex0, st0, wk0, always = base[i]
            x = extra.get(i)
            if x is None:
                piece_plan.append((c, ex0, st0, wk0))
            elif always or x[1] or x[2]:  # else no trigger can match: nothing to tag
                piece_plan.append((c, ex0 + tuple(x[0]), st0 + x[1], wk0 + x[2]))
        return piece_plan
