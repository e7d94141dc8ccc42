"""A record box's edges (src/ctdocs/layout/_furniture.py, ``mark_field_blocks``): a field
with a longer value (a list of terms, of articles) right under a field of the box is the
box's, and a rule under the box closes it, so the text's own labelled lines below the rule
(a judgment's "Case no:", a bench's "Le Greffier :") stay. Hand-written pages, French and
English side by side, of publishers the corpora do not hold.
"""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

BOX = {
    "fr": ["Type : Décision", "Organe : Comité des droits", "État partie : Belgique"],
    "en": ["Type: Decision", "Body: Rights Committee", "State party: Belgium"],
}
LOOSE = {
    "fr": [
        "Thèmes : Liberté d'expression ; Terrorisme ; Apologie ; Recours utile ; Presse",
        "Articles : 2 (par. 3), 14 (par. 1), 19 (par. 2 et 3), 26",
    ],
    "en": [
        "Topics: Freedom of expression; Terrorism; Glorification; Effective remedy; Press",
        "Articles: 2 (para. 3), 14 (para. 1), 19 (paras. 2 and 3), 26",
    ],
}
RULE = "-" * 60
PROSE = {
    "fr": [
        "Le Comité constate que l'auteur a été condamné pour des propos publiés en ligne.",
        "Le Comité estime que la restriction n'était pas nécessaire dans une société libre.",
    ],
    "en": [
        "The Committee notes that the author was convicted for statements published online.",
        "The Committee considers that the restriction was not necessary in a free society.",
    ],
}
BENCH = {
    "fr": ["Le Président : Marchetti-Roux", "", "La Greffière : Dufresne-Amar"],
    "en": ["President: Marchetti-Roux", "", "Registrar: Dufresne-Amar"],
}
SIGNED = {"fr": "Genève, le 12 mars 2026", "en": "Geneva, 12 March 2026"}


def reasons(lines: list[str]) -> dict[str, str | None]:
    return {u.text: u.noise for u in segment(normalise("\n".join(lines), markdown=False))}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_longer_fields_right_under_the_box_are_the_box(lang: str) -> None:
    got = reasons([*BOX[lang], *LOOSE[lang], RULE, "", *PROSE[lang]])
    assert all(got[x] is not None for x in BOX[lang])
    assert all(got[x] is not None for x in LOOSE[lang])
    assert all(got[x] is None for x in PROSE[lang])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_longer_field_alone_before_the_text_stays(lang: str) -> None:
    """Without a box of fields above it, the labelled line may be the text's lead-in."""
    got = reasons([LOOSE[lang][0], "", *PROSE[lang]])
    assert got[LOOSE[lang][0]] is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_longer_field_after_a_short_line_stays(lang: str) -> None:
    """Only right under a field: after a value line the box has ended its fields."""
    tail = "Belgique" if lang == "fr" else "Belgium"
    got = reasons([*BOX[lang], tail, "", LOOSE[lang][0], "", *PROSE[lang]])
    assert got[LOOSE[lang][0]] is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_rule_closes_the_box_above_the_texts_own_fields(lang: str) -> None:
    """The text's close (its bench) under a rule is no part of the record box above it;
    the box's fields under the bench's rule still go."""
    got = reasons([*PROSE[lang], "", SIGNED[lang], "", *BENCH[lang], "", RULE, *BOX[lang]])
    assert all(got[x] is None for x in BENCH[lang] if x)
    assert all(got[x] is not None for x in BOX[lang])


