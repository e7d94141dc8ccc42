"""The document's own title, chosen among the lines of its head by features.

The first heading-like line of a page is often not the document's title: a
site's name ("Global Counterterrorism Forum", "Cision | Newswire"), a masthead
("Assemblée nationale", "NATO STANDARD") or a page title with the site's suffix
("… - Nato-pa.int") stands above it. Every heading-like line of the head, and
every run of lines that continue one another ("RESOLUTION ON" / "THE FIGHT
AGAINST TERRORISM"), is a candidate, scored by features that hold across sites
(``data/models/title.toml``): its length, whether it names a kind of document or
a body, its share of function words (a title reads as a phrase, a brand does
not), a level-1 heading, the title a "Subject:" line names, and its position.
Site strings are never listed. Only the title's text is chosen here: the lines
themselves stay where the head and body readers put them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from ._blocks import TERMINAL_END, clean_title, is_date_line, is_front
from ._knowledge import TitleWeights, load_document, load_layout, load_title
from ._language import detect_language
from ._layout import Unit, subject_title

__all__ = [
    "Candidate",
    "candidates",
    "choose_title",
    "chrome_like",
    "line_key",
    "score",
    "site_part_dropped",
]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SEP = re.compile(r"\s+[|–—-]\s+")
_WEB_ADDRESS = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4}$", re.IGNORECASE)
# Markdown marks, and a consolidated act's version marks ("►B", "▼M1")
_MARKS = re.compile("^(?:[#>*\\s]+|[\u25ba\u25bc][A-Z]\\d*\\s+)+|[*_]+$")
_YEAR_NOTE = re.compile(r"\s*\([^()]*\b\d{4}\)$")  # "(19 June 2017)" after a subject
_NOTE_CALL = re.compile(
    r"\s*\(\d{1,2}\)(?=\s|,|$)"
)  # a footnote call after a title: "… télépilotés (1)"
# a label and a number: "Cat. No.: PS4-104", "Dossier numéro : 2019-03-17/09"
_LABEL_NUMBER = re.compile(r"^[^:]{1,25}:\s*\S*\d")
_CHROME_NOISE = ("web-chrome", "boilerplate", "navigation")
# a resolution number before the title ("70/291. Examen …", guidelines §1) and the
# document's symbol printed after it ("… Terrorism 10010/3/04 REV 3")
# where the act was published, after its title: "(JO L 344 du 28.12.2001, p. 93)"
_PUBLISHED_AFTER = re.compile(r"\s*\([^()]*(?:\bp\.\s*\d|\b\d{1,2}\.\d{1,2}\.\d{4}\b)[^()]*\)$")
_NUMBER_BEFORE = re.compile(r"^(?:\d+/\d+\.|[A-Z]{1,3} ?\(\d{4}\) ?\d+)\s+(?=\w)")
_SYMBOL_AFTER = re.compile(r"(?:\s+\(?[\w.]*\d[\w.]*/[\w./()]*\)?)+(?:\s+REV\s+\d+)?$")
_NOISE_CANDIDATES = ("boilerplate", "page-header")  # furniture that may still be the title
# a breadcrumb trail: "Accueil \u203a Actualités \u203a …", "Home > Acts > In force > …"
_CRUMB = re.compile("\\s[\u203a>]\\s")
_MAX_RUN = 4


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
def _words() -> _Words:
    model = load_title()
    langs = model.languages.values()
    bp = load_layout().boilerplate
    function = {w for ws in (bp.stop_words.values() if bp else ()) for w in ws}
    docs = sorted({w for c in model.languages.values() for w in c.document}, key=len, reverse=True)
    orgs = {w for c in model.languages.values() for w in c.organisation}
    articles = {w for c in model.languages.values() for w in c.articles}
    return _Words(
        frozenset(function),
        re.compile(r"\b(?:" + "|".join(re.escape(w) for w in docs) + r")[sx]?\b"),
        frozenset(orgs),
        frozenset(articles),
        frozenset(w for ws in (bp.interface_words.values() if bp else ()) for w in ws),
        tuple(sorted({c for d in load_document().languages.values() for c in d.adopted})),
        re.compile(
            r"\s(?:"
            + "|".join(re.escape(b) for c in model.languages.values() for b in c.by)
            + r")\s",
            re.IGNORECASE,
        ),
        frozenset(line_key(w) for c in langs for w in c.label),
        re.compile(
            r"^(?:" + "|".join(re.escape(w) for c in langs for w in c.part) + r")\b"
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
            or r"(?!)"
        ),
    )


@dataclass(frozen=True, slots=True)
class Candidate:
    """One reading of the title: its text, where it stands and what marks it."""

    text: str
    index: int  # rank among the head's lines
    h1: bool = False
    subject: bool = False
    label: bool = False  # the line below one that announces the title ("Title")
    adopted: bool = False  # the line above "Adopted by the Security Council at …"
    noise: bool = False
    beside_front: bool = False  # right below a symbol, date or metadata line


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", _MARKS.sub("", text.strip())).strip()


def _alpha_words(t: str) -> int:
    """Words made of letters only (``AG-2019-88-RES-05`` and ``PR/CP(2014)0120`` have none)."""
    return sum(1 for w in t.split() if _WORD.fullmatch(w.strip("(),;:'\"«»")))


def _eligible(u: Unit, carried: bool = False) -> bool:
    """A line that could be (part of) a title: heading-like, not metadata, not prose.
    A line that carries on a title (``carried``) may end on a comma or colon."""
    if len(u.text) > 12 * load_title().max_words:  # a paragraph: no need to read it
        return False
    t = _plain(u.text)
    first = next((ch for ch in t if ch.isalnum()), "")
    n = len(_WORD.findall(t))
    parts = [p for p in _SEP.split(t) if p.strip()]
    # a title cut before its continuation ("PROPOSITION DE LOI visant à …,", "Loi du … :")
    open_end = t.endswith((",", ":")) and (carried or bool(_words().document.match(t.lower())))
    return (
        # a page's h1 "Article 421-1"; a numbered act "Résolution 1267 (1999)"
        (n >= 2 or u.line.heading_level == 1 or _numbered_act(t))
        and n <= load_title().max_words
        and (not first.isalpha() or first.isupper())
        and not t.startswith(("(", "["))
        and not (TERMINAL_END.search(t) and not t.endswith(("…", "?")) and not open_end)
        and not _LABEL_NUMBER.match(t)
        and not t.lower().startswith(_words().adopted)
        and not _words().by.match(" " + t)
        and not _described(t)
        and line_key(t) not in _words().label
        and not any(d in t.lower() for d in _words().distribution)
        and not (len(parts) >= 3 and any(is_date_line(p.strip()) for p in parts))
        and len(_CRUMB.findall(t)) < 2
        and "http" not in t
        and "@" not in t
        and not is_date_line(t)
        and not _dated(t)
        and not is_front(u)
        and (u.marker is None or u.marker.kind == "bullet" or u.line.heading_level == 1)
    )


def _capitals(text: str) -> bool:
    """A line in capitals, a number's abbreviation aside ("DECISION No. 5/22")."""
    return all(w.upper() == w for w in _WORD.findall(text) if len(w) > 2)


