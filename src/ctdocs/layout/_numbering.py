"""The numbering grammar: which marker a line opens with, and how it is cited.

A policy or legal text numbers its units in a handful of styles (annotation
guidelines §1a). This module reads them; the schemes that are data
(articles, divisions of an act, item families) come from
``data/models/numbering.toml``, validated on load. The shapes that are plain
arithmetic (decimal ``16.2.5``, paragraph ``18.``, roman ``VII.`` and capital
``A.`` section headings, lettered and roman items, bullets) are here.

A :class:`Marker` says what kind of unit a line opens and its value; how the
value is cited (``Article 5(1)(a)``) depends on what is open above it, which
the structure stage knows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import cast

from .._knowledge import ascii_openings, may_open
from .._linememo import current_memo
from .._vocab import MarkerKind
from ._headingparts import foreign_heading, lead_part, part_space
from ._markergate import may_mark
from ._numberingschema import NumberingFile, load_numbering
from ._saying import describes, says

__all__ = [
    "Marker",
    "MarkerKind",
    "NumberingFile",
    "article_item",
    "division_rank",
    "find_marker",
    "foreign_heading",
    "item_citation",
    "lead_part",
    "load_numbering",
    "part_space",
    "roman_value",
]


@dataclass(frozen=True, slots=True)
class Marker:
    """The marker a line opens with.

    ``value`` is the number in citation form without its context (``4.1``,
    ``a``, ``VII``, ``Article 5``, ``Chapter II``, ``1°``); ``end`` is where
    the marker ends in the line; ``family`` names the sequence an item counts
    in (``number``, ``alpha``, ``upper``, ``degree``, ``upper-roman``);
    ``rest`` is a heading's text on the same line, if any.
    """

    kind: MarkerKind
    label: str
    value: str
    end: int
    family: str = ""


# A clause number has at most 64 levels: a deeper "1.1.1…" is not a number, and
# finding a clause's parent stays cheap (it looks up each prefix).
# An opening quotation mark before a number is the quoting text's, not the number's
# ("“1. Condemns …" in a press release that quotes a resolution).
_QUOTE = r"(?:[“\"«]\s?)?"
# A decimal number may open on the roman number of its chapter ("II.1.2.1. La répartition
# …"): a dotted number all the same, cited as printed (guidelines §1a).
_DECIMAL_RE = re.compile(
    rf"^{_QUOTE}((?:\d{{1,3}}|(?-i:[IVXL]{{1,6}}))(?:\.\d{{1,3}}){{1,63}})\.?(?=\s|$)"
)
# "18." "1)" and a doctrine's four-digit "0101." (chapter 01, paragraph 01; a year has no
# leading zero); a UK statutory instrument's "1.—(1)" glues its first subsection to the
# regulation's number with a dash (a hyphen in a plain-text copy: "3.-(1)")
_PARAGRAPH_RE = re.compile(
    rf"^{_QUOTE}(\d{{1,3}}(?-i:[A-Z]{{1,2}})?|0\d{{3}})(?:\.|\))(?=\s|$|[«\"“‘'(\[]|[A-ZÀ-Ý]|[—–-]\()"
)
_GLUED_DASH_RE = re.compile(r"[—–-](?=\()")
# (a) (iv) a) iv), and "a." / "iv." (lower case only: "A. Smith" is a name)
_ITEM_RE = re.compile(
    r"^(?:\(\s?([a-zA-Z]{1,5})\s?\)|([a-zA-Z]{1,5})\)|([a-z]|[ivxlc]{2,5})\.)(?=\s)"
)
_BULLET_RE = re.compile(r"^([-\u2022\u2023\u25aa\u25e6\u25cf\u00b7\u2013\u2014*+])(?=\s)")
_ROMAN_RE = re.compile(r"^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$", re.IGNORECASE)
_MONTHISH_RE = re.compile(r"^\d{1,2}\.\s+\d")  # "12. 3" is not a clause
# A roman or capital section heading ("VII. …", "A. Prévention", "I."); a single letter
# before another initial signs ("A. K. NAME", "V. K. SINGH"), where a roman of several
# letters opens a section and its first subsection on one line ("II. A. Scope")
_SECTION_RE = re.compile(r"^([IVXLC]{2,7}|[A-Z](?!\.\s+[A-Z]\.\s))\.(?:\s+|$)")
# A bare number heading a section: "4 Short title", "2.3 Coopération avec l'OSCE", "1"
_BARE_RE = re.compile(r"^(\d{1,3}(?:\.\d{1,3}){0,5})(?=\s+\S|$)")
# A report's outline heading with a spaced hyphen or dash after its number and no full stop,
# alone on its line (Cour des comptes, inspection reports: "I - Une architecture …",
# "A - Des responsabilités …", "1 - Le nouveau régime …"): read as "I. –", "A. –", "1. –".
# So are a capital's slash or parenthesis in French plans ("A/ Les dispositifs", "A) Les
# mineurs"; "(A)", "a)" are items) and a glued roman hyphen ("I- DE LA CIRCULATION …").
_HYPHEN_HEAD_RE = re.compile(
    r"^((?:[IVXLC]{1,7})|[A-Z]|\d{1,2})(?:\s[-–—]|(?<=[IVXLC])[-–—]|(?<=[A-Z])[/)])\s+(?=[A-ZÀ-Ý«])"
)
# A heading that takes up an item written inline earlier ("The issues are: (1) …; (2) …"):
# "Issue (1): the scope of the retention power", "Question (2) : les garanties" (family
# "repeats": the structure stage keeps it only where the item was cited).
_REPEAT_HEAD_RE = re.compile(r"^([A-ZÀ-Ý][a-zà-ÿ]{2,15})\s\((\d{1,2})\)\s?:\s+(?=\S)")
_DASH_RE = re.compile(r"\s*[–—-]\s+(?=\S)")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def roman_value(v: str) -> int | None:
    """The value of a roman numeral (either case), or None when it is not one."""
    v = v.lower()
    # (ASCII only: under IGNORECASE the dotless i (U+0131) matches ``i`` and has no value)
    if not v or not v.isascii() or not _ROMAN_RE.match(v):
        return None
    total = 0
    for k, ch in enumerate(v):
        val = _ROMAN_VALUES[ch]
        nxt = _ROMAN_VALUES[v[k + 1]] if k + 1 < len(v) else 0
        total += -val if val < nxt else val
    return total


@cache
def _schemes() -> tuple[
    re.Pattern[str],
    dict[str, str],
    re.Pattern[str],
    dict[str, str],
    tuple[tuple[str, re.Pattern[str]], ...],
]:
    data = load_numbering()
    article = re.compile(r"^" + data.article.pattern, re.IGNORECASE)
    forms = {w.casefold(): d.form for d in data.division for w in d.phrases()}
    words = "|".join(sorted((re.escape(w) for w in forms), key=len, reverse=True))
    spelled = "".join(
        f"|{re.escape(w)}" for w in sorted(data.spelled_numbers, key=len, reverse=True)
    )
    division = re.compile(
        rf"^(?P<word>{words})\s+(?:n[°o]\.?\s?)?(?P<value>\d{{1,3}}(?:\.\d{{1,3}}){{0,2}}(?-i:[A-Z]{{1,2}})?|[IVXLC]{{1,7}}|premier|première{spelled}|[A-Z])"
        r"(?:er|re)?(?!\w|-(?!-))",  # "PART 99--TITLE": a typed double hyphen is a dash
        re.IGNORECASE,
    )
    items = tuple(
        (i.family, re.compile(r"^(?:" + i.pattern + r")", re.IGNORECASE))
        for i in data.item
        if not i.scope
    )
    ordinals = {k.casefold(): v for k, v in data.article.ordinals.items()}
    ordinals.update((k.casefold(), v) for k, v in data.spelled_numbers.items())
    return article, ordinals, division, forms, items


def _heading_rest(rest: str) -> bool:
    """What follows a number on its line reads as a heading (or nothing follows)."""
    t = rest.strip().lstrip("–—-:.").strip()
    if not t:
        return True
    if t.endswith((".", ";", ",", ":")) and not t.endswith("..."):
        return False
    first = next((ch for ch in t if ch.isalnum()), "")
    return bool(first) and (first.isupper() or first.isdecimal()) and len(t.split()) <= 20


def article_marker(text: str) -> Marker | None:
    """``Article 5``, ``Art. 5 –``, ``ARTICLE PREMIER``: an article heading (not a citation
    such as ``Article 5 of the Convention provides``)."""
    article, ordinals, _d, _f, _i = _schemes()
    m = article.match(text)
    if not m:
        return None
    rest = text[m.end() :]
    if rest.strip() and not (re.match(r"^\s*[–—:.-]", rest) or _heading_rest(rest)):
        return None
    raw = m.group("value")
    if raw.count("(") != raw.count(")"):
        return None  # "Article (1": no number in parentheses
    # "Article (3) bis": the parentheses are decoration; a suffix printed apart stays apart
    raw = re.sub(r"\s+(?=(?:bis|ter|quater)$)", " ", raw.replace("(", "").replace(")", ""))
    raw = re.sub(r"\s+(?!(?:bis|ter|quater)$)", "", raw)
    if re.fullmatch(r"\d{1,3}-\d{1,3}", raw) and int(raw.split("-")[1]) > int(raw.split("-")[0]):
        return None  # "Art. 1-2": a range of articles in a table of contents, not Article 1-2
    value = ordinals.get(raw.casefold(), raw)
    end = m.end()
    dash = re.match(r"^\s*[–—:.-]\s*", rest)
    if dash and rest.strip(" –—:.-"):
        end += dash.end()
    return Marker("article", m.group(0), f"{load_numbering().article.form} {value}", end)


@cache
def _section_sign_re() -> re.Pattern[str]:
    return re.compile(r"^" + load_numbering().section_sign.pattern)


_SIGN_DASH_RE = re.compile(r"\s+[-–—]\s*(?=[A-ZÀ-Ý])")


def section_sign_marker(text: str) -> Marker | None:
    """``§ 594.201 Prohibited transactions.``, ``18 U.S. Code § 2339B - Providing …``,
    ``§ 3 Begriffsbestimmungen``: a code section's heading, its title after a dash or alone
    (a short name, maybe closed by a full stop). ``§ 1er. Chaque …`` (a full stop after the
    number) and ``§ 2 Les services … sont habilités à …`` (a sentence) are not."""
    m = _section_sign_re().match(text)
    if m is None:
        return None
    rest = text[m.end() :]
    dash = _SIGN_DASH_RE.match(rest)
    if dash:
        end = m.end() + dash.end()
        return Marker("heading", text[:end], m.group("value"), end)
    dotted = rest.startswith(". ")
    if dotted:
        rest = rest[1:]
    if rest and not rest[:1].isspace():
        return None
    name = rest.strip()
    if name.endswith(".") and not name.endswith("..") and not dotted:
        name = name[:-1]  # "§ 594.201 Prohibited transactions.": a CFR heading's full stop
    if len(name.split()) > load_numbering().section_sign.max_title_words or "." in name:
        return None
    if name and not (_heading_rest(name) and name[:1].isupper()):
        return None
    if says(name):
        return None  # "§ 5 The Minister shall …": a paragraph's sentence
    end = len(text) - len(rest.lstrip())
    return Marker("heading", text[:end], m.group("value"), end)


@cache
def _paragraph_re() -> re.Pattern[str] | None:
    """The paragraph shapes as one alternation (one match per line, not one per shape);
    each shape's ``value`` group renamed ``value0``, ``value1`` … to stay distinct."""
    shapes = [
        "(?:" + p.pattern.replace("(?P<value>", f"(?P<value{k}>") + ")"
        for k, p in enumerate(load_numbering().paragraph)
    ]
    return re.compile("^(?:" + "|".join(shapes) + ")") if shapes else None


