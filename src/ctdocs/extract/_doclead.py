"""A kind and its number that lead the document's own lines, printed twice (guidelines §6).

Publishers of every kind print their document's number as a kind word and a serial at the
lead of a line: its page title ("Sanctions Notice 41: …"), its heading ("Arrêt n° 262.418
du 4 avril 2025", "LOI N° 14 DE 2026 PORTANT …"), a breadcrumb's last step ("… > Arrêt n°
262.418"), a front matter's title or description, a badge or a call-out ("> [!info] Note
d'analyse n° 2026/07"). Whatever the kind's words, a publisher prints its own number so at
least twice; a number the text cites stands in running text, and a part's or an item's
number ("Pillar 2", "Table 1", "Recommendation 5") belongs to a series the text numbers.

So a run of at most five words opening on a capital, maybe a number's mark, and a serial
that opens on a digit, is the document's number when it leads a line (or follows a
breadcrumb's or a field's separator) and ends there (the line's end, a separator, a date's
"du"/"of", or a heading in capitals running on) twice or more, a page's ``<title>`` (printed
outside the text) that its title repeats counting as one.
Its first and last words are no part's, step's or item's word (``symbol_part``,
``caption``, ``symbol_version``, ``symbol_not_kind``, ``document.toml``); its serial is no
year, span of years or date; and its kind leads no other serial on the lines it leads (a
series). A printing is no entry of a list of its kind's items (the line above or below leads
with the same kind and another serial), no sentence running on past its year in brackets or a
comma ("Resolution 2396 (2017) calls on …"), no street's number before a postal code
(``postal_codes``). The weakest evidence in :mod:`._docsymbol`: heard only when nothing else
speaks.

Printed once, such a run is the document's number only when a number's mark stands in it
(``symbol_mark``: "Press Release No: 347/2026", "Note de recherche no 19 · Avril 2026"), its
kind is of three words at most and its serial of two digits at least, and
it opens a line of the text's first lines, its heading, summary or banner (a breadcrumb's
step, a byline's part after a separator, a quotation or a link inside a sentence, a list's
entry, a table's row or cell are not), alone there, above the body's first sentence and no
sentence itself, in no table of fields, its kind numbering no series (another serial at a
line's lead), and the text never cites it after an article or a preposition
(``symbol_cited_by``: "la loi n° 2026-14 …"). Such a heading may run on with its issuer
("Décision n° 2026-DC-0814 de l'Autorité …", ``issuer``).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import pairwise

from .._knowledge import load_dates, load_document, load_layout
from .._needles import AnyOf
from ._docfields import document_cues, document_words

__all__ = ["lead_symbol", "series_part"]

_KIND_WORDS = 5  # words at most in a kind ("Communication FINMA sur la surveillance")
_PRINTINGS = 2  # printings at least of the document's own number at a line's lead
_LETTERS = r"(?:[^\W\d_]|[\x27\u2019.-](?=[^\W\d_]))*[.]?"
_WORD = rf"[^\W\d_]{_LETTERS}"
# where a line's own words begin: past markup and a call-out's tag, a front matter's key (maybe
# a reStructuredText field's ".. description:", whose comment the text may join in one line), a
# breadcrumb's or field's separator, an opening bracket or quotation mark
_LEAD = (
    r"(?:^[^\w\n]*(?:\[![a-z]+\][ \t]*)?|^[a-z][\w-]{1,30}:[ \t]*[\"\x27]?"
    r"|(?:^|[ \t])\.\.[ \t]+[a-z][\w-]{1,30}:[ \t]*[\"\x27]?"
    r"|[ \t][>\u203a\u00bb|\u00b7/\u2013\u2014][ \t]+|[\[\"\u201c]"
    r"|^[ \t]*(?:<[a-z][\w-]*(?:[ \t][^<>\n]*)?>[ \t]*)+)"  # a line's opening HTML tags left in
)
# a serial: a digit, then letters, digits and joiners, maybe "of 2026" / "de 2026"
_SERIAL = r"\d(?:[\w./-]*\w)?(?:[ \t]+(?i:of|de)[ \t]+(?:19|20)\d{2}(?!\w))?"
# a date's digits, never a serial (12/05/2026, 2026-05-12)
_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}")
_YEARS = re.compile(r"((?:19|20)\d{2})(?:[-/\u2013](?:19|20)?(\d{2}))?")
_SERIES = 3  # serials at least, each printed twice, that a kind numbers in a series
_FRACTION = re.compile(r"\d{1,3}/\d{1,3}")  # a page of so many ("1/3"), not a serial
# a running line: it closes on a page's number ("ISO 31000 – Risk management   4", "… page 2/4")
_PAGED = re.compile(r"(?i)(?:[ \t]\d{1,3}|page[ \t]+\d{1,3}(?:/\d{1,3})?)[ \t]*$")
_DATE_PREP = re.compile(r"(?i)(?:du|of|dated|de|del)[ \t]+\d")
_SEPARATOR = re.compile(r"[:\u2013\u2014|\u00b7\-\]\"\x27)(,]")
# a sentence running on past the number: its year in brackets or a comma, then a word in small
# letters ("Resolution 2396 (2017) calls on …", "Résolution 2178, adoptée en 2014, …")
_BRACKETED = re.compile(r"\([^()\n]*\)")
_CLAUSE = re.compile(r",[ \t]*[^\W\d_A-Z\u00c0-\u00de]")


@cache
def _run() -> re.Pattern[str]:
    """A kind, maybe a mark, a serial, at a line's lead."""
    marks = document_cues("symbol_mark")
    return re.compile(
        rf"(?m){_LEAD}(?P<run>(?P<kind>[A-Z\u00c0-\u00de]{_LETTERS}(?:[ \t]+{_WORD}){{0,"
        rf"{_KIND_WORDS - 1}}}?)[ \t]+(?:(?P<mark>(?i:{marks})):?[ \t]?)?(?P<serial>{_SERIAL}))"
        r"(?![\w/.-]\w)(?P<rest>[^\n]*)"
    )


