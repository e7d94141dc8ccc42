"""The identifier an HTML page declares in its head's <meta> (ctdocs.readers._declared) and
its reading as the document's number when the text prints none
(ctdocs.extract._docshape.declared_symbol; guidelines, section 6).

The class: a page whose body never prints its number, which its head records under Dublin
Core's identifier or a publisher's product id. The shapes below are other publishers' than
the batches' pages (other names, attribute orders, quotes, number shapes); the negative rows
are the same <meta> elements holding what is no number (a URL, an ISBN, a DOI, a slug, a
date), or a page whose text prints its own number, which wins.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.extract._docshape import declared_symbol
from ctdocs.readers._declared import declared_identifiers, page_title

BODY = {
    "en": (
        "<h1>Protecting stadiums against drone attacks</h1>"
        "<p>Published 3 March 2026</p>"
        "<p>Venue operators should assess the risk that drones pose to crowds and agree a "
        "response plan with the local police before each event.</p>"
        "<p>The plan names who may call for the airspace to be closed.</p>"
    ),
    "fr": (
        "<h1>Protéger les stades contre les attaques de drones</h1>"
        "<p>Publié le 3 mars 2026</p>"
        "<p>Les exploitants évaluent le risque que les drones font peser sur le public et "
        "conviennent d'un plan de réponse avec la police avant chaque événement.</p>"
        "<p>Le plan désigne qui peut demander la fermeture de l'espace aérien.</p>"
    ),
}


def _page(lang: str, meta: str, body: str | None = None) -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>Stades</title>{meta}</head><body><main>{body or BODY[lang]}</main></body></html>"
    )


# (language, the head's <meta>, the symbol)
DECLARED = [
    ("en", '<meta name="DC.identifier" content="HSG-GN-2026/014">', "HSG-GN-2026/014"),
    ("fr", '<meta name="DC.identifier" content="SGDSN/PSE/2026-07">', "SGDSN/PSE/2026-07"),
    ("en", "<meta content='NCSC-TG-0412' property='dc:identifier'>", "NCSC-TG-0412"),
    ("fr", '<meta content="DGSI-FT-2026-03" name="dcterms.identifier">', "DGSI-FT-2026-03"),
    ("en", '<meta name="acme:document-number" content="CT/REC/2026/5">', "CT/REC/2026/5"),
    ("fr", '<meta name="ministere:product-id" content="PN-2026-118">', "PN-2026-118"),
    (
        "en",
        '<meta name="citation_technical_report_number" content="RR-2026/114">',
        "RR-2026/114",
    ),
    # the page's URL or ISBN declared first under the same name, its number after
    (
        "en",
        '<meta name="DC.identifier" content="https://www.example.gov/guidance/stadiums">'
        '<meta name="DC.identifier" content="HSG-GN-2026/014">',
        "HSG-GN-2026/014",
    ),
    (
        "fr",
        '<meta name="dc.identifier" content="978-2-11-152318-4">'
        '<meta name="dcterms.identifier" content="SGDSN/PSE/2026-07">',
        "SGDSN/PSE/2026-07",
    ),
]


@pytest.mark.parametrize(("lang", "meta", "symbol"), DECLARED)
def test_a_declared_identifier_is_the_number_of_a_page_printing_none(
    lang: str, meta: str, symbol: str
) -> None:
    assert parse_text(_page(lang, meta), layout="html").symbol == symbol


# what a page declares under the same names and is no document's number
NOT_NUMBERS = [
    (
        "en",
        '<meta name="DCTERMS.identifier" content="https://www.example.gov/news/2026/03/dtn-65">',
    ),
    ("fr", '<meta name="dc.identifier" content="https://www.exemple.gouv.fr/actu/2026/118">'),
    ("en", '<meta name="dc.identifier" content="ISBN 978-1-83691-543-2">'),
    ("fr", '<meta name="dc.identifier" content="978-2-11-152318-4">'),
    ("en", '<meta name="DC.identifier" content="doi:10.2824/551207">'),
    ("fr", '<meta name="dc.identifier" content="actu-dgac-2026-118">'),
    ("en", '<meta name="dcterms.identifier" content="2026-03-03">'),
    ("fr", '<meta name="dc.identifier.url" content="PN-2026-118">'),
    ("en", '<meta name="description" content="Guidance note HSG-GN-2026/014 on stadiums">'),
    ("fr", '<meta name="citation_title" content="Note RR-2026/114 sur les stades">'),
    # a refinement of the name that records another document's identifier
    ("en", '<meta name="DC.relation.identifier" content="CTED-SER-2026-01">'),
    ("fr", '<meta name="dc.source.identifier" content="SGDSN-PSE-2026-07">'),
    # a key of the site's database: one or two groups, a hash
    ("en", '<meta name="dc.identifier" content="ID-204518">'),
    ("fr", '<meta name="dcterms.identifier" content="A3F9C2E1B7D40912">'),
    ("fr", '<meta name="dc.identifier" content="NODE-4521">'),
    # several declared, none a number
    (
        "en",
        '<meta name="DC.identifier" content="https://www.example.gov/guidance/stadiums">'
        '<meta name="DC.identifier" content="ID-204518">',
    ),
]


@pytest.mark.parametrize(("lang", "meta"), NOT_NUMBERS)
def test_what_is_no_number_declared_in_the_head_gives_no_symbol(lang: str, meta: str) -> None:
    assert parse_text(_page(lang, meta), layout="html").symbol is None


# a page whose text prints its own number: the text's, not the head's record
PRINTED = [
    ("en", "Reference: HSG-GN-2026/015", "HSG-GN-2026/015"),
    ("fr", "Référence : SGDSN/PSE/2026-08", "SGDSN/PSE/2026-08"),
]


@pytest.mark.parametrize(("lang", "field", "symbol"), PRINTED)
def test_the_number_the_text_prints_wins_over_the_declared_one(
    lang: str, field: str, symbol: str
) -> None:
    meta = '<meta name="DC.identifier" content="OTHER-2026-001">'
    body = BODY[lang].replace("</h1>", f"</h1><p>{field}</p>", 1)
    assert parse_text(_page(lang, meta, body), layout="html").symbol == symbol


def test_a_meta_in_the_body_is_not_the_heads_record() -> None:
    page = (
        '<html><head><title>x</title></head><body><meta name="DC.identifier" content="AB-2026-1">'
    )
    assert declared_identifiers(page) == ()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("ED-2026/WS/4", "ED-2026/WS/4"),
        ("PR-2026-0412", "PR-2026-0412"),
        ("PR-20260412", None),
        ("G20", None),
        ("2026", None),
        (None, None),
        ("", None),
    ],
)
def test_declared_symbol_reads_only_a_numbers_shape(
    value: str | None, expected: str | None
) -> None:
    assert declared_symbol(value) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "<html><head><title>Note d'analyse 12 &amp; drones</title></head><body>",
            "Note d'analyse 12 & drones",
        ),
        (
            "<html><head><TITLE>\n  Threat Bulletin 12 |\n Agency </TITLE></head>",
            "Threat Bulletin 12 | Agency",
        ),
        ("<html><head><title></title></head><body><p>x</p>", None),
        ("<html><body><svg><title>Map 3</title></svg><p>x</p></body>", None),  # not the head's
    ],
)
def test_page_title(source: str, expected: str | None) -> None:
    assert page_title(source) == expected