def paragraph_marker(text: str) -> Marker | None:
    """A numbered paragraph in a shape ``numbering.toml`` defines (``[12]``, ``R1.``), cited by
    its ``value``; one holding items (``P2026-0416-2.0.`` over motions) as a division does."""
    pat = _paragraph_re()
    m = pat.match(text) if pat is not None else None
    if m is None:
        return None
    key, value = next((k, v) for k, v in m.groupdict().items() if k.startswith("value") and v)
    shape = load_numbering().paragraph[int(key.removeprefix("value"))]
    family = "in-chapters" if shape.in_chapters else ""
    kind: MarkerKind = "division" if shape.holds_items else "number"
    family = "holds-items" if shape.holds_items else family
    return Marker(kind, m.group(0), " ".join(value.split()), m.end(), family)


@cache
def _word_section_re() -> re.Pattern[str]:
    return re.compile(r"^" + load_numbering().word_section.pattern, re.IGNORECASE)


def word_section_marker(text: str) -> Marker | None:
    """``Section 1. Purpose.``, ``Sec. 2. Definitions.``: a statute section numbered with the
    word, cited by its number (``2``, ``2(a)``); set in capitals or lower case it is not
    (``section 3(a)`` in a wrapped sentence is a cross-reference)."""
    m = _word_section_re().match(text)
    if m is None or not text[:1].isupper():
        return None
    return Marker("number", m.group(0), m.group("value"), m.end())


