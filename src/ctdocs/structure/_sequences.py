"""Helpers of the clause tree: number sequences, quotation state, run-in title and
definition shapes, annex headings. Pure functions over text and the numbering data.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from .._knowledge import alternation, load_actor_shapes
from ..layout import Unit
from ..layout._numbering import (
    Marker,
    find_marker,
    load_numbering,
    part_space,
    roman_value,
)
from ..layout._saying import opens_on_verb, says
from ._blocks import (
    TERMINAL_END,
    bold_number,
    heading_like,
    section_number,
    words,
)
from ._contents import listed_runs

__all__: list[str] = []

# A run-in title ending at a colon ("4.1 Training and Education: Allies will …") or, when
# short, at a full stop ("11. Terrorism. We condemn …"); a colon before quoted words ("le
# mot : « douze » est remplacé") introduces them and ends no title.
_COLON_TITLE_RE = re.compile(r"([A-ZÀ-Ý][^.:;!?()\[\]]{1,80}?):\s+(?=[A-ZÀ-Ý])")
_COLON_TITLE_MAX_WORDS = 8
# "Border security: assistance to …": a short title, the body going on in lower case
_SHORT_COLON_TITLE_RE = re.compile(
    r"([A-ZÀ-Ý](?:[^.:;!?()\[\],]|\([A-Z][A-Za-z-]{1,10}\)){1,50}?):\s+(?=[a-zà-ÿ])"
)
_SHORT_COLON_TITLE_MAX_WORDS = 4
# (an abbreviation's full stop ends no title: "In *Public Prosecutor v. Haziq* …", "cf. Art. 3";
# nor one before a number: "Republic Act No. 11479. – …"); a typed hyphen set apart before a
# sentence or glued to a subsection is a dash ("2. Principal Act - In … .", "1. Short title-(1)")
_STOP_TITLE_RE = re.compile(
    r"([A-ZÀ-Ý](?:[^.:;!?()\[\]]|\([A-Z][A-Za-z-]{1,10}\)|(?:(?<=\bNo)|(?<=\bno)|(?<=\bArt)|(?<=\bart)|(?<=\bSec)|(?<=\bsec))\.(?=\s\d)){1,60}?)"
    r"(?<!\s[a-z])(?<!\s(?:cf|al|vs|pp))"
    r"(?:\.\s+|\.?\s?(?:[—–]|--)\s?|\s-\s(?=[\s\S]*[.:;]\s*$)|-(?=\(\d))(?=[A-ZÀ-Ý«\"“(])"
)
# (a plain-text copy types the dash as two hyphens: "(a) Short Title.--This Act …")
_DASH_TITLE_RE = re.compile(r"([A-ZÀ-Ý][^.:;!?()\[\]]{1,80}?)\.?\s?(?:[—–]|--)\s*")
# Candidates for items written inline: "(ii) ", "b) ", "2) ", "2.« ", "Article 2 – " glued after
# a sentence.
_INLINE_RE = re.compile(
    r"\((?:[a-z]{1,4}|\d{1,3})\)(?=\s?\S)|(?<=\s)(?:[a-z]|[ivx]{1,4}|\d{1,2})\)(?=\s\S)|(?<![\w.,])\d{1,3}\.(?=\s?[«\"“A-ZÀ-Ý])"
    r"|(?<=[.;])\s?(?=(?:Article|Art\.)\s+\d{1,4}\s*[–—-]\s*[A-ZÀ-Ý])"
    r"|(?<=\s)\[[a-z]{1,2}\.?\](?=\s)"
)
# A numbered sequence run into an unnumbered line by a PDF or HTML extraction:
# "… Brussels, 9 February 2015 1. The Council … the Rule of Law. 2. The Council …",
# "Préambule Le Comité des Ministres, [a.] Considérant …". (Group 1; opened on the blank
# before it, not a look-behind tried at every place: a match ends on a blank and a capital.)
_RUN_IN_RE = re.compile(r"\s((?:\d{1,3}\.|\[[a-z]\.?\])\s)(?=[«\"“A-ZÀ-Ý])")
_RUN_IN_MIN_WORDS = 5
# "… three questions: (1) how …; (2) how …; and (3) …": a list written inline after a colon
_COLON_LIST_RE = re.compile(r":\s+(\((?:a|1|i)\))\s+\S")
_SUCCESSOR = {"a": "b", "1": "2", "i": "ii"}


def colon_list_start(text: str) -> int:
    """Where a list written inline in one sentence begins after its colon (its first item
    (a), (1) or (i), with the second after a semicolon or comma further on); 0 if none."""
    c = _COLON_LIST_RE.search(text)
    if c is None:
        return 0
    joiners = alternation(load_numbering().inline_joiners)
    second = re.escape(f"({_SUCCESSOR[c.group(1)[1:-1]]})")
    if re.search(rf"[;,]\s+(?:(?:{joiners})\s+)?{second}\s", text[c.end() :]):
        return c.start(1)
    return 0


@dataclass(slots=True)
class _Note:
    """A marginal note (``**Extension**``) waiting for the subsection it titles."""

    unit: Unit
    title: str


def _next_letter(v: str) -> str | None:
    """The letter item after ``v``: b after a, aa after z, bb after aa."""
    v = v.lower()
    if len(v) == 1 and v.isalpha():
        return chr(ord(v) + 1) if v < "z" else "aa"
    if len(v) == 2 and v[0] == v[1] and v.isalpha():
        return chr(ord(v[0]) + 1) * 2 if v[0] < "z" else None
    return None


def _successor(family: str, last: str, value: str) -> bool:
    """``value`` comes right after ``last`` in a sequence of this family."""
    if family in ("number", "degree", "dot-number"):
        a, b = re.sub(r"\D", "", last), re.sub(r"\D", "", value)
        return a.isdecimal() and b.isdecimal() and int(b) == int(a) + 1
    if family in ("letter", "upper"):
        return _next_letter(last) == value.lower()
    if family in ("roman", "upper-roman"):
        ra, rb = roman_value(last), roman_value(value)
        return ra is not None and rb is not None and rb == ra + 1
    return False


def first_item(body: str) -> Marker | None:
    """The first item of a list (``(a)``, ``(1)``, ``(i)``) opening a clause's body."""
    m = find_marker(body)
    if m is None or m.kind not in ("item", "letter", "roman") or m.value.lower() not in "a1i":
        return None
    return m


