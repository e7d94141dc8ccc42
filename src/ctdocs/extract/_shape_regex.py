"""The regular-expression pieces the shape rules of :mod:`ctdocs.extract._unlinked` are
built of, and two checks on what they find.

Words come from ``data/models/actor_shapes.toml``, folded; an alternation of
words is written as a trie (:func:`_alt`) so that the regex engine reads each
letter once. Split from :mod:`ctdocs.extract._unlinked` to keep both modules short.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterable, Iterator
from typing import Any

from .._knowledge import ActorShapesFile, fold, load_language
from ._inflect import inflected

__all__ = [
    "ACRONYM_DEF",
    "AFTER_CAPITAL",
    "POSSESSIVE_END",
    "acronym_defs",
    "adjective",
    "alt_forms",
    "by_first_letter",
    "complement",
    "finditer_from",
    "finditer_in",
    "member_head_branches",
    "member_heads",
    "named_further",
    "organ_patterns",
    "undertaking",
    "with_article",
    "word_branches",
    "word_start",
]

_LETTERS = r"[^\W\d_]"
_CAPW = rf"[A-Z]{_LETTERS}*(?:'{_LETTERS}+)?"  # a capitalised word (folded text)
# a name word, an initial or glued initials ("S.B.")
_NAMEW = rf"(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z](?:'[A-Z](?=[a-z]))?{_LETTERS}+(?:'{_LETTERS}+)?)"
_SP = r"[ \t]+"
# the end of a word, which an English possessive may close (folded text: "Committee's");
# any other apostrophe after it is an elision that runs on ("Comité d'experts")
POSSESSIVE_END = r"(?!\w|'(?!s(?![\w'])))"
# Between the words of a person's name: one or two blanks, not three. Folding turns
# a dash into a blank, so "Canada – Lesley Soper" and "générale – Santiago" hold
# three: a dash separates a name from what stands before it, it never joins them.
_PSP = r"[ \t]{1,2}(?![ \t])"


# "(SRC)", "(CUTA/OCAM)" (one per language), ", ci-après « CRF »", '(hereinafter "the X")';
# a lower-case letter between capitals ("(GIFiM)", "(CoE)"), a word after a hyphen
# ("(IS-Sahel)", folded "(IS Sahel)") and quotes in the brackets (UK and US style:
# ("HMPPS"), ("FBI")) are acronyms too.
# Speed: the pattern opens on one class, "[(,]", and each branch asks for its own opening
# mark with a look-behind: the regex engine then skips ahead to brackets and commas; two
# branches each opening with its own mark gave it no first character to skip to, and it
# tried the whole pattern at every character of the text (a scan made three times a text)
_HEREAFTER = ("ci apres", "hereinafter", "hereafter")  # what a comma's definition opens on
ACRONYM_DEF = re.compile(
    r"[(,](?:(?<=\()[\"\u201c]?([A-Z](?:[A-Z0-9&]|[a-z](?=[A-Z])){1,9}"
    r"(?:-[A-Z0-9]+|[- ][A-Z]+|[- ][A-Z][a-z]{2,})?)(?:/([A-Z][A-Z0-9&]{1,9}))?[\"\u201d]?\)"
    rf"|(?:(?<=,)[ \t]+|(?<=\())(?:{'|'.join(_HEREAFTER)})[ \t]+[\"«][ \t]*"
    r"(?:(?:the|le|la)[ \t]+|l')?([A-Z][A-Z0-9&]{1,9}(?: [A-Z0-9](?![\w']))?)[ \t]*[\"»])"
)
# the same pattern opening on a bracket only: its comma branch needs one of _HEREAFTER
# after the comma, so in a text that writes none of them both find the same matches (the
# comma branch's look-behind then fails on the bracket); the regex engine skips ahead to
# brackets, where it stopped at every comma of the text
_ACRONYM_DEF_BRACKETED = re.compile(ACRONYM_DEF.pattern.replace("[(,]", "[(]", 1))


# the acronyms defined in the text read last, per thread (see acronym_defs)
_defined = threading.local()


def acronym_defs(
    pattern: re.Pattern[str], folded: str, *, last: bool = False
) -> list[re.Match[str]]:
    """Every match of ``pattern`` (``ACRONYM_DEF``) in ``folded``, found once per text:
    the known acronyms a text spells out as something else, then the bodies it spells
    out, are read from the same matches (a scan of the text each was some 0.5 % of a
    parse). ``last``: the last reader, after which they are let go."""
    kept = getattr(_defined, "found", None)
    if kept is None or kept[0] is not folded or kept[1] is not pattern:
        reading = pattern
        if pattern is ACRONYM_DEF and not any(w in folded for w in _HEREAFTER):
            reading = _ACRONYM_DEF_BRACKETED  # the same matches, found sooner
        kept = (folded, pattern, list(reading.finditer(folded)))
    _defined.found = None if last else kept
    found: list[re.Match[str]] = kept[2]
    return found


def _alt(words: list[str], *, capital: bool = False) -> str:
    """An alternation of folded words, as a trie (``c(?:omite|onseil)``): the regex
    engine then reads each letter once instead of trying every word in turn;
    ``capital`` adds the Capitalised form of each word.
    """
    trie: dict[str, Any] = {}
    for f in alt_forms(words, capital=capital):
        node = trie
        for ch in f:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie)


def alt_forms(words: Iterable[str], *, capital: bool = False) -> set[str]:
    """The words :func:`_alt` writes the alternation of: folded, and Capitalised too
    with ``capital`` (what a pattern opening on it may open with)."""
    forms = {fold(w) for w in words}
    if capital:
        forms |= {f[:1].upper() + f[1:] for f in forms}
    return forms


def _word_alt(words: list[str]) -> str:
    r"""``(?<![\w'])`` then :func:`_alt` of ``words``, written so that the regex engine can
    skip ahead to the letters the words open with: the look-behind goes after each
    first letter (``c(?<![\w']c)(?:omite|onseil)``), where it asks the same of the
    character before; a pattern that opens on a look-behind is tried at every position.
    """
    branches = word_branches(words)
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def word_branches(words: list[str], tail: str = "") -> list[str]:
    r"""The branches of :func:`_word_alt`, one per first letter, each followed by ``tail``.

    Why: ``(?:X|Y)Z`` matches what ``XZ|YZ`` does, but the regex engine skips ahead to
    the first letters of a pattern only where its top level is one alternation of
    branches that each open on a letter; a group of them followed by more, or two such
    groups side by side (``(?:A...|B...)(?![\w'])|(?:C...)``), is tried at every
    position of the text. Joined with ``|`` at the top level of a pattern, they keep the
    skip."""
    forms = {fold(w) for w in words}
    assert all(f and f[0] != " " for f in forms), "a word opens on a letter"
    branches = []
    for ch in sorted({f[0] for f in forms}):
        first = re.escape(ch)
        alt = _alt([f[1:] for f in forms if f[0] == ch])
        branches.append(f"{first}(?<![\\w']{first}){alt}{tail}")
    return branches


def by_first_letter(alts: list[str], before: str = "") -> str:
    """``(?i:alts)``, the alternatives grouped by their first letter (an ASCII letter), so
    that the pattern opens on one case-sensitive class: the regex engine skips ahead to
    those letters (the upper and lower case of each, and any character that is no ASCII,
    where the letter's look-behind decides, in any case, as ``(?i:)`` does).
    ``before``: a class the character before the match must not be in (``(?<!before)``
    in front of the alternation), asked after the first letter.

    Why: re skips ahead only for a case-sensitive first character; the (?i:) alternation
    (or a look-ahead or a look-behind guarding it) is tried at every character of the
    text. A character matches the letters of one group at most, and the alternatives
    keep their order in it: the same matches."""
    groups: dict[str, list[str]] = {}
    for a in alts:
        groups.setdefault(a[0].lower(), []).append(a[1:])
    opens = "".join(f"{c}{c.upper()}" for c in sorted(groups)) + "\x80-\U0010ffff"
    branches = "|".join(f"(?<=(?i:{c}))(?i:{'|'.join(t)})" for c, t in groups.items())
    guard = f"(?<!{before}.)" if before else ""  # at the text's start: no character before
    return f"[{opens}]{guard}(?:{branches})"


def finditer_from(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text``, as ``pattern.finditer(text)`` gives them,
    where every match starts at one of ``starts`` (in text order): ``pattern`` is tried
    at those only. ``pattern`` matches no empty string."""
    done = 0  # where the last match ends: the next starts there or after
    for at in starts:
        if at >= done and (found := pattern.match(text, at)) is not None:
            done = found.end()
            yield found


def _emit(node: dict[str, Any]) -> str:
    """The regex of a trie node: longer continuations first, the end of a word last."""
    branches = []
    for ch in sorted(k for k in node if k):
        piece = _SP if ch == " " else re.escape(ch)
        branches.append(piece + _emit(node[ch]))
    if "" in node:
        branches.append("")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def with_article(c: ActorShapesFile) -> list[str]:
    """The coordinators that end on an article ("and the", "et la"): after them a new
    name opens."""
    articles = {fold(a) for a in c.organ.defined_article.all()}
    return [
        w
        for w in c.organ.coordinators.all()
        if any(fold(w).endswith((" " + a, " " + a.rstrip("'") + "'")) for a in articles)
    ]


def _modifiers(c: ActorShapesFile) -> tuple[str, str]:
    """The lower-case adjective a French head takes (``nationale``, ``spéciales``, a
    ``-ienne`` form) and the same capitalised: a name in title case capitalises the
    adjective after its head too (``Agence Nationale de ...``, ``Autorité Sénégalaise de
    Radioprotection``)."""
    listed = [fold(m).casefold() for m in c.organ.modifiers.all() if not m.startswith("-")]
    mods_words = list(inflected(listed, c.english.endings))  # "spéciales", "intérieures"
    ends = "|".join(re.escape(m[1:]) for m in c.organ.modifiers.all() if m.startswith("-"))
    capitalised = _alt([m[:1].upper() + m[1:] for m in mods_words])
    return (
        rf"(?:{_alt(mods_words)}|[a-z]+(?:{ends}))",
        rf"(?:{capitalised}|[A-Z][a-z]+(?:{ends}))",
    )


def organ_patterns(c: ActorShapesFile) -> tuple[str, str, str]:
    """The joiners, the French head-first name (``ministère belge de l'Intérieur``) and
    the link between the capitalised words of an English run."""
    joiners = _alt(c.organ.joiners.all())
    joiners_fr = _alt(c.organ.joiners.fr)
    mod, cap_mod = _modifiers(c)
    # a joiner then a capitalised word, or a head noun in lower case ("Service de police
    # de la Ville de Montréal", "Direction générale de la police nationale")
    # ... not "et du" before a capitalised head: a second body ("Sûreté du Québec et du
    # Service de police ...", "Office for X and the Department of Y")
    # ... nor "and the" before capitalised words that end on a head: a second body with
    # its own article ("the Department of Homeland Security and the Federal Bureau of
    # Investigation"; not "Committee on Homeland Security and Governmental Affairs")
    second = _alt([h[:1].upper() + h[1:] for h in c.organ.heads.all()])
    coord = _alt(c.organ.coordinators.all())
    coord_art = _alt(with_article(c))
    named = rf"(?:{_CAPW}{_SP}){{0,3}}(?:{second})(?![\w'])"
    # ... nor "et du" before a head written in lower case ("du ministère de la Justice et
    # du ministère de la Femme": a second ministry, its own name)
    lower = _alt([fold(h) for h in c.organ.second_heads])
    join_cap = (
        rf"(?!(?:{coord})[ \t]*(?:{second}|{lower})(?![\w'])|(?:{coord_art})[ \t]*{named})"
        rf"(?:{joiners_fr})[ \t]*(?:{_CAPW}|{_alt(c.organ.heads.fr)}(?![\w']))"
    )
    link = (
        rf"(?:{_SP}|(?!{_SP}(?:(?:{coord}){_SP}(?:{second})(?![\w'])|(?:{coord_art}){_SP}{named}))"
        rf"{_SP}(?:{joiners}){_SP})"
    )
    fr_heads = rf"(?:{_alt(c.organ.heads.fr, capital=True)}|{member_heads(c)})"
    # a head and its adjectives end the name only where no joiner follows
    # ("Autorité nationale", not "Centre fédéral" of "Centre fédéral de données"); a
    # coordinator then an article opens the next phrase, not more of this name ("la
    # Gendarmerie royale et la Marine royale", "la Police cantonale et les douanes")
    bare_end = (
        rf"(?<=[a-z])(?![\w'])(?![ \t]+(?!(?:{coord_art})(?:(?<=')|[ \t]))"
        rf"(?:{joiners_fr})(?:(?<=')|[ \t]))"
    )
    # a capitalised head, its adjectives and a complement that ends the name ("Sénat de
    # transition", "Commission de politique générale"); not a lower-case head ("services
    # de renseignement des États": a kind of body), nor where a link goes on after it
    # or a capital ("Centre de fusion de l'information maritime", "Centre d'entraînement
    # Roi Abdallah II": the name runs on in words no list holds, and is not cut short)
    cap_heads = _alt([fold(h)[:1].upper() + fold(h)[1:] for h in c.organ.heads.fr])
    completed = (
        rf"(?:{cap_heads})(?:{_SP}{mod}){{0,2}}{_SP}{complement(c)}"
        rf"(?:{_SP}{mod}){{0,2}}(?![\w']){bare_end}(?![ \t]+[A-Z])"
    )
    # a capitalised adjective is read only where the name goes on after it: a head and a
    # capitalised adjective alone are a heading or an office's portfolio as often
    # ("Direction Générale", "Ministre de l'Administration Territoriale")
    titled = (
        rf"(?:{fr_heads}){_SP}{cap_mod}(?:{_SP}{mod})?{_SP}{join_cap}"
        rf"(?:{_SP}(?:{mod}|{_CAPW}|{join_cap})(?![\w']))*"
    )
    organ_fr = (
        rf"{completed}|(?P<titled>{titled})|(?:{fr_heads})(?:{_SP}{mod}){{0,2}}(?:{_SP}{join_cap}"
        rf"(?:{_SP}(?:{mod}|{_CAPW}|{join_cap})(?![\w']))*|{bare_end})"
    )
    return joiners, organ_fr, link


def complement(c: ActorShapesFile) -> str:
    """A link with no article and a noun of a complement's ending (organ.complement_links,
    organ.complement_endings: ``de transition``, ``d'investigation``), as a part of a
    name after its head; a pattern that matches nothing where the data lists none.

    Why: a body outside the lists is often named by its head and what it is for, in
    lower case ("Conseil présidentiel de transition", "Commission de politique
    générale"); the name was cut before the complement, which no capital or listed head
    marks. A bare link before a verb, an adverb or a determiner ("de permettre", "de
    plus", "de ce") joins no noun of these endings."""
    links = c.organ.complement_links.fr if c.organ.complement_links else []
    ends = c.organ.complement_endings.fr if c.organ.complement_endings else []
    if not links or not ends:
        return "(?!)"
    link = _alt(links)
    end = "|".join(re.escape(fold(e)) for e in sorted(ends, key=len, reverse=True))
    return rf"(?:{link})(?:(?<=')|[ \t]+)[a-z]{{3,}}(?:{end})(?![\w'])"


def member_heads(c: ActorShapesFile) -> str:
    """A noun too common alone to open a name (organ.spelt_heads: ``Conférence``,
    ``Conference``), capitalised, before the plural of its members: ``Conférence des Chefs
    d'État``, ``Conference of the States Parties`` name a standing body in both languages;
    a conference at a place or on a subject (``Conférence de l'OSCE sur ...``) is an event.
    The link is an owner's joiner ending on a plural article (organ.owner,
    organ.plural_articles: ``des``, ``of the``), the members a capitalised plural."""
    parts = _member_parts(c)
    return "(?!)" if parts is None else f"{_word_alt(parts[0])}{parts[1]}"


def member_head_branches(c: ActorShapesFile) -> list[str]:
    """:func:`member_heads` as :func:`word_branches` (none where the data lists no spelt
    heads or owners): alternatives for the top level of a pattern."""
    parts = _member_parts(c)
    return [] if parts is None else word_branches(*parts)


def _member_parts(c: ActorShapesFile) -> tuple[list[str], str] | None:
    """The capitalised spelt heads and the look-ahead for their members (see
    :func:`member_heads`); None where the data lists no spelt heads or owners."""
    spelt = c.organ.spelt_heads.all() if c.organ.spelt_heads is not None else []
    plural = c.organ.plural_articles.all() if c.organ.plural_articles is not None else []
    owners = [o for o in c.organ.owner.all() if fold(o).casefold().split()[-1] in plural]
    if not spelt or not owners:
        return None
    ends = "|".join(map(re.escape, c.organ.plural_endings)) or "(?!)"
    heads = [fold(h)[:1].upper() + fold(h)[1:] for h in spelt]
    # ... not where a plural in lower case goes on with them ("États parties": the name
    # runs on past what the capitalised words read, and is found whole by its definition)
    members = (
        rf"(?:{_CAPW}{_SP}){{0,2}}[A-Z]{_LETTERS}*(?i:{ends})(?![\w'])"
        rf"(?!{_SP}[a-z]{_LETTERS}*(?:{ends})(?![\w']))"
    )
    # opened by a letter, not a look-behind: a pattern that opens on a look-behind is
    # tried at every position of the text (see _word_alt), and this one is an alternative
    # of the head-noun patterns every text is searched with
    return heads, rf"(?={_SP}(?:{_alt(owners)}){_SP}{members})"


def undertaking(folded: str, end: int, acronym_def: re.Pattern[str], undertakings: str) -> bool:
    """Whether the text calls the acronym defined right after the name a mission, an
    operation or a programme (``la mission de la FIAS``, ``le programme SPS``, ``the
    ISAF mission``): then the name, however it is built (``Force``, ``service``), names
    what is done, not a body that acts (guidelines §3).
    """
    m = acronym_def.match(folded, end + (folded[end : end + 1] == " "))
    if m is None:
        return False
    what = rf"(?i:{undertakings})"
    acronyms = [a for a in m.groups() if a]
    acr = "|".join(re.escape(a) for a in acronyms)
    pat = re.compile(
        rf"(?<![\w']){what}(?:[ \t]+[a-z]{{1,3}}'?){{0,2}}[ \t]*(?:(?<=')|(?<=[ \t]))"
        rf"(?:{acr})(?![\w'])|(?<![\w'])(?:{acr})[ \t]+{what}(?![\w'])"
    )
    if _UNBOUNDED.search(_SPACES.sub("", undertakings)):
        return pat.search(folded) is not None  # a word of no known length: the whole text
    # every match holds an acronym: look only around where one stands
    reach = len(undertakings) + 8  # what comes before it, but for spaces and tabs
    for a in acronyms:
        k = folded.find(a)
        while k >= 0:
            if _match_around(pat, folded, k, k + len(a), reach):
                return True
            k = folded.find(a, k + 1)
    return False


_SPACES = re.compile(r"\[ \\t\]\+")  # "[ \t]+" in a pattern's source
_UNBOUNDED = re.compile(r"[*+{]")  # a repeat: matches of no length known from the source


def _match_around(pat: re.Pattern[str], folded: str, start: int, end: int, reach: int) -> bool:
    """Whether ``pat`` (see :func:`undertaking`) has a match holding the acronym
    at ``[start, end)``: one starting there (acronym first), or one ending there whose
    start lies at most ``reach`` characters back, spaces and tabs not counted (a
    pattern source is at least as long as what its literals match).

    Why: :func:`undertaking` searched the whole text for each organ named before an
    acronym, and a long text names more of them (quadratic). The search here is
    cut at ``end + 1`` (the look-ahead after the acronym reads one more character);
    a match found there is kept only if it is a match of the whole text too."""
    if pat.match(folded, start) is not None:
        return True
    lo = start
    while lo > 0 and reach >= 0:
        lo -= 1
        if folded[lo] not in " \t":
            reach -= 1
    hi = min(len(folded), end + 1)
    pos = lo
    while pos <= start:
        m = pat.search(folded, pos, hi)
        if m is None:
            return False
        if pat.match(folded, m.start()) is not None:
            return True
        pos = m.start() + 1
    return False


def named_further(
    words: list[tuple[str, int, int]],
    spans: list[tuple[int, int]],
    genitive: frozenset[str],
    link_words: frozenset[str],
) -> bool:
    """Whether a known name is followed, after a joiner, by capitalised words no known
    name holds: a longer, other body's name (``Federal Court of Justice``, not the
    known ``Federal Court``; ``European Commission of Human Rights``)."""
    last = max(b for _, b in spans)
    after = [w for w in words if w[1] >= last]
    if not after or after[0][0].casefold() not in genitive:
        return False
    return any(w[0][:1].isupper() and w[0].casefold() not in link_words for w in after)


def finditer_in(
    pattern: re.Pattern[str],
    head: re.Pattern[str],
    text: str,
    windows: Iterable[tuple[int, int]],
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text``, as ``pattern.finditer(text)`` gives them,
    found by searching only ``windows``.

    Why: a pattern that opens on a case-blind word or a look-behind gives the regex
    engine nothing to skip ahead to, and it tries every position of the text. Where
    every match holds a rare mark (a quotation mark, a comma before a name), the
    caller gives ``[lo, hi)`` windows around those marks, in text order (``lo`` and
    ``hi`` never decreasing), such that a match starting at ``s`` has ``lo <= s`` in
    the first window with ``hi > s``, and there its opening ``head`` (a prefix of
    ``pattern``, with no look-ahead past its end) matches at ``s`` ending by ``hi``.
    ``head`` is searched in each window, cut at ``hi``, and ``pattern`` tried where it
    matches. ``pattern`` matches no empty string.
    """
    done = 0  # where the last match ends: the next starts there or after
    for lo, hi in windows:
        at = max(done, lo)
        while at < hi and (opening := head.search(text, at, hi)) is not None:
            found = pattern.match(text, opening.start())
            if found is None:
                at = opening.start() + 1
                continue
            yield found
            done = at = found.end()


# a capitalised word right before: the given name is inside a longer name ("Rue Jean Monnet")
AFTER_CAPITAL = re.compile(r"(?<![\w'])[A-Z][\w']*[ \t]{1,2}$")


def adjective(folded: str, at: int, name: int) -> bool:
    """Whether a one-word title in lower case after a capitalised word is that name's
    adjective (``Assemblée générale Distr.``: no general ``Distr``; not ``written by``).
    A capitalised article or other stop word is no name: it opens the sentence (``Le
    juge Lachance a rappelé``, ``La commissaire Roy``), the title is the person's."""
    one = folded[at].islower() and " " not in folded[at:name].strip()
    before = AFTER_CAPITAL.search(folded, max(0, at - 40), at) if one else None
    return before is not None and before.group().strip().casefold() not in _stop_words()


@functools.cache
def _stop_words() -> frozenset[str]:
    """Every language's stop words, casefolded (``data/models/language.toml``)."""
    words = load_language().stopwords.values()
    return frozenset(fold(w).casefold() for ws in words for w in ws)


def word_start(folded: str, at: int, *, elision: bool = False) -> bool:
    """Whether a match at ``at`` starts a word (or follows a French elision: l'Agence)."""
    before = folded[at - 1 : at]
    if not before or not (before.isalnum() or before in "'_"):
        return True
    return (
        elision
        and before == "'"
        and folded[at - 2 : at - 1] in ("l", "L", "d", "D")
        and (at < 3 or not folded[at - 3].isalnum())
    )