@cache
def _division_openings() -> tuple[tuple[str, ...], int]:
    """The openings of the division words, each up to its first character that is no
    ASCII letter (``op`` of ``opérationnelle``), and the longest one's length."""
    return ascii_openings(_schemes()[3])


def division_marker(text: str) -> Marker | None:
    """``CHAPTER I – General provisions``, ``TITRE II``, ``Part 2`` standing as a heading."""
    _a, ordinals, division, forms, _i = _schemes()
    openings, width = _division_openings()
    if not may_open(text[:width], openings):
        # speed: no division word opens the line, and the regex would try each of its
        # some four hundred words (a French line's accent in its first characters
        # left the regex to try before: the ASCII part before it tells most lines apart)
        return None
    m = division.match(text)
    if not m or not m.group("word")[0].isupper():  # "mesure 12 : …" in a list is no heading
        return None
    rest = text[m.end() :]
    if (rest.strip() and not (re.match(r"^\s*[–—:.-]", rest) or _heading_rest(rest))) or (
        describes(rest)  # "Titre I : il fixe …;" describes; "Recommandation 1 : au …;" holds
        and _holding_words().get(m.group("word").casefold()) != "holds-items"
    ):
        return None
    raw = m.group("value")
    value = "1" if raw.casefold() == "première" else ordinals.get(raw.casefold(), raw)
    dash = re.match(r"^\s*[–—:.-]?\s*", rest)
    end = m.end() + (dash.end() if dash else 0)
    word = m.group("word")
    form = forms[word.casefold()] or _printed_word(word)
    family = _holding_words().get(word.casefold(), "")
    return Marker("division", m.group(0), f"{form} {value}", end, family)