def _first(family: str, value: str) -> bool:
    return value.lower() in {
        "number": ("1",),
        "dot-number": ("1",),
        "degree": ("1°",),
        "letter": ("a",),
        "upper": ("a",),
        "roman": ("i",),
        "upper-roman": ("i",),
    }.get(family, ())


_CAPITAL_ITEM_RE = re.compile(r"([A-Z])\.\s+(?=[a-zà-ÿ«\"“])")
# A table-of-contents entry ends with dot leaders (or spaced dots) and a page number.
# "1. Contexte ........ 3", and in a PDF copy "1. Introduction          1" (the page
# number set apart by a wide gap, roman on front pages)
_TOC_LINE_RE = re.compile(
    r"(?:(?:\.{4,}|(?:\s?\.){4,}|…{2,})\s*\d{1,4}|[A-Za-zÀ-ÿ)]\s{6,}(?:\d{1,3}|[ivx]{1,5}))\s*$"
)
# how far from a line's end a contents entry's leader and page number are looked for: the
# pattern is anchored at the end, and searched from every start of a long line of leader
# pieces (" ... ... ...") it read the line again from each one
_TOC_TAIL = 400
# "1. [Introduction](#1-introduction)": a contents entry linking to the page's own heading
_LINK_ENTRY_RE = re.compile(r"^\[[^\]]+\]\(#[^)\s]+\)$")
_QUOTE_CHARS = re.compile('["“”«»]')
# a line that opens with a quotation mark, maybe after an alinéa counter (③)
_LINE_OPENS_QUOTE = re.compile(r"^(?:\W|[\u2460-\u24ff\u2776-\u277f]){0,3}[“«]")
_OPENING_QUOTES = '"“«'
# A provision quoted in single quotes, as the Official Journal prints inserted text: the
# quotation opens a line ("'Article 11a", "‘(fa) manufacture …") and closes after
# punctuation or an ellipsis ("… eight years.';", "‘We condemn it,’ she said", "… act …'");
# an apostrophe inside a word ("Union's", "l’article") is neither.
_SINGLE_OPENS_RE = re.compile(r"^\s*['‘](?=\S)")
_SINGLE_CLOSES_RE = re.compile(r"[.;:,!?)…]['’](?=[\s.,;:]|$)")


