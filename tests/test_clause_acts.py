"""An act printed as an Irish or UK statute book prints it (guidelines §1, §1a), French and
English side by side: an arrangement of sections (a contents list with no page numbers:
its entries are not the clauses), Parts, a marginal heading with no full stop on the line
above each section (the section's title), ``1. (1)`` sections opening with their first
subsection, and a schedule whose numbered entries are cited in its own space
(``Schedule(1)``).

Each text is written for the test; the expected numbers and titles were worked out by hand
from the annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

ACT = {
    "en": """Number 9 of 2031

PORT SECURITY ACT 2031

ARRANGEMENT OF SECTIONS

Part 1
Preliminary
Section
1. Short title and commencement
2. Interpretation

Part 2
Security of Ports
3. Screening at ports
4. Offences

Schedule
Ports

An Act to provide for the security of ports.

Be it enacted by the Oireachtas as follows:

PART 1
Preliminary

Short title and commencement
1. (1) This Act may be cited as the Port Security Act 2031.
(2) This Act shall come into operation on such day as the Minister may appoint.

Interpretation
2. (1) In this Act "port" means a port named in the Schedule.
(2) A word used in this Act and in Directive (EU) 2017/541 has the meaning it has
(EU) in that Directive.

PART 2
Security of Ports

Screening at ports
3. (1) An officer may screen any person or vehicle entering a port.
(2) An officer may seize any explosive substance found on screening.

Offences
4. A person who obstructs an officer under section 3 is guilty of an offence.

SCHEDULE
Ports
1. Dublin Port.
2. Port of Cork.
""",
    "fr": """Numéro 9 de 2031

LOI DE 2031 SUR LA SÛRETÉ DES PORTS

TABLE DES ARTICLES

Partie 1
Dispositions préliminaires
Article
1. Titre abrégé et entrée en vigueur
2. Définitions

Partie 2
Sûreté des ports
3. Contrôle dans les ports
4. Infractions

Schedule
Ports

Loi relative à la sûreté des ports.

L'Oireachtas édicte ce qui suit :

PARTIE 1
Dispositions préliminaires

Titre abrégé et entrée en vigueur
1. (1) La présente loi peut être citée sous le titre de loi de 2031 sur la sûreté des ports.
(2) La présente loi entre en vigueur au jour fixé par le ministre.

Définitions
2. (1) Dans la présente loi, « port » désigne un port nommé à l'annexe.
(2) Un terme employé dans la présente loi et dans la directive (UE) 2017/541 a le sens
(UE) qu'il a dans cette directive.

PARTIE 2
Sûreté des ports

Contrôle dans les ports
3. (1) Un agent peut contrôler toute personne ou tout véhicule entrant dans un port.
(2) Un agent peut saisir toute substance explosive trouvée lors du contrôle.

Infractions
4. Quiconque entrave un agent agissant au titre de l'article 3 commet une infraction.

