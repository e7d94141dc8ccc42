"""Ordinary prose the last review found misread, French and English side by side; each
row's expected value is checked by hand against the annotation guidelines (the section
named on each test)."""

from __future__ import annotations

from typing import Literal

import pytest

from ctdocs import parse_text

Language = Literal["fr", "en"]


def _persons(text: str, language: Language) -> dict[str, str]:
    doc = parse_text(text, language=language)
    return {m.text: a.name for a in doc.actors if a.kind == "person" for m in a.mentions}


# §3: a judge's letters after a name say it is a judge's and are no part of the name,
# as honours are not ("Naidoo JA" is the person Naidoo): a given name before them is that
# person's name, whatever stands first in the sentence
@pytest.mark.parametrize(
    ("language", "text", "want"),
    [
        ("en", "Judgment\n\n12 May 2021\n\nAlice JA said no.\n", {"Alice": "Alice"}),
        (
            "en",
            "Judgment\n\n12 May 2021\n\nMary Smith JA dissented.\n",
            {"Mary Smith": "Mary Smith"},
        ),
        ("en", "Judgment\n\n12 May 2021\n\nPeter CJ agreed.\n", {"Peter": "Peter"}),
        ("fr", "Arrêt\n\n12 mai 2021\n\nAlice JA a dit non.\n", {"Alice": "Alice"}),
        (
            "fr",
            "Arrêt\n\n12 mai 2021\n\nMary Smith JA a rejeté l'appel.\n",
            {"Mary Smith": "Mary Smith"},
        ),
    ],
)
def test_judge_letters_are_no_part_of_a_given_name(
    language: Language, text: str, want: dict[str, str]
) -> None:
    assert _persons(text, language) == want


# §3: a lower-case particle between a name's words continues the name ("Jaap de Hoop
# Scheffer"), two of them too ("de la", "van der"); only a French body's head after them
# ("de la Commission") makes them a link to the person's body, and a particle right after
# an office links the office to its body, no name after it
@pytest.mark.parametrize(
    ("language", "text", "want"),
    [
        (
            "en",
            "Press release\n\n12 May 2021\n\nMs Anna de la Court, the minister, spoke.\n",
            {"Anna de la Court": "Anna de la Court"},
        ),
        (
            "fr",
            "Communiqué\n\n12 mai 2021\n\nMme Anna de la Court, ministre, a parlé.\n",
            {"Anna de la Court": "Anna de la Court"},
        ),
        (
            "en",
            "Press release\n\n12 May 2021\n\nMr Jan van der Berg spoke on terrorism.\n",
            {"Jan van der Berg": "Jan van der Berg"},
        ),
        (
            "fr",
            "Communiqué\n\n12 mai 2021\n\nM. Jan van der Berg a parlé du terrorisme.\n",
            {"Jan van der Berg": "Jan van der Berg"},
        ),
    ],
)
def test_two_particles_continue_a_name(language: Language, text: str, want: dict[str, str]) -> None:
    assert _persons(text, language) == want


@pytest.mark.parametrize(
    ("language", "text", "want"),
    [
        (
            "fr",
            "Circulaire\n\n12 mai 2021\n\n- Monsieur le Commissaire Général de la PNC ;\n"
            "- Monsieur le Ministre Jean Dupont ;\n",
            {"Jean Dupont": "Jean Dupont"},
        ),
        (
            "fr",
            "Communiqué\n\n12 mai 2021\n\nM. Dupont de la Commission a parlé.\n",
            {"M. Dupont": "Dupont"},
        ),
    ],
)
def test_a_particle_before_a_body_ends_the_name(
    language: Language, text: str, want: dict[str, str]
) -> None:
    assert _persons(text, language) == want


def _dates(text: str, language: Language) -> dict[str, str]:
    return {d.text: d.value for d in parse_text(text, language=language).dates}


