"""spaCy pipeline components: ``ctdocs_actors``, ``ctdocs_dates``, ``ctdocs_domains``.

Registered as factories, so ``nlp.add_pipe("ctdocs_actors")`` works in a
user's own pipeline (after ``import ctdocs.extract._components`` or through the
``spacy_factories`` entry point). Each component writes its findings with
character offsets to ``doc.user_data["ctdocs"][name]`` and, for spaCy users,
token-aligned spans to ``doc.spans[name]`` (label: actor id, ISO date, code).

ctdocs itself calls the same finders without building a spaCy ``Doc`` (see
:func:`ctdocs.extract.extract`); :func:`get_nlp` is the blank-tokenizer
pipeline with the components, built once per language per process, for users
and tests that want them as spaCy components.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from ._actors import ActorHit, get_matcher, release_folded
from ._dates import DateHit, document_dates

__all__ = ["get_nlp", "make_actor_component", "make_date_component", "make_domain_component"]


def _store(doc: Doc, key: str, items: list[Any], spans: list[tuple[int, int, str]]) -> None:
    doc.user_data.setdefault("ctdocs", {})[key] = items
    out: list[Span] = []
    for start, end, label in spans:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            out.append(span)
    doc.spans[key] = out


class ActorComponent:
    """Finds actors from the knowledge base (exact, then fuzzy)."""

    def __call__(self, doc: Doc) -> Doc:
        hits: list[ActorHit] = get_matcher().find(doc.text)
        release_folded()  # no later finder reads this text's fold here
        _store(doc, "ctdocs_actors", hits, [(h.start, h.end, h.actor_id) for h in hits])
        return doc


class DateComponent:
    """Finds calendar dates and normalises them to ISO 8601."""

    def __call__(self, doc: Doc) -> Doc:
        lang = doc.lang_ if doc.lang_ in ("fr", "en") else "fr"
        # The document's own date (its front matter) anchors dates written without a year.
        front_end = int(doc.user_data.get("ctdocs_front_end", 0))
        hits: list[DateHit] = document_dates(doc.text, lang, front_end)
        _store(doc, "ctdocs_dates", hits, [(h.start, h.end, h.value) for h in hits])
        return doc


class DomainComponent:
    """Tags the whole text with counter-terrorism domain codes and their evidence."""

    def __call__(self, doc: Doc) -> Doc:
        from ._domains import tag_text

        lang = doc.lang_ if doc.lang_ in ("fr", "en") else "fr"
        tags = tag_text(doc.text, lang)
        spans = [(s, e, code) for code, ev in sorted(tags.items()) for s, e in ev]
        _store(doc, "ctdocs_domains", sorted(tags), spans)
        return doc


@Language.factory("ctdocs_actors")
def make_actor_component(nlp: Language, name: str) -> ActorComponent:
    return ActorComponent()


@Language.factory("ctdocs_dates")
def make_date_component(nlp: Language, name: str) -> DateComponent:
    return DateComponent()


@Language.factory("ctdocs_domains")
def make_domain_component(nlp: Language, name: str) -> DomainComponent:
    return DomainComponent()


@cache
def get_nlp(lang: str) -> Language:
    """Blank tokenizer plus the ctdocs actor and date components (domains run per clause)."""
    nlp = spacy.blank(lang)
    nlp.add_pipe("ctdocs_actors")
    nlp.add_pipe("ctdocs_dates")
    return nlp
