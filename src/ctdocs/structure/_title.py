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
What a single line reads as (its features, whether it may be a title at all, whether
it reads as chrome) is ``_titlelines``; this module reads the head as a whole.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain
from typing import TYPE_CHECKING

from .._knowledge import load_layout, load_title
from .._markers import BREADCRUMB_RE
from ..layout import Unit, subject_title
from ..normalise._joins import numbered_kind_heading
from ._blocks import TERMINAL_END, clean_title, is_date_line, is_front
from ._titlelang import foreign_test
from ._titlelines import (
    LABEL_NUMBER,
    SEP,
    SYMBOL_TOKEN,
    WEB_ADDRESS,
    WORD,
    chrome_like,
    count_alpha_words,
    ends_on_event_date,
    in_capitals,
    is_act_title,
    is_eligible,
    kind_alone,
    line_features,
    line_key,
    opens_named,
    plain_line,
    title_words,
)

if TYPE_CHECKING:
    from .._knowledge import TitleWeights

__all__ = [
    "Candidate",
    "candidates",
    "choose_title",
    "chrome_like",
    "line_key",
    "score",
    "site_part_dropped",
]

_YEAR_NOTE = re.compile(r"\s*\([^()]*\b\d{4}\)$")  # "(19 June 2017)" after a subject
_NOTE_CALL = re.compile(
    r"\s*\(\d{1,2}\)(?=\s|,|\.?$)"
)  # a footnote call after a title: "… télépilotés (1)", "… d'argent (1)."
_CHROME_NOISE = ("web-chrome", "boilerplate", "navigation")
# a resolution number before the title ("70/291. Examen …", guidelines §1) and the
# document's symbol printed after it ("… Terrorism 10010/3/04 REV 3")
# where the act was published, after its title: "(JO L 344 du 28.12.2001, p. 93)"
# or its statute citation, by annual volume and chapter: "(L.C. 2023, ch. 31)", "(S.C. 2023, c. 31)"
_PUBLISHED_AFTER = re.compile(
    r"\s*\([^()]*(?:\bp\.\s*\d|\b\d{1,2}\.\d{1,2}\.\d{4}\b|\b\d{4},\s(?:c|ch)\.\s[A-Z]?-?\d{1,4})[^()]*\)$"
)
_NUMBER_BEFORE = re.compile(r"^(?:\d+/\d+\.|[A-Z]{1,3} ?\(\d{4}\) ?\d+)\s+(?=\w)")
_SYMBOL_AFTER = re.compile(r"(?:\s+\(?[\w.]*\d[\w.]*/[\w./()]*\)?)+(?:\s+REV\s+\d+)?$")
# a resolution's own number opening its title line ("58/14. Protection des droits …"): the
# line is the resolution's title, as much as the one above "Adopted by …" is
_RESOLUTION_NUMBER = re.compile(r"^(\d{1,3}/\d{1,4})\.\s+\w")
# the same number closing a code of the head (A/HRC/RES/58/14): the document's own number, so
# the line it opens is the document's title, as plainly as if a "Title" line announced it
_CODE_TAIL = re.compile(r"/(\d{1,3}/\d{1,4})(?![\w/])")
# a line of three or more parts between bullets is a list of keywords or of links ("Art 8 •
# Vie privée • …", "Version PDF · Imprimer · Partager"), not a title
_BULLETS = re.compile(r"\s[\u2022\u00b7]\s")
# a line that opens with a capitalised word and closes a bracket before opening one ("Zones)
# Regulations 2025"); not a list item's "a)" or "iii)"
_CLOSER = re.compile(r"^[A-Z\u00c0-\u00de][^\W\d_]{2,}[^()]*\)")
_NOISE_CANDIDATES = ("boilerplate", "page-header")  # furniture that may still be the title
_MAX_RUN = 6


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


