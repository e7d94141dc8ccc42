"""The document's own number by where it stands, whatever its shape (guidelines, section 6).

:mod:`._docsymbol` knows the shapes of many publishers' numbers; a number of a shape it
does not know (``IF12937``, ``SOR/2026-74``, ``[2026] UKSC 9``, ``SC0147F1a``) is still
told by where the publisher prints it, the same for any publisher:

- in a labelled field of the head or the front matter (``Doc. | SC0147F1a``,
  ``reference: "…"``, ``case: "SK.2025.41"``), also after a marking or a heading's words on
  its line (``TLP:CLEAR Réf. : OCAM/NS/26/0417-F``), not one naming another document's
  number (``No. prev. doc.: 14987/25``) nor one after a publication's dated field
  (``Publication : 28-03-2019 numéro : …``);
- alone on a line of the head (a case's neutral citation under the parties' names), or a
  neutral citation closing the line of the parties' names (``Haddad v Minister [2026] FCA 412``);
- opening a head line that its date closes, a register's entry (``SOR/2026-74 March 20,
  2026``);
- after a number's prefix word opening a head line it is printed on again
  (``Cap. 575 United Nations … Ordinance`` under a breadcrumb's ``Cap. 575``);
- opening or closing lines at least twice: a running header or footer (``IF12937
  https://…`` and ``… | IF12937 · VERSION 3``), which a publisher prints with its own
  number and never with a cited one.

A code-like token is a capital and groups of letters or digits joined by ``/ . -`` or a
number in parentheses, with a digit (``PIFS(26)FRSC.OD.2``), or groups of digits joined
by ``/ . -``, or digits opening groups of capitals (``2026-CT-0118``, ``6B_812/2025``); a
date, a year or a span of years, a fiscal year's label (``FY2021``), a
page number and a phone number are none. The cue
words are data (``data/models/document.toml``); the first candidate of the strongest
kind wins. The finder speaks only when the known shapes find nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .._knowledge import alternation, load_document
from ._docfields import document_cues

__all__ = [
    "another_field",
    "declared_symbol",
    "general_symbol",
    "not_symbol",
    "running_identifier",
    "title_symbol",
]

# a code-like token: a capital, then groups of letters or digits joined by / . - or by a
# number in parentheses, with a digit somewhere (IF12937, SC0147F1a, E-001187/2026,
# SOR/2026-74, OCAM/NS/26/0417-F, SK.2025.41, PIFS(26)FRSC.OD.2), maybe with its year in
# parentheses after a space (PSC/PR/COMM.1241 (2024), S/RES/1624 (2005)); groups of digits
# joined by / . - whose first has three digits or more, the last maybe with a revision's letters
# (6214/26, 003-04-2026, 2026-05R1); a serial number over the slashed capitals of the office
# that issued it (33/JCJHA/07, 0412/MSPC/CAB/SG: the registry's number first, as many
# administrations write it); or a neutral citation: a year (maybe in brackets), a
# court's capitals and a number ([2026] UKSC 9, 2026 CSC 14); or digits that open a code whose
# later group is capitals, or that a letter or two close before a separator (2026-CT-0118,
# 6B_812/2025: a registry's year or chamber first; not a clock's 00.000Z)
_CODE = (
    r"(?:\[(?:19|20)\d{2}\]|(?:19|20)\d{2})[ \t][A-Z]{2,6}(?:[ \t][A-Z][a-z]{1,4})?[ \t]\d{1,5}"
    r"|[A-Z](?=[A-Za-z\d./()-]*\d)[A-Za-z\d]*(?:[-/.][A-Za-z\d]+|\(\d{1,4}\)[A-Za-z\d]*)*"
    r"(?:[ \t]\((?:19|20)\d{2}\))?"
    r"|\d{3,}(?:[-/.]\d+)+(?:[A-Z]{1,2}\d{0,2})?"
    r"|\d{1,5}(?=(?:/[A-Za-z\d.-]+)*/[A-Z]{2})(?:/[A-Za-z\d][A-Za-z\d.-]*){2,}"
    r"|\d(?=[\w./-]{5})\d{0,3}(?:[A-Z]{1,2}|(?=[\d./_-]*[-/._][A-Z]{2}))(?:[-/._][A-Z\d]+){1,4}"
)
# shapes that are dates, years or spans of years, never numbers (01/06/2026, 2011-2014), nor
# a year behind a period's letters (a fiscal or calendar year: FY2021, CY2025, EX2024-25),
# nor a telephone number of the North American plan (514-939-8400, 1-800-420-5805: a
# contact box's line, alone on its line once a page's <br> breaks it)
_NOT_CODE = re.compile(
    r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}"
    r"|(?:[A-Z]{1,3}-?)?(?:19|20)\d{2}(?:[-/](?:19|20)?\d{2})?"
    r"|(?:1-)?\d{3}([-.])\d{3}\1\d{4}"
)
_MIN_LETTERED = 5  # a lettered code this short is a name (G20, H2020 …), not a number
_BULLET = r"[ \t#*>|\u2022\u00b7-]*"  # markup and bullets before a line's content
_YEAR_END = re.compile(r"(?:19|20)\d{2}\W*$")  # a register line ends with its date's year
_DATE_WORDS = 4  # words at most after a register line's number, its date
_REPEATS = 2  # a running header or footer prints the number on so many lines at least

FIELD, ALONE, REGISTER, PREFIXED, RUNNING = 0, 1, 1, 1, 2  # the kinds, strongest first


@dataclass(frozen=True, slots=True)
class _Cues:
    field: re.Pattern[str]  # a label, its separator and a value
    prefixed: re.Pattern[str]  # a prefix word and a number opening a line
    not_own: re.Pattern[str]  # a label naming another document's number
    another: re.Pattern[str]  # such a label and its separator closing a line's start
    roll: re.Pattern[str]  # a roll's label or capitals (a value's capitals then count)
    row: re.Pattern[str]  # a table's row: a label word opening a line, then a code ending it


@cache
def _cues() -> _Cues:
    labels = document_cues("symbol_label", None)
    prefixes = document_cues("symbol_prefix", None)
    not_own = document_cues("symbol_not_own", None)
    roll = document_cues("symbol_roll", None)
    versions = document_cues("symbol_version", None)  # a revision's mark: "rév. 2", "v3.1"
    return _Cues(
        # a label opening its line or a cell (after |), or after a space (a marking or a
        # heading before it: "TLP:CLEAR Réf. : …", "SAFETY DIRECTIVE SD No.: …"), maybe a key
        # in quotes, then ":" or a cell's "|", and the value (maybe quoted) up to the cell's
        # or the line's end, or to the next label of a line of fields ("numéro : 2019041187
        # page : 47318", "No.: 2026-05R1 Issued: 24 April 2026"), or to a middle dot between
        # a record line's fields ("Reference: CISC-GN-07/2026 · Published 30 June 2026")
        field=re.compile(
            rf"(?im)(?:^|\||[ \t])[ \t#*>-]*(?P<label>(?:[^\W\d_][\w.\x27\u2019]*[ \t]){{0,2}}"
            rf"(?:{labels}|{roll}))[ \t]*(?::|\|)[ \t]*[\"\x27]?"
            rf"(?P<value>(?:[A-Z]{{2,6}}[ \t](?=\d))?[^\s\"\x27|]+)"
            rf"(?P<version>[ \t](?:{versions})[ \t]?\d+(?:\.\d+)*)?[\"\x27]?"
            rf"(?=[ \t]*(?:$|[|\u00b7\u2022]|[^\W\d_]+[ \t]?:))"
        ),
        # (the whole number: not "Cap. 08" cut out of a cited act's chapter "Cap. 08:08")
        prefixed=re.compile(
            rf"(?m)^{_BULLET}(?P<value>(?i:{prefixes})[ \t]?\d{{1,5}}[A-Z]?)\b(?![:/.]\d)"
        ),
        not_own=re.compile(rf"(?i)(?<!\w)(?:{not_own})"),
        another=re.compile(rf"(?i)(?<!\w)(?:{not_own})[^:\n]{{0,20}}:[ \t]*$"),
        roll=re.compile(rf"(?i)(?<!\w)(?:{roll})(?!\w)"),
        row=re.compile(rf"(?m)^[ \t|]*(?i:{_worded()})[ \t|]+(?P<value>{_ROW_CODE})[ \t|]*$"),
    )


# a table row's value: a code of capitals and three groups or more over / . - with a digit
# ("EACCC/EXR/26-01", "ICAO/SEC/GN/2027-05"), which no title, name or date is
_ROW_CODE = r"[A-Z](?=[\w./-]*\d)[A-Z\d]*(?:[-/.][A-Za-z\d]+){2,}"


def _worded() -> str:
    """The labels (``symbol_label``) that hold three letters or more, as an alternation: a
    row's "Reference", "Réf.", "Cote", not a number's mark ("No.", "N°"), which a number of
    a known shape keeps as printed."""
    langs = load_document().languages.values()
    words = (w for c in langs for w in c.symbol_label if len(re.sub(r"[\W\d_]", "", w)) >= 3)
    return alternation(words, gap=None)


def another_field(line_start: str) -> bool:
    """Whether ``line_start``, a line's text before a number, ends with a field's label
    that names another document's number ("Previous ref.: ", "Réf. précédente : "): the
    number any shape finds after it is that document's, not this one's."""
    return _cues().another.search(line_start) is not None


def _code(token: str) -> bool:
    """Whether ``token`` is a number's shape: not a date, a year or a span of years, and a
    lettered code long enough not to be a name."""
    if _NOT_CODE.fullmatch(token):
        return False
    return token[0].isdigit() or token[0] == "[" or len(token) >= _MIN_LETTERED


def declared_symbol(value: str | None) -> str | None:
    """``value``, the identifier a page declares outside its text (an HTML page's
    ``DC.identifier``), when it is a number's shape: a code of capitals and digits
    (``ED-2026/WS/4``, ``PR-2026-0412``), not a URL, an ISBN, a DOI or a page's slug of
    small letters (``actu-dgac-2026-118``), which a site records under the same names; nor a
    key of the site's database, one or two groups (``ID-123456``, ``NODE-4521``, a hash
    ``A3F9C2E1B7D4``): a number set in a page's record, out of the text, has three groups at
    least, a series, a type or a year and a serial (``PR-2026-0412``, ``ANSSI-PA-112``)."""
    if value is None or _WHOLE_CODE.fullmatch(value) is None or not _code(value):
        return None
    if len(_GROUP.findall(value)) < _DECLARED_GROUPS:
        return None
    return None if not_symbol(value) else value


_WHOLE_CODE = re.compile(rf"(?:{_CODE})")
_GROUP = re.compile(r"[^-/.()\s]+")  # a code's groups, between its separators
_DECLARED_GROUPS = 3  # groups at least of a number a page declares out of its text
# a dash or a bar between blanks: what sets a title's parts apart ("Résolution sur … - CADHP/Rés.
# 641 (LXXXV) 2026", "IF12937 | Drones"); not a comma, which lists what a title cites
_TITLE_PART = re.compile(r"[ \t]+[-\u2013\u2014|][ \t]+")
_TITLE_CODE_WORDS = 6  # words at most in a title's part that is a number
_SERIAL_DIGITS = re.compile(r"\d{3}")  # a code's serial of three digits or more
_LONG_SERIAL = re.compile(r"\d{4}")  # a serial an unjoined code needs (IF12937, not A400M)
# an issuer's capitals before the first slash (CADHP/, S/, CTC/): not a name (France/, G7/)
_ISSUER = re.compile(r"[A-Z]+/")
# a number's later word: one with a digit (641, 2026, Add.1) or a session's roman numeral in
# parentheses ((LXXXV), (VI))
_CODE_WORD = re.compile(r"[^\s]*\d[^\s]*|\((?:[IVXLCDM]+|[ivxlcdm]+)\)")
_SERIAL = re.compile(r"\d+")  # a group of digits; a year alone is no code's serial


def _edge_code(part: str) -> str | None:
    """The code ``part`` of a title is, its later words those of the number (a serial, a
    session in parentheses, a year) and maybe a remark in parentheses ("(mise à jour)"),
    which is dropped; None when other words follow it ("à L225-8", "euros", "Trade and
    Cooperation Agreement": the part is a phrase, not a number) or when it is no code."""
    words = part.split()
    if not 1 <= len(words) <= _TITLE_CODE_WORDS or _NOT_CODE.fullmatch(words[0]):
        return None
    n = 1
    while n < len(words) and _CODE_WORD.fullmatch(words[n]):
        n += 1
    rest = " ".join(words[n:])
    if rest and not (rest.startswith("(") and rest.endswith(")")):
        return None
    first, code = words[0], " ".join(words[:n])
    if "/" in first:
        # an issuer's capitals, and a serial that is no year ("UE/Royaume-Uni 2024" is none)
        serials = _SERIAL.findall(code)
        if not _ISSUER.match(first) or all(_NOT_CODE.fullmatch(d) for d in serials):
            return None
    elif not (_WHOLE_CODE.fullmatch(first) and _code(first) and _SERIAL_DIGITS.search(first)):
        return None
    elif not re.search(r"[-/.]", first) and not _LONG_SERIAL.search(first):
        return None  # a name's short number joined to its letters (A400M, EC725)
    return None if not_symbol(code) else code


def title_symbol(title: str | None) -> str | None:
    """The number the document's title prints at its edge, set apart from the title's words by
    a dash or a bar: its last part, else its first, when that part is a code and the words of
    its number (:func:`_edge_code`): an issuer's capitals and a slash with a serial that is no
    year (``CADHP/Rés. 641 (LXXXV) 2026``), or a code with a serial of three digits or more,
    four when no separator joins it (``HR-2026-1844-A``, ``IF12937``). A publisher appends its
    number so to the title of its page; a title's words, a year or a span of years ("Plan
    d'action - 2026-2030"), a name with a number ("COVID-19 - …", "G7/G20", "A400M"), two
    names a slash joins ("UE/Ukraine") and an amount in words ("125.000.000 euros") are none."""
    parts = _TITLE_PART.split(title.strip()) if title else []
    for part in (parts[-1], parts[0]) if len(parts) > 1 else ():
        code = _edge_code(part)
        if code is not None:
            return code
    return None


@cache
def _not_symbol_re() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in load_document().not_symbols) or "(?!)")


