"""A standard's terms and definitions (ISO, CEN, AFNOR layout): each entry's number alone on
its line, the term on the next, the definition below it opening in lower case with no
closing stop (``3.1`` / ``hostile vehicle`` / ``vehicle used to gain …``). The normaliser
would join all three lines into one sentence (the term and the definition both open in
lower case); kept apart (ctdocs.normalise._joins.term_under_number), the term is the entry's
title and the definition its text (guidelines §1: a heading title belongs to the clause
number; §1a: a numbered heading's text starts on the next line; heldout13 and heldout27 gold
title a glossary's entries by their terms). French and English side by side; the expected
titles and first words were worked out by hand from §1, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.normalise._joins import term_under_number

TEXTS = {
    "en": """PROTECTION OF PUBLIC SPACES - VEHICLE SECURITY BARRIERS - VOCABULARY

1 Scope

This document defines terms used in the protection of public spaces against vehicle attacks.

3 Terms and definitions

3.1
hostile vehicle
vehicle used to gain unauthorized access to a protected area or to cause harm to persons

3.2
vehicle security barrier
physical barrier designed to stop or deflect a vehicle travelling at a stated speed

3.3
stand-off distance
distance between the barrier line and the asset to be protected
""",
    "fr": """PROTECTION DES ESPACES PUBLICS - BARRIÈRES DE SÉCURITÉ POUR VÉHICULES - VOCABULAIRE

1 Domaine d'application

Le présent document définit les termes utilisés pour la protection des espaces publics.

3 Termes et définitions

3.1
véhicule hostile
véhicule utilisé pour accéder sans autorisation à une zone protégée ou pour causer des dommages

3.2
barrière de sécurité pour véhicules
barrière physique conçue pour arrêter ou dévier un véhicule circulant à une vitesse déclarée

3.3
distance de sécurité
distance entre la ligne de barrières et le bien à protéger
""",
}
EXPECTED = {
    "en": {
        "3.1": ("hostile vehicle", ["vehicle", "used", "to"]),
        "3.2": ("vehicle security barrier", ["physical", "barrier", "designed"]),
        "3.3": ("stand-off distance", ["distance", "between", "the"]),
    },
    "fr": {
        "3.1": ("véhicule hostile", ["véhicule", "utilisé", "pour"]),
        "3.2": ("barrière de sécurité pour véhicules", ["barrière", "physique", "conçue"]),
        "3.3": ("distance de sécurité", ["distance", "entre", "la"]),
    },
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_standards_term_under_its_lone_number_is_the_entrys_title(lang: str) -> None:
    doc = parse_text(TEXTS[lang], language=lang)  # type: ignore[arg-type]
    got = {c.number: (c.title, c.text.split()[:3]) for c in doc.clauses()}
    for number, want in EXPECTED[lang].items():
        assert got[number] == want, number


ROWS = [
    # a term under its entry's lone number, a definition below
    ("en", "3.1", "hostile vehicle", "vehicle used to gain access to a protected area", True),
    ("fr", "2.4.1", "zone d'exclusion", "zone où tout véhicule non autorisé est interdit", True),
    # no lone number above: a wrapped sentence's line
    ("en", "3.1 The operator shall", "install barriers", "at every approach to the site", False),
    ("fr", "Les exploitants", "installent des barrières", "à chaque accès au site protégé", False),
    # the line says more than a term (a comma, a stop), or nothing longer follows
    ("en", "4.2", "barriers, bollards and gates", "are installed at every approach", False),
    ("fr", "4.2", "les barrières sont installées.", "à chaque accès au site protégé", False),
    ("en", "5.1", "hostile vehicle", "see 3.1", False),
]


@pytest.mark.parametrize(("lang", "above", "line", "below", "term"), ROWS)
def test_a_term_is_a_few_words_under_a_lone_number(
    lang: str, above: str, line: str, below: str, term: bool
) -> None:
    assert term_under_number(above, line, (0, below)) is term, lang
