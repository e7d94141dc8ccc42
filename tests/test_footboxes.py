"""A web page's foot read as boxes, French and English side by side
(src/ctdocs/layout/_footboxes.py): below the text's last numbered line or sentence, a
short label over a list of bullets or links, ending at the web page's chrome (or, with
links only, at any noise), is set aside, and so is a run of two or more short lines that closes no
sentence between web chrome above and web chrome (or the page's end) below. A lead-in
("Ampliations :", "Copies to:"), a label in capitals or with a figure, a list above a
printed page's furniture, a run holding a sentence or a protected line (a signature),
and anything above the text's last body line stay open. Expected values decided from
the guidelines, section 5 ("related" boxes, navigation, footers are noise; the
document's own lists, addressees and close are not). A related list's items cite other
pages by a figure or a link; a label over a list set aside already goes with it."""

from __future__ import annotations

import pytest

from ctdocs.layout._footboxes import mark_foot_boxes
from ctdocs.layout._segment import segment
from ctdocs.layout._unit import Unit
from ctdocs.normalise._text import normalise

BODY = {
    "fr": "1. Le Conseil décide de rester saisi de la question et d'y revenir en 2027.",
    "en": "1. The Council decides to remain seized of the matter and to return to it in 2027.",
}
LABEL = {"fr": "Résolutions connexes", "en": "Related laws"}
ITEMS = {
    "fr": ["- Résolution 602 sur la région du lac Tchad", "- Résolution sur les défenseurs"],
    "en": ["- Terrorism and Crime Law, 2002", "- Air Navigation Order 2022"],
}
LINKS = {
    "fr": ["- [Guide des bonnes pratiques](/ressources/guide)", "- [Lettre d'information](/news)"],
    "en": ["- [Handbook of good practices](/resources/handbook)", "- [Newsletter](/news)"],
}
# The text's own addressees, named without a figure: the circular's, not a related list.
ADDRESSEES = {
    "fr": ["Destinataires", "- Mesdames et Messieurs les préfets de région", "- Préfet de police"],
    "en": [
        "Recipients",
        "- Chief constables of England and Wales",
        "- Police and crime commissioners",
    ],
}
LEAD_IN = {"fr": "Ampliations :", "en": "Copies to:"}
CAPITALS = {"fr": "TEXTES LIÉS", "en": "RELATED LAWS"}
FIGURE = {"fr": "12 États membres", "en": "12 member states"}
RUN = {"fr": ["Thèmes", "Sécurité nationale"], "en": ["Topics", "National security"]}
SENTENCE = {
    "fr": "Le ministère publie chaque année un rapport sur la menace terroriste.",
    "en": "The ministry publishes a report on the terrorist threat every year.",
}
FOOTER = {"fr": "Mentions légales | Plan du site", "en": "Legal notice | Sitemap"}


def _foot(
    lines: list[str],
    lang: str,
    *,
    above: str | None = None,
    below: str | None = "navigation",
    after: list[str] | None = None,
    protect: bool = False,
    titled: bool = False,
) -> list[str | None]:
    """The noise of ``lines`` once the foot boxes are read: ``lines`` under the text's
    numbered body line (with a line set aside as ``above`` between them, if given) and
    over the page's footer set aside as ``below`` (none: the page ends), then ``after``;
    ``titled``: the first of ``lines`` is marked as a heading by the page (``<h4>``)."""
    head = [BODY[lang], FOOTER[lang]] if above else [BODY[lang]]
    tail = [FOOTER[lang]] if below else []
    text = "\n".join([*head, *lines, *tail, *(after or [])]) + "\n"
    units: list[Unit] = segment(normalise(text, markdown=False))
    assert len(units) == len(head) + len(lines) + len(tail) + len(after or [])
    for u in units:
        u.noise = None
    if above:
        units[1].noise = above
    if titled:
        units[len(head)].line.heading_level = 4
    if below:
        units[len(head) + len(lines)].noise = below
    mark_foot_boxes(units, lambda u: protect)
    return [u.noise for u in units[len(head) : len(head) + len(lines)]]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("below", ["navigation", "web-chrome", "boilerplate"])
