"""Where a number stands tells the document's own from one it cites (guidelines, section 6).

The shapes of :mod:`._docsymbol` find numbers wherever the head prints them; four features of
their place hold for any publisher and any genre:

- a number printed only inside a sentence of running text (some words before it on its
  line, words in small letters among them, some words after it, a long line) is cited:
  "… the EU Action Plan (COM(2017) 610) and …". A publisher prints its own number in a
  heading, a field, a running line or a title's opening words, not in mid-sentence;
- a site generator's record (front matter) names the text's number under a key whose name
  says so, whatever the generator spells it: ``pubNumber``, ``doc_id``, ``code``,
  ``document-ref``. The key's parts (camelCase, snake_case, kebab-case) are read against a
  list of parts (``symbol_key``, ``document.toml``), not against whole keys; a machine's
  identifier under such a key (a content hash, a database's zero-padded id) is no number;
- a code alone on one of the first lines with words (``CIVEX-VIII/019`` under the
  language's letters) is the document's, before a number of a known shape printed lines
  later under it ("Document de référence … COM(2025) 148 final");
- an abbreviated label's point separates it from its value as a colon does
  (``Résolution Réf. PAM/PL/20/RES/2026/4 Mis en ligne …``).

The cue words are data; the rest is shape. Cost: a few substring searches of the head, the
front matter's lines once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from .._knowledge import load_document
from ..normalise._linekinds import front_matter_block
from ._docfields import document_words
from ._docshape import _code, not_symbol

__all__ = [
    "dotted_label",
    "in_prose",
    "label_above",
    "names_another",
    "not_symbol",
    "opening_code",
    "record_number",
    "shown_cited",
]

_BEFORE = 4  # words at least before a cited number on its line
_AFTER = 3  # words at least after it: the sentence runs on (a line it closes is a heading's)
_SMALL = 2  # of them in small letters at least: a sentence's, not a heading's capitals
_LINE_WORDS = 12  # words at least on a line of running text


def in_prose(head: str, symbol: str) -> bool:
    """Whether every printing of ``symbol`` in ``head`` stands inside a sentence of running
    text (see the module's docstring); False when ``head`` does not print it as found."""
    pos = head.find(symbol)
    if pos < 0:
        return False
    while pos >= 0:
        start = head.rfind("\n", 0, pos) + 1
        end = head.find("\n", pos)
        end = end if end >= 0 else len(head)
        before, after = head[start:pos].split(), head[pos + len(symbol) : end].split()
        small = sum(1 for w in before if w[:1].islower())
        if len(before) < _BEFORE or small < _SMALL or len(after) < _AFTER:
            return False
        if len(before) + len(after) + 1 < _LINE_WORDS:
            return False
        pos = head.find(symbol, pos + 1)
    return True


# a record's line: a key (maybe quoted), a colon, the rest of the line its value (its quotes,
# spaces and digit are tested by _record_value: no pattern backtracks over a long line)
_RECORD_LINE = re.compile(
    r"(?m)^[ \t]*[\"\x27]?(?P<key>[A-Za-z][\w.-]{0,40})[\"\x27]?:(?P<value>.*)$"
)
_QUOTES = '"\x27'
_KEY_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")  # pubNumber -> pub, Number
# a value that is a number: code characters, a digit, at most two words (not a date, a
# time stamp, a count, a link or a sentence)
_VALUE = re.compile(r"(?=[^\s]*\d)[\w#/.()-]+(?:[ \t][\w#/.()-]+){0,2}")
# nor a machine's identifier: a long run of digits (LEGITEXT000025503132) or of hexadecimal
# digits (a content id 66b2f1c9a4e3d20001a7c4f2, a UUID's groups), which a database gives
_NOT_NUMBER = re.compile(
    r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:[ T].*)?|\d{4}-\d{2}-\d{2}(?:[ T].*)?|\d+|.*://.*"
    r"|.*\d{10}.*"
)
_HEX = frozenset("0123456789abcdef-")
_HEX_ID = 12  # characters at least in a hexadecimal identifier


def _key_parts() -> frozenset[str]:
    """The parts of a record's key naming a number, every language's (``symbol_key``)."""
    return document_words("symbol_key")


