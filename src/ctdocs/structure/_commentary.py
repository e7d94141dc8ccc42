"""Articles a text comments on, one by one, under a heading that says so.

A bill's explanatory message, a committee's report and a council's opinion go through the
bill article by article under a heading of their own (``Examen des articles``, ``IV.
DISCUSSION DES ARTICLES``, ``3. COMMENTAIRE ARTICLE PAR ARTICLE``, ``5 Commentaire des
dispositions``; ``Clause-by-clause analysis`` in English), each comment opened by the
article it is about (``Article 1er``, ``Art. 260quinquies, al. 1 et 3, CP``, ``**Article 21a
– Aéronefs sans occupants.** L'alinéa 1 …``). Those numbers are the bill's, not the text's
(guidelines §1: provisions of another instrument cited in the document are content, their
numbers not the document's): the comments are the text of the part they stand in, and so
are the points of an article a comment lists (``1°``, ``2°``).

The text's own numbering goes on under such a heading (a report's paragraphs ``9.``,
``10.`` under ``III. EXAMEN DES ARTICLES``) and past it: the part ends at the next number of
its heading's own sequence (``4. CONSÉQUENCES`` after ``3.``, ``V. VOTES`` after ``IV.``),
or at an unnumbered heading where the part's heading had no number. The heading words
are data (``commentary_headings`` in ``data/models/numbering.toml``); so are the first words
of a comment that names its article (``Cet article …``, ``This article …``:
``commentary_openers``), which make a part of any heading two comments or more open so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from ..layout import Unit
from ..layout._numbering import Marker, find_marker, load_numbering

__all__ = ["commented_articles"]

# the marks a heading may carry around its words: markup, a closing colon or full stop
_FRAME_RE = re.compile(r"^[#*_\s]+|[#*_\s:.]+$")
# the kinds of the points an article's comment lists (1°, (a), (i)): the article's, not new
_POINT_KINDS = frozenset({"letter", "roman", "item"})
# a heading's words with their markup and spacing: longer lines are read no further
_LONGEST = 120
# an article's heading words on its line ("Article 2 – Définitions") before its comment below
_TITLE_WORDS = 8


@dataclass(frozen=True, slots=True)
class _Part:
    """The open commentary part: its heading's marker (None for an unnumbered heading)."""

    opener: Marker | None


@cache
def _commentary_words() -> frozenset[str]:
    return frozenset(h.casefold() for h in load_numbering().commentary_headings)


@cache
def _openers() -> tuple[str, ...]:
    """The first words of a comment naming its article, casefolded once: every article's
    first line is asked about them."""
    return tuple(o.casefold() for o in load_numbering().commentary_openers)


@cache
def _normative() -> tuple[str, ...]:
    """What an act's own article says after naming itself (``applies``, ``ne s'applique``):
    its rule, which no comment states."""
    return tuple(w.casefold() for w in load_numbering().commentary_normative)


_MIN_OPENED = 2  # comments opening on their article's name, for a heading to be a commentary's
_OPENED_SHARE = 0.5  # of the articles under the heading, whose comments open so


def _opens_comment(text: str) -> bool:
    """A comment's first words naming its article (``Cet article …``, ``This article …``)
    and going on to say what the article does, not the rule it states: ``This Article
    applies to …``, ``Cette disposition ne s'applique pas …`` are an act's own articles."""
    words = " ".join(_FRAME_RE.sub("", text[:_LONGEST]).replace("’", "'").casefold().split())
    opener = next((o for o in _openers() if words.startswith(o)), None)
    if opener is None:
        return False
    rest = words[len(opener) :].lstrip() + " "
    return not any(rest.startswith(w + " ") for w in _normative())