@cache
def _not_kind() -> frozenset[str]:
    """The words a kind neither opens nor closes on: a part's, a caption's, a version's, an
    item's (``document.toml``), a month's ("December 03" is a date, ``dates.toml``)."""
    words = document_words("symbol_part", "caption", "symbol_version", "symbol_not_kind")
    calendars = load_dates().languages.values()
    months = {n.casefold() for c in calendars for m in c.months for n in m.names}
    return frozenset(words | months)


@cache
def _record() -> re.Pattern[str]:
    """A record's word opening the kind ("Approved by Cabinet Minute No. 2187", "Adopted
    …", "Published …": ``adopted``, ``approved``, ``published``): the run names a step of
    the text's record and the number of the act that took it, not the document's."""
    cues = "|".join(document_cues(f) for f in ("adopted", "approved", "published"))
    return re.compile(rf"(?i)(?:{cues})(?!\w)")


def _agents() -> frozenset[str]:
    """An agent's words (``symbol_agent``): "Amended by Order No. 2026-0412" is a record's step."""
    return document_words("symbol_agent")


@cache
def _postal() -> re.Pattern[str]:
    """A postal code and its town (``postal_codes``, ``document.toml``)."""
    return re.compile("|".join(f"(?:{p})" for p in load_document().postal_codes) or "(?!)")


def _addressed(rest: str, after: str) -> bool:
    """Whether the run is a street's name and number: a postal code and its town follow it on
    its line, after a comma ("Rue de la Loi 16, 1000 Bruxelles"), or open the next line."""
    tail = rest.strip()
    if tail.startswith(","):
        return _postal().match(tail[1:].strip()) is not None
    return not tail and _postal().match(after.strip()) is not None


@cache
def _part_cited() -> re.Pattern[str]:
    """A part's word and its number on the rest of the line ("… du 30 juillet 2026 - art. 4"):
    the run cites another instrument's article (``symbol_part``)."""
    return re.compile(rf"(?i)(?<!\w)(?:{document_cues('symbol_part')})[ \t]*\d")


