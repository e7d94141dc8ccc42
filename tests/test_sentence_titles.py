"""Sentences that only look like titles, French and English side by side (guidelines §1,
§1a: a title names; a clause's sentence is its text): a sentence the line end cut after a
number (its first line is no heading standing alone, whatever case the next line opens
in), and a first sentence set in plain type where the siblings set their run-in titles in
bold (the emphasis is how the document tells its titles).

The expected values were worked out by hand from the annotation guidelines.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

_CUT = {
    "en": (
        "1. Purpose\n\n"
        "(1) These Guidelines may be applied by the PORT AUTHORITY\n"
        "AND THE HARBOUR POLICE when a suspicious drone is reported.\n\n"
        "(2) Operators shall keep a log of every report.\n\n"
        "2. Training and exercises for first responders\n"
        "Port staff train with the police every year.\n"
    ),
    "fr": (
        "1. Objet\n\n"
        "(1) Les présentes lignes directrices peuvent être appliquées par la CAPITAINERIE\n"
        "ET LA POLICE PORTUAIRE lorsqu'un drone suspect est signalé.\n\n"
        "(2) Les exploitants tiennent un registre de chaque signalement.\n\n"
        "2. Formation et exercices des primo-intervenants\n"
        "Le personnel portuaire s'entraîne chaque année avec la police.\n"
    ),
}


@pytest.mark.parametrize(
    ("lang", "opening", "heading"),
    [
        ("fr", "Les présentes lignes directrices peuvent être", "Formation et exercices"),
        ("en", "These Guidelines may be applied by the", "Training and exercises for"),
    ],
)
def test_a_sentence_cut_at_a_line_end_is_no_heading(lang: str, opening: str, heading: str) -> None:
    """``(1) These Guidelines may be applied by the PORT AUTHORITY`` over ``AND THE HARBOUR
    POLICE when …``: the line holds a sentence's words (``may``, ``peuvent``), so the next
    line in capitals goes on with it; ``1(1)`` has no title and its text is the whole
    sentence. A heading standing alone on its line (``2. Training and exercises …``) keeps
    its title."""
    doc = parse_text(_CUT[lang], lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1", "1(1)", "1(2)", "2"]
    sub = doc.clause("1(1)")
    assert sub is not None and sub.title is None
    assert " ".join(sub.text.split()).startswith(opening)
    two = doc.clause("2")
    assert two is not None and (two.title or "").startswith(heading)


def _programme(lang: str, last_bold: bool) -> str:
    if lang == "en":
        heads = ("Religious strand.", "Legal strand.", "Each cycle lasts four months.")
        bodies = (
            "Seminars led by scholars address extremist narratives.",
            "Workshops are run by the national human rights council.",
            "The next cycle will open on 3 March 2027 at the central prison.",
        )
        top = "## 2. Programme content"
    else:
        heads = ("Volet religieux.", "Volet juridique.", "Chaque cycle dure quatre mois.")
        bodies = (
            "Des séminaires animés par des oulémas portent sur le discours extrémiste.",
            "Des ateliers sont animés par le conseil national des droits de l'Homme.",
            "Le prochain cycle s'ouvrira le 3 mars 2027 à la prison centrale.",
        )
        top = "## 2. Contenu du programme"
    lines = [top]
    for k, (h, b) in enumerate(zip(heads, bodies, strict=True), 1):
        head = f"**{h}**" if k < 3 or last_bold else h
        lines.append(f"2.{k}. {head} {b}")
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("lang", "first", "sentence"),
    [
        ("fr", "Volet religieux", "Chaque cycle dure quatre mois"),
        ("en", "Religious strand", "Each cycle lasts four months"),
    ],
)
def test_a_plain_first_sentence_among_bold_titles_is_text(
    lang: str, first: str, sentence: str
) -> None:
    """``2.3. Each cycle lasts four months. The next …`` after ``2.1. **Religious
    strand.**`` and ``2.2. **Legal strand.**``: the siblings set their titles in bold, so
    the plain first sentence of 2.3 is its text (no title). Set in bold like the others, it
    is 2.3's title."""
    doc = parse_text(_programme(lang, last_bold=False), lang)  # type: ignore[arg-type]
    one, three = doc.clause("2.1"), doc.clause("2.3")
    assert one is not None and one.title == first
    assert three is not None and three.title is None and three.text.startswith(sentence)
    bold = parse_text(_programme(lang, last_bold=True), lang)  # type: ignore[arg-type]
    three = bold.clause("2.3")
    assert three is not None and three.title == sentence


