"""A clause's title printed on the number's line with the body on the next line, where the
line reader took it for the body's first line (ctdocs.structure._termtitles; guidelines
§1: a heading title belongs to the clause number; §1a: a numbered heading's text starts on
the next line).

A glossary's term in lower case or closed by a bracket (``2.1 port facility (installation
portuaire)`` over ``A location …``) is its clause's title where the document titles the
siblings too, or prints two of them or more so; a paragraph whose first printed line breaks
early among untitled siblings keeps its words. French and English side by side; the
expected titles and first words were worked out by hand from §1, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _clauses(text: str, lang: str) -> dict[str, tuple[str | None, list[str]]]:
    """Each clause's title and the first three words of its text."""
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    return {c.number: (c.title, c.text.split()[:3]) for c in doc.clauses()}


GLOSSARY = {
    "en": """MARITIME SECURITY GUIDELINE 7

1 Purpose
This guideline sets out the measures port operators apply.

2 Definitions
2.1 port facility (installation portuaire)
A location where the ship and port interface takes place.
2.2 security incident (incident de sûreté)
Any suspicious act or circumstance threatening the security of a ship.

3 Responsibilities
Port operators designate a security officer.
""",
    "fr": """DIRECTIVE DE SÛRETÉ PORTUAIRE

1 Objet
La présente directive fixe les mesures de sûreté des ports.

2 Définitions
2.1 zone portuaire (port area)
Espace terrestre et maritime placé sous l'autorité du port.
2.2 incident de sûreté (security incident)
Tout acte suspect menaçant la sûreté d'un navire ou d'une installation.

3 Responsabilités
Chaque exploitant désigne un agent de sûreté.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("number", ["2.1", "2.2"])
def test_a_glossary_term_on_the_number_line_is_the_title(lang: str, number: str) -> None:
    want = {
        "en": {
            "2.1": ("port facility (installation portuaire)", ["A", "location", "where"]),
            "2.2": ("security incident (incident de sûreté)", ["Any", "suspicious", "act"]),
        },
        "fr": {
            "2.1": ("zone portuaire (port area)", ["Espace", "terrestre", "et"]),
            "2.2": ("incident de sûreté (security incident)", ["Tout", "acte", "suspect"]),
        },
    }
    assert _clauses(GLOSSARY[lang], lang)[number] == want[lang][number]


PARAGRAPHS = {
    "en": """ANNUAL REPORT

1. The Council adopted the plan of action on the protection of ports against drones and
Member States agreed to report on its implementation every year.

2. The Secretariat prepared a report on the training needs of port security officers.

3. The Council will meet again in the autumn of 2026 to review the plan of action.
""",
    "fr": """RAPPORT ANNUEL

1. Le Conseil a adopté le plan d'action sur la protection des ports contre les drones et
Les États membres sont convenus de rendre compte chaque année de sa mise en œuvre.

2. Le Secrétariat a préparé un rapport sur les besoins de formation des agents de sûreté.

3. Le Conseil se réunira de nouveau à l'automne 2026 pour examiner le plan d'action.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_wrapped_first_line_among_untitled_paragraphs_stays_text(lang: str) -> None:
    """The first line ends on a connector and no sibling is titled: one sentence, no title."""
    first = {"en": ["The", "Council", "adopted"], "fr": ["Le", "Conseil", "a"]}
    assert _clauses(PARAGRAPHS[lang], lang)["1"] == (None, first[lang])


HEADLINES = {
    "fr": """PRISE DE POSITION

III. Position de l'autorité

1. Les exploitants doivent pouvoir détecter les drones.
Les exploitants installent d'ici au 31 décembre 2027 des systèmes de détection couvrant
l'aire protégée.

2. La neutralisation relève des autorités.
La neutralisation d'un drone reste de la compétence de la police cantonale.

3. Les charges explosives doivent être prises en compte.
L'hypothèse de menace est complétée par un scénario de drone porteur d'une charge.
""",
    "en": """POSITION PAPER

III. The Authority's position

1. Operators must be able to detect drones.
Operators install detection systems covering the protected area by 31 December 2027.

2. Neutralisation is a matter for the authorities.
The neutralisation of a drone remains a task of the cantonal police.

3. Explosive payloads must be taken into account.
The design basis threat is completed by a scenario of a drone carrying a charge.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("number", ["1", "2", "3"])
def test_headlines_closed_by_a_stop_in_a_full_run_are_titles(lang: str, number: str) -> None:
    """Every paragraph under III opens on a one-sentence line over its explanation."""
    want = {
        "fr": {
            "1": (
                "Les exploitants doivent pouvoir détecter les drones",
                ["Les", "exploitants", "installent"],
            ),
            "2": ("La neutralisation relève des autorités", ["La", "neutralisation", "d'un"]),
            "3": (
                "Les charges explosives doivent être prises en compte",
                ["L'hypothèse", "de", "menace"],
            ),
        },
        "en": {
            "1": ("Operators must be able to detect drones", ["Operators", "install", "detection"]),
            "2": (
                "Neutralisation is a matter for the authorities",
                ["The", "neutralisation", "of"],
            ),
            "3": ("Explosive payloads must be taken into account", ["The", "design", "basis"]),
        },
    }
    assert _clauses(HEADLINES[lang], lang)[number] == want[lang][number]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_closed_first_line_in_a_broken_run_stays_text(lang: str) -> None:
    """Paragraph 2 runs on in one line: the run is not whole, 1 keeps its first sentence."""
    text = HEADLINES[lang].replace(".\nLa neutralisation d'", ". La neutralisation d'")
    text = text.replace(".\nThe neutralisation", ". The neutralisation")
    first = {"fr": ["Les", "exploitants", "doivent"], "en": ["Operators", "must", "be"]}
    assert _clauses(text, lang)["1"] == (None, first[lang])