def _ended(rest: str, run: str) -> bool:
    """Whether the line ends where the run does: nothing, a separator, a date's preposition,
    or a heading of capitals running on ("LOI N° 14 DE 2026 PORTANT …")."""
    tail = rest.strip()
    bracketed = _BRACKETED.match(tail)
    if bracketed is not None:
        tail = tail[bracketed.end() :].lstrip()
        if tail[:1].islower():
            return False  # "Resolution 2396 (2017) calls on States …"
    if _CLAUSE.match(tail):
        return False  # "Resolution 2178, which the Council adopted …"
    if not tail or _SEPARATOR.match(tail) or _DATE_PREP.match(tail):
        return True
    if _issued().match(tail):
        return True  # "Décision n° 2026-DC-0814 de l'Autorité de sûreté …": its issuer's name
    line = run + rest
    return not any(ch.islower() for ch in line) and any(ch.isalpha() for ch in tail)


@cache
def _issued() -> re.Pattern[str]:
    """The issuer's name running on after a title's number: a preposition of an issuer's
    (``issuer``, ``document.toml``: "de l'", "of the") before a capital ("… n° 2026-DC-0814
    de l'Autorité …", "Decision No 14 of the Executive Board"), a body that gives the number."""
    issuer = document_cues("issuer", r"[ \t]+")
    return re.compile(rf"(?i:{issuer})(?:(?<=[\x27\u2019])|[ \t]+)[A-Z\u00c0-\u00de]")


def _key(run: str) -> str:
    return " ".join(run.split()).casefold()


def _fits(kind: str, serial: str) -> bool:
    """Whether ``kind`` may name a document's kind and ``serial`` number it."""
    words = [w.casefold() for w in kind.split()]
    not_kind = _not_kind()
    if words[0] in not_kind or words[-1] in not_kind or _record().match(kind):
        return False
    if any(_edged(words, n.split()) for n in not_kind if " " in n):
        return False  # "Case Study 3": a word of several ("case study") first or last
    if not _agents().isdisjoint(words):
        return False
    first = serial.split()[0]
    years = _YEARS.fullmatch(first)
    if years is not None and (years.group(2) is None or _span(years.group(1), years.group(2))):
        return False
    return _DATE.fullmatch(first) is None and _FRACTION.fullmatch(first) is None


def _edged(words: list[str], entry: list[str]) -> bool:
    """Whether ``entry``'s words open or close ``words``."""
    return words[: len(entry)] == entry or words[-len(entry) :] == entry


def _span(year: str, end: str) -> bool:
    """Whether ``end`` closes a span of two years running from ``year`` (2025-26, 2025/2026)."""
    return int(end) == (int(year) + 1) % 100


def _leads(line: str, key: str) -> bool:
    """Whether ``line`` opens with ``key`` as a whole."""
    return line.startswith(key) and not line[len(key) : len(key) + 1].isalnum()


def _next_line(text: str, end: int) -> str:
    """The line after the one ending at ``end``."""
    stop = text.find("\n", end + 1)
    return text[end + 1 : stop if stop >= 0 else len(text)]


def _listed(text: str, leads: list[re.Match[str]]) -> set[int]:
    """The runs that are entries of a list of their kind's items: the line before or after
    leads with the same kind and another serial ("Guidance Note 3: …" over "Guidance Note 7:
    …", a contents list's "Principle 1", "Principle 2"). A list's entry names an item of a
    series, or another text; the document's own number stands alone on its line."""
    lines: list[int] = []
    at = ln = 0
    for m in leads:  # in the text's order: the newlines counted once
        ln += text.count("\n", at, m.start("run"))
        at = m.start("run")
        lines.append(ln)
    runs: dict[int, set[tuple[str, str]]] = {}
    for ln, m in zip(lines, leads, strict=True):
        runs.setdefault(ln, set()).add((_key(m.group("kind")), _key(m.group("serial"))))
    listed: set[int] = set()
    for i, (ln, m) in enumerate(zip(lines, leads, strict=True)):
        kind, serial = _key(m.group("kind")), _key(m.group("serial"))
        near = runs.get(ln - 1, set()) | runs.get(ln + 1, set())
        if any(k == kind and s != serial for k, s in near):
            listed.add(i)
    return listed


