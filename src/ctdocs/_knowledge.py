"""Language knowledge as data: the files of ``data/models/``, validated on load.

ctdocs keeps what it knows about French and English (actor names, month names,
domain triggers, web chrome, language cues) in versioned TOML files rather
than in code, so that adding a language or an actor is a data change that a
reviewer can read. Each file is checked by a strict pydantic schema when it is
loaded: unknown keys, duplicate ids, an alias claimed by two actors and
patterns that do not compile are all reported at once, with the file and the
entry, as a :class:`~ctdocs.KnowledgeBaseError`.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections import defaultdict
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from ._errors import KnowledgeBaseError

__all__ = [
    "ActorEntry",
    "ActorShapesFile",
    "ActorsFile",
    "DatesFile",
    "DocumentFile",
    "DomainCues",
    "DomainEntry",
    "DomainScoring",
    "DomainsFile",
    "LanguageFile",
    "LayoutFile",
    "fold",
    "load_actor_shapes",
    "load_actors",
    "load_dates",
    "load_document",
    "load_domains",
    "load_language",
    "load_layout",
    "models_dir",
]

SUPPORTED_MAJOR = 1


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def _check_patterns(patterns: list[str]) -> list[str]:
    for p in patterns:
        try:
            re.compile(p)
        except re.error as exc:
            raise ValueError(f"pattern {p!r} does not compile: {exc}") from None
    return patterns


class _Versioned(_Strict):
    schema_version: str = Field(pattern=r"^\d+\.\d+$")

    @field_validator("schema_version")
    @classmethod
    def _major(cls, v: str) -> str:
        if int(v.split(".")[0]) != SUPPORTED_MAJOR:
            raise ValueError(f"major version {v} is not {SUPPORTED_MAJOR}.x")
        return v


# ---------------------------------------------------------------- actors
class ActorEntry(_Strict):
    """One actor. Names are matched accent-, apostrophe- and hyphen-insensitively.

    * ``name``, ``name_fr`` and ``aliases`` of two or more words match with the
      first letter in either case; one-word ones match with their exact case.
    * ``acronyms`` match exactly, case included (``COR``, ``EAPC``).
    * ``weak_aliases`` (``Alliance``, ``Organisation``) count only in a document
      that names the actor by one of its other names, or the actor it is ``part_of``.
      Several actors may share one (``Council``): the text decides which is meant.
    """

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    name: str = Field(min_length=1)
    name_fr: str | None = None
    kind: Literal["organization", "organ", "state", "person", "non-state armed group"]
    aliases: list[str] = []
    acronyms: list[str] = []
    weak_aliases: list[str] = []
    part_of: str | None = None

    def strong_forms(self) -> list[str]:
        forms = [self.name, *([self.name_fr] if self.name_fr else []), *self.aliases]
        return forms


class ActorsFile(_Versioned):
    actor: list[ActorEntry]


# ---------------------------------------------------------------- actor shapes
class _PerLanguage(_Strict):
    """Words per language, French and English side by side; both must be given."""

    fr: list[str] = Field(min_length=1)
    en: list[str] = Field(min_length=1)

    def all(self) -> list[str]:
        return [*self.fr, *self.en]


class PlaceCues(_Strict):
    """A state named after one of these words is a place, not an actor (``in Iraq``)."""

    before: _PerLanguage


class PersonCues(_Strict):
    """How a named person shows: a title before the name, particles inside it."""

    titles: _PerLanguage  # M., Mr, général: before a name, not part of it
    offices: _PerLanguage  # secrétaire, Minister: after a name and a comma
    kept: list[str] = Field(min_length=1)  # Lord, Sir: titles that are part of the name
    given_names: list[str] = Field(min_length=1)  # Claire, Dirk: open a byline
    particles: list[str] = Field(min_length=1)  # de, van, bin: lower-case words inside names


class OrganCues(_Strict):
    """How a body not in the knowledge base shows: a capitalised name with a head noun."""

    heads: _PerLanguage  # Ministry, Committee, Agence ...: the noun a body's name is built on
    joiners: _PerLanguage  # of, of the, de la ...: words that join a name's parts
    designation: _PerLanguage  # for, pour le: before a state, they close a name
    modifiers: _PerLanguage  # lower-case words that may follow a French head (nationale)
    not_names: _PerLanguage  # capitalised words that make a run a title or heading

    @model_validator(mode="after")
    def _heads_are_names(self) -> OrganCues:
        clash = {h.casefold() for h in self.heads.all()} & {
            w.casefold() for w in self.not_names.all()
        }
        if clash:
            raise ValueError(f"words both heads and not_names: {sorted(clash)}")
        return self


class ActorShapesFile(_Versioned):
    place: PlaceCues
    person: PersonCues
    organ: OrganCues


# ---------------------------------------------------------------- domains
class DomainEntry(_Strict):
    """A domain code with regular-expression triggers per language.

    Patterns are matched case-insensitively on accent-folded text, with word
    boundaries added; write inflections into the pattern (``armes? chimiques?``).
    ``strong`` triggers tag a clause on one hit; ``weak`` ones need two different
    words (both subject to the role factors of :class:`DomainScoring`).
    """

    code: str = Field(pattern=r"^[A-Z][A-Z-]*$")
    name: str
    strong: dict[str, list[str]] = {}
    weak: dict[str, list[str]] = {}
    exclude: dict[str, list[str]] = {}

    @field_validator("strong", "weak", "exclude")
    @classmethod
    def _compile(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        for pats in v.values():
            _check_patterns(pats)
        return v


class DomainCues(_Strict):
    """Words that tell the role of a trigger in its sentence, for one language.

    ``definition``: a hit after one of these in its sentence is in the body of a
    definition (``X means ...``); ``citation``: a segment opened by one of these
    cites an instrument (``Recalling its resolution ...``); ``name_before`` /
    ``name_after``: a capitalised head just before / after a hit makes the hit part
    of a body's or an act's name (``Minister of ...``, ``... Commission``). The
    name patterns are case-sensitive; the others are matched on lower-cased text.
    """

    definition: list[str] = []
    citation: list[str] = []
    name_before: list[str] = []
    name_after: list[str] = []

    @field_validator("definition", "citation", "name_before", "name_after")
    @classmethod
    def _compile(cls, v: list[str]) -> list[str]:
        return _check_patterns(v)


class DomainScoring(_Strict):
    """How evidence is weighed (``ctdocs.extract._domains``; fitted values are reported
    leave-one-family-out in ``benchmarks/results/lofo_domains.txt``)."""

    weak_weight: float = Field(gt=0, le=1)
    list_factor: float = Field(ge=0, le=1)
    definition_factor: float = Field(ge=0, le=1)
    citation_factor: float = Field(ge=0, le=1)
    name_factor: float = Field(ge=0, le=1)
    heading_weight: float = Field(ge=1)
    heading_max_words: int = Field(ge=1)
    list_max_words: int = Field(ge=1)
    list_min_commas: int = Field(ge=1)
    clause_threshold: float = Field(gt=0)
    document_threshold: float = Field(gt=0)
    document_per_kword: float = Field(ge=0)
    cues: dict[str, DomainCues]

    @field_validator("cues")
    @classmethod
    def _languages(cls, v: dict[str, DomainCues]) -> dict[str, DomainCues]:
        unknown = sorted(set(v) - {"fr", "en"})
        if unknown:
            raise ValueError(f"cues for unknown languages {unknown}")
        return v


class DomainsFile(_Versioned):
    scoring: DomainScoring
    domain: list[DomainEntry]


# ---------------------------------------------------------------- dates
class MonthNames(_Strict):
    number: int = Field(ge=1, le=12)
    names: list[str]


class DateLanguage(_Strict):
    months: list[MonthNames]
    ordinal_day: list[str] = []  # "1er", "1st"
    mid: list[str] = []  # "mi-", "mid-"
    early: list[str] = []  # "début", "early"
    late: list[str] = []  # "fin", "late"
    by_end: list[str] = []  # "avant la fin", "d'ici fin", "by the end of"
    deadline: list[str] = []  # "d'ici", "by": a year-less date after one lies ahead
    from_to: list[list[str]] = []  # [["du", "au"], ["from", "to"]]
    between: list[list[str]] = []  # [["entre", "et"], ["between", "and"]]
    year_prefix: list[str] = []  # "pour", "for"
    # Optional refinements (see the header of data/models/dates.toml):
    weak_months: list[str] = []  # forms that need a day or a year: "May", "Dec."
    month_first: bool = False  # "June 6, 2002"
    capitalized: bool = False  # month names take a capital; "may" is another word
    day_month_link: list[str] = []  # "of" in "25th of June"
    month_cue: list[str] = []  # "en", "in": a year-less month after one is a date
    year_suffix: list[str] = []  # "et au-delà", "and beyond"
    reference_words: list[str] = []  # "résolution 2001": a number after one is no year
    count_words: list[str] = []  # "2000 euros": a number before one is no year
    reference_after: list[str] = []  # "2001, c. 41": a year before one is a citation
    day_join: list[str] = []  # "et", ",": consecutive days of one event (14 et 15 mai)
    weekdays: list[str] = []  # "lundi", "Monday": allowed before a day of such a list
    day_words: list[str] = []  # ordinal day words, the first for day 1 ("tenth" is 10)
    day_of: list[str] = []  # "day of" in "the tenth day of May, 1996"
    event_before: list[str] = []  # "du", "the": a year-less event day after one is a name
    recent: list[str] = []  # "dernier", "last": a year-less date is the latest one before

    @field_validator("from_to", "between")
    @classmethod
    def _pairs(cls, v: list[list[str]]) -> list[list[str]]:
        for pair in v:
            if len(pair) != 2 or not all(w.strip() for w in pair):
                raise ValueError(f"connector {pair!r} is not a pair of two words")
        return v

    @model_validator(mode="after")
    def _weak_are_months(self) -> DateLanguage:
        names = {n for m in self.months for n in m.names}
        unknown = sorted(set(self.weak_months) - names)
        if unknown:
            raise ValueError(f"weak_months {unknown} are not month names of this language")
        return self


class DatesFile(_Versioned):
    languages: dict[str, DateLanguage]
    min_year: int = 1900
    max_year: int = 2099
    event_days: list[str] = Field(
        default_factory=list,
        description="Days written as MM-DD that, with no year, name an event (09-11), not a date.",
    )

    @field_validator("event_days")
    @classmethod
    def _month_days(cls, v: list[str]) -> list[str]:
        bad = [d for d in v if not re.fullmatch(r"(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", d)]
        if bad:
            raise ValueError(f"event_days {bad} are not MM-DD")
        return v


# ---------------------------------------------------------------- the document itself
class DocumentCues(_Strict):
    """Cue words of one language for the document's own date (see document.toml)."""

    adopted: list[str] = []  # "adoptée", "issued on": the strongest cue
    closing: list[str] = []  # "in witness whereof": the closing formula's date
    act: list[str] = []  # "regulation", "position commune": an act's title carries its date
    act_of: list[str] = []  # "of", "du" between the act's name and its date
    stamp: list[str] = []  # "last updated": the date only when nothing else dates it
    not_own: list[str] = []  # "post on", "envoyé sur": someone else's date
    event: list[str] = []  # "commencé le", "entry into force": a date, not the document's own
    dateline_article: list[str] = []  # "le" in "Bruxelles, le 2.12.2015"


