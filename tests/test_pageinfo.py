"""A publisher's contact box and a page's publication line (``layout/_pageinfo.py``)."""

from __future__ import annotations

import pytest

from ctdocs.layout._pageinfo import contact_line, publication_line
from ctdocs.layout._segment import segment
from ctdocs.layout._unit import Unit
from ctdocs.normalise._text import normalise


def _units(text: str) -> dict[str, Unit]:
    return {u.text: u for u in segment(normalise(text, markdown=False))}


_PROSE = {
    "fr": "Le Conseil adopte les mesures suivantes afin de renforcer la sécurité des sites "
    "sensibles contre les menaces terroristes.",
    "en": "The Council adopts the following measures in order to strengthen the security of "
    "sensitive sites against terrorist threats.",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tél. : 01 49 27 38 38", True),
        ("Tel.: 32 2-283 19 00 - Fax: 32 2-283 19 50", True),
        ("Courriel : contact@exemple.fr – www.exemple.fr", True),
        ("E-mail: press@example.org - Website: example.org", True),
        ("Adresse postale : 1 place Beauvau, 75008 Paris", True),
        ("Postal address: rue Wiertz 60 - B-1047 Brussels", True),
        # a phone number's groups of digits are no words: two numbers are still short
        ("Tél. : +213 23 82 09 44 / 46 - Fax : +213 23 82 09 47 / 48 - standard 24 h/24", True),
        ("Tel.: +27 12 345 67 89 / 90 - Fax: +27 12 345 67 00 / 01 - switchboard 24/7", True),
        # a long field of words is no contact box
        (
            "Téléphone : le service répond du lundi au vendredi aux demandes des usagers sur "
            "les autorisations de survol",
            False,
        ),
        # a form's field is the text's own: no contact label
        ("Adresse : ................................", False),
        ("Address: ................................", False),
        # a sentence that opens with a label is prose
        ("Téléphone : les opérateurs conservent les données de connexion pendant un an.", False),
        ("Phone: operators shall retain the connection data for one year.", False),
    ],
)
def test_contact_line(text: str, expected: bool) -> None:
    assert contact_line(text) is expected


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_contact_box_below_the_prose_is_noise_with_the_line_it_boxes(lang: str) -> None:
    box = {
        "fr": ["Adresse postale : 1 rue X - 1000 Ville", "Bureaux : 30 rue Y", "Tél. : 01 23"],
        "en": ["Postal address: 1 X Street - 1000 Town", "Offices: 30 Y Street", "Tel.: 01 23"],
    }[lang]
    got = _units("\n\n".join([_PROSE[lang], *box, _PROSE[lang]]))
    assert [got[line].noise for line in box] == ["boilerplate"] * 3
    assert got[_PROSE[lang]].noise is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Publié le 22 avril 2026", True),
        ("Publié le 24 avril 2026 | Catégorie : Sécurité maritime", True),
        ("Published on 22 April 2026 | Category: Maritime security", True),
        # a sentence after the separator is no filing tag
        ("Publié le 24 avril 2026 | le Conseil a adopté ce texte hier soir", False),
        ("Published 3 March 2026 · the Council adopted this text last night", False),
    ],
)
def test_publication_line(text: str, expected: bool) -> None:
    assert publication_line(text) is expected


# session 44 (class: the page's date block with its counter and byline, ho39 pnh.ht, ho40
# hacp.ne, ho42 assemblee-nationale.tg; the rows below are other publishers' shapes)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mis en ligne le 12/05/2026 · 87 commentaires", True),
        ("Published on 4 May 2026 • 3,402 views", True),
        ("Publié le 3 mars 2026 | Par la rédaction | 12 506 lectures", True),
        ("Published 4 March 2026 | By Press Office | 1,204 reads", True),
        ("Date de publication : 2026-03-04 · Par Cellule communication", True),
        ("Published on 2 June 2026 · by webmaster", True),
        # a count inside a sentence, a byline that is a sentence, a year alone: the text's
        ("Publié le 24 avril 2026 | 3 annexes ont été ajoutées au texte", False),
        ("Published on 2 May 2026 | 12 of the 15 members voted for it", False),
        ("Publié le 2 mai 2026 | Par décision du Conseil, le texte entre en vigueur.", False),
        ("Published on 2 May 2026 | By the Council, which adopted the text.", False),
        ("Publié le 3 mai 2026 | 2026", False),
        # no publication cue before the separator: a list's row, not the page's stamp
        ("Loi n° 2026-12 du 3 mai 2026 | 45 articles", False),
        ("Act No. 12 of 3 May 2026 | 45 sections", False),
    ],
)
def test_publication_line_with_counter_and_byline(text: str, expected: bool) -> None:
    assert publication_line(text) is expected


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("fr", "Publié le 8 juin 2026 · 2 318 vues"),
        ("fr", "Publié le 12/05/2026 | Par Service presse | 412 lectures"),
        ("en", "Published on 4 May 2026 • 3,402 views"),
        ("en", "Published on 4 March 2026 | By Press Office | 1,204 reads"),
    ],
)
def test_counted_publication_line_is_metadata_in_the_head_not_in_the_prose(
    lang: str, line: str
) -> None:
    """Under the title it is the page's date block (guidelines §5, the page's own stamps);
    between two paragraphs of the text, with no chrome beside it, it is left to the text."""
    title = {"fr": "Accord régional sur la sécurité", "en": "Regional agreement on security"}
    got = _units("\n\n".join([title[lang], line, _PROSE[lang]]))
    assert got[line].noise == "metadata"
    assert got[_PROSE[lang]].noise is None
    inside = _units("\n\n".join([title[lang], _PROSE[lang], line, _PROSE[lang] + " Bis."]))
    assert inside[line].noise is None


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("fr", "Publié le 24 avril 2026 | Catégorie : Sécurité maritime"),
        ("en", "Published on 24 April 2026 | Category: Maritime security"),
    ],
)
def test_publication_line_with_tags_in_the_head_is_metadata(lang: str, line: str) -> None:
    title = {"fr": "Accord régional sur la sécurité", "en": "Regional agreement on security"}
    got = _units("\n\n".join([title[lang], line, _PROSE[lang]]))
    assert got[line].noise == "metadata"


