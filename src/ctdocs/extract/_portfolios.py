"""A ministry's or a directorate's name that lists its portfolios, as one mention.

Governments name a ministry by the portfolios it holds, and a list of portfolios is
written as any list is: ``Ministry of Gender, Children and Social Protection``,
``Ministère de la Production et de l'Industrialisation Agricoles``, a letterhead's
``MINISTERE DE L'INTERIEUR, SECURITE, DECENTRALISATION ET AFFAIRES COUTUMIERES``. The
name finders stop at the first comma or coordinator, where two bodies' names may
also meet (``the Ministry of Defence and Police Scotland``), so they give the ministry
of the first portfolio only. Guidelines §3: a body's full name is one surface form.

What makes the words after the name a list of portfolios and not a second body: the
list closes on a coordinator and one last item, and no item is a body's name (no
known actor inside, no item opening on a head noun: ``et de la Commission
européenne``, ``et de la Cellule ...`` name other bodies). French mixed-case items each
open on a genitive article (``de la Famille``), as a portfolio does and a second name
(``et France Victimes``) does not; capitals and English drop the articles (which
language repeats which: ``organ.portfolio_articles``). Items are
words of one line and the separators within one block: a letterhead's columns (a wide
gap) and its next line in the other column are not the name. The heads are data
(``organ.portfolios`` in ``data/models/actor_shapes.toml``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from .._knowledge import fold, load_actor_shapes
from .._offsets import Positions
from ..models import ActorKind
from ._actors import ActorHit

__all__ = ["portfolio_lists"]

_Names = dict[str, tuple[str, ActorKind]]

_GAP = r"[ \t]{1,3}"  # blanks inside a name: a letterhead's columns are further apart
_BREAK = rf"(?:{_GAP}|[ \t]*\n[ \t]*)"  # a separator may wrap to the next line
_WORD = r"[A-Z][\w'-]*"


def _alt(words: list[str]) -> str:
    forms = sorted({fold(w) for w in words}, key=len, reverse=True)
    return "|".join(r"[ \t]+".join(map(re.escape, f.split())) for f in forms)


@cache
def _coordinators() -> frozenset[str]:
    """The one-word coordinators of the data (``organ.coordinators``: "et", "and", "or"), which
    close a list of portfolios before its last item."""
    words = load_actor_shapes().organ.coordinators.all()
    return frozenset(fold(w).casefold() for w in words if " " not in w)


@cache
def _item_split() -> re.Pattern[str]:
    """What cuts a list into its items: a comma, or a coordinator between blanks."""
    return re.compile(rf"[ \t]*,[ \t\n]*|[ \t\n]+(?i:{_alt(sorted(_coordinators()))})[ \t\n]+")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """The portfolio heads (opening a mention), the list after a name and the head
    nouns (casefolded), none of which opens an item."""
    organ = load_actor_shapes().organ
    heads = organ.portfolios.all() if organ.portfolios is not None else ["(?!)"]
    opener = re.compile(rf"(?i:{_alt(heads)})(?![\w'])")
    article = rf"(?i:{_alt(organ.owner.all())})"
    genitive = rf"(?:{article}(?:[ \t]+|(?<=')))"
    item = rf"{genitive}?{_WORD}(?:{_GAP}{genitive}?{_WORD})*"
    coordinator = rf"(?i:{_alt(sorted(_coordinators()))})"
    listed = re.compile(
        rf"(?P<items>(?:[ \t]*,{_BREAK}{item})*)[ \t]*,?{_BREAK}{coordinator}{_BREAK}"
        rf"(?P<last>{item})"
    )
    nouns = frozenset(fold(h).casefold() for h in organ.heads.all())
    return opener, listed, nouns


@cache
def _small() -> frozenset[str]:
    """The joiners' and articles' words (de, la, of, the: ``organ.owner`` and
    ``organ.name_articles``), which a capitals item holds beside its content words."""
    organ = load_actor_shapes().organ
    phrases = [*organ.owner.all(), *(organ.name_articles.all() if organ.name_articles else [])]
    return frozenset(w.strip("'") for p in phrases for w in fold(p).casefold().split())


@cache
def _item_article(language: str) -> re.Pattern[str] | None:
    """What opens each mixed-case item in ``language`` (``organ.portfolio_articles``),
    or None where the language repeats nothing before its items."""
    articles = load_actor_shapes().organ.portfolio_articles
    words = articles.of(language) if articles is not None else []
    return re.compile(rf"(?i:{_alt(words)})(?:(?<=')|(?=[ \t]))") if words else None


def _items_ok(
    items: list[str], caps: bool, article: re.Pattern[str] | None, nouns: frozenset[str]
) -> bool:
    """Whether every item is a portfolio: no head noun opens it, no coordinator or
    article stands in it bare, and (mixed case, in a language that repeats one) it opens
    on the language's ``article``."""
    small = _small()
    for raw in items:
        words = raw.replace("'", "' ").split()
        content = [w for w in words if w[:1].isupper() and w.casefold().strip("'") not in small]
        if not content or content[0].casefold() in nouns:
            return False
        if any(w.casefold() in _coordinators() for w in content):
            return False
        if not caps and article is not None and article.match(raw) is None:
            return False
    return True


def _extend(
    folded: str,
    h: ActorHit,
    occupied: Positions[int],
    breaks: Positions[int],
    article: re.Pattern[str] | None,
) -> int | None:
    """Where the portfolio list after the mention ``h`` ends, or None."""
    opener, listed, nouns = _patterns()
    if opener.match(folded, h.start) is None:
        return None
    m = listed.match(folded, h.end)
    if m is None:
        return None
    end = m.end()
    if occupied.through(end - 1) != occupied.through(h.end - 1):
        return None  # a known actor inside: two bodies, not one name
    if breaks.through(end - 1) != breaks.through(h.start):
        return None  # the next block (a letterhead's other column, its next line)
    items = [i for i in _item_split().split(folded[h.end : end]) if i.strip(" \t\n,")]
    name = folded[h.start : end]
    caps = not any(c.islower() for c in name)
    return end if items and _items_ok(items, caps, article, nouns) else None


def portfolio_lists(
    text: str,
    folded: str,
    hits: list[ActorHit],
    names: _Names,
    breaks: Sequence[int],
    language: str,
    slug: Callable[[str], str],
) -> list[ActorHit]:
    """The hits, each body's mention followed by its list of portfolios made one mention
    of the whole name (a new unlinked body in ``names``). ``breaks``: the blocks' starts,
    sorted; ``folded``: ``fold(text)``."""
    from ._unlinked_english import in_english

    occupied, blocks = Positions(sorted(h.start for h in hits)), Positions(breaks)
    article = _item_article(language)
    out: list[ActorHit] = []
    for h in hits:
        kind = names[h.actor_id][1] if h.actor_id in names else None
        end = _extend(folded, h, occupied, blocks, article) if kind == "organ" else None
        if end is None:
            out.append(h)
            continue
        surface = " ".join(text[h.start : end].split())
        actor_id = f"unlinked:{slug(surface)}"
        names.update(in_english({actor_id: (surface, "organ")}) if actor_id not in names else {})
        out.append(ActorHit(h.start, end, actor_id, h.method, h.score))
    return out