class SymbolPattern(_Strict):
    pattern: str
    lang: str | None = None

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, v: str) -> str:
        _check_patterns([v])
        return v


class DocumentFile(_Versioned):
    """How the document's own date and official number are found."""

    head_lines: int = Field(default=60, ge=1)
    head_chars: int = Field(default=4000, ge=1)
    short_line_words: int = Field(default=8, ge=0)
    languages: dict[str, DocumentCues]
    symbols: list[SymbolPattern] = []


# ---------------------------------------------------------------- layout / noise
class BoilerplateModel(_Strict):
    """Noise by features: word lists, cue patterns and the fitted weights of the line scorer."""

    stop_words: dict[str, list[str]] = Field(
        description="Function words per language; their share of a line's words marks prose."
    )
    interface_words: dict[str, list[str]] = Field(
        description="Words of a web or file-host interface (page, share, download, views); "
        "their share of a short line marks chrome, as link density does in HTML."
    )
    stamp_cues: list[str] = Field(
        description="Regexes for a page's own stamp ('Last updated', 'Mis à jour le'); a short "
        "line opening with one is metadata noise."
    )
    toc_headings: list[str] = Field(description="Whole lines that head a table of contents.")
    good_min_words: int = Field(ge=1, description="A good (prose) line has this many words...")
    good_min_stop: float = Field(ge=0, le=1, description="...and this share of stop words.")
    neighbour_max_words: int = Field(
        ge=0, description="A line this short between two boilerplate lines is boilerplate."
    )
    weights: dict[str, float] = Field(description="Feature weights of the linear line scorer.")
    bias: float
    threshold: float = Field(description="A line whose score reaches this is boilerplate.")

    @field_validator("stamp_cues")
    @classmethod
    def _compile_cues(cls, v: list[str]) -> list[str]:
        return _check_patterns(v)


