"""Print furniture of PDF copies and a page's record lines: page-bottom notes with a
bracketed label, printers' colophons and codes, citation and version lines."""

from __future__ import annotations

import pytest

from ctdocs.layout._boilerplate import lexicon
from ctdocs.layout._chromelines import mark_split_lines
from ctdocs.layout._segment import _protected, segment
from ctdocs.layout._unit import Unit
from ctdocs.normalise._text import normalise


def units(text: str) -> dict[str, Unit]:
    return {u.text: u for u in segment(normalise(text, markdown=False))}


_PAGE = {
    "en": (
        "   (4) Nothing in this regulation affects the powers conferred by the Security\n"
        "Act 2024(a) or by the Harbours Order 2019(b) on a port authority.\n"
        "   (5) A notice under paragraph (3) must be given in writing.\n\n\n"
        "(a)   2024 c. 7.\n"
        "(b)   S.I. 2019/402, amended by S.I. 2021/88.\n\n"
        "                                                                     3\n"
        "   (6) The operator must keep a record of each notice.\n"
    ),
    "fr": (
        "   (4) Le présent article ne porte pas atteinte aux pouvoirs conférés par la loi\n"
        "du 3 mai 2024(a) et par le décret portuaire de 2019(b) à l'autorité du port.\n"
        "   (5) La notification prévue au paragraphe (3) est faite par écrit.\n\n\n"
        "(a)   Journal officiel, 4 mai 2024, p. 12.\n"
        "(b)   Décret n° 2019-402, modifié par le décret n° 2021-88.\n\n"
        "                                                                     3\n"
        "   (6) L'exploitant tient un registre des notifications.\n"
    ),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_called_notes_above_a_page_number_are_page_furniture(lang: str) -> None:
    got = units(_PAGE[lang])
    notes = [t for t in got if t.startswith(("(a)", "(b)"))]
    assert len(notes) == 2
    assert all(got[t].noise == "page-footer" for t in notes)
    assert got["3"].noise == "page-number"
    # the text above and below the page break stays
    assert all(got[t].noise is None for t in got if t.startswith(("(4)", "(5)", "(6)")))


_LIST = {
    "en": (
        "   4. The authority shall:\n"
        "(a)   inform the operator of each incursion recorded under paragraph 2;\n"
        "(b)   publish an annual report on the use of the powers in section 3.\n\n"
        "                                                                     2\n"
    ),
    "fr": (
        "   4. L'autorité :\n"
        "(a)   informe l'exploitant de chaque incursion relevée en application du 2 ;\n"
        "(b)   publie un rapport annuel sur l'usage des pouvoirs prévus au 3.\n\n"
        "                                                                     2\n"
    ),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_indented_list_at_a_pages_foot_stays(lang: str) -> None:
    """The labels are set off by a gap, but nothing on the page calls them."""
    got = units(_LIST[lang])
    assert all(got[t].noise is None for t in got if t.startswith(("(a)", "(b)")))


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("UK2024031105 03/2024 18214", "page-footer"),  # a printer's print code
        ("4 GE.24-11872", "page-footer"),  # page number and a UN Geneva job number
        ("GE.24-11872 (F)", "page-footer"),
        ("£4.90", "page-footer"),
        ("Prix : 3,80 €", "page-footer"),
        ("Printed in the UK by the Government Printer", "web-chrome"),
        ("Imprimé par l'Imprimerie nationale, Paris", "web-chrome"),
        ("Cite as: Lindqvist, T. (2025). Ports and drones. Harbour Institute.", "web-chrome"),
        ("Pour citer ce document : Morvan, J. (2025). Les ports et les drones.", "web-chrome"),
        ("Today is Monday, March 03, 2025", "web-chrome"),
        ("Nous sommes le lundi 3 mars 2025", "web-chrome"),
    ],
)
def test_print_codes_colophons_and_record_lines(line: str, reason: str) -> None:
    text = f"{line}\n\n1. The first paragraph of the text, which is long enough to be prose.\n"
    assert units(text)[line].noise == reason


