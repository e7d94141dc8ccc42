"""Number spaces (guidelines §1, §1a), French and English side by side: a statutory
instrument whose regulations open ``1.—(1)`` under a heading on the line above, whose page
notes ``(a) 2030 c. 12.`` answer calls glued to the words (``Act 2030(a)``) and whose
numbered schedules number their paragraphs afresh (``Schedule 1(1)``); a decision whose
annex restarts its numbering (``Annex(1)``, or ``Annex 1.1`` for an outline of headings).
A judgment's spaces are in test_clause_judgment_spaces.

The prefix of a restarted space is a judgement call the guidelines leave open: a numbered
schedule is cited with its word and number (``Schedule 1(1)``), an unnumbered annex with
its word (``Annex(1)``, as earlier gold), a judgment's operative part with its name in the
text's language and a space (``Dispositif 1``).

Each text is written for the test; the expected numbers, titles, parents and sections were
worked out by hand from the annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

from ._spacetree import tree

INSTRUMENT = {
    "en": """STATUTORY INSTRUMENTS

2031 No. 77

The Harbour Security (Restricted Areas) Regulations 2031

Made       -     -     -     -     3rd March 2031
Coming into force      -     -     1st June 2031

The Secretary of State makes these Regulations in exercise of the powers conferred by
section 4 of the Harbour Security Act 2030(a), and the Port Order 2019(b).

Citation and commencement
   1.—(1) These Regulations may be cited as the Harbour Security (Restricted Areas) Regulations
2031.
   (2) These Regulations come into force on 1st June 2031.

Restricted areas
   2.—(1) Each area described in Schedule 1 is a restricted area.
   (2) A person must not enter a restricted area unless—
     (a) the harbour master has given permission, or
     (b) the person is a constable on duty.

Review
   3. The Secretary of State must review these Regulations every five years.


(a)   2030 c. 12.
(b)   S.I. 2019/88.

                                   SCHEDULE 1                      Regulation 2

                                   Restricted areas

   1. The north quay of the port of Dunmore.
   2. The fuel terminal at Kelby, including—
     (a) its jetty, and
     (b) its tank farm.

                                   SCHEDULE 2                      Regulation 3

                             Matters to be covered by a review

   1. The number of entries into restricted areas.
   2. The permissions given by harbour masters.
""",
    "fr": """TEXTES RÉGLEMENTAIRES

2031 n° 77

Règlement de 2031 sur la sûreté portuaire (zones réglementées)

Pris le       -     -     -     -     3 mars 2031
Entrée en vigueur      -     -     1er juin 2031

Le ministre prend le présent règlement en vertu des pouvoirs que lui confère l'article 4
de la loi de 2030 sur la sûreté portuaire(a), et de l'arrêté portuaire de 2019(b).

Titre et entrée en vigueur
   1.—(1) Le présent règlement peut être cité comme le règlement de 2031 sur la sûreté
portuaire (zones réglementées).
   (2) Le présent règlement entre en vigueur le 1er juin 2031.

Zones réglementées
   2.—(1) Chaque zone décrite à l'annexe 1 est une zone réglementée.
   (2) Nul ne peut pénétrer dans une zone réglementée sauf si—
     (a) le capitaine de port l'a autorisé, ou
     (b) il est un agent de police en service.

Réexamen
   3. Le ministre réexamine le présent règlement tous les cinq ans.


(a)   2030 ch. 12.
(b)   Texte réglementaire 2019/88.

                                   ANNEXE 1                      Règlement 2

                                   Zones réglementées

   1. Le quai nord du port de Dunmore.
   2. Le terminal pétrolier de Kelby, y compris—
     (a) sa jetée, et
     (b) son parc de réservoirs.

                                   ANNEXE 2                      Règlement 3

                             Questions couvertes par un réexamen

   1. Le nombre d'entrées dans les zones réglementées.
   2. Les autorisations données par les capitaines de port.