SCHEDULE
Ports
1. Port de Dublin.
2. Port de Cork.
""",
}

EXPECTED = {
    "en": [
        ("Part 1", "Preliminary"),
        ("1", "Short title and commencement"),
        ("1(1)", None),
        ("1(2)", None),
        ("2", "Interpretation"),
        ("2(1)", None),
        ("2(2)", None),
        ("Part 2", "Security of Ports"),
        ("3", "Screening at ports"),
        ("3(1)", None),
        ("3(2)", None),
        ("4", "Offences"),
        ("Schedule(1)", None),
        ("Schedule(2)", None),
    ],
    "fr": [
        ("Part 1", "Dispositions préliminaires"),
        ("1", "Titre abrégé et entrée en vigueur"),
        ("1(1)", None),
        ("1(2)", None),
        ("2", "Définitions"),
        ("2(1)", None),
        ("2(2)", None),
        ("Part 2", "Sûreté des ports"),
        ("3", "Contrôle dans les ports"),
        ("3(1)", None),
        ("3(2)", None),
        ("4", "Infractions"),
        ("Schedule(1)", None),
        ("Schedule(2)", None),
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_act_with_arrangement_of_sections_and_marginal_headings(lang: str) -> None:
    doc = parse_text(ACT[lang], language=lang)  # type: ignore[arg-type]
    assert [(c.number, c.title) for c in doc.clauses()] == EXPECTED[lang]
    first = doc.clauses()[1]
    assert first.text == ""  # "1. (1) …": the section opens with its first subsection


# The contents list repeats each Part's heading: the heading in the text is still its Part's
# title, not a running head (a line right under a bare division number is the division's).
@pytest.mark.parametrize(
    ("lang", "title"), [("en", "Security of Ports"), ("fr", "Sûreté des ports")]
)
def test_part_heading_repeated_by_the_contents_titles_its_part(lang: str, title: str) -> None:
    doc = parse_text(ACT[lang], language=lang)  # type: ignore[arg-type]
    assert {c.number: c.title for c in doc.clauses()}["Part 2"] == title


def _statute_page(title: str, sections: list[tuple[str, str, str]], part: str) -> str:
    """A legislation web page: each section's marginal note in a paragraph of its own (after
    a note word hidden from the screen), the section's number alone in bold, its
    subsections and paragraphs labelled in spans."""
    body = []
    for note, label, text in sections:
        body.append(f'<p class="MarginalNote"><span class="wb-invisible">{part}</span>{note}</p>')
        body.append(f"<p>{label} {text}</p>")
    head = f"<h1>{title}</h1>"
    return "<html><body><main>" + head + "\n".join(body) + "</main></body></html>"


PAGE = {
    "en": _statute_page(
        "Port Drone Safety Act",
        [
            ("Short title", "<strong>1</strong>", "Port Drone Safety Act."),
            (
                "Interception",
                '<strong>2</strong> <span class="lawlabel">(1)</span>',
                "An officer may take any reasonable measure to</p><ul><li><p>"
                '<span class="lawlabel">a)</span> detect a drone;</p></li><li><p>'
                '<span class="lawlabel">b)</span> seize it.</p></li></ul><p>',
            ),
            ("Air safety", '<span class="lawlabel">(2)</span>', "Measures are taken with care."),
            ("Coordination", '<span class="lawlabel">(2.1)</span>', "The police coordinate."),
            ("Information sharing", "<strong>2.1</strong>", "The Minister may share data."),
            ("Offence", "<strong>3</strong>", "Every person who flies a drone commits an offence."),
        ],
        "Marginal note:",
    ),
    "fr": _statute_page(
        "Loi sur la sûreté des ports face aux drones",
        [
            ("Titre abrégé", "<strong>1</strong>", "Loi sur la sûreté des ports face aux drones."),
            (
                "Interception",
                '<strong>2</strong> <span class="lawlabel">(1)</span>',
                "L'agent peut prendre toute mesure raisonnable pour :</p><ul><li><p>"
                '<span class="lawlabel">a)</span> détecter un drone;</p></li><li><p>'
                '<span class="lawlabel">b)</span> le saisir.</p></li></ul><p>',
            ),
            (
                "Sécurité aérienne",
                '<span class="lawlabel">(2)</span>',
                "Les mesures sont prudentes.",
            ),
            ("Coordination", '<span class="lawlabel">(2.1)</span>', "La police coordonne."),
            ("Échange de renseignements", "<strong>2.1</strong>", "Le ministre peut communiquer."),
            (
                "Infraction",
                "<strong>3</strong>",
                "Quiconque fait voler un drone commet une infraction.",
            ),
        ],
        "Note marginale :",
    ),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_statute_web_page_bold_numbers_and_marginal_notes(lang: str) -> None:
    """Each section's number alone in bold (no full stop) is the section; the marginal note
    above it titles it, the note above a subsection titles the subsection ((2) after the
    items of (1), (2.1) inserted after it); the screen-reader word before each note is not
    shown, so it is in no title."""
    doc = parse_text(PAGE[lang], lang, layout="html")  # type: ignore[arg-type]
    notes = _NOTES[lang]
    assert [(c.number, c.title) for c in doc.clauses()] == [
        ("1", notes[0]),
        ("2", notes[1]),
        ("2(1)", None),
        ("2(1)(a)", None),
        ("2(1)(b)", None),
        ("2(2)", notes[2]),
        ("2(2.1)", notes[3]),
        ("2.1", notes[4]),
        ("3", notes[5]),
    ]


_NOTES = {
    "en": [
        "Short title",
        "Interception",
        "Air safety",
        "Coordination",
        "Information sharing",
        "Offence",
    ],
    "fr": [
        "Titre abrégé",
        "Interception",
        "Sécurité aérienne",
        "Coordination",
        "Échange de renseignements",
        "Infraction",
    ],
}


AMENDING_LAW = {
    "fr": """LOI ORGANIQUE N° 2031-7 DU 3 MARS 2031

