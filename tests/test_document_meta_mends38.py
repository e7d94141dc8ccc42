"""The document's own date and symbol on ordinary texts of the shapes the docmeta38 rules
read (guidelines §6), written in other publishers' words, each with the rule's own row:

- a running footer's first field before a dash is the document's number only when a code's
  join holds it ("SOC/845 – …"), never a body's capitals and a year or a count ("OSCE 2026 –
  Annual Security Review", "MARS 2026 – RAPPORT ANNUEL");
- a front matter's title opening with capitals and two years running ("FY 2025/26 – …") names
  a fiscal year, not a series' serial ("TGN 2026/03 – …");
- a court's docket closing a line after a sentence's comma ("Case note on People v. Santos,
  G.R. No. 271845") is the decision a note discusses, not the note's number;
- a dateline's place and days in brackets under a title ("(Brussels, 23–24 March 2026)") date
  the text, where a fiscal year's period in brackets does not;
- an adoption cue inside a link's anchor ("<a href=…>Adopted by the Council on …</a>") names
  the page the link leads to;
- a meeting's few days on a row of the page ("Ministerial meeting · 3-4 April 2026") date what
  it adopted over the day the chrome prints, where a period of months yields to it.

Each row is a short text written by hand, French and English side by side; the expected
values are worked out by hand from the guidelines.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_document
from ctdocs.extract._docsymbol import own_symbol
from tests._docmeta import own_value

_EN = "\n\n1. Operators report every drone seen over a site.\n\n2. Reports use the annexed form.\n"
_FR = "\n\n1. Les exploitants signalent tout drone.\n\n2. Les registres sont contrôlés.\n"


def _paged(head: str, foot: str, body: str) -> str:
    return head + "".join(f"{body}\n\n{foot.format(n=n)}\n" for n in (1, 2, 3, 4))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an event's or a month's capitals and its year, a standard's number, a volume
        (
            "en",
            _paged(
                "ANNUAL SECURITY REVIEW\n\nVienna, 3 March 2026\n",
                "OSCE 2026 – Annual Security Review Conference   {n}/4",
                _EN,
            ),
            None,
        ),
        (
            "fr",
            _paged("RAPPORT\n\nParis, le 3 mars 2026\n", "MARS 2026 – RAPPORT ANNUEL   {n}/4", _FR),
            None,
        ),
        (
            "en",
            _paged("GUIDE\n\nLondon, 3 March 2026\n", "ISO 31000 – Risk management   {n}", _EN),
            None,
        ),
        (
            "fr",
            _paged(
                "RAPPORT\n\nParis, le 3 mars 2026\n",
                "RAPPORT ANNUEL 2025 – Ministère de l'Intérieur   {n}",
                _FR,
            ),
            None,
        ),
        # a month and its year, a fiscal year, a version
        (
            "en",
            _paged("REPORT\n\nLondon, 3 March 2026\n", "03/2026 | Annual report   {n}", _EN),
            None,
        ),
        (
            "fr",
            _paged("RAPPORT\n\nParis, le 3 mars 2026\n", "PLF 2026/27 – Rapport   {n}", _FR),
            None,
        ),
        (
            "en",
            _paged("REPORT\n\nLondon, 3 March 2026\n", "VERSION 1.2 – Annual report   {n}", _EN),
            None,
        ),
        # the rule's own rows: a number with a code's join, then the page count
        (
            "en",
            _paged(
                "OPINION\n\nBrussels, 3 March 2026\n", "TEN/812 – Opinion on ports   {n}/4", _EN
            ),
            "TEN/812",
        ),
        (
            "fr",
            _paged("AVIS\n\nBruxelles, le 3 mars 2026\n", "SOC/845 – Avis du Comité   {n}/4", _FR),
            "SOC/845",
        ),
    ],
)
def test_a_running_footers_first_field_is_a_code(
    lang: str, text: str, expected: str | None
) -> None:
    assert own_symbol(text, lang) == expected


def _titled(title: str, lang: str) -> str:
    body = "The note supplements the guidelines." if lang == "en" else "La note complète."
    return f'---\ntitle: "{title}"\n---\n\n# Note\n\n{body}' + (_EN if lang == "en" else _FR)


@pytest.mark.parametrize(
    ("lang", "title", "expected"),
    [
        # two years running: a fiscal year or a school year
        ("en", "FY 2025/26 – Counter-terrorism annual report", None),
        ("fr", "PLF 2026/27 – Mission sécurités", None),
        ("en", "COVID 2020/21 – Lessons for security", None),
        # a series' serial after its year (the rule's own rows)
        ("en", "TGN 2026/03 – Preventing diversion of ammunition", "TGN 2026/03"),
        ("fr", "NT 2025/07 – Note technique sur les explosifs", "NT 2025/07"),
        ("fr", "NT 2026/27 – Note technique sur les explosifs", None),
    ],
)
def test_a_title_opening_with_a_fiscal_year(lang: str, title: str, expected: str | None) -> None:
    assert own_symbol(_titled(title, lang), lang) == expected


def _caption(left: str, right: str) -> str:
    return f" {left:<40}{right}\n"


@pytest.mark.parametrize(
    ("lang", "text", "docket", "own"),
    [
        # a note heading the decision it discusses, cited again in its body: not its number
        # (in French the older shapes of a number's mark still read "n° …", as before)
        (
            "en",
            "ANALYSIS\n\nCase note on People v. Santos, G.R. No. 271845\n\nLondon, 3 March 2026"
            "\n\nIn G.R. No. 271845 the Court held that the law applies." + _EN,
            "G.R. No. 271845",
            False,
        ),
        (
            "fr",
            "NOTE D'ANALYSE\n\nCommentaire de l'arrêt Martin c. État, R.G. n° 2026/118\n\nParis, "
            "le 3 mars 2026\n\nDans l'affaire R.G. n° 2026/118 la cour rappelle le principe." + _FR,
            "R.G. n° 2026/118",
            False,
        ),
        # the caption's right column and the running header (the rule's own rows), its blanks
        # collapsed as the normalised text prints it: the party's capitals and comma before it
        (
            "en",
            "Supreme Court\n\nALPHA COOPERATIVE, G.R. No. 271845\n  Petitioner,\n\nDECISION\n\n"
            "The petition lacks merit.\n\nDecision 2 G.R. No. 271845\n",
            "G.R. No. 271845",
            True,
        ),
        (
            "fr",
            "Cour d'appel\n\nSOCIÉTÉ ALPHA, R.G. n° 2026/118\n  Appelante,\n\nARRÊT\n\n"
            "La cour statue.\n\nArrêt 2 R.G. n° 2026/118\n",
            "R.G. n° 2026/118",
            True,
        ),
        (
            "en",
            "Supreme Court\n\n"
            + _caption("ALPHA COOPERATIVE,", "G.R. No. 271845")
            + _caption("  Petitioner,", "Promulgated:")
            + "\nDECISION\n\nThe petition lacks merit.\n\nDecision      2      G.R. No. 271845\n",
            "G.R. No. 271845",
            True,
        ),
        (
            "fr",
            "Cour d'appel\n\n"
            + _caption("SOCIÉTÉ ALPHA,", "R.G. n° 2026/118")
            + _caption("  Appelante,", "Arrêt du 3 mars 2026")
            + "\nARRÊT\n\nLa cour statue.\n\nArrêt      2      R.G. n° 2026/118\n",
            "R.G. n° 2026/118",
            True,
        ),
    ],
)
def test_a_docket_after_a_sentences_comma(lang: str, text: str, docket: str, own: bool) -> None:
    assert (own_symbol(text, lang) == docket) is own


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a dateline in brackets under the title: its place, a comma, the meeting's days
        (
            "en",
            "Conclusions of the Council\n\n(Brussels, 23–24 March 2026)\n\nThe Council adopted "
            "the following conclusions." + _EN,
            "2026-03-23/2026-03-24",
        ),
        (
            "fr",
            "Compte rendu de la réunion\n\n(Paris, 12-14 mai 2026)\n\nLa réunion a examiné le "
            "plan." + _FR,
            "2026-05-12/2026-05-14",
        ),
        # a fiscal year's period in brackets opening the line dates no text (the rule's rows)
        (
            "en",
            "Annual report\n\n(Fiscal Year 2025: 1 October 2024 – 30 September 2025)\n\n"
            "The Agency reports." + _EN,
            None,
        ),
        (
            "fr",
            "Rapport annuel\n\n(Exercice 2025 : 1er janvier 2025 – 31 décembre 2025)\n\n"
            "L'Agence rend compte." + _FR,
            None,
        ),
    ],
)
def test_a_bracketed_dateline_or_fiscal_year(lang: str, text: str, value: str | None) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a link's anchor names the page it leads to: the dateline dates the text
        (
            "en",
            '# Guidance\n\nLondon, 3 March 2026\n\n<a href="/x">Adopted by the Council on 12 '
            "January 2025</a>: the earlier framework." + _EN,
            "2026-03-03",
        ),
        (
            "fr",
            '# Guide\n\nParis, le 3 mars 2026\n\n<a href="/x">Adoptée le 12 janvier 2025 par '
            "le Conseil</a> : la résolution précédente." + _FR,
            "2026-03-03",
        ),
        # a paragraph's tag before the cue opens its line (the rule's own rows)
        (
            "en",
            "# Guidance\n\n<p>Adopted by the Board on 12 January 2026</p>\n\nThe guidance "
            "applies." + _EN,
            "2026-01-12",
        ),
        (
            "fr",
            "# Guide\n\n<p>Validée par le Comité le 9 octobre 2025</p>\n\nLe guide s'applique."
            + _FR,
            "2025-10-09",
        ),
    ],
)
def test_an_adoption_cue_inside_a_link(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value


_PAGE = (
    '<html><head><title>{t}</title></head><body><header><nav><a href="/">Home</a> <a href="/n">'
    'News</a></nav><p class="meta">{chrome}</p></header><main><h1>{t}</h1><p>{row}</p><p>{para}'
    "</p><p>{body}</p></main><footer><p>© Ministry 2026</p></footer></body></html>"
)
_EN_PAGE = {
    "t": "Final declaration",
    "chrome": "Press office · April 10, 2026",
    "para": "The ministers met to review the terrorist threat and adopted the following "
    "declaration unanimously.",
    "body": "The declaration is annexed.",
}
_FR_PAGE = {
    "t": "Déclaration finale",
    "chrome": "Service de presse · 10 avril 2026",
    "para": "Les ministres se sont réunis pour examiner la menace terroriste et ont adopté la "
    "déclaration suivante.",
    "body": "La déclaration est annexée.",
}


@pytest.mark.parametrize(
    ("fields", "value"),
    [
        # a meeting's days on a row of the page date what it adopted
        ({**_EN_PAGE, "row": "Ministerial meeting · 3-4 April 2026"}, "2026-04-03/2026-04-04"),
        ({**_FR_PAGE, "row": "Réunion ministérielle · 3-4 avril 2026"}, "2026-04-03/2026-04-04"),
        # a period of months is the one the text covers: the chrome's day (the rule's rows)
        ({**_EN_PAGE, "row": "Activity report · January–March 2026"}, "2026-04-10"),
        ({**_FR_PAGE, "row": "Rapport d'activité · janvier–mars 2026"}, "2026-04-10"),
    ],
)
def test_a_meetings_days_over_the_chromes_day(fields: dict[str, str], value: str) -> None:
    doc = parse_document(_PAGE.format(**fields).encode())
    assert doc.date is not None and doc.date.value == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a bracket naming a start, closed before the dateline's date: the date is the text's
        (
            "en",
            "Statement\n\nRemarks (beginning of the session), 3 March 2026\n\nThe Minister "
            "spoke." + _EN,
            "2026-03-03",
        ),
        (
            "fr",
            "Déclaration\n\nIntervention (début de séance), le 3 mars 2026\n\nLe ministre a "
            "parlé." + _FR,
            "2026-03-03",
        ),
        # the start's date inside its open bracket dates the session, never the text (the
        # rule's own rows)
        ("en", "Hansard\n\n12th Parliament (commencing 4 February 2025)" + _EN, None),
        ("fr", "Journal des débats\n\n43e législature (début : 30 septembre 2025)" + _FR, None),
    ],
)
def test_a_start_in_a_closed_bracket(lang: str, text: str, value: str | None) -> None:
    assert own_value(text, lang) == value
