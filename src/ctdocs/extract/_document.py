"""The document's own date and official number (annotation guidelines, section 6).

A document says when it was adopted, issued or published in a few ways that
hold across publishers: a line of its head that is the date alone (a UN
``Distr.`` date, NATO's ``• 11 Jul. 2018 -``), a dateline (``Brussels, 12 July
2018``), a cue at the start of a line (``Adoptée le …``, ``Issued on …``), an
act's title (``Council Regulation … of 27 December 2001``) or its closing
formula (``IN WITNESS WHEREOF … on 18 December 1979``). A date inside running
text is an event the page reports, not its date; a byline's or a meta line's date by
the title (:mod:`._docbyline`) is the page's; a page's "last updated"
stamp dates it only when nothing else does; a list's entry under the body's last line
of prose (:mod:`._doctail`) dates another document. Each way is scored, and the best
date of the document's head wins, the earliest among equals. The cue words
and the symbol shapes are data (``data/models/document.toml``).

The same reading tells which dates of noise lines count (:mod:`._docstamps`):
only the page's own stamp, never the dates of other chrome. The document's
number is read from the same head by :mod:`._docsymbol`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ._dates import DateHit
from ._docbyline import byline_cell, byline_zones, in_zone
from ._doccues import (
    _cues,
    act_cited,
    bracket_dateline,
    citing_paragraph,
    closing_line,
)
from ._docday import adoption_row, anchor_day, caption_line, meeting_days, refined, title_note
from ._docfields import (
    approval,
    archived,
    assented,
    embargoed,
    field_start,
    field_value,
    issue_after,
    labelled_own,
    names_periodical,
    numbers_issue,
    related_entry,
    sentence_lead,
    title_reach,
    title_tail_end,
)
from ._dockeys import record_dated
from ._docmeeting import meeting_day
from ._docplace import (
    boxed,
    bulleted,
    cell_alone,
    closing_sentence,
    data_row,
    head_end,
    last_cell,
    line_before,
    line_bounds,
    linked_entry,
    listed_entry,
    paged,
    recurs,
    runs_on,
    signed,
    weekday_cut,
    words,
    wordy_place,
)
from ._docrecord import (
    bracketed,
    dated_entry,
    fields_last,
    note_definition,
    of_act,
    revision,
)
from ._docscores import Scores, record_end_of
from ._docshort import short_line
from ._docstampscore import (
    _PUBLISHED,
    _RECORD_DATE,
    _RECORD_STAMP,
    _SHORT,
    _STAMP,
    _stamp_score,
    _synced,
    stamp_cue,
    stamped_head,
)
from ._docstatus import after_first_point, status_cue
from ._doctail import Tail

__all__ = ["anchor_day", "own_date", "rule_scores", "stamp_cue"]

# a signature formula ("Fait à Bruxelles, le …") outranks a date alone at the top, maybe a
# gazette's issue date printed over the act (24.2.2026 over "RÈGLEMENT … du 23 février 2026")
_ASSENT, _ADOPTED, _CLOSING, _TOP, _ACT, _DATELINE = 17, 16, 15, 14, 10, _SHORT  # _SHORT: 8
_INLINE, _SIGNED, _SELF = 7, 6, 5  # a cue inside running text yields to any head line
_HELD = 9  # a record's meeting day: over a short row's, spared by :func:`stamped_head`
# a page's stamps and the front matter's record: :mod:`._docstampscore`
_SHAPED, _STAMPS = (_TOP, _SHORT, _ACT), (_PUBLISHED, _STAMP)  # scores a tail's entry loses
_TOP_LINES = 5  # a date alone on one of the first lines is the document's dateline
_FOOT_REACH = 200  # characters from a line's start to a foot stamp's or a signature's date
_TITLE_LINES = 12  # an act's title, with its date, is among the first lines
_TIMELINE = 3  # so many distinct dates alone on their lines make the head a timeline
_ACT_ABOVE = 200  # characters above a date's line where its act's title may open
_CUE_REACH = 130  # characters from such a cue to its date
_PARAGRAPH = 600  # characters above a cue where its paragraph may open
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\u00c0-\u00de])")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# a year, then a capital opening the next words: a head line the reader joined to the next one
# (Markdown's soft break: "…, 8-10 juillet 2026 Adoptée en Conseil des ministres le …")
_JOINED_LINE = re.compile(
    r"(?<![\w/-])(?:19|20)\d{2}[ \t]+(?=[A-Z\u00c0-\u00de][a-z\u00df-\u00ff])"
)
_WORD_RE = re.compile(r"[^\W_]+")
_words, _line_bounds = words, line_bounds  # the capped word count, the line's bounds
_SENTENCE_COMMA = re.compile(r"[a-z\u00df-\u00ff],\s+\S+(?:\s\S+)?,\s*$")
_REGION_NOTE = re.compile(r"\([^()\n]{1,30}\)")  # a region in parentheses is the place's


def _head_end(text: str, lines: int, skip: Sequence[tuple[int, int]] = ()) -> int:
    """Offset after the first ``lines`` non-empty lines outside the chrome spans ``skip``,
    and at most ``head_chars`` of the document's own characters in."""
    return head_end(text, lines, _cues().head_chars, skip)


