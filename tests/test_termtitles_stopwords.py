"""A hard-wrapped item under a lone decimal number is no glossary term (guidelines §1a: a
title is a heading's words, never the start of the clause's sentence cut off): a term is a
name and does not open on a function word ("where the site holds", "lorsque le site
détient"), and only an entry under a lone number is read as a term over a lower-case
definition. A true entry ("3.1" / "hostile vehicle" / "vehicle used to …") keeps its title.

Each row is a short text written by hand, French and English side by side; the expected
titles are decided from §1a before running ctdocs.
"""

from __future__ import annotations

from typing import Literal

import pytest

import ctdocs

_EN = (
    "3. Obligations of operators\n\nOperators shall comply with the following requirements:"
    "\n\n3.1\n{a}\nhazardous substances listed in the annex, the operator shall notify the\n"
    "prefect within one month of the start of operations;\n\n3.2\n{b}\nthe public, the"
    " operator shall appoint a security officer and send the\nname of the officer to the"
    " prefect.\n"
)
_FR = (
    "3. Obligations des exploitants\n\nLes exploitants respectent les prescriptions"
    " suivantes :\n\n3.1\n{a}\ndes substances dangereuses listées en annexe, l'exploitant"
    " en informe le\npréfet dans le mois qui suit le début de l'exploitation ;\n\n3.2\n{b}\n"
    "du public, l'exploitant désigne un responsable de la sûreté et communique\nson nom au"
    " préfet.\n"
)
_EN_TERMS = (
    "3. Terms and definitions\n\n3.1\nhostile vehicle\nvehicle used to gain access to a site"
    " in order to cause harm to people or property\n\n3.2\nvehicle barrier\nphysical"
    " obstacle that stops a vehicle from entering a protected area of a site\n"
)
_FR_TERMS = (
    "3. Termes et définitions\n\n3.1\nvéhicule hostile\nvéhicule utilisé pour entrer sur un"
    " site afin de nuire aux personnes ou aux biens\n\n3.2\nbarrière anti-véhicule\nobstacle"
    " physique qui empêche un véhicule d'entrer dans la zone protégée d'un site\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "titles"),
    [
        ("en", _EN.format(a="where the site holds", b="where the site receives"), [None, None]),
        ("fr", _FR.format(a="lorsque le site détient", b="lorsque le site reçoit"), [None, None]),
        ("en", _EN_TERMS, ["hostile vehicle", "vehicle barrier"]),
        ("fr", _FR_TERMS, ["véhicule hostile", "barrière anti-véhicule"]),
    ],
)
def test_a_wrapped_item_under_a_lone_number_is_no_term(
    lang: Literal["fr", "en"], text: str, titles: list[str | None]
) -> None:
    doc = ctdocs.parse_text(text, lang)
    items = [c for c in doc.clauses() if c.number in ("3.1", "3.2")]
    assert [c.title for c in items] == titles
    if titles[0] is None:
        assert all(c.text.split()[0] in ("where", "lorsque") for c in items)
