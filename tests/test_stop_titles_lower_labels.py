"""An item's label in lower case closed by a colon is its run-in title (guidelines §1a: a
run-in title ends at a colon): ``a) capacité financière : chiffre …``. Lower case, such a
label could as well be a sentence's lead-in, so it is one only among siblings labelled so
too, and only when it names (no function word first, no verb)."""

from __future__ import annotations

import pytest

import ctdocs
from ctdocs._vocab import Language

# a tender notice's criteria, lettered, French spacing before the colon
_FR_LETTERED = (
    "5. Les exigences en matière de qualifications sont :\n"
    "a) capacité financière : chiffre d'affaires annuel au moins égal à 900 000 000 FCFA ;\n"
    "b) expérience : au moins deux marchés similaires exécutés ;\n"
    "c) capacité technique : un service après-vente établi en Afrique de l'Ouest.\n"
)
# a call for proposals' criteria, bracketed letters, no space before the colon
_EN_BRACKETED = (
    "4. Proposals are assessed on the following criteria:\n"
    "(a) technical approach: clarity of the methodology and work plan;\n"
    "(b) relevant experience: at least two similar projects in the region;\n"
    "(c) local partnerships: letters of support from community organisations.\n"
)
# numbered paragraphs under a roman heading, each opening on its lower-case label
_FR_ROMAN = (
    "II. Conditions d'éligibilité\n\n"
    "(i) statut juridique : une organisation enregistrée depuis deux ans au moins ;\n"
    "(ii) gouvernance : un conseil d'administration indépendant ;\n"
    "(iii) ancrage local : une présence dans les communes visées.\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "titles"),
    [
        ("fr", _FR_LETTERED, {"5(a)": "capacité financière", "5(c)": "capacité technique"}),
        ("en", _EN_BRACKETED, {"4(a)": "technical approach", "4(c)": "local partnerships"}),
        ("fr", _FR_ROMAN, {"(i)": "statut juridique", "(iii)": "ancrage local"}),
    ],
    ids=["fr-lettered", "en-bracketed", "fr-roman"],
)
def test_a_lower_case_label_closed_by_a_colon_is_the_title(
    lang: Language, text: str, titles: dict[str, str]
) -> None:
    doc = ctdocs.parse_text(text, lang)
    got = {c.number: c.title for c in doc.clauses()}
    assert {n: got.get(n) for n in titles} == titles


# the same shape on ordinary items: a lead-in opening on a function word, a lone label
# among untitled siblings, a sentence whose colon introduces a quotation or a list
_FR_LEAD_INS = (
    "6. Les candidats respectent les conditions suivantes :\n"
    "a) les personnes suivantes : les candidats établis au Sénégal ;\n"
    "b) toute offre : elle est déposée au plus tard le 27 avril ;\n"
    "c) dans tous les cas : le dossier est complet.\n"
)
_EN_LONE = (
    "7. The Authority may:\n"
    "(a) suspend the licence where the operator fails to report;\n"
    "(b) in particular: require a new inspection;\n"
    "(c) publish its decision on its website.\n"
)
_FR_LONE = (
    "8. Le ministre peut :\n"
    "a) suspendre l'agrément lorsque l'exploitant ne déclare pas l'incident ;\n"
    "b) mesures urgentes : ordonner une inspection ;\n"
    "c) publier sa décision au Journal officiel.\n"
)
_EN_SAYS = (
    "9. Member States shall report:\n"
    "(a) the names of: the operators concerned;\n"
    "(b) the measures taken: freezing or seizure;\n"
    "(c) the dates of: each transfer.\n"
)


# a definitions list has the same shape, every item labelled: "term : meaning" is its text
_FR_DEFINITIONS = (
    "Article 2\n"
    "Au sens du présent décret, on entend par :\n"
    "1° drone : tout aéronef circulant sans personne à bord ;\n"
    "2° télépilote : toute personne physique qui commande un drone ;\n"
    "3° zone sensible : tout périmètre entourant une installation.\n"
)
_EN_DEFINITIONS = (
    "3. For the purposes of this Regulation:\n"
    "(a) critical site: a facility whose disruption would affect national security;\n"
    "(b) operator: a person who controls an unmanned aircraft;\n"
    "(c) restricted zone: the airspace above and around a critical site.\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "numbers"),
    [
        ("fr", _FR_DEFINITIONS, ["Article 2(1°)", "Article 2(2°)", "Article 2(3°)"]),
        ("en", _EN_DEFINITIONS, ["3(a)", "3(b)", "3(c)"]),
        ("fr", _FR_LEAD_INS, ["6(a)", "6(b)", "6(c)"]),
        ("en", _EN_LONE, ["7(a)", "7(b)", "7(c)"]),
        ("fr", _FR_LONE, ["8(a)", "8(b)", "8(c)"]),
        ("en", _EN_SAYS, ["9(a)", "9(b)", "9(c)"]),
    ],
    ids=[
        "fr-definitions",
        "en-definitions",
        "fr-function-words",
        "en-lone",
        "fr-lone",
        "en-function-words",
    ],
)
def test_a_lower_case_lead_in_is_no_title(lang: Language, text: str, numbers: list[str]) -> None:
    doc = ctdocs.parse_text(text, lang)
    got = {c.number: c.title for c in doc.clauses()}
    assert {n: got.get(n, "missing") for n in numbers} == dict.fromkeys(numbers)