def _continues(run: list[str], nxt: Unit) -> bool:
    """Whether line ``nxt`` carries on the title begun by ``run``: the run ends on a
    function word, the next line starts with one, both are in capitals, or the run is
    a document's name alone in capitals ("RAPPORT D'INFORMATION", "DÉCISION N° 1063")."""
    t = plain_line(nxt.text)
    if len(run) == 1 and t[:1].islower() and numbered_kind_heading(run[0]):
        return not nxt.noise  # "CIRCULAIRE N° 014/2026" / "relative au …": its title below
    if not is_eligible(nxt, carried=True) or count_alpha_words(t) < 2:
        return False
    if sum(r.count("(") - r.count(")") for r in run) > 0:
        return True  # a bracket the run opened closes below: "… (Unmanned Aircraft" / "Zones) …"
    words = title_words()
    fw = words.function
    last = run[-1].split()[-1].lower().strip(",;")
    first = WORD.findall(t.lower())
    joined = " ".join(run)
    run_caps = in_capitals(joined)
    caps = run_caps and t.upper() == t and count_alpha_words(run[0]) >= 2
    named = run_caps and len(run) == 1 and len(run[0].split()) <= 4
    named = named and bool(words.document.search(joined.lower()))
    named_run = bool(words.document.search(joined.lower()))
    rest = t.lower().split(maxsplit=1)
    bare = rest[1] if len(rest) > 1 and first[0] in words.articles else t.lower()
    if not first or (named_run and words.document.match(bare) and not caps):
        return False  # "Explosives Act" above its long title "An Act respecting …"
    if run_caps and not named_run and words.document.match(bare):
        return False  # a formula in capitals ("AU NOM DU PEUPLE FRANÇAIS") over "ARRÊT DE …"
    if run_caps and not caps and t[0].isupper() and first[0] not in fw and not named:
        return False  # "SESSION ORDINAIRE DE 2020-2021" above "Enregistré à …"
    if _next_clause(run, t, first[0]):
        return True  # a cover page's next clause: "… de l'article 145 du Règlement" / "PAR LA …"
    # "Building Resilience" / "Against Terrorism"; not "Criminal Code Act 1995" / "In force"
    opens = first[0] in fw and first[0] not in words.articles and not (named_run and t[0].isupper())
    if last in fw or opens or named:
        return True
    # capitals alone join only lines that are not names themselves: not "NORTH ATLANTIC
    # TREATY ORGANIZATION (NATO)" / "NATO STANDARDIZATION OFFICE (NSO)", nor a body's
    # name below a title ("ORGANISATION DU TRAITÉ DE L'ATLANTIQUE NORD (OTAN)")
    if first[0] in fw:
        return caps
    named_body = chrome_like(t) or line_features(t).organisation
    return caps and not (chrome_like(run[0]) or named_body)


def _next_clause(run: list[str], t: str, first: str) -> bool:
    """Whether ``t`` (opening with ``first``) is the next clause of a report's cover
    title: the run names a kind of document and has left capitals ("RAPPORT D'INFORMATION"
    / "DÉPOSÉ en application de l'article 145 du Règlement"), and the line, opening in
    capitals with a function word that is no article and does not end on one ("PAR LA
    COMMISSION DE LA DÉFENSE …", not "ET PRÉSENTÉ PAR" before who presents it)."""
    words = title_words()
    if (
        first not in words.function
        or first in words.articles
        or not in_capitals(" ".join(t.split()[:4]))
    ):
        return False
    named = bool(words.document.search(" ".join(run).lower()))
    return named and not in_capitals(run[-1]) and not line_features(t).dangling


def site_part_dropped(text: str, lines: Collection[str]) -> str:
    """A page title without its site: of "X - Site" / "X | Site", the part that stands
    elsewhere as a line of its own, or the text less a trailing web address."""
    parts = [p for p in SEP.split(text) if p.strip()]
    if len(parts) < 2:
        return text
    recurring = [p for p in parts if line_key(p) in lines]
    if recurring:
        return max(recurring, key=len)
    if WEB_ADDRESS.match(parts[-1].strip()):
        return text[: text.rfind(parts[-1])].rstrip(" |–—-")
    # a page title joined to the line below it: "X - site.org NEXT LINE" is X
    for part in parts[1:]:
        first = part.split(maxsplit=1)[0]
        if WEB_ADDRESS.match(first):
            return text[: text.find(part)].rstrip(" |–—-")
    return text


@cache
def _toc_heads() -> frozenset[str]:
    bp = load_layout().boilerplate
    return frozenset(line_key(h) for h in (bp.toc_headings if bp else ()))


def _enacting(text: str) -> bool:
    """The line that opens the operative text: a body's name and a comma, alone on
    its line ("The General Assembly,", "Le Conseil ministériel,", "Le Premier ministre,").
    The title stands above it; what follows is preamble."""
    t = text.strip()
    if not t.endswith(","):
        return False  # (tested before the words are found: most lines end otherwise)
    words = WORD.findall(t.lower())
    return 2 <= len(words) <= 6 and words[0] in title_words().articles


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
    t = plain_line(u.text)
    parts = [p.strip() for p in SEP.split(t) if p.strip()]
    return (
        is_front(u)
        or bool(LABEL_NUMBER.match(t))
        or (len(parts) >= 2 and any(is_date_line(p) for p in parts))
    )


