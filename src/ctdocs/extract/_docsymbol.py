"""The document's official number as printed (annotation guidelines, section 6).

Publishers print their document's number in its head in a few general shapes:
a kind word and a number (``Executive Order 14137``, ``RÉSOLUTION 489``), a
code of capitals over slashes (``S/RES/1624 (2005)``, ``PSC/PR/COMM.1241
(2024)``), a case number after its cue, a statute's volume and chapter. The
shapes are data (``data/models/document.toml``); the first in reading order
wins, a specific shape before a general one, the document's language first.

The candidates are ranked by how plainly they are the document's own: a specific
shape; then a code alone on a head line that the document prints again (a
running header's ``INFCIRC/1143``, a bill's ``H. R. 6214`` that its page's chrome
repeats as ``H.R.6214``), since repetition is what a publisher does with its own
number and never with a cited one; then a general shape (a kind word and a
number, "Note No. 27/2026" of an attached letter); then a download line's number.

Speed: the shapes read only what can hold a number: the head with its digit-free lines of
running text blanked, and a shape runs only when the head holds its literal needles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from .._needles import needle_sets
from ..normalise._linekinds import page_furniture
from ._doccell import cell_code
from ._doccues import _cues, _Shape
from ._docecho import echoed_symbol, printed_bare, running_kind_line, whole_cell
from ._docfields import NUMBER_MARK, document_cues
from ._dockind import spelt_kind
from ._doclead import lead_symbol, series_part
from ._docscores import record_end_of
from ._docshape import (
    _edge_lines,
    another_field,
    declared_symbol,
    general_symbol,
    not_symbol,
    running_identifier,
    title_symbol,
)
from ._docstand import (
    dotted_label,
    in_prose,
    label_above,
    opening_code,
    record_number,
    shown_cited,
    with_acronym,
)
from ._document import _head_end

__all__ = ["own_symbol"]


def _search_word_start(shape: _Shape, text: str) -> re.Match[str] | None:
    """The first match that does not start inside a word (COM(…), not XCOM(…)), nor
    stands in a field naming another document's number ("Previous ref.: HO/CT/24/0099")."""
    pattern = shape.pattern
    pos = 0
    while True:
        m = shape.search(text, pos)
        if m is None:
            return None
        a = m.start()
        if a == 0 or not (text[a - 1].isalnum() and text[a].isalnum()):
            b = m.start("symbol") if "symbol" in pattern.groupindex else -1
            b = a if b < 0 else b
            if not another_field(text[text.rfind("\n", 0, b) + 1 : b]):
                return m
        pos = a + 1


def own_symbol(
    text: str,
    language: str,
    declared: Sequence[str] = (),
    title: str | None = None,
    page_title: str | None = None,
) -> str | None:
    """The document's official number as printed, or None.

    The first match of a symbol shape in the head, in reading order; a shape of
    the document's own language before one of another; a database's identifier (an
    ECLI, a ``fallback`` shape) only when no other shape matches. A head that prints none
    may still offer the full text for download with its number (a press page's
    "Télécharger la version intégrale (PDF) — 10473/26"); else a number of a shape no
    publisher's data knows, told by where it stands (:mod:`._docshape`) or, last, by
    the text's printing it again (:mod:`._docecho`). A number a head line prints alone
    after its body's acronym keeps it (:func:`._docstand.with_acronym`). When none of
    these is found (or only a record's generated identifier, a file's name: ``not_symbol``),
    a code the ``title`` prints at its edge (:func:`._docshape.title_symbol`), a kind and
    its number leading two lines (:mod:`._doclead`; an HTML page's ``page_title``, printed
    outside the text, counting as one when it repeats the ``title``), a lettered code
    closing a cell of a short head line (:mod:`._doccell`: "Public Statement ·
    CFATF-PS/2026/03"), else the first
    identifier the page declares (``declared``) that is a number's shape.
    """
    head = text[: _head_end(text, _cues().head_lines)]
    symbol = _own(text, head, language)
    if symbol is None or not_symbol(symbol):
        symbol = title_symbol(title) or lead_symbol(text, head, title, page_title)
    if symbol is None:
        symbol = cell_code(head)
    if symbol is None:
        symbol = next((s for v in declared if (s := declared_symbol(v)) is not None), None)
    if symbol is None:
        return None
    return spelt_kind(with_acronym(head, whole_cell(text, _unstopped(symbol))))