def _still_quoted(text: str, inside: bool) -> bool:
    """Whether a quotation is still open after ``text`` (amending text reproduced over
    several lines: ``insert— "(1A) A person commits … (a) …"``). Curly quotes and
    guillemets open and close, nested ones too (``« (4) … ci-après « CRF », …`` stays
    open); straight quotes toggle. A paragraph of the quotation that opens again with
    « (the French convention: each paragraph opens, only the last closes) nests nothing."""
    depth = int(inside)
    chars = _QUOTE_CHARS.findall(text)
    if inside and chars and chars[0] in "“«" and _LINE_OPENS_QUOTE.match(text):
        chars = chars[1:]
    for ch in chars:
        if ch in "“«":
            depth += 1
        elif ch in "”»":
            depth = max(0, depth - 1)
        elif ch == '"':
            depth = 0 if depth else 1
    if _SINGLE_OPENS_RE.match(text):
        depth += 1
    # the pattern opens on a full stop or a comma, tried all along most lines: its quote first
    if ("'" in text or "’" in text) and _SINGLE_CLOSES_RE.search(text):
        depth = max(0, depth - 1)
    return depth > 0


def opens_quotation(text: str) -> bool:
    """The line opens with a quotation mark (double, guillemet, or a single one)."""
    return text.lstrip()[:1] in _OPENING_QUOTES or _SINGLE_OPENS_RE.match(text) is not None


def _names(phrase: str, longer: int = 0) -> bool:
    """A short first sentence that names (``Terrorism``, ``Countering terrorist use of the
    Internet``) rather than says (``Condemns the attacks``, ``Terrorism remains a threat``);
    ``longer`` words more where a stop and a dash close it, as only a title is closed."""
    rules = load_numbering().run_in_title
    ws = re.split(r"[\s'’]+", phrase.lower().strip())
    if not ws or not ws[0] or len(phrase.split()) > rules.max_words + longer:
        return False
    if any(w in rules.sentence_words for w in ws):
        return False
    if ws[0] in _address_forms():
        return False  # "Mr St. Hill-Forde KC submitted …": a person's name, the sentence goes on
    if "," in phrase and not _enumerates(phrase, rules.coordinators):
        return False
    return not opens_on_verb(ws)


@cache
def _address_forms() -> frozenset[str]:
    """Forms of address before a name (``Mr``, ``Mme``, ``Dr``; ``actor_shapes.toml``)."""
    return frozenset(f.casefold().rstrip(".") for f in load_actor_shapes().person.address)


def _says_inside(phrase: str) -> bool:
    """A verb cue anywhere in the phrase, not only at its head ("The Secretary-General
    recommends that Member States"): a sentence's subject and verb, not a name."""
    ws = re.split(r"[\s'’,]+", phrase.lower().strip())
    cues = [c for c in load_numbering().run_in_title.verb_cues if c.ending]
    return any(
        a.endswith(c.ending) and b in c.next and a not in c.not_verbs
        for a, b in pairwise(ws)
        for c in cues
    )


def _enumerates(phrase: str, coordinators: list[str]) -> bool:
    """``Chemical, biological, radiological and nuclear defence``: parts of one to three
    words between the commas, the last part joined by a coordinator."""
    parts = [p.split() for p in phrase.split(",")]
    if any(not 1 <= len(p) <= 3 for p in parts[:-1]) or not parts[-1]:
        return False
    return any(w.lower() in coordinators for w in parts[-1][1:-1])


