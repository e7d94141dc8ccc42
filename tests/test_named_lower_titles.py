"""A labelled unit's run-in title in lower case after the colon that closes its number
(``Recommandation 1 : détecter. Équiper …``, ``Recommendation 2: neutralise. Set out …``):
the label opens a clause cited by its word and number, and the few words the full stop
closes are its title (guidelines §1a: a run-in title ends at a colon or a full stop;
ctdocs.layout._saying.describes, ctdocs.structure._stoptitles.named_stop_titles).

A sentence in lower case after a division's colon (``Titre I : il fixe les missions …``,
a report on a bill) still describes the division and opens none. French and English side
by side; the expected numbers, titles and first words were worked out by hand from §1a,
never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _clauses(text: str, lang: str) -> dict[str, tuple[str | None, list[str]]]:
    """Each clause's title and the first three words of its text."""
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    return {c.number: (c.title, c.text.split()[:3]) for c in doc.clauses()}


NOTE = {
    "fr": """III. Recommandations

**Recommandation 1 : détecter.** Équiper les ports de radars côtiers adaptés aux petites
embarcations.

**Recommandation 2 : neutraliser.** Préciser par décret les conditions d'emploi des moyens
de lutte.

Recommandation 3 : mieux coordonner. Confier au Secrétariat général de la mer la doctrine.
""",
    "en": """III. Recommendations

**Recommendation 1: detect.** Equip the ports with coastal radars suited to small fast
craft.

**Recommendation 2: neutralise.** Set out by decree the rules for the use of counter-drone
means.

Recommendation 3: coordinate better. Task the Secretariat General for the Sea with a doctrine.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("k", [1, 2, 3])
def test_a_label_closed_by_a_colon_takes_its_lower_case_title(lang: str, k: int) -> None:
    want = {
        "fr": {
            1: ("détecter", ["Équiper", "les", "ports"]),
            2: ("neutraliser", ["Préciser", "par", "décret"]),
            3: ("mieux coordonner", ["Confier", "au", "Secrétariat"]),
        },
        "en": {
            1: ("detect", ["Equip", "the", "ports"]),
            2: ("neutralise", ["Set", "out", "by"]),
            3: ("coordinate better", ["Task", "the", "Secretariat"]),
        },
    }
    word = {"fr": "Recommandation", "en": "Recommendation"}[lang]
    got = _clauses(NOTE[lang], lang)
    assert got[f"{word} {k}"] == want[lang][k]
    assert got["III"][0] == {"fr": "Recommandations", "en": "Recommendations"}[lang]


REPORT = {
    "fr": """Le projet de loi comprend deux titres.

Titre I : il fixe les missions de l'administration centrale et des préfectures.

Titre II : il crée un fonds de soutien aux victimes des actes de terrorisme.
""",
    "en": """The bill has two titles.

Title I: it sets out the duties of the central administration and of the prefects.

Title II: it creates a support fund for the victims of acts of terrorism.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_sentence_after_the_colon_still_describes_the_division(lang: str) -> None:
    got = _clauses(REPORT[lang], lang)
    assert not any(n.startswith("Title") for n in got)


COMMITMENTS = {
    "fr": """PLAN D'ACTION

Engagement 1 : protéger. Les ports sont équipés de radars côtiers.

Engagement 2 : répondre. La police s'entraîne chaque année avec la gendarmerie.
""",
    "en": """ACTION PLAN

Commitment 1: protect. The ports are equipped with coastal radars.

Commitment 2: respond. The police train every year with the coastguard.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_plan_commitment_is_a_labelled_unit(lang: str) -> None:
    """The label words are data (numbering.toml): a plan's commitments are cited by their
    word and number, titled by the words the full stop closes."""
    want = {
        "fr": {
            "Engagement 1": ("protéger", ["Les", "ports", "sont"]),
            "Engagement 2": ("répondre", ["La", "police", "s'entraîne"]),
        },
        "en": {
            "Commitment 1": ("protect", ["The", "ports", "are"]),
            "Commitment 2": ("respond", ["The", "police", "train"]),
        },
    }
    got = _clauses(COMMITMENTS[lang], lang)
    assert {k: got.get(k) for k in want[lang]} == want[lang]
