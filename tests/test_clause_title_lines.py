"""Titles a clause takes from its own line or the line below it (guidelines §1, §1a),
French and English side by side: a division's heading line in sentence case under
``CHAPITRE I`` / ``CHAPTER I`` (French titles are not set in title case, and a long one is
a title all the same), and a full-stop run-in "title" that points back into the text with
a demonstrative (``La Cour rejette cette réquisition.``), which is the clause's first
sentence, not its title; and a numbered line cut mid-sentence whose next line goes on
with it (after ``of`` / ``du``, or after a bracket), which is text, not a heading. The
French row that ends on ``du`` reads right without the rule too (kept as a guard).

Each text is written for the test; the expected numbers, titles, sections and texts were
worked out by hand from the annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

Row = tuple[str, str | None, str | None]


def _rows(text: str, language: str) -> list[Row]:
    """(number, title, section) of every clause."""
    doc = parse_text(text, language=language)  # type: ignore[arg-type]
    return [(c.number, c.title, c.section) for c in doc.clauses()]


DIVISIONS = {
    "fr": """LOI PORTANT DIVERSES MESURES DE LUTTE CONTRE LE TERRORISME

CHAPITRE I

Des mesures de prévention du financement du terrorisme et de la prolifération

Article 1

Les assujettis déclarent à la cellule de renseignement financier toute opération suspecte.

CHAPITRE II

Du contrôle des aéronefs circulant sans personne à bord au-dessus des sites sensibles

Article 2

Le survol des sites d'importance vitale est interdit sans autorisation préalable.
""",
    "en": """AN ACT TO PROVIDE FOR VARIOUS MEASURES AGAINST TERRORISM

CHAPTER I

Prevention of the financing of terrorism and of the proliferation of weapons

Article 1

Reporting entities shall report every suspicious transaction to the financial intelligence unit.

CHAPTER II

Control of unmanned aircraft flying over sensitive sites and critical infrastructure

Article 2

Flights over critical infrastructure sites are prohibited without prior authorisation.
""",
}

DIVISION_TITLES = {
    "fr": (
        "Des mesures de prévention du financement du terrorisme et de la prolifération",
        "Du contrôle des aéronefs circulant sans personne à bord au-dessus des sites sensibles",
    ),
    "en": (
        "Prevention of the financing of terrorism and of the proliferation of weapons",
        "Control of unmanned aircraft flying over sensitive sites and critical infrastructure",
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_heading_line_in_sentence_case_titles_its_division(lang: str) -> None:
    """The line under ``CHAPITRE I`` is the chapter's title (its heading text, §1a), not an
    unnumbered heading that would become the section of the articles under it."""
    first, second = DIVISION_TITLES[lang]
    assert _rows(DIVISIONS[lang], lang) == [
        ("Chapter I", first, None),
        ("Article 1", None, None),
        ("Chapter II", second, None),
        ("Article 2", None, None),
    ]


JUDGMENT = {
    "fr": """Arrêt du 12 mai 2026

6. Mesures

6.1 Le Ministère public a requis une interdiction d'exercer une activité associative.

6.2 La Cour rejette cette réquisition. Le prévenu n'a pas agi dans le cadre d'une association.

6.3 Les frais de procédure sont mis à la charge du prévenu.
""",
    "en": """Judgment of 12 May 2026

6. Measures

6.1 The prosecution sought an order banning the accused from running an association.

6.2 The Court rejects this request. The accused did not act through an association.

6.3 The costs of the proceedings are borne by the accused.
""",
}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [("fr", "La Cour rejette cette réquisition."), ("en", "The Court rejects this request.")],
)
def test_run_in_sentence_with_a_demonstrative_is_no_title(lang: str, sentence: str) -> None:
    """``6.2 La Cour rejette cette réquisition. Le prévenu …``: a first sentence that points
    back (``cette``, ``this``) says something; the clause has no title and its text starts
    with that sentence."""
    doc = parse_text(JUDGMENT[lang], language=lang)  # type: ignore[arg-type]
    by_number = {c.number: c for c in doc.clauses()}
    assert sorted(by_number) == ["6", "6.1", "6.2", "6.3"]
    assert by_number["6"].title == ("Mesures" if lang == "fr" else "Measures")
    assert by_number["6.2"].title is None
    assert by_number["6.2"].text.startswith(sentence)


SAYING = {
    "fr": """LOI PORTANT DIVERSES MESURES

CHAPITRE III

Le ministre peut ordonner la fermeture des lieux concernés pour six mois

