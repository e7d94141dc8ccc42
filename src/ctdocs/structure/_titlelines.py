"""What one line of a document's head reads as, for the title chooser (``_title``).

Each test here looks at a single line, never at its neighbours: whether it may be a
title at all (not a date, a breadcrumb trail, a preamble's citing line, a meeting's
dateline), the features it is scored by (its words, its share of function words,
whether it names a kind of document or a body) and whether it reads as a site's or a
body's name rather than a document's title. ``_title`` gathers the head's candidates
from these lines and chooses among them; this module never looks at more than a line.
The words come from ``data/models/title.toml`` and ``document.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import cast

from .._knowledge import NEVER, alternation, load_document, load_layout, load_title
from .._linememo import current_memo
from .._markers import BREADCRUMB_RE
from ..layout import Unit
from ._blocks import TERMINAL_END, is_date_line, is_front

__all__ = [
    "LABEL_NUMBER",
    "SEP",
    "SYMBOL_TOKEN",
    "WEB_ADDRESS",
    "WORD",
    "chrome_like",
    "count_alpha_words",
    "ends_on_event_date",
    "in_capitals",
    "is_act_title",
    "is_eligible",
    "line_features",
    "line_key",
    "opens_named",
    "plain_line",
    "title_words",
]

# Markdown marks, and a consolidated act's version marks ("►B", "▼M1")
_MARKS = re.compile("^(?:[#>*\\s]+|[\u25ba\u25bc][A-Z]\\d*\\s+)+|[*_]+$")


def plain_line(text: str) -> str:
    """A line without its Markdown marks and version marks, its spaces single.

    Speed: the title's passes ask it of whole paragraphs; the marks stand only at the
    line's two ends (``^`` and ``$`` of :data:`_MARKS`), and the spaces are rewritten only
    where a blank is not a single space (:data:`_UNEVEN`): a paragraph's every space was
    a match of the substitution, each a piece of a new string equal to the old one."""
    t = text.strip()
    if t[:1] in _MARK_OPENINGS or t.endswith(("*", "_")):
        t = _MARKS.sub("", t)
    if _UNEVEN.search(t) is not None:
        t = _BLANKS.sub(" ", t)
    return t.strip()


_MARK_OPENINGS = "#>*\u25ba\u25bc"  # (a leading blank is stripped before: ``\s`` needs none)
_UNEVEN = re.compile(r"[^\S ]| \s")  # a blank other than a space, or two in a row
_BLANKS = re.compile(r"\s+")


WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


SEP = re.compile(r"\s+[|–—-]\s+")


WEB_ADDRESS = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4}$", re.IGNORECASE)


# a label and a number: "Cat. No.: PS4-104", "Dossier numéro : 2019-03-17/09"
LABEL_NUMBER = re.compile(r"^[^:]{1,25}:\s*\S*\d")


# a document number: one token of letters and digits (M-NAC-2(96)165, A/RES/77/298)
SYMBOL_TOKEN = re.compile(r"(?<!\S)(?=\S*[^\W\d_])(?=\S*\d)\S*[/(.-]\S*")


@dataclass(frozen=True, slots=True)
class _Words:
    function: frozenset[str]
    document: re.Pattern[str]
    organisation: frozenset[str]
    articles: frozenset[str]
    interface: frozenset[str]
    adopted: tuple[str, ...]  # "enregistré à la présidence", "adopted": a front line
    by: re.Pattern[str]  # "publiée par", "issued by": who issued it, after the title
    label: frozenset[str]  # "Title", "Titre": a line announcing the title below it
    part: re.Pattern[str]  # "Schedule—…", "Appendice IV : …": a part's heading
    occasion: frozenset[str]  # "meeting", "réunion": a sitting, not a document
    distribution: tuple[str, ...]  # "original:", "distr.:": a distribution line
    addressed: re.Pattern[str]  # "… from the commission to the …": sender and addressee


@cache
def title_words() -> _Words:
    model = load_title()
    langs = model.languages.values()
    bp = load_layout().boilerplate
    function = {w for ws in (bp.stop_words.values() if bp else ()) for w in ws}
    docs = alternation(w for c in langs for w in c.document)
    orgs = {w for c in model.languages.values() for w in c.organisation}
    articles = {w for c in model.languages.values() for w in c.articles}
    return _Words(
        frozenset(function),
        re.compile(rf"\b(?:{docs})[sx]?\b"),
        frozenset(orgs),
        frozenset(articles),
        frozenset(w for ws in (bp.interface_words.values() if bp else ()) for w in ws),
        tuple(sorted({c for d in load_document().languages.values() for c in d.adopted})),
        re.compile(rf"\s(?:{alternation(b for c in langs for b in c.by)})\s", re.IGNORECASE),
        frozenset(line_key(w) for c in langs for w in c.label),
        re.compile(
            rf"^(?:{alternation(w for c in langs for w in c.part)})\b"
            r"(?:\s*$|\s*[—–:.-]|\s+(?:[\d.]+|[IVXLC]+|[A-Z])\b)",
            re.IGNORECASE,
        ),
        frozenset(w for c in langs for w in c.occasion),
        tuple(w for c in langs for w in c.distribution),
        re.compile(
            "|".join(
                rf"^\S+(?:\s+\S+)?\s+{re.escape(a)}\s.*\s{re.escape(b)}\s"
                for c in langs
                for a, b in c.addressed
            )
            or NEVER
        ),
    )


def count_alpha_words(t: str) -> int:
    """Words made of letters only (``AG-2019-88-RES-05`` and ``PR/CP(2014)0120`` have none)."""
    return sum(1 for w in t.split() if WORD.fullmatch(w.strip("(),;:'\"«»")))


def is_eligible(u: Unit, carried: bool = False) -> bool:
    """A line that could be (part of) a title: heading-like, not metadata, not prose.
    A line that carries on a title (``carried``) may end on a comma or colon."""
    if len(u.text) > 12 * load_title().max_words:  # a paragraph: no need to read it
        return False
    t = plain_line(u.text)
    first = next((ch for ch in t if ch.isalnum()), "")
    n = len(WORD.findall(t))
    parts = [p for p in SEP.split(t) if p.strip()]
    # a title cut before its continuation ("PROPOSITION DE LOI visant à …,", "Loi du … :")
    open_end = t.endswith((",", ":")) and (carried or bool(title_words().document.match(t.lower())))
    open_end = open_end or (t.endswith(".") and _numbered_title(t))
    return (
        # a page's h1 "Article 421-1"; a numbered act "Résolution 1267 (1999)"
        (n >= 2 or u.line.heading_level == 1 or _numbered_act(t))
        and n <= load_title().max_words
        and (not first.isalpha() or first.isupper())
        and not t.startswith(("(", "["))
        and not (TERMINAL_END.search(t) and not t.endswith(("…", "?")) and not open_end)
        and not LABEL_NUMBER.match(t)
        and not t.lower().startswith(title_words().adopted)
        and not _citing().match(t)
        and not BREADCRUMB_RE.search(t)
        and not title_words().by.match(" " + t)
        and not _described(t)
        and line_key(t) not in title_words().label
        and not any(d in t.lower() for d in title_words().distribution)
        and not (len(parts) >= 3 and any(is_date_line(p.strip()) for p in parts))
        and "http" not in t
        and "@" not in t
        and not is_date_line(t)
        and not ends_on_event_date(t)
        and not _dated(t)
        and not is_front(u)
        and (u.marker is None or u.line.heading_level == 1)
        and not _SENTENCE_INSIDE.search(t)
    )


# a sentence that ends inside the line and another that opens after it: a caption or a
# paragraph's first lines ("Des agents vérifient … d'INTERPOL. Photo : …"), never a title
# (a word of three letters or more before the stop, so "U.S. Department", "Mr. Smith" and
# "No. 5" are no ends)
_SENTENCE_INSIDE = re.compile(r"[^\W\d_]{3}[.!?]\s+[A-Z\u00c0-\u00de]")


@cache
def _citing() -> re.Pattern[str]:
    """A line opening with a citing word ("Rappelant", "Recalling"): a preamble's."""
    alt = alternation(w for c in load_document().languages.values() for w in c.citing)
    return re.compile(rf"(?:{alt})\b", re.IGNORECASE)