def _another_date(text: str, h: DateHit, before: str, prev: str) -> bool:
    """A date the text says is not its own: after a cue of another document or of an
    event, the end of a restriction, an archive's key, or a period in parentheses (a
    session's, a mandate's, a fiscal year's)."""
    cues = _cues()
    if cues.not_own.search(before[-60:]) or (prev.endswith(":") and cues.not_own.search(prev)):
        return True
    if embargoed(before, prev) or archived(before) or related_entry(before):
        return True
    near = before[-40:]  # a start's bracket ("(début : …") holds its date, if still open
    if any(m[0][0] != "(" or ")" not in near[m.end() :] for m in cues.event.finditer(near)):
        return True
    closes = text[h.end : h.end + 2].lstrip().startswith(")")
    # the period closing a parenthesis its line opens is the one the line's words name ("(Fiscal
    # Year B.E. 2568: 1 October 2024 – 30 September 2025)", a report's year) — not a dateline's
    # days in brackets, a place and its comma before them ("(Bruxelles, 23-24 mars 2026)")
    inner = before.lstrip()[1:]
    opens = before.rstrip().endswith("(") or (
        before.lstrip().startswith("(") and not cues.dateline.search(inner)
    )
    return "/" in h.value and opens and closes


# a date and a clock time with its numeric offset from UTC ("Mon, 16 Nov 2026 09:02:37 +0100",
# "2026.08.07 21:14:52 +05'30'"): a machine's stamp, a mail header's or a digital signature's,
# which dates the sending or the signing of the file, not the text, unless nothing else dates it
_CLOCKED = re.compile(r"[^\n]*?\d{1,2}:\d{2}(?::\d{2})?[ \t]*[+-]\d{2}'?:?\d{2}(?!\d)")
_CLOCK_REACH = 24  # characters after a date where its clock time and offset may end


