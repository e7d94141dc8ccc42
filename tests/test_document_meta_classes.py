"""The document's own number and date, by classes of layout first met in heldout10.

Each row is a short head written by hand in the layout of a class of publishers (not a
copy of a held-out text): an act's own number in its title line, a committee's paper
code alone on its line, a report's number in its running header, a regulation's title
and part headings, a stamp inside a site's line, a cover month and the letter's day.
Expected values follow the annotation guidelines (§6) and the heldout notes on how gold
chooses among candidates. French and English rows stand side by side.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._dates import find_dates
from ctdocs.extract._docsymbol import own_symbol

from ._docmeta import own_value as _own


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # an act's own number in its title line, the kind qualified or not, the number as cited
        (
            "fr",
            "PRÉFET DU RHÔNE\n\nArrêté préfectoral n° 2026-0457-SG du 3 juin 2026 portant "
            "interdiction temporaire de survol\n\nLe préfet du Rhône,\n\nVu le décret n° 2004-374 "
            "du 29 avril 2004 ;\n",
            "2026-0457-SG",
        ),
        (
            "fr",
            "Autorité de régulation\n\nDécision n° 2026-17 du 2 février 2026 relative aux "
            "obligations des opérateurs\n\nVu la loi n° 78-17 du 6 janvier 1978 ;\n",
            "2026-17",
        ),
        (
            "en",
            "EXECUTIVE BOARD DECISION No 7/2025 of 4 July 2025 on the rules of procedure\n\n"
            "THE EXECUTIVE BOARD,\n\nHaving regard to Regulation (EU) 2016/794 of 11 May 2016,\n",
            "EXECUTIVE BOARD DECISION No 7/2025",
        ),
        (
            "en",
            "Council Decision 3/2026 of 12 February 2026 on the association's programme\n\n"
            "THE COUNCIL,\n\nWhereas:\n",
            "Council Decision 3/2026",
        ),
        # an act cited in a visa does not open its line: no number is the document's
        (
            "fr",
            "PRÉFET DU RHÔNE\n\nArrêté portant interdiction temporaire de survol\n\nVu le décret "
            "n° 2004-374 du 29 avril 2004 ;\n",
            None,
        ),
        # an act's number alone under its title, with no year
        (
            "en",
            "THE EXAMPLE (AMENDMENT) ACT, 2026\n\nACT No. 9\n\nAN ACT TO AMEND THE EXAMPLE ACT\n",
            "ACT No. 9",
        ),
        # a committee's paper: its code, the year in parentheses and a serial, alone on a line
        (
            "en",
            "COMMITTEE OF EXPERTS ON TERRORISM (CDCT)\n\nCDCT(2025)14 rev\n\nDraft guidelines on "
            "the use of drones\n",
            "CDCT(2025)14 rev",
        ),
        (
            "fr",
            "COMITÉ D'EXPERTS SUR LE TERRORISME (CDCT)\n\nCDCT(2025)14\n\nProjet de lignes "
            "directrices\n",
            "CDCT(2025)14",
        ),
        # a systematic collection's number before the title's dash
        (
            "fr",
            "A 2 08 — Loi sur l'information du public\n\ndu 5 octobre 2001\n\nLe GRAND CONSEIL,\n",
            "A 2 08",
        ),
        # a regulation's title and part headings: the part as cited
        (
            "en",
            "Title 28 —Judicial Administration\n\nChapter I —Department of Justice\n\n"
            "PART 0—ORGANIZATION OF THE DEPARTMENT OF JUSTICE\n\nSubpart A —General\n",
            "28 CFR Part 0",
        ),
        # a code section opening the page is the page's; one in a sentence is cited
        (
            "en",
            "18 U.S. Code § 2339B - Providing material support\n\n(a) Prohibited activities.\n",
            "18 U.S. Code § 2339B",
        ),
        (
            "en",
            "Drone Threats\n\nUnder 6 U.S.C. § 124n, the departments may act against drones.\n",
            None,
        ),
        # a proposal's number after its dateline and a dash is its own
        (
            "fr",
            "Bruxelles, le 2.12.2015 – COM(2015) 625 final\n\nProposition de DIRECTIVE\n",
            "COM(2015) 625 final",
        ),
        # a document a page links to, after its title and a dash, is another document
        (
            "fr",
            "Questions et réponses\n\nPour en savoir plus\nProposition de règlement – COM(2026) 45 "
            "final\nQANDA/26/101\n",
            "QANDA/26/101",
        ),
    ],
)
def test_symbol_classes_of_heldout10(lang: str, text: str, symbol: str | None) -> None:
    assert own_symbol(text, lang) == symbol


REPORT_EN = (
    "Review 04/2025\n\nEU action on soft targets\n\nContents\n\n"
    "Review 04/2025: EU action on soft targets 3\n\n01 The Commission supports member states.\n\n"
    "Review 04/2025: EU action on soft targets 4\n\n02 It funds projects.\n"
)
REPORT_FR = (
    "Analyse 04/2025\n\nL'action de l'UE\n\nSommaire\n\n"
    "Analyse 04/2025 : l'action de l'UE 3\n\n01 La Commission soutient les États membres.\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # a series' name and number over the year opening the running header, page after page
        ("en", REPORT_EN, "Review 04/2025"),
        # printed once, but alone on the cover's first line: a series' kind and its number over
        # its year, the number as printed (guidelines §6; tests/test_document_meta_kinds.py)
        ("fr", REPORT_FR, "Analyse 04/2025"),
    ],
)
def test_a_running_header_names_the_report(lang: str, text: str, symbol: str | None) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a cover's month, then the letter's day of that month: the day
        (
            "en",
            "Report to Congressional Requesters\n\nJune 2025\n\nAVIATION SECURITY\n\nTSA Should "
            "Improve Oversight\n\n441 G St. N.W.\nWashington, DC 20548\n\nJune 3, 2025\n\n"
            "The Honorable Ana Ruiz\nChair\n",
            "2025-06-03",
        ),
        # a day of another month is another event: the cover's month stays
        (
            "fr",
            "COMITÉ D'EXPERTS\n\nRapport d'évaluation\n\nJuillet 2026\n\nLe rapport a été "
            "examiné lors de la réunion plénière (Strasbourg, 26-29 mai 2026).\n",
            "2026-07",
        ),
        # a day under a heading in capitals dates the piece the heading names
        (
            "en",
            "ALLIED PUBLICATION\n\nEdition B\nMARCH 2019\n\nNORTH ATLANTIC TREATY ORGANIZATION\n\n"
            "Published by the Standardization Office\n\nNATO LETTER OF PROMULGATION\n"
            "4 March 2019\n1. The enclosed publication is promulgated herewith.\n",
            "2019-03",
        ),
        # a site's stamp inside its line dates a page that nothing else dates
        (
            "en",
            "Code of Regulations\n\nDisplaying title 28, up to date as of 5/14/2026.\n\n"
            "PART 0—ORGANIZATION\n\n§ 0.1 Organizational units.\n\nThe Department consists of …\n",
            "2026-05-14",
        ),
        (
            "fr",
            "Recueil systématique\n\nTexte à jour au 14.05.2026\n\nLoi sur la police\n\nArt. 1 "
            "Objet\n\n1 La présente loi règle …\n",
            "2026-05-14",
        ),
        # an act's title and its date line under it, after the collection's number and a dash
        (
            "fr",
            "A 2 08 — Loi sur l'information du public\n\ndu 5 octobre 2001\n\n(Entrée en vigueur "
            ": 1er mars 2002)\n\nLe GRAND CONSEIL,\n",
            "2001-10-05",
        ),
        # a deliberation's number and date in its title
        (
            "fr",
            "Délibération n° 2025-77 du 3 juillet 2025 portant avis sur un projet d'arrêté\n\n"
            "JORF n°0180 du 2 août 2025\n\nLa Commission,\n",
            "2025-07-03",
        ),
        # the date of assent in brackets under the title, a marginal note glued after it
        (
            "en",
            "THE EXAMPLE (AMENDMENT) ACT, 2026\n\nACT No. 9\n\nAN ACT TO AMEND THE EXAMPLE ACT\n\n"
            "[3rd Day of March, 2026] Commence- ment.\n\nENACTED by the National Assembly—\n",
            "2026-03-03",
        ),
        # a source note's list of citations is no bracketed heading: its last date is none
        (
            "en",
            "§ 0.1 Organizational units.\n\nThe Department consists of the following units.\n\n"
            "[Order No. 960-81, 46 FR 52339, Oct. 27, 1981; Order No. 2865-2007, 72 FR 10064, "
            "Mar. 7, 2007]\n",
            None,
        ),
    ],
)
def test_own_date_classes_of_heldout10(lang: str, text: str, value: str | None) -> None:
    assert _own(text, lang) == value


def test_a_closing_note_names_the_text_adopted() -> None:
    """A report's closing note, past its head: "This report was adopted by … at its meeting
    of …" dates it when its head gives no date."""
    body = "\n\n".join(
        f"{n:02d} The Commission funded projects in member states." for n in range(1, 60)
    )
    text = (
        "Special report 02/2025\n\nProtecting places of worship\n\n"
        + body
        + "\n\nThis report was adopted by Chamber III, headed by Mr Ian Ross, Member of the Court "
        "of Auditors, in Luxembourg at its meeting of 12 February 2025.\n"
    )
    assert _own(text, "en") == "2025-02-12"


