"""A name found by shape in a table row (extract/_unlinked_cells.py): a person named in
a cell written as prose is kept (a judgment's composition and parties), a name that is a
cell's label is not. Texts written for these tests in the styles of a French-language
and an English-language judgment; expectations checked by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.extract._unlinked_cells import in_table_row


def _persons(text: str, lang: str) -> set[str]:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text for a in doc.actors if a.kind == "person" for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "persons"),
    [
        (
            "fr",
            "| | |\n|---|---|\n| Composition | Les juges Nathalie Perret-Monnier, juge "
            "présidente, et Fabienne Aebischer-Dupraz, la greffière Sarah Jaquier-Rossel |\n\n"
            "Le tribunal a statué sur la demande.\n",
            {"Nathalie Perret-Monnier", "Fabienne Aebischer-Dupraz", "Sarah Jaquier-Rossel"},
        ),
        (
            "en",
            "| | |\n|---|---|\n| Counsel | Mr Daniel Okafor-Reid, instructed by the "
            "solicitors for the applicant |\n\nThe court heard the application.\n",
            {"Daniel Okafor-Reid"},
        ),
    ],
)
def test_a_person_in_a_prose_cell_is_kept(lang: str, text: str, persons: set[str]) -> None:
    assert persons <= _persons(text, lang)


@pytest.mark.parametrize(
    ("text", "name", "person", "yields"),
    [
        ("| Juge | Nathalie Perret-Monnier |", "Nathalie Perret-Monnier", True, True),
        ("| Judge | Daniel Okafor-Reid |", "Daniel Okafor-Reid", True, True),
        ("| Composition | la juge Nathalie Perret-Monnier, présidente |", "Nathalie", True, False),
        ("| Counsel | Daniel Okafor-Reid, instructed by the firm |", "Daniel", True, False),
        # a body in a table row yields, prose or not
        ("| Reports | agreed by the Working Group in June |", "Working Group", False, True),
        ("| Rapports | adoptés par le Groupe de travail en juin |", "Groupe", False, True),
        # not in a table
        ("La juge Nathalie Perret-Monnier préside.", "Nathalie", True, False),
    ],
)
def test_which_names_in_a_table_row_yield(text: str, name: str, person: bool, yields: bool) -> None:
    start = text.index(name)
    assert in_table_row(text, start, start + len(name), person=person) is yields


@pytest.mark.parametrize(
    ("lang", "text", "persons"),
    [
        (
            # a column of parties beside a column of the persons who represent them
            "fr",
            "Déclaration des dirigeants.\n\n| Signataire | Représenté par |\n|---|---|\n"
            "| France | M. Laurent Desvignes, ministre délégué |\n"
            "| Belgique | Mme Claire Vandeputte-Moreau, ministre |\n"
            "| Commission européenne | Mme Katrin Ollenberg, commissaire |\n",
            {"Laurent Desvignes", "Claire Vandeputte-Moreau", "Katrin Ollenberg"},
        ),
        (
            "en",
            "Leaders' statement.\n\n| Supporter | Represented by |\n|---|---|\n"
            "| New Zealand | Rt Hon. Aroha Whitcombe, Prime Minister |\n"
            "| France | M. Laurent Desvignes, ministre délégué |\n"
            "| European Commission | Ms Katrin Ollenberg, Commissioner |\n",
            {"Aroha Whitcombe", "Laurent Desvignes", "Katrin Ollenberg"},
        ),
        (
            # a signature block: each column's heading names the party signing below it
            "fr",
            "FAIT à Bamako, en deux exemplaires.\n\n"
            "| POUR LE GOUVERNEMENT DU MALI | POUR LE GOUVERNEMENT DU NIGER |\n|---|---|\n"
            "| *M. Abdoulaye Traoré-Keïta* | *M. Ibrahim Mahamadou-Garba* |\n"
            "| Ministre de la Sécurité | Ministre de l'Intérieur |\n",
            {"Abdoulaye Traoré-Keïta", "Ibrahim Mahamadou-Garba"},
        ),
        (
            "en",
            "SIGNED in duplicate at Bridgetown.\n\n"
            "| FOR THE GOVERNMENT OF JAMAICA | FOR THE GOVERNMENT OF BARBADOS |\n|---|---|\n"
            "| *Hon. Desmond K. Whitfield* | *Hon. Lorraine A. Cumberbatch* |\n"
            "| Minister of National Security | Attorney General |\n",
            {"Desmond K. Whitfield", "Lorraine A. Cumberbatch"},
        ),
    ],
)
def test_persons_in_a_table_of_signatories_are_kept(
    lang: str, text: str, persons: set[str]
) -> None:
    assert persons <= _persons(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # labels beside names: no party in the table, its persons still yield
        (
            "fr",
            "Rapport.\n\n| Rôle | Nom |\n|---|---|\n| Rapporteur | Claire Vandeputte-Moreau |\n"
            "| Président | Laurent Desvignes |\n",
            "Claire Vandeputte-Moreau",
        ),
        (
            "en",
            "Report.\n\n| Role | Name |\n|---|---|\n| Rapporteur | Katrin Ollenberg |\n"
            "| Chair | Aroha Whitcombe |\n",
            "Katrin Ollenberg",
        ),
        # one row pairing a state with a person is no table of signatories
        (
            "en",
            "Report.\n\n| Item | Detail |\n|---|---|\n| France | Ms Katrin Ollenberg |\n"
            "| Budget | 12 million |\n| Staff | 40 |\n",
            "Katrin Ollenberg",
        ),
    ],
)
def test_persons_in_other_tables_still_yield(lang: str, text: str, name: str) -> None:
    assert name not in _persons(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "fr",
            "Signé par M. Jean Dupont, ministre.\n\n| --- | --- |\n| --- | --- |\n",
            "Jean Dupont",
        ),
        ("en", "Signed by Mr John Smith, Minister.\n\n|---|---|\n|---|---|\n", "John Smith"),
    ],
)
def test_a_table_of_rule_lines_only_is_read(lang: str, text: str, name: str) -> None:
    # (its rows were all rules: the signatories' test read the first of none, IndexError)
    assert name in parse_text(text, lang).text  # type: ignore[arg-type]
