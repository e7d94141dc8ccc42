"""The ranker's margin where the rules read no date at all (``margin_none``,
``data/models/date_ranker.toml``; ctdocs.extract._docrank), guidelines §6: null when the text
gives no date of its own.

A text with no date of its own that repeats one event's day in short sentences under its
title (a consultation's closing day, the day of an attack it draws lessons from) scores that
day 1.0 to 2.0 above "no date" (the recurrence, the day's precision, the title near): such a
day is the event's, not the document's, and must not be put where the rules read none. The
heads whose own date the rules miss (a row of cells, a status line, a byline row:
tests/test_docrank_refit43.py) score 2.4 and more above it and keep their date; so does
the same consultation page with its own byline row.

Each row is a short text written by hand, French and English side by side; the expected
values are worked out by hand from the guidelines.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.extract._docrankschema import load_date_ranker

_BODY_EN = "\n\n".join(
    f"{n}. Port operators shall report every uncrewed vessel seen near a berth to the "
    "harbour master within one hour."
    for n in range(1, 8)
)
_BODY_FR = "\n\n".join(
    f"{n}. Les exploitants portuaires signalent à la capitainerie tout navire sans "
    "équipage aperçu près d'un quai dans l'heure."
    for n in range(1, 8)
)
_LEAD_EN = (
    "The national framework for the protection of crowded places sets out how operators, "
    "police and local authorities share information about threats. It applies to every "
    "venue that hosts more than five thousand people at once."
)
_LEAD_FR = (
    "Le cadre national de protection des lieux de rassemblement précise comment les "
    "exploitants, la police et les collectivités partagent les informations sur les "
    "menaces. Il s'applique à tout site accueillant plus de cinq mille personnes à la fois."
)
_CLOSES_EN = (
    "The consultation closes on 30 June 2026.\n\n"
    "Send comments before 30 June 2026 to the secretariat.\n\n"
    "Late replies after 30 June 2026 are not read."
)
_CLOSES_FR = (
    "La consultation se termine le 30 juin 2026.\n\n"
    "Envoyez vos commentaires avant le 30 juin 2026 au secrétariat.\n\n"
    "Les réponses reçues après le 30 juin 2026 ne sont pas lues."
)


def _doc_date(lang: str, text: str) -> str | None:
    body = _BODY_FR if lang == "fr" else _BODY_EN
    lead = _LEAD_FR if lang == "fr" else _LEAD_EN
    doc = parse_text(text + "\n\n" + lead + "\n\n" + body, "fr" if lang == "fr" else "en")
    return doc.date.value if doc.date is not None else None


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # negative: a consultation's closing day, three times in short sentences
        ("en", "Consultation on drone restrictions\n\n" + _CLOSES_EN, None),
        ("fr", "Consultation sur les restrictions de vol des drones\n\n" + _CLOSES_FR, None),
        # negative: the same, five times
        (
            "en",
            "Consultation on drone restrictions\n\n" + _CLOSES_EN + "\n\n"
            "A summary will follow 30 June 2026.\n\nContact us before 30 June 2026 with "
            "questions.",
            None,
        ),
        (
            "fr",
            "Consultation sur les restrictions de vol des drones\n\n" + _CLOSES_FR + "\n\n"
            "Une synthèse suivra le 30 juin 2026.\n\nÉcrivez-nous avant le 30 juin 2026 pour "
            "toute question.",
            None,
        ),
        # negative: the day of an attack in the title and again in the sentences below it
        (
            "en",
            "The attack of 14 April 2025: lessons for crowded places\n\nOn 14 April 2025 a "
            "vehicle struck a crowd. Since 14 April 2025 the venues have changed their plans, "
            "and the review of 14 April 2025 is public.",
            None,
        ),
        (
            "fr",
            "L'attentat du 14 avril 2025 : leçons pour les lieux de rassemblement\n\nLe 14 "
            "avril 2025, un véhicule a percuté la foule. Depuis le 14 avril 2025, les sites "
            "ont revu leurs plans, et le bilan du 14 avril 2025 est public.",
            None,
        ),
        # the same consultation page with its own byline row under the title
        (
            "en",
            "Consultation on drone restrictions\n\nConsultation paper | 12 March 2026 | 4 min "
            "read\n\n" + _CLOSES_EN,
            "2026-03-12",
        ),
        (
            "fr",
            "Consultation sur les restrictions de vol des drones\n\nDocument de consultation | "
            "12 mars 2026 | 4 min de lecture\n\n" + _CLOSES_FR,
            "2026-03-12",
        ),
    ],
)
def test_an_events_day_repeated_is_not_put_where_no_date_was_read(
    lang: str, text: str, value: str | None
) -> None:
    assert _doc_date(lang, text) == value


def test_the_margin_where_no_date_was_read_stays_under_the_wins() -> None:
    """Over the days above (at most 2.0) and under the wins' (2.4 and more)."""
    model = load_date_ranker()
    assert model.margin_none is not None
    assert 2.0 <= model.margin_none < 2.4