@cache
def _range_note_re() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in load_numbering().range_words) or "(?!)"
    return re.compile(rf"\s*\((?:{words})\s[^()]*\d[^()]*\)$", re.IGNORECASE)


def drop_range_note(title: str) -> str:
    """A division's title without the range of articles a legal database adds to it
    (``Dispositions générales (Articles 1 à 3)`` is ``Dispositions générales``)."""
    return _range_note_re().sub("", title)


def _printed_word(word: str) -> str:
    """A division word kept as printed (``Good Practice``), capitalised; set in capitals
    (``RECOMMENDATION``) it is cited as a word (``Recommendation``)."""
    if word.isupper():
        return word[:1] + word[1:].lower()
    return word[:1].upper() + word[1:]


@cache
def _holding_words() -> dict[str, str]:
    """Division words that hold units (``holds-units``) or items (``holds-items``)."""
    out: dict[str, str] = {}
    for d in load_numbering().division:
        family = "holds-units" if d.holds_units else "holds-items" if d.holds_items else ""
        out.update((w.casefold(), family) for w in d.phrases() if family)
    return out


def division_rank(number: str) -> int:
    """How large a division is (0 for a Part), from its citation word; 99 for others. A
    division cited after the one it sits in (``Title II Chapter I``) is its last word's."""
    parts = number.split(" ")
    rank = _word_rank(" ".join(parts[:2])) if len(parts) == 3 else 99  # "Axe stratégique 1"
    rank = _word_rank(parts[0]) if rank == 99 else rank
    if len(parts) >= 4 and rank != 99 and (last := _word_rank(parts[-2])) != 99:
        return last
    return rank