def candidates(units: Sequence[Unit]) -> list[Candidate]:
    """Every reading of the title in the head: single lines, runs of lines that
    continue one another, and the titles that "Subject:" lines name."""
    head = _head(units)
    out: list[Candidate] = []
    k = 0
    labelled = False
    own_numbers = {m[1] for u in head for m in _CODE_TAIL.finditer(u.text)}
    top = False  # a level-1 markup heading of the text's own, no part's ('# Chapter 4'), above
    for i, u in enumerate(head):
        h1 = u.line.heading_level == 1
        if u.noise and u.noise not in _NOISE_CANDIDATES and not _long_h1(u):
            continue
        k += 1
        if (u.line.heading_level or 0) >= 2 and top:
            continue  # a part's heading under the document's own ('# R v Holt' / '## The facts')
        top = top or (h1 and not u.noise and not line_features(u.text).part)
        announced, labelled = labelled, not u.noise and line_key(u.text) in title_words().label
        subject = None if u.noise else subject_title(u.text)
        if subject and next((ch for ch in subject if ch.isalpha()), "").isupper():
            # below an act's own title, "Objet :" sums the act up (a JORF notice): a
            # candidate like any other line, not a subject that names the title
            above = any(not c.noise and is_act_title(c.text) for c in out)
            out.append(Candidate(_YEAR_NOTE.sub("", subject), k, subject=not above))
            continue
        above = i + 1 < len(head) and head[i + 1].text.strip().lower().startswith(
            title_words().adopted
        )
        # the document's kind alone ("COMMUNIQUÉ") right above "Adopted by the … Council
        # at its … meeting" is the heading the publisher prints as its title
        if u.line.field or (not is_eligible(u) and not (above and kind_alone(u.text))):
            continue  # (a record's field in a run of them names no title: "Organe : …")
        if len(_BULLETS.split(u.text)) >= 3 or _closes_above(u.text):
            continue
        run = [plain_line(u.text)]
        beside = i > 0 and not head[i - 1].noise and _metadata(head[i - 1])
        # right below a line naming a document, the line above the adoption is the act's
        # number, not its title ("… Act 2022" / "Public Act 2022 No 31" / "Date of assent")
        named = i > 0 and not head[i - 1].noise and line_features(head[i - 1].text).document
        numbered = _RESOLUTION_NUMBER.match(run[0])
        above = (above and not named) or numbered is not None
        announced = announced or (numbered is not None and numbered[1] in own_numbers)
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
            run.append(plain_line(nxt.text))
            out.append(Candidate(" ".join(run), k, h1=h1))
    return out


def _carried_on(units: Sequence[Unit], current: str) -> str:
    """The head reader's title with the line that carries it on: a heading line right below it
    that opens in lower case with a function word that is no article ("Press conference" /
    "by the NATO Assistant Secretary General …, on the updated Action Plan", "Rapport" /
    "sur la menace …"), a subtitle that completes the heading's phrase."""
    at = next((i for i, u in enumerate(units) if plain_line(u.text) == current), None)
    if at is None or at + 1 >= len(units) or units[at].noise:
        return current
    nxt = units[at + 1]
    t = plain_line(nxt.text)
    first = WORD.findall(t[:30])
    if nxt.noise or not t[:1].islower() or not first:
        return current
    words = title_words()
    if first[0] not in words.function or first[0] in words.articles:
        return current
    if len(WORD.findall(t)) > load_title().max_words or TERMINAL_END.search(t.strip()):
        return current
    return f"{current} {t}"


def _closes_above(text: str) -> bool:
    """Whether a line closes a bracket opened on a line above ("Zones) Regulations 2025"): the
    end of a title, not one of its own."""
    return _CLOSER.match(text) is not None


def score(c: Candidate, w: TitleWeights | None = None) -> float:
    """Points for one candidate (see ``title.toml`` for the features)."""
    model = load_title()
    w = w or model.weights
    f = line_features(c.text)
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
    if f.words <= 3 and SYMBOL_TOKEN.search(c.text):
        s += w.symbol
    s += (
        w.h1 * c.h1
        + w.subject * c.subject
        + w.noise * c.noise
        + w.label * c.label
        + w.adopted * c.adopted
    )
    return s + w.position * c.index


