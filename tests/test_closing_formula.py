"""A decision's closing formula after its operative part belongs to no clause
(data/models/layout.toml ``signature``; guidelines §1: a clause's text runs up to the next
clause or heading, and a signature block is no part of the last clause's text).

The class (first sight and base of heldout34 and heldout42): a judgment or an opinion ends
on the formula that says where, when and by whom it was given (``Ainsi prononcé à
Bruxelles, en audience publique …``, ``Dated, delivered and signed at Arusha this 24th day
…``); read as text, it ran on into the last numbered clause's text. Variants in other
shapes (other verbs, other numbering: paragraphs, articles, subsections; a Markdown
page) and negative rows of the same shape (a paragraph opening on ``Ainsi,`` or on a
participle that says, under a numbered paragraph), French and English side by side; every
expected value worked out by hand from the guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

CASES = [
    # (text, language, the last clause's number, its whole text)
    (
        "PAR CES MOTIFS, LA COUR\n\n1. Rejette le pourvoi.\n\n2. Condamne le demandeur aux"
        " dépens.\n\nAinsi jugé et prononcé par la Cour en son audience publique du 3 mars"
        " 2026.\n\nLe Président, J. Martin\n",
        "fr",
        "2",
        "Condamne le demandeur aux dépens.",
    ),
    (
        "DISPOSITIF\n\nArticle 1er. La requête est rejetée.\n\nArticle 2. Les dépens sont"
        " réservés.\n\nAinsi délibéré et arrêté à Luxembourg, le 4 avril 2025.\n",
        "fr",
        "Article 2",
        "Les dépens sont réservés.",
    ),
    (
        "## Décision\n\n1. La demande est rejetée.\n\n2. Chaque partie supporte ses frais.\n\n"
        "Ainsi fait à Dakar, le 9 juin 2026.\n",
        "fr",
        "2",
        "Chaque partie supporte ses frais.",
    ),
    (
        "ORDERS\n\n1. The appeal is dismissed.\n\n2. Each party shall bear its own costs.\n\n"
        "Dated and delivered at Nairobi this 17th day of July, 2026.\n\n"
        "J. Mwangi, Judge of Appeal\n",
        "en",
        "2",
        "Each party shall bear its own costs.",
    ),
    (
        "ORDERS\n\n(1) The application is refused.\n\n(2) No order as to costs.\n\n"
        "Given under my hand and sealed at Kingston on 2 May 2026.\n",
        "en",
        "(2)",
        "No order as to costs.",
    ),
    (
        "## Judgment\n\n14. The reference succeeds in part.\n\n15. It is so ordered.\n\n"
        "Delivered and signed at Arusha this 24th day of September, 2026.\n",
        "en",
        "15",
        "It is so ordered.",
    ),
    # negative rows: the same opening words in a sentence that goes on the paragraph
    (
        "MOTIFS\n\n1. Le requérant invoque la violation de la loi.\n\nAinsi, la Cour prononce"
        " la nullité de la procédure.\n\n2. Les dépens sont réservés.\n",
        "fr",
        "1",
        "Le requérant invoque la violation de la loi.\nAinsi, la Cour prononce la nullité de"
        " la procédure.",
    ),
    (
        "FINDINGS\n\n1. The Minister spoke at the summit.\n\nDelivered at the summit in May,"
        " the speech set out the plan in full.\n\n2. The plan was adopted.\n",
        "en",
        "1",
        "The Minister spoke at the summit.\nDelivered at the summit in May, the speech set"
        " out the plan in full.",
    ),
    (
        "FINDINGS\n\n1. The order was made in March.\n\nDated 5 March 2026, it froze the"
        " accounts.\n\n2. The appeal followed.\n",
        "en",
        "1",
        "The order was made in March.\nDated 5 March 2026, it froze the accounts.",
    ),
    # the formula's participle set before a sentence's subject, or on a line with a verb of
    # its own: a body sentence, the clause's text (review of session 44)
    (
        "PROCÉDURE\n\n1. Le programme de travail est adopté chaque année.\n\nAinsi arrêté,"
        " le programme comprend cinq actions prioritaires.\n\n2. Le comité rend compte.\n",
        "fr",
        "1",
        "Le programme de travail est adopté chaque année.\nAinsi arrêté, le programme"
        " comprend cinq actions prioritaires.",
    ),
    (
        "PROCÉDURE\n\n1. Le comité adopte son rapport en mai.\nAinsi fait, le rapport est"
        " transmis au Parlement avant le 30 juin.\n\n2. Le comité rend compte.\n",
        "fr",
        "1",
        "Le comité adopte son rapport en mai.\nAinsi fait, le rapport est transmis au"
        " Parlement avant le 30 juin.",
    ),
    (
        "APPLICATIONS\n\n1. The form shall be returned to the Ministry.\n\nDated and signed"
        " by the applicant, it shall reach the Ministry within ten days.\n\n2. The Ministry"
        " acknowledges receipt.\n",
        "en",
        "1",
        "The form shall be returned to the Ministry.\nDated and signed by the applicant, it"
        " shall reach the Ministry within ten days.",
    ),
    (
        "POWERS\n\n1. The powers are those of the Act.\nGiven under my hand the Minister may"
        " delegate them to the Director.\n\n2. No order as to costs.\n",
        "en",
        "1",
        "The powers are those of the Act.\nGiven under my hand the Minister may delegate"
        " them to the Director.",
    ),
    # and the formula of the same shapes still ends the clause: participles chained by a
    # comma, a month that reads as a verb
    (
        "PAR CES MOTIFS\n\n1. Rejette l'appel.\n\n2. Condamne l'appelant aux dépens.\n\n"
        "Ainsi fait, jugé et prononcé par la Cour d'appel de Dakar, le 9 juin 2026.\n",
        "fr",
        "2",
        "Condamne l'appelant aux dépens.",
    ),
    (
        "ORDERS\n\n1. The appeal is allowed.\n\n2. The respondent shall pay the costs.\n\n"
        "Dated and delivered at Nairobi this 5th day of May, 2026.\n",
        "en",
        "2",
        "The respondent shall pay the costs.",
    ),
]


@pytest.mark.parametrize(("text", "lang", "number", "expected"), CASES)
def test_closing_formula_ends_the_last_clause(
    text: str, lang: str, number: str, expected: str
) -> None:
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    clauses = {c.number: c.text for c in doc.clauses()}
    assert clauses[number] == expected


@pytest.mark.parametrize(
    ("case", "formula"), [(0, "Ainsi jugé et prononcé"), (3, "Dated and delivered at Nairobi")]
)
def test_closing_formula_is_kept_in_the_body(case: int, formula: str) -> None:
    """Set apart from the clause, the formula is still the document's (no text dropped)."""
    text, lang, _number, _expected = CASES[case]
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    assert any(formula in b.text for b in doc.blocks())
