"""Where a text introduces a person without a title before the name.

Reports and briefs name their authors and the people they cite in two shapes
that hold across publishers and both languages:

* an office, then the name between commas (``La directrice exécutive
  d'Europol, Catherine De Bolle, souligne``, ``the Special Rapporteur on
  counter-terrorism, Fionnuala Ní Aoláin, has called``);
* a sentence that opens on the name and says what the person is (``Hanna
  Verkerk is a Research Fellow at ICCT``, ``Jean Dupont est chercheur``): a
  copula, then a role noun within a few words;
* a signature, the name on a line of its own above the office.

It also holds the signature and list patterns, and writes a name set in
capitals as a name (``KARIM BENSLIMANE``: Karim Benslimane). This module only
finds the spans; :mod:`ctdocs.extract._unlinked` checks each
as any other person's name (no head noun, no title word, not a known actor).
The words are data (``[person]`` in ``data/models/actor_shapes.toml``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Any, NamedTuple

from .._knowledge import fold, load_actor_shapes, load_dates
from ._shape_regex import (  # _alt: a trie, the regex engine reads each letter once
    _NAMEW,
    _PSP,
    _alt,
    alt_forms,
    finditer_from,
    finditer_in,
)
from ._signature_rows import signature_rows
from ._word_openings import TextWords, caseless_ok

__all__ = [
    "LOWER_WORD",
    "between_titles",
    "initial_forms",
    "initialled",
    "introduced",
    "listed",
    "middle_initial",
    "month_surnames",
    "particles",
    "short_named",
    "signature_starts",
    "speakers",
    "surname_start",
    "written_lower",
]

# a name word (folded text: no accents), an initial, or glued initials
_WORD = r"(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][^\W\d_]+(?:['-][A-Z]?[^\W\d_]+)?)"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None]:
    """The office-then-name and name-then-description patterns, and the office
    pattern's opening up to its comma (None where an office holds a stop: the office
    names are then searched the plain way)."""
    c = load_actor_shapes().person
    name = rf"{_WORD}(?:[ \t](?:(?:{_alt(c.particles)})[ \t])?{_WORD}){{1,3}}"
    offices = _alt(c.offices.all())
    roles = _alt(c.roles.all())
    # an office, its complement (no sentence or clause stop), a comma
    opening = rf"(?<![\w'])(?i:{offices})(?![\w'])[^{_STOPS}]{{0,90}},"
    plain = any(ch in _STOPS for w in c.offices.all() for ch in fold(w))
    return (
        # ... the name, a comma
        re.compile(rf"{opening}[ \t]+({name}),"),
        # a sentence opening on the name, a copula and a role within three words
        re.compile(
            rf"(?m)(?:^|(?<=[.!?][ \t]))[ \t]*({name})[ \t]+(?:{_alt(c.described.all())})"
            rf"(?:[ \t]+[\w'-]+){{0,3}}?[ \t]+(?i:{roles})(?![\w'])"
        ),
        None if plain else re.compile(opening),
    )


_STOPS = ",.;:()\n"  # what the complement of an office does not hold
_COMMA_NAME = re.compile(r",[ \t]+[A-Z]")  # the comma before a name
_INITIAL = re.compile(r"(?<![\w.])[A-Z]\.")  # an initial: a name, not a heading


def _office_named(folded: str) -> Iterator[re.Match[str]]:
    """The matches of the office-then-name pattern, as ``finditer`` gives them, looked
    for only before a comma and a capital (speed: a case-blind office gives the regex
    engine nothing to skip ahead to): the office and its complement hold no stop, so
    a match starts after the last stop before that comma (:func:`finditer_in`)."""
    pattern, _, opening = _patterns()
    if opening is None:
        return pattern.finditer(folded)
    return finditer_in(pattern, opening, folded, _after_stops(folded))


def _after_stops(folded: str) -> Iterator[tuple[int, int]]:
    """For each comma before a capital, from just after the last stop before it to
    just after it."""
    prev = 0
    for m in _COMMA_NAME.finditer(folded):
        comma = m.start()
        yield max(folded.rfind(ch, prev, comma) for ch in _STOPS) + 1, comma + 1
        prev = comma


def _seat(joiners: list[str]) -> str:
    """The territorial part of a peer's name (``Lord Haverbrook of Tilsworth``,
    ``Baroness Ashton of Upholland``), optional after a title kept in the name: a joiner
    then one capitalised word; ``of the`` opens an office or a body, not a seat."""
    return rf"(?:[ \t]+(?:{_alt(joiners)})[ \t]+(?!the\b)[A-Z][^\W\d_]+(?![\w']))?"


def introduced(folded: str, words: TextWords | None = None) -> list[tuple[int, int]]:
    """Spans of the names introduced by an office between commas or by a description.
    ``words``: the text's tokens, where the description's role noun is looked up first."""
    signed = signature_rows(folded)  # a row of names over their offices
    out = [(s, e) for s, e in signed if not _heading(folded, folded[s:e])]
    out += [m.span(1) for m in _office_named(folded)]
    if words is None or _may_describe(folded, words):
        described = finditer_from(_patterns()[1], folded, _sentence_starts(folded))
        out += [m.span(1) for m in described]
    return out


def _may_describe(folded: str, words: TextWords) -> bool:
    """Whether the name-then-description pattern may match: the text holds a role noun's
    first word as a token (the pattern reads it whole, after a blank, in any case).

    Speed: two texts in three hold none, and the pattern was tried at every line and
    sentence start of them, found by a scan of the whole text (some 2 % of the actor
    stage) for nothing; a set intersection with the text's keys answers at C speed."""
    firsts = _role_firsts()
    if words.glued:
        return True  # "PhD" is cut into "Ph" "D": the whole word is no token's key
    if not firsts or not caseless_ok(firsts, folded):
        return True  # a role opening on no letter, or a letter (?i) reads as another
    return not firsts.isdisjoint(words.distinct)


