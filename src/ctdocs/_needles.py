"""Needles: literal strings a regular expression's every match must contain.

Why: ctdocs runs hundreds of trigger and chrome patterns over every clause and line, and nearly all
of them fail. A failing ``re.search`` walks the whole text trying the pattern at each position;
``needle in text`` is a single fast substring scan. When none of a pattern's needles occurs in the
text, the pattern cannot match there and need not be run. The test is exact: it only ever skips
searches that would have found nothing, so results never change.

Needles are read from a parse tree built by the small parser of this module (public APIs only: the
patterns are ours, in ``data/models/``, and use a plain subset of ``re``'s syntax): runs of literal
characters at the top level, in capturing groups, in repeats of at least one, and, for an
alternation, one needle per branch (then any of them will do). A pattern with no such literal
(``\\d+``) has no needles and is always run; so is any pattern using syntax the parser does not
know (back-references, conditionals, inline global flags) — skipping a prefilter is always safe.

The parser shapes its tree as ``re`` does where that changes which literals stand side by side:
non-capturing groups are spliced into their sequence, a prefix common to every branch of an
alternation is moved out in front of it, and an alternation of single characters becomes one
character class.

Case-insensitive patterns are tested on a *case view* of the text, where every character is
replaced by a representative of the set of characters ``re``'s ``IGNORECASE`` treats as equal to it
(``K``, ``k`` and the Kelvin sign ``K`` all become ``k``); their needles are mapped the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate, takewhile
from typing import Any

from ._offsets import Positions

__all__ = ["AnyOf", "case_view", "case_view_plain", "may_hold", "needle_sets", "needles", "trie"]

_BMP = 0x10000


@cache
def _case_classes() -> tuple[dict[int, int], str]:
    """Code point -> representative under ``re.IGNORECASE`` (only where it differs), and the
    characters whose representative is not their one-character lower case.

    ``re`` compares the simple lower case of two characters, plus a few extra equivalences between
    lower-case letters that share an upper case (``s`` and the long s U+017F, ``i`` and the dotless
    i U+0131). The class representative is the smallest of those lower cases. Characters outside the
    Basic Multilingual Plane only ever pair with each other, and no needle holds one, so the table
    stops at U+FFFF. Both come from one pass over the plane: a second one cost about 1 % of a cold
    start.
    """
    every = [chr(cp) for cp in range(_BMP)]
    fulls = [c.lower() for c in every]
    # the simple lower case: the first character of the full one (only U+0130,
    # the dotted capital I, has a longer one, and re lowers it to a plain i)
    lows = [full[:1] for full in fulls]
    # letters with one upper case: their lower cases are equal under IGNORECASE
    shared: dict[str, set[str]] = {}
    for c, low in zip(every, lows, strict=True):
        if low != c or c.upper() != c:
            shared.setdefault(c.upper(), set()).add(low)
    rep_of: dict[str, str] = {}
    for group in shared.values():
        if len(group) > 1:
            first = min(group)
            for low in group:
                rep_of[low] = min(first, rep_of.get(low, first))
    table: dict[int, int] = {}
    odd: list[str] = []
    for cp, (full, low) in enumerate(zip(fulls, lows, strict=True)):
        rep = ord(rep_of.get(low, low))
        if rep != cp:
            table[cp] = rep
        if len(full) != 1 or rep != ord(low):
            odd.append(every[cp])
    return table, "".join(odd)


@cache
def _ascii_view_is_lower() -> bool:
    """Whether each ASCII character's representative is its lower case (``k``: Kelvin sign)."""
    table = _case_classes()[0]
    return all(table.get(cp, cp) == ord(chr(cp).lower()) for cp in range(128))


@cache
def _not_lowered() -> re.Pattern[str]:
    """The characters whose representative is not their one-character lower case (the long s, the
    dotless i, Greek final sigma, the dotted capital I ...)."""
    return re.compile("[" + "".join(map(re.escape, _case_classes()[1])) + "]")


def case_view(text: str) -> str:
    """``text`` with each character replaced by its ``IGNORECASE`` representative.

    One character for one, so the view has the length of the text. Speed: where the text holds none
    of the few characters whose representative is not their lower case, the view is ``text.lower()``
    (one C pass instead of a dict look-up per character); ``tests/test_speedups.py`` compares it
    with the table.
    """
    if text.isascii() and _ascii_view_is_lower():
        return text.lower()  # the same, without a dict look-up per character
    if _not_lowered().search(text) is None:
        return text.lower()
    return text.translate(_case_classes()[0])


