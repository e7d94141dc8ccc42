"""The cue words and symbol shapes of ``data/models/document.toml``, compiled once.

What the document stage reads of its data file, apart from how it weighs what it
finds: the cues that open or close a line of a document's head (an adoption, a
closing formula, an act's name, a page's stamp, another document's or an event's
date), a dateline's place, and the shapes of a document's number. The date's choice
(:mod:`._document`), the stamps of noise lines (:mod:`._docstamps`) and the number's
choice (:mod:`._docsymbol`) share them; each pattern holds for every language the
file lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from .._knowledge import SymbolPattern, load_document
from .._needles import case_view, may_hold, needles
from ._docfields import document_cues

__all__ = [
    "_CODE_DASH",
    "_PLACE",
    "_Cues",
    "_Guarded",
    "_Shape",
    "_alt",
    "_cues",
    "bracket_dateline",
    "citing_paragraph",
    "closing_line",
]

# a place (one or two capitalised words, maybe its region in brackets: "OTTAWA (Ontario)") and
# a comma right before the date
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_PLACE = rf"[{_UPPER}][\w'\u2019.-]+"
_REGION = rf"(?: \([{_UPPER}][\w'\u2019. -]{{1,30}}\))?"
_CAPS = rf"[{_UPPER}]{{3,}}(?:-[{_UPPER}]{{2,}})?"  # a place in capitals: GENEVA, PORT-VILA
# a dateline's place and comma right before the date
_DATELINE = rf"(?:^|[\s|\u2013\u2014-]){_PLACE}(?: {_PLACE})?{_REGION},\s*$"
# a place in capitals opening the line with the date in brackets after it, as press releases
# print it: "GENEVA (11 May 2027) – The Office …", "DAKAR (3 mai 2027) – Le procureur …"
# (read only in the head, a dash and a sentence after the bracket: a reference list's
# "FATF (12 May 2019) – Guidance …" at the foot dates a source)
_DATELINE_BRACKET = re.compile(rf"^\W*{_CAPS}(?: {_CAPS})? \($")
_DATELINE_BRACKET_AFTER = re.compile(r"\)\s*[\u2013\u2014-]\s+\w")
_CODE_DASH = r"[A-Z\d][\w./]*(?: [\w./]+){0,3} [\u2013\u2014] "  # a collection's number: F 1 07 —


@dataclass(frozen=True, slots=True)
class _Shape:
    """A symbol shape: its pattern, language, whether it yields to specific shapes (a
    kind word and a number) and how many first lines of the head it may stand on."""

    pattern: re.Pattern[str]
    lang: str | None
    weak: bool
    lines: int | None
    form: str | None = None  # the symbol built from the named groups
    repeated: bool = False  # counts only when the text prints it again
    fallback: bool = False  # yields to any other shape's match, weak ones too
    cited_case: bool = False  # capitals of the kind words given in citation case
    # every match opens a line: the pattern behind a line break, which the engine skips
    # ahead to in C (``(?m)^`` alone is tried at every character of the head)
    after_break: re.Pattern[str] | None = None

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """``pattern.search(text, pos)``, the same match: where every match opens a line,
        only the line starts are tried (the first line's, then after each line break)."""
        if self.after_break is None:
            return self.pattern.search(text, pos)
        if pos == 0 and (m := self.pattern.match(text)) is not None:
            return m
        hit = self.after_break.search(text, max(pos, 1) - 1)
        return None if hit is None else self.pattern.match(text, hit.start() + 1)


@dataclass(frozen=True, slots=True)
class _Guarded:
    """A case-blind cue searched only where its text holds one of the cue's words.

    Why: a pattern that opens on ``\\b``, ``^`` or an alternation of phrases is tried at
    every character of the text (some 24 µs for a line); a few substring tests in the
    text's case view rule out nearly every text first. Exact: a match holds a needle."""

    pattern: re.Pattern[str]
    wanted: tuple[str, ...] | None  # the needles (case view); None: always searched
    wraps: bool = False  # a cue phrase holds a blank: a match may cross a line break

    @classmethod
    def of(cls, pattern: str, flags: int) -> _Guarded:
        found = needles(pattern.removeprefix("(?m)"), flags)  # (?m) changes no literal
        return cls(re.compile(pattern, flags), found, _JOIN in pattern)

    def holds(self, text: str) -> bool:
        """Whether ``text`` may hold a match (False: it holds none)."""
        return may_hold(text, self.wanted)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.holds(text) else None

    def line_matches(self, text: str) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)`` for a pattern whose every match opens a line (``(?m)^``)
        and ends before its line break: the pattern is tried only at the starts of the lines
        that hold one of its needles, where the scan tried every character of the text.
        The same matches: each holds a needle inside its own line, and no two lines overlap.
        Not so when a cue phrase holds a blank (a user's "get the full text"): wrapped over
        two lines, its needle may stand on the second, so the whole text is scanned."""
        if self.wanted is None or self.wraps:
            if self.holds(text):
                yield from self.pattern.finditer(text)
            return
        view = case_view(text)
        starts: set[int] = set()
        for n in self.wanted:
            at = view.find(n)
            while at >= 0:
                starts.add(view.rfind("\n", 0, at) + 1)
                at = view.find(n, at + 1)
        for start in sorted(starts):
            if (m := self.pattern.match(text, start)) is not None:
                yield m


@dataclass(frozen=True, slots=True)
class _Cues:
    adopted: re.Pattern[str]  # opening its line, maybe after an act's name (Résolution adoptée)
    adopted_caps: re.Pattern[str]  # after a title in capitals: … TERRORISME adoptées par
    adopted_any: re.Pattern[str]  # anywhere: a title's note "… and adopted by … on"
    closing: re.Pattern[str]
    closing_ending: re.Pattern[str]  # a closing cue only where its line ends on the date
    act_of: re.Pattern[str]  # an act's name, then "of" right before the date
    of_line: re.Pattern[str]  # "of" opening the date's line, maybe after an acronym: (OMPT) du
    act_line: re.Pattern[str]  # a line that opens with an act's name (Ordonnance)
    act_after: re.Pattern[str]  # an act's name right after a date opening a line: 5 MAI 2019. - Loi
    act_year: re.Pattern[str]  # an act's name and a comma before a year: Prevention Act, 1967
    stamp: re.Pattern[str]
    synced: re.Pattern[str]  # a mirror's stamp of its last copy: Dernière synchronisation : …
    published: re.Pattern[str]  # a publication stamp: Published 3 March 2026
    published_near: _Guarded  # the same cue right before its date: (first published 30 …
    poster: re.Pattern[str]  # a byline's poster opening its line: Posted by admin on 3 May …
    stamp_near: _Guarded  # an update cue right before its date: "… as of 3/12/2026"
    revised: re.Pattern[str]  # a revision stamp: Updated November 2023
    download: _Guarded  # a line offering the full text: Download … — 10473/26
    dateline: re.Pattern[str]  # a place and a comma right before the date (Brussels, 9 May)
    dateline_article: re.Pattern[str]  # with an article: Brussels, on 10 May (ending a line)
    not_own: _Guarded
    self_adopted: re.Pattern[str]  # this memorandum … was endorsed … on (running text)
    event: re.Pattern[str]
    event_line: re.Pattern[str]  # an event cue opening its line (Entrée en vigueur : …)
    citing: re.Pattern[str]  # a line opening a preambular paragraph: (Also) Recalling …
    instrument: re.Pattern[str]  # an instrument named right before ", adopted": its date
    symbols: tuple[_Shape, ...]
    head_lines: int
    head_chars: int
    short_words: int


def _alt(field: str) -> str:
    """The cue phrases of the list ``field`` of ``document.toml`` as one alternation, their
    words also joined by an underscore, as in a front-matter key (``last_modified:
    2026-05-19``)."""
    return document_cues(field, _JOIN)


_JOIN = r"[\s_]+"  # between a cue phrase's words: blanks, line breaks, a key's underscore


def _shape(s: SymbolPattern) -> _Shape:
    """A symbol shape of the data, its pattern compiled once."""
    p = s.pattern
    after = re.compile(f"(?m)\\n(?:{p[4:]})") if _opens_line(p) else None
    return _Shape(
        re.compile(p), s.lang, s.weak, s.lines, s.form, s.repeated, s.fallback, s.cited_case, after
    )


def _opens_line(pattern: str) -> bool:
    """Whether every match of ``pattern`` opens a line: it starts with ``(?m)^`` and has
    no alternation outside its groups (whose other branch could start anywhere)."""
    if not pattern.startswith("(?m)^"):
        return False
    depth, k = 0, 0
    while k < len(pattern):
        ch = pattern[k]
        if ch == "\\":
            k += 1
        elif ch == "[":  # a class: up to its closing bracket (one first may be a member)
            k = pattern.index("]", k + 2 if pattern[k + 1] != "^" else k + 3)
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            return False
        k += 1
    return True


def bracket_dateline(above: str, before: str, after: str) -> bool:
    """A press release's dateline, the date in brackets after a place in capitals and a
    dash and a sentence after them (``GENEVA (11 May 2027) – The Office …``), opening the
    text's prose: no sentence closes a line ``above`` it (the caller reads it only on the
    first lines too). A reference list's ``FATF (12 May 2019) – Guidance …`` under the
    body's sentences dates a source, not the text."""
    if _SENTENCE_ABOVE.search(above):
        return False
    return bool(_DATELINE_BRACKET.search(before) and _DATELINE_BRACKET_AFTER.match(after))