# a full stop after a number's digit or its code of capitals ("CNB/GUIDE-LCBFT/2025.",
# "Réf. HO/CT/GUIDE."): the sentence's, never the number's; an abbreviation closing a
# number keeps its own ("CMF/SE/2025/Décl.", "… No.")
_SENTENCE_STOP = re.compile(r"(?:\d|(?<![\w.])[A-Z\d]{2,})\.$")


def _unstopped(symbol: str) -> str:
    """The symbol less the full stop of the sentence or line it ends (guidelines, section 6:
    the number as printed, which its sentence's punctuation is not)."""
    return symbol[:-1] if _SENTENCE_STOP.search(symbol) else symbol


def _own(text: str, head: str, language: str) -> str | None:
    """The number :func:`own_symbol` returns, before its acronym."""
    found = [f for f in _candidates(head, language, text) if not in_prose(head, f[3])]
    running = running_identifier(text)
    if running is not None and not any(_same(running, f[3]) for f in found):
        return running
    strong = [f for f in found if not f[0]]
    if strong:
        return _opening(head, min(strong)[3]) or _headed(head, min(strong)[3], text)
    symbol = (
        _running_symbol(text, head)
        or record_number(text)
        or (min(found)[3] if found else None)
        or _download_symbol(text, language)
        or dotted_label(head)
        or label_above(head)
        or general_symbol(text, _sieved(head))
    )
    if symbol is not None:
        return _headed(head, symbol, text)
    # the first heading in reading order: ARRÊT N° 142/P DU … over DOSSIER N° …
    heads = [_caps_heading(head, p) for p in (_CAPS_HEADING, _CAPS_DATED, _caps_issued())]
    m = min((h for h in heads if h is not None), key=lambda h: h.start(), default=None)
    if m is None:
        return (
            _kind_heading(head) or _echoed_or_running(text, head) or running_kind_line(text, head)
        )
    return m.group(1)


def _opening(head: str, symbol: str) -> str | None:
    """The code alone on one of the head's first lines (:func:`._docstand.opening_code`) when
    the head prints it some lines before ``symbol``, the shape found first, and apart from it:
    a number printed later, under other lines, is one the document cites ("Document de
    référence … COM(2025) 148 final"); two printed together in the head (a court's file
    number over its neutral citation) leave the choice to the shapes, as does a shorter
    printing of the same number ("2026/418" over "RÈGLEMENT … (UE) 2026/418")."""
    code = opening_code(head)
    if code is None or _same(code, symbol) or code in symbol:
        return None
    at, first = head.find(symbol), head.find(code)
    if at < 0:
        return code
    if first > at:
        return None
    if not shown_cited(head, at):
        return None
    return code if sum(1 for x in head[first:at].split("\n") if x.strip()) > _APART else None


_APART = 4  # lines with words at least between a code of the opening lines and a cited number


def _echoed_or_running(text: str, head: str) -> str | None:
    """The number the text prints again (:mod:`._docecho`), unless it is printed only inside a
    running line's kind and number (:func:`_running_kind`), which is then the number as
    printed: "Circular No. 12/2026" of every page's footer, not its "No. 12/2026"; a head line
    printing the number alone as well keeps it so ("N° 0083/MSPC/…" over its footers)."""
    echoed = echoed_symbol(text, head)
    running = _running_kind(text)
    if running is None or (echoed is not None and text.count(echoed) > text.count(running)):
        return echoed
    return running if echoed is None or echoed in running else echoed


