"""A judgment's operative formula reduced to its verb, in capitals on a line of its own
(``DECIDE :``, ``DECIDES:``) over the articles of its operative part, opens that part as
the longer formula with its own subject does (``LE CONSEIL CONSTITUTIONNEL DÉCIDE :``;
heldout3/6/23 gold: the articles after it stand in the section it names). Under a subject
in capitals closed by a comma (``LA COUR,``) it closes that subject's sentence and names no
section; over numbered paragraphs that complete it (``DECLARE:`` / ``1. Their resolve …``,
test_sections) it leads in.

Each text is written for the test; the expected values were worked out by hand from the
annotation guidelines (§1: the nearest preceding unnumbered heading).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

VERB_ALONE = {
    "fr": (
        "Décision DCC 31-044 du 3 mars 2031\n\n"
        "Violation de la Constitution\n\n"
        "Considérant que la garde à vue a duré quinze jours ;\n\n"
        "                                  DECIDE :\n\n"
        "Article 1er.- La garde à vue est contraire à la Constitution.\n\n"
        "Article 2.- La présente décision sera publiée au Journal officiel.\n"
    ),
    "en": (
        "Decision DCC 31-044 of 3 March 2031\n\n"
        "Breach of the Constitution\n\n"
        "Whereas the police custody lasted fifteen days;\n\n"
        "                                  DECIDES:\n\n"
        "Article 1.- The police custody is contrary to the Constitution.\n\n"
        "Article 2.- This decision shall be published in the Official Gazette.\n"
    ),
}
VERB_ALONE_SECTIONS = {
    "fr": {"Article 1": "DECIDE", "Article 2": "DECIDE"},
    "en": {"Article 1": "DECIDES", "Article 2": "DECIDES"},
}
UNDER_SUBJECT = {
    "fr": (
        "Décision DCC 31-045 du 4 mars 2031\n\n"
        "LA COUR CONSTITUTIONNELLE,\n\n"
        "Considérant que la requête est recevable ;\n\n"
        "DÉCIDE :\n\n"
        "Article 1er.- La requête est rejetée.\n\n"
        "Article 2.- La présente décision sera publiée.\n"
    ),
    "en": (
        "Decision DCC 31-045 of 4 March 2031\n\n"
        "THE CONSTITUTIONAL COURT,\n\n"
        "Whereas the application is admissible;\n\n"
        "DECIDES:\n\n"
        "Article 1.- The application is dismissed.\n\n"
        "Article 2.- This decision shall be published.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_operative_verb_alone_in_capitals_opens_a_section(lang: str) -> None:
    doc = parse_text(VERB_ALONE[lang], language=lang)  # type: ignore[arg-type]
    assert {c.number: c.section for c in doc.clauses()} == VERB_ALONE_SECTIONS[lang]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_operative_verb_under_its_subject_names_no_section(lang: str) -> None:
    doc = parse_text(UNDER_SUBJECT[lang], language=lang)  # type: ignore[arg-type]
    assert {c.number: c.section for c in doc.clauses()} == {"Article 1": None, "Article 2": None}
