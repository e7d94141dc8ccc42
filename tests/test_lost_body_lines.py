"""Document lines that page-furniture rules took for noise (guidelines §5: only what is
not part of the document is noise; everything else stays in the body):

- a law's legislative history drawn with dot leaders to the date of each stage
  (``Passed Senate ........ 29 July 2026``): a record of the document, not a contents
  entry, whose leaders run to a page number (:func:`ctdocs.layout._linekeys.has_dot_leader`);
- a paragraph that opens with an article and the words of the page's running head
  (``The Joint Committee on … was asked``): the sentence names the body the head names,
  no button's label glued to a head (:mod:`ctdocs.layout._webtails`);
- a handling notice under a label in capitals printed on a report's cover and again on
  its title page (``DISTRIBUTION RESTRICTION: Approved for public release; …``): the
  document's own line, no photo's caption printed twice (:mod:`ctdocs.layout._segment`).

French and English side by side; each text is written for the test and the expected
values were worked out by hand from the guidelines.
"""

from __future__ import annotations

import textwrap

import pytest

from ctdocs import parse_text
from ctdocs.layout._linekeys import has_dot_leader
from ctdocs.models import Document


def _body(doc: Document) -> str:
    return " ".join(" ".join(b.text.split()) for b in doc.blocks())


# ---------------------------------------------------------------- leaders to a date

HISTORY = {
    "fr": [
        "Projet déposé à l'Assemblée nationale ........... 19 juin 2026",
        "Adopté par l'Assemblée nationale ................ 17 juillet 2026",
        "Adopté par le Sénat ............................. 29 juillet 2026",
    ],
    "en": [
        "Bill tabled in the House of Assembly ............ 19 June 2026",
        "Passed House of Assembly ........................ 17 July 2026",
        "Passed Senate ................................... 29 July 2026",
    ],
}
HISTORY_HEAD = {"fr": "Historique législatif", "en": "Legislative history"}
LAW = {
    "fr": (
        "Loi n° 2026-14 relative à la sûreté de l'aviation civile\n\n"
        "1   La présente loi peut être citée comme la loi de 2026 sur la sûreté de "
        "l'aviation civile.\n\n"
        "2   Le ministre chargé de l'aviation civile fixe par arrêté les zones "
        "interdites aux aéronefs sans équipage à bord.\n\n"
    ),
    "en": (
        "Aviation Security Amendment Act 2026\n\n"
        "1   This Act may be cited as the Aviation Security Amendment Act 2026.\n\n"
        "2   The Minister responsible for civil aviation may by order declare zones "
        "closed to unmanned aircraft.\n\n"
    ),
}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (HISTORY["fr"][2], False),
        (HISTORY["en"][2], False),
        ("Adoption en Conseil des ministres ........ 12.03.2024", False),
        ("Assent ........ 12.03.2024", False),
        ("1. Introduction et contexte de l'étude ................ 4", True),
        ("1. Introduction and background to the study ........... 4", True),
        # a contents entry whose own title holds a date still runs to its page
        ("Décret du 12 mai 2026 relatif aux drones ........ 245", True),
        ("Order of 12 May 2026 on unmanned aircraft ........ 245", True),
    ],
)
def test_leaders_to_a_date_are_no_contents_entry(line: str, expected: bool) -> None:
    assert has_dot_leader(line) is expected


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_legislative_history_stays_in_the_body(lang: str) -> None:
    text = LAW[lang] + HISTORY_HEAD[lang] + "\n" + "\n".join(HISTORY[lang]) + "\n"
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    body = _body(doc)
    for line in HISTORY[lang]:
        stage = line.split(" ..")[0]
        assert stage in body
        assert line.split()[-3] in body  # the stage's day and month stay with it
    assert not any(n.reason == "toc" for n in doc.noise)


# ---------------------------------------------------------------- a sentence that names the head