@cache
def _act_of() -> frozenset[str]:
    """The words that join an act's name to its date ("of", "du"): the date is the title's."""
    return frozenset(
        w.lower() for c in load_document().languages.values() for w in c.act_of if " " not in w
    )


def ends_on_event_date(t: str) -> bool:
    """Whether a line ends on a written day that dates a meeting or an adoption, not a
    document's name: "… held at NATO Headquarters, Brussels, on 10 December 1996",
    "Resolution adopted by the General Assembly on 22 June 2023", "804th meeting – 11 July
    2002". An act's title joins its date with "of" / "du" ("Council Decision … of 9 October
    2023")."""
    words = t.rstrip(" .,:;").split()
    if len(words) < 4 or not is_date_line(" ".join(words[-3:])):
        return False  # a day is three words: 10 December 1996, June 6, 2002
    if not any(w.rstrip(",").isdecimal() and len(w.rstrip(",")) <= 2 for w in words[-3:]):
        return False  # a span of years: "Plan 2021 – 2023"
    if words[-4].lower() in _act_of():
        return False
    # a document's name keeps its date ("Protocol …, Done at Montreal on 23 September
    # 1971"), unless an adoption cue follows the name: "Resolution adopted by … on …"
    low = t.lower()
    named = title_words().document.search(low)
    return named is None or low[named.end() :].lstrip().startswith(title_words().adopted)


