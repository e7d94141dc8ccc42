"""A bill or an act in a plain-text copy (guidelines §1, §1a), French and English side by
side: its section headings set in capitals and closed by a full stop (the section's title,
not its text), run-in titles closed by a dash typed as two hyphens (``(a) Short Title.--``),
a contents list inside the first section whose entries print the later headings again
(the list is not the clauses), and an item whose first line a hard line break cut after a
comma (``(1) Between 2022 and 2025, the Federal`` is no heading).

Each text is written for the test, in the styles of several publishers (a parliament's
printed bill, a provincial gazette, a ministry's plain-text copy); the expected numbers,
titles and first words were worked out by hand from the annotation guidelines.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

BILL = {
    "en": """A BILL

To strengthen the security of ports and harbours, and for other purposes.

SECTION 1. SHORT TITLE; TABLE OF CONTENTS.

    (a) Short Title.--This Act may be cited as the ``Port Security Act''.
    (b) Table of Contents.--The table of contents for this Act is as
follows:

Sec. 1. Short title; table of contents.
Sec. 2. Findings.
Sec. 3. Screening at ports.
Sec. 4. Reports.

SEC. 2. FINDINGS.

    The Parliament finds the following:
        (1) Between January 2021 and March 2024, the Harbour
    Authority recorded more than 400 unauthorised drone flights.
        (2) Port operators lack clear legal authority to act.

SEC. 3. SCREENING AT PORTS.

    (a) In General.--An officer may screen any person entering a
port.
    (b) Seizure.--An officer may seize any explosive substance.

SEC. 4. REPORTS.

    The Minister shall report to the Parliament each year.
""",
    "fr": """PROJET DE LOI

visant à renforcer la sûreté des ports.

ARTICLE 1. TITRE ABRÉGÉ; TABLE DES MATIÈRES.

    a) Titre abrégé.--La présente loi peut être citée sous le titre « Loi sur la sûreté
des ports ».
    b) Table des matières.--La table des matières de la présente loi est la
suivante :

Art. 1. Titre abrégé; table des matières.
Art. 2. Constatations.
Art. 3. Contrôle dans les ports.
Art. 4. Rapports.

ART. 2. CONSTATATIONS.

    Le Parlement constate ce qui suit :
        1° Entre janvier 2021 et mars 2024, l'Autorité portuaire
    a relevé plus de 400 vols de drones non autorisés.
        2° Les exploitants de ports n'ont pas de pouvoir clair d'agir.

ART. 3. CONTRÔLE DANS LES PORTS.

    a) Principe.--Un agent peut contrôler toute personne qui entre dans un port.
    b) Saisie.--Un agent peut saisir toute substance explosive.

ART. 4. RAPPORTS.

    Le ministre fait rapport au Parlement chaque année.
""",
}

EXPECTED = {
    "en": [
        ("1", "SHORT TITLE; TABLE OF CONTENTS", ""),
        ("1(a)", "Short Title", "This Act may be cited"),
        ("1(b)", "Table of Contents", "The table of contents"),
        ("2", "FINDINGS", "The Parliament finds"),
        ("2(1)", None, "Between January 2021"),
        ("2(2)", None, "Port operators lack"),
        ("3", "SCREENING AT PORTS", ""),
        ("3(a)", "In General", "An officer may screen"),
        ("3(b)", "Seizure", "An officer may seize"),
        ("4", "REPORTS", "The Minister shall"),
    ],
    "fr": [
        ("Article 1", "TITRE ABRÉGÉ; TABLE DES MATIÈRES", ""),
        ("Article 1(a)", "Titre abrégé", "La présente loi peut"),
        ("Article 1(b)", "Table des matières", "La table des matières"),
        ("Article 2", "CONSTATATIONS", "Le Parlement constate"),
        ("Article 2(1°)", None, "Entre janvier 2021"),
        ("Article 2(2°)", None, "Les exploitants de ports"),
        ("Article 3", "CONTRÔLE DANS LES PORTS", ""),
        ("Article 3(a)", "Principe", "Un agent peut contrôler"),
        ("Article 3(b)", "Saisie", "Un agent peut saisir"),
        ("Article 4", "RAPPORTS", "Le ministre fait"),
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_bill_sections_contents_and_dashed_titles(lang: str) -> None:
    doc = parse_text(BILL[lang], language=lang)  # type: ignore[arg-type]
    got = [(c.number, c.title, c.text) for c in doc.clauses()]
    assert [(n, t) for n, t, _ in got] == [(n, t) for n, t, _ in EXPECTED[lang]]
    for (n, _, text), (_, _, start) in zip(got, EXPECTED[lang], strict=True):
        assert text.startswith(start) if start else text == "", (n, text[:40])


RUNNING_HEADS = {
    "en": """Chapter 5—Security

Part 5.3—Terrorism

Division 100—Preliminary

100.1  Definitions
In this Part, terrorist act means an act done to coerce a government.

Chapter 5  Security
Part 5.3  Terrorism
Division 101  Terrorism

Division 101—Terrorism

101.1  Terrorist acts
A person who carries out a terrorist act is guilty of an offence.

Chapter 5  Security
Part 5.3  Terrorism
Division 101  Terrorism

101.2  Training
A person who provides training for a terrorist act is guilty of an offence.
""",
    "fr": """Chapitre 5—Sécurité

Partie 5.3—Terrorisme

Division 100—Dispositions préliminaires

100.1  Définitions
Dans la présente partie, acte terroriste s'entend d'un acte commis pour contraindre un État.

