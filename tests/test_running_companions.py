"""A running head's second line (ctdocs.layout._running): a short line printed right under
each print of a page's running head ("(version expurgée)", "(redacted for release)") is
the head's, page furniture with it; a short line the text prints elsewhere too is the
text's. Hand-written pages, French and English side by side."""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

COVER = {
    "fr": "RAPPORT D'EXAMEN\n\nVersion publique – mars 2026\n",
    "en": "REVIEW REPORT\n\nPublic version – March 2026\n",
}
HEAD = {
    "fr": "CNRS – Rapport 2026-04" + " " * 40 + "DIFFUSION RESTREINTE",
    "en": "NSIRA Review 2026-04" + " " * 40 + "RESTRICTED DISTRIBUTION",
}
# the head's second line: a label in brackets of two or three words, or a plain one
SECOND = {
    "fr": ["(version expurgée)", "(caviardé pour diffusion)", "Copie numérotée"],
    "en": ["(redacted for release)", "(release copy)", "Numbered copy"],
}
BODY = {
    "fr": (
        "{n}. Le comité a examiné les mesures prises par les services au cours de l'année "
        "et formule des observations sur leur mise en oeuvre.\n\nLes services ont coopéré "
        "pleinement avec le comité, qui a examiné {m} dossiers.\n"
    ),
    "en": (
        "{n}. The committee examined the measures taken by the services during the year "
        "and makes observations on their implementation.\n\nThe services cooperated fully "
        "with the committee, which examined {m} files.\n"
    ),
}


def _pages(lang: str, second: str, inside: str = "") -> str:
    pages = [
        f"{HEAD[lang]}\n{' ' * 60}{second}\n\n"
        + BODY[lang].format(n=n, m=n * 10).replace("\n\n", f"\n\n{inside if n == 2 else ''}")
        + f"\n{' ' * 40}- {n} -\n"
        for n in (1, 2, 3)
    ]
    return COVER[lang] + "\f" + "\f".join(pages)


@pytest.mark.parametrize("k", [0, 1, 2])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_running_heads_second_line_is_furniture(lang: str, k: int) -> None:
    second = SECOND[lang][k]
    got = segment(normalise(_pages(lang, second), markdown=False))
    assert [u.noise is not None for u in got if u.text.strip() == second] == [True] * 3
    assert [u.noise is not None for u in got if u.text.startswith(HEAD[lang][:12])] == [True] * 3
    assert sum(u.noise is None and u.text.endswith(("dossiers.", "files.")) for u in got) == 3


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_short_line_the_text_prints_elsewhere_stays(lang: str) -> None:
    """The label under each head is printed on the cover too, away from any head: the
    cover's print is no running head (a rule that took every print of a line found once
    under a head would take it as one)."""
    second = SECOND[lang][2]
    page = _pages(lang, second).replace("\n\n", f"\n\n{second}\n\n", 1)
    got = segment(normalise(page, markdown=False))
    assert next(u.noise for u in got if u.text.strip() == second) != "page-header"