# a definitions list under a heading, its lead-in a paragraph of its own (no parent clause
# to read it in), or a lead-in worded "au sens du présent article", "In this Regulation"
_EN_HEADED_DEFINITIONS = (
    "Section 11\n\n"
    "In this Act:\n\n"
    "(a) funds: assets of every kind, whether tangible or intangible;\n\n"
    "(b) property: real and personal property of every description;\n\n"
    "(c) terrorist group: an entity listed under section 3.\n"
)
_FR_HEADED_DEFINITIONS = (
    "Dispositions générales\n\n"
    "Dans le présent arrêté :\n\n"
    "a) exploitant : la personne qui met en œuvre le système ;\n\n"
    "b) autorité : le préfet territorialement compétent ;\n\n"
    "c) site : tout périmètre protégé.\n"
)
_FR_DU_ARTICLE = (
    "Article 2\n"
    "Au sens du présent article :\n"
    "a) drone : tout aéronef circulant sans personne à bord ;\n"
    "b) télépilote : la personne qui contrôle les évolutions du drone ;\n"
    "c) exploitant : la personne qui met en œuvre le drone.\n"
)
_EN_IN_THIS_REGULATION = (
    "3. In this Regulation:\n"
    "(a) critical site: a facility whose disruption would affect national security;\n"
    "(b) operator: a person who controls an unmanned aircraft;\n"
    "(c) restricted zone: the airspace above and around a critical site.\n"
)
# an amending list's cross-references, a timetable's dates: a figure, no title
_EN_AMENDMENTS = (
    "4. The Schedule to the Act is amended as follows:\n"
    '(a) paragraph 4: for "three" substitute "five";\n'
    "(b) paragraph 5: omit sub-paragraph (2);\n"
    '(c) paragraph 7: after "officer" insert "or constable".\n'
)
_FR_TIMETABLE = (
    "6. Le calendrier de mise en œuvre est le suivant :\n"
    "a) janvier 2025 : publication des textes d'application ;\n"
    "b) juin 2025 : entrée en vigueur des obligations de déclaration ;\n"
    "c) décembre 2025 : premier rapport au Parlement.\n"
)
# an elided article opens the phrase, as "les" does
_FR_ELIDED = (
    "8. Les rôles sont répartis comme suit :\n"
    "a) l'exploitant : il tient le registre des incidents ;\n"
    "b) l'autorité : elle contrôle le registre ;\n"
    "c) l'organisme agréé : il audite le système.\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "numbers"),
    [
        ("en", _EN_HEADED_DEFINITIONS, ["(a)", "(b)", "(c)"]),
        ("fr", _FR_HEADED_DEFINITIONS, ["(a)", "(b)", "(c)"]),
        ("fr", _FR_DU_ARTICLE, ["Article 2(a)", "Article 2(b)", "Article 2(c)"]),
        ("en", _EN_IN_THIS_REGULATION, ["3(a)", "3(b)", "3(c)"]),
        ("en", _EN_AMENDMENTS, ["4(a)", "4(b)", "4(c)"]),
        ("fr", _FR_TIMETABLE, ["6(a)", "6(b)", "6(c)"]),
        ("fr", _FR_ELIDED, ["8(a)", "8(b)", "8(c)"]),
    ],
    ids=[
        "en-headed-definitions",
        "fr-headed-definitions",
        "fr-au-sens-du",
        "en-in-this-regulation",
        "en-cross-references",
        "fr-dates",
        "fr-elided-article",
    ],
)
def test_definitions_references_and_dates_are_no_title(
    lang: Language, text: str, numbers: list[str]
) -> None:
    doc = ctdocs.parse_text(text, lang)
    got = {c.number: c.title for c in doc.clauses()}
    assert {n: got.get(n, "missing") for n in numbers} == dict.fromkeys(numbers)


# the same shapes where the items are labelled criteria: under a heading, a lead-in that
# defines nothing; a label that holds no figure
_EN_HEADED_CRITERIA = (
    "Section 9\n\n"
    "The applicant must show:\n\n"
    "(a) financial capacity: a turnover of at least EUR 1 million;\n\n"
    "(b) technical ability: two similar contracts in the last three years;\n\n"
    "(c) local presence: an office in the region.\n"
)
_FR_SANCTIONS = (
    "9. Les sanctions sont les suivantes :\n"
    "a) premier manquement : un avertissement ;\n"
    "b) récidive : une amende de 10 000 euros ;\n"
    "c) manquement grave : le retrait de l'agrément.\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "titles"),
    [
        ("en", _EN_HEADED_CRITERIA, {"(a)": "financial capacity", "(b)": "technical ability"}),
        ("fr", _FR_SANCTIONS, {"9(a)": "premier manquement", "9(b)": "récidive"}),
    ],
    ids=["en-headed-criteria", "fr-no-figure"],
)
def test_labelled_criteria_keep_their_titles(
    lang: Language, text: str, titles: dict[str, str]
) -> None:
    doc = ctdocs.parse_text(text, lang)
    got = {c.number: c.title for c in doc.clauses()}
    assert {n: got.get(n) for n in titles} == titles
