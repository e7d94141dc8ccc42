"""Word sections that are divisions (guidelines §1a: a division keeps its word, ``Section 2``),
and paragraph numbers that start again under a numbered division (``Section 5(1)``, the
held-out gold's form for heldout36's request for proposals), French and English side by side.

A request for proposals, a manual or a specification heads its parts ``Section 2. …`` and
numbers its own paragraphs ``1.``, ``1.1`` under them: read as an order's statute sections,
``Section 2`` and paragraph ``2.`` would be one number. An executive order's or a decree's
``Sec. 2. Definitions.`` holds only lettered items and stays section ``2`` (negative rows of
the same shape). Paragraphs that run on across the divisions keep their own numbers.

Each text is written for the test; the expected numbers, titles and parents were worked out by
hand from the annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

Row = tuple[str, str | None, str | None]


def rows(text: str, language: str) -> list[Row]:
    doc = parse_text(text, language=language)  # type: ignore[arg-type]
    return [(c.number, c.title, c.parent_number) for c in doc.clauses()]


TERMS = {
    "en": """Terms of Reference – Explosive hazard awareness training

Section 1. General provisions

1. Purpose
1.1 This contract covers the training of port security officers.
1.2 The contractor complies with national regulations.

2. Duration
2.1 The contract runs for twelve months.

Section 2. Terms of reference

1. Background
Ports of the subregion face a growing terrorist threat.

2. Services
The contractor shall:
(a) design a five-day module;
(b) train 40 officers.

3. Deliverables
The contractor submits a final report.
""",
    "fr": """Cahier des charges – Formation à la détection des explosifs

Section 1. Dispositions générales

1. Objet
1.1 Le présent marché porte sur la formation des agents de sûreté.
1.2 Le titulaire respecte la réglementation nationale.

2. Durée
2.1 Le marché est conclu pour douze mois.

Section 2. Termes de référence

1. Contexte
Les ports de la sous-région font face à une menace terroriste accrue.

2. Prestations attendues
Le titulaire doit :
a) concevoir un module de cinq jours ;
b) former 40 agents.

3. Livrables
Le titulaire remet un rapport final.
""",
}

TERMS_ROWS = {
    "en": ("General provisions", "Purpose", "Duration", "Terms of reference", "Background"),
    "fr": ("Dispositions générales", "Objet", "Durée", "Termes de référence", "Contexte"),
}
TERMS_LAST = {"en": ("Services", "Deliverables"), "fr": ("Prestations attendues", "Livrables")}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_word_sections_over_numbered_paragraphs_are_divisions(lang: str) -> None:
    """``Section 1.`` over ``1. Objet`` / ``1.1``: the division ``Section 1``; the numbers that
    start again under ``Section 2`` are cited in its space, their items under them."""
    general, purpose, duration, terms, background = TERMS_ROWS[lang]
    services, deliverables = TERMS_LAST[lang]
    assert rows(TERMS[lang], lang) == [
        ("Section 1", general, None),
        ("1", purpose, "Section 1"),
        ("1.1", None, "1"),
        ("1.2", None, "1"),
        ("2", duration, "Section 1"),
        ("2.1", None, "2"),
        ("Section 2", terms, None),
        ("Section 2(1)", background, "Section 2"),
        ("Section 2(2)", services, "Section 2"),
        ("Section 2(2)(a)", None, "Section 2(2)"),
        ("Section 2(2)(b)", None, "Section 2(2)"),
        ("Section 2(3)", deliverables, "Section 2"),
    ]


MANUAL = {
    "en": """# Harbour Screening Manual

## Section 1. Scope

1. This manual applies to every screening point of the port.
2. It does not apply to military vessels.

## Section 2. Screening of cargo

1. Each container is scanned before loading.
2. A container that cannot be scanned is opened and searched by hand.
""",
    "fr": """# Manuel de contrôle portuaire

## Section 1. Champ d'application

1. Le présent manuel s'applique à tout point de contrôle du port.
2. Il ne s'applique pas aux navires militaires.

## Section 2. Contrôle des marchandises

1. Chaque conteneur est scanné avant son chargement.
2. Un conteneur qui ne peut être scanné est ouvert et fouillé.
""",
}
MANUAL_TITLES = {
    "en": ("Scope", "Screening of cargo"),
    "fr": ("Champ d'application", "Contrôle des marchandises"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_markdown_word_sections_number_afresh(lang: str) -> None:
    """The same in Markdown headings, over plain numbered paragraphs."""
    scope, cargo = MANUAL_TITLES[lang]
    assert rows(MANUAL[lang], lang) == [
        ("Section 1", scope, None),
        ("1", None, "Section 1"),
        ("2", None, "Section 1"),
        ("Section 2", cargo, None),
        ("Section 2(1)", None, "Section 2"),
        ("Section 2(2)", None, "Section 2"),
    ]


RUN_ON = {
    "en": """Request for Proposal – Explosive hazard awareness training

