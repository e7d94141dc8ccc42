"""A page's own date stamp in a chrome line (ctdocs.extract._docstamps), guidelines §2:
dates in noise lines count when they are the page's own stamp."""

from __future__ import annotations

import pytest

from ctdocs.extract._dates import find_dates
from ctdocs.extract._docstamps import others_date, page_stamp, stamp_in_noise

from ._docmeta import own_value


@pytest.mark.parametrize(
    ("lang", "line", "kept"),
    [
        # the second of two stamps joined by a middle dot is the page's too
        ("en", "First published: 14 May 2026 · Last updated: 21 May 2026 – See all updates", True),
        ("fr", "Publié le 14 mai 2026 · Mis à jour le 21 mai 2026 – Voir les mises à jour", True),
        # a version stamp opening a toolbar line
        ("en", "Version Date: 01/06/2026 | Print | Download PDF", True),
        ("fr", "Date de version : 01/06/2026 | Imprimer | Télécharger", True),
        # a related item's date after a middle dot is no stamp
        ("en", "Related: Annual report · Safer communities plan 21 May 2026", False),
        ("fr", "À lire aussi : Rapport annuel · Plan pour des villes sûres 21 mai 2026", False),
        # a copyright notice reads as a dateline (a name, a comma, a year) but is the site's
        ("en", "© European Union Aviation Safety Agency, 2026", False),
        ("fr", "© Présidence française du G7, 2026", False),
        ("en", "Brussels, 2026", True),
        ("fr", "Bruxelles, 2026", True),
        # a site's footer sentence, then its stamp opening the next sentence
        ("en", "Kept by the Office of Counsel. Page last updated: 5 May 2026", True),
        ("fr", "Édité par le service juridique. Page mise à jour le 5 mai 2026", True),
        # a sentence of the footer that only names updates, then a date: no stamp
        ("en", "Kept by the Office of Counsel. Updates follow on 5 May 2026", False),
        ("fr", "Édité par le service juridique. Des mises à jour suivront le 5 mai 2026", False),
        # a dateline opens its line with its place; a caption's sentence comma before a
        # place, a running header's fields, a site's bar of today's date are none
        ("en", "Brussels, 8 October 2026", True),
        ("fr", "Lyon, le 8 octobre 2026", True),
        ("en", "Family photo of the ministers, Lyon, 8 October 2026. © G7 Presidency", False),
        ("fr", "Photo de famille des ministres, Lyon, 8 octobre 2026. © Présidence du G7", False),
        ("en", "Federal Register / Vol. 89, No. 212 / Thursday, October 31, 2024 / 86517", False),
        ("fr", "Journal officiel / Vol. 89, n° 212 / jeudi, 31 octobre 2024 / 86517", False),
        # a page's footnote keeps the looser reading (gold is split on notes' dates)
        ("en", "3 Interview with an analyst, Brussels, 14 September 2021.", True),
        ("fr", "3 Entretien avec un analyste, Bruxelles, 14 septembre 2021.", True),
        # a news page's kind, then its publication stamp after a bar
        ("en", "Joint media release | Published: Friday, 20 November 2026", True),
        ("fr", "Communiqué conjoint | Publié le vendredi 20 novembre 2026", True),
        # a page's footer stamps as web servers and wikis print them, in the page's foot
        ("en", "This page last modified 04-Jun-1996", True),
        ("en", "This page was last edited on 28 November 2026, at 17:02.", True),
        ("fr", "La dernière modification de cette page a été faite le 28 novembre 2026.", True),
        ("fr", "Date de modification : 2026-11-30", True),
        # the Federal Register's filing stamp closing a document, whole or wrapped
        ("en", "[FR Doc. 2026-04518 Filed 3-10-26; 8:45 am]", True),
        ("en", "Filed 10–30–24; 8:45 am]", True),
        ("fr", "[Doc. FR 2026-04518 déposé le 10 mars 2026]", False),
        ("fr", "Le recours, déposé le 10 mars 2026, est rejeté.", False),
        # a review stamp after a copyright notice, in the page's foot
        ("en", "© The State of Queensland (Courts) 2026. Last reviewed 20 November 2026.", True),
        ("fr", "© Cour suprême 2026. Dernière révision le 20 novembre 2026.", True),
        # an edit named inside a sentence of the foot is no stamp
        ("en", "Members say this page was edited by the clerk on 28 November 2026", False),
        ("fr", "Selon eux, la page fut modifiée par le greffier le 28 novembre 2026", False),
    ],
)
def test_stamps_in_a_chrome_line(lang: str, line: str, kept: bool) -> None:
    text = line + "\n"
    hit = find_dates(text, lang)[-1]
    assert stamp_in_noise(text, hit, 0, len(line), body_start=0) is kept