def not_symbol(value: str) -> bool:
    """Whether ``value`` as a whole takes a shape no document's number takes (an ISBN, a
    telephone number: ``not_symbols``, ``document.toml``)."""
    return _not_symbol_re().fullmatch(value) is not None


def general_symbol(text: str, head: str) -> str | None:
    """The document's own number by where it stands (see the module's docstring), or None;
    ``head`` is the text's head, as :mod:`._docsymbol` cut it, maybe with its lines of
    running text without a digit blanked (they hold no number)."""
    found = [*_fields(head), *_lines(text, head)]
    if found:
        return min(found)[2]
    running = _running(text)  # the weakest kind, and the whole text to read: only then
    return running[2] if running is not None else None


_DIGIT = re.compile(r"\d")
# a field's value: a code's characters, maybe after a register's capitals and a space ("Case
# No.: HCCR 118/2025", "Numéro d'arrêt : DCC 26-214"), as a court or a chamber prints its roll
_VALUE = re.compile(r"(?:[A-Z]{2,6}[ \t])?[\w/.\-]+")
# an issuer's capitals before a serial of three slashed groups or more, a registry's number
# ("Index Number: ASA 37/8421/2026"): the letters are the number's own, where a label's
# capitals before a bare or hyphenated number cite a standard or a code's article
# ("Reference: ISO 31000", "Référence : CPP 706-16")
_ISSUED = re.compile(r"[A-Z]{2,6}[ \t]\d{1,5}(?:/[A-Za-z\d.-]+){2,}")