Section 1. Instructions to Proposers

1. Introduction
1.1 Proposers shall adhere to all the requirements of this request.

2. Eligibility
2.1 A vendor must not be suspended by any United Nations entity.

Section 2. Terms of Reference

3. Background
Communities along the border remain exposed to improvised explosive devices.
""",
    "fr": """Appel d'offres – Formation à la sensibilisation aux engins explosifs

Section 1. Instructions aux soumissionnaires

1. Introduction
1.1 Les soumissionnaires respectent toutes les exigences du présent appel.

2. Admissibilité
2.1 Un fournisseur ne doit pas être suspendu par une entité des Nations Unies.

Section 2. Termes de référence

3. Contexte
Les communautés frontalières restent exposées aux engins explosifs improvisés.
""",
}
RUN_ON_TITLES = {
    "en": ("Instructions to Proposers", "Eligibility", "Terms of Reference", "Background"),
    "fr": ("Instructions aux soumissionnaires", "Admissibilité", "Termes de référence", "Contexte"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_paragraphs_running_across_word_sections_keep_their_numbers(lang: str) -> None:
    """Negative of the restart: ``3.`` under ``Section 2`` goes on from ``2.`` under Section
    1, so it keeps its own number (guidelines §1a: paragraphs run across sections)."""
    instructions, eligibility, terms, background = RUN_ON_TITLES[lang]
    assert rows(RUN_ON[lang], lang) == [
        ("Section 1", instructions, None),
        ("1", "Introduction", "Section 1"),
        ("1.1", None, "1"),
        ("2", eligibility, "Section 1"),
        ("2.1", None, "2"),
        ("Section 2", terms, None),
        ("3", background, "Section 2"),
    ]


ORDER = {
    "en": """Executive Order on Strengthening Port Security

By the authority vested in me, it is hereby ordered as follows:

Section 1. Purpose. Terrorist groups continue to target maritime infrastructure.

Sec. 2. Definitions. For the purposes of this order:
(a) "port facility" means any facility within a port area;
(b) "screening" means the inspection of persons and goods.

Sec. 3. Implementation. The Secretary shall issue guidance within 90 days.
""",
    "fr": """Décret relatif à la sûreté des installations portuaires

Section 1. Objet. Le présent décret fixe les règles de sûreté des ports.

Section 2. Définitions. Au sens du présent décret :
a) « installation portuaire » désigne toute installation située dans un port ;
b) « contrôle » désigne l'inspection des personnes et des biens.

Section 3. Mise en œuvre. Le ministre publie des lignes directrices.
""",
}
ORDER_TITLES = {
    "en": ("Purpose", "Definitions", "Implementation"),
    "fr": ("Objet", "Définitions", "Mise en œuvre"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_order_sections_with_lettered_items_stay_sections(lang: str) -> None:
    """Negative of the same shape: an order's ``Sec. 2.`` shares its number with no
    paragraph of the text, so it is statute section ``2``, its items ``2(a)``."""
    purpose, definitions, implementation = ORDER_TITLES[lang]
    assert rows(ORDER[lang], lang) == [
        ("1", purpose, None),
        ("2", definitions, None),
        ("2(a)", None, "2"),
        ("2(b)", None, "2"),
        ("3", implementation, None),
    ]


ACT = {
    "en": """Port Security Act 2026

PART 1
PRELIMINARY

1.  This Act is the Port Security Act 2026.

PART 2
SCREENING

2.  Every container shall be screened before loading.

SCHEDULE
DESIGNATED PORTS

1.   The port of Dunmore.
2.   The port of Kilbeg.
""",
    "fr": """Loi de 2026 sur la sûreté portuaire

PARTIE 1
DISPOSITIONS PRÉLIMINAIRES

1.  La présente loi est la loi de 2026 sur la sûreté portuaire.

PARTIE 2
CONTRÔLE

2.  Tout conteneur est contrôlé avant son chargement.

HISTORIQUE LÉGISLATIF
LOI DE 2026 SUR LA SÛRETÉ PORTUAIRE

1.   Loi no 18 de 2026 — première lecture le 6 mai 2026.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_numbers_under_a_heading_below_an_acts_last_part_are_not_its_space(lang: str) -> None:
    """Negative of the restart: ``1.`` again under a schedule's or a legislative history's
    heading below ``PART 2`` starts no space of Part 2; sections run on across the Parts."""
    got = rows(ACT[lang], lang)
    assert [n for n, _t, _p in got if not n.startswith(("Schedule", "Annex"))][:4] == [
        "Part 1",
        "1",
        "Part 2",
        "2",
    ]
    assert not any(n.startswith("Part 2(") for n, _t, _p in got)


