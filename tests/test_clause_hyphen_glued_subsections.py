"""A regulation whose number is glued to its first subsection by a dash (``1.—(1) These
Regulations …``, layout._numbering) is often typed with a hyphen in a plain-text or PDF-text
copy (``3.-(1) The areas …``): the same regulation 3 opening with its subsection 3(1)
(guidelines §1a, statute section row). Before, the hyphen hid the number and the regulation
and its subsections were lost. French and English rows side by side; the expected numbers
were worked out by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

REGULATIONS = {
    "en": (
        "THE BORDER SECURITY REGULATIONS, 2026\n\n"
        "1. These Regulations may be cited as the Border Security Regulations, 2026.\n\n"
        "2.-(1) The areas described in the Schedule are designated as security zones.\n\n"
        "(2) The Commissioner of Police shall keep a register of landing places.\n\n"
        "3.-(1) No person shall operate an unmanned aircraft within a security zone.\n\n"
        "(2) An authorised officer may seize an aircraft operated in breach of subregulation (1).\n"
    ),
    "fr": (
        "RÈGLEMENT DE 2026 SUR LA SÉCURITÉ DES FRONTIÈRES\n\n"
        "1. Le présent règlement peut être cité comme règlement de 2026 sur la sécurité.\n\n"
        "2.-(1) Les zones décrites à l'annexe sont désignées zones de sécurité.\n\n"
        "(2) Le commissaire de police tient un registre des lieux de débarquement.\n\n"
        "3.-(1) Nul ne peut faire voler un drone dans une zone de sécurité.\n\n"
        "(2) Un agent habilité peut saisir un drone utilisé en violation du paragraphe (1).\n"
    ),
}
WANT = ["1", "2", "2(1)", "2(2)", "3", "3(1)", "3(2)"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_hyphen_glueing_the_first_subsection_reads_as_a_dash(lang: str) -> None:
    doc = parse_text(REGULATIONS[lang])
    assert [c.number for c in doc.clauses()] == WANT
