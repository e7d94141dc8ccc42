"""Mirrored running lines, French and English side by side: a book-style PDF copy prints
its page foot with the page number at the outer edge ("12 June 2026   ATP 3-90.47   2-1"
on a right-hand page, "2-2   ATP 3-90.47   12 June 2026" on the next), and a journal moves
its page number from the date line to the title line and back, so the date line stands
alone under every other head. Each print is furniture; a body line that shares the words
of such a line but stands nowhere near a page's edge (a date line, a table's row, a
yearly title) stays the document's."""

from __future__ import annotations

import pytest

from ctdocs.layout._mirrored import _keeps_numbers, _one_run_apart, _tokens, _words
from ctdocs.layout._segment import segment
from ctdocs.layout._unit import Unit
from ctdocs.normalise._text import normalise

SUBJECTS = {
    "fr": [
        "Les unités",
        "Les commandants",
        "Les équipes de déminage",
        "Les brigades",
        "Les cellules de renseignement",
        "Les instructeurs",
        "Les partenaires",
        "Les états-majors",
        "Les réservistes",
        "Les observateurs",
    ],
    "en": [
        "Units",
        "Commanders",
        "Disposal teams",
        "Brigades",
        "Intelligence cells",
        "Instructors",
        "Partner forces",
        "Staffs",
        "Reservists",
        "Observers",
    ],
}
PREDICATE = {
    "fr": " appliquent les lignes d'effort prévues pour neutraliser les engins explosifs "
    "improvisés et les drones armés, en lien avec les services de renseignement.",
    "en": " apply the lines of effort laid down to defeat improvised explosive devices and "
    "weaponized small unmanned aircraft, in liaison with the intelligence services.",
}


def _para(lang: str, k: int) -> str:
    """The k-th paragraph of the body: each worded apart (a line printed twice is read as
    a photo's caption)."""
    return SUBJECTS[lang][k] + PREDICATE[lang]


# Right-hand pages: date left, folio right; left-hand pages: folio left, date right.
FOOT = {
    "fr": ("12 juin 2026", "Guide pratique GP 3-90.47"),
    "en": ("12 June 2026", "ATP 3-90.47"),
}
GAP = " " * 24


def _units(text: str) -> list[Unit]:
    return segment(normalise(text, markdown=False))


def _book(lang: str, sep: str, folios: tuple[str, str, str]) -> str:
    date, pub = FOOT[lang]
    right1 = sep.join((date, pub, folios[0]))
    left = sep.join((folios[1], pub, date))
    right2 = sep.join((date, pub, folios[2]))
    pages = ["".join(f"{_para(lang, 3 * k + j)}\n\n" for j in range(3)) for k in range(3)]
    return f"{pages[0]}{right1}\n\f{pages[1]}{left}\n\f{pages[2]}{right2}\n"


def _feet(got: list[Unit], lang: str) -> list[Unit]:
    return [u for u in got if FOOT[lang][1] in u.text]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("folios", [("2-1", "2-2", "2-3"), ("iii", "iv", "v")])
def test_a_foot_set_in_columns_with_its_folio_at_either_end_is_furniture(
    lang: str, folios: tuple[str, str, str]
) -> None:
    got = _units(_book(lang, GAP, folios))
    feet = _feet(got, lang)
    assert len(feet) == 3
    assert all(u.noise == "page-header" for u in feet), [(u.noise, u.text) for u in feet]
    assert sum(u.noise is None and u.text.endswith(PREDICATE[lang]) for u in got) == 9


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_mirrored_foot_copied_without_its_columns_is_furniture_by_its_two_orders(
    lang: str,
) -> None:
    got = _units(_book(lang, " ", ("2-1", "2-2", "2-3")))
    feet = _feet(got, lang)
    assert len(feet) == 3
    assert all(u.noise == "page-header" for u in feet), [(u.noise, u.text) for u in feet]


HEAD = {
    "fr": "JOURNAL OFFICIEL DE LA REPUBLIQUE ALGERIENNE N° 24",
    "en": "OFFICIAL GAZETTE OF THE REPUBLIC OF GHANA No. 24",
}
DATE = {"fr": "8 avril 2026", "en": "8 April 2026"}
HIJRI = {"fr": "20 Chaoual 1447", "en": "20 Shawwal 1447"}


