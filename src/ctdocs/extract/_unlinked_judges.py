"""A judge named by surname and judicial letters in a common-law judgment: ``Devlin LCJ``,
``Ashe J``, ``Naidoo JA``, ``Mabuza DP``; a plural set of letters after two or more
surnames (``Naidoo and Visagie JJA``, ``Molefe and Steyn AJJA``).

Courts of England and Wales, Northern Ireland, South Africa, New Zealand, Australia and
the Caribbean write their judges this way in the coram line, the heading of each
judgment and the references to the court below. The surname alone, with no given name
or title, is found by no other shape; the letters say it is a person (guidelines §3: a
surname alone is a named person), and they are no part of the name, as honours are
not. The letters are data (``person.judicial`` and ``person.judicial_plural`` in
``data/models/actor_shapes.toml``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from .._knowledge import fold, load_actor_shapes
from ..models import ActorKind
from ._actors import ActorHit
from ._shape_regex import finditer_from
from ._unlinked_refs import _free_spans
from ._word_openings import Openings, TextWords

__all__ = ["judges"]

_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"


_WINDOW = 120  # the most characters a surname (with its particle) runs before its letters


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """The judicial letters after a blank, the surname that closes a stretch right
    before them, the plural letters alone, and the list of surnames before a plural.

    Why the letters first: they are rare short capitals, a surname is any capitalised
    word, so finding the letters and reading the surname back over a short window costs a
    search of a few literals instead of a surname match tried at every capital.
    """
    c = load_actor_shapes().person
    if not c.judicial:
        return None
    # a particle opens the surname, in either case: "Van Delden JJ", "de Villiers J"
    particle = "|".join(sorted({p for w in c.particles for p in (w, w.capitalize())}))
    surname = rf"(?:(?:{particle})[ \t])?{_WORD}"
    many = "|".join(sorted(map(re.escape, c.judicial_plural), key=len, reverse=True)) or "(?!)"
    after = r"(?![\w'\-])"
    return (
        re.compile(_after_blank(c.judicial + c.judicial_plural) + after),
        re.compile(rf"(?<![\w'\-])({surname})\Z"),
        re.compile(_after_blank(c.judicial_plural) + after),
        # the surnames before a plural's last one: "Naidoo and", "Molefe, Steyn and"
        re.compile(
            rf"(?<![\w'\-])((?:{surname},[ \t]+)*{surname})[ \t]+and[ \t]+"
            rf"{surname}[ \t]+(?:{many}){after}"
        ),
    )


def _after_blank(words: list[str]) -> str:
    """One of ``words`` (letters) after a blank, the match opening on the word's letter.

    Speed: the pattern opens on the class of the words' first letters (capitals, far
    fewer than blanks), the blank asked by a look-behind; opening on the blank, it was
    tried at every space of the text (its two scans, some 3 % of the actor stage, take
    half the time now). Grouped by first letter, each group's rests longest first: the
    same matches, as each must end the word (the caller's look-ahead), one word at most
    fits."""
    if not words:
        return "(?!)"
    groups: dict[str, list[str]] = {}
    for w in sorted(set(words), key=len, reverse=True):
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    firsts = "".join(re.escape(c) for c in groups)
    branches = "|".join(f"(?<={re.escape(c)})(?:{'|'.join(t)})" for c, t in groups.items())
    return rf"[{firsts}](?<=[ \t].)(?:{branches})"


@cache
def _letters_at() -> tuple[Openings, Openings] | None:
    """Where the judicial letters, and the plural ones, may stand (None where a set of
    letters is one the look-up cannot find: the text is scanned)."""
    c = load_actor_shapes().person
    try:
        return Openings(c.judicial + c.judicial_plural), Openings(c.judicial_plural)
    except ValueError:
        return None


def _found(
    pattern: re.Pattern[str], text: str, words: TextWords | None, k: int
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried only where the tokens of the text's fold (one
    character for one: the same offsets) hold its letters (``k``: 0 for all the letters,
    1 for the plural ones). Speed: most texts hold none, and the scan tried the pattern
    at every capital of its first letters."""
    at = _letters_at()
    if words is None or at is None:
        return pattern.finditer(text)
    return finditer_from(pattern, text, at[k].at(words))


def _single(
    text: str, letters: re.Pattern[str], tail: re.Pattern[str], words: TextWords | None
) -> list[tuple[int, int]]:
    """The surnames right before judicial letters, a blank run between (``Devlin LCJ``)."""
    spans = []
    for m in _found(letters, text, words, 0):
        end = m.start()  # the letters' first, after the blank
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        name = tail.search(text, max(0, end - _WINDOW), end)
        if name is not None:
            spans.append(name.span(1))
    return spans


@cache
def _bench_pattern() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]] | None:
    """A plural title, then surnames between commas up to the last after ``et``/``and``
    (line breaks and indents inside: a judgment's heading wraps); group 1: the list. And
    what parts its items; and the offices, casefolded, that stand in such a list beside a
    surname (``Président``).

    Speed: the list is matched only where a title stands (:func:`_bench_matches`); a
    pattern opening on a look-behind would be tried at every position of the text."""
    c = load_actor_shapes().person
    if c.bench_plural is None:
        return None
    titles = sorted({w for t in c.bench_plural.all() for w in (t, t[:1].upper() + t[1:])})
    particle = "|".join(sorted({p for w in c.particles for p in (w, w.capitalize())}))
    surname = rf"(?:(?:{particle})[ \t])?{_WORD}"
    gap = r"[ \t]*\n?[ \t]*"
    blank = r"(?:[ \t]*\n[ \t]*|[ \t]+)"  # a line break, indented or not, or blanks
    joiners = c.bench_joiners.all() if c.bench_joiners else ["et", "and"]
    last = "|".join(sorted(map(re.escape, joiners), key=len, reverse=True))
    title = "|".join(sorted(map(re.escape, titles), key=len, reverse=True))
    pattern = re.compile(
        rf"(?:{title}){blank}"
        rf"((?:{surname}{gap},{gap})*{surname}{blank}(?:{last}){blank}{surname})"
        rf"(?![\w'\-])"
    )
    between = re.compile(rf"{gap},{gap}|{blank}(?:{last}){blank}")
    return pattern, between, frozenset(o.casefold() for o in c.offices.all())