def _score(
    text: str,
    h: DateHit,
    head_end: int,
    title_end: int = 0,
    top_end: int = 0,
    timeline: bool = False,
    zones: Sequence[tuple[int, int]] = (),
) -> int:
    """How plainly ``h`` is the document's own date (0: not at all).

    ``head_end``, ``title_end`` and ``top_end`` end the document's head, the
    lines that may hold its title and its first few lines. In a ``timeline``
    (a head with several lines that are each a date alone) such lines are
    entries, not the document's date. ``zones``: the title's byline zones.
    """
    if h.inferred_year or h.value.startswith("--") or linked_entry(text, h.start, h.end):
        return 0  # no year written; a linked document's date in a list of links
    lo, hi = _line_bounds(text, h.start, h.end)  # once: each test below reads the line
    if listed_entry(text, lo, hi):
        return 0  # a list's dated entries: other documents' dates
    if _CLOCKED.match(text, h.start, min(len(text), h.end + _CLOCK_REACH)):
        return _STAMP  # a mail's or a digital signature's stamp: it dates the sending
    if note_definition(text, lo):
        return 0  # a footnote's: its source's date
    prev = text[max(0, lo - 80) : lo].rstrip()
    if h.start >= head_end and not closing_line(text, lo, hi, h.start, h.end):
        if h.start - lo > _FOOT_REACH:
            return 0  # deep in a long line: no stamp opens it, no signature is that long
        return _foot_score(text, h, lo, hi, text[lo : h.start], prev)
    before = text[lo : h.start]
    if _another_date(text, h, before, prev):
        return 0
    if assented(text, lo, h.start, h.end):
        return _ASSENT  # an act's sanction after its passing: "Sanctioned by Order … 22nd July"
    if labelled_own(before):
        return _ADOPTED  # Date of Judgment: …, Tabled in Parliament: …
    if h.start < lo + 400 and closing_line(text, lo, hi, h.start, h.end):
        return _CLOSING
    if h.start >= head_end or citing_paragraph(_paragraph(text, h.start)):
        return 0  # a preamble dates what it cites (Rappelant la résolution … du …)
    stamped = _stamp_score(before, prev)
    if stamped:
        return stamped
    if caption_line(before):
        return 0  # a table's caption or a source line dates its figures, not the document
    if h.precision == "day" and "/" not in h.value and meeting_day(text, lo, before):
        return _HELD  # a record's meeting: "Held in … Suva on Wednesday, 26 August 2026"
    plain = _plain_score(text, h, lo, hi, before, title_end, top_end, timeline)
    if plain in (_TOP, _DATELINE, _SHORT) and (
        recurs(text, lo, h.start, h.end, hi) or names_periodical(text[lo:hi]) or paged(text, lo, hi)
    ):
        return _PUBLISHED  # a running header's or a gazette's date: the issue's, not the act's
    if not plain and h.precision != "year" and "/" not in h.value and in_zone(zones, h.start):
        return _PUBLISHED if byline_cell(before, text[h.end : hi]) else 0
    return plain


def _foot_score(text: str, h: DateHit, lo: int, hi: int, before: str, prev: str) -> int:
    """The score of a date past the head and out of a closing formula: a field naming it
    the document's own ("Made 5 August 2026" over the signature), a page's stamp opening
    its line at the foot ("Dernière modification de cette page le …"), or a signature
    block's date; 0 for any other."""
    if h.precision == "year" or _another_date(text, h, before, prev):
        return 0
    if labelled_own(before):
        return _ADOPTED  # the formula's own word for its date: "Made 5 August 2026"
    cell, cues = last_cell(before), _cues()
    opens = cues.stamp.search(cell) or cues.published.search(cell)
    stamped = _stamp_score(before, prev) if opens else _synced(cell)
    if stamped:
        return stamped
    if h.precision != "day":
        return 0
    if signed(text, lo, h.start, h.end, hi) or _foot_dateline(text, h, hi, before):
        return _SIGNED
    formula = closing_sentence(text, lo, h.start, h.end, hi)
    if formula is not None and not caption_line(formula) and not of_act(formula):
        return _SIGNED  # the formula closing the text: "Made by the Minister on …."
    # a closing note that names the text itself: "This report was adopted by Chamber III …
    # at its meeting of 25 March 2026."
    para = " ".join(_paragraph(text, h.start).split())
    return _SELF if _cues().self_adopted.search(para + " ") else 0


def _foot_dateline(text: str, h: DateHit, hi: int, before: str) -> bool:
    """Whether the date ends a dateline alone on its line at the foot, the place it was
    done and its day closing the text as a signature would ("La Haye, le 3 juin 1986.",
    "Brussels, 12 July 2018"): the text's own date, above a page's update stamp."""
    tail = text[h.end : hi].strip(" \t.")
    return not tail and _words(before, 0, len(before), 5) <= 4 and _dateline_score(before, 0)