@pytest.mark.parametrize(
    "line",
    [
        "2025 No. 1184",  # a statutory instrument's number: words among the figures
        "A/HRC/RES/58/14",
        "The price of £4.90 per tonne applies from 1 May.",
        "Printed copies of the report are kept by the clerk of the committee.",
        "Imprimés par la commission, les rapports sont remis aux membres du comité.",
    ],
)
def test_figures_and_sentences_stay(line: str) -> None:
    text = f"{line}\n\n1. The first paragraph of the text, which is long enough to be prose.\n"
    assert units(text)[line].noise in (None, "page-header")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Status: This is the original version (as it was originally made).", "metadata"),
        ("Statut : ceci est la version initiale du texte.", "metadata"),
        ("N° 6120 — JEUDI 3 AVRIL 2025", "web-chrome"),  # a gazette's issue line
        ("No. 418 – Friday, May 2, 2025", "web-chrome"),
    ],
)
def test_version_flags_and_issue_lines(line: str, reason: str) -> None:
    text = f"{line}\n\n1. The first paragraph of the text, which is long enough to be prose.\n"
    assert units(text)[line].noise == reason


_CONTENTS = {
    "fr": (
        "SOMMAIRE\n\n"
        "LOIS\n2024\n"
        "12 juin   Loi n° 2024-15 relative à la sûreté portuaire ........... 512\n"
        "ARRÊTÉS\n2024\n"
        "14 juin   Arrêté n° 4410 fixant la liste des ports ................ 518\n\n"
        "Loi n° 2024-15 du 12 juin 2024 relative à la sûreté portuaire\n\n"
        "Article premier. - La présente loi s'applique aux ports de commerce du pays.\n"
    ),
    "en": (
        "CONTENTS\n\n"
        "ACTS\n2024\n"
        "12 June   Act No. 15 on port security .............................. 512\n"
        "NOTICES\n2024\n"
        "14 June   Notice No. 4410 listing the ports ........................ 518\n\n"
        "Act No. 15 of 12 June 2024 on port security\n\n"
        "Section 1. This Act applies to the commercial ports of the country.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_rubrics_between_contents_entries_are_contents(lang: str) -> None:
    got = units(_CONTENTS[lang])
    rubric = "ARRÊTÉS" if lang == "fr" else "NOTICES"
    assert got[rubric].noise == "toc"
    assert got["2024"].noise == "toc"  # the first "2024" (the unit kept is the last)
    title = next(t for t in got if t.startswith(("Loi n° 2024-15 du", "Act No. 15 of")))
    assert got[title].noise is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Version PDF · Imprimer · Partager · Vidéo de la séance (2 h 05)", "web-chrome"),
        ("PDF version · Print · Share · Video of the hearing (2 h 05)", "web-chrome"),
        ("Rapport | Doc. 15120 | 12 mars 2024", None),  # a header's symbol and date
        ("Report | Doc. 15120 | 12 March 2024", None),
    ],
)
def test_tool_rows_with_figures(line: str, reason: str | None) -> None:
    """The rule alone, every line open before it (the scorer may class a row too)."""
    got = segment(normalise(f"{line}\n\nSome text of the page.\n", markdown=False))
    for u in got:
        u.noise = None
    lex = lexicon()
    assert lex is not None
    mark_split_lines(got, _protected, lex.stamp, lex.ui)
    assert {u.text: u.noise for u in got}[line] == reason


