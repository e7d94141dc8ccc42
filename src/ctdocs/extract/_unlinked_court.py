"""The persons a court's heading names: its bench and its parties.

Judgments of every tradition open on the same two blocks, whatever the court or the
publisher: the bench after a label (``Before: HARGROVE, Chief Judge, ABERNATHY and
SOLÓRZANO``, ``Coram: ...``, ``Composition : ...``) and the parties, each name closed by
its role (``DESMOND ALLEYNE CUMBERBATCH-GREAVES — Appellant``, ``KARIM HADDAD`` over
``Applicant``). The names are set in capitals more often than not, with no given name a
list knows and no title before them: no other shape finds them (guidelines §3: a named
person, a surname alone too). The shape is what carries: a label at a line's start, the
pieces between commas and "and", a role word closing a line; the words are data
(``person.bench`` and ``person.parties`` in ``data/models/actor_shapes.toml``).

A piece is a name when it is one to five name words (capitalised, in capitals, an
initial, a particle) with no office in it (``Chief Judge``, ``MINISTER FOR FOREIGN
AFFAIRS``); one word alone only in capitals (``HARGROVE``; ``Circuit`` is an office's
word cut by the line's end). Judicial letters after a surname are no part of it
(``Devlin LCJ``: :mod:`._unlinked_judges` reads those).
"""

from __future__ import annotations

import re
from functools import cache

from .._knowledge import fold, load_actor_shapes
from ._shape_regex import _alt, finditer_from
from ._word_openings import Openings, TextWords

__all__ = ["court_names"]


@cache
def _piece_sep() -> re.Pattern[str]:
    """What parts the pieces of a bench's line: commas, semicolons, the joiners
    (``person.bench_joiners``: "and", "with")."""
    c = load_actor_shapes().person
    joiners = _alt(c.bench_joiners.all()) if c.bench_joiners is not None else "(?!)"
    return re.compile(rf"[ \t]*[,;][ \t]*(?:(?:{joiners})[ \t]+)?|[ \t]+(?:{joiners})[ \t]+")


# a colon and the rest of its line (group 1), and how far back a label may open before it
_COLON = re.compile(r":[ \t]*([^\n]+)")
_LABEL_LEN = 40
# a lower-case word after a blank: where a name ends unless it is a particle
_LOWER = re.compile(r"[ \t]([a-z][\w'-]*)")
# a name word: capitalised or in capitals (an apostrophe, a hyphen folded to a blank
# inside it), or an initial
_NAME_WORD = re.compile(r"(?:[A-Z][a-z]?\.|[A-Z][A-Za-z']*)")
# what opens a party's line before its name: blanks, markup, a list's letter in brackets
# ("(C) NAMUTEBI SARAH")
_MARKER = re.compile(r"[ \t*_#>-]*(?:\(?[A-Za-z0-9]{1,3}\)[ \t]+)?")
_BLACK = re.compile(r"\S+")
_MAX_WORDS = 5  # "DESMOND ALLEYNE CUMBERBATCH GREAVES" (its hyphen folded to a blank)
_LONE_CAPS = 3  # a surname alone in capitals: three letters at least ("ASHE")
# between a party's name and its role on one line: a dash, a row of dots, a blank (the
# columns' gap, once the text is normalised); the whole line before it must be a name
_ROLE_GAP = re.compile(r"[ \t]*(?:[-\u2013\u2014]|\.{2,})?[ \t*_]*$")


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The words no name holds (an office's, a body's head, a joiner or an article that
    is no particle, a firm's form: ``DIRECTOR OF PUBLIC PROSECUTIONS``, ``SOCIÉTÉ ...
    SARL``, ``AFFAIRE X``), the judicial letters, the particles and the titles' words
    (``HON. LADY JUSTICE``: before the name, no part of it), casefolded."""
    shapes = load_actor_shapes()
    c, o, st = shapes.person, shapes.organ, shapes.state
    bodies = [*o.heads.all(), *o.joiners.all(), *o.not_names.all(), *o.legal_forms]
    bodies += [*st.styled.all(), *st.government_of.all()]  # "RÉPUBLIQUE DU NIGER"
    offices = frozenset(fold(w).casefold() for w in [*c.offices.all(), *bodies] for w in w.split())
    offices -= {w.casefold() for w in c.particles}
    letters = frozenset([*c.judicial, *c.judicial_plural])
    titles = [*c.titles.all(), *c.kept]
    title_words = frozenset(fold(w).casefold().rstrip(".") for t in titles for w in t.split())
    return offices, letters, frozenset(w.casefold() for w in c.particles), title_words


def _forms(words: list[str]) -> list[str]:
    """Each word as written, capitalised and in capitals (folded)."""
    return [f for w in words for f in (fold(w), fold(w).capitalize(), fold(w).upper())]


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """A bench's label closing the text before a colon, a role closing a line (two joined by a
    hyphen: ``Defendant-Appellant``), a line between two parties (``v``)."""
    c = load_actor_shapes().person
    if c.bench is None or c.parties is None or c.versus is None:
        return None
    label = re.compile(rf"(?:{_alt(_forms(c.bench.all()))})[ \t]*\Z")
    roles = _alt(_forms(c.parties.all()))
    role = re.compile(rf"(?:{roles})(?:[- ](?:{roles}))?(?![\w'])[ \t*_.,]*(?:\n|$)")
    versus = re.compile(rf"(?:{_alt(_forms(c.versus.all()))})(?![\w'])[ \t]*(?=\n)")
    return label, role, versus


@cache
def _patterns_case() -> re.Pattern[str]:
    """The word that names a case before its first party (``AFFAIRE``, ``In the matter
    of``): no part of the name."""
    cases = load_actor_shapes().person.cases
    words = _forms(cases.all()) if cases is not None else ["(?!)"]
    return re.compile(rf"(?:{_alt(words)})[ \t]+")


def _line_start(folded: str, at: int) -> bool:
    """Whether only blanks and markup stand between the line's start and ``at``."""
    line = folded.rfind("\n", 0, at) + 1
    return not folded[line:at].strip(" \t*_#>-")


