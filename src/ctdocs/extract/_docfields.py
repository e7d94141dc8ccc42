"""Fields of a document's head that say whose a date is, for :mod:`._document`.

Many publishers print their document's dates as labelled fields, and the label says
which date is which, whatever the layout: a judgment's ``Date of Judgment: 30 April
2026``, a report's ``Tabled in Parliament: June 11, 2026``, a case-law database's row
``Date de la décision 18/03/2026`` name the document's own date; a meeting paper's
``Restricted until`` names the day its restriction ends; an archive's front matter
(``saved: 2026-04-02``, ``converted: …``) dates the copy; a gazette's masthead
(``… GAZETTE DATED FRIDAY, 10TH APRIL, 2026``) dates the issue, not the act printed in
it. The words are data (``data/models/document.toml``: ``own_label``, ``embargo``,
``archive_key``, ``periodical``), French and English side by side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .._knowledge import alternation, load_document, load_layout
from .._needles import may_hold, needles

__all__ = [
    "NUMBER_MARK",
    "approval",
    "archived",
    "assented",
    "document_cues",
    "document_words",
    "embargoed",
    "field_start",
    "field_value",
    "issue_after",
    "labelled_own",
    "names_periodical",
    "numbers_issue",
    "related_entry",
    "sentence_lead",
    "title_reach",
    "title_tail_end",
]

# a number's mark after its kind ("Circular No. 12", "Avis n° 14"): read where a heading
# prints its kind, its mark and its number, and where a kind the code spells is dropped
NUMBER_MARK = r"(?:N°|Nº|n°|nº|No\.?|NO\.?|Number)[ \t]?"


def document_cues(field: str, gap: str | None = r"\s+") -> str:
    """The cue words of the list ``field`` of ``document.toml``, every language's, as one
    alternation (see :func:`ctdocs._knowledge.alternation`): the blanks inside a phrase
    match ``gap`` (any spacing by default, None: to the letter)."""
    langs = load_document().languages.values()
    return alternation((w for c in langs for w in getattr(c, field)), gap=gap)


@cache
def document_words(*fields: str) -> frozenset[str]:
    """The words of the lists ``fields`` of ``document.toml``, every language's, case-folded:
    the set a word is looked up in (where :func:`document_cues` is the pattern a text is
    searched with)."""
    langs = load_document().languages.values()
    return frozenset(w.casefold() for c in langs for f in fields for w in getattr(c, f))


@dataclass(frozen=True, slots=True)
class _Fields:
    own_label: re.Pattern[str]  # "Tabled in Parliament:" right before the date
    assent: re.Pattern[str]  # "Sanctioned by …" opening the date's line
    embargo: re.Pattern[str]  # "Restricted until" right before the date
    archive_key: re.Pattern[str]  # "saved:" opening a front-matter line
    periodical: re.Pattern[str]  # "Gazette", "Journal officiel" anywhere on the line
    issue: re.Pattern[str]  # an issue's mark and number ("N° 47") then a month closing the line
    issue_after: re.Pattern[str]  # a field of issue marks closing the line: " - Vol. 48 N° 67"
    field_label: re.Pattern[str]  # "– Date : " opening a field of a row right before the date
    field_row: re.Pattern[str]  # a line opening on a date field's label: "Date: 3 March …"


@cache
def _fields() -> _Fields:
    label = document_cues("own_label")
    embargo = document_cues("embargo")
    key = document_cues("archive_key")
    periodical = document_cues("periodical")
    issue = document_cues("issue_mark")
    article = rf"(?:[ \t]+(?:{document_cues('dateline_article')}))?"  # "on", "le"
    flags = re.IGNORECASE
    return _Fields(
        # after a colon anywhere on the line (cells of a header joined on one line), or
        # opening the line with none (a table's row: "Date de la décision 18/03/2026"); a
        # dateline's article may close the label ("Judgment delivered on: 24 June 2026")
        own_label=re.compile(
            rf"(?:\b(?:{label}){article}[ \t]*:|^\W*(?:{label}){article})[ \t]*$", flags
        ),
        # capitalised, as a record's line opens: a wrapped sentence's "sanctioned by the
        # Minister" names a power, not the act's assent
        assent=re.compile(
            rf"^\W*(?=(?-i:[A-Z\u00c0-\u00de]))(?:{document_cues('assent')})\b", flags
        ),
        embargo=re.compile(rf"\b(?:{embargo})\W*$", flags),
        archive_key=re.compile(rf"^[ \t]*(?:{key})[ \t]*[:=][ \t\"']*$", flags),  # YAML, TOML
        periodical=re.compile(rf"\b(?:{periodical})\b", flags),
        issue=re.compile(rf"(?<!\w)(?:{issue})[ \t]?\d{{1,4}}\b[^\n]*$", flags),
        issue_after=re.compile(
            rf"[ \t]*[-\u2013\u2014|\u00b7,][ \t]*"
            rf"(?:(?:{issue})[ \t]?\d{{1,4}}\b[ \t,]*){{1,3}}[ \t.]*$",
            flags,
        ),
        field_label=re.compile(
            rf"(?:^|[|\u00b7\u2022]|[ \t][-\u2013\u2014][ \t])[ \t*_]*"
            rf"(?:{document_cues('field_label')})[ \t]*:[ \t*_]*$",
            flags,
        ),
        field_row=re.compile(
            rf"^[ \t*_]*(?:{document_cues('field_label')})[ \t]*:", flags | re.MULTILINE
        ),
    )


# what may follow a field's value on its row: the line's end, a bar, a dot, a spaced dash, or
# the next field's label, one to three words from a capital and a colon ("Effective:")
_NEXT_FIELD = re.compile(
    r"[ \t*_]*(?:$|[|\u00b7\u2022]|[-\u2013\u2014][ \t]"
    r"|[A-Z\u00c0-\u00de][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,2}[ \t]*:)"
)


_ROWS = 3  # so many lines opening on a date field's label near the date: a table's records
_ROWS_REACH = 1000  # characters each side of the date's line where those lines are counted


def field_value(text: str, lo: int, start: int, end: int, hi: int) -> bool:
    """Whether a date is the whole value of a date field in a row of labelled fields
    (its line's words before and after it): a date field's label (``field_label`` of
    ``document.toml``) and its colon opening the line or a field of it, the row going on
    past the date with a separator or the next field's label ("Issue date: 09/06/2026
    Effective: 1 July 2026 Addressees: …", "Réf. : … – Date : 12 mai 2026 – Destinataires :
    …"). A page's meta row prints its date so, as a short line would alone; a sentence's
    "date: the meeting of 3 May" or "… at that date: 3 May 2026, the …" runs on in words.
    Rows that each open on a date field ("Date: 3 March 2026 Location: Mogadishu Event: …"
    over "Date: 7 April 2026 …") are a chronology's records, each its event's date
    (``text``: the whole text; the date at ``start``-``end`` on the line ``lo``-``hi``)."""
    before, after = text[lo:start], text[end:hi]
    fields = _fields()
    if _NEXT_FIELD.match(after) is None or fields.field_label.search(before) is None:
        return False
    near = fields.field_row.finditer(text, max(0, lo - _ROWS_REACH), hi + _ROWS_REACH)
    return sum(1 for _ in zip(range(_ROWS), near, strict=False)) < _ROWS


def related_entry(before: str) -> bool:
    """Whether a date's line (``before``: up to the date) opens with the label of a page's
    links to other pages, then the item it links ("Voir aussi : Bilan 2025 … (publié le
    12/01/2026)", "Related: Report No. 45 …"): the date is the linked page's, as the lines
    under such a label are (the labels are the layout's ``trailer_lines``)."""
    return _related().match(before) is not None


@cache
def _related() -> re.Pattern[str]:
    """A trailer's label (``layout.toml``) opening a line, then its separator."""
    labels = alternation(load_layout().trailer_lines, gap=r"\s+")
    return re.compile(rf"[^\w\n]*(?:{labels})[ \t]*[:|\u2013\u2014\u203a>-]", re.IGNORECASE)


def labelled_own(before: str) -> bool:
    """Whether a label that names the document's own date stands right before it on its
    line (``before``): "Date of Judgment: ", "… ISBN: 978-… Tabled in Parliament: "."""
    return _may_hold(before, "own_label") and _fields().own_label.search(before) is not None


@cache
def _needles_of(name: str) -> tuple[str, ...] | None:
    """The needles of the field's pattern (:func:`ctdocs._needles.needles`): every match holds
    one, in its case view; None where the pattern has none to offer."""
    pattern: re.Pattern[str] = getattr(_fields(), name)
    return needles(pattern.pattern, pattern.flags)


def _may_hold(text: str, name: str) -> bool:
    """Whether ``text`` may hold a match of the field's pattern (False: it holds none).

    Why: the label and embargo patterns open on ``\\b`` or ``^`` and an alternation of some
    thirty phrases, tried at each character of the line before each date of the head (some
    7 µs a line); a few substring tests in its case view rule out most lines first."""
    return may_hold(text, _needles_of(name))


# the signer's office in the left column of a printed page, the date in the right one ("Governor
# <spaces> 29th day of July, 2026", the reader's text joining them with a space): one to three
# capitalised words without a digit
_OFFICE_COLUMN = re.compile(r"[ \t]*[A-Z\u00c0-\u00de][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,2}[.,]?[ \t]+")


def assented(text: str, lo: int, start: int, end: int) -> bool:
    """Whether the date at ``start`` (its line opening at ``lo``) is an act's assent or
    sanction, which makes the act law after its passing: the act's date, over the
    adoption's above it. Its line opens with the cue ("Sanctioned by Order … 22nd July
    2026"), or the date opens its line under the assent formula and the few short lines
    the head of state signs it with ("I assent, / Vishnu D. Ramsaroop, / Acting
    President. / 22nd September, 2026."), or closes the line of the signer's office in a
    column of its own ("Governor      29th day of July, 2026"). After the cue's date
    (``end``) no sentence goes on in small letters: a record's label, maybe before the next
    field the reader joined to its line ("… 22nd July 2026 Registered by the Royal Court
    …"), not a sentence telling the act's history in a later text ("Royal Assent was given
    to the Act on 20 July 2000, and the Act has since …", "Promulguée le 21 juillet 2016,
    la loi a …")."""
    cue, before = _fields().assent, text[lo:start]
    if cue.search(before) is not None:
        return _RUNS_ON.match(text, end) is None
    if before.strip() and _OFFICE_COLUMN.fullmatch(before) is None:
        return False
    lines = [ln for ln in text[max(0, lo - _BLOCK_REACH) : lo].splitlines() if ln.strip()]
    for n, line in enumerate(reversed(lines)):
        if cue.search(line) is not None:
            return True
        if n >= _SIGNER_LINES or len(line.split()) > _SIGNER_WORDS:
            return False
    return False


# a sentence going on after a date: a comma or none, then a word in small letters
_RUNS_ON = re.compile(r"[ \t]*[,;]?[ \t]*[a-z\u00df-\u00ff]")
_BLOCK_REACH = 300  # characters above a date where its assent formula may stand
_SIGNER_LINES = 3  # short lines at most between the formula and the date: a name, an office
_SIGNER_WORDS = 8  # words at most on each of them


def embargoed(before: str, prev: str) -> bool:
    """Whether the date ends a restriction: its cue right before it on its line
    (``before``) or ending the line above (``prev``): "Restricted until / 13 April 2026"."""
    cue = _fields().embargo
    if _may_hold(before, "embargo") and cue.search(before) is not None:
        return True
    return not before.strip() and _may_hold(prev, "embargo") and cue.search(prev) is not None


def archived(before: str) -> bool:
    """Whether the date is the value of an archive's front-matter key (``saved: …``)."""
    return _fields().archive_key.match(before) is not None


def names_periodical(line: str) -> bool:
    """Whether ``line`` names a gazette or an official journal: its date is the issue's."""
    return _fields().periodical.search(line) is not None


def numbers_issue(line_start: str) -> bool:
    """Whether ``line_start``, a head line's text before its month, numbers an issue ("LA
    LETTRE DU CAERT - N° 47 - ", "Counter-Terrorism Monitor, Issue 12, "): a masthead, whose
    month is the issue's date as written."""
    return _fields().issue.search(line_start) is not None


def issue_after(line_end: str) -> bool:
    """Whether ``line_end``, a head line's text after its date, is a field of the issue's marks
    and numbers alone ("Le mardi 21 avril 2026 - Vol. 48 N° 67", "12 March 2026 | Issue 4"):
    a periodical's masthead, whose date the number that follows leaves the line's own."""
    return _fields().issue_after.match(line_end) is not None


def title_reach(text: str, title: str | None, title_end: int, head_end: int) -> int:
    """``title_end`` (the end of the lines that may hold the act's title and its date),
    or the end of the line of the document's own ``title`` when the head prints it further
    down: a page's buttons and tag chips the layout kept as lines push the title past the
    first few lines ("Circulaire du 12 février 2026 relative …" under a cookie banner's
    "Tout accepter" and a site's tags), yet it stays the title."""
    at = text.find(title, 0, head_end) if title else -1
    if at < title_end:
        return title_end
    nl = text.find("\n", at)
    return len(text) if nl < 0 else nl


_TITLE_TAIL = 3  # non-empty lines under the document's own title that may still carry its date


def title_tail_end(text: str, title: str | None, title_end: int, head_end: int) -> int:
    """Where the lines that may hold an act's title and its date end: ``title_end``, cut
    a few lines under the head's last printing of the document's own ``title`` (a title over
    a few lines, "RÈGLEMENT (UE) 2021/784 … / du 29 avril 2021 / relatif …"). An act named
    with its date further down is one the text cites: a news report's "le ministère public a
    rappelé que la loi n° 03-03 du 28 mai 2003 …" under its headline, a code's "Création LOI
    n°2026-512 du 30 juillet 2026" under its chapter's title."""
    at = text.rfind(title, 0, head_end) if title else -1
    if at < 0:
        return title_end
    pos, seen = text.find("\n", at), 0
    while pos >= 0 and seen < _TITLE_TAIL:
        nl = text.find("\n", pos + 1)
        end = len(text) if nl < 0 else nl
        seen += bool(text[pos + 1 : end].strip())
        pos = nl
    return min(title_end, len(text) if pos < 0 else pos)


# a word of a sentence before an act's name: a lower-case word of four letters or more
# ("services", "veilleront", "l'application"); a title names its act first or right after its
# author's capitals ("Council Implementing Regulation …", "… European Parliament legislative
# resolution of"), a particle or an adjective at most between them
_LOWER_WORD = 4  # letters at least in such a word
_SENTENCE_LEAD = 2  # so many such words before the act's name make the line a sentence


def sentence_lead(lead: str) -> bool:
    """Whether the words before an act's name on a date's line, past their last capitalised
    word, are a sentence's ("1. Les services veilleront à l'application du décret du 12
    janvier 2020"): it cites the act and its date, and a title never opens so (a title the
    reader joined before it, "Combating terrorism … European Parliament legislative
    resolution of", ends with its author's capitals)."""
    words = lead.split()
    caps = [i for i, w in enumerate(words) if w[:1].isupper()]
    tail = words[caps[-1] + 1 :] if caps else words
    lower = [w for w in tail if len(w) >= _LOWER_WORD and w[0].isalpha() and w[0].islower()]
    return len(lower) >= _SENTENCE_LEAD


# a dash or a bar between a line's fields: "Version 3.1 — validée par …", "Rapport | adopté le …"
_FIELD_DASH = re.compile(r"[ \t][\u2013\u2014|][ \t]")


def field_start(before: str) -> int:
    """Where the last field of ``before`` (a date's line up to it) opens after a dash or a
    bar between fields, else 0: a cue opening that field opens it as a line would."""
    ends = [m.end() for m in _FIELD_DASH.finditer(before)]
    return ends[-1] if ends else 0


_APPROVAL_REACH = 130  # characters from an approval's cue to its date, as for an adoption's


def approval(before: str) -> bool:
    """Whether a body's approval or the text's issue opens the date's line or its last field,
    a few words before the date ("> Version 2.0 — approuvée par le comité de direction le 8
    septembre 2026", "Ref: … | Issued 30 June 2026"): weaker than an adoption's cue, since a
    report's cover month outranks "Approuvé par le Comité … en sa séance du …"."""
    at = field_start(before)
    cue = _approved().match(before, at)
    return cue is not None and len(before) - cue.end() <= _APPROVAL_REACH


@cache
def _approved() -> re.Pattern[str]:
    """The approval cues of ``document.toml`` (``approved``), opening what they are given."""
    return re.compile(rf"\W*(?:{document_cues('approved')})\b", re.IGNORECASE)