def choose_title(units: Sequence[Unit], current: str | None) -> str | None:
    """The document's title. The line a "Title" line announces is the title, then the
    one a running head repeats further down (when the head's title is not it). The head
    reader's title (``current``, its first heading-like line) stands unless it reads as
    chrome; then, or when it found none, the best-scored
    candidate of the head (the first on a tie) takes its place if it scores higher (with no
    title at all, only one that names a kind of document or a subject line's title). A page
    title's site part is dropped either way."""
    lines = _Lines(units)
    if current is not None:
        current = _finish(_carried_on(units, current), lines) or None
    if current is not None and line_features(current).part:
        current = None  # a part's heading ("Introduction", "Chapter"): a fragment's
    heads = {line_key(u.text) for u in units if u.noise == "page-header"}
    label = any(len(u.text) < 40 and line_key(u.text) in title_words().label for u in _head(units))
    foreign = foreign_test(units)
    kept = current is not None and not chrome_like(current, _chrome(units)) and not foreign(current)
    named = _named_below(units, current) if kept else None
    if named is not None:
        return _finish(named, lines) or current
    if kept and current is not None and not label and not heads and not _overrulable(current):
        return current  # the common case, with no candidates to read
    found = candidates(units)
    pointed = _pointed_at(units, found, heads, current)
    if pointed is not None:
        return _finish(pointed, lines) or current
    if kept and current is not None and not _overruled(current, found):
        return current
    if current is None:  # a fragment: only a line that names a document, not furniture
        own = [
            c
            for c in found
            if c.subject or (not c.noise and (_names(c.text, c.beside_front) or _page_part(c)))
        ]
        # else a headline the chrome reader set aside (a long level-1 heading)
        found = own or [c for c in found if c.h1 and c.noise]
    if not found:
        return current
    plain = [
        c
        for c in found
        if current is not None
        and (not chrome_like(c.text) or _page_part(c))
        and not foreign(c.text)
    ]
    best = max(plain or found, key=lambda c: (score(c), -c.index))
    # a meeting's or an adoption's line is no title, however it scores; chrome costs the
    # current title what a body's name costs a candidate
    event = current is not None and ends_on_event_date(current)
    if current is not None and not event and not (plain and foreign(current)):
        bar = score(Candidate(current, 1)) + load_title().weights.organisation * bool(plain)
        if score(best) <= bar:
            return current
    return _finish(best.text, lines) or current


def _chrome(units: Sequence[Unit]) -> frozenset[str]:
    """The chrome lines' words, read only for a head title (each line's split joined in C)."""
    return frozenset(chain.from_iterable(u.text.split() for u in units if u.noise in _CHROME_NOISE))


def _pointed_at(
    units: Sequence[Unit], found: Sequence[Candidate], heads: Collection[str], current: str | None
) -> str | None:
    """The line the page itself points at as its title: the one a "Title" line announces,
    the one a running head repeats (when the head's title is not it), the one its
    breadcrumb trail ends on (when the head's title does not open with that item)."""
    announced = next((c for c in found if c.label), None)
    if announced is not None:
        return announced.text
    repeated = next((c for c in found if not c.noise and line_key(c.text) in heads), None)
    if repeated is not None and (current is None or line_key(current) not in heads):
        return repeated.text
    crumb = _crumb_named(units, found)
    if crumb is not None and (current is None or not _starts_with_key(current, crumb[1])):
        return crumb[0]
    return None


_CRUMB_SEP = re.compile(r"\s[>\u203a]\s")


def _starts_with_key(text: str, key: str) -> bool:
    """Whether ``text`` opens with the words of ``key``: a trail's item may be cut short."""
    return line_key(text).startswith(key)


def _crumb_named(units: Sequence[Unit], found: Sequence[Candidate]) -> tuple[str, str] | None:
    """The head's line a breadcrumb trail ends on, and the trail's last item: a site's
    trail ("Home > News > Press Releases > Treasury Designates …") ends on the page it
    leads to, so the line of the head that opens with that item (maybe cut by "…") is the
    page's title. The item needs three words, since a trail may end on a section's name."""
    for u in _head(units):
        if u.noise and BREADCRUMB_RE.search(u.text):
            last = _CRUMB_SEP.split(u.text)[-1].strip().rstrip("….").strip()
            key = line_key(last)
            if len(key.split()) < 3:
                return None
            return next(
                (
                    (c.text, key)
                    for c in found
                    if (c.h1 or not c.noise) and _starts_with_key(c.text, key)
                ),
                None,
            )
    return None