def _name(folded: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of ``folded[start:end]`` if it is a name (judicial letters after it
    left out), else None."""
    words = list(_BLACK.finditer(folded[start:end]))
    offices, letters, particles, titles = _words()
    while words and words[-1].group() in letters:
        words.pop()
    if any(w.group().casefold() in offices for w in words):
        return None  # before a title's words go: "DIRECTOR OF ..." names an office
    while len(words) > 1 and words[0].group().casefold().rstrip(".") in titles:
        words.pop(0)
    if not words or len(words) > _MAX_WORDS:
        return None
    if not all(_NAME_WORD.fullmatch(w.group()) or w.group().casefold() in particles for w in words):
        return None
    if len(words) == 1 and not (len(words[0].group()) >= _LONE_CAPS and words[0].group().isupper()):
        return None
    return start + words[0].start(), start + words[-1].end()


def _bench(folded: str, label: re.Pattern[str]) -> list[tuple[int, int]]:
    """The names between the commas and "and" of a bench's or the parties' line."""
    out: list[tuple[int, int]] = []
    for m in _COLON.finditer(folded):  # speed: a colon is rarer than a label's letters
        line = folded.rfind("\n", 0, m.start()) + 1
        lab = label.search(folded, max(line, m.start() - _LABEL_LEN), m.start())
        if lab is None or not _line_start(folded, lab.start()):
            continue
        at = m.start(1)
        for sep in [*_piece_sep().finditer(folded, at, m.end(1)), None]:
            end = m.end(1) if sep is None else sep.start()
            span = _name(folded, at, _run_end(folded, at, end))
            out += [] if span is None else [span]
            at = end if sep is None else sep.end()
    return out


def _run_end(folded: str, start: int, end: int) -> int:
    """Where the name words that open ``folded[start:end]`` end: at the first
    lower-case word that is no particle ("J Ah-Kuoi for Crown")."""
    particles = _words()[2]
    for m in _LOWER.finditer(folded, start, end):
        if m.group(1).casefold() not in particles:
            return m.start()
    return end


@cache
def _roles_at() -> Openings | None:
    """Where the role pattern may match: its words in the three cases it lists them in
    (None where a word is one the look-up cannot find: the text is scanned)."""
    parties = load_actor_shapes().person.parties
    try:
        return None if parties is None else Openings(_forms(parties.all()))
    except ValueError:
        return None


@cache
def _ordinal() -> re.Pattern[str]:
    """A party's rank closing the text before its role (person.party_ordinals: ``FIRST``,
    ``DEUXIÈME``), a blank after it: the role's first word, not the name's last."""
    ranks = load_actor_shapes().person.party_ordinals
    if ranks is None:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<![\w'])(?:{_alt(_forms(ranks.all()))})[ \t]+\Z")


def _parties(
    folded: str, role: re.Pattern[str], words: TextWords | None = None
) -> list[tuple[int, int]]:
    """The names a party's role closes: on its line before a dash or dots, or alone on
    the line above where the role stands alone on its own. ``words``: the text's tokens,
    where the role words are looked up (speed: most texts hold none, and the pattern,
    opening on some hundred words in three cases, was tried at nearly every letter)."""
    out: list[tuple[int, int]] = []
    at = _roles_at()
    found = role.finditer(folded)
    if words is not None and at is not None:
        found = finditer_from(role, folded, at.at(words))
    for m in found:
        line = folded.rfind("\n", 0, m.start()) + 1
        rank = _ordinal().search(folded, line, m.start())  # "FIRST APPELLANT": one role
        begin = rank.start() if rank is not None else m.start()
        if _line_start(folded, begin):  # the role alone: the name is the line above
            end = _blank_before(folded, line)
            start = folded.rfind("\n", 0, end) + 1
        else:
            gap = _ROLE_GAP.search(folded, line, begin)
            if gap is None:
                continue
            start, end = line, gap.start()
        out += _party(folded, start, end)
    return out


def _party(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The names of two words or more that a party's line ``folded[start:end]`` holds
    (``CIARAN McALEER and DECLAN FEGAN``), a label, a list's letter, markup and a
    closing comma aside."""
    colon = folded.find(":", start, end)  # "BETWEEN: KARIM HADDAD": the label is no name
    start = colon + 1 if colon >= 0 else start
    marker = _MARKER.match(folded, start)  # always matches: blanks at least
    start = marker.end() if marker is not None else start
    case = _patterns_case().match(folded, start, end)  # "AFFAIRE MOUSSA ...": the case's
    start = case.end() if case is not None else start
    while end > start and folded[end - 1] in " \t,;*_":
        end -= 1
    out: list[tuple[int, int]] = []
    for sep in [*_piece_sep().finditer(folded, start, end), None]:
        stop = end if sep is None else sep.start()
        span = _name(folded, start, stop) if stop > start else None
        if span is not None and len(folded[span[0] : span[1]].split()) > 1:
            out.append(span)
        start = end if sep is None else sep.end()
    return out