def _fields(head: str) -> list[tuple[int, int, str]]:
    """A labelled field's value that is a code (or plain digits, which a label makes a
    number), not under a label naming another document's number. A label inside its line
    follows a marking or a heading's words ("TLP:CLEAR Réf. : …"); after another field's
    dated value ("Publication : 28-03-2019 numéro : …") it numbers that publication.
    Only the lines with a separator and a digit are read (a field's position ranks it
    against no other kind's)."""
    cues = _cues()
    out: list[tuple[int, int, str]] = []
    part = "\n".join(x for x in head.split("\n") if (":" in x or "|" in x) and _DIGIT.search(x))
    for m in cues.field.finditer(part):
        value = m.group("value").rstrip(".,;")
        if cues.not_own.search(m.group("label")) or not any(ch.isdigit() for ch in value):
            continue
        a = m.start()
        if m.group(0)[:1] in (" ", "\t") and _DIGIT.search(part, part.rfind("\n", 0, a) + 1, a):
            continue
        if _NOT_CODE.fullmatch(value.split()[-1]) or not _VALUE.fullmatch(value):
            continue
        rolled = cues.roll.search(f"{m.group('label')} {value.split()[0]}")
        if " " in value and not rolled and _ISSUED.fullmatch(value) is None:
            continue  # capitals after a label of no roll: a cited instrument or a part
        out.append((FIELD, m.start("value"), value + (m.group("version") or "")))
        break
    if not out:
        # a two-cell row of a record's table, its label and its value with no colon between
        # them ("<th>Reference</th><td>EACCC/EXR/26-01</td>" read as one line)
        row = cues.row.search(head)
        if row is not None and not _NOT_CODE.fullmatch(row.group("value")):
            out.append((FIELD, row.start("value"), row.group("value")))
    return out


