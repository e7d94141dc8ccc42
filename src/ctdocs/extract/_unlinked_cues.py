"""The cues of :mod:`ctdocs.extract._unlinked`: the patterns and word sets it reads
``data/models/actor_shapes.toml`` into, compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TypedDict

from .._knowledge import (
    ActorShapesFile,
    OrganCues,
    PersonCues,
    _PerLanguage,
    fold,
    folded_given_names,
    load_actor_shapes,
)
from ._given_finder import GivenFinder
from ._shape_regex import (
    _CAPW,
    _LETTERS,
    _NAMEW,
    _PSP,
    _SP,
    ACRONYM_DEF,
    _alt,
    _word_alt,
    alt_forms,
    member_head_branches,
    organ_patterns,
    with_article,
    word_branches,
)
from ._unlinked_persons import listed
from ._word_openings import Openings

__all__ = ["_Cues", "_cues"]


@dataclass(frozen=True)
class _Cues:
    organ_head: re.Pattern[str]  # an English head noun, where a run is looked for
    run_left: re.Pattern[str]  # the capitalised words and joiners before it
    run_right: re.Pattern[str]  # and after it
    office_of: re.Pattern[str]  # "Chief of the " before a run
    organ_fr: re.Pattern[str]
    organ_fr_at: Openings  # where organ_fr may match: its head nouns
    person_title: re.Pattern[str]
    person_title_at: Openings  # where person_title may match: its titles
    person_kept: re.Pattern[str]
    person_kept_at: Openings  # where person_kept may match: its titles
    person_credit: re.Pattern[str]  # "By Harriet Colquhoun": a byline's author, group 1
    credit_words: tuple[str, ...] | None  # the first words its matches hold (_credit_words)
    person_credit_cell: re.Pattern[str]  # a credit word opening a line or a cell
    person_credit_second: re.Pattern[str]  # " and Dev Raghunathan" after it: group 1
    caps_anchor: re.Pattern[str]  # a surname in capitals ...
    caps_name: re.Pattern[str]  # ... and the name words before it
    office_anchor: re.Pattern[str]  # ", secrétaire générale" ...
    office_name: re.Pattern[str]  # ... and the name before the comma
    person_line: GivenFinder
    person_bracketed: re.Pattern[str]  # "Member for Truro (Alasdair Penhaligon)": group 1
    person_bracketed_at: Openings  # where it may match: its offices and seats
    person_speaker: re.Pattern[str]  # "Alasdair Penhaligon (Truro and Falmouth) (LD)": group 1
    person_short: re.Pattern[str]  # "Tolib Rahmonzoda (Rahmonzoda)": group 1
    person_given: GivenFinder  # a given name and one or two name words, in running text
    signature: re.Pattern[str]  # "Le président de la Confédération, Ignazio Cassis"
    signature_at: Openings  # where its offices may open (see signature_starts)
    next_name: re.Pattern[str]  # ", François PILLET et Michel PINAULT" after a name
    acronym_def: re.Pattern[str]  # "(SRC)", "(CUTA/OCAM)", ", ci-après « CRF »"
    link_words: frozenset[str]  # casefolded words of the joiners: not in an acronym
    trailing_joiner: re.Pattern[str]
    coordinated: re.Pattern[str]  # "and the" closing a run before a known body
    coordinator: re.Pattern[str]  # "and", "and the" (group "article") inside a run
    genitive: frozenset[str]  # "of", "de": a known name continued into a longer one
    heads: frozenset[str]  # one-word heads, folded and casefolded
    closing_heads: frozenset[str]  # casefolded: heads only where they close a run
    spelt: SpeltHeads  # the heads a name an acronym spells may stand on
    not_names: frozenset[str]  # casefolded
    not_person: frozenset[str]  # casefolded: not_names, heads, labels and not_in_name
    not_titled: frozenset[str]  # ... less not_in_name: no name after a title holds these
    labels: frozenset[str]  # casefolded: "circular", an instrument's word
    portfolio_of: re.Pattern[str]  # "Ministre de l'" at the end of a span: a portfolio next
    titles: frozenset[str]  # casefolded, one word each
    address_words: frozenset[str]  # forms of address as a word reads them: "M", "Mme", "Dr"
    postnominals: frozenset[str]  # as written: "MP", "QC"
    undertakings: str  # "mission|programme|...": an alternation of folded words
    indefinite: re.Pattern[str]  # "a ", "une " right before a run: a kind of body
    the_state: frozenset[str]  # casefolded: "services de l'État" is no body's name
    modifiers: frozenset[str]  # casefolded: "national", "federal"
    chairs: frozenset[str]  # casefolded: "presidency", "presidence": a chair's heads
    address: re.Pattern[str]  # "M. ", "Mrs. " right before a lone surname
    articles: frozenset[str]  # casefolded: "the", "la", "a"
    given: frozenset[str]  # folded given names, capitalised: "Etienne"
    office_words: frozenset[str]  # casefolded last words of offices and titles: "prosecutor"


_INITIALS = r"(?:[A-Z]\.){2,}"  # "U.S.", "U.K.": initials each with its full stop


def _office_words(offices: list[str], titles: list[str], plurals: list[str]) -> frozenset[str]:
    """The last word of each office (``Public Prosecutor`` ends on ``prosecutor``), the
    titles of one word (``Colonel``, ``sénateur``) and the plurals listed as a bench's
    (``Juges``, ``Judges``), casefolded, no full stop: the word an office held by a named
    person closes on, right before the name. A title of several words gives none: its
    last word heads a unit or a body (``Général de Brigade``, ``Secretary of State``,
    ``Special Agent in Charge``), or credits an author (``rédigé par``)."""
    words = [w.split() for w in offices]
    words += [w for w in (t.split() for t in [*titles, *plurals]) if len(w) == 1]
    # a hyphened word is read in two (folded): its last part alone is no office ("parole")
    last = (fold(w[-1]).casefold().rstrip(".") for w in words if w)
    return frozenset(w for w in last if len(w) > 2 and w.replace("'", "").isalpha())


def _person_office_words(c: ActorShapesFile) -> frozenset[str]:
    """:func:`_office_words` of the person shapes' offices, titles and bench plurals."""
    plurals = c.person.bench_plural.all() if c.person.bench_plural else []
    return _office_words(c.person.offices.all(), c.person.titles.all(), plurals)