class LayoutFile(_Versioned):
    """Cues for what is not document: web chrome, captions, front matter."""

    boilerplate: BoilerplateModel | None = Field(
        default=None, description="Noise by features (see _boilerplate.py); None turns it off."
    )

    chrome: list[str] = Field(description="Regexes; a line matching one is web chrome.")
    chrome_lines: list[str] = Field(description="Whole lines (case-insensitive) that are chrome.")
    trailer_lines: list[str] = Field(
        default_factory=list,
        description="Whole lines that open a page's trailer of links (\"Related news\"): the "
        "short lines after one are chrome too, up to the next numbered or long line.",
    )
    caption: list[str] = Field(description="Regexes that mark a one-sentence photo caption.")
    front_matter: list[str] = Field(description="Regexes for metadata lines below the title.")
    masthead: list[str] = Field(description="Whole lines that head a document but are no title.")
    signature: list[str] = Field(
        default_factory=list,
        description="Regexes for the lines that close a document: signature and closing formula.",
    )
    subject_line: list[str] = Field(
        default_factory=list,
        description="Regexes for a head line that names the document's subject (an EU cover "
        "note's 'Subject:'); each has a named group 'title'. A document with no title line "
        "takes its title from such a line.",
    )
    page_furniture: dict[Literal["page-number", "page-header", "page-footer"], list[str]] = Field(
        default_factory=dict,
        description="Regexes, by kind, for whole lines printed on every page of a paginated "
        "source (page numbers, running headers and footers, barcodes, job numbers). They are "
        "noise wherever they stand, and a line break next to one is never joined. A "
        "page-header line in the document's head (before its first numbered or long line) "
        "is the document's own symbol, not noise.",
    )

    @field_validator("chrome", "caption", "front_matter", "signature")
    @classmethod
    def _compile(cls, v: list[str]) -> list[str]:
        return _check_patterns(v)

    @field_validator("subject_line")
    @classmethod
    def _compile_subject(cls, v: list[str]) -> list[str]:
        _check_patterns(v)
        missing = [p for p in v if "title" not in re.compile(p).groupindex]
        if missing:
            raise ValueError(f"subject_line patterns without a (?P<title>...) group: {missing}")
        return v

    @field_validator("page_furniture")
    @classmethod
    def _compile_furniture(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        for pats in v.values():
            _check_patterns(pats)
        return v


class LanguageFile(_Versioned):
    """Cues per language: stop words for detection, words that never end a line of prose."""

    stopwords: dict[str, list[str]]
    org_heads: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Head nouns of organisation names; a model-proposed organisation needs one.",
    )
    continuation: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Function words after which a line break is layout, not structure.",
    )