_DAY = re.compile(r"\b\d{1,2}(?:er|st|nd|rd|th)?\b")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _dated(t: str) -> bool:
    """A date with its weekday ("Le mardi 11 juin 2019", "Tuesday, June 11, 2019"): a day, a
    year and at most four words of letters, none naming a document ("Loi du 5 mai 2019")."""
    return (
        bool(_DAY.search(t) and _YEAR.search(t))
        and len(_WORD.findall(t)) <= 4
        and not _words().document.search(t.lower())
    )


def _numbered_act(t: str) -> bool:
    """A kind of document and its number alone: "Resolution 2178 (2014)"."""
    words = _WORD.findall(t.lower())
    kind = len(words) == 1 and bool(_words().document.fullmatch(words[0]))
    return kind and bool(re.search(r"\d\)?$", t.strip()))


def _described(t: str) -> bool:
    """A kind of document and straight after it who adopted it ("Resolution adopted by
    the General Assembly on …"): a front line; the title stands elsewhere."""
    by = _words().by.search(" " + t)
    return by is not None and len(t[: max(by.start() - 1, 0)].split()) <= 1


def _continues(run: list[str], nxt: Unit) -> bool:
    """Whether line ``nxt`` carries on the title begun by ``run``: the run ends on a
    function word, the next line starts with one, both are in capitals, or the run is
    a document's name alone in capitals ("RAPPORT D'INFORMATION", "DÉCISION N° 1063")."""
    t = _plain(nxt.text)
    if not _eligible(nxt, carried=True) or _alpha_words(t) < 2:
        return False
    words = _words()
    fw = words.function
    last = run[-1].split()[-1].lower().strip(",;")
    first = _WORD.findall(t.lower())
    joined = " ".join(run)
    run_caps = _capitals(joined)
    caps = run_caps and t.upper() == t and _alpha_words(run[0]) >= 2
    named = run_caps and len(run) == 1 and len(run[0].split()) <= 4
    named = named and bool(words.document.search(joined.lower()))
    named_run = bool(words.document.search(joined.lower()))
    rest = t.lower().split(maxsplit=1)
    bare = rest[1] if len(rest) > 1 and first[0] in words.articles else t.lower()
    if not first or (named_run and words.document.match(bare) and not caps):
        return False  # "Explosives Act" above its long title "An Act respecting …"
    if run_caps and not caps and t[0].isupper() and first[0] not in fw and not named:
        return False  # "SESSION ORDINAIRE DE 2020-2021" above "Enregistré à …"
    # "Building Resilience" / "Against Terrorism"; not "Criminal Code Act 1995" / "In force"
    opens = first[0] in fw and first[0] not in words.articles and not (named_run and t[0].isupper())
    if last in fw or opens or named:
        return True
    # capitals alone join only lines that are not names themselves: not "NORTH ATLANTIC
    # TREATY ORGANIZATION (NATO)" / "NATO STANDARDIZATION OFFICE (NSO)", nor a body's
    # name below a title ("ORGANISATION DU TRAITÉ DE L'ATLANTIQUE NORD (OTAN)")
    if first[0] in fw:
        return caps
    named_body = chrome_like(t) or _features(t).organisation
    return caps and not (chrome_like(run[0]) or named_body)