@pytest.mark.parametrize(
    ("lang", "lines", "kept"),
    [
        # a definition list read as lines: the stamp's label, then its date alone
        ("en", "Date modified:\n2026-06-19", True),
        ("fr", "Date de modification :\n2026-06-19", True),
        ("en", "Last updated:\n\n19 June 2026", True),
        ("fr", "Mis à jour le :\n\n19 juin 2026", True),
        # a label with words after its cue, or a date with words beside it, is not one
        ("en", "Last updated items of the programme:\n19 June 2026", False),
        ("fr", "Mis à jour sur les autres pages :\n19 juin 2026", False),
        ("en", "Date modified:\nReport tabled 19 June 2026", False),
        ("fr", "Date de modification :\nRapport déposé le 19 juin 2026", False),
        # a heading of other items (no stamp cue) over a date alone
        ("en", "Related news:\n19 June 2026", False),
        ("fr", "Actualités liées :\n19 juin 2026", False),
    ],
)
def test_stamp_label_on_the_line_above(lang: str, lines: str, kept: bool) -> None:
    """Below the text (body_start 0), only a labelled stamp keeps its date."""
    text = "Body of the page.\n" + lines + "\n"
    hit = find_dates(text, lang)[-1]
    line_start = text.rfind("\n", 0, hit.start) + 1
    line_end = text.index("\n", hit.end)
    assert stamp_in_noise(text, hit, line_start, line_end, body_start=0) is kept


@pytest.mark.parametrize(
    ("lang", "line", "kept"),
    [
        # a field of the text's own record in the head: a short label, a colon, the date
        ("en", "First Reading : 6 May 2026", True),
        ("fr", "Appel entendu : 22 avril 2026", True),
        ("en", "Second and Third Readings: 8 July 2026", True),
        ("fr", "Date de la séance : 8 juillet 2026", True),
        # a field's value may list dates parted by semicolons, each a date's few words
        ("en", "HEARING DATE(s): 3-14 March 2026; 26-28 May 2026", True),
        ("fr", "Dates d'audience : 3-14 mars 2026 ; 26-28 mai 2026", True),
        ("en", "HEARING DATE(s): 3 March 2026; in Brisbane before the Coroner", False),
        ("fr", "Dates d'audience : 3 mars 2026 ; à Brisbane devant le coroner", False),
        # a front matter's key dates the copy, not the text
        ("en", "added_on: 2026-11-27", False),
        ("fr", "date_publication: 2026-11-27", False),
        # words after the date, or a long sentence before its colon, make it no field
        ("en", "First Reading : 6 May 2026 in the Senate", False),
        ("fr", "Appel entendu : 22 avril 2026 par la Cour", False),
        ("en", "The Minister told the committee in a long statement: 6 May 2026", False),
        ("fr", "Le ministre a dit devant la commission en séance publique : 6 mai 2026", False),
        # a year alone is a session's or a volume's
        ("en", "Session: 2026", False),
        ("fr", "Session : 2026", False),
    ],
)
def test_a_record_field_in_the_head(lang: str, line: str, kept: bool) -> None:
    """Above the text (no body_start), a head's labelled field dates the document."""
    text = line + "\n\nBody of the page.\n"
    hit = find_dates(text, lang)[-1]
    assert stamp_in_noise(text, hit, 0, len(line), body_start=None) is kept


# a list of links (related items, further reading, previous/next) under the text: each
# entry's date is the linked document's (guidelines §2), a sentence citing a link keeps its own
_LINKED = [
    ("en", "- [Drones: the security review presented to Parliament](#) – 15 October 2024", True),
    ("fr", "- [Drones : le bilan sécuritaire présenté au Sénat](#) – 15 octobre 2024", True),
    ("en", "See also: [Niger: UN trains deminers](https://example.org/a) (3 June 2026)", True),
    (
        "fr",
        "À lire aussi : [Niger : l'ONU forme des démineurs](https://example.org/a) (3 juin 2026)",
        True,
    ),
    ("en", "- [Report No. 87 of the Senate law committee](#), tabled on 29 October 2025", True),
    (
        "fr",
        "- [Rapport n° 87 de la commission des lois du Sénat](#), déposé le 29 octobre 2025",
        True,
    ),
    ("en", "[← Previous document: Resolution on e-commerce (2025)](./a.md)", True),
    ("fr", "[← Document précédent : Résolution sur le commerce électronique (2025)](./a.md)", True),
    (
        "en",
        "The Council adopted [its conclusions](https://x.org/c) on 3 June 2026 after a debate.",
        False,
    ),
    (
        "fr",
        "Le Conseil a adopté [ses conclusions](https://x.org/c) le 3 juin 2026 après un débat.",
        False,
    ),
    ("en", "- Related report on the security review – 15 October 2024", False),
    ("fr", "- Rapport sur le bilan sécuritaire – 15 octobre 2024", False),
]


