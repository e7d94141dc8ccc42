"""A French body's name in English, for the canonical name of a body no list knows.

Guidelines §3: a body not in any list is an actor too, and its canonical name is its
usual English name, so that ``Office fédéral de l'aviation civile`` and ``Federal
Office of Civil Aviation`` name one actor, whatever the publisher. French names of
bodies are built one way across states and sites: a head noun, its adjectives after
it, then complements joined by ``de`` / ``pour`` / ``aux``. Read word by word:

* each noun and adjective takes its English word, an adjective goes before its noun
  (French ones after it read in reverse: ``police judiciaire fédérale`` -> ``Federal
  Judicial Police``);
* a link reads ``of`` / ``for`` / ``on`` / ``and``, its article dropped;
* a complement after a bare ``de`` (no article) with one common noun qualifies the
  noun before it: ``Centre de crise national`` -> ``National Crisis Centre``,
  ``Conseil national de sécurité`` -> ``National Security Council``;
* a capitalised word the lists do not hold is a proper name and stays as written
  (``tribunal administratif de Marseille`` -> ``Administrative Court of Marseille``).

A name with a lower-case word the lists do not hold, or with no French noun at its
head, keeps its French form: half a translation would be worse. So does one with no
link, listed unit, accent or adjective after its noun: an English name ("National Central
Bureau", "International Criminal Tribunal") whose words the lists happen to hold. The word lists are
data (``actor_shapes.toml`` ``[english]``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .._knowledge import fold, load_actor_shapes
from ..models import ActorKind
from ._actors import ActorHit, ActorMatcher, get_matcher
from ._inflect import inflected
from ._owner_first import owner_first
from ._state_adjectives import english_adjectives, french_adjectives

__all__ = [
    "CANONICAL_LANGUAGE",
    "acronyms_of",
    "english_name",
    "in_english",
    "is_article",
    "is_purpose",
    "key",
    "unit_at",
]

# The language of canonical names (guidelines §3: a body's usual English name), so a
# text in any other language may gloss its bodies' names into it.
CANONICAL_LANGUAGE = "en"

# a word (hyphens inside), an elided article or preposition, a number, a comma
_TOKEN = re.compile(r"(?i:[dl]['\u2019])|[^\W\d_]+(?:-[^\W\d_]+)*|\d+|,")
_LONGEST = 6  # the most words a listed unit holds ("lutte contre le terrorisme")


@lru_cache(maxsize=1 << 14)
def _key(word: str) -> str:
    """A word's key: folded, case-folded. Cached (a word, not a text): the lower-case
    readers key every word after each head noun, the same few hundred words again and
    again, and folding a short string costs more than its look-up."""
    return fold(word.replace("\u2019", "'")).casefold()


key = _key


def unit_at(keys: list[str], at: int) -> tuple[str, int] | None:
    """The listed unit that opens at ``keys[at]`` (the longest): its kind ("N" noun,
    "A" adjective, "L" link) and how many words it holds; None where none does."""
    table = _words().table
    for size in range(min(_LONGEST, len(keys) - at), 0, -1):
        unit = table.get(tuple(keys[at : at + size]))
        if unit is not None:
            return unit[0], size
    return None


def is_purpose(keys: tuple[str, ...]) -> bool:
    """Whether the folded words name what a body is for (``lutte``, ``prévention``)."""
    return keys in _words().purposes


def is_article(word_key: str) -> bool:
    """Whether the folded word is an article a link leaves (``aux``, ``sur les``)."""
    return word_key in _words().articles


def _keys(text: str) -> tuple[str, ...]:
    return tuple(_key(t) for t in _TOKEN.findall(text))


@dataclass(frozen=True, slots=True)
class _Words:
    """The lists, keyed by their words' folded keys: kind ("N", "A", "L") and English."""

    table: dict[tuple[str, ...], tuple[str, str]]
    bare: frozenset[tuple[str, ...]]
    articles: frozenset[str]
    purposes: frozenset[tuple[str, ...]]  # "de" before one of these reads "for"
    stacked: frozenset[str]  # English heads a one-noun complement goes before


