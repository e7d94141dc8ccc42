"""Numbered lists of names that close a text: its signatories (``1. Hon. Grace Atieno
(Chairperson) ……``), the offices a circular is copied to (``01. Secretary, Ministry of
Finance``), the bodies that made submissions.

Their numbers count names, not the text's provisions (guidelines §1: a clause is a numbered
unit of a policy text; numbers that are not clause numbers are not clauses): the names stay
in the text, as content, and open no clause. Such a list numbers afresh after the text's own
numbered lines (``1.``, ``1.0``, ``I.``), runs 1, 2, 3 … line after line, stands after every
other numbered line of the text, and its lines are names: short, no sentence closed once a
signature's leader is cut off, their words mostly capitalised. Capitals alone never make
it a list of names (an annex's priority actions and a report's recommendations are set in
title case too, as is any one-word French item): it needs a cue that it lists people or
offices (:func:`_cued`): leader dots to sign on, a person's title opening its lines, the
line right above saying what it lists (``Copy for information:``, ``Ont signé :``,
``Submissions received``) or heading a table's number column (``No.  NAME  SIGNATURE``).
A list of points a paragraph leads into is written in sentences or in lower case, the
text's numbering goes on after it, or the numbered paragraph right above leads into it
with its colon.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..layout import Unit
from ..layout._numbering import load_numbering

__all__ = ["closing_names"]

# a number (written 1 or 01), its dot or parenthesis, and the gap before the name; the dot
# is optional because a two-column list sets its numbers bare ("1   Law Council of
# Australia"), the gap standing for the dot
_ROW_RE = re.compile(r"^0?(\d{1,2})[.)]?\s+(?=\S)")
# a signature's leader: runs of three dots or underscores or more, or ellipses, closing the
# line (a regex anchored at the end costs a scan from every position of a long line)
_LEADER_RUNS = ((".", 3), ("_", 3), ("…", 1))
_MAX_WORDS = 10
_MIN_RUN = 3
# words this long or longer are content words whose case says whether the line names
_CONTENT_LEN = 4
_NAMED_SHARE = 0.6  # of the content words capitalised, for a line to read as a name
_NAMED_LINES = 2 / 3  # of the lines that read as names, for the run to be a list of names
_HEADER_WORDS = 3  # a table's header: the number column's and two more columns' at least


def _value(u: Unit) -> tuple[int, str] | None:
    """The row's number and its name with any leader cut off; None for a line that is no
    row of names (no number, too long, a sentence)."""
    m = _ROW_RE.match(u.text)
    if m is None or u.line.heading_level:
        return None
    rest = _cut_leader(u.text[m.end() :]).strip()
    if not rest or len(rest.split()) > _MAX_WORDS or rest[-1:] in ".;:,":
        return None
    return int(m.group(1)), rest


def _cut_leader(text: str) -> str:
    """``Jane Doe ..........``, ``Jane Doe ____ …``: the text without the leader closing it,
    cut from the end in time linear in the leader's length."""
    rest = text.rstrip()
    cut = True
    while cut:
        cut = False
        for mark, least in _LEADER_RUNS:
            shorter = rest.rstrip(mark)
            if len(rest) - len(shorter) >= least:
                rest, cut = shorter.rstrip(), True
    return rest


def _named(text: str) -> bool:
    """Most of the line's content words capitalised, as a name's or an office's are
    (``Inspector General of Police``): short words (``of``, ``de``) are left out, since a
    name's particles are lower case in both languages. A cue that is needed, never enough
    (see :func:`_cued`)."""
    content = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= _CONTENT_LEN]
    return bool(content) and sum(w[0].isupper() for w in content) >= _NAMED_SHARE * len(content)


def _last_run(units: Sequence[Unit]) -> tuple[list[int], list[str], int] | None:
    """The last run 1, 2, 3 … of rows, the names, and the index of its first line."""
    best: tuple[list[int], list[str], int] | None = None
    run: list[int] = []
    names: list[str] = []
    first = 0
    for k, u in enumerate(units):
        got = _value(u)
        if got is not None and got[0] == len(run) + 1:
            first = first if run else k
            run.append(u.start)
            names.append(got[1])
            continue
        if len(run) >= _MIN_RUN:
            best = (run, names, first)
        run, names, first = [], [], k
        if got is not None and got[0] == 1:  # a run of one, begun again: "1." after "1."
            run, names = [u.start], [got[1]]
    if len(run) >= _MIN_RUN:
        best = (run, names, first)
    return best


def closing_names(units: Sequence[Unit]) -> frozenset[int]:
    """Lines (by start) of the list of names that closes the text, numbered afresh."""
    found = _last_run(units)
    if found is None:
        return frozenset()
    run, names, first = found
    last = units.index(next(u for u in units if u.start == run[-1]))
    after = units[last + 1 :]
    if any(u.marker is not None and u.marker.kind != "bullet" for u in after):
        return frozenset()  # the text numbers on below it: a list inside the text
    before = units[:first]
    if before and before[-1].marker is not None and before[-1].text.rstrip().endswith(":"):
        return frozenset()  # "5. The Committee recommends:" leads into its own points
    if not any(u.marker is not None and u.marker.kind != "bullet" for u in before):
        return frozenset()  # the text's own first numbers (see _bareruns.name_lists)
    if sum(_named(n) for n in names) < _NAMED_LINES * len(names):
        return frozenset()
    rows = [u for u in units[first : last + 1] if u.start in set(run)]
    return frozenset(run) if _cued(rows, names, before[-1] if before else None) else frozenset()


def _words_in(line: str, phrases: frozenset[str]) -> bool:
    """Does one of ``phrases`` stand in ``line`` as whole words (casefolded)?"""
    text = " " + " ".join(re.findall(r"[\w'’/°º.]+", line.casefold().replace("’", "'"))) + " "
    text = text.replace(".", " ").replace("  ", " ")
    return any(f" {p.replace('.', ' ').strip()} " in text for p in phrases)


def _cued(rows: Sequence[Unit], names: Sequence[str], above: Unit | None) -> bool:
    """Something besides capitals says the rows list people or offices, so that their
    numbers count names: leader dots to sign on closing most rows, a person's title opening
    most names (``Hon.``, ``Mme``), or the line right above, which says what the list holds
    (``Copy for information:``, ``Ont signé :``, ``Appendix A – Submissions received``) or is
    the header of a table whose first column numbers its rows (``No.  NAME  SIGNATURE``,
    ``Article  Installation  Lieu``). A plan's annexed actions, a report's recommendations
    or the axes a sentence announces have none of these (data: numbering.toml)."""
    data = load_numbering()
    share = _NAMED_LINES * len(rows)
    if sum(_cut_leader(u.text) != u.text.rstrip() for u in rows) >= share:
        return True
    titles = frozenset(h.casefold() for h in data.closing_list_honorifics)
    if sum(n.split()[0].casefold() in titles for n in names) >= share:
        return True
    if above is None or above.marker is not None:
        return False
    if _words_in(above.text, frozenset(data.closing_list_labels)):
        return True
    head = above.text.split()
    columns = frozenset(h.casefold() for h in data.number_column_headers)
    closed = above.text.rstrip()[-1:] in ".;:,"
    return len(head) >= _HEADER_WORDS and head[0].casefold() in columns and not closed
