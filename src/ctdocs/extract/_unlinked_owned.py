"""A known body's full name with its owner, written in another case than the
knowledge base's, as one mention.

``Bureau de lutte contre le terrorisme des Nations unies`` is one of the knowledge
base's names of the UN Office of Counter-Terrorism, written there ``Nations Unies``.
Names of two words or more match with the first letter of the first word in either
case only, so the matcher finds two bodies, the office and the United Nations
(``Nations unies`` is itself a name); French writes the second word of ``Nations
unies`` in lower case as often as not. Where a body's mention, an owner joiner and
another mention stand in a row and, case aside, spell one of the first body's own
names, they are that one full name (guidelines §3: a body's full name is one surface
form; the inner body is listed only where it is also named on its own).

Only a name the knowledge base gives: where a text joins a body to its owner in a
name the knowledge base does not give (``Comité contre le terrorisme du Conseil de
sécurité``), the annotated corpora list the two bodies apart. The joiners (``of the``,
``du``) are data (``organ.owner`` in ``data/models/actor_shapes.toml``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .._knowledge import ActorEntry, fold, load_actor_shapes
from ..models import ActorKind
from ._actors import ActorHit
from ._unlinked_owners import home_state, kind_of, owner_joiner
from ._unlinked_refs import Known

__all__ = ["foreign_bodies", "held_names", "owned_names", "states_own"]


def _forms(actor_id: str, entries: dict[str, ActorEntry]) -> frozenset[str]:
    """The actor's strong names, folded, case-blind, one blank between words."""
    e = entries.get(actor_id)
    if e is None:
        return frozenset()
    return frozenset(" ".join(fold(f).casefold().split()) for f in e.strong_forms())


def _same_name(folded: str, h: ActorHit, nxt: ActorHit, entries: dict[str, ActorEntry]) -> bool:
    """Whether the two hits and what joins them write one of the first's own names."""
    whole = " ".join(folded[h.start : nxt.end].casefold().split())
    return whole in _forms(h.actor_id, entries)


def owned_names(
    folded: str, hits: list[ActorHit], entries: dict[str, ActorEntry]
) -> list[ActorHit]:
    """``hits`` (sorted by start), where a body, an owner joiner and a second mention
    spell one of the first body's names case aside, with the two made one mention."""
    joiner = owner_joiner()
    out: list[ActorHit] = []
    k = 0
    while k < len(hits):
        h = hits[k]
        nxt = hits[k + 1] if k + 1 < len(hits) else None
        if (
            nxt is not None
            and nxt.start > h.end
            and joiner.fullmatch(folded, h.end, nxt.start) is not None
            and _same_name(folded, h, nxt, entries)
        ):
            out.append(ActorHit(h.start, nxt.end, h.actor_id, h.method, h.score))
            k += 2
            continue
        out.append(h)
        k += 1
    return out


