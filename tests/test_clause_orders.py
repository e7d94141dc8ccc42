"""Sections an order or a regulation numbers with the word itself (guidelines §1a, statute
section): ``Section 1. Purpose.``, ``Sec. 2. Definitions.`` as a US executive order prints
them in the Federal Register, French and English side by side. The section is cited by its
number; its run-in title ends at the full stop; an item opening the rest of the line is the
section's first item (the section's own text is then empty).

Each text is written for the test; the expected numbers, titles and texts were worked out
by hand from the annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

ORDER = {
    "en": """Executive Order 99999 of March 3, 2031

Protecting Ports Against Drone Threats

By the authority vested in me as President, it is hereby ordered as follows:

Section 1. Purpose. Hostile groups have used small drones to watch ports and
to carry explosives toward ships at anchor.

Sec. 2. Definitions. For purposes of this order:
(a) The term ''port'' means a harbour open to commercial shipping.
(b) The term ''drone'' means an unmanned aircraft of any size.

Sec. 3. Port Protection. (a) Within 60 days, the Secretary shall:
      (i) map the ports most at risk; and
      (ii) propose rules for detection at those ports.
   (b) Nothing in this section, nor section 3(a)(i), shall be construed to
limit the powers of a port authority.

Sec. 4. Reporting. The Secretary shall report to the President on this order
each year.
""",
    "fr": """Décret présidentiel 99999 du 3 mars 2031

Protection des ports contre les drones

En vertu des pouvoirs qui me sont conférés, il est ordonné ce qui suit :

Section 1. Objet. Des groupes hostiles ont utilisé de petits drones pour observer les
ports et porter des explosifs vers les navires au mouillage.

Sec. 2. Définitions. Aux fins du présent décret :
(a) Le terme « port » désigne un port ouvert à la navigation commerciale.
(b) Le terme « drone » désigne un aéronef sans pilote de toute taille.

Sec. 3. Protection des ports. (a) Dans un délai de 60 jours, le Secrétaire :
      (i) recense les ports les plus exposés ;
      (ii) propose des règles de détection pour ces ports.
   (b) Rien dans la présente section, ni la section 3(a)(i), ne limite les
pouvoirs d'une autorité portuaire.

Sec. 4. Rapport. Le Secrétaire fait rapport au Président sur le présent décret
chaque année.
""",
}

EXPECTED = {
    "en": [
        ("1", "Purpose", "Hostile groups"),
        ("2", "Definitions", "For purposes of"),
        ("2(a)", None, "The term ''port''"),
        ("2(b)", None, "The term ''drone''"),
        ("3", "Port Protection", ""),
        ("3(a)", None, "Within 60 days"),
        ("3(a)(i)", None, "map the ports"),
        ("3(a)(ii)", None, "propose rules for"),
        ("3(b)", None, "Nothing in this"),
        ("4", "Reporting", "The Secretary shall"),
    ],
    "fr": [
        ("1", "Objet", "Des groupes hostiles"),
        ("2", "Définitions", "Aux fins du"),
        ("2(a)", None, "Le terme « port »"),
        ("2(b)", None, "Le terme « drone »"),
        ("3", "Protection des ports", ""),
        ("3(a)", None, "Dans un délai de"),
        ("3(a)(i)", None, "recense les ports"),
        ("3(a)(ii)", None, "propose des règles"),
        ("3(b)", None, "Rien dans la"),
        ("4", "Rapport", "Le Secrétaire fait"),
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_word_numbered_sections_are_statute_sections(lang: str) -> None:
    doc = parse_text(ORDER[lang], language=lang)  # type: ignore[arg-type]
    got = [(c.number, c.title, c.text) for c in doc.clauses()]
    assert [(n, t) for n, t, _ in got] == [(n, t) for n, t, _ in EXPECTED[lang]]
    for (n, _, text), (_, _, start) in zip(got, EXPECTED[lang], strict=True):
        assert text.startswith(start) if start else text == "", (n, text[:40])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Section 1 – General\n\n1. The Allies agree.\n\n2. They will act.\n"),
        ("fr", "Section 1 – Généralités\n\n1. Les Alliés conviennent.\n\n2. Ils agiront.\n"),
    ],
)
def test_section_word_without_full_stop_is_no_statute_section(lang: str, text: str) -> None:
    """``Section 1 – General`` over plain paragraphs: a heading, not section 1 (its
    paragraphs keep their own numbers)."""
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1", "2"]


@pytest.mark.parametrize(
    ("lang", "page", "expected"),
    [
        (
            "en",
            "<h1>Communiqué</h1><p>1. <strong>Expresses</strong> deep concern over the"
            " attacks.</p><p>2. <strong>Border security.</strong> Member States will act.</p>",
            [("1", None, "Expresses deep concern"), ("2", "Border security", "Member States")],
        ),
        (
            "fr",
            "<h1>Communiqué</h1><p>1. <strong>Exprime</strong> sa profonde préoccupation face"
            " aux attaques.</p><p>2. <strong>Sécurité des frontières.</strong> Les États"
            " membres agiront.</p>",
            [("1", None, "Exprime sa profonde"), ("2", "Sécurité des frontières", "Les États")],
        ),
    ],
)
def test_stressed_verb_is_no_run_in_title(
    lang: str, page: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """``1. **Expresses** deep concern …``: bold words the sentence runs on from are stressed,
    not a title (a run-in title ends at a colon or a full stop, guidelines §1a); a bold
    title closed by its full stop stays one."""
    doc = parse_text(page, lang, layout="html")  # type: ignore[arg-type]
    got = [(c.number, c.title, c.text) for c in doc.clauses()]
    assert [(n, t) for n, t, _ in got] == [(n, t) for n, t, _ in expected]
    for (_, _, text), (_, _, start) in zip(got, expected, strict=True):
        assert text.startswith(start), text