def in_capitals(text: str) -> bool:
    """A line in capitals, a number's abbreviation aside ("DECISION No. 5/22")."""
    return all(w.upper() == w for w in WORD.findall(text) if len(w) > 2)


_DAY = re.compile(r"\b\d{1,2}(?:er|st|nd|rd|th)?\b")


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _dated(t: str) -> bool:
    """A date with its weekday ("Le mardi 11 juin 2019", "Tuesday, June 11, 2019"): a day, a
    year and at most four words of letters, none naming a document ("Loi du 5 mai 2019")."""
    return (
        bool(_DAY.search(t) and _YEAR.search(t))
        and len(WORD.findall(t)) <= 4
        and not title_words().document.search(t.lower())
    )


# the kind, maybe one word that qualifies it ("Loi organique"), then the number
_NUMBER_SIGN = re.compile(r"^\S+(?:\s+[^\W\d_]+)?\s+(?:n[°º]|no\.?)\s?\d", re.IGNORECASE)


def _numbered_title(t: str) -> bool:
    """An act's full title that opens with its kind and number, as some gazettes print it
    with a closing period ("Dahir n° 1-26-08 du … portant promulgation de la loi … ."): a
    title, not a sentence; so do a qualified kind and a note call ("Loi organique n°
    2024-41 du … d'argent (1).")."""
    first = t.split(maxsplit=1)[0].lower() if t.split() else ""
    return bool(_NUMBER_SIGN.match(t)) and bool(title_words().document.fullmatch(first))


def _numbered_act(t: str) -> bool:
    """A kind of document and its number alone: "Resolution 2178 (2014)"."""
    words = WORD.findall(t.lower())
    kind = len(words) == 1 and bool(title_words().document.fullmatch(words[0]))
    return kind and bool(re.search(r"\d\)?$", t.strip()))


def kind_alone(t: str) -> bool:
    """A kind of document alone on its line, no number: "COMMUNIQUÉ", "Déclaration"."""
    words = WORD.findall(plain_line(t).lower())
    return len(words) == 1 and bool(title_words().document.fullmatch(words[0]))


def _described(t: str) -> bool:
    """A kind of document and straight after it who adopted it ("Resolution adopted by
    the General Assembly on …"): a front line; the title stands elsewhere."""
    by = title_words().by.search(" " + t)
    return by is not None and len(t[: max(by.start() - 1, 0)].split()) <= 1


def line_key(text: str) -> str:
    """A line as compared for recurrence: its words of letters, lower-cased."""
    return " ".join(WORD.findall(text.lower()))


@dataclass(frozen=True, slots=True)
class _Features:
    words: int  # words of letters
    share: float  # share of function words
    document: bool  # names a kind of document
    organisation: bool  # names a body
    name_case: bool  # every word capitalised: a name, not a phrase
    address: bool  # opens or ends on a web address ("Belgique.be - …", "… - Nato-pa.int")
    dangling: bool  # ends on a function word ("RESOLUTION ON")
    interface: bool  # a site's interface: its words ("Transcription"), a breadcrumb, a menu
    part: bool  # a part's heading: "Schedule—The Criminal Code", "Introduction"
    occasion: bool  # names a sitting, not a document: "804th meeting – 11 July 2002"
    metadata: bool  # a distribution line: "… Original: ENGLISH"
    kind_only: bool  # a kind of document and nothing of its own (see _kind_only)


def line_features(text: str) -> _Features:
    """The features a title candidate's line is weighed by. Speed: answered once per line
    and parse (:mod:`ctdocs._linememo`; the title's passes weigh the same lines again, two
    calls in three); the answer reads the line and the title words alone, and is frozen."""
    memo = current_memo()
    if memo is None:
        return _line_features(text)
    known = memo.features.get(text)
    if known is None:
        known = memo.features[text] = _line_features(text)
    return cast(_Features, known)