def site_part_dropped(text: str, lines: Collection[str]) -> str:
    """A page title without its site: of "X - Site" / "X | Site", the part that stands
    elsewhere as a line of its own, or the text less a trailing web address."""
    parts = [p for p in _SEP.split(text) if p.strip()]
    if len(parts) < 2:
        return text
    recurring = [p for p in parts if line_key(p) in lines]
    if recurring:
        return max(recurring, key=len)
    if _WEB_ADDRESS.match(parts[-1].strip()):
        return text[: text.rfind(parts[-1])].rstrip(" |–—-")
    # a page title joined to the line below it: "X - site.org NEXT LINE" is X
    for part in parts[1:]:
        first = part.split(maxsplit=1)[0]
        if _WEB_ADDRESS.match(first):
            return text[: text.find(part)].rstrip(" |–—-")
    return text


def line_key(text: str) -> str:
    """A line as compared for recurrence: its words of letters, lower-cased."""
    return " ".join(_WORD.findall(text.lower()))


@cache
def _toc_heads() -> frozenset[str]:
    bp = load_layout().boilerplate
    return frozenset(line_key(h) for h in (bp.toc_headings if bp else ()))


def _enacting(text: str) -> bool:
    """The line that opens the operative text: a body's name and a comma, alone on
    its line ("The General Assembly,", "Le Conseil ministériel,", "Le Premier ministre,").
    The title stands above it; what follows is preamble."""
    t = text.strip()
    words = _WORD.findall(t.lower())
    return t.endswith(",") and 2 <= len(words) <= 6 and words[0] in _words().articles