@cache
def _role_firsts() -> frozenset[str]:
    """The first words of the role nouns (person.roles), folded as the pattern writes them
    (:func:`._shape_regex.alt_forms`) and case-folded; none where a role opens on no word
    character (its first word is then no token's key)."""
    runs = [_FIRST_RUN.match(r) for r in alt_forms(load_actor_shapes().person.roles.all())]
    if any(m is None for m in runs):
        return frozenset()
    return frozenset(m.group().casefold() for m in runs if m is not None)


_FIRST_RUN = re.compile(r"\w+")


def _heading(folded: str, line: str) -> bool:
    """Whether a line with no initial is a heading over an office's line: in capitals,
    a word of it the text also writes in lower case (``TRANSITIONAL MATTERS``); in
    capitalised words, the whole line, which the text also writes in lower case
    (``Operational Guidance`` over ``Commander responsibilities ...`` where the text
    gives ``operational guidance``); a name's words the text never writes so, nor a
    name in common words as one phrase (``Rose Young``, ``Will Young`` in a text on
    young people where referrals rose and will rise). Read only for such lines, a few
    per text."""
    if _INITIAL.search(line):
        return False
    words = [re.escape(w.lower()) for w in line.split()]
    if not line.isupper():
        phrase = r"\s+".join(words)
        return re.search(rf"(?<![\w']){phrase}(?![\w'])", folded) is not None
    return any(re.search(rf"(?<![\w']){w}(?![\w'])", folded) for w in words)


# the end of a line or of a sentence before a capital: a described name opens a line or
# a sentence
# (opening on one class, which the regex engine skips ahead to: see _domain_roles._ANY_STOP)
_SENTENCE_END = re.compile(r"[\n.!?](?:(?<=\n)|(?<=[.!?])[ \t])(?=[ \t]*[A-Z])")


def _sentence_starts(folded: str) -> Iterator[int]:
    """Where a line or a sentence starts, in text order: the only places the
    name-then-description pattern may match (speed: it opens on a line start or a
    look-behind, which the regex engine would try at every position)."""
    yield 0
    for m in _SENTENCE_END.finditer(folded):
        yield m.end()


@cache
def month_surnames() -> frozenset[str]:
    """Month names that are also surnames (``May``): the dates knowledge lists them as
    weak months, a date only next to a day or a year."""
    forms = (w for lang in load_dates().languages.values() for w in lang.weak_months)
    return frozenset(fold(w).casefold() for w in forms if w.isalpha())


@cache
def particles() -> frozenset[str]:
    """The particles inside names, case-folded: written ``De`` as well (``Catherine De
    Bolle``), where a capitalised ``De`` elsewhere opens a heading."""
    return frozenset(fold(w).casefold() for w in load_actor_shapes().person.particles)