def _blank_before(folded: str, pos: int) -> int:
    """Where the blanks before ``pos`` begin: ``len(folded[:pos].rstrip())`` without
    copying the text up to every role or ``v`` (a copy per match made a long run of
    them quadratic)."""
    while pos > 0 and folded[pos - 1].isspace():
        pos -= 1
    return pos


def _blank_after(folded: str, pos: int) -> int:
    """Where the blanks from ``pos`` end, without copying the rest of the text."""
    while pos < len(folded) and folded[pos].isspace():
        pos += 1
    return pos


def _versus(folded: str, versus: re.Pattern[str]) -> list[tuple[int, int]]:
    """The parties' names on the lines around ``v``/``contre`` closing a line (alone on
    it, or after the first party once the text is normalised: ``THE KING v``; blank
    lines between)."""
    out: list[tuple[int, int]] = []
    for m in versus.finditer(folded):  # the pattern opens on its words: speed
        if m.start() > 0 and folded[m.start() - 1] not in " \t\n":
            continue
        line = folded.rfind("\n", 0, m.start()) + 1
        above = _blank_before(folded, line) if not folded[line : m.start()].strip() else 0
        first = (folded.rfind("\n", 0, above) + 1, above) if above else (line, m.start())
        after = _blank_after(folded, m.end())
        second = (after, len(folded) if (e := folded.find("\n", after)) < 0 else e)
        out += [*_party(folded, *first), *_party(folded, *second)]
    return out


def court_names(folded: str, words: TextWords | None = None) -> list[tuple[int, int]]:
    """The spans of the persons a court's bench and parties name (``folded``: the text
    folded; ``words``: its tokens, where the parties' roles are looked up)."""
    patterns = _patterns()
    if patterns is None:
        return []
    label, role, versus = patterns
    # a party's line may open on a label ("BETWEEN: KARIM HADDAD"): found twice, one name
    return sorted(
        {*_bench(folded, label), *_parties(folded, role, words), *_versus(folded, versus)}
    )
