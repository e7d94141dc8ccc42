"""How far the year of the dates just before reaches a year-less date (ctdocs.extract._datereach;
guidelines §2: "the year the text makes plain — its own date, or the year of the dates just
before").

The pooled first-sight class: a year-less day given an older year from a date of another
paragraph (heldout29 fr12: "… s'applique depuis le 30 décembre 2024." then "9. Exemple. …
le 4 mars" in a text of June 2026, gold 2026). The variants are in other shapes (a case study,
a list item); the negative rows are of the same shape where the year before is plain: a dated
heading over the paragraph (the corpus's NATO timeline), a list's items that run on in one
sentence (heldout12 en09), one paragraph. Every expected value was worked out by hand.
French and English side by side.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._datereach import reaches
from ctdocs.extract._dates import find_dates


@pytest.mark.parametrize(
    ("lang", "text", "own", "values"),
    [
        # a new numbered paragraph takes up the text's present
        (
            "fr",
            "L'ACPR rappelle que le règlement s'applique depuis le 30 décembre 2024.\n\n"
            "9. Exemple. Un établissement de paiement constate, le 4 mars, qu'un virement est "
            "destiné à une association.",
            "2026-06-11",
            ["2024-12-30", "2026-03-04"],
        ),
        (
            "en",
            "The Authority recalls that the regulation has applied since 30 December 2024.\n\n"
            "9. Case study. A payment institution notes, on 4 March, that a transfer is meant "
            "for an association.",
            "2026-06-11",
            ["2024-12-30", "2026-03-04"],
        ),
        # a list item under a paragraph that ends on an older month
        (
            "en",
            "The previous plan ran until November 2025.\n\n"
            "- The working group meets on 12 February to agree the new plan.",
            "2026-01-20",
            ["2025-11", "2026-02-12"],
        ),
        (
            "fr",
            "Le plan précédent courait jusqu'en novembre 2025.\n\n"
            "- Le groupe de travail se réunit le 12 février pour arrêter le nouveau plan.",
            "2026-01-20",
            ["2025-11", "2026-02-12"],
        ),
        # a paragraph of prose runs on in the story: the year just before stays
        # (neither a numbered point nor a list's item nor a heading opens it)
        (
            "en",
            "On 12 May 2024, the Council adopted the national action plan.\n\n"
            "On 3 June, the Unit published its first typology report.",
            "2026-10-15",
            ["2024-05-12", "2024-06-03"],
        ),
        (
            "fr",
            "Le 12 mai 2024, le Conseil a adopté le plan d'action national.\n\n"
            "Le 3 juin, la cellule a publié son premier rapport de typologies.",
            "2026-10-15",
            ["2024-05-12", "2024-06-03"],
        ),
        (
            "en",
            "The attack took place on the evening of 13 November 2024.\n\n"
            "The first units arrived on the scene within minutes.\n\n"
            "On 14 November, the prosecutor opened a terrorism investigation.",
            "2026-02-02",
            ["2024-11-13", "2024-11-14"],
        ),
        (
            "fr",
            "L'attentat a eu lieu dans la soirée du 13 novembre 2024.\n\n"
            "Les premières unités sont arrivées sur place en quelques minutes.\n\n"
            "Le 14 novembre, le parquet a ouvert une enquête pour terrorisme.",
            "2026-02-02",
            ["2024-11-13", "2024-11-14"],
        ),
        # a timeline's entries, each opened by its date: the year runs on down the list
        (
            "en",
            "- 13 November 2024: the attack on the concert hall left ninety people dead.\n\n"
            "- 14 November: the prosecutor opened a terrorism investigation.",
            "2026-02-02",
            ["2024-11-13", "2024-11-14"],
        ),
        (
            "fr",
            "- 13 novembre 2024 : l'attentat contre la salle de concert a fait quatre-vingt-dix "
            "morts.\n\n- 14 novembre : le parquet a ouvert une enquête pour terrorisme.",
            "2026-02-02",
            ["2024-11-13", "2024-11-14"],
        ),
        # negative rows of that shape: an item whose date does not open it is a new point
        (
            "en",
            "- The previous plan ran until November 2025.\n\n"
            "- The working group meets on 12 February to agree the new plan.",
            "2026-01-20",
            ["2025-11", "2026-02-12"],
        ),
        (
            "fr",
            "- Le plan précédent courait jusqu'en novembre 2025.\n\n"
            "- Le groupe de travail se réunit le 12 février pour arrêter le nouveau plan.",
            "2026-01-20",
            ["2025-11", "2026-02-12"],
        ),
        # negative rows: a list's items after a colon or "; and" run on in one sentence
        # (heldout12 en09's shape)
        (
            "en",
            "In 2025, the team was dispatched twice:\n\n(a) to West Africa, after the attack of "
            "17 November 2025; and\n\n(b) to a South Asian country, for a hostage incident in May.",
            "2026-09-15",
            ["2025", "2025-11-17", "2025-05"],
        ),
        (
            "fr",
            "En 2025, l'équipe a été dépêchée deux fois :\n\na) en Afrique de l'Ouest, après "
            "l'attentat du 17 novembre 2025 ;\n\nb) en Asie du Sud, lors d'une prise d'otages "
            "en mai.",
            "2026-09-15",
            ["2025", "2025-11-17", "2025-05"],
        ),
        # negative rows: a dated heading over the paragraph, one paragraph
        (
            "fr",
            "Septembre 2021\n\nToutes les forces s'étant retirées en août, la mission s'achève "
            "début septembre.",
            "2023-12-13",
            ["2021-09", "2021-08", "2021-09"],
        ),
        (
            "en",
            "September 2021\n\nWith all forces withdrawn in August, the mission ended in early "
            "September.",
            "2023-12-13",
            ["2021-09", "2021-08", "2021-09"],
        ),
        (
            "fr",
            "En novembre 2025, le comité a adopté le plan ; il s'est réuni à nouveau le "
            "12 décembre.",
            "2026-06-11",
            ["2025-11", "2025-12-12"],
        ),
        (
            "en",
            "In November 2025 the committee adopted the plan; it met again on 12 December.",
            "2026-06-11",
            ["2025-11", "2025-12-12"],
        ),
    ],
)
def test_the_year_just_before_stays_in_its_paragraph(
    lang: str, text: str, own: str, values: list[str]
) -> None:
    assert [h.value for h in find_dates(text, lang, own_date=own)] == values


@pytest.mark.parametrize(
    ("text", "year", "day", "reached"),
    [
        # one paragraph; a dated heading over the next; a paragraph of prose before it
        (
            "Le règlement s'applique depuis le 30 décembre 2024. Puis le 4 mars",
            "2024",
            "4 mars",
            True,
        ),
        ("Septembre 2021\n\nLa mission s'achève début septembre", "2021", "début", True),
        (
            "Le règlement s'applique depuis le 30 décembre 2024.\n\n9. Puis le 4 mars",
            "2024",
            "4 mars",
            False,
        ),
        (
            "The regulation has applied since 30 December 2024.\n\n9. Then on 4 March",
            "2024",
            "4 March",
            False,
        ),
        # too far back: about two sentences at most
        (
            "In 2024 the plan began. " + "The work went on. " * 12 + "It ended on 4 March",
            "2024",
            "4 March",
            False,
        ),
    ],
)
def test_reaches(text: str, year: str, day: str, reached: bool) -> None:
    assert reaches(text, text.index(year) + len(year), text.index(day)) is reached