@pytest.mark.parametrize(
    ("form", "ok"),
    [("{title} CFR Part {part}", True), ("{title} CFR Part {section}", False), ("CFR", False)],
)
def test_a_symbol_form_names_only_the_patterns_groups(form: str, ok: bool) -> None:
    """A form built from named groups fails on load when it names a group the pattern lacks
    (or none), not on the first document that matches."""
    from pydantic import ValidationError

    from ctdocs._knowledge._textcues import SymbolPattern

    pattern = r"Title (?P<title>\d+)\n(?:.*\n)*?PART (?P<part>\d+)"
    if ok:
        assert SymbolPattern(pattern=pattern, form=form).form == form
    else:
        with pytest.raises(ValidationError):
            SymbolPattern(pattern=pattern, form=form)


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        # an issue's masthead, printed once in the head: its date dates the page
        ("JORF n°0112 du 14 mai 2025 texte n° 3\n\nArrêté du 12 mai 2025", "fr", True),
        ("No. 41 Abuja - 3rd March, 2025 Vol. 112\n\nGovernment Notice", "en", True),
        # the same line as a running header on every page: furniture, no date of the text
        (
            "No. 41 Abuja - 3rd March, 2025 Vol. 112\n\nSection 1.\n\n"
            "No. 41 Abuja - 3rd March, 2025 Vol. 113 page 2\n",
            "en",
            False,
        ),
        # an issue number with a date that nothing ties to the issue: the date is not its
        ("N° 7812 — SAMEDI 15 MARS 2025\n\nSOMMAIRE", "fr", False),
        ("Vol. 12 No. 3 Summer issue, 5 June 2025 Autumn\n", "en", False),
    ],
)
def test_an_issue_masthead_in_the_head(text: str, lang: str, kept: bool) -> None:
    from ctdocs.extract._docstamps import stamp_in_noise

    hit = find_dates(text, lang)[0]
    line_end = text.index("\n")
    assert stamp_in_noise(text, hit, 0, line_end) is kept
