"""Statute sections numbered with a letter suffix (``11A.``, ``12AA.``, ``Part 3A``) as Hong
Kong, UK, Indian and Australian acts print them, with subsections ``(1)``, paragraphs ``(a)``
and sub-paragraphs ``(i)`` (guidelines §1a, statute section: ``11B(2)(b)(iii)``); the history
note under a section (``(Added 7 of 2031 s. 3)``) is no heading; the items of a definition in
a subsection are not clauses (guidelines §1); a lone lettered section an amending act quotes
is another act's. French and English side by side.

Each text is written for the test; the expected numbers were worked out by hand from the
annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

HTML = {
    "en": """<html><body><main>
<h2>Part 4B</h2>
<h2>Screening of Travellers</h2>
<p class="history">(Part 4B added 7 of 2031 s. 3)</p>
<h3>12AA. Powers of screening officers</h3>
<p>(1) A screening officer may examine any baggage at a port.</p>
<p>(2) In this section—</p>
<p><strong>screening officer</strong> means—</p>
<p>(a) a police officer; or</p>
<p>(b) a customs officer.</p>
<p class="history">(Added 7 of 2031 s. 3)</p>
<h3>12AB. Offences</h3>
<p>(1) A person who obstructs a screening officer commits an offence.</p>
<p>(2) A person who—</p>
<p>(a) refuses to open baggage; or</p>
<p>(b) gives false information about—</p>
<p>(i) his identity; or</p>
<p>(ii) his journey,</p>
<p>is liable to a fine.</p>
</main></body></html>
""",
    "fr": """<html><body><main>
<h2>Partie 4B</h2>
<h2>Contrôle des voyageurs</h2>
<p class="history">(Partie 4B ajoutée 7 de 2031 art. 3)</p>
<h3>12AA. Pouvoirs des agents de contrôle</h3>
<p>(1) Un agent de contrôle peut examiner tout bagage dans un port.</p>
<p>(2) Au présent article—</p>
<p><strong>agent de contrôle</strong> désigne—</p>
<p>(a) un officier de police ; ou</p>
<p>(b) un agent des douanes.</p>
<p class="history">(Ajouté 7 de 2031 art. 3)</p>
<h3>12AB. Infractions</h3>
<p>(1) Quiconque entrave un agent de contrôle commet une infraction.</p>
<p>(2) Quiconque—</p>
<p>(a) refuse d'ouvrir un bagage ; ou</p>
<p>(b) donne de fausses informations sur—</p>
<p>(i) son identité ; ou</p>
<p>(ii) son voyage,</p>
<p>est passible d'une amende.</p>
</main></body></html>
""",
}

HTML_NUMBERS = [
    "Part 4B",
    "12AA",
    "12AA(1)",
    "12AA(2)",
    "12AB",
    "12AB(1)",
    "12AB(2)",
    "12AB(2)(a)",
    "12AB(2)(b)",
    "12AB(2)(b)(i)",
    "12AB(2)(b)(ii)",
]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_lettered_sections_of_an_html_act(lang: str) -> None:
    doc = parse_text(HTML[lang], language=lang, layout="html")  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == HTML_NUMBERS


@pytest.mark.parametrize(
    ("lang", "part", "section"),
    [
        ("en", "Screening of Travellers", "Powers of screening officers"),
        ("fr", "Contrôle des voyageurs", "Pouvoirs des agents de contrôle"),
    ],
)
def test_history_note_is_no_heading(lang: str, part: str, section: str) -> None:
    doc = parse_text(HTML[lang], language=lang, layout="html")  # type: ignore[arg-type]
    by = {c.number: c for c in doc.clauses()}
    assert by["Part 4B"].title == part
    assert by["12AA"].title == section
    assert all(c.section is None for c in doc.clauses())


PLAIN = {
    "en": """Security of Ports Act 2031

5. Screening at ports
(1) A screening officer may examine any baggage at a port.
(2) A screening officer may retain—
(a) any dangerous article; or
(b) any travel document issued—
(i) by the State; or
(ii) by a foreign authority.

5A. Screening of cargo
(1) A screening officer may examine any cargo at a port.

6. Amendment of the Aviation Act
The Aviation Act 2010 is amended by inserting after section 12 the following section:
"12A. (1) An airport operator must screen every passenger.
(2) An airport operator who fails to do so commits an offence."
""",
    "fr": """Loi de 2031 sur la sûreté des ports

5. Contrôle dans les ports
(1) Un agent de contrôle peut examiner tout bagage dans un port.
(2) Un agent de contrôle peut retenir—
(a) tout objet dangereux ; ou
(b) tout document de voyage délivré—
(i) par l'État ; ou
(ii) par une autorité étrangère.

5A. Contrôle du fret
(1) Un agent de contrôle peut examiner tout fret dans un port.

6. Modification de la loi sur l'aviation
La loi de 2010 sur l'aviation est modifiée par l'insertion, après l'article 12, de ce qui suit :
"12A. (1) L'exploitant d'un aéroport contrôle chaque passager.
(2) L'exploitant qui ne le fait pas commet une infraction."
""",
}

PLAIN_NUMBERS = [
    "5",
    "5(1)",
    "5(2)",
    "5(2)(a)",
    "5(2)(b)",
    "5(2)(b)(i)",
    "5(2)(b)(ii)",
    "5A",
    "5A(1)",
    "6",
]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_inserted_lettered_section_of_a_plain_act(lang: str) -> None:
    doc = parse_text(PLAIN[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == PLAIN_NUMBERS
