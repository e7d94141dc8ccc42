"""A short open line boxed by noise, French and English side by side
(src/ctdocs/layout/_shortboxed.py): a short, unnumbered line that closes no sentence,
with set-aside lines right above and right below, is set aside with the reason of the
line above; a sentence, a numbered line, a line with a figure, in capitals or a
labelled field, two open lines in one box, a line framed by rules or with open text on
one side, the text's first open line (a web page's title between its menu and its
record) and a line the head rules protect stay open. The text's last open line, short
and followed by noise only, is the first link of the page's foot and is set aside with
the reason below it; a name, a lead-in, a signatory under a place and a date, a
sentence or a protected line stays."""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.layout._shortboxed import mark_short_boxed
from ctdocs.layout._unit import Unit
from ctdocs.normalise._text import normalise

TITLE = {
    "fr": "Le Conseil renforce la lutte contre le terrorisme",
    "en": "The Council steps up the fight against terrorism",
}
ABOVE = {"fr": "Accueil | Actualités | Contact", "en": "Home | News | Contact"}
BELOW = {"fr": "Publié le 12 mars 2026", "en": "Published on 12 March 2026"}
SHORT = {
    "fr": ["Service de presse", "Sécurité des frontières", "Paris, France"],
    "en": ["Press office", "Border security", "Paris, France"],
}
SENTENCE = {
    "fr": "Le Conseil a adopté la décision.",
    "en": "The Council adopted the decision.",
}
NUMBERED = {"fr": "1. Dispositions générales", "en": "1. General provisions"}
# The text's own shapes: a figure, capitals, a labelled field.
OWN = {
    "fr": ["Loi de finances 2026", "PREMIER MINISTRE", "Signé : M. Dupont"],
    "en": ["Finance Act 2026", "PRIME MINISTER", "Signed: Mr Smith"],
}


def _boxed(
    lines: list[str],
    lang: str,
    above: str | None = "navigation",
    below: str | None = "metadata",
    *,
    title: bool = True,
    protect: bool = False,
) -> list[Unit]:
    """``lines`` between a line set aside as ``above`` and one set aside as ``below``,
    under the page's open title (or with no open line before them), over an open
    sentence (the text goes on: the page's end is not in the box)."""
    head = [TITLE[lang]] if title else []
    text = "\n".join([*head, ABOVE[lang], *lines, BELOW[lang], SENTENCE[lang]]) + "\n"
    units = segment(normalise(text, markdown=False))
    for u in units:
        u.noise = None
    units[len(head)].noise = above
    units[-2].noise = below
    mark_short_boxed(units, lambda u: protect)
    return units[len(head) + 1 : -2]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("k", [0, 1, 2])
def test_a_short_line_boxed_by_noise_is_noise(lang: str, k: int) -> None:
    assert [u.noise for u in _boxed([SHORT[lang][k]], lang)] == ["navigation"]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("n", [2, 3])
def test_two_open_lines_in_a_box_stay(lang: str, n: int) -> None:
    assert [u.noise for u in _boxed(SHORT[lang][:n], lang)] == [None] * n


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("which", ["sentence", "numbered"])
def test_a_sentence_or_a_numbered_line_stays(lang: str, which: str) -> None:
    line = SENTENCE[lang] if which == "sentence" else NUMBERED[lang]
    assert [u.noise for u in _boxed([line], lang)] == [None]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(
    ("above", "below"), [("markup", "markup"), (None, "metadata"), ("navigation", None)]
)
def test_rules_or_open_text_do_not_box(lang: str, above: str | None, below: str | None) -> None:
    assert [u.noise for u in _boxed(SHORT[lang][:1], lang, above, below)] == [None]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("k", [0, 1, 2])
def test_a_figure_capitals_or_a_field_stay(lang: str, k: int) -> None:
    assert [u.noise for u in _boxed([OWN[lang][k]], lang)] == [None]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("title", "protect"), [(False, False), (True, True)])
def test_the_first_open_line_or_a_protected_line_stays(
    lang: str, title: bool, protect: bool
) -> None:
    inner = _boxed([SHORT[lang][0]], lang, title=title, protect=protect)
    assert [u.noise for u in inner] == [None]