def _head(units: Sequence[Unit]) -> list[Unit]:
    """The head's lines: from the top, up to the first numbered clause, the heading of
    a table of contents, the line that opens the operative text, the ``prose_lines``-th sentence
    of running text, or ``head_units`` lines. A number alone on its line (a
    classification number, "120.52") is not a clause."""
    model = load_title()
    out: list[Unit] = []
    prose = 0
    for u in units[: model.head_units]:
        numbered = u.marker is not None and u.marker.kind != "bullet"
        bare_number = not any(ch.isalpha() for ch in u.text)
        if (u.noise == "toc" and line_key(u.text) in _toc_heads()) or (
            not u.noise and _enacting(u.text)
        ):
            break
        if not u.noise and numbered and u.line.heading_level != 1 and not bare_number:
            break
        if not u.noise and TERMINAL_END.search(u.text.strip()) and len(u.text.split()) >= 12:
            prose += 1
            if prose >= model.prose_lines:
                break
        out.append(u)
    return out


def _metadata(u: Unit) -> bool:
    """A head line of metadata: front matter, a label and number, or a line of parts one
    of which is a date ("Rapport | Doc. 12712 | 16 septembre 2011")."""
    t = _plain(u.text)
    parts = [p.strip() for p in _SEP.split(t) if p.strip()]
    return (
        is_front(u)
        or bool(_LABEL_NUMBER.match(t))
        or (len(parts) >= 2 and any(is_date_line(p) for p in parts))
    )


def candidates(units: Sequence[Unit]) -> list[Candidate]:
    """Every reading of the title in the head: single lines, runs of lines that
    continue one another, and the titles that "Subject:" lines name."""
    head = _head(units)
    out: list[Candidate] = []
    k = 0
    labelled = False
    for i, u in enumerate(head):
        if u.noise and u.noise not in _NOISE_CANDIDATES:
            continue
        k += 1
        announced, labelled = labelled, not u.noise and line_key(u.text) in _words().label
        subject = None if u.noise else subject_title(u.text)
        if subject and next((ch for ch in subject if ch.isalpha()), "").isupper():
            out.append(Candidate(_YEAR_NOTE.sub("", subject), k, subject=True))
            continue
        if not _eligible(u):
            continue
        run = [_plain(u.text)]
        h1 = u.line.heading_level == 1
        beside = i > 0 and not head[i - 1].noise and _metadata(head[i - 1])
        above = i + 1 < len(head) and head[i + 1].text.strip().lower().startswith(_words().adopted)
        out.append(
            Candidate(
                run[0],
                k,
                h1=h1,
                noise=bool(u.noise),
                beside_front=beside,
                label=announced,
                adopted=above,
            )
        )
        for nxt in head[i + 1 : i + _MAX_RUN]:
            if u.noise or nxt.noise or not _continues(run, nxt):
                break
            run.append(_plain(nxt.text))
            out.append(Candidate(" ".join(run), k, h1=h1))
    return out


@dataclass(frozen=True, slots=True)
class _Features:
    words: int  # words of letters
    share: float  # share of function words
    document: bool  # names a kind of document
    organisation: bool  # names a body
    name_case: bool  # every word capitalised: a name, not a phrase
    address: bool  # opens or ends on a web address ("Belgique.be - …", "… - Nato-pa.int")
    dangling: bool  # ends on a function word ("RESOLUTION ON")
    interface: bool  # a site's interface: its words ("Transcription", "partage"), a breadcrumb
    part: bool  # a part's heading: "Schedule—The Criminal Code", "Introduction"
    occasion: bool  # names a sitting, not a document: "804th meeting – 11 July 2002"
    metadata: bool  # a distribution line: "… Original: ENGLISH"
    kind_only: bool  # a kind of document and nothing of its own (see _kind_only)


