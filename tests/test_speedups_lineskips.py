"""Per-line skips of the layout and structure stages give the answers of the tests they
skip: the front-matter cues tried by the line's first character (``_frontcues``), on
hand-made lines, every line of the seeds and test texts and random ones; the table-row
pattern tried only on a line opening on a bar (``scorable``), and the bold number read
only on a line with a bold span."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from ctdocs._knowledge import any_of, load_layout
from ctdocs._offsets import Span
from ctdocs.layout._frontcues import _by_opening, opening_test
from ctdocs.layout._linekeys import TABLE_ROW_RE, scorable
from ctdocs.layout._segment import (
    _plain,
    _strip_bullet,
    is_amendment_note,
    is_front_matter,
)
from ctdocs.layout._stamps import amendment_notes
from ctdocs.layout._unit import Unit
from ctdocs.normalise._text import Line
from ctdocs.structure._blocks import bold_number

from .conftest import SEEDS, TEXTS


def _unit(text: str, bold: list[tuple[int, int]] | None = None) -> Unit:
    line = Line(0, len(text))
    if bold is not None:
        line.bold_spans.extend(Span(s, e) for s, e in bold)
    return Unit(0, len(text), text, line)


def _lines() -> list[str]:
    paths: list[Path] = [*SEEDS, *TEXTS]
    return [ln for p in paths for ln in p.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize(
    ("fr", "en", "want"),
    [
        ("Distr. : Générale", "Distr.: General", True),
        ("• Original : anglais", "• Original: English", True),
        ("Bruxelles, le 20 novembre 2025", "New York, March 9, 2011", True),
        # a cue inside the line, not at its start: no front matter
        ("Le texte original : anglais", "The text, original: English", False),
        ("Voir la note Distr. limitée", "See the note Distr. limited", False),
        ("", " ", False),
    ],
)
def test_front_matter_is_found_at_the_start_only(fr: str, en: str, want: bool) -> None:
    for text in (fr, en):
        assert is_front_matter(text) is want, text


def test_front_cues_answer_as_the_union_searched() -> None:
    union = re.compile(any_of(load_layout().front_matter, empty=""), re.IGNORECASE)
    assert isinstance(_by_opening(tuple(load_layout().front_matter), re.IGNORECASE, False), dict)
    rng = random.Random(34)
    # openings of the cues in both cases, case-blind twins (long s, Kelvin, dotted I), digits
    alphabet = [
        "D",
        "d",
        "O",
        "o",
        "[",
        "(",
        "\u017f",
        "\u212a",
        "\u0130",
        "\u0131",
        "1",
        " ",
        "É",
        "é",
    ]
    alphabet += [
        "istr.",
        "riginal :",
        "ession",
        "ublished on 3",
        "EV 2",
        "/2003/82",
        ", 8 juin 2026",
    ]
    randoms = ["".join(rng.choices(alphabet, k=rng.randrange(0, 6))) for _ in range(20000)]
    notes = amendment_notes()
    assert notes is not None
    for text in [*_lines(), *randoms]:
        plain = _plain(_strip_bullet(text))
        assert is_front_matter(text) is bool(union.search(plain)), repr(text)
        stripped = _plain(text.strip())
        assert is_amendment_note(text) is bool(notes.match(stripped)), repr(text)


@pytest.mark.parametrize(
    ("patterns", "flags", "text", "want"),
    [
        # not every cue opens on "^": the whole union, searched
        (["^Distr\\.", "original"], re.IGNORECASE, "Texte original", True),
        (["^Distr\\.", "^original"], re.IGNORECASE, "Texte original", False),
        # an optional opening: either character opens it
        (["^\\[?original"], re.IGNORECASE, "[ORIGINAL: French]", True),
        (["^\\[?original"], re.IGNORECASE, "ORIGINAL : anglais", True),
        # case-blind: the long s is an s, the Kelvin sign a k
        (["^session"], re.IGNORECASE, "\u017fession", True),
        (["^kb"], re.IGNORECASE, "\u212aB", True),
        # a case-sensitive part is not read by the case-blind view: tried on every line
        (["^(?-i:ANNEX)"], re.IGNORECASE, "annex", False),
        (["^(?-i:ANNEX)"], re.IGNORECASE, "ANNEX", True),
    ],
)
def test_opening_test_reads_the_openings(
    patterns: list[str], flags: int, text: str, want: bool
) -> None:
    assert opening_test(patterns, flags)(text) is want


@pytest.mark.parametrize(
    ("fr", "en"),
    [("Texte original", "The original text")],
)
def test_a_union_not_all_anchored_is_matched_or_searched_as_asked(fr: str, en: str) -> None:
    for text in (fr, en):
        assert opening_test(["^Distr", "original"], re.IGNORECASE)(text) is True
        assert opening_test(["^Distr", "original"], re.IGNORECASE, match=True)(text) is False


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("| Pays | Montant |", "| Country | Amount |"),
        ("│ 14.│ Nom │", "│ 14.│ Name │"),
        (" | Pays | Montant |", " | Country | Amount |"),
        ("Pays | Montant", "Country | Amount"),
        ("", "|"),
    ],
)
def test_scorable_skips_only_the_table_rows(fr: str, en: str) -> None:
    for text in (fr, en):
        assert scorable(_unit(text)) is (TABLE_ROW_RE.match(text) is None), text


@pytest.mark.parametrize(
    ("fr", "en"),
    [("**4** (1) L'agent peut agir", "**4** (1) The officer may act")],
)
def test_bold_number_needs_a_bold_span(fr: str, en: str) -> None:
    for raw in (fr, en):
        text = raw.replace("**", "")
        assert bold_number(_unit(text), text) is None  # no bold span: no number
        m = bold_number(_unit(text, [(0, 1)]), text)
        assert m is not None and m.value == "4", text