def _labels(c: ActorShapesFile) -> frozenset[str]:
    """An instrument's words that open its short label (organ.labels: ``Circular``),
    casefolded: no person's name opens on one."""
    labels = c.organ.labels
    return frozenset(fold(w).casefold() for w in (labels.all() if labels else []))


_WORD_BEFORE = re.compile(r"([\w']+)\.?[ \t]+$")


def titled_at(folded: str, at: int, end: int, cues: _Cues) -> bool:
    """Whether a form of address or a byline's credit stands right before the name at
    ``at``..``end`` (``Ms Emma Rules``, ``M. Jean-Pierre Port``, ``By Harriet Town``), or
    an office right after it and a comma (``Anne Gate, Minister of Justice``): the run is a
    person's name, whatever its words, since no place, facility or text is so addressed
    (``not_in_name`` of ``[person]`` in actor_shapes.toml speaks for the other runs). Not
    any title: many also qualify or open a place's or a text's name (``General Scheme``,
    ``Major Events``, ``Queen Anne's Gate``, ``Martin Luther King Jr Ave``)."""
    m = _WORD_BEFORE.search(folded, max(0, at - 30), at)
    word = "" if m is None else m.group(1)
    return (
        word in cues.address_words
        or word in (cues.credit_words or ())
        or cues.office_anchor.match(folded, end) is not None
    )


def opening_words(
    words: list[tuple[str, int, int]], cues: _Cues
) -> list[tuple[str, int, int]] | None:
    """The words of a capitalised run from the first that may open a body's name: past
    the words no name opens on (organ.not_names: ``The``, ``Article``) and an
    instrument's word (:func:`past_labels`). None where a not_name opens an office
    (``Chief of the Defence Staff``: a not_name, then a link)."""
    while words and words[0][0].casefold() in cues.not_names:
        if len(words) < 2 or not words[1][0][:1].isupper():
            return None
        words = words[1:]
    return past_labels(words, cues.labels)  # "the Circular of the Ministry of Justice"