""",
}

INSTRUMENT_TREE = {
    "en": [
        ("1", "Citation and commencement", None, None),
        ("1(1)", None, "1", None),
        ("1(2)", None, "1", None),
        ("2", "Restricted areas", None, None),
        ("2(1)", None, "2", None),
        ("2(2)", None, "2", None),
        ("2(2)(a)", None, "2(2)", None),
        ("2(2)(b)", None, "2(2)", None),
        ("3", "Review", None, None),
        ("Schedule 1", "Restricted areas", None, None),
        ("Schedule 1(1)", None, "Schedule 1", None),
        ("Schedule 1(2)", None, "Schedule 1", None),
        ("Schedule 1(2)(a)", None, "Schedule 1(2)", None),
        ("Schedule 1(2)(b)", None, "Schedule 1(2)", None),
        ("Schedule 2", "Matters to be covered by a review", None, None),
        ("Schedule 2(1)", None, "Schedule 2", None),
        ("Schedule 2(2)", None, "Schedule 2", None),
    ],
    "fr": [
        ("1", "Titre et entrée en vigueur", None, None),
        ("1(1)", None, "1", None),
        ("1(2)", None, "1", None),
        ("2", "Zones réglementées", None, None),
        ("2(1)", None, "2", None),
        ("2(2)", None, "2", None),
        ("2(2)(a)", None, "2(2)", None),
        ("2(2)(b)", None, "2(2)", None),
        ("3", "Réexamen", None, None),
        ("Annex 1", "Zones réglementées", None, None),
        ("Annex 1(1)", None, "Annex 1", None),
        ("Annex 1(2)", None, "Annex 1", None),
        ("Annex 1(2)(a)", None, "Annex 1(2)", None),
        ("Annex 1(2)(b)", None, "Annex 1(2)", None),
        ("Annex 2", "Questions couvertes par un réexamen", None, None),
        ("Annex 2(1)", None, "Annex 2", None),
        ("Annex 2(2)", None, "Annex 2", None),
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_statutory_instrument_regulations_and_schedules(lang: str) -> None:
    assert tree(INSTRUMENT[lang], lang) == INSTRUMENT_TREE[lang]


REPORT = {
    "en": """# Harbours at Risk: A Policy Report

## Contents