def _plain_score(
    text: str,
    h: DateHit,
    lo: int,
    hi: int,
    before: str,
    title_end: int,
    top_end: int,
    timeline: bool,
) -> int:
    """The score of a head date by the shape of its line (alone, a dateline, an act's
    title, a short line), when no stamp's cue opens it."""
    cues = _cues()
    cap = max(cues.short_words, 1) + 1  # enough for every comparison below
    # an issue's marks after the date are the masthead's number, no words of a sentence
    after = 0 if issue_after(text[h.end : hi]) else _words(text, h.end, hi, cap)
    other = _words(before, 0, len(before), cap) + after
    if other <= 1 and timeline:
        return 0  # a timeline's entry
    if other <= 1 and h.start < top_end and h.precision != "year":
        return _TOP
    cued = _cue_score(text, lo, before, h.precision)
    if cued is not None:
        return cued
    if h.precision == "year":
        # a bare year dates the document only at the end of a dateline (Canada, 2013),
        # not of an act's short title (THE … AMENDMENT ACT, 2026)
        # (a few words: a reference's "…, référé S2024-0731, 2024." ends as one would)
        dated = after == 0 and _dateline(before) and not cues.act_year.search(before)
        dated = dated and _words(before, 0, len(before), cap) < cap
        return _DATELINE if dated else 0
    if bracketed(before, text[h.end : hi]):
        return _ACT  # the act's date of assent under its title: [6th August 2026.]
    press = h.start < top_end and bracket_dateline(text[:lo], before, text[h.end : hi])
    if (_dateline_score(before, after) or press) and not (
        _worded_span(h) or dated_entry(text, h, hi, top_end)
    ):
        return _DATELINE
    if _act_title(text, h, lo, hi, title_end):
        return _ACT
    if fields_last(before, text[h.end : hi]):
        return _SHORT  # a byline's or a record line's last field: "… — PE 762.418 — October 2026"
    line = text[lo:hi]
    cell = cell_alone(before, text[h.end : hi])  # however long the row: "Ed. 0.3 · 12 May 2026 · …"
    cell = cell or boxed(before, text[h.end : hi]) or field_value(text, lo, h.start, h.end, hi)
    if (cell or short_line(line, h, before, after, other)) and not (
        cues.act_of.search(before) or _worded_span(h) or data_row(line)
    ):
        return _SHORT  # but a short line past the title naming an act dates that act (a list's
        # "- arrêté n° 0112/MFB/CENTIF du 14 février 2025 ;"), and a period its words open is a
        # sentence's ("les prévenus ont, entre avril 2022 et mars 2024 :")
    if cues.self_adopted.search(before) or (approval(before) and not cues.act_of.search(before)):
        return _SELF  # … endorsed … on 28 September 2020, or approved (not "under the Act of")
    # a status statement ("…, adoptées par le Conseil … le 25 février 2026."), not a cited
    # instrument's adoption nor an act's date ("… en vertu de la loi du 14 mars 2019")
    verb = status_cue(before, text[h.end : hi])
    if verb is None or _names_other(before[:verb]) or after_first_point(text, lo):
        return 0
    return _SELF


def _act_title(text: str, h: DateHit, lo: int, hi: int, title_end: int) -> bool:
    """Whether ``h`` (on the line ``lo``-``hi``) dates an act's title: "Council Regulation
    … of 27 December 2001" among the title lines, "5 MAI 2019. - Loi portant …" heading
    it, or "du 4 mai 2022" on the last line of a title over a few lines."""
    if bulleted(text, lo):
        return False  # a list's entry cites an act ("- Règlement (CE) n° 725/2004 du …")
    cues = _cues()
    before = text[lo : h.start]
    # not when a sentence of running text goes on past the date ("La loi n° 2021-998 du
    # 30 juillet 2021 a pérennisé … « SILT ». Cinq ans après, …"): a title ends there
    named = cues.act_of.search(before)
    if (
        h.start < title_end
        and named is not None
        and not sentence_lead(named.group("lead"))
        and act_cited().search(before) is None  # "… modifiant la loi du": the cited act's
        and _SENTENCE_END.search(text, h.end, hi) is None
        and not (runs_on(text, h.end, hi) and cues.act_line.match(text, lo) is None)
    ):
        return True
    if h.start < title_end and not before.strip() and cues.act_after.match(text, h.end, hi):
        return True
    return bool(
        cues.of_line.search(before) and cues.act_line.search(text, max(0, lo - _ACT_ABOVE), lo)
    )