_SENTENCE_ABOVE = re.compile(r"[.!?][ \t]*\n")


def citing_paragraph(para: str) -> bool:
    """Whether a paragraph (up to a date) is preambular: a line of it opens with a citing
    word (Recalling, Rappelant, Vu, En vertu de …) and no sentence has ended since, so its
    dates are the acts it cites; not where the text names itself with an adopted cue
    right before the date ("En vertu de l'arrêté du …, le présent texte, adopté le …")."""
    c = _cues()
    opens = list(c.citing.finditer(para))
    if not opens or _SENTENCE_END.search(para, opens[-1].end()):
        return False
    return c.self_adopted.search(para) is None


_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\u00c0-\u00de])")
# what may open a line before its cue: signs, and the HTML tags a Markdown page keeps as its
# writer typed them ("<p>Validée par le Comité … le 9 octobre 2025</p>", a site generator's),
# not a link's anchor: "<a href=…>Adopted by the Council on …</a>" names the page it leads to
_OPENS = r"^(?:\W|<(?!a[\s>])[a-z][a-z\d]{0,9}(?:\s[^<>\n]{0,60})?>)*"


@cache
def _cues() -> _Cues:
    data = load_document()
    adopted = _alt("adopted")
    act = _alt("act")
    of = _alt("act_of")
    stamp = _alt("stamp")
    synced = _alt("synced")
    published = _alt("published")
    revised = _alt("revised")
    download = _alt("download")
    not_own = _alt("not_own")
    event = _alt("event")
    article = _alt("dateline_article")
    self_ref = _alt("self_ref")
    citing = _alt("citing")
    instrument = _alt("instrument")
    flags = re.IGNORECASE
    return _Cues(
        adopted=re.compile(rf"{_OPENS}(?:(?:{act})\s+)?(?:{adopted})\b", flags),
        adopted_caps=re.compile(rf"^[^a-zà-ÿ]*[\s(](?:{adopted})\b", flags & 0),
        adopted_any=re.compile(rf"\b(?:{adopted})\b", flags),
        closing=re.compile(rf"^\W*(?:{_alt('closing')})(?!\w)", flags),  # may end with ":"
        closing_ending=re.compile(rf"^\W*(?:{_alt('closing_ending')})(?!\w)", flags),
        act_of=re.compile(
            # no sentence's end between the act's name and "of", but its number's "No." may be
            # (the words before the act's name are its ``lead``: a sentence's or a title's)
            rf"^\W*(?P<lead>(?:\S+\s+){{0,8}}?)(?:{act})\b"
            rf"(?:[^.\n;]|(?<=\bno)\.){{0,80}}\s(?:{of})\s+$",
            flags,
        ),
        of_line=re.compile(rf"^\W*?(?:\(\w+\)\s+)?(?:{of})\s+$", flags),
        # maybe after its number in a systematic collection and a dash: "F 1 07 — Loi …"
        act_line=re.compile(rf"(?m)^\W*(?:{_CODE_DASH})?(?:{act})\b", flags),
        act_after=re.compile(rf"\W{{0,4}}(?:{act})\b", flags),
        act_year=re.compile(rf"\b(?:{act})s?,\s*$", flags),  # Act, 1967; Regulations, 2026
        stamp=re.compile(rf"{_OPENS}(?:{stamp})\b", flags),
        synced=re.compile(rf"^\W*(?:{synced})\b", flags),
        published=re.compile(rf"{_OPENS}(?:{published})\b", flags),
        poster=re.compile(rf"{_OPENS}(?:{_alt('poster')})\b", flags),
        published_near=_Guarded.of(rf"\b(?:{published})[\s:]*(?:(?:{article})\s+)?$", flags),
        stamp_near=_Guarded.of(rf"\b(?:{stamp})[\s:]*(?:(?:{article})\s+)?$", flags),
        revised=re.compile(rf"^\W*(?:{revised})\b", flags),
        download=_Guarded.of(rf"(?m)^[^\w\n]*(?:{download})\b[^\n]*", flags),
        dateline=re.compile(_DATELINE),
        dateline_article=re.compile(
            rf"(?:^|[\s|\u2013\u2014-]){_PLACE}(?: {_PLACE})?{_REGION},\s*(?:{article})\s+$"
        ),
        not_own=_Guarded.of(rf"(?:{not_own})", flags),
        self_adopted=re.compile(
            rf"\b(?:{self_ref})\s+\w+\b[^.;\n]{{0,200}}?\b(?:{adopted})\b[^.;\n]{{0,120}}$", flags
        ),
        event=re.compile(rf"(?:{event})\b", flags),
        event_line=re.compile(rf"^\W*(?:{event})\b", flags),
        citing=re.compile(rf"(?m)^[^\w\n]*(?:[^\W\d_]+\s+)?(?:{citing})\b", flags),
        instrument=re.compile(rf"\b(?:{instrument})\b[^;\n]{{0,160}},\s*$", flags),
        symbols=tuple(_shape(s) for s in data.symbols),
        head_lines=data.head_lines,
        head_chars=data.head_chars,
        short_words=data.short_line_words,
    )


