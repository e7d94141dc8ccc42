"""The learned second look at a clause's run-in title (ctdocs.structure._titlefit,
data/models/title_fit.toml; guidelines §1a: a run-in title ends at a colon or a full stop,
and it names; a first sentence that says is the text).

The class (first sight of heldout21, heldout22, heldout23, heldout30; base of heldout13):
the rules title a paragraph's first sentence that says (``2.2 Les mineurs relèvent du
juge des enfants. La Commission …``) or leave untitled a name closed by a stop among
titled siblings (``1.3 Application. This Guideline applies to -``). Variants in other
shapes (other words, other marks, another number space) and negative rows of the same
shape (short sentences among untitled siblings, titled names among titled siblings, an
abbreviation's stop), French and English side by side; every expected decision worked out
by hand from the guidelines, never copied from output.
"""

from __future__ import annotations

from typing import Literal

import pytest

from ctdocs.structure._blocks import RawBlock
from ctdocs.structure._titlefit import (
    Candidate,
    features,
    fitted_run_in_titles,
    score,
    siblings,
    split_first_line,
)
from ctdocs.structure._titlefitschema import load_title_fit

Row = tuple[str, str, str, bool]  # words, mark, the rest of the line, titled by the rules
Verdict = Literal["title", "text", "rules"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Application. This Guideline applies to -",
            ("Application", ".", "This Guideline applies to -"),
        ),
        (
            "Champ d'application. La présente instruction s'applique :",
            ("Champ d'application", ".", "La présente instruction s'applique :"),
        ),
        (
            "Training and Education: Allies will train",
            ("Training and Education", ":", "Allies will train"),
        ),
        ("Formation : les partenaires forment", ("Formation", ":", "les partenaires forment")),
        ("Scope – This Act applies", ("Scope", "-", "This Act applies")),
        ("Objet — Le présent décret fixe", ("Objet", "-", "Le présent décret fixe")),
        # no mark on the line, or one too far for a title: no candidate
        ("The Committee met in Accra on 4 March", None),
        ("Le Comité s'est réuni à Accra le 4 mars", None),
        (" ".join(["word"] * 25) + ". Then more.", None),
    ],
)
def test_split_first_line(line: str, expected: tuple[str, str, str] | None) -> None:
    assert split_first_line(line, load_title_fit().max_words) == expected


def _verdicts(rows: list[Row]) -> list[Verdict]:
    """What the model does with each row among the others (its siblings, one group)."""
    model = load_title_fit()
    cands = [Candidate(w, s, r, t, "g", i) for i, (w, s, r, t) in enumerate(rows)]
    titled = sum(c.titled for c in cands)
    doc = siblings(cands, model.short_words)
    out: list[Verdict] = []
    for c in cands:
        z = score(features(c, doc, len(cands), titled), model)
        out.append("title" if z > model.margin else "text" if z < -model.margin else "rules")
    return out


CASES: dict[str, tuple[list[Row], int, Verdict]] = {
    # a first sentence that says, titled by the rules among untitled siblings: its text
    "en-saying-sentence": (
        [
            ("Background", ".", "The review was requested by the Minister.", False),
            (
                "My predecessor reported on the regime in 2022",
                ".",
                "Since then, the number of young people charged has grown.",
                True,
            ),
            (
                "The agencies answered every request",
                ".",
                "They gave the reviewer access to their files.",
                False,
            ),
            ("Three themes emerged", ":", "detention, supervision and release.", False),
        ],
        1,
        "text",
    ),
    "fr-saying-sentence": (
        [
            ("La loi a été adoptée en 2021", ".", "Elle a été modifiée depuis.", False),
            (
                "Les mineurs relèvent du juge des enfants",
                ".",
                "La Commission salue la circulaire conjointe du ministère.",
                True,
            ),
            ("Le rapport couvre l'année 2025", ".", "Il a été adopté en séance plénière.", False),
        ],
        1,
        "text",
    ),
    # a name closed by a stop before a lead-in, untitled among titled siblings: a title
    "en-name-among-titled": (
        [
            ("Purpose", ".", "This Guideline sets out the duties of charities.", True),
            ("Authority", ".", "This Guideline is issued under section 14.", True),
            ("Application", ".", "This Guideline applies to -", False),
            ("Commencement", ".", "This Guideline comes into force on 1 March 2026.", True),
        ],
        2,
        "title",
    ),
    "fr-name-among-titled": (
        [
            ("Objet", ".", "La présente instruction fixe les obligations des associations.", True),
            ("Fondement", ".", "La présente instruction est prise en application de la loi.", True),
            ("Champ d'application", ".", "La présente instruction s'applique :", False),
            (
                "Entrée en vigueur",
                ".",
                "La présente instruction entre en vigueur le 1er mars.",
                True,
            ),
        ],
        2,
        "title",
    ),
    # negative rows of the same shapes: short sentences among untitled siblings stay text
    "en-short-sentences-untitled": (
        [
            ("The Committee met twice", ".", "It heard the Minister.", False),
            ("Members agreed", ".", "The report was adopted.", False),
            ("Questions followed", ".", "The Chair closed the meeting.", False),
        ],
        1,
        "rules",
    ),
    "fr-short-sentences-untitled": (
        [
            ("Le Conseil a délibéré", ".", "Il a adopté le projet.", False),
            ("La séance est ouverte", ".", "Le président donne la parole au rapporteur.", False),
            ("Le quorum est atteint", ".", "La séance peut se tenir.", False),
        ],
        2,
        "rules",
    ),
    # titled names among titled siblings keep their titles
    "en-titled-names": (
        [
            ("Purpose", ".", "This Guideline sets out the duties.", True),
            ("Scope", ".", "It applies to charities.", True),
            ("Review", ".", "It is reviewed every year.", True),
        ],
        1,
        "title",
    ),
    "fr-titled-names": (
        [
            ("Objet", ":", "le présent arrêté fixe la liste des zones.", True),
            ("Zones", ":", "les zones sont délimitées en annexe.", True),
            ("Sanctions", ":", "les infractions sont punies de l'amende.", True),
        ],
        1,
        "title",
    ),
}