def may_hold(text: str, wanted: tuple[str, ...] | None) -> bool:
    """Whether ``text`` may match a pattern whose :func:`needles` are ``wanted`` (None: any
    text may): False only where its case view holds none of them."""
    if wanted is None:
        return True
    view = case_view(text)
    return any(n in view for n in wanted)


def case_view_plain(text: str) -> str:
    """:func:`case_view` by the table alone: the reference its fast path is tested against."""
    return text.translate(_case_classes()[0])


# ---------------------------------------------------------------------------
# The parse tree. Items are tuples whose equality is ``re``'s (it decides which
# prefix the branches of an alternation share):
#   ("lit", ch)                      one literal character
#   ("in", members)                  a character class, ``\\s``, ``\\w``, …
#   ("notlit", ch), ("any",)         ``[^x]``, ``.``
#   ("at", name)                     ``^``, ``$``, ``\\b``, ``\\B``, ``\\A``, ``\\Z``
#   ("group", n, add, del, seq)      capturing group number n, or (0) one that sets flags
#   ("branch", (seq, seq, …))        an alternation
#   ("repeat", min, seq)             a repeated item (only its minimum matters)
#   ("look", seq)                    a look-around or atomic group: not looked into
# ---------------------------------------------------------------------------

Item = tuple[Any, ...]  # ("lit", "a"), ("repeat", 1, (...)): see the table above
Seq = tuple[Item, ...]


class _Unsupported(Exception):
    """Syntax this parser does not model: the pattern gets no needles."""


_CATEGORIES = frozenset("dDsSwW")
_ANCHORS = frozenset("AbBZ")
_CONTROL = {"a": "\a", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
_HEX = {"x": 2, "u": 4, "U": 8}
_FLAG_LETTERS = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "x": re.VERBOSE}
_QUANTIFIER = re.compile(r"\{(\d*)(?:,(\d*))?\}")


@dataclass
class _Reader:
    """A cursor over the pattern string."""

    text: str
    pos: int = 0
    groups: int = 0  # capturing groups opened so far (their numbers tell them apart)

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def take(self) -> str:
        ch = self.peek()
        if not ch:
            raise _Unsupported("unexpected end")
        self.pos += 1
        return ch

    def match(self, s: str) -> bool:
        if self.text.startswith(s, self.pos):
            self.pos += len(s)
            return True
        return False


def _escape(r: _Reader, in_class: bool) -> tuple[str, str]:
    """After a backslash: ("lit", ch), ("cat", letter) or ("at", letter)."""
    ch = r.take()
    if ch in _CATEGORIES:
        return ("cat", ch)
    if ch == "b" and in_class:
        return ("lit", "\b")
    if ch in _ANCHORS and not in_class:
        return ("at", ch)
    if ch in _CONTROL:
        return ("lit", _CONTROL[ch])
    if ch in _HEX:
        digits = r.text[r.pos : r.pos + _HEX[ch]]
        if len(digits) != _HEX[ch] or not all(d in "0123456789abcdefABCDEF" for d in digits):
            raise _Unsupported("bad escape")
        r.pos += len(digits)
        return ("lit", chr(int(digits, 16)))
    if ch.isascii() and ch.isalnum():
        raise _Unsupported(f"escape \\{ch}")  # octal, back-references, \N{…}, errors
    return ("lit", ch)


def _class_member(r: _Reader) -> tuple[object, ...]:
    """One member of a ``[...]`` class: a literal, a category or a range."""
    ch = r.take()
    first = _escape(r, True) if ch == "\\" else ("lit", ch)
    if r.peek() == "-" and r.text[r.pos + 1 : r.pos + 2] not in ("]", ""):
        r.take()
        nxt = r.take()
        last = _escape(r, True) if nxt == "\\" else ("lit", nxt)
        if first[0] != "lit" or last[0] != "lit" or last[1] < first[1]:
            raise _Unsupported("bad range")
        return ("range", first[1], last[1])
    return first


def _char_class(r: _Reader) -> Item:
    """``[...]`` after its bracket: one literal when it holds one character."""
    negate = r.match("^")
    members: list[tuple[object, ...]] = []
    while True:
        if r.peek() == "]" and members:
            r.take()
            break
        members.append(_class_member(r))
    uniq = tuple(dict.fromkeys(members))
    if len(uniq) == 1 and uniq[0][0] == "lit":
        return ("notlit", uniq[0][1]) if negate else ("lit", uniq[0][1])
    return ("in", (("negate",), *uniq) if negate else uniq)


