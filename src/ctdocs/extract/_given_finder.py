"""Finding a given name and the name words after it without one regex of every name.

The long list of given names (``given_names.toml``, some eleven thousand) made one
alternation that took the regex compiler most of a second to build on a process's
first document, twice (running text and lines of their own). A given name is a word:
the finder reads each capitalised word once, asks a set whether it is a given name,
and only then matches the name words after it with a small pattern. The few names
that are not one plain word (``Ndung'u``) keep a small alternation of their own.

The hits are the spans the one big regex found, in the same order and without
overlaps, so the callers see no difference.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass

from ._line_starts import lines_opening

__all__ = ["GivenFinder", "Span"]

_LETTERS_RUN = re.compile(r"[^\W\d_]+")
_BLANKS = re.compile(r"[ \t]*")  # the blanks a line opens with
_INITIAL = re.compile(r"[A-Z]\.[ \t]+")  # "S. Marcillac": an initial before the name


def _opening_run(name: str) -> str:
    m = _LETTERS_RUN.match(name)
    return "" if m is None else m.group()


@dataclass(frozen=True)
class Span:
    """A hit, read as a regex match is read (``start()``, ``end()``)."""

    begin: int
    finish: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


class GivenFinder:
    """A given name, then ``rest`` (a pattern of the name words after it).

    ``finditer`` gives what ``re.finditer`` gave for ``(?:names)rest``; with
    ``at_line_start`` what it gave for ``(?m)^[ \\t]*(?:[A-Z]\\.[ \\t]+)?(?:names)rest``.
    """

    def __init__(
        self,
        names: list[str],
        alternation: Callable[[list[str]], str],
        rest: str,
        *,
        at_line_start: bool = False,
    ) -> None:
        self._plain = frozenset(n for n in names if n[:1].isupper() and n.isalpha())
        odd = [n for n in names if n not in self._plain]
        self._odd = re.compile(rf"(?m)(?:{alternation(odd)}){rest}") if odd else None
        self._rest = re.compile(rf"(?m){rest}")
        # where a name may open: one of the names' first letters (no look-behind, as the
        # one regex had none: "McJean Dupont" holds "Jean Dupont")
        firsts = sorted({n[0] for n in names if n})
        opens = "".join(re.escape(c) for c in firsts)
        self._opens = re.compile(f"[{opens}]" if opens else "(?!)")
        self._at_line_start = at_line_start
        # the run of letters a name opens with (see _openings): the whole of a plain name,
        # up to its first other character for an odd one ("Ndung" of "Ndung'u")
        self._wanted = self._plain | {_opening_run(n) for n in odd}
        letters = bool(firsts) and all(c.isalpha() for c in firsts)
        self._by_runs = letters and not any(n.isalpha() for n in odd)
        # every letter from ``firsts``, with the letters after it in its run: one that opens
        # the run and each one inside it ("NATO" holds "ATO" and "TO"), in one scan (a
        # look-ahead takes the rest, so a run's inner letters are still tried)
        self._run_rests = re.compile(rf"([{opens}])(?=([^\W\d_]*))" if opens else "(?!)()()")
        # where no name holds one of ``firsts`` past its first letter (names are written
        # "Jean", not "JeAn"), the only suffix of a run that may be a name opens on the last
        # of them in the run: those suffixes alone, one string each (see _openings)
        inner = any(c in firsts for w in self._wanted for c in w[1:])
        self._last_runs = (
            re.compile(rf"[{opens}][^\W\d_{opens}]*+(?![^\W\d_])")
            if self._by_runs and not inner
            else None
        )
        # what a line a name opens may open on, past its blanks: a name's first letter or
        # an initial's (see _lines)
        self._line_opens = f"{opens}A-Z" if opens else ""

    def finditer(self, text: str, words: Collection[str] | None = None) -> Iterator[Span]:
        """``words``: the distinct words of ``text`` (runs of word characters, as written),
        where a name's opening runs of letters are read (none: the text itself)."""
        return self._lines(text) if self._at_line_start else self._running(text, words)

    def _name_at(self, text: str, at: int) -> int | None:
        """Where the name words after a given name opening at ``at`` end, or None."""
        word = _LETTERS_RUN.match(text, at)
        if word is not None and word.group() in self._plain:
            m = self._rest.match(text, word.end())
            if m is not None:
                return m.end()
        if self._odd is not None:
            m = self._odd.match(text, at)
            if m is not None:
                return m.end()
        return None

    def _running(self, text: str, words: Collection[str] | None) -> Iterator[Span]:
        free = 0  # hits do not overlap: the scan goes on after the last one
        opens = self._openings(text, words) if self._by_runs else self._each_first(text)
        for at in opens:
            if at < free:
                continue
            end = self._name_at(text, at)
            if end is not None:
                yield Span(at, end)
                free = end

    def _each_first(self, text: str) -> Iterator[int]:
        """Every place one of the names' first letters stands."""
        return (cap.start() for cap in self._opens.finditer(text))

    def _openings(self, text: str, words: Collection[str] | None = None) -> list[int]:
        """The places, among :meth:`_each_first`'s, where the run of letters from there is
        the run a name opens with: the only ones where :meth:`_name_at` finds a name.

        Speed: the runs from those letters are gathered at C speed, the few that are a
        name's looked up in the text; asking :meth:`_name_at` at every capital cost two
        regex calls each. (True of names whose first letter is a letter and whose run
        ends where a character that is no letter stands in the name: ``_by_runs``.) One
        scan finds a run's opening letter and its inner ones alike: two scans (the
        openings, then the letters inside a run) cost a quarter more. Where no name holds
        a first letter past its own first (``_last_runs``), a run's suffix from its last
        such letter is the only one that may be a name: one string per run that ends on
        one, where every first letter gave a pair of strings (a third less time). The runs
        are read in the text's distinct ``words`` when given, a blank between them (a run of
        letters lies inside one word, whole: the same runs in some fifth of the characters)."""
        read = text if words is None else " ".join(words)
        if self._last_runs is not None:
            runs = set(self._last_runs.findall(read))
        else:
            runs = {c + rest for c, rest in set(self._run_rests.findall(read))}
        out: set[int] = set()
        for word in runs.intersection(self._wanted):
            k, n = text.find(word), len(word)
            while k >= 0:
                if not _LETTERS_RUN.match(text, k + n):
                    out.add(k)  # the run from k is the word itself, no longer
                k = text.find(word, k + 1)
        return sorted(out)

    def _lines(self, text: str) -> Iterator[Span]:
        # speed: the lines that open on a name's or an initial's first letter, found in one
        # scan (:func:`._line_starts.lines_opening`), where a pattern opening on ``^`` was
        # tried at every character, then three matches at every line start
        blanks = _BLANKS.match
        for start in lines_opening(text, self._line_opens) if self._line_opens else ():
            lead = blanks(text, start)  # always a match (of no blank, at least)
            at = start if lead is None else lead.end()
            initial = _INITIAL.match(text, at)
            end = self._name_at(text, initial.end()) if initial is not None else None
            if end is None:
                end = self._name_at(text, at)
            if end is not None:
                yield Span(start, end)
