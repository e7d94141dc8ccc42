"""A contents page set in two columns and copied as text, each line holding two entries side
by side (a decree's "Sommaire", a report's "Contents", a statutory instrument's "Arrangement
of regulations"), French and English side by side: every line of it is the contents list,
and the text under it, set in two columns too, stays the text. The right column's last entry,
alone on its line (the list's last line holds no left entry), is an entry too."""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

PAGES = {
    "fr": (
        "Sommaire\n\n"
        "TITRE I                                  TITRE II\n"
        "DISPOSITIONS GÉNÉRALES                   ORGANISATION\n"
        "Article 1er. Objet                       Article 4. Composition\n"
        "Article 2. Définitions                   Article 5. Secrétariat\n"
        "Article 3. Missions                      TITRE III\n"
        "                                         DISPOSITIONS FINALES\n\n"
        "Le Président de la République décrète :   Article 4. Le Centre comprend les\n"
        "                                          représentants des ministères chargés\n"
        "TITRE I                                   de la défense et de la sécurité.\n"
        "DISPOSITIONS GÉNÉRALES\n"
        "Article 1er. Le présent décret crée un    Article 5. Le secrétariat du Centre\n"
        "centre de coordination du renseignement.  est assuré par un secrétaire permanent.\n"
        "                                          TITRE III\n"
        "TITRE II                                  DISPOSITIONS FINALES\n"
    ),
    "en": (
        "Contents\n\n"
        "1.  Introduction                         4.  Findings\n"
        "2.  Scope and method                     5.  Recommendations\n"
        "3.  Threat assessment                    ANNEXES\n\n"
        "1. Introduction                          4. Findings\n"
        "The Committee examined the use of        The Committee found that the threat\n"
        "unmanned aircraft near critical sites.   posed by drones has grown since 2020.\n"
    ),
}
ENTRIES = {"fr": 5, "en": 3}
BODY = ("Le Président", "1. Introduction")  # the first line of the text under the list


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_contents_list_in_two_columns_is_toc(lang: str) -> None:
    got = segment(normalise(PAGES[lang], markdown=False))
    head = next(k for k, u in enumerate(got) if u.noise == "toc")
    listed = got[head + 1 : head + 1 + ENTRIES[lang]]
    assert all(u.noise == "toc" and u.gaps for u in listed), [(u.noise, u.text) for u in listed]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_text_in_two_columns_under_it_stays_text(lang: str) -> None:
    got = segment(normalise(PAGES[lang], markdown=False))
    first = max(k for k, u in enumerate(got) if u.text.startswith(BODY))
    prose = got[first:]
    assert len(prose) >= 2
    assert prose and all(u.noise is None for u in prose), [(u.noise, u.text) for u in prose]


# The right column's last entry alone on its line, set as deep as that column
LONE = {
    "fr": ("DISPOSITIONS FINALES", PAGES["fr"]),
    "en": ("GLOSSARY", PAGES["en"].replace("ANNEXES\n", "ANNEXES\n" + " " * 41 + "GLOSSARY\n")),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_right_columns_last_entry_alone_is_toc(lang: str) -> None:
    entry, page = LONE[lang]
    got = segment(normalise(page, markdown=False))
    lone = next(k for k, u in enumerate(got) if u.text == entry)
    assert got[lone].noise == "toc"
    assert got[lone + 1].noise is None  # the text under the list stays the text
