"""A numbered paragraph's first line read as its heading, given back to its text where no
sibling of its number space has a title (ctdocs.structure._lonelines; guidelines §1: a
title is a run-in or heading title that belongs to the number; §1a: a numbered heading
stands alone on its line, its body on the next).

The class (first sight and base of heldout24, heldout26, heldout41, and heldout17): a
paragraph's first line breaks early (a quotation, a page's markup, a hyphened name at the
margin), so the line reader takes it for a numbered heading over the body; the sibling
paragraphs around it are untitled and the "title" says (a subject and its verb). Variants
in other shapes (plain text under roman and letter sections, an HTML page's paragraphs)
and negative rows of the same shape (a naming heading among untitled paragraphs, a saying
heading among titled siblings, a heading set by markup) side by side in French and
English; every expected value worked out by hand from the guidelines, never copied from
output.
"""

from __future__ import annotations

from typing import Literal

import pytest

from ctdocs import parse_text

Layout = Literal["text", "markdown", "html"]


def _clauses(text: str, lang: str, layout: Layout) -> dict[str, tuple[str | None, list[str]]]:
    """Each clause's title and the first four words of its text."""
    doc = parse_text(text, language=lang, layout=layout)  # type: ignore[arg-type]
    return {c.number: (c.title, c.text.split()[:4]) for c in doc.clauses()}


QUOTED = {
    "en": """REPORT OF THE THIRTY-FIRST ANNUAL MEETING

I. OPENING

1. The thirty-first annual meeting of the Committee was held in Accra on 4 and 5 March 2026.
2. Eleven member States were represented at the meeting.

II. SECURITY SITUATION

3. Delegations noted the spread of the terrorist threat towards the coastal States.
4. The delegation of Ghana presented the results of the joint operation
"Koudalgou IV", conducted from 2 to 9 March 2026 with the police of Togo and Benin.
5. Several delegations stressed the role of motorcycle taxis in the logistics of armed groups.
""",
    "fr": """COMPTE RENDU DE LA RÉUNION DU COMITÉ

A. OUVERTURE

1. La réunion s'est tenue à Lomé les 4 et 5 mars 2026 sous la présidence du Togo.
2. Douze États membres étaient représentés.

B. SITUATION SÉCURITAIRE

3. Les délégations ont relevé l'extension de la menace vers le nord des États côtiers.
4. La délégation du Bénin a présenté le bilan de l'opération conjointe
« Djidjoho II », menée du 2 au 9 mars 2026 avec les polices du Togo et du Niger.
5. Plusieurs délégations ont souligné le rôle des sites d'orpaillage dans la logistique.
""",
}

QUOTED_FIRST = {
    "en": ["The", "delegation", "of", "Ghana"],
    "fr": ["La", "délégation", "du", "Bénin"],
}

PAGE = {
    "en": """<html><body><h1>Judgment of the Supreme Court</h1>
<p>(1) The appeal concerns the sentence for participation in a terrorist organisation.</p>
<p>(2) The District Court sentenced A to imprisonment for four years.</p>
<p>(3) I vote for this</p>
<p>JUDGMENT: The sentence is set at imprisonment for three years.</p>
<p>(4) The costs of the appeal are borne by the State.</p>
</body></html>
""",
    "fr": """<html><body><h1>Arrêt de la Cour suprême</h1>
<p>(1) Le pourvoi porte sur la peine prononcée pour participation à une organisation terroriste.</p>
<p>(2) Le tribunal a condamné A à quatre ans d'emprisonnement.</p>
<p>(3) Je vote en ce sens</p>
<p>ARRÊT : La peine est fixée à trois ans d'emprisonnement.</p>
<p>(4) Les frais du pourvoi sont à la charge de l'État.</p>
</body></html>
""",
}

