"""A table's cells are hard stops for extraction (guidelines §3: an actor is the name as
written, never two cells read as one): a glossary or an action table set in columns by
wide gaps in a plain-text or PDF-text copy ("NIFU   National Intelligence Fusion Unit")
yields no name that runs from one cell into the next ("NIFU National Intelligence Fusion
Unit", "SCLCT Service"), while a wide space inside a justified line of prose is no cell
boundary: a name across it is still one name.

The class was met in a Ghanaian and a Maldivian strategy's glossaries and tables and a
Pacific outcomes document (ho12, ho18, ho20); the texts here are written for the test in
the style of other publishers. The expected names were worked out by hand from the
guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.layout import Unit
from ctdocs.normalise._text import normalise
from ctdocs.structure._cells import cell_cuts, is_row

GLOSSARY = {
    "en": """REPUBLIC OF SEYCHELLES

National Strategy on Preventing Violent Extremism

1. The lead agencies are set out below.

   NCTC       National Counter Terrorism Committee
   NIFU       National Intelligence Fusion Unit
   MSA        Maritime Security Agency

2. The National Counter Terrorism Committee reports to the Cabinet every year on the work
of the International  Civil Aviation Organization in the region.
""",
    "fr": """RÉPUBLIQUE DU NIGER

Stratégie nationale de prévention de l'extrémisme violent

1. Les sigles employés dans la présente stratégie sont les suivants.

   CNLT       Comité national antiterroriste
   ANRF       Agence nationale de renseignement financier
   SCLCT      Service central antiterroriste

2. Le Comité national de lutte contre le terrorisme rend compte chaque année au Gouvernement
de l'action de l'Organisation de  l'aviation civile internationale dans la région.
""",
}

# names that would run across a cell boundary, and names across a justified wide space
ACROSS = {
    "en": ["NCTC National Counter Terrorism Committee", "NIFU National Intelligence Fusion Unit"],
    "fr": ["SCLCT Service"],
}
KEPT = {
    "en": ["National Counter Terrorism Committee", "International Civil Aviation Organization"],
    "fr": [
        "Comité national de lutte contre le terrorisme",
        "Organisation de l'aviation civile internationale",
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_name_spans_two_cells(lang: str) -> None:
    doc = parse_text(GLOSSARY[lang], language=lang)  # type: ignore[arg-type]
    said = {m.text for a in doc.actors for m in a.mentions}
    for name in ACROSS[lang]:
        assert name not in said
    for name in KEPT[lang]:
        assert name in said


def _units(text: str) -> list[Unit]:
    """The lines of ``text`` as units, with the gaps the layout stage gives them."""
    from ctdocs.layout._segment import _folded_gaps

    norm = normalise(text, markdown=False)
    gaps = _folded_gaps(norm)
    out = []
    for line in norm.lines:
        u = Unit(line.start, line.end, norm.text[line.start : line.end], line)
        u.gaps = tuple(g - line.start for g in gaps if line.start <= g < line.end)
        out.append(u)
    return out


@pytest.mark.parametrize(
    ("lines", "rows"),
    [
        # a glossary's rows, English and French, each beside another: all are rows
        (
            ["NIFU       National Intelligence Fusion Unit", "MSA        Maritime Security Agency"],
            2,
        ),
        (
            [
                "CNLT       Comité national antiterroriste",
                "SCLCT      Service central antiterroriste",
            ],
            2,
        ),
        # a title set alone with a wide space: no table
        (
            [
                "International Centre for     Counter-Terrorism",
                "The Centre is an independent body.",
            ],
            0,
        ),
        # justified prose: a stretch of more than six words between the wide spaces
        (
            [
                "The Committee shall report to the Cabinet  every year on the work of the Agency",
                "Le Comité rend compte chaque année au Gouvernement  de l'action de l'Organisation",
            ],
            0,
        ),
    ],
)
def test_rows_beside_rows_give_cuts(lines: list[str], rows: int) -> None:
    units = _units("\n".join(lines) + "\n")
    cuts = cell_cuts(units)
    assert sum(1 for u in units if any(u.start <= c < u.end for c in cuts)) == rows


def test_pipe_tables_are_read_by_their_pipes() -> None:
    (u,) = _units("| NIFU     | National Intelligence Fusion Unit |\n")
    assert u.gaps
    assert not is_row(u)


# A strategy's action table: each row cut into three columns, line after line, with no
# number in it (what once made its rows read as a page's menus: navigation noise).
ACTIONS = {
    "en": """REPUBLIC OF MALDIVES

