"""What the furniture test files share: a page's units by text, two paragraphs of running text."""

from __future__ import annotations

from ctdocs.layout._segment import segment
from ctdocs.layout._unit import Unit
from ctdocs.normalise._text import normalise


def units(text: str) -> dict[str, Unit]:
    return {u.text: u for u in segment(normalise(text, markdown=False))}


PROSE = {
    "fr": (
        "Le Comité des Ministres recommande aux gouvernements des États membres de prendre "
        "en compte les lignes directrices sur les terroristes agissant seuls."
    ),
    "en": (
        "The Committee of Ministers recommends that the governments of member States take "
        "into account the guidelines on terrorists acting alone."
    ),
}

PROSE2 = {
    "fr": (
        "Les États membres devraient élaborer des approches pluridisciplinaires associant les "
        "services de police, de renseignement et les services sociaux."
    ),
    "en": (
        "Member States should develop multi-agency approaches bringing together the police, "
        "the intelligence services and the social services."
    ),
}