def record_number(text: str) -> str | None:
    """The value of the first key of the text's front matter that names a number (see the
    module's docstring), when it is a number's shape; else None."""
    lines = text[:8000].split("\n")
    end = front_matter_block(lines)
    if end == 0:
        return None
    parts = _key_parts()
    for m in _RECORD_LINE.finditer("\n".join(lines[:end])):
        value = _record_value(m.group("value"))
        if value is None or not _VALUE.fullmatch(value) or _NOT_NUMBER.fullmatch(value):
            continue
        if _hex_id(value) or not _symbol_shape(value):
            continue
        key = [p.casefold() for p in _KEY_PART.findall(m.group("key"))]
        if key and (key[0] in parts or key[-1] in parts) and not _not_own_key(key):
            return value
    return None


def _record_value(raw: str) -> str | None:
    """A record line's value without its quotes and spaces, when it has a digit and no quote
    inside; else None."""
    value = raw.strip(" \t")
    value = value[1:] if value[:1] in _QUOTES and value else value
    value = value[:-1] if value[-1:] in _QUOTES and value else value
    value = value.rstrip(" \t")
    if any(q in value for q in _QUOTES) or not any(ch.isdigit() for ch in value):
        return None
    return value.strip()


def _symbol_shape(value: str) -> bool:
    """Whether a record's ``value`` has a number's shape: not opening on a small letter (a
    release's name, a version's "v2"), a capital or a code's joint in it (not a version's
    "1.2.3"), and none of the shapes no number takes (``not_symbols``: an ISBN, a telephone)."""
    if value[:1].islower() or not any(ch.isupper() or ch in "/-" for ch in value):
        return False
    return not not_symbol(value)


def _not_own_key(key: list[str]) -> bool:
    """Whether a record key's parts name another document's number (``isbn_number``)."""
    words = document_words("symbol_not_own")
    return any(p in words for p in key)


def _hex_id(value: str) -> bool:
    """Whether ``value`` is a hexadecimal identifier (a content id, a UUID): long, only
    hexadecimal digits and hyphens, letters among them."""
    return len(value) >= _HEX_ID and set(value) <= _HEX and not value.replace("-", "").isdigit()


_OPENING_LINES = 6  # the head's first lines with words, where a publisher prints its number
_OPENING_CHARS = 6  # letters and digits at least: a shorter code is a page's ("VII-1", "A-12")


def opening_code(head: str) -> str | None:
    """The code standing alone on one of the head's first lines with words (``CIVEX-VIII/019``
    under a language's letters), joined by a slash or a hyphen and not a date, a year or a
    page's number: where a publisher prints its own number before anything it cites; else None.
    """
    seen = 0
    for line in head.split("\n"):
        content = line.strip(" \t#*>|")
        if not content:
            continue
        seen += 1
        if seen > _OPENING_LINES:
            return None
        fits = _OPENING.fullmatch(content) and _code(content) and _long_enough(content)
        if fits and not not_symbol(content):
            return content
    return None


def shown_cited(head: str, at: int) -> bool:
    """Whether the number printed at ``at`` in ``head`` is shown to be another document's: a
    label word of a number (``symbol_label``, ``symbol_not_own``) opens its line or the line
    with words above it ("Reference document Communication …" over "COM(2020) 795 final")."""
    start = head.rfind("\n", 0, at) + 1
    above = head[:start].rstrip().rpartition("\n")[2]
    return any(_dotted().opens.match(x.strip(" \t#*>|")) for x in (head[start:at], above))


def names_another(before: str) -> bool:
    """Whether ``before``, a line's text before a number, holds a word naming another kind of
    number or another document's (``symbol_not_own``: "Cat. No.:", "ISBN", "cf.")."""
    return _dotted().not_own.search(before) is not None


def _long_enough(code: str) -> bool:
    return sum(ch.isalnum() for ch in code) >= _OPENING_CHARS


# one token of capitals, digits and a code's joints, a digit and a slash or a hyphen in it
_OPENING = re.compile(r"(?=[^/-]*[/-])(?=\D*\d)[A-Z\d][\w./()-]*[\w)]")