Article 4

La fermeture est prononcée par arrêté motivé.
""",
    "en": """AN ACT ON VARIOUS MEASURES

CHAPTER III

The Minister may order the closure of the premises concerned for six months

Article 4

The closure is ordered by a reasoned order.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_line_that_says_under_a_division_is_no_title(lang: str) -> None:
    """A sentence under ``CHAPITRE III`` (``Le ministre peut ordonner …``: a subject and its
    verb, no name) is not the chapter's title, however heading-like its line."""
    assert [(n, t) for n, t, _ in _rows(SAYING[lang], lang)] == [
        ("Chapter III", None),
        ("Article 4", None),
    ]


RUNS_ON = {
    # a line that ends on a word no line of prose ends on ("of", "du") goes on below
    ("en", "ends-on-connector"): (
        """Judgment

1        This request for a preliminary ruling concerns the interpretation of
Article 3(1) and Article 11 of Directive (EU) 2017/541 of the European Parliament.

2        The request has been made in proceedings between the applicant and the
Minister for Home Affairs concerning the refusal of a travel document.
""",
        "1",
        ["This", "request", "for"],
    ),
    ("fr", "ends-on-connector"): (
        """Arrêt

1        Le recours en matière pénale formé par le recourant vise la décision du
Tribunal pénal fédéral du 14 mars 2025 rendue dans la même affaire.

2        Le Tribunal fédéral examine librement la recevabilité des recours qui lui
sont soumis.
""",
        "1",
        ["Le", "recours", "en"],
    ),
    # the sentence goes on after a bracket on the next line ("(Cth) (the ASIO Act) requires")
    ("en", "bracket"): (
        """Reasons for judgment

6        The applicant holds no other travel document and lives in Melbourne.

7        Section 38 of the Australian Security Intelligence Organisation Act 1979
         (Cth) (the ASIO Act) requires that the person be notified of an adverse
         security assessment within 14 days.
""",
        "7",
        ["Section", "38", "of"],
    ),
    ("fr", "bracket"): (
        """CHAPITRE III. — GEL DES AVOIRS

  Article 6.- Dans un délai de quarante-huit heures suivant l'inscrip-
tion d'une personne sur la liste établie en application de la résolution 2653
(2022), l'Unité notifie aux institutions financières le gel sans délai des fonds.

  Article 7.- Le présent décret entre en vigueur le jour de sa publication.
""",
        "Article 6",
        ["Dans", "un", "délai"],
    ),
}


@pytest.mark.parametrize(("lang", "shape"), list(RUNS_ON))
def test_numbered_line_whose_sentence_goes_on_below_is_text(lang: str, shape: str) -> None:
    """A numbered line cut mid-sentence, the next line going on with it (after a word no
    line of prose ends on, or after a bracket that does not fill the line), is the start of
    the clause's text, not a heading title (guidelines §1a: a heading stands alone)."""
    text, number, first = RUNS_ON[lang, shape]
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    clause = next(c for c in doc.clauses() if c.number == number)
    assert (clause.title, clause.text.split()[:3]) == (None, first)