@cache
def _annex_re() -> re.Pattern[str]:
    annex = load_numbering().annex
    words, links, refs = (alternation(ws) for ws in (annex.words, annex.links, annex.references))
    ref = r"\d{1,3}[\w()]*"
    return re.compile(
        rf"^(?P<word>{words})(?:\s+(?P<n>[IVXLC]{{1,6}}|\d{{1,3}}|[A-Z]))?"
        rf"(?:\.?$|\s+(?:{links})\s+\S|\s*[–—]\s+\S|\s+-\s+\S"  # "ANNEX – Guidelines …"
        r"|\s*:\s+(?!\d{1,3}\s*$)\S"  # "Annexe : Fiche …"; not a header's count, "Annexe : 1"
        # "SCHEDULE 1   Regulation 3", "Articles 4 and 5": the margin reference that calls it
        rf"|\s+(?:{refs})\s+{ref}(?:(?:,\s*|\s+(?:and|to|et|à)\s+){ref})*$)",
        re.IGNORECASE,
    )


def _annex_space(heading: str) -> str | None:
    """``Annex`` -> "Annex"; ``ANNEXE II`` -> "Annex II"; ``Appendix to Recommendation …``
    -> "Appendix"; other headings -> None."""
    m = _annex_re().match(heading.strip())
    if not m:
        return part_space(heading) if len(heading) < 80 else None
    annex = load_numbering().annex
    word = m.group("word").casefold()
    prefix = {k.casefold(): v for k, v in annex.prefixes.items()}.get(word)
    if prefix is not None and not m.group("n"):
        named = re.search(r"\b(\d{1,3})\b", heading[m.end("word") :])
        if named:  # "Interpretive Note to Recommendation 5": INR.5
            return f"{prefix}{named.group(1)}"
    form = {k.casefold(): v for k, v in annex.forms.items()}.get(word, annex.form)
    return f"{form} {m.group('n').upper()}" if m.group("n") else form


_PAGE_NUMBER_END_RE = re.compile(r"^(.*\S)\s+(?:\d{1,3}|[ivxlc]{1,5})$")
_PAGE_END_CHARS = frozenset("0123456789ivxlc")


def toc_entries(units: Sequence[Unit]) -> frozenset[int]:
    """Numbered lines (by start) that end with a page number and come back later without
    it: the entries of a table of contents whose dot leaders a PDF copy lost
    ("1. Introduction 1" … "1. Introduction")."""
    stems: dict[str, int] = {}
    for u in units:
        m = u.marker
        if m is None or m.kind == "bullet" or u.text[-1:] not in _PAGE_END_CHARS:
            continue
        pm = _PAGE_NUMBER_END_RE.match(u.text.strip())
        if pm:
            stems.setdefault(pm.group(1).casefold(), u.start)
    if not stems:
        return frozenset()
    found = set()
    for u in units:
        if u.marker is not None and len(u.text) < 200:
            at = stems.get(u.text.strip().casefold())
            if at is not None and at < u.start:
                found.add(at)
    return frozenset(found)


def _reads_as_title(u: Unit, text: str, division: bool = False) -> bool:
    """The line after ``Article 3`` (or ``### 4``) that names it: set as a heading, or
    short, or in title case, or (after a division: ``Chapitre I`` over ``Un dispositif
    ancien, rénové par …``, a French title in sentence case) any heading-like line that
    does not say; not a lead-in sentence ("No person in Canada shall"), not a bracketed
    note ("[Repealed, …]")."""
    t = u.text.strip()
    if not heading_like(u, text) or t.endswith(":") or t.startswith(("[", "(")):
        return False
    if u.line.heading_level is not None or u.line.all_bold(text):
        return True
    ws = t.split()
    capitals = sum(1 for w in ws if w[:1].isupper())
    return len(ws) <= 6 or capitals * 2 >= len(ws) or (division and not says(t))


def _decimal_stems(units: Sequence[Unit]) -> dict[str, int]:
    """How many decimal numbered lines open with each first component (``3``: 3.1, 3.2)."""
    stems: dict[str, int] = {}
    for u in units:
        m = u.marker
        if m is None and u.line.heading_level is not None:
            m = find_marker(u.text, heading=True)  # "### 10" counts as a number too
        if m is not None and m.kind == "number" and m.value[:1].isdecimal() and "." in m.value:
            stem = m.value.split(".", 1)[0]
            stems[stem] = stems.get(stem, 0) + 1
    return stems