def _group(r: _Reader) -> list[Item]:
    """``(...)`` after its parenthesis (a plain non-capturing group is marked to be spliced)."""
    add = drop = 0
    if r.match("?"):
        kind = r.take()
        if kind == ":":
            seq = _alternation(r)
            _close(r)
            return [("splice", seq)]
        if kind in "=!" or (kind == "<" and r.peek() in ("=", "!")) or kind == ">":
            if kind == "<":
                r.take()
            seq = _alternation(r)
            _close(r)
            return [("look", seq)]
        if kind == "P" and r.match("<"):  # a named group: a capturing group
            end = r.text.find(">", r.pos)
            if end < 0:
                raise _Unsupported("group name")
            r.pos = end + 1
        else:
            add, drop = _inline_flags(r, kind)
    number = 0
    if not add and not drop:
        r.groups += 1
        number = r.groups
    seq = _alternation(r)
    _close(r)
    return [("group", number, add, drop, seq)]


def _inline_flags(r: _Reader, first: str) -> tuple[int, int]:
    """``(?i-s:`` … as (added, removed) flags; global ``(?i)`` is not modelled."""
    add = drop = 0
    ch, removing = first, False
    while ch != ":":
        if ch == "-" and not removing:
            removing = True
        elif ch in _FLAG_LETTERS:
            if removing:
                drop |= _FLAG_LETTERS[ch]
            else:
                add |= _FLAG_LETTERS[ch]
        else:
            raise _Unsupported(f"group (?{ch}")  # (?P<…>, (?(…), (?i) and the like
        ch = r.take()
    if (add | drop) & re.VERBOSE:
        raise _Unsupported("verbose group")
    return add, drop


def _close(r: _Reader) -> None:
    if not r.match(")"):
        raise _Unsupported("missing )")


def _repeat(r: _Reader, seq: list[Item], quant: str) -> bool:
    """Apply a quantifier to the last item of ``seq``; False when ``{`` is a literal."""
    if quant == "{":
        m = _QUANTIFIER.match(r.text, r.pos - 1)
        if m is None or m.group() == "{}":
            return False
        r.pos = m.end()
        low = int(m.group(1) or 0)
    else:
        low = 1 if quant == "+" else 0
    if not seq or seq[-1][0] in ("at", "repeat"):
        raise _Unsupported("nothing to repeat")
    if not r.match("?"):
        r.match("+")  # lazy or possessive: the same minimum
    last = seq.pop()
    body = last[1] if last[0] == "splice" else (last,)
    seq.append(("repeat", low, body))
    return True


def _sequence(r: _Reader) -> Seq:
    """Items up to ``|``, ``)`` or the end."""
    seq: list[Item] = []
    while r.peek() and r.peek() not in "|)":
        ch = r.take()
        if ch == "\\":
            kind, val = _escape(r, False)
            seq.append(
                ("lit", val)
                if kind == "lit"
                else ("at", val)
                if kind == "at"
                else ("in", (("cat", val),))
            )
        elif ch == "[":
            seq.append(_char_class(r))
        elif ch == "(":
            seq.extend(_group(r))
        elif ch in "*+?{":
            if not _repeat(r, seq, ch):
                seq.append(("lit", ch))
        elif ch == ".":
            seq.append(("any",))
        elif ch in "^$":
            seq.append(("at", ch))
        else:
            seq.append(("lit", ch))
    # plain non-capturing groups are spliced in, as re does: their literals
    # join the runs on either side
    out: list[Item] = []
    for item in seq:
        out.extend(item[1] if item[0] == "splice" else (item,))
    return tuple(out)


def _alternation(r: _Reader) -> Seq:
    """``a|b|c``, shaped as ``re`` shapes it (common prefix out, single characters a class)."""
    alts = [list(_sequence(r))]
    while r.match("|"):
        alts.append(list(_sequence(r)))
    if len(alts) == 1:
        return tuple(alts[0])
    out: list[Item] = []
    while all(alts) and all(a[0] == alts[0][0] for a in alts):
        out.append(alts[0][0])
        for a in alts:
            del a[0]
    if all(len(a) == 1 and a[0][0] in ("lit", "in") for a in alts) and not any(
        a[0][0] == "in" and a[0][1][:1] == (("negate",),) for a in alts
    ):
        members = [m for a in alts for m in ([("lit", a[0][1])] if a[0][0] == "lit" else a[0][1])]
        out.append(("in", tuple(dict.fromkeys(members))))
        return tuple(out)
    out.append(("branch", tuple(tuple(a) for a in alts)))
    return tuple(out)


