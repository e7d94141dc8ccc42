"""Noise of plain-text and PDF copies (session 9): running lines by their page edges,
contents lists, page stamps and amendment notes, each a class written for any publisher.

The pages are hand-written in other publishers' styles than the held-out batches, French
and English side by side; each test also checks a neighbouring line that must stay.
"""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.layout._unit import Unit
from ctdocs.normalise._text import normalise

GAP = " " * 30


def units(text: str) -> list[Unit]:
    return segment(normalise(text, markdown=False))


def reason(text: str, line: str) -> str | None:
    """The noise reason of the unit whose text is ``line`` (spaces folded)."""
    want = " ".join(line.split())
    got = [u for u in units(text) if u.text == want]
    assert got, f"no unit {want!r}"
    return got[0].noise


PARA = {
    "fr": [
        "Le service observe depuis deux ans une hausse des procédures ouvertes contre des "
        "mineurs radicalisés en ligne, souvent en quelques semaines seulement.",
        "Les autorités cantonales ont prononcé plusieurs mesures d'interdiction de contact "
        "et deux assignations à une zone au cours de l'année écoulée.",
        "La coopération avec les partenaires étrangers reste étroite, notamment pour "
        "l'échange d'informations sur les voyageurs à risque.",
    ],
    "en": [
        "The service has observed over two years a rise in proceedings opened against "
        "minors radicalised online, often within a few weeks only.",
        "The regional authorities imposed several contact bans and two area restrictions "
        "in the course of the past year, under the new police measures act.",
        "Cooperation with foreign partners remains close, in particular for the exchange "
        "of information on travellers at risk.",
    ],
}
HEADINGS = {
    "fr": ["3  MENACE TERRORISTE", "3.1  Situation générale", "3.2  Financement"],
    "en": ["3  TERRORIST THREAT", "3.1  Overall picture", "3.2  Financing"],
}
RUNNING = {
    "fr": ["RAPPORT ANNUEL SUR LA MENACE 2031 | OFS", "Bulletin des lois du Royaume"],
    "en": ["ANNUAL THREAT ASSESSMENT 2031 | NSO", "Gazette of the Republic of Vanuatu"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_running_head_above_a_numbered_heading_in_columns(lang: str) -> None:
    """A PDF's running head ("TITLE | SERVICE      41") stands above a numbered heading
    set in columns ("3   MENACE"): the heading is no table's row, the head is furniture,
    on each page, the first one included."""
    run = RUNNING[lang][0]
    h = HEADINGS[lang]
    p = PARA[lang]
    text = "\n\n".join(
        [f"{run}{GAP}41", h[0], p[0], h[1], p[1], f"{run}{GAP}42", h[2], p[2], f"{run}{GAP}43"]
    )
    for page in (41, 42, 43):
        assert reason(text, f"{run}{GAP}{page}") is not None
    assert reason(text, p[1]) is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_journal_running_line_numbered_by_page_and_issue(lang: str) -> None:
    """A journal's running line with the page ("Page 88") at one edge and the issue
    ("N° 7") at the other, printed at the top of each page, is furniture; a line of the
    text naming the same journal stays."""
    name = RUNNING[lang][1]
    p = PARA[lang]
    first = f"Page 88{GAP}{name} — 3 mai 2031{GAP}N° 7"
    second = f"N° 7{GAP}{name} — 3 mai 2031{GAP}Page 89"
    text = "\n\n".join([first, p[0], p[1], second, p[2]])
    assert reason(text, first) is not None
    assert reason(text, second) is not None
    assert reason(text, p[2]) is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_rule_over_a_running_foot_is_not_joined_to_it(lang: str) -> None:
    """A drawn rule fills a hard-wrapped text's width but is never joined to the running
    foot printed under it: the foot stays a line of its own, furniture."""
    name = RUNNING[lang][1]
    p = PARA[lang]
    width = "_" * 80
    foot = f"12{GAP}{name}{GAP}15.03.2031"
    body = [
        "\n".join(
            [p[k][i : i + 78] for i in range(0, len(p[k]), 78)]
            + [p[(k + 1) % 3][i : i + 78] for i in range(0, len(p[(k + 1) % 3]), 78)]
        )
        for k in range(3)
    ]
    text = "\n\n".join([body[0], body[1], width + "\n" + foot, body[2]])
    assert reason(text, foot) is not None


MENU = {
    "fr": "Accueil | Textes | Jurisprudence | Contact",
    "en": "Home | Statutes | Case law | Contact",
}
STAMPS = {
    "fr": [
        "Avis mis en ligne le 04/02/2031",
        "Imprimer la fiche · Mis à jour le 9 février 2031",
        "Dernière modification de ce texte le 3 mars 2031 à 09:15.",
        "Version consolidée en vigueur au 1 janvier 2031",
        "Version en vigueur depuis le 1er août 2031",
    ],
    "en": [
        "Opinion posted on 04/02/2031",
        "Print this page · Last modified on 9 February 2031",
        "Text last reviewed: March 3, 2031 at 09:15",
        "Consolidated version as at 1 January 2031",
        "Version in force since 1 August 2031",
    ],
}
PLAN = {
    "fr": "Le plan sera mis à jour le 1 janvier 2032",
    "en": "The plan will be updated on 1 January 2032",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("k", range(5))
def test_stamp_inside_a_short_line_beside_chrome(lang: str, k: int) -> None:
    """A page's stamp after a few words or a separator, its date closing the line, beside
    the page's menu: metadata."""
    stamp = STAMPS[lang][k]
    p = PARA[lang]
    text = "\n\n".join([MENU[lang], stamp, p[0], p[1], p[2]])
    # The last row, a code database's "Version en vigueur depuis le …", is also the
    # per-article record that layout.toml's amendment notes set aside as "repository"
    # (the clause reader then joins the article heading to its body): either reason.
    expected = {"metadata", "repository"} if k == 4 else {"metadata"}
    assert reason(text, stamp) in expected
    assert reason(text, p[0]) is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_plan_to_update_is_no_stamp(lang: str) -> None:
    """The text's own plan ("will be updated on …") between two paragraphs stays, and a
    stamp between two paragraphs of the text (no chrome beside it) stays too."""
    p = PARA[lang]
    text = "\n\n".join([MENU[lang], p[0], PLAN[lang], p[1], STAMPS[lang][0], p[2]])
    assert reason(text, PLAN[lang]) is None
    assert reason(text, STAMPS[lang][0]) is None


PUBLISHED = {
    "fr": ("Publié le 12/05/2031", "Mis à jour le 14/05/2031"),
    "en": ("Published: 12 May 2031", "Last updated: 14 May 2031"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_publication_line_above_an_update_stamp(lang: str) -> None:
    """A publication line with an update stamp under it is the page's date block."""
    pub, upd = PUBLISHED[lang]
    p = PARA[lang]
    text = "\n\n".join([MENU[lang], pub, upd, p[0], p[1], p[2]])
    assert reason(text, pub) == "metadata"
    assert reason(text, upd) == "metadata"


ALONE = {
    "fr": ("Mise en examen de trois mineurs", "Publié le 27/11/2031"),
    "en": ("TSA issues a security directive", "Release Date: November 27, 2031"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_publication_line_beside_the_pages_chrome_is_its_stamp(lang: str) -> None:
    """A publication line outside the prose with the page's chrome beside it (its menu above)
    is the page's stamp, with no update stamp beside it."""
    title, pub = ALONE[lang]
    p = PARA[lang]
    text = "\n\n".join([title, MENU[lang], pub, p[0], p[1], p[2]])
    assert reason(text, MENU[lang]) is not None
    assert reason(text, pub) == "metadata"


NOTES = {
    "fr": [
        "[Loi 7 de 2029, en vigueur le 01/03/2029]",
        "2030, ch. 12, art. 5 « 7 »",
        "L.R.C. (1985), ch. C-46, art. 83; 2029, ch. 4, art. 2",
        # Québec's credit ("a.") and a gazette's bracketed entry into force
        "2031, c. 9, a. 4; 2033, c. 2, a. 1.",
        "[JO 12, 3.4.2030, 5 – entrée en vigueur 01.05.2030]",
    ],
    "en": [
        "[Act 7 of 2029 wef 01/03/2029]",
        "2030, c. 12, s. 5",
        "R.S.C. (1985), c. C-46, s. 83; 2029, c. 4, s. 2",
        # Ontario's credit through a schedule, and a gazette's bracketed entry into force
        "2031, c. 9, Sched. 3, s. 4.",
        "[RT I, 3.4.2030, 5 – entry into force 01.05.2030]",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("k", range(5))
def test_amending_act_citation_under_a_provision(lang: str, k: int) -> None:
    """A line that only cites the act that made or amended the provision above it: the
    consolidation's history note, repository noise; the provision stays."""
    note = NOTES[lang][k]
    p = PARA[lang]
    text = "\n\n".join([p[0], p[1], note, p[2]])
    assert reason(text, note) == "repository"
    assert reason(text, p[1]) is None


HISTORY_TABLES = {
    "fr": [
        "Historique législatif",
        "Article Loi modificative Entrée en vigueur",
        "2 2031, c. 8, a. 1 01-07-2031",
        "3.1 2033, c. 2, a. 4 04-03-2033",
    ],
    "en": [
        "Legislative History",
        "Section Amending Act Date in force",
        "2 2031, c. 8, Sched. 2, s. 1 01-07-2031",
        "3.1 2033, c. 2, s. 4 04-03-2033",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_consolidations_history_table_under_the_text(lang: str) -> None:
    """The history table a consolidation prints under the act (its heading, its header row,
    a row per amended provision with the credit and the day in force) is the database's
    record; the provisions above stay."""
    p = PARA[lang]
    table = HISTORY_TABLES[lang]
    text = "\n\n".join([p[0], p[1], p[2], *table])
    for line in table:
        assert reason(text, line) == "repository", line
    assert reason(text, p[2]) is None


@pytest.mark.parametrize(
    "line", ["[ REPUBLIC ACT NO. 4410, March 2, 2031 ]", "[ LOI N° 2031-04 DU 2 MARS 2031 ]"]
)
def test_an_acts_own_bracketed_designation_stays(line: str) -> None:
    """The act's own number and date in brackets over its long title is its designation."""
    text = "\n\n".join([PARA["en"][0], line, PARA["en"][1], PARA["en"][2]])
    assert reason(text, line) is None


WIKI = {
    "fr": (
        "Sommaire",
        ["Histoire", "Origines (1954-1971)", "Dispositif actuel", "Voir aussi"],
    ),
    "en": (
        "Contents",
        ["History", "Origins (1954-1971)", "Current scheme", "See also"],
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_numbered_contents_entries_of_headings_with_edit_links(lang: str) -> None:
    """A wiki's contents list numbers its entries ("- 1.1 Origines (1954-1971)") and its
    headings carry an edit link ("Origines (1954-1971)[edit]"): the entries, numbered
    and closed on a bracket, are contents all the same; the headings stay."""
    head, names = WIKI[lang]
    p = PARA[lang]
    entries = [f"- {n} {t}" for n, t in zip(["1", "1.1", "2", "3"], names, strict=True)]
    body = [f"{names[0]}[modifier]", f"{names[1]}[modifier]", p[0], f"{names[2]}[modifier]"]
    text = "\n".join([p[1], "", head, *entries, "", *body, p[2], f"{names[3]}[modifier]"])
    for e in entries:
        assert reason(text, e) == "toc", e
    assert reason(text, names[1]) is None  # the heading stays (its edit link is cut off)


ACT = {
    "fr": (
        "Table des matières",
        ["Titre long", "Formule d'édiction"],
        [("Partie 1 DISPOSITIONS GÉNÉRALES", "PARTIE 1", "DISPOSITIONS GÉNÉRALES")],
        ["1 Définitions", "2 Application"],
        "Loi de 2031 sur la sûreté des gares",
    ),
    "en": (
        "Table of Contents",
        ["Long Title", "Enacting Formula"],
        [("Part 1 GENERAL PROVISIONS", "PART 1", "GENERAL PROVISIONS")],
        ["1 Definitions", "2 Application"],
        "Railway Stations Security Act 2031",
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_act_contents_with_unpaged_lines_before_the_first_part(lang: str) -> None:
    """An act's contents open with lines that are no heading later ("Long Title",
    "Enacting Formula") before its numbered parts: entries all the same. The act's title
    after the list, printed again below as a running line, stays."""
    head, gap, parts, sections, title = ACT[lang]
    p = PARA[lang]
    (entry, number, name) = parts[0]
    toc = [head, *gap, entry, *sections]
    body = [title, p[0], number, name, "Definitions" if lang == "en" else "Définitions"]
    body += [p[1], "Application", p[2], title.upper()]
    text = "\n\n".join([*toc, *body])
    for e in [*gap, entry, *sections]:
        assert reason(text, e) == "toc", e
    assert reason(text, title) is None


HISTORY = {
    "fr": (
        "Historique des modifications",
        "Disposition visée        Modification",
        [
            "art. 12 ................... mod. L. n° 2019-3; L. n° 2023-11",
            "art. 14 ................... abr. L. n° 2021-7",
        ],
    ),
    "en": (
        "Endnote 3—Amendment history",
        "Provision affected        How affected",
        [
            "s 12 ................... am No 3, 2019; No 11, 2023",
            "s 14 ................... rep No 7, 2021",
        ],
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_amendment_history_table_rows_and_column_heads(lang: str) -> None:
    """A consolidation's amendment history: each row (a dot leader between the provision
    and its amendments, never joined to the row above) and the column heads between the
    heading and the rows are the database's record; the text above stays."""
    head, columns, rows = HISTORY[lang]
    p = PARA[lang]
    text = "\n\n".join([p[0], p[1], "\n".join([head, columns, *rows])])
    for line in [columns, *rows]:
        assert reason(text, line) == "repository", line
    assert reason(text, p[1]) is None


def _wrapped(text: str, width: int = 90) -> str:
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    lines.append(cur)
    return "\n".join(lines)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("numbered", [True, False])
def test_running_head_after_a_form_feed_is_not_glued_into_the_paragraph(
    lang: str, numbered: bool
) -> None:
    """A PDF copied as text starts each page with a form feed, then the page's running head,
    in the middle of a paragraph running on from the page before: the head is a line of
    its own, page furniture, and the paragraph's words all stay."""
    run = RUNNING[lang][0]
    p = PARA[lang]
    long = " ".join(p)

    def head(n: int) -> str:
        return f"{run}{GAP}{n}" if numbered else run

    cut = long.index(" ", len(long) // 2)
    pages = [
        head(1),
        *(_wrapped(x) for x in p),
        _wrapped(long[:cut]) + "\n\f" + head(2),
        _wrapped(long[cut + 1 :]),
        *(_wrapped(x) for x in p),
        "\f" + head(3),
        _wrapped(p[2]),
    ]
    got = units("\n\n".join(pages).replace("\n\n\f", "\n\f"))
    heads = [u for u in got if u.text.startswith(" ".join(run.split()))]
    assert len(heads) == 3
    assert all(u.noise is not None for u in heads[1:])
    body = " ".join(u.text for u in got if u.noise is None)
    assert " ".join(run.split()) not in body
    assert long[cut + 1 : cut + 40] in body


BLOCK = {
    "fr": ("CIRCULAIRE D'INFORMATION", "Pièce jointe", "Page 2"),
    "en": ("INFORMATION CIRCULAR", "Attachment", "Page 2"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_short_head_lines_printed_with_a_page_number(lang: str) -> None:
    """A page's head of a few short lines ("INFORMATION CIRCULAR" / "Attachment") over its
    number ("Page 2"), each printed once before without a number: the lines beside the
    number are the running head; the first prints, which open the attachment, stay."""
    name, part, page = BLOCK[lang]
    p = PARA[lang]
    first, second = "\n".join([name, part]), "\n".join([name, part, page])
    more = [x.replace(" ", " also ", 1) for x in p]  # other sentences, not prints of these
    text = "\n\n".join([*p, first, more[0], more[1], second, more[2]])
    got = units(text)
    marks = [(u.text, u.noise) for u in got if u.text in (name, part, page)]
    assert marks == [
        (name, None),
        (part, None),
        (name, "page-header"),
        (part, "page-header"),
        (page, "page-number"),
    ]


ASIDE = {
    "fr": [
        "Textes cités",
        "Article 12 de la loi n° 2029-14 du 3 mars 2029.",
        "Jurisprudence liée",
        "- CE, 4 mai 2030, n° 471.208",
        "- CE, 9 juin 2028, n° 460.311",
    ],
    "en": [
        "Legislation cited",
        "Section 12 of the Security Act 2029.",
        "Cases considered",
        "- [2030] UKSC 14, 4 May 2030",
        "- [2028] EWCA Crim 311, 9 June 2028",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_reference_boxes_below_a_decision(lang: str) -> None:
    """Under a decision's last paragraph, down to the page's menu, labelled boxes of
    citations with figures are the database's aside; the last paragraph stays."""
    p = PARA[lang]
    text = "\n".join([p[0], p[1], *ASIDE[lang], MENU[lang]])
    for line in ASIDE[lang]:
        assert reason(text, line) is not None, line
    assert reason(text, p[1]) is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_labelled_lists_of_the_text_stay(lang: str) -> None:
    """Labels over items without figures (the text's own lists of members), or boxes with
    a paragraph below them, are the text's."""
    p = PARA[lang]
    names = ["Membres", "Jeanne Martin", "Présidence", "Paul Durand"]
    if lang == "en":
        names = ["Members", "Jane Martin", "Chair", "Paul Durand"]
    text = "\n".join([p[0], p[1], *names, MENU[lang]])
    assert all(reason(text, n) is None for n in names)
    text = "\n".join([p[0], *ASIDE[lang], p[1], MENU[lang]])
    assert all(reason(text, line) is None for line in ASIDE[lang])


HEADLESS = {
    "fr": [
        "Art. 1. Objet.",
        "Art. 2. Définitions.",
        "Art. 3. Sanctions.",
        "Art. 4. Entrée en vigueur.",
    ],
    "en": [
        "Sec. 1. Short title.",
        "Sec. 2. Definitions.",
        "Sec. 3. Penalties.",
        "Sec. 4. Commencement.",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_acts_list_of_sections_without_a_heading(lang: str) -> None:
    """Numbered lines in a row, each printed again below in capitals over its section, in
    the same order: the act's own contents list, though no heading names it; the first
    entry belongs to it though its heading below is worded otherwise."""
    entries = HEADLESS[lang]
    p = PARA[lang]
    first = "ARTICLE 1. OBJET." if lang == "fr" else "SECTION 1. SHORT TITLE."
    body = [first, p[0]]
    for e, para in zip(entries[1:], [p[1], p[2], p[0]], strict=True):
        body += [e.upper(), para.replace(" ", " also ", 1)]
    text = "\n".join([p[2], *entries, *body])
    for e in entries:
        assert reason(text, e) == "toc", e
    assert reason(text, entries[1].upper()) is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_list_printed_twice_is_no_contents(lang: str) -> None:
    """The same numbered list printed again further down, line under line (a summary of
    recommendations repeated), is not a contents list."""
    entries = HEADLESS[lang]
    p = PARA[lang]
    text = "\n".join([p[0], *entries, p[1], *entries, p[2]])
    assert all(reason(text, e) is None for e in entries)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_page_break_number_rule_and_column_head(lang: str) -> None:
    """A page break copied as text: the page's number set far right, a drawn rule, then
    the next page's head in columns: number and head are furniture; the items on both
    sides stay."""
    head = (
        "RÉSOLUTION 512" + GAP + "AP-OTAN – SESSION ANNUELLE 2031"
        if lang == "fr"
        else "RESOLUTION 512" + GAP + "NATO PA – ANNUAL SESSION 2031"
    )
    p = PARA[lang]
    items = [f"a. {p[0]}", f"b. {p[1]}", f"c. {p[2]}"]
    text = "\n".join([items[0], items[1], "", " " * 70 + "1", "_" * 70, head, "", items[2]])
    assert reason(text, "1") == "page-number"
    assert reason(text, head) == "page-header"
    assert reason(text, items[1]) is None and reason(text, items[2]) is None


CLOSE = {
    "fr": [
        "Le président :",
        "Signé : M. Jean Valmont",
        "Le rapporteur :",
        "Signé : Mme Anne Roux",
        "La secrétaire :",
        "Signé : M. Paul Niel",
    ],
    "en": [
        "The President:",
        "(Signed) Mr John Vale",
        "The Rapporteur:",
        "(Signed) Ms Anne Rowe",
        "The Registrar:",
        "(Signed) Mr Paul Neal",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_signatures_between_the_closing_fields_stay(lang: str) -> None:
    """A decision's close ("Le président :" over "Signé : …") with the database's analysis
    below it: the signatures between the labels are no history table's column heads,
    whatever the labels are taken for."""
    p = PARA[lang]
    text = "\n\n".join([p[0], p[1], "\n".join(CLOSE[lang]), "Analyse", p[2], MENU[lang]])
    for line in CLOSE[lang][1::2]:
        assert reason(text, line) != "repository", line


# A sharing site's card over the copied file: the uploader, the upload's age, its views.
AGES = {
    "fr": ("- il y a 3 semaines", "Il y a 20 ans, les attentats ont changé la politique pénale."),
    "en": ("- 3 weeks ago", "20 years ago the attacks changed criminal policy for good."),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_uploads_age_is_a_stamp_a_sentence_on_the_past_stays(lang: str) -> None:
    age, sentence = AGES[lang]
    p = PARA[lang]
    text = "\n\n".join([MENU[lang], "- Camille Durand", age, sentence, p[0], p[1]])
    assert reason(text, age) == "metadata"
    assert reason(text, sentence) is None


# A page's stamp printed once: the text's reference with a figure in it, then its page
# closing the line; a line of the text that ends on a page it cites, with no figure before
# it, stays.
PAGE_STAMPS = {
    "fr": (
        "BOMJ n° 2031-02 du 27 février 2031 – JUSD3103412C – Page 1/1",
        "Règlement n° 04/31 — page 2",
        "les modalités figurent dans le rapport annuel, page 12",
    ),
    "en": (
        "RATS SCO/CD/58-7, Annex, page 2",
        "Annex to Decision No. 7/31 – page 3",
        "the arrangements are set out in the annual report, page 12",
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_page_stamp_printed_once_is_furniture(lang: str) -> None:
    stamp, short, cited = PAGE_STAMPS[lang]
    p = PARA[lang]
    for line in (stamp, short):
        text = "\n\n".join([p[0], line, p[1]])
        assert reason(text, line) == "page-number", line
        assert reason(text, p[0]) is None and reason(text, p[1]) is None
    text = "\n\n".join([p[0], cited, p[1]])
    assert reason(text, cited) is None


# A lone page's foot printed once: the text's reference, a dash or a bar, and the page's
# count with or without the word; a count the text gives after a dash, with words after
# it or without a figure before it, stays.
PAGE_COUNTS = {
    "fr": (
        ["Arrêt n° 261.118 – 3/3", "Consolidé au : 15/10/2031 | Page 1 sur 1"],
        ["Quorum requis – 2/3 des membres présents", "Majorité qualifiée - 2/3"],
    ),
    "en": (
        ["No. 21-4417 - 2/2", "Judgment 2031/77 — 5/5"],
        ["Quorum required - 2/3 of the members present", "Qualified majority - 2/3"],
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_page_count_after_a_dash_or_a_bar_is_furniture(lang: str) -> None:
    feet, kept = PAGE_COUNTS[lang]
    p = PARA[lang]
    for line in feet:
        text = "\n\n".join([p[0], p[1], line])
        assert reason(text, line) == "page-number", line
    for line in kept:
        text = "\n\n".join([p[0], line, p[1]])
        assert reason(text, line) is None, line


# A line that ends on a count after a dash or a bar in the middle of a page is the text's
# (a tally, a table row, a vote); on a page's last line with the page higher than the
# count it is no page's foot either.
MID_COUNTS = {
    "fr": (
        ["Recommandations mises en œuvre en 2024 – 7 sur 10", "Projets achevés au T3 2025 | 4/5"],
        "Votes favorables en 2025 – 9 sur 4",
    ),
    "en": (
        ["Recommendations implemented in 2024 - 7 of 10", "Projects completed by Q3 2025 | 4/5"],
        "Votes in favour in 2025 - 9 of 4",
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_count_inside_a_page_is_the_texts(lang: str) -> None:
    lines, last = MID_COUNTS[lang]
    p = PARA[lang]
    text = "\n\n".join([p[0], "\n".join(lines), p[1]])
    for line in lines:
        assert reason(text, line) is None, line
    text = "\n\n".join([p[0], p[1], "In favour: 13 - 2 of 15", p[2]])
    assert reason(text, "In favour: 13 - 2 of 15") is None
    text = "\n\n".join([p[0], p[1], last])
    assert reason(text, last) is None
