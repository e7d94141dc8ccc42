"""A participle of a thing done before a year-less date ("a protocol signed in June")
makes it past, unless a future passive keeps it ahead ("will be formally signed in
September", "sera remis au ministre et publié en novembre") or a future verb follows it
in its clause ("organisé par Europol le 15 septembre réunira des experts")."""

from __future__ import annotations

import pytest

from ctdocs.extract._dates import find_dates


@pytest.mark.parametrize(
    ("lang", "text", "own", "values"),
    [
        # a participle of a thing done a few words before a year-less date: the future word
        # earlier in the clause no longer reaches it, it is on or before the own date
        (
            "en",
            "The police would act, supported by the army, under a protocol signed in June.",
            "2026-08-19",
            ["2026-06"],
        ),
        (
            "fr",
            "La police interviendra avec l'armée dans le cadre du protocole signé en juin.",
            "2026-08-19",
            ["2026-06"],
        ),
        # nor may it lie ahead of the own date in the year its clause wrote: last August
        (
            "en",
            "The Chair reported on the Bureau meeting of 14 April 2026 and on the event "
            "held in New York on 21 August.",
            "2026-06-02",
            ["2026-04-14", "2025-08-21"],
        ),
        (
            "fr",
            "La présidente a rendu compte de la réunion du 14 avril 2026 et de la conférence "
            "organisée à New York le 21 août.",
            "2026-06-02",
            ["2026-04-14", "2025-08-21"],
        ),
        # a future passive keeps the date ahead
        (
            "en",
            "The next workshop will be held in Nairobi on 3 August.",
            "2026-06-02",
            ["2026-08-03"],
        ),
        (
            "fr",
            "La prochaine convention sera signée à Nairobi le 3 août.",
            "2026-06-02",
            ["2026-08-03"],
        ),
        # an adverb between the future passive's "be" and its participle keeps it ahead
        (
            "en",
            "Report, 2 June 2026. The agreement will be formally signed in September.",
            "2026-06-02",
            ["2026-06-02", "2026-09"],
        ),
        (
            "en",
            "Report, 2 June 2026. The summit is expected to be officially launched on 3 October.",
            "2026-06-02",
            ["2026-06-02", "2026-10-03"],
        ),
        (
            "fr",
            "Rapport, le 2 juin 2026. La convention sera ensuite signée le 3 octobre.",
            "2026-06-02",
            ["2026-06-02", "2026-10-03"],
        ),
        # a participle joined to a future passive before it is as much ahead
        (
            "fr",
            "Rapport, le 2 juin 2026. Le rapport final sera remis au ministre et publié en "
            "novembre.",
            "2026-06-02",
            ["2026-06-02", "2026-11"],
        ),
        (
            "en",
            "Report, 2 June 2026. The Strategy will be reviewed, and an updated version "
            "published in November.",
            "2026-06-02",
            ["2026-06-02", "2026-11"],
        ),
        (
            "en",
            "Report, 2 June 2026. Next year the ministers will meet; the protocol is to be "
            "signed in September and the action plan adopted in October.",
            "2026-06-02",
            ["2026-06-02", "2026-09", "2026-10"],
        ),
        # a future verb after the date in its clause: the thing is still to be done
        (
            "fr",
            "Rapport, le 2 juin 2026. Le ministre se rendra à Bruxelles; l'accord, une fois "
            "signé le 15 septembre, entrera en vigueur.",
            "2026-06-02",
            ["2026-06-02", "2026-09-15"],
        ),
        (
            "en",
            "Report, 2 June 2026. A workshop organised by Europol on 15 September will bring "
            "together experts.",
            "2026-06-02",
            ["2026-06-02", "2026-09-15"],
        ),
        (
            "fr",
            "Rapport, le 2 juin 2026. Un séminaire organisé par Europol le 15 septembre "
            "réunira des experts.",
            "2026-06-02",
            ["2026-06-02", "2026-09-15"],
        ),
    ],
)
def test_a_thing_done_is_past(lang: str, text: str, own: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang, own_date=own)] == values
