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


# An act whose articles state their rules, two of them naming themselves ("This Article
# applies to …", "Cette disposition ne s'applique pas …") under an unnumbered heading: the
# opener is followed by the rule, not by a comment, and two articles of five are no
# commentary part, so every article stays a clause (guidelines §1a). Reviewer's shapes.
NAMING_ACT = {
    "fr": (
        "Loi n° 2027-14 relative à la sécurité des frontières\n\n"
        "Dispositions générales\n\n"
        "Article 1er – Objet\n"
        "La présente loi fixe les règles du contrôle des voyageurs aux frontières.\n\n"
        "Article 2 – Champ d'application\n"
        "Cet article s'applique à toute personne entrant sur le territoire, y compris les "
        "mineurs.\n\n"
        "Article 3 – Définitions\n"
        "Au sens de la présente loi, on entend par « voyageur » toute personne physique.\n\n"
        "Article 4 – Exceptions\n"
        "Cette disposition ne s'applique pas aux membres des missions diplomatiques.\n\n"
        "Article 5 – Entrée en vigueur\n"
        "La présente loi entre en vigueur le 1er mars 2027.\n"
    ),
    "en": (
        "Counter-Terrorism (Border Security) Act 2027\n\n"
        "General provisions\n\n"
        "Article 1 – Subject matter\n"
        "This Act lays down rules on the screening of travellers at the border.\n\n"
        "Article 2 – Scope\n"
        "This Article applies to every person entering or leaving the territory, including "
        "minors.\n\n"
        "Article 3 – Definitions\n"
        'For the purposes of this Act, "traveller" means any natural person.\n\n'
        "Article 4 – Exceptions\n"
        "This Article shall not apply to members of diplomatic missions.\n\n"
        "Article 5 – Entry into force\n"
        "This Act shall enter into force on 1 March 2027.\n"
    ),
}

# The same act with its two articles' rules alone: the share guard holds even where the
# verbs are not listed (two openers of five articles are no commentary).
FEW_OPENERS = {
    lang: text.replace("Cet article s'applique", "Cet article vise")
    .replace("Cette disposition ne s'applique pas", "Cette disposition exclut")
    .replace("This Article applies", "This Article covers")
    .replace("This Article shall not apply", "This Article excludes")
    for lang, text in NAMING_ACT.items()
}

# Two articles of three naming themselves to state their rule: the verb guard holds where
# the share would not.
NORMATIVE_PAIR = {
    "fr": (
        "Loi n° 2027-15 relative aux contrôles aux frontières\n\n"
        "Dispositions finales\n\n"
        "Article 7\n"
        "Cet article s'applique aux voyageurs mineurs.\n\n"
        "Article 8\n"
        "Cette disposition entre en vigueur le 1er mars 2027.\n\n"
        "Article 9\n"
        "Le ministre de l'Intérieur est chargé de l'exécution de la présente loi.\n"
    ),
    "en": (
        "Border Checks Act 2027\n\n"
        "Final provisions\n\n"
        "Article 7\n"
        "This Article applies to travellers who are minors.\n\n"
        "Article 8\n"
        "This provision enters into force on 1 March 2027.\n\n"
        "Article 9\n"
        "The Minister of the Interior is responsible for implementing this Act.\n"
    ),
}


@pytest.mark.parametrize("texts", [NAMING_ACT, FEW_OPENERS], ids=["normative", "few"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_two_of_an_acts_articles_naming_themselves_leave_every_article(
    texts: dict[str, str], lang: str
) -> None:
    numbers = [c.number for c in parse_text(texts[lang]).clauses()]
    assert numbers == [f"Article {n}" for n in range(1, 6)]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_articles_naming_themselves_to_state_their_rule_stay_clauses(lang: str) -> None:
    numbers = [c.number for c in parse_text(NORMATIVE_PAIR[lang]).clauses()]
    assert numbers == ["Article 7", "Article 8", "Article 9"]
