"""A record's fields left open among fields set aside, under the site's chrome.

A site prints its record of a document as a run of ``Label : value`` lines (``Ref.: …``,
``Date: …``, ``Type: …``, ``Originating body: …``) right under its own chrome (the
page's tabs, its menu, its breadcrumb). The earlier passes set part of such a run aside
by its labels, but keep the lines the head rules protect (a ``Date :`` line reads like
the document's own dateline, a ``Ref.:`` like its symbol) and those whose label no
lexicon knows. A run of field lines is one record: opening right under chrome, with at
least as many of its fields set aside as left open, the open ones are its fields too.
A document's own header (a judgment's ``Référence : …``, ``Appel entendu : …``) opens
under the text's heading or under a rule, not under the site's chrome, and stays what
the earlier passes made of it. Only the lines' shape and their neighbours decide: no
label, no language.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..normalise._menulines import field_line

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["mark_column_records", "mark_field_runs"]

_MIN_SET_ASIDE = 2  # fields already noise in the run: one alone may be chance
_CHROME = frozenset({"navigation", "web-chrome", "boilerplate"})  # the site's own lines


def _runs(units: Sequence[Unit]) -> list[tuple[int, int]]:
    """Maximal runs ``[a, b)`` of consecutive field lines (no other unit between them)."""
    runs: list[tuple[int, int]] = []
    a = None
    for i, u in enumerate(units):
        if field_line(u.text.strip()):
            a = i if a is None else a
            continue
        if a is not None:
            runs.append((a, i))
        a = None
    if a is not None:
        runs.append((a, len(units)))
    return runs


def mark_field_runs(units: Sequence[Unit]) -> None:
    """Set aside the open fields of a record run under the site's chrome (see the
    module's doc); the reason is the one most of the run carries."""
    for a, b in _runs(units):
        if a == 0 or units[a - 1].noise not in _CHROME:
            continue
        aside = [u.noise for u in units[a:b] if u.noise]
        if len(aside) < _MIN_SET_ASIDE or len(aside) < (b - a) - len(aside):
            continue
        reason = max(sorted(set(aside)), key=aside.count)
        for u in units[a:b]:
            if u.noise is None:
                u.noise = reason


_LABEL_MAX_WORDS = 3  # "Juges", "En appel de", "Référence neutre"
_COLUMN_FIELD_MAX_WORDS = 20


def _column_field(u: Unit) -> bool:
    """An open line cut in two columns at its first wide gap, a label of a few words with
    no figure and no colon (a labelled field, "CITATION:   …", is the record rules' to
    read: a court's cover sheet prints its own so) and then its value, no sentence
    ("Juges   Lemieux, Richard ; …", "Sujets   Droit criminel ; Terrorisme"): a record's
    field printed without its colon."""
    if u.noise is not None or u.marker is not None or not u.gaps:
        return False
    label = u.text[: u.gaps[0]].split()
    return (
        0 < len(label) <= _LABEL_MAX_WORDS
        and label[0][:1].isalpha()
        and not any(c.isdigit() or c == ":" for w in label for c in w)
        and u.words() <= _COLUMN_FIELD_MAX_WORDS
        and not u.text.rstrip().endswith((".", "!", "?"))
    )


def _continued(u: Unit) -> bool:
    """An open line set in under the value column right under its field: a field's value
    wrapped (after a blank line, a centred title under the record is the text's own)."""
    return (
        u.noise is None
        and u.marker is None
        and not u.gaps
        and not u.line.blank_before
        and u.line.indent > 0
        and u.words() <= _COLUMN_FIELD_MAX_WORDS
    )


def _record_field(u: Unit) -> bool:
    """A line the record rules set aside, a rule drawn under the record aside: the record
    ends at its rule."""
    return u.noise == "metadata" and any(c.isalnum() for c in u.text)


def mark_column_records(units: Sequence[Unit]) -> None:
    """A record set in two columns, label and value, without colons: a run of such fields
    (values wrapped under their column) holding two fields or more the record rules set
    aside (``metadata``: "Date   2026-11-13", "Numéro de dossier 41102") is one record,
    and its open fields ("Collection   Jugements …", "Juges   Lemieux, Richard ; …") are
    its fields too. A table's rows hold no field the record rules know."""
    run: list[int] = []
    for i in range(len(units) + 1):
        u = units[i] if i < len(units) else None
        if u is not None and (_record_field(u) or _column_field(u) or (run and _continued(u))):
            run.append(i)
            continue
        aside = sum(_record_field(units[k]) for k in run)
        if aside >= _MIN_SET_ASIDE and any(_column_field(units[k]) for k in run):
            for k in run:
                units[k].noise = units[k].noise or "metadata"
        run = []