@pytest.mark.parametrize(("lang", "line", "others"), _LINKED)
def test_a_link_list_entry_dates_the_linked_document(lang: str, line: str, others: bool) -> None:
    text = "Body.\n\n" + line + "\n"
    hit = find_dates(text, lang)[0]
    assert others_date(text, hit) is others


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "# The new law on major events\n\nPublished 26 March 2026 · Reading time 5 minutes\n\n"
            "The law extends the tools tested during the Games.\n\nOn the same topic\n\n"
            "- [Security review presented to the Senate](#) – 24 March 2026\n",
        ),
        (
            "fr",
            "# La loi sur les grands événements\n\n"
            "Publié le 26 mars 2026 · Temps de lecture 5 minutes\n\n"
            "La loi pérennise les outils expérimentés pendant les Jeux.\n\nSur le même thème\n\n"
            "- [Le bilan sécuritaire présenté au Sénat](#) – 24 mars 2026\n",
        ),
    ],
)
def test_a_linked_date_never_outranks_the_page_stamp(lang: str, text: str) -> None:
    assert own_value(text, lang) == "2026-03-26"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Counter-terrorism Strategy\n\n© Her Majesty the Queen in Right of Canada, 2013\n",
        ),
        (
            "fr",
            "Stratégie antiterroriste\n\n© Sa Majesté le Roi du chef du Canada, 2013\n",
        ),
    ],
)
def test_a_copyright_year_dates_a_page_that_has_nothing_else(lang: str, text: str) -> None:
    assert own_value(text, lang) == "2013"


@pytest.mark.parametrize(
    ("lang", "key_line", "others"),
    [
        # an archive's or a converter's front-matter key dates the copy, not the text
        ("en", "saved: 2026-04-02 10:47", True),
        ("fr", "date_import: 2026-04-02", True),
        ("en", "exported: 2026-04-02", True),
        # the text's own date under its own key is the text's
        ("en", "date: 2026-04-02", False),
        ("fr", "date_adoption: 2026-04-02", False),
    ],
)
def test_an_archive_key_dates_the_copy(lang: str, key_line: str, others: bool) -> None:
    text = f"---\ntitle: Example\n{key_line}\n---\n\nBody of the text.\n"
    hit = find_dates(text, lang)[0]
    assert others_date(text, hit) is others


@pytest.mark.parametrize(
    ("lang", "line", "kept"),
    [
        # an issue's stamp at the foot of the text's page, with the page: the text's own
        ("en", "Official Bulletin No. 2031-02 of 27 February 2031 - Page 1/1", True),
        ("fr", "Bulletin officiel n° 2031-02 du 27 février 2031 – Page 1/1", True),
        # the same below the text with no page: another act's entry in a list of links
        ("en", "Decree No. 2031-180 of 21 July 2031", False),
        ("fr", "Décret n° 2031-180 du 21 juillet 2031", False),
    ],
)
def test_an_issue_stamp_below_the_text_with_its_page(lang: str, line: str, kept: bool) -> None:
    text = line + "\n"
    hit = find_dates(text, lang)[-1]
    assert stamp_in_noise(text, hit, 0, len(line), body_start=0) is kept


@pytest.mark.parametrize(
    ("lang", "lines", "kept"),
    [
        # an entry of a list of dated entries under the text: a headline, a stamp's word,
        # its date, and the entry beside it of the same shape; the date is the entry's
        (
            "en",
            "Related\nThreat level guidance – updated 3 June 2026\nVenue checklist – 12 May 2026",
            False,
        ),
        (
            "fr",
            "Documents\nRapport (PDF, 2 Mo) – publié le 3 juin 2026\nGuide des exploitants – 2025",
            False,
        ),
        (
            "en",
            "- Circular 12/2026 — last updated 4 March 2026\n- Circular 11/2026 — 2 February 2026",
            False,
        ),
        ("fr", "- Note n° 4 — mise à jour le 4 mars 2026\n- Note n° 3 — 2 février 2026", False),
        # the entry whose date comes last in the list, its sibling above it
        ("en", "Venue checklist – 12 May 2026\nThreat level guidance – updated 3 June 2026", False),
        (
            "fr",
            "Guide des exploitants – 12 mai 2026\nRapport d'activité – mis à jour le 3 juin 2026",
            False,
        ),
        # the same dash and date alone among other chrome: the page's own stamp
        ("en", "Was this page useful? Yes No\nPage last updated – 23 May 2026\nContact us", True),
        (
            "fr",
            "Partager : Facebook | LinkedIn\nDernière mise à jour – 23 mai 2026\nNous contacter",
            True,
        ),
        # stamps on lines of their own, a stamp's word heading each: the page's, not a list
        ("en", "First published – 14 May 2026\nLast updated – 21 May 2026", True),
        ("fr", "Publié le – 14 mai 2026\nMis à jour le – 21 mai 2026", True),
        ("en", "- Published: 14 May 2026\n- Last updated: 21 May 2026", True),
        ("fr", "- Publié le 14 mai 2026\n- Mis à jour le 21 mai 2026", True),
    ],
)
def test_a_stamp_word_on_a_list_entry(lang: str, lines: str, kept: bool) -> None:
    """Below the text (body_start 0): which line's date is asked is the one holding a stamp
    word ("updated", "publié", "mise à jour"), the other line being its neighbour."""
    text = "Body of the page.\n\n" + lines + "\n"
    cue = next(
        k
        for k, line in enumerate(lines.split("\n"))
        if any(w in line.lower() for w in ("updated", "publi", "mis", "mise"))
    )
    line_start = len("Body of the page.\n\n") + sum(len(x) + 1 for x in lines.split("\n")[:cue])
    line_end = text.index("\n", line_start)
    hit = next(h for h in find_dates(text, lang) if line_start <= h.start < line_end)
    assert page_stamp(text, hit, line_start, line_end, body_start=0) is kept