def _commenting_headings(
    units: Sequence[Unit],
    marker: Callable[[Unit], Marker | None],
    heading: Callable[[Unit], bool],
) -> frozenset[int]:
    """Starts of unnumbered headings whose articles' comments open on the article's name,
    two of them at least and half the articles under the heading (``Observations
    particulières`` over ``Article 2`` / ``Cet article complète …``): a commentary part
    whatever its heading's words. The share matters because the part, once open, takes every
    article up to the next heading: two of an act's articles naming themselves among many
    must not take the rest."""
    hits: dict[int, int] = {}
    seen: dict[int, int] = {}
    last: int | None = None
    articles = sum((m := marker(u)) is not None and m.kind == "article" for u in units)
    if articles < _MIN_OPENED:
        return frozenset()  # speed: most texts hold no two articles (heading() is dear)
    for k, u in enumerate(units):
        m = marker(u)
        if m is None and not u.noise and heading(u):
            last = u.start
        elif m is not None and m.kind == "article" and last is not None:
            seen[last] = seen.get(last, 0) + 1
            rest = u.text[m.end :].strip(" –—-:.*")
            nxt = units[k + 1] if k + 1 < len(units) else None
            after = nxt.text if nxt is not None and marker(nxt) is None else ""
            titled = len(rest.split()) <= _TITLE_WORDS  # the comment is the next line's
            if _opens_comment(rest) or (titled and _opens_comment(after)):
                hits[last] = hits.get(last, 0) + 1
    return frozenset(h for h, n in hits.items() if n >= max(_MIN_OPENED, _OPENED_SHARE * seen[h]))


def _says_commentary(text: str) -> bool:
    """The words of a heading that announce a comment on each article of a bill."""
    if len(text) > _LONGEST:
        return False  # speed: a paragraph is no such heading
    firsts = _commentary_firsts()
    for ch in text:  # the first character the frame leaves: no heading's opens so
        if ch in "#*_" or ch.isspace():
            continue
        if firsts is not None and ch.casefold()[:1] not in firsts:
            return False  # (the line's words are not folded and joined for nothing)
        break
    words = " ".join(_FRAME_RE.sub("", text).casefold().split())
    return words in _commentary_words()


@cache
def _commentary_firsts() -> frozenset[str] | None:
    """The first characters of the heading words (None where one is empty: any line's
    words may then be one)."""
    words = _commentary_words()
    return None if "" in words else frozenset(w[:1] for w in words)


def _bare_number(u: Unit) -> Marker | None:
    """The bare number a short line opens with as a heading (``5   Commentaire des
    dispositions``), which the reader may leave unread where such numbers are rare."""
    if len(u.text) > _LONGEST:
        return None  # speed: a paragraph opens no heading
    m = find_marker(u.text, heading=True)
    return m if m is not None and m.kind == "heading" else None


def _heading_words(u: Unit, m: Marker | None) -> str:
    return u.text[m.end :] if m is not None else u.text


def _closes(part: _Part, u: Unit, m: Marker | None, heading: Callable[[Unit], bool]) -> bool:
    """Does ``u`` end the commentary part: the next number of its heading's sequence (same
    kind and family, not a subdivision of it: ``4.`` after ``3.``, not ``3.1``), or any
    heading where the part's own heading had no number."""
    op = part.opener
    if op is None:
        return m is None and heading(u)
    if m is None or m.kind != op.kind or m.family != op.family or m.value == op.value:
        return False
    return not m.value.startswith(op.value + ".")


def commented_articles(
    units: Sequence[Unit],
    marker: Callable[[Unit], Marker | None],
    heading: Callable[[Unit], bool],
) -> frozenset[int]:
    """Starts of the lines whose article number (and whose points under it) a commentary
    part cites rather than numbers. ``heading`` tells an unnumbered line that heads a part."""
    out: list[int] = []
    part: _Part | None = None
    in_article = False
    opened = _commenting_headings(units, marker, heading)
    for u in units:
        if u.noise:
            continue
        m = marker(u)
        hm = m if m is not None else _bare_number(u)
        if part is not None and _closes(part, u, hm, heading):
            part, in_article = None, False
        if part is None:
            if u.start in opened:
                part = _Part(None)
            elif _says_commentary(_heading_words(u, hm)) and (hm is not None or heading(u)):
                part = _Part(hm if hm is not None and hm.kind != "article" else None)
            continue
        if m is None:
            continue
        if m.kind == "article":
            out.append(u.start)
            in_article = True
        elif in_article and m.kind in _POINT_KINDS:
            out.append(u.start)
        else:
            in_article = False
    return frozenset(out)