@lru_cache(maxsize=1)  # needles and needle_sets of one pattern parse it once
def _parse(pattern: str) -> Seq | None:
    """The tree of ``pattern``, or None when it uses syntax not modelled here."""
    r = _Reader(pattern)
    try:
        seq = _alternation(r)
        if r.peek():
            raise _Unsupported("unbalanced )")
    except (_Unsupported, IndexError, ValueError):
        return None
    return seq


def needles(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains, or None if none are known.

    With ``re.IGNORECASE`` the needles are in :func:`case_view` form, to be looked for in the case
    view of the text.
    """
    if flags & re.VERBOSE:
        return None
    tree = _parse(pattern)
    if tree is None:
        return None
    found = _best(_all_required(tree, exact=True))
    if found is not None and flags & re.IGNORECASE:
        found = tuple(sorted({case_view(n) for n in found}))
    return found


def _best(cands: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The set whose shortest needle is longest (the first such): the rarest to occur."""
    return max(cands, key=lambda c: min(map(len, c)), default=None)


def needle_sets(pattern: str, flags: int = 0) -> tuple[tuple[str, ...], ...]:
    """Every needle set known for ``pattern``: each match contains a needle of *each* set.

    :func:`needles` gives the single best set; a phrase such as ``financ\\w* (du|des) terror`` has
    two (``financ`` and ``terror``), and a text must hold both for the pattern to match, which rules
    out far more failing searches than either alone.

    With ``re.IGNORECASE`` only literals inside ``(?-i:...)`` groups count: they are matched with
    their exact case, so these needles are looked for in the text itself, not in a case view. ``()``
    when nothing is known.
    """
    if flags & re.VERBOSE:
        return ()
    tree = _parse(pattern)
    if tree is None:
        return ()
    found = _all_required(tree, exact=not flags & re.IGNORECASE)
    return tuple(dict.fromkeys(found))  # in order, without repeats


def _all_required(items: Seq, exact: bool) -> list[tuple[str, ...]]:
    """Every necessary needle set of a parsed sequence, in the order they occur.

    ``exact``: literals here are matched case-sensitively (else they are not collected, and only
    ``(?-i:...)`` groups inside may yield needles). Groups that change flags otherwise, and
    look-arounds, are not looked into: their needles would have to be matched under other rules.
    """
    sets: list[tuple[str, ...]] = []

    def offer(cand: tuple[str, ...] | None) -> None:
        if cand and all(cand):
            sets.append(cand)

    run: list[str] = []
    for item in items:
        op = item[0]
        if op == "lit" and exact:
            run.append(str(item[1]))
            continue
        offer(tuple(sorted({"".join(run) + t for t in _lead((item,))})) if run else None)
        run = []
        if op == "group":
            _op, _number, add, drop, sub = item
            if not add and not drop:
                sets.extend(_all_required(sub, exact))
            elif not exact and not add and drop == re.IGNORECASE:
                sets.extend(_all_required(sub, True))  # (?-i:...)
        elif op == "branch":
            alts = [_best(_all_required(b, exact)) for b in item[1]]
            if all(a is not None for a in alts):
                offer(tuple(sorted({n for a in alts if a is not None for n in a})))
        elif op == "repeat" and int(item[1]) >= 1:
            sets.extend(_all_required(item[2], exact))
    offer(("".join(run),) if run else None)
    return sets


def _lead(items: Seq) -> tuple[str, ...]:
    """Strings one of which every match of ``items`` starts with: a run of literals is joined
    to the branch after it (``\\.(int|ca)`` needs ``.int`` or ``.ca``; ``.``, ``ca`` alone are
    in nearly every line). Only plain groups and branches are looked into ("": none known)."""
    head = "".join(str(i[1]) for i in takewhile(lambda i: i[0] == "lit", items))
    rest = items[len(head) :]
    tails: Iterable[str] = ("",)
    if rest and rest[0][0] == "group" and not rest[0][2] and not rest[0][3]:
        tails = _lead(rest[0][4])
    elif rest and rest[0][0] == "branch":
        tails = {t for alt in rest[0][1] for t in _lead(alt)}
    return tuple(sorted({head + t for t in tails}))


def trie(words: Iterable[str]) -> str:
    """A pattern that matches, where any of ``words`` starts, the longest one starting there.

    Why: one scan of the text then finds every needle, where a substring test per needle scans the
    text once for each. The words share their prefixes (a branch per distinct next character, so the
    engine tries a handful of characters at a position, not every word); a word that goes on into a
    longer one is an optional tail, tried first. The words starting at one position are prefixes of
    one another, so the longest there tells them all.
    """
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


class AnyOf:
    """Does any of several patterns match? Same answer as searching their union.

    Each pattern is compiled on its own with its needles; :meth:`search` runs only the patterns
    whose needles occur in the text, so a line that holds none of them costs one scan for the
    needles instead of a regex scan for each pattern. A pattern is compiled the first time it is
    run: most of the chrome cues' are never run on one document, and compiling them all was some 3 %
    of a process's first parse (the cold start).
    """

    def __init__(self, patterns: Sequence[str], flags: int = 0) -> None:
        self._flags = flags
        self._patterns = list(patterns)
        self._regexes: dict[int, re.Pattern[str]] = {}  # compiled when first run
        checks = [needles(p, flags) for p in patterns]
        # patterns without needles are always tried; the others when a needle occurs
        self._always = [k for k, found in enumerate(checks) if found is None]
        own: dict[str, set[int]] = {}
        for k, found in enumerate(checks):
            for n in found or ():
                own.setdefault(n, set()).add(k)
        # a needle found at a position stands for the needles it starts with too
        self._live = {
            n: frozenset(k for m, ks in own.items() if n.startswith(m) for k in ks) for n in own
        }
        # one trie per first character: each opens on a literal, which the engine skips
        # ahead to in C, where one trie of all the needles entered its alternatives at
        # every character of the line (its first characters are most letters and the
        # space): the same needles found, the chrome cues' scan twice as fast
        by_first: dict[str, list[str]] = {}
        for n in own:
            by_first.setdefault(n[0], []).append(n)
        self._scans = tuple(re.compile(trie(ns)).search for _, ns in sorted(by_first.items()))
        # texts are joined by line breaks to be scanned at once (found_each): no needle may
        # hold one, or a needle could be found across two texts
        self._joinable = not any("\n" in n for n in own)

    def search(self, text: str) -> bool:
        return self.first(text) is not None

    def _found(self, view: str) -> set[str]:
        """The longest needle starting at each place of ``view`` where one starts: each first
        character's trie tried again one place after each of its matches, so a needle that starts
        inside another (or overlaps its end) is seen too."""
        found: set[str] = set()
        for search in self._scans:
            m = search(view)
            while m is not None:
                found.add(m.group())
                m = search(view, m.start() + 1)
        return found

    def found_each(self, texts: Sequence[str]) -> list[set[str]]:
        """The needles each of ``texts`` holds (``first``'s scan), for many texts at once.

        Why: on a page's lines, the calls of a scan per first character of the needles, some thirty
        per line, cost more than the reading; the lines joined by line breaks (which no needle
        holds, so a needle found lies inside one line) take one call of each scan per page, plus one
        per needle found, as before. The same needles: a scan finds, at each place where a needle
        starts, the longest there.
        """
        if not self._joinable:
            return [self._found(self._view(t)) for t in texts]
        view = self._view("\n".join(texts))  # (the view maps one character for one)
        starts = Positions(list(accumulate([len(t) + 1 for t in texts[:-1]], initial=0)))
        out: list[set[str]] = [set() for _ in texts]
        for search in self._scans:
            m = search(view)
            while m is not None:
                at = m.start()
                out[starts.last_through(at)].add(m.group())
                m = search(view, at + 1)
        return out

    def _view(self, text: str) -> str:
        return case_view(text) if self._flags & re.IGNORECASE else text

    def first(self, text: str, found: set[str] | None = None) -> int | None:
        """The index of the first pattern (in the order given) that matches, or None: two lists of
        cues kept as one (web chrome, then a publisher's notices) are told apart after one scan of
        the line for their needles (``found``, when given: the needles of ``text``, from
        :meth:`found_each`).
        """
        live = set(self._always)
        # a set as the scan goes, not findall's list: a line can be a whole text, with a
        # needle every few dozen characters (issue 15: memory in proportion to the input)
        for n in self._found(self._view(text)) if found is None else found:
            live |= self._live[n]
        return next((k for k in sorted(live) if self._regex(k).search(text)), None)

    def compile_all(self) -> None:
        """Compile every pattern now: for a process about to parse many texts
        (``warm_up``), whose timings then hold no compiling."""
        for k in range(len(self._patterns)):
            self._regex(k)

    def _regex(self, k: int) -> re.Pattern[str]:
        regex = self._regexes.get(k)
        if regex is None:
            regex = self._regexes[k] = re.compile(self._patterns[k], self._flags)
        return regex
