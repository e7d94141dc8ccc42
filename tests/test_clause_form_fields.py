"""The numbered fields of a form a text reproduces (an annexed reporting form's ``1. Name of
reporter:``, a licence application's ``1. Full name of applicant: ......``) are the form's,
not clauses (guidelines §1: numbers that are not clause numbers): a run of three numbered
lines or more, each a short label closed by a colon with only the blank to fill after it.
A lead-in closed by a colon over its items, and two such lines alone, stay clauses. French
and English side by side, as a guidance note and a regulation print them.

Each text is written for the test; the expected numbers were worked out by hand from the
annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

FORM = {
    "en": """1. Suspicious activity shall be reported to the nearest police station.

2. The reporting form is set out below.

REPORTING FORM

1. Name of reporter:
2. Location:
3. Date and time of observation: ......................
4. Description of persons, vehicles or drones:
5. Action taken: ______________
""",
    "fr": """1. Toute activité suspecte est signalée au poste de police le plus proche.

2. Le formulaire de signalement figure ci-dessous.

FORMULAIRE DE SIGNALEMENT

1. Nom de l'auteur du signalement :
2. Lieu :
3. Date et heure de l'observation : ......................
4. Description des personnes, véhicules ou drones :
5. Suite donnée : ______________
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_form_fields_are_no_clauses(lang: str) -> None:
    doc = parse_text(FORM[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1", "2"]
    assert "Name of reporter" in doc.text or "Nom de l'auteur" in doc.text  # kept as content


LEAD_INS = {
    "en": """1. The operator shall keep:
(a) a register of visitors;
(b) a register of deliveries.

2. The operator shall report:
(a) every incident;
(b) every attempted intrusion.

3. The register is kept for five years.
""",
    "fr": """1. L'exploitant tient :
(a) un registre des visiteurs ;
(b) un registre des livraisons.

2. L'exploitant signale :
(a) tout incident ;
(b) toute tentative d'intrusion.

3. Le registre est conservé cinq ans.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_lead_ins_over_their_items_stay_clauses(lang: str) -> None:
    """Each lead-in is followed by its items, not by another label: no form's run."""
    doc = parse_text(LEAD_INS[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1", "1(a)", "1(b)", "2", "2(a)", "2(b)", "3"]


TWO_LABELS = {
    "en": """1. Purpose:
2. Scope:

The note sets out the measures to protect soft targets.
""",
    "fr": """1. Objet :
2. Champ d'application :

La note fixe les mesures de protection des cibles vulnérables.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_two_labels_make_no_form(lang: str) -> None:
    doc = parse_text(TWO_LABELS[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()][:2] == ["1", "2"]