def _bench_matches(
    pattern: re.Pattern[str], text: str, words: TextWords | None = None
) -> Iterator[re.Match[str]]:
    r"""The bench lists of the text, left to right, as ``finditer`` would give them for
    the pattern behind a ``(?<![\w'])`` look-behind: each tried only where a title word
    opens (found by its literal first letters, or in ``words``, the tokens of the text's
    fold), not glued to a word before it."""
    at = 0
    for start in _title_starts(text, words):
        if start < at or (start and (text[start - 1].isalnum() or text[start - 1] in "_'")):
            continue
        found = pattern.match(text, start)
        if found is not None:
            at = found.end()
            yield found


def _title_starts(text: str, words: TextWords | None) -> Iterator[int]:
    """Where a title may open, in order: each place a title is written, or (``words``
    given) each token a title's first word may open on, fewer to find (speed: the
    titles' search stopped at every "j" of the text). A title written where no token
    gives is glued to a word after it, where the list, which a blank follows, fails."""
    at = _bench_at()
    if words is not None and at is not None:
        yield from at.at(words)
        return
    m = _bench_titles().search(text)
    while m is not None:
        yield m.start()
        m = _bench_titles().search(text, m.start() + 1)


@cache
def _bench_at() -> Openings | None:
    """The plural titles' tokens (None where a title does not open on letters)."""
    c = load_actor_shapes().person
    titles = c.bench_plural.all() if c.bench_plural else []
    try:
        return Openings([fold(w) for t in titles for w in (t, t[:1].upper() + t[1:])])
    except ValueError:
        return None


@cache
def _bench_titles() -> re.Pattern[str]:
    """The plural titles alone: where a bench list may open."""
    c = load_actor_shapes().person
    titles = {
        w
        for t in (c.bench_plural.all() if c.bench_plural else [])
        for w in (t, t[:1].upper() + t[1:])
    }
    return re.compile("|".join(sorted(map(re.escape, titles), key=len, reverse=True)) or "(?!)")


def _bench_lists(
    text: str, titles: frozenset[str], words: TextWords | None = None
) -> list[tuple[int, int]]:
    """The surnames listed after a plural title (``les juges Okafor, Bélanger-Roy et
    Ivanova``), offices among them set aside; not a surname the text writes elsewhere
    after a given name (``Justice Ingrid Sætre`` ... ``Justices Sætre, Lund and Bråten``):
    that person's full name is read there, the surname alone then resolved to it."""
    pat = _bench_pattern()
    if pat is None:
        return []
    pattern, joiners, offices = pat
    bench = load_actor_shapes().person.bench_plural
    titles = titles | {t.split()[-1].casefold() for t in (bench.all() if bench else [])}
    spans = []
    for m in _bench_matches(pattern, text, words):
        at = m.start(1)
        for item in joiners.split(m.group(1)):
            if item and item.casefold() not in offices:
                s = text.index(item, at)
                at = s + len(item)
                if not _given_before(text, item, titles):
                    spans.append((s, at))
    return spans


def _given_before(text: str, surname: str, titles: frozenset[str]) -> bool:
    """Whether a capitalised word that is no title stands right before ``surname``
    somewhere in the text (a given name: ``Ingrid Sætre``)."""
    before = re.compile(rf"([{_UPPER}][\w'\-]*)[ \t]+{re.escape(surname)}(?![\w'\-])")
    return any(m.group(1).casefold() not in titles for m in before.finditer(text))


def judges(
    text: str,
    hits: list[ActorHit],
    names: dict[str, tuple[str, ActorKind]],
    slug: Callable[[str], str],
    not_names: frozenset[str],
    words: TextWords | None = None,
    taken: bytearray | None = None,
) -> list[ActorHit]:
    """The judges' surnames before judicial letters, outside every mention, as persons
    (added to ``names``); not a form of address or a word that names no one
    (``not_names``, casefolded: ``Mr J``, ``Schedule J``). ``words``: the tokens of the
    text's fold, where the letters are looked up; ``taken``: the mask of ``hits``, read."""
    pats = _patterns()
    if pats is None:
        return []
    letters, tail, plural, listed = pats
    spans = _single(text, letters, tail, words)
    plurals = next(_found(plural, text, words, 1), None) is not None
    for m in listed.finditer(text) if plurals else ():
        at = m.start(1)
        for name in re.finditer(r"[^,]+", m.group(1)):
            spans.append(
                (
                    at + name.start() + len(name.group()) - len(name.group().lstrip()),
                    at + name.end(),
                )
            )
    spans += _bench_lists(text, not_names, words)
    if not spans:
        return []
    taken = _free_spans(text, hits) if taken is None else taken
    out: list[ActorHit] = []
    for s, e in sorted(set(spans)):
        surname = text[s:e]
        if surname.casefold() in not_names or taken.find(1, s, e) >= 0:
            continue
        actor_id = f"unlinked:{slug(surname)}"
        names.setdefault(actor_id, (surname, "person"))
        out.append(ActorHit(s, e, actor_id, "shape", 60.0))
    return out