# a line holding a digit, from its start to its end
_DIGIT_LINE = re.compile(r"(?m)^[^\d\n]*\d[^\n]*")


def _lead_runs(text: str) -> list[re.Match[str]]:
    """The matches of :func:`_run` in ``text``, sought on the lines holding a digit only: a
    match lies on one line (no part of the pattern reads a line break) and holds its serial's
    digit, and the pattern, which opens on a line's start or on any blank, was tried at every
    character of the lines that hold none. The search of each line stops at its end, where the
    pattern's look-aheads read no character either way."""
    pattern = _run()
    leads: list[re.Match[str]] = []
    for line in _DIGIT_LINE.finditer(text):
        leads.extend(pattern.finditer(text, line.start(), line.end()))
    return leads


def _kind_serials(leads: list[re.Match[str]]) -> dict[str, set[str]]:
    """Each kind's serials at a line's lead: a kind leading two serials or more numbers a
    series' items ("Engagement n° 12", "Engagement n° 13"), never the document alone."""
    serials: dict[str, set[str]] = {}
    for m in leads:
        serials.setdefault(_key(m.group("kind")), set()).add(_key(m.group("serial")))
    return serials


def lead_symbol(
    text: str, head: str, title: str | None, page_title: str | None = None
) -> str | None:
    """The first run of the head that leads its line twice or more in ``text``; else the one
    marked run printed once that opens a line of the text's opening (:func:`_opening_run`);
    or None (see the module's docstring). The document's ``title`` is read from one of the
    text's lines: that line's printing, never a second one, unless an HTML page's ``<title>``
    (``page_title``), printed outside the text, leads with the run too: then the two count
    once more."""
    counts: Counter[str] = Counter()
    first: dict[str, tuple[int, str, str]] = {}
    unpaged: set[str] = set()  # runs printed once at least on a line that is not a running one
    marked: set[str] = set()  # runs with a mark opening a line that is no field's row
    leads = _lead_runs(text)
    listed = _listed(text, leads)
    serials = _kind_serials(leads)
    for i, m in enumerate(leads):
        kind, serial = m.group("kind"), m.group("serial")
        rest = m.group("rest")
        cited = _part_cited().search(rest) is not None
        if cited or i in listed or not _ended(rest, m.group("run")) or not _fits(kind, serial):
            continue
        if _addressed(rest, _next_line(text, m.end())):
            continue
        key = _key(m.group("run"))
        counts[key] += 1
        # a kind leading other serials numbers items ("Engagement n° 12", "Engagement n° 13")
        alone = len(serials[_key(kind)]) == 1
        if alone and _once_shape(m) and _opens_line(text, m) and not _field_row(text, m):
            marked.add(key)
        if _PAGED.search(rest) is None:
            unpaged.add(key)
        first.setdefault(key, (m.start("run"), m.group("run"), _key(kind)))
    if title and page_title:
        for key in counts:
            if _leads(_key(title), key) and _leads(_key(page_title), key):
                counts[key] += 1
    printed = [k for k, n in counts.items() if n >= _PRINTINGS and k in unpaged]
    # a kind three of whose serials are each printed twice numbers a series (a part's heading
    # and its contents entry: "Pillar 1", "Pillar 2", "Pillar 3")
    kinds = Counter(first[k][2] for k in printed)
    found = [first[k] for k in printed if first[k][0] < len(head) and kinds[first[k][2]] < _SERIES]
    if not found:
        return _opening_run(text, [first[k] for k in counts if k in marked and k in unpaged])
    return " ".join(min(found)[1].split())


_OPENING = 30  # lines with words: the document's opening, where it names itself
_ONCE_KIND = 3  # words at most in the kind of a run printed once ("Note de recherche")
_ONCE_DIGITS = 2  # digits at least in its serial ("No. 4" may number a part of a series)


