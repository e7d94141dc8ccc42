"""A repository's record table under the text (src/ctdocs/layout/_recordtables.py).

Hand-written Markdown copies, French and English side by side: a text's last article,
then the table a repository sets under it (the copy's versions, the acts that adopted
it, the states that signed it), captioned or headed by a record's name, its rows dated,
then the site's footer. Its caption, rows and closing note are noise (guidelines §5: a
republisher's commentary around a reproduced text). An annex's table of the text (no
record's name, or no date in its rows), a record table with the text's prose below it,
and a table of the text's own dates with no record's name over it must stay.
"""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.layout._stamps import holds_date
from ctdocs.layout._unit import Unit
from ctdocs.normalise._text import normalise

LAST = {
    "fr": (
        "Art. 9 Entrée en vigueur\n\nLe Conseil d'État fixe la date d'entrée en vigueur de la "
        "présente loi, qui est publiée dans la Feuille d'avis officielle."
    ),
    "en": (
        "Article 9 Entry into force\n\nThis Convention shall enter into force thirty days "
        "after the deposit of the seventh instrument of ratification with the Secretariat."
    ),
}
FOOT = {
    "fr": (
        "---\n\nCe dépôt reproduit les textes à des fins de recherche ; seule la "
        "publication officielle fait foi."
    ),
    "en": (
        "---\n\nThis repository reproduces the texts for research purposes; only the "
        "official publication is authentic."
    ),
}
# (caption or None, header, rows, closing note or None)
RECORDS = {
    "fr": (
        "Tableau historique",
        "| Texte | Intitulé | Date d'adoption | Entrée en vigueur |",
        [
            "| L 3 12 | Loi sur les mesures de sûreté | 19.03.2026 | 01.06.2026 |",
            "| L 3 12 (mod.) | Modification de l'art. 4 | 2 juillet 2026 | 1er septembre 2026 |",
        ],
        "Arrêté fixant l'entrée en vigueur : 13.05.2026.",
    ),
    "en": (
        "Status table (maintained by the repository)",
        "| # | State | Signature | Ratification |",
        [
            "| 1 | Ruritania | 4/9/2025 | 15/1/2026 |",
            "| 2 | Freedonia | 4/9/2025 | — |",
            "| 3 | Elbonia | — | — |",
        ],
        "Table last checked 2026-02-03.",
    ),
    "en-header": (
        None,
        "| Document history | Date | Notes |",
        [
            "| WP.7 | 21 June 2025 | Draft text agreed by the working group |",
            "| 111/19 | 3 March 2026 | Proposal submitted |",
        ],
        None,
    ),
}


def page(lang: str, key: str, *, prose_below: bool = False) -> str:
    caption, header, rows, note = RECORDS[key]
    rule = "|" + "---|" * (header.count("|") - 1)
    parts = [LAST[lang], "---"]
    if caption is not None:
        parts.append(f"## {caption}")
    parts.append("\n".join([header, rule, *rows]))
    if note is not None:
        parts.append(f"*{note}*")
    if prose_below:
        parts.append(LAST[lang].split("\n\n")[1])
    parts.append(FOOT[lang])
    return "\n\n".join(parts)


def units(text: str) -> list[Unit]:
    return segment(normalise(text, markdown=True))


def find(got: list[Unit], start: str) -> Unit:
    return next(u for u in got if u.text.lstrip("#* ").startswith(start))


@pytest.mark.parametrize(("lang", "key"), [("fr", "fr"), ("en", "en"), ("en", "en-header")])
def test_a_record_table_under_the_text_is_repository_noise(lang: str, key: str) -> None:
    caption, header, rows, note = RECORDS[key]
    got = units(page(lang, key))
    for line in [header, *rows]:
        assert find(got, line).noise == "repository", line
    if caption is not None:
        assert find(got, caption).noise == "repository"
    if note is not None:
        assert find(got, note).noise == "repository"
    # the text's last article stays
    assert find(got, LAST[lang].split("\n\n")[1]).noise is None


@pytest.mark.parametrize(("lang", "key"), [("fr", "fr"), ("en", "en")])
def test_a_record_table_with_the_text_below_it_stays(lang: str, key: str) -> None:
    _caption, _header, rows, _note = RECORDS[key]
    got = units(page(lang, key, prose_below=True))
    assert find(got, rows[0]).noise is None


# The text's own tables under its last article: an annex's list without dates, and a
# chronology whose header names no record.
ANNEXES = {
    "fr": (
        "Liste indicative des précurseurs",
        "| N° | Substance | Code SH (2022) |",
        ["| 1 | Nitrate d'ammonium | 3102.30 |", "| 2 | Peroxyde d'hydrogène | 2847.00 |"],
    ),
    "en": (
        "Chronology of the negotiations",
        "| Meeting | Date | Outcome |",
        [
            "| First session | 4 March 2025 | Draft agreed |",
            "| Second session | 9 June 2025 | Text adopted |",
        ],
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_texts_own_table_under_it_stays(lang: str) -> None:
    caption, header, rows = ANNEXES[lang]
    rule = "|" + "---|" * (header.count("|") - 1)
    text = "\n\n".join(
        [LAST[lang], "---", f"## {caption}", "\n".join([header, rule, *rows]), FOOT[lang]]
    )
    got = units(text)
    assert find(got, caption).noise is None
    for line in [header, *rows]:
        assert find(got, line).noise is None, line


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("| 1 | Ruritania | 4/9/2025 | — |", True),
        ("| F 1 07 | Loi | 19.03.2026 |", True),
        ("Table last checked 2026-02-03.", True),
        ("| WP.7 | 21 June 2025 | Draft |", True),
        ("| 2 | 1er septembre 2026 |", True),
        ("| 3 | Elbonia | — | — |", False),
        ("| Figure 4-7 | FY2024 | 2025 |", False),
    ],
)
def test_holds_date_needs_day_month_and_year(text: str, dated: bool) -> None:
    assert holds_date(text) is dated


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        ("fr", "Tableau vérifié le 03.02.2026. Voir [CONTRIBUER.md](../CONTRIBUER.md)."),
        ("en", "Table last checked 2026-02-03. See [CONTRIBUTING.md](../../CONTRIBUTING.md)."),
    ],
)
def test_a_dated_note_with_a_link_is_left_to_the_footer_rules(lang: str, note: str) -> None:
    """The table is the record's all the same; the linked note under it is not taken (the
    gold writes it without the link's address, see the module's _notes)."""
    key = "fr" if lang == "fr" else "en"
    text = page(lang, key).replace(RECORDS[key][3] or "", note)
    got = units(text)
    assert find(got, RECORDS[key][2][0]).noise == "repository"
    assert find(got, note[:24]).noise is None