_DESIGNATION = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)? \d[\d/-]* (?:of|du) (?P<date>.{6,20})$")
_TITLE_PHRASE_WORDS = 6  # a title of its own under a designation is a phrase this long


def _named_below(units: Sequence[Unit], current: str | None) -> str | None:
    """The title printed under an act's designation, or None: "Executive Order 14137 of
    October 28, 2024" (a kind, a number and a date, nothing of its own) over "Strengthening
    the Protection of … Explosive" / "Threats", a phrase in title case that names no
    kind of document (not "Décision n° 2021-822 DC du 30 juillet 2021" over the "Loi
    relative à …" it rules on, nor over a sentence)."""
    designation = _DESIGNATION.match(current or "")
    if designation is None or not is_date_line(designation["date"]):
        return None
    head = [u for u in _head(units) if not u.noise]
    at = next((i for i, u in enumerate(head) if plain_line(u.text) == current), None)
    if at is None or at + 1 >= len(head):
        return None
    title = plain_line(head[at + 1].text)
    f = line_features(title)
    if f.words < _TITLE_PHRASE_WORDS or f.document or not _title_case(title):
        return None
    if not is_eligible(head[at + 1]):
        return None
    tail = plain_line(head[at + 2].text) if at + 2 < len(head) else ""
    if len(tail.split()) in (1, 2) and _title_case(tail) and tail[-1].isalpha():
        title = f"{title} {tail}"  # the title's last word wrapped to a line of its own
    return title


def _title_case(text: str) -> bool:
    """Every word of four letters or more opens with a capital ("Against Unmanned …")."""
    long = [w for w in WORD.findall(text) if len(w) >= 4]
    return bool(long) and all(w[0].isupper() for w in long)


def _page_part(c: Candidate) -> bool:
    """Whether a part's heading is the page's own title: a level-1 heading that names the
    part and a title of its own ("# Chapter 3. Investigating and prosecuting terrorist
    financing …" heading a handbook's chapter published as a page of its own)."""
    f = line_features(c.text)
    return c.h1 and f.part and f.words >= _PART_TITLE_WORDS


_PART_TITLE_WORDS = 6


def _long_h1(u: Unit) -> bool:
    """A page's level-1 heading of a phrase's length (``_PART_TITLE_WORDS`` words or more),
    which a chrome reader set aside: a site's name is a few words, a headline is not."""
    return u.line.heading_level == 1 and len(WORD.findall(u.text)) >= _PART_TITLE_WORDS


def _names(text: str, beside_front: bool) -> bool:
    """Whether a line may title a fragment: it names a document (or stands beside the front
    matter) and is no part's heading ("Annexe — Le code pénal …" below "Code pénal")."""
    f = line_features(text)
    return (beside_front or f.document) and not f.part


def _overrulable(current: str) -> bool:
    """Whether a candidate may overrule the head reader's title: only one that names no
    kind of document ("Explosives Act" above its long title "An Act respecting …" stands)."""
    return load_title().weights.overrule > 0 and not line_features(current).document


def _overruled(current: str, found: Sequence[Candidate]) -> bool:
    """Whether a candidate that names a kind of document outscores the head reader's
    title, which names none, by the ``overrule`` margin: "JUSTEL - Législation consolidée"
    or a masthead's two columns on one line above "5 MAI 2019. - Loi portant …" or
    "DÉCISION N° 6/21 …"."""
    if not _overrulable(current):
        return False
    floor = score(Candidate(current, 1)) + load_title().weights.overrule
    return any(score(c) >= floor and not c.noise and opens_named(c.text) for c in found)


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
    t = _NOTE_CALL.sub("", site_part_dropped(plain_line(text), lines))
    by = title_words().by.search(t)
    if by and len(t[: by.start()].split()) >= 2:
        t = t[: by.start()]  # "Déclaration du sommet de Bruxelles publiée par les chefs d'État …"
    bare = _PUBLISHED_AFTER.sub("", _NUMBER_BEFORE.sub("", t))
    m = _SYMBOL_AFTER.search(bare)
    before = bare[: m.start()].split()[-1:] if m else []
    if m and before and before[0].lower() not in title_words().function and before[0][-1] != ",":
        bare = bare[: m.start()]  # not "… 2001/154/PESC et 2001/771/PESC": acts it cites
    return clean_title(bare if len(bare.split()) >= 4 else t).rstrip(",")