def past_labels(
    words: list[tuple[str, int, int]], labels: frozenset[str]
) -> list[tuple[str, int, int]]:
    """The words of a capitalised run less an instrument's word (organ.labels) and what
    it reads as: the words after it up to the next capital where it opens the run (``the
    Circular of the Ministry of Justice``, ``Circulaire Office central ...``), itself and
    all after it where it follows a name (``the Central Bank Circular No. 5``). The
    instrument is no part of the body's name (guidelines §3: a document is no actor)."""
    at = next((k for k, w in enumerate(words) if w[0].casefold() in labels), None)
    if at is None:
        return words
    kept = words[:at] if at else words[1:]
    while at == 0 and kept and not kept[0][0][:1].isupper():
        kept = kept[1:]
    while at and kept and not kept[-1][0][:1].isupper():
        kept = kept[:-1]
    return kept


def _portfolio_of(c: ActorShapesFile) -> re.Pattern[str]:
    """A minister's office and an owner's link closing the span searched (organ.
    portfolio_offices, organ.owner: ``Ministre de l'``): the head's phrase after it is the
    minister's portfolio, no body."""
    offices = c.organ.portfolio_offices
    if offices is None:
        return re.compile(r"(?!)")
    return re.compile(
        rf"(?<![\w'])(?:{_alt(offices.all())}){_SP}(?:{_alt(c.organ.owner.all())})"
        rf"(?:(?<=')|[ \t]+)$"
    )


# what a numbered heading's line holds before its title: a word and a number or a roman
# numeral ("Axe 3 :", "Section 2.", "Titre II -"), a roman numeral ("II."), a number of two
# levels or more ("3.1"); not "1." nor "b)", which open a list's items as often (a list of
# the bodies a committee holds)
_LABEL = re.compile(
    r"[ \t]*(?:[^\W\d_]+[ \t]+(?:\d+|[IVXLC]+)|[IVXLC]+(?=[.)])|\d+(?:\.\d+)+)"
    r"[ \t]*[.):\u2013\u2014-]?[ \t]*"
)


def numbered_title(folded: str, start: int, end: int) -> bool:
    """Whether ``folded[start:end]`` is the whole title of a numbered heading's line
    (``AXE 3 : Coordination Nationale de la Réponse``), with no stop after it: a plan's
    headings write their topics in title case, as a body's name."""
    opens = folded.rfind("\n", 0, start) + 1
    closes = folded.find("\n", end)
    rest = folded[end : len(folded) if closes < 0 else closes]
    return (
        opens < start
        and _LABEL.fullmatch(folded, opens, start) is not None
        and not rest.strip(" \t:")
    )


def _title_words(c: ActorShapesFile) -> frozenset[str]:
    """The words of the person shapes' titles, one word each, casefolded, without a full
    stop (``Lieutenant-Colonel`` folded, ``Gen.``)."""
    return frozenset(
        w.rstrip(".") for t in c.person.titles.all() for w in fold(t).casefold().split()
    )


def _run_left(links: list[str]) -> re.Pattern[str]:
    """The capitalised words before an English head, perhaps joined by ``links``
    (organ.run_links): "Immigration and Borders Service", "Gulf of Guinea Commission".
    A state's initials with their full stops are a word of the name too ("U.S. Marshals
    Service", "U.K. Border Force"): publishers write a state's own body so in every kind
    of text, and the name read without them is another state's as much as this one's."""
    word = rf"(?:{_INITIALS}|{_CAPW})"
    linked = rf"{_SP}(?:(?:{_alt(links)}){_SP}(?=[A-Z]))?"
    # opening on the first word's capital, its look-behind after it (both kinds of word open
    # on one): the regex engine skips ahead to capitals, where the look-behind in front was
    # tried at every character of the 160 before each head (speed)
    first = rf"[A-Z](?<![\w'.].)(?:\.(?:[A-Z]\.)+|{_LETTERS}*(?:'{_LETTERS}+)?)"
    return re.compile(rf"{first}{linked}(?:{word}{linked})*$")


def _person_title(titles: str, name: str) -> re.Pattern[str]:
    """Titles one after another (a short qualifier in brackets after them), then the name
    ("H.E. Dr. Kao Sophal"), perhaps opening on an initial without its full stop ("Ms R
    Tanaka-Moore", as courts of the common law list counsel); group 1: the name."""
    return re.compile(
        rf"(?:{titles})(?:{_PSP}(?:{titles}))*(?:{_PSP}{_QUALIFIER})?"
        rf"{_PSP}((?:[A-Z]{_PSP}(?={_MIXED}))?{name})"
    )


