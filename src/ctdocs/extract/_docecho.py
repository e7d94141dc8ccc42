"""The document's own number told by its echo, whatever its shape (guidelines, section 6).

A publisher prints its document's number on a short line of the head and again elsewhere:
a citation line at the foot ("Pour citer cette publication : …, Note de la FRS, n°17/2026"),
a running footer ("Circulaire n° 0873/PR/PM/MATSP/SG/DGSP/2026 Page 1/3"), a breadcrumb.
A number the text cites is printed in running text (a long line, or one that ends as a
sentence does: "See note KX-0412/26."), and a part's number ("Article L230-1") after the
part's word; neither stands so. The finder reads codes no publisher's shape describes:
groups of letters or digits joined by ``/ _ - .`` with a digit, maybe opening with digits
(``17/2026``, ``6B_812/2025``, ``0873/PR/PM/MATSP/SG/DGSP/2026``). A date, a file's name,
an ISBN's or a phone number's run of digit groups, a fraction's page number and a short
lettered name (``G7``, ``NC3A``) are none, and the head ends at the first part's heading
(a code's "Article L230-1", after which a cited act's "Création LOI n°2026-512 … - art. 4"
is repeated under each article). It speaks only when no other finder of
:mod:`._docsymbol` does: the weakest evidence, the first such code in reading order. The
part words are data (``data/models/document.toml``: ``symbol_part``).

Speed: a scan of the head's short lines, and a search of the text for each code they hold
(a few per document).
"""

from __future__ import annotations

import re
from functools import cache

from ._docfields import document_cues
from ._docshape import _NOT_CODE

__all__ = ["echoed_symbol", "printed_bare", "running_kind_line", "whole_cell"]

# a code: groups of letters or digits joined by / _ - . , with a digit; maybe after a number's
# mark ("n°17/2026", "N° 0873/PR/…"), which is part of the number as printed (guidelines §6);
# not the seconds of a clock time ("2026-11-03T16:45:00.000Z", a record's timestamp)
_TOKEN = re.compile(
    r"(?<![\w/.\u00b0\u00ba-])(?<!\d:)(?P<mark>(?:[Nn][°º]|N[Oo]\.)[ \t]?)?"
    r"(?P<code>(?=[\w./-]*\d)[A-Za-z\d]+(?:[-/._][A-Za-z\d]+)+|[A-Z]+\d[A-Za-z\d]*)"
    r"(?![\w/-]|\.\w)"
)
_FILE = re.compile(r"\.[A-Za-z]+$")  # a file's name: "chapter4-1.html", "ch03.md"
_DIGITS_ONLY = re.compile(r"[\d./_-]+")
_MIN_LETTERED = 5  # a lettered code this short is a name (G7, NC3A), not a number
_MIN_DIGITS = 4  # digits at least in a code of digits alone (not a page's "1/3")
_MAX_GROUPS = 2  # digit groups joined at most (an ISBN or a phone number runs on)
_LINE_WORDS = 12  # words at most on the head line that holds the number
_STOPS = (".", "!", "?", ";")  # a sentence's end: a line of running text, however short
_CHROME = ("](", "://")  # a link's target: a path, not a number
_PAGED = re.compile(r"[ \t]\d{1,3}[ \t]*$", re.M)  # a line closing on a page's number
_PAGED_LINES = 2  # such lines at least print a running header, not a contents entry


@cache
def _part() -> re.Pattern[str]:
    """A part's word closing the line's text before a code ("Article ", "Chapter ")."""
    return re.compile(rf"(?i)(?<!\w)(?:{document_cues('symbol_part')})[ \t]*$")


@cache
def _part_heading() -> re.Pattern[str]:
    """A line opening with a part's word and its number ("Chapitre X : …", "Article
    L230-1", "Part 2"): the body begins there, and the head with the document's number
    before it."""
    words = document_cues("symbol_part")
    return re.compile(rf"(?i)^[ \t#*]*(?:{words})[ \t]+(?-i:[IVXLC]+\b|[A-Z]*\d)")


