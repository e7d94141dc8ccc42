"""The domains of the terms a glossary clause defines.

A glossary clause ("In these Regulations - "unmanned aircraft" means ...",
"Interpretation") commits to nothing with the words of its definitions: "the
Directorate" means the Critical Infrastructure Protection Directorate names a
body, "explosive" defined by what it contains names no measure (``drop_glossaries``
clears such a clause). The term it defines is another matter: a clause whose
subject is what "unmanned aircraft", "critical infrastructure" or "explosives
precursor" mean for the act is about drones, infrastructure or precursors
(guidelines section 4: the domain is the clause's subject). Held-out gold of nine
batches (ho13, ho15, ho17, ho18, ho19, ho25, ho27, ho28, ho30) tags such a clause
with its defined terms' domains; the dev gold has no quoted term of a domain in a
glossary it leaves untagged.

A defined term is known by its shape, not by a list: a quoted phrase followed by
one of the ``defines`` cues of ``domains.toml`` ("means", "s'entend de",
"désigne"), an optional bracketed gloss or comma between them. Each term is
weighed as a heading (a bare phrase has no sentence for a role to play in).
"""

from __future__ import annotations

import re

from .._knowledge import fold, load_domains
from ._domain_scope import _cue
from ._domains import score_text

__all__ = ["defined_term_tags"]

Tags = dict[str, list[tuple[int, int]]]

#: a quoted phrase, each kind of quote closed by its own ("...", “...”, « ... »,
#: ‘...’: a French apostrophe inside guillemets, "d’État", does not close them)
_QUOTES = (('"', '"'), ("\u201c", "\u201d"), ("\u00ab", "\u00bb"), ("\u2018", "\u2019"))
_QUOTED = re.compile(
    "|".join(rf"{o}\s*(?P<t{i}>[^{c}{o}\n]{{2,80}}?)\s*{c}" for i, (o, c) in enumerate(_QUOTES))
)
#: what may stand between a term and its definition cue: a comma, a bracketed gloss
_BETWEEN = re.compile(r"\s*(?:\([^()\n]{0,60}\)\s*)?,?\s*")


def defined_term_tags(text: str, start: int, language: str) -> Tags:
    """Domain code -> spans (offset by ``start``) of the terms ``text`` defines, for
    each term that, weighed as a heading, reaches the clause threshold."""
    cue = _cue(language, "defines")  # (whole words, matched where a term's quote closes)
    if cue is None or not any(q in text for q in '"\u201c\u00ab\u2018'):  # (most clauses)
        return {}
    lower = fold(text).lower()
    threshold = load_domains().scoring.clause_threshold
    tags: Tags = {}
    for m in _QUOTED.finditer(text):
        term = next(t for t in m.groups() if t is not None)
        at = m.start(m.lastgroup or 0)
        if len(term.split()) > 8:
            continue
        gap = _BETWEEN.match(lower, m.end())
        if gap is None or not cue.match(lower, gap.end()):
            continue
        for code, (weight, _spans) in score_text(term, language, heading=True).items():
            if weight >= threshold - 1e-9:
                tags.setdefault(code, []).append((start + at, start + at + len(term)))
    return tags