def _once_shape(m: re.Match[str]) -> bool:
    """Whether the run of ``m`` has the shape a number printed once needs: a number's mark, a
    kind of a few words (a longer run is a sentence naming a cited docket: "Affaire jugée
    sous R.G. n° …"), a serial of two digits or more."""
    digits = sum(ch.isdigit() for ch in m.group("serial"))
    words = len(m.group("kind").split())
    return bool(m.group("mark")) and words <= _ONCE_KIND and digits >= _ONCE_DIGITS


def _opening_run(text: str, runs: list[tuple[int, str, str]]) -> str | None:
    """The one kind, mark and serial that opens a line of the text's opening, printed once:
    its heading, its page title's line, its front matter's summary ("Press Release No:
    347/2026", "Dossier WATHI n° 31 – …"). A number's mark says the run is a number, the
    opening that it is the text's own; two such runs there (a text's and the one it
    replaces or answers) leave the choice open, and a run the text cites after an article
    or a preposition ("la loi n° 2026-14 …", ``symbol_cited_by``) is another text's."""
    end = _opening_end(text)
    near = [r for r in runs if r[0] < end]
    if len(near) != 1 or _under_prose(text, near[0][0]):
        return None
    run = " ".join(near[0][1].split())
    return None if _cited(text, _run_pattern(run)) else run


_PROSE_WORDS = 8  # words at least in a line of prose
_WRAPPED = 6  # lines at most of a sentence wrapped from a run's line
# a line of prose: it opens on a capital past markup and closes a sentence ("The Agency calls
# on operators … documents."); a front matter's key ("excerpt: …") opens on a small letter
_PROSE = re.compile(r"[ \t>#*_]*[^\W\d_a-z\u00df-\u00ff][^\n]*[.!?][\"\u201d\u00bb*_)]*[ \t]*")


def _prose(line: str) -> bool:
    """Whether ``line`` is a sentence of the body: a capital, words, a sentence's stop, and no
    site's chrome (a cookie banner's "We use cookies …", ``chrome``, ``layout.toml``)."""
    if len(line.split()) < _PROSE_WORDS or _PROSE.fullmatch(line) is None:
        return False
    return not _chrome().search(line)


@cache
def _chrome() -> AnyOf:
    """The site chrome's cues (``chrome``, ``layout.toml``)."""
    return AnyOf(load_layout().chrome, re.IGNORECASE)


def _under_prose(text: str, at: int) -> bool:
    """Whether the line at ``at``, or one above it, is a sentence of the body: a number there
    is an item's, a box's or a contact's inside the body ("Note n° 12 – Les drones",
    "Telephone No. 0207 …"), or a sentence's subject ("Decision No. 14/2026 of the Executive
    Board approved …"), never the heading or the banner the text opens with."""
    stop = text.find("\n", at)
    lines = text[: stop if stop >= 0 else len(text)].split("\n")
    if any(_prose(line) for line in lines):
        return True
    # the run's sentence wrapped on lines that run on in small letters ("… approved the new⏎
    # screening rules for cargo.")
    sentence = [lines[-1]]
    while stop >= 0 and len(sentence) < _WRAPPED:
        end = text.find("\n", stop + 1)
        line = text[stop + 1 : end if end >= 0 else len(text)]
        if not line[:1].islower():
            break
        sentence.append(line)
        stop = end
    return len(sentence) > 1 and _prose(" ".join(sentence))


def _run_pattern(run: str) -> str:
    """``run`` as a pattern, any blanks between its words, a line's break among them (a cited
    run wraps: "la note technique⏎n° 2026-14"), maybe none after a mark ("n°2026-14")."""
    words = run.split()
    out = re.escape(words[0])
    for before, word in pairwise(words):
        blank = r"[ \t]*\n?[ \t]*" if not before[-1].isalnum() else r"(?:[ \t]+|[ \t]*\n[ \t]*)"
        out += blank + re.escape(word)
    return out


def _cited(text: str, run: str) -> bool:
    """Whether ``text`` prints the run (a pattern) after a citing article or preposition."""
    cues = document_cues("symbol_cited_by", r"[ \t]+")
    pattern = rf"(?i)(?<!\w)(?:{cues})(?:(?<=[\x27\u2019])|[ \t]+){run}(?![\w/])"
    return re.search(pattern, text) is not None


