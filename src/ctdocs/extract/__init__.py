"""Stage 5 — extract: actors, dates and domains, as spaCy pipeline components.

The components (``ctdocs_actors``, ``ctdocs_dates``, ``ctdocs_domains``) are
registered factories, so they work in a user's own spaCy pipeline too.
:func:`extract` calls the same finders directly on one document's text (no
tokenizer: none of them reads tokens), drops what falls in noise, and attaches
the rest to the clauses that contain it.
"""

from __future__ import annotations

from ._attach import Findings, attach
from ._run import extract
from ._weights import DomainWeights, document_codes, weigh_domains

__all__ = ["DomainWeights", "Findings", "attach", "document_codes", "extract", "weigh_domains"]