# A court's cover sheet or its list of appearances: its fields name the judges and counsel
# by initials or a form of address, the way the document prints them (not a site's record).
COVER = {
    "fr": [
        "Audience : 30 octobre 2026",
        "Avocat : Me R. Tipene",
        "Comparutions : Me R. Tipene pour le ministère public",
        "Jugement : 30 octobre 2026",
    ],
    "en": [
        "Hearing: 30 October 2026",
        "Counsel: R M Tipene",
        "Appearances: R M Tipene and J Ah-Kuoi for Crown",
        "Sentence: 30 October 2026",
    ],
}
AUTHOR = {
    "fr": ["Type : Décision", "Auteur : Niamh O'Sullivan", "Organe : Comité des droits"],
    "en": ["Type: Decision", "Author: Niamh O'Sullivan", "Body: Rights Committee"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_box_naming_counsel_by_initials_is_the_cover(lang: str) -> None:
    got = reasons([*COVER[lang], "", *PROSE[lang]])
    assert all(got[x] is None for x in COVER[lang])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_record_naming_its_author_in_full_goes(lang: str) -> None:
    """A site's record names its author by a full given name: no form of address, no
    initials; the box stays noise."""
    got = reasons([*AUTHOR[lang], "", *PROSE[lang]])
    assert all(got[x] is not None for x in AUTHOR[lang])


# A site's record or a release's contact card whose value names a person by a form of
# address or opens on a capital alone: the site's box, noise (guidelines §5), not a cover.
SITE_BOXES = {
    "record": {
        "fr": ["Type : Rapport", "Date : 4 mars 2025", "Auteur : Dr Jane Whitfield"],
        "en": ["Type: Report", "Date: 4 March 2025", "Author: Dr Jane Whitfield"],
    },
    "author-card": {
        "fr": [
            "Auteur : Dr Sarah Okafor",
            "Fonction : Chercheuse principale",
            "Programme : Terrorisme et conflits",
        ],
        "en": [
            "Author: Dr Sarah Okafor",
            "Position: Senior Research Fellow",
            "Programme: Terrorism and Conflict",
        ],
    },
    "contact": {
        "fr": ["Contact : Mme A. Fernandes", "Rôle : Porte-parole", "Service : Communication"],
        "en": ["Contact: Ms A. Fernandes", "Role: Spokesperson", "Section: Communications Unit"],
    },
    "initial": {
        "fr": [
            "Série : B Documents de division",
            "Rubrique : C Politique de sécurité",
            "Format : PDF",
        ],
        "en": ["Series: B Division Papers", "Section: C Security Policy", "Format: PDF"],
    },
}
CRUMB = {"fr": "Accueil > Publications > Rapports", "en": "Home > Publications > Reports"}


PLACES = [
    ("record", "above"),
    ("initial", "above"),
    ("initial", "below"),
    ("author-card", "above"),
    ("author-card", "below"),
    ("contact", "above"),
    ("contact", "below"),
]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("box", "place"), PLACES)
def test_a_sites_record_or_contact_card_naming_a_person_goes(
    box: str, place: str, lang: str
) -> None:
    """Above the text under a breadcrumb, or under its last paragraph: a form of address
    before a full name ("Dr Jane Whitfield"), a contact's label, or a capital opening a
    title ("B Division Papers") makes no cover sheet."""
    lines = SITE_BOXES[box][lang]
    if place == "above":
        got = reasons([CRUMB[lang], "", *lines, "", *PROSE[lang]])
    else:
        got = reasons([*PROSE[lang], "", *lines])
    assert all(got[x] is not None for x in lines), got


# Counsel for each party named by a form of address before a full name: two fields that
# name persons make the box the judgment's list of appearances.
APPEARANCES = {
    "fr": [
        "Audience : 30 octobre 2026",
        "Pour l'appelant : Me Julien Harrow",
        "Pour l'intimé : Me Alice Kerr",
    ],
    "en": [
        "Hearing: 30 October 2026",
        "For the appellant: Mr John Harrow",
        "For the respondent: Ms Alice Kerr",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_two_fields_naming_counsel_by_address_are_the_cover(lang: str) -> None:
    got = reasons([*APPEARANCES[lang], "", *PROSE[lang]])
    assert all(got[x] is None for x in APPEARANCES[lang]), got


# A judgment's cover in columns: the bench after "Devant :"/"Before:" by a form of address
# and a judge's title, the registrar by a form of address and a full name.
BENCH_COVER = {
    "fr": [
        "Devant : M. le Juge Teodor Vasilescu, Président",
        "Greffier : M. Patrick Onyango",
        "Date : 9 mai 2012",
        "Original : anglais",
    ],
    "en": [
        "Before: Mr Justice Teodor Vasilescu, President",
        "Registrar: Mr Patrick Onyango",
        "Date: 9 May 2012",
        "Original: English",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_box_naming_the_bench_is_the_cover(lang: str) -> None:
    got = reasons([*BENCH_COVER[lang], "", *PROSE[lang]])
    assert all(got[x] is None for x in BENCH_COVER[lang]), got