def _is_code(code: str) -> bool:
    """Whether ``code`` is a number's shape, not a date, a file, a name or a run of digits."""
    if _NOT_CODE.fullmatch(code) or _FILE.search(code):
        return False
    if _DIGITS_ONLY.fullmatch(code):
        groups = re.split(r"[./_-]", code)
        digits = sum(len(g) for g in groups)
        return len(groups) <= _MAX_GROUPS and digits >= _MIN_DIGITS and "." not in code
    return not code[0].isalpha() or len(code) >= _MIN_LETTERED


def echoed_symbol(text: str, head: str) -> str | None:
    """The first code on a short line of ``head`` (the text's head) that ``text`` prints
    again off that line, with its number's mark; or None. A short line that repeats one
    above with the number's year added is a running header under the head's own printing,
    which is returned whole (:func:`_first_printing`)."""
    pos = 0
    # the short head lines above with a digit, that may print the number first (a line
    # with none prints no number: kept, it was tested again at every line below it)
    above: list[str] = []
    for line in head.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if _part_heading().match(line):
            return None
        if len(line.split()) > _LINE_WORDS or line.rstrip().endswith(_STOPS):
            continue  # running text: a sentence's number is a cited one
        # a line that repeats one above adds a year after a slash: none without one
        first = _first_printing(above, line) if "/" in line else None
        if first is not None:
            return first
        numbered = any(ch.isdigit() for ch in line)
        if numbered:
            above.append(line.strip())
        if line.lstrip().startswith("|") or _PAGED.search(line):
            continue  # a table's row; a contents entry or a running header, an echo
        if not numbered or any(c in line for c in _CHROME):
            continue
        for m in _TOKEN.finditer(line):
            code = m.group("code")
            if not _is_code(code) or _part().search(line[: m.start()]):
                continue
            if m.group("mark") and _instrument().search(line[: m.start()]):
                continue  # a report's "SUR LE PROJET DE LOI N° 21/2026": the bill's number
            if _echoes(text, code, start, start + len(line)):
                return _issuer(text, line[: m.start()], code) or (m.group("mark") or "") + code
    return None


# a year after a number's last slash, closing its line: "/2026", what a running header adds
_YEAR_TAIL = re.compile(r"/(?:19|20)?\d{2}[ \t]*$")


def _first_printing(above: list[str], line: str) -> str | None:
    """A head line above that ``line`` repeats with the number's year added ("BFIU Circular
    No. 34" over the running header's "BFIU Circular No. 34/2026"): the head's printing is
    the number as the document prints it for itself (guidelines §6), the running form a
    header's longer citation of it; or None. ``above`` holds only lines with a digit: a
    line with none prints no number."""
    text = line.strip()
    for first in above:
        if not text.startswith(first):
            continue
        if _YEAR_TAIL.fullmatch(text[len(first) :]):
            return first
    return None


@cache
def _instrument() -> re.Pattern[str]:
    """An instrument's name closing the line's text before a number's mark ("projet de
    loi N° ", "the Act No. "): the number is that instrument's, which the text cites."""
    return re.compile(rf"(?i)(?<!\w)(?:{document_cues('instrument')})[ \t]*$")


# an issuer's initials, maybe with a word or two of its series, closing the line's text before
# a number with no mark: "DCC 26-214", "FIU GUIDELINE 7/2026"
_ISSUER = re.compile(r"(?<![\w-])[A-Z]{2,6}(?:[ \t][A-Z][A-Za-z]+){0,2}[ \t]$")


