"""The domain a whole document is about, passed to the clauses that carry it out.

Annotators tag a clause with a domain when the domain is its subject, and in a
document whose whole subject is one domain, every operative clause that works
on the document's own matter is about it although the trigger word itself is
absent (guidelines section 4; devcorpus README item 37): the paragraphs of a
decision on "chemical terrorism" that ask to "control the transfer of scheduled
chemicals", the paragraphs of a judgment on a "banque de données commune" that
weigh how long "les données" are kept. The trigger is the domain's name; the
document's matter is named by the title's own words.

So (:func:`inherit_theme`) a domain is the document's *theme* when its title is
tagged with it and it is the domain most clauses are tagged with, on at least
``theme_min_clauses`` of them (one tag is a passing word, not a subject) and on
about half the tagged clauses (``theme_share``, see :func:`_theme`). Its
*key words* are the content words of the title's evidence for it ("chemical",
"banque", "donnees"), less the words that name terrorism itself (``theme_generic``
in ``domains.toml``: every title of the corpus is about terrorism). The theme
passes to each clause that uses a key word (a word that starts with one: the
plural, the derived noun), unless the clause is procedural, a glossary or a
rule-making clause (cleared later, see ``_domain_scope``). Where the theme already
holds the document (``theme_hold`` of its clauses with words of their own carry it),
it passes also to each clause that carries no domain at all (the gold tags every
finding of a report on one domain, every article of a decree on one), save those
that speak of the text itself or its follow-up ("this decision", "le présent arrêté",
"will report": ``housekeeping`` cues) or close a meeting ("The next meeting will be
held", "ont exprimé leur gratitude": ``closing`` cues).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from .._knowledge import fold, load_domains
from ._domain_scope import _procedural, _says

if TYPE_CHECKING:
    from ..structure._blocks import RawBlock

__all__ = ["inherit_theme"]

Tags = dict[str, list[tuple[int, int]]]

_WORD = re.compile(r"[^\W\d_]{4,}")


def _theme(clauses: dict[int, Tags], head: set[str]) -> str | None:
    """The domain most clauses are tagged with, if enough are and the head names it.

    "Most" is ``theme_share`` of the tagged clauses, a little under half: at exactly
    half (the OPCW decision's 7 of 14) a word added to the vocabulary that rightly
    tags one more list item ("(c) ... border and customs controls") took the theme
    from every clause of the decision."""
    scoring = load_domains().scoring
    least = scoring.theme_min_clauses
    if least <= 0:
        return None
    counts = Counter(code for tags in clauses.values() for code in tags)
    if not counts:
        return None
    tagged = sum(1 for tags in clauses.values() if tags)
    ranked = counts.most_common()
    code, n = ranked[0]
    if n < least or n < scoring.theme_share * tagged:
        return None
    if len(ranked) > 1 and ranked[1][1] == n:
        return None
    return code if code in head else None


def _key_words(text: str, spans: list[tuple[int, int]]) -> set[str]:
    """The content words of the title's evidence, folded and lower-cased, without the
    words that name terrorism itself."""
    generic = re.compile(
        r"(?:" + "|".join(load_domains().scoring.theme_generic) + r")", re.IGNORECASE
    )
    words: set[str] = set()
    for s, e in spans:
        for w in _WORD.findall(fold(text[s:e]).lower()):
            if not generic.match(w):
                words.add(w)
    return words


def inherit_theme(
    text: str,
    blocks: list[RawBlock],
    clauses: dict[int, Tags],
    found: tuple[dict[str, Tags], dict[str, list[tuple[int, int]]]],
    language: str,
) -> None:
    """Add the document's theme (see the module docstring) to every clause whose own
    words use one of its key words. ``found``: the tags of the document's title
    blocks, and every hit of each domain in the document (those before the first
    clause are the head's: title, preamble). An act (a title naming a statute) has
    its subject from its title already (``inherit_subject``)."""
    named, evidence = found
    if not clauses or any(_says(t, language, "statute") for t in named):
        return
    first = min(blocks[k].start for k in clauses)
    head = {c: [sp for sp in spans if sp[1] <= first] for c, spans in evidence.items()}
    code = _theme(clauses, {c for c, spans in head.items() if spans})
    if code is None:
        return
    spans = sorted(set(head[code]))
    keys = _key_words(text, spans)
    if not keys:
        return
    pat = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, keys))) + r")")
    apart = set(load_domains().scoring.theme_apart.get(code, ()))
    for k, tags in clauses.items():
        if code in tags or apart & set(tags) or _procedural(blocks, k, language):
            continue  # (a clause on the theme's other side keeps its own: ``theme_apart``)
        b = blocks[k]
        own = fold(" ".join(x for x in (b.title, b.text) if x)).lower()
        if pat.search(own) is not None:
            tags[code] = spans[:1]
    _hold_bare(blocks, clauses, code, spans[:1], language)
    _through_lead_ins(blocks, clauses, code, spans[:1], language)


def _hold_bare(
    blocks: list[RawBlock],
    clauses: dict[int, Tags],
    code: str,
    spans: list[tuple[int, int]],
    language: str,
) -> None:
    """Where the theme already holds the document (``theme_hold`` of its clauses with
    words of their own carry it), a clause of it that carries no domain at all works
    on the theme too."""
    hold = load_domains().scoring.theme_hold
    worded = [k for k in clauses if blocks[k].text.strip()]
    if hold <= 0 or not worded:
        return
    if sum(1 for k in worded if code in clauses[k]) < hold * len(worded):
        return
    for k in worded:
        if clauses[k] or _procedural(blocks, k, language):
            continue
        said = blocks[k].text
        if not (_says(said, language, "housekeeping") or _says(said, language, "closing")):
            clauses[k][code] = spans


def _opens_items(b: RawBlock) -> bool:
    """Whether a clause's own words lead into its items ("Requests the Secretariat to:")."""
    return b.text.rstrip(" *_\n\t").endswith((":", "\u2014", "-"))


def _through_lead_ins(
    blocks: list[RawBlock],
    clauses: dict[int, Tags],
    code: str,
    spans: list[tuple[int, int]],
    language: str,
) -> None:
    """A lead-in over an item about the theme is about it ("Calls upon States to:"
    over "(c) control the transfer of scheduled chemicals"). One level only, from the
    items' tags before any lead-in took the theme: a paragraph over a sub-item's
    lead-in names a wider matter ("4. Encourage les États :" over "b) ... :" over
    "ii) biometric data"). The theme does not pass down to every item of such a
    lead-in: annotators tag the items by their own subjects (on ho7, 5 items right
    for 14 wrong)."""
    about = {k for k, tags in clauses.items() if code in tags}
    for k in clauses:
        b = blocks[k]
        if k in about or not _opens_items(b) or _procedural(blocks, k, language):
            continue
        if any(c in about for c in b.children):
            clauses[k][code] = spans
