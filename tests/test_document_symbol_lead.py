"""A kind and its number that lead the document's own lines twice (ctdocs.extract._doclead;
guidelines, section 6): read only when no other finder speaks.

The class: a publisher prints its document's number as a kind word and a serial at the lead
of a line, and prints it again (its page title, a breadcrumb's last step, a front matter's
title or description, a call-out, a running footer). The variants below are other
publishers' shapes (HTML, Markdown with front matter, plain text in capitals, a footer),
in French and English; the negative rows are lines of the same shape that are no number of
the document: a series' items in a contents list and their headings, a cited instrument
opening sentences, a year, a date, a part's word, a related page's number printed once.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.extract._doclead import lead_symbol

PROSE = {
    "en": (
        "The Agency calls on operators to share passenger data with their neighbours "
        "and to train border officers in the detection of forged documents."
    ),
    "fr": (
        "L'Agence invite les opérateurs à partager les données des passagers avec leurs "
        "voisins et à former les agents aux frontières à la détection des faux documents."
    ),
}

# (language, layout, the text, the symbol): the number leads two of the document's lines
VARIANTS = [
    (
        "fr",
        "html",
        "<html><head><title>Bulletin de veille 47 | Agence</title></head><body>"
        "<nav>Accueil \u203a Bulletins \u203a Bulletin de veille 47</nav>"
        "<main><h1>Bulletin de veille 47 : drones de loisir</h1><p>{p}</p></main></body></html>",
        "Bulletin de veille 47",
    ),
    (
        "en",
        "html",
        "<html><head><title>Advisory Circular 31: Screening cargo drones</title></head><body>"
        "<main><h1>Advisory Circular 31: Screening cargo drones</h1><p>{p}</p></main>"
        "</body></html>",
        "Advisory Circular 31",
    ),
    (
        "en",
        "markdown",
        '---\ntitle: "Drones and soft targets"\ndescription: "Policy Paper 14 – drones"\n---\n\n'
        "# Drones and soft targets\n\n> [!note] Policy Paper 14\n\n{p}\n",
        "Policy Paper 14",
    ),
    (
        "fr",
        "markdown",
        '---\ntitle: "Sécurité des gares"\nsummary: "Avis technique n° 2026-08 : gares"\n---\n\n'
        "# Sécurité des gares\n\n[Avis technique n° 2026-08]\n\n{p}\n",
        "Avis technique n° 2026-08",
    ),
    (
        "fr",
        "text",
        "Lettre d'information 63 – avril\n\n{p}\n\n{p}\n\nLettre d'information 63 – page 2\n",
        "Lettre d'information 63",
    ),
    (
        "fr",
        "text",
        "Ministère\n\nNote de service n° 47 du 3 mars 2026\n\n{p}\n\n"
        "Note de service n° 47 – page 2\n",
        "Note de service n° 47",
    ),
    # a heading of capitals running on past the number, and a running footer
    (
        "en",
        "text",
        "Office of Example\n\nTHREAT BULLETIN 112 ON CARGO DRONES\n\n{p}\n\n"
        "Threat Bulletin 112 | page 2\n",
        "THREAT BULLETIN 112",
    ),
]


@pytest.mark.parametrize(("lang", "layout", "text", "symbol"), VARIANTS)
def test_a_kind_and_number_leading_two_lines_is_the_number(
    lang: str, layout: str, text: str, symbol: str
) -> None:
    doc = parse_text(text.format(p=PROSE[lang]), layout=layout)  # type: ignore[arg-type]
    assert doc.symbol == symbol


# the same shapes on lines that number no document of their own
NEGATIVES = [
    # a series' items: a contents list and the headings it lists
    (
        "fr",
        "text",
        "Plan d'action\n\nEngagement 1 : prévenir\nEngagement 2 : protéger\nEngagement 3 : "
        "poursuivre\n\nEngagement 1 : prévenir\n\n{p}\n\nEngagement 2 : protéger\n\n{p}\n\n"
        "Engagement 3 : poursuivre\n\n{p}\n",
    ),
    (
        "en",
        "text",
        "Action plan\n\nCommitment 1: prevent\nCommitment 2: protect\nCommitment 3: pursue\n\n"
        "Commitment 1: prevent\n\n{p}\n\nCommitment 2: protect\n\n{p}\n\nCommitment 3: pursue\n"
        "\n{p}\n",
    ),
    # a cited instrument opening two sentences
    (
        "en",
        "text",
        "Border security\n\nResolution 2178 calls on States to prevent travel.\n\n{p}\n\n"
        "Resolution 2178 also asks States to share data.\n",
    ),
    # a year, a span of years, a date
    ("fr", "markdown", "# Rapport annuel 2025\n\n{p}\n\nRapport annuel 2025 – annexe\n"),
    ("en", "markdown", "# Strategy 2026-27\n\n{p}\n\nStrategy 2026-27 | Home Office\n"),
    ("fr", "text", "Mise à jour 12/05/2026\n\n{p}\n\nMise à jour 12/05/2026\n"),
    # a part's, a caption's, a session's word
    ("en", "text", "Report\n\nFigure 3 – Attacks by month\n\n{p}\n\nFigure 3 – Attacks by month\n"),
    ("fr", "text", "Compte rendu\n\nSession 2025-2026\n\n{p}\n\nSession 2025-2026\n"),
    # a month and its day, a gazette issue's mark and number, a heading of capitals that opens
    # on a preposition (the end of a title that an earlier line begins)
    ("en", "text", "Minutes\n\nMarch 12\n\n{p}\n\nMarch 12 | page 2\n"),
    ("fr", "text", "Journal\n\nNo 88 — Jeudi 4 juin 2026\n\n{p}\n\nNo 88 — Jeudi 4 juin 2026\n"),
    (
        "fr",
        "text",
        "RAPPORT FAIT AU NOM DE LA COMMISSION\nSUR LE PROJET DE LOI N° 33/2026 RELATIF AUX DRONES\n"
        "\n{p}\n\nSUR LE PROJET DE LOI N° 33/2026 RELATIF AUX DRONES\n",
    ),
    # a record's step and the number of the act that took it
    (
        "en",
        "text",
        "National strategy\n\nApproved by Board Resolution No. 77 of 3rd May, 2026\n\n{p}\n\n"
        "Approved by Board Resolution No. 77 of 3rd May, 2026\n",
    ),
    (
        "fr",
        "text",
        "Stratégie\n\nAdoptée par délibération n° 12 du 4 mai 2026\n\n{p}\n\n"
        "Adoptée par délibération n° 12 du 4 mai 2026\n",
    ),
    # another instrument's article, cited under each of the code's articles
    (
        "fr",
        "markdown",
        "# Chapitre II : Drones\n\nModifié par Ordonnance n°2026-77 du 2 mars 2026 - art. 3"
        "\n\n{p}\n\nModifié par Ordonnance n°2026-77 du 2 mars 2026 - art. 3\n\n{p}\n",
    ),
    (
        "en",
        "markdown",
        "# Part 4: Drones\n\nAmended by Order 2026-77 of 2 March 2026 - section 3\n\n{p}\n"
        "\nAmended by Order 2026-77 of 2 March 2026 - section 3\n\n{p}\n",
    ),
    # a sheet of a guide's series
    (
        "fr",
        "markdown",
        "# Fiche réflexe 7 — Attentat en milieu urbain\n\n{p}\n\nFiche réflexe 7 — page 2\n",
    ),
    # a related page's number, printed once
    (
        "en",
        "html",
        "<html><body><main><h1>Asset freeze and licensing</h1><p>{p}</p>"
        "<ul><li>Sanctions Notice 40: Russia</li><li>Sanctions Notice 39: DPRK</li></ul>"
        "</main></body></html>",
    ),
]


@pytest.mark.parametrize(("lang", "layout", "text"), NEGATIVES)
def test_a_series_a_citation_a_year_or_a_part_is_no_number(
    lang: str, layout: str, text: str
) -> None:
    doc = parse_text(text.format(p=PROSE[lang]), layout=layout)  # type: ignore[arg-type]
    assert doc.symbol is None


@pytest.mark.parametrize(
    ("text", "title", "page", "expected"),
    [
        # a page's <title> repeating the title read from the text's line: printed twice
        ("Note 14 – Drones\n\nbody\n", "Note 14 – Drones", "Note 14 – Drones | Agence", "Note 14"),
        # the title read from the text's line is that line's printing: printed once
        ("Note 14 – Drones\n\nbody\n", "Note 14 – Drones", None, None),
        ("Note 14 – Drones\n\nbody\n", None, None, None),
        # a <title> the title does not repeat (a breadcrumb's step below it): printed once
        ("Report 14\n\nbody\n", "Public safety", "Report 14 - Committee", None),
        ("Note 14 – Drones\nNote 14 – Drones\n", "Autre chose", None, "Note 14"),
        ("Note 14 explique la menace.\nNote 14 explique tout.\n", None, None, None),  # sentences
        ("", None, None, None),
    ],
)
def test_lead_symbol(text: str, title: str | None, page: str | None, expected: str | None) -> None:
    assert lead_symbol(text, text, title, page) == expected


# lines of the rule's shape that number no document of their own (review of session 42): a
# list's entry of a series or of other texts, the line above or below leading with the same
# kind and another number; a cited instrument's number whose sentence runs on past its year in
# brackets or a comma; a street's name and number over a postal code and its town; a part's
# word of two words
NOT_OWN = [
    (
        "en",
        "Guidance on terrorist financing risk\n\nRelated guidance:\nGuidance Note 3: Beneficial "
        "ownership\nGuidance Note 7: Wire transfers\n\n{p}\n\nGuidance Note 3: Beneficial "
        "ownership\n\n{p}\n",
    ),
    (
        "fr",
        "Questions fréquentes sur le gel des avoirs\n\nQuestion 1 : Qui doit geler ?\nQuestion 2 "
        ": Quand déclarer ?\n\nQuestion 1 : Qui doit geler ?\n\n{p}\n\nQuestion 2 : Quand "
        "déclarer ?\n\n{p}\n",
    ),
    (
        "en",
        "Implementation report on foreign terrorist fighters\n\nResolution 2396 (2017) and border"
        " security\n\n{p}\n\nResolution 2396 (2017), adopted under Chapter VII, requires States "
        "to collect API and PNR data.\n\n{p}\n",
    ),
    (
        "fr",
        "Rapport sur les combattants terroristes étrangers\n\nRésolution 2396 (2017) et sécurité "
        "des frontières\n\n{p}\n\nRésolution 2396 (2017), adoptée en vertu du Chapitre VII, "
        "impose aux États de collecter les données API et PNR.\n\n{p}\n",
    ),
    (
        "en",
        "Annual report of the Monitoring Team\n\nResolution 2178, which the Council adopted in "
        "2014, defines foreign terrorist fighters.\n\n{p}\n\nResolution 2178, as reinforced "
        "since, remains the framework for travel bans.\n",
    ),
    (
        "fr",
        "Rapport de l'Équipe de surveillance\n\nRésolution 2178, adoptée en 2014, définit les "
        "combattants terroristes étrangers.\n\n{p}\n\nRésolution 2178, telle que renforcée "
        "depuis, reste le cadre des interdictions de voyager.\n",
    ),
    (
        "en",
        "Europol\nEisenhowerlaan 73\n2517 KK The Hague\n\nEU Terrorism Situation and Trend "
        "Report\n\n{p}\n\n{p}\n\nContact\nEisenhowerlaan 73\n2517 KK The Hague\n",
    ),
    (
        "fr",
        "Organe de coordination pour l'analyse de la menace\nRue de la Loi 16, 1000 Bruxelles\n\n"
        "Évaluation de la menace terroriste\n\n{p}\n\n{p}\n\nContact\nRue de la Loi 16, 1000 "
        "Bruxelles\n",
    ),
    ("en", "Lessons learned\n\nCase Study 3 – Returnees\n\n{p}\n\nCase Study 3 – Returnees\n"),
    ("fr", "Retours d'expérience\n\nÉtude de cas 3 – Retours\n\n{p}\n\nÉtude de cas 3 – Retours\n"),
]

# the same shapes on the document's own number: its number apart from a list of related
# numbers, its year in brackets closing the line, a date (no postal code) after it
OWN = [
    (
        "en",
        "html",
        "<html><head><title>Sanctions Notice 41: Russia</title></head><body><main><h1>Sanctions "
        "Notice 41: Russia</h1><p>{p}</p><p>{p}</p><h2>Related notices</h2><ul><li>Sanctions "
        "Notice 40: Russia</li><li>Sanctions Notice 39: DPRK</li></ul></main></body></html>",
        "Sanctions Notice 41",
    ),
    (
        "fr",
        "text",
        "Fiches liées :\nBulletin de veille 46\nBulletin de veille 45\n\nBulletin de veille 47\n\n"
        "{p}\n\n{p}\n\nBulletin de veille 47 – page 2\n",
        "Bulletin de veille 47",
    ),
    (
        "en",
        "text",
        "Security Advisory 12 (2026)\n\n{p}\n\n{p}\n\nSecurity Advisory 12 (2026)\n",
        "Security Advisory 12",
    ),
    (
        "fr",
        "text",
        "Avis de sécurité 12 (2026)\n\n{p}\n\n{p}\n\nAvis de sécurité 12 (2026) – page 2\n",
        "Avis de sécurité 12",
    ),
    (
        "fr",
        "text",
        "Bulletin de veille 47\n12 mai 2026\n\n{p}\n\nBulletin de veille 47, 12 mai 2026\n",
        "Bulletin de veille 47",
    ),
    (
        "en",
        "text",
        "Threat Bulletin 47\n12 May 2026\n\n{p}\n\nThreat Bulletin 47, 12 May 2026\n",
        "Threat Bulletin 47",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NOT_OWN)
def test_a_list_entry_a_running_sentence_or_an_address_is_no_number(lang: str, text: str) -> None:
    assert parse_text(text.format(p=PROSE[lang]), layout="text").symbol is None


@pytest.mark.parametrize(("lang", "layout", "text", "symbol"), OWN)
def test_the_own_number_beside_those_shapes_is_kept(
    lang: str, layout: str, text: str, symbol: str
) -> None:
    doc = parse_text(text.format(p=PROSE[lang]), layout=layout)  # type: ignore[arg-type]
    assert doc.symbol == symbol


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eisenhowerlaan 73, 2517 KK The Hague\nEisenhowerlaan 73, 2517 KK The Hague\n", None),
        ("Rue de la Loi 16\n1000 Bruxelles\nRue de la Loi 16\n1000 Bruxelles\n", None),
        ("Note 14\n2026 Annual Report\nNote 14\n", "Note 14"),  # a year, no postal code
        ("Note 14, 3 mai 2026\nNote 14, 3 mai 2026\n", "Note 14"),
    ],
)
def test_lead_symbol_address(text: str, expected: str | None) -> None:
    assert lead_symbol(text, text, None) == expected


# a title read from one of the text's lines is that line's printing, not a second one: a study
# titled with the instrument it studies, printed once, has no number of its own (review of
# session 42); an HTML page's <title>, printed outside its text, is a second printing
TITLED_ONCE = [
    ("en", "markdown", "# Resolution 2396 (2017): five years on\n\n{p}\n\n{p}\n"),
    ("fr", "markdown", "# Résolution 2396 (2017) : cinq ans après\n\n{p}\n\n{p}\n"),
    ("en", "text", "Directive 2017/541 – Transposition review\n\n{p}\n\n{p}\n"),
    ("fr", "text", "Directive 2017/541 – Bilan de la transposition\n\n{p}\n\n{p}\n"),
]


@pytest.mark.parametrize(("lang", "layout", "text"), TITLED_ONCE)
def test_a_title_line_printed_once_is_no_number(lang: str, layout: str, text: str) -> None:
    doc = parse_text(text.format(p=PROSE[lang]), layout=layout)  # type: ignore[arg-type]
    assert doc.symbol is None


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        (
            "fr",
            "<html><head><title>Note d'analyse 12 : drones | Agence</title></head><body><main>"
            "<h1>Note d'analyse 12 : drones</h1><p>{p}</p><p>{p}</p></main></body></html>",
            "Note d'analyse 12",
        ),
        (
            "en",
            "<html><head><title>Threat Bulletin 12: drones | Agency</title></head><body><main>"
            "<h1>Threat Bulletin 12: drones</h1><p>{p}</p><p>{p}</p></main></body></html>",
            "Threat Bulletin 12",
        ),
    ],
)
def test_a_page_title_outside_the_text_is_a_printing(lang: str, text: str, symbol: str) -> None:
    assert parse_text(text.format(p=PROSE[lang]), layout="html").symbol == symbol


# a reStructuredText field of a site generator's comment (".. description: …"), which the text
# may join with the comment's other fields on one line, leads its value as a front matter's key
@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        (
            "en",
            "<!--\n.. title: Closing the gaps\n.. slug: brief-12\n.. description: Policy Brief "
            "12 – drafting points.\n.. type: text\n-->\n\n*Policy Brief 12 · Implementation "
            "Programme*\n\n{p}\n\n{p}\n",
            "Policy Brief 12",
        ),
        (
            "fr",
            "<!--\n.. title: Combler les lacunes\n.. slug: note-12\n.. description: Note d'analyse "
            "12 – points de rédaction.\n.. type: text\n-->\n\n*Note d'analyse 12 · Programme de "
            "mise en œuvre*\n\n{p}\n\n{p}\n",
            "Note d'analyse 12",
        ),
        # a field naming another text, its number printed once
        (
            "en",
            "<!--\n.. title: Closing the gaps\n.. description: Policy Brief 11 – drafting points."
            "\n-->\n\n*Implementation Programme*\n\n{p}\n\n{p}\n",
            None,
        ),
    ],
)
def test_a_rest_field_leads_its_value(lang: str, text: str, symbol: str | None) -> None:
    assert parse_text(text.format(p=PROSE[lang]), layout="markdown").symbol == symbol