def _issuer(text: str, before: str, code: str) -> str | None:
    """The number with its issuer's initials, as the head prints them before it, when the
    text prints them before it again, in any case ("FIU Guideline 7/2026" in a running
    header under "FIU GUIDELINE 7/2026"): they are part of the number as printed
    (guidelines §6: ``CETS No. 217``), not a title's words."""
    m = _ISSUER.search(before)
    if m is None:
        return None
    words = m.group(0).split()
    again = r"[ \t]+".join(re.escape(w) for w in words)
    pattern = rf"(?i)(?<![\w/.-]){again}[ \t]+{re.escape(code)}(?![\w/-]|\.\w)"
    if len(re.findall(pattern, text)) < 2:
        return None
    return " ".join(words) + " " + code


def _echoes(text: str, code: str, start: int, end: int) -> bool:
    """Whether ``text`` prints ``code`` as a whole token outside ``text[start:end]``: once
    anywhere, or on two lines that close on a page's number; one such line alone is a
    contents entry, which repeats the title that holds the number ("Analyse 04/2025 :
    l'action de l'UE 3"), not the number (a running header prints it page after page)."""
    token = re.compile(rf"(?<![\w/.-]){re.escape(code)}(?![\w/-]|\.\w)")
    paged = 0
    for m in token.finditer(text):
        if start <= m.start() < end:
            continue
        close = text.find("\n", m.end())
        if not _PAGED.search(text, m.end(), len(text) if close < 0 else close):
            return True
        paged += 1
    return paged >= _PAGED_LINES


# a head line that is a kind's word and a plain number, nothing else: "Document 1762" (not a
# year: "Act 1995"; nor a page's or a list's small number)
_KIND_NUMBER = re.compile(
    r"(?m)^[ \t#*]*([A-Z\u00c0-\u00de][a-z\u00e0-\u00ff]{2,}[ \t]+\d{3,6})[ \t*]*$"
)
_RUNNING_LINES = 2  # later lines at least that open on the same kind and number


def running_kind_line(text: str, head: str) -> str | None:
    """A head line that is a kind's word and a number alone ("Document 1762") which later
    lines of ``text`` open on again, alone or before a date or a page's number (a running
    header "Document 1762   4 décembre 2001" on each page): a paginated text repeats its own
    number so at its pages' heads, the kind included, and never a cited one; or None. Not a
    year ("Act 1995") nor a part's word ("Article 1234", ``symbol_part``)."""
    for m in _KIND_NUMBER.finditer(head):
        line = m.group(1)
        number = line.split()[-1]
        if (len(number) == 4 and number[:2] in ("19", "20")) or _part().search(
            line.split()[0] + " "
        ):
            continue
        again = re.compile(rf"(?m)^[ \t#*]*{re.escape(line)}(?![\w/.-])")
        if sum(1 for _ in again.finditer(text, m.end())) >= _RUNNING_LINES:
            return " ".join(line.split())
    return None


def printed_bare(text: str, symbol: str, labelled: str) -> bool:
    """Whether ``text`` opens or closes more lines with ``symbol`` alone than it prints it
    with its kind (``labelled``): a publisher repeats its own number as it writes it, so the
    cover's kind and mark are a label once a running header prints the number alone on its
    pages; a tie keeps the kind ("Directive No. RSS/CM/DIR/2026/04" on the cover and each
    page's header), and a sentence citing the bare number is no header: the bare lines
    counted are those printed again in the same shape, their page's number aside, as a
    running header is; a hard-wrapped sentence's lines opening or closing on it never are."""
    if text.count(symbol) <= 2 * text.count(labelled):
        return False  # (speed: too few printings for the lines to outnumber the kind's)
    shapes: dict[str, int] = {}
    for line in text.splitlines():
        s = line.strip()
        if (s.startswith(symbol) or s.endswith(symbol)) and labelled not in s:
            shape = _DIGITS.sub("0", " ".join(s.replace(symbol, "\x00").split()))
            shapes[shape] = shapes.get(shape, 0) + 1
    # a running header recurs, its page's number aside; a wrapped sentence's line, opening or
    # closing on the number it cites ("… la circulaire\nMI/CT/2027/11 dans chaque port"), not
    return sum(n for n in shapes.values() if n >= 2) > text.count(labelled)


