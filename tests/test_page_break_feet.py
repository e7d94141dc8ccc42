"""A page's foot at a page break, French and English side by side
(``ctdocs.layout._segment`` and ``ctdocs.layout._running``).

A foot set in columns (the document's symbol, a wide gap, the page's number) is a running
foot even when the next page opens on a line in columns of its own (a numbered item's
heading): that line is across the break, not a row of the same table. And a line printed
as page 1's foot and again as every later page's head is furniture on each page, though
the foot and the next head stand only a line apart (the break is between them). The
texts are written by hand; each expected value is read off them.
"""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

FOOT = "CDCT(2026)9                                                              {n}"
ITEMS = {
    "fr": (
        "Point 4.   Recommandation sur les terroristes isolés",
        "4.1   Le rapporteur a présenté le projet de recommandation au Comité, qui l'a "
        "examiné article par article.",
        "Point 5.   Profils nationaux de capacité antiterroriste",
        "5.1   Le Comité a pris note des profils nationaux mis à jour de trois États.",
    ),
    "en": (
        "Item 4.   Recommendation on terrorists acting alone",
        "4.1   The Rapporteur presented the draft recommendation to the Committee, which "
        "examined it article by article.",
        "Item 5.   Country profiles on counter-terrorism capacity",
        "5.1   The Committee took note of the updated country profiles of three States.",
    ),
}


def _report(lang: str) -> str:
    head4, para4, head5, para5 = ITEMS[lang]
    return (
        f"{para4}\n\n{FOOT.format(n=1)}\n\f{head4}\n\n{para4}\n\n"
        f"{FOOT.format(n=2)}\n\f{head5}\n\n{para5}\n\n{FOOT.format(n=3)}\n"
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_foot_in_columns_over_a_page_break_is_furniture(lang: str) -> None:
    units = segment(normalise(_report(lang), markdown=False))
    feet = [u for u in units if u.text.startswith("CDCT")]
    assert [u.text.split()[-1] for u in feet] == ["1", "2", "3"]
    assert all(u.noise == "page-footer" for u in feet), [(u.noise, u.text) for u in feet]
    heads = [u for u in units if u.text.startswith(("Point", "Item"))]
    assert len(heads) == 2 and all(u.noise is None for u in heads)


RUNNING = {
    "fr": "Rapporteur indépendant sur la législation antiterroriste        Le terrorisme en prison",
    "en": "Independent Reviewer of Terrorism Legislation           Terrorism in Prisons",
}
PARAS = {
    "fr": (
        "Le présent rapport examine la gestion du risque terroriste dans les prisons.",
        "2.     LA MENACE EN DÉTENTION",
        "2.1.   Les drones sont devenus la principale voie d'entrée des téléphones.",
        "3.     LES QUARTIERS DE SÉPARATION",
        "3.1.   Les quartiers de séparation ont été ouverts en 2017 et en 2018.",
        "4.     RÉSUMÉ DES RECOMMANDATIONS",
        "4.1.   Le ministère devrait publier chaque année des statistiques.",
    ),
    "en": (
        "This report reviews the management of terrorist risk in prisons.",
        "2.     THE THREAT IN CUSTODY",
        "2.1.   Drones are now the main route by which mobile phones enter prisons.",
        "3.     SEPARATION CENTRES",
        "3.1.   Separation centres were opened in 2017 and in 2018.",
        "4.     SUMMARY OF RECOMMENDATIONS",
        "4.1.   The Ministry of Justice should publish annual statistics.",
    ),
}
NUMBER = "                                                                             {n}"


def _review(lang: str) -> str:
    run = RUNNING[lang]
    intro, *rest = PARAS[lang]
    pages = [f"{intro}\n\n{run}\n{NUMBER.format(n=1)}\n"]
    for n, (head, para) in enumerate(zip(rest[::2], rest[1::2], strict=True), start=2):
        pages.append(f"\n{run}\n\n{head}\n\n{para}\n\n{NUMBER.format(n=n)}\n")
    return "\f".join(pages)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_line_printed_as_a_foot_then_as_each_head_is_furniture_on_every_page(
    lang: str,
) -> None:
    units = segment(normalise(_review(lang), markdown=False))
    key = RUNNING[lang].split()[0]
    prints = [u for u in units if u.text.startswith(key)]
    assert len(prints) == 4
    assert all(u.noise in {"page-header", "page-footer"} for u in prints), [
        (u.noise, u.text) for u in prints
    ]
