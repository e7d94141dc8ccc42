"""Rows of a table set in columns in a PDF's text (an agenda's ``Item`` column, a tracker's
action numbers ``4.1``, ``5.3`` of another plan): a short line split in three columns or more
by wide gaps, beside another such line, is a table row, not a numbered paragraph or heading
(guidelines §1: numbers that are not clause numbers), and its numbers lend no stem to the
text's lines (``4 Border security`` is no heading because a row ``4.1`` exists). The text's
own paragraphs (``4.``) keep their numbers and their sections.

The class was met in a Pacific Islands Forum outcomes document and a Belgian threat note
(ho12); each text here is written for the test in the style of other publishers: a
Commonwealth Secretariat meeting record in English, a francophone regional body's (OIF)
report in French. The expected numbers were worked out by hand from the annotation
guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

RECORD = {
    "en": """COMMONWEALTH SECRETARIAT

Record of the Senior Officials Meeting on Counter-Terrorism

Agenda

1.    The meeting adopted the agenda below.

      Item    Subject                                      Lead
      1       Opening of the meeting                       Chair
      2       Threat outlook                               Secretariat
      3       Financing of terrorism                       FIU Forum
      4       Border security                              Customs

Threat outlook

2.    The Secretariat presented its annual threat outlook to the meeting.

3.    Members noted that the threat remains low across the region.

Border security

4.    Members agreed to share passenger data by the end of 2027.

Annex: implementation tracker

      No.   Action                               Status        Target
      2.1   Regional risk assessment             Not started   2027
      4.2   Passenger data framework             In progress   2028
""",
    "fr": """ORGANISATION INTERNATIONALE DE LA FRANCOPHONIE

Relevé de conclusions de la réunion des hauts fonctionnaires

Ordre du jour

1.    La réunion a adopté l'ordre du jour ci-dessous.

      Point   Objet                                        Pilote
      1       Ouverture de la réunion                      Présidence
      2       Évaluation de la menace                      Secrétariat
      3       Financement du terrorisme                    CRF
      4       Sécurité des frontières                      Douanes

Évaluation de la menace

2.    Le Secrétariat a présenté son évaluation annuelle de la menace.

3.    Les membres ont noté que la menace reste faible dans la région.

Sécurité des frontières

4.    Les membres sont convenus d'échanger les données des passagers d'ici 2027.

Annexe : suivi de la mise en œuvre

      N°    Action                               État          Échéance
      2.1   Évaluation régionale des risques     Non engagée   2027
      4.2   Cadre d'échange des données          En cours      2028
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_table_rows_are_no_clauses(lang: str) -> None:
    doc = parse_text(RECORD[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1", "2", "3", "4"]


@pytest.mark.parametrize(
    ("lang", "section", "starts"),
    [
        ("en", "Border security", "Members agreed to share"),
        ("fr", "Sécurité des frontières", "Les membres sont convenus"),
    ],
)
def test_paragraph_after_a_table_keeps_its_section(lang: str, section: str, starts: str) -> None:
    doc = parse_text(RECORD[lang], language=lang)  # type: ignore[arg-type]
    clause = {c.number: c for c in doc.clauses()}["4"]
    assert clause.section == section
    assert clause.text.startswith(starts)


# A tracker whose empty cells are printed as a dash standing apart ("Not started   —"): the
# dash ends no statute's lead-in (that one is glued to its word: "to prove that—"), so the
# rows stay rows and lend no clause.
DASHED_CELLS = {
    "en": """Implementation of the plan

1.    Members reviewed the tracker below.

      No.   Action                               Status        Target
      2.1   Regional risk assessment             Not started   —
      4.2   Passenger data framework             In progress   —
""",
    "fr": """Mise en œuvre du plan

1.    Les membres ont examiné le tableau de suivi ci-dessous.

      N°    Action                               État          Échéance
      2.1   Évaluation régionale des risques     Non engagée   —
      4.2   Cadre des données des passagers      En cours      —
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_rows_with_dashed_empty_cells_stay_rows(lang: str) -> None:
    doc = parse_text(DASHED_CELLS[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1"]