def _line_features(text: str) -> _Features:
    words = title_words()
    low = text.lower()
    # words of letters; a symbol's letters ("A/72/840", "CM/Rec(2018)6") are not words
    tokens = WORD.findall(" ".join(w for w in low.split() if not any(c.isdecimal() for c in w)))
    n = len(tokens)
    parts = [p.strip() for p in SEP.split(text) if p.strip()] or [text]
    return _Features(
        n,
        sum(t in words.function for t in tokens) / n if n else 0.0,
        bool(words.document.search(low)),
        any(t in words.organisation for t in tokens),
        all(w[0].isupper() for w in WORD.findall(text)),
        bool(WEB_ADDRESS.match(parts[0]) or WEB_ADDRESS.match(parts[-1])),
        bool(text.split()) and text.split()[-1].lower() in words.function,
        (
            bool(tokens)
            and (tokens[0] in words.interface or sum(t in words.interface for t in tokens) * 4 >= n)
        )
        or BREADCRUMB_RE.search(text) is not None
        or _menu(text),
        bool(words.part.match(text.strip())),
        not words.document.search(low) and any(t in words.occasion for t in tokens[:3]),
        any(d in low for d in words.distribution),
        _kind_only(text, tokens),
    )


_PIPE = re.compile(r"\s\|\s")
_MENU_ITEM_WORDS = 5
_LINK_TARGET = re.compile(r"\]\([^)]*\)")  # a Markdown link's target: "](02.md)"


def _menu(text: str) -> bool:
    """Whether a line is a site's menu: three items or more between pipes, two in three of
    them a few words at most ("Home | Secretary-General | General Assembly | …", a Markdown
    page's "[← Chapter 2](02.md) | [Contents](README.md) | [Chapter 4 →](04.md)")."""
    parts = _PIPE.split(text)
    if len(parts) < 3:
        return False
    short = sum(len(WORD.findall(_LINK_TARGET.sub("]", p))) <= _MENU_ITEM_WORDS for p in parts)
    return short * 3 >= len(parts) * 2


_SYMBOL = re.compile(r"[^\W\d_]\S*\d|\d\S*[^\W\d_]")  # "M-NAC-2(96)165", "A/RES/77/298"


def _kind_only(text: str, tokens: list[str]) -> bool:
    """A line that names a kind of document and nothing of its own: the kind and who
    made it ("REPORT OF THE COMMITTEE"), the kind and its symbol ("Press Communiqué
    M-NAC-2(96)165"), or the kind and whom it is addressed to ("COMMUNICATION FROM
    THE COMMISSION TO THE EUROPEAN PARLIAMENT, …"). The document's title is another line."""
    words = title_words()
    low = text.lower()
    if not tokens or not words.document.search(low):
        return False
    own = [
        t
        for t in tokens
        if t not in words.function
        and t not in words.organisation
        and not words.document.fullmatch(t)
    ]
    symbol = any(_SYMBOL.search(w) for w in text.split())
    numbered = any(ch.isdecimal() for ch in text)
    addressed = bool(words.document.match(low)) and bool(words.addressed.search(low))
    return (not own and not numbered) or (symbol and len(own) <= 1) or addressed


def chrome_like(text: str, chrome_words: frozenset[str] = frozenset()) -> bool:
    """Whether a head line reads as a site's or a body's name rather than a document's
    title: a name with no document word (an organisation word in a short line, or every
    word capitalised with no function word), a web address, a breadcrumb trail, fewer
    than two real words,
    a line that stops on a function word, or one whose first word stands in the page's
    chrome too ("EUR-Lex …" above "Back to EUR-Lex homepage")."""
    f = line_features(text)
    words = title_words()
    long_words = sum(len(t) >= 3 for t in WORD.findall(text))
    first = text.split()[0].strip(",;:") if text.split() else ""
    name = f.name_case and f.share == 0 and f.words <= 6
    return (
        (long_words < 2 and not _numbered_act(text))
        or ends_on_event_date(text)
        or (f.words <= 3 and SYMBOL_TOKEN.search(text) is not None)
        or f.address
        or f.dangling
        or f.interface
        or f.part
        or f.occasion
        or f.metadata
        or line_key(text) in words.label
        or _described(text)
        or (len(first) >= 3 and first in chrome_words and not words.document.match(first.lower()))
        or (name and (not f.document or f.organisation))
        or (not f.document and f.organisation and f.words <= 12)
    )


def is_act_title(text: str) -> bool:
    """A long line that opens with a kind of document: an act's full title."""
    return opens_named(text) and line_features(text).words >= _ACT_TITLE_WORDS


_ACT_TITLE_WORDS = 8


def opens_named(text: str) -> bool:
    """Whether a kind of document opens the line, maybe after its date ("DÉCISION N° 6/21",
    "5 MAI 2019. - Loi …"), not a word inside a body's name ("… du Traité de …")."""
    low = text.lower()
    named = title_words().document.search(low)
    return named is not None and len(low[: named.start()].split()) <= 4