Article premier - La loi n° 2015-26 est modifiée comme suit.

Art. 2 - Sont ajoutés à la loi n° 2015-26 susvisée les articles 66 bis et 66 ter
ainsi libellés :

Article 66 bis - Les services de la douane contrôlent les personnes aux frontières.

Article 66 ter - Les gestionnaires des ports élaborent un plan de sûreté.

Art. 3 - La présente loi entre en vigueur le 1er janvier 2032.
""",
    "en": """ORGANIC LAW No. 2031-7 OF 3 MARCH 2031

Article 1 - Law No. 2015-26 is amended as follows.

Article 2 - The following Articles 66a and 66b are inserted in Law No. 2015-26 as
follows:

Article 66a - Customs officers shall check persons at the borders.

Article 66b - Port managers shall draw up a security plan.

Article 3 - This Law enters into force on 1 January 2032.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_articles_an_amending_article_inserts_are_its_text(lang: str) -> None:
    """``Article 66 bis`` after ``… ainsi libellés :``, not in the law's own sequence (which
    resumes with ``Art. 3``): an article of the amended law, whose words are the text of the
    article that inserts it, not a clause (guidelines §1)."""
    doc = parse_text(AMENDING_LAW[lang], language=lang)  # type: ignore[arg-type]
    clauses = doc.clauses()
    assert [c.number for c in clauses] == ["Article 1", "Article 2", "Article 3"]
    assert "66" in clauses[1].text and "plan" in clauses[1].text


def _grouped_statute(groups: list[tuple[str, list[tuple[str, str]]]]) -> str:
    """A provincial statute page: a group heading (``<h2>``) over one or more sections,
    each section's marginal note a bold paragraph of its own above its bold number."""
    body = ["<html><body><main><h1>Act</h1>"]
    for heading, notes in groups:
        body.append(f"<h2>{heading}</h2>")
        for note, text in notes:
            body.append(f"<p><b>{note}</b></p>\n<p>{text}</p>")
    return "\n".join(body) + "</main></body></html>"


GROUPED = {
    "en": _grouped_statute(
        [
            ("Interpretation", [("Definitions", "<b>1</b> In this Act, a drone is an aircraft.")]),
            (
                "Protected Sites",
                [
                    ("Designation", "<b>2</b> (1) The Minister may designate a port."),
                    ("Notice", "(2) The Minister shall publish the designation."),
                    ("Renewal", "<b>3</b> A designation may be renewed once."),
                ],
            ),
            (
                "Offences",
                [
                    ("Offence", "<b>4</b> (1) Every person who flies a drone is guilty."),
                    ("Limitation", "(2) No proceeding starts after two years."),
                ],
            ),
        ]
    ),
    "fr": _grouped_statute(
        [
            ("Interprétation", [("Définitions", "<b>1</b> Dans la présente loi, drone s'entend.")]),
            (
                "Sites protégés",
                [
                    ("Désignation", "<b>2</b> (1) Le ministre peut désigner un port."),
                    ("Avis", "(2) Le ministre publie la désignation."),
                    ("Renouvellement", "<b>3</b> La désignation peut être renouvelée."),
                ],
            ),
            (
                "Infractions",
                [
                    ("Infraction", "<b>4</b> (1) Quiconque fait voler un drone est coupable."),
                    ("Prescription", "(2) La poursuite se prescrit par deux ans."),
                ],
            ),
        ]
    ),
}