# the end of the office's line and the start of the next one, a blank line between them
# or not ("La présidente," / "" / "S. Marcillac": HTML paragraphs render so)
_NEXT_LINE = r"[ \t]*\n(?:[ \t]*\n)?[ \t]*"


def listed(offices: list[str], name: str, titles: str, particles: str) -> dict[str, Any]:
    """Names in a signature (after an office and its last comma, at the end of a line:
    ``Le Chef du gouvernement, KARIM BENSLIMANE.``; or on the office's next line, initials
    and a surname in capitals: ``The President`` / ``J. M. ALBARES BUENO``, two of them
    where two sign side by side) and names that follow a name in a list."""
    c = load_actor_shapes().person
    # not a heading's roman number and its word ("I. INTRODUCTION")
    signed = (
        r"(?![IVX]\.[ \t]*[A-Z]+[ \t]*$)(?:[A-Z]\.[ \t]{0,2}){1,3}[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){0,2}"
    )
    # the name alone on the office's next line, two to four name words ("Le Président de
    # la République" / "Slaheddine Ben Marzouk")
    two_words = rf"{_NAMEW}(?:{_PSP}(?:(?:{particles}){_PSP})?{_NAMEW}){{1,3}}(?![\w'.,])"
    # or, where the layout ran the signature's lines together, after the office without a
    # comma, two to four words in capitals ("Le Ministre de l'Intérieur HASSAN DAOUD
    # ROBLEH"), all of the run: no word in capitals before them
    capitals = r"(?<![A-Z][ \t])[A-Z]{2,}(?:[ \t][A-Z]{2,}){1,3}"
    office = rf"(?:Le|La|The|L')[ \t]*(?:{_alt(offices, capital=True)})(?![\w'])"
    return {
        # the office opens a line, or a phrase after a word or a stop where the lines of a
        # signature run on ("Fait à Djibouti, le 20 juillet 2026 Le Président ..."): then
        # no stop follows it, as none follows an office (a sentence opening on an office
        # ends on one: "The Minister shall cause ... the report."); the shortest office
        # first, so that a name after its comma is read whole ("Le Président en exercice,
        # Jean-Aimé NDONG BIYOGHE"), not from its capitals
        "signature": re.compile(
            rf"(?m)(?:^[ \t]*{office}[^\n]{{0,200}}?"
            rf"|(?<=[\w,.;:)][ \t]){office}[^\n.;!?]{{0,200}}?)"
            rf"(?:,[ \t]*(?:{_NEXT_LINE})?({name})\.?|{_NEXT_LINE}({signed})(?:[ \t]+({signed}))?"
            rf"|{_NEXT_LINE}({two_words})|[ \t]+({capitals}))[ \t]*$"
        ),
        # a title kept in the name, the name, a peer's seat ("Lord Haverbrook of Tilsworth")
        "person_kept": re.compile(
            rf"(?:{_alt(c.kept)}){_PSP}{name}{_seat(c.seat)}",
        ),
        "next_name": re.compile(
            rf"(?:[ \t]*\([^()\n]{{1,80}}\))?"  # "Tomasz Wierzbicki (Egmont Group), Aicha"
            rf"(?:,[ \t]+(?:[A-Z]\.)+)?(?:[ \t]*,|[ \t]+(?:and|et)|[ \t]*\((?:or|ou))"
            rf"[ \t]+(?:(?:{titles})[ \t]+)?"
            rf"({_NAMEW}(?:{_PSP}(?:(?:{particles}){_PSP})?{_NAMEW})+)(?![\w'])"
        ),
    }


_ARTICLES = ("Le", "La", "L'", "The")  # before the office in ``signature``, in that order


def signature_starts(folded: str, offices: Iterable[int]) -> list[int]:
    """Where ``listed``'s ``signature`` may match, in text order, given where its offices
    may open (:mod:`._word_openings`): the article before the office (blanks between),
    and the start of the article's line where only blanks come before it.

    Why: the pattern opens on a line start or a look-behind, which the regex engine
    tries at every position of the text; every match holds an article and an office,
    and opens at one of these two places."""
    found: set[int] = set()
    for at in offices:
        end = at
        while end > 0 and folded[end - 1] in " \t":
            end -= 1
        for article in _ARTICLES:
            start = end - len(article)
            if start >= 0 and folded.startswith(article, start):
                found.add(start)
                line = folded.rfind("\n", 0, start) + 1
                if not folded[line:start].strip(" \t"):
                    found.add(line)
    return sorted(found)