def _dateline_score(before: str, after: int) -> bool:
    """Whether a date (``before`` it on its line, ``after`` words after it there) ends a
    dateline: "Brussels, 9 May 2018", "… held at NATO Headquarters, Brussels, on 10
    December 1996" ending its line or "QUÉBEC, le 12 mars 2019 /CNW/ - La …" opening it;
    not "signed in Riga, on 22 October 2015, of the Protocol" inside a sentence."""
    cues = _cues()
    if _words(before, 0, len(before), _DATELINE_WORDS + 1) > _DATELINE_WORDS:
        return False  # a sentence reporting an event: "… co-chaired by Afghanistan and Spain, on …"
    cut = weekday_cut(before)
    if cut is not None:
        return _dateline_score(cut, after)  # the place before the weekday: "NEW DELHI, FRIDAY,"
    if cues.dateline.search(before):
        # not after a sentence's comma: a caption's "Photo of the ministers, Lyon, 8 October 2026"
        return not (_SENTENCE_COMMA.search(before) or wordy_place(before))
    if not cues.dateline_article.search(before):
        return False
    place = _REGION_NOTE.sub("", before)  # MONCTON (Nouveau-Brunswick), le 3 mars …
    return after == 0 or _words(place, 0, len(place), 4) <= 3


# words at most before a dateline's date on its line: a head line may name the meeting and its
# place first ("… Council held at NATO Headquarters, Brussels, on 10 December 1996"); more
# words are a sentence that reports an event at a place and a date
_DATELINE_WORDS = 24


def _worded_span(h: DateHit) -> bool:
    """Whether ``h`` is a span its words open ("entre janvier et mars 2026", "from June to
    November 2026"): a period a sentence reports after a place's comma ("… dans la région
    de Ménaka, entre janvier et mars 2026."), never the day a dateline gives its text."""
    return "/" in h.value and h.text[:1].islower()


def _dateline(before: str) -> bool:
    """Whether a place and a comma, maybe an article, end ``before`` (Bruxelles, le …)."""
    cues, cited = _cues(), before.rfind("(") > before.rfind(")")  # "(Geneva: UNIDIR, 2026)"
    return not cited and bool(cues.dateline.search(before) or cues.dateline_article.search(before))


def _alone_values(text: str, hits: Sequence[DateHit], head_end: int) -> set[str]:
    """The values of the head's dates that stand alone on their line.

    A bare year (a meeting's name, "Stockholm 2021") and a dateline ("Stockholm, 2 et 3
    décembre 2021") are no entries of a timeline: a head with a date line, a meeting's
    name and its dateline is one document's head. Nor is a field's date after its label
    and colon ("Adopted: 16 July 2026", "Circulated: 3 August 2026"): a head's block of
    labelled dates says what each date is."""
    values: set[str] = set()
    for h in hits:
        if h.start >= head_end:
            break
        if h.precision == "year":
            continue
        lo, hi = _line_bounds(text, h.start, h.end)
        words = _words(text, lo, h.start, 2) + _words(text, h.end, hi, 2)
        before = text[lo : h.start]
        if words <= 1 and not _dateline(before) and not before.rstrip().endswith(":"):
            values.add(h.value)
    return values


def _cue_score(text: str, lo: int, before: str, precision: str) -> int | None:
    """The score of a date that an adoption cue on its line (from ``lo``) reaches, or None:
    none when the cue's subject is another instrument, less inside running text."""
    cue = _adopted_cue(before)
    if cue is None or len(before) - cue[1] > _CUE_REACH or precision == "year":
        return None
    # up to the cue's own word: a wrapped line may open on the end of the subject's name
    # ("… de l'UE" over "(CIVEX-VII/012), adopté les …", a cue after capitals)
    word = _cues().adopted_any.search(before, cue[0])
    if _names_other(_paragraph(text, lo + (word.start() if word else cue[0]))):
        return 0  # Decision No. 8/19, adopted in Bratislava on …
    return _INLINE if cue[2] or _continues(text, lo) else _ADOPTED


def _adopted_cue(before: str) -> tuple[int, int, bool] | None:
    """Where an adoption cue starts and ends in ``before`` (the date's line up to it), and
    whether it sits inside running text: it opens the line, or a sentence of it after at
    most two words ("… Maelen). Text adopted by the Assembly on 27 January 2016"; a
    sentence starts with a capital, so "No. 8/19, adopted" is none); None without one."""
    cues = _cues()
    cue = cues.adopted.search(before) or cues.adopted_caps.search(before)
    if cue is not None:
        return cue.start(), cue.end(), False
    joined = _JOINED_LINE.search(before)  # a line joined to the one above; a field after a dash
    for at in (joined.end() if joined else 0, field_start(before)):
        cue = cues.adopted.search(before[at:]) if at else None
        if cue is not None:
            return at + cue.start(), at + cue.end(), False
    cuts = list(_SENTENCE_END.finditer(before))
    if not cuts:
        return None
    at = cuts[-1].end()
    for k in (1, 2):
        rest = before[at:].split(None, k)
        if len(rest) <= k:
            return None
        start = len(before) - len(rest[k])
        cue = cues.adopted.search(rest[k])
        if cue is not None:
            return start + cue.start(), start + cue.end(), True
    return None


