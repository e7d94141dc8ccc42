"""A run-in title closed by a full stop that no sibling shares (guidelines §1a: a run-in
title ends at a colon or a full stop): a head noun, a preposition and a noun (``Disclosure
of suspicions.``, ``Déclaration des soupçons.``) leave no room for a verb, so they name and
stay the title; a short first sentence with its verb (``Banks reported suspicions.``)
stays the text (heldout33 gold, ``5.6 Exchange of information. The National …``).

French and English rows side by side; the expected values read off the texts by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _paper(first: str, title_line: str, last: str, heading: str) -> str:
    paragraphs = f"4.1    {first}\n\n4.2    {title_line}\n\n4.3    {last}\n"
    return f"Consultation paper\n\n{heading}\n\n{paragraphs}"


_EN = (
    "The Government intends to extend the offences of fund-raising to cover all\nforms of "
    "terrorism, whatever its origin.",
    "The Government will consult the banks on the guidance to be issued to their staff.",
    "Financing",
)
_FR = (
    "Le Gouvernement entend étendre les infractions de collecte de fonds à toutes\nles "
    "formes de terrorisme, quelle qu'en soit l'origine.",
    "Le Gouvernement consultera les banques sur les instructions données à leur personnel.",
    "Financement",
)


@pytest.mark.parametrize(
    ("lang", "title_line", "title", "first"),
    [
        (
            "en",
            "Disclosure of suspicions. Banks and other institutions will be required to\n"
            "report any suspicion that funds are intended for terrorism.",
            "Disclosure of suspicions",
            "Banks and other institutions",
        ),
        (
            "fr",
            "Déclaration des soupçons. Les banques et les autres établissements devront\n"
            "déclarer tout soupçon que des fonds sont destinés au terrorisme.",
            "Déclaration des soupçons",
            "Les banques et les autres",
        ),
        (
            "en",
            "Banks reported suspicions. Institutions will be required to report any\n"
            "suspicion that funds are intended for terrorism.",
            None,
            "Banks reported suspicions. Institutions",
        ),
        (
            "fr",
            "Les banques déclarent. Les établissements devront déclarer tout soupçon que\n"
            "des fonds sont destinés au terrorisme.",
            None,
            "Les banques déclarent. Les",
        ),
        # a past participle and the word naming its doer: a passive sentence, no name
        (
            "en",
            "Adopted by consensus. The Assembly approved the guidance to be issued to\n"
            "banks on funds intended for terrorism.",
            None,
            "Adopted by consensus. The",
        ),
        (
            "fr",
            "Adopté par consensus. L'Assemblée a approuvé les instructions données aux\n"
            "banques sur les fonds destinés au terrorisme.",
            None,
            "Adopté par consensus. L",
        ),
    ],
)
def test_a_lone_head_of_noun_title(
    lang: str, title_line: str, title: str | None, first: str
) -> None:
    first_par, last_par, heading = _EN if lang == "en" else _FR
    clauses = parse_text(_paper(first_par, title_line, last_par, heading)).clauses()
    assert [c.number for c in clauses] == ["4.1", "4.2", "4.3"]
    assert [c.title for c in clauses] == [None, title, None]
    assert clauses[1].text.startswith(first)
    assert {c.section for c in clauses} == {heading}