# §2: a year-less date takes the year the text makes plain (its own date, the dates just
# before); a year inside an instrument's name is a date but dates no narrative, also
# where words qualifying the instrument stand between ("loi de programmation 2018")
@pytest.mark.parametrize(
    ("language", "text", "surface", "want"),
    [
        (
            "fr",
            "Déclaration\n\n12 mai 2021\n\nEn vertu de la loi de programmation 2018, le 4 mars "
            "le ministre a pris un arrêté.\n",
            "4 mars",
            "2021-03-04",
        ),
        (
            "fr",
            "Déclaration\n\nEn vertu de la loi antiterroriste 2015, le 4 mars le ministre a pris "
            "un arrêté.\n\nParis, le 12 mai 2021\n",
            "4 mars",
            "2021-03-04",
        ),
        (
            "en",
            "Statement\n\n12 May 2021\n\nUnder the Law on Combating Terrorism 2017, on 4 March "
            "the ministry listed two groups.\n",
            "4 March",
            "2021-03-04",
        ),
        # the year of an event in the sentence stays the narrative's
        (
            "fr",
            "Déclaration\n\n12 mai 2021\n\nLa loi a été votée en 2015, le 4 mars le ministre a "
            "pris un arrêté.\n",
            "4 mars",
            "2015-03-04",
        ),
        (
            "en",
            "Statement\n\n12 May 2021\n\nThe Law was amended in 2017, on 4 March the ministry "
            "listed two groups.\n",
            "4 March",
            "2017-03-04",
        ),
    ],
)
def test_an_instrument_year_dates_no_narrative(
    language: Language, text: str, surface: str, want: str
) -> None:
    assert _dates(text, language)[surface] == want


# §5: a page's tag chips are noise, and actors named only in noise are not listed (§3);
# an abstract's keywords are the document's own front matter
@pytest.mark.parametrize(
    ("language", "text", "row"),
    [
        (
            "fr",
            "Sécurité au Sahel\n\n12 mai 2021\n\nLes ministres se sont réunis sur le "
            "terrorisme.\n\nMots-clés : Mali, Niger, Burkina Faso, Sahel\n",
            "Mots-clés : Mali, Niger, Burkina Faso, Sahel",
        ),
        (
            "en",
            "Sahel security\n\n12 May 2021\n\nThe ministers met on terrorism.\n\n"
            "Keywords: Mali, Niger, Burkina Faso, Sahel\n",
            "Keywords: Mali, Niger, Burkina Faso, Sahel",
        ),
    ],
)
def test_a_keyword_row_is_noise_and_names_no_state(language: Language, text: str, row: str) -> None:
    doc = parse_text(text, language=language)
    assert [n.text for n in doc.noise] == [row]
    assert [a.name for a in doc.actors] == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Circulaire\n\n12 mai 2021\n\nRésumé : la présente circulaire actualise la "
            "politique pénale.\n\nMots-clés : terrorisme – drones – mineurs\n\nLa menace "
            "terroriste demeure élevée.\n",
        ),
        (
            "en",
            "Policy brief\n\nAbstract\nThis brief compares how three states prosecute "
            "returnees.\nKeywords: repatriation, prosecution, reintegration\n\n1. Introduction\n"
            "The camps hold many women.\n",
        ),
    ],
)
def test_an_abstracts_keywords_are_the_documents(language: Language, text: str) -> None:
    doc = parse_text(text, language=language)
    assert not any("Mots-clés" in n.text or "Keywords" in n.text for n in doc.noise)


# §6: the symbol as printed, which the full stop of the sentence or line it ends is no part
# of; an abbreviation closing a number keeps its own full stop
@pytest.mark.parametrize(
    ("language", "line", "want"),
    [
        ("fr", "Document n° CNB/GUIDE-LCBFT/2025.", "CNB/GUIDE-LCBFT/2025"),
        ("fr", "Réf. CNB/GUIDE-LCBFT/2025.", "CNB/GUIDE-LCBFT/2025"),
        ("en", "Ref. FCA/GUIDE-CTF/2025.", "FCA/GUIDE-CTF/2025"),
        ("en", "Guidance No. FCA/GUIDE-CTF/2025.", "FCA/GUIDE-CTF/2025"),
        ("fr", "Déclaration n° CMF/SE/2025/Décl.", "CMF/SE/2025/Décl."),
        ("en", "Document No. CMF/SE/2025/Decl.", "CMF/SE/2025/Decl."),
    ],
)
def test_a_symbol_ends_on_no_sentence_stop(language: Language, line: str, want: str) -> None:
    if language == "fr":
        text = (
            f"Guide\n\n12 mai 2025\n\n{line}\n\nLe guide porte sur le financement du terrorisme.\n"
        )
    else:
        text = f"Guide\n\n12 May 2025\n\n{line}\n\nThe guidance covers terrorist financing.\n"
    assert parse_text(text, language=language).symbol == want
