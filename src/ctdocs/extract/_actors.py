"""Actor mentions: a token trie over the knowledge base, on accent-folded text.

Why a trie and not one big regular expression: the knowledge base holds
thousands of forms, and a trie finds the longest form starting at each token
in time that does not grow with the number of forms.

Matching rules (see :class:`ctdocs._knowledge.ActorEntry`):

* text and forms are folded one character for one (accents, apostrophes,
  hyphen/space), so ``Etats-Unis`` finds ``États-Unis`` and spans stay exact;
* acronyms and one-word names match with their exact case (``COR``, ``Russie``);
  longer names with any case on their first word, and the case of their other
  capitalised words (``gouvernement afghan``, ``Conseil de l'Atlantique Nord``);
* the longest match wins, leftmost first, without overlaps
  (``Conseil de sécurité des Nations Unies`` is one mention, not two);
* weak aliases (``Alliance``, ``Permanent Council``) count only in a text that names
  the actor otherwise, or names the body it is part of (``OSCE``);
* what the trie misses, rapidfuzz catches: a capitalised run of words whose
  first word opens a known form is compared with those forms, and a score of
  at least :data:`FUZZY_THRESHOLD` links it (``Conseil OTAN Russie`` misspelt,
  OCR slips); the score is kept on the mention.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache, partial
from itertools import compress, count

from .._knowledge import ActorEntry, Knowledge, active, fold
from .._offsets import Positions
from ._actor_tokens import _CAMEL as _CAMEL
from ._actor_tokens import _TOKEN as _TOKEN
from ._actor_tokens import _keyed as _keyed
from ._actor_tokens import _last_folded as _last_folded
from ._actor_tokens import _Tokens, name_tokens
from ._actor_tokens import _tokens as _tokens
from ._actor_tokens import folded_text as folded_text
from ._actor_tokens import release_folded as release_folded
from ._actor_tokens import text_words as text_words
from ._fuzzy_words import slips_only
from ._hits import ActorHit
from ._place_syntax import place_by_words
from ._places import (
    before_border,
    completes_office,
    in_act_number,
    in_address,
    in_field,
    last_in_brackets,
    opens_undertaking,
    styled_start,
    table_label,
)
from ._state_adjectives import with_adjectival_names
from ._weak_pairs import coordinated_pick

__all__ = [
    "FUZZY_THRESHOLD",
    "ActorHit",
    "ActorMatcher",
    "drop_places",
    "folded_text",
    "get_matcher",
    "release_folded",
    "text_words",
]

FUZZY_THRESHOLD = 90.0
_NO_BREAK = float("inf")  # the limit of a stretch no break ends


@dataclass(frozen=True, slots=True)
class _Form:
    actor_id: str
    tokens: tuple[str, ...]  # folded, original case
    kind: str  # acronym | single | multi | weak


@dataclass(slots=True)
class _Node:
    """One trie node: the forms that end here, and the next (case-folded) tokens."""

    children: dict[str, _Node] = field(default_factory=dict)
    forms: list[_Form] = field(default_factory=list)


class ActorMatcher:
    """Finds actor mentions in text; built once from the knowledge base."""

    # Speed: walk only the tokens that can start a form (their key opens the
    # trie, or a fuzzy candidate list), instead of every token of the text; the
    # others would be stepped over anyway. False walks every token (the plain
    # path, which tests/test_speedups.py compares with).
    skip_misses = True

    def __init__(self, entries: list[ActorEntry]) -> None:
        self.entries = {e.id: e for e in entries}
        self.trie = _Node()
        self.by_first: dict[str, list[tuple[str, _Form]]] = {}
        # a first token (case-folded) -> how the forms opening on it write it, where each
        # of them asks for its exact case (None where a name of several words may open
        # on it in any case); speed: an opener written otherwise ("un", "au" in French for
        # "UN", "AU") starts no form, and the trie is not walked from it
        self.first_written: dict[str, set[str] | None] = {}
        for e in entries:
            for form in e.strong_forms():
                toks = name_tokens(fold(form))
                kind = "single" if len(toks) == 1 else "multi"
                self._add(_Form(e.id, toks, kind))
                if e.kind == "state" and kind == "single" and not toks[0].isupper():
                    # a letterhead's "REPUBLIQUE DU CAMEROUN": a state's name in capitals
                    self._add(_Form(e.id, (toks[0].upper(),), kind))
            for acro in e.acronyms:
                self._add(_Form(e.id, name_tokens(fold(acro)), "acronym"))
            for weak in e.weak_aliases:
                self._add(_Form(e.id, name_tokens(fold(weak)), "weak"))
        self.by_length = {k: _by_length(v) for k, v in self.by_first.items()}

    @cached_property
    def known_forms(self) -> dict[str, str]:
        """The knowledge base's names of several words, folded and case-blind -> actor id
        (the first actor that bears one, where several do): computed once per matcher,
        which the shape finder reads a name in another case against."""
        out: dict[str, str] = {}
        for e in self.entries.values():
            for form in e.strong_forms():
                if " " in form.strip():
                    out.setdefault(" ".join(fold(form).casefold().split()), e.id)
        return out

    def _add(self, form: _Form) -> None:
        if not form.tokens:
            return
        node = self.trie
        for t in form.tokens:
            node = node.children.setdefault(t.casefold(), _Node())
        node.forms.append(form)
        first = form.tokens[0].casefold()
        written = self.first_written.setdefault(first, set())
        if form.kind == "multi":
            self.first_written[first] = None
        elif written is not None:
            written.add(form.tokens[0])
        if form.kind == "multi" and len(" ".join(form.tokens)) >= 8:
            first = form.tokens[0].casefold()
            self.by_first.setdefault(first, []).append((" ".join(form.tokens), form))

    @staticmethod
    def _case_ok(form: _Form, surface: tuple[str, ...]) -> bool:
        if form.kind != "multi":
            return form.tokens == surface
        for k, (f, s) in enumerate(zip(form.tokens, surface, strict=True)):
            if k == 0:
                continue
            if f[:1].isupper() and not s[:1].isupper():
                return False
            if f.isupper() and len(f) > 1 and s != f:
                return False
        return True

    def find(
        self,
        text: str,
        regions: list[tuple[int, int]] | None = None,
        breaks: Sequence[int] = (),
        folded: str | None = None,
    ) -> list[ActorHit]:
        """Mentions in ``text`` (optionally only inside ``regions``), longest-leftmost.

        No mention runs across an offset in ``breaks`` (sorted): the starts of
        blocks, so that a masthead "United Nations" above "Security Council"
        stays two mentions, one in each block. ``folded``: ``fold(text)``, if made.
        """
        folded = fold(text) if folded is None else folded
        toks, keys = _keyed(folded)
        _last_folded.set((text, folded, toks, keys))
        starts = toks.starts
        next_break = Positions(breaks).next_after

        def limit(k: int) -> float:
            """Where the stretch between two breaks that token ``k`` starts in ends: a
            token starting there or later lies in another stretch."""
            nxt = next_break(starts[k])
            return _NO_BREAK if nxt is None else nxt

        hits: list[ActorHit] = []
        # with every actor it may mean, and whether it has several words
        weak_hits: list[tuple[ActorHit, tuple[str, ...], bool]] = []
        covered_until = -1
        i = 0  # the first token a mention may start on
        roots, last = self.trie.children, len(keys) - 1
        for c in (openers := self._openers(keys, roots)):
            if c < i:
                continue  # inside the mention just found
            i = c
            node = roots.get(keys[i])
            # speed: most openers ("de", "le") neither end a form nor lead on to the next token
            if node is None or (not node.forms and (i == last or keys[i + 1] not in node.children)):
                i += 1
                continue
            best = self._longest_form(toks, keys, i, limit)
            if best is not None and starts[i] > covered_until:
                j, f, alts = best
                start, end = starts[i], toks.ends[j]
                if self._word_bounded(folded, start, end):
                    if f.kind == "weak":
                        hit = ActorHit(start, end, f.actor_id, "context", 100.0)
                        weak_hits.append((hit, alts, len(f.tokens) > 1))
                    else:
                        hits.append(ActorHit(start, end, f.actor_id, "exact", 100.0))
                    covered_until = end - 1
                    i = j + 1
                    continue
            i += 1
        hits.extend(self._fuzzy(folded, toks, keys, hits, limit, openers))
        hits.extend(self._resolve_weak(weak_hits, sorted(hits, key=lambda h: h.start), folded))
        if regions is not None:
            hits = [h for h in hits if any(s <= h.start and h.end <= e for s, e in regions)]
        hits.sort(key=lambda h: (h.start, -h.end))
        return hits

    def _longest_form(
        self,
        toks: _Tokens,
        keys: list[str],
        i: int,
        limit: Callable[[int], float],
    ) -> tuple[int, _Form, tuple[str, ...]] | None:
        """The longest form whose case fits that starts on token ``i``: its last token,
        the form, and every actor it may mean when it is a weak alias; None when none fits.

        Why walk the trie to its end rather than stop at the first form: a shorter form
        (``Conseil de sécurité``) must give way to a longer one
        (``Conseil de sécurité des Nations Unies``). The walk stops at the next break
        (``limit``), so that no form runs across two blocks.
        """
        node = self.trie.children.get(keys[i])
        best: tuple[int, _Form, tuple[str, ...]] | None = None
        text, starts, ends = toks.text, toks.starts, toks.ends  # speed: no tuple per token
        firsts = self.first_written.get(keys[i]) if self.skip_misses else None
        if firsts is not None and text[starts[i] : ends[i]] not in firsts:
            return None  # no form asks for the token as written (see _case_ok)
        n = len(starts)
        j, stop = i, -1.0  # the stretch's end (``limit``), found once the walk goes on: speed
        while node is not None:
            if node.forms:
                surface = tuple([text[starts[k] : ends[k]] for k in range(i, j + 1)])
                ok = [f for f in node.forms if f.tokens == surface or self._case_ok(f, surface)]
                if ok:
                    best = (j, ok[0], tuple(f.actor_id for f in ok if f.kind == "weak"))
            j += 1
            node = node.children.get(keys[j]) if j < n else None
            if node is not None and starts[j] >= (stop if stop >= 0 else (stop := limit(i))):
                break
        return best

    def _resolve_weak(
        self,
        weak_hits: list[tuple[ActorHit, tuple[str, ...], bool]],
        strong: list[ActorHit],
        folded: str = "",
    ) -> list[ActorHit]:
        """A weak alias ("the Council", "Secretary-General") means the actor the text names.

        Among the actors that share the alias, those named by a stronger form
        compete, and the one named last before the short reference wins (else the
        first named after it): "the Council" after "Security Council" is the
        Security Council even where the text also names the Council of the EU.
        With none named, the actor of the family the text names is meant
        (:meth:`_by_family`); else the mention is dropped. Coordinated with a named body
        ("the European Parliament and the Council"), it is of that body's family first.
        """
        spans = [(h.start, h.end, h.actor_id) for h in strong]
        starts = Positions([h.start for h in strong])
        last_before: dict[str, list[int]] = {}
        for h in strong:
            last_before.setdefault(h.actor_id, []).append(h.start)
        out: list[ActorHit] = []
        for hit, alts, several in weak_hits:
            named = [a for a in alts if a in last_before]
            pick = coordinated_pick(folded, hit.start, spans, starts, alts, self._root)
            if pick is None and named:
                pick = min(named, key=lambda a: _distance(last_before[a], hit.start))
            elif pick is None:
                pick = self._by_family(alts, last_before, hit.start, several=several)
            if pick is not None:
                out.append(ActorHit(hit.start, hit.end, pick, "context", 100.0))
        return out

    def _by_family(
        self, alts: tuple[str, ...], last_before: dict[str, list[int]], at: int, *, several: bool
    ) -> str | None:
        """A weak alias no actor sharing it is named by: the one whose parent body is
        named ("Parlement" in a Canadian act naming Canada: the Parliament of Canada),
        the one the text names more than twice as often as any other when several are
        ("Agency", of several bodies of one state: none); else the parent of a named body
        ("Organisation" in a text naming the Security Council); else the one that belongs
        to the same state or organisation as a named body ("Marine nationale" in a text
        naming a French ministry, "Parlement" in one naming the French Senate), when
        exactly one does: a name of one word only for a state's own bodies (a bare
        "Committee" says too little for an organisation's many)."""
        parts = [a for a in alts if self.entries[a].part_of in last_before]
        if len(parts) > 1:  # the parent the text names far more often than the others
            times = sorted(
                (self._family_times(str(self.entries[a].part_of), last_before), a) for a in parts
            )
            return times[-1][1] if times[-1][0] > 2 * times[-2][0] else None
        if parts:
            return parts[0]
        parents = {self.entries[n].part_of for n in last_before}
        parts = [a for a in alts if a in parents]
        if not parts:
            roots = {self._root(n) for n in last_before}
            parts = [
                a for a in alts if self._root(a) in roots - {a} and (several or self._of_state(a))
            ]
        return parts[0] if len(parts) == 1 else None

    def _family_times(self, parent: str, last_before: dict[str, list[int]]) -> int:
        """How often the text names ``parent`` or one of its bodies: "the Office of the
        United Nations ..." speaks of the United Nations although it is one mention of the
        Office."""
        return sum(len(v) for n, v in last_before.items() if n == parent or self._within(n, parent))

    def _within(self, actor_id: str, parent: str) -> bool:
        """Whether ``actor_id`` belongs, directly or through others, to ``parent``."""
        seen = {actor_id}
        e = self.entries.get(actor_id)
        while e is not None and e.part_of is not None and e.part_of not in seen:
            if e.part_of == parent:
                return True
            seen.add(e.part_of)
            e = self.entries.get(e.part_of)
        return False

    def _of_state(self, actor_id: str) -> bool:
        """Whether the actor is a body of a state (its direct parent is one)."""
        parent = self.entries.get(str(self.entries[actor_id].part_of))
        return parent is not None and parent.kind == "state"

    def _root(self, actor_id: str) -> str:
        """The outermost body or state ``actor_id`` belongs to (itself if none)."""
        seen = {actor_id}
        e = self.entries.get(actor_id)
        while e is not None and e.part_of is not None and e.part_of not in seen:
            seen.add(e.part_of)
            actor_id = e.part_of
            e = self.entries.get(actor_id)
        return actor_id

    def _openers(self, keys: list[str], table: Container[str]) -> list[int]:
        """The tokens whose key is in ``table`` (every token when not ``skip_misses``)."""
        if not self.skip_misses:
            return list(range(len(keys)))
        return list(compress(count(), map(table.__contains__, keys)))  # speed: at C speed

    @staticmethod
    def _word_bounded(folded: str, start: int, end: int) -> bool:
        before = folded[start - 1] if start > 0 else " "
        after = folded[end] if end < len(folded) else " "
        # a lower-case letter glued to a capital is a boundary too ("AgencyAgence")
        ok_before = not before.isalnum() or (before.islower() and folded[start].isupper())
        ok_after = not after.isalnum() or (folded[end - 1].islower() and after.isupper())
        return ok_before and ok_after

    def _fuzzy(
        self,
        folded: str,
        toks: _Tokens,
        keys: list[str],
        exact: list[ActorHit],
        limit: Callable[[int], float],
        openers: list[int],
    ) -> list[ActorHit]:
        """What the trie missed: capitalised runs close enough to a known form (see the
        module docstring), leftmost first, none overlapping another mention.

        Why only after the exact pass: an exact mention is surer than a near one, so
        the characters the exact mentions hold are taken before any run is scored.
        ``openers``: the tokens that open a form (:meth:`_openers` of the trie's roots);
        a fuzzy candidate's first word opens a form too, so its tokens are among them
        (speed: a look-up per opener, not per token of the text).
        """
        try:  # speed: imported once per text, not once per run scored (4 105 on the sample)
            from rapidfuzz import fuzz, process
        except ImportError:  # pragma: no cover - rapidfuzz is a dependency
            return []
        best_of = partial(process.extractOne, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
        # Characters already inside a mention: a span is free when it holds none.
        taken = bytearray(len(folded))
        for h in exact:
            taken[h.start : h.end] = b"\x01" * (h.end - h.start)
        out: list[ActorHit] = []
        starts, ends = toks.starts, toks.ends
        i = 0  # the first token a mention may start on
        by_first = self.by_first
        for c in [c for c in openers if keys[c] in by_first] if self.skip_misses else openers:
            if c < i:
                continue  # inside the mention just found
            i = c
            cands = self.by_length.get(keys[i]) if folded[starts[i]].isupper() else None
            if not cands or not _free(taken, starts[i], ends[i]):
                i += 1
                continue
            best = _closest_run(toks, keys, i, cands, limit(i), taken, best_of)
            if best is not None:
                score, j, f = best
                start, end = starts[i], ends[j]
                out.append(ActorHit(start, end, f.actor_id, "fuzzy", round(score, 1)))
                taken[start:end] = b"\x01" * (end - start)
                i = j + 1
                continue
            i += 1
        return out


def _free(taken: bytearray, start: int, end: int) -> bool:
    """Whether no character of ``[start, end)`` is already inside a mention."""
    return taken.find(1, start, end) < 0


# The fuzzy candidates opening with one word, by their number of tokens: all of them, and
# those ending on each (case-folded) word; text -> form, in the order of the forms.
_Choices = dict[str, _Form]
_ByLength = dict[int, tuple[_Choices, dict[str, _Choices]]]


def _by_length(cands: list[tuple[str, _Form]]) -> _ByLength:
    """``cands`` grouped as :func:`_closest_run` asks for them (speed: grouped once, when
    the matcher is built, not again for every run of every text)."""
    out: _ByLength = {}
    for text, f in cands:
        every, by_last = out.setdefault(len(f.tokens), ({}, {}))
        every[text] = f
        by_last.setdefault(f.tokens[-1].casefold(), {})[text] = f
    return out


def _closest_run(
    toks: _Tokens,
    keys: list[str],
    i: int,
    cands: _ByLength,
    stop: float,
    taken: bytearray,
    best_of: Callable[[str, list[str]], tuple[str, float, int] | None],
) -> tuple[float, int, _Form] | None:
    """The best fuzzy match of a run of 2 to 8 tokens from token ``i`` with the forms
    ``cands`` (those opening with its first word): score, last token, form.

    Why every length is scored: where a misspelt name ends is not known. The run
    stops at ``stop`` (a block start) and at a character already taken, and is
    compared only with forms of as many tokens: an OCR slip or a missing accent
    changes letters, not the number of words.
    """
    best: tuple[float, int, _Form] | None = None
    text, starts, ends = toks.text, toks.starts, toks.ends  # speed: no tuple per token
    for length in range(2, 9):
        j = i + length - 1
        if j >= len(starts) or starts[j] >= stop or not _free(taken, starts[j], ends[j]):
            break
        last = text[starts[j] : ends[j]]
        if not last[-1:].isalnum() or length not in cands:
            continue  # a mention ends on a word, not on punctuation
        # ... and a name that ends on a capitalised word does not end on "and"
        every, by_last = cands[length]
        choices = every if last[:1].isupper() else by_last.get(keys[j])
        if not choices:
            continue
        span = " ".join(text[starts[k] : ends[k]] for k in range(i, j + 1))
        res = best_of(span, list(choices))
        if res is not None and not slips_only(span, res[0]):
            res = None  # another word in the name, not a slip (_fuzzy_words)
        if res is not None and (best is None or res[1] > best[0]):
            best = (float(res[1]), j, choices[res[0]])
    return best


def _distance(starts: list[int], at: int) -> tuple[int, int]:
    """How far before ``at`` the last of ``starts`` is; those after come second."""
    k = Positions(starts).before(at)
    return (0, at - starts[k - 1]) if k else (1, starts[0] - at)


def get_matcher() -> ActorMatcher:
    """The matcher for the knowledge in use (:func:`ctdocs._knowledge.active`).

    Built once per knowledge content: the shipped files alone, or with a user's.
    """
    return _matcher(active())


@lru_cache(maxsize=8)
def _matcher(kb: Knowledge) -> ActorMatcher:
    return ActorMatcher(with_adjectival_names(kb.actors.actor))


# what joins two places in a list ("en Espagne (33) et au Royaume-Uni", "in Iraq and the ...",
# a dash glued between the two states a border runs between: "the India-Pakistan border",
# "to Tajikistan and to the Niger": the place word may come again; "le nord du Bénin, du
# Togo et du Ghana": so may the article of its complement); no anchor nor look-around, so
# ``fullmatch(text, a, b)`` reads ``text[a:b]`` as the slice would be read
_AND = re.compile(
    r"(?:[ \t]*\([^()\n]{0,20}\))?(?:,[ \t]*|,?[ \t]+(?:and|et|or|ou)[ \t]+|[-\u2013\u2014])"
    r"(?:(?:to|in|into|en|dans)[ \t]+)?"
    r"(?:(?:the|la|le|les|au|aux|du|des|de[ \t]+la)[ \t]+|l'|de[ \t]+l'|d')?"
)
_GOVERNMENT = re.compile(r"(?i)gouvern|govern|autorit|authorit")


def h_text(text: str, h: ActorHit) -> str:
    return text[h.start : h.end]


def _in_symbol(text: str, start: int, end: int) -> bool:
    """Whether the mention is glued between the parts of a document number: a capital
    or digit and a hyphen, slash or dot before it, a digit right after the next one; or
    a slash on either side.
    (Read character by character: this runs once per mention.)"""
    if text[start - 1 : start] == "/" and text[end : end + 1] == "/":
        return True  # "n° 01/CEMAC/UMAC/CM": a part between the slashes of a number
    if start < 2 or text[start - 1] not in "-./" or text[end : end + 1] not in ("-", ".", "/", "("):
        return False
    glued = text[start - 2]
    return (glued.isdigit() or glued.isupper()) and text[end + 1 : end + 2].isdigit()


# a second word in capitals closing the brackets an acronym opens
_BRACKETED_PAIR = re.compile(r"[ \t]+[A-Z][A-Z0-9-]*[A-Z0-9]\)")


def _caps_only(text: str, h: ActorHit, e: ActorEntry) -> bool:
    """Whether a state's one-word name is written in capitals its names do not have: a
    letterhead's state counts only in its full style ("REPUBLIQUE DU CAMEROUN")."""
    surface = text[h.start : h.end]
    written = (*e.strong_forms(), *e.acronyms, *e.weak_aliases)
    return surface.isupper() and surface.isalpha() and surface not in written


def drop_places(text: str, hits: list[ActorHit], matcher: ActorMatcher) -> list[ActorHit]:
    """Drop the mentions that name a state only as a place.

    A state right after a place preposition (``in Iraq``, ``en Jordanie``,
    ``tenue à Singapour``, ``the borders of Mali``, ``the Syria border``: :mod:`._places`)
    or alone in parentheses, or last in them
    after a comma (``Tunis (Tunisie)``, ``M. Levitte (France)``, ``(CENTIF, Senegal)``:
    a place or a person's country) is not an actor
    there, nor is a state listed right after one (``in Iraq and Syria``), nor one that
    closes an address (``Address: Bosaso, Somalia``) or a currency (``US$``). Other
    mentions of the same state still count; a government (``gouvernement
    iraquien``) is never a place. Nor is an acronym in an act's number an actor
    (``Regulation (EU) 2019/947``). A state's full style is one mention with its name
    (``the Republic of Panama``). An acronym glued into a document number
    (``M-NAC-2(96)165``) names no actor either.
    """
    out: list[ActorHit] = []
    folded = folded_text(text)
    place_end = -1  # where the last state named as a place ends
    for h, floor in zip(hits, [0, *(x.end for x in hits)], strict=False):
        if _in_symbol(text, h.start, h.end) or in_act_number(text, h.start, h.end):
            continue
        if text[h.start - 1 : h.start] == "(" and _BRACKETED_PAIR.match(text, h.end):
            continue  # "(CIA C-IED)": the acronym the text defines for the name before it
        e = matcher.entries.get(h.actor_id)
        if e is not None and e.kind in ("organization", "organ") and opens_undertaking(text, h.end):
            continue  # "EU Military Assistance Mission": a mission's name, no body acting
        if e is not None and e.kind == "state" and not _GOVERNMENT.search(folded, h.start, h.end):
            if text[h.end : h.end + 1] == ")" and last_in_brackets(text, h.start):
                continue
            if in_address(text, h.start, h.end) or table_label(text, h.start, h.end):
                continue  # "Belgique.be": a site's name; "France .... 126": a row label
            if text[h.end : h.end + 1] == "$":
                continue  # "US$ 2 million": a currency
            styled = styled_start(folded, h.start)  # "Republic of Panama": one name
            full = styled != h.start  # so named, a party (see _place_by_words)
            if not full and _caps_only(text, h, e):
                continue  # "NAV CANADA", "ADDIS ABABA, ETHIOPIA": a name or a dateline
            if place_end < styled < h.start and not (out and out[-1].end > styled):
                h = ActorHit(styled, h.end, h.actor_id, h.method, h.score)
            if completes_office(folded, h.start):
                continue  # "ministre de l'intérieur de Malte": a person's title
            # (read in place, not cut out: the stretch since the last mention may be long)
            listed = bool(out) and _AND.fullmatch(text, out[-1].end, h.start) is not None
            after_place = place_end >= 0 and _AND.fullmatch(text, place_end, h.start) is not None
            if after_place or place_by_words(
                text, folded, (h.start, h.end, floor), full=full, coordinated=listed
            ):
                place_end = h.end  # "in Iraq and Syria": both places
                continue
            if in_field(folded, h.start, floor):
                place_end = h.end  # "Place of Birth: Mopti, Mali": an address
                continue
            if before_border(text, h.end):
                place_end = h.end  # "the Niger–Burkina Faso border": a place
                continue
        out.append(h)
    return out