_UNDOTTED_HEAD_RE = re.compile(r"^\d{1,3}\s+(?=[A-ZÀ-Ý])")
_STATUTE_MIN_RUN = 3


def statute_heads(units: Sequence[Unit]) -> frozenset[int]:
    """Plain lines (by start) that head the sections of an act printed as ``3 Purpose`` over
    its text (no dot, no bold, no column gap). A number and a short name are a heading only
    in a run: at least three such lines numbered one after another, one of them with its
    subsection ``(1)`` on the next line, as an act's sections have ("12 June" in a timeline,
    "2 Questions" in a list, do not count in one)."""
    run: list[int] = []
    last = 0
    opens_subsection = False
    best: list[int] = []
    for k, u in enumerate(units):
        if u.marker is not None or u.noise or not _UNDOTTED_HEAD_RE.match(u.text):
            continue
        m = find_marker(u.text, heading=True)
        if m is None or m.kind != "heading" or words(u.text) > 15:
            continue
        if u.text.rstrip().endswith((";", ":", ",")):
            continue
        n = int(m.value)
        if n != last + 1:
            if len(run) >= _STATUTE_MIN_RUN and opens_subsection and len(run) > len(best):
                best = run
            run, opens_subsection = [], False
        run.append(u.start)
        last = n
        nm = units[k + 1].marker if k + 1 < len(units) else None
        opens_subsection = opens_subsection or (
            nm is not None and nm.kind == "item" and nm.value == "1"
        )
    if len(run) >= _STATUTE_MIN_RUN and opens_subsection and len(run) > len(best):
        best = run
    return frozenset(best)


_BARE_LETTER_RE = re.compile(r"^([a-z])\s+(?=[«\"“]|[a-zà-ÿ])")


def bare_letters(units: Sequence[Unit]) -> dict[int, Marker]:
    """Items printed as a bare letter before their text (``a « opérateur » désigne …``, ``b des
    menaces …``: Council of Europe treaties), by start. A lone ``a`` at a line's start is the
    English article or a French verb, so a letter is an item only in a run ``a``, ``b`` … that
    a lead-in closed by a colon opens."""
    found: dict[int, Marker] = {}
    run: list[tuple[int, Marker]] = []
    prev = ""
    for u in units:
        lm = _BARE_LETTER_RE.match(u.text) if u.marker is None else None
        letter = lm.group(1) if lm else ""
        if lm and run and _next_letter(run[-1][1].value) == letter:
            run.append((u.start, Marker("letter", lm.group(0), letter, lm.end(), "alpha")))
        else:
            if len(run) >= 2:
                found.update(run)
            run = []
            if lm and letter == "a" and prev.rstrip().endswith(":"):
                run = [(u.start, Marker("letter", lm.group(0), letter, lm.end(), "alpha"))]
        prev = u.text
    if len(run) >= 2:
        found.update(run)
    return found


_RANGE_ENTRY_RE = re.compile(r"^(?:art\.|article|articles)\s*\d{1,4}\s*(?:-|à|to)\s*\d{1,4}$", re.I)
_CONTENTS_MIN_RUN = 4


def _entry_title(rest: str) -> bool:
    """A contents entry's words: a short name, no sentence (``Interpretation``; a
    Commonwealth act's arrangement of sections closes each name with a full stop:
    ``Insertion of new section 28A.``)."""
    if not rest or words(rest) > 12:
        return False
    if rest.endswith(".") and not rest.endswith(".."):
        return not TERMINAL_END.search(rest[:-1]) and not says(rest[:-1])
    return not TERMINAL_END.search(rest)