_LINE = re.compile(rf"(?m)^{_BULLET}(?P<token>{_CODE})(?P<rest>[^\n]*)$")
# a neutral citation closing a head line: the case's name, then its citation
_CITED_CASE = re.compile(
    r"(?m)^[^\n]*\S[ \t]+(?P<token>\[(?:19|20)\d{2}\][ \t][A-Z]{2,6}(?:[ \t][A-Z][a-z]{1,4})?"
    r"[ \t]\d{1,5})[ \t]*$"
)


# a case's or a record's number of capitals and three groups or more, one of three digits or
# more, opening a head line before a comma and the case's description: "HR-2026-1844-A, (case
# no. …), criminal case, appeal against judgment" (a name with a number, "COVID-19, …", has
# one group, and a sentence's code is no line's first word)
_LEADING = re.compile(r"[A-Z]{1,6}(?=[\w./-]*\d{3})(?:[-/.][A-Za-z\d]+){2,}")


def _lines(text: str, head: str) -> list[tuple[int, int, str]]:
    """A code alone on a head line, or opening a register's line its date closes, or a
    case's line before a comma, or a prefix word's number opening a line and printed
    again in the text."""
    out: list[tuple[int, int, str]] = []
    for m in _LINE.finditer(head):
        token, rest = m.group("token"), m.group("rest")
        if rest[:1] == "," and _LEADING.fullmatch(token):
            out.append((REGISTER, m.start("token"), token))
            break
        if not _code(token) or rest[:1] not in ("", " ", "\t", "|"):
            continue  # a code cut short inside a word ("AB12cd's", "G7-led")
        rest = rest.strip(" \t|*#")
        if not rest:
            out.append((ALONE, m.start("token"), token))
            break
        if len(rest.split()) <= _DATE_WORDS and _YEAR_END.search(rest):
            out.append((REGISTER, m.start("token"), token))
            break
    for m in _CITED_CASE.finditer(head):
        out.append((ALONE, m.start("token"), m.group("token")))
        break
    for m in _cues().prefixed.finditer(head):
        value = m.group("value")
        if text.count(value) >= _REPEATS:
            out.append((PREFIXED, m.start("value"), value))
            break
    return out