@cache
def _words() -> _Words:
    data = load_actor_shapes().english
    table: dict[tuple[str, ...], tuple[str, str]] = {}
    # the forms of an adjective the list leaves out ("speciales"), where no word is spelt so
    forms = inflected(data.adjectives, data.endings)
    table.update({(f,): ("A", data.adjectives[w]) for f, w in forms.items()})
    for kind, words in (("A", data.adjectives), ("N", data.nouns), ("L", data.links)):
        table.update({_keys(k): (kind, v) for k, v in words.items()})
    table.update({_keys(k): ("N", v) for k, v in data.phrases.items()})
    # a unit written with hyphens ("Haut-Commissariat", "Etat-major") is one token whose
    # key holds blanks: it reads as the unit listed in words ("haut commissariat")
    table.update({(" ".join(k),): u for k, u in list(table.items()) if len(k) > 1})
    # and a unit that holds such a word among others ("Chefs d'Etat-major": chefs d' etat major)
    table.update({j: u for k, u in list(table.items()) for j in _hyphened(k) if j not in table})
    bare = frozenset(_keys(b) for b in data.bare)
    purposes = frozenset(_keys(p) for p in data.purposes)
    return _Words(table, bare, frozenset(data.articles), purposes, frozenset(data.stacked))


def _hyphened(keys: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The keys of a unit of three words or more with two neighbours written as one
    hyphenated token: ("chefs", "d'", "etat", "major") -> ("chefs", "d'", "etat major")."""
    return [
        (*keys[:i], f"{keys[i]} {keys[i + 1]}", *keys[i + 2 :])
        for i in range(len(keys) - 1)
        if len(keys) > 2 and "'" not in keys[i] + keys[i + 1]
    ]


def _acronyms() -> dict[str, str]:
    """The knowledge base's acronyms (exact case) -> the body's English acronym: the one
    its English name's capitals spell (CEEAC -> ECCAS, for the Economic Community of
    Central African States)."""
    return _acronyms_of(get_matcher())


# the three tables below are built once per matcher, that is per knowledge in use: a
# researcher who parses with their own knowledge file after the shipped one (or the
# reverse) reads their bodies' names too, where a table built once per process kept the
# first knowledge's
@lru_cache(maxsize=8)
def _acronyms_of(matcher: ActorMatcher) -> dict[str, str]:
    out: dict[str, str] = {}
    for e in matcher.entries.values():
        spelt = "".join(w[0] for w in e.name.split() if w[:1].isupper())
        if spelt in e.acronyms:
            out.update({acro: spelt for acro in e.acronyms if acro not in out})
    return out


@dataclass(slots=True)
class _Chunk:
    """The words between two links: adjectives before the head, the head's nouns and
    proper names, adjectives after it, the nouns of bare complements that qualify the
    head (``modifiers``); ``proper``: a word no list holds is there."""

    before: list[str] = field(default_factory=list)
    heads: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)
    modifiers: list[str] = field(default_factory=list)
    proper: bool = False
    state: bool = False  # a state's known name is there
    first: tuple[str, ...] = ()  # the keys of its first word

    def add(self, kind: str, english: str, keys: tuple[str, ...] = ()) -> None:
        self.first = self.first or keys
        if kind == "A":
            (self.after if self.heads else self.before).append(english)
        else:
            self.heads.append(english)
            self.proper = self.proper or kind in ("X", "K")
            self.state = self.state or (kind == "K" and english in _state_names())

    def english(self) -> list[str]:
        return [*self.before, *reversed(self.after), *self.modifiers, *self.heads]


def _known_names() -> dict[tuple[str, ...], str]:
    """The knowledge base's names of two words or more, and a state's one-word names,
    as keys -> canonical name: inside a French name they read as the body or state they
    name ("Bureau central national de Côte d'Ivoire", "... de l'Union européenne",
    "Garde Nationale et Nomade du Tchad" -> of Chad). One-word names of other bodies
    stay out: a capitalised common word ("Conseil", "Union") names many."""
    return _known_names_of(get_matcher())


@lru_cache(maxsize=8)
def _known_names_of(matcher: ActorMatcher) -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for e in matcher.entries.values():
        least = 1 if e.kind == "state" else 2
        for form in e.strong_forms():
            unit = _keys(form)
            if least <= len(unit) <= _LONGEST:
                out.setdefault(unit, e.name)
    return out


def _state_names() -> frozenset[str]:
    """The knowledge base's states' canonical names."""
    return _state_names_of(get_matcher())


@lru_cache(maxsize=8)
def _state_names_of(matcher: ActorMatcher) -> frozenset[str]:
    return frozenset(e.name for e in matcher.entries.values() if e.kind == "state")


def _state_adjectives() -> dict[str, str]:
    """A state's French adjective, folded, any gender and number -> its English one, as
    the knowledge base's ``gouvernement X`` / ``X Government`` names pair them
    (``togolais`` -> Togolese): a body's name says whose body it is by its state's
    adjective ("Office togolais des recettes", "Police nationale congolaise"), and every
    state the knowledge base holds has one, where the lists hold a few."""
    return _state_adjectives_of(get_matcher())


@lru_cache(maxsize=8)
def _state_adjectives_of(matcher: ActorMatcher) -> dict[str, str]:
    entries = matcher.entries
    english = english_adjectives(entries)
    return {a: english[s] for a, s in french_adjectives(entries).items() if s in english}


def _known_at(tokens: list[str], keys: list[str], at: int) -> tuple[str, int] | None:
    """The known name (canonical, words) that opens on the capitalised ``tokens[at]``."""
    if at == 0 or not tokens[at][:1].isupper():
        return None
    names = _known_names()
    for size in range(min(_LONGEST, len(keys) - at), 0, -1):
        name = names.get(tuple(keys[at : at + size]))
        if name is not None:
            return name, size
    return None


def _items(surface: str) -> list[tuple[str, str, tuple[str, ...]]] | None:
    """The name's words as (kind, English, keys): N noun, A adjective, L link, K a known
    name, X a proper name; None where a lower-case word is in no list, or where a
    capitalised word in no list stands in a name written in title case ("Agence
    Nationale d'Investigation Financière", "Bataillon d'Appui Cynophile": common
    nouns capitalised, not proper names)."""
    words = _words()
    tokens = _TOKEN.findall(surface)
    keys = [_key(t) for t in tokens]
    out: list[tuple[str, str, tuple[str, ...]]] = []
    titled = lowered = False
    loose = 0  # capitalised words in no list, not acronyms
    inner = False  # one of them before a listed word ("d'Investigation Financière")
    at = 0
    while at < len(tokens):
        known = _known_at(tokens, keys, at)
        if known is not None:
            out.append(("K", known[0], tuple(keys[at : at + known[1]])))
            at += known[1]
            continue
        for size in range(min(_LONGEST, len(tokens) - at), 0, -1):
            unit = tuple(keys[at : at + size])
            if unit in words.table:
                kind, english = words.table[unit]
                out.append((kind, english, unit))
                if at > 0 and kind != "L":
                    inner = inner or loose > 0
                    titled = titled or tokens[at][:1].isupper()
                    lowered = lowered or tokens[at][:1].islower()
                at += size
                break
        else:
            token = tokens[at]
            state = _state_adjectives().get(keys[at])
            if keys[at] in words.articles:
                pass  # "aux", "sur les": the article a link left
            elif state is not None:
                out.append(("A", state, (keys[at],)))
                titled = titled or token[:1].isupper()
                lowered = lowered or token[:1].islower()
            elif token[:1].isupper() or token.isdigit():
                # a known body's acronym inside the name reads as that body's name
                # ("Conseil des Ministres de la CEEAC": of ECCAS)
                out.append(("X", _acronyms().get(token, token), (keys[at],)))
                loose += not (token.isupper() or token.isdigit())
            else:
                return None
            at += 1
    # two such words and no listed word in lower case: title case too; one at the end
    # is the seat ("Cour d'Appel de Freedonie", recased from capitals)
    return None if (titled and inner) or (loose > 1 and not lowered) else out


def _chunks(
    items: list[tuple[str, str, tuple[str, ...]]],
) -> tuple[list[_Chunk], list[tuple[str, bool]]]:
    """The chunks between links, and each link (English, bare) before chunk 1, 2 ..."""
    chunks: list[_Chunk] = [_Chunk()]
    links: list[tuple[str, bool]] = []
    for kind, english, keys in items:
        if kind == "L" and links and links[-1][0] == "," and not chunks[-1].heads:
            # "des Mines, du Pétrole et de l'Energie": a list repeats its link, English
            # writes it once (of Mines, Petroleum and Energy); another link stays
            listed = [link for link, _ in links[:-1] if link != ","]
            links[-1] = ("," if listed[-1:] == [english] else f", {english}", False)
        elif kind == "L":
            links.append((english, keys in _words().bare))
            chunks.append(_Chunk())
        else:
            chunks[-1].add(kind, english, keys)
    return chunks, links


def _coordinate(chunks: list[_Chunk], links: list[tuple[str, bool]]) -> None:
    """Fold a chunk of adjectives alone after "et" into the chunk before: French
    coordinates adjectives of one noun ("coopération policière et douanière" -> Police
    and Customs Cooperation, "avoirs saisis et confisqués"), and a lone adjective
    after "et" with none before it stands as a noun ("armes et explosifs",
    "Cybersécurité et du Numérique")."""
    and_ = _words().table[("et",)][1]
    for k in range(len(links), 0, -1):
        c, prev = chunks[k], chunks[k - 1]
        if links[k - 1][0] != and_ or c.heads or c.after or not c.before or not prev.heads:
            continue
        if prev.after:
            prev.after[-1] = " ".join([prev.after[-1], and_, *c.before])
            del chunks[k], links[k - 1]
        else:
            c.heads, c.before = c.before, []


def _compound(
    chunks: list[_Chunk],
    links: list[tuple[str, bool]],
    of: str,
    purposes: frozenset[tuple[str, ...]],
) -> None:
    """A head, a bare ``de`` and one activity noun, then that activity's object after ``du``
    / ``de la`` / ``des`` ending the name, all common words: English stacks both before
    the head ("Centre de fusion de l'information maritime" -> Maritime Information Fusion
    Centre, "Service de renseignement de l'Etat" -> State Intelligence Service, "cellule
    de traitement du renseignement financier"). A purpose noun keeps its "for" ("Centre
    de prevention des radicalisations"), a proper or known name its "of" ("Cour d'appel
    du Quebec", "Groupe d'experts des Nations Unies")."""
    if len(links) < 2 or links[-2] != (of, True) or links[-1] != (of, False):
        return
    head, activity, thing = chunks[-3], chunks[-2], chunks[-1]
    if len(activity.heads) != 1 or activity.before or activity.after or activity.first in purposes:
        return
    if head.proper or activity.proper or thing.proper or not head.heads:
        return
    head.modifiers[:0] = [*thing.english(), *activity.english()]
    del chunks[-2:], links[-2:]


def _owned(chunks: list[_Chunk], links: list[tuple[str, bool]], of: str) -> bool:
    """Whether the name ends on ``of`` and a state's known name alone ("... du
    Burundi"), after which the words before read as they would at the name's end; not
    a seat ("Cour d'appel de Paris": Court of Appeal of Paris) nor a body that owns it
    ("Groupe d'experts des Nations Unies": Group of Experts of United Nations)."""
    c = chunks[-1] if chunks else None
    return bool(links) and links[-1][0] == of and c is not None and c.state and len(c.heads) == 1


def _stacked(
    chunks: list[_Chunk],
    links: list[tuple[str, bool]],
    of: str,
    purposes: frozenset[tuple[str, ...]],
) -> None:
    """A head English names after its field (``english.stacked``: Agency, Authority),
    then ``du`` / ``de la`` and one common noun with its adjectives, ending the name or
    followed by a proper or known name alone (its state): the noun goes before the head
    ("Agence nationale du renseignement" -> National Intelligence Agency, "Agence de la
    santé publique du Canada" -> Public Health Agency of Canada). Not a purpose noun
    ("Agence nationale de la protection civile": for Civil Protection), not two
    complements ("de la sécurité des systèmes d'information")."""
    if not links or links[0] != (of, False) or not chunks[0].heads:
        return
    if chunks[0].heads[-1] not in _words().stacked or chunks[0].proper:
        return
    field_ = chunks[1]
    if len(field_.heads) != 1 or field_.before or field_.proper or field_.first in purposes:
        return
    if len(links) > 2 or (len(links) == 2 and not _owned(chunks, links, of)):
        return
    chunks[0].modifiers[:0] = field_.english()
    del chunks[1], links[0]


@cache
def _french_links() -> frozenset[str]:
    """The words of the French joiners of names (de, du, des, pour, et: organ.joiners)."""
    joiners = load_actor_shapes().organ.joiners.fr
    words = (w for j in joiners for w in re.split(r"[ ']+", fold(j).casefold()))
    return frozenset(w for w in words if len(w) > 1)  # not "a" of "à la": English too


def reads_french(surface: str) -> bool:
    """Whether ``surface`` reads as French: an accent or a French joiner of names
    (``Centre national de ressources et de résilience``; ``Nigerian Financial
    Intelligence Unit`` has neither)."""
    if not surface.isascii():
        return True
    return any(w in _french_links() for w in re.split(r"[\s']+", surface.casefold()))


def english_name(surface: str) -> str | None:
    """``surface`` in English where it reads as a French body's name, else None."""
    items = _items(surface)
    if not items or items[0][0] not in ("N", "A"):
        return None
    chunks, links = _chunks(items)
    _coordinate(chunks, links)
    phrase = any(len(keys) > 1 for _, _, keys in items)  # "Cour des comptes"
    if not (links or phrase or any(c.after for c in chunks) or not surface.isascii()):
        return None  # no French link, unit, accent or adjective after its noun: English
    if not chunks[0].heads or chunks[0].proper or any(not c.heads for c in chunks[1:]):
        return None  # the head is no listed noun, or a link leads nowhere
    # right to left: a one-noun complement after a bare "de" that ends the name qualifies
    # the noun before ("Centre de crise" -> "Crisis Centre"), not one more complement
    # follows ("Centre de prévention des radicalisations", "Centre de commandement et
    # de coordination")
    of, purposes = _words().table[("de",)][1], _words().purposes
    _compound(chunks, links, of, purposes)
    for k in range(len(links), 0, -1):
        bare = links[k - 1][1]
        c = chunks[k]
        # ... or that only its state follows ("Force de défense nationale du Burundi")
        last = k == len(links) or (k == len(links) - 1 and _owned(chunks, links, of))
        if bare and len(c.heads) == 1 and not c.proper and last:
            chunks[k - 1].modifiers[:0] = c.english()
            del chunks[k], links[k - 1]
    _stacked(chunks, links, of, purposes)
    words = chunks[0].english()
    for (link, _), c in zip(links, chunks[1:], strict=True):
        # "comité de prévention de la radicalisation": a committee for prevention
        words += ["for" if link == of and c.first in purposes else link, *c.english()]
    return " ".join(words).replace(" ,", ",")


def in_english(
    names: dict[str, tuple[str, ActorKind]],
    acronyms: dict[str, str] | None = None,
    owners: frozenset[str] = frozenset(),
) -> dict[str, tuple[str, ActorKind]]:
    """The unlinked actors' names, each body's French name in English; where no English
    rendering exists for a French name, the acronym the text defines for it (``acronyms``:
    id -> acronym), which names it in every language (``FENVAC``, ``ASECNA``); an organ
    named by its owner's acronym with that acronym first (``GIABA Secretariat``) where
    the acronym names a body (``owners``: the text's, see :func:`body_acronyms`)."""
    short = acronyms or {}

    def canonical(k: str, name: str) -> str:
        english = english_name(name)
        if english is None and k in short and reads_french(name):
            return short[k]
        return owner_first(english or name, CANONICAL_LANGUAGE, owners)

    return {
        k: (canonical(k, name) if kind != "person" else name, kind)
        for k, (name, kind) in names.items()
    }


def acronyms_of(text: str, defined: list[ActorHit]) -> dict[str, str]:
    """Each unlinked body's acronym, as the text first defines it (id -> acronym)."""
    out: dict[str, str] = {}
    for h in defined:
        if h.actor_id.startswith("unlinked:"):
            out.setdefault(h.actor_id, text[h.start : h.end])
    return out
