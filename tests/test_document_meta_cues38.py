"""The document itself and the date stage in classes that first-sight exports of blind
batches (heldout20 to heldout37) missed, written again in other publishers' words and
layouts (guidelines §2, §6), each with rows of the same shape that must not fire.

- a dashed pair of numbers ("27-28", "27-08") is one item, a range or a code: its month is
  not sought across a paragraph break (a PDF seam splits a running date, never a range);
- a running footer's first field, before a dash and the page count ("SOC/845 – EESC-2026-…
  1/5"), is the document's number printed on every page (heldout37 at first sight), over a
  number its head cites in brackets;
- an adoption or publication cue after an HTML tag a Markdown page keeps ("<p>Validée par
  … le 9 octobre 2025</p>", heldout37 at first sight) opens its line as well;
- a parenthesis opening on a start ("(début : 30 septembre 2025)") dates the session or the
  legislature its line names, never the document (heldout37 at first sight);
- a masthead's date followed by the issue's marks alone ("Le mardi 21 avril 2026 - Vol. 48
  N° 67", heldout37 at first sight) is a short head line's date.

Each row is a short text written by hand, French and English side by side; the expected
values are worked out by hand from the guidelines.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_document
from ctdocs.extract._dates import find_dates
from ctdocs.extract._docsymbol import own_symbol
from tests._docmeta import own_value

_EN = "\n\n1. Operators report every drone seen over a site.\n\n2. Reports use the annexed form.\n"
_FR = "\n\n1. Les exploitants signalent tout drone.\n\n2. Les registres sont contrôlés.\n"


def _values(text: str, lang: str) -> list[tuple[str, str]]:
    return [(h.text, h.value) for h in find_dates(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a dashed pair, a blank line, a month: the month is read alone
        ("en", "Agenda item 27-08\n\nSeptember 2026 session", [("September 2026", "2026-09")]),
        ("fr", "Point 27-08\n\nseptembre 2026 ordre du jour", [("septembre 2026", "2026-09")]),
        ("en", "Held on 27-28\n\nSeptember 2026.", [("September 2026", "2026-09")]),
        ("fr", "Réunion des 12-13\n\noctobre 2026.", [("octobre 2026", "2026-10")]),
    ],
)
def test_a_dashed_pair_never_crosses_a_paragraph_break(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _values(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the same pairs on one line or one line break apart stay ranges; a single running
        # date split by a PDF's blank line (no dashed pair) stays one date
        (
            "en",
            "Held on 27-28 September 2026.",
            [("27-28 September 2026", "2026-09-27/2026-09-28")],
        ),
        (
            "fr",
            "Réunion des 12-13\noctobre 2026.",
            [("12-13\noctobre 2026", "2026-10-12/2026-10-13")],
        ),
        (
            "en",
            "the letter of 28\n\nSeptember 2001 approving",
            [("28\n\nSeptember 2001", "2001-09-28")],
        ),
        (
            "fr",
            "la lettre du 30\n\nnovembre 2016 approuvant",
            [("30\n\nnovembre 2016", "2016-11-30")],
        ),
    ],
)
def test_a_dashed_pair_or_a_split_date_on_its_paragraph(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _values(text, lang) == expected


_FOOT_EN = "\n\nThe Board notes the plan.\n\n{code} – ABC-2026-01877-00-00 (EN)          {n}/3\n"
_FOOT_FR = (
    "\n\nLe Comité prend acte du plan.\n\n{code} – ABC-2026-01877-00-00 (FR)          {n}/3\n"
)


def _paged(lang: str, code: str, head: str) -> str:
    foot = _FOOT_EN if lang == "en" else _FOOT_FR
    return head + "".join(foot.format(code=code, n=n) for n in (1, 2, 3))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            _paged(
                "en",
                "TEN/812",
                "OPINION\n\nEuropean Board\n\nCommunication on ports\n\n"
                "[COM(2026) 204 final]\n\nRapporteur: Ana LOPES",
            ),
            "TEN/812",
        ),
        (
            "fr",
            _paged(
                "fr",
                "SOC/845",
                "AVIS\n\nComité économique\n\nCommunication sur les espaces "
                "publics\n\n[COM(2026) 118 final]\n\nRapporteur : Tomasz WIERZBICKI",
            ),
            "SOC/845",
        ),
        (
            "en",
            _paged(
                "en",
                "ECO/77",
                "REPORT\n\nJoint Committee on Finance\n\nReview of "
                "Regulation (EU) 2021/784\n\nChair: J. Byrne",
            ),
            "ECO/77",
        ),
    ],
)
def test_a_running_footers_first_field(lang: str, text: str, expected: str) -> None:
    assert own_symbol(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a footer of words before its dash (a publisher's name, no code), or of the day it
        # was printed, numbers nothing
        (
            "en",
            "REPORT\n\nReview of ports"
            + "\n\nThe Board notes.\n\nEuropean Board – Opinion   1/3\n" * 3,
        ),
        (
            "fr",
            "AVIS\n\nLes ports" + "\n\nLe Comité note.\n\nComité européen – Avis   1/3\n" * 3,
        ),
        (
            "en",
            "REPORT\n\nReview of ports"
            + "\n\nThe Board notes.\n\n12.03.2026 – Annual report   1/3\n" * 3,
        ),
    ],
)
def test_no_running_footer_number(lang: str, text: str) -> None:
    assert own_symbol(text, lang) is None


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "fr",
            "# Fiche pédagogique\n\n<tldr>\n<p>Validée par le Comité pédagogique le 9 octobre "
            "2025</p>\n</tldr>\n\nElle remplace la version diffusée en mars 2022." + _FR,
            "2025-10-09",
        ),
        (
            "en",
            '# Guidance sheet\n\n<div class="meta">Adopted by the Steering Board on 4 March '
            "2026</div>\n\nIt replaces the version issued in June 2023." + _EN,
            "2026-03-04",
        ),
        (
            "en",
            "# Brief 12\n\n<span>Published: 12 May 2026</span>\n\nThe brief reviews the attack of "
            "3 February 2024." + _EN,
            "2026-05-12",
        ),
    ],
)
def test_a_cue_after_an_html_tag(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a tag holding a sentence that cites another text's adoption is no cue of its own
        (
            "en",
            "# Guidance sheet\n\nVersion 2 · May 2026\n\n<p>The Council of Europe Convention "
            "on the Prevention of Terrorism, adopted on 16 May 2005, applies.</p>" + _EN,
            "2026-05",
        ),
        (
            "fr",
            "# Fiche\n\nVersion 2 · mai 2026\n\n<p>La Convention du Conseil de l'Europe, "
            "adoptée le 16 mai 2005, s'applique.</p>" + _FR,
            "2026-05",
        ),
    ],
)
def test_a_tag_around_a_cited_adoption(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "fr",
            "Journal des débats\n\n43e législature, 2e session (début : 30 septembre 2025)\n"
            "Le mardi 21 avril 2026 - Vol. 48 N° 67\nÉtude détaillée du projet de loi n° 47" + _FR,
            "2026-04-21",
        ),
        (
            "en",
            "Hansard\n\n12th Parliament, 3rd Session (commencing 4 February 2025)\n"
            "Tuesday, 14 April 2026 - Vol. 9 No. 31\nConsideration of the Bill" + _EN,
            "2026-04-14",
        ),
        (
            "en",
            "Committee record\n\n61st Assembly (beginning 2 June 2024)\n\nThursday 5 March 2026 | "
            "Issue 12\n\nMinutes of the sitting" + _EN,
            "2026-03-05",
        ),
    ],
)
def test_a_session_start_and_a_masthead_issue(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a date opening a dated sentence with numbers after it, no issue marks: not a masthead
        (
            "en",
            "Hansard\n\nTuesday, 14 April 2026 the House sat 9 hours and 31 minutes\n\n"
            "Published 20 April 2026" + _EN,
            "2026-04-20",
        ),
        # a head's session line with its start and no other date: the start is no date of
        # the document, which then has none
        ("fr", "Journal des débats\n\n43e législature (début : 30 septembre 2025)" + _FR, None),
    ],
)
def test_no_masthead_no_session_date(lang: str, text: str, value: str | None) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a publication cue inside a sentence dates the document the sentence names (heldout36
        # at first sight), never over the page's own stamp
        (
            "en",
            "Sanctions: questions and answers\n\nPublished: 17 March 2026 | Last updated: 2 April "
            "2026\n\nThese questions are issued with Notice 61 and replace the FAQ published on 14 "
            "June 2022." + _EN,
            "2026-03-17",
        ),
        (
            "fr",
            "Questions fréquentes\n\nPublié le 9 février 2026\n\nCes réponses accompagnent la "
            "communication 12 et remplacent la note publiée le 3 mai 2021." + _FR,
            "2026-02-09",
        ),
        # a period closing a parenthesis its line opens is the year a report covers
        (
            "en",
            "ANNUAL REPORT 2025\n(Fiscal Year 2568: 1 October 2024 – 30 September 2025)\n\n"
            "Chapter 4\nPublished March 2026 · ISSN 1906-2257" + _EN,
            "2026-03",
        ),
        (
            "fr",
            "RAPPORT ANNUEL 2025\n(exercice : 1er juillet 2024 – 30 juin 2025)\n\nChapitre 2\n"
            "Publié en mars 2026" + _FR,
            "2026-03",
        ),
    ],
)
def test_a_page_stamp_over_a_sentence_or_a_period(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a short lead before the cue still makes a stamp: "(first published …", "Article
        # first published on …", a field after a bar
        (
            "en",
            "Counter-terrorism brief\n\nArticle first published on 4 May 2026\n\nThe brief reviews "
            "the attack of 3 February 2024." + _EN,
            "2026-05-04",
        ),
        (
            "fr",
            "Note d'analyse\n\nIRIS | publié le 12 mars 2026\n\nLa note revient sur l'attaque du 3 "
            "février 2024." + _FR,
            "2026-03-12",
        ),
        # a period in parentheses inside a sentence's line is no report's year: the line is a
        # sentence and the head's date stands
        (
            "en",
            "Review\n\nLondon, 2 June 2026\n\nThe review (1 October 2024 – 30 September 2025) "
            "covers the year." + _EN,
            "2026-06-02",
        ),
    ],
)
def test_a_stamp_with_a_short_lead(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value


_PAGE = (
    '<html><head><title>{t}</title></head><body><header><nav><a href="/">Home</a> <a href="/a">'
    'About</a></nav></header><main><h1>{t}</h1><p class="page-date">{stamp}</p><p>{para}</p>'
    "<h2>1. Scope</h2><p>{body}</p></main><footer><p>© Centre 2026</p></footer></body></html>"
)


@pytest.mark.parametrize(
    ("page", "value"),
    [
        (
            _PAGE.format(
                t="Targeted sanctions: frequently asked questions",
                stamp="Published: 17 March 2026 | Last updated: 2 April 2026",
                para="These questions and answers are issued together with Public Compliance "
                "Communication 61 (PCC 61) and replace the FAQ published on 14 June 2022. They "
                "are guidance under section 4(c) of the Act.",
                body="Accountable institutions screen clients against the list.",
            ),
            "2026-03-17",
        ),
        (
            _PAGE.format(
                t="Questions fréquentes sur le gel des avoirs",
                stamp="Publié le : 9 février 2026 | Mis à jour : 2 mars 2026",
                para="Ces questions et réponses accompagnent la communication 12 et remplacent la "
                "foire aux questions publiée le 3 mai 2021. Elles n'ont pas force de loi.",
                body="Les institutions filtrent leurs clients.",
            ),
            "2026-02-09",
        ),
    ],
)
def test_a_page_stamp_over_a_published_sentence(page: str, value: str) -> None:
    doc = parse_document(page.encode())
    assert doc.date is not None and doc.date.value == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a parliamentary paper's order to print dates it, over a footnote's source date
        (
            "en",
            "Annual Report 2025-2026\n\nPresented to Parliament pursuant to section 3 of the "
            "Act 2013\n\nOrdered by the House of Commons to be printed on 12 March 2026\n\nHC 1187"
            + _EN
            + "\n1 Figures provided by the Office, 4 March 2025.\n",
            "2026-03-12",
        ),
        (
            "en",
            "Report of the Committee\n\nOrdered by the Senate to be printed 3 June 2026\n\n"
            "Paper No. 41" + _EN,
            "2026-06-03",
        ),
        (
            "fr",
            "Rapport de la commission\n\nDéposé sur le bureau de la Chambre le 14 avril 2026\n\n"
            "Document 56 1482/001" + _FR,
            "2026-04-14",
        ),
        # a record table's stages of adoption: the stage the signature repeats is the final
        (
            "fr",
            "AVIS\n\nConsultation   Commission européenne, 14/04/2026\n\nBase juridique   "
            "Article 304\n\nAdoption en section   02/07/2026\nAdoption en session plénière   "
            "16/07/2026\n\nSession plénière n° 608" + _FR + "\nBruxelles, le 16 juillet 2026.\n",
            "2026-07-16",
        ),
        (
            "en",
            "OPINION\n\nReferral   European Commission, 14/04/2026\n\nAdoption in section   "
            "02/07/2026\nAdoption at plenary   16/07/2026\n\nPlenary session No 608"
            + _EN
            + "\nBrussels, 16 July 2026.\n",
            "2026-07-16",
        ),
    ],
)
def test_an_order_to_print_and_a_repeated_adoption(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a question's record: its filing and its answer's dates, the answer signed on its day;
        # no stage of adoption, so the first of the record stands
        (
            "fr",
            "Question parlementaire n° 3417\n\n| Date de dépôt | 12.02.2026 |\n| Date de réponse "
            "| 27.03.2026 |" + _FR + "\nLuxembourg, le 27 mars 2026.\n",
            "2026-02-12",
        ),
        (
            "en",
            "Written question No 3417\n\n| Submitted | 12.02.2026 |\n| Answered | 27.03.2026 |"
            + _EN
            + "\nLondon, 27 March 2026.\n",
            "2026-02-12",
        ),
        # a sentence that orders a printing of another text is no cue of its own
        (
            "en",
            "Report of the Committee\n\nLondon, 2 June 2026\n\nThe Committee notes that the 2019 "
            "report was ordered to be printed on 4 July 2019." + _EN,
            "2026-06-02",
        ),
    ],
)
def test_no_repeated_stage_no_order_to_print(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value


_CALL = (
    " invites consortia of local organisations to submit expressions of interest for grants "
    "supporting the return of persons formerly associated with violent groups.\n\n"
)
_APPEL = (
    " invite les organisations locales à soumettre une manifestation d'intérêt pour des "
    "subventions destinées à la réintégration des personnes anciennement associées.\n\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a page's stamp above its first paragraph, a schedule's rows under it (heldout37)
        (
            "en",
            "Call for Expressions of Interest\n\n- Published: 3 March 2026\n\nThe Fund"
            + _CALL
            + "4. Timeline\n\nShortlisting by the Country Mechanism May–June 2026\n\n"
            "Board approval November 2026" + _EN,
            "2026-03-03",
        ),
        (
            "fr",
            "Appel à manifestation d'intérêt\n\nPublié le 5 février 2026\n\nLe Fonds"
            + _APPEL
            + "Calendrier\n\nPrésélection des dossiers avril 2026\n\nDécision du conseil "
            "septembre 2026" + _FR,
            "2026-02-05",
        ),
        (
            "en",
            "Tender notice\n\nPublication date: 12 January 2026\n\nThe Authority"
            + _CALL
            + "| Site visit | 2 February 2026 |\n| Contract award | April 2026 |"
            + _EN,
            "2026-01-12",
        ),
    ],
)
def test_a_stamp_above_the_prose_over_a_schedules_rows(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a dateline or a signature under the prose keeps its rank over the page's stamp
        (
            "fr",
            "Arrêté préfectoral n° 214/2026\n\nPublié le 06/07/2026\n\nLe préfet maritime"
            + _APPEL
            + "Toulon, le 3 juillet 2026\nSigné : le préfet"
            + _FR,
            "2026-07-03",
        ),
        (
            "en",
            "Outcome document\n\nPosted on 27 November 2026\n\nThe Conclave"
            + _CALL
            + "Malé, 26 November 2026"
            + _EN,
            "2026-11-26",
        ),
        # no stamp above the prose: a short row is read as before
        (
            "en",
            "Annual plan\n\nThe Fund" + _CALL + "Board approval November 2026" + _EN,
            "2026-11",
        ),
    ],
)
def test_a_dateline_under_the_prose_or_no_stamp(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value


def _caption(left: str, right: str) -> str:
    return f" {left:<40}{right}\n"


_DECISION = (
    "                Supreme Court\n\n                   EN BANC\n\n"
    + _caption("ALPHA COOPERATIVE,", "{docket}")
    + _caption("          Petitioner,", "Present:")
    + _caption("   - versus -", "")
    + _caption("ANTI-TERRORISM COUNCIL,", "Promulgated:")
    + _caption("          Respondent.", "March 10, 2026")
    + "\n                  DECISION\n\n{body}\n\nDecision           2           {docket}\n\n"
    "The petition lacks merit.\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a court's docket of dotted capitals closing a caption's line, printed again by the
        # running header (heldout37 at first sight)
        (
            "en",
            _DECISION.format(
                docket="G.R. No. 271845",
                body="The Decision of the Court of Appeals in CA-G.R. SP No. 17734 is assailed.",
            ),
            "G.R. No. 271845",
        ),
        (
            "en",
            _DECISION.format(
                docket="A.M. No. 26-03-07",
                body="The Office cites its earlier ruling in A.C. No. 11842 on the matter.",
            ),
            "A.M. No. 26-03-07",
        ),
        (
            "fr",
            _DECISION.format(
                docket="R.G. n° 2026/118",
                body="La cour d'appel, par l'arrêt attaqué, a rejeté la demande.",
            ),
            "R.G. n° 2026/118",
        ),
        # a front matter's title opening with its series' code and serial before a dash
        (
            "en",
            '---\ntitle: "TGN 2026/03 – Preventing diversion of ammunition"\n---\n\n# Preventing '
            "diversion\n\nThe note supplements the guidelines." + _EN,
            "TGN 2026/03",
        ),
        (
            "fr",
            '---\ntitle: "NT 2025/07 – Note technique sur les explosifs"\n---\n\n# Note '
            "technique\n\nLa note complète les lignes directrices." + _FR,
            "NT 2025/07",
        ),
    ],
)
def test_a_docket_and_a_series_code(lang: str, text: str, expected: str) -> None:
    assert own_symbol(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a cited docket in running text, printed once, and a lower court's prefixed one
        (
            "en",
            "Judgment\n\nThe Court of Appeals decided CA-G.R. SP No. 17734\n\nThe Court cites "
            "G.R. No. 250001 once." + _EN,
        ),
        # a docket of dotted capitals closing a head line but printed only once
        ("fr", "Arrêt\n\nAffaire jugée sous R.G. n° 2026/118\n\nLa cour statue." + _FR),
        # a title opening with a year-like word and no slash serial
        ("en", '---\ntitle: "COVID 2020 – Lessons for security"\n---\n\n# Lessons' + _EN),
    ],
)
def test_no_docket_or_series_code(lang: str, text: str) -> None:
    assert own_symbol(text, lang) is None


_REPORT = (
    '<html><head><title>{t}</title></head><body><header><nav><a href="/">Home</a> <a href="/a">'
    'About</a></nav></header><main><nav class="crumbs"><a href="/s">Safety</a> / <a href="/r">'
    'Reports</a> / H2 2025</nav><p class="kicker">{kicker}</p><h1>{t}</h1><p class="byline">'
    "{byline}</p><p>{para}</p><h2>1. Scope</h2><p>{body}</p></main><footer><p>© Company 2026"
    "</p></footer></body></html>"
)
_EN_REPORT = {
    "t": "Violent Extremism and Terrorist Content",
    "kicker": "Transparency Report · July–December 2025",
    "para": "This report explains how we apply our Community Standards to violent extremist "
    "content and how much of it we removed.",
    "body": "Every uploaded asset is reviewed by automated systems before it is published.",
}
_FR_REPORT = {
    "t": "Contenus terroristes et extrémistes violents",
    "kicker": "Rapport de transparence · juillet–décembre 2025",
    "para": "Ce rapport explique comment nous appliquons nos règles aux contenus extrémistes "
    "violents et combien nous en avons retirés.",
    "body": "Chaque contenu est examiné par des systèmes automatiques avant sa publication.",
}


@pytest.mark.parametrize(
    ("fields", "value"),
    [
        # the period a report covers, on a row of the page's own text, against the day of the
        # byline in the page's chrome (heldout37 at first sight): the byline's day
        (
            {
                **_EN_REPORT,
                "byline": "Trust &amp; Safety team · February 24, 2026 · Updated March 2, 2026",
            },
            "2026-02-24",
        ),
        (
            {
                **_FR_REPORT,
                "byline": "Équipe Confiance et sécurité · 24 février 2026 · Mis à "
                "jour le 2 mars 2026",
            },
            "2026-02-24",
        ),
        # the chrome holds no day of the page, only its update stamp: the period stands
        (
            {**_EN_REPORT, "byline": "Trust &amp; Safety team · Updated March 2, 2026"},
            "2025-07/2025-12",
        ),
    ],
)
def test_a_bylines_day_over_a_covered_period(fields: dict[str, str], value: str) -> None:
    doc = parse_document(_REPORT.format(**fields).encode())
    assert doc.date is not None and doc.date.value == value
