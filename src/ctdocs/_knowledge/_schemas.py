"""The schemas of the actor and domain files, and of a user's own knowledge file (the
actor shapes' schemas are in :mod:`._shapes`).

Strict pydantic models (frozen, unknown keys refused): a misspelt key in a
knowledge file is an error, never a silent default.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from ._fold import fold

SUPPORTED_MAJOR = 1
LANGUAGES = ("fr", "en")
# the validation context key that marks a shipped file (:func:`_check_patterns`)
SHIPPED = "shipped"


class _Strict(BaseModel):
    """Frozen, unknown keys refused; the validator is built on the first validation.

    ``defer_build``: a process that never loads a schema's file (most load a few
    of them) does not pay for building its validator when ``ctdocs`` is imported.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


def _check_patterns(patterns: list[str], info: ValidationInfo) -> list[str]:
    """Every pattern compiles, or a ``ValueError`` naming the first that does not.

    Why the check depends on the file's origin: a user's file is checked here, at
    load, so that a broken pattern is reported with its file and line before any
    parse. A shipped file is not (``validate(..., shipped=True)``): compiling its
    1 300 patterns cost a tenth of a cold start, and most are never compiled
    again in that form (the matchers join them into alternations). The test
    suite compiles every pattern of every shipped file instead
    (``tests/test_knowledge_files.py``).
    """
    if shipped(info):
        return patterns
    for p in patterns:
        try:
            re.compile(p)
        except re.error as exc:
            raise ValueError(f"pattern {p!r} does not compile: {exc}") from None
    return patterns


def shipped(info: ValidationInfo) -> bool:
    """Whether the file being validated is one of ctdocs' own (see :func:`_check_patterns`)."""
    return bool(info.context and info.context.get(SHIPPED))


def _check_triggers(v: dict[str, list[str]], info: ValidationInfo) -> dict[str, list[str]]:
    """Trigger patterns per language: French and English only, every pattern compiles."""
    unknown = sorted(set(v) - set(LANGUAGES))
    if unknown:
        raise ValueError(f"triggers for unknown languages {unknown} (known: fr, en)")
    for pats in v.values():
        _check_patterns(pats, info)
    return v


