"""A kind, a number's mark and a serial that open a line of the document's opening, printed
once (ctdocs.extract._doclead; guidelines, section 6): read only when no other finder speaks.

The class (session 43, class C of ``benchmarks/results/symbol43_kind.txt``'s record): a
publisher prints its document's number once, as a kind word, a mark (n°, No.) and a serial,
at the opening of a line among its first lines: a heading, a front matter's summary, a
series' banner, a heading that runs on with its issuer ("… de l'Autorité …"). The variants
below are other publishers' shapes in French and English; the negative rows are runs of the
same shape that are no number of the document: a commentary's title naming the act its body
cites with an article, a record's table of fields, a breadcrumb's step inside a line, a list's
entry, two numbers in the opening, a run past the opening.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.extract._doclead import lead_symbol

from .test_document_symbol_lead import PROSE

# (language, layout, the text, the symbol): the number opens one line of the opening, once
VARIANTS = [
    (
        "en",
        "text",
        "Ministry of Example\n\nSecurity Bulletin No: 88/2026\n\n{p}\n\n{p}\n",
        "Security Bulletin No: 88/2026",
    ),
    (
        "fr",
        "markdown",
        '---\ntitle: "Sûreté des ports"\nresume: "Bulletin de liaison n° 12 – ports"\n---\n\n'
        "# Sûreté des ports\n\n{p}\n\n{p}\n",
        "Bulletin de liaison n° 12",
    ),
    (
        "fr",
        "text",
        "Bulletin officiel\n\nDécision n° 2026-DC-0117 de l'Autorité de contrôle du 3 mai 2026 "
        "relative aux drones\n\n{p}\n\n{p}\n",
        "Décision n° 2026-DC-0117",
    ),
    (
        "en",
        "text",
        "Official Bulletin\n\nDecision No. 14/2026 of the Executive Board on drone screening\n\n"
        "{p}\n\n{p}\n",
        "Decision No. 14/2026",
    ),
    (
        "fr",
        "markdown",
        '# Prises d\'otages\n\n<div class="serie">Note de recherche n° 7 · mai 2026</div>\n\n'
        "{p}\n\n{p}\n",
        "Note de recherche n° 7",
    ),
]


@pytest.mark.parametrize(("lang", "layout", "text", "symbol"), VARIANTS)
def test_a_marked_number_opening_a_line_of_the_opening_is_the_number(
    lang: str, layout: str, text: str, symbol: str
) -> None:
    doc = parse_text(text.format(p=PROSE[lang]), layout=layout)  # type: ignore[arg-type]
    assert doc.symbol == symbol


# the same shape on lines that number no document of their own
NEGATIVES = [
    # a commentary's title naming the act its body cites after an article
    (
        "fr",
        "markdown",
        "# Instruction technique n° 44 : ce qui change\n\n{p}\n\n"
        "L'instruction technique n° 44 précise les contrôles.\n",
    ),
    (
        "en",
        "markdown",
        "# Regulation No. 45/2026: what operators must do\n\n{p}\n\n"
        "Under Regulation No. 45/2026, operators must report each incident.\n",
    ),
    # a record's table of fields
    ("en", "text", "Parliament No:\t15\nSession No:\t1\nSitting No:\t4\n\n{p}\n\n{p}\n"),
    ("fr", "text", "Législature n° 16 – XVIe\nSession n° 2 – ordinaire\n\n{p}\n\n{p}\n"),
    # a breadcrumb's step, a byline's part: inside a line, after a separator
    ("fr", "text", "Accueil > Avis > Projet de loi n° 8412\n\nAvis du Conseil\n\n{p}\n\n{p}\n"),
    (
        "en",
        "text",
        "Home \u203a Bills \u203a Bill No. 31 of 2026\n\nCommittee report\n\n{p}\n\n{p}\n",
    ),
    # a list's entry under a label: the texts a document refers to
    ("fr", "text", "Références :\n\u2013 Note technique n° 2026-14 \u2013 drones\n\n{p}\n\n{p}\n"),
    ("en", "text", "See also:\n- Security Bulletin No. 12/2026 \u2013 drones\n\n{p}\n\n{p}\n"),
    # two numbers in the opening: the text's and the one it answers
    (
        "en",
        "text",
        "Opinion No. 3/2026 \u2013 drones\n\nAnswer to Question No. 4521 \u2013 drones\n\n"
        "{p}\n\n{p}\n",
    ),
    # a kind of many words, a sentence naming a docket; a serial of one digit, a part's
    (
        "en",
        "text",
        "Judgment\n\nCase heard under Docket No. 2026/118 \u2013 appeal\n\n{p}\n\n{p}\n",
    ),
    ("fr", "text", "Rapport\n\nCirculaire n° 4 \u2013 drones\n\n{p}\n\n{p}\n"),
    # a run past the opening's lines
    ("fr", "text", "Menaces\n\n" + "{p}\n\n" * 31 + "Circulaire n° 7/2024 \u2013 drones\n\n{p}\n"),
    # a part's item, printed once
    ("en", "text", "Drone threats\n\n{p}\n\nRecommendation No. 1: screen cargo\n\n{p}\n"),
]


@pytest.mark.parametrize(("lang", "layout", "text"), NEGATIVES)
def test_a_cited_act_a_field_a_step_or_a_far_run_is_no_number(
    lang: str, layout: str, text: str
) -> None:
    doc = parse_text(text.format(p=PROSE[lang]), layout=layout)  # type: ignore[arg-type]
    assert doc.symbol is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Note n° 14\n\nbody\n", "Note n° 14"),
        ("Note 14\n\nbody\n", None),  # no mark: printed once, no number said
        ("Note n° 14 de l'Agence\n\nbody\n", "Note n° 14"),  # its issuer runs on
        ("Note n° 14 explique la menace.\n", None),  # a sentence runs on
        ("Note n° 14\n\nVoir la note n° 14.\n", None),  # cited after an article
        ("Note No. 14\n\nAs the Note No. 14 says.\n", None),
    ],
)
def test_lead_symbol_once(text: str, expected: str | None) -> None:
    assert lead_symbol(text, text, None) == expected


# the same shape inside the body (mends of session 43): a sentence's quotation or link, a box's
# heading, a contact's line under the prose, a table's row, a sentence opening on the run, an
# item of a series; each with the row of the same shape that stays the document's number
def _opening(head: str, line: str, lang: str, layout: str = "text") -> tuple[str, str, str]:
    return lang, layout, f"{head}\n\n{line}\n\n{{p}}\n"


def _in_body(head: str, line: str, lang: str, layout: str = "text") -> tuple[str, str, str]:
    return lang, layout, f"{head}\n\n{{p}}\n\n{line}\n\n{{p}}\n"


BODY_NEGATIVES = [
    # a quotation mark or a link's bracket inside a sentence opens no line
    _in_body("Sûreté", 'La Commission renvoie au "Rapport n° 2026-14" publié en mai.', "fr"),
    _in_body("Security", 'The Commission refers to "Report No. 2026-14" published in May.', "en"),
    _in_body(
        "# Sûreté",
        "Pour en savoir plus, consulter [Rapport n° 2026-14](https://example.org/r.pdf) en ligne.",
        "fr",
        "markdown",
    ),
    _in_body(
        "# Security",
        "For details, see [Report No. 2026-14](https://example.org/r.pdf) online.",
        "en",
        "markdown",
    ),
    # a box's heading, a contact's line under the body's prose
    _in_body("Rapport annuel", "Note n° 12 \u2013 Les drones", "fr"),
    _in_body("Annual report", "Note No. 12 \u2013 Drones", "en"),
    _in_body(
        "Communiqué",
        "Contact presse : Service de communication\n"
        "Téléphone n° 0145678900 \u2013 presse@example.fr",
        "fr",
    ),
    _in_body(
        "Press release",
        "Media contact: Press Office\nTelephone No. 02079460000 \u2013 press@example.org",
        "en",
    ),
    # a sentence of the body opening on a kind, its number and its issuer
    _opening(
        "Sûreté aérienne",
        "Délibération n° 2026-14 de la Commission nationale a fixé les nouvelles règles "
        "de contrôle des drones.",
        "fr",
    ),
    _opening(
        "Aviation security",
        "Decision No. 14/2026 of the Executive Board approved the new screening rules for cargo.",
        "en",
    ),
    # the same sentence wrapped on the next line
    _opening(
        "Sûreté aérienne",
        "Délibération n° 2026-14 de la Commission nationale a fixé\n"
        "les nouvelles règles de contrôle des drones.",
        "fr",
    ),
    _opening(
        "Aviation security",
        "Decision No. 14/2026 of the Executive Board approved the new\n"
        "screening rules for cargo operators at every airport.",
        "en",
    ),
    # a table's row
    _opening(
        "# Textes",
        "| Texte | Date |\n|---|---|\n| Loi n° 2026-14 | 12 mars 2026 |",
        "fr",
        "markdown",
    ),
    _opening(
        "# Texts",
        "| Text | Date |\n|---|---|\n| Regulation No. 2026/14 | 12 March 2026 |",
        "en",
        "markdown",
    ),
    # an HTML list's entry, a table's cell
    _opening(
        "# Sûreté",
        "Textes de référence :\n<ul>\n<li>Note technique n° 2026-14 \u2013 drones</li>\n</ul>",
        "fr",
        "markdown",
    ),
    _opening(
        "# Security",
        "See also:\n<ul>\n<li>Security Bulletin No. 12/2026 \u2013 drones</li>\n</ul>",
        "en",
        "markdown",
    ),
    _opening(
        "# Sûreté",
        "<table>\n<tr><td>Loi n° 2026-14 \u2013 drones</td></tr>\n</table>",
        "fr",
        "markdown",
    ),
    _opening(
        "# Security",
        "<table><tr><td>Regulation No. 2026/14 \u2013 drones</td><td>2026</td></tr></table>",
        "en",
        "markdown",
    ),
    # a periodical's or a publisher's number: an ISSN, a legal deposit's, a charity's
    _opening("Revue de sécurité", "ISSN n° 1234-5678 \u2013 printemps 2026", "fr"),
    _opening("Security Review", "ISSN No. 1234-5678 \u2013 Spring 2026", "en"),
    _opening("Revue de sécurité", "Dépôt légal n° 2026-45 \u2013 mai 2026", "fr"),
    _opening("Security Review", "Registered Charity No. 1123456 \u2013 London", "en"),
    # cited after an article with no blank after its mark, or wrapped between its words
    (
        "fr",
        "text",
        "Bulletin\n\nNote technique n° 2026-14 \u2013 drones\n\n{p}\n\n"
        "La note technique n°2026-14 précise les contrôles.\n",
    ),
    (
        "en",
        "text",
        "Bulletin\n\nTechnical Note No. 2026-14 \u2013 drones\n\n{p}\n\n"
        "Operators shall apply the Technical Note\nNo. 2026-14 to every cargo flight.\n",
    ),
    # an item whose kind numbers a series past the opening
    _opening(
        "Plan d'action",
        "Engagement n° 12 : former les agents\n\n"
        + "Former.\n\n" * 31
        + "Engagement n° 13 : contrôler le fret",
        "fr",
    ),
    _opening(
        "Action plan",
        "Commitment No. 12: train officers\n\n"
        + "Train.\n\n" * 31
        + "Commitment No. 13: screen cargo",
        "en",
    ),
]


@pytest.mark.parametrize(("lang", "layout", "text"), BODY_NEGATIVES)
def test_a_run_inside_a_sentence_under_prose_in_a_table_or_a_series_is_no_number(
    lang: str, layout: str, text: str
) -> None:
    doc = parse_text(text.format(p=PROSE[lang]), layout=layout)  # type: ignore[arg-type]
    assert doc.symbol is None


# the same runs at the opening, above the prose (a cookie banner's sentence is no prose)
OPENING_VARIANTS = [
    (*_opening("Rapport annuel", "Note n° 12 \u2013 Les drones", "fr"), "Note n° 12"),
    (*_opening("Annual report", "Note No. 12 \u2013 Drones", "en"), "Note No. 12"),
    (
        *_opening("Sûreté aérienne", "Délibération n° 2026-14 de la Commission nationale", "fr"),
        "Délibération n° 2026-14",
    ),
    (
        *_opening("Aviation security", "Decision No. 14/2026 of the Executive Board", "en"),
        "Decision No. 14/2026",
    ),
    (
        *_opening(
            "Ce site utilise des cookies pour vous offrir la meilleure expérience de "
            "navigation possible.",
            "Avis n° 2026-14 \u2013 drones",
            "fr",
        ),
        "Avis n° 2026-14",
    ),
    (
        *_opening(
            "We use cookies on this website to give you the best possible experience.",
            "Press Release No: 347/2026",
            "en",
        ),
        "Press Release No: 347/2026",
    ),
    (
        *_opening("Plan d'action", "Engagement n° 12 : former les agents", "fr"),
        "Engagement n° 12",
    ),
    (*_opening("Action plan", "Commitment No. 12: train officers", "en"), "Commitment No. 12"),
    # a heading wrapped on lines in small letters that close no sentence
    (
        *_opening(
            "RÉPUBLIQUE FRANÇAISE",
            "Délibération n° 2026-DC-0814 de l'Autorité de sûreté nucléaire et de radioprotec-\n"
            "tion du 9 avril 2026 relative à la protection contre les actes de malveillance\n"
            "des sources radioactives détenues par les établissements de santé",
            "fr",
        ),
        "Délibération n° 2026-DC-0814",
    ),
    (
        *_opening(
            "OFFICIAL BULLETIN",
            "Decision No. 14/2026 of the Executive Board on the screening of cargo\n"
            "carried by unmanned aircraft over the territory of the Member States",
            "en",
        ),
        "Decision No. 14/2026",
    ),
    (
        *_opening(
            "# Sûreté",
            '<p class="serie">Note technique n° 2026-14 \u2013 drones</p>',
            "fr",
            "markdown",
        ),
        "Note technique n° 2026-14",
    ),
    (
        *_opening(
            "# Security",
            '<div class="series">Security Bulletin No. 12/2026 \u2013 drones</div>',
            "en",
            "markdown",
        ),
        "Security Bulletin No. 12/2026",
    ),
]


@pytest.mark.parametrize(("lang", "layout", "text", "symbol"), OPENING_VARIANTS)
def test_the_same_run_above_the_prose_is_the_number(
    lang: str, layout: str, text: str, symbol: str
) -> None:
    doc = parse_text(text.format(p=PROSE[lang]), layout=layout)  # type: ignore[arg-type]
    assert doc.symbol == symbol
