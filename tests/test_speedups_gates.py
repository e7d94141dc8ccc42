"""The layout's and the structure's line tests that look at a line's first word, first
character or last character before reading it whole give the answers of the tests as they
were written (each written out again here as the reference): on every line of the shipped
texts, on random lines of the characters the gates read, on French and English rows, and
on the case-fold edge characters (U+0130 folds to two characters, U+0345 from a mark to a
letter, "ß" to "ss")."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence

import pytest

from ctdocs.layout import _bibliographic as bib
from ctdocs.layout import _furniture as fur
from ctdocs.layout import _headingparts as hp
from ctdocs.layout import _recordtables as rt
from ctdocs.layout._linekeys import PHONE_RE, WEB_RE
from ctdocs.layout._unit import Unit
from ctdocs.normalise._text import Line
from ctdocs.structure import _blocks as blk
from ctdocs.structure import _commentary as com
from ctdocs.structure import _titlelines as tl

from .conftest import SEEDS, TEXTS

_EDGE = ["", " ", "\n", "x", "İ", "\u0345", "ß", "İstanbul", "\u0345annex", "ßtraße 12"]


def _corpus() -> list[str]:
    return [
        ln
        for p in [*SEEDS, *TEXTS]
        if p.suffix in (".txt", ".md")
        for ln in p.read_text(encoding="utf-8").splitlines()
    ]


_LINES = _corpus()


def _random(pieces: Sequence[str], seed: int, n: int = 6000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(pieces, k=rng.randrange(0, 14))) for _ in range(n)]


_SWEPT: set[tuple[str, str]] = set()


def _same(fast: Callable[[str], object], plain: Callable[[str], object], rows: list[str]) -> None:
    """``fast`` answers as ``plain`` on ``rows``: each list opens with the row's French and
    English lines, then the sweep (edge characters, random lines, the shipped texts' lines),
    the same for every row of a test, so it is read at the first row only."""
    key = (fast.__qualname__, plain.__qualname__)
    for text in rows[:2] if key in _SWEPT else rows:
        assert fast(text) == plain(text), repr(text)
    _SWEPT.add(key)


# ---------------------------------------------------------------- the references


def _is_field_plain(text: str) -> bool:
    toks = bib._tokens(text.strip())
    n = bib._label_end(toks)
    if not 0 < n < len(toks):
        return False
    if not toks[n - 1].endswith(":") and toks[n] in bib._lexicon()[1]:
        return False
    codes = [k for k in range(n, len(toks)) if bib._is_code(toks[k])]
    if not codes:
        return False
    after = toks[codes[-1] + 1 :]
    return len(after) < 3 or not all(t.isalpha() and t.islower() for t in after)


def _is_label_line_plain(text: str) -> bool:
    t = text.strip()
    toks = bib._tokens(t)
    if t.endswith((".", ";")):
        return False
    n = bib._label_end(toks)
    if len(toks) <= 6 and n == len(toks) > 0:
        return True
    if n and toks[n - 1].endswith(":") and len(toks) - n <= 4:
        return True
    return bib._glued_label(t)


def _is_code_line_plain(text: str) -> bool:
    toks = re.findall(r"\S+", text)
    if not toks or not any(re.search(r"\d", t) for t in toks):
        return False
    wordy = sum(1 for t in toks if bib._WORDY_RE.match(t))
    return wordy / len(toks) <= 0.2


def _is_contact_plain(text: str) -> bool:
    t = text.rstrip()
    if not t or t[-1] in ".!?;" or len(t.split()) > 25:
        return False
    if fur._ADDRESS_RE.search(t):
        return True
    return bool(WEB_RE.search(t) and (PHONE_RE.search(t) or fur._site_address(t)))


def _is_local_contact_plain(text: str) -> bool:
    t = text.rstrip()
    if not t or t[-1] in ".!?;" or len(t.split()) > 25:
        return False
    if not fur._LOCAL_PHONE_RE.search(t):
        return False
    return bool(fur._PHONE_LINE_RE.match(t) or WEB_RE.search(t))


def _clean_title_plain(text: str) -> str:
    t = blk._ATTRIBUTES_RE.sub("", re.sub(r"\s+", " ", text).strip())
    t = (
        t.rstrip(":;").strip()
        if blk._ABBREVIATION_END_RE.search(t.rstrip(":;"))
        else t.rstrip(".:;").strip()
    )
    t = blk._BROKEN_WORD_RE.sub(r"\1\2", t)
    m = re.fullmatch(r"([*_])(?P<inner>[^*_]+)\1", t) or blk._BRACKETED_RE.fullmatch(t)
    return m.group("inner").strip() if m else blk._NOTE_STAR_RE.sub("", t)


def _is_date_line_plain(text: str) -> bool:
    return bool(blk._date_line_re().match(text.strip().rstrip(".")))


def _says_commentary_plain(text: str) -> bool:
    if len(text) > com._LONGEST:
        return False
    words = " ".join(com._FRAME_RE.sub("", text).casefold().split())
    return words in com._commentary_words()


def _plain_line_plain(text: str) -> str:
    return re.sub(r"\s+", " ", tl._MARKS.sub("", text.strip())).strip()


def _part_space_plain(heading: str) -> str | None:
    folded = " ".join(re.findall(r"\w+", heading.casefold()))
    return next((v for k, v in hp._parts() if folded.startswith(k)), None)


def _foreign_heading_plain(heading: str) -> bool:
    return " ".join(heading.casefold().split()) in hp._foreign()


# ---------------------------------------------------------------- the layout


@pytest.mark.parametrize(
    ("fr", "en", "want_fr", "want_en"),
    [
        # (field, label line, code line), checked by hand against the module's rules
        (
            "Date de publication : 28 décembre 2001",
            "Published date28 December 2001",
            (True, True, False),
            (True, False, False),
        ),
        ("Date de publication", "Key dates", (False, True, False), (False, True, False)),
        ("Auteur : INTERIEUR", "Author: INTERIOR", (False, True, False), (False, True, False)),
        (
            "JO L 139 du 29.5.2002, p. 4–5",
            "OJ L 139, 29.5.2002, p. 4–5",
            (False, False, True),
            (False, False, True),
        ),
        (
            "Le Conseil a adopté la décision le 3 mai.",
            "The Council adopted it on 3 May.",
            (False, False, False),
            (False, False, False),
        ),
        ("", " ", (False, False, False), (False, False, False)),
    ],
)
def test_record_lines_read_from_the_first_word_answer_as_read_whole(
    fr: str, en: str, want_fr: tuple[bool, ...], want_en: tuple[bool, ...]
) -> None:
    for text, want in ((fr, want_fr), (en, want_en)):
        got = (bib.is_field(text), bib.is_label_line(text), bib.is_code_line(text))
        assert got == want, text
    words, links = (sorted(ws) for ws in bib._lexicon())
    pieces = [*words[:12], *links, " ", ":", "l'", "L’", "28", "2001", "x", "Date", "(JHA/CFSP)"]
    rows = [fr, en, *_EDGE, *_random(pieces, 40), *_random([*pieces, "İ", "\u0345", "é"], 41)]
    rows += [w + s for w in (*words[:20], *links) for s in ("", ":", " : 2001", "28 mai")]
    for fast, plain in (
        (bib.is_field, _is_field_plain),
        (bib.is_label_line, _is_label_line_plain),
        (bib.is_code_line, _is_code_line_plain),
    ):
        _same(fast, plain, rows + _LINES)


@pytest.mark.parametrize(
    ("fr", "en", "contact", "local"),
    [
        (
            "Assemblée nationale – 126, rue de l'Université – 75355 Paris 07 SP",
            "Parliament – 126, Wellington Street – 75355 Ottawa ON",
            True,
            False,
        ),
        # an address among short parts, with a national number: both tests hold
        ("presse@interieur.gouv.fr – 01 71 75 80 11", "press@gov.ca – 418 646-6135", True, True),
        (
            "Le ministère publie chaque année " + "un rapport sur la menace " * 6,
            "The ministry publishes each year " + "a report on the threat " * 6,
            False,
            False,
        ),
    ],
)
def test_contact_lines_count_their_words_no_further_than_the_limit(
    fr: str, en: str, contact: bool, local: bool
) -> None:
    for text in (fr, en):
        assert fur.is_contact(text) is contact, text
        assert fur.is_local_contact(text) is local, text
    pieces = ["a", " ", "\u00a0", "\t", "www.x.fr", "01 71 75 80 11", ".", "12, rue y 75001 Paris"]
    rows = [fr, en, *_EDGE, *_random(pieces, 42), *_LINES]
    rows += [" ".join(["mot"] * n) + " www.a.fr 01 71 75 80 11" for n in range(20, 26)]
    _same(fur.is_contact, _is_contact_plain, rows)
    _same(fur.is_local_contact, _is_local_contact_plain, rows)


@pytest.mark.parametrize(
    ("fr", "en", "want"),
    [
        ("Accueil | Actualités | Contact", "Home | News | Contact", True),
        ("Accueil \u203a Lois \u203a Code pénal", "Home \u203a Laws \u203a Criminal code", True),
        ("La loi du 3 juin 2016 / version consolidée.", "The act of 3 June / as amended.", False),
    ],
)
def test_the_menu_marks_are_found_by_one_scan(fr: str, en: str, want: bool) -> None:
    def plain(text: str) -> bool:
        if not any(c in text for c in "|>/\u203a"):
            return False
        return fur.is_menu(text)

    for text in (fr, en):
        assert fur.is_menu(text) is want, text
    pieces = ["Home", " ", "|", ">", "/", "\u203a", " > ", " | ", "x.", "1"]
    _same(fur.is_menu, plain, [fr, en, *_EDGE, *_random(pieces, 43), *_LINES])


def _unit(text: str, at: int) -> Unit:
    return Unit(at, at + len(text), text, Line(at, at + len(text)))


def _record_tables_plain(units: Sequence[Unit], prose: Sequence[bool]) -> None:
    """mark_record_tables as written before: the dates of the rows read before the name."""
    cue = rt._cue()
    assert cue is not None
    for first, end in rt._tables(units):
        if not rt._dated_rows(units, first, end):
            continue
        cap = rt._caption(units, first)
        named = units[first].text + (" " + units[cap].text if cap is not None else "")
        if not cue.search(named):
            continue
        notes = rt._notes(units, end, prose)
        if notes is None:
            continue
        for k in ([cap] if cap is not None else []) + list(range(first, end)) + notes:
            if units[k].noise is None:
                units[k].noise = "repository"


@pytest.mark.parametrize(
    ("caption", "header", "rows"),
    [
        ("Historique du document", "| Version | Date |", ["| 1 | 2026-02-03 |", "| 2 | x |"]),
        ("Document history", "| Version | Date |", ["| 1 | 3 May 2026 |", "| 2 | 4/9/2025 |"]),
        ("Tableau des stations", "| Station | Date |", ["| A | 2026-02-03 |"]),
        ("Substances", "| Name | Code |", ["| Sarin | 107-44-8 |", "| VX | none |"]),
        ("", "| Document history | Date |", ["| a | b |", "| c | d |"]),
    ],
)
def test_record_tables_are_named_before_their_dates_are_read(
    caption: str, header: str, rows: list[str]
) -> None:
    texts = ["Le texte se termine ici par une phrase.", caption, header, "|---|---|", *rows]
    texts += ["Table last checked 2026-02-03"]
    fast = [_unit(t, 100 * k) for k, t in enumerate(texts) if t]
    plain = [_unit(t, 100 * k) for k, t in enumerate(texts) if t]
    prose = [k == 0 for k in range(len(fast))]
    rt.mark_record_tables(fast, prose, lambda u: False)
    _record_tables_plain(plain, prose)
    assert [u.noise for u in fast] == [u.noise for u in plain]


@pytest.mark.parametrize(
    ("fr", "en", "part", "foreign"),
    [
        ("PAR CES MOTIFS, LA COUR,", "FOR THESE REASONS, THE COURT", True, False),
        ("Dispositions connexes", "RELATED PROVISIONS", False, True),
        ("  modifications  corrélatives ", "Consequential\u00a0amendments", False, True),
        ("Partie II – Prévention", "Part II – Prevention", False, False),
    ],
)
def test_heading_parts_are_looked_at_from_their_first_character(
    fr: str, en: str, part: bool, foreign: bool
) -> None:
    for text in (fr, en):
        assert (hp.part_space(text) is not None) is part, text
        assert hp.foreign_heading(text) is foreign, text
    keys = [k for k, _v in hp._parts()] + sorted(hp._foreign())
    pieces = [*keys, " ", ",", "«", "İ", "\u0345", "ß", "A", "par", "for"]
    rows = [fr, en, *_EDGE, *_random(pieces, 44), *_LINES]
    rows += [p + k.upper() for k in keys for p in ("", " ", "\u0345", "İ", "# ", "1. ")]
    _same(hp.part_space, _part_space_plain, rows)
    _same(hp.foreign_heading, _foreign_heading_plain, rows)


# ---------------------------------------------------------------- the structure


@pytest.mark.parametrize(
    ("fr", "en", "want_fr", "want_en"),
    [
        (
            "*Loi sur les textes réglementaires*",
            "*Statutory Instruments Act*",
            "Loi sur les textes réglementaires",
            "Statutory Instruments Act",
        ),
        (
            "Fabrication, usage, etc.",
            "Manufacture, use, etc.",
            "Fabrication, usage, etc.",
            "Manufacture, use, etc.",
        ),
        (
            "Infraction de financement *",
            "Terrorist financing offence *",
            "Infraction de financement",
            "Terrorist financing offence",
        ),
        (
            "de surveil- lance",
            "## Introduction {#introduction}",
            "de surveillance",
            "## Introduction",
        ),
        ("(Objet)", "(Purpose)", "Objet", "Purpose"),
    ],
)
def test_titles_are_cleaned_only_where_a_mark_stands(
    fr: str, en: str, want_fr: str, want_en: str
) -> None:
    assert (blk.clean_title(fr), blk.clean_title(en)) == (want_fr, want_en)
    pieces = ["a", " ", "\n", "*", "_", "(", ")", "etc", "al", ".", ":", ";", "- ", "{#x}", "é"]
    rows = [fr, en, *_EDGE, *_random(pieces, 45), *_LINES]
    _same(blk.clean_title, _clean_title_plain, rows)


@pytest.mark.parametrize(
    ("fr", "en", "want"),
    [
        ("12 mars 2019", "March 12, 2019", True),
        ("Novembre 2003.", "November 2003.", True),
        ("2018-2019", "2018\n.", True),
        ("Le 12 mars 2019, le Conseil a décidé", "On 12 March 2019 the Council", False),
    ],
)
def test_date_lines_are_tried_only_where_a_year_closes_them(fr: str, en: str, want: bool) -> None:
    for text in (fr, en):
        assert blk.is_date_line(text) is want, repr(text)
    pieces = ["12", "2019", " ", "\n", ".", "mars", "March", "-", "٢٠١٩", "x"]
    _same(blk.is_date_line, _is_date_line_plain, [fr, en, *_EDGE, *_random(pieces, 46), *_LINES])


@pytest.mark.parametrize(
    ("fr", "en", "want"),
    [
        ("### DISCUSSION DES ARTICLES", "**Clause-by-clause analysis**", True),
        ("Commentaire des dispositions :", "Clause-by-clause analysis.", True),
        ("Examen du budget", "Review of the budget", False),
    ],
)
def test_commentary_headings_are_looked_at_from_their_first_character(
    fr: str, en: str, want: bool
) -> None:
    for text in (fr, en):
        assert com._says_commentary(text) is want, text
    keys = sorted(com._commentary_words())
    pieces = [*keys, " ", "#", "*", "_", ":", ".", "İ", "\u0345", "x"]
    rows = [fr, en, *_EDGE, *_random(pieces, 47), *_LINES]
    rows += [p + k.upper() + s for k in keys for p in ("", "## ", "\u0345") for s in ("", " :")]
    _same(com._says_commentary, _says_commentary_plain, rows)


@pytest.mark.parametrize(
    ("fr", "en", "want_fr", "want_en"),
    [
        ("## Titre  de\tla loi", "## Title  of\tthe act", "Titre de la loi", "Title of the act"),
        (
            "►B Règlement (UE) 2021/784",
            "►M1 Regulation (EU) 2021/784",
            "Règlement (UE) 2021/784",
            "Regulation (EU) 2021/784",
        ),
        ("Une phrase simple.", "A plain sentence.", "Une phrase simple.", "A plain sentence."),
    ],
)
def test_plain_lines_rewrite_only_their_marks_and_uneven_blanks(
    fr: str, en: str, want_fr: str, want_en: str
) -> None:
    assert (tl.plain_line(fr), tl.plain_line(en)) == (want_fr, want_en)
    pieces = ["a", " ", "  ", "\t", "\u00a0", "\n", "#", ">", "*", "_", "\u25baB ", "\u25bc"]
    rows = [fr, en, *_EDGE, *_random(pieces, 48), *_LINES]
    _same(tl.plain_line, _plain_line_plain, rows)
