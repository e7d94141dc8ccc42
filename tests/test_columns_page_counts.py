"""A running line whose page column names the page and counts it against the whole ("Page
1 of 4", "Page 2 sur 4"), French and English side by side: the column is the page's number,
so the line is page furniture even where two prints stand back to back (a page's foot over
the next page's head), which the running-line pass, counting prints apart, leaves open. A
bare count beside words ("3/3") may be a table's score: it stays open here."""

from __future__ import annotations

import pytest

from ctdocs.layout._columns import running_columns
from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

LINES = {
    "fr": [
        "Résolution CAT n° 63 (2026)   Page {n} sur 4",
        "Circulaire n° 0412/MSPC/CAB/SG   Page {n}/3",
    ],
    "en": [
        "ATC Resolution No. 63 (2026)   Page {n} of 4",
        "Circular No. 0412/MSPC/CAB/SG   Page {n}/3",
    ],
}
PARA = {
    "fr": "Le service compétent transmet sans délai les informations recueillies aux "
    "autorités de contrôle, qui les conservent pendant la durée fixée par décret.",
    "en": "The competent service shall forward the information it gathers without delay "
    "to the supervisory authorities, which shall keep it for the period set by order.",
}


def _columns(line: str) -> tuple[str, list[int]]:
    """The line as the layout sees it: wide gaps folded to one space, their offsets kept."""
    head, _, tail = line.partition("   ")
    return f"{head} {tail}", [len(head) + 1]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("n", [0, 1])
def test_a_page_counted_against_the_whole_is_a_running_line_edge(lang: str, n: int) -> None:
    text, gaps = _columns(LINES[lang][n].format(n=1))
    assert running_columns(text, gaps, symbol=True)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("fr", "Le taux atteint désormais   1/3."),  # a sentence's figure, not a page
        ("en", "The rate now stands at   1/3."),
        ("fr", "Votes pour   3/4   adopté"),  # a count inside a row: no edge
        ("en", "Votes in favour   3/4   adopted"),
        ("fr", "Questions traitées   3/3"),  # a bare count beside a label: a score
        ("en", "Questions answered   3/3"),
    ],
)
def test_a_fraction_in_a_sentence_or_a_cell_is_no_page_count(lang: str, line: str) -> None:
    head, *rest = line.split("   ")
    text = " ".join([head, *rest])
    gaps, at = [], len(head) + 1
    for part in rest:
        gaps.append(at)
        at += len(part) + 1
    assert not running_columns(text, gaps, symbol=True)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_pages_foot_over_the_next_pages_head_is_furniture_both(lang: str) -> None:
    """The foot of page 1 and the head of page 2 printed back to back between rules."""
    line = LINES[lang][0]
    rule = "-" * 60
    text = (
        f"{PARA[lang]}\n\n{rule}\n{line.format(n=1)}\n{line.format(n=2)}\n{rule}\n\n{PARA[lang]}\n"
    )
    got = segment(normalise(text, markdown=False))
    pages = [u for u in got if "Page" in u.text]
    assert len(pages) == 2
    assert all(u.noise is not None for u in pages), [(u.noise, u.text) for u in pages]
    assert [u.noise for u in got if u.text.startswith(PARA[lang][:20])] == [None, None]