CHECKLIST = {
    "en": """# Suspicious Package Checklist

### Section A: Before an incident

**A1.** Name a decision-maker for every shift.
**A2.** Agree evacuation routes with the local police.
**A3.** Train reception staff to use the threat checklist.

### Section B: During an incident

**B1.** Do not touch or move the item.
**B2.** Clear the area to at least 100 metres.
**B3.** Call the police from outside the cordon.
""",
    "fr": """<html><body><h1>Fiche réflexe – Colis suspect</h1>
<h2>Section A – Avant l'incident</h2>
<p><b>A1.</b> Désigner un responsable pour chaque équipe.</p>
<p><b>A2.</b> Convenir des itinéraires d'évacuation avec la police.</p>
<p><b>A3.</b> Former le personnel d'accueil à la fiche de menace.</p>
<h2>Section B – Pendant l'incident</h2>
<p><b>B1.</b> Ne pas toucher ni déplacer l'objet.</p>
<p><b>B2.</b> Faire évacuer la zone sur au moins 100 mètres.</p>
<p><b>B3.</b> Appeler la police depuis l'extérieur du périmètre.</p>
</body></html>
""",
}
CHECKLIST_TITLES = {
    "en": ("Before an incident", "During an incident"),
    "fr": ("Avant l'incident", "Pendant l'incident"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_sections_over_paragraphs_named_after_their_letter_are_divisions(lang: str) -> None:
    """``Section A`` over ``A1.``, ``A2.`` (heldout33's bomb-threat checklist): the section
    holds the paragraphs its letter names, so it is the division ``Section A``."""
    before, during = CHECKLIST_TITLES[lang]
    doc = parse_text(CHECKLIST[lang], language=lang)  # type: ignore[arg-type]
    assert [(c.number, c.title, c.parent_number) for c in doc.clauses()] == [
        ("Section A", before, None),
        ("A1", None, "Section A"),
        ("A2", None, "Section A"),
        ("A3", None, "Section A"),
        ("Section B", during, None),
        ("B1", None, "Section B"),
        ("B2", None, "Section B"),
        ("B3", None, "Section B"),
    ]


LETTERED_NOT_HELD = {
    "en": """# Drone incidents at stadiums

## Section A – Recommendations

**R1.** Operators should register every counter-drone system.
**R2.** Police should lead any mitigation.
**R3.** Clubs should train stewards.

## Section B – Follow-up

1. The secretariat will circulate a draft by May.
2. Members will comment within a month.
""",
    "fr": """# Drones dans les stades

## Section A – Recommandations

**R1.** Les exploitants déclarent tout système anti-drones.
**R2.** La police conduit toute neutralisation.
**R3.** Les clubs forment leurs stadiers.

## Section B – Suites

1. Le secrétariat diffuse un projet en mai.
2. Les membres le commentent dans le mois.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_sections_over_other_letters_or_plain_numbers_stay_headings(lang: str) -> None:
    """Negative of the same shape: ``R1.`` under ``Section A`` is a recommendation, named
    after no section's letter, and ``1.`` is a plain paragraph: the sections are headings."""
    assert [n for n, _t, _p in rows(LETTERED_NOT_HELD[lang], lang)] == ["R1", "R2", "R3", "1", "2"]


GUIDE = {
    "en": """Prevent Duty Guidance for Further Education Providers

Section 1. Introduction

1.1 This guidance sets out what further education providers must do.

1.2 It applies from 1 April 2026.

Section 2. Leadership

2.1 Governors must assess the risk of radicalisation.
""",
    "fr": """Guide de prévention de la radicalisation dans les établissements

Section 1. Introduction

1.1 Le présent guide expose les obligations des établissements.

1.2 Il s'applique à compter du 1er avril 2026.

Section 2. Pilotage

2.1 Le chef d'établissement évalue le risque de radicalisation.
""",
}
GUIDE_SECOND = {"en": "Leadership", "fr": "Pilotage"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_word_sections_over_their_own_decimals_stay_numbered_headings(lang: str) -> None:
    """Negative of the same shape as TERMS (whose plain ``1.``, ``2.`` share Section 1's and
    Section 2's numbers): ``1.1``, ``2.1`` share none, they are the sections' own decimals
    (guidelines §1a: the parent of ``1.1`` is ``1`` when it exists), so ``Section 1.`` is
    the numbered heading ``1``."""
    assert rows(GUIDE[lang], lang) == [
        ("1", "Introduction", None),
        ("1.1", None, "1"),
        ("1.2", None, "1"),
        ("2", GUIDE_SECOND[lang], None),
        ("2.1", None, "2"),
    ]