def test_a_label_over_a_list_above_the_web_foot_is_noise(lang: str, below: str) -> None:
    assert _foot([LABEL[lang], *ITEMS[lang]], lang, below=below, titled=True) == [below] * 3


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_label_over_links_above_any_noise_is_noise(lang: str) -> None:
    assert _foot([LABEL[lang], *LINKS[lang]], lang, below="markup") == ["navigation"] * 3
    # a text's own sources, linked, end the file: nothing of a page's foot below them
    assert _foot([LABEL[lang], *LINKS[lang]], lang, below=None) == [None] * 3


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("below", [None, "page-footer", "markup"])
def test_a_list_of_titles_not_above_the_web_foot_stays(lang: str, below: str | None) -> None:
    assert _foot([LABEL[lang], *ITEMS[lang]], lang, below=below) == [None] * 3


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("label", [LEAD_IN, CAPITALS, FIGURE])
def test_a_lead_in_or_a_heading_over_the_texts_list_stays(lang: str, label: dict[str, str]) -> None:
    assert _foot([label[lang], *ITEMS[lang]], lang) == [None] * 3


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_list_above_the_texts_last_body_line_stays(lang: str) -> None:
    got = _foot([LABEL[lang], *ITEMS[lang]], lang, after=[SENTENCE[lang]])
    assert got == [None] * 3


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("below", ["navigation", None])
def test_a_run_boxed_by_web_chrome_is_noise(lang: str, below: str | None) -> None:
    assert _foot(RUN[lang], lang, above="metadata", below=below) == ["metadata"] * 2


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_run_boxed_by_a_printed_pages_furniture_stays(lang: str) -> None:
    assert _foot(RUN[lang], lang, above="page-footer") == [None] * 2


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_boxed_run_with_a_sentence_or_a_protected_line_stays(lang: str) -> None:
    assert _foot([RUN[lang][0], SENTENCE[lang]], lang, above="metadata") == [None] * 2
    assert _foot(RUN[lang], lang, above="metadata", protect=True) == [None] * 2


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_one_open_line_in_a_box_is_left_to_the_line_rules(lang: str) -> None:
    assert _foot(RUN[lang][:1], lang, above="metadata") == [None]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_texts_addressees_above_the_web_foot_stay(lang: str) -> None:
    assert _foot(ADDRESSEES[lang], lang) == [None] * 3


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_label_over_a_list_set_aside_goes_with_it(lang: str) -> None:
    text = "\n".join([BODY[lang], LABEL[lang], ITEMS[lang][0], FOOTER[lang]]) + "\n"
    units = segment(normalise(text, markdown=False))
    for u in units:
        u.noise = None
    units[2].noise = units[3].noise = "boilerplate"
    mark_foot_boxes(units, lambda u: False)
    assert [u.noise for u in units] == [None, "boilerplate", "boilerplate", "boilerplate"]


