"""Entries an amending instrument adds to another instrument's list (``141``–``143`` of a
schedule of listed entities, set out after "amended by adding the following:") are that
list's numbers, not the document's clauses (guidelines §1: provisions of another instrument
reproduced in the document); the document's own ``1`` and ``2`` around them are. French and
English side by side, as the Canada Gazette and a ministerial order print them.

Each text is written for the test; the expected numbers were worked out by hand from the
annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

GAZETTE = {
    "en": """<html><body><main>
<h3>Regulations Amending the Regulations Establishing a List of Entities</h3>
<h4>Amendment</h4>
<p><strong>1</strong> The <i>Regulations Establishing a List of Entities</i> are amended by
adding the following in numerical order:</p>
<blockquote>
<p><strong>88</strong> Sahel Drone Brigade (also known as Katibat al-Tayyarat)</p>
<p><strong>89</strong> Northern Flame Accelerationist Network</p>
<p><strong>90</strong> Al-Rayah Logistics Company</p>
</blockquote>
<h4>Coming into Force</h4>
<p><strong>2</strong> These Regulations come into force on the day on which they are
registered.</p>
</main></body></html>
""",
    "fr": """<html><body><main>
<h3>Règlement modifiant le Règlement établissant une liste d'entités</h3>
<h4>Modification</h4>
<p><strong>1</strong> Le <i>Règlement établissant une liste d'entités</i> est modifié par
adjonction, selon l'ordre numérique, de ce qui suit :</p>
<blockquote>
<p><strong>88</strong> Brigade des drones du Sahel (également connue sous le nom de Katibat)</p>
<p><strong>89</strong> Réseau accélérationniste de la Flamme du Nord</p>
<p><strong>90</strong> Société logistique Al-Rayah</p>
</blockquote>
<h4>Entrée en vigueur</h4>
<p><strong>2</strong> Le présent règlement entre en vigueur à la date de son
enregistrement.</p>
</main></body></html>
""",
}


@pytest.mark.parametrize(
    ("lang", "sections"),
    [("en", ["Amendment", "Coming into Force"]), ("fr", ["Modification", "Entrée en vigueur"])],
)
def test_entries_added_to_another_list_are_not_clauses(lang: str, sections: list[str]) -> None:
    doc = parse_text(GAZETTE[lang], language=lang, layout="html")  # type: ignore[arg-type]
    clauses = doc.clauses()
    assert [c.number for c in clauses] == ["1", "2"]
    assert [c.section for c in clauses] == sections


ORDER = {
    "en": """Order amending the list of proscribed groups

1. The list annexed to the Order of 3 March 2029 is amended by inserting the following:

14. Northern Flame Accelerationist Network

15. Sahel Drone Brigade

2. This Order comes into force on the day after its publication.
""",
    "fr": """Arrêté modifiant la liste des groupements interdits

1. La liste annexée à l'arrêté du 3 mars 2029 est complétée par ce qui suit :

14. Réseau accélérationniste de la Flamme du Nord

15. Brigade des drones du Sahel

2. Le présent arrêté entre en vigueur le lendemain de sa publication.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_entries_between_the_orders_own_paragraphs(lang: str) -> None:
    doc = parse_text(ORDER[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1", "2"]