PAGE_FIRST = {"en": ["I", "vote", "for", "this"], "fr": ["Je", "vote", "en", "ce"]}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_paragraphs_first_line_broken_before_a_quotation_is_its_text(lang: str) -> None:
    got = _clauses(QUOTED[lang], lang, "text")
    assert got["4"] == (None, QUOTED_FIRST[lang])
    assert got["3"][0] is None and got["5"][0] is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_short_paragraph_of_a_page_among_untitled_ones_is_no_heading(lang: str) -> None:
    got = _clauses(PAGE[lang], lang, "html")
    assert got["(3)"] == (None, PAGE_FIRST[lang])


# negative rows: the same shape, a number and a line over a body, where a title it is

NAMING = {
    "en": """ANNUAL REPORT OF THE COMMISSION

1. The Commission met four times during the year under review.
2. Background
The Commission was established in 2019 to review counter-terrorism legislation.
3. The Commission received twelve submissions from civil society.
""",
    "fr": """RAPPORT ANNUEL DE LA COMMISSION

1. La Commission s'est réunie quatre fois au cours de l'année.
2. Cadre juridique applicable
La Commission a été créée en 2019 pour examiner la législation antiterroriste.
3. La Commission a reçu douze contributions de la société civile.
""",
}

NAMING_TITLE = {
    "en": ("Background", ["The", "Commission", "was", "established"]),
    "fr": ("Cadre juridique applicable", ["La", "Commission", "a", "été"]),
}

TITLED = {
    "en": """NATIONAL STRATEGY

1. Context
The threat has changed since 2015.
2. The threat keeps evolving across the region
Attacks now target soft targets in coastal towns.
3. Priorities
The strategy sets four priorities.
""",
    "fr": """STRATÉGIE NATIONALE

1. Contexte
La menace a changé depuis 2015.
2. La menace continue d'évoluer dans la région
Les attaques visent désormais des cibles vulnérables.
3. Priorités
La stratégie fixe quatre priorités.
""",
}

TITLED_TITLE = {
    "en": ("The threat keeps evolving across the region", ["Attacks", "now", "target", "soft"]),
    "fr": (
        "La menace continue d'évoluer dans la région",
        ["Les", "attaques", "visent", "désormais"],
    ),
}

MARKED = {
    "en": """# Meeting report

1. The Committee met in Accra on 4 March 2026.

## 2. The delegation of Ghana presented the results of the operation

The operation led to 43 arrests.

3. The Committee adopted its report.
""",
    "fr": """# Compte rendu

1. Le Comité s'est réuni à Lomé le 4 mars 2026.

## 2. La délégation du Bénin a présenté le bilan de l'opération

L'opération a permis 43 interpellations.

3. Le Comité a adopté son rapport.
""",
}