Chapitre 5  Sécurité
Partie 5.3  Terrorisme
Division 101  Terrorisme

Division 101—Terrorisme

101.1  Actes terroristes
Quiconque commet un acte terroriste commet une infraction.

Chapitre 5  Sécurité
Partie 5.3  Terrorisme
Division 101  Terrorisme

101.2  Entraînement
Quiconque fournit un entraînement en vue d'un acte terroriste commet une infraction.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_running_heads_that_repeat_headings_are_no_contents_list(lang: str) -> None:
    """A block of headings printed again atop each page repeats headings that mostly stand
    above it: a running head, not a contents list; the division it names first is kept."""
    doc = parse_text(RUNNING_HEADS[lang], language=lang)  # type: ignore[arg-type]
    assert "Division 101" in [c.number for c in doc.clauses()]


SITE = {
    "en": """Table of Contents
  Long Title
  Part 1 PRELIMINARY
    1 Short title
    2 Interpretation
  Part 2 SCREENING
    3 Screening at ports
    4 Powers of authorised officers in respect of unmanned aircraft

Port Security Act 2031

PART 1
PRELIMINARY

Short title
1.  This Act is the Port Security Act 2031.

Interpretation
2.—(1)  In this Act, "port" means a port named by the Minister.
(2)  A port includes its approaches.

PART 2
SCREENING

Screening at ports
3.—(1)  An officer may screen any person entering a port.
(2)  An officer may seize any explosive found on screening.

Powers of authorised officers in respect of unmanned aircraft
4.  An authorised officer may disable an unmanned aircraft over a port.
""",
    "fr": """Table des matières
  Titre complet
  Partie 1 DISPOSITIONS PRÉLIMINAIRES
    1 Titre abrégé
    2 Définitions
  Partie 2 CONTRÔLE
    3 Contrôle dans les ports
    4 Pouvoirs des agents autorisés à l'égard des aéronefs sans pilote

Loi de 2031 sur la sûreté des ports

PARTIE 1
DISPOSITIONS PRÉLIMINAIRES

Titre abrégé
1.  La présente loi est la Loi de 2031 sur la sûreté des ports.

Définitions
2.—(1)  Dans la présente loi, « port » s'entend d'un port désigné par le ministre.
(2)  Un port comprend ses accès.

PARTIE 2
CONTRÔLE

Contrôle dans les ports
3.—(1)  Un agent peut contrôler toute personne qui entre dans un port.
(2)  Un agent peut saisir tout explosif trouvé lors du contrôle.

Pouvoirs des agents autorisés à l'égard des aéronefs sans pilote
4.  Un agent autorisé peut neutraliser un aéronef sans pilote au-dessus d'un port.
""",
}


@pytest.mark.parametrize(
    ("lang", "parts"),
    [("en", ("PRELIMINARY", "SCREENING")), ("fr", ("DISPOSITIONS PRÉLIMINAIRES", "CONTRÔLE"))],
)
def test_statute_site_contents_is_no_clauses(lang: str, parts: tuple[str, str]) -> None:
    """A statute site's contents (``Part 1 PRELIMINARY``, ``1 Short title`` …, entries whose
    words come back as the Parts' headings and the sections' notes): not the clauses; the
    Parts are read where the act prints them, with their titles, and each note above a
    section (printed twice: in the contents and above its section) is the section's title."""
    doc = parse_text(SITE[lang], language=lang)  # type: ignore[arg-type]
    got = [(c.number, c.title) for c in doc.clauses() if c.number.startswith("Part")]
    assert got == [("Part 1", parts[0]), ("Part 2", parts[1])]
    top = [(c.number, c.title) for c in doc.clauses() if "(" not in c.number]
    assert top == [("Part 1", parts[0]), *NOTES[lang][:2], ("Part 2", parts[1]), *NOTES[lang][2:]]


NOTES = {
    "en": [
        ("1", "Short title"),
        ("2", "Interpretation"),
        ("3", "Screening at ports"),
        ("4", "Powers of authorised officers in respect of unmanned aircraft"),
    ],
    "fr": [
        ("1", "Titre abrégé"),
        ("2", "Définitions"),
        ("3", "Contrôle dans les ports"),
        ("4", "Pouvoirs des agents autorisés à l'égard des aéronefs sans pilote"),
    ],
}


DEFINITIONS = {
    "en": """Interpretation
2.—(1)  In this Act, unless the context otherwise requires — "officer" means —
(a)  a police officer; or
(b)  a customs officer;
"port" means any harbour, and includes —
(a)  its quays; and
(b)  its approaches;
"Minister" means the Minister for Home Affairs.
(2)  A reference to an attack includes an attack by drone.
""",
    "fr": """Définitions
2.—(1)  Dans la présente loi, sauf indication contraire : « agent » désigne :
a)  un policier;
b)  un douanier;
« port » désigne tout havre, y compris :
a)  ses quais;
b)  ses accès;
« ministre » désigne le ministre de l'Intérieur.
(2)  La mention d'une attaque vise aussi une attaque par drone.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_items_of_unnumbered_definitions_are_no_clauses(lang: str) -> None:
    """``(1) In this Act — "officer" means — (a) … (b) …; "port" … includes — (a) …``: the
    lettered items belong to their definition's text (guidelines §1: two definitions would
    both give 2(1)(a)); a definition numbered itself keeps its items (the bill above)."""
    doc = parse_text(DEFINITIONS[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["2", "2(1)", "2(2)"]
