"""A numbered line that names (``2) Typologies observées``) alone on its line over the
first item of a list (``a) utilisation de comptes …``): the heading of its part, whose
items are its children; and a numbered question alone over its answer (``1. Who sets the
threat level?``), a questions-and-answers page's heading in plain type (guidelines §1a: a
numbered heading standing alone on its line is a clause whose text is its title)."""

from __future__ import annotations

import re
from functools import cache

from .._knowledge import load_language
from ..layout import Unit
from ..layout._numbering import Marker, find_marker, load_numbering
from ..normalise._joins import continuation_words
from ._blocks import TERMINAL_END, words
from ._sequences import _names

__all__ = ["asked_heading", "heads_items", "leads_in"]

# a heading names in a few words; a longer line is a sentence cut at its line's end
_HEAD_MAX_WORDS = 6
# the first item of a list in each family a heading heads: "a)", "(a)", "1°"
_FIRST_ITEMS = {"alpha": "a", "degree": "1°"}
# a heading's question is short; a question put in a paragraph runs on past this
_ASKED_MAX_WORDS = 12
_SENTENCE_INSIDE_RE = re.compile(r"[.!?;:]\s")
# "asked the Minister why": the words a reporting verb's object may take before its question
_REPORTED_WINDOW = 4


def heads_items(m: Marker, rest: str, nm: Marker, u: Unit, text: str, item: str = "") -> bool:
    """Whether ``rest``, after number ``m`` alone on its line, heads the list that item
    ``nm`` opens on the next line (``item``: the item's words): a name (no closing mark,
    capitalised, a few words, no verb at its head) over the list's first item."""
    # a list's "1." led in by a colon is read as item (1) of its paragraph, as a statute's
    # subsection is ("(1) Every person who" over "(a)", a lead-in): such an item names its
    # letters only where its words are set apart in bold ("1. **Indicateurs liés au client**")
    led = m.kind == "item" and m.family == "number" and _bold_rest(u, m, text)
    if not (m.kind == "number" or led) or _FIRST_ITEMS.get(nm.family) != nm.value:
        return False
    return (
        rest[:1].isupper()
        and not TERMINAL_END.search(rest)
        and words(rest) <= _HEAD_MAX_WORDS
        and _names(rest)
        and not leads_in(rest, item)
    )


def leads_in(rest: str, item: str = "") -> bool:
    """Whether ``rest``, a numbered line's words over a list whose first item's words are
    ``item``, leads in to the list (the clause's text) rather than heading it: it ends on a
    function word, cut before the object the items give (``4.2 Partner States to`` over
    ``(a) connect …``, ``3) Les autorités veillent à`` over ``a) …``), or, closed by a
    colon, it names a subject about to say, an article before a capitalised name, then its
    verb (``4.5.1 L'ANIF entend :``) or over items that say (``5. The Council:`` over
    ``* endorsed the strategy;``). A heading over a list names with neither (``2.2. Specific
    objectives:``), nor with a question's preposition left at its end (``1.3 What to look
    out for``), nor with an article before a common noun (``2.2 Les sanctions :``) or before
    a name over names (``5.1 The Threat:`` over ``- jihadist terrorism;``)."""
    t = rest.strip()
    ws = [w for w in re.split(r"[\s'’*_]+", t.rstrip(" :")) if w]
    if not ws:
        return False
    if ws[-1].islower() and ws[-1] in continuation_words():  # not "Category A"
        return not _asks(ws)
    rules = load_numbering().run_in_title
    if not (
        t.endswith(":")
        and len(ws) > 1
        and ws[0].casefold() in rules.subject_articles
        and ws[1][:1].isupper()
    ):
        return False
    # "L'ANIF entend": a verb after the name; not "Le Conseil de sécurité", a name's own words
    verb = ws[-1].islower() and not any(w in continuation_words() for w in ws[1:-1])
    return verb or _says(item)


def _says(item: str) -> bool:
    """``endorsed the strategy``, ``to improve procedures``, ``se réunit deux fois``: an
    item that opens on a verb, told by its first word (``to``, ``se``) or by an article or
    a possessive second (``numbering.toml`` predicate_openers, predicate_objects); never a
    name's words (``jihadist terrorism``, ``amendes administratives``)."""
    rules = load_numbering().run_in_title
    ws = [w for w in re.split(r"[\s'’*_]+", item.strip().casefold()) if w]
    return bool(ws) and (
        ws[0] in rules.predicate_openers or (len(ws) > 2 and ws[1] in rules.predicate_objects)
    )


