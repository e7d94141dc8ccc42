"""A body's head noun alone after a definite article: ``the Court``, ``the Secretariat``,
``le Comité``, ``la Cour`` said of the one body of the text that noun heads.

Judgments, communiqués and decrees name a body in full once (``Federal Court of
Australia``, ``IGAD Secretariat``, ``Comité de défense et de sécurité``) and then call it
by its head noun. Guidelines §3 count a capitalised short reference to a named body as a
mention of it, resolved by the text. The text resolves it where one body it names
has that head, or where its heading names one of several before the others (a
judgment's own court, ``FEDERAL COURT OF AUSTRALIA``, then the courts it cites): with
two named alike (``Committee of the Pacific Policing Initiative`` beside ``Forum
Regional Security Committee``) the noun is left alone. The head nouns, joiners and
articles are data (``organ.heads``, ``organ.joiners``, ``organ.defined_article`` in
``data/models/actor_shapes.toml``).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator
from functools import cache

from .._knowledge import ActorEntry, fold, load_actor_shapes
from ..models import ActorKind
from ._actors import ActorHit
from ._shape_regex import POSSESSIVE_END, _alt, _word_alt, alt_forms, finditer_from
from ._unlinked_english import CANONICAL_LANGUAGE, english_name
from ._unlinked_refs import _free_spans
from ._weak_pairs import coordinates, joined
from ._word_openings import TextWords

__all__ = ["common_nouns", "head_refs", "own_organs", "owned_refs", "rehome_defaults"]

_BODY_KINDS = ("organ", "organization")


@cache
def _words() -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    """The one-word head nouns and the joiner words (casefolded, folded), and the
    pattern of a capitalised word after a definite article (group 1: the word)."""
    c = load_actor_shapes().organ
    heads = frozenset(fold(h).casefold() for h in c.heads.all() if " " not in fold(h).strip())
    joins = frozenset(w.casefold() for j in c.joiners.all() for w in re.split(r"[ ']+", fold(j)))
    # (speed: the look-behind after each article's first letter, see _word_alt)
    articles = _word_alt(sorted(alt_forms(c.defined_article.all(), capital=True)))
    mods = _alt([m for m in c.modifiers.all() if not m.startswith("-")])
    # "the Court", "la Cour", "l'Assemblée"; not "the Court of Appeal", "the Court
    # Registry", "le Comité d'orientation", "l'Autorité nationale": a word that opens a
    # longer name is not the short reference. Not "THE COMMITTEE": a heading in capitals.
    # An English possessive ends the word ("the Committee's report": the Committee)
    pattern = re.compile(
        rf"{articles}(?:(?<=')|[ \t]+)([A-Z][a-z][^\W\d_]*){POSSESSIVE_END}"
        rf"(?![ \t]+(?:[A-Z]|(?:{_alt(c.joiners.all())})(?:(?<=')|[ \t])|(?:{mods})(?![\w'])))"
    )
    return heads, frozenset(w for w in joins if w), pattern


def _head(surface: str, heads: frozenset[str], joins: frozenset[str]) -> str | None:
    """The head noun of a body's name: its first word where that is one (``Committee of
    the ...``, ``Cour des affaires pénales``), else the last head before a joiner
    (``Federal Court of Australia``, ``Forum Regional Security Committee``)."""
    words = fold(surface).casefold().split()
    if not words:
        return None
    if words[0] in heads:
        return words[0]
    found = None
    for w in words:
        if w in joins:
            break
        if w in heads:
            found = w
    return found


def _named_heads(
    folded: str,
    hits: Iterable[ActorHit],
    entries: dict[str, ActorEntry],
    names: dict[str, tuple[str, ActorKind]],
) -> Iterator[tuple[ActorHit, str]]:
    """Each mention of a body written as a name, with its head noun; a bare head noun is
    skipped, as it is a short reference, not a name (shared by both head books below)."""
    heads, joins = _words()[:2]
    # a name's head noun, per surface: a body is named again and again in one text, and
    # folding its name each time was most of this walk (``_head`` reads the surface alone)
    head_of: dict[str, str | None] = {}
    for h in hits:
        entry = entries.get(h.actor_id)
        kind = entry.kind if entry is not None else names.get(h.actor_id, ("", ""))[1]
        if kind not in _BODY_KINDS:
            continue
        surface = folded[h.start : h.end]
        if surface in head_of:
            head = head_of[surface]
        else:
            head = head_of[surface] = _head(surface, heads, joins)
        if head is not None and head != surface.casefold():
            yield h, head


def _bodies(
    folded: str,
    hits: Iterable[ActorHit],
    entries: dict[str, ActorEntry],
    names: dict[str, tuple[str, ActorKind]],
) -> tuple[dict[str, set[str]], dict[str, int]]:
    """Head noun -> the bodies of the text it heads; actor id -> where it is first named."""
    by_head: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for h, head in _named_heads(folded, hits, entries, names):
        if h.end - h.start < 2:
            continue
        by_head.setdefault(head, set()).add(h.actor_id)
        first[h.actor_id] = min(first.get(h.actor_id, h.start), h.start)
    return by_head, first


# the article pattern's matches in the text read last, per thread: head_refs and then
# owned_refs read the same text, and the pattern matches at nearly every "the" and "la"
# (scanning the text twice was some 1 % of the actor stage); owned_refs lets them go
_kept = threading.local()


def _after_articles(
    folded: str, words: TextWords | None = None, heads: Iterable[str] = ()
) -> list[re.Match[str]]:
    """The matches of ``_words()``'s pattern in ``folded``, found once per text; with the
    text's tokens (``words``), only those whose word's key is one of ``heads`` and the
    others maybe (the caller reads no other: :func:`_before_heads`)."""
    if words is not None and not words.glued and _one_token_articles():
        return _before_heads(folded, words, heads)
    kept: tuple[str, list[re.Match[str]]] | None = getattr(_kept, "found", None)
    if kept is None or kept[0] is not folded:
        kept = _kept.found = (folded, list(_words()[2].finditer(folded)))
    return kept[1]


@cache
def _one_token_articles() -> bool:
    """Whether every definite article is one word, an elision's apostrophe after it maybe
    (``the``, ``l'``), as :func:`_before_heads` reads them: a data file's ``the said`` is
    two tokens, the full scan finds it."""
    forms = load_actor_shapes().organ.defined_article.all()
    return all(re.fullmatch(r"[^\W\d_]+'?", fold(a)) for a in forms)


def _before_heads(folded: str, words: TextWords, heads: Iterable[str]) -> list[re.Match[str]]:
    """The matches of ``_words()``'s pattern whose word is a token keyed in ``heads``, as
    ``finditer`` gives them: the pattern tried where the token's article would open (the
    token before it, the one before that after an elision's apostrophe).

    Why the same: the word is a whole token (a blank or an apostrophe before it, no word
    character after) and the article the token or two before it (no word character
    before it, a blank or its apostrophe after); two matches never overlap (a match
    opening inside another's word would open on a capitalised article with a capital
    after it, which the other's last look-ahead refuses). Speed: the article pattern
    matched at nearly every "the" and "la" of the text (some 2 % of the actor stage), for
    the few head nouns the text's bodies have."""
    keys, starts = words.keys, words.starts
    at = set()
    for k in words.indices(words.distinct.intersection(heads)):
        if k > 1 and keys[k - 1] == "'":
            at.add(starts[k - 2])
        elif k > 0:
            at.add(starts[k - 1])
    return list(finditer_from(_words()[2], folded, sorted(at)))


def head_refs(
    folded: str,
    hits: list[ActorHit],
    entries: dict[str, ActorEntry],
    names: dict[str, tuple[str, ActorKind]],
    taken: bytearray | None = None,
    words: TextWords | None = None,
) -> list[ActorHit]:
    """Mentions of the body a bare head noun after a definite article means: the one body
    of the text with that head, named before it. ``taken``: the mask of ``hits``, marked
    here with the mentions returned; ``words``: the text's tokens."""
    by_head, first = _bodies(folded, hits, entries, names)
    if not by_head:
        return []
    taken = _free_spans(folded, hits) if taken is None else taken
    out: list[ActorHit] = []
    joins = _words()[1]
    for m in _after_articles(folded, words, by_head):
        bodies = by_head.get(m.group(1).casefold(), set())
        actor_id = _one_body(bodies, first, folded)
        if actor_id is None or (len(bodies) > 1 and _complement(folded, m.start(), joins)):
            continue
        s, e = m.span(1)
        if first[actor_id] < s and taken.find(1, s, e) < 0:
            out.append(ActorHit(s, e, actor_id, "shape", 60.0))
            taken[s:e] = b"\x01" * (e - s)
    return out


_OPENING = 0.1  # the share of a text that holds its heading: the issuer's name


def _one_body(bodies: set[str], first: dict[str, int], folded: str) -> str | None:
    """The body a bare head noun means: the one body of the text with that head; of
    several, the one the text names first, in its opening, on a line before the others
    and not in brackets (a judgment's or a communiqué's heading names its own court or
    body before the others it cites: ``CARIBBEAN COURT OF JUSTICE`` ... ``the Court of
    Appeal`` ... ``the Court``; a name in brackets glosses another's: ``Hof van beroep
    (Court of Appeal)``); two named in one sentence leave it open. Else none."""
    if len(bodies) == 1:
        return next(iter(bodies))
    order = sorted(bodies, key=lambda b: (first[b], b))
    if not order:
        return None
    at, after = first[order[0]], first[order[1]]
    opening = folded.rfind("(", max(0, at - _GLOSS), at)
    if opening >= 0 and ")" not in folded[opening:at]:
        return None
    if at >= len(folded) * _OPENING or folded.find("\n", at, after) < 0:
        return None
    return order[0]


_GLOSS = 60  # how far back a gloss's bracket opens


def _complement(folded: str, at: int, joins: frozenset[str]) -> bool:
    """Whether the article at ``at`` follows an office and a joiner (``Secretary of the
    Army``): the noun completes the office's name, it is no reference of its own."""
    before = folded[max(0, at - 40) : at].split()
    return (
        len(before) > 1 and before[-1].casefold() in joins and before[-2].casefold() in _offices()
    )


@cache
def _offices() -> frozenset[str]:
    """The offices persons hold, one-word ones, casefolded and folded."""
    return frozenset(fold(w).casefold() for w in load_actor_shapes().person.offices.all())


def _root(actor_id: str, entries: dict[str, ActorEntry]) -> str:
    """The body at the top of ``actor_id``'s ``part_of`` chain (itself for a new body)."""
    seen = {actor_id}
    entry = entries.get(actor_id)
    while entry is not None and entry.part_of is not None and entry.part_of not in seen:
        actor_id = entry.part_of
        seen.add(actor_id)
        entry = entries.get(actor_id)
    return actor_id


def _full_mentions(
    folded: str,
    hits: list[ActorHit],
    entries: dict[str, ActorEntry],
    names: dict[str, tuple[str, ActorKind]],
) -> dict[str, list[tuple[int, str]]]:
    """Head noun -> (start, actor id) of each full name of a body the text writes."""
    out: dict[str, list[tuple[int, str]]] = {}
    for h, head in _named_heads(folded, hits, entries, names):
        if h.method != "context":
            out.setdefault(head, []).append((h.start, h.actor_id))
    return out


def rehome_defaults(
    folded: str,
    hits: list[ActorHit],
    entries: dict[str, ActorEntry],
    names: dict[str, tuple[str, ActorKind]],
) -> list[ActorHit]:
    """``hits`` with each bare head noun the knowledge base resolved by default moved to
    the body the text itself names with that head.

    A short reference (``the Council``, ``la Commission``) shared by several bodies of
    the knowledge base falls back on one of them when the text names none in full (the
    Security Council, the African Union Commission). A text that names, say, the IGAD
    Council of Ministers or the Commission de la CEEAC means that body: the bare noun
    goes to the full name with its head written last before it; with none before, the
    default stays.
    A default whose organisation the text names (the Council in a text naming the EU)
    stays, and a body of the same organisation as the default is no rival: the knowledge
    base tells the Council of the EU from the European Council on purpose. The default named
    in full only after the noun, with another body named before, yields too.
    """
    by_head = _full_mentions(folded, hits, entries, names)
    if not by_head:
        return hits
    first_full: dict[str, int] = {}
    for h in hits:
        if h.method != "context":
            first_full[h.actor_id] = min(first_full.get(h.actor_id, h.start), h.start)
    out: list[ActorHit] = []
    for k, h in enumerate(hits):
        word = folded[h.start : h.end].casefold()
        named_at = first_full.get(h.actor_id)
        if h.method != "context" or not word.isalpha() or _settled(folded, hits, k, entries):
            out.append(h)
            continue
        if named_at is not None and named_at < h.start:
            out.append(h)
            continue
        root = _root(h.actor_id, entries)
        mentions = [(s, a) for s, a in by_head.get(word, []) if _root(a, entries) != root]
        before = [m for m in mentions if m[0] < h.start]
        out.append(h if not before else ActorHit(h.start, h.end, max(before)[1], "shape", 60.0))
    return out


def _settled(folded: str, hits: list[ActorHit], k: int, entries: dict[str, ActorEntry]) -> bool:
    """Whether the text itself settled the default of short reference ``hits[k]``: its
    organisation (not a state, which texts name as a place) is named in full, or it is
    coordinated with a body of its family ("du Parlement européen et du Conseil")."""
    h = hits[k]
    entry = entries.get(h.actor_id)
    parent = entries.get(entry.part_of) if entry is not None and entry.part_of else None
    if (
        parent is not None
        and parent.kind != "state"
        and any(o.actor_id == parent.id and o.method != "context" for o in hits)
    ):
        return True
    root = _root(h.actor_id, entries)
    return (
        k > 0
        and joined(folded, hits[k - 1].end, h.start)
        and (_root(hits[k - 1].actor_id, entries) == root)
    )


@cache
def _common_use() -> re.Pattern[str]:
    """A ``noun_use`` joiner then a lower-case word that is no article, right after a bare
    head noun: ``Organisation of training``, ``Commission of a criminal offence``."""
    c = load_actor_shapes().organ
    joiners = sorted(alt_forms(c.noun_use.all()))
    articles = _alt(sorted(alt_forms(c.defined_article.all(), capital=False)))
    return re.compile(
        rf"[ \t]+(?:{_alt(joiners)})(?:(?<=')|[ \t]+)(?!(?:{articles})(?![\w']))[a-z]+\b(?!')"
    )


def common_nouns(folded: str, hits: list[ActorHit]) -> list[ActorHit]:
    """``hits`` without the bare head nouns used as common nouns or opening a name the
    knowledge base lacks: a short reference names a body on its own (``the Council
    decided``), never with a lower-case phrase joined on (``Organisation of training or
    recruitment``, ``Commission of a criminal offence``, ``Commission chargée de
    veiller``). A coordinated word (``the Council and other bodies``) stays."""
    pattern = _common_use()
    return [
        h
        for h in hits
        if not (
            h.method == "context"
            and folded[h.start : h.end].isalpha()
            and not coordinates(folded, h.end)
            and pattern.match(folded, h.end)
        )
    ]


def _main_organisation(
    folded: str,
    hits: list[ActorHit],
    entries: dict[str, ActorEntry],
    names: dict[str, tuple[str, ActorKind]],
) -> str | None:
    """The acronym of the organisation the text names most, at least twice and more
    often than any other; None when none stands out or it has no acronym written."""
    times: dict[str, int] = {}
    acronym: dict[str, str] = {}
    for h in hits:
        entry = entries.get(h.actor_id)
        kind = entry.kind if entry is not None else names.get(h.actor_id, ("", ""))[1]
        if h.method == "context" or kind != "organization":
            continue
        times[h.actor_id] = times.get(h.actor_id, 0) + 1
        surface = folded[h.start : h.end]
        if surface.isalpha() and surface.isupper() and len(surface) > 1:
            acronym.setdefault(h.actor_id, surface)
    ranked = sorted(times.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return acronym.get(ranked[0][0])


def owned_refs(
    folded: str,
    hits: list[ActorHit],
    entries: dict[str, ActorEntry],
    names: dict[str, tuple[str, ActorKind]],
    taken: bytearray | None = None,
    words: TextWords | None = None,
) -> list[ActorHit]:
    """Mentions of the text's organisation's own body a bare head means (``the
    Secretariat`` in an IGAD communiqué: the IGAD Secretariat), where nothing else took
    the words; its name (``IGAD Secretariat``) goes into ``names``; ``taken``: the mask
    of ``hits``, read; ``words``: the text's tokens."""
    heads = {fold(w).casefold(): w for w in load_actor_shapes().organ.owned_heads.all()}
    found = [m for m in _after_articles(folded, words, heads) if m.group(1).casefold() in heads]
    _kept.found = None  # the last reader of this text's matches
    owner = _main_organisation(folded, hits, entries, names) if found else None
    if owner is None:
        return []
    taken = _free_spans(folded, hits) if taken is None else taken
    out: list[ActorHit] = []
    for m in found:
        s, e = m.span(1)
        if taken.find(1, s, e) >= 0:
            continue
        name = f"{owner} {heads[m.group(1).casefold()]}"
        actor_id = "unlinked:" + "-".join(fold(name).casefold().split())
        names.setdefault(actor_id, (name, "organ"))
        out.append(ActorHit(s, e, actor_id, "shape", 60.0))
    return out


def _organisation_times(
    text: str,
    hits: list[ActorHit],
    entries: dict[str, ActorEntry],
    names: dict[str, tuple[str, ActorKind]],
) -> tuple[dict[str, int], dict[str, str]]:
    """How often the text names in full each organisation, or organ of one (no state's:
    ``AFRIPOL``, the African Union's), and the acronym it writes for it (capitals, a
    hyphen allowed: ``AFRIPOL``, ``CEN-SAD``)."""
    times: dict[str, int] = {}
    acronym: dict[str, str] = {}
    for h in hits:
        entry = entries.get(h.actor_id)
        if entry is None:
            ok = h.actor_id in names and names[h.actor_id][1] == "organization"
        else:
            root = entries.get(_root(h.actor_id, entries))
            ok = entry.kind in _BODY_KINDS and root is not None and root.kind != "state"
        if h.method == "context" or not ok:
            continue
        times[h.actor_id] = times.get(h.actor_id, 0) + 1
        surface = text[h.start : h.end]
        if surface.replace("-", "").isalpha() and surface.isupper() and len(surface) > 1:
            acronym.setdefault(h.actor_id, surface)
    return times, acronym


def _leading(times: dict[str, int]) -> str | None:
    """The organisation named most, at least twice and more often than any other."""
    ranked = sorted(times.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def own_organs(
    text: str,
    folded: str,
    hits: list[ActorHit],
    entries: dict[str, ActorEntry],
    names: dict[str, tuple[str, ActorKind]],
    language: str,
) -> list[ActorHit]:
    """``hits`` with each short reference the knowledge base gave by default to another
    organisation's organ moved to the organ of the organisation the text is about.

    A communiqué of AFRIPOL's General Assembly, an ASECNA decision of its Committee of
    Ministers, a CEN-SAD summit's Conference of Heads of State say "l'Assemblée
    générale", "le Comité des Ministres", "la Conférence des Chefs d'État": the
    knowledge base, lacking that organisation's organ, lends the name to INTERPOL's,
    the Council of Europe's or ECOWAS's. Guidelines §3 resolve a short reference by the
    text: where the text names one organisation in full more often than any other, and
    never names the lent organ nor its organisation as often, the reference is that
    organisation's organ (``AFRIPOL General Assembly``), named by the acronym the text
    writes and the reference's English name (none where the word lists give none)."""
    english = _english_of(language)
    times, acronym = _organisation_times(text, hits, entries, names)
    main = _leading(times)
    if main is None or main not in acronym:
        return hits
    named = {h.actor_id for h in hits if h.method != "context"}
    home = _root(main, entries)
    out: list[ActorHit] = []
    for h in hits:
        root = _root(h.actor_id, entries)
        owner = entries.get(root)
        lent = h.method == "context" and h.actor_id not in named and root != home
        lent = lent and owner is not None and owner.kind == "organization"
        name = english(text[h.start : h.end]) if lent else None
        if name is None or _family(root, times, entries) * 3 > times[main]:
            out.append(h)
            continue
        name = f"{acronym[main]} {name}"
        actor_id = "unlinked:" + "-".join(fold(name).casefold().split())
        names.setdefault(actor_id, (name, "organ"))
        out.append(ActorHit(h.start, h.end, actor_id, "shape", 60.0))
    return out


def _family(root: str, times: dict[str, int], entries: dict[str, ActorEntry]) -> int:
    """How often the text names in full ``root`` or a body of it."""
    return sum(n for a, n in times.items() if _root(a, entries) == root)


def _english_of(language: str) -> Callable[[str], str | None]:
    """A short reference's English name: as written in an English text, else its
    rendering (None where the word lists give none)."""
    if language == CANONICAL_LANGUAGE:
        return lambda surface: surface.title() if surface.isupper() else surface
    return english_name
