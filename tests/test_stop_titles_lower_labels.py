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
