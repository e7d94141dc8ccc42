"""What the document-meta test files share: the document's own date of a short text, and the
numbered tail and long body that the hand-written rows put under their heads."""

from __future__ import annotations

from ctdocs.extract._dates import find_dates
from ctdocs.extract._document import own_date


def own_value(text: str, lang: str) -> str | None:
    """The ISO value of ``text``'s own date, from the dates ctdocs finds in it, or None."""
    hit = own_date(text, find_dates(text, lang))
    return hit.value if hit is not None else None


TAIL_EN = (
    "\n\n1. Operators report every drone seen over a site.\n\n2. Reports use the annexed form.\n"
)
TAIL_FR = "\n\n1. Les exploitants signalent tout drone.\n\n2. Les registres sont contrôlés.\n"
BODY_EN = "The secretariat asks every member to review its plans before the summer.\n"
BODY_FR = "Le secrétariat demande à chaque membre de revoir ses plans avant l'été.\n"


def numbered(sentence: str, count: int) -> str:
    """``count`` numbered paragraphs of ``sentence``: a body long enough to push a date far
    from the head."""
    return "".join(f"{n}. {sentence}\n" for n in range(1, count + 1))
