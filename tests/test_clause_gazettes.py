"""Layouts of official gazettes and journals (guidelines §1, §1a), French and English side by
side: marginal notes printed as a line above each section, a section that opens with its
first subsection on its line (``1. (1) …``), schedule entries quoted in an amending section,
a gazette's filing line in its masthead, a page number heading a running head, and an
ordinal word among roman numerals (``TITRE PREMIER`` before ``TITRE II``).

Each text is written for the test; the expected numbers and titles were worked out by hand
from the annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def clauses(text: str, language: str) -> list[tuple[str, str | None]]:
    doc = parse_text(text, language=language)  # type: ignore[arg-type]
    return [(c.number, c.title) for c in doc.clauses()]


AMENDING_ACT = {
    "en": """PART II — Section 1

THE EXPLOSIVE DEVICES (AMENDMENT) ACT, 2030

BE it enacted by Parliament as follows:—

Short title and commencement.
1. (1) This Act may be called the Explosive Devices (Amendment) Act, 2030.

(2) It shall come into force on the date of its publication in the Gazette.

Amendment of section 4.
2. In section 4 of the principal Act, for the words "five years" the words "seven years"
shall be substituted.

Amendment of the Schedule.
3. In the Schedule to the principal Act, after serial number 12, the following entries
shall be inserted, namely:—

"13. The Northern Front and its affiliates.
 14. The Eastern Brigade.".

Repeal and saving.
4. The Explosive Devices (Amendment) Ordinance, 2030 is hereby repealed.
""",
    "fr": """PARTIE II — Section 1

LOI N° 12 DE 2030 MODIFIANT LA LOI SUR LES ENGINS EXPLOSIFS

Le Parlement édicte ce qui suit :

Titre abrégé et entrée en vigueur.
1. (1) La présente loi peut être citée comme la loi de 2030 modifiant la loi sur les
engins explosifs.

(2) Elle entre en vigueur à la date de sa publication au Journal officiel.

Modification de l'article 4.
2. À l'article 4 de la loi principale, les mots « cinq ans » sont remplacés par les mots
« sept ans ».

Modification de l'annexe.
3. À l'annexe de la loi principale, après le numéro 12, les inscriptions suivantes sont ajoutées :

"13. Le Front du Nord et ses affiliés.
 14. La Brigade de l'Est.".

Abrogation et réserve.
4. L'ordonnance de 2030 modifiant la loi sur les engins explosifs est abrogée.
""",
}

AMENDING_TITLES = {
    "en": [
        "Short title and commencement",
        "Amendment of section 4",
        "Amendment of the Schedule",
        "Repeal and saving",
    ],
    "fr": [
        "Titre abrégé et entrée en vigueur",
        "Modification de l'article 4",
        "Modification de l'annexe",
        "Abrogation et réserve",
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_marginal_notes_title_the_sections_of_a_gazette_act(lang: str) -> None:
    first, second, third, fourth = AMENDING_TITLES[lang]
    assert clauses(AMENDING_ACT[lang], lang) == [
        ("1", first),  # "1. (1) …": the section opens with its first subsection
        ("1(1)", None),
        ("1(2)", None),
        ("2", second),
        ("3", third),  # the quoted schedule entries 13 and 14 are not the act's
        ("4", fourth),
    ]


ORDINAL = {
    "fr": """TITRE PREMIER
DISPOSITIONS GÉNÉRALES

Article premier

La présente loi s'applique au financement du terrorisme.

Article 2

Elle s'applique aussi aux actifs virtuels.

TITRE II
DISPOSITIONS FINALES

Article 3

La présente loi entre en vigueur le jour de sa publication.
""",
    "en": """CONVENTION ON THE MARKING OF EXPLOSIVES

Article First

Each State Party shall mark the explosives it makes.

Article II

Each State Party shall prohibit unmarked explosives.

Article III

This Convention shall enter into force on ratification.
""",
}


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", ["Title I", "Article 1", "Article 2", "Title II", "Article 3"]),
        ("en", ["Article I", "Article II", "Article III"]),
    ],
)
def test_ordinal_word_takes_the_numerals_of_its_siblings(lang: str, expected: list[str]) -> None:
    assert [n for n, _ in clauses(ORDINAL[lang], lang)] == expected


RUNNING_HEAD = {
    "fr": """Article 1

Le comité est présidé par le ministre de l'intérieur.

412          JOURNAL OFFICIEL          N° 88 – 3 mars 2030

Article 2

Le comité se réunit deux fois par an.
""",
    "en": """Article 1

The committee is chaired by the Minister of the Interior.

212          OFFICIAL GAZETTE          No. 14 – 3 March 2030

Article 2

The committee meets twice a year.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_page_number_of_a_running_head_is_no_section(lang: str) -> None:
    assert [n for n, _ in clauses(RUNNING_HEAD[lang], lang)] == ["Article 1", "Article 2"]
