"""Guards on the structure stage's line rules, French and English side by side: a line that
opens a bracket it never closes, a range of repealed provisions a thousand numbers long,
a form repeated thousands of times (each is read in time linear in its length: the input
is made long enough that a quadratic or cubic reading would not end), a range of numbers
that continues the sentence of the line above (a cross-reference, not a record of
repealed provisions), and a bold run-in title over a sentence of its own.

The expected values were worked out by hand from the annotation guidelines (§1a).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise
from ctdocs.structure._contents import echoed_entries
from ctdocs.structure._lineshapes import authority_line


@pytest.mark.parametrize(
    ("lang", "act"),
    [("fr", "Loi sur les explosifs ("), ("en", "Explosives Act (")],
)
def test_an_unclosed_bracket_is_read_in_linear_time(lang: str, act: str) -> None:
    """``Explosives Act (1, 1, 1, …`` never closes its bracket: no citation of an act, and
    a reading that backtracked over each comma would not end on 60 000 characters."""
    assert not authority_line(act + "1, " * 20000)
    assert authority_line(act + "1, " * 20000 + "(c. E-17, s. 5)")
    doc = parse_text(f"# Titre\n\n## Partie\n\n## {act}{'1,' * 3000}\n\n1. Texte.\n", lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1"]


@pytest.mark.parametrize(
    ("lang", "lead", "joiner", "note"),
    [
        ("fr", "1. Le ministre peut agir.", " et ", " [Abrogés]"),
        ("en", "1. The Minister may act.", " and ", " [Repealed]"),
    ],
)
def test_a_long_range_of_repealed_provisions_is_read(
    lang: str, lead: str, joiner: str, note: str
) -> None:
    """``(1) and (2) and … (1499) [Repealed]``: each number of the range is read in turn,
    not one level deeper per number (no "structure too deep" error)."""
    line = joiner.join(f"({i})" for i in range(1, 1500)) + note
    doc = parse_text(f"{lead}\n\n{line}\n", lang)  # type: ignore[arg-type]
    numbers = [c.number for c in doc.clauses()]
    assert numbers[:3] == ["1", "1(1)", "1(2)"] and len(numbers) > 100


@pytest.mark.parametrize(
    ("lang", "form"),
    [
        ("fr", "Formulaire\n\n(a) Nom de l'exploitant\n(b) Adresse du site\n(c) Date\n\nTexte.\n"),
        ("en", "Form\n\n(a) Name of the operator\n(b) Address of the site\n(c) Date\n\nText.\n"),
    ],
)
def test_a_form_repeated_thousands_of_times_is_no_contents_list(lang: str, form: str) -> None:
    """A form printed 30 000 times: each run of entries is echoed 30 000 times, so reading
    every echo of every run would not end; the echoes are indexed once. Its entries are
    printed together each time (not headings apart from each other): no contents list."""
    units = segment(normalise(form, markdown=False)) * 30000
    assert echoed_entries(units) == frozenset()


@pytest.mark.parametrize(
    ("lang", "text", "numbers"),
    [
        (
            "fr",
            "1. Le ministre peut agir.\n\n2. Malgré les paragraphes\n(1) et (2) le ministre"
            " peut désigner une personne.\n\n3. Fin du texte.\n",
            ["1", "2", "3"],
        ),
        (
            "en",
            "1. The Minister may act.\n\n2. Despite subsections\n(1) and (2) the Minister"
            " may designate a person.\n\n3. End of the Act.\n",
            ["1", "2", "3"],
        ),
    ],
)
def test_a_range_continuing_the_line_above_is_a_cross_reference(
    lang: str, text: str, numbers: list[str]
) -> None:
    """``Despite subsections`` over ``(1) and (2) the Minister …``: the line above leaves
    its sentence open, so the range cites subsections; it records no provisions (no clause
    ``2(2)`` is made up from it)."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    got = [c.number for c in doc.clauses()]
    assert "2(2)" not in got and [n for n in got if "(" not in n] == numbers


@pytest.mark.parametrize(
    ("lang", "page", "titles"),
    [
        (
            "fr",
            "1. **Objet** Le présent décret fixe les règles.\n\n"
            "2. **Champ** Les opérateurs sont concernés.\n",
            ["Objet", "Champ"],
        ),
        (
            "en",
            "1. **Scope** This Act applies to every operator.\n\n"
            "2. **Definitions** In this Act, operator means a person.\n",
            ["Scope", "Definitions"],
        ),
    ],
)
def test_a_bold_title_over_a_sentence_of_its_own(lang: str, page: str, titles: list[str]) -> None:
    """``1. **Scope** This Act applies …``: the sentence after the bold word opens with a
    function word of its own, so the bold word is a run-in title (unlike ``**Urges**
    Member States``, the verb of the sentence)."""
    doc = parse_text(page, lang, layout="markdown")  # type: ignore[arg-type]
    assert [c.title for c in doc.clauses()] == titles
