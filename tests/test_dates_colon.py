"""A year-less date in a list opened by a colon takes the tense of the verb before the
colon (guidelines §2: "the year the text makes plain"): "the force will deploy systems at
four sites: the parade on 14 July" is ahead of the text's own date, as the same words
without the colon are (ctdocs.extract._datemode). Every value worked out by hand."""

from __future__ import annotations

import pytest

from ctdocs.extract._dates import find_dates


@pytest.mark.parametrize(
    ("lang", "text", "own", "values"),
    [
        # a future verb, then a colon and the list of the events it governs
        (
            "fr",
            "Fort de l'expérience des Jeux de 2024, l'armée déploiera des moyens sur "
            "quatre sites : le défilé du 14 juillet, l'arrivée du Tour les 25 et 26 juillet.",
            "2026-06-26",
            ["2024", "2026-07-14", "2026-07-25/2026-07-26"],
        ),
        (
            "en",
            "Building on the 2024 Games, the air force will deploy systems at four sites: "
            "the parade on 14 July and the race finish on 25 and 26 July.",
            "2026-06-26",
            ["2024", "2026-07-14", "2026-07-25/2026-07-26"],
        ),
        # the same with a passive's or a modal's future and a label's colon
        (
            "fr",
            "Le ministère organisera deux sessions de formation : à Lyon du 3 au 5 septembre.",
            "2026-02-10",
            ["2026-09-03/2026-09-05"],
        ),
        (
            "en",
            "The ministry is expected to run two training sessions: in Lyon from 3 to 5 September.",
            "2026-02-10",
            ["2026-09-03/2026-09-05"],
        ),
        # negative: a verb in the past before the colon keeps the past year
        (
            "fr",
            "En 2025, l'armée a déployé des moyens sur quatre sites : le défilé du 14 juillet.",
            "2026-06-26",
            ["2025", "2025-07-14"],
        ),
        (
            "en",
            "In 2025 the air force deployed systems at four sites: the parade on 14 July.",
            "2026-06-26",
            ["2025", "2025-07-14"],
        ),
        # negative: a future verb in the sentence before (a full stop between) is not read
        (
            "fr",
            "La police déploiera ses équipes. Bilan des sites : le défilé du 14 septembre.",
            "2026-06-26",
            ["2025-09-14"],
        ),
        (
            "en",
            "The police will deploy its teams. Sites covered: the parade on 14 September.",
            "2026-06-26",
            ["2025-09-14"],
        ),
        # negative: a semicolon parts the future verb's clause from the colon's list
        (
            "fr",
            "La police déploiera ses équipes ; sites couverts : le défilé du 14 septembre.",
            "2026-06-26",
            ["2025-09-14"],
        ),
        (
            "en",
            "The police will deploy its teams; sites covered: the parade on 14 September.",
            "2026-06-26",
            ["2025-09-14"],
        ),
    ],
)
def test_a_colon_keeps_the_tense_of_its_verb(
    lang: str, text: str, own: str, values: list[str]
) -> None:
    assert [h.value for h in find_dates(text, lang, own_date=own)] == values
