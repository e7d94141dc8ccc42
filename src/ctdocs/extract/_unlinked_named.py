"""Shape candidates made mentions: ids, names and a lone surname's full name.

Split from :mod:`._unlinked` along its seam between finding candidates
(:func:`._unlinked._candidates`) and naming them: this module takes the candidates
as found and gives each its id (``unlinked:`` and a slug of its surface, or the
full name a lone surname or an initialled name stands for), its name as written
and its kind; :mod:`._unlinked` then adds the references that lean on those names.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .._knowledge import ActorEntry, fold
from ..models import ActorKind
from ._actors import ActorHit, get_matcher
from ._unlinked_cues import _cues
from ._unlinked_names import known_surnames
from ._unlinked_persons import initial_forms, month_surnames
from ._unlinked_recase import recased_name
from ._unlinked_signed import as_name

__all__ = ["Cand", "shape_hits", "slug"]


def slug(text: str) -> str:
    """A stable id part: ASCII, lower case, words joined by hyphens."""
    base = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", base.lower()).strip("-") or "x"


@dataclass(frozen=True, slots=True)
class Cand:
    start: int
    end: int
    kind: ActorKind
    replaces: tuple[int, ...] = ()  # indexes of knowledge-base hits this longer name contains
    same: str = ""  # candidates with one key name one body (a state's post, however written)


def _any_case(
    persons: dict[str, str], first_full: dict[str, int]
) -> tuple[dict[str, str], dict[str, int]]:
    """The surnames' ids and first full names' starts keyed in any case: "M. Bielecki"
    after "Tomasz BIELECKI" is that person (a surname set in capitals in a list of
    members, a signature or a bench, then written in ordinary case in the prose: every
    publisher's and both languages' habit)."""
    by_case: dict[str, str] = {}
    first_by_case: dict[str, int] = {}
    for key, pid in persons.items():
        by_case.setdefault(key.casefold(), pid)
    for key, at in first_full.items():
        first_by_case[key.casefold()] = min(at, first_by_case.get(key.casefold(), at))
    return by_case, first_by_case


def shape_hits(
    text: str,
    folded: str,
    cands: list[Cand],
    hits: list[ActorHit],
    entries: dict[str, ActorEntry],
    names: dict[str, tuple[str, ActorKind]],
) -> tuple[list[ActorHit], dict[str, str], dict[str, str]]:
    """The candidates as mentions (``names`` gets their names and kinds), the persons'
    surnames and initialled names (folded -> the full name's id; "C. Bauduin") and each
    id's name as first written. A surname alone is the person first named in full
    ("Minister Toews"), else it keeps its form of address ("Mme Sabatier"); a known full
    name in another case is the known body ("Office des Nations unies contre ...")."""
    cues = _cues()
    extra: list[ActorHit] = []
    persons: dict[str, str] = {}
    written: dict[str, str] = {}
    first_full: dict[str, int] = {}  # a surname -> where the first full name with it starts
    same: dict[str, str] = {}  # a candidate's key -> the id of the first with that key
    for c in cands:
        surface = " ".join(text[c.start : c.end].split())
        # the last word as written ("Okoro-Lindqvist" is one surname: folding makes
        # its hyphen a space), in folded letters
        last = folded[c.end - len(surface.split()[-1]) : c.end]
        if c.kind == "person" and " " in surface and last.casefold() not in month_surnames():
            persons.setdefault(last, f"unlinked:{slug(surface)}")  # not "May" alone: a month
            first_full.setdefault(last, c.start)
            for form in initial_forms(folded[c.start : c.end], last):
                persons.setdefault(form, persons[last])
    by_case, first_by_case = _any_case(persons, first_full)
    surnames_known = known_surnames(folded, hits, entries)
    forms_known = get_matcher().known_forms
    for c in cands:
        surface = " ".join(text[c.start : c.end].split())
        actor_id = f"unlinked:{slug(surface)}"
        if c.kind == "person":  # a surname alone, an initialled name: the full name's
            key = folded[c.start : c.end]
            actor_id = persons.get(key, by_case.get(key.casefold(), actor_id))
        name = as_name(surface) if c.kind == "person" else recased_name(surface, cues.link_words)
        if c.kind == "person" and " " not in surface:
            # "Mrs Okonjo-Hartley ... Mrs Abimbola Okonjo-Hartley": not yet named in full
            later = first_by_case.get(folded[c.start : c.end].casefold(), -1) > c.start
            lone = (later or actor_id not in persons.values()) and surface not in surnames_known
            addressed = cues.address.search(folded, max(0, c.start - 10), c.start)
            if lone and addressed is not None:
                c = Cand(addressed.start(), c.end, c.kind)
                surface = " ".join(text[c.start : c.end].split())
        elif c.kind != "person":
            actor_id = forms_known.get(" ".join(fold(surface).casefold().split()), actor_id)
            actor_id = same.setdefault(c.same, actor_id) if c.same else actor_id
        longer = len(name.split()) > len(names.get(actor_id, ("",))[0].split())
        if actor_id not in names or (c.kind == "person" and longer):
            names[actor_id] = (name, c.kind)  # a person's name in full, where written
        written.setdefault(actor_id, surface)
        extra.append(ActorHit(c.start, c.end, actor_id, "shape", 60.0))
    return extra, persons, written
