"""The document's domains are its clauses' union plus those its unnumbered text
addresses (guidelines, section 4; ``ctdocs.extract.document_codes``): words that a
clause holds without taking them up count for the document only when the whole text
says them again and again. French and English side by side; expected tags by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs._knowledge import load_domains
from ctdocs._vocab import Language
from ctdocs.extract import DomainWeights, document_codes

# two different weak words of MARITIME ("harbours"/"bâtiments de mer", "ports"): together they
# reach the document threshold (2 x 0.5), one alone does not reach a clause's (0.6)
TITLE = {
    "en": "# Decree on the national committee\n\n",
    "fr": "# Décret portant création du comité national\n\n",
}
PREAMBLE = {
    "en": "Fishing harbours were used in attacks on the ports of the coast.\n\n",
    "fr": "Des bâtiments de mer ont servi à des attaques contre les ports de la côte.\n\n",
}
PLAIN = {
    "en": "The committee was set up in 2024.\n\n",
    "fr": "Le comité a été créé en 2024.\n\n",
}
ARTICLES = {
    # each article holds one of the two words: neither is tagged MARITIME
    "en": "## Article 1\n\nThe committee shall meet every month with the owners of fishing "
    "harbours.\n\n## Article 2\n\nThe committee shall report every year on the ports of the "
    "region.\n",
    "fr": "## Article 1\n\nLe comité se réunit chaque mois avec les propriétaires de bâtiments "
    "de mer.\n\n## Article 2\n\nLe comité rend compte chaque année de l'activité des ports "
    "de la région.\n",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_unnumbered_text_tags_the_document(language: Language) -> None:
    doc = parse_text(TITLE[language] + PREAMBLE[language] + ARTICLES[language], language)
    assert [c.domains for c in doc.clauses()] == [(), ()]
    assert doc.domains == ["MARITIME"]  # the preamble's two words, 1.0


@pytest.mark.parametrize("language", ["en", "fr"])
def test_words_the_clauses_did_not_take_up_do_not(language: Language) -> None:
    """The same two words, one in each article and none in the preamble: 1.0 over the
    whole text (the document's domain before), 0 outside the clauses."""
    doc = parse_text(TITLE[language] + PLAIN[language] + ARTICLES[language], language)
    assert [c.domains for c in doc.clauses()] == [(), ()]
    assert doc.domains == []


def _weights(weight: float, outside: float, in_headings: float = 0.0) -> DomainWeights:
    return DomainWeights(
        weight={"MARITIME": weight},
        outside={"MARITIME": outside},
        in_headings={"MARITIME": in_headings},
        in_clauses={"INTEL"},
    )


@pytest.mark.parametrize(
    ("weight", "outside", "in_headings", "tagged"),
    [
        (1.0, 1.0, 0.0, True),  # all of it in the unnumbered text
        (1.5, 1.0, 0.0, True),  # the unnumbered text's 1.0 is enough, whatever the clauses add
        (1.0, 0.5, 0.0, False),  # a word in a paragraph, one in a clause that did not take it
        (1.5, 0.0, 0.0, False),  # three weak words scattered over clauses that took none
        (2.0, 0.0, 0.0, True),  # two strong hits over the whole text: said again and again
        (1.0, 1.0, 1.0, False),  # a section heading's alone names a field, not a subject
        (2.0, 1.0, 1.0, True),  # the heading and words under it elsewhere
    ],
)
def test_document_codes_reads_the_unnumbered_text_then_the_whole(
    weight: float, outside: float, in_headings: float, tagged: bool
) -> None:
    scoring = load_domains().scoring
    assert (scoring.document_threshold, scoring.document_whole_threshold) == (1.0, 2.0)
    chosen = document_codes(_weights(weight, outside, in_headings), scoring)
    assert chosen == ({"INTEL", "MARITIME"} if tagged else {"INTEL"})  # the clauses' union always
