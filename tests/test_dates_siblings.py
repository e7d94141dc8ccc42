"""Year-less dates of one clause share the year the first of them took (guidelines §2).

"The year the text makes plain": a clause that names several year-less events in
calendar order ("the festivals of Werchter (2-5 July), Dour and Namur (19 to 22
September)") tells them in one year, whatever slack the text's own date leaves to each
alone. A full stop, a semicolon or a colon ends the clause: the next sentence reads its
own year. Every expected value is worked out by hand; French and English side by side.
The written year (2025) stands more than two sentences back, out of reach, so that
the text's own date dates the first event.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._dates import find_dates

_FR = (
    "Des projets ont été déjoués en 2025 à Anvers et à Liège. "
    + (
        "La menace reste élevée dans tout le pays et les services restent mobilisés "
        "autour des lieux de rassemblement. "
    )
    * 3
)
_EN = (
    "Two plots were disrupted in 2025 in Antwerp and Liège. "
    + (
        "The threat remains high across the country and the services stay mobilised "
        "around places where crowds gather. "
    )
    * 3
)


def _year_less(text: str, lang: str, own: str) -> list[str]:
    return [h.value for h in find_dates(text, lang, own_date=own) if h.inferred_year]


@pytest.mark.parametrize(
    ("lang", "text", "own", "values"),
    [
        # events of one sentence between brackets, in calendar order
        (
            "fr",
            _FR + "Les festivals de Werchter (2-5 juillet), de Dour et les fêtes de Namur "
            "(19 au 22 septembre) sont concernés.",
            "2026-06-24",
            ["2026-07-02/2026-07-05", "2026-09-19/2026-09-22"],
        ),
        (
            "en",
            _EN + "Extra patrols cover the marathon on 28 June, the Pride march on 4 July and "
            "the carnival on 30 and 31 August.",
            "2026-06-15",
            ["2026-06-28", "2026-07-04", "2026-08-30/2026-08-31"],
        ),
        # a start and a day further in the clause, a comma and words between them
        (
            "fr",
            _FR + "Le dispositif couvre le Tour de France (à partir du 4 juillet) et, dans "
            "chaque région, les fêtes du 15 août.",
            "2026-06-20",
            ["2026-07-04", "2026-08-15"],
        ),
        (
            "en",
            _EN + "The summit runs on 1-2 July in Brussels, with a ministerial on 14 September "
            "in Riga.",
            "2026-06-20",
            ["2026-07-01/2026-07-02", "2026-09-14"],
        ),
    ],
)
def test_siblings_of_a_clause_share_a_year(
    lang: str, text: str, own: str, values: list[str]
) -> None:
    assert _year_less(text, lang, own) == values


@pytest.mark.parametrize(
    ("lang", "text", "own", "values"),
    [
        # out of calendar order: the later day in the text is the earlier event
        (
            "en",
            _EN + "The summit (3-4 July) follows the meeting of 12 March that set its agenda.",
            "2026-06-24",
            ["2026-07-03/2026-07-04", "2026-03-12"],
        ),
        (
            "fr",
            _FR + "Le sommet (3-4 juillet) suit la réunion du 12 mars qui en a fixé l'ordre "
            "du jour.",
            "2026-06-24",
            ["2026-07-03/2026-07-04", "2026-03-12"],
        ),
        # another sentence, or past a semicolon or a colon: its own reading of the year
        (
            "fr",
            _FR + "Le festival se tient du 2 au 5 juillet. Un bilan a été publié le 19 septembre.",
            "2026-06-24",
            ["2026-07-02/2026-07-05", "2025-09-19"],
        ),
        (
            "en",
            _EN + "The unit met on 3 March and adopted its plan; the board reviewed it on "
            "12 November.",
            "2026-04-10",
            ["2026-03-03", "2025-11-12"],
        ),
        (
            "fr",
            _FR + "La cellule s'est réunie le 3 mars : le plan a été adopté le 12 novembre.",
            "2026-04-10",
            ["2026-03-03", "2025-11-12"],
        ),
        # one clause whose first event is past: the later day is no sibling ahead
        (
            "en",
            _EN + "The unit met on 3 March and the board reviewed the plan on 12 November.",
            "2026-04-10",
            ["2026-03-03", "2025-11-12"],
        ),
        (
            "fr",
            _FR + "La cellule s'est réunie le 3 mars et le conseil a examiné le plan le "
            "12 novembre.",
            "2026-04-10",
            ["2026-03-03", "2025-11-12"],
        ),
    ],
)
def test_other_clauses_read_their_own_year(
    lang: str, text: str, own: str, values: list[str]
) -> None:
    assert _year_less(text, lang, own) == values


@pytest.mark.parametrize(
    ("lang", "text", "own", "values"),
    [
        # the later date is a thing done: a participle between the two, before the date
        (
            "en",
            _EN + "The summit of 3-4 July, whose agenda the board adopted on 12 November, "
            "will be held in Riga.",
            "2026-06-24",
            ["2026-07-03/2026-07-04", "2025-11-12"],
        ),
        (
            "fr",
            _FR + "Le sommet des 3 et 4 juillet, dont le conseil a adopté l'ordre du jour le "
            "12 novembre, se tiendra à Riga.",
            "2026-06-24",
            ["2026-07-03/2026-07-04", "2025-11-12"],
        ),
        # ... a past tense's word between them ("did", "l'ont fait", "avait été annoncé")
        (
            "en",
            _EN + "Entries close on 2 July, as they did on 19 September.",
            "2026-06-24",
            ["2026-07-02", "2025-09-19"],
        ),
        (
            "fr",
            _FR + "Les inscriptions ferment le 2 juillet, comme elles l'ont fait le 19 septembre.",
            "2026-06-24",
            ["2026-07-02", "2025-09-19"],
        ),
        (
            "en",
            _EN + "The festival (2-5 July) was announced on 19 September by the organisers.",
            "2026-06-24",
            ["2026-07-02/2026-07-05", "2025-09-19"],
        ),
        (
            "fr",
            _FR + "Le festival (2-5 juillet) avait été annoncé le 19 septembre par les "
            "organisateurs.",
            "2026-06-24",
            ["2026-07-02/2026-07-05", "2025-09-19"],
        ),
        # ... what came before ("follows up on", "fait suite à")
        (
            "en",
            _EN + "The summit on 3 July follows up on the 12 November attack in Paris.",
            "2026-06-24",
            ["2026-07-03", "2025-11-12"],
        ),
        (
            "fr",
            _FR + "Le sommet du 3 juillet fait suite à l'attentat du 12 novembre à Paris.",
            "2026-06-24",
            ["2026-07-03", "2025-11-12"],
        ),
        # a question mark closes the first's sentence
        (
            "en",
            _EN + "Will the summit go ahead on 3 July? The report published on 12 September "
            "says so.",
            "2026-06-24",
            ["2026-07-03", "2025-09-12"],
        ),
        (
            "fr",
            _FR + "Le sommet aura-t-il lieu le 3 juillet ? Le rapport publié le 12 septembre "
            "le dit.",
            "2026-06-24",
            ["2026-07-03", "2025-09-12"],
        ),
        # the later date's own word fixes its year: the latest such day, last year
        (
            "fr",
            _FR + "Le plan entre en vigueur le 1er juillet et remplace celui du 22 septembre "
            "dernier.",
            "2026-06-24",
            ["2026-07-01", "2025-09-22"],
        ),
        (
            "en",
            _EN + "The hearing on 2 July follows the attack of 19 September last year.",
            "2026-06-24",
            ["2026-07-02", "2025-09-19"],
        ),
        # ... or makes it an example, which takes no year (guidelines §2: none is plain)
        (
            "en",
            _EN + "The trial opens on 2 July, for example a hearing from 10 to 14 September.",
            "2026-06-24",
            ["2026-07-02", "--09-10/--09-14"],
        ),
        (
            "fr",
            _FR + "Le procès s'ouvre le 2 juillet, par exemple une audience du 10 au 14 septembre.",
            "2026-06-24",
            ["2026-07-02", "--09-10/--09-14"],
        ),
        # a printed weekday of the year before: Friday 19 September is 2025's, not 2026's
        (
            "en",
            _EN + "The meeting on Thursday 2 July and the review on Friday 19 September agreed.",
            "2026-06-24",
            ["2026-07-02", "2025-09-19"],
        ),
        (
            "fr",
            _FR + "La réunion du jeudi 2 juillet et la revue du vendredi 19 septembre sont "
            "prévues.",
            "2026-06-24",
            ["2026-07-02", "2025-09-19"],
        ),
        # the same shapes with none of these: one clause's events ahead, in one year
        (
            "en",
            _EN + "The patrols cover the summit (3-4 July), the marathon on 20 September and "
            "the fair from 10 to 12 October.",
            "2026-06-24",
            ["2026-07-03/2026-07-04", "2026-09-20", "2026-10-10/2026-10-12"],
        ),
        (
            "fr",
            _FR + "Les patrouilles couvrent le sommet (3-4 juillet), le marathon du 20 "
            "septembre et la foire du 10 au 12 octobre.",
            "2026-06-24",
            ["2026-07-03/2026-07-04", "2026-09-20", "2026-10-10/2026-10-12"],
        ),
        (
            "en",
            _EN + "The meeting on Thursday 2 July and the review on Saturday 19 September.",
            "2026-06-24",
            ["2026-07-02", "2026-09-19"],
        ),
        (
            "fr",
            _FR + "La réunion du jeudi 2 juillet et la revue du samedi 19 septembre.",
            "2026-06-24",
            ["2026-07-02", "2026-09-19"],
        ),
    ],
)
def test_later_dates_made_past_keep_their_own_year(
    lang: str, text: str, own: str, values: list[str]
) -> None:
    assert _year_less(text, lang, own) == values
