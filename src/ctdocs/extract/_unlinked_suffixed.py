"""An acronym the text defines with a hyphenated suffix is one name: ``(CENTIF-CI)``,
``(MNJTF-AI)``, ``(CPS-N)``, ``(ATC-PMC)``, ``(CENTIF-Guinée)``.

A known acronym (``CENTIF``, ``MNJTF``) is found on its own inside such a definition,
and the suffix, which no list knows, is dropped: the mention becomes the bare acronym,
another body's (a country's CENTIF, another ``CPS``) or the generic one. Publishers
write a national unit, a branch or a sub-body this way in both languages; the
definition in brackets after the spelled-out name says the whole hyphenated form is
the name (guidelines §3: a body's full name is one surface form), and a state written as its
suffix (``CENTIF-Guinée``) is no mention of its own. Only a definition in brackets is
read, and not one whose suffix is another body's acronym: a hyphenated pair is often
two bodies (``OTAN-UA``, ``PNC-FARDC``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._actors import ActorHit
from ._name_hyphens import HYPHENS
from ._shape_regex import acronym_defs

__all__ = ["suffixed_acronyms"]

_HYPHEN = re.compile(f"[{HYPHENS}]")


def _definitions(
    text: str, folded: str, hits: list[ActorHit], acronym_def: re.Pattern[str]
) -> dict[str, str]:
    """Each hyphenated acronym defined in brackets whose stem alone a mention holds ->
    the actor id it names: the mention right before the bracket's, else the stem's."""
    by_start = {h.start: h for h in hits}
    by_end = {h.end: h for h in hits}
    out: dict[str, str] = {}
    for m in acronym_defs(acronym_def, folded, last=True):
        if m.group(1) is None or m.group(2) is not None:
            continue
        s, e = m.span(1)
        dash = _HYPHEN.search(text, s, e)
        stem = by_start.get(s)
        if dash is None or stem is None or stem.end != dash.start():
            continue
        suffix = text[dash.end() : e]
        if suffix.isupper() and any(h.start < e and h.end > dash.end() for h in hits):
            continue  # two bodies' acronyms ("OTAN-UA"), not one body's
        before = m.start() - (folded[m.start() - 1 : m.start()] in (" ", "\n"))
        named = by_end.get(before)
        out.setdefault(text[s:e], named.actor_id if named is not None else stem.actor_id)
    return out


def suffixed_acronyms(
    text: str, folded: str, hits: list[ActorHit], acronym_def: re.Pattern[str]
) -> list[ActorHit]:
    """``hits`` with each mention of a defined hyphenated acronym's stem that stands
    before its suffix grown to the whole acronym, as the body its definition names."""
    forms = _definitions(text, folded, hits, acronym_def)
    if not forms:
        return hits
    grown: list[ActorHit] = []
    for h in hits:
        for form, actor_id in forms.items():
            e = h.start + len(form)
            if text.startswith(form, h.start) and h.end < e and not text[e : e + 1].isalnum():
                grown.append(replace(h, end=e, actor_id=actor_id))
                break
    if not grown:
        return hits
    spans = [(g.start, g.end) for g in grown]
    kept = [h for h in hits if not any(s <= h.start and h.end <= e for s, e in spans)]
    return sorted([*kept, *grown], key=lambda h: (h.start, -h.end))