# ---------------------------------------------------------------- loading
_FOLD_TABLE: dict[int, str] = {}
_FOLD_CHARS: set[str] = set()  # the keys of _FOLD_TABLE as characters
_FOLD_CHAINABLE: list[bool] = []  # [whether fold may replace key by key], once built


def _fold_char(ch: str) -> str:
    if ch in "\u2019\u2018\u02bc\u0060\u00b4":
        return "'"
    if ch in "-\u2010\u2011\u2012\u2013\u2014\u2212":
        return " "
    if ch in "\u00a0\u202f\u2009\u2007":
        return " "
    base = unicodedata.normalize("NFD", ch)
    if len(base) > 1 and base[0].isascii():
        return base[0]
    if ch == "\u0152":
        return "\u0152"
    return ch


def fold(text: str) -> str:
    """Fold accents, apostrophes, hyphens and odd spaces, one character for one.

    The result has exactly the length of the input, so an offset in the folded
    text is the same offset in the original: matches found on folded text keep
    exact spans.
    """
    if not _FOLD_TABLE:
        for cp in range(0x80, 0x2300):
            ch = chr(cp)
            f = _fold_char(ch)
            if f != ch:
                _FOLD_TABLE[cp] = f
        for ch in "-\u2019":
            _FOLD_TABLE[ord(ch)] = _fold_char(ch)
        _FOLD_CHARS.update(chr(cp) for cp in _FOLD_TABLE)
        # Replacing one character after another gives what translate() gives only
        # if no replacement is itself replaced later: every value is one character
        # that is not a key (true of this table; checked, not assumed).
        _FOLD_CHAINABLE.append(
            all(len(v) == 1 and v not in _FOLD_CHARS for v in _FOLD_TABLE.values())
        )
    # Speed (fold runs on every whole document, twice): translate() looks every
    # character up in a dict, about a microsecond per 25 characters; a text
    # holds only a few distinct characters to fold, and str.replace of each runs
    # at C speed, several times faster. Same result (tests/test_speedups.py).
    if text.isascii():
        return text.replace("-", _FOLD_TABLE[0x2D])  # the only ASCII key
    if _FOLD_CHAINABLE[0]:
        for ch in _FOLD_CHARS.intersection(text):
            text = text.replace(ch, _FOLD_TABLE[ord(ch)])
        return text
    return text.translate(_FOLD_TABLE)


