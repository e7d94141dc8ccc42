"""Run-in titles closed by a full stop over a short body, and titles whose first word reads
as a verb (ctdocs.structure._stoptitles; guidelines §1a: a run-in title ends at a colon or
a full stop).

``2.3. Method. The reviewer visited eight prisons.``: the body is one short sentence, so
the first part may be a title or a first sentence alike; ``2.2. Attacks on staff. …``: the
first word reads as a verb would (``Calls upon the …``). Both are titles where the
siblings beside them are titled, the paragraph's text where they are not. French and
English side by side; the expected titles and first words were worked out by hand from
§1a, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _clauses(text: str, lang: str) -> dict[str, tuple[str | None, list[str]]]:
    """Each clause's title and the first three words of its text."""
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    return {c.number: (c.title, c.text.split()[:3]) for c in doc.clauses()}


TITLED = {
    "en": """REVIEW OF PRISON SECURITY

2.1. Overcrowding. Prisons hold a fifth more prisoners than they were built for, and
the wings for terrorist offenders are full.

2.2. Attacks on staff. Since 2020 there have been three attacks in prisons of the region.

2.3. Method. The reviewer visited eight prisons.
""",
    "fr": """CONTRÔLE DE LA SÉCURITÉ DES PRISONS

2.1. Surpopulation. Les prisons accueillent un cinquième de détenus de plus que prévu, et
les quartiers réservés aux auteurs d'infractions terroristes sont pleins.

2.2. Appels à la réforme. Les syndicats demandent des surveillants supplémentaires dans
chaque quartier.

2.3. Méthode. Le contrôleur a visité huit prisons.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_short_body_keeps_its_title_among_titled_siblings(lang: str) -> None:
    """``2.3`` says one short sentence after its title; its siblings are titled."""
    want = {
        "en": ("Method", ["The", "reviewer", "visited"]),
        "fr": ("Méthode", ["Le", "contrôleur", "a"]),
    }
    assert _clauses(TITLED[lang], lang)["2.3"] == want[lang]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_title_opening_like_a_verb_stays_between_titled_siblings(lang: str) -> None:
    """``Attacks on staff``, ``Appels à la réforme``: titled on both sides, a title."""
    want = {
        "en": ("Attacks on staff", ["Since", "2020", "there"]),
        "fr": ("Appels à la réforme", ["Les", "syndicats", "demandent"]),
    }
    assert _clauses(TITLED[lang], lang)["2.2"] == want[lang]


UNTITLED = {
    "en": """COUNCIL REPORT

5. The Council met in Brussels on 3 March 2026 and reviewed the implementation of the plan
of action against terrorism.

6. Member States reported progress. Ten did so.

7. Calls for reform. Unions demanded more officers in every wing of the prison estate.

8. The Council will meet again in the autumn of 2026 to review the plan of action.
""",
    "fr": """RAPPORT DU CONSEIL

5. Le Conseil s'est réuni à Bruxelles le 3 mars 2026 et a examiné la mise en œuvre du plan
d'action contre le terrorisme.

6. Dix États progressent. Cinq non.

7. Appels à la réforme. Les syndicats demandent des surveillants dans chaque quartier.

8. Le Conseil se réunira de nouveau à l'automne 2026 pour examiner le plan d'action.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(
    ("number", "first"),
    [
        ("6", {"en": ["Member", "States", "reported"], "fr": ["Dix", "États", "progressent."]}),
        ("7", {"en": ["Calls", "for", "reform."], "fr": ["Appels", "à", "la"]}),
    ],
)
def test_among_untitled_siblings_both_are_the_text(
    lang: str, number: str, first: dict[str, list[str]]
) -> None:
    """No sibling titled: the short first sentence and the verb-like one are text."""
    assert _clauses(UNTITLED[lang], lang)[number] == (None, first[lang])


ABBREVIATED = {
    "en": """RATIFICATIONS IN THE REGION

1. Grenada. The Government deposited its instrument in 2002 after a debate in Parliament.

2. St. Lucia ratified it.

3. Dominica. The Government deposited its instrument in 2004 after a debate in Parliament.
""",
    "fr": """RATIFICATIONS DANS LA RÉGION

1. Guyane. Le préfet a transmis le rapport en 2002 après un débat au conseil régional.

2. Gén. Durand a signé.

3. Martinique. Le préfet a transmis le rapport en 2004 après un débat au conseil régional.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_abbreviation_s_stop_over_a_short_body_is_no_title(lang: str) -> None:
    """``St.`` and ``Gén.`` close an abbreviation, not a title: ``2`` keeps its whole
    sentence as text though its siblings are titled."""
    want = {"en": (None, ["St.", "Lucia", "ratified"]), "fr": (None, ["Gén.", "Durand", "a"])}
    assert _clauses(ABBREVIATED[lang], lang)["2"] == want[lang]