CAPITALS = {
    "fr": """CHAPITRE II
ENQUÊTES DE CONTRÔLE

II.1.   LE SUIVI DE LA MENACE NUCLÉAIRE, RADIOLOGIQUE,
        BIOLOGIQUE ET CHIMIQUE (NRBC) PAR LES DEUX SERVICES

II.1.1. Contexte de l'enquête

À la suite de la découverte d'images de vidéosurveillance, le Comité a ouvert une enquête.
""",
    "en": """CHAPTER II
REVIEW INVESTIGATIONS

II.1.   THE MONITORING OF THE NUCLEAR, RADIOLOGICAL,
        BIOLOGICAL AND CHEMICAL (CBRN) THREAT BY THE TWO SERVICES

II.1.1. Background to the investigation

After surveillance footage was found, the Committee opened an investigation.
""",
}
CAPITALS_TITLE = {
    "fr": "LE SUIVI DE LA MENACE NUCLÉAIRE, RADIOLOGIQUE, BIOLOGIQUE ET CHIMIQUE (NRBC) PAR "
    "LES DEUX SERVICES",
    "en": "THE MONITORING OF THE NUCLEAR, RADIOLOGICAL, BIOLOGICAL AND CHEMICAL (CBRN) THREAT "
    "BY THE TWO SERVICES",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_heading_in_capitals_with_commas_is_a_title(lang: str) -> None:
    """A heading set in capitals over two lines lists its subjects between commas: the
    commas are no sentence's, so the numbered line is a heading, its words the title."""
    doc = parse_text(CAPITALS[lang], language=lang)  # type: ignore[arg-type]
    clause = doc.clause("II.1")
    assert clause is not None
    assert clause.title == CAPITALS_TITLE[lang]
    assert clause.text == ""


# A division's heading line in capitals broken over two lines under its number: both lines
# are its title (heldout29 gold: ``SURVEILLANCE TECHNOLOGIES AND INTELLIGENCE SHARING AT
# BORDERS``, there printed beside ``CHAPTER 3``); a capitals line after a blank line, or a
# division of its own, is a heading of its own.
BROKEN: list[tuple[str, str, list[Row]]] = [
    (
        "REPORT ON BORDER SECURITY 2027\n\nCHAPTER 3\n"
        "SURVEILLANCE TECHNOLOGIES AND INTELLIGENCE SHARING\nAT BORDERS\n\n"
        "1. States increasingly use biometric systems at land borders.\n\n"
        "2. Data sharing raises privacy questions.\n",
        "en",
        [
            ("Chapter 3", "SURVEILLANCE TECHNOLOGIES AND INTELLIGENCE SHARING AT BORDERS", None),
            ("1", None, None),
            ("2", None, None),
        ],
    ),
    (
        "RAPPORT SUR LA SÉCURITÉ DES FRONTIÈRES 2027\n\nCHAPITRE 3\n"
        "TECHNOLOGIES DE SURVEILLANCE ET PARTAGE DU RENSEIGNEMENT\nAUX FRONTIÈRES\n\n"
        "1. Les États recourent de plus en plus aux systèmes biométriques.\n\n"
        "2. Le partage des données soulève des questions.\n",
        "fr",
        [
            (
                "Chapter 3",
                "TECHNOLOGIES DE SURVEILLANCE ET PARTAGE DU RENSEIGNEMENT AUX FRONTIÈRES",
                None,
            ),
            ("1", None, None),
            ("2", None, None),
        ],
    ),
]
NOT_BROKEN: list[tuple[str, str, list[Row]]] = [
    (  # a blank line between: the capitals line below is a heading of its own
        "REPORT ON BORDER SECURITY 2027\n\nCHAPTER 3\n"
        "SURVEILLANCE TECHNOLOGIES AND INTELLIGENCE SHARING\n\nLAND BORDERS\n\n"
        "1. States increasingly use biometric systems at land borders.\n",
        "en",
        [
            ("Chapter 3", "SURVEILLANCE TECHNOLOGIES AND INTELLIGENCE SHARING", None),
            ("1", None, "LAND BORDERS"),
        ],
    ),
    (  # the next line is a division of its own, with its own title line
        "LOI N° 2027-04\n\nTITRE II\nDISPOSITIONS RELATIVES À LA SURVEILLANCE DES FRONTIÈRES\n"
        "CHAPITRE PREMIER\nDES CONTRÔLES\n\nArticle 3\nLes contrôles sont effectués par la "
        "police.\n",
        "fr",
        [
            ("Title II", "DISPOSITIONS RELATIVES À LA SURVEILLANCE DES FRONTIÈRES", None),
            ("Chapter 1", "DES CONTRÔLES", None),
            ("Article 3", None, None),
        ],
    ),
]

# The capitals line under a division's title line goes on with it only where a function
# word joins them (``… SHARING`` / ``AT BORDERS``, ``… DES`` / ``ASSOCIATIONS``): a capitals
# sub-heading of one or a few words is the section of the clauses below, and the body's
# first sentence in capitals is the article's text (both as at base).
_DISSOLUTION = "DISPOSITIONS GÉNÉRALES RELATIVES À LA DISSOLUTION DES ASSOCIATIONS"
BROKEN += [
    (
        "LOI RELATIVE À LA PRÉVENTION DES ACTES DE TERRORISME\n\nCHAPITRE 3\n"
        "DISPOSITIONS GÉNÉRALES RELATIVES À LA DISSOLUTION DES\nASSOCIATIONS\n\n"
        "1. Le ministre peut dissoudre une association.\n",
        "fr",
        [
            ("Chapter 3", _DISSOLUTION, None),
            ("1", None, None),
        ],
    ),
]
NOT_BROKEN += [
    (
        "COUNTER-TERRORISM AND BORDER SECURITY ACT 2027\n\nCHAPTER 3\n"
        "GENERAL PROVISIONS ON THE PROSCRIPTION OF ORGANISATIONS\nDEFINITIONS\n"
        '1. In this Chapter, "organisation" includes any association.\n\n'
        "2. The Secretary of State may proscribe an organisation.\n",
        "en",
        [
            ("Chapter 3", "GENERAL PROVISIONS ON THE PROSCRIPTION OF ORGANISATIONS", None),
            ("1", None, "DEFINITIONS"),
            ("2", None, "DEFINITIONS"),
        ],
    ),
    (
        "LOI RELATIVE À LA PRÉVENTION DES ACTES DE TERRORISME\n\nCHAPITRE 3\n"
        "DISPOSITIONS GÉNÉRALES RELATIVES À LA DISSOLUTION DES ASSOCIATIONS\nDÉFINITIONS\n"
        "1. Au sens du présent chapitre, « association » désigne tout groupement.\n\n"
        "2. Le ministre peut dissoudre une association.\n",
        "fr",
        [
            ("Chapter 3", _DISSOLUTION, None),
            ("1", None, "DÉFINITIONS"),
            ("2", None, "DÉFINITIONS"),
        ],
    ),
    (
        "ANNUAL REPORT 2027\n\nPART 2\nCOMBATING THE FINANCING OF TERRORISM ACROSS EUROPE\n"
        "SECTION A: LAND BORDERS\n1. Customs seized 1,200 items.\n\n2. The number grew.\n",
        "en",
        [
            ("Part 2", "COMBATING THE FINANCING OF TERRORISM ACROSS EUROPE", None),
            ("1", None, "SECTION A: LAND BORDERS"),
            ("2", None, "SECTION A: LAND BORDERS"),
        ],
    ),
]
NOT_BROKEN += [
    (  # a capitals sub-heading opening on an article, under a title ending on a noun
        "NATIONAL COUNTER-TERRORISM REVIEW 2027\n\nPART 2\n"
        "THE INSTITUTIONAL FRAMEWORK OF COUNTER-TERRORISM POLICY\n"
        "THE NATIONAL SECURITY COUNCIL\n1. The Council meets every month.\n",
        "en",
        [
            ("Part 2", "THE INSTITUTIONAL FRAMEWORK OF COUNTER-TERRORISM POLICY", None),
            ("1", None, "THE NATIONAL SECURITY COUNCIL"),
        ],
    ),
    (
        "REVUE NATIONALE DE LA LUTTE CONTRE LE TERRORISME 2027\n\nPARTIE 2\n"
        "LE CADRE INSTITUTIONNEL DE LA POLITIQUE ANTITERRORISTE\n"
        "LE CONSEIL DE DÉFENSE ET DE SÉCURITÉ NATIONALE\n1. Le Conseil se réunit chaque mois.\n",
        "fr",
        [
            ("Part 2", "LE CADRE INSTITUTIONNEL DE LA POLITIQUE ANTITERRORISTE", None),
            ("1", None, "LE CONSEIL DE DÉFENSE ET DE SÉCURITÉ NATIONALE"),
        ],
    ),
]
CAPITALS_BODY = [
    (
        "CONVENTION ON THE SUPPRESSION OF TERRORISM\n\nARTICLE 5\n"
        "OBLIGATIONS OF THE STATES PARTIES TO THIS CONVENTION\n"
        "EACH STATE PARTY SHALL ADOPT SUCH MEASURES.\n",
        "en",
        ("OBLIGATIONS OF THE STATES PARTIES TO THIS CONVENTION", "EACH STATE PARTY SHALL ADOPT"),
    ),
    (
        "CONVENTION POUR LA RÉPRESSION DU TERRORISME\n\nARTICLE 5\n"
        "OBLIGATIONS DES ÉTATS PARTIES À LA PRÉSENTE CONVENTION\n"
        "CHAQUE ÉTAT PARTIE ADOPTE LES MESURES.\n",
        "fr",
        ("OBLIGATIONS DES ÉTATS PARTIES À LA PRÉSENTE CONVENTION", "CHAQUE ÉTAT PARTIE ADOPTE"),
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CAPITALS_BODY)
def test_a_capitals_first_sentence_is_the_articles_text(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    article = next(c for c in doc.clauses() if c.number == "Article 5")
    assert (article.title, article.text[: len(expected[1])]) == expected


@pytest.mark.parametrize(("text", "lang", "rows"), BROKEN + NOT_BROKEN)
def test_a_title_in_capitals_broken_over_two_lines(text: str, lang: str, rows: list[Row]) -> None:
    assert _rows(text, lang) == rows
