"""A byline's date, a footnote's date and a heading's number (annotation guidelines §6).

A briefing prints who wrote it and when on one line of fields ("Author: … — PE 762.418 —
October 2026"): however long its name fields run, the date closing it is the text's, at
the precision written, and a site's record of the copy above it ("date: 2026-10-08")
neither outranks it nor turns its month into the record's day. A Markdown footnote's
definition ("[^1]: … to EPRS, September 2026.") is a note: its date is its source's,
though a place and a comma stand before it as in a dateline. A court's heading prints
its decision's number and day ("ARRÊT N° 142/P DU 24 SEPTEMBRE 2026") above the case
file's ("DOSSIER N° 388/P/2024"): the number is the decision's. French and English rows
side by side; every expected value was worked out by hand from its text.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._docsymbol import own_symbol

from ._docmeta import own_value as _own

_BODY = "The secretariat asks every member to review its plans before the summer.\n"
_CORPS = "Le secrétariat demande à chaque membre de revoir ses plans avant l'été.\n"


def _front(day: str) -> str:
    return f'---\ntitle: "Returns"\ndate: {day}\n---\n\n# Returns\n\n'


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a byline's last field, under a record that dates the copy to a day of that month
        (
            "en",
            _front("2026-10-08")
            + "*Author: Jane Roe, Members' Research Service — PE 762.418 — October 2026*\n\n"
            + _BODY,
            "2026-10",
        ),
        (
            "fr",
            _front("2026-10-08")
            + "*Auteur : Jeanne Roux, Service de recherche parlementaire — PE 762.418 — "
            + "octobre 2026*\n\n"
            + _CORPS,
            "2026-10",
        ),
        # a record line of the head, with no record above it
        (
            "en",
            "# Returns\n\nThematic public report – The protection of the operators of vital "
            + "importance – July 2026\n\n"
            + _BODY,
            "2026-07",
        ),
        (
            "fr",
            "# Retours\n\nRapport public thématique – La protection des opérateurs "
            + "d'importance vitale – juillet 2026\n\n"
            + _CORPS,
            "2026-07",
        ),
    ],
)
def test_a_line_of_fields_closing_on_its_date_dates_the_text(
    lang: str, text: str, value: str
) -> None:
    assert _own(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a month the text prints at the top stays a month: the record's day is the copy's
        ("en", _front("2026-10-08") + "October 2026\n\n" + _BODY, "2026-10"),
        ("fr", _front("2026-10-08") + "octobre 2026\n\n" + _CORPS, "2026-10"),
    ],
)
def test_the_records_day_does_not_refine_a_printed_month(lang: str, text: str, value: str) -> None:
    assert _own(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "en",
            _front("2026-10-08")
            + _BODY
            + "\n[^1]: Figures compiled from the replies of the Member States to the secretariat\n"
            + "    and to EPRS, September 2026.\n",
            "2026-10-08",
        ),
        (
            "fr",
            _front("2026-10-08")
            + _CORPS
            + "\n[^1]: Chiffres établis à partir des réponses des États membres au secrétariat\n"
            + "    et au SRPE, Bruxelles, septembre 2026.\n",
            "2026-10-08",
        ),
    ],
)
def test_a_footnotes_date_is_its_sources(lang: str, text: str, value: str) -> None:
    assert _own(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        (
            "fr",
            "COUR SUPRÊME\n\nARRÊT N° 142/P DU 24 SEPTEMBRE 2026\n\nDOSSIER N° 388/P/2024\n\n"
            + _CORPS,
            "ARRÊT N° 142/P",
        ),
        (
            "en",
            "SUPREME COURT\n\nJUDGMENT NO. 142/P OF 24 SEPTEMBER 2026\n\nFILE NO. 388/P/2024\n\n"
            + _BODY,
            "JUDGMENT NO. 142/P",
        ),
    ],
)
def test_a_dated_heading_numbers_the_decision_not_its_file(
    lang: str, text: str, symbol: str
) -> None:
    assert own_symbol(text, lang) == symbol
