"""A page's running head block (:mod:`ctdocs.layout._headblocks`): under a PDF page's
folio and title, the lines naming the divisions the page stands in, each repeating a
heading printed further up, are page furniture (guidelines §5: repeated page headers are
noise), not a second Part 1; a division line that names a new division is the text's.
French and English side by side.

Each text is written for the test; the expected noise and clauses were worked out by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

HEAD = {
    "en": (
        "Security of Ports Act 2026",
        ("PART 1", "PRELIMINARY", "CHAPTER 1", "GENERAL MATTERS"),
        ("1   Short title", "    This Act may be cited as the Security of Ports Act 2026."),
        (
            "2   Interpretation",
            '    In this Act, "port" means any harbour, dock or wharf at which ships may load',
            "    or unload goods, and an operator is the person who manages a port.",
        ),
        ("3   Application", "    This Act applies to every port and to every operator."),
    ),
    "fr": (
        "Loi de 2026 sur la sûreté des ports",
        ("TITRE 1", "DISPOSITIONS GÉNÉRALES", "CHAPITRE 1", "DÉFINITIONS"),
        ("1   Intitulé", "    La présente loi peut être citée comme loi sur la sûreté des ports."),
        (
            "2   Définitions",
            "    Dans la présente loi, « port » désigne tout bassin, quai ou appontement où",
            "    les navires chargent ou déchargent, et l'exploitant est qui gère un port.",
        ),
        ("3   Champ d'application", "    La présente loi s'applique à tout port et exploitant."),
    ),
}
RUNNING = {
    "en": (
        "Security of Ports Act 2026 (c. 4)",
        "Part 1 — Preliminary",
        "Chapter 1 — General matters",
    ),
    "fr": (
        "Loi de 2026 sur la sûreté des ports (n° 4)",
        "Titre 1 — Dispositions générales",
        "Chapitre 1 — Définitions",
    ),
}
# Division lines under the folio that name divisions printed nowhere above: the text's own.
NEW = {
    "en": ("Part 2 — Offences", "Chapter 2 — Unlawful entry"),
    "fr": ("Titre 2 — Infractions", "Chapitre 2 — Intrusions"),
}


def _text(lang: str, running: tuple[str, str, str]) -> str:
    title, divisions, *sections = HEAD[lang]
    head = "\n\n".join(f"{' ' * 24}{d}" for d in (title, *divisions))
    first = "\n\n".join("\n".join(s) for s in sections[:2])
    folio = f"2{' ' * 23}{running[0]}\n" + "\n".join(f"{' ' * 24}{x}" for x in running[1:])
    return f"{head}\n\n{first}\n\n\n{folio}\n\n\n" + "\n".join(sections[2]) + "\n"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_division_lines_under_a_folio_are_the_running_head(lang: str) -> None:
    doc = parse_text(_text(lang, RUNNING[lang]), language=lang)  # type: ignore[arg-type]
    noise = [(n.text, n.reason) for n in doc.noise]
    folio = f"2 {RUNNING[lang][0]}"
    assert noise == [(x, "page-header") for x in (folio, *RUNNING[lang][1:])]
    part, chapter = ("Part 1", "Chapter 1") if lang == "en" else ("Title 1", "Chapter 1")
    assert [c.number for c in doc.clauses()] == [part, chapter, "1", "2", "3"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_divisions_printed_nowhere_above_stay_text(lang: str) -> None:
    running = (RUNNING[lang][0], *NEW[lang])
    doc = parse_text(_text(lang, running), language=lang)  # type: ignore[arg-type]
    texts = [n.text for n in doc.noise]
    assert not any(x in texts for x in NEW[lang])
    part2 = "Part 2" if lang == "en" else "Title 2"
    assert part2 in [c.number for c in doc.clauses()]


# A contents list with no heading of its own, then page 2 opening a new Part under its folio:
# "Part 2" was printed above only in the contents, and "Part 1" after it, so the page is
# not in Part 2 yet: its two lines are the new Part's headings (review of session 27).
CONTENTS = {
    "en": ("Part 1 — Preliminary", "Chapter 1 — General matters"),
    "fr": ("Titre 1 — Dispositions générales", "Chapitre 1 — Définitions"),
}


def _with_contents(lang: str) -> str:
    title, _, *sections = HEAD[lang]
    pad = " " * 24
    contents = "\n".join((*CONTENTS[lang], *NEW[lang]))
    headings = "\n\n".join(f"{pad}{d}" for d in CONTENTS[lang])
    first = "\n\n".join("\n".join(s) for s in sections[:2])
    folio = f"2{' ' * 23}{RUNNING[lang][0]}"
    opens = "\n\n".join(f"{pad}{d}" for d in NEW[lang])
    return (
        f"{pad}{title}\n\n{contents}\n\n{headings}\n\n{first}\n\n\n{folio}\n\n\n{opens}\n\n"
        + "\n".join(sections[2])
        + "\n"
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_division_only_a_contents_list_announced_opens_the_page(lang: str) -> None:
    doc = parse_text(_with_contents(lang), language=lang)  # type: ignore[arg-type]
    headers = [n.text for n in doc.noise if n.reason == "page-header"]
    assert not any(x in headers for x in NEW[lang])
    numbers = [c.number for c in doc.clauses()]
    part2 = "Part 2" if lang == "en" else "Title 2"
    assert part2 in numbers and numbers.index(part2) > numbers.index("1")