_RECOMMENDATIONS = {
    "en": (
        "Recommendations\n\n"
        "Recommendation 1: Port operators should test their plans every year.\n\n"
        "Recommendation 2: The National Crisis Centre should be activated\n"
        "for any declared terrorist emergency.\n\n"
        "I close the inquiry.\n"
    ),
    "fr": (
        "Recommandations\n\n"
        "Recommandation 1 : Les exploitants portuaires devraient tester leurs plans chaque "
        "année.\n\n"
        "Recommandation 2 : Le Centre national de crise devrait être activé\n"
        "pour toute urgence terroriste déclarée.\n\n"
        "Je clos l'enquête.\n"
    ),
}


@pytest.mark.parametrize(
    ("lang", "label", "opening"),
    [
        ("fr", "Recommandation 2", "Le Centre national de crise devrait"),
        ("en", "Recommendation 2", "The National Crisis Centre should"),
    ],
)
def test_a_recommendation_that_says_what_ought_to_be_done_is_text(
    lang: str, label: str, opening: str
) -> None:
    """``Recommendation 2: The National Crisis Centre should be activated …`` with a
    paragraph below it: one sentence with a modal (``should``, ``devrait``) says what
    ought to be done; it is the recommendation's text, not a title over the paragraph."""
    doc = parse_text(_RECOMMENDATIONS[lang], lang)  # type: ignore[arg-type]
    rec = doc.clause(label)
    assert rec is not None and rec.title is None
    assert " ".join(rec.text.split()).startswith(opening)


_NOTES = {
    "en": (
        (
            "Citation and commencement.",
            "1. (1) These regulations may be cited as the Drone "
            "Security Regulations, 2027.</p>\n<p>(2) They come into force on 1 March 2027.",
        ),
        ("Interpretation.", '2. In these regulations "site" means a protected site.'),
        ("Restricted airspace.", "3. No person shall fly a drone over a protected site."),
    ),
    "fr": (
        (
            "Objet et entrée en vigueur.",
            "1. (1) Le présent arrêté fixe les zones interdites "
            "aux drones.</p>\n<p>(2) Il entre en vigueur le 1er mars 2027.",
        ),
        ("Définitions.", "2. Au sens du présent arrêté, « site » désigne un site protégé."),
        ("Espace aérien interdit.", "3. Nul ne peut faire voler un drone au-dessus d'un site."),
    ),
}


@pytest.mark.parametrize(
    ("lang", "titles"),
    [
        ("fr", ["Objet et entrée en vigueur", "Définitions", "Espace aérien interdit"]),
        ("en", ["Citation and commencement", "Interpretation", "Restricted airspace"]),
    ],
)
def test_a_stop_closed_heading_above_each_section_is_its_marginal_note(
    lang: str, titles: list[str]
) -> None:
    """``<h3>Interpretation.</h3>`` above ``2. In these regulations …``: a statute prints
    each section's marginal note as a heading above its number, closed by a full stop; it
    is the section's title (the stop stripped), not a section heading (§1a statute
    section)."""
    body = "".join(f"<h3>{h}</h3>\n<p>{p}</p>\n" for h, p in _NOTES[lang])
    page = f"<html><body><h1>REGULATIONS</h1>\n<p>Made by the Minister.</p>\n{body}</body></html>"
    doc = parse_text(page, lang)  # type: ignore[arg-type]
    got = {c.number: c for c in doc.clauses()}
    assert [got[n].title for n in ("1", "2", "3")] == titles
    assert got["1(1)"].title is None and got["2"].section is None
