"""Whether a state is named as a place, read from the few words around it.

:mod:`._places` reads the word right before a state (``in Iraq``, ``en Jordanie``).
What that word alone cannot tell, the syntax a few words further back does, in both
languages (guidelines §3: a state named only as a place is not an actor):

* a link that says where as often as to whom (``au``, ``aux``, ``à``, ``from``): a place
  (``des sites d'orpaillage au Burkina Faso``, ``shipped from Yemen``) unless a word of
  giving, asking or speaking for stands just before it (``une demande adressée aux
  Etats-Unis``, ``officials from Ghana``): then the state receives or is represented;
* where people or goods come from or leave (``en provenance de la Libye``, ``le départ
  des forces françaises du Mali``);
* the states a border runs between or along (``land borders with Benin``, ``les régions
  frontalières du Mali``, ``border security between Mali, Burkina Faso and Niger``);
* a destination a few words after a word of travel (``attempted to travel by land to the
  United States``, ``passenger flights to the United States``);
* a name the state closes or opens (``Cour suprême du Cameroun``, ``Coupe de France``,
  ``Laws of the Federation of Nigeria``, ``Fiji Revenue and Customs Service``,
  ``United States Code``): the name is the body's or the thing's (one surface form,
  guidelines §3), the state inside it neither acts nor is addressed; so is a state glued
  to the word before it
  (``Île-de-France``, ``ProtectUK``, ``Abu Hafs al-Mali``).

A list after such a place (``au Burkina Faso, au Mali et au Niger``, ``between Ethiopia
and Kenya``) is read by :func:`ctdocs.extract._actors.drop_places`, as for the word-before
places. The words are data (``[place]`` in ``data/models/actor_shapes.toml``); the
patterns read at most :data:`WINDOW` characters before a state mention, and a few after
it, and run only on state mentions.
"""

from __future__ import annotations

import re
from functools import cache

from .._knowledge import fold, load_actor_shapes
from ._places import blank_trie, named_as_place

__all__ = ["WINDOW", "glued", "in_name", "let_act", "place_by_syntax", "place_by_words"]

WINDOW = 90  # characters before a mention the patterns read
_WORD = r"\s+[\w']+"  # one more word, on folded text (hyphens are spaces there)


def _alt(words: list[str]) -> str:
    """Folded words as an alternation, blanks matching any space: a trie of their letters
    (:func:`._places.blank_trie`; speed: the engine reads each letter once at a position,
    where it tried each word in turn). Exact here: every pattern of this module is asked
    only whether it matches, and the trie matches the strings the alternation did."""
    return blank_trie({fold(w) for w in words})


def _link(words: list[str]) -> str:
    """A link, then white space unless it ends on an apostrophe (``d'``), to the end."""
    return rf"(?:{_alt(words)})(?:(?<=')|\s+)$"


def _ends(links: list[str]) -> frozenset[str]:
    """The last word of each link, folded, lower case."""
    return frozenset(fold(w).split()[-1].lower() for w in links if w.split())


_Pattern = tuple[re.Pattern[str], frozenset[str]]  # a place pattern, the words it ends on


@cache
def _patterns() -> tuple[_Pattern, ...]:
    """The place patterns, each matched against the folded window's end (any case), with
    the last words of the links it ends on (speed: a window ending on none of them is not
    searched): the ambiguous link first, the recipient before it last; a kind whose
    words are not all given yields a pattern that never matches."""
    c = load_actor_shapes().place
    start = r"(?<![\w'])"

    def made(head: list[str], reach: str, links: list[str], *, plain: bool = False) -> _Pattern:
        """A word of ``head``, ``reach`` more words, a word of ``links``, then the end."""
        if not head or not links:
            return re.compile(r"(?!x)x"), frozenset()
        end = rf"(?:{_alt(links)})\s+$" if plain else _link(links)
        return re.compile(rf"(?i:{start}(?:{_alt(head)}){reach}\s+{end})"), _ends(links)

    amb, olinks = c.ambiguous_links.all(), c.origin_links.all()
    return (
        (re.compile(rf"(?i:{start}(?:{_alt(amb)})\s+$)"), _ends(amb)),
        made(c.origins.all(), rf"(?:{_WORD}){{0,4}}?", olinks),
        made(c.origin_nouns.all(), rf"(?:{_WORD}){{1,4}}?", olinks),
        made(c.borders.all(), "", c.border_links.all()),
        made(c.border_adjectives.all(), "", olinks),
        made(c.borders.all(), rf"(?:{_WORD}){{0,3}}?", c.between.all()),
        made(c.travels.all(), rf"(?:{_WORD}){{0,6}}?", c.travel_links.all()),
        made(c.recipients.all(), rf"(?:{_WORD}){{0,3}}", amb, plain=True),
    )


_LAST_WORD = re.compile(r"[\w']+\s*$")


def _last_word(window: str) -> str:
    """The window's last word, lower case ('' if none)."""
    m = _LAST_WORD.search(window, max(0, len(window) - 30))
    return "" if m is None else m.group().rstrip().lower()


def place_by_syntax(folded: str, start: int) -> bool:
    """Whether the state mention at ``start`` is a place by the words before it (see the
    module docstring). ``folded``: the text, folded."""
    window = folded[max(0, start - WINDOW) : start]
    last = _last_word(window)
    (ambiguous, amb_ends), *others, (recipient, _) = _patterns()
    if last in amb_ends and ambiguous.search(window) is not None:
        return recipient.search(window) is None
    return any(last in ends and p.search(window) is not None for p, ends in others)


