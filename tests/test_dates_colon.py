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


@pytest.mark.parametrize(
    ("lang", "text", "own", "values"),
    [
        # a future verb, then "last year" before the colon: the list is of past events
        (
            "en",
            "As the minister will recall, three attacks struck the capital last year: "
            "on 2 August and on 5 September.",
            "2026-06-26",
            ["2025-08-02", "2025-09-05"],
        ),
        (
            "fr",
            "Comme le ministre le rappellera, trois attaques ont frappé la capitale l'an "
            "dernier : le 2 août et le 5 septembre.",
            "2026-06-26",
            ["2025-08-02", "2025-09-05"],
        ),
        # negative: "last year" before the future verb leaves the list ahead
        (
            "en",
            "Building on last year's Games, the force will deploy systems at two sites: "
            "the fair on 2 August and the race on 5 September.",
            "2026-06-26",
            ["2026-08-02", "2026-09-05"],
        ),
        (
            "fr",
            "Forte des Jeux de l'an dernier, l'armée déploiera des moyens sur deux sites : "
            "la foire du 2 août et la course du 5 septembre.",
            "2026-06-26",
            ["2026-08-02", "2026-09-05"],
        ),
        # a question ends its sentence: its future verb does not reach the next one's list
        (
            "en",
            "Will the threat rise again? Attacks so far: the bombing on 14 March.",
            "2026-06-26",
            ["2026-03-14"],
        ),
        (
            "fr",
            "La menace reviendra-t-elle ? Attaques du printemps : l'explosion du 14 mars.",
            "2026-06-26",
            ["2026-03-14"],
        ),
        # negative: the question's own list after its colon keeps its verb's tense
        (
            "en",
            "Which sites will the force cover: the parade on 14 July?",
            "2026-06-26",
            ["2026-07-14"],
        ),
        (
            "fr",
            "Quels sites l'armée couvrira-t-elle : le défilé du 14 juillet ?",
            "2026-06-26",
            ["2026-07-14"],
        ),
    ],
)
def test_a_colon_after_a_past_cue_or_another_sentence(
    lang: str, text: str, own: str, values: list[str]
) -> None:
    assert [h.value for h in find_dates(text, lang, own_date=own)] == values


@pytest.mark.parametrize(
    ("lang", "text", "own", "values"),
    [
        # a future cue passing by in a past narrative ("planned", "prévues par la loi"): the
        # colon's list would be pushed most of a year ahead; it keeps the own date's year
        (
            "en",
            "The attack, planned for months, came in two waves: on 14 March and on 2 April.",
            "2026-06-26",
            ["2026-03-14", "2026-04-02"],
        ),
        (
            "fr",
            "Les mesures prévues par la loi ont été appliquées aux événements suivants : "
            "le 14 mars et le 2 avril.",
            "2026-06-26",
            ["2026-03-14", "2026-04-02"],
        ),
        # negative: a programme into the next year, within half a year, is next year's
        (
            "en",
            "The committee will meet on two dates: 14 January and 3 March.",
            "2026-11-10",
            ["2027-01-14", "2027-03-03"],
        ),
        (
            "fr",
            "Le comité se réunira à deux dates : le 14 janvier et le 3 mars.",
            "2026-11-10",
            ["2027-01-14", "2027-03-03"],
        ),
    ],
)
def test_a_colon_pushes_no_date_most_of_a_year_ahead(
    lang: str, text: str, own: str, values: list[str]
) -> None:
    assert [h.value for h in find_dates(text, lang, own_date=own)] == values
