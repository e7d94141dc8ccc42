"""The orders a Commonwealth judgment prints before its reasons (numbering.toml
``annex.leading_parts``): ``THE COURT ORDERS THAT:`` or ``ORDER`` over ``1.``, ``2.``, then
the reasons numbering afresh from ``1.``: the orders are a number space of their own, cited
``Order 1``, up to the next heading, and the reasons keep the plain numbers. Where nothing
numbers afresh, or the word is not the whole heading, or the heading comes after numbered
paragraphs (an act's note ``Order``), no space opens. French and English rows side by side
(a French court puts its operative part last: test_clause_operative_parts.py).

Each text is written for the test; the expected numbers were worked out by hand, never
copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

ORDERS = {
    "en": ("The application be dismissed.", "The applicant pay the respondent's costs."),
    "fr": ("La requête est rejetée.", "Le requérant supporte les dépens."),
}
REASONS = {
    "en": (
        "REASONS FOR JUDGMENT",
        "The applicant seeks review of the decision.",
        "The decision was made on 4 August 2025.",
    ),
    "fr": (
        "MOTIFS DU JUGEMENT",
        "Le requérant demande l'annulation de la décision.",
        "La décision a été prise le 4 août 2025.",
    ),
}


CAPTION = {
    "en": "Haddad v Minister for Foreign Affairs [2026] FCA 512",
    "fr": "Haddad c. Ministre des Affaires étrangères, 2026 CF 512",
}


def _judgment(lang: str, heading: str, first: int = 1) -> str:
    a, b = ORDERS[lang]
    head, r1, r2 = REASONS[lang]
    orders = f"{CAPTION[lang]}\n\n{heading}\n\n1. {a}\n\n2. {b}\n\n"
    return f"{orders}{head}\n\n{first}. {r1}\n\n{first + 1}. {r2}\n"


@pytest.mark.parametrize(
    ("lang", "heading"),
    [("en", "THE COURT ORDERS THAT:"), ("en", "ORDER"), ("en", "Orders")],
)
def test_orders_before_reasons_are_a_space(lang: str, heading: str) -> None:
    doc = parse_text(_judgment(lang, heading), language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["Order 1", "Order 2", "1", "2"]
    first = doc.clause("Order 1")
    assert first is not None and first.text == ORDERS[lang][0]
    reason = doc.clause("1")
    assert reason is not None and reason.text == REASONS[lang][1]


@pytest.mark.parametrize(
    ("lang", "heading", "first"),
    [
        ("en", "ORDER", 3),  # the reasons run on from the orders: one numbering
        ("fr", "ORDONNANCE", 3),
        ("en", "ORDER MADE BY: SMITH J", 1),  # not the whole heading
        ("fr", "DISPOSITIF ANTICIPÉ", 1),  # no leading part in French
    ],
)
def test_no_space_without_a_fresh_numbering(lang: str, heading: str, first: int) -> None:
    doc = parse_text(_judgment(lang, heading, first), language=lang)  # type: ignore[arg-type]
    numbers = [c.number for c in doc.clauses()]
    assert not any(n.startswith("Order") for n in numbers)
    assert numbers[:2] == ["1", "2"]


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        (
            "en",
            "1. The Minister may make orders.\n\nOrder\n\n2. An order is published.\n\n1. Again.\n",
        ),
        (
            "fr",
            "1. Le ministre peut prendre des arrêtés.\n\nOrder\n\n2. L'arrêté est publié."
            "\n\n1. De nouveau.\n",
        ),
    ],
)
def test_a_note_after_numbers_opens_no_space(lang: str, body: str) -> None:
    doc = parse_text(body, language=lang)  # type: ignore[arg-type]
    assert not any(c.number.startswith("Order") for c in doc.clauses())