# The text's end: a foot's first link, and the text's own closing lines.
LINK = {
    "fr": ["Retour à la liste des documents", "Publications similaires"],
    "en": ["Back to the list of documents", "Search for related information by keyword"],
}
CLOSING = {
    "fr": [
        "Marie-Claire Dupont",
        "Procureur de la République antiterroriste",
        "Ont signé :",
        "Président",
        "Le Conseil a adopté la décision.",
    ],
    "en": [
        "John Smith-Jones",
        "Director of Public Prosecutions",
        "Signed by:",
        "President",
        "The Council adopted the decision.",
    ],
}
PLACE_DATE = {"fr": "Fait à Abidjan, le 15 octobre 2026", "en": "Done at London, 15 October 2026"}
SIGNATORY = {"fr": "Les participants", "en": "The participants"}
FOOT = {"fr": "Partager : Facebook X LinkedIn", "en": "Share: Facebook X LinkedIn"}


def _ending(
    lines: list[str],
    lang: str,
    *,
    foot: bool = True,
    protect: bool = False,
    reason: str = "web-chrome",
) -> list[Unit]:
    """The page's title and a sentence of its text, then ``lines`` open, then (with
    ``foot``) one line set aside as ``reason``: the units of ``lines``."""
    tail = [FOOT[lang]] if foot else []
    text = "\n".join([TITLE[lang], SENTENCE[lang], *lines, *tail]) + "\n"
    units = segment(normalise(text, markdown=False))
    for u in units:
        u.noise = None
    if foot:
        units[-1].noise = reason
    mark_short_boxed(units, lambda u: protect)
    return units[2 : 2 + len(lines)]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("k", [0, 1])
@pytest.mark.parametrize(("foot", "reason"), [(True, "web-chrome"), (False, None)])
def test_the_last_open_line_over_the_foot_is_the_foot(
    lang: str, k: int, foot: bool, reason: str | None
) -> None:
    """Over a foot set aside, the link goes with it; a text cut short ends on it."""
    assert [u.noise for u in _ending([LINK[lang][k]], lang, foot=foot)] == [reason]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_only_the_last_open_line_goes(lang: str) -> None:
    units = _ending([LINK[lang][0], LINK[lang][1]], lang)
    assert [u.noise for u in units] == [None, "web-chrome"]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("k", [0, 1, 2, 3, 4])
def test_a_name_an_office_a_lead_in_or_a_sentence_ends_the_text(lang: str, k: int) -> None:
    assert [u.noise for u in _ending([CLOSING[lang][k]], lang)] == [None]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_signatory_under_a_place_and_date_stays(lang: str) -> None:
    units = _ending([PLACE_DATE[lang], SIGNATORY[lang]], lang)
    assert [u.noise for u in units] == [None, None]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_protected_last_line_stays(lang: str) -> None:
    assert [u.noise for u in _ending([LINK[lang][0]], lang, protect=True)] == [None]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("reason", ["page-footer", "page-number", "markup"])
def test_a_running_foot_or_a_rule_is_no_web_foot(lang: str, reason: str) -> None:
    """A paged copy cut short on a heading over its running foot keeps the heading."""
    assert [u.noise for u in _ending([LINK[lang][1]], lang, reason=reason)] == [None]


# The page's own foot set apart from the text by a rule, a page number or a stamp: a
# printer's line, an address, a copyright with its links, in other publishers' shapes.
APART_FOOT = {
    "fr": [
        "Imprimerie nationale, Niamey    Loi n° 12 de 2026    Prix 500 FCFA",
        "Secrétariat général – 1, rue Ducale – 1000 BRUXELLES – BELGIQUE",
        "© Gouvernement du Québec | Mentions légales | Accessibilité",
    ],
    "en": [
        "Government Printer, Port Louis    Act No. 12 of 2026    Price Rs 25",
        "Secretariat – 17 Rue de Varembé – 1211 GENEVA 20 – SWITZERLAND",
        "© Crown copyright | Terms of use | Accessibility",
    ],
}
# Of the same shape and place, the text's own: a place and a date, a signatory, a
# sentence, a paragraph, a numbered line that a page break leaves under a page number,
# a phrase full of function words (a translation's note), a note with a sentence inside.
APART_OWN = {
    "fr": [
        "Fait à Paris, le 3 mai 2026",
        "Le Président",
        "Jean-Marc Dupont",
        "Le présent avis a été adopté à l'unanimité des membres présents.",
        "Les autorités compétentes veillent à ce que les exploitants des sites sensibles"
        " reçoivent sans délai les informations utiles sur la menace",
        "1. Voir la résolution 1373 (2001) du Conseil de sécurité",
        "Version française du jugement de la Cour rendue par le juge",
        "Tableau revu en mars 2026. Voir le guide des contributions",
    ],
    "en": [
        "Done at London, 15 October 2026",
        "The President",
        "John Smith-Jones",
        "This opinion was adopted unanimously by the members present.",
        "The competent authorities shall ensure that the operators of sensitive sites"
        " receive without delay the information they need about the threat",
        "1. See Security Council resolution 1373 (2001)",
        "English version of the judgment of the Court delivered by the judge",
        "Table last checked 2026-02-03. See the contributing guide",
    ],
}
RULE = "______________________________"