def contents_runs(units: Sequence[Unit]) -> frozenset[int]:
    """Lines (by start) of a contents list that lost its heading and page numbers: a run of
    at least four numbered headings with nothing between them (``CHAPITRE 1er. - …``,
    ``Art. 1``, ``Art. 2-4`` …) whose numbers all come back later in the text, where the
    articles and chapters themselves stand. Their first print is not the clause."""
    keys: list[str | None] = []
    sections: set[int] = set()  # entries of numbered sections
    plain: set[int] = set()  # unnumbered lines under a division's entry
    since_division = 9
    for u in units:
        m = u.marker
        rest = u.text[m.end :].strip() if m is not None else ""
        since_division += 1
        if m is not None and m.kind in ("article", "division") and not TERMINAL_END.search(rest):
            keys.append(m.value)  # a bare heading; "Art. 2. L'article 140 … est complété." is not
            since_division = 0 if m.kind == "division" else 9
        elif _RANGE_ENTRY_RE.match(u.text.strip()):
            keys.append("")  # "Art. 2-4": an entry naming a range, no number of its own
        elif m is not None and m.kind == "number" and _entry_title(rest):
            keys.append(m.value)  # "4. Amendment of section 4": an act's section, named only
            sections.add(len(keys) - 1)
        elif m is None and since_division <= 2 and _entry_title(u.text):
            keys.append("")  # "Part 1" / "Preliminary and General" / "Section": its heading
            plain.add(len(keys) - 1)
        else:
            keys.append(None)
    last = {m.value: j for j, u in enumerate(units) if (m := u.marker) is not None}
    found: set[int] = set()
    # a number listed again: the body begins ("Art. 2-4", keyed "", names no number)
    for k, end in listed_runs(keys, lambda j: keys[j] or f"range {j}"):
        named = [n for j in range(k, end) if (n := keys[j])]
        back = sum(last[n] >= end for n in named)
        if plain.intersection(range(k, end)) and len(sections.intersection(range(k, end))) < 2:
            back = -1  # "PART 1" / "COUNTER-TERRORISM" / "CHAPTER 1" …: the headings themselves
        # a long list may miss one entry below (a heading the page furniture took)
        if end - k >= _CONTENTS_MIN_RUN and named and back >= len(named) - (len(named) >= 10):
            found.update(units[j].start for j in range(k, end))
            if end < len(units) and _annex_space(units[end].text) is not None:
                found.add(units[end].start)  # "Schedule" closing an act's contents
    return frozenset(found)


def ordinal_word(m: Marker) -> bool:
    """The marker's number is printed as a word (``premier``, ``first``), not a numeral."""
    last = m.label.strip(" –—:.-").rsplit(None, 1)[-1]
    return last.isalpha() and m.value.endswith(" 1")


_NOTE_MORE_WORDS = 4  # a note on a line of its own names at more length than a run-in title
_NOTE_MIN_RUN = 3  # marginal notes are a layout: one short line above a "1." is not


def section_notes(
    units: Sequence[Unit], text: str, contents: frozenset[int] = frozenset()
) -> frozenset[int]:
    """Starts of the marginal notes a gazette prints as a line of their own right above each
    section (``Short title and commencement.`` over ``1. (1) This Act …``, ``Repeal and
    saving.`` over ``10.``): a short name, no sentence, closed by a full stop (a heading has
    none), above a numbered section; only where the text does so for several sections."""
    found: list[int] = []
    bare: list[int] = []
    top = 0.0  # the last section a note with no full stop stood above
    for u, v in pairwise(units):
        t = u.text.strip()
        m = section_number(v, text)
        if (
            u.start not in contents
            and u.marker is None
            and u.role is None
            and m is not None
            and m.kind == "number"
            and m.value.replace(".", "", 1).isdecimal()
            and u.line.heading_level is None
            # "**Defence spending.**" heads a section; a bold line with no stop ("**Designation**"
            # over "**3** (1) …") is a statute page's marginal note, checked below as a layout
            and not (u.line.all_bold(text) and t.endswith("."))
            and t[:1].isupper()
            and _names(_note_phrase(t), _NOTE_MORE_WORDS)
        ):
            if t.endswith("."):
                found.append(u.start)
            elif float(m.value) > top and not _titled(v.text[m.end :]):
                # "Ports" over a schedule's "1.", a cross-heading over "1  Expressions of
                # support" (a section with a title of its own): a heading, not a note
                bare.append(u.start)
                top = float(m.value)
    if len(found) >= _NOTE_MIN_RUN:
        return frozenset(found)
    return frozenset(bare) if _bare_notes(units, bare, text) else frozenset()


