"""The lettered items of a definition that a numbered paragraph runs into (guidelines §1: they
belong to the definition's text, and two definitions would both give ``2(a)``), French and
English side by side: ``2 In this Act,`` joined by the layout to ``“critical infrastructure”
means …, including,`` over ``(a)``, ``(b)``; the items of a paragraph that defines nothing
(``3 (1) No person shall …, except,``) stay its clauses.

Each text is written for the test; the expected numbers were worked out by hand from the
annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

HTML = {
    "en": """<html><body><main>
<h1>Protected Sites Security Act, 2031</h1>
<p><b>1</b> The purpose of this Act is to protect critical infrastructure against terrorism.</p>
<p><b>2</b> In this Act,</p>
<p>“critical infrastructure” means facilities, systems and networks that are essential to the
security of the province, including,</p>
<p>(a) electricity generation and distribution facilities,</p>
<p>(b) water treatment facilities, and</p>
<p>(c) port infrastructure; (“infrastructure essentielle”)</p>
<p>“Minister” means the Solicitor General. (“ministre”)</p>
<p><b>3</b> (1) No person shall operate an unmanned aircraft near a protected site, except,</p>
<p>(a) with the written authorization of the operator of the site; or</p>
<p>(b) in the course of duties as a police officer.</p>
<p>(2) A police officer may seize an unmanned aircraft operated in contravention of
subsection (1).</p>
</main></body></html>
""",
    "fr": """<html><body><main>
<h1>Loi de 2031 sur la sécurité des sites protégés</h1>
<p><b>1</b> La présente loi a pour objet de protéger les infrastructures essentielles contre le
terrorisme.</p>
<p><b>2</b> Dans la présente loi,</p>
<p>« infrastructure essentielle » désigne les installations, systèmes et réseaux qui sont
essentiels à la sécurité de la province, notamment,</p>
<p>(a) les installations de production et de distribution d'électricité,</p>
<p>(b) les installations de traitement de l'eau,</p>
<p>(c) les infrastructures portuaires; (“critical infrastructure”)</p>
<p>« ministre » désigne le solliciteur général. (“Minister”)</p>
<p><b>3</b> (1) Nul ne doit utiliser un aéronef sans pilote près d'un site protégé, sauf :</p>
<p>(a) avec l'autorisation écrite de l'exploitant du site;</p>
<p>(b) dans l'exercice des fonctions d'agent de police.</p>
<p>(2) Un agent de police peut saisir un aéronef sans pilote utilisé en contravention du
paragraphe (1).</p>
</main></body></html>
""",
}

NUMBERS = ["1", "2", "3", "3(1)", "3(1)(a)", "3(1)(b)", "3(2)"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_definition_items_are_no_clauses(lang: str) -> None:
    doc = parse_text(HTML[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == NUMBERS