@pytest.mark.parametrize(
    ("lang", "line"), [("fr", "Publié le 22 avril 2026"), ("en", "Published on 22 April 2026")]
)
def test_bare_publication_line_under_the_title_is_the_page_stamp(lang: str, line: str) -> None:
    """Away from chrome too: a site's template prints it as it prints its update stamp
    (guidelines §5, the page's own stamps). It was kept as a release's issue line until
    session 32; gold lists such lines as noise in 33 of 36 cases over ho1-ho30 and dev."""
    title = {"fr": "Accord régional sur la sécurité", "en": "Regional agreement on security"}
    got = _units("\n\n".join([title[lang], line, _PROSE[lang]]))
    assert got[line].noise == "metadata"


@pytest.mark.parametrize(
    ("heading", "items"),
    [
        ("Recherches associées", ["- Article 140 Code pénal", "- Financement du terrorisme"]),
        ("Related searches", ["- Section 140 Criminal Code", "- Terrorist financing"]),
        ("Related judgments", ["- Court of Appeal, 12 June 2024"]),
    ],
)
def test_related_items_heading_opens_a_trailer(heading: str, items: list[str]) -> None:
    lang = "en" if heading[0] in "RS" else "fr"
    got = _units("\n\n".join([_PROSE[lang], heading, *items]))
    assert got[heading].noise is not None
    assert all(got[i].noise is not None for i in items)
    assert got[_PROSE[lang]].noise is None


@pytest.mark.parametrize(
    ("lang", "head"),
    [
        ("fr", ["ORGANISATION MARITIME", "4 QUAI X", "Téléphone : +33 1 23 45 67 89"]),
        ("en", ["MARITIME ORGANIZATION", "4 X EMBANKMENT", "Telephone: +44 20 7735 7611"]),
    ],
)
def test_letterhead_contact_above_the_prose_is_the_documents(lang: str, head: list[str]) -> None:
    got = _units("\n\n".join([*head, _PROSE[lang]]))
    assert got[head[-1]].noise is None


# review of session 44 (revC44): the counter's word and the byline's name. A number and a
# word that counts no reader is the text's figure; a byline naming an act, or holding its
# number, is the text's authority: neither is the page's. Rows of the same shapes that are
# the page's (a counter's word, a service's name) stay its date block.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Publié le 8 juin 2026 · 2 318 victimes", False),
        ("Published on 3 May 2026 | 1 200 participants", False),
        ("Published on 3 May 2026 | 45 arrests", False),
        ("Publié le 12 mars 2026 · Par décret n° 2026-118", False),
        ("Publié le 3 mai 2026 | Par décision du Conseil des ministres", False),
        ("Published on 12 March 2026 · By order of the Minister", False),
        ("Published on 12 March 2026 · By Order No. 14", False),
        # the page's own: a counter's word, a service's name
        ("Publié le 8 juin 2026 · 2 318 consultations", True),
        ("Published on 3 May 2026 | 1 200 downloads", True),
        ("Publié le 12 mars 2026 · Par Direction de la communication", True),
        ("Published on 12 March 2026 · By the Communications Unit", True),
    ],
)
def test_publication_line_counts_readers_and_names_authors_only(text: str, expected: bool) -> None:
    assert publication_line(text) is expected


@pytest.mark.parametrize(
    ("lang", "line", "noise"),
    [
        ("fr", "Publié le 8 juin 2026 · 2 318 victimes", None),
        ("fr", "Publié le 12 mars 2026 · Par décret n° 2026-118", None),
        ("en", "Published on 3 May 2026 | 1 200 participants", None),
        ("en", "Published on 12 March 2026 · By order of the Minister", None),
        ("fr", "Publié le 8 juin 2026 · 2 318 lectures", "metadata"),
        ("en", "Published on 3 May 2026 | 1 200 views", "metadata"),
    ],
)
def test_a_figure_or_an_act_after_the_publication_cue_stays_in_the_head(
    lang: str, line: str, noise: str | None
) -> None:
    title = {"fr": "Bilan des opérations antiterroristes", "en": "Review of counter-terrorism"}
    got = _units("\n\n".join([title[lang], line, _PROSE[lang]]))
    assert got[line].noise == noise