def _caps_heading(head: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The first heading of capitals ``pattern`` finds that numbers no part of a series
    (``RECOMMENDATION NO. 1`` over ``RECOMMENDATION NO. 2``)."""
    for m in pattern.finditer(head):
        if not series_part(m.group(1), head):
            return m
    return None


# a heading line of capitals naming the text by its kind, a number's mark and its number, maybe
# over its year: "REQUÊTE N° 014/2023", "ARRÊT N° ECW/CCJ/JUD/31/26", "GOVERNMENT NOTICE NO. 217
# OF 2026" (the kind is one to three words of capitals; a title's sentence in small letters, or a
# line that runs on to the act's date, cites the act by its bare number)
_CAPS_KIND = (
    r"(?:[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de\x27\u2019.-]+[ \t]+){1,3}(?:N°|Nº|NO\.?|No\.?)[ \t]?"
)
# a year maybe closing a span, a fiscal year's ("REPORT NO. 12 OF 2026–27")
_YEAR_SPAN = r"(?:19|20)\d{2}(?:[-\u2013/](?:19|20)?\d{2})?"
# a year after the number ("OF 2026", "(2026)"), then the line's end
_YEAR_AFTER = rf"(?:[ \t]+OF[ \t]+{_YEAR_SPAN}|[ \t]+\((?:19|20)\d{{2}}\))?"
_LINE_END = r"[ \t*]*$"
# ... and the close of the symbol's group, which the heading patterns open before its kind
_CAPS_TAIL = rf"{_YEAR_AFTER}){_LINE_END}"
# a serial in Roman numerals before its year, as some legislatures number their acts and
# ordinances ("ACT No. XIV of 2026", "Ordinance No. XXXIV of 2026"): a number without a digit
_ROMAN = r"[IVXLCDM]{1,8}(?=[ \t]+(?i:of)[ \t]+(?:19|20)\d{2})"
_CAPS_HEADING = re.compile(
    rf"(?m)^[ \t#*]*({_CAPS_KIND}(?:(?=[\w/.()-]*\d)[A-Z\d][\w/.()-]*|{_ROMAN}){_CAPS_TAIL}"
)

# the same heading closing with the day it was given, which is no part of its number: "ARRÊT N°
# 142/P DU 24 SEPTEMBRE 2026" (a court's own number over its case file's "DOSSIER N° 388/P/2024")
_CAPS_DATED = re.compile(
    rf"(?m)^[ \t#*]*({_CAPS_KIND}(?=[\w/.()-]*\d)[A-Z\d][\w/.()-]*)[ \t]+(?:DU|OF|DATED)[ \t]+"
    r"(?:\d{1,2}|1ER|PREMIER)[ \t]+[A-Z\u00c0-\u00de]{3,}[ \t]+(?:19|20)\d{2}[ \t*.]*$"
)


# the same heading closing with its author, a title in capitals that names no other number:
# "DECISION No 2026/17 OF THE EXECUTIVE DIRECTOR", "DÉCISION N° 2026-05 DU DIRECTEUR GÉNÉRAL"
# (its date under it)
@cache
def _caps_issued() -> re.Pattern[str]:
    issuer = document_cues("issuer", r"[ \t]+")  # "of the", "du" (document.toml)
    return re.compile(
        rf"(?m)^[ \t#*]*({_CAPS_KIND}(?=[\w/.()-]*\d)[A-Z\d][\w/.()-]*)[ \t]+"
        rf"(?i:{issuer})(?:(?<=[\x27\u2019])|[ \t]+)"  # "DE L'AUTORITÉ"; not "DUTY FREE"
        r"[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de \t\x27\u2019,-]*$"
    )


# the same heading in mixed case, its kind one capitalised word and up to two more, then a
# number's mark ("Circular No. 12/2026", "Bill No. 45 of 2026", "Note d'orientation n° 3"), or
# no mark before a serial number and a four-digit year on either side of a slash ("Policy
# Paper 08/2026", "Decision 2026/14"; not a page counter "Page 1/12" or "Edition 2/24") or
# after "of" ("Act 19 of 2026", a Commonwealth act's number under its short title): what
# any publisher prints on a line of its own to number its text
_JOINED = r"(?:[\x27\u2019.-][^\W\d_]+)*\.?"  # a word's elided or hyphenated parts
_MIXED_KIND = rf"[A-Z\u00c0-\u00de][^\W\d_]*{_JOINED}(?:[ \t]+[^\W\d_]+{_JOINED}){{0,2}}"
_KIND_HEADING = re.compile(
    rf"(?m)^[ \t#*]*((?P<kind>{_MIXED_KIND})[ \t]+(?:{NUMBER_MARK}"
    rf"(?P<number>(?=[\w/.()-]*\d)[A-Z\d][\w/.()-]*|{_ROMAN})|(?P<serial>\d{{1,4}}/(?:19|20)\d{{2}}|(?:19|20)\d{{2}}/\d{{1,4}})(?![\w/])"
    rf"|(?P<plain>\d{{1,5}})(?=[ \t]+(?i:of)[ \t]+(?:19|20)\d{{2}}))"
    rf"(?:[ \t]+(?i:of)[ \t]+{_YEAR_SPAN}|[ \t]+\((?:19|20)\d{{2}}\))?)[ \t*]*$"
)


def _kind_heading(head: str) -> str | None:
    """The number the first mixed-case heading of a kind and a number prints
    (:data:`_KIND_HEADING`), its kind included, when the kind is no part of a text (``Annex
    No. 2``, ``Article n° 5``: the part words are data); the bare number when a line in small
    letters continues it, a title's first line that cites its act so ("Décision 2026/14" over
    "relative au centre régional", "Arrêté n° 2026-00873" over "instaurant un périmètre")."""
    for m in _KIND_HEADING.finditer(head):
        if _part_word().match(m.group("kind")) is not None or series_part(m.group(1), head):
            continue
        nxt = head[m.end() + 1 : m.end() + 3].lstrip(" \t")
        bare = m.group("number") or m.group("serial") or m.group("plain")
        return bare if nxt[:1].islower() else m.group(1)
    return None


def _running_kind(text: str) -> str | None:
    """A kind and its number that a running header or footer prints beside the page's number
    on two lines or more ("RSC Guideline No. 4 (2026) Page 1 of 3", "2/4 Circulaire n°
    12/2026"): a paginated text repeats so its own number, as printed, and never a cited one.
    Read only when the head prints no number at all; the first printing wins."""
    seen: dict[str, int] = {}
    for _, line in _edge_lines(text):
        key = _kind_beside_page(line.strip(" \t#*>").split())
        if key is not None:
            seen[key] = seen.get(key, 0) + 1
    found = [k for k, n in seen.items() if n >= _RUNNING_KIND]
    return found[0] if found else None


def _kind_beside_page(words: list[str]) -> str | None:
    """The kind and number ``words`` print beside a page's number at either edge (the
    layout's page-number shapes: "Page 1 of 3", "2/4", "- 3 -"), or None."""
    for k in range(1, min(_PAGE_WORDS, len(words) - 1) + 1):
        for page, body in ((words[-k:], words[:-k]), (words[:k], words[k:])):
            if page_furniture(" ".join(page)) != "page-number":
                continue
            m = _KIND_HEADING.match(" ".join(body))
            if m is not None and _part_word().match(m.group("kind")) is None:
                return m.group(1)
    return None


_PAGE_WORDS = 4  # words at most in a page's number ("Page 1 of 3")
_RUNNING_KIND = 2  # a running line prints its kind and number on so many pages at least


# two years running after a word, "FY 2025/26", "PLF 2026/27": the fiscal or school year a
# title names, never a series' serial ("TGN 2026/03 – …")
_TWO_YEARS = re.compile(r"(?:19|20)(\d{2})/(\d{2})")


def _year_span(symbol: str) -> bool:
    """Whether ``symbol``'s last word, after another, is a span of two years running."""
    head, _, last = symbol.rpartition(" ")
    m = _TWO_YEARS.fullmatch(last)
    return bool(head) and m is not None and int(m.group(2)) == (int(m.group(1)) + 1) % 100


def _article_led(symbol: str) -> bool:
    """Whether an article in small letters or capitalised opens ``symbol`` (``act_article``,
    ``document.toml``: "La loi n° …", "The Act No. …"): a sentence names the act so as its
    subject, where a publisher's heading, field or running line prints its own number without
    one (a heading's capitals, "LA" or "THE", may be an acronym's: not read)."""
    m = _article().match(symbol)
    word = m.group(0).strip() if m is not None else ""
    return m is not None and not (word.isupper() and sum(ch.isalpha() for ch in word) > 1)


@cache
def _article() -> re.Pattern[str]:
    """The articles of ``act_article`` opening a text, then a blank or right after an elision."""
    return re.compile(rf"(?i)(?:{document_cues('act_article')})(?:(?<=[\x27\u2019])|[ \t]+)")


@cache
def _part_word() -> re.Pattern[str]:
    """A part word of any language opening a kind (``symbol_part``, ``document.toml``)."""
    return re.compile(rf"(?i)(?:{document_cues('symbol_part')})(?!\w)")


def _headed(head: str, symbol: str, text: str) -> str:
    """The symbol with the kind its heading line prints before it, when that line is a
    heading of capitals that is the number alone (``014/2023`` under "REQUÊTE N° 014/2023"):
    the kind is part of the number as printed (guidelines §6: ``CETS No. 217``), where a
    title's sentence ("Décret n° 2024-251 du …") cites it bare. A line in mixed case keeps its
    kind unless ``text`` prints the number bare more often (a running header's bare number)."""
    if not symbol[:1].isalnum() or not symbol[-1:].isalnum():
        return symbol
    if _MARK_FIRST.match(symbol):
        return _kind_above(head, symbol)
    if not _marked_line_end(head, symbol):
        return symbol  # (speed: neither pattern below can match, so neither is compiled)
    heading = re.compile(rf"(?m)^[ \t#*]*({_CAPS_KIND}{re.escape(symbol)}{_CAPS_TAIL}")
    m = heading.search(head)
    if m is not None:
        return m.group(1)
    # the same line in mixed case, its kind a capitalised word and up to two more, when the
    # kind is no part of a text and no title's line in small letters runs on under it
    # ("Directive No. RSS/CM/DIR/2026/04" alone, as :func:`_kind_heading` reads it)
    mixed = re.compile(
        rf"(?m)^[ \t#*]*((?P<kind>{_MIXED_KIND})[ \t]+{NUMBER_MARK}{re.escape(symbol)}{_CAPS_TAIL}"
    )
    m = mixed.search(head)
    if m is None or _part_word().match(m.group("kind")) is not None:
        return symbol
    if head[m.end() + 1 : m.end() + 3].lstrip(" \t")[:1].islower():
        return symbol
    return symbol if printed_bare(text, symbol, m.group(1)) else m.group(1)


def _marked_line_end(head: str, symbol: str) -> bool:
    """Whether ``symbol`` stands in ``head`` right after a number's mark (``NUMBER_MARK``, which
    holds ``_CAPS_KIND``'s marks, then a blank at most) and closes its line but for a year
    (``_CAPS_TAIL``): what both of :func:`_headed`'s patterns need. Speed: they are built
    around the symbol and compiled per document; the symbol is mostly cited in a sentence,
    where this test of its occurrences saves both compilations."""
    at = head.find(symbol)
    while at >= 0:
        if _MARK_BEFORE.search(head, max(0, at - 8), at) and _TAIL.match(head, at + len(symbol)):
            return True
        at = head.find(symbol, at + 1)
    return False


_MARK_BEFORE = re.compile(rf"{NUMBER_MARK}\Z")  # (searched up to the symbol: a mark closing there)
_TAIL = re.compile(rf"(?m){_YEAR_AFTER}{_LINE_END}")  # _CAPS_TAIL without its group's close
_MARK_FIRST = re.compile(r"(?:N°|Nº|NO\.?|No\.?)[ \t]?\d")  # a number that opens on its mark
# a heading line of one to three capitalised words that is a kind alone, no preposition of a
# name's (PORT MARINE CIRCULAR, DÉCRET; not REPUBLIC OF KENYA)
_CAP = "A-Z\u00c0-\u00de"
_KIND_LINE = re.compile(rf"[{_CAP}][{_CAP}\x27\u2019-]+(?:[ \t]+[{_CAP}\x27\u2019-]{{2,}}){{0,2}}")
_NAME_LINK = re.compile(r"(?i)(?<!\S)(?:of|the|de|du|des|la|le|on|and|et)(?!\S)")


def _kind_above(head: str, symbol: str) -> str:
    """The number a heading prints on its mark alone ("NO. 21 OF 2026") with the kind the line
    above it is ("PORT MARINE CIRCULAR"): the kind broken onto its own line is as much part of
    the number as printed as on one line; else the number as found."""
    m = re.search(rf"(?m)^[ \t#*]*{re.escape(symbol)}[ \t*]*$", head)
    if m is None:
        return symbol
    above = head[: max(m.start() - 1, 0)].rsplit("\n", 1)[-1].strip(" \t#*")  # right above
    if not _KIND_LINE.fullmatch(above):
        return symbol
    if _NAME_LINK.search(above) or _part_word().match(above) is not None:
        return symbol
    return f"{above} {symbol}"


# a code of capitals and digits over slashes alone on its line (S/PRST/2026/4, EC-111/DEC.6), maybe
# after its body's acronym (RATS SCO/CD/52-7),
# over hyphens (a report's number: GAO-26-107412), or an official compilation's abbreviation,
# year and page (FF 2026 1843, the reference a gazette prints on each page of the text)
_CODE_LINE = re.compile(
    r"(?m)^[ \t]*((?:[A-Z]{2,6} )?[A-Z]{1,6}[\w.-]*(?:/[\w.()-]+){1,5}|[A-Z]{2,8}(?:-\d{2,8}){2,3}"
    r"|[A-Z][A-Za-z]{1,3} (?:19|20)\d{2} \d{1,5})[ \t]*$"
)
# a number after one to three dotted initials alone on its line (H. R. 6214, S. 1532)
_INITIALS_LINE = re.compile(r"(?m)^[ \t]*((?:[A-Z]\.[ \t]?){1,3}\d{3,6})[ \t]*$")
_COMPACT = re.compile(r"[\s.]+")


def _running_symbol(text: str, head: str) -> str | None:
    """A code alone on a line of the head that the document prints again: a slash code a
    running header repeats alone on its line further down (a paginated document's own
    number, whatever its publisher's shape), or dotted initials and a number the text
    writes again, maybe without its spaces and dots (H. R. 6214 and H.R.6214)."""
    for m in _CODE_LINE.finditer(head):
        code = m.group(1)
        if any(ch.isdigit() for ch in code) and _repeats(text, code, m.end()):
            return code
    for m in _INITIALS_LINE.finditer(head):
        key = _COMPACT.sub("", m.group(1))
        spaced = r"[\s.]{0,2}".join(re.escape(ch) for ch in key)
        if len(re.findall(rf"(?<![\w.]){spaced}(?!\d)", text)) >= 2:
            return m.group(1).strip()
    return None


def _repeats(text: str, code: str, after: int) -> bool:
    """Whether ``code`` opens or closes a line of ``text`` past offset ``after``: a running
    header, alone or beside its page number or short title ("GAO-26-107412 Counterterrorism")."""
    c = re.escape(code)
    line = re.compile(rf"(?m)^[ \t]*{c}(?:[ \t]|$)|[ \t]{c}[ \t]*$")
    return line.search(text, after) is not None


def _first_symbol(part: str, language: str) -> str | None:
    """The first symbol shape in ``part``: a specific shape before a general one (a kind
    word and a number: "RÉSOLUTION N° 5" yields to "AG-2019-88-RES-05" under it), then
    one of the document's language first."""
    found = _candidates(part, language)
    return min(found)[3] if found else None


# a line of running text with no digit: it holds no number, nor any part of one, and the
# shapes need not read it (half the head's characters); it stays a line, so that no shape's
# neighbouring lines come together
_PROSE = re.compile(r"(?m)^[^\d\n]{80,}$")
_PROSE_LINE = 80  # characters at least on such a line (the pattern's 80)
_DIGIT = re.compile(r"\d")


def _sieved(head: str) -> str:
    """``_PROSE.sub("_", head)``: each line of running text with no digit made "_".

    Why lines and their lengths: a pattern opening on ``(?m)^`` is tried at every character
    of the head (four heads a document); most lines are shorter than a line of prose, and
    only the long ones are searched for a digit (``\\d``, the pattern's own class)."""
    lines = head.split("\n")
    for k, line in enumerate(lines):
        if len(line) >= _PROSE_LINE and _DIGIT.search(line) is None:
            lines[k] = "_"
    return "\n".join(lines)


def _candidates(
    part: str, language: str, full: str | None = None
) -> list[tuple[int, int, int, str]]:
    """The first match of each symbol shape in ``part``, as (strength: 0 specific, 1 weak,
    2 fallback; of another language?; position; symbol): the least tuple is the best. A shape that
    must be printed again counts only when ``full`` (the whole text) is given and holds
    its match twice. Positions are those of the sieved part (:data:`_PROSE`): their order
    is the text's."""
    found: list[tuple[int, int, int, str]] = []
    sieved: dict[int | None, str] = {}  # the part each count of head lines leaves, sieved
    held: dict[int | None, dict[str, bool]] = {}  # the needles each sieved part holds
    # a shape's head lines are the document's own: counted below the front matter, the
    # record a site generator writes over the text (its keys are no lines of the head)
    record = record_end_of(part)
    for shape in _cues().symbols:
        within = sieved.get(shape.lines)
        if within is None:
            cut = part
            if shape.lines is not None:
                cut = part[: record + _head_end(part[record:], shape.lines)]
            within = sieved[shape.lines] = _sieved(cut)
            held[shape.lines] = {}
        if not _may_match(shape.pattern, within, held[shape.lines]):
            continue
        m = _search_word_start(shape, within)
        if m is None:
            continue
        rank = 2 if shape.fallback else int(shape.weak)
        if shape.form is not None:
            found.append((rank, _other(shape, language), m.start(), _formed(shape, m)))
            continue
        group = "symbol" if "symbol" in shape.pattern.groupindex else 0
        if shape.repeated and full is not None and full.count(m.group(group)) < 2:
            continue
        # a line break inside a symbol: none after its own separator (MC.|DOC/4/15),
        # else a space (10010/3/04|REV 3)
        symbol = re.sub(r"(?<=[./])\s*\n\s*", "", m.group(group).strip())
        symbol = re.sub(r"\s*\n\s*", " ", symbol)
        if shape.cited_case:
            symbol = _cited(symbol)
        if _article_led(symbol) or _year_span(symbol):
            continue  # "La loi n° 006/2026 du … est une loi …": a sentence's subject, cited
        lead = within[within.rfind("\n", 0, m.start(group)) + 1 : m.start(group)].lstrip(" \t#*")
        if series_part(lead + symbol, full if full is not None else part):
            continue  # "N° 1" of "RECOMMANDATION N° 1" over "RECOMMANDATION N° 2"
        found.append((rank, _other(shape, language), m.start(group), symbol))
    return found


def _cited(symbol: str) -> str:
    """The symbol with the kind words before its first bracket in citation case when the
    heading prints them in capitals (RÈGLEMENT D'EXÉCUTION (UE) 2026/418 -> Règlement
    d'exécution (UE) 2026/418): a heading's capitals are typography, the act's name is not
    (an act printed in mixed case keeps its printing)."""
    kind, bracket, rest = symbol.partition("(")
    if not bracket or not kind.isupper():
        return symbol
    return kind[:1] + kind[1:].lower() + bracket + rest


# id(pattern) -> (the pattern, its needle sets): a compiled pattern hashes its whole code at
# each look-up, a cache keyed by the pattern itself cost some 20 us a document
_NEEDLES: dict[int, tuple[re.Pattern[str], tuple[tuple[str, ...], ...]]] = {}


def _needles(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """The literal strings a shape's every match holds, one of each set (``COM(``, ``NUMAC``);
    a leading ``(?m)`` (which the needles' parser does not read) changes no literal. The
    sets with fewest needles first: one absent settles it after the fewest tests."""
    kept = _NEEDLES.get(id(pattern))
    if kept is None or kept[0] is not pattern:
        sets = needle_sets(pattern.pattern.removeprefix("(?m)"), pattern.flags)
        kept = _NEEDLES[id(pattern)] = (pattern, tuple(sorted(sets, key=len)))
    return kept[1]


def _may_match(pattern: re.Pattern[str], text: str, held: dict[str, bool]) -> bool:
    """Whether ``text`` holds a needle of each of the shape's sets: a substring test skips
    the search of most of the 63 shapes, which the head never holds (exact: a shape that
    is skipped could not have matched). ``held``: the needles of ``text`` tested so far,
    kept for the shapes after (the shapes share most of theirs: ``No.``, ``/``, ``N°``)."""
    for group in _needles(pattern):
        for n in group:
            found = held.get(n)
            if found is None:
                found = held[n] = n in text
            if found:
                break
        else:
            return False
    return True


def _other(shape: _Shape, language: str) -> int:
    """1 for a shape of another language than the document's, else 0."""
    return int(shape.lang is not None and shape.lang != language)


def _formed(shape: _Shape, m: re.Match[str]) -> str:
    """The symbol as cited, built from the parts the text prints apart (a title's number
    and a part's number under it: 31 CFR Part 594)."""
    assert shape.form is not None
    return shape.form.format(**{k: v.strip() for k, v in m.groupdict().items() if v})


_DASH = re.compile(r"\s[\u2013\u2014-]\s")  # before the number on a download line


def _download_symbol(text: str, language: str) -> str | None:
    """The number after the last dash of the first line offering the full text for
    download that has one (``Download the full text (PDF, 212 KB) — 10473/26``): the
    part after the dash is read as a line of its own."""
    for m in _cues().download.line_matches(text):
        parts = _DASH.split(m.group(0))
        if len(parts) > 1:
            symbol = _first_symbol(parts[-1].strip() + "\n", language)
            if symbol is not None:
                return symbol
    return None


def _same(a: str, b: str) -> bool:
    """Whether two printings of a number are one, whatever their blanks."""
    return "".join(a.split()).casefold() == "".join(b.split()).casefold()