# a short qualifier in brackets after a rank, before the name: "Commodore (Retd.) Ruwan
# Dissanayake", "Général de brigade (2S) Abdourahamane Issoufou Garba"; a letter in it (a
# year or a note's number in brackets is a citation's: "the Commissioner (2019) Review")
_QUALIFIER = r"\((?=[^()\n]{0,5}[^\W\d_])[^()\n]{1,6}\)"


def _person_credit(person: PersonCues, particles: str) -> re.Pattern[str]:
    """A credit word opening a line (blanks before it) or after a separator (``·``,
    ``|``, a dash), then a full name of two name words or more (group 1); never a match
    where the data gives no credit words."""
    words = person.credits.all() if person.credits is not None else []
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"(?m){_CREDIT_OPENING}(?:{_alt(words)}){_PSP}({_full(particles)})")


# what separates a byline's cell from the one before it ("19 mars 2026 · Par ...")
CREDIT_SEPARATORS = "\u00b7|\u2022\u2013\u2014"
_CREDIT_OPENING = rf"(?:^[ \t]*|(?<=[{CREDIT_SEPARATORS}][ \t]))"


def _credit_words(person: PersonCues) -> tuple[str, ...] | None:
    """The first word of each credit as ``person_credit`` writes it (folded, its case
    kept: "By", "Par"), which every match of it holds right after its opening; None where
    a credit holds no word (a match of it might hold none of these)."""
    words = person.credits.all() if person.credits is not None else []
    firsts = {f.split()[0] if f.split() else "" for f in alt_forms(words)}
    return None if "" in firsts else tuple(sorted(firsts))


def _full(particles: str) -> str:
    """A full name: two name words or more."""
    return rf"{_NAMEW}(?:{_PSP}(?:(?:{particles}){_PSP})?{_NAMEW})+(?![\w'])"


def _credit_cells(
    person: PersonCues, coordinators: list[str], particles: str
) -> dict[str, re.Pattern[str]]:
    """A credit word opening a line or a cell before a capital (a row holding two is a
    row of facets: "Browse · By Member State · By Thematic Area"), and a second name
    after the first, joined by a one-word coordinator (" and Dev Raghunathan")."""
    words = person.credits.all() if person.credits is not None else []
    joins = [w for w in coordinators if " " not in w]
    return {
        "person_credit_cell": re.compile(
            rf"(?m){_CREDIT_OPENING}(?:{_alt(words)}){_PSP}[A-Z]" if words else r"(?!)"
        ),
        "person_credit_second": re.compile(
            rf"[ \t]+(?:{_alt(joins)})[ \t]+({_full(particles)})" if joins else r"(?!)"
        ),
    }


def _run_right(link: str, coordinators: list[str]) -> re.Pattern[str]:
    """The capitalised words after an English head, joined by ``link``; not a word in
    capitals after a blank or a coordinator: after a name in mixed case it is the
    body's acronym set beside it ("Pacific Fusion Centre PFC") or a communiqué's verb
    ("the Committee AGREED", "Units and ENCOURAGED"), not a word of the name (one
    after a joiner is: "Committee of the OAU")."""
    # ... a roman numeral is the body's number ("Chamber III"), not a word in capitals
    caps = rf"{_SP}(?:(?:{_alt(coordinators)}){_SP})?(?![IVXLC]+(?![\w']))[A-Z]{{2,}}(?![\w'])"
    return re.compile(rf"(?:(?!{caps}){link}{_CAPW}(?![\w']))*")


# a name word in mixed case: not an acronym ("(IS-Sahel)" defines one, names no person)
_MIXED_TAIL = rf"[a-z]{_LETTERS}*(?![\w'])"  # after its capital
_MIXED = rf"[A-Z]{_MIXED_TAIL}"


