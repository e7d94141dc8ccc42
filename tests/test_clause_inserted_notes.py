"""A provincial statute page (Ontario's e-Laws prints its acts so), French and English side
by side: a bold marginal note in a paragraph of its own above each section and subsection,
the section's number alone in bold, a subsection ``(2.1)`` that an amendment inserted after
``(2)`` and, after it, ``(3)``, which goes on with the section (guidelines §1a, statute
section: ``4(2.1)``); a note of a few words whose comma sets two names side by side
(``Temporary designation, public venues``) titles its section like any other note.

Each text is written for the test; the expected numbers and titles were worked out by hand
from the annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _page(title: str, rows: list[tuple[str, str]]) -> str:
    body = [f"<h1>{title}</h1>"]
    for note, text in rows:
        body.append(f"<p><b>{note}</b></p>")
        body.append(f"<p>{text}</p>")
    return "<html><body><main>" + "\n".join(body) + "</main></body></html>"


PAGE = {
    "en": _page(
        "Protected Sites Act, 2031",
        [
            ("Purpose", "<b>1</b> The purpose of this Act is to protect sites. 2031, c. 4, s. 1."),
            ("Definitions", "<b>2</b> In this Act, a site is a protected place. 2031, c. 4, s. 2."),
            ("Designation", "<b>3</b> (1) The Minister may designate a site. 2031, c. 4."),
            ("Consultation", "(2) The Minister shall consult the owner. 2031, c. 4, s. 3 (2)."),
            ("Same, First Nations", "(2.1) The Minister shall also consult the First Nation."),
            ("Publication", "(3) A designation is effective on the day it is filed."),
            (
                "Temporary designation, public venues",
                "<b>3.1</b> (1) The Minister may designate a stadium for 14 days.",
            ),
            ("Renewal", "(2) An order may be renewed once."),
            ("Prohibition", "<b>4</b> No person shall fly a drone over a protected site."),
        ],
    ),
    "fr": _page(
        "Loi de 2031 sur les sites protégés",
        [
            ("Objet", "<b>1</b> La présente loi a pour objet de protéger les sites."),
            ("Définitions", "<b>2</b> Dans la présente loi, un site est un lieu protégé."),
            ("Désignation", "<b>3</b> (1) Le ministre peut désigner un site. 2031, chap. 4."),
            ("Consultation", "(2) Le ministre consulte le propriétaire du site."),
            ("Idem, Premières Nations", "(2.1) Le ministre consulte aussi la Première Nation."),
            ("Publication", "(3) La désignation prend effet le jour de son dépôt."),
            (
                "Désignation temporaire, lieux publics",
                "<b>3.1</b> (1) Le ministre peut désigner un stade pour 14 jours.",
            ),
            ("Renouvellement", "(2) L'arrêté peut être renouvelé une fois."),
            ("Interdiction", "<b>4</b> Nul ne peut faire voler un drone au-dessus d'un site."),
        ],
    ),
}

TITLES = {
    "en": [
        "Purpose",
        "Definitions",
        "Designation",
        None,
        "Consultation",
        "Same, First Nations",
        "Publication",
        "Temporary designation, public venues",
        None,
        "Renewal",
        "Prohibition",
    ],
    "fr": [
        "Objet",
        "Définitions",
        "Désignation",
        None,
        "Consultation",
        "Idem, Premières Nations",
        "Publication",
        "Désignation temporaire, lieux publics",
        None,
        "Renouvellement",
        "Interdiction",
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_subsection_after_an_inserted_one_goes_on_with_its_section(lang: str) -> None:
    """``(3)`` after ``(2.1)`` is subsection 3 of section 3, titled by the note above it (not
    a section heading over a parentless ``(3)``); the comma of a short note is no sentence's,
    so the note titles section 3.1."""
    doc = parse_text(PAGE[lang], lang, layout="html")  # type: ignore[arg-type]
    numbers = ["1", "2", "3", "3(1)", "3(2)", "3(2.1)", "3(3)", "3.1", "3.1(1)", "3.1(2)", "4"]
    assert [(c.number, c.title) for c in doc.clauses()] == list(
        zip(numbers, TITLES[lang], strict=True)
    )