1. [Introduction](#1-introduction)
2. [Threats](#2-threats)
   - 2.1 [Drones](#21-drones)
3. [Recommendations](#3-recommendations)

## 1. Introduction

Harbour security has moved up the agenda of coastal states since 2020.

## 2. Threats

### 2.1 Drones

Small drones have flown over three terminals.

| Threat | Seen | Answer |
|---|---|---|
| Drone overflight | Yes | Partial |

## 3. Recommendations

States should map their harbour sites.
""",
    "fr": """# Ports en danger : rapport d'orientation

## Sommaire

1. [Introduction](#1-introduction)
2. [Menaces](#2-menaces)
   - 2.1 [Drones](#21-drones)
3. [Recommandations](#3-recommandations)

## 1. Introduction

La sûreté portuaire est montée à l'ordre du jour des États côtiers depuis 2020.

## 2. Menaces

### 2.1 Drones

De petits drones ont survolé trois terminaux.

| Menace | Constatée | Réponse |
|---|---|---|
| Survol par drone | Oui | Partielle |

## 3. Recommandations

Les États devraient recenser leurs sites portuaires.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_contents_links_and_table_rows(lang: str) -> None:
    """A contents list of links to the page's own headings (``1. [Introduction](#…)``) is not
    the clauses, which the headings are; a table's row names no section."""
    fr = lang == "fr"
    doc = parse_text(REPORT[lang], language=lang)  # type: ignore[arg-type]
    got = [(c.number, c.title, c.section) for c in doc.clauses()]
    assert got == [
        ("1", "Introduction", None),
        ("2", "Menaces" if fr else "Threats", None),
        ("2.1", "Drones", None),
        ("3", "Recommandations" if fr else "Recommendations", None),
    ]


AMENDING_SECTIONS = {
    "en": """AN ACT STRENGTHENING HARBOUR SECURITY

SECTION 1. Short Title. – This Act shall be known as the "Harbour Security Act of 2031".

SEC. 2. Amendment to Section 4 of Republic Act No. 11479. – Section 4 of that Act is hereby
amended by adding a new paragraph after paragraph (e).

SEC. 3. Effectivity. – This Act shall take effect fifteen (15) days after its publication.
""",
    "fr": """LOI RENFORÇANT LA SÛRETÉ PORTUAIRE

SECTION 1. Titre abrégé. – La présente loi est citée comme la loi de 2031 sur la sûreté
portuaire.

SEC. 2. Modification de la loi no. 11479 sur le terrorisme. – L'article 4 de cette loi est
modifié par l'ajout d'un nouvel alinéa après l'alinéa e).

SEC. 3. Entrée en vigueur. – La présente loi entre en vigueur quinze (15) jours après sa
publication.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_dashed_run_in_title_with_a_numbered_reference(lang: str) -> None:
    """A statute section's run-in title closed by a stop and a dash may name an act by its
    number (``Republic Act No. 11479``): the abbreviation's stop does not end it, and a
    title so closed may run to twelve words."""
    fr = lang == "fr"
    doc = parse_text(AMENDING_SECTIONS[lang], language=lang)  # type: ignore[arg-type]
    assert [(c.number, c.title) for c in doc.clauses()] == [
        ("1", "Titre abrégé" if fr else "Short Title"),
        (
            "2",
            "Modification de la loi no. 11479 sur le terrorisme"
            if fr
            else "Amendment to Section 4 of Republic Act No. 11479",
        ),
        ("3", "Entrée en vigueur" if fr else "Effectivity"),
    ]


WRAPPED = {
    "fr": """Loi n° 2031-07 du 4 mars 2031 relative à la sûreté financière

EXPOSÉ DES MOTIFS

   L'article 3 confie à la Cellule nationale de Traitement des Informations financières
(CENTIF) une mission de coordination.

Article premier
Le présent texte entre en vigueur le lendemain de sa publication.
""",
    "en": """Act No. 2031-07 of 4 March 2031 on financial security

EXPLANATORY MEMORANDUM

   Article 3 entrusts the National Financial Intelligence Processing Unit of the Republic
(NFIPU) with a coordinating role.

Article 1
This text enters into force on the day after its publication.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_wrapped_sentence_before_an_acronym_heads_no_section(lang: str) -> None:
    """A sentence a PDF wrapped before its bracketed acronym (``… financières`` over
    ``(CENTIF) une mission …``) is text: the section stays the memorandum's heading."""
    doc = parse_text(WRAPPED[lang], language=lang)  # type: ignore[arg-type]
    heading = "EXPOSÉ DES MOTIFS" if lang == "fr" else "EXPLANATORY MEMORANDUM"
    assert [(c.number, c.section) for c in doc.clauses()] == [("Article 1", heading)]


DECISION = {
    "en": """DECISION

STRENGTHENING HARBOUR SECURITY AGAINST CHEMICAL ATTACKS

The Executive Council,

Recalling its earlier decisions on the matter;

Hereby:

1. Calls upon States Parties to secure toxic chemicals at their harbours;

2. Requests the Secretariat to:

(a) develop a training module; and

(b) report on its progress;

3. Decides to remain seized of the matter.

Annex

INDICATIVE ACTIVITIES

1. Legislative assistance

1.1 Review of draft national legislation upon request.

1.2 A regional meeting of national authorities.

2. Protection of harbours

2.1 Courses on the protection of chemical terminals.
""",
    "fr": """DÉCISION

RENFORCER LA SÛRETÉ PORTUAIRE FACE AUX ATTAQUES CHIMIQUES

Le Conseil exécutif,

Rappelant ses décisions antérieures sur la question ;

Par la présente :

1. Engage les États parties à sécuriser les produits chimiques toxiques dans leurs ports ;

2. Prie le Secrétariat :

a) d'élaborer un module de formation ; et

b) de rendre compte de ses progrès ;

3. Décide de rester saisi de la question.

Annexe

ACTIVITÉS INDICATIVES

1. Assistance législative

1.1 Examen de projets de législation nationale sur demande.

1.2 Une réunion régionale des autorités nationales.

2. Protection des ports

2.1 Cours sur la protection des terminaux chimiques.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_decision_annex_numbering_afresh(lang: str) -> None:
    """An annex whose numbering starts again at 1 is a number space of its own. Set out as
    an outline (``1. Legislative assistance`` a heading alone, ``1.1`` under it) it is cited
    as a document's outline after the annex's word (``Annex 1``, ``Annex 1.1``: heldout7 and
    heldout9 gold); numbered paragraphs are cited in parentheses (``Annex(1)``, below)."""
    fr = lang == "fr"
    section = "ACTIVITÉS INDICATIVES" if fr else "INDICATIVE ACTIVITIES"
    assert tree(DECISION[lang], lang) == [
        ("1", None, None, None),
        ("2", None, None, None),
        ("2(a)", None, "2", None),
        ("2(b)", None, "2", None),
        ("3", None, None, None),
        ("Annex 1", "Assistance législative" if fr else "Legislative assistance", None, section),
        ("Annex 1.1", None, "Annex 1", section),
        ("Annex 1.2", None, "Annex 1", section),
        ("Annex 2", "Protection des ports" if fr else "Protection of harbours", None, section),
        ("Annex 2.1", None, "Annex 2", section),
    ]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_decision_annex_of_paragraphs(lang: str) -> None:
    """The same annex with a body under its first number (``1. Legislative assistance is
    offered …``, no heading alone over ``1.1``) numbers paragraphs: ``Annex(1)``."""
    fr = lang == "fr"
    text = DECISION[lang].replace(
        "1. Assistance législative\n" if fr else "1. Legislative assistance\n",
        "1. L'assistance législative est offerte aux États parties.\n"
        if fr
        else "1. Legislative assistance is offered to States Parties.\n",
    )
    numbers = [row[0] for row in tree(text, lang)]
    assert numbers[5:] == ["Annex(1)", "Annex(1.1)", "Annex(1.2)", "Annex(2)", "Annex(2.1)"]


ENACTING = {
    "en": """COUNCIL DECISION (CFSP) 2031/77 of 3 March 2031 on harbour security

THE COUNCIL OF THE EUROPEAN UNION,

Having regard to the Treaty on European Union,

Whereas:

(1) Harbours are exposed to attacks with explosives.

(2) The Union wishes to support coastal States,

HAS ADOPTED THIS DECISION:

Article 1

The Union shall support harbour security projects.
""",
    "fr": """DÉCISION (PESC) 2031/77 DU CONSEIL du 3 mars 2031 relative à la sûreté portuaire

LE CONSEIL DE L'UNION EUROPÉENNE,

vu le traité sur l'Union européenne,

considérant ce qui suit:

(1) Les ports sont exposés à des attentats à l'explosif.

(2) L'Union souhaite soutenir les États côtiers,

A ADOPTÉ LA PRÉSENTE DÉCISION:

Article premier

L'Union soutient des projets de sûreté portuaire.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_enacting_formula_names_no_section(lang: str) -> None:
    """``HAS ADOPTED THIS DECISION:`` closes the sentence the Council opened above the
    recitals: the articles after it sit under no section (guidelines §1: the nearest
    unnumbered heading; a formula is none)."""
    doc = parse_text(ENACTING[lang], language=lang)  # type: ignore[arg-type]
    assert [(c.number, c.section) for c in doc.clauses()] == [
        ("(1)", None),
        ("(2)", None),
        ("Article 1", None),
    ]
