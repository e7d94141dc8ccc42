"""The closed vocabularies of the graph, defined once for the models and the stages.

A stage that writes a block role or a noise reason, and the model that holds it,
must agree on the words; typed as ``Literal``\\ s here, a misspelt reason is a
type error in the stage (mypy) and a validation error in the model (pydantic),
and the JSON Schema lists every value. A foundation: any stage may import it,
and it imports nothing of ctdocs.
"""

from __future__ import annotations

from typing import Literal, TypeGuard, get_args

__all__ = [
    "ActorKind",
    "BlockKind",
    "BlockRole",
    "Language",
    "MarkerKind",
    "MentionMethod",
    "NoiseReason",
    "Precision",
    "is_noise_reason",
]

Language = Literal["fr", "en"]

#: What a block is (the discriminator of the models' block union).
BlockKind = Literal["heading", "paragraph", "list_item", "clause"]

#: What a paragraph does in the document (guidelines: front matter, signatures, notes).
BlockRole = Literal["body", "title", "front-matter", "signature", "footnote"]

#: Why a line is noise, not document (guidelines: what is kept as noise, and why).
NoiseReason = Literal[
    "web-chrome",  # menus, share bars, cookie notices
    "caption",  # an image's caption or file name
    "navigation",  # the HTML reader's <nav>, breadcrumbs
    "page-header",  # PDF running heads
    "page-footer",  # PDF running feet
    "page-number",
    "duplicate",
    "markup",  # rules, stray tags
    "metadata",  # the page's own stamp: "Last updated …", NATO's date block
    "toc",  # a table of contents
    "repository",  # YAML front matter, <meta>, <details> history notes
    "boilerplate",  # chrome found by line features
]

#: What a line opens with (the numbering grammar of ``_numbering``).
MarkerKind = Literal[
    "number",  # 3.1, 16.2.5, 18.  (an anchor: its own number)
    "heading",  # VII. Le chemin à suivre, A. Prévention, 4 Short title (an anchor with a title)
    "article",  # Article 5, Art. 5, Article premier
    "division",  # Chapter II, TITRE I, Part 2
    "letter",  # (a) a) a.  (an item, appended to the clause above)
    "roman",  # (iv) iv) iv.
    "item",  # (1) (2.1) (A) 1° I.- : an item of another family (see Marker.family)
    "bullet",  # - • *
]

ActorKind = Literal["organization", "organ", "state", "person", "non-state armed group"]

#: How an actor mention was found.
MentionMethod = Literal["exact", "fuzzy", "context", "ner", "shape"]

#: How much of a date is known (ISO 8601: 2001-09-28, 2001-09, 2001).
Precision = Literal["day", "month", "year"]

_NOISE_REASONS: frozenset[str] = frozenset(get_args(NoiseReason))


def is_noise_reason(value: str | None) -> TypeGuard[NoiseReason]:
    """Whether a stage's reason string is one of :data:`NoiseReason` (stages that keep it
    as a plain string check it here before it becomes a model)."""
    return value in _NOISE_REASONS