_WORD = re.compile(r"\w+")


def closing_line(text: str, lo: int, hi: int, start: int, end: int) -> bool:
    """Whether the line ``lo:hi`` holding the date ``start:end`` is a closing formula's.

    Most closing cues ("en foi de quoi", "done at") open no prose, but some do ("Signed
    in Paris on 12 December 2015, the Paris Agreement …"): those count only on a short
    line that ends on its date, as a signature's "Signed in Nairobi on 12 March 2026."
    """
    cues = _cues()
    line = text[lo : min(hi, lo + 400)]
    if cues.closing.search(line):
        return True
    if cues.closing_ending.search(line) is None or text[end:hi].strip(" \t.;,)\u00bb\"'"):
        return False
    return len(_WORD.findall(text, lo, start)) <= cues.short_words


@cache
def synced_near() -> _Guarded:
    """A mirror's stamp cue right before its date on a row of fields ("… Apr. 1, 2026
    Translated on May 20, 2026"), where it opens no line's cell."""
    return _Guarded.of(rf"\b(?:{_alt('synced')})[\s:]*$", re.IGNORECASE)


@cache
def act_cited() -> re.Pattern[str]:
    """An act's name, then further on the same line an article, another act's name and its
    "of" right before a date ("Projet de loi modifiant le Code pénal et la loi du …"): the
    title cites that act and its date, where its own act comes first and bare ("Décret n° …
    du", "Version consolidée de la loi n° … du" names one act only)."""
    act, of = _alt("act"), _alt("act_of")
    return re.compile(
        rf"\b(?:{act})\b.*\S\s+(?:{_alt('act_article')})\s*(?:{act})\b[^.\n;,]{{0,40}}?"
        rf"\s(?:{of})\s+$",
        re.IGNORECASE,
    )