def _apart(
    lines: list[str],
    lang: str,
    above: str = "markup",
    *,
    foot: bool = False,
    after: list[str] | None = None,
    protect: bool = False,
) -> list[Unit]:
    """The page's title and a sentence of its text, a rule set aside as ``above``, then
    ``lines`` open, then ``after`` open and (with ``foot``) a line of web chrome."""
    tail = [*(after or []), *([FOOT[lang]] if foot else [])]
    text = "\n".join([TITLE[lang], SENTENCE[lang], RULE, *lines, *tail]) + "\n"
    units = segment(normalise(text, markdown=False))
    for u in units:
        u.noise = None
    units[2].noise = above
    if foot:
        units[-1].noise = "web-chrome"
    mark_short_boxed(units, lambda u: protect)
    return units[3 : 3 + len(lines)]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("k", [0, 1, 2])
@pytest.mark.parametrize(
    ("above", "foot", "reason"),
    [
        ("markup", False, "boilerplate"),
        ("page-number", False, "boilerplate"),
        ("metadata", True, "web-chrome"),
    ],
)
def test_the_last_line_set_apart_by_a_rule_is_the_page_foot(
    lang: str, k: int, above: str, foot: bool, reason: str
) -> None:
    units = _apart([APART_FOOT[lang][k]], lang, above, foot=foot)
    assert [u.noise for u in units] == [reason]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("k", [0, 1, 2, 3, 4, 5, 6, 7])
@pytest.mark.parametrize("above", ["markup", "page-number"])
def test_the_texts_own_line_under_a_rule_stays(lang: str, k: int, above: str) -> None:
    assert [u.noise for u in _apart([APART_OWN[lang][k]], lang, above)] == [None]