# a separator inside a line before a run (a breadcrumb's step, a byline's "… (CREOGN) – Note
# n° 112"): the run stands inside a line, not at its opening
_INSIDE = re.compile(r"[ \t][>\u203a\u00bb|\u00b7/\u2013\u2014][ \t]+\Z")


# a list's bullet opening the line: an entry of a list of texts ("Réf. :" over "– Loi n° …")
_BULLET = re.compile(r"[ \t]*[-\u2013\u2014\u2022*+][ \t]+")


# what may stand before a line's first word: HTML tags, a front matter's or a field's key, a
# call-out's tag
_MARKUP = re.compile(r"<[^<>\n]*>|^[ \t]*(?:\.\.[ \t]+)?[a-z][\w-]{1,30}:|\[![a-z]+\]")
# an HTML list's entry or a table's cell: "<li>Note technique n° 2026-14 – drones</li>"
_ENTRY_TAG = re.compile(r"(?i)<(?:li|td|th|dt|dd)(?![\w-])")


def _opens_line(text: str, m: re.Match[str]) -> bool:
    """Whether the run of ``m`` opens its line (past markup, a tag, a front matter's key, no
    word: a quotation mark or a link's bracket inside a sentence is no line's opening), and
    that line is no list's entry nor a table's row or cell (a bar, "<li>", "<td>")."""
    at = m.start("run")
    start = text.rfind("\n", 0, at) + 1
    before = _MARKUP.sub("", text[start:at])
    if any(ch.isalnum() for ch in before) or before.lstrip().startswith("|"):
        return False
    if _ENTRY_TAG.search(text, start, at):
        return False
    return _INSIDE.search(text, start, at) is None and not _BULLET.match(text, start, at)


@cache
def _marked_line() -> re.Pattern[str]:
    """A line opening on a few words, a number's mark and a digit ("Session No:\t1")."""
    marks = document_cues("symbol_mark")
    return re.compile(rf"[^\W\d_][^\n]{{0,40}}?[ \t](?i:{marks}):?[ \t]*\d")


def _field_row(text: str, m: re.Match[str]) -> bool:
    """Whether the line above or below the run's also opens on words, a mark and a number: a
    record's table of fields ("Parliament No: 15" over "Session No: 1"), not a heading."""
    start = text.rfind("\n", 0, m.start("run")) + 1
    above = text[text.rfind("\n", 0, max(start - 1, 0)) + 1 : max(start - 1, 0)]
    below = _next_line(text, m.end())
    return any(_marked_line().match(x.strip(" \t#*>-")) for x in (above, below) if x)


def _opening_end(text: str) -> int:
    """The offset where the text's first :data:`_OPENING` lines with words end."""
    seen = at = 0
    while seen < _OPENING:
        stop = text.find("\n", at)
        if stop < 0:
            return len(text)
        seen += any(ch.isalnum() for ch in text[at:stop])
        at = stop + 1
    return at


# a kind word, its number's mark maybe, and a small serial number: what may number one of a
# text's parts in a series ("Recommendation no. 1", "RECOMMANDATION N° 2")
_SMALL_SERIAL = re.compile(r"(?P<kind>[^\W\d_][^\n]{0,60}?[ \t])(?P<n>\d{1,2})")
_NEXT_LINE = r"(?m)^[ \t#*>-]*"  # markup or a bullet before a line's first word


def series_part(symbol: str, text: str) -> bool:
    """Whether ``symbol`` (with the words before it on its line), a kind and a small serial
    number, numbers one of a series of the text's parts: a line of the text opens with the
    same kind and the next or the previous number ("Recommendation no. 1" and
    "Recommendation no. 2"). A numbering sequence is how a text counts its parts, whatever
    their kind; its own number is printed once."""
    m = _SMALL_SERIAL.fullmatch(symbol.strip())
    if m is None:
        return False
    n, kind = int(m.group("n")), re.escape(m.group("kind"))
    return re.search(rf"{_NEXT_LINE}{kind}(?:{n + 1}|{n - 1})(?!\d)", text) is not None