_EDGE_LINE = 120  # characters at most on a running header's or footer's line
_CELL = re.compile(r"[ \t]+[|\u00b7][ \t]+")  # a bar or a middle dot between a line's parts
_WORD = re.compile(rf"(?:{_CODE})")


def _running(text: str) -> tuple[int, int, str] | None:
    """The first code printed at a line's edge on ``_REPEATS`` lines or more: a short
    line's first or last word, or a part of it between bars or middle dots (``IF12937
    https://…``, ``https://… | IF12937 · VERSION 3``)."""
    seen: dict[str, list[int]] = {}
    for pos, line in _edge_lines(text):
        for token in _edge_tokens(line):
            seen.setdefault(token, []).append(pos)
    repeated = [(v[0], k) for k, v in seen.items() if len(v) >= _REPEATS]
    return (RUNNING, *min(repeated)) if repeated else None


_TABLE_ROW = re.compile(r"[ \t]*\|")  # a table's row (Markdown), not a running line
_CODED = re.compile(r"[A-Z\d][-/.]?\d")  # a capital or a digit before a digit: a code may stand
# the last text's edge lines (:func:`_edge_lines`): (the text, its lines and their offsets)
_last_edges: list[tuple[str, list[tuple[int, str]]]] = []


def _edge_lines(text: str) -> list[tuple[int, str]]:
    """The lines of ``text`` a running header or footer may be, with their offsets: short,
    no table's row, a code's digits in them. Both readers of running lines
    (:func:`_running`, :func:`running_identifier`) read these, and of the same text: the
    last text's are kept (each pass over all the lines of a text was ~0.1 ms)."""
    memo = _last_edges[0] if _last_edges else None  # read once: another thread may replace it
    if memo is not None and memo[0] is text:
        return memo[1]
    out: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        if len(line) <= _EDGE_LINE and not _TABLE_ROW.match(line) and _CODED.search(line):
            out.append((pos, line))
        pos += len(line) + 1
    _last_edges[:] = [(text, out)]
    return out