@cache
def _word_ranks() -> dict[str, int]:
    """Each division word and phrase (casefolded), and its citation form, with its rank;
    the first entry that lists a word gives its rank."""
    ranks: dict[str, int] = {}
    for rank, d in enumerate(load_numbering().division):
        for w in (d.form, *d.phrases()):
            ranks.setdefault(w.casefold(), rank)
    return ranks


def _word_rank(word: str) -> int:
    return _word_ranks().get(word.casefold(), 99)


@cache
def _joined(family: str) -> bool:
    return any(i.family == family and i.joined for i in load_numbering().item)


def item_citation(base: str, m: Marker) -> str:
    """An item's citation under ``base``: ``5(a)``; ``5.1`` for a family cited with a dot
    after its parent's number (IMO's ``.1``), not in parentheses."""
    return f"{base}.{m.value}" if base and _joined(m.family or "") else f"{base}({m.value})"


def item_marker(text: str) -> Marker | None:
    """A data-defined item: ``(1)``, ``(2.1)``, ``(a.31)``, ``[a.]``, ``(A)``, ``1°``, ``I.-``."""
    for family, pat in _schemes()[4]:
        m = pat.match(text)
        if not m:
            continue
        groups = m.groupdict()
        value = next(v for k in ("value", "v2", "v3") if (v := groups.get(k)))
        value = re.sub(r"\s+", "", value).replace("º", "°")
        end = m.end()
        nxt = text[end : end + 1]
        if nxt and not (nxt.isspace() or nxt.isalpha() or nxt in "«\"“‘'"):
            continue
        if family == "alpha":
            kind: MarkerKind = "roman" if _alpha_is_roman(value) else "letter"
            return Marker(kind, m.group(0), value, end, "alpha")
        return Marker("item", m.group(0), value, end, family)
    return None


@cache
def _scoped_items() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (i.family, re.compile(r"^(?:" + i.pattern + r")"))
        for i in load_numbering().item
        if i.scope == "article"
    )


def article_item(text: str) -> Marker | None:
    """An item read only inside an article (``1 Fedpol est …``); the caller checks the
    sequence."""
    for family, pat in _scoped_items():
        m = pat.match(text)
        if m:
            kind: MarkerKind = "letter" if family == "alpha" else "item"
            return Marker(kind, m.group(0), m.group("value"), m.end(), family)
    return None


def _alpha_is_roman(value: str) -> bool:
    return "." not in value and roman_value(value) is not None and (len(value) > 1 or value == "i")