def _note_phrase(t: str) -> str:
    """A note's words as :func:`_names` weighs them: a comma before a number cites
    ("Amendment of Act No. 15, 2022."), and in a note of a few words a comma sets two names
    side by side ("Temporary designation, public venues"), no sentence's clause: neither
    counts as the comma of a sentence."""
    phrase = re.sub(r",(?= \d)", "", t.rstrip(" ."))
    return phrase.replace(",", "") if words(phrase) <= _NOTE_COMMA_WORDS else phrase


_NOTE_COMMA_WORDS = 8  # a sentence cut at its comma runs longer ("In 2022, the Council …")


def _titled(rest: str) -> bool:
    """A numbered line's rest is a title of its own: short, no sentence, no subsection."""
    t = rest.strip()
    return (
        bool(t)
        and t[0] not in "(["
        and not TERMINAL_END.search(t)
        and not t.endswith(("—", "–", ":", ","))
        and words(t) <= 10
        and _names(t)
    )


def _bare_notes(units: Sequence[Unit], bare: list[int], text: str) -> bool:
    """Lines with no full stop above numbered sections are an act's marginal notes (an Irish,
    UK or Bermudian act prints them so) when they stand above nearly every section and the
    sections have subsections, or above every section, one each: a report's headings stand
    above a few paragraphs each, which have no subsections (``(1)``, ``(2)``)."""
    numbers = {
        m.value
        for u in units
        if (m := section_number(u, text)) and m.kind == "number" and m.value.isdecimal()
    }
    noted = (section_number(v, text) for u, v in pairwise(units) if u.start in bare)
    above = {m.value for m in noted if m is not None}
    subsections = sum(  # "(2) …", or "**4**(2) …" with its section's bold number glued
        1
        for u in units
        if (m := u.marker or bold_number(u, text)) and m.family == "number" and m.kind == "item"
    )
    # three sections, each under a note set tight on it (no blank line): a short act's layout
    tight = all("\n\n" not in text[u.end : v.start] for u, v in pairwise(units) if u.start in bare)
    each = numbers <= above and len(numbers) >= _NOTE_MIN_RUN + (not tight)
    return len(above) >= max(_NOTE_MIN_RUN, 0.8 * len(numbers)) and (subsections >= 2 or each)


def title_division(units: Sequence[Unit]) -> int | None:
    """Start of a Markdown page's one level-1 heading when it is numbered as a division no
    other line of the page is (``# Chapter 3. Investigating …`` above ``## 3.1``): the
    page's title, naming the chapter it is, not a division over the page's clauses. A later
    level-1 heading that is no such division (``# Partie réglementaire — Chapitre X``, a
    code's second half) leaves the first the page's title."""
    tops = [u for u in units if u.line.heading_level == 1]
    if not tops or (m := tops[0].marker) is None or m.kind != "division":
        return None
    form = m.value.rsplit(" ", 1)[0]
    others = [
        v
        for v in units
        if v is not tops[0] and (n := v.marker) is not None and n.kind == "division"
        if n.value.rsplit(" ", 1)[0] == form
    ]
    return None if others else tops[0].start


def page_notes(units: Sequence[Unit], noise: Sequence[Unit]) -> frozenset[int]:
    """Starts of runs of notes ``(1) …``, ``(2) …`` that end where a page does (a running
    head or foot set aside as noise right after the run's last line): a page's notes, where
    a quoted subsection ``(1) A person commits …`` runs on into its items."""
    breaks = sorted(n.start for n in noise)
    found: set[int] = set()
    k = 0
    while k < len(units):
        run = _note_run(units, k)
        if run:
            last = units[k + len(run) - 1]
            nxt = units[k + len(run)].start if k + len(run) < len(units) else 1 << 62
            if any(last.end <= b < nxt for b in breaks):
                found.update(run)
            k += len(run)
        else:
            k += 1
    return frozenset(found)


def _note_run(units: Sequence[Unit], k: int) -> list[int]:
    """The starts of the lines ``(1)``, ``(2)`` … that follow one another from ``units[k]``."""
    run: list[int] = []
    want = 1
    for u in units[k:]:
        m = u.marker
        if m is None or m.kind != "item" or m.value != str(want) or not m.label.startswith("("):
            break
        run.append(u.start)
        want += 1
    return run