def _paragraph(text: str, at: int) -> str:
    """The text of the paragraph holding ``at`` up to it (at most ``_PARAGRAPH`` back)."""
    window = text[max(0, at - _PARAGRAPH) : at]
    breaks = list(_PARAGRAPH_BREAK.finditer(window))
    return window[breaks[-1].end() :] if breaks else window


def _names_other(para: str) -> bool:
    """Whether an adoption cue at the end of ``para`` has another instrument for subject:
    the instrument's name, then a comma right before the cue ("Decision No. 8/19, adopted",
    "la résolution 2178 (2014), adoptée")."""
    return _cues().instrument.search(" ".join(para.split()) + " ") is not None


def _continues(text: str, lo: int) -> bool:
    """Whether the line at ``lo`` continues a line of running text above it (a wrapped
    paragraph: the line above is long and ends inside a sentence)."""
    if lo == 0:
        return False
    line = text[text.rfind("\n", 0, lo - 1) + 1 : lo - 1].rstrip()
    words = len(_WORD_RE.findall(line))
    return words > _cues().short_words and (line.endswith((",", ";")) or line[-1:].islower())


def own_date(
    text: str,
    hits: Sequence[DateHit],
    chrome: Sequence[tuple[int, int]] = (),
    title: str | None = None,
    scored: Scores | None = None,
) -> DateHit | None:
    """The date the document bears as its own, or None (see the module's docstring).
    ``chrome`` and ``title`` as :func:`rule_scores` reads them; ``scored``: that pass's
    record when the caller keeps it (the ranker of :mod:`._docrank` reads it too)."""
    sc = scored or rule_scores(text, hits, chrome, title)
    tail, record_end = sc.tail, sc.record_end
    best: DateHit | None = None
    # the front matter is the record of the site that holds the text: a date the text's own
    # lines print as its own (a UN masthead's "Distr.: General / 4 December 2026") outranks
    # the record's (a mirror's "adopted: 2026-11-20"), which still outranks a page's stamps
    best_score = (0, 0, 0, 0, 0, 0, 0)
    scored_values = Counter(h.value for h, s in zip(hits, sc.scores, strict=True) if s)
    for h, s in zip(hits, sc.scores, strict=True):
        if not s:
            continue
        # among equals, a date of the document's own lines before one of the page's chrome
        # (a breadcrumb's issue date, "- April 8, 2026", over the register's "SOR/2026-74
        # March 20, 2026"), a single date before a span of days (a paper's "March 2026" over
        # the meeting's "London, 13 – 15 April 2026" it was prepared for), a day before a bare
        # year ("3 Charles III, 2026" over "FIRST READING, March 12, 2026"), a date alone on its
        # line before one that words name ("12 mars 2026" under "CONSTITUTION DU 4 OCTOBRE
        # 1958"), a stage of adoption the text dates again elsewhere (the plenary's "16/07/2026"
        # of a record table that the signature's "Bruxelles, le 16 juillet 2026" repeats, over
        # the section's "02/07/2026" above it), then the earliest
        # — but a span a row names ("Transparency Report · July–December 2025", a quarter's
        # report under the minutes) is the period the text covers, not a place's dateline:
        # the page's own day in its chrome ("Trust & Safety team · February 24, 2026") wins
        own, single = int(tail.page.holding(h.start) is None), int("/" not in h.value)
        before = line_before(text, h.start)
        own = own if single or _dateline(before) or meeting_days(h.value) else 0
        printed = int(h.start >= record_end and s > _PUBLISHED)
        echoed = int(scored_values[h.value] > 1 and adoption_row(before))
        precise = _PRECISION.get(h.precision, 0)
        ranked = (printed, s, own, single, echoed, precise, int(_alone(text, h)))
        if ranked > best_score:
            best, best_score = h, ranked
    if best is not None and best_score[1] in (_ADOPTED, _ASSENT):
        # a session's days of adoption ("Adoptée … 8 et 9 juillet 2026") narrow to the day a
        # dateline or a signature printed after them gives ("… — Kigali, 9 juillet 2026")
        spanned = best.precision == "day" and "/" in best.value
        revised = revision(text, hits, best)  # first: with a revision, no day to narrow
        return revised or (refined(text, best, sc.firm, hits) if spanned else best)
    if best is not None and best.precision == "month" and _masthead(text, best):
        return best  # a periodical's month is its issue's date as written
    return refined(text, best, sc.firm, hits)