def _members(person: PersonCues, particles: str) -> dict[str, re.Pattern[str]]:
    """The persons a transcript or a press release names with brackets: after an office or a
    seat, on a speaker's line, before their surname alone; and a byline's authors (group 1:
    the name)."""
    return {
        "person_credit": _person_credit(person, particles),
        "person_bracketed": _bracketed(_seats(person)),
        "person_speaker": re.compile(
            rf"(?m)^[ \t]*({_MIXED}(?:{_PSP}{_MIXED}){{1,2}})[ \t]+\([^()\n]*[a-z][^()\n]*\)"
            rf"(?:[ \t]*\([^()\n]{{1,40}}\))?[ \t]*$"
        ),
        # a full name, then its surname alone in brackets: the short name the text will use
        # for the person (press releases on designations: "Ehsanullah Wardak (Wardak)")
        # speed: the first name word is written out, its look-behind ("no word character
        # before") after its capital, so that the regex engine skips ahead to capitals: the
        # same matches as "(?<![\w'])((?:{_MIXED}{_PSP}...){1,3}..."
        "person_short": re.compile(
            rf"([A-Z](?<![\w'][A-Z]){_MIXED_TAIL}{_PSP}(?:(?:{particles}){_PSP})?"
            rf"(?:{_MIXED}{_PSP}(?:(?:{particles}){_PSP})?){{0,2}}"
            rf"({_MIXED}(?:[ \t]{_MIXED})?))[ \t]+\(\2\)"
        ),
    }


def _seats(person: PersonCues) -> list[str]:
    """The offices and members' seats a bracketed name follows."""
    return [*person.offices.all(), *(person.members.all() if person.members else [])]


def _bracketed(seats: list[str]) -> re.Pattern[str]:
    """An office or a member's seat, then on the same line two to four name words alone in
    brackets: the person who holds it, as debate transcripts write it."""
    # speed: the look-behind after each first letter (:func:`_word_alt`), not before the
    # words, lets the regex engine skip ahead to those letters
    words = _word_alt(seats)
    return re.compile(rf"{words}(?![\w'])[^()\n]{{0,60}}\(({_MIXED}(?:{_PSP}{_MIXED}){{1,3}})\)")


def _given(particles: str) -> tuple[GivenFinder, GivenFinder]:
    """A given name (the short list and given_names.toml's long one) and one or two name
    words: in running text (``person_given``), or on a line of their own, a byline or a
    signature (``person_line``). A word set, not a regex of every name: see
    :mod:`._given_finder`.

    The finders read the folded text with its joining hyphens kept (:mod:`._name_hyphens`):
    a compound given name (``Sophie-Anne``) and a compound surname (``Lévesque-Tardif``,
    ``al-Sahrawi``) are one name part each, as the hyphen makes them."""
    names = sorted(folded_given_names())
    part = rf"{_NAMEW}(?:-{_NAMEW})*"  # "Levesque-Tardif", "Al-Sahrawi"
    word = rf"(?:(?:{particles})-)?{part}"  # "al-Kismayi", "el-Amin"
    more = rf"(?:{_PSP}(?:(?:{particles}){_PSP})?{word}){{1,2}}"
    # a compound given name has two parts; a name all of whose words are hyphened is a
    # place named after a person ("aeroport Pierre-Elliott-Trudeau", "Charles-de-Gaulle"),
    # as French writes such names; a compound given name alone ("Jean-Pierre") as its two
    # words were read
    words = rf"(?:(?:-{_NAMEW})?{more}|-{_NAMEW}(?!-))"
    return (
        GivenFinder(names, _alt, rf"{words}(?![\w'])(?!{_PSP}[A-Z])"),
        GivenFinder(names, _alt, rf"{words}(?=\.?[ \t]*$|{_SP}[a-z])", at_line_start=True),
    )


def _link_words(joiners: list[str]) -> frozenset[str]:
    """The words of the joiners ('of the', "de l'"), with the elided articles l' and d'."""
    words = (w.casefold() for j in joiners for w in re.split(r"[ ']+", fold(j)) if w)
    return frozenset(words) | {"l", "d"}


@dataclass(frozen=True, slots=True)
class SpeltHeads:
    """The heads of a name an acronym spells: the heads and the nouns that head a name
    only there (organ.spelt_heads); their plurals (organ.plural_endings), which head a
    name only after a definite article (organ.plural_articles); the singular definite
    articles (organ.singular_articles) before a name in lower case."""

    heads: frozenset[str]  # folded and casefolded
    plurals: frozenset[str]  # the plurals that are no head themselves
    article: re.Pattern[str]  # "les ", "the " right before a name on a plural head
    singular: re.Pattern[str]  # "le ", "l'", "du " right before a name in lower case


