"""Where a date stands in the document, for :mod:`._document`: shallow features of position.

The document's own date is told from the others by where it stands more than by
its words, and the same features hold for any publisher:

* the head is counted in lines of the document itself: chrome lines (a site's
  menu, a breadcrumb, a cookie banner, known as noise by the structure) push a
  judgment's heading "ARRÊT … DU 17 JUIN 2026" down the page, not out of its head;
* a line that the text prints again (a gazette's running header "GAZETTE … , 24
  septembre 2026, …" on every page) dates the issue, not the act under it;
* a short line at the foot after a short line (a name, then an office and a date:
  "Mr J. Smith MP / Chair 25 November 2026") is a signature block: the date the
  text was signed, when its head gives none;
* a short sentence that closes its line with a day, the last of the text's lines to end
  on a year and a full stop ("Made by the Minister on 11 November 2026.", "Ainsi fait,
  jugé et prononcé publiquement à Abuja, le 25 novembre 2026."), is a closing formula:
  the day the text was made, when its head gives none;
* a line that is links and little else (a related-items box, a "further reading"
  list, previous/next links) lists other documents: a date in a link's label or
  right after the last link is the linked document's; so is a list's item that ends on
  a dash and a date when an item beside it ends so too (a related-items box whose links the
  reader kept as plain text: "- New codes come into force — 27 December 2025").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .._knowledge import load_dates
from .._offsets import SpanIndex
from ._doccues import _cues

__all__ = [
    "bulleted",
    "cell_alone",
    "closing_sentence",
    "dated_item",
    "head_end",
    "last_cell",
    "line_above",
    "line_before",
    "line_bounds",
    "linked_entry",
    "listed_entry",
    "recurs",
    "runs_on",
    "signed",
    "weekday_cut",
    "words",
    "wordy_place",
]

_WORD = re.compile(r"[^\W_]+")
_CONTEXT_WORDS = 2  # words before a date that, with it, make a running header's key
_HEADER_WORDS = 5  # a running header names the publication, its issue, its page: words
_HEADER_REACH = 200  # characters around a date where its header's words are counted
_SIGNER_WORDS = 6  # at most so many words on each line of a signature block
_SIGNER_REACH = 80  # characters after a signature's date to its line's end (spaces at most)
_UPPER_START = re.compile(r"^[^\w\n]{0,3}[A-Z\u00c0-\u00de]")
_FORMULA_WORDS = 12  # at most so many words in a closing formula's sentence before its day
_LEAD_WORDS = 8  # words at most before a formula on its line: a signer's field, not prose
_SENTENCE_END = re.compile(r"[.!?][ \t]+(?=[^\W\d_])")
# a line that ends a sentence on a year (and markup): a later formula, or a sentence that
# closes on a date as the formula does
_YEAR_CLOSE = re.compile(r"(?m)(?<![\w(/.-])(?:19|20)\d{2}\.[ \t*_]*$")


def head_end(text: str, lines: int, limit: int, skip: Sequence[tuple[int, int]] = ()) -> int:
    """Offset after the first ``lines`` non-empty lines from the document's first own line:
    the lines that open inside one of the ``skip`` spans (the chrome) before it do not
    count, nor their characters toward ``limit``. Chrome further down (a reference line
    inside a memo's head) counts as a line, as the layout of the head shows it."""
    spans = sorted(skip)
    chrome = SpanIndex(spans, spans)
    reach = 2 * limit  # the page's chrome lengthens the head at most twice over
    seen = 0
    pos = 0
    while pos < min(len(text), limit):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl + 1
        if text[pos:end].strip():
            if seen == 0 and spans and chrome.holding(pos) is not None:
                limit = min(reach, limit + end - pos)  # the page's chrome above the document
            else:
                seen += 1
                if seen >= lines:
                    return end
        pos = end
    return min(len(text), limit)


def recurs(text: str, lo: int, start: int, end: int, hi: int) -> bool:
    """Whether the date ``text[start:end]``, with the two words before it on its line
    (``lo``-``hi``), is printed again elsewhere on a line of a running header's length:
    the issue's date ("GAZETTE … , 24 septembre 2026, 158e année, no 39"), not a
    dateline the text repeats at its end ("Brussels, 12 July 2018", a word or two)."""
    words = list(_WORD.finditer(text, max(lo, start - _HEADER_REACH), start))
    after = _WORD.findall(text, end, min(hi, end + _HEADER_REACH))
    if len(words) < _CONTEXT_WORDS or len(words) + len(after) < _HEADER_WORDS:
        return False
    key = text[words[-_CONTEXT_WORDS].start() : end]
    first = text.find(key)
    return first >= 0 and text.find(key, first + 1) >= 0


_PAGES = 3  # a line printed alone so many times is page furniture, one per page


def paged(text: str, lo: int, hi: int) -> bool:
    """Whether the line ``text[lo:hi]`` (a date alone, maybe with a time) is printed again,
    alone, on at least :data:`_PAGES` lines: a printout's footer dates the copy on every page
    ("18/03/2025" under each page of an archive's PDF), while a text's own dateline is printed
    once or, repeated at its end, twice."""
    line = text[lo:hi].strip()
    if not line or text.count(line) < _PAGES:
        return False  # speed: each line found holds the line, apart from the others'
    found = re.findall(rf"(?m)^[ \t]*{re.escape(line)}[ \t]*$", text)
    return len(found) >= _PAGES


def closing_sentence(text: str, lo: int, start: int, end: int, hi: int) -> str | None:
    """The sentence a day (``start``-``end``, on the line ``lo``-``hi``) closes when it may
    be the text's closing formula, else None: in the text's second half, on a line that
    opens with a capital (a footnote opens with its number), the day ends its line with a
    full stop after a short sentence, and no later line ends a sentence on a year. A
    formula is the last thing a text says, on a line of its own or after a signer's short
    field ("Made by the Minister on 11 November 2026." under "These regulations shall come
    into operation on 1 January 2027."; "Président : M. A. Fabre. Collège réuni en séance
    plénière le 18 juin 2026."); a paragraph's last sentence after one of prose ("Eleven
    workshops were held in Bangkok, Chiang Mai, … between February and August 2025. A new
    module was launched on 1 September 2025.") reports an event. A credit or a source gives
    its day after a comma ("Reviewed by O. Melnyk, 2 April 2026.") where a formula runs
    into it."""
    if start < len(text) // 2 or text[end:hi].strip(" \t*_") != ".":
        return None
    line = text[lo:start]
    if _UPPER_START.match(line) is None or line.rstrip().endswith(","):
        return None
    cut = max((m.end() for m in _SENTENCE_END.finditer(line)), default=0)
    sentence = line[cut:]
    cues = _cues()
    formula = cues.closing.match(sentence) or cues.closing_ending.match(sentence)
    if formula is None and _prose_lead(line):
        return None  # a paragraph's last sentence, after one of prose: an event it reports
    # (but "… ma haute considération. Fait à Paris, le 12 mai 2026." closes a letter)
    if _UPPER_START.match(sentence) is None or len(_WORD.findall(sentence)) > _FORMULA_WORDS:
        return None
    return sentence if _YEAR_CLOSE.search(text, hi) is None else None


# a full stop after an initial or a short title ("Dr.", "M.", "Hon.", "J.") ends no sentence
_ABBREVIATION = re.compile(r"(?<![^\W\d_])(?:[A-Z\u00c0-\u00de][^\W\d_]{0,2}|[^\W\d_])\.$")


def _prose_lead(line: str) -> bool:
    """Whether a formula's line (``line``: up to its day) opens with more than
    :data:`_LEAD_WORDS` words before its last sentence: a paragraph's prose, not a signer's
    short field. Initials and short titles end no sentence there ("Adopted by the Board,
    chaired by Dr. A. Smith, on …" is one sentence)."""
    cut = 0
    for m in _SENTENCE_END.finditer(line):
        if _ABBREVIATION.search(line, 0, m.start() + 1) is None:
            cut = m.end()
    return len(_WORD.findall(line, 0, cut)) > _LEAD_WORDS


def line_before(text: str, at: int) -> str:
    """The text of ``at``'s line before it (a date's lead on its line)."""
    return text[text.rfind("\n", 0, at) + 1 : at]


def line_above(text: str, lo: int) -> str:
    """The last non-empty line above the line that starts at ``lo``, stripped."""
    end = lo - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line:
            return line
        end = start - 1
    return ""


def _signer_line(line: str) -> bool:
    """A line of a signature block: a few words, at least half of them capitalised (a
    name, an office: "Mr Tobias Renwick MP", "Le président"; not the end of a sentence
    "The committee met again on"), opening with a capital, ending no sentence."""
    words = _WORD.findall(line)
    capitalised = sum(w[0].isupper() for w in words)
    return (
        0 < len(words) <= _SIGNER_WORDS
        and 2 * capitalised >= len(words)
        and _UPPER_START.match(line) is not None
        and not line.endswith((".", ";", ":", ","))
        and not any(p in line for p in ";|")
    )


def signed(text: str, lo: int, start: int, end: int, hi: int) -> bool:
    """Whether a date (``start``-``end``, on the line ``lo``-``hi``) closes a signature
    block in the second half of the text: it ends its line, alone or after an office
    ("Chair 25 November 2026"), and the line above is a name or an office."""
    if start < len(text) // 2 or hi - end > _SIGNER_REACH or text[end:hi].strip():
        return False
    before = text[lo:start].strip()
    if before and (not _signer_line(before) or _weekday_led(before)):
        return False
    return _signer_line(line_above(text, lo))


def runs_on(text: str, end: int, hi: int) -> bool:
    """Whether a sentence runs on past a date that closes an act's name (``end``, its line
    ending at ``hi``): a clause after a comma, up to a full stop closing the line ("Par
    jugement n° 2712/2026 du 27 novembre 2026, la 12e chambre … a condamné …."), as a
    release or a report tells of a judgment or a law it cites; or, further on, a clause
    after a comma in the rest of the paragraph up to its full stop, the line wrapped or not
    ("En application de la loi n° 2020-003 du 20 janvier 2020 portant … et du décret …,
    j'ai l'honneur de …."): a letter's sentence citing its acts, where no title goes on
    so; not when the line ends on the date or its paragraph opens the text, as a title
    wrapped onto its subject does ("Version consolidée de la loi … du 12 mars 2026 /
    relative à la sécurité intérieure, à la … ."). The caller keeps a title that opens
    its line with the act's name (a gazette's "Loi organique n° 2024-41 du 13 septembre
    2024, modifiant … ."), which may run on so."""
    tail = text[end:hi].rstrip()
    if _CLAUSE.match(tail) is not None and tail.endswith("."):
        return True
    if not tail or not text[: text.rfind("\n\n", 0, end) + 1].strip():
        return False  # the line ends on its date, or the text opens on it: a title's wrap
    para = _BLANK_LINE.search(text, end, end + _PARAGRAPH_REACH)
    rest = text[end : para.start() if para else end + _PARAGRAPH_REACH].rstrip()
    if rest.endswith(":"):
        # a colon after a citing lead ("En application de la loi … du …, les gouverneurs
        # veilleront aux mesures suivantes :"): the sentence cites an act before the measures
        # it lists; without one the text may name itself ("Par la présente circulaire du
        # 5 mai 2027, le ministre … arrête les mesures suivantes :")
        opens = text.rfind("\n\n", 0, end) + 1
        return _CLAUSE.search(rest) is not None and _citing_lead(text[opens:end])
    return rest.endswith(".") and _CLAUSE.search(rest) is not None


def _citing_lead(para: str) -> bool:
    """Whether a line of ``para`` opens with a citing word (document.toml ``citing``)."""
    return _cues().citing.search(para) is not None


_CLAUSE = re.compile(r",[ \t\n]+[a-z\u00df-\u00ff\d]")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_PARAGRAPH_REACH = 500  # characters after the date where its paragraph may end


def _weekday_led(before: str) -> bool:
    """Whether a weekday is the last word before a date ("Monday 1 February 2027" under
    "Formal minutes", then "Members present: …"): the day of a sitting that a record of
    minutes opens with, not a signature's date, which seldom names its weekday."""
    words = _WORD.findall(before)
    return bool(words) and words[-1].casefold() in _weekdays()


def weekday_cut(before: str) -> str | None:
    """``before`` (a date's line up to it) without the weekday and comma that end it, or
    None when no weekday ends it: a weekday is no place ("Contact Us Thursday, 19 November
    2026", a site's banner of today's date after its menu), while a place may stand before
    it ("NEW DELHI, FRIDAY, AUGUST 7, 2026")."""
    m = _WEEKDAY_END.search(before)
    if m is None or m.group(1).casefold() not in _weekdays():
        return None
    return before[: m.start()]


_WEEKDAY_END = re.compile(r"(?<!\S)([^\W\d_]+),\s*$")


@lru_cache(maxsize=1)
def _weekdays() -> frozenset[str]:
    """Every language's weekday names (``dates.toml``), in lower case."""
    langs = load_dates().languages.values()
    return frozenset(w.casefold() for ld in langs for w in ld.weekdays)


# a Markdown link (or image): its label, then its target
_MD_LINK = re.compile(r"!?\[([^\]\n]{1,300})\]\([^)\s]{0,500}\)")
_ENTRY_WORDS = 4  # words at most outside an entry's links, its date aside ("À lire aussi :")


def linked_entry(text: str, start: int, end: int) -> bool:
    """Whether the date ``start``-``end`` dates an entry of a list of links: its line is
    Markdown links with at most a short label and a few words besides the date ("- [Rapport
    n° 87 …](#), déposé le 29 octobre 2025", "À lire aussi : [Niger : …](…) (3 juin 2026)",
    "[← Document précédent : Résolution … (2025)](…)"), and the date stands in a link's
    label or after the last link. Such a line points to other documents (related items,
    further reading, previous and next): its dates are theirs (guidelines §2: dates in
    other chrome, bibliographic blocks about other documents, do not count); a sentence
    that cites a linked text has more words of its own."""
    lo, hi = line_bounds(text, start, end)
    if not _holds_link(text, lo, hi):
        return False
    links = list(_MD_LINK.finditer(text, lo, hi))
    if not links:
        return False
    after = start >= links[-1].end()
    if not after and not any(m.start(1) <= start and end <= m.end(1) for m in links):
        return False
    outside, at = 0, lo
    for m in links:
        outside += _lettered(text, at, m.start())
        at = m.end()
    if after:
        outside += _lettered(text, at, start) + _lettered(text, end, hi)
    else:
        outside += _lettered(text, at, hi)  # the linked text's date may follow: ", déposé le …"
    return outside <= _ENTRY_WORDS


# a list's item that ends on a dash and a date: "- Some headline — 12 June 2026", or a site's
# numeric day, year first ("- Accusations portées contre trois personnes – 2026-09-18")
_DATED_ITEM = re.compile(
    r"[ \t]*[-*\u2022][ \t]+\S[^\n]*?\s[\u2013\u2014-]\s[^\n]{0,24}(?:19|20)\d{2}"
    r"(?:[-./]\d{1,2}[-./]\d{1,2})?[ \t]*$"
    # or a headline's words, then a day with no dash between (a link and its date's span side
    # by side: "- Guidance note 6 – Personnel hazards 12 May 2026"); not a field's label and
    # its colon ("- Adopted: 12 May 2026", a record's list of its own dates), nor a sentence's
    # small word before its date ("- L'atelier s'est tenu le 30 septembre 2026": running text)
    r"|[ \t]*[-*\u2022][ \t]+[^\n]*?(?:[^\W\d_]{4,}|[A-Z][^\W\d_]*|[\d)\u2019\x27\"])[ \t]+"
    r"(?:\d{1,2}[ \t]+[^\W\d_]{3,10}\.?[ \t]+|[^\W\d_]{3,10}\.?[ \t]+\d{1,2},[ \t]+"
    r"|\d{1,2}/\d{1,2}/)(?:19|20)\d{2}[ \t]*$"
)


_ITEM_CHARS = 300  # a headline and its date; a longer line is running text (and is not read)


def listed_entry(text: str, lo: int, hi: int) -> bool:
    """Whether the line ``lo``-``hi`` is an item of a list of dated entries: it ends on a
    dash and its date (or a headline's words and a day), and so does the list's item above
    or below it. Items that repeat
    that shape are other documents' headlines with their dates (related releases, a news
    list), whatever their links; one such line alone may be the page's own byline."""
    if hi - lo > _ITEM_CHARS or _DATED_ITEM.match(text, lo, hi) is None:
        return False
    # a neighbour up to its first year: the last item may run on into the page's footer the
    # reader joined to it ("- … – 29 avril 2026 ecologie.gouv.fr – Ministère …")
    return any(dated_item(line) for line in (line_above(text, lo), _line_below(text, hi)))


def dated_item(line: str) -> bool:
    """Whether ``line`` (stripped) is a list's item ending on a dash and its date, or ends
    so at its first year (:func:`listed_entry`'s neighbour)."""
    return any(_DATED_ITEM.match(n) for n in (line, _cut(line)))


_YEAR_TAIL = re.compile(r"((?<!\d)(?:19|20)\d{2})(?!\d)[^\n]*")


def _cut(line: str) -> str:
    """``line`` up to the end of its first year."""
    return _YEAR_TAIL.sub(r"\1", line, count=1)


def _line_below(text: str, hi: int) -> str:
    """The first non-empty line below the line that ends at ``hi``, stripped."""
    for line in text[hi : hi + 2000].split("\n"):
        if line.strip():
            return line.strip()
    return ""


@lru_cache(maxsize=1)
def _holds_link(text: str, lo: int, hi: int) -> bool:
    """Whether the line ``lo``-``hi`` holds a Markdown link's ``](``. Asked once per date, and
    the dates of one line come one after another: remembering the last line's answer keeps
    a text of one long line (5 MB, a date every sentence) from scanning the whole line again
    for each of its dates, which made the parse quadratic in the line's length."""
    return text.find("](", lo, hi) >= 0


_LETTERED = re.compile(r"[^\W\d_]+")


def _lettered(text: str, lo: int, hi: int) -> int:
    """How many words of letters ``text[lo:hi]`` holds, up to one more than an entry may
    have (numbers aside: a day, a year, a page count)."""
    n = 0
    for _ in _LETTERED.finditer(text, lo, hi):
        n += 1
        if n > _ENTRY_WORDS:
            break
    return n


_PLACE_LOWER = 2  # small words at most in a place: "Port of Spain", "Saint-Denis de la Réunion"
_PLACE_WORDS = 4  # the words before the comma read: a place's, or a joined head's last ones
_FIELD_BREAK = re.compile(r"[,;:|\u2013\u2014]")


def wordy_place(before: str) -> bool:
    """Whether the words before a dateline's comma (``before``: its line up to the date) are
    a title's or a sentence's rather than a place's: more than two small words among the
    last four since the line's start or the last separator ("Politique de l'OTAN relative
    à la lutte contre les EEI, 20 octobre 2011", a cited document in a list of references,
    against "Port of Spain, 3 May 2026", "held in Berlin, 3 June 1996"). A place's name is
    capitalised words, a title runs on in small ones."""
    part = _FIELD_BREAK.split(before.rstrip().rstrip(","))[-1]
    last: list[str] = _LETTERED.findall(part)[-_PLACE_WORDS:]
    return sum(1 for w in last if w[:1].islower()) > _PLACE_LOWER


_CELL_BAR = re.compile("[|\u00b7]")


def cell_alone(before: str, after: str) -> bool:
    """Whether a date stands alone in its cell of a line of cells, a bar on each side
    (``before`` and ``after`` it on its line): an article's meta line ("News item |
    01-12-2026 | 10:00"), its kind, its date and its time, where a date alone on its line
    would be; not a cell of running words. A middle dot is such a bar too ("Policy Briefs ·
    September 15, 2026 · 9 min read"): web pages set their meta lines with either, and a
    long row of cells is one too ("Edition 0.3 · 12 May 2026 · Technical Committee TC 09 ·
    Secretariat: …"): the date's cell, not the row's length, says it is the row's date."""
    if not _CELL_BAR.search(after) or not _CELL_BAR.search(before):
        return False  # first: most head dates stand on no row (no copy of the line made)
    before, after = before.replace("\u00b7", "|"), after.replace("\u00b7", "|")
    left = before.rsplit("|", 1)[1]
    right = after.split("|", 1)[0]
    return words(left, 0, len(left), 2) + words(right, 0, len(right), 2) <= 1


def data_row(line: str) -> bool:
    """Whether ``line`` is a row of a pipe table of three columns or more: a table's entry
    (a course's session, "| 21/2026 | 15-19 June 2026 | Budapest |"), whose date is
    data the text lists, not a meta line's cell dating the page."""
    return line.lstrip().startswith("|") and line.count("|") >= _ROW_BARS


_ROW_BARS = 4  # the bars of a row of three cells


def boxed(before: str, after: str) -> bool:
    """Whether a date fills a component's value alone (``before`` and ``after`` it on its
    line): a directive's label or an attribute a site's template renders as a badge by
    the title (":badge[18 mai 2026]", '<Badge text="Avril 2026" />'), the page's date as a
    cell of its own, however many other components the line holds."""
    if after[:1] not in ("]", '"', "'"):
        return False
    if before.endswith("["):  # a directive's label, its name right before: ":badge["
        return before[-2:-1].isalnum()
    # an attribute's value, its name and "=" right before: text="
    return before[-1:] in ('"', "'") and before[-2:-1] == "=" and before[-3:-2].isalnum()


def words(text: str, lo: int, hi: int, cap: int) -> int:
    """How many words ``text[lo:hi]`` holds, counted up to ``cap`` only.

    Callers compare the count with small numbers: counting on would walk the
    rest of the line for every date on it (a megabyte-long line, thousands of dates).
    """
    n = 0
    for _ in _WORD.finditer(text, lo, hi):
        n += 1
        if n >= cap:
            break
    return n


# the last question line_bounds answered: (text, start, line start, end, line end)
_last_line: list[tuple[str, int, int, int, int]] = []


# a bar, a middle dot or a bullet between the fields of one line: a header's line of cells
# ("Joint release | Published: …"), a record's line of fields ("Edition: 1 · Publication
# date: 2026-03 · Stage: …"), each field read as a line of its own
_CELL_BREAK = re.compile(r"[|\u00b7\u2022]")


def last_cell(before: str) -> str:
    """The last field of ``before`` (a line up to a date) on a line of fields, else all of it."""
    return _CELL_BREAK.split(before)[-1]


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The start and end of the line holding ``[start, end)``.

    Speed: the dates of a text are asked about in order, and the answer for the
    last one is kept: a line start found for an earlier offset holds for a later
    one unless a line break lies between the two (only that stretch is searched),
    and so does a line end the later span stops before. A text of one long line
    (no break in 250,000 characters) was otherwise searched from its start and to
    its end for each of its thousands of dates."""
    memo = _last_line[0] if _last_line and _last_line[0][0] is text else None
    if memo is not None and memo[1] <= start:
        k = text.rfind("\n", memo[1], start)
        lo = k + 1 if k >= 0 else memo[2]
    else:
        lo = text.rfind("\n", 0, start) + 1
    if memo is not None and memo[3] <= end <= memo[4]:
        hi = memo[4]
    else:
        hi = text.find("\n", end)
        hi = len(text) if hi < 0 else hi
    _last_line[:] = [(text, start, lo, end, hi)]
    return lo, hi


_LIST_MARK = re.compile(r"[ \t]*[-\u2013\u2014\u2022*\u25aa\u25cf][ \t]")


def bulleted(text: str, lo: int) -> bool:
    """Whether the line at ``lo`` opens with a list item's bullet: a list's entry, which
    cites other documents ("- Règlement (CE) n° 725/2004 du 31 mars 2004 relatif …"),
    never the text's own title."""
    return _LIST_MARK.match(text, lo) is not None