def states_own(
    text: str,
    folded: str,
    hits: list[ActorHit],
    entries: dict[str, ActorEntry],
    named: list[ActorHit],
    slug: Callable[[str], str],
) -> tuple[list[ActorHit], dict[str, tuple[str, ActorKind]]]:
    """``hits`` (sorted by start), where a state's body named by a name every state's
    body may bear is followed by an owner joiner and another state (``police nationale
    du Bénin``, ``the National Police of Benin``, ``Cour de cassation du Sénégal``), with
    the two made one mention of that other state's own body; and id -> (name, kind) of
    those bodies. ``named``: every knowledge-base mention, places too (``du Bénin`` may
    have been read as a place)."""
    joiner = owner_joiner()
    states = {h.start: h for h in named if kind_of(h.actor_id, entries) == "state"}
    names: dict[str, tuple[str, ActorKind]] = {}
    out: list[ActorHit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            continue  # the state the body's name holds
        e = entries.get(h.actor_id)
        owner = None if e is None or e.kind != "organ" else entries.get(str(e.part_of))
        m = joiner.match(folded, h.end) if owner is not None and owner.kind == "state" else None
        other = states.get(m.end()) if m is not None else None
        if other is not None and owner is not None and other.actor_id != owner.id:
            surface = " ".join(text[h.start : other.end].split())
            h = ActorHit(h.start, other.end, f"unlinked:{slug(surface)}", "shape", 60.0)
            names.setdefault(h.actor_id, (surface, "organ"))
        out.append(h)
    return out, names


def foreign_bodies(
    folded: str,
    hits: list[ActorHit],
    entries: dict[str, ActorEntry],
    named: list[ActorHit],
    slug: Callable[[str], str],
) -> tuple[list[ActorHit], dict[str, tuple[str, ActorKind]]]:
    """``hits``, where a body the knowledge base ties to one state by a bracketed
    qualifier (``Financial Intelligence Centre (South Africa)``: the bare name is one
    every state's body may bear) is named in a text that never writes that state's name
    (nor a word on its stem: ``Australian``), in a text of one state: there it is that
    state's own body (a Zambian gazette's ``Financial Intelligence Centre``, a Burkinabe
    decree's ``CENTIF``); and id -> (name, kind) of those bodies. ``named``: every
    knowledge-base mention, places and chrome too (a gazette names its state in its
    masthead)."""
    home = home_state(named, entries, len(folded), folded)
    if home is None:
        return hits, {}
    names: dict[str, tuple[str, ActorKind]] = {}
    out: list[ActorHit] = []
    for h in hits:
        bare = _foreign_bare(entries.get(h.actor_id), entries, folded)
        if bare is not None:
            name = f"{bare} ({home.name})"
            h = ActorHit(h.start, h.end, f"unlinked:{slug(name)}", h.method, h.score)
            names.setdefault(h.actor_id, (name, "organ"))
        out.append(h)
    return out, names


# a state's name and its adjectives share all but its last three letters, five at least
# (Austra-lian, Belgi-que, Sénég-alais, South Afr-ican)
_STEM, _ENDING = 5, 3


def _foreign_bare(e: ActorEntry | None, entries: dict[str, ActorEntry], folded: str) -> str | None:
    """The name of a body without its state qualifier, where the knowledge base ties it
    by that qualifier to a state the text never names; else None."""
    owner = None if e is None or e.kind != "organ" else entries.get(str(e.part_of))
    if e is None or owner is None or owner.kind != "state":
        return None
    qualifier = f" ({owner.name})"
    if not e.name.endswith(qualifier):
        return None
    forms = (fold(n).casefold() for n in (owner.name, owner.name_fr or "") if n)
    stems = {f[: max(_STEM, len(f) - _ENDING)] for f in forms}
    lowered = folded.casefold()
    if any(re.search(rf"(?<!\w){re.escape(s)}", lowered) for s in stems):
        return None
    return e.name[: -len(qualifier)]


_HELD_WORDS = 8  # words at most between a body's head noun and the owner joiner
_WORD = re.compile(r"[^\W\d_][\w'-]*")


_HOLDERS = frozenset({"organization", "organ", "state"})
# a character that stands in no word of ``_WORD`` nor in a blank gap: the walk back from
# the joiner (:func:`_head_start`) stops at the gap that holds one (greedy: the last one)
_LAST_STOP = re.compile(r".*[^\w\s'-]", re.S)


def _after_stop(stretch: str) -> int:
    """Where the words :func:`_head_start` may reach start: past the last character of
    ``stretch`` that no word nor blank holds (0 if none).

    Speed: the words before it are never read (the walk back returns at the gap that
    holds it, :func:`_modified` stops there too), and cutting every word of the 140
    characters before each joiner into a match was most of this finder's time."""
    stop = _LAST_STOP.match(stretch)
    return 0 if stop is None else stop.end()


@cache
def _heads() -> frozenset[str]:
    """The one-word head nouns of a body's name (organ.heads) less organ.held_not and the
    chairs (``Présidence``: a chair's complements name an office as often), folded and
    casefolded."""
    o = load_actor_shapes().organ
    held_not = o.held_not.all() if o.held_not is not None else []
    chairs = o.chairs.all() if o.chairs is not None else []  # _unlinked_chairs reads those
    never = {fold(h).casefold() for h in (*held_not, *chairs)}
    words = (fold(h).casefold() for h in o.heads.all())
    return frozenset(w for w in words if " " not in w and w not in never)


@cache
def _owner_closing() -> re.Pattern[str]:
    """An owner joiner closing a stretch of text (``du``, ``de l'``, ``of the``)."""
    words = sorted({fold(w) for w in load_actor_shapes().organ.owner.all()}, key=len)
    alts = "|".join(r"[ \t]+".join(map(re.escape, w.split())) for w in reversed(words))
    return re.compile(rf"[ \t]+(?:{alts})[ \t]*\Z")


def held_names(folded: str, known: Known) -> list[tuple[int, int, str]]:
    """A body named by its own head noun and words, then an owner joiner and a known body
    or state that holds it (``Groupe de surveillance du Conseil de sécurité``, ``Centre de
    crise et de soutien du ministère de l'Europe ...``, ``Expert Group on border security
    of the African Union``): one name, as spans with no key (guidelines §3: a body's full
    name is one surface form, even when it holds another body's name; the inner body is
    listed only where it is also named on its own). The head is capitalised, with words of
    its own before the joiner that read as a name's (:func:`_name_words`), no punctuation
    and no known name between; not a force the owner fields (organ.held_not), nor before
    an enumeration the owner opens (:func:`_listed`). A known name ending on the joiner
    is left alone (``Comité contre le terrorisme du Conseil de sécurité``: the seeds list
    the two bodies apart).

    Speed: one search of a dozen characters before each known mention, and a look at the
    words before those few that follow an owner joiner. Two in five of those (1 920 of
    4 638 on the benchmark sample) hold no capital past the last punctuation: every head
    :func:`_head_start` takes is a word there opening on a capital (``isupper``), so
    where ``str.islower`` holds (cased letters, none a capital) none is, and the words
    are neither cut nor walked; with no cased letter the full path runs."""
    closing, heads = _owner_closing(), _heads()
    out: list[tuple[int, int, str]] = []
    last_end = 0
    for k, h in enumerate(known.hits):
        j = closing.search(folded, max(last_end, h.start - 12), h.start)
        kind = kind_of(h.actor_id, known.entries) if j is not None else ""  # speed: rare
        if j is not None and kind in _HOLDERS and not _listed(folded, known, k, kind):
            stretch = folded[max(last_end, h.start - 140) : j.start()]
            stop = _after_stop(stretch)
            # speed: no capital past the stop, so no capitalised head there (see above)
            start = None
            if not stretch[stop:].islower():
                words = list(_WORD.finditer(stretch, stop))[-_HELD_WORDS - 1 :]
                start = _head_start(stretch, words, heads)
            if start is not None:
                out.append((j.start() - len(stretch) + start, h.end, ""))
        last_end = max(last_end, h.end)
    return out


@cache
def _list_gap() -> re.Pattern[str]:
    """Between the items of an enumeration: a comma, then the owner joiner again where a
    language repeats it (``de la Belgique, de la France``)."""
    words = sorted({fold(w) for w in load_actor_shapes().organ.owner.all()}, key=len)
    alts = "|".join(r"[ \t]+".join(map(re.escape, w.split())) for w in reversed(words))
    return re.compile(rf",[ \t]*(?:(?:{alts})(?:(?<=')|[ \t]+))?")


def _listed(folded: str, known: Known, k: int, kind: str) -> bool:
    """Whether the known mention ``k`` opens an enumeration, a comma and another of its
    kind right after it (``Heads of Delegation ... of Denmark, Estonia, Finland``): the
    joiner before it governs the list, no one owner's body."""
    nxt = known.hits[k + 1] if k + 1 < len(known.hits) else None
    gap = _list_gap().match(folded, known.hits[k].end)
    return (
        nxt is not None
        and gap is not None
        and gap.end() == nxt.start
        and (kind_of(nxt.actor_id, known.entries) == kind)
    )


def _head_start(stretch: str, words: list[re.Match[str]], heads: frozenset[str]) -> int | None:
    """Where in ``stretch`` (the text before the joiner) the nearest capitalised head noun
    opens a name's words, with blanks between them and a word at least after the head."""
    for k in range(len(words) - 1, -1, -1):
        if stretch[words[k].end() : (words[k + 1].start() if k + 1 < len(words) else None)].strip():
            return None  # punctuation: another phrase
        w = words[k].group()
        if w[0].isupper() and w.casefold() in heads:
            named = k < len(words) - 1 and _name_words([x.group() for x in words[k + 1 :]])
            return words[_modified(stretch, words, k)].start() if named else None
    return None


_MODIFIERS = 3  # capitalised words at most before an English head ("Expert Group")


def _modified(stretch: str, words: list[re.Match[str]], k: int) -> int:
    """The first of the capitalised words right before the head ``words[k]`` (an English
    name's modifiers: ``Expert Group``, ``Regional Working Group``), blanks between them,
    not an article nor a word that opens no name (organ.not_names: ``The``, ``Le``)."""
    never = _not_names()
    first = k
    while first > max(0, k - _MODIFIERS):
        w = words[first - 1]
        if stretch[w.end() : words[first].start()].strip() or not w.group()[0].isupper():
            break
        if w.group() in never:
            break
        first -= 1
    return first


@cache
def _not_names() -> frozenset[str]:
    """The words that open no body's name (organ.not_names), folded."""
    return frozenset(fold(w) for w in load_actor_shapes().organ.not_names.all())


_IN_A_ROW = 2  # words at most between two links of a body's name


def _name_words(words: list[str]) -> bool:
    """Whether the words after a head read as a name's: no more than two in a row between
    links (a noun and its adjective: ``de surveillance``, ``de crise et de soutien``; not
    ``a entendu une présentation``, a sentence), an article only after a link (not
    ``noted the presentation``), and no link last (``Chambre de commerce et de la
    Commission``: two bodies)."""
    links, articles = _links()
    run, after_link = 0, True
    for w in words:
        c = w.casefold()
        if c in articles and not after_link:
            return False
        elided = len(c) > 2 and c[1] == "'" and c[:2] in articles | links  # "l'Europe"
        run = 0 if c in links or c in articles else (1 if elided else run + 1)
        if run > _IN_A_ROW:
            return False
        after_link = c in links or c in articles
    return not after_link


@cache
def _links() -> tuple[frozenset[str], frozenset[str]]:
    """The words of the joiners of a body's name (not of one letter: folded ``à`` is the
    verb ``a`` too), and the articles that follow them (organ.name_articles less those
    words), casefolded."""
    o = load_actor_shapes().organ
    said = o.name_articles.all() if o.name_articles is not None else []
    singles = {fold(j).casefold() for j in o.joiners.all() if " " not in fold(j)}
    articles = frozenset(fold(a).casefold() for a in said) - singles
    words = {w.casefold() for j in o.joiners.all() for w in fold(j).split() if len(w) > 1}
    return frozenset(words) - articles, articles
