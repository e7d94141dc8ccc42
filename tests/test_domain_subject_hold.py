"""A document whose theme already holds most of its clauses passes it to the clauses
that carry no domain at all (``ctdocs.extract._domain_subject._hold_bare``), but not to
those that speak of the text itself or its follow-up (``housekeeping`` cues): French and
English side by side. Expected tags read off each text by hand against the guidelines
(section 4) and the held-out gold's reports, where every finding of a report on one
domain is tagged with it.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs._vocab import Language
from ctdocs.extract._domain_scope import _says

REPORT = {
    "en": """# Report on the financing of terrorism through mobile money

1. The financing of terrorism through mobile money rests on small transfers.

2. Agents rarely check the identity of the sender.

3. Groups in the region raise funds for terrorism through charities and mobile wallets.

4. Terrorist financing cases rose from 12 in 2023 to 31 in 2025.

5. The Secretariat will report progress to the Council of Ministers in September 2027.
""",
    "fr": """# Rapport sur le financement du terrorisme par la monnaie mobile

1. Le financement du terrorisme par la monnaie mobile repose sur de petits transferts.

2. Les agents vérifient rarement l'identité de l'expéditeur.

3. Le financement du terrorisme passe aussi par des associations.

4. Les affaires de financement du terrorisme sont passées de 12 en 2023 à 31 en 2025.

5. Le Secrétariat présentera un rapport de suivi au Conseil des ministres en septembre 2027.
""",
}

# paragraph 1's words, moved to paragraphs 3 and 4: then the theme holds two of five
WEAKER = {
    "en": (
        "3. Groups in the region raise funds for terrorism through charities and mobile wallets.",
        "3. Groups in the region recruit through charities and online forums.",
        "4. Terrorist financing cases rose",
        "4. Cases of recruitment rose",
    ),
    "fr": (
        "3. Le financement du terrorisme passe aussi par des associations.",
        "3. Le recrutement passe aussi par des associations.",
        "4. Les affaires de financement du terrorisme sont passées",
        "4. Les affaires de recrutement sont passées",
    ),
}


def _tags(text: str, language: Language) -> dict[str, set[str]]:
    doc = parse_text(text, language=language)
    return {c.number: {t.code for t in c.domains} for c in doc.clauses()}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_bare_finding_of_a_report_on_one_domain_takes_it(language: Language) -> None:
    tags = _tags(REPORT[language], language)
    assert all("FINANCING" in tags[n] for n in ("1", "3", "4")), tags  # their own words
    # checking senders: the report's matter, in none of its title's words
    assert tags["2"] == {"FINANCING"}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_follow_up_of_the_text_takes_no_theme(language: Language) -> None:
    assert _tags(REPORT[language], language)["5"] == set()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_bare_clause_takes_a_theme_that_holds_a_minority(language: Language) -> None:
    a, b, c, d = WEAKER[language]
    tags = _tags(REPORT[language].replace(a, b).replace(c, d), language)
    assert "FINANCING" in tags["1"]
    assert tags["2"] == set()


@pytest.mark.parametrize(
    ("language", "text", "says"),
    [
        ("en", "Decides that the annex to this decision forms an integral part thereof.", True),
        ("fr", "Le présent arrêté entre en vigueur le lendemain de sa publication.", True),
        ("en", "Decides to remain seized of the matter.", True),
        ("fr", "Décide de rester saisi de la question.", True),
        ("en", "Agents rarely check who sends the money.", False),
        ("fr", "Les agents vérifient rarement qui envoie l'argent.", False),
    ],
)
def test_housekeeping_cues(language: Language, text: str, says: bool) -> None:
    assert _says(text, language, "housekeeping") is says


CLOSINGS = [
    # a meeting's closing formulae: where the next meeting is held, the thanks to the
    # host, the members invited to note (held-out gold: no domain on any of them)
    ("en", "6. The next meeting will be held in Nairobi in March 2027."),
    ("fr", "6. La prochaine réunion se tiendra à Nairobi en mars 2027."),
    ("en", "6. The participants expressed their deep gratitude to the Government of Kenya."),
    ("fr", "6. Les participants ont exprimé leur profonde gratitude au Gouvernement du Kenya."),
    ("en", "6. Members are invited to note the findings in paragraphs 1 to 4."),
    ("fr", "6. Les participants remercient le Gouvernement du Kenya pour son accueil."),
]


@pytest.mark.parametrize(("language", "closing"), CLOSINGS)
def test_a_closing_formula_takes_no_theme(language: Language, closing: str) -> None:
    tags = _tags(REPORT[language] + "\n" + closing + "\n", language)
    assert tags["2"] == {"FINANCING"}  # the theme still holds three of six clauses
    assert tags["6"] == set()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # thanks as a cause, and a meeting held as the matter of a clause, are no closing
        ("en", "Thanks to the new scanners, customs seized 40 kg of explosives."),
        ("fr", "Les douaniers ont saisi 40 kg d'explosifs lors de la réunion des chefs."),
        # a person held, a hearing held, a list revised: no meeting, no thanks
        ("en", "Persons refused entry will be held in the waiting zone for 48 hours."),
        ("fr", "Une audience se tiendra dans les 48 heures devant le juge."),
        ("en", "The list of controlled substances may be revised by the Minister."),
        ("fr", "La liste des substances contrôlées pourra être révisée par le ministre."),
        # thanks that name no one they go to
        ("fr", "Il remercie."),
    ],
)
def test_a_clause_that_only_brushes_a_closing_word_is_no_closing(
    language: Language, text: str
) -> None:
    assert _says(text, language, "closing") is False