_GROUPED_EXPECTED = {
    "en": [
        ("1", "Definitions", "Interpretation"),
        ("2", "Designation", "Protected Sites"),
        ("2(1)", None, "Protected Sites"),
        ("2(2)", "Notice", "Protected Sites"),
        ("3", "Renewal", "Protected Sites"),
        ("4", "Offence", "Offences"),
        ("4(1)", None, "Offences"),
        ("4(2)", "Limitation", "Offences"),
    ],
    "fr": [
        ("1", "Définitions", "Interprétation"),
        ("2", "Désignation", "Sites protégés"),
        ("2(1)", None, "Sites protégés"),
        ("2(2)", "Avis", "Sites protégés"),
        ("3", "Renouvellement", "Sites protégés"),
        ("4", "Infraction", "Infractions"),
        ("4(1)", None, "Infractions"),
        ("4(2)", "Prescription", "Infractions"),
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_bold_marginal_notes_title_sections_under_group_headings(lang: str) -> None:
    """A bold line with no full stop right above each bold section number is the section's
    marginal note (its title, as the bold line above ``(2)`` titles the subsection); the
    ``<h2>`` group heading above it names the section (guidelines §1, §1a)."""
    doc = parse_text(GROUPED[lang], lang, layout="html")  # type: ignore[arg-type]
    assert [(c.number, c.title, c.section) for c in doc.clauses()] == _GROUPED_EXPECTED[lang]


# A consolidated regulation page that prints the section number in bold glued to each of its
# subsections (``<b>3</b>(1)``, ``<b>3</b>(2)``): section 3 opens with subsection (1), and the
# bold 3 before (2) only repeats the section's number (guidelines §1a: 3(1), 3(2)).
GLUED = {
    "en": (
        "<html><body><main><h1>Drone Safety Regulation</h1>"
        "<p><b>1</b> This Regulation may be cited as the Drone Safety Regulation.</p>"
        "<p><b>2</b>(1) The operator shall keep a security plan.</p>"
        "<p><b>2</b>(2) The plan is reviewed every two years.</p>"
        "<p><b>3</b> This Regulation comes into force on 1 March 2027.</p>"
        "</main></body></html>"
    ),
    "fr": (
        "<html><body><main><h1>Règlement sur la sûreté des drones</h1>"
        "<p><b>1</b> Le présent règlement peut être cité sous ce titre.</p>"
        "<p><b>2</b>(1) L'exploitant tient un plan de sûreté.</p>"
        "<p><b>2</b>(2) Le plan est revu tous les deux ans.</p>"
        "<p><b>3</b> Le présent règlement entre en vigueur le 1er mars 2027.</p>"
        "</main></body></html>"
    ),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_bold_section_number_glued_to_its_subsections(lang: str) -> None:
    doc = parse_text(GLUED[lang], lang, layout="html")  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1", "2", "2(1)", "2(2)", "3"]


# The same page with its marginal notes in a cell of their own beside each section (no bold,
# no full stop): they title the sections (guidelines §1a: marginal note), as the bold notes
# above do, once the glued subsections show that the sections hold subsections.
NOTED = {
    "en": [
        ("Citation", "<b>1</b> This Regulation may be cited as the Drone Safety Regulation."),
        (
            "Security plan",
            "<b>2</b>(1) The operator shall keep a security plan.</p>"
            "<p><b>2</b>(2) The plan is reviewed every two years.",
        ),
        (
            "Drones",
            "<b>3</b>(1) No person shall fly a drone near the site.</p>"
            "<p><b>3</b>(2) Subsection (1) does not apply to the police.",
        ),
        ("Commencement", "<b>4</b> This Regulation comes into force on 1 March 2027."),
    ],
    "fr": [
        ("Titre", "<b>1</b> Le présent règlement peut être cité sous ce titre."),
        (
            "Plan de sûreté",
            "<b>2</b>(1) L'exploitant tient un plan de sûreté.</p>"
            "<p><b>2</b>(2) Le plan est revu tous les deux ans.",
        ),
        (
            "Drones",
            "<b>3</b>(1) Nul ne peut faire voler un drone près du site.</p>"
            "<p><b>3</b>(2) Le paragraphe (1) ne s'applique pas à la police.",
        ),
        ("Entrée en vigueur", "<b>4</b> Le présent règlement entre en vigueur le 1er mars 2027."),
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_cell_marginal_notes_title_glued_sections(lang: str) -> None:
    rows = "".join(f'<tr><td class="note">{n}</td><td><p>{t}</p></td></tr>' for n, t in NOTED[lang])
    page = f"<html><body><main><h1>Regulation 2027-4</h1><table>{rows}</table></main></body></html>"
    doc = parse_text(page, lang, layout="html")  # type: ignore[arg-type]
    titles = {c.number: c.title for c in doc.clauses()}
    assert list(titles) == ["1", "2", "2(1)", "2(2)", "3", "3(1)", "3(2)", "4"]
    assert [titles[n] for n in ("1", "2", "3", "4")] == [n for n, _ in NOTED[lang]]