def _features(text: str) -> _Features:
    words = _words()
    low = text.lower()
    # words of letters; a symbol's letters ("A/72/840", "CM/Rec(2018)6") are not words
    tokens = _WORD.findall(" ".join(w for w in low.split() if not any(c.isdigit() for c in w)))
    n = len(tokens)
    parts = [p.strip() for p in _SEP.split(text) if p.strip()] or [text]
    return _Features(
        n,
        sum(t in words.function for t in tokens) / n if n else 0.0,
        bool(words.document.search(low)),
        any(t in words.organisation for t in tokens),
        all(w[0].isupper() for w in _WORD.findall(text)),
        bool(_WEB_ADDRESS.match(parts[0]) or _WEB_ADDRESS.match(parts[-1])),
        bool(text.split()) and text.split()[-1].lower() in words.function,
        (
            bool(tokens)
            and (tokens[0] in words.interface or sum(t in words.interface for t in tokens) * 4 >= n)
        )
        or len(_CRUMB.findall(text)) >= 2,
        bool(words.part.match(text.strip())),
        not words.document.search(low) and any(t in words.occasion for t in tokens[:3]),
        any(d in low for d in words.distribution),
        _kind_only(text, tokens),
    )


_SYMBOL = re.compile(r"[^\W\d_]\S*\d|\d\S*[^\W\d_]")  # "M-NAC-2(96)165", "A/RES/77/298"


def _kind_only(text: str, tokens: list[str]) -> bool:
    """A line that names a kind of document and nothing of its own: the kind and who
    made it ("REPORT OF THE COMMITTEE"), the kind and its symbol ("Press Communiqué
    M-NAC-2(96)165"), or the kind and whom it is addressed to ("COMMUNICATION FROM
    THE COMMISSION TO THE EUROPEAN PARLIAMENT, …"). The document's title is another line."""
    words = _words()
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
    numbered = any(ch.isdigit() for ch in text)
    addressed = bool(words.document.match(low)) and bool(words.addressed.search(low))
    return (not own and not numbered) or (symbol and len(own) <= 1) or addressed


def score(c: Candidate, w: TitleWeights | None = None) -> float:
    """Points for one candidate (see ``title.toml`` for the features)."""
    model = load_title()
    w = w or model.weights
    f = _features(c.text)
    s = float(min(f.words, model.max_length_points))
    if f.document:
        s += w.document
    elif f.organisation or f.address:
        s += w.organisation
    if f.interface:
        s += w.interface
    if f.part:
        s += w.part
    if f.occasion or f.metadata or f.kind_only:
        s += w.organisation
    if f.share >= 0.15:
        s += w.function
    elif f.share == 0 and f.words <= 6 and not f.document:
        s += w.no_function_short
    s += (
        w.h1 * c.h1
        + w.subject * c.subject
        + w.noise * c.noise
        + w.label * c.label
        + w.adopted * c.adopted
    )
    return s + w.position * c.index


