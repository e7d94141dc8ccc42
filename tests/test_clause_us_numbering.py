"""Two US numbering styles (guidelines §1a), each met in more than one publisher's texts.

* Military doctrine (Army ATP and FM, Joint Publications, Marine Corps MCWP) numbers its
  paragraphs within their chapter, ``3-1.``, ``A-2.``: cited as printed, with their
  lettered and numbered items appended (``3-3(a)``, ``A-2(1)``); a ``SECTION A`` heading
  over them divides the chapter (a clause, parent of the paragraphs); a caption
  ``Figure III-1.`` / ``Table A-1.`` is no clause. A French translation of allied doctrine
  numbers the same way.
* The Federal Register's and the CFR's plain-text editions (govinfo) print the section
  sign as ``Sec.`` and a dash as ``--``: ``PART 27--…`` and ``Subpart A--…`` are divisions,
  ``Sec. 27.105  Definitions.`` is statute section 27.105 titled ``Definitions``; an
  executive order's ``Sec. 2. Definitions.`` stays section 2, and a body line that wraps
  onto ``Sec. 27.105 of this part.`` opens nothing.

Each text is written for the test in the publisher's layout; the expected values were
worked out by hand from the annotation guidelines.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

JOINT = """JP 3-26

Joint Guide for Countering Terrorism

                                                                    Chapter III
                         COUNTERTERRORISM OPERATIONS

                          SECTION A – PLANNING
3-1. Counterterrorism planning begins with an assessment of the threat network and of
the partner nation's own forces.

3-2. The joint force commander designates a lead for each line of effort. Leads report
through the joint operations center.

                 Figure III-1. Counterterrorism Lines of Effort

                         SECTION B – EXECUTION
3-3. Execution follows the sequence set out below:
     a. Find. Intelligence locates the network's key nodes.
     b. Fix. Forces hold the node in place.
     c. Finish. Forces act against the node.

3-4. Assessment continues throughout execution and informs the next cycle.
"""

MARINES = """MCWP 3-35.3

Military Operations on Urbanized Terrain

                               Appendix A
                     Improvised Explosive Device Awareness

A-1. Marines treat every abandoned vehicle in an urban area as a possible device until
it is cleared.

A-2. Patrol leaders brief the following indicators before each patrol:
     (1) Disturbed earth or fresh concrete.
     (2) Wires or cords leading away from the roadside.

Table A-1. Standoff distances

A-3. The unit reports every suspected device to the explosive ordnance disposal team
by the nine-line report.
"""

ALLIED_FR = """Publication interarmées

Chapitre 2
Lutte contre les engins explosifs improvisés

SECTION I – ATTAQUER LE RÉSEAU
2-1. Les unités recueillent les traces biologiques sur chaque site d'explosion.

2-2. Les résultats sont partagés avec les partenaires de la coalition.

SECTION II – NEUTRALISER L'ENGIN
2-3. Les équipes de neutralisation interviennent après le bouclage de la zone.
"""


@pytest.mark.parametrize(
    ("lang", "text", "numbers"),
    [
        (
            "en",
            JOINT,
            [
                "Chapter III",
                "Section A",
                "3-1",
                "3-2",
                "Section B",
                "3-3",
                "3-3(a)",
                "3-3(b)",
                "3-3(c)",
                "3-4",
            ],
        ),
        ("fr", ALLIED_FR, ["Chapter 2", "Section I", "2-1", "2-2", "Section II", "2-3"]),
    ],
)
def test_chapter_numbered_paragraphs_under_their_sections(
    lang: str, text: str, numbers: list[str]
) -> None:
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    clauses = doc.clauses()
    assert [c.number for c in clauses] == numbers
    parents = {c.number: c.parent_number for c in clauses}
    first_section = numbers[1]
    assert (parents[first_section], parents[numbers[2]]) == (numbers[0], first_section)


def test_appendix_paragraphs_keep_their_letter_and_captions_make_no_clause() -> None:
    doc = parse_text(MARINES, language="en")
    numbered = [c.number for c in doc.clauses() if "-" in c.number]
    assert numbered == ["A-1", "A-2", "A-2(1)", "A-2(2)", "A-3"]
    assert not any("Table" in c.number for c in doc.clauses())


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Annual report\n\nSection I – General\n\n1. The committee met four times.\n\n"
            "2. It adopted its programme.\n\nSection II – Findings\n\n3. Threats rose.\n",
        ),
        (
            "fr",
            "Rapport annuel\n\nSection I – Généralités\n\n1. Le comité s'est réuni.\n\n"
            "2. Il a adopté son programme.\n\nSection II – Constats\n\n3. Les menaces ont crû.\n",
        ),
    ],
)
def test_sections_over_plain_paragraphs_stay_headings(lang: str, text: str) -> None:
    """Plain ``1.`` paragraphs run across the sections: only chapter-numbered ones make
    the sections divisions."""
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1", "2", "3"]


ECFR = """[Code of Federal Regulations]
[Title 6, Volume 1]