_DIGITS = re.compile(r"\d+")


# a piece of a number the text may print around the code found, words apart: digits, a dash, a
# short run of capitals, a group of a code's characters holding a digit ("POC C 1 2025.2-Doc 7.Rev
# 1", a senate's "3 - 1198/3"); not a word, a kind ("DÉCRET"), a mark ("N°"), a year or a
# session's years ("- 2005/2006" after the number dates it) nor a day ("DU 21/08/2026",
# a running header's "2026-08-21")
_PIECE = re.compile(
    r"(?!(?:19|20)\d{2}(?:[-/](?:19|20)\d{2})?$|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$"
    r"|(?:19|20)\d{2}-\d{1,2}-\d{1,2}$)"
    r"(?:\d+|[-\u2013]|[A-Z]{1,4}|(?=[\w./-]*\d)[A-Za-z\d]+(?:[-/.][A-Za-z\d]+)+)"
)
_DASH = ("-", "\u2013")
_LINE_PIECES = 8  # pieces at most around the code


def _run(line: str, symbol: str) -> tuple[list[str], int] | None:
    """The run of pieces around ``symbol``'s first printing on ``line``, with the index of
    its own piece; None where it stands inside a longer word."""
    words = [w.rstrip(",;:") for w in line.replace(symbol, "\x00", 1).split()]
    if "\x00" not in words:
        return None
    at = words.index("\x00")
    lo, hi = at, at + 1
    while lo > 0 and at - lo < _LINE_PIECES and _PIECE.fullmatch(words[lo - 1]):
        lo -= 1
    while hi < len(words) and hi - at <= _LINE_PIECES and _PIECE.fullmatch(words[hi]):
        hi += 1
    return words[lo:hi], at - lo


def whole_cell(text: str, symbol: str) -> str:
    """``symbol`` with the pieces the text prints around it (``_PIECE``) the same on two
    lines or more, one of them that alone, the widest such: a number with blanks inside
    ("POC C 1 2025.2-Doc 7.Rev 1", a senate's "3 - 1198/3") is printed whole by its publisher
    alone on its cover and again on its pages' headers, where a finder of one code reads a
    part of it; a page's number or a day after it is no line's whole, nor is a wider run
    when the text prints ``symbol`` alone on a line. Else ``symbol``."""
    if text.count(symbol) < 2:
        return symbol  # (speed: printed once, no window repeats)
    seen: dict[str, int] = {}
    alone: set[str] = set()
    for line in text.splitlines():
        if symbol not in line:
            continue
        whole = " ".join(line.split())
        if whole == symbol:
            # printed alone: the number as its publisher writes it, where a running header
            # adds its page's number ("S/2027/118 2" in a letter and again in its annex)
            return symbol
        alone.add(whole)
        found = _run(line, symbol)
        if found is None:
            continue
        run, at = found
        forms = {
            " ".join(run[lo:hi]).replace("\x00", symbol)
            for lo in range(at + 1)
            for hi in range(at + 1, len(run) + 1)
            if run[lo] not in _DASH and run[hi - 1] not in _DASH
        }
        for form in forms:
            seen[form] = seen.get(form, 0) + 1
    wide = [
        f for f, n in seen.items() if n >= 2 and f != symbol and f in alone and not _paged(f, alone)
    ]
    return max(wide, key=lambda f: (len(f.split()), f), default=symbol)


def _paged(form: str, alone: set[str]) -> bool:
    """Whether ``form`` is a line printed alone (``alone``) with a page's number before or
    after it: "CM 4 0318/27 REV 2 2" on a page's header, where pages restart in an annex and
    print it twice, over the cover's "CM 4 0318/27 REV 2"."""
    rest, _, last = form.rpartition(" ")
    first, _, after = form.partition(" ")
    return (last.isdigit() and rest in alone) or (first.isdigit() and after in alone)
