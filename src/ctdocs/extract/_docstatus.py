"""A head's status statement: the document saying which body adopted it, and when.

Guidance, guidelines and handbooks often print no dateline and no stamp; their head says in
one sentence which body adopted or endorsed them: "OCO Guideline G-2026/02, version 1.0.
Endorsed by the 27th Annual Conference of the Oceania Customs Organisation, Nuku'alofa,
Tonga, 20 May 2026.", "Lignes directrices CTAF n° 2026-02, adoptées par le Conseil de la
Commission … lors de sa séance du 25 février 2026.", "Guide pratique …, édition adoptée par
l'assemblée générale des 12 et 13 juin 2025 — réf. …". The verb opens the sentence or a
comma's segment of its line (after at most one word: "édition adoptée"), and the date closes
that sentence: the statement is a note about the text, not a narrative, which runs on after
the date ("La stratégie, adoptée le 12 mars 2024, fixe …") or puts the verb deep in a clause
("… que le conseil avait adopté le …"), nor a citation of an act by its date ("… en vertu
de la loi du 14 mars 2019"). The verbs are data (``document.toml``, ``status``).
"""

from __future__ import annotations

import re
from functools import cache

from ._docfields import document_cues

__all__ = ["after_first_point", "status_cue"]

_REACH = 130  # characters from the verb to its date, as for an adoption's cue
# the date closes its sentence or its line's field: a full stop, a semicolon, a dash, the end
_CLOSES = re.compile(r"[ \t*_)\]]*(?:[.;](?!\w)|[\u2013\u2014][ \t]|$)")
# a sentence ends between the verb and the date ("… adopted. The review of 4 May 2026")
_SENTENCE_END = re.compile(r"[.!?][ \t]+[A-Z\u00c0-\u00de]")
# the text's name before the comma is a noun phrase ("Lignes directrices CTAF n° 2026-02,
# adoptées", "version 2.1, validée"); a long sentence there opening on a determiner names
# what the text cites ("Cette boîte à outils accompagne … des Principes directeurs de Madrid,
# adoptés")
_SUBJECT_WORDS = 10
_WORD = re.compile(r"[^\W_]+(?:[-'\u2019/.][^\W_]+)*")


# a numbered point or section opening a line ("1. Context", "3.1 Purpose", "II. Objet"): the
# body has begun, where "Adopted by the Council on 3 May 2019." tells another text's story
_POINT = re.compile(
    r"(?m)^[ \t]*(?:#{1,6}[ \t]+)?(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|[IVX]{1,5}\.)"
    r"[ \t]+[^\W\d_]"
)


def after_first_point(text: str, lo: int) -> bool:
    """Whether a numbered point or section opens a line before ``lo``: a status statement
    belongs to the head, above the body's first point."""
    return _POINT.search(text, 0, lo) is not None


@cache
def _verb() -> re.Pattern[str]:
    """The status verbs after a sentence's or a segment's opening and one word at most."""
    verbs = document_cues("status")
    return re.compile(
        rf"(?:^|[.;][ \t]+|,[ \t]+)[*_]*(?:[^\W\d_]+[ \t]+)?(?P<verb>(?:{verbs}))(?!\w)",
        re.IGNORECASE,
    )


def status_cue(before: str, after: str) -> int | None:
    """Where the status verb stands in ``before`` (a head date's line up to the date) when
    the date closes a status statement (see the module's docstring) and ``after`` (the
    line after the date) opens on the sentence's or the field's end; else None."""
    if not _CLOSES.match(after):
        return None
    found = None
    for m in _verb().finditer(before, max(0, len(before) - _REACH - 40)):
        found = m
    if found is None or len(before) - found.end("verb") > _REACH:
        return None
    if _SENTENCE_END.search(before, found.end("verb")) or _act_of().search(before, found.end()):
        return None
    if _cites(before, found.start("verb")):
        return None
    return found.start("verb")


def _cites(before: str, verb: int) -> bool:
    """Whether the comma's segment right before the one opening at ``verb`` is a sentence
    about the text naming another it cites: long, and opening on a determiner ("Cette boîte
    à outils accompagne la mise en œuvre des Principes directeurs de Madrid, adoptés"), not
    a name ("Conseil national des barreaux, édition adoptée")."""
    seg_end = before.rfind(",", 0, verb)
    if seg_end < 0 or _SENTENCE_END.search(before, seg_end, verb):
        return False
    seg_start = max(before.rfind(",", 0, seg_end), before.rfind(". ", 0, seg_end)) + 1
    words = _WORD.findall(before, seg_start, seg_end)
    return len(words) > _SUBJECT_WORDS and _determiner().match(words[0]) is not None


@cache
def _determiner() -> re.Pattern[str]:
    """A determiner opening a segment, maybe elided onto its noun ("l'action")."""
    return re.compile(rf"(?:{document_cues('status_determiner')})(?:\b|(?<=['\u2019]))", re.I)


@cache
def _act_of() -> re.Pattern[str]:
    """An act's name after the verb and its "du" or "of" right before the date ("… en vertu
    de la loi du", "under the Act of", "pursuant to Directive (EU) 2015/849 of the European
    Parliament and of the Council of"): the date is the act's, which the statement cites."""
    acts, of = document_cues("act"), document_cues("act_of")
    return re.compile(rf"\b(?:{acts})\b[^;\n]{{0,80}}?\s(?:{of})\s+$", re.IGNORECASE)