_NAME_PART = r"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?"


@cache
def _initialled() -> re.Pattern[str]:
    """One initial and one to three name words (``A. Koivisto``, ``S. Palacin Orte``,
    ``T. von Danwitz``); not after a letter or a full stop (``U.S. Army``). The initials
    of a compound given name are one (``J.-F. Hanssens``: folded ``J. F.``), and so is a
    transliterated one of two letters (``R. Kh. Mirzaev``); group 2 is the second. Two
    initials glued (``U.S.``) are an abbreviation, no name's."""
    part = rf"(?:(?:{_alt(load_actor_shapes().person.particles)})[ \t])?{_NAME_PART}"
    # speed: opening on the initial's full stop, the capital read behind it (the match
    # starts a character late): the regex engine skips ahead to full stops, several times
    # fewer than capitals (a whole-text scan some five times faster)
    return re.compile(
        rf"\.(?<=([A-Z])\.)(?:[ \t]([A-Z])[a-z]?\.)?[ \t]{{1,2}}(?![A-Z]\.)"
        rf"({part}(?:[ \t]{part}){{0,2}})(?![\w'.-])"
    )


# What may stand between two names of one list: commas, "and"/"et", a bracketed role
# and the words of an office ("President", "Presidents of Chambers", "président"), or
# the blank between the columns of a row of signatures ("C. Bauduin N. El Khattabi":
# the columns' gap is one blank once the text is normalised).
_BETWEEN = re.compile(
    r"(?:[ \t]*\([^()\n]{1,30}\))?(?:[ \t\n]*,[ \t\n]*(?:[\w-]+"
    r"(?:[ \t\n]+(?:of|de|des|du)?[ \t\n]*[\w-]+){0,3}[ \t\n]*,[ \t\n]*)?"
    r"|[ \t\n]+(?:and|et)[ \t\n]+|[ \t]+)"
)


@cache
def _lone() -> re.Pattern[str]:
    """One name alone, after "by"/"par" or a label's colon ("Registrar: A. Kowalczyk,"),
    a form of address between ("représenté par Me A. Deweerdt", "Counsel Assisting: Ms
    R. Tamihana")."""
    address = _alt(load_actor_shapes().person.address)
    return re.compile(rf"(?:(?<![\w'])(?:by|par)|:)[ \t]+(?:(?:{address})[ \t]+)?$")


# What closes a name alone: a comma, the line's end.
_LONE_END = re.compile(r"[,\n]|$")


@cache
def _titles_in(language: str) -> frozenset[str]:
    """The titles of the text's language (every language's where it is not known)."""
    titles = load_actor_shapes().person.titles
    forms: list[str] | None = getattr(titles, language, None) if language else None
    return frozenset(forms if forms is not None else titles.all())


def _glued(folded: str, at: int) -> bool:
    before = folded[at - 1 : at]
    return bool(before) and (before.isalnum() or before in "._'")


class _Named(NamedTuple):
    """An initialled name: where it starts and ends, its first initial."""

    start: int
    end: int
    initial: str


def _initial_names(folded: str, titles: frozenset[str]) -> list[_Named]:
    """Every initialled name; an initial that is a title (``M.`` in French) is the title,
    and the name opens on the initial after it where there is one (``M. A. Dupont``)."""
    out: list[_Named] = []
    for m in _initialled().finditer(folded):  # where a match starts is checked here: speed
        if m.group(1) + "." not in titles:
            if not _glued(folded, m.start(1)):
                out.append(_Named(m.start(1), m.end(), m.group(1)))
        elif m.group(2) is not None:
            out.append(_Named(m.start(2), m.end(), m.group(2)))
    return out