def _spelt_heads(organ: OrganCues, heads: frozenset[str]) -> SpeltHeads:
    """The :class:`SpeltHeads` of the shape cues."""
    more = organ.spelt_heads.all() if organ.spelt_heads is not None else []
    single = heads | {fold(h).casefold() for h in more if " " not in fold(h)}
    plural = {h + end for h in single for end in organ.plural_endings} - single
    articles = organ.plural_articles.all() if organ.plural_articles is not None else []
    article = re.compile(rf"(?<![\w'])(?i:{_alt(articles)})[ \t]+$")
    one = organ.singular_articles.all() if organ.singular_articles is not None else []
    elided = _alt([a for a in one if a.endswith("'")] or ["(?!)"])
    whole = _alt([a for a in one if not a.endswith("'")] or ["(?!)"])
    singular = re.compile(rf"(?<![\w'])(?i:(?:{whole})[ \t]+|{elided})$")
    return SpeltHeads(single, frozenset(plural), article, singular)


def _undertakings(organ: OrganCues) -> str:
    """The pattern of the undertaking words (``mission``, ``exercice``), not where an
    idiom word stands right before one (``président en exercice du CDS``: in office)."""
    idioms = organ.undertaking_idioms.all() if organ.undertaking_idioms is not None else []
    before = "".join(rf"(?<!(?<![\w']){re.escape(fold(w))}[ \t])" for w in idioms)
    return before + rf"(?:{_alt(organ.undertakings.all())})"


def _coordinator(c: ActorShapesFile) -> re.Pattern[str]:
    """A coordinator between two capitalised words ("and", "et"), its group ``article``
    set where it ends on an article ("and the", "et la"): a second name opens there."""
    coordinators = _alt(c.organ.coordinators.all())
    return re.compile(
        rf"{_SP}(?:(?P<article>{_alt(with_article(c))})|{coordinators}){_SP}(?=[A-Z])"
    )


def _heads(c: ActorShapesFile) -> tuple[frozenset[str], list[str]]:
    """The one-word heads of a body's name, folded and casefolded, and the spelt heads
    (organ.spelt_heads), which head a name before its members too (member_heads)."""
    spelt = c.organ.spelt_heads.all() if c.organ.spelt_heads is not None else []
    words = (fold(h).casefold() for h in (*c.organ.heads.all(), *spelt))
    return frozenset(w for w in words if " " not in w), spelt


class _Vetoes(TypedDict):
    not_person: frozenset[str]
    not_titled: frozenset[str]


def _vetoes(not_named: frozenset[str], person: PersonCues) -> _Vetoes:
    """``not_person``: the words no person's name holds (``not_named``: the bodies' and
    instruments' words) with ``not_in_name``; ``not_titled``: those a name after a form of
    address may hold but the bodies' words (see :func:`titled_at`)."""
    return _Vetoes(not_person=not_named | _folded(person.not_in_name), not_titled=not_named)


def _folded(words: _PerLanguage | None) -> frozenset[str]:
    """Both languages' words of an optional list, folded and casefolded."""
    return frozenset(fold(w).casefold() for w in (words.all() if words is not None else []))


def _organ_head(c: ActorShapesFile) -> re.Pattern[str]:
    r"""An English head noun, or a spelt head before its members: one flat alternation of
    branches that each open on a letter, so that the regex engine skips ahead to those
    letters (the two groups side by side, ``(?:A..|B..)(?![\w'])|(?:C..)(?=..)``, were
    tried at every position of every text: some 1 % of a parse)."""
    return re.compile(
        "|".join([*word_branches(c.organ.heads.en, r"(?![\w'])"), *member_head_branches(c)])
    )


def _particles(words: list[str]) -> str:
    """One particle or two in a row inside a name ("de la", "van der", "de los"): "Anna de
    la Court", "Jan van der Berg" (one only read "Anna" and "Jan")."""
    one = _alt(words)
    return rf"(?:{one})(?:{_PSP}(?:{one}))?"