National Strategy on Preventing Violent Extremism

1. The lead agencies of each pillar are set out in the table below.

   Pillar          Lead agency                      Supporting agencies
   Prevent         Ministry of Religious Affairs    Counter Terrorism Centre
   Pursue          National Police Service          Financial Intelligence Unit
   Protect         Civil Aviation Authority         Coast Guard

2. The Counter Terrorism Centre reports to the Cabinet every year.
""",
    "fr": """RÉPUBLIQUE DU NIGER

Stratégie nationale de prévention de l'extrémisme violent

1. Les services chefs de file de chaque pilier figurent dans le tableau ci-dessous.

   Pilier          Chef de file                      Appui
   Prévenir        Ministère des Affaires religieuses    Comité national antiterroriste
   Poursuivre      Police nationale                  Agence nationale de renseignement financier
   Protéger        Autorité de l'aviation civile     Garde côtière

2. Le Comité national antiterroriste rend compte chaque année au Gouvernement.
""",
}
ROW_LABELS = {
    "en": ("Pillar", "Prevent", "Pursue", "Protect"),
    "fr": ("Pilier", "Prévenir", "Poursuivre", "Protéger"),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_wordy_table_rows_are_body(lang: str) -> None:
    doc = parse_text(ACTIONS[lang], language=lang)  # type: ignore[arg-type]
    noise = " ".join(n.text for n in doc.noise)
    for label in ROW_LABELS[lang]:
        assert label not in noise  # no row set aside as a menu
        assert f"\n{label} " in doc.text
    # and no name runs from a row's label into its next cell ("Prevent Ministry of ...")
    said = [m.text for a in doc.actors for m in a.mentions]
    assert not [s for s in said if s.split()[0] in ROW_LABELS[lang]]


@pytest.mark.parametrize(
    ("lines", "table"),
    [
        # three lines of three columns: a table, English and French
        (
            ["Pillar   Lead   Support", "Prevent   Ministry   Centre", "Pursue   Police   Unit"],
            True,
        ),
        (
            [
                "Pilier   Chef   Appui",
                "Prévenir   Ministère   Comité",
                "Poursuivre   Police   Agence",
            ],
            True,
        ),
        # two menus one above the other, each cut its own way: no table
        (["Print   Email   Share", "Document   Related documents   Versions   Help"], False),
        (["Imprimer   Envoyer   Partager", "Accueil   Actualités   Documents   Contact"], False),
        # two columns line after line (a court's composition, a signature block): no table
        (
            [
                "Hon. Juge A. ASANTE   - Président",
                "Hon. Juge S. KOROMA   - Membre",
                "Me A. ATANNON   - Greffier",
            ],
            False,
        ),
    ],
)
def test_runs_of_as_many_columns_are_tables(lines: list[str], table: bool) -> None:
    from ctdocs.layout._tableruns import in_table

    units = _units("\n".join(lines) + "\n")
    assert in_table(units, 0) is table


# A committee's members set in columns (number, member, member's state): the person's name
# stops where the next cell begins; read on into the state's cell it named no one, and the
# member was lost (an assembly's committee report, ho30). Written for the test.
MEMBERS = {
    "en": """Report of the Committee on Regional Affairs

Members of the Committee

1.   Hon. Mabior Kuol Akec                 South Sudan
2.   Hon. Amina Hassan Dagane                Kenya
3.   Hon. Claudine Uwamahoro                   Rwanda

1. The Committee considered the threat of terrorism in the region.

2. The Committee recommends that Partner States share intelligence.
""",
    "fr": """Rapport de la Commission des affaires régionales

Membres de la Commission

1.   Hon. Mabior Kuol Akec                 Soudan du Sud
2.   Hon. Amina Hassan Dagane                Kenya
3.   Hon. Claudine Uwamahoro                   Rwanda

1. La Commission a examiné la menace terroriste dans la région.

2. La Commission recommande aux États partenaires de partager le renseignement.
""",
}
MEMBER_NAMES = ["Mabior Kuol Akec", "Amina Hassan Dagane", "Claudine Uwamahoro"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_person_stops_at_the_next_cell(lang: str) -> None:
    doc = parse_text(MEMBERS[lang], language=lang)  # type: ignore[arg-type]
    persons = {m.text for a in doc.actors if a.kind == "person" for m in a.mentions}
    assert set(MEMBER_NAMES) <= persons
    assert not any(p.endswith(("Sudan", "Sud", "Kenya", "Rwanda")) for p in persons)