def initialled(folded: str, language: str) -> list[tuple[int, int]]:
    """Names written with one initial (``A. Koivisto``), as a court lists its judges and
    the agents of the parties: a list of such names with at least two different
    initials, or one of them after ``by`` or a label's colon. An initial that is a title
    in the text's language (``M.`` in French) is the title, read elsewhere; a lone
    capital and a capitalised word are no more than that anywhere else (``A.
    Introduction``)."""
    found = _initial_names(folded, _titles_in(language))
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(found):
        j = k
        while j + 1 < len(found) and _BETWEEN.fullmatch(folded, found[j].end, found[j + 1].start):
            j += 1
        group = found[k : j + 1]
        if len({n.initial for n in group}) > 1:
            out += [(n.start, n.end) for n in group]
        elif len(group) == 1:
            n = group[0]
            if _LONE_END.match(folded, n.end) and _lone().search(
                folded, max(0, n.start - 16), n.start
            ):
                out.append((n.start, n.end))
        k = j + 1
    return out


def initial_forms(name: str, surname: str) -> list[str]:
    """How a text may write again a person it named in full (``name``, folded, and its
    ``surname``): the given name's initial before the surname (``C. Bauduin``) or before
    the rest of the name (``N. El Khattabi Gerard``), as a judgment signs under the
    names of its bench."""
    words = name.split()
    if len(words) < 2 or len(words[0]) < 2 or words[0].endswith("."):
        return []
    initial = words[0][0]
    return list(dict.fromkeys([f"{initial}. {surname}", f"{initial}. {' '.join(words[1:])}"]))


def _ends_a_title(word: str, titles: frozenset[str]) -> bool:
    """Whether a word may close what comes before a form of address: a lower-case word
    (``Présidence de M. Florent Marchais``) or a title's (``le ministre M. Dupont``), not
    a name word."""
    return not word[:1].isupper() or word.casefold() in titles


# a name word right before a form of address: a given name, its middle initial after it
_NAME_BEFORE = re.compile(r"(?<![\w'.])([A-Z][^\W\d_]+)[ \t]$")


def middle_initial(
    folded: str, at: int, end: int, address: frozenset[str], titles: frozenset[str]
) -> bool:
    """Whether the title ``folded[at:end]`` is a form of address (``M.``) that is a middle
    initial: a name word stands right before it (``Grace M. Nakibuule``, ``JORDAN M.
    WHITLOCK``), no title word (``le ministre M. Dupont``)."""
    if folded[at:end].strip().rstrip(".") not in address:
        return False
    m = _NAME_BEFORE.search(folded, max(0, at - 40), at)
    return m is not None and _ends_a_title(m.group(1), titles) is False


def _caps_part(word: str) -> bool:
    """A word in capitals that may be a part of a surname: no initial (``S.E. M.``)."""
    return len(word) > 1 and word.isupper()


@cache
def _kept() -> frozenset[str]:
    return frozenset(fold(w).casefold() for w in load_actor_shapes().person.kept)


def _leading_titles(
    words: list[tuple[str, int, int]], address: frozenset[str], titles: frozenset[str]
) -> int:
    """How many words of ranks, titles and forms of address open a run before a given
    name and a surname (``Air Marshal Roshan Gunathilake``, ``Général Mahamat ABAKAR
    DJIMET``, ``Mme Salma Bennani-Idrissi``): guidelines §3 name the person, not the
    rank. Not before a surname alone (``Mme Sabatier``, ``M. Van Regemorter``: the form
    of address is then written with it), nor a title that is a part of the name
    (``Lord``, ``Sir``)."""
    k = 0
    while len(words) - k > 2 and words[k][0][:1].isupper():
        word = words[k][0].rstrip(".")
        if word.casefold() in _kept() or not (word in address or word.casefold() in titles):
            break
        k += 1
    return k if k == 0 or words[k][0].casefold() not in particles() else 0


def between_titles(
    words: list[tuple[str, int, int]], address: frozenset[str], titles: frozenset[str]
) -> list[tuple[str, int, int]]:
    """The name inside a run that an office's words open or close: after a form of
    address further in (``Présidence de M. Florent Marchais``: the sitting's heading,
    then Monsieur and the name), before a title after two name words (``M. Julien
    Marcellin-Roux Député du Finistère``: the office written after the name).

    ``address``: forms of address as words (``M``, ``Mme``); ``titles``: the words of
    titles, casefolded. Two name words stay at least: a surname that is a title word
    closes no name (``John Major``); a run closing on one was no name before either."""
    inner = [  # not after an initial ("J. M. ALBARES BUENO") nor a given name ("Grace M.
        # Nakibuule", "CHILUFYA M. BANDA-NYIRENDA"): a middle initial, no Monsieur
        k
        for k in range(1, len(words) - 2)
        if words[k][0] in address
        and len(words[k - 1][0]) > 1
        and _ends_a_title(words[k - 1][0], titles)
    ]
    if inner:
        words = words[inner[-1] + 1 :]
    words = words[_leading_titles(words, address, titles) :]
    # in a name written the French way, a word in capitals after another is a part of
    # the surname, not a title ("Mohamed OULD CHEIKH SIDIYA")
    mixed = any(not w[0].isupper() for w in words)
    after = [
        k
        for k in range(2, len(words))
        if words[k][0][:1].isupper()
        and words[k][0].casefold() in titles
        and words[k][0].casefold() not in particles()  # "P.J. DE LA HAYE": no title
        and not (mixed and _caps_part(words[k][0]) and _caps_part(words[k - 1][0]))
    ]
    return words[: after[0]] if after else words