def _check_weights(v: dict[str, float], features: Iterable[str]) -> dict[str, float]:
    """A learned model's weights, one for each of ``features`` and no other, else a
    ``ValueError`` naming the missing and the unknown: the feature names are the contract
    between the file and the code that computes them, and a file read half (a misspelt
    feature weighing nothing) would change a decision silently."""
    names = set(features)
    missing, unknown = names - set(v), set(v) - names
    if missing or unknown:
        raise ValueError(f"features missing {sorted(missing)}, unknown {sorted(unknown)}")
    return v


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
    * ``one_per_state``: the acronym names a kind of national body every state has one
      of (``CENTIF``); the entry is one state's, and a text of another state means its own.
    * ``state_form``: for a ``one_per_state`` body whose name carries its state in words
      (``French National Assembly``), another state's body's name, ``{state}`` standing for
      that state's (``National Assembly of {state}``); a text of no state keeps the entry.
    * ``titles``: aliases (or acronyms) that are the body's applied or new title, the
      English one first (``Public Safety Canada``, ``Sécurité publique Canada``): a
      state's identity programme gives a department a title besides its legal ``name``,
      a renamed body keeps its old name in older texts. Its usual English
      name (guidelines §3) is the one its text uses: the title where the text writes it.
    """

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    name: str = Field(min_length=1)
    name_fr: str | None = None
    kind: Literal["organization", "organ", "state", "person", "non-state armed group"]
    aliases: list[str] = []
    acronyms: list[str] = []
    weak_aliases: list[str] = []
    part_of: str | None = None
    one_per_state: bool = False
    state_form: str | None = Field(default=None, pattern=r"\{state\}")
    titles: list[str] = []

    @model_validator(mode="after")
    def _titles_are_aliases(self) -> ActorEntry:
        if not set(self.titles) <= {*self.aliases, *self.acronyms}:
            raise ValueError(f"titles not among the aliases: {set(self.titles)}")
        return self

    def name_in(self, surfaces: Iterable[str]) -> str:
        """The canonical name in a text that names the body by ``surfaces``: its English
        title where one of them is a title (a legal name and a title both written: the
        title, the name the text goes on with), else ``name``."""
        if self.titles:
            titles = {fold(t).casefold() for t in self.titles}
            if any(fold(s).casefold() in titles for s in surfaces):
                return self.titles[0]
        return self.name

    def strong_forms(self) -> list[str]:
        """The names that count wherever they stand: not those also listed as weak (a
        state's "Department of Finance", its canonical name, counts only in a text that
        names the state or another of its bodies: every state has one)."""
        forms = [self.name, *([self.name_fr] if self.name_fr else []), *self.aliases]
        return [f for f in forms if f not in self.weak_aliases]


class ActorsFile(_Versioned):
    actor: list[ActorEntry]


# ---------------------------------------------------------------- domains
class DomainEntry(_Strict):
    """A domain code with regular-expression triggers per language.

    Patterns are matched case-insensitively on accent-folded text, with word
    boundaries added; write inflections into the pattern (``armes? chimiques?``).
    ``strong`` triggers tag a clause on one hit; ``weak`` ones need two different
    words (both subject to the role factors of :class:`DomainScoring`).
    ``reported = false``: a code outside the annotation guidelines' list, kept in
    the knowledge (``tag_text`` still finds it) but never put on a document or a
    clause, whose domains are the guidelines' codes only.
    ``yields_to``: codes whose longer strong hit says what this domain's hit nested
    inside it means (``aeronef`` inside ``aeronef circulant sans personne a bord`` is
    a drone, not aviation): such a nested hit does not count for this domain.
    """

    code: str = Field(pattern=r"^[A-Z][A-Z-]*$")
    name: str
    reported: bool = True
    strong: dict[str, list[str]] = {}
    weak: dict[str, list[str]] = {}
    exclude: dict[str, list[str]] = {}
    yields_to: list[str] = []

    @field_validator("strong", "weak", "exclude")
    @classmethod
    def _compile(cls, v: dict[str, list[str]], info: ValidationInfo) -> dict[str, list[str]]:
        return _check_triggers(v, info)


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
    # an act's subject passes to its substantive clauses (ctdocs.extract._domain_scope):
    # a title naming a statute, a heading naming its purpose, procedural headings
    statute: list[str] = []
    # a title that amends another act: the act it names is the amended one, whose
    # subject is not each amendment's (ctdocs.extract.weigh_domains)
    amending: list[str] = []
    purpose: list[str] = []
    # a statute's title joining several subjects ("Protected Sites and Public Venues
    # Security Act"): no one of them is every provision's subject
    coordinated: list[str] = []
    procedural: list[str] = []
    # a glossary clause (its title, or the words it opens with) is not tagged
    glossary: list[str] = []
    # what follows a quoted term a glossary defines ('"unmanned aircraft" means'):
    # the glossary keeps that term's domains (ctdocs.extract._domain_terms)
    defines: list[str] = []
    # a heading over an act's confidentiality provisions: only the information
    # domains (DomainScoring.confidentiality_keeps) of the act's subject pass under it
    confidentiality: list[str] = []
    # regulation-making and penalty headings: the clauses under them are not tagged
    untagged: list[str] = []
    # a clause that speaks of the text itself or its follow-up ("Decides that the annex
    # to this decision forms an integral part thereof", "Le présent arrêté entre en
    # vigueur ..."): no document's theme passes to it (ctdocs.extract._domain_subject)
    housekeeping: list[str] = []
    # a meeting's closing formulae and a text's own life ("The next meeting will be held",
    # "expressed their gratitude"): housekeeping that no heading's scope reaches either
    closing: list[str] = []

    @field_validator(
        "definition",
        "citation",
        "name_before",
        "name_after",
        "statute",
        "amending",
        "purpose",
        "coordinated",
        "procedural",
        "glossary",
        "defines",
        "confidentiality",
        "untagged",
        "housekeeping",
        "closing",
    )
    @classmethod
    def _compile(cls, v: list[str], info: ValidationInfo) -> list[str]:
        return _check_patterns(v, info)


class DomainScoring(_Strict):
    """How evidence is weighed (``ctdocs.extract._domains``; fitted values are reported
    leave-one-family-out in ``benchmarks/results/lofo_domains.txt``)."""

    weak_weight: float = Field(gt=0, le=1)
    # one discount for a hit that is an item of an enumeration, the body of a
    # definition or part of a cited instrument: three roles of a word that brushes
    # past, one knob (three fitted apart chose among ties, benchmarks/lofo_domains.py)
    role_factor: float = Field(ge=0, le=1)
    name_factor: float = Field(ge=0, le=1)
    heading_weight: float = Field(ge=1)
    heading_max_words: int = Field(ge=1)
    # a section heading of at most this many words passes its domains on to the
    # clauses under it (ctdocs.extract._domain_scope); 0: none does
    scope_max_words: int = Field(default=0, ge=0)
    confidentiality_keeps: list[str] = []
    # a domain the title names and most clauses carry, on at least this many of them,
    # passes to the clauses using the title's words for it (extract._domain_subject);
    # 0: none does. theme_generic: words (patterns) that name terrorism itself
    theme_min_clauses: int = Field(default=0, ge=0)
    # the share of the tagged clauses the theme's domain must carry
    theme_share: float = Field(default=0.5, gt=0, le=1)
    theme_generic: list[str] = []
    # theme -> the domains that, carried by a clause's own words, keep that theme off it
    # (a clause on the disposal of explosives in a text on improvised devices)
    theme_apart: dict[str, list[str]] = {}
    # the share of the clauses with words of their own the theme must already carry for
    # it to pass to every such clause that carries no domain (extract._domain_subject);
    # 0: it never does
    theme_hold: float = Field(default=0.0, ge=0, le=1)
    # a clause whose own weight for a domain is in [low, high) takes it when a
    # neighbouring clause, its parent or its section heading carries it
    # (extract._domain_context); []: none does
    context_weight: list[float] = []
    # whether a clause that is only a number and a title over its children (no body of
    # its own) keeps the tags its title gives it (extract._weights); they pass down either way
    heading_clauses_tagged: bool = True
    list_max_words: int = Field(ge=1)
    list_min_commas: int = Field(ge=1)
    # two hits of one weak trigger are one word in two forms (counted once) where, word
    # by word, one form opens the other or they share an opening of at least this many
    # letters and half the shorter word ("douane", "douaniers"); else the trigger's
    # alternatives are two words ("threat awareness", "situational awareness").
    # 0: forms count as written (extract._domain_search.weak_words)
    weak_stem: int = Field(default=0, ge=0)
    clause_threshold: float = Field(gt=0)
    document_threshold: float = Field(gt=0)
    # the weight over the whole text, clauses included, that tags the document with a
    # domain its unnumbered text alone does not reach (extract.document_codes)
    document_whole_threshold: float = Field(gt=0)
    cues: dict[str, DomainCues]
    # the knobs benchmarks/lofo_domains.py fits, each with the values it tries, the
    # first being the prior declared before fitting: a setting is chosen only when it
    # beats the priors by more than a standard error (see that script)
    fit: dict[str, list[float]] = {}

    @field_validator("context_weight")
    @classmethod
    def _window(cls, v: list[float]) -> list[float]:
        if v and (len(v) != 2 or not 0 < v[0] < v[1]):
            raise ValueError(
                f"context_weight must be [] or [low, high] with 0 < low < high, not {v}"
            )
        return v

    @field_validator("cues")
    @classmethod
    def _languages(cls, v: dict[str, DomainCues]) -> dict[str, DomainCues]:
        unknown = sorted(set(v) - set(LANGUAGES))
        if unknown:
            raise ValueError(f"cues for unknown languages {unknown}")
        return v

    @model_validator(mode="after")
    def _fitted(self) -> DomainScoring:
        """Each fitted knob is a number of this table, tried at its own value among
        others: a prior that is not the value shipped would be no prior."""
        for knob, values in self.fit.items():
            own = getattr(self, knob, None)
            if isinstance(own, bool) or not isinstance(own, int | float):
                raise ValueError(f"fit: {knob!r} is no number of [scoring]")
            if not values or values[0] != own:
                raise ValueError(f"fit: {knob!r} must try its value {own} first (its prior)")
        return self


class DomainsFile(_Versioned):
    scoring: DomainScoring
    domain: list[DomainEntry]

    @model_validator(mode="after")
    def _apart_known(self) -> DomainsFile:
        """``theme_apart`` names domains of this file only: a misspelt code would keep no
        theme off any clause, silently."""
        codes = {d.code for d in self.domain}
        named = set(self.scoring.theme_apart) | {
            c for v in self.scoring.theme_apart.values() for c in v
        }
        unknown = sorted(named - codes)
        if unknown:
            raise ValueError(f"theme_apart names unknown domain codes {unknown}")
        return self


# ---------------------------------------------------------------- a user's own knowledge
_ID = r"^[a-z0-9][a-z0-9_.-]*$"
_CODE = r"^[A-Z][A-Z-]*$"


class AliasEntry(_Strict):
    """More names for an actor already known (shipped or in an earlier user file).

    They are added to the actor's own names, which stay; they follow the rules of
    :class:`ActorEntry` (an acronym matches case included, a weak alias only in a
    document that names the actor otherwise).
    """

    actor: str = Field(pattern=_ID)
    aliases: list[str] = []
    acronyms: list[str] = []
    weak_aliases: list[str] = []

    @model_validator(mode="after")
    def _some(self) -> AliasEntry:
        if not (self.aliases or self.acronyms or self.weak_aliases):
            raise ValueError("an [[alias]] table gives aliases, acronyms or weak_aliases")
        return self


class TriggerEntry(_Strict):
    """More trigger patterns for a domain already known, added to its own."""

    code: str = Field(pattern=_CODE)
    strong: dict[str, list[str]] = {}
    weak: dict[str, list[str]] = {}
    exclude: dict[str, list[str]] = {}

    @field_validator("strong", "weak", "exclude")
    @classmethod
    def _compile(cls, v: dict[str, list[str]], info: ValidationInfo) -> dict[str, list[str]]:
        return _check_triggers(v, info)


class PageRecordCues(_Strict):
    """``layout.toml``'s ``[page_records]``: what a legal database or a web page prints
    about a text rather than as it. The labels of a bibliographic record ("Legal
    instrument", "Date de publication") are words a label may be made of, by language;
    the screen-reader classes are the CSS classes that hide an element from the screen
    and keep it for screen readers (its text is noise, never the body); the record
    classes are the class or id words web practice gives the box that prints a page's
    record about its text (its byline, its fields, its contact), and the most text such
    a box holds."""

    label_words: dict[Literal["fr", "en"], list[str]] = Field(
        default_factory=dict,
        description="Lower-case words a record's label is made of (fr, en); a label is 1 "
        "to 4 of them, before a value that holds a date or a code.",
    )
    label_links: dict[Literal["fr", "en"], list[str]] = Field(
        default_factory=dict,
        description="Words that join record words inside a label ('of the', 'de la').",
    )
    chip_labels: dict[Literal["fr", "en"], list[str]] = Field(
        default_factory=dict,
        description="Regexes, by language, for the whole label (less its colon) of a web "
        "page's row of tag chips ('Topics', 'Mots-clés'): only under such a label is a row "
        "of three links or more a line of links (noise); under any other ('Signatories', "
        "'Judges') its links are the text's own.",
    )
    screen_reader_classes: list[str] = Field(
        default_factory=list,
        description="CSS class names of screen-reader-only elements (whole class tokens).",
    )
    record_classes: list[str] = Field(
        default_factory=list,
        description="Words of a class or id (split at '-', '_' and spaces) that name an "
        "HTML element the page's record about its text: its lines are noise.",
    )
    record_max_chars: int = Field(
        default=600,
        ge=0,
        description="The most text an element named a record holds (a bigger one is a "
        "page's container that happens to carry the word).",
    )

    @field_validator("screen_reader_classes", "record_classes")
    @classmethod
    def _class_names(cls, v: list[str]) -> list[str]:
        bad = [c for c in v if not re.fullmatch(r"[A-Za-z_-][\w-]*", c)]
        if bad:
            raise ValueError(f"not CSS class names: {bad}")
        return v

    @field_validator("chip_labels")
    @classmethod
    def _chip_patterns(cls, v: dict[str, list[str]], info: ValidationInfo) -> dict[str, list[str]]:
        return _check_triggers(v, info)


class UserKnowledgeFile(_Versioned):
    """A researcher's own knowledge file: the tables of actors.toml and domains.toml.

    ``[[actor]]`` adds an actor, or replaces the one with the same id; ``[[alias]]``
    adds names to a known actor; ``[[domain]]`` adds a domain code, or replaces
    the one with the same code; ``[[trigger]]`` adds patterns to a known domain.
    Scoring and the other files are not overridable: they are fitted on the corpus.
    """

    actor: list[ActorEntry] = []
    alias: list[AliasEntry] = []
    domain: list[DomainEntry] = []
    trigger: list[TriggerEntry] = []


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
    hyphen_prefixes: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Prefixes written with a hyphen of their own (non-, counter-): a line "
        "that breaks after one keeps the hyphen when the word is joined again.",
    )
    clause_openers: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Words opening a subordinate clause (where, lorsque): a short line "
        "opening on one, or on a stop or continuation word, is a sentence cut at the "
        "margin, never a defined term.",
    )
    provision_openers: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Words a provision's first sentence opens with (No person shall, Nul ne "
        "peut): a numbered heading over a line opening on one stays a heading.",
    )
