"""Lines of a document that record it rather than tell it, for :mod:`._document`.

Shapes that hold across publishers and are told by punctuation and position,
not by words:

* a revision stamp right under the adoption line of the text's own title page
  ("Adopted by the Plenary in February 2012 / Updated November 2023"): the text is
  that revision, and so is its date (a consolidated act's compilation date likewise
  dates the version printed);
* a head line of fields set off by spaced dashes, bars or middle dots whose last
  field is a date alone ("Author: N. O'Sullivan, Research Service — PE 762.418 —
  October 2026", "Rapport public thématique – La protection … – juillet 2026"): a
  byline or a record line printing when the text went out, however long its name
  fields run;
* a date that a colon and words follow on its line ("John, March 5, 2026: Great
  summary.", a chronology's "Paris, 3 March 2026: the ministers met …"): an entry of a
  list of dated items, which labels what follows it, where a dateline ends its line or
  runs on after a dash;
* a Markdown footnote's definition ("[^1]: Figures compiled … to EPRS, September
  2026."): a note, by the format's own syntax, whose dates are its sources', never the
  text's own;
* a sentence whose last word ties the date after it to an act it names ("… de la loi
  du", "… 2026-02R2 dated"): that act's date;
* a date in square brackets closing its line (``[6th August 2026.]``): an act's date of
  assent under its title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._dates import DateHit
from ._doccues import _cues
from ._docplace import line_bounds, words

__all__ = ["bracketed", "dated_entry", "fields_last", "note_definition", "of_act", "revision"]

_ENTRY = re.compile(r"[ \t]*:[ \t]*[^\W\d_]")  # a colon, then a word, after the date


def of_act(sentence: str) -> bool:
    """Whether a sentence's last word ties the date after it to an act it names ("… de la
    loi du", "… 2026-02R2 dated"): that act's date, not the text's."""
    last = sentence.split()[-1:] or [""]
    return _cues().of_line.match(last[0] + " ") is not None


def dated_entry(text: str, h: DateHit, hi: int, top_end: int) -> bool:
    """Whether the date ``h`` labels an entry that follows it on its line (up to ``hi``)
    after a colon: a comment's or a chronology's, not a dateline (see the module). On the
    text's first lines (before ``top_end``) it is the dateline a press release opens its
    first paragraph with ("NEW DELHI, 5 March 2026: The Government …"), whatever follows."""
    return h.start >= top_end and _ENTRY.match(text, h.end, hi) is not None


# a field separator: a dash, a bar or a middle dot with a space either side
_FIELD_SEP = re.compile(r"\s[\u2013\u2014|\u00b7]\s")
_FIELDS = 3  # fields at least on a record line: two before its date
_TAIL = " \t.*_"  # what may close a record line after its date: emphasis, a full stop
# a footnote definition of Pandoc's and the CommonMark extensions': "[^label]: text"
_NOTE_DEF = re.compile(r"[ \t]*\[\^[^\]\s]{1,40}\]:")
_NOTE_LINES = 8  # lines a footnote's definition may run over


def fields_last(before: str, after: str) -> bool:
    """Whether a date is the last field of a line of fields: ``before`` (the line up to
    the date) ends with a separator after at least one more, and ``after`` (the line
    past the date) holds nothing but emphasis or a full stop."""
    if after.strip(_TAIL):
        return False
    parts = _FIELD_SEP.split(before + " ")
    return len(parts) >= _FIELDS and not parts[-1].strip()


def note_definition(text: str, lo: int) -> bool:
    """Whether the line at ``lo`` opens a Markdown footnote's definition or, indented,
    continues one: the format's continuation lines are indented under it."""
    for _ in range(_NOTE_LINES):
        if _NOTE_DEF.match(text, lo) is not None:
            return True
        if lo == 0 or not text.startswith(("  ", "\t"), lo):
            return False
        lo = text.rfind("\n", 0, lo - 1) + 1  # the line above
    return False


def revision(text: str, hits: Sequence[DateHit], adopted: DateHit) -> DateHit | None:
    """The date of a revision stamp on the line right under the adoption line, or None:
    only a later date, after its cue (and at most one word: "Updated in …") and ending
    the very next line."""
    _, hi = line_bounds(text, adopted.start, adopted.end)
    nxt = hi + 1
    while nxt < len(text) and text[nxt] in " \t\r\n":
        nxt += 1
    if text.count("\n", hi, nxt) > 1:
        return None  # a blank line between the two: not the same block
    line_end = text.find("\n", nxt)
    line_end = len(text) if line_end < 0 else line_end
    cue = _cues().revised.match(text[nxt:line_end])
    if cue is None:
        return None
    for h in hits:
        if nxt <= h.start < line_end and not h.inferred_year:
            later = h.value.split("/")[0] > adopted.value.split("/")[0]
            between = words(text, nxt + cue.end(), h.start, 2)  # at most "in", "en"
            alone = between <= 1 and words(text, h.end, line_end, 1) == 0
            return h if later and alone else None
    return None


def bracketed(before: str, after: str) -> bool:
    """Whether a date stands in square brackets at the end of its line: an act's date of
    assent (``… purposes.   [12th February 2019]``, ``[6th August 2026.]``) or closing a
    bracketed heading that names the act first (``[ ACT NO. 12318, January 15, 2026 ]``)."""
    tail = after.strip()
    if tail not in ("]", ".]") and not _MARGIN_NOTE.fullmatch(tail):
        return False
    opened = before.rstrip().endswith("[")
    heading = before.lstrip().startswith("[") and "]" not in before
    # a heading names the act in a few words; a source note lists citations and their
    # dates ("[68 FR 34196, June 6, 2003, as amended at …; 91 FR 11872, Mar. 6, 2026]")
    short = words(before, 0, len(before), _cues().short_words + 1) <= _cues().short_words
    return opened or (heading and short and ";" not in before and before.rstrip().endswith(","))


# the bracket closing an act's date of assent, then a marginal note the layout glued to the
# line ("[12th Day of June, 2026] Commence- ment."): a word or two and a full stop
_MARGIN_NOTE = re.compile(r"\.?\][ \t]+[A-Z][\w-]*(?:[ \t]+[\w-]+)?\.")
