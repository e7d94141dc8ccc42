"""A judgment's numbered paragraph that opens on the judge who speaks (``[11] EDELMAN J. I
agree …``, ``(13) Justice Holt: I agree …``) has no run-in title: the judge's name is the
paragraph's own words (guidelines §1: a title belongs to the clause number, it names what
the clause is about; its text is the words after the number). Surnames closed by a
judge's letters (``J``, ``CJ``, ``JJ``) are a speaker wherever they stand; a judge's title
before surnames (``Justice Holt``) only where a sibling paragraph opens on a speaker too,
as a judgment gives its judges' words in turn (``Justice Reform:`` alone names a topic).
French and English rows side by side in other publishers' shapes (plain text, HTML,
bracketed numbers); the expected titles and first words were worked out by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ctdocs import parse_document, parse_text
from ctdocs.structure._stoptitles import _speaker


def _read(text: str, lang: str) -> dict[str, tuple[str | None, str]]:
    """Each clause's title and its text's first five words."""
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    return {c.number: (c.title, " ".join(c.text.split()[:5])) for c in doc.clauses()}


_SPEAKERS = [
    (
        "en",
        "1. The appeal concerns a conviction for possessing a drone.\n\n"
        "2. The trial judge directed the jury correctly on intention.\n\n"
        "3. MORRISON CJ, PATEL AND OKAFOR JJ. The appellant was convicted after a trial.\n\n"
        "4. The Court of Appeal dismissed the appeal in March.\n\n"
        "5. HARGREAVES J. I agree with the orders proposed by the plurality.\n",
        {
            "3": (None, "MORRISON CJ, PATEL AND OKAFOR"),
            "5": (None, "HARGREAVES J. I agree with"),
        },
    ),
    (
        "en",
        "(11) After an overall assessment, I find that the sentence should stand.\n\n"
        "(12) Justice Lindqvist: I agree with the justice delivering the leading opinion.\n\n"
        "(13) Justices Berg, Holm and Dahl: Likewise.\n",
        {
            "(12)": (None, "Justice Lindqvist: I agree with"),
            "(13)": (None, "Justices Berg, Holm and Dahl:"),
        },
    ),
    (
        "fr",
        "1. Le recours porte sur une condamnation pour financement du terrorisme.\n\n"
        "2. Juge Moreau : Je souscris à l'opinion de la majorité.\n\n"
        "3. Juges Lambert et Roy : Nous souscrivons aux motifs du juge Moreau.\n",
        {
            "2": (None, "Juge Moreau : Je souscris"),
            "3": (None, "Juges Lambert et Roy :"),
        },
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), _SPEAKERS)
def test_judge_who_speaks_is_no_run_in_title(
    lang: str, text: str, want: dict[str, tuple[str | None, str]]
) -> None:
    got = _read(text, lang)
    assert {n: got[n] for n in want} == want


def test_judges_paragraphs_in_html(tmp_path: Path) -> None:
    """The same in a court's page, each paragraph a ``<p>`` opening on its number."""
    page = tmp_path / "judgment.html"
    page.write_text(
        "<html><body><h1>Judgment</h1>"
        "<p>(10) The sentence is set at three years.</p>"
        "<p>(11) Justice Aalto: I agree with the first justice in all respects.</p>"
        "<p>(12) Justices Vik and Lie: Likewise.</p></body></html>",
        encoding="utf-8",
    )
    got = {c.number: c.title for c in parse_document(page).clauses()}
    assert got["(11)"] is None and got["(12)"] is None


# the same shape that names: a run-in title kept (its siblings titled, or a name's words)
_NAMES = [
    (
        "fr",
        "Pilier 1 – Prévention : soutenir le dialogue intercommunautaire.\n"
        "Pilier 2 – Justice, droits de l'homme et État de droit : garantir des procès "
        "équitables.\nPilier 3 – Communication : lutter contre la propagande.\n",
        {
            "Pilier 2": (
                "Justice, droits de l'homme et État de droit",
                "garantir des procès équitables.",
            )
        },
    ),
    (
        "en",
        "4.1 Access to Justice. Victims receive legal aid from the first hearing.\n"
        "4.2 Judicial training. Judges attend a yearly course on terrorism cases.\n"
        "4.3 Witness protection. Witnesses may testify behind a screen.\n",
        {
            "4.1": ("Access to Justice", "Victims receive legal aid from"),
            "4.2": ("Judicial training", "Judges attend a yearly course"),
        },
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), _NAMES)
def test_titles_naming_justice_stay(
    lang: str, text: str, want: dict[str, tuple[str | None, str]]
) -> None:
    got = _read(text, lang)
    assert {n: got[n] for n in want} == want


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("EDELMAN J", 2),
        ("GAGELER CJ, GORDON AND JAGOT JJ", 2),
        ("Justice Holt", 1),
        ("Justices Sætre, Lund and Bråten", 1),
        ("Juges Lambert et Roy", 1),
        ("Justice Reform", 1),  # a speaker's shape: kept as a title unless a sibling speaks
        ("Justice, droits de l'homme et État de droit", 0),
        ("Judicial training", 0),
        ("Training", 0),
        ("Access to Justice", 0),
    ],
)
def test_speaker_shape(title: str, kind: int) -> None:
    assert _speaker(title) == kind


def test_lone_justice_heading_stays() -> None:
    """``Justice Reform:`` with no sibling speaking is a run-in title (§1a)."""
    text = (
        "1. Justice Reform: The government will appoint forty new judges by 2027.\n"
        "2. Policing. The police will recruit two hundred officers.\n"
        "3. Prisons. A new prison will open in the north.\n"
    )
    assert _read(text, "en")["1"] == ("Justice Reform", "The government will appoint forty")