@cache
def _owner_ends() -> frozenset[str]:
    """The last words of the genitive links a name's head reaches the state by."""
    return _ends(load_actor_shapes().organ.owner.all())


@cache
def _names() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A name the state closes (a head, up to four words, a genitive link) and one it
    opens (capitalised words up to a head), as written (folded, case kept)."""
    shapes = load_actor_shapes()
    heads = [
        *(h[:1].upper() + h[1:] for h in shapes.organ.heads.all()),
        *shapes.place.name_heads.all(),
    ]
    represented = {fold(w) for w in shapes.place.represented.all()}
    heads = [h for h in heads if fold(h) not in represented]
    links = [*shapes.organ.owner.all()]
    head = rf"(?<![\w'])(?:{_alt(heads)})"
    # no coordination or other link between, no body the state acts by (data: name_stops)
    stops = _alt([*shapes.place.name_stops.all(), *shapes.place.represented.all()])
    word = rf"[ \t]+(?!(?:{stops})(?![\w']))[\w'.]+"
    closes = re.compile(rf"{head}(?:{word}){{0,4}}?[ \t]+(?:{_alt(links)})(?:(?<=')|[ \t]+)$")
    tails = _alt([*heads, *shapes.place.name_tails.all()])
    opens = re.compile(rf"(?:[ \t]+(?:[A-Z][\w'-]*|and|of)){{0,4}}?[ \t]+(?:{tails})(?![\w'])")
    return closes, opens


# a body's acronym in brackets, then a genitive: the name the acronym closes goes on
# with the state it belongs to ("la Cellule nationale de traitement des informations
# financières (CENTIF) du Niger", "le Centre régional (CRFIM) de Madagascar")
_ACRONYM_OWNER = re.compile(
    r"\([A-Z][A-Z0-9-]+\)[ \t]+(?:of|of the|de la|de l'|du|des|de|d')(?:(?<=')|[ \t]+)$"
)


def in_name(folded: str, start: int, end: int, floor: int = 0) -> bool:
    """Whether the state mention ``[start, end)`` closes or opens a name of a body or a
    thing (``Barreau du Cameroun``, ``Fiji Revenue and Customs Service``). ``folded``: the
    text, folded. ``floor``: where the mention before it ends; a known body's name there
    owned by the state (``la Federal Aviation Authority des États-Unis``) is the body's,
    the state its owner, named on its own."""
    closes, opens = _names()
    low = max(0, start - 60)
    window = folded[low:start]
    if _last_word(window) not in _owner_ends():
        return opens.match(folded, end) is not None
    if _ACRONYM_OWNER.search(window) is not None:
        return True  # "Cellule ... (CENTIF) du Niger": the name goes on past its acronym
    cut = max(window.rfind(c) for c in ",;:()\n")  # the name lies within the clause
    if closes.search(window, max(cut + 1, floor - low)) is not None:
        return True
    return opens.match(folded, end) is not None


def glued(text: str, start: int, floor: int) -> bool:
    """Whether the state mention at ``start`` is glued to the word before it, by letters
    or a hyphen (``ProtectUK``, ``Île-de-France``, ``al-Mali``): one word, a place's or a
    name's. Not where another mention ends right before the hyphen (``India-Australia``,
    ``Mali–Niger``: two sides). ``floor``: where the mention before it ends."""
    if start < 2:
        return False
    before, glue = text[start - 2], text[start - 1]
    if glue.isalpha():
        return True
    return glue in "-\u2010\u2011" and before.isalpha() and floor < start - 1


@cache
def _lets() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A word of leaving closing the window (``leave``, ``leaving the``), and what lets the
    state after it act (``to decide``, ``free``): [place.leaving] and [place.lets]."""
    c = load_actor_shapes().place
    if not c.leaving.all() or not c.lets.all():
        return None
    leaving = re.compile(rf"(?<![\w'])(?i:{_alt(c.leaving.all())})(?:[ \t]+the)?[ \t]+$")
    return leaving, re.compile(rf"[ \t]+(?:{_alt(c.lets.all())})(?![\w'])")


def let_act(folded: str, start: int, end: int) -> bool:
    """Whether the state mention at ``start``..``end`` stands between a word of leaving
    and one that lets it act (``to leave Mali to decide``, ``leaves Canada free to sign``):
    not the country left but the state let decide or act (guidelines §3)."""
    lets = _lets()
    return (
        lets is not None
        and lets[1].match(folded, end) is not None
        and lets[0].search(folded, max(0, start - 20), start) is not None
    )


def place_by_words(
    text: str, folded: str, span: tuple[int, int, int], *, full: bool, coordinated: bool
) -> bool:
    """Whether the words around a state mention make it a place or part of a name: the
    word right before it (:func:`._places.named_as_place`), the syntax a few words back or
    the name it sits in (this module). ``span``: the mention's start and end, and where the
    mention before it ends. The syntax and the name are not read for a state named in full
    style or through its government (``full``: ``the State of Sudan``, ``au Gouvernement
    du Royaume-Uni``): so named, the state is a party, one that acts or is addressed; nor
    for a state listed right after an actor (``coordinated``: ``un soutien à l'Allemagne et
    aux Pays-Bas``): it shares that actor's role."""
    start, end, floor = span
    if named_as_place(folded, start):
        return not let_act(folded, start, end)
    if full or coordinated:
        return False
    return (
        place_by_syntax(folded, start)
        or in_name(folded, start, end, floor)
        or glued(text, start, floor)
    )
