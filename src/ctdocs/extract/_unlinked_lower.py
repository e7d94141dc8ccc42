"""Bodies whose French name is written all in lower case: ``ministère de la défense``,
``direction des services de la navigation aérienne``, ``groupement de gendarmerie
départementale``.

French laws and the press write the names of a state's own bodies in lower case; the
shape rules, which look for capitals, miss them (guidelines §3: ``ministère belge de
l'Intérieur`` and bodies in no list are actors). Such a name opens on a head noun of a
body (``organ.lower_heads``: ``ministère``, ``direction``, ``commandement``) and goes on
in words that read as a body's name in English (the ``[english]`` lists of
:mod:`._unlinked_english`), with at least one complement after a link: ``ministère
de la défense``, not ``la direction`` alone nor ``l'autorité nationale`` (a kind of
authority). The name ends before a word those lists do not hold, a capitalised word, a
comma or a bare ``et`` (``la gendarmerie nationale et la préfecture``: two bodies).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Protocol, TypeVar

from .._knowledge import fold, load_actor_shapes
from ._shape_regex import finditer_from
from ._unlinked_english import english_name, is_article, is_purpose, key, reads_french, unit_at
from ._unlinked_refs import Known, title_word
from ._unlinked_stated import closes, closing_state
from ._word_openings import Openings, TextWords

__all__ = ["absorbed", "lower_bodies", "lower_tail", "tails"]

# a word (hyphens inside), an elided article or preposition, or a comma; blanks and one
# line break at most between two (a name never runs over a blank line)
_WORD = re.compile(r"[ \t]*\n?[ \t]*((?i:[dl]['\u2019])|[^\W\d_]+(?:-[^\W\d_]+)*|,)")
_MOST = 16  # the most words a name is read over


@cache
def _heads() -> re.Pattern[str]:
    """A head as a word of its own, or right after an elided article (organ.name_articles
    ending on an apostrophe: ``l'Administration des services de secours``, ``l'autorité
    nationale de ...``): a head opening on a vowel is written so after its article, and
    an apostrophe before it hid the name."""
    heads = sorted(_head_forms(), key=len)
    alt = "|".join(re.escape(h) for h in reversed(heads))
    words = load_actor_shapes().organ.name_articles
    elided = {fold(w) for w in (words.fr if words else []) if w.endswith("'")}
    elided |= {e[:1].upper() + e[1:] for e in elided}
    after = "".join(rf"|(?<=(?<![\w'\u2019-]){re.escape(e)})" for e in sorted(elided))
    return re.compile(rf"(?:(?<![\w'\u2019-]){after})(?:{alt})(?![\w'\u2019-])")


@cache
def _head_forms() -> frozenset[str]:
    """The lower-case heads, and every French head capitalised (``Conseil``, ``Comité``):
    a capital inside a French sentence marks a name, so a head as common as ``conseil``
    opens one there (``le Conseil national de sécurité``, ``du Conseil des ministres``)."""
    organ = load_actor_shapes().organ
    capitalised = {fold(h[:1].upper() + h[1:]) for h in organ.heads.fr if h[:1].islower()}
    return frozenset({fold(h) for h in organ.lower_heads} | capitalised)


@cache
def _opened() -> re.Pattern[str]:
    """What stands right before a capitalised head that opens a name (organ.name_articles:
    ``le``, ``du``, ``en``, ``l'``), at the end of the text read."""
    words = load_actor_shapes().organ.name_articles
    forms = sorted({fold(w).casefold() for w in words.fr}, key=len) if words else []
    alt = "|".join(re.escape(w) + ("" if w.endswith("'") else r"[ \t]+") for w in reversed(forms))
    return re.compile(rf"(?<![\w'])(?i:{alt})$" if alt else r"(?!)")


@cache
def _links() -> frozenset[str]:
    """The first words of the French joiners (de, du, et, pour ...): after a name read
    from a capitalised head, one shows the name goes on in words the lists do not hold
    (``Service de renseignement de l'État``), and the name is left to the other finders."""
    joiners = load_actor_shapes().organ.joiners.fr  # accents kept: "à" is no "a" (avoir)
    return frozenset(w.split()[0].rstrip("'").casefold() for w in joiners)


_NEXT = re.compile(r"[ \t]*([^\W\d_]+)")


@cache
def _heads_at() -> Openings:
    """Where a head may open (:mod:`._word_openings`): the pattern opens on a look-behind,
    which the regex engine tries at every position of the text (a tenth of the shape
    finders' time); a match has no word character before it, so it starts a token."""
    return Openings(_head_forms())


def _words_after(text: str, at: int) -> list[tuple[str, int, int]]:
    """The words after ``at``: (as written, start, end), up to ``_MOST``."""
    out: list[tuple[str, int, int]] = []
    while len(out) < _MOST:
        m = _WORD.match(text, at)
        if m is None:
            break
        out.append((m.group(1), m.start(1), m.end(1)))
        at = m.end()
    return out


@cache
def _head_keys() -> frozenset[str]:
    return frozenset(key(h) for h in load_actor_shapes().organ.lower_heads)


def _stops(unit: tuple[str, ...], after: str) -> bool:
    """Whether a link ends the name: a comma, a bare ``et`` (not ``et de la``, ``et
    des``), an ``et`` before another body's head (``ministère de la défense et de la
    gendarmerie ...``)."""
    if unit[0] != "et":
        return unit[0] == ","
    return len(unit) < 2 or unit[1] not in ("de", "du", "des") or after in _head_keys()


@cache
def _adjective() -> re.Pattern[str]:
    """A folded word of an agreeing adjective's ending (organ.adjective_endings): one
    the lists lack, right after a name's last noun, closes the name."""
    ends = load_actor_shapes().organ.adjective_endings
    forms = sorted({key(e) for e in (ends.all() if ends else [])}, key=len, reverse=True)
    alt = "|".join(re.escape(e) for e in forms)
    return re.compile(rf"[a-z]{{2,}}(?:{alt})" if alt else r"(?!)")


@cache
def _participle() -> re.Pattern[str]:
    """A word as written, lower case, of a past participle's ending
    (organ.participle_endings, accents kept: ``placée``, not ``publique``)."""
    ends = load_actor_shapes().organ.participle_endings
    forms = sorted(set(ends.all() if ends else []), key=len, reverse=True)
    alt = "|".join(re.escape(e) for e in forms)
    return re.compile(rf"[^\W\d_]{{2,}}(?:{alt})" if alt else r"(?!)")


def _end(text: str, head_end: int) -> tuple[int, int] | None:
    """Where the name opened by the head ending at ``head_end`` ends: after its last
    noun or adjective, once a link and a noun have followed; None where they never do.
    Also where the name the lists read ends: before an unlisted adjective closing it."""
    first = _WORD.match(text, head_end)
    if first is None or not (first.group(1)[:1].islower() or first.group(1) == ","):
        return None  # speed: a capital or no word after the head, read before the rest
    words = _words_after(text, head_end)
    keys = [key(w) for w, _, _ in words]
    end, linked, complement, last = head_end, False, False, ""
    at = 0
    while at < len(words):
        word = words[at][0]
        unit = unit_at(keys, at)
        if not word[:1].islower() and word != ",":
            break  # a capital opens another name ("Sud-Est", "Paris")
        if unit is None:
            if last == "N" and complement and _adjective().fullmatch(keys[at]):
                return words[at][2], end  # "... contre les armes légères": it closes
            if not is_article(keys[at]):
                break
            at += 1
            last = ""
            continue
        kind, size = unit
        after = keys[at + size] if at + size < len(keys) else ""
        if kind == "L" and _stops(tuple(keys[at : at + size]), after):
            break
        if kind == "L" and keys[at] == "et" and not complement:
            break  # "gendarmerie et de la garde nationale": two bodies, no name
        linked = linked or kind == "L"
        if kind != "L":
            end = words[at + size - 1][2]
            complement = complement or (linked and kind == "N")
        last = kind
        at += size
    return (end, end) if complement else None


def lower_bodies(
    text: str, folded: str, words: TextWords | None = None, known: Known | None = None
) -> list[tuple[int, int]]:
    """The spans of the bodies named all in lower case (``folded``: the text folded;
    ``words``: its tokens, where the heads are looked up, else the text is scanned);
    with ``known``, a name its state closes runs on over it (:mod:`._unlinked_stated`)."""
    out: list[tuple[int, int]] = []
    heads = _heads()
    found = (
        heads.finditer(folded)
        if words is None
        else finditer_from(heads, folded, _heads_at().at(words))
    )
    for m in found:
        capital = m.group()[:1].isupper()
        if capital and not _opened().search(folded, max(0, m.start() - 4), m.start()):
            continue
        ends = _end(text, m.end())
        if ends is None:
            continue
        end, read = ends
        state = None if known is None or end != read else closing_state(folded, end, known)
        after = _NEXT.match(text, end) if capital and state is None else None
        if after is not None and after.group(1).casefold() in _links():
            continue
        end = end if state is None else state[1]
        if english_name(text[m.start() : read]) is not None:
            out.append((m.start(), end))
    return out


def absorbed(start: int, end: int, folded: str, known: Known) -> tuple[int, ...] | None:
    """The knowledge-base hits a lower-case body's name at ``start:end`` takes the place
    of: none where no known name overlaps it; the bare short reference it opens on, where
    that is the one (``le Conseil national de sécurité`` is the council's full name, not
    the text's ``Conseil``, the Security Council named earlier, and two words more:
    guidelines §3, a body's full name is one surface form); None where the name yields
    (another known name overlaps it)."""
    if known.free(start, end):
        return ()
    inner = known.inside(start, end)
    if len(inner) != 1 or inner[0] < 0:
        return None
    hit = known.hits[inner[0]]
    if hit.end == end and closes(folded, hit.start, end, known):
        return tuple(inner)  # the state or body closing the name (:func:`lower_bodies`)
    bare = hit.method == "context" and hit.start == start and title_word(folded, hit)
    return tuple(inner) if bare and hit.end < end else None


# a lower-case letter or an elided article after a name: where a tail may follow
_LOWER_NEXT = re.compile(r"[ \t]*\n?[ \t]*(?:[dl]['\u2019]|[a-z\u00e0-\u00ff])")


def _joins(keys: list[str], at: int, size: int, purpose: bool) -> bool:
    """Whether the link ``keys[at:at+size]`` goes on with the name: not a comma, not a
    bare ``et`` unless an adjective follows (``juridiques et consulaires``), not before
    another body's head (``du ministère``: the body it belongs to; :func:`_stops`).
    After what a body is for (``purpose``: ``lutte contre le terrorisme``), ``et`` and a
    noun go on with its object (``et l'extrémisme violent``); elsewhere they name
    another body (``et les services de sécurité``)."""
    after = keys[at + size] if at + size < len(keys) else ""
    if after in _head_keys():
        return False  # "Cellule de renseignement financier du ministère": its owner
    if keys[at] == "et" and size == 1:  # an adjective, or a noun no body's head, after it
        nxt = at + 2 if is_article(after) and at + 2 < len(keys) else at + 1
        unit = unit_at(keys, nxt) if after else None
        if unit is not None and unit[0] == "N":
            return purpose and keys[nxt] not in _head_keys()
        return (unit is not None and unit[0] == "A") or bool(_adjective().fullmatch(after))
    return not _stops(tuple(keys[at : at + size]), after)


def lower_tail(text: str, end: int) -> int:
    """Where a capitalised French name ending at ``end`` ends once the lower-case words
    that go on with it are read: its adjectives (``Ministère des Forces armées``,
    ``Direction des Affaires juridiques et consulaires``) and its complements, a link
    then nouns and adjectives the lists hold (``Centre de coordination des opérations
    maritimes``, ``Office des Nations Unies contre le terrorisme``). Why: the capitals
    end the name the shapes read, and French writes a body's name in lower case past
    its first words (guidelines §3: a body's full name is one surface form). The tail
    ends on its last noun or adjective, before a word no list holds (a verb, ``a``), a
    capital, a comma; an unlisted word is read only as an agreeing adjective right after
    a noun, not before a link nor with a participle's ending (``placée sous``: the
    sentence goes on)."""
    if not _LOWER_NEXT.match(text, end):
        return end
    words = _words_after(text, end)
    keys = [key(w) for w, _, _ in words]
    out, at, pending, last = end, 0, False, "N"  # the name read so far ends on a noun
    purpose = False
    while at < len(words) and words[at][0][:1].islower():
        unit = unit_at(keys, at)
        if unit is None:
            if pending and is_article(keys[at]):
                at += 1
                continue
            after = keys[at + 1] if at + 1 < len(keys) else ""
            after_and = pending and keys[at - 1] == "et"  # "juridiques et consulaires"
            if (pending and not after_and) or last == "L" or not _adjective().fullmatch(keys[at]):
                break
            if (after in _links() and after != "et") or _participle().fullmatch(words[at][0]):
                break  # "chargée de", "placée sous": a participle
            unit = ("A", 1)
        kind, size = unit
        if kind == "L" and not _joins(keys, at, size, purpose):
            break
        if kind == "N" and not pending and not _adjective().fullmatch(keys[at]):
            break  # "des Douanes contrôle les entrées": a noun needs a link, this is a verb
        # "lutte contre le terrorisme", one unit, opens on what a body is for
        purpose = purpose or any(is_purpose(tuple(keys[at : at + k])) for k in range(1, size + 1))
        pending = kind == "L"
        if not pending:
            out, last = words[at + size - 1][2], kind
        at += size
    return out


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def end(self) -> int: ...


_C = TypeVar("_C", bound=_Span)


def tails(text: str, found: list[_C], known: Known) -> list[_C]:
    """The bodies ``found``, each name read on over its lower-case tail
    (:func:`lower_tail`) where no known name stands in it; the offices a held chair
    names are set aside after (``held_chair``), on the names so read."""
    out: list[_C] = []
    # a state closes the name: "… du Bénin indique" reads no verb on as more of it
    closed = set(known.states.values())
    for c in found:
        end = lower_tail(text, c.end) if c.kind == "organ" and c.end not in closed else c.end
        if end > c.end and not reads_french(text[c.start : c.end]):
            end = c.end  # "Bureau of Criminal Investigation where": English takes no tail
        out.append(replace(c, end=end) if end > c.end and known.free(c.end, end) else c)  # type: ignore[type-var]
    return out
