"""A ministry's or a directorate's name that lists its portfolios (``Ministry of Gender,
Children and Social Protection``) is one mention; a second body after the coordinator
is not part of it. Texts written for these tests; expected values checked by hand
against the annotation guidelines (§3: a body's full name is one surface form)."""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs._knowledge import load_actor_shapes


def _surfaces(text: str, lang: str) -> set[str]:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text for a in doc.actors for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # a list of portfolios closed by "and" / "et": the whole list is the name
        (
            "en",
            "The Ministry of Gender, Children and Social Protection shall support victims.",
            "Ministry of Gender, Children and Social Protection",
        ),
        (
            "fr",
            "Le Ministère de la Femme, de la Famille et de l'Enfance soutient les victimes.",
            "Ministère de la Femme, de la Famille et de l'Enfance",
        ),
        (
            "fr",
            "Les stocks sont agréés par le Ministère de la Production et de "
            "l'Industrialisation Agricoles sont autorisés.",
            "Ministère de la Production et de l'Industrialisation Agricoles",
        ),
        # a letterhead in capitals drops the articles; the list may wrap to the next line (a
        # mention's text joins the lines)
        (
            "fr",
            "MINISTERE DE L'INTERIEUR, SECURITE,\nDECENTRALISATION ET AFFAIRES COUTUMIERES\n\n"
            "La présente circulaire s'applique.",
            "MINISTERE DE L'INTERIEUR, SECURITE, DECENTRALISATION ET AFFAIRES COUTUMIERES",
        ),
        (
            "en",
            "MINISTRY OF INTERIOR, SECURITY AND CIVIL PROTECTION\n\nThis circular applies.",
            "MINISTRY OF INTERIOR, SECURITY AND CIVIL PROTECTION",
        ),
    ],
)
def test_a_list_of_portfolios_is_part_of_the_name(lang: str, text: str, surface: str) -> None:
    assert surface in _surfaces(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "surface", "not_surface"),
    [
        # a known body after the coordinator: two bodies
        (
            "en",
            "The Department of Justice and Europol met in The Hague.",
            "Department of Justice",
            "Department of Justice and Europol",
        ),
        (
            "fr",
            "Une note conjointe du ministère de l'Intérieur et de la Commission européenne.",
            "ministère de l'Intérieur",
            "ministère de l'Intérieur et de la Commission européenne",
        ),
        # a head noun opening an item names another body
        (
            "en",
            "The Ministry of Defence, Police and Customs agreed on the plan.",
            "Ministry of Defence",
            "Ministry of Defence, Police and Customs",
        ),
        (
            "fr",
            "La Direction du Déminage et de la Cellule technique a signé.",
            "Direction du Déminage",
            "Direction du Déminage et de la Cellule technique",
        ),
        # a French item in mixed case with no article: a second name, not a portfolio
        (
            "fr",
            "Le Ministère de la Justice et France Victimes ont signé la convention.",
            "Ministère de la Justice",
            "Ministère de la Justice et France Victimes",
        ),
    ],
)
def test_a_second_body_after_the_coordinator_is_not_a_portfolio(
    lang: str, text: str, surface: str, not_surface: str
) -> None:
    found = _surfaces(text, lang)
    assert surface in found
    assert not_surface not in found


@pytest.mark.parametrize(
    ("lang", "opens"),
    [("fr", {"de", "du", "des", "d'"}), ("en", set()), ("de", set())],
)
def test_the_article_each_item_repeats_is_data_per_language(lang: str, opens: set[str]) -> None:
    # French repeats the genitive before each portfolio, English none; a language the
    # file does not name has none either (no item rule, as in English)
    articles = load_actor_shapes().organ.portfolio_articles
    assert articles is not None
    assert set(articles.of(lang)) == opens