MARKED_TITLE = {
    "en": "The delegation of Ghana presented the results of the operation",
    "fr": "La délégation du Bénin a présenté le bilan de l'opération",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_naming_heading_among_untitled_paragraphs_keeps_its_title(lang: str) -> None:
    assert _clauses(NAMING[lang], lang, "text")["2"] == NAMING_TITLE[lang]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_saying_heading_among_titled_siblings_keeps_its_title(lang: str) -> None:
    assert _clauses(TITLED[lang], lang, "text")["2"] == TITLED_TITLE[lang]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_heading_set_by_markup_keeps_its_title(lang: str) -> None:
    assert _clauses(MARKED[lang], lang, "markdown")["2"][0] == MARKED_TITLE[lang]


# a long naming heading over a new sentence, and a heading opened by a determiner, among
# untitled paragraphs: headings (guidelines §1a), where a line that goes on with its
# sentence below, or says after its first word, is the paragraph's first line

LONG = {
    "en": """ANNUAL REPORT OF THE OVERSIGHT COMMITTEE

1. The Committee met six times during 2025 and held two public hearings.
2. Strengthening the oversight of intelligence services and counter-terrorism police
The Committee reviewed the new legal framework adopted in March 2025.
3. The Committee received fourteen complaints from members of the public.
""",
    "fr": """RAPPORT ANNUEL DE LA COMMISSION DE CONTRÔLE

1. La Commission s'est réunie six fois en 2025 et a tenu deux auditions publiques.
2. Renforcement du contrôle des services de renseignement et de la police antiterroriste
La Commission a examiné le nouveau cadre juridique adopté en mars 2025.
3. La Commission a reçu quatorze réclamations du public.
""",
}

LONG_TITLE = {
    "en": (
        "Strengthening the oversight of intelligence services and counter-terrorism police",
        ["The", "Committee", "reviewed", "the"],
    ),
    "fr": (
        "Renforcement du contrôle des services de renseignement et de la police antiterroriste",
        ["La", "Commission", "a", "examiné"],
    ),
}

LONG_GOES_ON = {
    "en": """ANNUAL REPORT OF THE OVERSIGHT COMMITTEE

1. The Committee met six times during 2025 and held two public hearings.
2. Strengthening the oversight of intelligence services and counter-terrorism
police forces was the main theme of its hearings in 2025.
3. The Committee received fourteen complaints from members of the public.
""",
    "fr": """RAPPORT ANNUEL DE LA COMMISSION DE CONTRÔLE

1. La Commission s'est réunie six fois en 2025 et a tenu deux auditions publiques.
2. Le renforcement du contrôle des services de renseignement et de la police
antiterroriste a été le thème principal de ses auditions en 2025.
3. La Commission a reçu quatorze réclamations du public.
""",
}

LONG_GOES_ON_FIRST = {
    "en": ["Strengthening", "the", "oversight", "of"],
    "fr": ["Le", "renforcement", "du", "contrôle"],
}

OURS = {
    "en": """STATEMENT BY THE MINISTERS

1. The Ministers met in Lomé on 4 March 2026 to review the security situation.
2. Our commitments
The Ministers agreed to pool their intelligence on armed groups.
3. The Ministers will meet again in Accra in 2027.
""",
    "fr": """DÉCLARATION DES MINISTRES

1. Les ministres se sont réunis à Lomé le 4 mars 2026 pour examiner la situation.
2. Nos engagements
Les ministres sont convenus de mettre en commun leurs renseignements.
3. Les ministres se réuniront à nouveau à Accra en 2027.
""",
}

OURS_TITLE = {
    "en": ("Our commitments", ["The", "Ministers", "agreed", "to"]),
    "fr": ("Nos engagements", ["Les", "ministres", "sont", "convenus"]),
}

OURS_SAYING = {
    "en": """STATEMENT BY THE MINISTERS

1. The Ministers met in Lomé on 4 March 2026 to review the security situation.
2. Our delegations have shared their findings
The findings cover the border areas of the four States.
3. The Ministers will meet again in Accra in 2027.
""",
    "fr": """DÉCLARATION DES MINISTRES

1. Les ministres se sont réunis à Lomé le 4 mars 2026 pour examiner la situation.
2. Nos délégations ont partagé leurs constats
Les constats portent sur les zones frontalières des quatre États.
3. Les ministres se réuniront à nouveau à Accra en 2027.
""",
}

OURS_SAYING_FIRST = {
    "en": ["Our", "delegations", "have", "shared"],
    "fr": ["Nos", "délégations", "ont", "partagé"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_long_naming_heading_over_a_new_sentence_keeps_its_title(lang: str) -> None:
    assert _clauses(LONG[lang], lang, "text")["2"] == LONG_TITLE[lang]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_long_first_line_going_on_below_is_the_paragraphs_text(lang: str) -> None:
    assert _clauses(LONG_GOES_ON[lang], lang, "text")["2"] == (None, LONG_GOES_ON_FIRST[lang])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_heading_opened_by_a_determiner_keeps_its_title(lang: str) -> None:
    assert _clauses(OURS[lang], lang, "text")["2"] == OURS_TITLE[lang]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_line_that_says_after_its_determiner_is_the_paragraphs_text(lang: str) -> None:
    assert _clauses(OURS_SAYING[lang], lang, "text")["2"] == (None, OURS_SAYING_FIRST[lang])