def _edge_tokens(line: str) -> set[str]:
    """The codes at the edges of ``line`` and of its parts between bars or middle dots."""
    out: set[str] = set()
    for part in _CELL.split(line.strip(" \t#*>-")):
        words = part.split()
        for word in words[:1] + words[-1:]:
            if _WORD.fullmatch(word) and _code(word) and not word.isdigit():
                out.add(word)
    return out


# a running header's or footer's page number or page label at a line's edge ("2", "Page 3")
# (or its count of pages, "1/5", "Page 2 of 5")
_PAGE_EDGE = re.compile(
    r"^(?:(?:Page|p\.)[ \t]*)?\d{1,3}[ \t]+"
    r"|[ \t]+(?:(?:Page|p\.)[ \t]*)?\d{1,3}(?:(?:/|[ \t]+of[ \t]+)\d{1,3})?$"
)
# a field separator of a running line: a dash, a bar or a middle dot with a space either side
# ("SOC/845 – EESC-2026-01877-00-00-AC-TRA (EN)   1/5": the number, then the file's)
_EDGE_FIELD = re.compile(r"[ \t]+[|\u00b7\u2013\u2014][ \t]+")
# a field before the separator numbers the document only with a code's join of capitals and
# digits inside a word ("SOC/845", "TEN/812"): a body's capitals and a year or a count ("OSCE
# 2026 – Annual Security Review", "MARS 2026 – RAPPORT ANNUEL", "ISO 31000 – …", "VOL 12"), a
# month or a fiscal year ("03/2026 – …", "FY 2025/26 – …") or a version ("VERSION 1.2") name
# an event, a month, a standard or an edition the running line titles
_JOINED = re.compile(r"[A-Z][-/.]\d|\d[-/.][A-Z]")
# an identifier of a few words: capitals, digits, and groups joined by / . - ( ), a
# digit somewhere and no word of running text ("DOC 56 1482/001", "PE 761.234v02-00")
# (small letters only right after a digit, a version's "v02": a writer's initials "HL/ks" are none)
_ID_WORD = re.compile(
    r"[A-Z\d](?:[A-Z\d]|(?<=\d)[a-z])*(?:[-/.()][A-Z\d()](?:[A-Z\d()]|(?<=\d)[a-z])*)*\.?"
)
_ID_WORDS = 5  # words at most in an identifier
_ID_LINES = 3  # a running header or footer prints it on so many lines at least


def _identifier(content: str) -> bool:
    """Whether ``content`` (a line's words, blanks collapsed) is an identifier's shape: at most
    a few words, each a capital or a digit and a code's characters, a digit group and a code's
    separator or a word of capitals besides, and neither a date nor a year."""
    words = content.split(" ")
    if not 1 <= len(words) <= _ID_WORDS or not all(_ID_WORD.fullmatch(w) for w in words):
        return False
    if _NOT_CODE.fullmatch(content) or not any(ch.isdigit() for ch in content):
        return False
    capitals = any(w.isupper() and len(w) >= 2 and w.isalpha() for w in words)
    return "/" in content or (capitals and any(w[0].isdigit() for w in words))


def running_identifier(text: str) -> str | None:
    """An identifier a running header or footer prints alone on ``_ID_LINES`` lines or more,
    beside a page number at most, whatever its spacing ("DOC 56     1482/001   3"): what a
    paginated document repeats so is its own number, never a cited one (the first
    printing's spacing, collapsed)."""
    seen: dict[str, int] = {}
    for _, line in _edge_lines(text):
        content = " ".join(_PAGE_EDGE.sub("", line.strip().strip(" \t#*>-")).split())
        fields = [content] if _identifier(content) else _EDGE_FIELD.split(content)[:1]
        for field in fields:
            if field and _identifier(field) and (field == content or _JOINED.search(field)):
                seen[field] = seen.get(field, 0) + 1
    found = [k for k, n in seen.items() if n >= _ID_LINES]
    return found[0] if found else None
