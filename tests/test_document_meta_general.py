"""The document's own number and date by where they stand, not by their publisher's shape.

Each row is a short head written by hand in the layout of a class of publishers whose
number's shape no entry of ``data/models/document.toml`` knows (a ministry's circular, a
court's neutral citation without brackets, a gazette's register line, a brief's running
footer, a chapter of a common-law revision) and whose own date competes with a table's
caption, a page's stamp in a header's cell, a meeting's span of days, an act cited in
running text or a breadcrumb's issue date. French and English rows stand side by side.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._dates import find_dates
from ctdocs.extract._docsymbol import own_symbol
from ctdocs.extract._document import own_date

_BODY = "The ministry asks every office to review its plans before the summer.\n"
_CORPS = "Le ministère demande à chaque service de revoir ses plans avant l'été.\n"


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # a labelled field of the head, whatever the value's shape
        (
            "en",
            f"MINISTRY OF THE INTERIOR\n\nCircular\nReference: MI/CT-2207\n\n{_BODY}",
            "MI/CT-2207",
        ),
        (
            "fr",
            f"MINISTÈRE DE L'INTÉRIEUR\n\nCirculaire\nCote : DGSI-2026-0412\n\n{_CORPS}",
            "DGSI-2026-0412",
        ),
        # a table's row of the head (a Markdown mirror's header block)
        (
            "en",
            f"| | |\n|---|---|\n| Doc. | PC0212E1b |\n| Council | 212th session |\n\n{_BODY}",
            "PC0212E1b",
        ),
        (
            "fr",
            f"| | |\n|---|---|\n| Doc. | PC0212F1b |\n| Conseil | 212e session |\n\n{_CORPS}",
            "PC0212F1b",
        ),
        # a court's neutral citation alone under the parties' names, with or without brackets
        (
            "en",
            f"JUDGMENT SUMMARY\n\nAroha Tane v The Attorney-General\n[2025] NZSC 41\n\n{_BODY}",
            "[2025] NZSC 41",
        ),
        (
            "fr",
            f"RÉSUMÉ DE L'ARRÊT\n\nDubé c. Procureur général\n2026 CSC 14\n\n{_CORPS}",
            "2026 CSC 14",
        ),
        # a neutral citation closing the line of the parties' names
        (
            "en",
            f"SUPREME COURT OF VICTORIA\n\nRahimi v The Queen [2026] VSCA 88\n\n{_BODY}",
            "[2026] VSCA 88",
        ),
        (
            "fr",
            f"COUR FÉDÉRALE\n\nTremblay c. Canada (Sécurité publique) [2026] CF 512\n\n{_CORPS}",
            "[2026] CF 512",
        ),
        # a register's line: the number, then the date it was registered
        ("en", f"Registration\nNZLI/2026-315 March 3, 2026\n\nORDER\n\n{_BODY}", "NZLI/2026-315"),
        (
            "fr",
            f"Enregistrement\nDORS/2026-74 Le 20 mars 2026\n\nDÉCRET\n\n{_CORPS}",
            "DORS/2026-74",
        ),
        # a brief's number only in its running footer, page after page
        (
            "en",
            f"Policy Brief\n\nDrones and stadiums\n\n{_BODY}\nPB2607 | page 1\n\n"
            f"{_BODY}\nPB2607 | page 2\n",
            "PB2607",
        ),
        (
            "fr",
            f"Note d'analyse\n\nDrones et stades\n\n{_CORPS}\nNA26031 | page 1\n\n"
            f"{_CORPS}\nNA26031 | page 2\n",
            "NA26031",
        ),
        # a chapter of a revised edition of the laws, printed over its title and again
        (
            "en",
            f"Home > Laws > CAP. 59A\n\nCAP. 59A Prevention of Terrorism Act\n\n{_BODY}",
            "CAP. 59A",
        ),
        (
            "fr",
            f"Accueil > Lois > Cap. 12\n\nCap. 12 Loi sur la prévention du terrorisme\n\n{_CORPS}",
            "Cap. 12",
        ),
        # none: another document's number, a catalogue number, a date, a page number, a phone
        ("en", f"NOTE\nFrom: Presidency\nNo. prev. doc.: 8812/25\n\n{_BODY}", None),
        ("fr", f"NOTE\nDe : Présidence\nRéf. précédente : 8812/25\n\n{_CORPS}", None),
        ("en", f"Annual report\nCat. No.: PS4-220/2026E-PDF\n\n{_BODY}", None),
        ("fr", f"Rapport annuel\n01/06/2026\n\n1/4\n\nTél. : 613-555-0147\n\n{_CORPS}", None),
        # a table's row labels repeat down a column: no running line
        (
            "en",
            f"Annual review\n\n{_BODY}\n| Year | Trained |\n|---|---|\n| FY2024 | 84 |\n\n"
            f"{_BODY}\n| Year | Seized |\n|---|---|\n| FY2024 | 12 |\n",
            None,
        ),
        (
            "fr",
            f"Bilan annuel\n\n{_CORPS}\n| Année | Formés |\n|---|---|\n| EX2024 | 84 |\n\n"
            f"{_CORPS}\n| Année | Saisies |\n|---|---|\n| EX2024 | 12 |\n",
            None,
        ),
        # an act cited in running text is not the document's number
        ("en", f"Guidance\n\nUnder Regulation (EU) 2019/947 operators register.\n\n{_BODY}", None),
        (
            "fr",
            f"Guide\n\nEn vertu du règlement (UE) 2019/947, les exploitants "
            f"s'enregistrent.\n\n{_CORPS}",
            None,
        ),
    ],
)
def test_a_number_by_where_it_stands(lang: str, text: str, symbol: str | None) -> None:
    assert own_symbol(text, lang) == symbol


def _own(text: str, lang: str, chrome: tuple[tuple[int, int], ...] = ()) -> str | None:
    hit = own_date(text, find_dates(text, lang), chrome)
    return hit.value if hit is not None else None


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a caption's or a source line's date dates its figures; the stamp is the only own date
        (
            "en",
            "Updated May 2, 2026\n\nSoft targets after the lapse\n\n"
            "Table 2. Incidents by region, as of March 2025\n\n"
            "Source: Agency, Annual Figures, March 2025.\n",
            "2026-05-02",
        ),
        (
            "fr",
            "Mis à jour le 2 mai 2026\n\nLes cibles vulnérables\n\n"
            "Tableau 3 : incidents par région, mars 2025\n\n"
            "Source : Agence, Chiffres annuels, mars 2025.\n",
            "2026-05-02",
        ),
        # a stamp opening a cell of the header's line is a stamp: the dateline wins
        (
            "en",
            "**Joint statement** | Published: Monday, 6 April 2026\n\n"
            "Canberra, Australia – 5 April 2026\n\n" + _BODY,
            "2026-04-05",
        ),
        (
            "fr",
            "**Communiqué conjoint** | Publié le : lundi 6 avril 2026\n\n"
            "Ottawa, Canada – 5 avril 2026\n\n" + _CORPS,
            "2026-04-05",
        ),
        # a meeting's span of days in the head, the adoption's day in the dateline
        (
            "en",
            "| Council | 212th session |\n| Geneva | 12 – 14 May 2026 |\n\n"
            "RESOLUTION ON PRECURSORS\n\n" + _BODY + "\nGeneva, 14 May 2026\n",
            "2026-05-14",
        ),
        (
            "fr",
            "| Conseil | 212e session |\n| Genève | 12 – 14 mai 2026 |\n\n"
            "RÉSOLUTION SUR LES PRÉCURSEURS\n\n" + _CORPS + "\nGenève, le 14 mai 2026\n",
            "2026-05-14",
        ),
        # an act cited by a sentence that runs on past its date is no title of the page
        (
            "fr",
            "Compte rendu du conseil\n\nPublié le 3 mars 2026\n\n"
            "La loi n° 2019-222 du 23 mars 2019 a "
            "réformé la justice. Trois ans après, le projet en tire les leçons.\n",
            "2026-03-03",
        ),
        (
            "en",
            "Cabinet briefing\n\nPublished 3 March 2026\n\nThe Security Act of 4 June 2019 created "
            "the register. Five years on, the bill draws the lessons.\n",
            "2026-03-03",
        ),
    ],
)
def test_which_date_is_the_documents_own(lang: str, text: str, value: str | None) -> None:
    assert _own(text, lang) == value


_MENU = "".join(f"- {w}\n\n" for w in ("Home", "Jobs", "Travel", "Business", "Health", "Taxes"))


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "en",
            _MENU
            + "- Gazette\n\n- April 8, 2026\n\nRegistration\n\nNZLI/2026-315 March 20, 2026\n\n",
            "2026-03-20",
        ),
        (
            "fr",
            _MENU
            + "- Gazette\n\n- 8 avril 2026\n\nEnregistrement\n\nDORS/2026-74 20 mars 2026\n\n",
            "2026-03-20",
        ),
    ],
)
def test_a_breadcrumbs_date_yields_to_the_documents(lang: str, text: str, value: str) -> None:
    """The page's chrome (its menu and breadcrumb) dates the issue; the register's line
    under it, of the same rank, dates the document. Without the chrome both are head lines
    and the first wins."""
    crumb = (
        text.index("- Gazette"),
        text.index("Registration" if lang == "en" else "Enregistrement"),
    )
    assert _own(text, lang, (crumb,)) == value
    assert _own(text, lang) != value
