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
        ("Edelman J", 1),  # letters after words in small letters: only beside a sibling
        ("Annex J", 1),
        ("Justice Berg and Holm", 0),  # two names after a title in the singular
        ("Justices Holt", 0),  # one name after a title in the plural
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


# a decimal clause's run-in title is no judge speaking: a judgment numbers its paragraphs
# 13, (13) or [13]; letters closing words in small letters ("Annex J") need a sibling
_TOPICS: list[tuple[str, str, dict[str, tuple[str | None, str]]]] = [
    (
        "en",
        "3. Priorities\n\n3.1 Justice and Home Affairs: Member States will exchange "
        "information.\n\n3.2 Justice Reform: The Government will review the sentencing of "
        "offenders.\n\n3.3 Justice Sector Capacity: Training will be provided to prosecutors.\n",
        {
            "3.2": ("Justice Reform", "The Government will review the"),
            "3.3": ("Justice Sector Capacity", "Training will be provided to"),
        },
    ),
    (
        "fr",
        "3. Priorités\n\n3.1 Justice Pénale : Les États membres échangeront des "
        "informations.\n\n3.2 Juge Antiterroriste : Le Gouvernement renforcera le pôle "
        "spécialisé.\n\n3.3 Coopération Internationale : Des formations seront offertes.\n",
        {
            "3.1": ("Justice Pénale", "Les États membres échangeront des"),
            "3.2": ("Juge Antiterroriste", "Le Gouvernement renforcera le pôle"),
        },
    ),
    (
        "en",
        "4. Annexes\n\n4.1 Annex J. The reporting form is set out in the annex to these "
        "guidelines.\n\n4.2 Annex K. The list of designated entities is published each "
        "month.\n",
        {"4.1": ("Annex J", "The reporting form is set")},
    ),
    (
        "fr",
        "11. Le formulaire figure en annexe.\n\n12. Annexe J. Le formulaire de déclaration "
        "figure en annexe aux présentes lignes directrices.\n\n13. Police. La police "
        "recrutera deux cents agents.\n",
        {
            "12": ("Annexe J", "Le formulaire de déclaration figure"),
            "13": ("Police", "La police recrutera deux cents"),
        },
    ),
]

# the same shape in a judgment: judges named in small letters before their letters, in turn
_TURNS: list[tuple[str, str, dict[str, tuple[str | None, str]]]] = [
    (
        "en",
        "6. The appeal concerns a conviction for financing terrorism.\n\n7. Edelman J: I "
        "agree with the orders proposed by the Chief Justice.\n\n8. Gordon J: I also agree "
        "with those orders.\n\n9. The appeal is dismissed.\n",
        {"7": (None, "Edelman J: I agree with"), "8": (None, "Gordon J: I also agree")},
    ),
    (
        "fr",
        "1. Le recours porte sur une condamnation.\n\n2. Juge Moreau : Je souscris à "
        "l'opinion de la majorité.\n\n3. Juge Roy : Je souscris aussi.\n",
        {"2": (None, "Juge Moreau : Je souscris"), "3": (None, "Juge Roy : Je souscris")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), _TOPICS + _TURNS)
def test_decimal_topics_keep_titles_judges_in_turn_do_not(
    lang: str, text: str, want: dict[str, tuple[str | None, str]]
) -> None:
    got = _read(text, lang)
    assert {n: got[n] for n in want} == want