# a surname in capitals: it has a vowel (NRBC: an acronym); a capital opens it (the engine
# skips there)
_CAPS_ANCHOR = re.compile(
    r"[A-Z](?:(?<=[AEIOUY])|(?=[A-Z]*[AEIOUY]))[A-Z]{3,}(?![\w'])(?![ \t]+[A-Z]{2,})"
)


@cache
def _cues() -> _Cues:
    c = load_actor_shapes()
    joiners, organ_fr, link = organ_patterns(c)
    particles = _particles(c.person.particles)
    name = rf"{_NAMEW}(?:{_PSP}(?:(?:{particles}){_PSP})?{_NAMEW})*(?![\w'])"
    titles = _alt(c.person.titles.all(), capital=True)
    not_names = frozenset(fold(w).casefold() for w in c.organ.not_names.all())
    labels = _labels(c)  # "circular": no person's name, a body's name may follow
    (heads, spelt), (person_given, person_line) = _heads(c), _given(particles)
    return _Cues(
        organ_head=_organ_head(c),
        run_left=_run_left(c.organ.run_links),
        run_right=_run_right(link, c.organ.coordinators.all()),
        office_of=re.compile(rf"({_CAPW}){_SP}(?:{joiners}){_SP}$"),
        organ_fr=re.compile(organ_fr),
        organ_fr_at=Openings(alt_forms([*c.organ.heads.fr, *spelt], capital=True)),
        person_bracketed_at=Openings(alt_forms(_seats(c.person))),
        person_title_at=Openings(alt_forms(c.person.titles.all(), capital=True)),
        person_kept_at=Openings(alt_forms(c.person.kept)),
        signature_at=Openings(alt_forms(c.person.offices.all(), capital=True)),
        person_title=_person_title(titles, name),
        caps_anchor=_CAPS_ANCHOR,
        caps_name=re.compile(rf"(?:[A-Z][a-z]{_LETTERS}*{_PSP}){{1,3}}(?:(?:{particles}){_PSP})?$"),
        person_given=person_given,
        person_line=person_line,
        **_members(c.person, particles),
        credit_words=_credit_words(c.person),
        **_credit_cells(c.person, c.organ.coordinators.all(), particles),
        **listed(c.person.offices.all(), name, titles, particles),
        office_anchor=re.compile(
            rf",{_SP}(?:(?:{_alt(c.organ.defined_article.all())}){_SP}?|[A-Z]\w+'s{_SP})?"
            rf"(?:{_alt(c.person.offices.all())})(?![\w'])"
        ),
        office_name=re.compile(rf"{_NAMEW}(?:{_PSP}(?:(?:{particles}){_PSP})?{_NAMEW}){{1,3}}$"),
        trailing_joiner=re.compile(rf"[ \t]+(?:{_alt(c.organ.designation.all())})[ \t]*$"),
        genitive=frozenset(fold(w).casefold().rstrip("'") for w in c.organ.genitive.all()),
        coordinated=re.compile(rf"[ \t]+(?:{_alt(c.organ.coordinators.all())})[ \t]*$"),
        coordinator=_coordinator(c),
        acronym_def=ACRONYM_DEF,
        link_words=_link_words(c.organ.joiners.all()),
        heads=heads,
        closing_heads=frozenset(fold(w).casefold() for w in c.organ.closing_heads.all()),
        spelt=_spelt_heads(c.organ, heads),
        not_names=not_names,
        **_vetoes(not_names | heads | labels, c.person),
        labels=labels,
        portfolio_of=_portfolio_of(c),
        titles=_title_words(c),
        address_words=frozenset(fold(w).rstrip(".") for w in c.person.address),
        postnominals=frozenset(c.person.postnominals),
        undertakings=_undertakings(c.organ),
        the_state=frozenset(fold(w).casefold() for w in c.organ.the_state.all()),
        modifiers=frozenset(fold(w).casefold() for w in c.organ.modifiers.all() if w[0] != "-"),
        chairs=_folded(c.organ.chairs),
        indefinite=re.compile(rf"(?<![\w'])(?:{_alt(c.organ.indefinite.all())})[ \t]+$"),
        articles=_folded(c.organ.defined_article) | _folded(c.organ.indefinite),
        address=re.compile(rf"(?<![\w'])(?:{_alt(c.person.address)})[ \t]{{1,2}}$"),
        given=folded_given_names(),
        office_words=_person_office_words(c),
    )
