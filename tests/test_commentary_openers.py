"""Articles an opinion or a report comments on one by one, under a heading whose words are
not a commentary heading's (``Observations particulières``, ``Specific comments``), known by
their comments opening on the article's name (``Cet article …``, ``This article …``;
structure._commentary, data ``commentary_openers``): their numbers are the bill's, not the
text's (guidelines §1: provisions of another instrument cited in a document are content, their
numbers not the document's). An act's own articles, which state their rules, stay clauses.
Expected values are decided by hand from the guidelines; the texts are our own, one per
language and shape."""

from __future__ import annotations

import pytest

from ctdocs import parse_text

OPINION = {
    "fr": (
        "AVIS DU CONSEIL D'ÉTAT SUR LE PROJET DE LOI N° 8123 RELATIF AUX DRONES\n\n"
        "Par dépêche du 3 mars 2026, le Premier ministre a saisi le Conseil d'État.\n\n"
        "Considérations générales\n\n"
        "Le projet vise à encadrer la neutralisation des drones au-dessus des sites sensibles.\n\n"
        "Observations particulières\n\n"
        "Article 1er\n"
        "L'article sous avis définit l'objet de la loi. Il n'appelle pas d'observation.\n\n"
        "Article 2\n"
        "Le Conseil d'État demande que la notion de site sensible soit précisée.\n\n"
        "Article 3\n"
        "Cet article n'appelle pas d'observation.\n\n"
        "Ainsi délibéré en séance plénière le 18 novembre 2026.\n"
    ),
    "en": (
        "OPINION OF THE ADVISORY COUNCIL ON THE COUNTER-TERRORISM (DRONES) BILL\n\n"
        "By letter of 3 March 2026 the Minister requested the Council's opinion.\n\n"
        "General remarks\n\n"
        "The bill seeks to regulate the neutralisation of drones over sensitive sites.\n\n"
        "Specific comments\n\n"
        "Article 1 – Purpose\n"
        "This article sets out the purpose of the bill. It calls for no comment.\n\n"
        "Article 2 – Sensitive sites\n"
        "The Council asks that the notion of sensitive site be defined more precisely.\n\n"
        "Article 3 – Entry into force\n"
        "This article calls for no comment.\n\n"
        "Adopted in plenary session on 18 November 2026.\n"
    ),
}

ACT = {
    "fr": (
        "LOI N° 2026-14 RELATIVE À LA NEUTRALISATION DES DRONES\n\n"
        "Chapitre premier – Dispositions générales\n\n"
        "Article 1er\n"
        "La présente loi fixe les conditions de neutralisation des drones.\n\n"
        "Article 2\n"
        "Les sites sensibles sont désignés par arrêté du ministre.\n\n"
        "Article 3\n"
        "Cet article entre en vigueur le lendemain de sa publication.\n"
    ),
    "en": (
        "DRONES (NEUTRALISATION) ACT 2026\n\n"
        "Part 1 – General\n\n"
        "Article 1\n"
        "This Act sets the conditions for neutralising drones.\n\n"
        "Article 2\n"
        "Sensitive sites are designated by order of the Minister.\n\n"
        "Article 3\n"
        "This article enters into force on the day after its publication.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_articles_whose_comments_name_them_are_the_bills(lang: str) -> None:
    doc = parse_text(OPINION[lang])
    assert [c.number for c in doc.clauses()] == []
    # the comments stay in the text
    said = "n'appelle pas d'observation" if lang == "fr" else "calls for no comment"
    assert said in " ".join(b.text for b in doc.blocks())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_one_article_naming_itself_leaves_an_acts_articles(lang: str) -> None:
    numbers = [c.number for c in parse_text(ACT[lang]).clauses()]
    assert numbers[-3:] == ["Article 1", "Article 2", "Article 3"]