def rule_scores(
    text: str,
    hits: Sequence[DateHit],
    chrome: Sequence[tuple[int, int]] = (),
    title: str | None = None,
) -> Scores:
    """The rules' score of each hit, one pass for :func:`own_date` and the ranker.
    ``chrome``: the spans of the page's noise lines; the head and its title lines are
    counted from the document's first own line below the page's chrome, while its top
    lines stay the page's first (a date alone up in the chrome is a menu's, not a
    dateline's, unless it opens the page); the lines that may hold the act's title reach
    the document's ``title`` wherever the head prints it."""
    head_end = _head_end(text, _cues().head_lines, chrome)
    title_end = title_reach(text, title, _head_end(text, _TITLE_LINES, chrome), head_end)
    top_end = _head_end(text, _TOP_LINES)
    timeline = len(_alone_values(text, hits, head_end)) >= _TIMELINE
    zones = byline_zones(text, title, head_end)
    note = title_note(text, title_end)
    acts_end = title_tail_end(text, title, title_end, head_end)
    tail = Tail.of(text, chrome)  # the chrome, and the block under the body's last prose line
    record_end, scores = record_end_of(text), []
    firm: list[DateHit] = []  # the head's days that may date the document, no page's stamp
    shaped = [
        _note_score(text, h, note) or _score(text, h, head_end, acts_end, top_end, timeline, zones)
        for h in hits
    ]
    stamped_head(hits, shaped, text, head_end)  # a stamp above the prose, rows under it
    for h, s in zip(hits, shaped, strict=True):
        s = tail.score(text, h.start, s, _SHAPED, _STAMPS)  # not a list's entry under the body
        # not the record's days: its "date: 2026-10-08" is the copy's, and the month the
        # text prints ("— October 2026") stays at the precision it is written
        if s > _PUBLISHED and h.precision == "day" and "/" not in h.value and h.start >= record_end:
            firm.append(h)
        if h.start < record_end and s <= _PUBLISHED:  # the record's own: below any printed
            s = _RECORD_DATE if record_dated(text, h.start) else _RECORD_STAMP if s else 0
        scores.append(s)
    return Scores(tuple(scores), head_end, record_end, tuple(firm), tail)


def _masthead(text: str, h: DateHit) -> bool:
    """Whether ``h`` closes a head line that numbers an issue (:func:`numbers_issue`)."""
    lo, hi = _line_bounds(text, h.start, h.end)
    return not text[h.end : hi].strip() and numbers_issue(text[lo : h.start])


_PRECISION = {"year": 0, "month": 1, "day": 2}


def _alone(text: str, h: DateHit) -> bool:
    """Whether ``h`` stands on its line with at most one other word (a weekday, a bullet)."""
    lo, hi = _line_bounds(text, h.start, h.end)
    return _words(text, lo, h.start, 2) + _words(text, h.end, hi, 2) <= 1


def _note_score(text: str, h: DateHit, note: tuple[int, int]) -> int:
    """The score of a date in the title's note (:func:`title_note`): the adoption date
    when an adoption cue stands before it in the note, anywhere ("… and adopted by the
    Plenary Assembly on 9 October 2023"), else 0."""
    if not note[0] <= h.start < note[1] or h.inferred_year:
        return 0
    cue = _cues().adopted_any.search(text, note[0], h.start)
    return _ADOPTED if cue is not None and h.start - cue.end() <= _CUE_REACH else 0
