"""Items written inline in a sentence with no colon before the first (``the Minister may
list a person who will (a) engage …; or (b) travel …``, ``the High Court held that (i) …;
(ii) …; and (iii) …``) are clauses too (guidelines §1a): the first item follows a word, its
text goes on in lower case and its successor comes next after a semicolon. A label that a
sentence only cites (``subsections (3) and (4)``, ``paragraph (a) of the Act;``) opens none.
French and English side by side, as an annual report and a judgment print them.

Each text is written for the test; the expected numbers and first words were worked out by
hand from the annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

REPORT = {
    "en": """How the Program works

1. The Program screens passengers on domestic and international flights.

2. The Minister may list a person where there are reasonable grounds to suspect that
the person will (a) engage or attempt to engage in an act that would threaten
transportation security; or (b) travel by air for the purpose of committing an offence.

3. The listing is reviewed every ninety days by the Passenger Protect Inquiries Office.
""",
    "fr": """Fonctionnement du programme

1. Le programme contrôle les passagers des vols intérieurs et internationaux.

2. Le ministre peut inscrire une personne s'il a des motifs raisonnables de soupçonner
qu'elle va (a) participer ou tenter de participer à un acte menaçant la sûreté des
transports ; ou (b) se déplacer par avion dans le but de commettre une infraction.

3. L'inscription est réexaminée tous les quatre-vingt-dix jours par le Bureau compétent.
""",
}

FIRST_ITEMS = {
    "en": ("engage or attempt to engage", "travel by air for the"),
    "fr": ("participer ou tenter de participer", "se déplacer par avion dans"),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_items_after_a_word_are_clauses(lang: str) -> None:
    doc = parse_text(REPORT[lang], language=lang)  # type: ignore[arg-type]
    by = {c.number: c for c in doc.clauses()}
    assert [c.number for c in doc.clauses()] == ["1", "2", "2(a)", "2(b)", "3"]
    a, b = FIRST_ITEMS[lang]
    assert by["2(a)"].text.startswith(a)
    assert by["2(b)"].text.startswith(b)
    assert by["2(a)"].parent_number == "2"
    assert not by["2"].text.rstrip().endswith(("transportation security;", "infraction."))


JUDGMENT = {
    "en": """4. The Special Judge rejected the bail application. The High Court reversed that
order, holding that (i) the statements of protected witnesses were not yet tested; (ii) the
respondent had been in custody for over two years; and (iii) the trial was unlikely to end soon.

5. The State appeals against that order.
""",
    "fr": """4. Le juge a rejeté la demande de mise en liberté. La cour d'appel a réformé cette
décision, considérant que (i) les déclarations des témoins protégés n'étaient pas éprouvées ;
(ii) l'intéressé était détenu depuis plus de deux ans ; et (iii) le procès ne finirait pas bientôt.

5. Le ministère public forme un pourvoi contre cette décision.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_roman_items_after_a_word_are_clauses(lang: str) -> None:
    doc = parse_text(JUDGMENT[lang], language=lang)  # type: ignore[arg-type]
    by = {c.number: c for c in doc.clauses()}
    assert [c.number for c in doc.clauses()] == ["4", "4(i)", "4(ii)", "4(iii)", "5"]
    assert by["4(iii)"].text.split()[0] in ("the", "le")


CITED = {
    "en": """1. The permit holder shall keep the records referred to in paragraph (a) of the
Regulations; the inspector may examine them at any time.

2. Subject to subsections (3) and (4), no person shall transport unmarked explosives.

3. The offences listed in (a) and (b) of section 83.18 are excluded; the court may then
order a stay.
""",
    "fr": """1. Le titulaire du permis tient les registres visés au paragraphe (a) du
règlement ; l'inspecteur peut les examiner à tout moment.

2. Sous réserve des paragraphes (3) et (4), nul ne peut transporter d'explosifs non marqués.

3. Les infractions visées aux (a) et (b) de l'article 83.18 sont exclues ; le tribunal peut
alors ordonner un sursis.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_cited_labels_open_no_items(lang: str) -> None:
    """A label cited inside a sentence has no successor after a semicolon (``(a) and (b) of
    section 83.18``), or continues a family already open (``subsections (3) and (4)`` in
    paragraph 2): both stay text."""
    doc = parse_text(CITED[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1", "2", "3"]