# A Markdown footnote call a converter left before a heading's number ("### [^]27 Coming into
# force"): the number is the heading's, the call is not part of it.
_MD_CALL_RE = re.compile(r"^\[\^\w{0,3}\](?=\d)")
# A Markdown blockquote's mark before a numbered unit ("> **Recommandation n° 1 :** …" set
# apart in a quote box): the unit is the document's own, the mark is markup
_MD_QUOTE_RE = re.compile(r"^>\s?(?=[^\s>])")


@cache
def _clock_re() -> re.Pattern[str]:
    """A time of day opening a line: hours, a dot or colon, minutes, a clock word."""
    words = "|".join(re.escape(w) for w in load_numbering().clock_words) or "(?!)"
    return re.compile(rf"^\d{{1,2}}[.:][0-5]\d\s?(?:{words})(?!\w)", re.IGNORECASE)


def find_marker(text: str, *, heading: bool = False, gap: bool = False) -> Marker | None:
    """The structural marker a line opens with, if any (see :func:`_find_marker`); a
    Markdown footnote call glued before the number, or a blockquote's mark, is skipped, and
    kept in the label.

    Speed: a line of ``_REMEMBERED`` characters at most is answered once per parse (the
    parse's :mod:`ctdocs._linememo`): the segmenter and the structure stage's readers ask
    it of the same lines again. The answer reads the line, the two options and the shipped
    numbering data, nothing else, and a :class:`Marker` is frozen."""
    memo = current_memo() if len(text) <= _REMEMBERED else None
    if memo is None:
        return _line_marker(text, heading, gap)
    key = (text, heading, gap)
    known = memo.markers.get(key, memo)  # (the memo itself: not yet asked)
    if known is memo:
        known = memo.markers[key] = _line_marker(text, heading, gap)
    return cast("Marker | None", known)


_REMEMBERED = 200  # characters: a line, not a paragraph


def _line_marker(text: str, heading: bool, gap: bool) -> Marker | None:
    """:func:`find_marker`, worked out."""
    call = _MD_CALL_RE.match(text) or _MD_QUOTE_RE.match(text)
    if call is None:
        return _find_marker(text, heading=heading, gap=gap)
    mk = _find_marker(text[call.end() :], heading=heading, gap=gap)
    if mk is None:
        return None
    end = call.end() + mk.end
    return Marker(mk.kind, text[:end], mk.value, end, mk.family)


def _find_marker(text: str, *, heading: bool = False, gap: bool = False) -> Marker | None:
    """The structural marker a line opens with, if any. ``heading``: the line is set as a
    heading (Markdown ``###``, bold from end to end), where a bare number (``4 Short
    title``) opens a numbered heading. ``gap``: the line's first token stands apart by a
    wide gap, as numbers do in a column of their own (``1   La présente Convention``)."""
    if not (heading or gap or may_mark(text)) or _clock_re().match(text):
        return None  # no shape opens running text (one match); "9.30 am": a time stamp
    m = _DECIMAL_RE.match(text)
    if m and not _MONTHISH_RE.match(text):
        value = m.group(1)
        return Marker("number", m.group(0), value, m.end())
    m = _PARAGRAPH_RE.match(text)
    if m and not _MONTHISH_RE.match(text):
        # "1. – Mise en place", "1.—(1) These Regulations": the dash is the label's
        dash = _DASH_RE.match(text, m.end()) or _GLUED_DASH_RE.match(text, m.end())
        end = dash.end() if dash else m.end()
        return Marker("number", text[:end], m.group(1), end)
    mk = _named_marker(text) or item_marker(text)
    if mk is not None:
        return mk
    m = _ITEM_RE.match(text)
    if m:
        value = m.group(1) or m.group(2) or m.group(3)
        lower = value.lower()
        if len(value) <= 2 and value.isalpha() and (value.islower() or len(value) == 1):
            return Marker("letter", m.group(0), value, m.end(), "alpha")
        if _ROMAN_RE.match(lower) and (value.islower() or value.isupper()):
            return Marker("roman", m.group(0), value, m.end(), "alpha")
        return None
    m = _BULLET_RE.match(text)
    if m:
        return Marker("bullet", m.group(1), m.group(1), m.end())
    m = _REPEAT_HEAD_RE.match(text)
    if m and len(rest := text[m.end() :].split()) <= 12 and rest[-1][-1:] not in ".;:,":
        number = f"{m.group(1)} ({m.group(2)})"
        return Marker("article", m.group(0), number, m.end(), "repeats")
    if gap:
        mk = _gap_marker(text)
        if mk is not None:
            return mk
    if heading:  # set as a heading: its closing full stop is no sentence ("6 Manufacture, etc.")
        m = _BARE_RE.match(text)
        if m and _heading_rest(text[m.end() :].rstrip(".")):
            return Marker("heading", m.group(0), m.group(1), m.end())
    return None