def dotted_label(head: str) -> str | None:
    """A slash code of three parts or more right after an abbreviated label of the head and a
    space, no colon between (``Résolution Réf. PAM/PL/20/RES/2026/4 Mis en ligne …``): the
    abbreviation's point is the label's separator; a label naming another document's number
    before it ("cf. réf.") rules it out. The code may close a quoted value of the front
    matter (``footer: '… · Réf. CTIF/FT/2025/11'``), its quote no part of it. Else None."""
    cues = _dotted()
    for m in cues.field.finditer(head):
        start = head.rfind("\n", 0, m.start()) + 1
        value, before = m.group("value"), head[start : m.start() + 1]
        if any(ch.isdigit() for ch in value) and not cues.not_own.search(before):
            return value
    return None


@dataclass(frozen=True, slots=True)
class _Dotted:
    field: re.Pattern[str]  # an abbreviated label, a space and a slash code
    not_own: re.Pattern[str]  # a word naming another document's number
    alone: re.Pattern[str]  # any label of a number, maybe with its colon, a line's whole
    opens: re.Pattern[str]  # a label's word or another document's opening a line


@cache
def _dotted() -> _Dotted:
    langs = load_document().languages.values()
    labels = sorted({w for c in langs for w in c.symbol_label if w.endswith(".")}, key=len)
    alt = "|".join(re.escape(w) for w in reversed(labels))
    not_own = "|".join(re.escape(w) for w in sorted({w for c in langs for w in c.symbol_not_own}))
    every = "|".join(re.escape(w) for w in sorted({w for c in langs for w in c.symbol_label}))
    return _Dotted(
        field=re.compile(
            rf"(?im)(?:^|[ \t])(?:{alt})[ \t]+"
            r"(?-i:(?P<value>[A-Z][\w.-]*(?:/[\w.()-]+){2,}))(?=[\"\x27\u2019\u201d]?(?:[ \t]|$))"
        ),
        not_own=re.compile(rf"(?i)\b(?:{not_own})"),  # every such word opens on a letter
        alone=re.compile(rf"(?i)(?:{every})[ \t]*:?"),
        opens=re.compile(rf"(?i)(?:{every}|{not_own})(?!\w)"),
    )


def label_above(head: str) -> str | None:
    """The code on the line under a line that is a field's label alone (``Reference`` over
    ``NPSA-GUID-CP-0412 v3.1``): a definition list's term over its value, a form's box, the
    label's line its separator; a version's mark after the code is part of it. Else None."""
    lines = [x.strip(" \t#*>|-") for x in head.split("\n")]
    lines = [x for x in lines if x]
    label = _dotted().alone
    for above, line in pairwise(lines):
        if label.fullmatch(above) is None:
            continue
        first, _, rest = line.partition(" ")
        if _OPENING.fullmatch(first) and _code(first) and (not rest or _version().fullmatch(rest)):
            return line
    return None


def _part_words() -> frozenset[str]:
    """The words naming a part of a text (``symbol_part``), every language's."""
    return document_words("symbol_part")


@cache
def _version() -> re.Pattern[str]:
    """A version's mark after a code: a version word (``symbol_version``) and its number."""
    words = {w for c in load_document().languages.values() for w in c.symbol_version}
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?i)(?:{alt})[ \t]?\d+(?:\.\d+)*")


def with_acronym(head: str, symbol: str) -> str:
    """``symbol`` with the acronym of capitals a head line prints right before it when the
    line is the two alone (``TREVI 90/PA/3``, ``CP 1418``): the issuing body's letters are
    part of the number as printed (guidelines §6: ``CETS No. 217``); a label's or another
    document's letters (``ISBN``, ``NOR``) are none. Else ``symbol`` as found."""
    if not symbol[:1].isdigit():
        return symbol
    for m in _ACRONYM_LINE.finditer(head):
        if m.group("symbol") == symbol and not _labelled(m.group("acronym")):
            return f"{m.group('acronym')} {symbol}"
    return symbol


_ACRONYM_LINE = re.compile(r"(?m)^[ \t#*]*(?P<acronym>[A-Z]{2,6})[ \t]+(?P<symbol>\d\S*)[ \t*]*$")


def _labelled(acronym: str) -> bool:
    """Whether ``acronym`` is a label's, a number's mark ("NO 21"), a part's ("ANNEX 2024/17")
    or names another document's number ("ISBN"): the label and part words and a record key's
    parts are data."""
    cues = _dotted()
    if acronym.casefold() in _key_parts() or acronym.casefold() in _part_words():
        return True
    return cues.alone.fullmatch(acronym) is not None or cues.not_own.match(acronym) is not None