@pytest.mark.parametrize(
    ("lang", "lines", "asked", "kept"),
    [
        # a page's stamp after a dash, under a bulleted list of dated links: it has no marker,
        # so it is no item of that list; the page's stamp
        (
            "en",
            "- [Venue checklist](https://example.org/b) – 2 March 2026\n"
            "Print this page – Last updated 3 May 2026",
            1,
            True,
        ),
        (
            "fr",
            "- [Guide des exploitants](https://example.org/b) – 2 mars 2026\n"
            "Imprimer la page – Mis à jour le 3 mai 2026",
            1,
            True,
        ),
        # negative: the same stamp's word on an item of the list, its marker with it
        (
            "en",
            "- [Venue checklist](https://example.org/b) – 2 March 2026\n"
            "- [Threat level guidance](https://example.org/c) – updated 3 May 2026",
            1,
            False,
        ),
        (
            "fr",
            "- [Guide des exploitants](https://example.org/b) – 2 mars 2026\n"
            "- [Fiche réflexe](https://example.org/c) – mise à jour le 3 mai 2026",
            1,
            False,
        ),
        # a publication's stamp over an update's, each after its label and a dash: the
        # page's run of stamps, both of them the page's
        (
            "en",
            "News story – Published 2 May 2026\nFrom the Home Office – Last updated 3 May 2026",
            1,
            True,
        ),
        (
            "en",
            "News story – Published 2 May 2026\nFrom the Home Office – Last updated 3 May 2026",
            0,
            True,
        ),
        (
            "fr",
            "Communiqué – Publié le 2 mai 2026\n"
            "Ministère de l'Intérieur – Mis à jour le 3 mai 2026",
            1,
            True,
        ),
        (
            "fr",
            "Communiqué – Publié le 2 mai 2026\n"
            "Ministère de l'Intérieur – Mis à jour le 3 mai 2026",
            0,
            True,
        ),
        # negative: entries that repeat one stamp's word are a list's
        ("en", "Notice 40 – updated 22 October 2026\nNotice 39 – updated 1 October 2026", 0, False),
        (
            "fr",
            "Note n° 4 – mise à jour le 4 mars 2026\nNote n° 3 – mise à jour le 2 mars 2026",
            0,
            False,
        ),
        # a copyright notice's year after a dash beside the stamp: the site's, no entry
        ("en", "Print this page – Last updated 3 May 2026\n© Crown copyright – 2026", 0, True),
        (
            "fr",
            "Imprimer la page – Mis à jour le 3 mai 2026\n© Ministère de l'Intérieur – 2026",
            0,
            True,
        ),
        # negative: a headline's bare year beside it is an entry's
        ("en", "Threat level guidance – updated 3 May 2026\nVenue checklist – 2026", 0, False),
        (
            "fr",
            "Fiche réflexe attentat – mise à jour le 3 mai 2026\nGuide des exploitants – 2026",
            0,
            False,
        ),
    ],
)
def test_a_stamp_beside_other_chrome_of_an_entry_shape(
    lang: str, lines: str, asked: int, kept: bool
) -> None:
    """Below the text (body_start 0), the date closing line ``asked`` of ``lines``."""
    head = "Body of the page.\n\n"
    text = head + lines + "\n"
    line_start = len(head) + sum(len(x) + 1 for x in lines.split("\n")[:asked])
    line_end = text.index("\n", line_start)
    hit = [h for h in find_dates(text, lang) if line_start <= h.start < line_end][-1]
    assert page_stamp(text, hit, line_start, line_end, body_start=0) is kept