def _journal(lang: str) -> str:
    """Three pages: odd pages carry their number on the date line, the even page on the
    title line, and its date line stands alone."""
    head, date, hijri = HEAD[lang], DATE[lang], HIJRI[lang]
    odd = "{head}          {hijri}\n  {n}                                       {date}\n\n"
    even = "  {n}     {head}   {hijri}\n                                             {date}\n\n"
    pages = [
        odd.format(head=head, hijri=hijri, n=3, date=date),
        even.format(head=head, hijri=hijri, n=4, date=date),
        odd.format(head=head, hijri=hijri, n=5, date=date),
    ]
    body = [f"{_para(lang, k)}\n\n" for k in range(7)]
    return body[0] + "".join(
        f"\f{p}{body[2 * k + 1]}{body[2 * k + 2]}" for k, p in enumerate(pages)
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_journal_date_line_that_lost_its_page_number_to_the_title_line_is_furniture(
    lang: str,
) -> None:
    got = _units(_journal(lang))
    dated = [u for u in got if u.text.endswith(DATE[lang])]
    assert len(dated) == 3
    assert all(u.noise is not None for u in dated), [(u.noise, u.text) for u in dated]
    assert sum(u.noise is None and u.text.endswith(PREDICATE[lang]) for u in got) == 7


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_date_line_printed_twice_in_the_body_stays(lang: str) -> None:
    p = [_para(lang, k) for k in range(5)]
    text = f"{p[0]}\n\n{DATE[lang]}\n\n{p[1]}\n\n{p[2]}\n\n{p[3]}\n\n{DATE[lang]}\n\n{p[4]}\n"
    got = _units(text)
    dated = [u for u in got if u.text == DATE[lang]]
    assert len(dated) == 2
    assert all(u.noise is None for u in dated)


ROWS = {
    "fr": (
        "Année          Attaques déjouées          Total",
        "2024          Attaques déjouées          12",
    ),
    "en": (
        "Year          Attacks foiled          Total",
        "2024          Attacks foiled          12",
    ),
}
YEARLY = {"fr": "Rapport annuel {y}", "en": "Annual report {y}"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_table_rows_and_yearly_titles_printed_again_stay(lang: str) -> None:
    head, row = ROWS[lang]
    table = f"{head}\n{row}\n{row.replace('2024', '2025').replace('12', '17')}\n\n"
    p = [_para(lang, k) for k in range(6)]
    text = (
        f"{p[0]}\n\n{YEARLY[lang].format(y=2024)}\n\n{p[1]}\n\n{table}{p[2]}\n\n"
        f"{p[3]}\n\n{YEARLY[lang].format(y=2025)}\n\n{p[4]}\n\n{table}{p[5]}\n"
    )
    got = _units(text)
    kept = [u for u in got if u.text.startswith(("2024", "2025", "Rapport", "Annual"))]
    assert len(kept) == 6
    assert all(u.noise is None for u in kept), [(u.noise, u.text) for u in kept]


@pytest.mark.parametrize(
    ("line", "tokens"),
    [
        ("12 June 2026   ATP 3-90.47   2-1", ("#", "june", "#", "atp", "#")),
        ("2-2   ATP 3-90.47   12 June 2026", ("#", "atp", "#", "june", "#")),
        ("3                8 avril 2026", ("#", "avril", "#")),
        ("Rapport spécial 2026   iv", ("rapport", "spécial", "#")),
    ],
)
def test_a_lines_masked_words_keep_one_mask_per_run_of_numbers(
    line: str, tokens: tuple[str, ...]
) -> None:
    assert _tokens(line) == tokens


DIVISION = {"fr": "ANNEXE {n}{gap}Article {m}", "en": "SCHEDULE {n}{gap}Regulation {m}"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_headings_numbered_in_two_columns_stay(lang: str) -> None:
    p = [f"{_para(lang, k)}\n\n" for k in range(10)]
    heads = [DIVISION[lang].format(n=n, m=n + 1, gap=GAP) + "\n\n" for n in (1, 2)]
    text = "".join(p[:6]) + heads[0] + "".join(p[6:9]) + heads[1] + p[9]
    got = _units(text)
    kept = [u for u in got if u.text.startswith(("ANNEXE", "SCHEDULE"))]
    assert len(kept) == 2
    assert all(u.noise is None for u in kept), [(u.noise, u.text) for u in kept]


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("12 June 2026 ATP 3-90.47 iii", "12 June 2026 ATP 3-90.47 2-1", True),
        ("8 avril 2026", "5 8 avril 2026", True),
        ("SCHEDULE 1 Regulation 2", "SCHEDULE 2 Regulation 3", False),
        ("ANNEXE 1 Article 2", "ANNEXE 2 Article 3", False),
    ],
)
def test_prints_in_one_order_differ_in_one_run_of_numbers(a: str, b: str, apart: bool) -> None:
    assert _one_run_apart(_words(a), _words(b)) is apart


@pytest.mark.parametrize(
    ("a", "b", "kept"),
    [
        ("12 June 2026 ATP 3-90.47 2-1", "2-2 ATP 3-90.47 12 June 2026", True),
        ("3 8 avril 2026", "8 avril 2026", True),
        ("FR 1/2", "2/2 FR", True),
        ("November 2026 No. 53480", "No. 6012 14 November 2026", False),
        ("Novembre 2026 n° 53480", "n° 6012 14 novembre 2026", False),
    ],
)
def test_prints_of_a_running_line_share_their_numbers_but_the_folio(
    a: str, b: str, kept: bool
) -> None:
    assert _keeps_numbers(_words(a), _words(b)) is kept