def surname_start(text: str, folded: str, at: int, common: Callable[[str], bool]) -> int:
    """Where a surname in capitals that ends at the anchor ``at`` opens: on its first
    part, where a hyphen or one blank joins two or three (``Salif OUATTARA-BONKOUNGOU``,
    ``Abdallahi OULD BOUBACAR``, ``Koffi Aimé N'GUESSAN-BROU``: folding made the hyphen
    a blank, and the first parts, followed by a word in capitals, are no anchor). The
    French way of writing a name, surname in capitals, holds for compound surnames too;
    a part joined by a blank that the text also writes in lower case (``common``) is a
    common word of a heading in capitals (``Interpretation UNMANNED AIRCRAFT``)."""
    for _ in range(_SURNAME_PARTS - 1):
        if text[at - 2 : at - 1] in ("-", " ") or text[at - 1 : at] not in ("-", " "):
            break  # two blanks, a dash: no part of one name
        part = _CAPS_PART.search(folded, max(0, at - 40), at)
        if part is None or (text[at - 1] == " " and common(part.group(1))):
            break
        at = part.start()
    return at


_CAPS_PART = re.compile(r"(?<![\w'])(?:[A-Z]')?([A-Z]{2,}) $")
_SURNAME_PARTS = 3  # "OULD CHEIKH SIDIYA": a surname of three words at most
# a word in lower case: a surname's part in capitals that the text also writes so is none
LOWER_WORD = re.compile(r"(?<![\w'])[a-z]{2,}(?![\w'])")


def written_lower(folded: str, word: str) -> bool:
    """Whether ``folded`` writes ``word`` (capitals A to Z) in lower case as a word of its
    own: whether :data:`LOWER_WORD` finds it there.

    Speed: one search opening on the word's letters (the regex engine skips ahead to
    them, the look-behind asked after them); the set of every word :data:`LOWER_WORD`
    finds cost a scan trying its look-behind at every character, for the one or two
    words a text asks about (twenty in the benchmark's 84 texts)."""
    w = word.lower()
    return re.search(rf"{w}(?<![\w']{w})(?![\w'])", folded) is not None


# a line closing on a bracket: where a speaker's line may end (see :func:`speakers`)
_CLOSING_BRACKET = re.compile(r"\)[ \t]*$", re.M)


def speakers(folded: str, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` (the speaker's line: ``^`` name, brackets, ``$``, on one
    line), as ``finditer`` gives them, tried only at the start of the lines closing on a
    bracket. Speed: opening on the line's start, it was tried at every line of the text."""
    starts = (folded.rfind("\n", 0, m.start()) + 1 for m in _CLOSING_BRACKET.finditer(folded))
    return finditer_from(pattern, folded, sorted(set(starts)))


# a capitalised word (or two) alone in brackets: what a short name's brackets hold
_BRACKETED = re.compile(r"\(([A-Z][^()\n]*)\)")


def short_named(folded: str, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` (a name, blanks, then its last word or two again in
    brackets: "Ehsanullah Wardak (Wardak)"), as ``finditer`` gives them, where the text
    writes a bracketed word right after the same word and a blank; none elsewhere. Speed:
    opening on any capital, the pattern was tried at each of them in every text."""
    for m in _BRACKETED.finditer(folded):
        end = m.start()
        while end > 0 and folded[end - 1] in " \t":
            end -= 1
        if end < m.start() and folded.endswith(m.group(1), 0, end):
            return pattern.finditer(folded)
    return iter(())
