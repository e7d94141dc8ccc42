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


RUNNING = {
    "fr": "Rapport annuel 2025 de la Commission nationale de lutte contre le terrorisme",
    "en": "Annual Report 2025 of the National Counter-Terrorism Commission",
}
HEADING = {"fr": "Recommandations", "en": "Recommendations"}


OTHER = {
    "fr": ["Chapitre 1. Prévention", "Chapitre 2. Protection"],
    "en": ["Chapter 1. Prevention", "Chapter 2. Protection"],
}


def _headed_pages(lang: str) -> str:
    """Four pages under one running head, each opening on a heading under it: a chapter's
    on pages 1 and 3, the same "Recommandations" on pages 2 and 4."""
    pages = [
        f"{RUNNING[lang]}\n"
        + (HEADING[lang] if n % 2 == 0 else OTHER[lang][n // 2])
        + "\n"
        + BODY[lang].format(n=n, m=n * 10).replace("\n\n", "\n")
        for n in (1, 2, 3, 4)
    ]
    return "\f".join(pages)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_heading_under_the_head_on_some_pages_stays(lang: str) -> None:
    """A short line under the head on two pages of four is no companion of the head: a
    companion stands beside every print of its head (but the first's)."""
    got = segment(normalise(_headed_pages(lang), markdown=False))
    heads = [u for u in got if u.text.strip() == RUNNING[lang]]
    assert len(heads) == 4
    assert all(u.noise is not None for u in heads)
    assert [u.noise for u in got if u.text.strip() == HEADING[lang]] == [None, None]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_bold_line_under_every_head_stays(lang: str) -> None:
    """A line in bold under every print of the head is the text's heading, no furniture."""
    pages = _headed_pages(lang)
    for other in OTHER[lang]:
        pages = pages.replace(other, HEADING[lang])
    pages = pages.replace(f"\n{HEADING[lang]}\n", f"\n**{HEADING[lang]}**\n")
    got = segment(normalise(pages, markdown=True))
    assert [u.noise for u in got if HEADING[lang] in u.text] == [None] * 4