def _named_marker(text: str) -> Marker | None:
    """A numbered paragraph in a data shape (``[12] The report …``, ``R1. Aux Etats …``), a
    code section (``§ 594.201 Prohibited …``), an article or a division, a roman or letter
    heading: the markers tried, in this order, before a plain item's."""
    for find in _NAMED_FINDERS:
        mk = find(text)
        if mk is not None:
            return mk
    return None


_GAP_NUMBER_RE = re.compile(r"^(\d{1,3}(?:\.\d{1,3}){0,5})\s(?=\S)")
_GAP_ITEM_RE = re.compile(r"^([a-z]{1,2}|[ivx]{1,5})\s(?=\S)")


def _gap_marker(text: str) -> Marker | None:
    """A bare number or letter set in its own column: a numbered heading when what
    follows reads as one (``1       Expressions of support``), else a paragraph or item."""
    m = _GAP_NUMBER_RE.match(text)
    if m:
        if _heading_rest(text[m.end() :]) and not text.rstrip().endswith(":"):
            return Marker("heading", m.group(0), m.group(1), m.end())
        kind: MarkerKind = "number"
        return Marker(kind, m.group(0), m.group(1), m.end())
    m = _GAP_ITEM_RE.match(text)
    if m:
        value = m.group(1)
        kind = "roman" if _alpha_is_roman(value) else "letter"
        return Marker(kind, m.group(0), value, m.end(), "alpha")
    return None


def _section_marker(text: str) -> Marker | None:
    """``VII. Le chemin à suivre``, ``A. Prévention``, ``I.``: a roman or capital-letter heading.

    A capital letter needs a heading after it (``A. Smith said`` is a name) and
    a roman numeral too (``I. The Council`` in a sentence would not stand alone).
    """
    m = _SECTION_RE.match(text)
    if not m:
        return None
    value = m.group(1)
    rest = text[m.end() :]
    if re.match(r"^\s*[-–—]", rest) and not _heading_rest(rest):
        return None  # "II. – L'arrêté …": an item of a French article
    if len(value) == 1 and value not in "IVX" and not rest.strip():
        return None
    if rest.strip() and not _heading_rest(rest):
        return None
    if len(value) > 1 and roman_value(value) is None:
        return None
    return Marker("heading", m.group(0), value, m.end())


def _hyphen_heading(text: str) -> Marker | None:
    """``I - Une architecture …``, ``A - Des responsabilités …``, ``1 - Le nouveau régime …``:
    a report's outline heading whose number a spaced hyphen follows; what follows must read
    as a heading (``I - Le préfet peut …;`` is an item of a French article)."""
    m = _HYPHEN_HEAD_RE.match(text)
    if m is None or not _heading_rest(text[m.end() :]):
        return None
    value = m.group(1)
    if value.isdecimal():
        return Marker("number", m.group(0), value, m.end())
    if len(value) > 1 and roman_value(value) is None:
        return None
    return Marker("heading", m.group(0), value, m.end())


_NAMED_FINDERS = (
    paragraph_marker,
    section_sign_marker,
    word_section_marker,
    article_marker,
    division_marker,
    _section_marker,
    _hyphen_heading,
)