@pytest.mark.parametrize(
    "line",
    [
        "Ministers at the harbour, Brest, 4 May 2025. © French Presidency / J. Morvan",
        "Les ministres sur le port, Brest, 4 mai 2025. © Présidence française / J. Morvan",
        "The Deputy Secretary General (left) and the Minister at the port of Piraeus",
        "La secrétaire générale adjointe (à droite) et le ministre au port du Pirée",
        # a credit in brackets closing the sentence
        "Ministers should hold their port security talks twice a year (© French Presidency )",
        "Les ministres devraient tenir deux réunions par an sur les ports (©Présidence française)",
        # a picture the copy could not keep, named in square brackets
        "[Regional Ports Council logo]",
        "[Logo du Conseil régional des ports]",
    ],
)
def test_credited_and_placed_captions(line: str) -> None:
    assert units(PORT_PAGE.format(line=line))[line].noise == "caption"


PORT_PAGE = (
    "Ministers agree on port security\n\n"
    "{line}\n\n"
    "The ministers met today to agree on the measures they will take together in the ports.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "[Signatures]",
        "[Adoptée sans vote.]",
        "[Repealed, SOR/2020-115, s. 3]",
        "[Abrogé, DORS/2020-115, art. 3]",
        "[Image processing rules for port cameras]",
        "[Règles de traitement des images des caméras]",
    ],
)
def test_bracketed_lines_naming_no_picture_are_no_caption(line: str) -> None:
    assert units(PORT_PAGE.format(line=line))[line].noise != "caption"


@pytest.mark.parametrize(
    "line",
    [
        "The agreement was signed in 2024. The ministers welcomed it warmly.",
        "L'accord a été signé en 2024. Les ministres l'ont salué.",
    ],
)
def test_sentences_without_a_credit_stay(line: str) -> None:
    text = (
        "Ministers agree on port security\n\n"
        f"{line}\n\n"
        "The ministers met today to agree on the measures they will take together in the ports.\n"
    )
    assert units(text)[line].noise is None


_SITE = {
    "en": ("The Harbour Law Project", "The Harbour Law Project - Delta Legal Foundation"),
    "fr": ("Le Projet Droit des ports", "Le Projet Droit des ports - Fondation Delta"),
}


def _site_page(top: str, foot: str) -> str:
    body = "\n\n".join(
        f"Section {n}. The operator of a port shall keep a register of every vessel "
        "that enters the port and of the cargo it carries."
        for n in range(1, 6)
    )
    return (
        f"{top}\n\nHome | Statutes | Treaties | Search\n\n"
        "Port Security Act\n\n"
        f"{body}\n\n{foot}\n\nCopyright © 2025 | Privacy Policy | Back to Top\n"
    )


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_sites_name_in_banner_and_footer_is_chrome(lang: str) -> None:
    top, foot = _SITE[lang]
    got = units(_site_page(top, foot))
    assert got[top].noise == "web-chrome"
    assert got[foot].noise == "web-chrome"
    assert got["Port Security Act"].noise is None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_banner_line_not_printed_again_stays(lang: str) -> None:
    top, _foot = _SITE[lang]
    got = units(_site_page(top, "Approved by the Assembly"))
    assert got["Approved by the Assembly"].noise is None


@pytest.mark.parametrize(
    "line",
    [
        "PARAISSANT LE JEUDI DE CHAQUE SEMAINE",
        "PUBLISHED EVERY FRIDAY BY AUTHORITY",
        "ABONNEMENTS ET ANNONCES",
        "SUBSCRIPTIONS AND NOTICES",
    ],
)
def test_a_gazettes_masthead_lines(line: str) -> None:
    text = f"{line}\n\n1. The first paragraph of the text, which is long enough to be prose.\n"
    assert units(text)[line].noise == "web-chrome"


@pytest.mark.parametrize(
    "line",
    [
        "Les abonnements et les annonces sont reçus par la direction de l'imprimerie.",
        "Subscriptions and donations to listed entities are prohibited under section 4.",
    ],
)
def test_sentences_on_subscriptions_stay(line: str) -> None:
    text = f"Port Security Act\n\n{line}\n\nSection 1. The operator shall keep a register.\n"
    assert units(text)[line].noise is None