HEAD = {
    "fr": "Commission des lois constitutionnelles et de la législation",
    "en": "Joint Committee on Justice and Home Affairs",
}
OPENING = {
    "fr": "La Commission des lois constitutionnelles et de la législation a été saisie par "
    "le ministre de la Justice le 4 mars 2026 de l'examen du projet de loi.",
    "en": "The Joint Committee on Justice and Home Affairs was asked by the Minister for "
    "Justice on 4 March 2026 to examine the General Scheme of the Bill.",
}
PAGES = {
    "fr": [
        [
            "La Commission a tenu des auditions publiques les 29 avril et 13 mai 2026.",
            "Elle a entendu le ministère de la Justice, la police et les exploitants.",
            "Les témoins ont souligné la dépendance des réseaux d'énergie aux câbles.",
        ],
        [
            "La Commission recommande que le projet définisse les entités critiques.",
            "Elle recommande de renvoyer aux analyses nationales des risques.",
            "Elle recommande un rapport annuel aux chambres sur les inspections.",
        ],
        [
            "La Commission relève que les sanctions prévues restent modestes.",
            "Elle invite le ministre à publier les lignes directrices avant 2027.",
            "Elle demande un bilan de l'application de la loi après trois ans.",
        ],
        [
            "La Commission remercie les témoins et le secrétariat de leur concours.",
            "Le présent rapport a été adopté à l'unanimité le 24 septembre 2026.",
            "Il est transmis au ministre et publié sur le site des chambres.",
        ],
    ],
    "en": [
        [
            "The Committee held public hearings on 29 April and 13 May 2026.",
            "It heard from the Department of Justice, the police and the operators.",
            "Witnesses stressed how far energy networks depend on undersea cables.",
        ],
        [
            "The Committee recommends that the Bill define critical entities.",
            "It recommends a reference to the national risk assessments.",
            "It recommends annual reporting to the Houses on inspections.",
        ],
        [
            "The Committee notes that the penalties provided remain modest.",
            "It invites the Minister to publish guidelines before 2027.",
            "It asks for a review of the operation of the Act after three years.",
        ],
        [
            "The Committee thanks the witnesses and its secretariat for their help.",
            "This report was agreed unanimously on 24 September 2026.",
            "It is sent to the Minister and published on the Houses' website.",
        ],
    ],
}


def _report(lang: str) -> str:
    """A PDF's text: a cover with the committee's name, then pages under its running
    line with the page's number; the first page's paragraph names the committee."""
    cover = (
        f"{' ' * 24}Houses of Parliament\n\n\n{' ' * 17}{HEAD[lang]}\n\n"
        f"{' ' * 6}Report on the General Scheme of the Bill 2026\n\n"
        f"{' ' * 31}Sept. 2026\n\n{' ' * 22}33/JC/07\n\n\n"
    )
    pages = [cover]
    for k, paras in enumerate(PAGES[lang], 2):
        body = ([OPENING[lang]] if k == 2 else []) + paras
        wrapped = "\n\n".join("\n".join(textwrap.wrap(p, 78)) for p in body)
        pages.append(f"{HEAD[lang]}{' ' * 30}{k}\n\n{wrapped}\n")
    return "\n\f".join(pages)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_sentence_naming_the_running_head_stays_whole(lang: str) -> None:
    doc = parse_text(_report(lang), language=lang)  # type: ignore[arg-type]
    assert OPENING[lang] in _body(doc)
    first_word = OPENING[lang].split()[0]
    assert not any(n.text.startswith(first_word + " ") for n in doc.noise)
    # the running line itself is still page furniture
    assert any(n.text.startswith(HEAD[lang]) for n in doc.noise)


# ---------------------------------------------------------------- a notice printed twice

NOTICE = {
    "fr": "DIFFUSION : Document approuvé pour publication ; diffusion illimitée.",
    "en": "DISTRIBUTION RESTRICTION: Approved for public release; distribution is unlimited.",
}
PUBLICATION = {
    "fr": ("Lutte contre les engins explosifs improvisés", "Doctrine interarmées", "Avant-propos"),
    "en": (
        "Counter-Improvised Explosive Device Operations",
        "Army Techniques Publication",
        "Preface",
    ),
}
PREFACE = {
    "fr": "Cette publication fixe la doctrine des armées pour la détection et la neutralisation "
    "des engins explosifs improvisés portés par des drones.",
    "en": "This publication sets out the Army's doctrine for detecting and defeating improvised "
    "explosive devices carried by small unmanned aircraft.",
}


def _pub(lang: str) -> str:
    title, series, preface = PUBLICATION[lang]
    return (
        f"{series}\n\n{title}\n\n{NOTICE[lang]}\n\n\f{title}\n\n{series}\n\n"
        f"{NOTICE[lang]}\n\n\f{preface}\n\n{PREFACE[lang]}\n"
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_notice_on_cover_and_title_page_is_no_caption(lang: str) -> None:
    doc = parse_text(_pub(lang), language=lang)  # type: ignore[arg-type]
    assert not any(n.reason == "caption" for n in doc.noise)
    assert NOTICE[lang] in _body(doc)
    assert PREFACE[lang] in _body(doc)


# ---------------------------------------------------------------- a name set letter by letter

SPACED = {
    "fr": ("T r i b u n a l   a d m i n i s t r a t i f   f é d é r a l", "Tribunal administratif"),
    "en": ("F e d e r a l   A d m i n i s t r a t i v e   C o u r t", "Federal Administrative"),
}
JUDGMENT = {
    "fr": "Le recourant conteste l'interdiction d'entrée prononcée contre lui le 3 mars 2025.",
    "en": "The appellant challenges the entry ban imposed on him on 3 March 2025.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_court_name_set_letter_by_letter_is_text(lang: str) -> None:
    spaced, words = SPACED[lang]
    doc = parse_text(f"{spaced}\n\nCour VI\n\n{JUDGMENT[lang]}\n", language=lang)  # type: ignore[arg-type]
    assert not any(n.reason == "markup" for n in doc.noise)
    assert words.replace(" ", "") in _body(doc).replace(" ", "")