PART 27--CHEMICAL FACILITY ANTI-TERRORISM STANDARDS

Subpart A--General

Sec. 27.105  Definitions.

    As used in this part:
    (a) Chemical facility means any establishment that possesses a chemical
of interest.
    (b) Department means the Department of Homeland Security.

Sec. 27.110  Applicability.

    (a) This part applies to chemical facilities as defined in
Sec. 27.105 of this part.
    (b) This part does not apply to--
    (1) Facilities regulated under the Maritime Transportation Security Act;
    (2) Public water systems.
"""

FEDREG = """DEPARTMENT OF HOMELAND SECURITY

Coast Guard

33 CFR Part 105

Maritime Security: Facilities

SUPPLEMENTARY INFORMATION:

I. Background

    The Coast Guard has reviewed facility security plans since 2020.

II. Discussion

    The rule changes two sections.

PART 105--MARITIME SECURITY: FACILITIES

Subpart B--Facility Security Requirements

Sec. 105.255  Security measures for access control.

    (a) Each facility owner must control access to the facility.
    (b) The owner must deny access to any person who--
    (1) Refuses screening; or
    (2) Presents no valid credential.

Sec. 105.260  Security measures for restricted areas.

    (a) Each facility owner must mark its restricted areas.
"""


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (
            ECFR,
            [
                "Part 27",
                "Subpart A",
                "27.105",
                "27.105(a)",
                "27.105(b)",
                "27.110",
                "27.110(a)",
                "27.110(b)",
                "27.110(b)(1)",
                "27.110(b)(2)",
            ],
        ),
        (
            FEDREG,
            [
                "I",
                "II",
                "Part 105",
                "Subpart B",
                "105.255",
                "105.255(a)",
                "105.255(b)",
                "105.255(b)(1)",
                "105.255(b)(2)",
                "105.260",
                "105.260(a)",
            ],
        ),
    ],
)
def test_govinfo_sections_and_divisions(text: str, numbers: list[str]) -> None:
    doc = parse_text(text, language="en")
    assert [c.number for c in doc.clauses()] == numbers


@pytest.mark.parametrize(
    ("text", "number", "title", "parent"),
    [
        (ECFR, "27.105", "Definitions", "Subpart A"),
        (FEDREG, "105.260", "Security measures for restricted areas", "Subpart B"),
        (FEDREG, "Part 105", "MARITIME SECURITY: FACILITIES", None),
    ],
)
def test_govinfo_headings_title_and_parent(
    text: str, number: str, title: str, parent: str | None
) -> None:
    doc = parse_text(text, language="en")
    clause = next(c for c in doc.clauses() if c.number == number)
    assert (clause.title, clause.parent_number) == (title, parent)


def test_an_orders_word_section_is_not_a_code_section() -> None:
    text = (
        "Executive Order on Protecting Critical Sites\n\n"
        "Section 1. Purpose. This order protects critical sites.\n\n"
        "Sec. 2. Definitions. A critical site is any facility so designated.\n"
    )
    doc = parse_text(text, language="en")
    assert [c.number for c in doc.clauses()] == ["1", "2"]
    assert doc.clauses()[1].title == "Definitions"
