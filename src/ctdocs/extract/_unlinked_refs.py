"""What follows from the actors found in a text: the other mentions of each.

Once the bodies and persons are known, a text refers to them again in short:
an acronym it defined (``Full Name (ACR)``), a surname alone after the full
name. Bilingual statutes also gloss a defined term in the other language
(``… (Conseil de sécurité)``): a gloss is not a mention. A known acronym the
text spells out as something else means that thing there. Split from
:mod:`ctdocs.extract._unlinked`, which finds the names themselves.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .._knowledge import ActorEntry, Knowledge, active, fold, load_actor_shapes
from .._offsets import Positions
from ..models import ActorKind
from ._actors import ActorHit, _matcher, get_matcher
from ._shape_regex import acronym_defs

__all__ = [
    "NAME_STOP",
    "Known",
    "acronyms",
    "blank_before",
    "drop_redefined",
    "drop_translations",
    "is_office",
    "is_state",
    "office_titles",
    "shared_weak",
    "surnames",
    "title_word",
    "words_in",
]


def _gloss_opening(text: str, h: ActorHit) -> int:
    """Where the parenthesis opens if ``h`` is a definition's closing gloss, else -1.

    Bilingual statutes close a definition with the term in the other language,
    ``… adopted by the Security Council. (Conseil de sécurité)``: a gloss of the
    defined term after the definition's full stop, not a mention.
    """
    opening = text.rfind("(", max(0, h.start - 120), h.start + 1)
    closing = text.find(")", h.end, h.end + 120)
    if (
        opening > 1
        and closing > 0
        and text[opening - 2 : opening].rstrip("* ").endswith(".")
        and ")" not in text[opening : h.start]
        and "(" not in text[h.end : closing]
    ):
        return opening
    return -1


_PREVIOUS_GLOSS = re.compile(r"\.\**\s*\(\**[^()\n]*\**\)\**\s*")


def drop_translations(
    text: str,
    folded: str,
    hits: list[ActorHit],
    names: dict[str, tuple[str, ActorKind]],
    people: set[str],
) -> list[ActorHit]:
    """Drop the glosses; an English gloss of a French defined term names the body in
    English, so the French term's unlinked actor takes the English one's id (the same
    id as in the English version of the text).
    """
    out, renamed = [], {}
    for h in hits:
        # a person is never a defined term's gloss: "P.C. (or Diane Bellemare)"
        opening = -1 if h.actor_id in people else _gloss_opening(text, h)
        if opening < 0:
            out.append(h)
            continue
        if h.actor_id not in names:
            continue
        line = text.rfind("\n", 0, opening) + 1
        prev = [m.end() for m in _PREVIOUS_GLOSS.finditer(text, line, opening)]
        term = prev[-1] if prev else line
        for other, (name, _) in names.items():
            key = fold(name).casefold()
            head = folded[term : term + len(key) + 1]
            if other != h.actor_id and head.casefold().rstrip() == key:
                renamed[other] = h.actor_id
    if renamed:
        out = [
            ActorHit(h.start, h.end, renamed.get(h.actor_id, h.actor_id), h.method, h.score)
            for h in out
        ]
    return out


def _free_spans(folded: str, hits: list[ActorHit]) -> bytearray:
    taken = bytearray(len(folded))
    return mask_of(taken, hits)


def mask_of(taken: bytearray, hits: list[ActorHit]) -> bytearray:
    """``taken`` with the spans of ``hits`` marked (speed: a document's mask of its
    mentions is built once and marked with each reference step's new mentions, not
    rebuilt from every mention by each step)."""
    for h in hits:
        taken[h.start : h.end] = b"\x01" * (h.end - h.start)
    return taken


def _occurrences(folded: str, word: str, taken: bytearray) -> list[tuple[int, int]]:
    r"""Exact, word-bounded occurrences of ``word`` outside every mention.

    Speed: the pattern opens with the word, so the regex engine skips ahead to its
    first letters; the word boundary before it (``(?<![\w'-])``, or an elided
    ``l'``/``d'``) is checked here, and the search resumes one character on
    where it fails, which finds the matches the look-behind pattern would.
    """
    pat = re.compile(rf"{re.escape(word)}(?![\w'-])")
    out = []
    pos = 0
    while (m := pat.search(folded, pos)) is not None:
        s, e = m.span()
        if not _opens_word(folded, s):
            pos = s + 1
            continue
        if taken.find(1, s, e) < 0:
            out.append((s, e))
            taken[s:e] = b"\x01" * (e - s)
        pos = e
    return out


def _is_w(ch: str) -> bool:
    """``re``'s ``\\w`` for one character of a ``str``."""
    return ch.isalnum() or ch == "_"


def _opens_word(folded: str, s: int) -> bool:
    """``(?:(?<![\\w'-])|(?<=\\b[LlDd]'))`` at ``s``."""
    if s == 0:
        return True
    before = folded[s - 1]
    if not (_is_w(before) or before in "'-"):
        return True
    return (
        before == "'"
        and s >= 2
        and folded[s - 2] in "LlDd"
        and (s == 2 or not _is_w(folded[s - 3]))
    )


def acronyms(
    folded: str,
    hits: list[ActorHit],
    names: dict[str, tuple[str, ActorKind]],
    acronym_def: re.Pattern[str],
    link_words: frozenset[str] = frozenset(),
    taken: bytearray | None = None,
) -> list[ActorHit]:
    """``Full Name (ACR)``: the acronym, there and wherever else it stands, is that body;
    not where the name's capitals spell only the end of it: ``Treaty on European Union
    (TEU)``, ``traité sur l'Union européenne (TUE)`` define the treaty's acronym, of which
    the body is a part (``link_words``, the joiners of names, spell no letter).
    ``taken``: the mask of ``hits`` where the caller keeps one (:func:`mask_of`), marked
    here with the mentions returned."""
    taken = _free_spans(folded, hits) if taken is None else taken
    out: list[ActorHit] = []
    for h in hits:
        at = h.end + (folded[h.end : h.end + 1] in (" ", "\n"))  # a name may end its line
        m = acronym_def.match(folded, at)
        if m is None or (h.actor_id in names and names[h.actor_id][1] == "person"):
            continue
        words = folded[h.start : h.end].split()
        spelt = "".join(w[0].upper() for w in words if w.casefold() not in link_words)
        for g in (1, 2, 3):  # "(CUTA/OCAM)": the acronym in each language
            if m.group(g) is None or taken.find(1, m.start(g), m.end(g)) >= 0:
                continue
            if spelt and m.group(g) != spelt and m.group(g).endswith(spelt):
                continue
            if " " in m.group(g) and spelt[:1] != m.group(g)[:1]:
                continue  # "(TE-SAT)" after "Union européenne": a report's, not the Union's
            for s, e in _occurrences(folded, m.group(g), taken):
                out.append(ActorHit(s, e, h.actor_id, "shape", 60.0))
    return out


def surnames(
    folded: str,
    hits: list[ActorHit],
    persons: dict[str, str],
    entries: dict[str, ActorEntry],
    fulls: dict[str, str] | None = None,
    taken: bytearray | None = None,
) -> list[ActorHit]:
    """After a person's full name, the surname alone ("Toews", "Deiss") is that person;
    where the rest of the full name (``fulls``: id -> folded name) stands right before
    it, the mention is the full name written again ("Hanna Verkerk" in a byline).
    ``taken``: a mask of ``hits`` this may mark (:func:`mask_of`)."""
    for h in hits:
        entry = entries.get(h.actor_id)
        if entry is not None and entry.kind == "person":
            words = folded[h.start : h.end].split()
            if len(words) > 1 and words[-1][:1].isupper() and len(words[-1]) > 2:
                persons.setdefault(words[-1], h.actor_id)
    taken = _free_spans(folded, hits) if taken is None else taken
    out: list[ActorHit] = []
    for word, actor_id in persons.items():
        for s, e in _occurrences(folded, word, taken):
            if _NEXT_CAPITAL.match(folded, e):
                continue  # "Delivet Philippe": a name written surname first, not a surname alone
            full = (fulls or {}).get(actor_id, "")
            rest = full[: len(full) - len(word)]
            if rest and len(rest) <= s and folded[s - len(rest) : s] == rest:
                s -= len(rest)  # the full name again, where no title opened it
            out.append(ActorHit(s, e, actor_id, "shape", 60.0))
    return out


_NEXT_CAPITAL = re.compile(r"[ \t]+[A-Z]")


_WORD = re.compile(r"(?<!\w)(?:[LlDd]')?(\w+(?:'\w+)?)")  # "l'Agence": the word is Agence


def blank_before(folded: str, at: int) -> int:
    """Where the white space right before ``at`` starts: ``len(folded[:at].rstrip())``
    without copying the text up to ``at`` (speed: once per acronym, in a long text)."""
    while at > 0 and folded[at - 1].isspace():
        at -= 1
    return at


def words_in(folded: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The words of ``folded[start:end]`` with their spans, an elided article left out."""
    return [(m.group(1), m.start(1), m.end(1)) for m in _WORD.finditer(folded, start, end)]


# a comma before "de", "of" or a capital: a list of the name's own nouns ("Comité national
# de Désarmement, de Démobilisation et de Réintégration", "Commission for Disarmament,
# Demobilization and Reintegration"), no stop (the acronym's spelling decides)
NAME_STOP = re.compile(r"\n[ \t]*\n|[.;:()\[\]«»\"]|,(?![ \t]+(?:de[ \t]|of[ \t]|[A-Z]))")


def _spelling_run(
    folded: str, words: list[tuple[str, int, int]], acr: str, link: frozenset[str]
) -> int:
    """Where the run of ``words`` closing the list whose initials spell ``acr`` starts
    (any case: ``Action Counters Terrorism``, ``protection judiciaire``); -1 if none does."""
    letters = ""
    for w, start, _ in reversed(words):
        if w.casefold() in link:
            continue
        letters = w[0].upper() + letters
        if not acr.endswith(letters):
            return -1
        if letters == acr:
            return start if len(acr) > 1 else -1
    return -1


def drop_redefined(
    folded: str, hits: list[ActorHit], acronym_def: re.Pattern[str], link_words: frozenset[str]
) -> list[ActorHit]:
    """A known acronym the text spells out as something else (``Action Counters Terrorism
    (ACT) e-learning``: a course, not Allied Command Transformation) means that thing in
    the whole text: its mentions of the known body go. Where the words spelling it name
    the same body (``Allied Command Transformation (ACT)``), it stays."""
    by_start = {h.start: h for h in hits}
    gone: set[tuple[str, str]] = set()
    for m in acronym_defs(acronym_def, folded):
        acr, h = m.group(1), by_start.get(m.start(1))
        if acr is None or h is None or h.end != m.end(1):
            continue
        end = blank_before(folded, m.start())
        stops = list(NAME_STOP.finditer(folded, max(0, end - 160), end))
        words = words_in(folded, stops[-1].end() if stops else max(0, end - 160), end)
        if not words or words[-1][2] != end:
            continue
        run = _spelling_run(folded, words, acr, link_words)
        if run >= 0 and not any(o.actor_id == h.actor_id for o in hits if run <= o.start < end):
            gone.add((acr, h.actor_id))
    if not gone:
        return hits
    return [h for h in hits if (folded[h.start : h.end], h.actor_id) not in gone]


@cache
def office_titles() -> frozenset[str]:
    """Offices written like a body's name (``garde des Sceaux``: organ.office_titles),
    folded and case-folded: such a name is no body (guidelines §3: an unnamed office
    holder is no actor)."""
    titles = load_actor_shapes().organ.office_titles.all()
    return frozenset(" ".join(fold(t).casefold().split()) for t in titles)


def is_office(form: str, entries: dict[str, ActorEntry]) -> bool:
    """Whether ``form`` (folded, case-folded) is an office written like a body's name,
    alone or followed by its state ("garde des Sceaux du Sénégal": the office of that
    state, no body), the state joined by an owner joiner (organ.owner)."""
    words = " ".join(form.split())
    if words in office_titles():
        return True
    owner = load_actor_shapes().organ.owner
    joiners = sorted({fold(j).casefold() for j in owner.all()}, key=len, reverse=True)
    for title in office_titles():
        rest = words[len(title) :] if words.startswith(title + " ") else ""
        for j in joiners:
            sep = "" if j.endswith("'") else " "
            if rest.startswith(f" {j}{sep}") and rest[len(j) + 1 + len(sep) :] in _states(entries):
                return True
    return False


def _states(entries: dict[str, ActorEntry]) -> frozenset[str]:
    """The states' names and aliases, folded and case-folded."""
    return frozenset(
        fold(f).casefold() for e in entries.values() if e.kind == "state" for f in e.strong_forms()
    )


def shared_weak(entries: dict[str, ActorEntry]) -> frozenset[str]:
    """The weak aliases two organisations' organs or more share (``General Assembly``),
    folded and case-folded: a reference the text does not settle names no new body. Not
    those of states' institutions (``Conseil d'État``): unsettled, the text's own state's
    institution is meant, a body by its shape. Read once per knowledge for the entries of
    the knowledge in use (speed: every document asks)."""
    if entries is get_matcher().entries:
        return _shared_weak_of(active())
    return _shared_weak(entries)


@lru_cache(maxsize=8)
def _shared_weak_of(kb: Knowledge) -> frozenset[str]:
    return _shared_weak(_matcher(kb).entries)


def _shared_weak(entries: dict[str, ActorEntry]) -> frozenset[str]:
    seen: dict[str, int] = {}
    for e in entries.values():
        parent = entries.get(str(e.part_of))
        if parent is not None and parent.kind == "state":
            continue
        for w in {fold(w).casefold() for w in e.weak_aliases}:
            seen[w] = seen.get(w, 0) + 1
    return frozenset(w for w, n in seen.items() if n > 1)


class Known:
    """The knowledge-base hits (sorted by start), for overlap questions."""

    def __init__(self, hits: list[ActorHit], n: int) -> None:
        self.hits = hits
        self.entries: dict[str, ActorEntry] = {}
        self.starts = Positions([h.start for h in hits])
        self.covered = bytearray(n)
        for h in hits:
            self.covered[h.start : h.end] = b"\x01" * (h.end - h.start)
        # where a table row's cells begin (``Structure.cells``): no name runs into the next
        self.cells: Positions[int] = Positions(())
        # every state the text names, a place's mention too: start -> end
        self.states: dict[int, int] = {}

    def free(self, start: int, end: int) -> bool:
        return self.covered.find(1, start, end) < 0

    def cell_end(self, start: int, end: int) -> int:
        """``end``, or where the next table cell begins when one begins inside (start, end)."""
        cut = self.cells.next_after(start)
        return end if cut is None or cut >= end else cut

    def closing(self, start: int, end: int) -> int:
        """``end``, or the end of the known name that starts inside [start, end) and runs
        on past it: "Conseil de la Structure régionale" closes on the known "Structure
        régionale antiterroriste" (a run's pattern stops at a lower-case word)."""
        k = self.starts.last_through(end - 1)
        if k >= 0 and start < self.hits[k].start < end < self.hits[k].end:
            return self.hits[k].end
        return end

    def bodies_free(self, start: int, end: int) -> bool:
        """Whether no known name but a state's, and that with words beside it, stands in
        [start, end) ("Fiji Revenue": a state opens a body's name; "INTERPOL", "Europol",
        "Fiji" alone are actors of their own)."""
        if self.free(start, end):
            return True
        k = max(self.starts.last_through(start), 0)
        while k < len(self.hits) and self.hits[k].start < end:
            h = self.hits[k]
            if h.end > start and (
                self.states.get(h.start) != h.end or (h.start <= start and h.end >= end)
            ):
                return False
            k += 1
        return True

    def inside(self, start: int, end: int) -> list[int]:
        """Hits overlapping [start, end): their indexes, or None-like [-1] if one sticks out."""
        out = []
        k = max(self.starts.last_through(start), 0)
        while k < len(self.hits) and self.hits[k].start < end:
            h = self.hits[k]
            if h.end > start:
                if h.start < start or h.end > end:
                    return [-1]
                out.append(k)
            k += 1
        return out


def title_word(folded: str, hit: ActorHit) -> bool:
    """Whether the mention is one word written with a capital first (``Commission``)."""
    return folded[hit.start : hit.end].istitle()


def is_state(hit: ActorHit, known: Known) -> bool:
    """Whether the knowledge-base mention names a state."""
    entry = known.entries.get(hit.actor_id)
    return entry is not None and entry.kind == "state"
