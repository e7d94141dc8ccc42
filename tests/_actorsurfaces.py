"""What the actor test files share: the actors a short text yields, by surface."""

from __future__ import annotations

from ctdocs import parse_text


def _actors_by_surface(text: str, lang: str) -> dict[str, tuple[str, str, bool]]:
    """surface -> (actor id, kind, linked) for every mention."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text: (a.id, a.kind, a.linked) for a in doc.actors for m in a.mentions}