def chrome_like(text: str, chrome_words: frozenset[str] = frozenset()) -> bool:
    """Whether a head line reads as a site's or a body's name rather than a document's
    title: a name with no document word (an organisation word in a short line, or every
    word capitalised with no function word), a web address, a breadcrumb trail, fewer
    than two real words,
    a line that stops on a function word, or one whose first word stands in the page's
    chrome too ("EUR-Lex …" above "Back to EUR-Lex homepage")."""
    f = _features(text)
    words = _words()
    long_words = sum(len(t) >= 3 for t in _WORD.findall(text))
    first = text.split()[0].strip(",;:") if text.split() else ""
    name = f.name_case and f.share == 0 and f.words <= 6
    return (
        (long_words < 2 and not _numbered_act(text))
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


def choose_title(units: Sequence[Unit], current: str | None) -> str | None:
    """The document's title. The line a "Title" line announces is the title, then the
    one a running head repeats further down (when the head's title is not it). The head
    reader's title (``current``, its first heading-like line) stands unless it reads as
    chrome; then, or when it found none, the best-scored
    candidate of the head (the first on a tie) takes its place if it scores higher (with no
    title at all, only one that names a kind of document or a subject line's title). A page
    title's site part is dropped either way."""
    lines = _Lines(units)
    chrome = frozenset(w for u in units if u.noise in _CHROME_NOISE for w in u.text.split())
    if current is not None:
        current = _finish(current, lines) or None
    if current is not None and _features(current).part:
        current = None  # a part's heading ("Introduction", "Chapter"): a fragment's
    heads = {line_key(u.text) for u in units if u.noise == "page-header"}
    label = any(len(u.text) < 40 and line_key(u.text) in _words().label for u in _head(units))
    foreign = _foreign_test(units)
    kept = current is not None and not chrome_like(current, chrome) and not foreign(current)
    if kept and not label and not heads:
        return current  # the common case, with no candidates to read
    found = candidates(units)
    announced = next((c for c in found if c.label), None)
    if announced is not None:  # the publisher names its title: "Title" above it
        return _finish(announced.text, lines) or current
    repeated = next((c for c in found if not c.noise and line_key(c.text) in heads), None)
    if repeated is not None and (current is None or line_key(current) not in heads):
        return _finish(repeated.text, lines) or current  # the running head repeats the title
    if kept:
        return current
    if current is None:  # a fragment: only a line that names a document, not furniture
        found = [
            c
            for c in found
            if c.subject or (not c.noise and (c.beside_front or _features(c.text).document))
        ]
    if not found:
        return current
    plain = [
        c for c in found if current is not None and not chrome_like(c.text) and not foreign(c.text)
    ]
    best = max(plain or found, key=lambda c: (score(c), -c.index))
    # chrome costs the current title what a body's name costs a candidate
    if current is not None and not (plain and foreign(current)):
        bar = score(Candidate(current, 1)) + load_title().weights.organisation * bool(plain)
        if score(best) <= bar:
            return current
    return _finish(best.text, lines) or current


@cache
def _own_stops() -> dict[str, str]:
    """The language of each function word that no other language shares ("the", "les")."""
    bp = load_layout().boilerplate
    langs: dict[str, set[str]] = {}
    for k, ws in bp.stop_words.items() if bp else ():
        for w in ws:
            langs.setdefault(w, set()).add(k)
    return {w: next(iter(ks)) for w, ks in langs.items() if len(ks) == 1}


def _foreign_test(units: Sequence[Unit]) -> Callable[[str], bool]:
    """Whether a line is in another language than the text's (a republisher's English
    header over a French act): two function words that only another language has."""
    own = _own_stops()
    text_lang: list[str] = []

    def foreign(text: str) -> bool:
        langs = {own[w] for w in _WORD.findall(text.lower()) if w in own}
        if len(langs) != 1 or sum(w in own for w in _WORD.findall(text.lower())) < 2:
            return False  # too few function words to tell, or mixed
        if not text_lang:  # read only when a line asks
            text_lang.append(detect_language(" ".join(u.text for u in units[:50] if not u.noise)))
        return langs != {text_lang[0]}

    return foreign


class _Lines(Collection[str]):
    """The page's lines as compared for recurrence, keyed only when first asked
    (most titles have no site part to test)."""

    def __init__(self, units: Sequence[Unit]) -> None:
        self._units = units
        self._keys: frozenset[str] | None = None

    def _get(self) -> frozenset[str]:
        if self._keys is None:
            self._keys = frozenset(line_key(u.text) for u in self._units)
        return self._keys

    def __contains__(self, key: object) -> bool:
        return key in self._get()

    def __iter__(self) -> Iterator[str]:
        return iter(self._get())

    def __len__(self) -> int:
        return len(self._get())


def _finish(text: str, lines: Collection[str]) -> str:
    """A title as cited: marks, a site part, a footnote call and closing punctuation off."""
    t = _NOTE_CALL.sub("", site_part_dropped(_plain(text), lines))
    by = _words().by.search(t)
    if by and len(t[: by.start()].split()) >= 2:
        t = t[: by.start()]  # "Déclaration du sommet de Bruxelles publiée par les chefs d'État …"
    bare = _PUBLISHED_AFTER.sub("", _NUMBER_BEFORE.sub("", t))
    m = _SYMBOL_AFTER.search(bare)
    before = bare[: m.start()].split()[-1:] if m else []
    if m and before and before[0].lower() not in _words().function and before[0][-1] != ",":
        bare = bare[: m.start()]  # not "… 2001/154/PESC et 2001/771/PESC": acts it cites
    return clean_title(bare if len(bare.split()) >= 4 else t).rstrip(",")