# at margin 2.5 the model is not sure enough of this one (score about -2.3): the rules'
# title stays, as heldout21 en11's at first sight (benchmarks/results/titles44_lobo.txt)
_KNOWN_MISS = {"en-saying-sentence"}


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(k, marks=pytest.mark.xfail(strict=True, reason="not sure by the margin"))
        if k in _KNOWN_MISS
        else k
        for k in sorted(CASES)
    ],
)
def test_decision(case: str) -> None:
    rows, k, expected = CASES[case]
    assert _verdicts(rows)[k] == expected


def _block(text: str, number: str, title: str | None, at: str, body: str) -> RawBlock:
    start = text.index(number)
    return RawBlock(
        kind="clause",
        start=start,
        end=text.index("\n", start),
        text=body,
        number=number,
        title=title,
        body_start=text.index(at, start),
    )


def test_saying_title_goes_back_to_its_text() -> None:
    """2.2's "title" says; its siblings are untitled: the sentence is the text's first."""
    text = (
        "2.1 La loi a été adoptée en 2021. Elle a été modifiée depuis.\n"
        "2.2 Les mineurs relèvent du juge des enfants. La Commission salue la circulaire.\n"
        "2.3 Le rapport couvre l'année 2025. Il a été adopté en séance plénière.\n"
    )
    blocks = [
        _block(
            text, "2.1", None, "La loi", "La loi a été adoptée en 2021. Elle a été modifiée depuis."
        ),
        _block(
            text,
            "2.2",
            "Les mineurs relèvent du juge des enfants",
            "La Commission",
            "La Commission salue la circulaire.",
        ),
        _block(
            text,
            "2.3",
            None,
            "Le rapport",
            "Le rapport couvre l'année 2025. Il a été adopté en séance plénière.",
        ),
    ]
    fitted_run_in_titles(blocks, text)
    b = blocks[1]
    assert b.title is None
    assert b.text == "Les mineurs relèvent du juge des enfants. La Commission salue la circulaire."
    assert b.body_start == text.index("Les mineurs")
    assert [x.title for x in (blocks[0], blocks[2])] == [None, None]


def test_name_before_a_lead_in_becomes_the_title() -> None:
    """1.3 opens with a name closed by a stop before a lead-in, its siblings titled so."""
    text = (
        "1.1 Purpose. This Guideline sets out the duties of charities.\n"
        "1.2 Authority. This Guideline is issued under section 14.\n"
        "1.3 Application. This Guideline applies to -\n"
        "1.4 Commencement. This Guideline comes into force on 1 March 2026.\n"
    )
    blocks = [
        _block(
            text,
            "1.1",
            "Purpose",
            "This Guideline sets",
            "This Guideline sets out the duties of charities.",
        ),
        _block(
            text,
            "1.2",
            "Authority",
            "This Guideline is",
            "This Guideline is issued under section 14.",
        ),
        _block(text, "1.3", None, "Application", "Application. This Guideline applies to -"),
        _block(
            text,
            "1.4",
            "Commencement",
            "This Guideline comes",
            "This Guideline comes into force on 1 March 2026.",
        ),
    ]
    fitted_run_in_titles(blocks, text)
    b = blocks[2]
    assert (b.title, b.text) == ("Application", "This Guideline applies to -")
    assert b.body_start == text.index("This Guideline applies")
    assert [x.title for x in blocks] == ["Purpose", "Authority", "Application", "Commencement"]


def test_heading_line_is_not_asked() -> None:
    """A title on its own line over the body (§1a: a numbered heading) is not a run-in
    candidate, whatever its words: the sentence-like heading keeps its title."""
    text = "1. The Committee met twice in 2025\nIt heard the Minister and adopted its report.\n"
    b = _block(
        text,
        "1.",
        "The Committee met twice in 2025",
        "It heard",
        "It heard the Minister and adopted its report.",
    )
    b.end = len(text)
    fitted_run_in_titles([b], text)
    assert b.title == "The Committee met twice in 2025"


def test_abbreviation_is_not_a_title() -> None:
    """``Hon. Amina Hassan``: the stop of an abbreviation, never cut as a title."""
    text = (
        "1. Hon. Amina Hassan, Kenya\n"
        "2. Hon. Claudine Uwamahoro, Rwanda\n"
        "3. Hon. Peter Mathuki, Kenya\n"
    )
    blocks = [
        _block(text, f"{n}.", None, "Hon.", line)
        for n, line in (
            (1, "Hon. Amina Hassan, Kenya"),
            (2, "Hon. Claudine Uwamahoro, Rwanda"),
            (3, "Hon. Peter Mathuki, Kenya"),
        )
    ]
    fitted_run_in_titles(blocks, text)
    assert [b.title for b in blocks] == [None, None, None]