# A press release's own closing list: a plain line over bullets whose figures are the
# text's (amounts, counts, a date of entry into force), above the site's footer; no item
# cites another page by a link or a file's size and the page marks no box's title, so
# the list is the body's and stays.
KEY_MEASURES = {
    "fr": [
        "Principales mesures",
        "- 15 nouvelles inscriptions sur la liste terroriste de l'UE",
        "- 20 millions d'euros pour le programme de prévention 2025",
        "- Entrée en vigueur le 1er juin 2024",
    ],
    "en": [
        "Key measures",
        "- 15 new listings under the EU terrorist list",
        "- EUR 20 million for the 2025 prevention programme",
        "- Entry into force on 1 June 2024",
    ],
}
DOWNLOADS = {
    "fr": ["- Résolution (FR) – PDF, 312 Ko", "- Annexe (FR) – PDF, 96 Ko"],
    "en": ["- Resolution (EN) – PDF, 312 KB", "- Annex (EN) – PDF, 96 KB"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("below", ["navigation", "web-chrome"])
def test_the_texts_closing_list_with_figures_stays(lang: str, below: str) -> None:
    assert _foot(KEY_MEASURES[lang], lang, below=below) == [None] * 4


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_label_over_files_by_their_size_above_the_web_foot_is_noise(lang: str) -> None:
    assert _foot([LABEL[lang], *DOWNLOADS[lang]], lang) == ["navigation"] * 3


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_protected_label_over_a_list_stays(lang: str) -> None:
    assert _foot([LABEL[lang], *LINKS[lang]], lang, below="markup", protect=True) == [None] * 3


# A press contact box over the web page's chrome: a label, a name or an office, a phone
# number (its trunk prefix may be bracketed) or an e-mail address.
CONTACTS = {
    "fr": [
        ["Contact presse", "Service de communication : (01) 44 87 10 00"],
        [
            "Renseignements",
            "Cellule presse du ministère",
            "Courriel : presse@interieur.gouv.example",
        ],
        ["Relations avec les médias", "+33 1 49 27 38 38"],
    ],
    "en": [
        ["Media enquiries", "DFAT Media Liaison: (02) 6261 1555"],
        ["Press office", "Jane Doe, Press Secretary", "E-mail: press@homeoffice.gov.example"],
        ["For further information", "Media Relations Tel +44 20 7946 0000"],
    ],
}
CLOSE = {"fr": "Je vous remercie.", "en": "Thank you."}


@pytest.mark.parametrize("k", [0, 1, 2])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_contact_box_above_the_web_foot_is_noise(lang: str, k: int) -> None:
    box = CONTACTS[lang][k]
    assert _foot([CLOSE[lang], *box], lang) == [None] + ["boilerplate"] * len(box)


@pytest.mark.parametrize("k", [0, 1, 2])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_contact_box_not_above_the_web_foot_stays(lang: str, k: int) -> None:
    """The same lines closing a printed text (no page chrome below), or above the text's
    last sentence (a clause's contact point), are the text's."""
    box = CONTACTS[lang][k]
    assert _foot([CLOSE[lang], *box], lang, below=None) == [None] * (len(box) + 1)
    assert _foot(box, lang, after=[SENTENCE[lang]]) == [None] * len(box)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_short_lines_without_a_contact_above_the_web_foot_stay(lang: str) -> None:
    assert _foot([CLOSE[lang], *RUN[lang]], lang) == [None] * 3
    longer = [LABEL[lang], *[f"{RUN[lang][1]} {n}" for n in range(7)]]
    assert _foot([*longer, "+33 1 49 27 38 38"], lang)[0] is None


# The text's own advice closing a page above its chrome, a phone number among its lines:
# a lead-in over a list, bulleted or not. A press contact box is a label and its fields.
ADVICE = {
    "fr": [
        [
            "En cas de comportement suspect, signalez-le :",
            "- Appelez le 17 en cas d'urgence",
            "- Numéro vert : 0 800 005 696",
        ],
        [
            "En cas de comportement suspect, signalez-le sans attendre :",
            "Numéro vert : 0 800 005 696",
        ],
    ],
    "en": [
        [
            "If you see something suspicious, report it:",
            "- Call 999 in an emergency",
            "- Anti-Terrorist Hotline: 0800 789 321",
        ],
        [
            "If you see something suspicious, report it to the police:",
            "Anti-Terrorist Hotline: 0800 789 321",
        ],
    ],
}


@pytest.mark.parametrize("k", [0, 1])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_texts_advice_holding_a_phone_above_the_web_foot_stays(lang: str, k: int) -> None:
    """Negative of the contact box's shape (guidelines §5: no line of the text is noise):
    the text's advice to the public, a list or a lead-in longer than a box's label, with a
    hotline's number in it, stays the text's."""
    lines = ADVICE[lang][k]
    assert _foot([CLOSE[lang], *lines], lang) == [None] * (len(lines) + 1)
