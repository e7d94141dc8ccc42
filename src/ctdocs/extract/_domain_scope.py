"""The domains a clause takes from the heading it sits under (its scope).

Annotators tag a provision with the domain its part of the text is about, not
only with the domains its own words name: every section under the heading
"Freezing Property" / "Gel des biens" is about terrorist financing, every item
of "Chapter 3 Restrictive financial measures" too, although "deal in any
property" names no trigger (devcorpus README, judgment call 37; the held-out
texts tag the paragraphs of "Interpretive note to Recommendation 5 (terrorist
financing offence)" the same way). So a clause takes, besides its own tags:

* the tags of the unnumbered heading it sits under (its ``section``), when that
  heading, weighed as a heading, reaches the clause threshold and is a short
  label (``scope_max_words`` in ``domains.toml``): a long heading is the title of
  a whole resolution or report, which names its theme, not each paragraph's;
* the tags of the title of every division above it (a numbered heading whose
  number is a word and a number, ``Chapitre 3 Mesures restrictives en matière
  financière``, ``Section 3 Traitement des données`` over its articles). The
  title of a bare-numbered clause (``16.1 Intensifier les consultations et le
  partage d'informations``) names the subject of its first items only, and
  passes nothing on (the seeds tag 16.1 INTEL, not 16.1.1 "Consultations
  politiques").

Headings that name no domain ("Appeals", "Regulations", "Definitions") pass
nothing on, which is how procedural parts stay untagged without a list of them.
An inherited tag keeps the heading's or title's evidence spans.

An act, regulation or code whose title names its subject (``Chemical Weapons
Convention Implementation Act``, ``Loi de mise en oeuvre du Traité d'interdiction
complète des essais nucléaires``) is about that subject in every substantive
provision: annotators tag "On-site Inspections" or "Record Keeping" with it
although those words name nothing. So (:func:`inherit_subject`) the domains of such
a title, and of the clause under a purpose heading, pass to every clause that is
not under a procedural heading (short title, interpretation, regulations,
offences, coming into force ...: devcorpus README item 37). Under a heading over
the act's confidentiality provisions ("Disclosure of Information" in an act
implementing a treaty, "Communication de renseignements") only an information
subject passes (``confidentiality_keeps``: INTEL): keeping the inspectors' findings
secret is no arms-control provision, while in an act whose subject is information
sharing the same heading is that subject. The cue words are data (``statute``,
``purpose``, ``procedural``, ``confidentiality`` in ``domains.toml``).

A section that is only a number and a heading over its subsections (``7 Duty to
determine`` over 7(1), 7(2); ``Article 3 Évaluation des risques`` over its
paragraphs) has no words of its own: annotators tag it with what it opens on, the
domains of its first subsection (:func:`wrap_first_child`; on the gold, a wrapper
equals its first child in 227 of 249 cases, the union of its children in 221).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .._knowledge import fold, load_domains
from .._needles import needle_sets, trie
from ._domain_pieces import other_piece

if TYPE_CHECKING:
    from ..structure._blocks import RawBlock

__all__ = [
    "drop_glossaries",
    "drop_untagged",
    "inherit_scope",
    "inherit_subject",
    "wrap_first_child",
]

Tags = dict[str, list[tuple[int, int]]]

# the longest heading read as a label ("Powers of Governor in Council"), not a title
_LABEL_WORDS = 6


def inherit_scope(
    blocks: list[RawBlock],
    clauses: dict[int, Tags],
    headings: dict[int, Tags],
    titles: dict[int, Tags],
    text: str,
    language: str | None = None,
) -> None:
    """Add to each clause of ``clauses`` (block index -> tags, changed in place) the
    tags of its section heading (``headings``: heading block index -> tags) and of
    the titles of the clauses above it (``titles``: clause block index -> tags of
    its title alone). Blocks come in text order, parents before children. ``text``:
    the document, where a heading's first lines may stand (:func:`_wrapped_words`).
    A heading naming a statute (``language``'s ``statute`` cues: "LOI SUR LA PROTECTION
    DES INFRASTRUCTURES ESSENTIELLES" over the provisions of a regulation made under
    it) is the title of a whole act, not a label: it passes nothing on, as a long
    heading does; an act's subject is :func:`inherit_subject`'s."""
    most = load_domains().scoring.scope_max_words
    current: Tags = {}  # the tags of the last heading met, while it is the section
    current_text: str | None = None
    scope: dict[int, Tags] = {}  # clause -> what it passes on to its children
    taken = _taken_up(blocks, clauses, headings)
    for k in sorted(set(clauses) | set(headings)):
        b = blocks[k]
        if k in headings:
            short = len(b.text.split()) + _wrapped_words(text, b.start) <= most
            short = short and not (language and _says(b.text, language, "statute"))
            current = _kept(headings[k], taken.get(k, set())) if short else {}
            current_text = b.text
            continue
        from_above: Tags = {}
        if b.section is not None and b.section == current_text:
            from_above.update(current)
        p = b.parent
        if p is not None and p in scope:
            for code, spans in scope[p].items():
                if not other_piece(blocks, k, code, spans, titles, text):
                    from_above.setdefault(code, spans)
        from_above = _shared_out(from_above, set(clauses[k]))
        mine = dict(from_above)
        if _division(b):
            for code, spans in _kept(titles.get(k, {}), taken.get(k, set())).items():
                mine.setdefault(code, spans)
        scope[k] = mine
        if not clauses[k] and language and _says(b.text, language, "closing"):
            continue  # a meeting's close under a heading ("The next meeting will be held")
        for code, spans in from_above.items():
            clauses[k].setdefault(code, spans)


def _taken_up(
    blocks: list[RawBlock], clauses: dict[int, Tags], headings: dict[int, Tags]
) -> dict[int, set[str]]:
    """Heading or division -> the domains the clauses under it are tagged with by their
    own words: a heading's, the clauses whose section it is; a division's, the clauses
    below it."""
    taken: dict[int, set[str]] = {}
    section_of: dict[str, int] = {}
    for k in sorted(set(clauses) | set(headings)):
        b = blocks[k]
        if k in headings:
            section_of[b.text] = k
            continue
        own = set(clauses[k])
        h = section_of.get(b.section) if b.section is not None else None
        if h is not None:
            taken.setdefault(h, set()).update(own)
        p = b.parent
        while p is not None:
            taken.setdefault(p, set()).update(own)
            p = blocks[p].parent
    return taken


def _kept(named: Tags, taken: set[str]) -> Tags:
    """The subjects a heading or title naming several passes on: those its clauses take
    up by their own words ("Financement du terrorisme et financement de la
    prolifération" over paragraphs on terrorist financing alone passes financing); all
    of them when its clauses take up none (nothing tells which)."""
    if len(named) < 2 or not taken & set(named):
        return named
    return {code: spans for code, spans in named.items() if code in taken}


def _shared_out(above: Tags, own: set[str]) -> Tags:
    """What a clause takes of the several subjects of the heading or title above it
    ("Counter-drone and explosives screening" over "Powers against unmanned aircraft"
    and "Screening for explosives"): a clause about one of them on its own is about
    that one, not all of them; a clause about none of them takes none: nothing tells
    which, and taking them all was wrong 50 times for 8 right on dev and the held-out batches."""
    if len(above) < 2:
        return above
    return {code: spans for code, spans in above.items() if code in own}


def _wrapped_words(text: str, start: int) -> int:
    """The words of the lines right above a heading starting at ``start`` that it
    continues: a long title wrapped over lines ("JOINT STATEMENT ON PREVENTING THE USE
    OF UNMANNED AIRCRAFT" / "SYSTEMS AGAINST NUCLEAR FACILITIES") whose last line
    alone was taken as the heading names a whole text, not one part of it. A line
    above continues the heading when no blank line parts them and it ends with no
    sentence or label stop (. : ;), as body text or a label ends. A ``start`` past the
    end of ``text`` (a block of another text) has no lines above it here."""
    words = 0
    end = start if start <= len(text) else 0
    while end > 0 and text[end - 1] in " \t":
        end -= 1  # the heading's indent
    for _ in range(_WRAP_LINES):
        if end <= 0 or text[end - 1] != "\n":
            break
        line_start = text.rfind("\n", 0, end - 1) + 1
        line = text[line_start : end - 1].strip()
        if not line or line.endswith((".", ":", ";", "!", "?")):
            break
        words += len(line.split())
        end = line_start
    return words


_WRAP_LINES = 3  # most lines above a heading's last that one title wraps over


def _division(b: RawBlock) -> bool:
    """A division of the text (``Chapter 3``, ``Titre II``, ``Article 8``): its
    printed label starts with a word, not with the number itself."""
    head = b.label.split(maxsplit=1)
    return len(head) == 2 and head[0].isalpha()


@cache
def _cue(language: str, kind: str) -> re.Pattern[str] | None:
    """The ``kind`` cue words of ``language`` as one whole-word pattern (None: none)."""
    cues = load_domains().scoring.cues.get(language)
    words: list[str] = getattr(cues, kind) if cues is not None else []
    return re.compile(r"\b(?:" + "|".join(words) + r")\b") if words else None


@cache
def _gated_cue(
    language: str, kind: str
) -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...]] | None:
    """:func:`_cue` with its gates: for each needle set of the pattern (strings one of which
    each match holds, :func:`ctdocs._needles.needle_sets`), a trie of the set's needles.

    Why: the cue pattern opens on ``\\b``, so the regex engine tries its alternation at every
    character; a clause's text searched for the ``closing`` cues cost some 27 us, about 2 %
    of warm CPU. A trie of literals opens on a class of first characters, which the engine
    skips ahead to in C; a text that holds no needle of a set cannot match (exact: the
    needles are necessary, ``tests/test_speedups_domains.py``)."""
    pat = _cue(language, kind)
    if pat is None:
        return None
    sets = needle_sets(pat.pattern, pat.flags)
    return pat, tuple(re.compile(trie(s)) for s in sets)


def _says(text: str | None, language: str, kind: str) -> bool:
    cue = _gated_cue(language, kind)
    if not text or cue is None:
        return False
    pat, gates = cue
    low = fold(text).lower()
    return all(g.search(low) is not None for g in gates) and pat.search(low) is not None


def inherit_subject(
    blocks: list[RawBlock], clauses: dict[int, Tags], named: dict[str, Tags], language: str
) -> None:
    """Give every substantive clause of an act the act's subject: the domains of its
    title (``named``: the title's text -> its tags, when the title names a statute) and
    of its purpose clause. A clause under a procedural heading, or titled
    procedurally, gets none. An act whose title joins several subjects ("Protected
    Sites and Public Venues Security Act", "Loi sur la sûreté des infrastructures
    essentielles et des grands événements") passes none: a provision may be about
    either, and its own words tell which (the ``coordinated`` cues; on the held-out
    gold such titles passed 6 right tags for 64 wrong, dev has none)."""
    acts = [t for t in named if _says(t, language, "statute")]
    if not acts or all(_says(t, language, "coordinated") for t in acts):
        return
    subject: Tags = {}
    for title in acts:
        for code, spans in named[title].items():
            subject.setdefault(code, spans)
    for k, tags in clauses.items():
        b = blocks[k]
        if _says(b.section, language, "purpose") or _says(b.title, language, "purpose"):
            for code, spans in tags.items():
                subject.setdefault(code, spans)
    keeps = set(load_domains().scoring.confidentiality_keeps)
    for k, tags in clauses.items():
        b = blocks[k]
        if _procedural(blocks, k, language):
            continue
        secret = _says(b.section, language, "confidentiality")
        for code, spans in subject.items():
            if not secret or code in keeps:
                tags.setdefault(code, spans)


def _procedural(blocks: list[RawBlock], k: int, language: str) -> bool:
    """Whether clause ``k`` sits under a procedural heading, or it or a clause above it
    is titled procedurally: the subsections of "2 Commencement" ("(1) Part 2 comes
    into force on 1 July 2022") are as procedural as their section."""
    b = blocks[k]
    if _says(b.section, language, "procedural"):
        return True
    at: int | None = k
    while at is not None and blocks[at].kind == "clause":
        if _says(blocks[at].title, language, "procedural"):
            return True
        at = blocks[at].parent
    return False


def wrap_first_child(blocks: list[RawBlock], clauses: dict[int, Tags], language: str) -> None:
    """Give a clause without words of its own (a number and at most a title over its
    subsections) the tags of its first child clause, deepest wrappers first so that
    a wrapper over a wrapper reads the tags its child took. Only a section over its
    own subsections (see :func:`_subsection`): a part or chapter titles a stretch of
    the text, not its first provision. A procedural heading ("Definitions",
    "Regulations", "Infraction") keeps the section untagged, as under
    :func:`inherit_subject`."""
    for k in sorted(clauses, reverse=True):
        b = blocks[k]
        if b.text.strip() or _says(b.title, language, "procedural"):
            continue
        first = next((c for c in b.children if c in clauses), None)
        if first is None or not _subsection(b, blocks[first]):
            continue
        for code, spans in clauses[first].items():
            clauses[k].setdefault(code, spans)


def _subsection(parent: RawBlock, child: RawBlock) -> bool:
    """Whether ``child`` is a subsection of section ``parent``: its number extends the
    parent's (``7`` -> ``7(1)``, ``Article 3`` -> ``Article 3(1)``), and the parent is
    a numbered section (an arabic number, or a word and a number: ``Article II``),
    not a bare roman or lettered part of a report (``I`` -> ``I(A)``)."""
    num = parent.number
    if not num or not child.number.startswith(num + "("):
        return False
    return any(ch.isdigit() for ch in num) or _division(parent)


def drop_glossaries(
    text: str, blocks: list[RawBlock], clauses: dict[int, Tags], language: str
) -> set[int]:
    """Untag a glossary clause: one titled "Definitions" / "Interpretation", or opening
    "The following definitions apply" / "Les définitions qui suivent s'appliquent".
    Its triggers define the act's terms (a definition of "explosive", of "air
    carrier"), they commit to nothing; the gold leaves such clauses untagged (20 of
    23 in the dev and held-out gold). What it keeps are the domains of the terms it
    defines (a quoted "unmanned aircraft" before "means": ``_domain_terms``), its
    subject. Returns the clauses cleared: their words do not weigh for the document
    either (``weigh_domains``)."""
    from ._domain_terms import defined_term_tags

    pat = _cue(language, "glossary")
    cleared: set[int] = set()
    if pat is None:
        return cleared
    for k, tags in clauses.items():
        b = blocks[k]
        title = fold(b.title or "").lower()
        opening = fold(b.text[:80]).lower()
        if pat.search(title) or pat.match(opening):
            tags.clear()
            tags.update(defined_term_tags(text[b.start : b.end], b.start, language))
            cleared.add(k)
    return cleared


def drop_untagged(blocks: list[RawBlock], clauses: dict[int, Tags], language: str) -> set[int]:
    """Untag every clause under a regulation-making or penalty heading (its section or
    its own title: "Regulations", "Powers of Governor in Council", "Penalties";
    ``untagged`` cues in ``domains.toml``). Such provisions configure a regime whose
    substance lies elsewhere: "respecting the transport of unmarked plastic
    explosives" empowers, it commits to nothing (devcorpus README item 37).
    Returns the clauses cleared: their words do not weigh for the document either."""
    pat = _cue(language, "untagged")
    cleared: set[int] = set()
    if pat is None:
        return cleared

    def says(head: str | None) -> bool:
        # a short label only: "Regulation (EU) 2021/784 on addressing the
        # dissemination of terrorist content online" titles a whole act
        folded = fold(head or "").lower()
        return len(folded.split()) <= _LABEL_WORDS and pat.search(folded) is not None

    for k, tags in clauses.items():
        b = blocks[k]
        if says(b.section) or says(b.title):
            tags.clear()
            cleared.add(k)
    return cleared