def fold_plain(text: str) -> str:
    """:func:`fold` the obvious way, with ``str.translate``.

    The reference that :func:`fold`'s faster path is tested against.
    """
    fold("")  # builds the table
    return text.translate(_FOLD_TABLE)


def models_dir() -> Path:
    """Where the knowledge files are: inside the installed package, else the repo."""
    packaged = resources.files("ctdocs") / "_data" / "models"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "data" / "models"


_M = TypeVar("_M", bound=BaseModel)


def _load(name: str, schema: type[_M]) -> _M:
    path = models_dir() / name
    try:
        raw: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KnowledgeBaseError(
            f"{path}: knowledge file missing; reinstall ctdocs or restore data/models/"
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise KnowledgeBaseError(f"{path}: not valid TOML: {exc}") from None
    try:
        return schema.model_validate(raw)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            where = _describe_location(raw, err["loc"])
            problems.append(f"  {where}: {err['msg']}")
        raise KnowledgeBaseError(
            f"{path}: {len(problems)} problem(s):\n" + "\n".join(problems)
        ) from None


def _describe_location(raw: dict[str, Any], loc: tuple[int | str, ...]) -> str:
    parts: list[str] = []
    node: Any = raw
    for key in loc:
        parts.append(str(key))
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict) and "id" in node:
            parts[-1] = f"{key} (id={node['id']})"
        elif isinstance(node, dict) and "code" in node:
            parts[-1] = f"{key} (code={node['code']})"
    return ".".join(parts)


def _alias_key(form: str) -> str:
    return fold(form).casefold()


@cache
def load_actors() -> ActorsFile:
    data = _load("actors.toml", ActorsFile)
    problems: list[str] = []
    seen_ids: set[str] = set()
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in data.actor:
        if entry.id in seen_ids:
            problems.append(f"  actor id={entry.id}: duplicate id")
        seen_ids.add(entry.id)
        for form in entry.strong_forms():
            owners[_alias_key(form)].add(entry.id)
        for acro in entry.acronyms:
            owners["ACRONYM:" + fold(acro)].add(entry.id)
    for key, ids in sorted(owners.items()):
        if len(ids) > 1:
            problems.append(f"  alias {key!r} claimed by {sorted(ids)}")
    # A weak alias may be shared ("Council": the text decides which council), but it
    # may not be another actor's name: a strong form always means its own actor.
    for entry in data.actor:
        for weak in entry.weak_aliases:
            other = owners.get(_alias_key(weak), set()) - {entry.id}
            if other:
                problems.append(
                    f"  actor id={entry.id}: weak alias {weak!r} is a name of {sorted(other)}"
                )
    for entry in data.actor:
        if entry.part_of and entry.part_of not in seen_ids:
            problems.append(f"  actor id={entry.id}: part_of {entry.part_of!r} is no actor id")
    if problems:
        raise KnowledgeBaseError(
            f"{models_dir() / 'actors.toml'}: {len(problems)} problem(s):\n" + "\n".join(problems)
        )
    return data


@cache
def load_actor_shapes() -> ActorShapesFile:
    return _load("actor_shapes.toml", ActorShapesFile)


@cache
def load_domains() -> DomainsFile:
    data = _load("domains.toml", DomainsFile)
    codes = [d.code for d in data.domain]
    dupes = sorted({c for c in codes if codes.count(c) > 1})
    if dupes:
        raise KnowledgeBaseError(f"{models_dir() / 'domains.toml'}: duplicate codes {dupes}")
    return data


@cache
def load_dates() -> DatesFile:
    return _load("dates.toml", DatesFile)


@cache
def load_document() -> DocumentFile:
    return _load("document.toml", DocumentFile)


@cache
def load_layout() -> LayoutFile:
    return _load("layout.toml", LayoutFile)


@cache
def load_language() -> LanguageFile:
    return _load("language.toml", LanguageFile)