def _asks(ws: list[str]) -> bool:
    """``What to look out for``, ``Who this guidance is for``: a question put as a heading,
    its preposition left at the end; not a subordinate clause cut before its object
    (``Where the Minister is satisfied that``; ``language.toml`` clause_openers)."""
    first = ws[0].casefold()
    return (
        len(first) > 1 and first in load_numbering().question_indirect and first not in _openers()
    )


@cache
def _openers() -> frozenset[str]:
    return frozenset(w.casefold() for v in load_language().clause_openers.values() for w in v)


def _bold_rest(u: Unit, m: Marker, text: str) -> bool:
    """All the words after the number are set in bold, to the line's end."""
    after = u.start + m.end
    while after < u.end and text[after] == " ":
        after += 1
    return any(s <= after and e >= u.end for s, e in u.line.bold_spans)


def asked_heading(m: Marker, rest: str, u: Unit, nxt: Unit | None, text: str) -> bool:
    """``1. What is the threat level?`` over ``The threat level is …`` (or over ``1.1 …``):
    a short capitalised question, one sentence, alone on a numbered line above its
    unnumbered answer or its own sub-clauses, in a page whose next (or previous) number
    asks too: a questions-and-answers page's heading in plain type. Not a list of questions
    (``2. Should …?`` right below), nor one paragraph of a judgment that opens on a
    question a line break happens to close."""
    t = rest.strip()
    if nxt is None or m.kind != "number" or not t.endswith("?") or not t[:1].isupper():
        return False
    if words(t) > _ASKED_MAX_WORDS or _SENTENCE_INSIDE_RE.search(t[:-1]):
        return False  # "1. Why? Because …": the question opens a paragraph's sentences
    if _reported(t):
        return False  # "12. Mr Smith asked why the budget had fallen?": a member's question
    below = nxt.text.strip()
    nm = find_marker(below)
    if nm is None and not _answers(below, text[nxt.end :].lstrip().split("\n", 1)[0]):
        return False  # "[10 marks]", "et qui le fixe ?", "Mr Dube asked:": no answer below
    if nm is not None and not (nm.kind == "number" and nm.value.startswith(f"{m.value}.")):
        return False
    return _sibling_asks(m.value, u, text)


# quotation marks and emphasis an answer's first words may open inside (« Appelez le 17 »)
_OPENING_MARKS = " \"'«“‘*_"


def _answers(line: str, after: str) -> bool:
    """An answer's first line opens a sentence (a capital letter, after any opening
    quotation mark: not a mark scheme's ``[10 marks]``, not a question's own words run on in
    lower case), and a lead-in (``… found that:``) leads into the answer's items, not into
    the next numbered line (``Mr L Dube (EFF) asked:`` over the next member's questions)."""
    opening = line.lstrip(_OPENING_MARKS)
    if not (opening[:1].isalpha() and opening[:1].isupper()):
        return False
    nm = find_marker(after) if line.endswith(":") else None
    return nm is None or nm.kind != "number"


def _reported(question: str) -> bool:
    """``Mr Smith asked why the budget had fallen?``, ``M. Dupont a demandé s'il …?``: a
    reporting verb after the first word, an indirect question's opener a few words after
    it: what someone asked, told in a minutes' paragraph (``numbering.toml``)."""
    rules = load_numbering()
    ws = re.split(r"[\s'’]+", question.casefold())
    if not ws or ws[0] in rules.question_indirect:
        return False  # "Who asked for the review?": a question put directly
    return any(
        w in rules.question_reporting
        and any(o in rules.question_indirect for o in ws[k + 1 : k + 1 + _REPORTED_WINDOW])
        for k, w in enumerate(ws[1:], start=1)
    )


def _sibling_asks(value: str, u: Unit, text: str) -> bool:
    """The next number's line (after ``u``), or else the previous one's (before it, with
    its answer between: not ``2. Who …?`` right above, a list of questions put), is a
    question alone on its line too."""
    stem, _, last = value.rpartition(".")
    if not last.isdecimal():
        return False
    lead = f"{stem}." if stem else ""

    def asks(n: int) -> re.Pattern[str]:
        return re.compile(rf"^[ \t]*{re.escape(lead)}{n}[.)]?[ \t]+[^\n?]{{1,120}}\?[ \t]*$", re.M)

    if asks(int(last) + 1).search(text, u.end):
        return True
    before = [*asks(int(last) - 1).finditer(text, 0, u.start)] if int(last) > 1 else []
    return bool(before) and bool(text[before[-1].end() : u.start].strip())