TABLE = {
    "fr": ["| Parties | Rôle |", "|---|---|", "| Kenya, Ouganda | signataires |"],
    "en": ["| Parties | Role |", "|---|---|", "| Kenya, Uganda | signatories |"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_table_row_under_the_tables_rule_stays(lang: str) -> None:
    """A Markdown table's one row ends the text under the table's rule: the table's."""
    text = "\n".join([TITLE[lang], SENTENCE[lang], *TABLE[lang]]) + "\n"
    units = segment(normalise(text, markdown=True))
    for u in units:
        u.noise = None
    units[-2].noise = "markup"
    mark_short_boxed(units, lambda u: False)
    assert units[-1].text.strip() == TABLE[lang][2]
    assert units[-1].noise is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_foot_line_with_text_below_or_protected_stays(lang: str) -> None:
    """Under a rule, a line that text follows heads it (an annex's heading); a line the
    head rules protect stays where it stands."""
    heading = _apart([APART_FOOT[lang][1]], lang, after=[SENTENCE[lang]])
    assert [u.noise for u in heading] == [None]
    assert [u.noise for u in _apart([APART_FOOT[lang][2]], lang, protect=True)] == [None]


# Short lines of the text under a rule or a page number, with no foot's shape (no
# copyright sign, no parts with a figure, no lone lower-case word): a heading left alone, a
# recommendation, a paragraph on the authentic text, a labelled field of the text.
APART_BODY = {
    "fr": [
        "Annexe",
        "ANNEXE",
        "Mesures complémentaires",
        "Seul texte faisant foi",
        "Contact : cellule presse",
        "Prochaine révision : 2027",
        "Diffusion générale",
    ],
    "en": [
        "Annex",
        "ANNEX",
        "Strengthen border controls",
        "English text only authentic",
        "Contact: press office",
        "Next review: 2027",
        "Continued overleaf",
    ],
}
# Of the same place, the page's own foot in its shapes: a lone lower-case word (a link's
# tag, a paragraph of its own), a page's number, a copyright sign with no bar.
APART_FOOT_MORE = {
    "fr": ["archives", "1-2", "© Premier ministre, Paris, 2026"],
    "en": ["archive", "1-2", "© Crown copyright, London, 2026"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("k", range(7))
@pytest.mark.parametrize("above", ["markup", "page-number"])
def test_a_short_line_of_the_text_under_a_rule_stays(lang: str, k: int, above: str) -> None:
    assert [u.noise for u in _apart([APART_BODY[lang][k]], lang, above)] == [None]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("k", [0, 1, 2])
def test_a_foot_of_its_own_shape_under_a_rule_is_set_aside(lang: str, k: int) -> None:
    page = "- 2 -"  # (a lower-case line right under a rule is read as the rule's own)
    text = "\n\n".join([TITLE[lang], SENTENCE[lang], page, APART_FOOT_MORE[lang][k]]) + "\n"
    units = segment(normalise(text, markdown=False))
    for u in units:
        u.noise = None
    units[-2].noise = "page-number"
    mark_short_boxed(units, lambda u: False)
    assert units[-1].text == APART_FOOT_MORE[lang][k]
    assert units[-1].noise == "boilerplate"


# Parts set apart by column gaps: signatories side by side (no figure) and a table's
# last row under the table's rule (columns above) are the text's; a printer's line of the
# same columns under prose is the foot.
SIDE_BY_SIDE = {
    "fr": "Jean-Pierre Martin, Président          Marie-Claire Dubois, Rapporteure",
    "en": "Jean-Pierre Martin, Chair          Marie-Claire Dubois, Rapporteur",
}
COLUMNS = {
    "fr": ["Arrestations    45    60 %", "Condamnations    30    40 %", "Total    75    100 %"],
    "en": ["Arrests    45    60 %", "Convictions    30    40 %", "Total    75    100 %"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_signatories_side_by_side_under_a_page_number_stay(lang: str) -> None:
    assert [u.noise for u in _apart([SIDE_BY_SIDE[lang]], lang, "page-number")] == [None]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_tables_last_row_under_its_rule_stays(lang: str) -> None:
    rows = COLUMNS[lang]
    text = "\n".join([TITLE[lang], SENTENCE[lang], *rows[:2], RULE, rows[2]]) + "\n"
    units = segment(normalise(text, markdown=False))
    for u in units:
        u.noise = None
    units[-2].noise = "markup"
    mark_short_boxed(units, lambda u: False)
    assert units[-1].text.split() == rows[2].split()
    assert units[-1].noise is None
    # the same row under prose, not under the table's columns, is a foot's
    foot = _apart([rows[2]], lang)
    assert [u.noise for u in foot] == ["boilerplate"]


# Three parts with a figure whose first part is numbered: a heading left under a page
# number, a line citing instruments; the printer's line and the address stay the foot.
NUMBERED_PARTS = {
    "fr": [
        "Annexe II – Plan d'action 2026-2030 – Indicateurs",
        "Résolutions 1373 (2001) – 2178 (2014) – 2396 (2017)",
    ],
    "en": [
        "Annex II – Action plan 2026-2030 – Indicators",
        "Resolutions 1373 (2001) – 2178 (2014) – 2396 (2017)",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("k", [0, 1])
@pytest.mark.parametrize("above", ["markup", "page-number"])
def test_parts_under_a_numbered_head_stay(lang: str, k: int, above: str) -> None:
    assert [u.noise for u in _apart([NUMBERED_PARTS[lang][k]], lang, above)] == [None]


# The text's own list a lead-in introduces on a colon, its items bare lines, ending the
# text over the page's foot: its last item is the text's, not the foot's first link.
LISTED = {
    "fr": [
        "Le plan prévoit trois mesures :",
        "Renforcer la surveillance",
        "Sécuriser les transports",
        "Former les agents",
    ],
    "en": [
        "The plan sets out three measures:",
        "Strengthen surveillance",
        "Secure public transport",
        "Train staff",
    ],
}
# A box's label on a colon over the page's link: the link goes.
LABELLED_LINK = {
    "fr": ["Pour en savoir plus :", "Retour à la liste des documents"],
    "en": ["See also:", "Back to the list of documents"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("n", [1, 3])
def test_the_last_item_of_a_list_a_lead_in_introduces_stays(lang: str, n: int) -> None:
    lines = LISTED[lang][: n + 1]
    assert [u.noise for u in _ending(lines, lang)] == [None] * (n + 1)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_link_under_a_labels_colon_or_after_a_list_item_with_a_stop_goes(lang: str) -> None:
    """A label of a few words on a colon is a box's, not a lead-in; an item closing a
    sentence ends the list, and the short line under it is the foot's link."""
    assert [u.noise for u in _ending(LABELLED_LINK[lang], lang)] == [None, "web-chrome"]
    closed = [LISTED[lang][0], LISTED[lang][1] + ".", LABELLED_LINK[lang][1]]
    assert [u.noise for u in _ending(closed, lang)] == [None, None, "web-chrome"]
